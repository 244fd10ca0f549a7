#include "geo/gazetteer.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <charconv>
#include <cstring>
#include <chrono>
#include <cmath>
#include <deque>
#include <filesystem>
#include <stdexcept>

#include "geo/cues.h"
#include "geo/overrides.h"
#include "geo/stopwords.h"
#include "geo/tsv.h"
#include "geo/zstd_file.h"
#include "text/normalize.h"
#include "text/tokenize.h"

namespace rasad::geo {
namespace {

// The last column ("phon", phonetic forms of the Latin names) is optional.
constexpr const char* kColumns[] = {"id", "type", "cc", "name_en", "names_ar", "lat", "lon", "population",
                                    "wof_id", "geonames_id", "admin1", "admin2", "fcode", "flags", "phon"};
constexpr size_t kNumColumns = sizeof(kColumns) / sizeof(kColumns[0]);
constexpr size_t kMinColumns = kNumColumns - 1;

[[noreturn]] void Fail(const std::string& path, int line, const std::string& why) {
  throw std::runtime_error(path + ":" + std::to_string(line) + ": " + why);
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

}  // namespace

namespace {

// The basic Arabic letters (U+0621..U+063A, U+0641..U+064A), by the low bit of their lead
// byte (D8/D9) and the low six bits of the second: the two UTF-8 bytes they fold to
// (آ أ إ -> ا, ؤ -> و, ئ ى -> ي, ة -> ه, any other to itself); 0 for the other code points.
constexpr std::array<uint16_t, 128> kBasicLetterFolds = [] {
  std::array<uint16_t, 128> folds{};
  for (uint32_t cp = 0x0621; cp <= 0x064A; ++cp) {
    if (cp > 0x063A && cp < 0x0641) continue;
    const uint32_t to = cp == 0x0622 || cp == 0x0623 || cp == 0x0625 ? 0x0627
                        : cp == 0x0624                                ? 0x0648
                        : cp == 0x0626 || cp == 0x0649                ? 0x064A
                        : cp == 0x0629                                ? 0x0647
                                                                      : cp;
    folds[cp - 0x0600] = static_cast<uint16_t>((0xC0 | to >> 6) << 8 | (0x80 | (to & 0x3F)));
  }
  return folds;
}();

// The common case of CanonicalKey without the general normalizer: a name made only of
// basic Arabic letters and single inner spaces, where the only folds are hamza/alef forms,
// ta marbuta and alef maqsura. Every fold maps a two-byte letter to another, so the key is
// as long as the name: it is written to out[0, name.size()). Returns false when the name
// needs the general path.
bool FastCanonicalKey(std::string_view name, char* out) {
  if (name.empty() || name.front() == ' ' || name.back() == ' ') return false;
  for (size_t i = 0; i < name.size();) {
    const unsigned char b = static_cast<unsigned char>(name[i]);
    if (b == ' ') {
      if (name[i + 1] == ' ') return false;
      out[i++] = ' ';
      continue;
    }
    if ((b & 0xFE) != 0xD8 || i + 1 >= name.size()) return false;
    const unsigned char c = static_cast<unsigned char>(name[i + 1]);
    if ((c & 0xC0) != 0x80) return false;
    const uint16_t to = kBasicLetterFolds[(b & 1u) << 6 | (c & 0x3Fu)];
    if (to == 0) return false;
    out[i] = static_cast<char>(to >> 8);
    out[i + 1] = static_cast<char>(to & 0xFF);
    i += 2;
  }
  return true;
}

}  // namespace

std::string Gazetteer::CanonicalKey(std::string_view name) {
  std::string fast(name.size(), '\0');
  if (FastCanonicalKey(name, fast.data())) return fast;
  std::string key = text::NormalizeKey(name);
  // NormalizeKey leaves single spaces; punctuation glued to words ("دمشق-درعا")
  // is split off so that the key matches the tokens of any spelling.
  bool simple = true;
  for (char c : key)
    if (!text::IsWordByte(static_cast<unsigned char>(c)) && c != ' ') { simple = false; break; }
  if (simple) return key;
  std::string out;
  for (const text::Token& t : text::Tokenize(key)) {
    if (t.kind == text::TokenKind::kNewline) continue;
    if (!out.empty()) out += ' ';
    out += t.view(key);
  }
  return out;
}

// Builds a Gazetteer from the three files (friend of Gazetteer).
class GazetteerBuilder {
 public:
  explicit GazetteerBuilder(Gazetteer& g) : g_(g) {}

  void LoadMain(const std::string& path) {
    content_ = ReadZstdContent(path);
    const std::string_view content = content_.view();
    std::vector<std::pair<int64_t, int64_t>> admins;  // (admin1, admin2) source ids per place
    size_t lines = 0;  // for reserving (memchr: the file is tens of megabytes)
    for (const char *p = content.data(), *end = p + content.size();
         (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p)))) != nullptr; ++p)
      ++lines;
    g_.places_.reserve(lines + 512);
    names_.reserve(lines + 512);
    admins.reserve(lines);
    g_.by_source_id_.Reserve(lines);
    bool header = false;
    size_t columns = kNumColumns;
    int line_no = 0;
    std::string_view last_a1_text, last_a2_text;  // admin ids last parsed, and their values
    int64_t last_a1 = 0, last_a2 = 0;
    std::string_view type_name;  // of the previous row, and its type
    std::optional<PlaceType> type;
    auto row = [&](std::string_view line, const std::array<std::string_view, kNumColumns>& f, size_t fields) {
      if (line.empty() || line[0] == '#') return;
      if (!header) {
        header = true;
        if (fields != kNumColumns && fields != kMinColumns) Fail(path, line_no, "bad header");
        columns = fields;
        for (size_t i = 0; i < columns; ++i)
          if (f[i] != kColumns[i]) Fail(path, line_no, std::string("header column must be ") + kColumns[i]);
        return;
      }
      if (fields != columns)
        Fail(path, line_no, "expected " + std::to_string(columns) + " fields, found " + std::to_string(fields));
      // Built in place: a Place has six strings, a moved one costs as much as its parse.
      const uint32_t id = static_cast<uint32_t>(g_.places_.size());
      Place& p = g_.places_.emplace_back();
      p.id = id;
      if (f[1] != type_name) {  // (the rows of a type come in long runs)
        type = ParsePlaceType(f[1]);
        if (!type) Fail(path, line_no, "unknown type '" + std::string(f[1]) + "'");
        type_name = f[1];
      }
      p.type = *type;
      // (The strings are empty: appended to, they are filled with no assignment's checks.)
      p.cc.append(f[2]);
      p.name_en.append(f[3]);
      // A field with the text of one already read is not parsed again: WOF rows repeat their
      // id as wof_id, and neighbouring rows mostly share their admin1 (and often admin2).
      // (SameKey: ids of 8 to 16 digits compared as two words, without a memcmp call.)
      using name_index_detail::SameKey;
      auto parse_or_reuse = [](std::string_view field, std::string_view& last_text, int64_t& last, int64_t& out) {
        if (!last_text.empty() && SameKey(field, last_text)) { out = last; return true; }
        if (!ParseInt(field, out)) return false;
        last_text = field;
        last = out;
        return true;
      };
      int64_t a1 = 0, a2 = 0;
      if (!ParseInt(f[0], p.source_id) || p.source_id == 0 || !ParseDouble(f[5], p.lat) ||
          !ParseDouble(f[6], p.lon) || !ParseInt(f[7], p.population) ||
          !(SameKey(f[8], f[0]) ? (p.wof_id = p.source_id, true) : ParseInt(f[8], p.wof_id)) ||
          !ParseInt(f[9], p.geonames_id) || !parse_or_reuse(f[10], last_a1_text, last_a1, a1) ||
          !parse_or_reuse(f[11], last_a2_text, last_a2, a2))
        Fail(path, line_no, "bad number");
      p.fcode.append(f[12]);
      p.notable = f[13].find('w') != std::string_view::npos;
      if (columns > kMinColumns) p.latin_forms.append(f[14]);
      // The names stay '|'-joined in the file's text until BuildIndex; the first is the preferred.
      p.name_ar.append(f[4].substr(0, f[4].find('|')));
      if (!g_.by_source_id_.Insert(p.source_id, p.id))
        Fail(path, line_no, "duplicate id " + std::string(f[0]));
      if (p.type == PlaceType::kCountry) {
        g_.country_by_cc_.emplace(p.cc, p.id);
        if (p.wof_id != 0) g_.covered_.push_back(p.cc);
      }
      names_.push_back(f[4]);
      admins.emplace_back(a1, a2);
    };
    std::array<std::string_view, kNumColumns> f;
    for (size_t at = 0; at < content.size();) {  // each line, split as its end is looked for
      ++line_no;
      const std::string_view rest = content.substr(at);
      size_t size = 0;
      const size_t fields = SplitFirstLine(rest, '\t', f, size);
      row(rest.substr(0, size), f, fields);
      at += size + 1;
    }
    if (!header) Fail(path, 1, "missing header");
    // The places of a country come together: the previous place's country answers most.
    std::string_view cc;
    int32_t country = -1;
    bool covered = false;
    for (size_t i = 0; i < g_.places_.size(); ++i) {
      Place& p = g_.places_[i];
      p.admin1 = Resolve(admins[i].first);
      p.admin2 = Resolve(admins[i].second);
      if (i == 0 || p.cc != cc) {
        cc = p.cc;
        auto it = g_.country_by_cc_.find(p.cc);
        country = it != g_.country_by_cc_.end() ? static_cast<int32_t>(it->second) : -1;
        covered = g_.IsCoveredCountry(p.cc);
      }
      if (p.type != PlaceType::kCountry && country >= 0) p.country = country;
      if (p.IsAdmin()) g_.admin_list_.push_back(p.id);
      p.covered = covered;
      if (const int code = Gazetteer::CountryCode(p.cc); code >= 0 && p.fcode == "PPLC") {
        uint32_t& capital = g_.capital_by_code_[static_cast<size_t>(code)];
        if (capital == 0 || g_.places_[capital - 1].population < p.population) capital = p.id + 1;
      }
    }
  }

  void LoadOverrides(const std::string& path) {
    std::vector<OverrideRow> rows = ParseOverrides(path, ReadTextFile(path));
    for (OverrideRow& r : rows) {
      Place* p;
      if (r.amends != 0) {
        const uint32_t* amended = g_.by_source_id_.Find(r.amends);
        if (!amended)
          Fail(path, r.line, "amends a place that is not in the gazetteer: " + std::to_string(r.amends));
        p = &g_.places_[*amended];
        if (!r.ccs.empty() && (r.ccs.size() != 1 || r.ccs[0] != p->cc))
          Fail(path, r.line, "an amendment cannot change the country");
      } else {
        Place np;
        np.id = static_cast<uint32_t>(g_.places_.size());
        np.type = *r.type;
        if (r.ccs.size() == 1) {
          np.cc = r.ccs[0];
          auto it = g_.country_by_cc_.find(np.cc);
          if (it == g_.country_by_cc_.end() && np.type != PlaceType::kCountry)
            Fail(path, r.line, "unknown country '" + np.cc + "'");
          if (it != g_.country_by_cc_.end()) np.country = static_cast<int32_t>(it->second);
        } else {
          for (const std::string& cc : r.ccs) {
            if (!g_.country_by_cc_.count(cc)) Fail(path, r.line, "unknown country '" + cc + "'");
            if (!np.regions_cc.empty()) np.regions_cc += ',';
            np.regions_cc += cc;
          }
        }
        np.covered = g_.IsCoveredCountry(np.cc);
        g_.places_.push_back(std::move(np));
        names_.emplace_back();
        p = &g_.places_.back();
        if (p->type == PlaceType::kCountry) g_.country_by_cc_.emplace(p->cc, p->id);
      }
      p->from_override = true;
      if (!r.name_en.empty()) p->name_en = r.name_en;
      if (r.type) p->type = *r.type;
      if (r.lat) { p->lat = *r.lat; p->lon = *r.lon; }
      if (r.precision) p->geo_precision = r.precision;
      if (r.radius_km > 0) p->radius_km = r.radius_km;
      if (!r.admin1.empty()) {
        const Place* a1 = g_.FindAdmin(p->cc, PlaceType::kAdmin1, r.admin1);
        if (!a1) Fail(path, r.line, "unknown admin1 '" + r.admin1 + "' in " + p->cc);
        p->admin1 = static_cast<int32_t>(a1->id);
        p->admin2 = -1;
        if (!r.admin2.empty()) {
          const Place* a2 = g_.FindAdmin(p->cc, PlaceType::kAdmin2, r.admin2, p->admin1);
          if (!a2) Fail(path, r.line, "unknown admin2 '" + r.admin2 + "' in admin1 " + r.admin1);
          p->admin2 = static_cast<int32_t>(a2->id);
        }
      }
      if (!r.names_ar.empty()) {
        // The override's preferred name becomes the place's preferred Arabic name.
        p->name_ar = r.names_ar[0];
        auto& names = added_names_[p->id];
        for (const std::string& n : r.names_ar) names.push_back(owned_.emplace_back(n));
      }
      if (p->IsAdmin() && r.amends == 0) g_.admin_list_.push_back(p->id);
      ++g_.stats_.overrides;
    }
  }

  void LoadPhonetic(const std::string& path) { g_.phonetic_ = PhoneticTable::Parse(path, ReadTextFile(path)); }

  // Phonetic key -> places, from the Latin forms of the gazetteer file (phonetic.h).
  void BuildPhoneticIndex() {
    if (g_.phonetic_.empty()) return;
    using Run = std::pair<uint32_t, uint32_t>;  // phonetic_index_'s (first, count)
    constexpr uint32_t kUnplaced = UINT32_MAX;
    struct Row {
      uint32_t id;
      std::string_view form;
      Run* run;  // its key's entry (unordered_map entries do not move)
    };
    std::vector<Row> rows;
    size_t bytes = 0, forms_count = 0;
    for (const Place& p : g_.places_) {  // (its forms: one more than its '|')
      const std::string_view forms = p.latin_forms;
      if (forms.empty()) continue;
      ++forms_count;
      for (size_t bar = forms.find('|'); bar != forms.npos; bar = forms.find('|', bar + 1)) ++forms_count;
    }
    rows.reserve(forms_count);
    g_.phonetic_index_.reserve(forms_count);  // (no rehashing; fewer keys than forms)
    std::string key;
    for (uint32_t id = 0; id < g_.places_.size(); ++id) {
      std::string_view forms = g_.places_[id].latin_forms;
      while (!forms.empty()) {
        const size_t bar = forms.find('|');
        const std::string_view f = forms.substr(0, bar);
        forms.remove_prefix(bar == std::string_view::npos ? forms.size() : bar + 1);
        key = PhoneticKey(f);
        if (key.empty()) continue;  // nothing to look it up by
        Run& run = g_.phonetic_index_.try_emplace(key, kUnplaced, 0).first->second;
        ++run.second;
        rows.push_back({id, f, &run});
        bytes += f.size();
      }
    }
    // The forms of one key side by side, in place order (the runs in the order their keys
    // first appear), their text in one arena.
    uint32_t next = 0;
    for (const Row& r : rows) {
      if (r.run->first != kUnplaced) continue;
      r.run->first = next;
      next += r.run->second;
      r.run->second = 0;  // counts the forms placed below, back to the run's size
    }
    g_.phonetic_arena_.reserve(bytes);  // never reallocates below: the views stay valid
    g_.phonetic_forms_.resize(rows.size());
    for (const Row& r : rows) {
      size_t at = g_.phonetic_arena_.size();
      g_.phonetic_arena_.append(r.form);
      g_.phonetic_forms_[r.run->first + r.run->second++] = {
          r.id, std::string_view(g_.phonetic_arena_).substr(at, r.form.size()), VowelBits(r.form)};
    }
  }

  void LoadStopwords(const std::string& path) {
    for (const StopwordLine& s : ParseStopwords(path, ReadTextFile(path))) {
      std::string key = Gazetteer::CanonicalKey(s.name);
      if (key.empty()) Fail(path, s.line, "name normalizes to nothing");
      StopwordCue cue = s.preposition_ok ? StopwordCue::kPreposition : StopwordCue::kTypeWord;
      auto [it, inserted] = g_.stopwords_.emplace(key, cue);
      if (!inserted && cue == StopwordCue::kTypeWord) it->second = cue;  // the stricter wins
    }
    g_.stats_.stopwords = g_.stopwords_.size();
  }

  void BuildIndex() {
    size_t n = 0;
    std::string buffer, slow_key, concat;
    g_.index_.Reserve(g_.places_.size() * 3 / 2);
    for (uint32_t id = 0; id < g_.places_.size(); ++id) {
      Place& p = g_.places_[id];
      auto index = [&](std::string_view name) {
        if (name.empty()) return;  // (a place without names)
        if (buffer.size() < name.size()) buffer.resize(2 * name.size());
        std::string_view key(buffer.data(), name.size());
        if (!FastCanonicalKey(name, buffer.data())) key = slow_key = Gazetteer::CanonicalKey(name);
        if (key.empty()) return;
        if (p.name_key_hash == 0 && name == p.name_ar) p.name_key_hash = NameKeyHash(key);
        g_.index_.Add(key, id);
        ++n;
        // Two-word names are often written as one word (طير حرفا / طيرحرفا).
        size_t sp = key.find(' ');
        if (sp != std::string_view::npos && key.find(' ', sp + 1) == std::string_view::npos && sp >= 6 &&
            key.size() - sp - 1 >= 4 && text::IsWordByte(static_cast<unsigned char>(key[0])) &&
            text::IsWordByte(static_cast<unsigned char>(key[sp + 1]))) {
          concat.assign(key.substr(0, sp));
          concat.append(key.substr(sp + 1));
          g_.index_.Add(concat, id);
        }
        // A final hamza after alef is often not written (مديرية شدا for شداء، صنعا، الحمرا).
        constexpr std::string_view kAlefHamza = "\xD8\xA7\xD8\xA1";  // اء
        constexpr size_t kMinStem = 6;  // bytes before it: three letters
        if (key.size() >= kMinStem + kAlefHamza.size() && key.ends_with(kAlefHamza) &&
            text::IsWordByte(static_cast<unsigned char>(key[key.size() - kAlefHamza.size() - 1])))
          g_.index_.Add(key.substr(0, key.size() - 2), id);
      };
      // The file's names, then those the overrides added.
      for (std::string_view names = names_[id];;) {
        const size_t bar = names.find('|');
        index(names.substr(0, bar));
        if (bar == std::string_view::npos) break;
        names.remove_prefix(bar + 1);
      }
      if (auto it = added_names_.find(id); it != added_names_.end())
        for (std::string_view name : it->second) index(name);
    }
    for (const auto& [key, cue] : g_.stopwords_) g_.index_.Mark(key, static_cast<uint8_t>(cue));
    for (std::string_view form : SettlementTypeWordForms()) g_.index_.Mark(form, Gazetteer::kTypeWordMark);
    for (std::string_view form : AdminTypeWordForms()) g_.index_.Mark(form, Gazetteer::kAdminTypeWordMark);
    for (std::string_view form : NearWordForms()) g_.index_.Mark(form, Gazetteer::kNearWordMark);
    g_.index_.Finish();
    g_.stats_.names = n;
    g_.stats_.places = g_.places_.size();
  }

  // The geocoder's prior of every place, once its fields are final.
  void ComputePriors() {
    double prior = 0, weight = 1;  // the last exp() computed (runs of villages share a prior)
    for (Place& p : g_.places_) {
      p.prior = PlacePrior(p);
      if (p.prior != prior) weight = std::exp(prior = p.prior);
      p.prior_weight = weight;
    }
  }

  void NumberAreas() {
    std::vector<int32_t>& index = g_.area_index_;
    index.assign(g_.places_.size(), -1);
    auto mark = [&](int32_t id) {
      if (id >= 0 && index[static_cast<size_t>(id)] < 0) index[static_cast<size_t>(id)] = static_cast<int32_t>(g_.area_count_++);
    };
    for (const Place& p : g_.places_) {
      if (p.type == PlaceType::kCountry || p.type == PlaceType::kAdmin1 || p.type == PlaceType::kAdmin2)
        mark(static_cast<int32_t>(p.id));
      mark(p.country);
      mark(p.admin1);
      mark(p.admin2);
    }
  }

  // The country rows of two-letter codes by code (Gazetteer::Country's table).
  void TableCountries() {
    for (const auto& [cc, id] : g_.country_by_cc_)
      if (const int code = Gazetteer::CountryCode(cc); code >= 0) g_.country_by_code_[static_cast<size_t>(code)] = id + 1;
  }

  // Releases the raw file content once everything is indexed.
  void Done() {
    names_.clear();
    added_names_.clear();
    content_ = {};
    owned_.clear();
  }

 private:
  int32_t Resolve(int64_t source_id) const {
    if (source_id == 0) return -1;
    const uint32_t* place = g_.by_source_id_.Find(source_id);
    return place ? static_cast<int32_t>(*place) : -1;
  }

  Gazetteer& g_;
  ZstdContent content_;
  std::vector<std::string_view> names_;  // by place: its Arabic names from the file, '|'-joined
  std::unordered_map<uint32_t, std::vector<std::string_view>> added_names_;  // by the overrides
  std::deque<std::string> owned_;          // the text of added_names_
};

std::unique_ptr<Gazetteer> Gazetteer::Load(const std::string& data_dir) {
  namespace fs = std::filesystem;
  fs::path dir(data_dir);
  std::string ov = (dir / "places_overrides.tsv").string();
  std::string sw = (dir / "place_stopwords.txt").string();
  std::string ph = (dir / "phonetic_classes.tsv").string();
  return LoadFiles((dir / "gazetteer.tsv.zst").string(), fs::exists(ov) ? ov : "", fs::exists(sw) ? sw : "",
                   fs::exists(ph) ? ph : "");
}

uint64_t Gazetteer::NextSerial() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

std::unique_ptr<Gazetteer> Gazetteer::LoadFiles(const std::string& gazetteer_path,
                                                const std::string& overrides_path,
                                                const std::string& stopwords_path,
                                                const std::string& phonetic_path) {
  auto t0 = std::chrono::steady_clock::now();
  std::unique_ptr<Gazetteer> g(new Gazetteer());
  GazetteerBuilder b(*g);
  b.LoadMain(gazetteer_path);
  if (!overrides_path.empty()) b.LoadOverrides(overrides_path);
  if (!stopwords_path.empty()) b.LoadStopwords(stopwords_path);
  if (!phonetic_path.empty()) b.LoadPhonetic(phonetic_path);
  b.BuildIndex();
  b.NumberAreas();
  b.TableCountries();
  b.ComputePriors();
  b.BuildPhoneticIndex();
  b.Done();
  g->stats_.load_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return g;
}

std::span<const Gazetteer::PhoneticForm> Gazetteer::LookupPhonetic(std::string_view key) const {
  auto it = phonetic_index_.find(key);
  if (it == phonetic_index_.end()) return {};
  return {phonetic_forms_.data() + it->second.first, it->second.second};
}

bool Gazetteer::SoundAlike(std::string_view name, size_t min_key, std::vector<uint32_t>& ids) const {
  ids.clear();
  for (const std::string& form : phonetic_.ArabicForms(name)) {
    std::string key = PhoneticKey(form);
    if (key.size() < min_key) continue;
    const uint64_t vowels = VowelBits(form);
    for (const PhoneticForm& lf : LookupPhonetic(key)) {
      bool agree = vowels != kNoVowelBits && lf.vowels != kNoVowelBits ? VowelsAgree(vowels, lf.vowels)
                                                                        : VowelMismatches(form, lf.form) == 0;
      if (agree) ids.push_back(lf.id);
    }
  }
  if (!std::is_sorted(ids.begin(), ids.end())) std::sort(ids.begin(), ids.end());  // (one key's forms are in place order)
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return !ids.empty();
}

std::span<const uint32_t> Gazetteer::Lookup(std::string_view normalized_name) const {
  const NameIndex::Entry* e = index_.Find(normalized_name);
  if (!e) return {};
  return index_.Postings(*e);
}

const Place* Gazetteer::Country(std::string_view cc) const {
  if (const int code = CountryCode(cc); code >= 0 && country_by_code_[static_cast<size_t>(code)] != 0)
    return &places_[country_by_code_[static_cast<size_t>(code)] - 1];
  auto it = country_by_cc_.find(std::string(cc));
  return it == country_by_cc_.end() ? nullptr : &places_[it->second];
}

const Place* Gazetteer::Capital(std::string_view cc) const {
  const int code = CountryCode(cc);
  if (code < 0 || capital_by_code_[static_cast<size_t>(code)] == 0) return nullptr;
  return &places_[capital_by_code_[static_cast<size_t>(code)] - 1];
}

StopwordCue Gazetteer::GetStopwordCue(std::string_view normalized_name) const {
  // Every stopword's index entry carries its cue (BuildIndex marks them): one probe of the
  // index, whose entries of the article's names are in cache already.
  if (stopwords_.empty()) return StopwordCue::kNone;
  const NameIndex::Entry* e = index_.Find(normalized_name);
  return e ? CueOf(*e) : StopwordCue::kNone;
}

const Place* Gazetteer::FindAdmin(std::string_view cc, PlaceType type, std::string_view name,
                                  int32_t within_admin1) const {
  const std::vector<uint32_t>& ids = admin_list_;
  std::string lower = Lower(name);
  std::string key;
  for (uint32_t id : ids) {
    const Place& p = places_[id];
    if (p.type != type || p.cc != cc) continue;
    if (within_admin1 >= 0 && p.admin1 != within_admin1) continue;
    if (Lower(p.name_en) == lower) return &p;
    if (!p.name_ar.empty()) {
      if (key.empty()) key = CanonicalKey(name);
      if (CanonicalKey(p.name_ar) == key) return &p;
    }
  }
  return nullptr;
}

const Place* Gazetteer::BySourceId(int64_t source_id) const {
  const uint32_t* place = by_source_id_.Find(source_id);
  return place ? &places_[*place] : nullptr;
}

bool Gazetteer::IsCoveredCountry(std::string_view cc) const {
  return std::find(covered_.begin(), covered_.end(), cc) != covered_.end();
}

}  // namespace rasad::geo
