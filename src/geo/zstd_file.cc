#include "geo/zstd_file.h"

#include <zstd.h>

#include <cstdio>
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

std::string ReadZstdFile(const std::string& path) {
  std::string in = ReadTextFile(path);
  std::unique_ptr<ZSTD_DCtx, size_t (*)(ZSTD_DCtx*)> ctx(ZSTD_createDCtx(), &ZSTD_freeDCtx);
  if (!ctx) throw std::runtime_error(path + ": cannot create zstd context");
  std::string out;
  unsigned long long hint = ZSTD_getFrameContentSize(in.data(), in.size());
  if (hint != ZSTD_CONTENTSIZE_ERROR && hint != ZSTD_CONTENTSIZE_UNKNOWN)
    out.reserve(static_cast<size_t>(hint));
  else
    out.reserve(in.size() * 5);
  ZSTD_inBuffer ib{in.data(), in.size(), 0};
  std::string chunk(ZSTD_DStreamOutSize(), '\0');
  size_t ret = 1;
  while (ib.pos < ib.size) {
    ZSTD_outBuffer ob{chunk.data(), chunk.size(), 0};
    ret = ZSTD_decompressStream(ctx.get(), &ob, &ib);
    if (ZSTD_isError(ret))
      throw std::runtime_error(path + ": zstd: " + ZSTD_getErrorName(ret));
    out.append(chunk.data(), ob.pos);
  }
  if (ret != 0) throw std::runtime_error(path + ": truncated zstd stream");
  return out;
}

}  // namespace rasad::geo
