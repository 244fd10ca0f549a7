// Which events an article yields and of what type: one event per incident,
// none for what did not happen here and now. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract/extract_test_util.h"

namespace rasad::extract {
namespace {

TEST(Events, ADatelineIsNotWhereItHappened) {
  // 2024-03-14 is a Thursday.
  for (const char* text : {"(عمّان) – قتل ثلاثة مدنيين، أمس الأربعاء، في قصف مدفعي على بلدة سرمين بريف إدلب.",
                           "وكالة الأنباء – بيروت – قتل ثلاثة مدنيين، أمس الأربعاء، في قصف مدفعي على بلدة سرمين بريف إدلب.",
                           "القاهرة (رويترز) – قتل ثلاثة مدنيين، أمس الأربعاء، في قصف مدفعي على بلدة سرمين بريف إدلب."}) {
    auto r = ExtractText(text);
    ASSERT_EQ(r.events.size(), 1u) << text;
    EXPECT_EQ(r.events[0].place.country_code, "SY") << text;
    EXPECT_EQ(r.events[0].place.admin1, "Idlib") << text;
  }
}


// "وقف إطلاق النار"، "شديدة الانفجار": phrases that hold a trigger word but tell of no incident.
TEST(Events, ACeasefireIsNotGunfire) {
  auto r = ExtractText("وأعلنت لجنة الوساطة، اليوم الخميس، التوصل إلى وقف لإطلاق النار في مدينة الزاوية بعد ليلة من التوتر.");
  EXPECT_TRUE(r.events.empty());
  r = ExtractText("قتل مدني، أمس الأربعاء، برصاص قناص في مدينة تعز رغم إعلان وقف إطلاق النار.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].fatalities, 1);
  r = ExtractText("شنت طائرات حربية، أمس الأربعاء، غارات بصواريخ شديدة الانفجار على أطراف بلدة كفرنبل.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Air/drone strike");
}

}  // namespace
}  // namespace rasad::extract
