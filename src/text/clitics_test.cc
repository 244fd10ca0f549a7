#include "text/clitics.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

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

// The chain grammar read with substring compares, as IsProcliticChain was first written.
bool ReferenceChain(std::string_view s) {
  auto consume = [&](std::string_view p) {
    if (s.substr(0, p.size()) != p) return false;
    s.remove_prefix(p.size());
    return true;
  };
  if (!consume(NormalizeKey("و"))) consume(NormalizeKey("ف"));
  if (s.empty()) return true;
  if (s == NormalizeKey("لل")) return true;
  if (!consume(NormalizeKey("ب")) && !consume(NormalizeKey("ك"))) consume(NormalizeKey("ل"));
  if (s.empty()) return true;
  return s == NormalizeKey("ال");
}

TEST(Clitics, ProcliticChainsAgreeWithTheGrammar) {
  // Every string of up to five letters over the proclitic letters and two others,
  // with and without a stray byte.
  const std::vector<std::string> letters = {NormalizeKey("و"), NormalizeKey("ف"), NormalizeKey("ب"), NormalizeKey("ل"),
                                            NormalizeKey("ك"), NormalizeKey("ا"), NormalizeKey("م")};
  std::vector<std::string> strings = {""};
  for (size_t len = 0, from = 0; len < 5; ++len) {
    size_t to = strings.size();
    for (size_t i = from; i < to; ++i)
      for (const auto& l : letters) strings.push_back(strings[i] + l);
    from = to;
  }
  for (const auto& s : strings) {
    EXPECT_EQ(IsProcliticChain(s), ReferenceChain(s)) << s;
    EXPECT_FALSE(IsProcliticChain(s + "a")) << s;
    EXPECT_FALSE(IsProcliticChain(s + "\xD9")) << s;
  }
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
