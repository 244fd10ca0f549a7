#include "text/tokenize.h"

#include "text/normalize.h"

namespace rasad::text {

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> out;
  out.reserve(s.size() / 5);
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ') { ++i; continue; }
    if (c == '\n') {
      out.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1), TokenKind::kNewline});
      ++i;
      continue;
    }
    if (IsWordByte(c)) {
      size_t j = i;
      bool digits = true;
      while (j < s.size() && IsWordByte(static_cast<unsigned char>(s[j]))) {
        if (s[j] < '0' || s[j] > '9') digits = false;
        ++j;
      }
      out.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(j),
                     digits ? TokenKind::kNumber : TokenKind::kWord});
      i = j;
      continue;
    }
    out.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1), TokenKind::kPunct});
    ++i;
  }
  return out;
}

namespace {
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

Span Trim(std::string_view s, size_t b, size_t e) {
  while (b < e && (s[b] == ' ' || s[b] == '\n')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\n')) --e;
  return {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
}
}  // namespace

std::vector<Span> SplitSentences(std::string_view s) {
  std::vector<Span> out;
  size_t start = 0;
  auto flush = [&](size_t end) {
    Span sp = Trim(s, start, end);
    if (sp.end > sp.begin) out.push_back(sp);
    start = end;
  };
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '\n') {
      flush(i);
      start = i + 1;
    } else if (c == '?' || c == '!' || c == ';') {
      flush(i + 1);
    } else if (c == '.') {
      bool in_number = i > 0 && IsDigit(s[i - 1]) && i + 1 < s.size() && IsDigit(s[i + 1]);
      // An initial ("الشاب (م. ع)"، "د. محمد"): one Arabic letter standing alone.
      auto lead = [&](size_t k) { return static_cast<unsigned char>(s[k]) >= 0xD8 && static_cast<unsigned char>(s[k]) <= 0xDB; };
      bool initial = i >= 2 && lead(i - 2) && (i == 2 || s[i - 3] == ' ' || s[i - 3] == '(');
      if (!in_number && !initial) flush(i + 1);
    }
  }
  flush(s.size());
  return out;
}

std::vector<Span> SplitClauses(std::string_view s, Span sentence) {
  std::vector<Span> out;
  size_t start = sentence.begin;
  auto flush = [&](size_t end) {
    Span sp = Trim(s, start, end);
    if (sp.end > sp.begin) out.push_back(sp);
    start = end;
  };
  for (size_t i = sentence.begin; i < sentence.end; ++i) {
    char c = s[i];
    if (c == ',') {
      bool in_number = i > 0 && IsDigit(s[i - 1]) && i + 1 < s.size() && IsDigit(s[i + 1]);
      if (!in_number) flush(i + 1);
    } else if (c == ':') {
      flush(i + 1);
    }
  }
  flush(sentence.end);
  return out;
}

}  // namespace rasad::text
