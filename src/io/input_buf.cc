#include "io/input_buf.h"

#include <cstring>

#include <fmt/core.h>
#include <zlib.h>

namespace rasad::io {

namespace {
constexpr size_t kChunk = 64u << 10;
}  // namespace

struct InputBuf::Gzip {
  z_stream z{};
  std::vector<unsigned char> in;
  bool in_member = true;   // inside a member: the input must not end here
  bool raw_end = false;
  bool failed = false;
  uint64_t compressed = 0;  // compressed bytes consumed, for error positions
  Gzip() { inflateInit2(&z, 15 + 16); }
  ~Gzip() { inflateEnd(&z); }
};

InputBuf::InputBuf(std::streambuf* raw) : raw_(raw), buf_(kChunk) {
  setg(buf_.data(), buf_.data(), buf_.data());
}

InputBuf::~InputBuf() = default;

std::string InputBuf::TakeFailure() {
  std::string f;
  f.swap(failure_);
  return f;
}

size_t InputBuf::ReadRaw(char* out, size_t n) {
  if (!raw_) return 0;
  std::streamsize got = raw_->sgetn(out, static_cast<std::streamsize>(n));
  return got > 0 ? static_cast<size_t>(got) : 0;
}

size_t InputBuf::Inflate(char* out, size_t n) {
  Gzip& g = *gz_;
  size_t produced = 0;
  while (produced == 0 && !g.failed) {
    if (g.z.avail_in == 0 && !g.raw_end) {
      size_t got = ReadRaw(reinterpret_cast<char*>(g.in.data()), g.in.size());
      if (got == 0) {
        g.raw_end = true;
      } else {
        g.z.next_in = g.in.data();
        g.z.avail_in = static_cast<uInt>(got);
      }
    }
    if (g.z.avail_in == 0 && g.raw_end) {
      if (g.in_member)
        failure_ = fmt::format("truncated gzip data: the input ends inside a compressed member (after {} compressed bytes)",
                               g.compressed);
      return 0;
    }
    if (!g.in_member) {
      inflateReset(&g.z);
      g.in_member = true;
    }
    g.z.next_out = reinterpret_cast<Bytef*>(out + produced);
    g.z.avail_out = static_cast<uInt>(n - produced);
    uInt before = g.z.avail_in;
    int r = inflate(&g.z, Z_NO_FLUSH);
    g.compressed += before - g.z.avail_in;
    produced = n - g.z.avail_out;
    if (r == Z_STREAM_END) {
      g.in_member = false;
    } else if (r != Z_OK && !(r == Z_BUF_ERROR && g.z.avail_in == 0)) {
      failure_ = fmt::format("corrupt gzip data at compressed byte {}: {}", g.compressed,
                             g.z.msg ? g.z.msg : "inflate failed");
      g.failed = true;
    }
  }
  return produced;
}

bool InputBuf::Fill() {
  if (end_) return false;
  size_t unread = static_cast<size_t>(egptr() - gptr());
  size_t consumed = static_cast<size_t>(gptr() - eback());
  if (consumed > 0) {
    std::memmove(buf_.data(), gptr(), unread);
    base_ += consumed;
    setg(buf_.data(), buf_.data(), buf_.data() + unread);
  } else if (unread == buf_.size()) {
    buf_.resize(buf_.size() * 2);
    setg(buf_.data(), buf_.data(), buf_.data() + unread);
  }
  char* out = egptr();
  size_t space = buf_.size() - unread;
  size_t n = gz_ ? Inflate(out, space) : ReadRaw(out, space);
  if (n == 0) {
    end_ = true;
    return false;
  }
  setg(eback(), gptr(), egptr() + n);
  return true;
}

InputBuf::int_type InputBuf::underflow() {
  if (gptr() < egptr() || Fill()) return traits_type::to_int_type(*gptr());
  return traits_type::eof();
}

std::string_view InputBuf::Peek(size_t n) {
  while (static_cast<size_t>(egptr() - gptr()) < n && Fill()) {
  }
  return {gptr(), std::min(n, static_cast<size_t>(egptr() - gptr()))};
}

bool InputBuf::DetectGzip() {
  if (gz_ || Peek(2) != std::string_view("\x1f\x8b", 2)) return false;
  gz_ = std::make_unique<Gzip>();
  size_t unread = static_cast<size_t>(egptr() - gptr());
  gz_->in.assign(gptr(), egptr());
  if (gz_->in.size() < kChunk) gz_->in.resize(kChunk);
  gz_->z.next_in = gz_->in.data();
  gz_->z.avail_in = static_cast<uInt>(unread);
  base_ = 0;  // offsets count decoded bytes from here on
  setg(buf_.data(), buf_.data(), buf_.data());
  end_ = false;
  return true;
}

bool ReadAtMost(std::istream& in, size_t max, std::string* out) {
  out->clear();
  char chunk[64 << 10];
  bool over = false;
  while (in) {
    in.read(chunk, sizeof chunk);
    size_t got = static_cast<size_t>(in.gcount());
    if (got == 0) break;
    size_t room = max - out->size();
    out->append(chunk, std::min(got, room));
    if (got > room) {
      over = true;
      break;
    }
  }
  return !over;
}

std::string TakeStreamFailure(std::istream& in) {
  auto* buf = dynamic_cast<InputBuf*>(in.rdbuf());
  return buf ? buf->TakeFailure() : std::string();
}

}  // namespace rasad::io
