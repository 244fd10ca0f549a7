#include "text/clitics.h"

#include "text/utf8.h"

namespace rasad::text {
namespace {

// Normalized letters used here (2 bytes each in UTF-8).
constexpr std::string_view kWaw = "\xD9\x88";    // و
constexpr std::string_view kFa = "\xD9\x81";     // ف
constexpr std::string_view kBa = "\xD8\xA8";     // ب
constexpr std::string_view kLam = "\xD9\x84";    // ل
constexpr std::string_view kKaf = "\xD9\x83";    // ك
constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";  // ال

bool Consume(std::string_view& s, std::string_view p) {
  if (s.substr(0, p.size()) == p) { s.remove_prefix(p.size()); return true; }
  return false;
}

}  // namespace

bool IsProcliticChain(std::string_view p) {
  if (p.empty()) return true;
  std::string_view s = p;
  if (!Consume(s, kWaw)) Consume(s, kFa);
  if (s.empty()) return true;
  // لل = ل + ال
  if (s == "\xD9\x84\xD9\x84") return true;
  if (!Consume(s, kBa) && !Consume(s, kKaf)) Consume(s, kLam);
  if (s.empty()) return true;
  return s == kAl;
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
