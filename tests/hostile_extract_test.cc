// Hostile input through the whole extraction of one article (extract::Extractor
// with the repository's data/): never a crash or a hang, every record points at
// a span of the article, and noise around the story changes nothing.
#include <gtest/gtest.h>

#include <set>
#include <sstream>

#include "extract/extractor.h"
#include "io/article_reader.h"
#include "io/io_test_util.h"
#include "text/utf8.h"

namespace rasad {
namespace {

const extract::Extractor& X() {
  static const extract::Extractor* x = new extract::Extractor(RASAD_SOURCE_DIR "/data");
  return *x;
}

const char* kStrike = "قتل ثلاثة مدنيين وأصيب خمسة آخرون، أمس الأربعاء، في غارة جوية إسرائيلية استهدفت منزلا في بلدة كفركلا جنوبي لبنان.";

extract::Extraction Extract(const std::string& text, std::optional<Date> published = Date{2024, 3, 14}) {
  Article a;
  a.id = "t";
  a.text = text;
  a.published = published;
  extract::Extraction r = X().Extract(a);
  for (const auto& e : r.events) {
    EXPECT_LE(e.evidence_begin, e.evidence_end);
    EXPECT_LE(e.evidence_end, text.size());
    if (e.evidence_end <= text.size() && e.evidence_begin <= e.evidence_end) {
      EXPECT_EQ(e.evidence, text.substr(e.evidence_begin, e.evidence_end - e.evidence_begin));
    }
    if (e.event_date) {
      EXPECT_TRUE(e.event_date->valid());
    }
  }
  for (const auto& t : r.tallies) {
    EXPECT_LE(t.evidence_begin, t.evidence_end);
    EXPECT_LE(t.evidence_end, text.size());
  }
  return r;
}

// What an event says, without where it sits in the text.
std::string Gist(const Event& e) {
  std::ostringstream s;
  s << e.event_type << "|" << e.sub_event_type << "|" << (e.event_date ? e.event_date->iso() : "-") << "|"
    << e.fatalities.value_or(-1) << "|" << e.wounded.value_or(-1) << "|" << e.place.country_code << "|"
    << e.place.location << "|" << e.actor1 << "|" << e.actor2;
  return s.str();
}

std::vector<std::string> Gists(const extract::Extraction& r) {
  std::vector<std::string> out;
  for (const auto& e : r.events) out.push_back(Gist(e));
  return out;
}

TEST(HostileExtract, BidiMarksAndMixedScriptsChangeNothing) {
  std::string clean = kStrike;
  auto expected = Gists(Extract(clean));
  // Embeddings, isolates, LRM/RLM/ALM, zero-width joiners, a BOM and Latin words around and inside.
  std::string marked = "\u202B\uFEFF" + clean.substr(0, clean.find(" مدنيين")) + "\u200F مدنيين\u200E" +
                       clean.substr(clean.find(" مدنيين") + std::string(" مدنيين").size(), std::string::npos);
  marked.insert(marked.find("غارة"), "\u2067");
  marked.insert(marked.find("كفركلا"), "\u200D\u061C");
  marked += "\u202C (Reuters, air strike on Kfar Kila \u2066\u200E2024\u2069)";
  EXPECT_EQ(Gists(Extract(marked)), expected);
}

TEST(HostileExtract, IllFormedTextDoesNotCrash) {
  // The readers never pass these on, but the extractor must survive them.
  for (std::string text : {std::string("قتل \xFF\xFE ثلاثة \xC0\x80 مدنيين \xE0\x80"), std::string("قتل\0ثلاثة\0مدنيين", 26),
                           std::string("\xD9"), std::string(kStrike).substr(0, 7), std::string("\xF4\x90\x80\x80 غارة")})
    Extract(text);
}

// Each finishes (under ctest's timeout) with records that point into the text.
TEST(HostileExtract, PathologicalTokens) {
  std::vector<std::string> texts;
  texts.push_back(std::string(200000, 'x'));                               // one 200 kB word
  texts.push_back(std::string(100000, '7'));                               // one 100 000-digit number
  std::string s;
  for (int i = 0; i < 20000; ++i) s += "و ";
  texts.push_back(s);                                                      // clitics alone
  texts.push_back(std::string(50000, '(') + kStrike + std::string(50000, ')'));
  s.clear();
  for (int i = 0; i < 10000; ++i) s += std::to_string(i) + " ";
  texts.push_back(s);                                                      // numbers everywhere
  s.clear();
  for (int i = 0; i < 3000; ++i) s += "قتل ثلاثة أمس في 16 كانون الأول، ";
  texts.push_back(s);                                                      // one endless sentence
  s.clear();
  for (int i = 0; i < 20000; ++i) s += ".؟!\n";
  texts.push_back(s);                                                      // only sentence ends
  texts.push_back(std::string(100000, '\n'));
  for (const auto& text : texts) {
    SCOPED_TRACE(text.substr(0, 40));
    Extract(text);
  }
}

const char* const kParagraphs[] = {
    kStrike, "أعلن تنظيم داعش مسؤوليته عن تنفيذ سبع هجمات في العراق خلال الأسبوع، أسفرت عن مقتل وإصابة 23 عنصرا.",
    "اعتقلت قوات الأمن العراقية خمسة عشر مطلوبا في حملة دهم بمدينة الموصل اليوم.",
    "وذكرت مصادر محلية أن الاشتباكات استمرت ساعتين قبل أن يتدخل وجهاء المنطقة لوقفها."};

// The paragraphs over and over, each at least once, `size` bytes or a little more.
std::string Repeated(size_t size) {
  std::string text;
  text.reserve(size + 1024);
  for (int i = 0; i < 4 || text.size() < size; ++i) (text += kParagraphs[i % 4]) += "\n";
  return text;
}

std::set<std::string> GistSet(const extract::Extraction& r) {
  auto g = Gists(r);
  return {g.begin(), g.end()};
}

// A long article of the same reports said again and again reads as a short one
// made of them: the same incidents (merged) and tallies, every record pointing
// into the text. Extraction is linear in the text, so this finishes well within
// ctest's timeout; a quadratic step (hits, places or dates against all others)
// would not.
TEST(HostileExtract, LongArticleReadsLikeAShortOne) {
  auto short_one = Extract(Repeated(8u << 10));
  ASSERT_FALSE(short_one.events.empty());
  auto r = Extract(Repeated(io::testing::kSlowBuild ? (256u << 10) : (2u << 20)));
  EXPECT_EQ(GistSet(r), GistSet(short_one));
  EXPECT_EQ(r.tallies.size(), short_one.tallies.size());
}

// The 50 MB single article (4 MB in sanitizer and debug builds).
TEST(HostileExtract, FiftyMegabyteArticle) {
  auto short_one = Extract(Repeated(8u << 10));
  auto r = Extract(Repeated(io::testing::kSlowBuild ? (4u << 20) : (50u << 20)));
  EXPECT_EQ(GistSet(r), GistSet(short_one));
  EXPECT_EQ(r.tallies.size(), short_one.tallies.size());
}

TEST(HostileExtract, PageNoiseMakesNoEvents) {
  // The page's menus, "اقرأ أيضاً" lists and comments mention other incidents
  // (an IED in Daraa, strikes on Hama): only the story reaches the extractor.
  std::vector<Article> got;
  io::ReadArticles(RASAD_SOURCE_DIR "/tests/fixtures/input/news_article.html", {},
                   [&](Article&& a) { got.push_back(std::move(a)); }, [](const io::InputError&) {});
  ASSERT_EQ(got.size(), 1u);
  auto r = Extract(got[0].text, got[0].published);
  for (const auto& e : r.events) {
    EXPECT_EQ(e.evidence.find("درعا"), std::string::npos) << e.evidence;
    EXPECT_EQ(e.evidence.find("حماة"), std::string::npos) << e.evidence;
    EXPECT_EQ(e.evidence.find("اقرأ"), std::string::npos) << e.evidence;
  }
  std::string story = got[0].text.substr(0, got[0].text.find('\n'));
  EXPECT_EQ(Gists(r).empty(), Gists(Extract(story, got[0].published)).empty());
}

}  // namespace
}  // namespace rasad
