#include "io/input_buf.h"

#include <gtest/gtest.h>

#include <sstream>

#include "io/io_test_util.h"

namespace rasad::io {
namespace {

using testing::Gzip;

std::string ReadAllFrom(InputBuf& buf) {
  std::istream in(&buf);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

TEST(InputBuf, PeekDoesNotConsume) {
  std::istringstream raw("hello world");
  InputBuf buf(raw.rdbuf());
  EXPECT_EQ(buf.Peek(5), "hello");
  EXPECT_EQ(buf.Peek(100), "hello world");
  EXPECT_FALSE(buf.DetectGzip());
  EXPECT_EQ(ReadAllFrom(buf), "hello world");
  EXPECT_EQ(buf.offset(), 11u);
  EXPECT_TRUE(buf.failure().empty());
}

TEST(InputBuf, PeekBeyondTheBufferGrowsIt) {
  std::string big(200000, 'a');
  big += "end";
  std::istringstream raw(big);
  InputBuf buf(raw.rdbuf());
  EXPECT_EQ(buf.Peek(big.size()).substr(200000), "end");
  EXPECT_EQ(ReadAllFrom(buf), big);
}

TEST(InputBuf, ConcatenatedGzipMembersReadAsOneStream) {
  std::string a(100000, 'x'), b = "سطر عربي\n";
  std::istringstream raw(Gzip(a) + Gzip("") + Gzip(b));
  InputBuf buf(raw.rdbuf());
  ASSERT_TRUE(buf.DetectGzip());
  EXPECT_EQ(buf.Peek(3), "xxx");
  EXPECT_EQ(ReadAllFrom(buf), a + b);
  EXPECT_TRUE(buf.failure().empty());
}

TEST(InputBuf, TruncatedGzipIsAFailureAfterWhatCouldBeRead) {
  std::string text;
  for (int i = 0; i < 5000; ++i) text += "line " + std::to_string(i) + "\n";
  std::string gz = Gzip(text);
  std::istringstream raw(gz.substr(0, gz.size() / 2));
  InputBuf buf(raw.rdbuf());
  ASSERT_TRUE(buf.DetectGzip());
  std::string got = ReadAllFrom(buf);
  EXPECT_LT(got.size(), text.size());
  EXPECT_EQ(text.compare(0, got.size(), got), 0);
  EXPECT_NE(buf.failure().find("truncated gzip"), std::string::npos) << buf.failure();
  EXPECT_NE(buf.TakeFailure().find("truncated"), std::string::npos);
  EXPECT_TRUE(buf.failure().empty());
}

TEST(InputBuf, CorruptGzipIsAFailure) {
  std::string gz = Gzip(std::string(10000, 'z'));
  for (size_t i = 20; i < 40; ++i) gz[i] = static_cast<char>(gz[i] ^ 0x5A);
  std::istringstream raw(gz);
  InputBuf buf(raw.rdbuf());
  ASSERT_TRUE(buf.DetectGzip());
  ReadAllFrom(buf);
  EXPECT_NE(buf.failure().find("corrupt gzip"), std::string::npos) << buf.failure();
}

TEST(InputBuf, ReadAtMostStopsAtTheLimit) {
  std::istringstream raw("0123456789");
  std::string out;
  EXPECT_FALSE(ReadAtMost(raw, 4, &out));
  EXPECT_EQ(out, "0123");
  std::istringstream raw2("0123");
  EXPECT_TRUE(ReadAtMost(raw2, 4, &out));
  EXPECT_EQ(out, "0123");
}

}  // namespace
}  // namespace rasad::io
