#include "text/clitics.h"

#include <cstdint>

#include "text/utf8.h"

namespace rasad::text {
namespace {

// Normalized letters used here (2 bytes each in UTF-8).
constexpr std::string_view kWaw = "\xD9\x88";    // و
constexpr std::string_view kFa = "\xD9\x81";     // ف
constexpr std::string_view kBa = "\xD8\xA8";     // ب
constexpr std::string_view kLam = "\xD9\x84";    // ل
constexpr std::string_view kKaf = "\xD9\x83";    // ك
constexpr std::string_view kAlef = "\xD8\xA7";   // ا
constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";  // ال

// A letter's two bytes as one number, so a chain is read letter by letter
// without substring compares (the matcher asks this for every candidate word).
constexpr uint16_t Pair(std::string_view s, size_t at) {
  return static_cast<uint16_t>(static_cast<unsigned char>(s[at]) << 8 | static_cast<unsigned char>(s[at + 1]));
}

}  // namespace

bool IsProcliticChain(std::string_view p) {
  // Every part is whole letters of two bytes, and the longest chain is وبال.
  if (p.size() % 2 != 0 || p.size() > kMaxProcliticBytes) return false;
  const size_t n = p.size();
  auto is = [&](size_t at, std::string_view letter) { return Pair(p, at) == Pair(letter, 0); };
  size_t at = 0;
  if (at < n && (is(at, kWaw) || is(at, kFa))) at += 2;
  if (at == n) return true;
  // لل = ل + ال
  if (n - at == 4 && is(at, kLam) && is(at + 2, kLam)) return true;
  if (is(at, kBa) || is(at, kKaf) || is(at, kLam)) at += 2;
  if (at == n) return true;
  return n - at == 4 && is(at, kAlef) && is(at + 2, kLam);
}

bool ProcliticHasArticle(std::string_view p) {
  if (!IsProcliticChain(p) || p.size() < 4) return false;
  std::string_view tail = p.substr(p.size() - 4);
  return tail == kAl || tail == "\xD9\x84\xD9\x84";
}

std::vector<std::string_view> StemCandidates(std::string_view word) {
  std::vector<std::string_view> out;
  out.push_back(word);
  // Proclitic chains are at most 4 letters (e.g. وبال); letters are 2 bytes.
  for (size_t cut = 2; cut <= 8 && cut + 4 <= word.size(); cut += 2) {
    if (IsProcliticChain(word.substr(0, cut))) out.push_back(word.substr(cut));
  }
  return out;
}

std::string_view StripEnclitic(std::string_view w) {
  static constexpr std::string_view kSuffixes[] = {
      "\xD9\x87\xD9\x85\xD8\xA7",  // هما
      "\xD9\x83\xD9\x85\xD8\xA7",  // كما
      "\xD9\x87\xD8\xA7",          // ها
      "\xD9\x87\xD9\x85",          // هم
      "\xD9\x87\xD9\x86",          // هن
      "\xD9\x83\xD9\x85",          // كم
      "\xD9\x86\xD8\xA7",          // نا
      "\xD9\x87",                  // ه
  };
  for (auto suf : kSuffixes) {
    if (w.size() >= suf.size() + 6 && w.substr(w.size() - suf.size()) == suf)
      return w.substr(0, w.size() - suf.size());
  }
  return w;
}

}  // namespace rasad::text
