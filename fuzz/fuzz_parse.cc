// Number and date parsing over every token of the normalized input.
#include <string>

#include "parse/dates.h"
#include "parse/numbers.h"
#include "text/normalize.h"
#include "text/tokenize.h"

#define CHECK(c) \
  if (!(c)) __builtin_trap()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view original(reinterpret_cast<const char*>(data), size);
  rasad::text::NormalizedText n = rasad::text::Normalize(original);
  const std::string& s = n.text;
  auto toks = rasad::text::Tokenize(s);
  for (size_t i = 0; i < toks.size(); ++i) {
    if (auto q = rasad::parse::ParseQuantity(s, toks, i)) {
      CHECK(q->begin <= q->end && q->end <= s.size());
      CHECK(q->first_token == i && q->next_token > i && q->next_token <= toks.size());
    }
    size_t next = 0;
    if (rasad::parse::ParseOrdinalDay(s, toks, i, &next) >= 0) CHECK(next > i && next <= toks.size());
    rasad::parse::NumberWordValue(toks[i].view(s));
    rasad::parse::MonthNumber(toks[i].view(s));
  }
  for (auto published : {std::optional<rasad::Date>(rasad::Date{2024, 3, 14}), std::optional<rasad::Date>()}) {
    for (const auto& d : rasad::parse::FindDates(s, toks, published)) {
      CHECK(d.begin <= d.end && d.end <= s.size());
      CHECK(d.next_token <= toks.size());
      if (d.date) CHECK(d.date->valid());
      if (d.end_date) CHECK(d.end_date->valid());
    }
  }
  return 0;
}
