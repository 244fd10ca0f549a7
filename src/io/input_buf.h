// InputBuf: the bytes of one input (a file, standard input) as a
// std::streambuf, with lookahead for format detection and transparent gzip.
//   - Peek(n) shows the next n bytes without consuming them.
//   - DetectGzip() switches to decoding when the input starts with the gzip
//     magic; concatenated members (a .warc.gz has one per record) are read as
//     one stream.
//   - Memory is bounded by the largest Peek, whatever the input size.
//   - A truncated or corrupt gzip stream, or a read error, ends the stream
//     early; failure() says why, so that the reader can name the record that
//     was cut short. The raw stream is never read past what is needed.
#pragma once

#include <cstdint>
#include <istream>
#include <memory>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

namespace rasad::io {

class InputBuf : public std::streambuf {
 public:
  explicit InputBuf(std::streambuf* raw);  // not owned; must outlive this
  ~InputBuf() override;
  InputBuf(const InputBuf&) = delete;
  InputBuf& operator=(const InputBuf&) = delete;

  // The next `n` bytes (fewer at the end of the input), not consumed.
  std::string_view Peek(size_t n);
  // If the next bytes are the gzip magic, decodes gzip from here on; returns
  // whether it did.
  bool DetectGzip();
  bool gzip() const { return gz_ != nullptr; }
  // Decoded bytes consumed so far.
  uint64_t offset() const { return base_ + static_cast<uint64_t>(gptr() - eback()); }
  // Why the stream ended before the end of the input ("" when it did not).
  const std::string& failure() const { return failure_; }
  // Returns failure() and clears it (a reader that reported it says so).
  std::string TakeFailure();

 protected:
  int_type underflow() override;

 private:
  struct Gzip;
  bool Fill();  // appends decoded bytes after egptr(); false at the end
  size_t ReadRaw(char* out, size_t n);
  size_t Inflate(char* out, size_t n);

  std::streambuf* raw_;
  std::vector<char> buf_;
  uint64_t base_ = 0;  // decoded offset of buf_[0]
  std::unique_ptr<Gzip> gz_;
  bool end_ = false;
  std::string failure_;
};

// Reads the rest of `in` into *out, at most `max` bytes. Returns false when
// there was more (then *out holds the first `max` bytes and the rest is left
// unread).
bool ReadAtMost(std::istream& in, size_t max, std::string* out);

// The failure of the InputBuf behind `in`, taken (cleared); "" when `in` does
// not read from an InputBuf or ended normally.
std::string TakeStreamFailure(std::istream& in);

}  // namespace rasad::io
