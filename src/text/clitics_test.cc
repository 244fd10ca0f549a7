#include "text/clitics.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "text/normalize.h"

namespace rasad::text {
namespace {

bool HasStem(const std::string& word, const std::string& stem) {
  auto c = StemCandidates(word);
  return std::find(c.begin(), c.end(), std::string_view(stem)) != c.end();
}

TEST(Clitics, ProcliticChains) {
  for (const char* p : {"", "و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "لل", "ولل", "وب", "فال"})
    EXPECT_TRUE(IsProcliticChain(NormalizeKey(p))) << p;
  for (const char* p : {"م", "بب", "الو", "ي"}) EXPECT_FALSE(IsProcliticChain(NormalizeKey(p))) << p;
  EXPECT_TRUE(ProcliticHasArticle(NormalizeKey("وال")));
  EXPECT_TRUE(ProcliticHasArticle(NormalizeKey("لل")));
  EXPECT_FALSE(ProcliticHasArticle(NormalizeKey("وب")));
}

TEST(Clitics, StemCandidatesPeelPrefixes) {
  EXPECT_TRUE(HasStem(NormalizeKey("بريف"), NormalizeKey("ريف")));
  EXPECT_TRUE(HasStem(NormalizeKey("والمسلحين"), NormalizeKey("مسلحين")));
  EXPECT_TRUE(HasStem(NormalizeKey("للتنظيم"), NormalizeKey("تنظيم")));
  EXPECT_EQ(StemCandidates(NormalizeKey("قسد")).size(), 1u);
}

TEST(Clitics, EncliticPronouns) {
  EXPECT_EQ(StripEnclitic(NormalizeKey("عناصرها")), NormalizeKey("عناصر"));
  EXPECT_EQ(StripEnclitic(NormalizeKey("منزله")), NormalizeKey("منزل"));
  EXPECT_EQ(StripEnclitic(NormalizeKey("له")), NormalizeKey("له"));
}

}  // namespace
}  // namespace rasad::text
