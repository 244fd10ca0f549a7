// Tokens and sentences over normalized text (see normalize.h). A token is a
// maximal run of word bytes (Arabic or Latin letters, digits), or one
// punctuation character; white space separates tokens and is not a token.
// Sentences end at '.', '?', '!', ';' (not inside a number) and at newlines.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace rasad::text {

enum class TokenKind : uint8_t { kWord, kNumber, kPunct, kNewline };

struct Token {
  uint32_t begin = 0, end = 0;  // normalized byte offsets
  TokenKind kind = TokenKind::kWord;
  std::string_view view(std::string_view s) const { return s.substr(begin, end - begin); }
};

std::vector<Token> Tokenize(std::string_view normalized);

struct Span {
  uint32_t begin = 0, end = 0;
  bool contains(uint32_t at) const { return at >= begin && at < end; }
};

// Sentence spans over normalized text, with their leading/trailing blanks
// trimmed; empty sentences are skipped.
std::vector<Span> SplitSentences(std::string_view normalized);

// Clause spans inside a sentence: split at ',', ':' and '(' ... ')' boundaries.
std::vector<Span> SplitClauses(std::string_view normalized, Span sentence);
// The same into `out`, replacing its contents: a caller that splits sentence
// after sentence keeps one buffer (its capacity) instead of a vector each.
void SplitClauses(std::string_view normalized, Span sentence, std::vector<Span>& out);

}  // namespace rasad::text
