// Benchmarks of the geo stage: loading the whole gazetteer (artifact + overrides +
// stopwords) and Find + Resolve over a typical ~3 KB news article. Peak resident
// memory (VmHWM) is reported as a counter.
//   build: cmake -DRASAD_BENCH=ON ... && make gazetteer_bench
//   run:   ./src/geo/gazetteer_bench [--benchmark_repetitions=5]
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstring>
#include <string>

#include "geo/geocoder.h"
#include "text/normalize.h"
#include "text/tokenize.h"

namespace rasad::geo {
namespace {

// A made-up article in the style of Arabic conflict reporting (about 3 KB of UTF-8).
const char* kArticle =
    "قتل ثلاثة عناصر من قوات سوريا الديمقراطية (قسد)، يوم أمس الإثنين، إثر هجوم مسلح نفذته خلايا "
    "تابعة لتنظيم الدولة على حاجز عسكري في بلدة ذيبان شرقي دير الزور، فيما أصيب عنصر رابع بجروح "
    "خطيرة نقل على إثرها إلى مشفى مدينة الحسكة. وقالت مصادر محلية إن المهاجمين كانوا يستقلون دراجات "
    "نارية وانسحبوا باتجاه البادية السورية بعد الهجوم. وفي سياق متصل، انفجرت عبوة ناسفة بسيارة "
    "عسكرية على الطريق الواصل بين بلدتي الصور وأبو خشب بريف دير الزور الشمالي، دون ورود أنباء عن "
    "إصابات. كما شنت طائرة مسيرة تركية غارة على قرية تل تمر شمال غربي الحسكة، أسفرت عن مقتل مدني "
    "وإصابة طفلين، بحسب ما أفاد به المرصد. وفي محافظة الرقة، اعتقلت قسد خمسة أشخاص في حملة مداهمات "
    "شملت أحياء المشلب والرميلة في مدينة الرقة، بتهمة الانتماء إلى خلايا التنظيم. وفي ريف حلب "
    "الشمالي، تبادلت فصائل الجيش الوطني وقسد القصف المدفعي على محاور قرى مرعناز والمالكية قرب مدينة "
    "تل رفعت، فيما سقطت قذائف على أطراف مدينة منبج. وفي إدلب، قصفت قوات النظام بالمدفعية الثقيلة "
    "قرى جبل الزاوية وبلدة كنصفرة جنوبي إدلب، كما استهدفت طائرات حربية روسية أطراف مدينة جسر الشغور "
    "غربي المحافظة. وفي العراق، أعلنت خلية الإعلام الأمني مقتل اثنين من عناصر التنظيم في عملية أمنية "
    "بوادي حوران غربي الأنبار، بينما انفجرت عبوة ناسفة على رتل للحشد الشعبي في قضاء الطارمية شمالي "
    "بغداد، وأخرى قرب ناحية العظيم بمحافظة ديالى. وفي قضاء سنجار غربي الموصل، استهدفت طائرة مسيرة "
    "سيارة تقل عناصر من وحدات مقاومة سنجار. وفي اليمن، قتل جنديان في هجوم حوثي على مواقع للقوات "
    "الحكومية في مديرية حيس جنوبي محافظة الحديدة، كما قصف الحوثيون أحياء سكنية في مدينة تعز. وفي "
    "السودان، تجددت الاشتباكات في مدينة الفاشر عاصمة ولاية شمال دارفور، وقصفت قوات الدعم السريع "
    "مخيم زمزم للنازحين جنوب المدينة. وفي الضفة الغربية، اقتحمت قوات الاحتلال مخيم جنين ومدينة "
    "نابلس واعتقلت عددا من الشبان، فيما قصفت مدفعية الاحتلال حي الشجاعية شرقي مدينة غزة.";

size_t PeakRssKb() {
  FILE* f = std::fopen("/proc/self/status", "r");
  if (!f) return 0;
  char line[256];
  size_t kb = 0;
  while (std::fgets(line, sizeof line, f))
    if (std::strncmp(line, "VmHWM:", 6) == 0) kb = std::strtoul(line + 6, nullptr, 10);
  std::fclose(f);
  return kb;
}

const Gazetteer& Shared() {
  static const std::unique_ptr<Gazetteer> g = Gazetteer::Load(RASAD_SOURCE_DIR "/data");
  return *g;
}

void BM_LoadGazetteer(benchmark::State& state) {
  size_t places = 0;
  for (auto _ : state) {
    auto g = Gazetteer::Load(RASAD_SOURCE_DIR "/data");
    places = g->size();
    benchmark::DoNotOptimize(g.get());
  }
  state.counters["places"] = static_cast<double>(places);
  state.counters["peak_rss_MB"] = static_cast<double>(PeakRssKb()) / 1024.0;
}
BENCHMARK(BM_LoadGazetteer)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_Find(benchmark::State& state) {
  Geocoder geo(Shared());
  text::NormalizedText n = text::Normalize(kArticle);
  std::vector<text::Token> tokens = text::Tokenize(n.text);
  size_t mentions = 0;
  for (auto _ : state) {
    auto m = geo.Find(n, tokens);
    mentions = m.size();
    benchmark::DoNotOptimize(m.data());
  }
  state.counters["article_bytes"] = static_cast<double>(std::strlen(kArticle));
  state.counters["tokens"] = static_cast<double>(tokens.size());
  state.counters["mentions"] = static_cast<double>(mentions);
}
BENCHMARK(BM_Find)->Unit(benchmark::kMicrosecond);

void BM_FindResolve(benchmark::State& state) {
  Geocoder geo(Shared());
  text::NormalizedText n = text::Normalize(kArticle);
  std::vector<text::Token> tokens = text::Tokenize(n.text);
  ContextHints hints{{{"SY", 1.0}}};
  size_t resolved = 0;
  for (auto _ : state) {
    auto m = geo.Find(n, tokens);
    auto r = geo.Resolve(m, hints);
    resolved = 0;
    for (const Resolution& x : r) resolved += x.place != nullptr;
    benchmark::DoNotOptimize(r.data());
  }
  state.counters["resolved"] = static_cast<double>(resolved);
  state.counters["peak_rss_MB"] = static_cast<double>(PeakRssKb()) / 1024.0;
}
BENCHMARK(BM_FindResolve)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace rasad::geo

BENCHMARK_MAIN();
