#include "store/acled_country.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace rasad::store {
namespace {

constexpr std::array kCountries = {
    AcledCountry{"AE", "ARE", 784, "United Arab Emirates", "Middle East"},
    AcledCountry{"AF", "AFG", 4, "Afghanistan", "South Asia"},
    AcledCountry{"BF", "BFA", 854, "Burkina Faso", "Western Africa"},
    AcledCountry{"BH", "BHR", 48, "Bahrain", "Middle East"},
    AcledCountry{"BJ", "BEN", 204, "Benin", "Western Africa"},
    AcledCountry{"CD", "COD", 180, "Democratic Republic of Congo", "Middle Africa"},
    AcledCountry{"CF", "CAF", 140, "Central African Republic", "Middle Africa"},
    AcledCountry{"CM", "CMR", 120, "Cameroon", "Middle Africa"},
    AcledCountry{"DJ", "DJI", 262, "Djibouti", "Eastern Africa"},
    AcledCountry{"DZ", "DZA", 12, "Algeria", "Northern Africa"},
    AcledCountry{"EG", "EGY", 818, "Egypt", "Northern Africa"},
    AcledCountry{"ER", "ERI", 232, "Eritrea", "Eastern Africa"},
    AcledCountry{"ET", "ETH", 231, "Ethiopia", "Eastern Africa"},
    AcledCountry{"IL", "ISR", 376, "Israel", "Middle East"},
    AcledCountry{"IQ", "IRQ", 368, "Iraq", "Middle East"},
    AcledCountry{"IR", "IRN", 364, "Iran", "Middle East"},
    AcledCountry{"JO", "JOR", 400, "Jordan", "Middle East"},
    AcledCountry{"KE", "KEN", 404, "Kenya", "Eastern Africa"},
    AcledCountry{"KW", "KWT", 414, "Kuwait", "Middle East"},
    AcledCountry{"LB", "LBN", 422, "Lebanon", "Middle East"},
    AcledCountry{"LY", "LBY", 434, "Libya", "Northern Africa"},
    AcledCountry{"MA", "MAR", 504, "Morocco", "Northern Africa"},
    AcledCountry{"ML", "MLI", 466, "Mali", "Western Africa"},
    AcledCountry{"MR", "MRT", 478, "Mauritania", "Western Africa"},
    AcledCountry{"MZ", "MOZ", 508, "Mozambique", "Southern Africa"},
    AcledCountry{"NE", "NER", 562, "Niger", "Western Africa"},
    AcledCountry{"NG", "NGA", 566, "Nigeria", "Western Africa"},
    AcledCountry{"OM", "OMN", 512, "Oman", "Middle East"},
    AcledCountry{"PK", "PAK", 586, "Pakistan", "South Asia"},
    AcledCountry{"PS", "PSE", 275, "Palestine", "Middle East"},
    AcledCountry{"QA", "QAT", 634, "Qatar", "Middle East"},
    AcledCountry{"SA", "SAU", 682, "Saudi Arabia", "Middle East"},
    AcledCountry{"SD", "SDN", 729, "Sudan", "Northern Africa"},
    AcledCountry{"SN", "SEN", 686, "Senegal", "Western Africa"},
    AcledCountry{"SO", "SOM", 706, "Somalia", "Eastern Africa"},
    AcledCountry{"SS", "SSD", 728, "South Sudan", "Eastern Africa"},
    AcledCountry{"SY", "SYR", 760, "Syria", "Middle East"},
    AcledCountry{"TD", "TCD", 148, "Chad", "Middle Africa"},
    AcledCountry{"TG", "TGO", 768, "Togo", "Western Africa"},
    AcledCountry{"TN", "TUN", 788, "Tunisia", "Northern Africa"},
    AcledCountry{"TR", "TUR", 792, "Turkey", "Middle East"},
    AcledCountry{"YE", "YEM", 887, "Yemen", "Middle East"},
};

bool SameText(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return std::toupper(x) == std::toupper(y); });
}

}  // namespace

const AcledCountry* FindCountry(std::string_view alpha2) {
  for (const auto& c : kCountries)
    if (SameText(c.alpha2, alpha2)) return &c;
  return nullptr;
}

std::string CountryCode(std::string_view code_or_name) {
  if (code_or_name.size() == 2 && std::isalpha(static_cast<unsigned char>(code_or_name[0])) &&
      std::isalpha(static_cast<unsigned char>(code_or_name[1]))) {
    std::string code(code_or_name);
    for (char& c : code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return code;
  }
  for (const auto& c : kCountries)
    if (SameText(c.name, code_or_name) || SameText(c.alpha3, code_or_name)) return std::string(c.alpha2);
  return "";
}

}  // namespace rasad::store
