#include "text/tokenize.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/normalize.h"

namespace rasad::text {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The end of the word run that goes on at j. Many bytes are tested at once
// (sixteen with SSE2, else eight): a byte >= 0x80 (part of an Arabic letter)
// always belongs to a word, so only ASCII bytes are looked at one by one.
size_t WordEnd(std::string_view s, size_t j) {
  const size_t n = s.size();
  while (j < n) {
#if defined(__SSE2__)
    if (j + 16 <= n) {
      const auto high = static_cast<uint32_t>(
          _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + j))));
      if (high == 0xFFFF) {
        j += 16;
        continue;
      }
      j += static_cast<size_t>(std::countr_zero(~high));  // the first ASCII byte
    }
#else
    if constexpr (std::endian::native == std::endian::little) {
      if (j + 8 <= n) {
        uint64_t w;
        std::memcpy(&w, s.data() + j, sizeof w);
        uint64_t ascii = ~w & 0x8080808080808080ull;  // the high bit of each ASCII byte
        if (ascii == 0) {
          j += 8;
          continue;
        }
        j += static_cast<size_t>(std::countr_zero(ascii)) / 8;  // the first ASCII byte
      }
    }
#endif
    if (!IsWordByte(static_cast<unsigned char>(s[j]))) break;
    ++j;
  }
  return j;
}

// The first position in [from, end) of `s` that holds one of N ASCII bytes,
// or `end`. Each byte is looked for with memchr (vectorized in the C library)
// and its next position is remembered until passed, so a text is read once
// per byte kind instead of comparing every byte with every kind.
template <size_t N>
class NextOf {
 public:
  NextOf(std::string_view s, size_t begin, size_t end, const char (&bytes)[N + 1]) : s_(s), end_(end) {
    for (size_t k = 0; k < N; ++k) {
      bytes_[k] = bytes[k];
      next_[k] = Find(bytes_[k], begin);
    }
  }
  size_t From(size_t from) {
    size_t first = end_;
    for (size_t k = 0; k < N; ++k) {
      if (next_[k] < from) next_[k] = Find(bytes_[k], from);
      first = std::min(first, next_[k]);
    }
    return first;
  }

 private:
  size_t Find(char b, size_t from) const {
    if (from >= end_) return end_;
    const void* p = std::memchr(s_.data() + from, b, end_ - from);
    return p ? static_cast<size_t>(static_cast<const char*>(p) - s_.data()) : end_;
  }
  std::string_view s_;
  size_t end_;
  char bytes_[N];
  size_t next_[N];
};

Span Trim(std::string_view s, size_t b, size_t e) {
  while (b < e && (s[b] == ' ' || s[b] == '\n')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\n')) --e;
  return {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
}

}  // namespace

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> out;
  out.reserve(s.size() / 5);
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (IsWordByte(c)) {
      const size_t j = WordEnd(s, i + 1);
      // A number is a run of digits only (most runs start with a letter).
      const bool number = IsDigit(s[i]) && std::all_of(s.begin() + i + 1, s.begin() + j, IsDigit);
      out.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(j), number ? TokenKind::kNumber : TokenKind::kWord});
      // Most words are followed by one space and the next word: straight to it.
      i = j + 1 < n && s[j] == ' ' && IsWordByte(static_cast<unsigned char>(s[j + 1])) ? j + 1 : j;
      continue;
    }
    if (c != ' ')
      out.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1),
                     c == '\n' ? TokenKind::kNewline : TokenKind::kPunct});
    ++i;
  }
  return out;
}

std::vector<Span> SplitSentences(std::string_view s) {
  std::vector<Span> out;
  out.reserve(s.size() / 96 + 1);  // a news sentence runs over 100 bytes: one allocation
  size_t start = 0;
  auto flush = [&](size_t end) {
    Span sp = Trim(s, start, end);
    if (sp.end > sp.begin) out.push_back(sp);
    start = end;
  };
  // Only these bytes can end a sentence; the text between them is skipped.
  NextOf<5> stop(s, 0, s.size(), "\n?!;.");
  for (size_t i = stop.From(0); i < s.size(); i = stop.From(i + 1)) {
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
  SplitClauses(s, sentence, out);
  return out;
}

void SplitClauses(std::string_view s, Span sentence, std::vector<Span>& out) {
  out.clear();
  size_t start = sentence.begin;
  auto flush = [&](size_t end) {
    Span sp = Trim(s, start, end);
    if (sp.end > sp.begin) out.push_back(sp);
    start = end;
  };
  NextOf<2> stop(s, sentence.begin, sentence.end, ",:");
  for (size_t i = stop.From(sentence.begin); i < sentence.end; i = stop.From(i + 1)) {
    if (s[i] == ',') {
      bool in_number = i > 0 && IsDigit(s[i - 1]) && i + 1 < s.size() && IsDigit(s[i + 1]);
      if (!in_number) flush(i + 1);
    } else {  // ':'
      flush(i + 1);
    }
  }
  flush(sentence.end);
}

}  // namespace rasad::text
