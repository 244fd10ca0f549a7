// Extraction micro-benchmarks, one core, over the bundled sample articles
// (samples/articles.jsonl) and the dictionaries in data/:
//   BM_Normalize       text::Normalize (folding + offset map)
//   BM_Tokenize        text::Tokenize + SplitSentences over normalized text
//   BM_DictionaryScan  the vectorscan scan over every dictionary phrase, with the
//                      boundary/clitic checks and the covered-hit filter (Dictionary::Scan)
//   BM_ParseQuantity   parse::ParseQuantity at every token
//   BM_FindDates       parse::FindDates over each article
//   BM_Extract         Extractor::Extract, the whole article
// Each reports bytes/s (original article bytes) and articles/s. Gazetteer lookups
// have their own benchmark (src/geo/gazetteer_bench.cc).
#include <benchmark/benchmark.h>

#include <memory>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "io/article_reader.h"
#include "parse/dates.h"
#include "parse/numbers.h"
#include "text/normalize.h"
#include "text/tokenize.h"

namespace rasad {
namespace {

const std::vector<Article>& Articles() {
  static const std::vector<Article> articles = [] {
    std::vector<Article> out;
    io::ReadArticles(std::string(RASAD_SOURCE_DIR) + "/samples/articles.jsonl", io::ReadOptions{},
                     [&](Article&& a) { out.push_back(std::move(a)); }, [](const io::InputError&) {});
    return out;
  }();
  return articles;
}

struct Prepared {
  text::NormalizedText norm;
  std::vector<text::Token> toks;
};

const std::vector<Prepared>& PreparedArticles() {
  static const std::vector<Prepared> prepared = [] {
    std::vector<Prepared> out;
    for (const auto& a : Articles()) {
      Prepared p;
      p.norm = text::Normalize(a.text);
      p.toks = text::Tokenize(p.norm.text);
      out.push_back(std::move(p));
    }
    return out;
  }();
  return prepared;
}

const extract::Extractor& TheExtractor() {
  static const auto* x = new extract::Extractor(std::string(RASAD_SOURCE_DIR) + "/data");
  return *x;
}

int64_t TotalBytes() {
  int64_t n = 0;
  for (const auto& a : Articles()) n += static_cast<int64_t>(a.text.size());
  return n;
}

void Rates(benchmark::State& state) {
  state.SetBytesProcessed(state.iterations() * TotalBytes());
  state.counters["articles/s"] = benchmark::Counter(static_cast<double>(state.iterations() * Articles().size()),
                                                    benchmark::Counter::kIsRate);
}

void BM_Normalize(benchmark::State& state) {
  const auto& arts = Articles();
  for (auto _ : state)
    for (const auto& a : arts) benchmark::DoNotOptimize(text::Normalize(a.text));
  Rates(state);
}
BENCHMARK(BM_Normalize)->Unit(benchmark::kMillisecond);

void BM_Tokenize(benchmark::State& state) {
  const auto& prep = PreparedArticles();
  for (auto _ : state)
    for (const auto& p : prep) {
      benchmark::DoNotOptimize(text::Tokenize(p.norm.text));
      benchmark::DoNotOptimize(text::SplitSentences(p.norm.text));
    }
  Rates(state);
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

void BM_DictionaryScan(benchmark::State& state) {
  const auto& dict = TheExtractor().dictionary();
  const auto& prep = PreparedArticles();
  size_t hits = 0;
  for (auto _ : state)
    for (const auto& p : prep) {
      auto h = dict.Scan(p.norm.text);
      hits += h.size();
      benchmark::DoNotOptimize(h);
    }
  Rates(state);
  state.counters["hits/article"] = static_cast<double>(hits) / static_cast<double>(state.iterations() * prep.size());
}
BENCHMARK(BM_DictionaryScan)->Unit(benchmark::kMillisecond);

void BM_ParseQuantity(benchmark::State& state) {
  const auto& prep = PreparedArticles();
  size_t found = 0;
  for (auto _ : state)
    for (const auto& p : prep)
      for (size_t i = 0; i < p.toks.size(); ++i)
        if (auto q = parse::ParseQuantity(p.norm.text, p.toks, i)) ++found;
  benchmark::DoNotOptimize(found);
  Rates(state);
}
BENCHMARK(BM_ParseQuantity)->Unit(benchmark::kMillisecond);

void BM_FindDates(benchmark::State& state) {
  const auto& arts = Articles();
  const auto& prep = PreparedArticles();
  for (auto _ : state)
    for (size_t i = 0; i < prep.size(); ++i)
      benchmark::DoNotOptimize(parse::FindDates(prep[i].norm.text, prep[i].toks, arts[i].published));
  Rates(state);
}
BENCHMARK(BM_FindDates)->Unit(benchmark::kMillisecond);

void BM_Extract(benchmark::State& state) {
  const auto& x = TheExtractor();
  const auto& arts = Articles();
  for (auto _ : state)
    for (const auto& a : arts) benchmark::DoNotOptimize(x.Extract(a));
  Rates(state);
}
BENCHMARK(BM_Extract)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace rasad

BENCHMARK_MAIN();
