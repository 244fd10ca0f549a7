#include "geo/zstd_file.h"

#include <zstd.h>
#include <zstd_errors.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>
#include <stdexcept>

namespace rasad::geo {

std::string ReadTextFile(const std::string& path) {
  std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) throw std::runtime_error(path + ": cannot open");
  std::string data;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f.get())) > 0) data.append(buf, n);
  if (std::ferror(f.get())) throw std::runtime_error(path + ": read error");
  return data;
}

namespace {

// The whole file straight into a buffer that is not zero-filled first (as ReadTextFile, without
// its copies); nullptr when its size cannot be known (a pipe).
std::unique_ptr<char[]> ReadWholeFile(const std::string& path, size_t& size) {
  std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) throw std::runtime_error(path + ": cannot open");
  if (std::fseek(f.get(), 0, SEEK_END) != 0) return nullptr;
  const long end = std::ftell(f.get());
  if (end < 0 || std::fseek(f.get(), 0, SEEK_SET) != 0) return nullptr;
  std::unique_ptr<char[]> data(new char[static_cast<size_t>(end) + 1]);
  size = std::fread(data.get(), 1, static_cast<size_t>(end) + 1, f.get());
  if (std::ferror(f.get())) throw std::runtime_error(path + ": read error");
  if (size > static_cast<size_t>(end)) return nullptr;  // it grew meanwhile
  return data;
}

}  // namespace

ZstdContent ReadZstdContent(const std::string& path) {
  size_t in_size = 0;
  std::unique_ptr<char[]> in_data = ReadWholeFile(path, in_size);
  std::string copy;
  if (!in_data) {
    copy = ReadTextFile(path);
    in_size = copy.size();
  }
  const std::string_view in = in_data ? std::string_view(in_data.get(), in_size) : std::string_view(copy);
  std::unique_ptr<ZSTD_DCtx, size_t (*)(ZSTD_DCtx*)> ctx(ZSTD_createDCtx(), &ZSTD_freeDCtx);
  if (!ctx) throw std::runtime_error(path + ": cannot create zstd context");
  // The buffer holds the frame's size when it states one, else eight times the input (pages
  // never written are never touched).
  const unsigned long long hint = ZSTD_getFrameContentSize(in.data(), in.size());
  size_t capacity = hint != ZSTD_CONTENTSIZE_ERROR && hint != ZSTD_CONTENTSIZE_UNKNOWN ? static_cast<size_t>(hint)
                                                                                       : in.size() * 8;
  capacity = std::max<size_t>(capacity, ZSTD_DStreamOutSize());
  ZstdContent out;
  out.data.reset(new char[capacity]);  // (not value-initialized: no zero-fill)
  // In one call when it fits: decoded in place, not through the stream's window and a copy.
  const size_t n = ZSTD_decompressDCtx(ctx.get(), out.data.get(), capacity, in.data(), in.size());
  if (!ZSTD_isError(n)) {
    out.size = n;
    return out;
  }
  if (ZSTD_getErrorCode(n) != ZSTD_error_dstSize_tooSmall)
    throw std::runtime_error(path + ": zstd: " + ZSTD_getErrorName(n));
  // Else streamed, the buffer growing by half whenever it is full.
  ZSTD_DCtx_reset(ctx.get(), ZSTD_reset_session_only);
  ZSTD_inBuffer ib{in.data(), in.size(), 0};
  size_t ret = 1;
  for (;;) {
    if (out.size == capacity) {
      const size_t larger = capacity + capacity / 2;
      std::unique_ptr<char[]> grown(new char[larger]);
      std::memcpy(grown.get(), out.data.get(), out.size);
      out.data = std::move(grown);
      capacity = larger;
    }
    ZSTD_outBuffer ob{out.data.get(), capacity, out.size};
    ret = ZSTD_decompressStream(ctx.get(), &ob, &ib);
    if (ZSTD_isError(ret)) throw std::runtime_error(path + ": zstd: " + ZSTD_getErrorName(ret));
    out.size = ob.pos;
    // Done when the input is used up and, with room left in the buffer, nothing more comes.
    if (ib.pos == ib.size && (ret == 0 || out.size < capacity)) break;
  }
  if (ret != 0) throw std::runtime_error(path + ": truncated zstd stream");
  return out;
}

std::string ReadZstdFile(const std::string& path) { return std::string(ReadZstdContent(path).view()); }

}  // namespace rasad::geo
