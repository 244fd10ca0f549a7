#include "geo/phonetic.h"

#include <algorithm>
#include <array>
#include <stdexcept>

#include "geo/tsv.h"

namespace rasad::geo {
namespace {

[[noreturn]] void Fail(const std::string& path, int line, const std::string& why) {
  throw std::runtime_error(path + ":" + std::to_string(line) + ": " + why);
}

// Decodes one UTF-8 code point at s[i] (advancing i); 0xFFFD for a malformed sequence.
uint32_t Decode(std::string_view s, size_t& i) {
  unsigned char b = static_cast<unsigned char>(s[i]);
  size_t n = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
  if (n == 0 || i + n > s.size()) { ++i; return 0xFFFD; }
  uint32_t cp = n == 1 ? b : n == 2 ? (b & 0x1Fu) : n == 3 ? (b & 0x0Fu) : (b & 0x07u);
  for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
  i += n;
  return cp;
}

bool IsVowelSymbol(char c) { return c == 'a' || c == 'i' || c == 'u' || c == 'v'; }
bool IsConsonantSymbol(char c) { return c >= 'A' && c <= 'Z'; }

// The vowel gaps of a form: gaps[k] = vowels after the k-th consonant (gaps[0]: before the first).
void Gaps(std::string_view form, std::array<std::string_view, 32>& gaps, size_t& n) {
  n = 0;
  size_t start = 0;
  for (size_t i = 0; i <= form.size(); ++i) {
    if (i == form.size() || IsConsonantSymbol(form[i])) {
      if (n < gaps.size()) gaps[n++] = form.substr(start, i - start);
      start = i + 1;
    }
  }
}

// PhoneticKey(a) == PhoneticKey(b), without building the keys.
bool SameConsonants(std::string_view a, std::string_view b) {
  size_t i = 0, j = 0;
  while (true) {
    while (i < a.size() && !IsConsonantSymbol(a[i])) ++i;
    while (j < b.size() && !IsConsonantSymbol(b[j])) ++j;
    if (i == a.size() || j == b.size()) return i == a.size() && j == b.size();
    if (a[i++] != b[j++]) return false;
  }
}

}  // namespace

PhoneticTable PhoneticTable::Parse(const std::string& path, std::string_view content) {
  PhoneticTable t;
  int line_no = 0;
  ForEachLine(content, [&](std::string_view line) {
    ++line_no;
    if (line.empty() || line[0] == '#') return;
    std::vector<std::string_view> f = SplitTabs(line);
    if (f.size() < 2 || f.size() > 3) Fail(path, line_no, "expected 2 or 3 tab-separated fields");
    std::string classes = f[0] == "-" ? "" : std::string(f[0]);
    for (char c : classes)
      if (!IsConsonantSymbol(c) && !IsVowelSymbol(c)) Fail(path, line_no, "bad class '" + std::string(f[0]) + "'");
    if (f[0].empty()) Fail(path, line_no, "empty class");
    std::string_view letters = f[1];
    size_t i = 0;
    while (i < letters.size()) {
      if (letters[i] == ' ') { ++i; continue; }
      Reading r;
      r.classes = classes;
      if (letters[i] == '^') { r.initial = true; ++i; }
      if (i >= letters.size()) Fail(path, line_no, "'^' without a letter");
      uint32_t cp = Decode(letters, i);
      if (cp < 0x0600 || cp > 0x06FF) Fail(path, line_no, "not an Arabic letter in the Arabic column");
      if (i < letters.size() && letters[i] != ' ') Fail(path, line_no, "Arabic entries are single letters");
      std::vector<Reading>& readings = t.readings_[cp - kFirst];
      t.letters_ += readings.empty();
      readings.push_back(std::move(r));
    }
  });
  return t;
}

std::vector<std::string> PhoneticTable::ArabicForms(std::string_view name, size_t max_forms) const {
  // A partial form is a path of readings, one per letter so far: node k holds its reading's
  // classes and its parent, so extending a form by a reading adds one node (no string is
  // built until the forms are complete). Node 0 is the empty form. The buffers are the
  // thread's, reused from call to call.
  struct Node {
    uint32_t parent;
    std::string_view classes;
  };
  thread_local std::vector<Node> nodes;
  thread_local std::vector<uint32_t> partial, next;
  thread_local std::vector<std::string_view> path;
  thread_local std::string symbols, f;
  nodes.assign(1, Node{0, {}});
  partial.assign(1, 0);
  size_t word_start = 0;
  if (name.substr(0, 4) == "\xD8\xA7\xD9\x84" && name.size() > 8) word_start = 4;  // ال
  size_t i = word_start;
  bool at_word_start = true;
  while (i < name.size()) {
    if (name[i] == ' ' || name[i] == '-') { ++i; at_word_start = true; continue; }
    uint32_t cp = Decode(name, i);
    bool initial = at_word_start;
    at_word_start = false;
    if (cp < kFirst || cp - kFirst >= readings_.size() || readings_[cp - kFirst].empty()) continue;
    const std::vector<Reading>& readings = readings_[cp - kFirst];
    bool has_initial = false;
    if (initial)
      for (const Reading& r : readings) has_initial = has_initial || r.initial;
    next.clear();
    for (uint32_t p : partial) {
      for (const Reading& r : readings) {
        if (r.initial != (initial && has_initial)) continue;
        if (next.size() >= 4 * max_forms) break;
        next.push_back(static_cast<uint32_t>(nodes.size()));
        nodes.push_back({p, r.classes});
      }
    }
    if (!next.empty()) partial.swap(next);
  }
  std::vector<std::string> out;
  out.reserve(std::min(max_forms, partial.size()));
  for (uint32_t leaf : partial) {
    path.clear();
    for (uint32_t k = leaf; k != 0; k = nodes[k].parent) path.push_back(nodes[k].classes);
    symbols.clear();
    for (auto it = path.rbegin(); it != path.rend(); ++it) symbols.append(*it);
    f.clear();
    AppendCanonicalForm(symbols, f);
    if (!f.empty() && std::find(out.begin(), out.end(), f) == out.end()) out.push_back(f);
    if (out.size() >= max_forms) break;
  }
  return out;
}

std::string CanonicalForm(std::string_view symbols) {
  std::string out;
  AppendCanonicalForm(symbols, out);
  return out;
}

void AppendCanonicalForm(std::string_view symbols, std::string& out) {
  static constexpr char kVowels[] = "aiuv";  // sorted
  const size_t start = out.size();
  unsigned gap = 0;  // the vowels of the current gap, a bit per kVowels letter
  auto flush = [&] {
    for (unsigned b = 0; b < 4; ++b)
      if (gap >> b & 1u) out += kVowels[b];
    gap = 0;
  };
  for (char c : symbols) {
    if (IsVowelSymbol(c)) {
      gap |= 1u << (c == 'a' ? 0 : c == 'i' ? 1 : c == 'u' ? 2 : 3);
    } else if (IsConsonantSymbol(c)) {
      if (gap != 0) {
        flush();
      } else if (out.size() > start && out.back() == c) {
        continue;
      }
      out += c;
    }
  }
  flush();
}

std::string PhoneticKey(std::string_view form) {
  std::string key;
  for (char c : form)
    if (IsConsonantSymbol(c)) key += c;
  return key;
}

int VowelMismatches(std::string_view arabic_form, std::string_view latin_form) {
  std::array<std::string_view, 32> ag, lg;
  size_t an = 0, ln = 0;
  Gaps(arabic_form, ag, an);
  Gaps(latin_form, lg, ln);
  if (an != ln || !SameConsonants(arabic_form, latin_form)) return -1;
  int miss = 0;
  for (size_t k = 0; k < an; ++k) {
    for (char v : ag[k]) {
      if (v == 'v') miss += lg[k].empty();
      else miss += lg[k].find(v) == std::string_view::npos;
    }
  }
  return miss;
}

uint64_t VowelBits(std::string_view form) {
  uint64_t bits = 0;
  size_t gap = 0;
  for (char c : form) {
    if (IsConsonantSymbol(c)) {
      if (++gap >= kMaxVowelGaps) return kNoVowelBits;
      continue;
    }
    uint64_t b = c == 'a' ? 0x9 : c == 'i' ? 0xA : c == 'u' ? 0xC : c == 'v' ? 0x8 : 0;
    bits |= b << (4 * gap);
  }
  return bits;
}

}  // namespace rasad::geo
