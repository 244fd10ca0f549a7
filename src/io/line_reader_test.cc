#include "io/line_reader.h"

#include <gtest/gtest.h>

#include <sstream>

namespace rasad::io {
namespace {

TEST(LineReader, LinesWithAndWithoutAFinalBreak) {
  std::istringstream in("one\ntwo\nthree");
  std::string line;
  bool too_long = false, newline = false;
  ASSERT_TRUE(ReadLine(in, 100, &line, &too_long, &newline));
  EXPECT_EQ(line, "one");
  EXPECT_TRUE(newline);
  ASSERT_TRUE(ReadLine(in, 100, &line, &too_long, &newline));
  EXPECT_EQ(line, "two");
  ASSERT_TRUE(ReadLine(in, 100, &line, &too_long, &newline));
  EXPECT_EQ(line, "three");
  EXPECT_FALSE(newline);
  EXPECT_FALSE(too_long);
  EXPECT_FALSE(ReadLine(in, 100, &line, &too_long, &newline));
}

TEST(LineReader, ALongLineIsCutAndItsRestSkipped) {
  // Longer than the reader's 64 KiB buffer too.
  std::string big(200000, 'x');
  std::istringstream in(big + "\nnext\n");
  std::string line;
  bool too_long = false, newline = false;
  ASSERT_TRUE(ReadLine(in, 1000, &line, &too_long, &newline));
  EXPECT_TRUE(too_long);
  EXPECT_EQ(line.size(), 1000u);
  EXPECT_TRUE(newline);
  ASSERT_TRUE(ReadLine(in, 1000, &line, &too_long, &newline));
  EXPECT_FALSE(too_long);
  EXPECT_EQ(line, "next");
}

}  // namespace
}  // namespace rasad::io
