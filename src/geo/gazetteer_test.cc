#include "geo/gazetteer.h"

#include <gtest/gtest.h>
#include <zstd.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "geo/test_data.h"
#include "geo/tsv.h"
#include "geo/zstd_file.h"
#include "text/normalize.h"
#include "text/tokenize.h"

namespace rasad::geo {
namespace {

const Place* First(const Gazetteer& g, std::string_view name, PlaceType type, std::string_view cc) {
  for (uint32_t id : g.Lookup(Gazetteer::CanonicalKey(name))) {
    const Place& p = g.place(id);
    if (p.type == type && p.cc == cc) return &p;
  }
  return nullptr;
}

TEST(Gazetteer, LoadsTheCommittedArtifact) {
  const Gazetteer& g = TestGazetteer();
  EXPECT_GT(g.size(), 60000u);
  EXPECT_GT(g.stats().names, 70000u);
  EXPECT_GT(g.stats().overrides, 80u);
  EXPECT_GT(g.stats().stopwords, 200u);
  const Place* sy = g.Country("SY");
  ASSERT_NE(sy, nullptr);
  EXPECT_EQ(sy->name_en, "Syria");
  EXPECT_EQ(sy->type, PlaceType::kCountry);
  EXPECT_TRUE(g.IsCoveredCountry("SY"));
  EXPECT_TRUE(g.IsCoveredCountry("PS"));
  EXPECT_FALSE(g.IsCoveredCountry("MA"));
  ASSERT_NE(g.Country("MA"), nullptr);
  EXPECT_EQ(g.Country("MA")->name_en, "Morocco");
  EXPECT_EQ(g.Country("XX"), nullptr);
}

TEST(Gazetteer, ACountrysCapitalIsItsPlaceOfCodePPLC) {
  const Gazetteer& g = TestGazetteer();
  ASSERT_NE(g.Capital("SD"), nullptr);
  EXPECT_EQ(g.Capital("SD")->name_en, "Khartoum");
  ASSERT_NE(g.Capital("TN"), nullptr);
  EXPECT_EQ(g.Capital("TN")->name_en, "Tunis");
  EXPECT_EQ(g.Capital("XX"), nullptr);
  EXPECT_EQ(g.Capital("Syria"), nullptr);
}

TEST(Gazetteer, ANameEndingInAlefHamzaIsFoundWithoutTheHamza) {
  const Gazetteer& g = TestGazetteer();
  ASSERT_NE(First(g, "صنعا", PlaceType::kCity, "YE"), nullptr);
  EXPECT_EQ(First(g, "صنعا", PlaceType::kCity, "YE"), First(g, "صنعاء", PlaceType::kCity, "YE"));
  EXPECT_FALSE(g.Lookup(Gazetteer::CanonicalKey("الحمرا")).empty());
}

TEST(Gazetteer, SoundAlikeFindsPlacesKnownOnlyInLatinScript) {
  const Gazetteer& g = TestGazetteer();
  std::vector<uint32_t> ids = {7};  // replaced
  ASSERT_TRUE(g.SoundAlike(Gazetteer::CanonicalKey("بوسو"), 2, ids));
  EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));
  EXPECT_EQ(std::adjacent_find(ids.begin(), ids.end()), ids.end());
  EXPECT_TRUE(std::any_of(ids.begin(), ids.end(), [&](uint32_t id) {
    return g.place(id).cc == "NE" && g.place(id).name_en == "Bosso";
  }));
  // Keys shorter than min_key are not tried; a word with no Latin-only namesake finds nothing.
  EXPECT_FALSE(g.SoundAlike(Gazetteer::CanonicalKey("بوسو"), 9, ids));
  EXPECT_TRUE(ids.empty());
}

TEST(Gazetteer, AnAreaDoesNotSoundLikeItsNeighbours) {
  // WOF lists Maru among Gusau LGA's alternative names; tools/build_gazetteer.py drops an
  // alternative that is a sibling area's own name, so "مارو" sounds like Maru alone.
  const Gazetteer& g = TestGazetteer();
  std::vector<uint32_t> ids;
  ASSERT_TRUE(g.SoundAlike(Gazetteer::CanonicalKey("مارو"), 2, ids));
  bool maru = false;
  for (uint32_t id : ids) {
    const Place& p = g.place(id);
    if (p.cc != "NG" || p.type != PlaceType::kAdmin2) continue;
    EXPECT_EQ(p.name_en, "Maru");
    maru = maru || p.name_en == "Maru";
  }
  EXPECT_TRUE(maru);
}

TEST(Gazetteer, Admin1NamesAreTheCommonEnglishOnes) {
  const Gazetteer& g = TestGazetteer();
  struct { const char* cc; const char* ar; const char* en; } cases[] = {
      {"SY", "دير الزور", "Deir ez-Zor"}, {"SY", "الحسكة", "Al-Hasakah"}, {"SY", "حلب", "Aleppo"},
      {"SY", "الرقة", "Raqqa"},           {"SY", "درعا", "Daraa"},         {"SY", "ريف دمشق", "Rif Dimashq"},
      {"IQ", "نينوى", "Nineveh"},          {"IQ", "صلاح الدين", "Salah al-Din"}, {"IQ", "أربيل", "Erbil"},
      {"YE", "الحديدة", "Al Hudaydah"},    {"YE", "تعز", "Taiz"},           {"SD", "شمال دارفور", "North Darfur"},
      {"SO", "بنادر", "Banadir"},          {"ML", "تمبكتو", "Timbuktu"},    {"EG", "شمال سيناء", "North Sinai"},
      {"PS", "الضفة الغربية", "West Bank"}, {"PS", "قطاع غزة", "Gaza Strip"},
  };
  for (const auto& c : cases) {
    const Place* p = First(g, c.ar, PlaceType::kAdmin1, c.cc);
    ASSERT_NE(p, nullptr) << c.ar;
    EXPECT_EQ(p->name_en, c.en) << c.ar;
    EXPECT_EQ(g.FindAdmin(c.cc, PlaceType::kAdmin1, c.en), p) << c.en;
  }
  // Somaliland's regions are filed under Somalia.
  EXPECT_NE(g.FindAdmin("SO", PlaceType::kAdmin1, "Woqooyi Galbeed"), nullptr);
}

TEST(Gazetteer, PalestineGovernoratesAreAdmin2) {
  const Gazetteer& g = TestGazetteer();
  const Place* wb = g.FindAdmin("PS", PlaceType::kAdmin1, "West Bank");
  const Place* gz = g.FindAdmin("PS", PlaceType::kAdmin1, "Gaza Strip");
  ASSERT_NE(wb, nullptr);
  ASSERT_NE(gz, nullptr);
  const Place* hebron = First(g, "الخليل", PlaceType::kAdmin2, "PS");
  ASSERT_NE(hebron, nullptr);
  EXPECT_EQ(hebron->name_en, "Hebron");
  EXPECT_EQ(hebron->admin1, static_cast<int32_t>(wb->id));
  const Place* ky = First(g, "خان يونس", PlaceType::kCity, "PS");
  ASSERT_NE(ky, nullptr);  // only superseded WOF rows grouped by gn_id carry it
  EXPECT_EQ(ky->admin1, static_cast<int32_t>(gz->id));
  ASSERT_GE(ky->admin2, 0);
  EXPECT_EQ(g.place(static_cast<uint32_t>(ky->admin2)).name_en, "Khan Yunis");
}

TEST(Gazetteer, CitiesHaveCommonEnglishNamesAndHierarchy) {
  const Gazetteer& g = TestGazetteer();
  const Place* dz = First(g, "دير الزور", PlaceType::kCity, "SY");
  ASSERT_NE(dz, nullptr);
  EXPECT_EQ(dz->name_en, "Deir ez-Zor");
  ASSERT_GE(dz->admin1, 0);
  EXPECT_EQ(g.place(static_cast<uint32_t>(dz->admin1)).name_en, "Deir ez-Zor");
  EXPECT_EQ(dz->country, static_cast<int32_t>(g.Country("SY")->id));
  const Place* hargeisa = First(g, "هرجيسا", PlaceType::kCity, "SO");
  ASSERT_NE(hargeisa, nullptr);
  EXPECT_EQ(hargeisa->name_en, "Hargeisa");
  ASSERT_GE(hargeisa->admin1, 0);
  EXPECT_EQ(g.place(static_cast<uint32_t>(hargeisa->admin1)).name_en, "Woqooyi Galbeed");
}

TEST(Gazetteer, InvisibleMarksAreStripped) {
  const Gazetteer& g = TestGazetteer();
  // WOF writes الصومال with a trailing U+200E.
  EXPECT_NE(First(g, "الصومال", PlaceType::kCountry, "SO"), nullptr);
  for (const Place& p : g.places()) {
    ASSERT_EQ(p.name_ar.find("\xE2\x80\x8E"), std::string::npos) << p.name_en;
    ASSERT_EQ(p.name_ar.find("\xE2\x80\x8F"), std::string::npos) << p.name_en;
  }
}

TEST(Gazetteer, OverridesAndStopwordsAreApplied) {
  const Gazetteer& g = TestGazetteer();
  const Place* hol = First(g, "مخيم الهول", PlaceType::kCamp, "SY");
  ASSERT_NE(hol, nullptr);
  EXPECT_TRUE(hol->from_override);
  EXPECT_EQ(g.place(static_cast<uint32_t>(hol->admin1)).name_en, "Al-Hasakah");
  // An amendment fixes a WOF row's Arabic name.
  const Place* town = First(g, "الهول", PlaceType::kTown, "SY");
  ASSERT_NE(town, nullptr);
  EXPECT_EQ(town->name_ar, "الهول");
  EXPECT_GT(town->wof_id, 0);
  EXPECT_TRUE(g.IsStopword(Gazetteer::CanonicalKey("السوق")));
  EXPECT_EQ(g.GetStopwordCue(Gazetteer::CanonicalKey("مالي")), StopwordCue::kPreposition);
  EXPECT_FALSE(g.IsStopword(Gazetteer::CanonicalKey("حلب")));
}

TEST(Gazetteer, CanonicalKeyAgreesWithTheTextLayer) {
  // The loader's fast path must give what text::NormalizeKey + Tokenize give, for every name.
  std::string data = ReadZstdFile(RASAD_SOURCE_DIR "/data/gazetteer.tsv.zst");
  size_t checked = 0;
  ForEachLine(data, [&](std::string_view line) {
    if (line.empty() || line[0] == '#' || line.substr(0, 3) == "id\t") return;
    std::vector<std::string_view> f = SplitTabs(line);
    ASSERT_GE(f.size(), 5u);
    if (f[4].empty()) return;
    for (std::string_view name : SplitOn(f[4], '|')) {
      std::string norm = text::NormalizeKey(name), expected;
      for (const text::Token& t : text::Tokenize(norm)) {
        if (!expected.empty()) expected += ' ';
        expected += t.view(norm);
      }
      ASSERT_EQ(Gazetteer::CanonicalKey(name), expected) << name;
      ++checked;
    }
  });
  EXPECT_GT(checked, 70000u);
}

TEST(NameIndex, LongestNamesAndFirstTokens) {
  NameIndex idx;
  idx.Add("دير", 1);
  idx.Add("دير الزور", 2);
  idx.Add("دير الزور", 3);
  idx.Add("دير حافر", 4);
  idx.Add("عين العرب الجديدة الكبرى", 5);
  idx.Finish();
  const NameIndex::Entry* e = idx.Find("دير");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->max_tokens, 2u);
  EXPECT_EQ(idx.Postings(*e).size(), 1u);
  e = idx.Find("دير الزور");
  ASSERT_NE(e, nullptr);
  ASSERT_EQ(idx.Postings(*e).size(), 2u);
  EXPECT_EQ(idx.Postings(*e)[0], 2u);
  e = idx.Find("عين");  // first token only
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->postings_size, 0u);
  EXPECT_EQ(e->max_tokens, 4u);
  EXPECT_EQ(idx.Find("حلب"), nullptr);
}

TEST(NameIndex, EveryKeyMayBeContinuedByTheTokensOfItsNames) {
  // The next-token filter has no false negatives: each token of a name continues the key
  // before it (words, a dash, a number, a one-letter token).
  const std::vector<std::string> names = {"دير الزور", "دير حافر", "عين العرب الجديدة الكبرى",
                                          "في آي", "تل - ابيض", "الكيلو 4", "ابو ظ بي"};
  NameIndex idx;
  for (size_t k = 0; k < names.size(); ++k) idx.Add(names[k], static_cast<uint32_t>(k));
  idx.Finish();
  size_t checked = 0;
  for (const std::string& name : names) {
    for (size_t sp = name.find(' '); sp != std::string::npos; sp = name.find(' ', sp + 1)) {
      const NameIndex::Entry* e = idx.Find(std::string_view(name).substr(0, sp));
      ASSERT_NE(e, nullptr) << name;
      const size_t end = name.find(' ', sp + 1);
      const std::string_view next = std::string_view(name).substr(sp + 1, end == std::string::npos ? name.npos : end - sp - 1);
      EXPECT_TRUE(NameIndex::MayContinue(*e, next)) << name << " / " << next;
      ++checked;
    }
  }
  EXPECT_EQ(checked, 11u);
  // A single-token key no name continues.
  idx = NameIndex();
  idx.Add("حلب", 1);
  idx.Finish();
  EXPECT_FALSE(NameIndex::MayContinue(*idx.Find("حلب"), "الجديدة"));
  // Words with the article that follow a common first word do not all pass as one of them.
  idx = NameIndex();
  idx.Add("في الحديده", 1);
  idx.Finish();
  EXPECT_TRUE(NameIndex::MayContinue(*idx.Find("في"), "الحديده"));
  EXPECT_FALSE(NameIndex::MayContinue(*idx.Find("في"), "الجيش"));
  EXPECT_FALSE(NameIndex::MayContinue(*idx.Find("في"), "المنطقه"));
}

TEST(NameIndex, KeysOfEveryLengthAndTheirNearMisses) {
  // Every hash path (0-3, 4-7, 8-16 and longer keys) and the two-word key compare.
  NameIndex idx;
  std::vector<std::string> keys;
  for (size_t n = 1; n <= 40; ++n) {
    std::string k;
    for (size_t i = 0; i < n; ++i) k += static_cast<char>('a' + (i * 7 + n) % 26);
    keys.push_back(k);
    idx.Add(k, static_cast<uint32_t>(n));
  }
  idx.Finish();
  for (const std::string& k : keys) {
    const NameIndex::Entry* e = idx.Find(k);
    ASSERT_NE(e, nullptr) << k;
    EXPECT_EQ(idx.Key(*e), k);
    for (size_t at : {size_t{0}, k.size() / 2, k.size() - 1}) {
      std::string miss = k;
      miss[at] = static_cast<char>(miss[at] == 'z' ? 'y' : 'z');
      if (std::find(keys.begin(), keys.end(), miss) == keys.end()) {
        EXPECT_EQ(idx.Find(miss), nullptr) << miss;
      }
    }
  }
  EXPECT_EQ(idx.Find(""), nullptr);
}

TEST(NameIndex, ThousandsOfKeysInOneTableWithTheirPostingsAndMarks) {
  // Enough keys for long probe runs in the table (and ones that wrap around its end), of
  // lengths on both sides of the inline key size (32 bytes).
  NameIndex idx;
  std::vector<std::string> keys;
  for (uint32_t k = 0; k < 5000; ++k) {
    std::string key = "k" + std::to_string(k);
    key.append(k % 45, static_cast<char>('a' + k % 26));
    keys.push_back(key);
    idx.Add(key, k);
    if (k % 3 == 0) idx.Add(key, k + 100000);
    if (k % 7 == 0) idx.Mark(key, 4);
  }
  idx.Finish();
  EXPECT_EQ(idx.size(), keys.size());
  for (uint32_t k = 0; k < keys.size(); ++k) {
    const NameIndex::Entry* e = idx.Find(keys[k]);
    ASSERT_NE(e, nullptr) << keys[k];
    EXPECT_EQ(idx.Key(*e), keys[k]);
    ASSERT_EQ(idx.Postings(*e).size(), k % 3 == 0 ? 2u : 1u) << keys[k];
    EXPECT_EQ(idx.Postings(*e)[0], k);
    EXPECT_EQ(e->mark, k % 7 == 0 ? 4u : 0u);
    EXPECT_EQ(idx.Find(keys[k] + "x"), nullptr);
  }
}

// A zstd file written by streaming, so that its frame does not state its size (as the
// gazetteer's does not), of 1 MB that compresses to a few hundred bytes: too large for the
// reader's first guess, it is streamed into a buffer that grows many times.
TEST(ZstdFile, ContentOfUnstatedSizeGrowsItsBufferAndTruncationIsAnError) {
  std::string text;
  for (int i = 0; text.size() < (1 << 20); ++i) text += "line " + std::to_string(i % 97) + "\tالقرية\n";
  std::unique_ptr<ZSTD_CCtx, size_t (*)(ZSTD_CCtx*)> cctx(ZSTD_createCCtx(), &ZSTD_freeCCtx);
  ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_contentSizeFlag, 0);
  std::string packed(ZSTD_compressBound(text.size()), '\0');
  ZSTD_inBuffer in{text.data(), text.size(), 0};
  ZSTD_outBuffer out{packed.data(), packed.size(), 0};
  ASSERT_EQ(ZSTD_compressStream2(cctx.get(), &out, &in, ZSTD_e_end), 0u);
  packed.resize(out.pos);
  ASSERT_EQ(ZSTD_getFrameContentSize(packed.data(), packed.size()), ZSTD_CONTENTSIZE_UNKNOWN);
  const std::string path = (std::filesystem::temp_directory_path() / "rasad_geo_unstated.zst").string();
  std::ofstream(path, std::ios::binary) << packed;
  EXPECT_EQ(ReadZstdContent(path).view(), text);
  EXPECT_EQ(ReadZstdFile(path), text);
  std::ofstream(path, std::ios::binary) << packed.substr(0, packed.size() - 4);
  EXPECT_THROW(ReadZstdContent(path), std::runtime_error);
  // A frame that states its size, and two frames one after the other.
  std::string sized(ZSTD_compressBound(text.size()), '\0');
  sized.resize(ZSTD_compress(sized.data(), sized.size(), text.data(), text.size(), 3));
  std::ofstream(path, std::ios::binary) << sized;
  EXPECT_EQ(ReadZstdContent(path).view(), text);
  std::ofstream(path, std::ios::binary) << sized << packed;
  EXPECT_EQ(ReadZstdContent(path).view(), text + text);
  std::filesystem::remove(path);
}

TEST(SourceIdIndex, FindsWhatWasInsertedAndNothingElse) {
  SourceIdIndex index;  // (grows from empty: no Reserve)
  EXPECT_EQ(index.Find(85632413), nullptr);
  std::vector<int64_t> ids;
  for (int64_t k = 1; k <= 5000; ++k) ids.push_back(k % 2 ? 85632413 + 7919 * k : -(1000 * k));
  for (size_t k = 0; k < ids.size(); ++k) ASSERT_TRUE(index.Insert(ids[k], static_cast<uint32_t>(k)));
  EXPECT_FALSE(index.Insert(ids[17], 99));  // a duplicate keeps its place
  EXPECT_FALSE(index.Insert(0, 1));         // 0 is no source id
  EXPECT_EQ(index.size(), ids.size());
  for (size_t k = 0; k < ids.size(); ++k) {
    const uint32_t* place = index.Find(ids[k]);
    ASSERT_NE(place, nullptr) << ids[k];
    EXPECT_EQ(*place, k);
  }
  EXPECT_EQ(index.Find(0), nullptr);
  EXPECT_EQ(index.Find(85632413), nullptr);
  EXPECT_EQ(index.Find(-1), nullptr);
  const Gazetteer& g = TestGazetteer();
  const Place* syria = g.BySourceId(85632413);
  ASSERT_NE(syria, nullptr);
  EXPECT_EQ(syria->name_en, "Syria");
  EXPECT_EQ(g.BySourceId(0), nullptr);
}

// ParseInt / ParseDouble give what std::from_chars gives for the whole field (or fail
// where it fails), on numbers of every shape the gazetteer has and on malformed ones.
TEST(Tsv, NumbersAreReadAsFromCharsReadsThem) {
  std::vector<std::string> fields = {"", "-", ".", "0", "-0", "7", "12.5", "-12.5", "1.", ".5", "1..2", "1.2.3",
                                     "35.02976", "-35.0297", "3.502976", "350297.6", "3502976.", ".3502976",
                                     "35,02976", "35.0297a", "+1.234567", "1e5", "1234567890", "-1234567890",
                                     "123456789012345678", "1234567890123456789", "12345678.9", "0.000001",
                                     "99999999", "00000001", "9.9999999", "1234567.8901234567"};
  uint64_t state = 42;
  auto next = [&state] { return (state = state * 6364136223846793005ull + 1442695040888963407ull) >> 33; };
  for (int k = 0; k < 20000; ++k) {
    std::string f = next() % 4 == 0 ? "-" : "";
    const size_t digits = 1 + next() % 17, point = next() % (digits + 2);
    for (size_t d = 0; d < digits; ++d) {
      if (d == point && d > 0) f += '.';
      f += static_cast<char>('0' + next() % 10);
    }
    if (next() % 50 == 0) f[next() % f.size()] = "x.-+ "[next() % 5];
    fields.push_back(f);
  }
  for (const std::string& f : fields) {
    double want_d = -1, got_d = -1;
    auto [pd, ecd] = std::from_chars(f.data(), f.data() + f.size(), want_d);
    const bool ok_d = ecd == std::errc() && pd == f.data() + f.size();
    EXPECT_EQ(ParseDouble(f, got_d), ok_d) << f;
    if (ok_d) {
      EXPECT_EQ(std::memcmp(&got_d, &want_d, sizeof got_d), 0) << f << " " << got_d << " " << want_d;
    }
    int64_t want_i = -1, got_i = -1;
    auto [pi, eci] = std::from_chars(f.data(), f.data() + f.size(), want_i);
    const bool ok_i = f.empty() || (eci == std::errc() && pi == f.data() + f.size());
    EXPECT_EQ(ParseInt(f, got_i), ok_i) << f;
    if (ok_i) {
      EXPECT_EQ(got_i, f.empty() ? 0 : want_i) << f;
    }
  }
}

TEST(Tsv, SplitFirstLineCountsEveryField) {
  std::array<std::string_view, 2> f;
  size_t size = 0;
  EXPECT_EQ(SplitFirstLine("a\tbb\tccc", '\t', f, size), 3u);
  EXPECT_EQ(f[0], "a");
  EXPECT_EQ(f[1], "bb");
  EXPECT_EQ(size, 8u);
  EXPECT_EQ(SplitFirstLine("", '\t', f, size), 1u);
  EXPECT_EQ(f[0], "");
  EXPECT_EQ(size, 0u);
  EXPECT_EQ(SplitFirstLine("x\t", '\t', f, size), 2u);
  EXPECT_EQ(f[1], "");
  EXPECT_EQ(SplitFirstLine("x\ty\nz\tw", '\t', f, size), 2u);
  EXPECT_EQ(f[1], "y");
  EXPECT_EQ(size, 3u);
  EXPECT_EQ(SplitFirstLine("\nz", '\t', f, size), 1u);
  EXPECT_EQ(f[0], "");
  EXPECT_EQ(size, 0u);
}

TEST(Tsv, SplitFirstLineAgreesWithSplitOnAcrossBlocks) {
  // Lines longer than the 16-byte blocks, with separators at every offset and in a row,
  // followed by a newline (at every offset too) and more text, or by nothing.
  std::string line;
  for (int i = 0; i < 40; ++i) line += std::string(static_cast<size_t>(i % 7), 'a' + static_cast<char>(i % 26)) + '\t';
  line += "\t\tend";
  for (const std::string after : {"", "\n", "\nmore\tfields\there and there\n"}) {
    for (size_t len = 0; len <= line.size(); ++len) {
      const std::string text = line.substr(0, len) + after;
      const std::vector<std::string_view> expected = SplitOn(std::string_view(text).substr(0, len), '\t');
      std::array<std::string_view, 64> f;
      size_t size = 0;
      ASSERT_EQ(SplitFirstLine(text, '\t', f, size), expected.size()) << len;
      EXPECT_EQ(size, len);
      for (size_t k = 0; k < expected.size(); ++k) EXPECT_EQ(f[k], expected[k]) << len << " " << k;
      std::array<std::string_view, 3> first;
      ASSERT_EQ(SplitFirstLine(text, '\t', first, size), expected.size());
      for (size_t k = 0; k < std::min<size_t>(3, expected.size()); ++k) EXPECT_EQ(first[k], expected[k]);
    }
  }
}

}  // namespace
}  // namespace rasad::geo
