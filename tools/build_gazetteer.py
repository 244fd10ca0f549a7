#!/usr/bin/env python3
"""Builds data/gazetteer.tsv.zst, rasad's compact gazetteer, from the shared sources.

usage: tools/build_gazetteer.py [SOURCE_DIR] [--out data/gazetteer.tsv.zst]
                                [--stopwords data/place_stopwords.txt] [--report]

SOURCE_DIR defaults to ../shared/data/gazetteer relative to the repository root. It holds
wof_places.tsv, wof_admin_polygons_<cc>.geojson, geonames_cities500_mena_africa.txt and
admin1_names_iso3166-2-db.tsv (see that folder's README.md).

Python 3 standard library plus the `zstd` command-line tool. Reproducible: the same inputs
give a byte-identical output (rows are sorted, floats have a fixed format, zstd runs
single-threaded at a fixed level).

What it does (the traps are the ones the source README lists):
  * keeps every current country, region (admin1), county (admin2) and localadmin (admin3),
    and every locality / neighbourhood / campus that has at least one Arabic-script name
    (WOF names_ar, or GeoNames alternatenames matched by gn_id);
  * strips invisible marks (U+200E, U+200F, ...), harakat and tatweel from names;
  * groups non-admin rows by gn_id and keeps one per group, preferring a current row
    (PS towns exist only as several superseded rows sharing a gn_id); superseded rows
    without a gn_id are dropped when a current row of the same name lies within 10 km,
    and otherwise merged by (name, 10 km) into one row;
  * resolves admin1/admin2 through region_id/county_id; when the id does not resolve to a
    current row: superseded region -> current region with the same ISO suffix, then the
    row's gn_admin1 (mapped to a WOF region by majority vote of the rows that do resolve),
    then point-in-polygon over the WOF admin polygons;
  * gives admin1 regions the common English names of conflict reporting and a checked
    Arabic name (ADMIN1 below), Palestinian governorates the ACLED admin2 names (PS_ADMIN2),
    big cities their common English names (CITY_EN);
  * adds GeoNames cities500 towns with an Arabic name: of the countries outside the 19 WOF
    countries (with a country row, and admin1 rows from the iso3166-2-db table), and of the
    19 countries where WOF lacks the town (e.g. Hargeisa; Somaliland regions are added);
  * in the countries where fewer than half of the localities have an Arabic name (latin_scope),
    keeps the localities with Latin names only too (only the notable ones in a country with
    more than MANY_LOCALITIES) and writes the phonetic forms of every place's Latin names (the
    `phon` column, classes from data/phonetic_classes.tsv), which the geocoder matches against
    Arabic transliterations ("كولبيلوجو" = Koulpelogo);
  * with --stopwords, writes the list of gazetteer names that collide with common Arabic
    news words (FREQUENT_WORDS) or person names (see place_stopwords.txt's header).

Output: a TSV with a comment line, a header line and one row per place; the format is
documented in data/README-gazetteer.md.
"""
import argparse
import collections
import csv
import json
import math
import os
import re
import subprocess
import sys
import unicodedata

csv.field_size_limit(1 << 30)

WOF_COUNTRIES = ['SY', 'IQ', 'YE', 'SD', 'LY', 'PS', 'LB', 'JO', 'EG', 'SO', 'SS', 'TD', 'ML',
                 'NE', 'BF', 'NG', 'SA', 'TN', 'DZ']

ATTRIBUTION = ("Data from Who's On First (whosonfirst.org), including GeoNames (CC BY 4.0, "
               "geonames.org); GeoNames cities500 (CC BY 4.0, geonames.org); admin-1 names from "
               "iso3166-2-db (MIT; OSM, Wikipedia, GeoNames); curated by rasad.")

# ---------------------------------------------------------------------------------------------
# Countries. English names as ACLED writes them; Arabic names (first = preferred). For the 19 WOF
# countries the coordinates come from WOF; for the others from the capital in cities500, else
# from the centroid given here. Countries outside cities500 are the ones Arabic conflict news
# names most often (for country-level resolution only).
COUNTRIES = {
    'SY': ('Syria', 'سوريا|سورية|الجمهورية العربية السورية', None),
    'IQ': ('Iraq', 'العراق|جمهورية العراق', None),
    'YE': ('Yemen', 'اليمن|الجمهورية اليمنية', None),
    'SD': ('Sudan', 'السودان|جمهورية السودان', None),
    'LY': ('Libya', 'ليبيا|دولة ليبيا', None),
    'PS': ('Palestine', 'فلسطين|دولة فلسطين|الأراضي الفلسطينية', None),
    'LB': ('Lebanon', 'لبنان|الجمهورية اللبنانية', None),
    'JO': ('Jordan', 'الأردن|المملكة الأردنية الهاشمية', None),
    'EG': ('Egypt', 'مصر|جمهورية مصر العربية', None),
    'SO': ('Somalia', 'الصومال|جمهورية الصومال الفيدرالية', None),
    'SS': ('South Sudan', 'جنوب السودان|دولة جنوب السودان', None),
    'TD': ('Chad', 'تشاد', None),
    'ML': ('Mali', 'مالي', None),
    'NE': ('Niger', 'النيجر', None),
    'BF': ('Burkina Faso', 'بوركينا فاسو|بوركينافاسو', None),
    'NG': ('Nigeria', 'نيجيريا', None),
    'SA': ('Saudi Arabia', 'السعودية|المملكة العربية السعودية|العربية السعودية', None),
    'TN': ('Tunisia', 'تونس|الجمهورية التونسية', None),
    'DZ': ('Algeria', 'الجزائر|الجمهورية الجزائرية', None),
    # Outside the 19 WOF countries, present in cities500.
    'AE': ('United Arab Emirates', 'الإمارات|الإمارات العربية المتحدة', None),
    'AF': ('Afghanistan', 'أفغانستان', None),
    'AM': ('Armenia', 'أرمينيا', None),
    'AO': ('Angola', 'أنغولا', None),
    'AZ': ('Azerbaijan', 'أذربيجان', None),
    'BH': ('Bahrain', 'البحرين', None),
    'BI': ('Burundi', 'بوروندي', None),
    'BJ': ('Benin', 'بنين', None),
    'BW': ('Botswana', 'بوتسوانا', None),
    'CD': ('Democratic Republic of Congo', 'الكونغو الديمقراطية|جمهورية الكونغو الديمقراطية', None),
    'CF': ('Central African Republic', 'أفريقيا الوسطى|جمهورية أفريقيا الوسطى', None),
    'CG': ('Republic of Congo', 'جمهورية الكونغو|الكونغو برازافيل|الكونغو', None),
    'CI': ('Ivory Coast', 'ساحل العاج|كوت ديفوار', None),
    'CM': ('Cameroon', 'الكاميرون', None),
    'CV': ('Cape Verde', 'الرأس الأخضر', None),
    'CY': ('Cyprus', 'قبرص', None),
    'DJ': ('Djibouti', 'جيبوتي', None),
    'EH': ('Western Sahara', 'الصحراء الغربية', None),
    'ER': ('Eritrea', 'إريتريا|أريتريا', None),
    'ET': ('Ethiopia', 'إثيوبيا|أثيوبيا', None),
    'GA': ('Gabon', 'الغابون', None),
    'GE': ('Georgia', 'جورجيا', None),
    'GH': ('Ghana', 'غانا', None),
    'GM': ('Gambia', 'غامبيا', None),
    'GN': ('Guinea', 'غينيا', None),
    'GQ': ('Equatorial Guinea', 'غينيا الاستوائية', None),
    'GW': ('Guinea-Bissau', 'غينيا بيساو', None),
    'IL': ('Israel', 'إسرائيل', None),
    'IR': ('Iran', 'إيران', None),
    'KE': ('Kenya', 'كينيا', None),
    'KM': ('Comoros', 'جزر القمر', None),
    'KW': ('Kuwait', 'الكويت', None),
    'LR': ('Liberia', 'ليبيريا', None),
    'LS': ('Lesotho', 'ليسوتو', None),
    'MA': ('Morocco', 'المغرب|المملكة المغربية', None),
    'MG': ('Madagascar', 'مدغشقر', None),
    'MR': ('Mauritania', 'موريتانيا', None),
    'MU': ('Mauritius', 'موريشيوس', None),
    'MW': ('Malawi', 'مالاوي', None),
    'MZ': ('Mozambique', 'موزمبيق', None),
    'NA': ('Namibia', 'ناميبيا', None),
    'OM': ('Oman', 'سلطنة عمان|عمان', None),
    'QA': ('Qatar', 'قطر', None),
    'RE': ('Reunion', 'ريونيون', None),
    'RW': ('Rwanda', 'رواندا', None),
    'SC': ('Seychelles', 'سيشل', None),
    'SH': ('Saint Helena', 'سانت هيلينا', None),
    'SL': ('Sierra Leone', 'سيراليون', None),
    'SN': ('Senegal', 'السنغال', None),
    'ST': ('Sao Tome and Principe', 'ساو تومي وبرينسيب', None),
    'SZ': ('eSwatini', 'إسواتيني|سوازيلاند', None),
    'TG': ('Togo', 'توغو', None),
    'TR': ('Turkey', 'تركيا', None),
    'TZ': ('Tanzania', 'تنزانيا', None),
    'UG': ('Uganda', 'أوغندا', None),
    'YT': ('Mayotte', 'مايوت', None),
    'ZA': ('South Africa', 'جنوب أفريقيا|جنوب إفريقيا', None),
    'ZM': ('Zambia', 'زامبيا', None),
    'ZW': ('Zimbabwe', 'زيمبابوي', None),
    # Not in cities500: country rows only (approximate centroids).
    'PK': ('Pakistan', 'باكستان', (30.0, 70.0)),
    'IN': ('India', 'الهند', (22.0, 79.0)),
    'BD': ('Bangladesh', 'بنغلاديش', (23.7, 90.4)),
    'MM': ('Myanmar', 'ميانمار', (21.9, 95.9)),
    'PH': ('Philippines', 'الفلبين', (12.9, 121.8)),
    'ID': ('Indonesia', 'إندونيسيا', (-2.5, 118.0)),
    'CN': ('China', 'الصين', (35.0, 103.0)),
    'RU': ('Russia', 'روسيا|روسيا الاتحادية', (61.5, 105.3)),
    'UA': ('Ukraine', 'أوكرانيا', (49.0, 32.0)),
    'TJ': ('Tajikistan', 'طاجيكستان', (38.9, 71.3)),
    'UZ': ('Uzbekistan', 'أوزبكستان', (41.4, 64.6)),
    'US': ('United States', 'الولايات المتحدة|الولايات المتحدة الأمريكية|أمريكا|أميركا', (39.8, -98.6)),
    'GB': ('United Kingdom', 'بريطانيا|المملكة المتحدة', (54.0, -2.0)),
    'FR': ('France', 'فرنسا', (46.6, 2.4)),
    'DE': ('Germany', 'ألمانيا', (51.2, 10.4)),
    'BE': ('Belgium', 'بلجيكا', (50.6, 4.7)),
    'NL': ('Netherlands', 'هولندا', (52.2, 5.3)),
    'ES': ('Spain', 'إسبانيا', (40.2, -3.7)),
    'IT': ('Italy', 'إيطاليا', (42.8, 12.6)),
    'AT': ('Austria', 'النمسا', (47.6, 14.1)),
    'SE': ('Sweden', 'السويد', (62.0, 15.0)),
}

# ---------------------------------------------------------------------------------------------
# Admin-1 names of the 19 WOF countries, keyed by "<cc>-<WOF iso_code suffix>":
# (English name as used in English-language conflict reporting / ACLED, Arabic names '|'-joined,
# first = preferred). Starting points were WOF names_latin and admin1_names_iso3166-2-db.tsv;
# the odd ones are fixed by hand (WOF writes "Days Az Zawr", "H'alab", "San`ar", names Raymah
# "San`ar", lists تعز under Sana'a and كانم under Chari-Baguirmi, calls Nalut "Ghadamis"...).
# Only the Arabic names listed here, plus WOF/iso3166-2-db variants that are not the name of
# another admin1 or of a town of the same country, are kept.
ADMIN1 = {
    # Syria
    'SY-DI': ('Damascus', 'دمشق'), 'SY-RD': ('Rif Dimashq', 'ريف دمشق'),
    'SY-HL': ('Aleppo', 'حلب'), 'SY-ID': ('Idlib', 'إدلب'), 'SY-HM': ('Hama', 'حماة|حماه'),
    'SY-HI': ('Homs', 'حمص'), 'SY-LA': ('Latakia', 'اللاذقية'), 'SY-TA': ('Tartus', 'طرطوس'),
    'SY-RA': ('Raqqa', 'الرقة'), 'SY-DY': ('Deir ez-Zor', 'دير الزور'),
    'SY-HA': ('Al-Hasakah', 'الحسكة'), 'SY-DR': ('Daraa', 'درعا'),
    'SY-SU': ('As-Suwayda', 'السويداء'), 'SY-QU': ('Quneitra', 'القنيطرة'),
    # Iraq
    'IQ-BG': ('Baghdad', 'بغداد'), 'IQ-NI': ('Nineveh', 'نينوى'),
    'IQ-SD': ('Salah al-Din', 'صلاح الدين'), 'IQ-AN': ('Anbar', 'الأنبار'),
    'IQ-TS': ('Kirkuk', 'كركوك'), 'IQ-AR': ('Erbil', 'أربيل|اربيل'),
    'IQ-SL': ('Sulaymaniyah', 'السليمانية'), 'IQ-DA': ('Duhok', 'دهوك'),
    'IQ-HA': ('Halabja', 'حلبجة'), 'IQ-DI': ('Diyala', 'ديالى'), 'IQ-BB': ('Babil', 'بابل'),
    'IQ-KA': ('Karbala', 'كربلاء'), 'IQ-NA': ('Najaf', 'النجف'), 'IQ-WA': ('Wasit', 'واسط'),
    'IQ-QA': ('Al-Qadisiyah', 'القادسية'), 'IQ-MU': ('Muthanna', 'المثنى'),
    'IQ-DQ': ('Dhi Qar', 'ذي قار'), 'IQ-MA': ('Maysan', 'ميسان'), 'IQ-BA': ('Basra', 'البصرة'),
    # Yemen
    'YE-SA': ('Amanat al Asimah', 'أمانة العاصمة'), 'YE-NA': ('Sanaa', 'صنعاء'),
    'YE-AD': ('Aden', 'عدن'), 'YE-TA': ('Taiz', 'تعز'), 'YE-HU': ('Al Hudaydah', 'الحديدة'),
    'YE-MA': ('Marib', 'مأرب'), 'YE-SD': ('Saada', 'صعدة'), 'YE-HJ': ('Hajjah', 'حجة'),
    'YE-AM': ('Amran', 'عمران'), 'YE-JA': ('Al Jawf', 'الجوف'), 'YE-BA': ('Al Bayda', 'البيضاء'),
    'YE-DH': ('Dhamar', 'ذمار'), 'YE-IB': ('Ibb', 'إب'), 'YE-DL': ("Ad Dali", 'الضالع'),
    'YE-LA': ('Lahij', 'لحج'), 'YE-AB': ('Abyan', 'أبين'), 'YE-SH': ('Shabwah', 'شبوة'),
    'YE-HA': ('Hadramawt', 'حضرموت'), 'YE-MR': ('Al Mahrah', 'المهرة'),
    'YE-MW': ('Al Mahwit', 'المحويت'), 'YE-RM': ('Raymah', 'ريمة'), 'YE-SO': ('Socotra', 'سقطرى'),
    # Sudan
    'SD-KH': ('Khartoum', 'الخرطوم'), 'SD-ND': ('North Darfur', 'شمال دارفور'),
    'SD-SF': ('South Darfur', 'جنوب دارفور'), 'SD-ED': ('East Darfur', 'شرق دارفور'),
    'SD-WF': ('West Darfur', 'غرب دارفور'), 'SD-CD': ('Central Darfur', 'وسط دارفور'),
    'SD-NK': ('North Kordofan', 'شمال كردفان'), 'SD-SK': ('South Kordofan', 'جنوب كردفان'),
    'SD-WK': ('West Kordofan', 'غرب كردفان'), 'SD-BN': ('Blue Nile', 'النيل الأزرق'),
    'SD-WN': ('White Nile', 'النيل الأبيض'), 'SD-SI': ('Sennar', 'سنار'),
    'SD-GD': ('Gedaref', 'القضارف'), 'SD-KA': ('Kassala', 'كسلا'),
    'SD-RS': ('Red Sea', 'البحر الأحمر'), 'SD-RN': ('River Nile', 'نهر النيل'),
    'SD-NO': ('Northern', 'الشمالية|الولاية الشمالية'), 'SD-GZ': ('Al Jazirah', 'الجزيرة'),
    # Libya (WOF's region names are those of one town; ACLED uses the district names)
    'LY-TR': ('Tripoli', 'طرابلس'), 'LY-BG': ('Benghazi', 'بنغازي'), 'LY-MS': ('Misrata', 'مصراتة'),
    'LY-ST': ('Sirt', 'سرت'), 'LY-JF': ('Al Jufrah', 'الجفرة'), 'LY-KU': ('Al Kufrah', 'الكفرة'),
    'LY-MU': ('Murzuq', 'مرزق'), 'LY-SA': ('Sabha', 'سبها'), 'LY-GH': ('Ghat', 'غات'),
    'LY-WS': ('Wadi al Shatii', 'وادي الشاطئ'), 'LY-WH': ('Wadi al Hayat', 'وادي الحياة'),
    'LY-NT': ('Nalut', 'نالوت'), 'LY-JG': ('Al Jabal al Gharbi', 'الجبل الغربي'),
    'LY-ZW': ('Az Zawiyah', 'الزاوية'), 'LY-JR': ('Al Jfara', 'الجفارة'),
    'LY-NK': ('An Nuqat al Khams', 'النقاط الخمس'), 'LY-MR': ('Al Marqab', 'المرقب'),
    'LY-MA': ('Al Marj', 'المرج'), 'LY-JK': ('Al Jabal al Akhdar', 'الجبل الأخضر'),
    'LY-DA': ('Derna', 'درنة'), 'LY-BN': ('Al Butnan', 'البطنان'), 'LY-AW': ('Al Wahat', 'الواحات'),
    # Palestine (ACLED: admin1 is West Bank or Gaza Strip; governorates are admin2)
    'PS-WE': ('West Bank', 'الضفة الغربية|الضفة'), 'PS-GZ': ('Gaza Strip', 'قطاع غزة|القطاع'),
    # Lebanon
    'LB-BA': ('Beirut', 'بيروت'), 'LB-JL': ('Mount Lebanon', 'جبل لبنان'),
    'LB-NL': ('North', 'الشمال|لبنان الشمالي'), 'LB-AK': ('Akkar', 'عكار'),
    'LB-BQ': ('Beqaa', 'البقاع'), 'LB-BH': ('Baalbek-Hermel', 'بعلبك الهرمل|بعلبك - الهرمل'),
    'LB-JA': ('South', 'الجنوب|لبنان الجنوبي'), 'LB-NA': ('Nabatieh', 'النبطية'),
    # Jordan
    'JO-AM': ('Amman', 'عمان|العاصمة'), 'JO-IR': ('Irbid', 'إربد'), 'JO-AZ': ('Zarqa', 'الزرقاء'),
    'JO-MA': ('Mafraq', 'المفرق'), 'JO-AJ': ('Ajloun', 'عجلون'), 'JO-JA': ('Jerash', 'جرش'),
    'JO-BA': ('Balqa', 'البلقاء'), 'JO-MD': ('Madaba', 'مادبا|مأدبا'), 'JO-KA': ('Karak', 'الكرك'),
    'JO-AT': ('Tafilah', 'الطفيلة'), 'JO-MN': ("Maan", 'معان'), 'JO-AQ': ('Aqaba', 'العقبة'),
    # Egypt
    'EG-QH': ('Cairo', 'القاهرة'), 'EG-JZ': ('Giza', 'الجيزة'), 'EG-IK': ('Alexandria', 'الإسكندرية'),
    'EG-SS': ('North Sinai', 'شمال سيناء'), 'EG-JS': ('South Sinai', 'جنوب سيناء'),
    'EG-IS': ('Ismailia', 'الإسماعيلية'), 'EG-SW': ('Suez', 'السويس'),
    'EG-BS': ('Port Said', 'بورسعيد|بور سعيد'), 'EG-DT': ('Damietta', 'دمياط'),
    'EG-DQ': ('Dakahlia', 'الدقهلية'), 'EG-SQ': ('Sharqia', 'الشرقية'),
    'EG-QL': ('Qalyubia', 'القليوبية'), 'EG-MF': ('Monufia', 'المنوفية'),
    'EG-GH': ('Gharbia', 'الغربية'), 'EG-KS': ('Kafr el-Sheikh', 'كفر الشيخ'),
    'EG-BH': ('Beheira', 'البحيرة'), 'EG-MT': ('Matruh', 'مطروح'), 'EG-FY': ('Faiyum', 'الفيوم'),
    'EG-BN': ('Beni Suef', 'بني سويف'), 'EG-MN': ('Minya', 'المنيا'), 'EG-AT': ('Asyut', 'أسيوط'),
    'EG-SJ': ('Sohag', 'سوهاج'), 'EG-QN': ('Qena', 'قنا'), 'EG-UQ': ('Luxor', 'الأقصر'),
    'EG-AN': ('Aswan', 'أسوان'), 'EG-BA': ('Red Sea', 'البحر الأحمر'),
    'EG-WJ': ('New Valley', 'الوادي الجديد'),
    # Somalia (Somaliland's regions are added from the iso3166-2-db table, see SOMALILAND)
    'SO-BN': ('Banadir', 'بنادر'), 'SO-SH': ('Lower Shabelle', 'شبيلي السفلى|شبيلى السفلى'),
    'SO-SD': ('Middle Shabelle', 'شبيلي الوسطى|شبيلى الوسطى'),
    'SO-JH': ('Lower Juba', 'جوبا السفلى'), 'SO-JD': ('Middle Juba', 'جوبا الوسطى'),
    'SO-GE': ('Gedo', 'جدو|غيدو'), 'SO-BY': ('Bay', 'باي'), 'SO-BK': ('Bakool', 'باكول|بكول'),
    'SO-HI': ('Hiraan', 'هيران|حيران'), 'SO-GA': ('Galgaduud', 'جلجدود|غلغدود'),
    'SO-MU': ('Mudug', 'مدق|مدج'), 'SO-NU': ('Nugaal', 'نوجال|نوغال'), 'SO-BR': ('Bari', 'باري'),
    # South Sudan
    'SS-BG': ('Central Equatoria', 'الاستوائية الوسطى|وسط الاستوائية'),
    'SS-EE': ('Eastern Equatoria', 'الاستوائية الشرقية|شرق الاستوائية'),
    'SS-WE': ('Western Equatoria', 'الاستوائية الغربية|غرب الاستوائية'),
    'SS-JG': ('Jonglei', 'جونقلي|جونغلي'), 'SS-WH': ('Unity', 'الوحدة'),
    'SS-UN': ('Upper Nile', 'أعالي النيل'), 'SS-EB': ('Lakes', 'البحيرات'),
    'SS-WR': ('Warrap', 'واراب'), 'SS-NB': ('Northern Bahr el Ghazal', 'شمال بحر الغزال'),
    'SS-WB': ('Western Bahr el Ghazal', 'غرب بحر الغزال'),
    # Chad
    'TD-NJ': ("N'Djamena", 'انجمينا|نجامينا'), 'TD-LC': ('Lac', 'البحيرة'), 'TD-KM': ('Kanem', 'كانم'),
    'TD-BG': ('Barh el Gazel', 'بحر الغزال'), 'TD-BA': ('Batha', 'البطحة'),
    'TD-BI': ('Wadi Fira', 'وادي فيرا'), 'TD-GR': ('Guera', 'قيرا|غيرا'),
    'TD-OA': ('Ouaddai', 'وداي|واداي'), 'TD-SI': ('Sila', 'سيلا'), 'TD-SA': ('Salamat', 'سلامات'),
    'TD-HD': ('Hadjer-Lamis', 'حجر لميس'), 'TD-CG': ('Chari-Baguirmi', 'شاري باقرمي'),
    'TD-MO': ('Moyen-Chari', 'شاري الأوسط'), 'TD-MA': ('Mandoul', 'ماندول'),
    'TD-LO': ('Logone Occidental', 'لوقون الغربي'), 'TD-LR': ('Logone Oriental', 'لوقون الشرقي'),
    'TD-TA': ('Tandjile', 'تانجلي'), 'TD-ME': ('Mayo-Kebbi Est', 'مايو كيبي الشرقي'),
    'TD-MW': ('Mayo-Kebbi Ouest', 'مايو كيبي الغربي'), 'TD-BR': ('Borkou', 'بوركو|بركو'),
    'TD-TI': ('Tibesti', 'تيبستي'), 'TD-EE': ('Ennedi-Est', 'إنيدي الشرقية'),
    'TD-EO': ('Ennedi-Ouest', 'إنيدي الغربية'),
    # Mali
    'ML-TT': ('Timbuktu', 'تمبكتو|تنبكتو'), 'ML-GO': ('Gao', 'غاو|جاو'), 'ML-KD': ('Kidal', 'كيدال'),
    'ML-MO': ('Mopti', 'موبتي'), 'ML-SG': ('Segou', 'سيغو|سيجو'), 'ML-KY': ('Kayes', 'كايس|كاي'),
    'ML-KK': ('Koulikoro', 'كوليكورو'), 'ML-SK': ('Sikasso', 'سيكاسو'), 'ML-BA': ('Bamako', 'باماكو'),
    # Niger
    'NE-TL': ('Tillaberi', 'تيلابيري'), 'NE-DF': ('Diffa', 'ديفا'), 'NE-AG': ('Agadez', 'أغاديز|أغاديس'),
    'NE-TH': ('Tahoua', 'تاهوا|طاوة'), 'NE-MA': ('Maradi', 'مارادي'), 'NE-ZI': ('Zinder', 'زيندر'),
    'NE-DS': ('Dosso', 'دوسو'), 'NE-NI': ('Niamey', 'نيامي'),
    # Burkina Faso (WOF lists الشرقي / الشمالي / الأوسط, which are plain adjectives)
    'BF-SA': ('Sahel', 'الساحل'), 'BF-ES': ('Est', 'الشرق|الإقليم الشرقي'),
    'BF-NO': ('Nord', 'الشمال|الإقليم الشمالي'), 'BF-CN': ('Centre-Nord', 'الوسط الشمالي|وسط الشمال'),
    'BF-CE': ('Centre-Est', 'الوسط الشرقي|وسط الشرق'), 'BF-CO': ('Centre-Ouest', 'الوسط الغربي|وسط الغرب'),
    'BF-CS': ('Centre-Sud', 'الوسط الجنوبي|وسط الجنوب'), 'BF-CT': ('Centre', 'الوسط'),
    'BF-BO': ('Boucle du Mouhoun', 'بوكل دو موهون|بوكلي دو موهون'),
    'BF-HB': ('Hauts-Bassins', 'الهضاب العليا|أو باسان'), 'BF-CD': ('Cascades', 'الشلالات'),
    'BF-PC': ('Plateau-Central', 'الهضبة الوسطى'), 'BF-SO': ('Sud-Ouest', 'الجنوب الغربي'),
    # Nigeria
    'NG-BO': ('Borno', 'بورنو|برنو'), 'NG-YO': ('Yobe', 'يوبي'), 'NG-AD': ('Adamawa', 'أداماوا|آدماوة'),
    'NG-GO': ('Gombe', 'غومبي'), 'NG-BA': ('Bauchi', 'باوتشي'), 'NG-TA': ('Taraba', 'تارابا|ترابة'),
    'NG-KN': ('Kano', 'كانو'), 'NG-KD': ('Kaduna', 'كادونا'), 'NG-KT': ('Katsina', 'كاتسينا'),
    'NG-ZA': ('Zamfara', 'زامفارا|زمفرة'), 'NG-SO': ('Sokoto', 'سوكوتو|صكتو'), 'NG-KE': ('Kebbi', 'كيبي|كبي'),
    'NG-JI': ('Jigawa', 'جيغاوا|جيغاوة'), 'NG-NI': ('Niger', 'نيجر'), 'NG-KW': ('Kwara', 'كوارا|كوارة'),
    'NG-PL': ('Plateau', 'بلاتو'), 'NG-NA': ('Nasarawa', 'ناساراوا|نصراوة'), 'NG-BE': ('Benue', 'بينو|بينوي'),
    'NG-KO': ('Kogi', 'كوجي'), 'NG-FC': ('Federal Capital Territory', 'إقليم العاصمة الاتحادية|أبوجا'),
    'NG-LA': ('Lagos', 'لاغوس'), 'NG-OG': ('Ogun', 'أوغون'), 'NG-OY': ('Oyo', 'أويو'),
    'NG-OS': ('Osun', 'أوسون|أوشون'), 'NG-EK': ('Ekiti', 'إكيتي'), 'NG-ON': ('Ondo', 'أوندو'),
    'NG-ED': ('Edo', 'إيدو|إدو'), 'NG-DE': ('Delta', 'دلتا'), 'NG-BY': ('Bayelsa', 'بايلسا'),
    'NG-RI': ('Rivers', 'ريفرز'), 'NG-AK': ('Akwa Ibom', 'أكوا إيبوم'), 'NG-CR': ('Cross River', 'كروس ريفر'),
    'NG-AB': ('Abia', 'أبيا'), 'NG-IM': ('Imo', 'إيمو'), 'NG-AN': ('Anambra', 'أنامبرا|أنمبرة'),
    'NG-EN': ('Enugu', 'إينوغو'), 'NG-EB': ('Ebonyi', 'إيبوني|إبونيه'),
    # Saudi Arabia
    'SA-RI': ('Riyadh', 'الرياض'), 'SA-MK': ('Makkah', 'مكة|مكة المكرمة'),
    'SA-MD': ('Al Madinah', 'المدينة المنورة'), 'SA-SH': ('Eastern Province', 'المنطقة الشرقية'),
    'SA-QS': ('Al Qassim', 'القصيم'), 'SA-HA': ('Hail', 'حائل'), 'SA-TB': ('Tabuk', 'تبوك'),
    'SA-HS': ('Northern Borders', 'الحدود الشمالية'), 'SA-JF': ('Al Jawf', 'الجوف'),
    'SA-BA': ('Al Bahah', 'الباحة'), 'SA-AS': ('Asir', 'عسير'), 'SA-JZ': ('Jazan', 'جازان|جيزان'),
    'SA-NJ': ('Najran', 'نجران'),
    # Tunisia
    'TN-TU': ('Tunis', 'تونس'), 'TN-AN': ('Ariana', 'أريانة'), 'TN-BA': ('Ben Arous', 'بن عروس'),
    'TN-MN': ('Manouba', 'منوبة'), 'TN-NB': ('Nabeul', 'نابل'), 'TN-ZA': ('Zaghouan', 'زغوان'),
    'TN-BZ': ('Bizerte', 'بنزرت'), 'TN-BJ': ('Beja', 'باجة'), 'TN-JE': ('Jendouba', 'جندوبة'),
    'TN-KF': ('Kef', 'الكاف'), 'TN-SL': ('Siliana', 'سليانة'), 'TN-SS': ('Sousse', 'سوسة'),
    'TN-MS': ('Monastir', 'المنستير'), 'TN-MH': ('Mahdia', 'المهدية'), 'TN-SF': ('Sfax', 'صفاقس'),
    'TN-KR': ('Kairouan', 'القيروان'), 'TN-KS': ('Kasserine', 'القصرين'),
    'TN-SZ': ('Sidi Bouzid', 'سيدي بوزيد'), 'TN-GB': ('Gabes', 'قابس'), 'TN-ME': ('Medenine', 'مدنين'),
    'TN-TA': ('Tataouine', 'تطاوين'), 'TN-GF': ('Gafsa', 'قفصة'), 'TN-TO': ('Tozeur', 'توزر'),
    'TN-KB': ('Kebili', 'قبلي'),
    # Algeria
    'DZ-AR': ('Adrar', 'أدرار'), 'DZ-CH': ('Chlef', 'الشلف'), 'DZ-LG': ('Laghouat', 'الأغواط'),
    'DZ-OB': ('Oum El Bouaghi', 'أم البواقي'), 'DZ-BT': ('Batna', 'باتنة'), 'DZ-BJ': ('Bejaia', 'بجاية'),
    'DZ-BS': ('Biskra', 'بسكرة'), 'DZ-BC': ('Bechar', 'بشار'), 'DZ-BL': ('Blida', 'البليدة'),
    'DZ-BU': ('Bouira', 'البويرة'), 'DZ-TM': ('Tamanrasset', 'تمنراست|تامنغست'),
    'DZ-TB': ('Tebessa', 'تبسة'), 'DZ-TL': ('Tlemcen', 'تلمسان'), 'DZ-TR': ('Tiaret', 'تيارت'),
    'DZ-TO': ('Tizi Ouzou', 'تيزي وزو'), 'DZ-AL': ('Algiers', 'الجزائر العاصمة'),
    'DZ-DJ': ('Djelfa', 'الجلفة'), 'DZ-JJ': ('Jijel', 'جيجل'), 'DZ-SF': ('Setif', 'سطيف'),
    'DZ-SD': ('Saida', 'سعيدة'), 'DZ-SK': ('Skikda', 'سكيكدة'), 'DZ-SB': ('Sidi Bel Abbes', 'سيدي بلعباس'),
    'DZ-AN': ('Annaba', 'عنابة'), 'DZ-GL': ('Guelma', 'قالمة'), 'DZ-CO': ('Constantine', 'قسنطينة'),
    'DZ-MD': ('Medea', 'المدية'), 'DZ-MG': ('Mostaganem', 'مستغانم'), 'DZ-MS': ("M'Sila", 'المسيلة'),
    'DZ-MC': ('Mascara', 'معسكر'), 'DZ-OG': ('Ouargla', 'ورقلة'), 'DZ-OR': ('Oran', 'وهران'),
    'DZ-EB': ('El Bayadh', 'البيض'), 'DZ-IL': ('Illizi', 'إليزي'),
    'DZ-BB': ('Bordj Bou Arreridj', 'برج بوعريريج'), 'DZ-BM': ('Boumerdes', 'بومرداس'),
    'DZ-ET': ('El Tarf', 'الطارف'), 'DZ-TN': ('Tindouf', 'تندوف'), 'DZ-TS': ('Tissemsilt', 'تيسمسيلت|تسمسيلت'),
    'DZ-EO': ('El Oued', 'الوادي'), 'DZ-KH': ('Khenchela', 'خنشلة'), 'DZ-SA': ('Souk Ahras', 'سوق أهراس'),
    'DZ-TP': ('Tipaza', 'تيبازة'), 'DZ-ML': ('Mila', 'ميلة'), 'DZ-AD': ('Ain Defla', 'عين الدفلى'),
    'DZ-NA': ('Naama', 'النعامة'), 'DZ-AT': ('Ain Temouchent', 'عين تموشنت'), 'DZ-GR': ('Ghardaia', 'غرداية'),
    'DZ-RE': ('Relizane', 'غليزان'),
}
# WOF region rows that are not admin1 areas of their country.
SKIP_REGIONS = {85681385}  # UN Disengagement Observer Force zone (SY)

# Somaliland's five regions (missing from the WOF SO repository), filed under Somalia as ACLED
# does. Keyed by the GeoNames admin1 code; coordinates of the regional capital.
SOMALILAND = {
    '20': ('SO-WO', 'Woqooyi Galbeed', 'وقويي جالبيد|مرودي جيح', 9.56, 44.065, 50360),
    '19': ('SO-TO', 'Togdheer', 'توجدير|تقدير', 9.52213, 45.53363, 51230),
    '21': ('SO-AW', 'Awdal', 'أودل', 9.93, 43.18, 6268943),
    '22': ('SO-SO', 'Sool', 'سول', 8.47738, 47.35971, 6268947),
    '12': ('SO-SA', 'Sanaag', 'سناج|سناغ', 10.61616, 47.36795, 52187),
}

# Palestinian governorates (WOF counties) -> ACLED admin2 name and Arabic names.
PS_ADMIN2 = {
    1091912973: ('Jenin', 'جنين'), 1091913213: ('Tubas', 'طوباس'), 1091913233: ('Tulkarm', 'طولكرم'),
    1091913091: ('Nablus', 'نابلس'), 1091913123: ('Qalqilya', 'قلقيلية'), 1091913173: ('Salfit', 'سلفيت'),
    1091913137: ('Ramallah and Al Bireh', 'رام الله والبيرة|رام الله'), 1091913007: ('Jericho', 'أريحا|أريحا والأغوار'),
    421200701: ('Jerusalem', 'القدس'), 1091912933: ('Bethlehem', 'بيت لحم'), 1091912955: ('Hebron', 'الخليل'),
    1091913267: ('North Gaza', 'شمال غزة|شمال قطاع غزة'), 1091913297: ('Gaza City', 'غزة|مدينة غزة'),
    1091913317: ('Deir El Balah', 'دير البلح|المحافظة الوسطى|الوسطى'), 1091913333: ('Khan Yunis', 'خان يونس'),
    1091913365: ('Rafah', 'رفح'),
}

# Arabic names of admin2 areas that WOF leaves without one, keyed by WOF id.
ADMIN2_AR = {
    1108691411: 'بشري', 1108691417: 'بنت جبيل', 1108691427: 'المنية الضنية|المنية', 1108691431: 'حاصبيا',
    1108691437: 'مرجعيون', 1108691439: 'راشيا', 1108691441: 'صور', 421172015: 'كسروان',
    421173359: 'البقاع الغربي', 421194845: 'جبيل', 1108691419: 'الشوف', 1108691409: 'عاليه',
}

# Common English names of cities and towns that WOF spells otherwise, keyed by
# (cc, preferred Arabic name); applied to the most important locality of that name in the
# country (highest population, then feature code).
CITY_EN = {
    ('SY', 'دير الزور'): 'Deir ez-Zor', ('SY', 'الحسكة'): 'Al-Hasakah', ('SY', 'حلب'): 'Aleppo',
    ('SY', 'الرقة'): 'Raqqa', ('SY', 'إدلب'): 'Idlib', ('SY', 'حمص'): 'Homs', ('SY', 'حماة'): 'Hama',
    ('SY', 'درعا'): 'Daraa', ('SY', 'السويداء'): 'As-Suwayda', ('SY', 'اللاذقية'): 'Latakia',
    ('SY', 'طرطوس'): 'Tartus', ('SY', 'القنيطرة'): 'Quneitra', ('SY', 'دمشق'): 'Damascus',
    ('SY', 'القامشلي'): 'Qamishli', ('SY', 'منبج'): 'Manbij', ('SY', 'الباب'): 'Al-Bab',
    ('SY', 'أعزاز'): 'Azaz', ('SY', 'عفرين'): 'Afrin', ('SY', 'جرابلس'): 'Jarabulus',
    ('SY', 'عين العرب'): 'Kobani', ('SY', 'تل أبيض'): 'Tal Abyad', ('SY', 'رأس العين'): 'Ras al-Ain',
    ('SY', 'الميادين'): 'Al-Mayadin', ('SY', 'البوكمال'): 'Al-Bukamal', ('SY', 'هجين'): 'Hajin',
    ('SY', 'تدمر'): 'Palmyra', ('SY', 'الطبقة'): 'Tabqa', ('SY', 'معرة النعمان'): 'Maarat al-Numan',
    ('SY', 'سراقب'): 'Saraqib', ('SY', 'جسر الشغور'): 'Jisr al-Shughur', ('SY', 'دوما'): 'Douma',
    ('SY', 'المالكية'): 'Al-Malikiyah', ('SY', 'الشدادي'): ('Al-Shaddadi', 1259983725), ('SY', 'عامودا'): 'Amuda',
    ('SY', 'تل تمر'): 'Tal Tamr', ('SY', 'مارع'): "Mare'", ('SY', 'تل رفعت'): 'Tell Rifaat',
    ('SY', 'بصرى الشام'): 'Busra al-Sham', ('SY', 'نوى'): 'Nawa', ('SY', 'جاسم'): 'Jasim',
    ('SY', 'طفس'): 'Tafas', ('SY', 'الصنمين'): 'As-Sanamayn', ('SY', 'إزرع'): 'Izra',
    ('SY', 'سلمية'): 'Salamiyah', ('SY', 'السلمية'): 'Salamiyah', ('SY', 'مصياف'): 'Masyaf',
    ('SY', 'القصير'): 'Al-Qusayr', ('SY', 'الرستن'): 'Ar-Rastan', ('SY', 'تلبيسة'): 'Talbiseh',
    ('SY', 'جبلة'): 'Jableh', ('SY', 'بانياس'): 'Baniyas', ('SY', 'السخنة'): 'Al-Sukhnah',
    ('SY', 'دير حافر'): 'Deir Hafer', ('SY', 'السفيرة'): 'As-Safira', ('SY', 'الأتارب'): 'Al-Atarib',
    ('SY', 'دارة عزة'): 'Darat Izza', ('SY', 'الدانا'): 'Al-Dana', ('SY', 'سرمدا'): 'Sarmada',
    ('SY', 'أريحا'): 'Ariha', ('SY', 'خان شيخون'): 'Khan Shaykhun', ('SY', 'كفرنبل'): 'Kafr Nabl',
    # Iraq
    ('IQ', 'بغداد'): 'Baghdad', ('IQ', 'الموصل'): 'Mosul', ('IQ', 'كركوك'): 'Kirkuk',
    ('IQ', 'أربيل'): 'Erbil', ('IQ', 'السليمانية'): 'Sulaymaniyah', ('IQ', 'دهوك'): 'Duhok',
    ('IQ', 'تكريت'): 'Tikrit', ('IQ', 'سامراء'): 'Samarra', ('IQ', 'الرمادي'): 'Ramadi',
    ('IQ', 'الفلوجة'): 'Fallujah', ('IQ', 'بعقوبة'): 'Baqubah', ('IQ', 'البصرة'): 'Basra',
    ('IQ', 'النجف'): 'Najaf', ('IQ', 'كربلاء'): 'Karbala', ('IQ', 'الحلة'): 'Hillah',
    ('IQ', 'الكوت'): 'Kut', ('IQ', 'الديوانية'): 'Diwaniyah', ('IQ', 'الناصرية'): 'Nasiriyah',
    ('IQ', 'العمارة'): 'Amarah', ('IQ', 'السماوة'): 'Samawah', ('IQ', 'سنجار'): 'Sinjar',
    ('IQ', 'تلعفر'): 'Tal Afar', ('IQ', 'القائم'): 'Al-Qaim', ('IQ', 'حديثة'): 'Haditha',
    ('IQ', 'هيت'): 'Hit', ('IQ', 'بيجي'): 'Baiji', ('IQ', 'طوز خورماتو'): 'Tuz Khurmatu', ('IQ', 'خانقين'): 'Khanaqin', ('IQ', 'المقدادية'): 'Muqdadiyah',
    ('IQ', 'الشرقاط'): 'Al-Shirqat', ('IQ', 'الحويجة'): 'Hawija', ('IQ', 'كلار'): 'Kalar',
    ('IQ', 'حلبجة'): 'Halabja', ('IQ', 'زاخو'): 'Zakho', ('IQ', 'الرطبة'): 'Rutba',
    ('IQ', 'جلولاء'): 'Jalawla', ('IQ', 'بلد'): 'Balad', ('IQ', 'الدجيل'): 'Dujail',
    # Yemen
    ('YE', 'صنعاء'): 'Sanaa', ('YE', 'عدن'): 'Aden', ('YE', 'تعز'): 'Taiz', ('YE', 'الحديدة'): 'Al Hudaydah',
    ('YE', 'مأرب'): 'Marib', ('YE', 'صعدة'): 'Saada', ('YE', 'المكلا'): 'Mukalla', ('YE', 'عتق'): 'Ataq',
    ('YE', 'زنجبار'): 'Zinjibar', ('YE', 'الضالع'): 'Ad Dali', ('YE', 'ذمار'): 'Dhamar', ('YE', 'إب'): 'Ibb',
    ('YE', 'حجة'): 'Hajjah', ('YE', 'عمران'): 'Amran', ('YE', 'البيضاء'): 'Al Bayda', ('YE', 'سيئون'): 'Seiyun',
    ('YE', 'الغيضة'): 'Al Ghaydah', ('YE', 'الحزم'): 'Al Hazm', ('YE', 'المخا'): 'Al Mokha',
    ('YE', 'حرض'): 'Haradh', ('YE', 'لودر'): 'Lawdar',
    # Sudan / South Sudan
    ('SD', 'الخرطوم'): 'Khartoum', ('SD', 'أم درمان'): 'Omdurman', ('SD', 'الخرطوم بحري'): 'Khartoum North',
    ('SD', 'الفاشر'): 'El Fasher', ('SD', 'نيالا'): 'Nyala',
    ('SD', 'الجنينة'): 'El Geneina', ('SD', 'زالنجي'): 'Zalingei', ('SD', 'الضعين'): 'Ed Daein',
    ('SD', 'ود مدني'): 'Wad Madani', ('SD', 'الأبيض'): 'El Obeid',
    ('SD', 'كادوقلي'): 'Kadugli', ('SD', 'الدمازين'): 'Ed Damazin', ('SD', 'كسلا'): 'Kassala',
    ('SD', 'القضارف'): 'Gedaref', ('SD', 'بورتسودان'): 'Port Sudan', ('SD', 'سنار'): 'Sennar',
    ('SD', 'كوستي'): 'Kosti', ('SD', 'عطبرة'): 'Atbara', ('SD', 'الفولة'): 'Al Fulah',
    ('SD', 'بابنوسة'): 'Babanusa', ('SD', 'الدلنج'): 'Dilling', ('SD', 'نيالا'): ('Nyala', -369004),
    ('SS', 'جوبا'): 'Juba', ('SS', 'ملكال'): 'Malakal', ('SS', 'بانتيو'): 'Bentiu', ('SS', 'واو'): 'Wau',
    ('SS', 'بور'): 'Bor',
    # Libya, Egypt, Lebanon, Jordan, Palestine
    ('LY', 'طرابلس'): 'Tripoli', ('LY', 'بنغازي'): 'Benghazi', ('LY', 'مصراتة'): 'Misrata',
    ('LY', 'سرت'): 'Sirte', ('LY', 'درنة'): 'Derna', ('LY', 'سبها'): 'Sabha', ('LY', 'الزاوية'): 'Zawiya',
    ('EG', 'القاهرة'): 'Cairo', ('EG', 'العريش'): 'Al Arish', ('EG', 'رفح'): 'Rafah',
    ('EG', 'الشيخ زويد'): 'Sheikh Zuweid', ('EG', 'بئر العبد'): 'Bir al-Abd', ('EG', 'الإسكندرية'): 'Alexandria',
    ('EG', 'الإسماعيلية'): 'Ismailia', ('EG', 'السويس'): 'Suez', ('EG', 'الجيزة'): 'Giza',
    ('LB', 'بيروت'): 'Beirut', ('LB', 'طرابلس'): 'Tripoli', ('LB', 'صيدا'): 'Sidon', ('LB', 'صور'): 'Tyre',
    ('LB', 'النبطية'): 'Nabatieh', ('LB', 'بعلبك'): 'Baalbek', ('LB', 'الهرمل'): ('Hermel', -279997),
    ('LB', 'بنت جبيل'): 'Bint Jbeil', ('LB', 'مرجعيون'): 'Marjayoun', ('LB', 'الخيام'): 'Khiam',
    ('LB', 'عرسال'): 'Arsal', ('LB', 'زحلة'): 'Zahle',
    ('JO', 'عمان'): 'Amman', ('JO', 'إربد'): 'Irbid', ('JO', 'الزرقاء'): 'Zarqa', ('JO', 'المفرق'): 'Mafraq',
    ('JO', 'الرمثا'): 'Ar Ramtha',
    ('PS', 'الخليل'): 'Hebron', ('PS', 'جنين'): 'Jenin', ('PS', 'نابلس'): 'Nablus', ('PS', 'طولكرم'): 'Tulkarm',
    ('PS', 'رام الله'): 'Ramallah', ('PS', 'بيت لحم'): 'Bethlehem', ('PS', 'أريحا'): 'Jericho',
    ('PS', 'قلقيلية'): 'Qalqilya', ('PS', 'طوباس'): 'Tubas', ('PS', 'سلفيت'): 'Salfit',
    ('PS', 'غزة'): 'Gaza City', ('PS', 'خان يونس'): 'Khan Yunis', ('PS', 'رفح'): 'Rafah',
    ('PS', 'دير البلح'): 'Deir al-Balah', ('PS', 'بيت لاهيا'): 'Beit Lahia', ('PS', 'بيت حانون'): 'Beit Hanoun',
        # Somalia, Sahel, Nigeria
    ('SO', 'مقديشو'): 'Mogadishu', ('SO', 'كسمايو'): ('Kismayo', 421178303), ('SO', 'بيدوا'): 'Baidoa',
    ('SO', 'جوهر'): 'Jowhar', ('SO', 'بلدوين'): ('Beledweyne', 421174933), ('SO', 'أفجوي'): 'Afgooye',
    ('SO', 'مركا'): ('Marka', -54225), ('SO', 'بوصاصو'): 'Bosaso', ('SO', 'جالكعيو'): 'Galkayo',
    ('SO', 'هرجيسا'): ('Hargeisa', -57289), ('SO', 'غاروي'): 'Garowe',
    ('ML', 'باماكو'): 'Bamako', ('ML', 'تمبكتو'): 'Timbuktu', ('ML', 'غاو'): ('Gao', 421203311), ('ML', 'كيدال'): ('Kidal', -2455290),
    ('ML', 'موبتي'): 'Mopti', ('ML', 'ميناكا'): ('Menaka', -2453514), ('ML', 'سيغو'): 'Segou',
    ('NE', 'نيامي'): 'Niamey', ('NE', 'أغاديز'): ('Agadez', 1293112781), ('NE', 'ديفا'): 'Diffa',
    ('BF', 'واغادوغو'): 'Ouagadougou',
    ('NG', 'مايدوغوري'): 'Maiduguri', ('NG', 'أبوجا'): 'Abuja', ('NG', 'لاغوس'): 'Lagos',
    ('TD', 'انجمينا'): "N'Djamena",
}

# Arabic names that WOF attaches to the wrong place: (wof_id, name) pairs to drop.
BAD_NAMES = set()

# Type words that prefix admin names in the sources ("محافظة حلب"); stripped from admin rows'
# names (the geocoder reads them as cues). Localities whose name starts with one of these
# carry the name of their admin area ("ولاية سقطو" for Sokoto city) and lose that name.
ADMIN_PREFIXES = ['محافظة', 'ولاية', 'شعبية', 'بلدية', 'مديرية', 'قضاء', 'ناحية', 'منطقة', 'إقليم',
                  'اقليم', 'مقاطعة', 'محلية', 'مركز', 'امارة', 'إمارة', 'دائرة', 'لواء', 'مُحافظة']
LOCALITY_BAD_PREFIXES = ['محافظة', 'ولاية', 'شعبية', 'مديرية', 'قضاء', 'إقليم', 'اقليم', 'مقاطعة',
                         'محلية', 'مُحافظة']
# Suffixes of airport / base names that news often leaves out.
CAMPUS_SUFFIXES = ['الجوية', 'الجوي', 'الدولي', 'الدولية', 'المحلي', 'الإقليمي', 'العسكري',
                   'العسكرية']

# ---------------------------------------------------------------------------------------------
# Frequent words of Arabic conflict reporting, compiled by hand (function words, time words,
# numbers, the vocabulary of attacks, arrests and politics, generic geography, verbs) and
# common given names. Gazetteer names equal to one of these become stopwords, and so do words
# of this list that would otherwise be read as proclitic + place name ("بيان" = ب + "يان").
FREQUENT_WORDS = """
في من على إلى عن مع بعد قبل خلال حتى منذ بين ضد عبر حول دون غير عند لدى تحت فوق أمام خلف وراء داخل
خارج نحو لكن بل أو أم ثم إذ إذا إن أن كان كانت يكون تكون قد لقد لم لن لا ما ماذا هل كيف أين متى هذا
هذه ذلك تلك هؤلاء الذي التي الذين هو هي هم هن نحن أنا كل بعض جميع أي أحد إحدى عدة عدد كما أيضا
فقط حيث بينما أثناء إثر جراء بسبب وفق حسب نتيجة بحسب منها منه فيها فيه عليها عليه لها له لهم إليها
إليه بها به مما عما كلا سوى مثل نفس ذات لدي معه معها وسط قرب جانب بجانب إطار نطاق ضمن مقابل
اليوم أمس غدا الأمس يوم أيام الأيام أسبوع الأسبوع شهر الشهر أشهر سنة السنة سنوات عام العام أعوام ساعة
ساعات الساعة دقيقة صباح الصباح صباحا مساء المساء ليلة الليلة ليلا الليل فجر الفجر ظهر الظهر عصر العصر
فترة الفترة الماضي الماضية الجاري الجارية الحالي الحالية المقبل المقبلة الأخير الأخيرة الأول الأولى
الثاني الثانية الثالث الثالثة الرابع الخامس القادم القادمة السابق السابقة اللاحق مطلع منتصف أواخر بداية
نهاية الأحد الإثنين الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت أحد اثنين ثلاثاء أربعاء خميس جمعة
سبت يناير فبراير مارس أبريل إبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر كانون شباط آذار
نيسان أيار حزيران تموز آب أيلول تشرين محرم صفر ربيع جمادى رجب شعبان رمضان شوال القعدة الحجة
واحد واحدة اثنان اثنتين ثلاثة ثلاث أربعة أربع خمسة خمس ستة ست سبعة سبع ثمانية ثماني تسعة تسع عشرة
عشر عشرين ثلاثين أربعين خمسين مئة مائة ألف آلاف مليون عشرات مئات نصف ربع ثلث
قصف القصف هجوم الهجوم هجمات الهجمات مقتل قتل القتل قتلى القتلى قتيل جرحى الجرحى جريح إصابة إصابات
مصاب مصابين اشتباك اشتباكات الاشتباكات معارك المعارك معركة غارة غارات الغارات طائرة طائرات الطائرات
مسيرة مسيرات صاروخ صواريخ الصواريخ قذيفة قذائف مدفعية المدفعية عبوة عبوات ناسفة انفجار الانفجار
تفجير تفجيرات كمين كمينا الكمين اعتقال الاعتقال اعتقالات مداهمة مداهمات حملة الحملة حملات عملية العملية
عمليات العمليات أمنية الأمنية عسكرية العسكرية عسكري العسكري قوات القوات الجيش جيش عناصر العناصر عنصر
مسلحين المسلحين مسلحون مسلح مقاتلين المقاتلين مقاتل مقاتلون تنظيم التنظيم الدولة دولة جماعة الجماعة
فصائل الفصائل فصيل المعارضة النظام نظام الحكومة حكومة الأمن أمن الشرطة شرطة الحرس الحدود حدود
المنطقة منطقة المدينة مدينة القرية قرية البلدة بلدة الريف ريف الطريق طريق الجسر جسر السوق سوق المسجد
مسجد الجامع المدرسة مدرسة المستشفى مستشفى المشفى المركز مركز الحاجز حاجز المعبر معبر القاعدة قاعدة
المطار مطار الميناء ميناء السجن سجن المخيم مخيم النقطة نقطة الموقع موقع المقر مقر مبنى المبنى منزل
المنزل منازل بيت البيت دار الدار سيارة السيارة سيارات دراجة نارية آلية آليات دبابة مدرعة رصاص الرصاص
نار النار إطلاق سلاح السلاح أسلحة ذخائر ذخيرة لغم ألغام قنبلة قناص هدنة الهدنة وقف اتفاق الاتفاق
مفاوضات تسوية التسوية انسحاب تقدم سيطرة السيطرة حصار الحصار نزوح نازحين النازحين لاجئين اللاجئين
مدنيين المدنيين مدني المدني مدنية أطفال الأطفال نساء النساء شباب الشباب شاب شابا رجل امرأة طفل عائلة
العائلة أسرة الأسرة أهالي الأهالي سكان السكان مواطن مواطنين المواطنين الأهل قائد القائد قادة قيادي
القيادي زعيم الزعيم أمير الأمير والي الوالي مسؤول المسؤول مسؤولين مصدر مصادر المصادر مراسل وكالة
الوكالة بيان البيان تقرير التقرير صحيفة الصحيفة شبكة الشبكة قناة القناة الجزيرة العربية الإعلام إعلام
مكتب المكتب المرصد مجلس المجلس الحرب حرب الثورة ثورة الشهداء شهيد شهداء النصر نصر السلام سلام الحرية
حرية الوحدة وحدة العودة الأمل الفجر النور الخير الرحمة الصمود الكرامة الاستقلال التحرير تحرير الإسلام
الإسلامية إسلامي المسلمين الجهاد جهاد الله التحالف تحالف التعاون تعاون الدعم دعم السلطة السلطات
الاحتلال احتلال المقاومة مقاومة الشعب شعب الوطن وطن الوطني الوطنية الحزب حزب الحركة حركة الجبهة جبهة
اللواء لواء الكتيبة كتيبة الفرقة فرقة الفيلق فيلق سرايا كتائب ألوية حشد الحشد الشعبي العشائر عشيرة
قبيلة القبيلة المجتمع الدولي الأمم المتحدة الرئيس رئيس الوزير وزير الوزارة وزارة الدفاع الداخلية
الخارجية البرلمان الانتخابات المحكمة القضاء العدل الصحة التعليم الاقتصاد النفط الغاز الماء المياه
الكهرباء الخبز الغذاء المساعدات الإنسانية الأزمة الوضع الأوضاع التوتر التصعيد المواجهات المواجهة
الهدوء الخسائر الأضرار الدمار الضحايا ضحايا الأسرى أسرى الرهائن المعتقلين معتقلين السجناء
الشمال الجنوب الشرق الغرب شمال جنوب شرق غرب شمالي جنوبي شرقي غربي الشمالي الجنوبي الشرقي الغربي
الشمالية الجنوبية الشرقية الغربية الوسطى الأوسط الوسط الكبير الكبرى كبير الصغير الصغرى صغير الجديد
الجديدة جديد القديم القديمة قديم العليا السفلى الفوقاني التحتاني الفوقا التحتا البحر البحري بحري
الجبل الوادي النهر السهل التل العين البئر الساحل الصحراء البادية الحدودية العاصمة المحافظة الولاية
الإقليم الجانب الضفة البلاد بلاد الدول دول العالم المناطق الأراضي أراضي الأرض أرض الداخل الخارج
الأطراف أطراف المحيط محيط الضواحي ضواحي المدخل مدخل الحي حي المعسكر معسكر الثكنة المزرعة مزرعة
المعقل معقل المعمل معمل المصنع مصنع الحقل حقل الشركة شركة الجامعة جامعة الكلية كلية الملعب ملعب الساحة ساحة
الشارع شارع الدوار دوار الفندق الكنيسة كنيسة المقبرة مقبرة المحطة محطة البرج برج القلعة قلعة
قال يقول أعلن أفاد ذكر أكد أشار نفذ استهدف أسفر أسفرت أصيب سقط وقع وقعت شن شنت هاجم اقتحم داهم اعتقل
أطلق أصدر نشر تبنى أدى تعرض شهد شهدت جرى تم يتم أصبح بات عاد تمكن تمكنت قتلت قتلوا أكدت أعلنت قالت
أضاف أضافت أوضح أوضحت تابع تابعة التابع التابعة التابعين لقي لقيت توفي مات فقد فقدت وصل وصلت دخل دخلت
خرج خرجت هرب فر استمر استمرت بدأ بدأت انتهى يعمل تعمل يوجد توجد يقع تقع
محمد أحمد علي حسن حسين محمود مصطفى عمر عثمان خالد إبراهيم يوسف يونس موسى عيسى سليمان صالح سعيد
سعد عبد عبدالله طارق زيد زياد ياسر ياسين حمزة بلال جمال كمال فيصل فهد سلمان سالم سلطان ناصر منصور
عادل نبيل وليد هشام هاني هادي رامي سامي ماهر باسم جابر جاسم قاسم هاشم شريف نور فاطمة عائشة مريم زينب
خديجة سارة ليلى هدى أمل سلمى حياة جميلة أبو أم ابن بن بنت الشيخ شيخ الحاج حاج السيد سيد عباس جعفر
كريم رحيم حميد مجيد سعود مشعل راشد حمد خليل إسماعيل إسحاق يعقوب داود هارون آدم نوح صلاح رضا مهدي
عماد إياد أيمن أسامة معاذ أنس بكر عمار ياسمين حليمة رقية سمية نادية
السوري السورية العراقي العراقية التركي التركية الروسي الروسية الأمريكي الأمريكية الإيراني الإيرانية
الإسرائيلي الإسرائيلية الفلسطيني الفلسطينية اللبناني اللبنانية المصري المصرية الليبي الليبية اليمني
اليمنية السوداني السودانية الكردي الكردية العربي الدولية المحلي المحلية الرسمي الرسمية الفائت الإرهاب
الإرهابي الإرهابية إرهابي خلايا الخلايا خلية الخلية المرتبة مرتبة حدة الصلب العزم المالي مالي صور الصور
الشام الديمقراطية المتحدة الحرة الحر الأحرار البلدية بلدية المحلي الأهلي الإدارة الذاتية المعرف
المقاتلة الطيران طيران الجوي الجوية البري البرية المسلحة المسلح التحرير الكلفة الآلاف الأخرى أخرى
الأمام الخلف الأعلى الأسفل الأعلى الأكبر الأصغر الأقرب القريب القريبة البعيد المجاور المجاورة
ضربة ضربات استهداف الاستهداف قصفت المدفعي الصاروخي مدفعي صاروخي جوي جوية بري برية بحرية حربية
الحربية مروحية مروحيات مقاتلة العمال عمال العامل عامل موظف موظفين الموظفين طالب طلاب الطلاب معلم
طبيب أطباء صحفي صحفيين ناشط ناشطين عاجل جديدة كبيرة كبيرا صغيرة طويلة قصيرة قوي قوية قوى ضعيف سريع
السريع عالية عالي وحدات الوحدات قوة القوة سرية السرية فوج الفوج دورية الدورية دوريات رتل الرتل أرتال
المصدر حافلة الحافلة عودة المبيت بشرية البشرية مادية المادية خسائر أضرار منزله منزلها منزلهم بيته
بيتها قريته قريتها بلدته بلدتها مدينته مدينتها جروح بجروح متفاوتة خطيرة طفيفة ثانية دقائق لحظة
رصد الرصد دعاء صلاة الصلاة بصدد بشأن بخصوص حوالي قرابة الأخبار أخبار خبر الخبر شبه كامل كاملة تام
منظمة المنظمة هيئة الهيئة لجنة اللجنة العدالة خضر الحبيب العنصر الطائرة المسيرة ميم بان بي
بني بنو المقابل بالمقابل ضمان الضمان أنيس قوات شيء أمر الأمر طرف الطرف أطراف الأطراف وضع حال الحال
مدن مدينتي بلدات بلدتي قرى قريتي أحياء حيي حارة حارات ضاحية الضاحية مخيمات مخيمي محافظة محافظات
محافظتي ولاية ولايات ولايتي إقليم أقاليم مناطق منطقتي مديرية مديريات مديريتي قضاء أقضية محلية
محليات مقاطعة مقاطعات ناحية نواحي ناحيتي بلديات أرياف ريفي بادية عزبة نجع
وسط عند الى تجاه اتجاه مشارف تخوم جوار مداخل
وأن فأن بأن لأن وإن بأنه وأنه الإشارة إشارة أبرز أكثر أقل طوال طيلة واسعة واسع الزراعة زراعة الرابعة الخامسة
السادسة السابعة الثامنة التاسعة العاشرة الفور فورا الفتح حريق الحريق صورة الخوذ البيضاء الأبيض
الأسود السوداء الحمراء الخضراء الزرقاء
""".split()

# Multi-word expressions that are also place names.
FREQUENT_PHRASES = ['البحر الأحمر', 'البحر المتوسط', 'البحر الأبيض المتوسط', 'الخليج العربي', 'الشرق الأوسط',
                    'الأمم المتحدة', 'مجلس الأمن', 'حقوق الإنسان', 'الأمن العام', 'الأمن الداخلي',
                    'وزارة الدفاع', 'وزارة الداخلية', 'البيت الأبيض', 'الحرس الثوري', 'الدفاع المدني']

# Stopwords for which a locative preposition is cue enough ("في مالي", "في البادية"); all the
# others need a type word right before them.
PREP_OK = set("""الساحل البادية صور مالي الشام البيضاء الفتح الأبيض الحمراء الخضراء الزرقاء السوداء""".split()) | {
    'البحر الأحمر'}  # "في البحر الأحمر": the sea (a region of places_overrides.tsv), or a province with its type word


# ---------------------------------------------------------------------------------------------
# Text helpers.
INVISIBLE = re.compile('[\u200b-\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff\u00ad]')
HARAKAT = re.compile('[\u064b-\u065f\u0670\u0640\u06d6-\u06ed\u0610-\u061a]')
PRESENTATION = re.compile('[\ufb50-\ufdff\ufe70-\ufefc]')
ARABIC_LETTER = re.compile('[\u0621-\u064a]')
NON_ARABIC_SCRIPT = re.compile('[A-Za-z\u0400-\u04ff\u0590-\u05ff]')
PERSIAN_URDU = re.compile('[\u067e\u0686\u0698\u06af\u06a9\u06cc\u06c0\u0679\u0688\u0691\u06ba\u06d2\u06be]')


def clean_ar(s):
    """Arabic display form: no invisible marks, harakat or tatweel; presentation forms folded."""
    s = INVISIBLE.sub('', s)
    s = PRESENTATION.sub(lambda m: unicodedata.normalize('NFKC', m.group(0)), s)
    s = HARAKAT.sub('', s)
    s = re.sub(r'\s+', ' ', s).strip()
    s = re.sub(r'(^| )ال ', r'\1ال', s)   # "ال طيران" -> "الطيران
    s = s.strip('.,،؛:;-–()[]"\'«»')
    return s.strip()


# Letters of Persian, Urdu, Kurdish, Uyghur... (Maghrebi ڤ ڨ are kept).
NON_ARABIC_LETTERS = re.compile('[\u0671-\u06a3\u06a5-\u06a7\u06a9-\u06ff]')


def is_arabic_name(s):
    return bool(ARABIC_LETTER.search(s)) and not NON_ARABIC_SCRIPT.search(s) and \
        not NON_ARABIC_LETTERS.search(s) and \
        not re.search(r'[0-9\u0660-\u0669/]', s) and len(ARABIC_LETTER.findall(s)) >= 2


FOLD = str.maketrans({'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ؤ': 'و', 'ئ': 'ي', 'ة': 'ه', 'ى': 'ي',
                      'ک': 'ك', 'ی': 'ي', '"': None, "'": None, '«': None, '»': None})


def akey(s):
    """Approximation of rasad::text::NormalizeKey for de-duplication inside this script."""
    s = clean_ar(s).translate(FOLD)
    s = re.sub(r'\s*-\s*', ' ', s)
    return re.sub(r'\s+', ' ', s).strip()


def strip_prefix(name, prefixes):
    for p in prefixes:
        if name.startswith(p + ' ') and len(name) > len(p) + 2:
            return name[len(p) + 1:].strip()
    return name


def split_ar(field):
    out = []
    for n in (field or '').split('|'):
        n = clean_ar(n)
        if n and is_arabic_name(n):
            out.append(n)
    return out


def dedupe(names):
    seen, out = set(), []
    for n in names:
        k = akey(n)
        if k and k not in seen:
            seen.add(k)
            out.append(n)
    return out


def latin_clean(s):
    s = INVISIBLE.sub('', s or '').strip()
    s = re.sub(r'\s*\([^)]*\)\s*$', '', s).strip()   # "Hebron (Al Khalil)" -> "Hebron"
    return s


def fnum(x):
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def inum(x):
    try:
        return int(float(x))
    except (TypeError, ValueError):
        return 0


def km(lat1, lon1, lat2, lon2):
    p = math.pi / 180
    a = 0.5 - math.cos((lat2 - lat1) * p) / 2 + math.cos(lat1 * p) * math.cos(lat2 * p) * \
        (1 - math.cos((lon2 - lon1) * p)) / 2
    return 12742 * math.asin(math.sqrt(max(0.0, a)))


# ---------------------------------------------------------------------------------------------
# Polygons (point-in-polygon fallback for rows whose hierarchy ids do not resolve).
class Polygons:
    def __init__(self, src):
        self.src = src
        self.by_cc = {}

    def load(self, cc):
        if cc in self.by_cc:
            return self.by_cc[cc]
        feats = []
        path = os.path.join(self.src, 'wof_admin_polygons_%s.geojson' % cc.lower())
        if os.path.exists(path):
            with open(path, encoding='utf-8') as f:
                data = json.load(f)
            for ft in data['features']:
                p = ft['properties']
                if p.get('placetype') not in ('region', 'county') or p.get('is_current') == 0:
                    continue
                g = ft['geometry']
                polys = g['coordinates'] if g['type'] == 'MultiPolygon' else [g['coordinates']]
                xs = [pt[0] for poly in polys for pt in poly[0]]
                ys = [pt[1] for poly in polys for pt in poly[0]]
                feats.append((p['placetype'], int(p['wof_id']), (min(xs), min(ys), max(xs), max(ys)), polys))
        self.by_cc[cc] = feats
        return feats

    @staticmethod
    def _in_ring(x, y, ring):
        inside = False
        j = len(ring) - 1
        for i in range(len(ring)):
            xi, yi = ring[i][0], ring[i][1]
            xj, yj = ring[j][0], ring[j][1]
            if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
                inside = not inside
            j = i
        return inside

    def find(self, cc, placetype, lat, lon, allowed=None):
        for pt, wid, bb, polys in self.load(cc):
            if pt != placetype or (allowed is not None and wid not in allowed):
                continue
            if not (bb[0] <= lon <= bb[2] and bb[1] <= lat <= bb[3]):
                continue
            for poly in polys:
                if self._in_ring(lon, lat, poly[0]) and not any(self._in_ring(lon, lat, h) for h in poly[1:]):
                    return wid
        return None


# ---------------------------------------------------------------------------------------------
# Phonetic forms of Latin names (data/phonetic_classes.tsv; the geocoder reads the same table
# for Arabic). A form is a string of class symbols: consonant classes in upper case, the set of
# vowels (a i u, sorted) written between two consonants in lower case; silent letters dropped,
# a consonant class repeated without a vowel between written once. "Koulpelogo" -> "KuLiBiLuGu".
LATIN_GENERIC = {'province', 'region', 'district', 'departement', 'department', 'prefecture', 'cercle',
                 'commune', 'state', 'county', 'lga', 'village', 'town', 'city', 'gouvernorat',
                 'governorate', 'wilaya', 'sub-prefecture', 'subprefecture', 'locality'}
LATIN_ARTICLES = {'al', 'el', 'ar', 'as', 'ad', 'ash', 'at', 'az', 'an', 'ag'}


class Phonetic:
    MAX_FORMS = 4

    def __init__(self, path):
        self.rules = collections.defaultdict(list)   # first letter -> [(spelling, out, initial, ahead, ccs, extra)]
        with open(path, encoding='utf-8') as f:
            for line_no, line in enumerate(f, 1):
                line = line.rstrip('\n')
                if not line or line.startswith('#'):
                    continue
                parts = line.split('\t')
                if len(parts) == 2:
                    parts.append('')
                if len(parts) != 3:
                    raise SystemExit('%s:%d: expected 2 or 3 tab-separated fields' % (path, line_no))
                out = '' if parts[0] == '-' else parts[0]
                for sp in parts[2].split():
                    m = re.fullmatch(r"(\^?)([a-z']+)(?:/([a-z]+))?(?:@([A-Z,]+))?(\??)", sp)
                    if not m:
                        raise SystemExit('%s:%d: bad Latin spelling %r' % (path, line_no, sp))
                    initial, text, ahead, ccs, extra = m.groups()
                    self.rules[text[0]].append((text, out, bool(initial), ahead or '',
                                                frozenset(ccs.split(',')) if ccs else None, bool(extra)))

    @staticmethod
    def words(name):
        s = unicodedata.normalize('NFKD', name)
        s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
        s = re.sub(r"[\u2018\u2019`\u02bf\u02be\u02bb]", "'", s)
        ws = [w.strip("'") for w in re.split(r"[^a-z']+", s)]
        ws = [w for w in ws if w and w not in LATIN_GENERIC]
        while len(ws) > 1 and ws[0] in LATIN_ARTICLES and ws[0] != 'ag':
            ws = ws[1:]
        return ws

    def _readings(self, w, i, cc):
        """The spellings that apply at w[i]: the longest, most specific, and the extra ones."""
        best, extra = [], []
        for text, out, initial, ahead, ccs, is_extra in self.rules.get(w[i], ()):
            if not w.startswith(text, i) or (initial and i != 0) or (ccs is not None and cc not in ccs):
                continue
            j = i + len(text)
            if ahead and (j >= len(w) or w[j] not in ahead):
                continue
            rank = (len(text), (initial) + bool(ahead) + (ccs is not None))
            if is_extra:
                extra.append((j, out))
            elif not best or rank > best[0][0]:
                best = [(rank, j, out)]
            elif rank == best[0][0]:
                best.append((rank, j, out))
        return [(j, out) for _, j, out in best] + extra

    def forms(self, name, cc):
        outs = ['']
        for w in self.words(name):
            partial = [(0, o) for o in outs]
            done = []
            while partial:
                i, o = partial.pop()
                if i == len(w):
                    done.append(o)
                    continue
                rs = self._readings(w, i, cc)
                if not rs:   # a letter the table does not know: skip it
                    rs = [(i + 1, '')]
                for j, out in rs:
                    if len(partial) + len(done) < 16:
                        partial.append((j, o + out))
            outs = done[:16]
        result = []
        for o in outs:
            f = canonical_form(o)
            if f and f not in result:
                result.append(f)
        return result[:self.MAX_FORMS]


def canonical_form(symbols):
    """Sorted vowel sets between consonants; repeated consonant classes without a vowel merged."""
    out, vowels = '', set()
    for c in symbols:
        if c.islower():
            vowels.add(c)
        else:
            if vowels:
                out += ''.join(sorted(vowels))
                vowels = set()
            elif out and out[-1] == c:
                continue
            out += c
    return out + ''.join(sorted(vowels))


def phonetic_key(form):
    return ''.join(c for c in form if c.isupper())


# ---------------------------------------------------------------------------------------------
TYPE_RANK = {'country': 0, 'admin1': 1, 'admin2': 2, 'admin3': 3, 'city': 4, 'town': 5, 'camp': 6,
             'village': 7, 'neighbourhood': 8, 'landmark': 9}
FCODE_RANK = {'PPLC': 6, 'PPLA': 5, 'PPLA2': 4, 'PPLA3': 3, 'PPLA4': 2, 'PPL': 1}


def locality_type(placetype, pop, fcode, names_ar, name_latin):
    if any(n.startswith('مخيم') for n in names_ar) or re.search(r'\bcamp\b', (name_latin or '').lower()):
        return 'camp'
    if placetype == 'neighbourhood':
        return 'neighbourhood'
    if placetype == 'campus':
        return 'landmark'
    if pop >= 100000 or fcode in ('PPLC', 'PPLA'):
        return 'city'
    if pop >= 10000 or fcode in ('PPLA2', 'PPLA3'):
        return 'town'
    return 'village'


class Place:
    __slots__ = ('id', 'type', 'cc', 'name_en', 'names_ar', 'lat', 'lon', 'pop', 'wof_id', 'gn_id',
                 'admin1', 'admin2', 'fcode', 'flags', 'src', 'phon')

    def __init__(self, **kw):
        self.flags = ''
        self.phon = []
        self.admin1 = None
        self.admin2 = None
        self.fcode = ''
        self.src = ''
        for k, v in kw.items():
            setattr(self, k, v)

    def importance(self):
        return (self.pop, FCODE_RANK.get(self.fcode, 0), 'w' in self.flags, -abs(self.id))


def read_tsv(path):
    with open(path, encoding='utf-8', newline='') as f:
        return list(csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE))


def read_cities500(path):
    cols = ['gn_id', 'name', 'asciiname', 'alternatenames', 'lat', 'lon', 'fclass', 'fcode', 'cc', 'cc2',
            'admin1', 'admin2', 'admin3', 'admin4', 'population', 'elevation', 'dem', 'tz', 'modified']
    out = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            parts = line.rstrip('\n').split('\t')
            if len(parts) >= 19:
                out.append(dict(zip(cols, parts)))
    return out


def geonames_arabic(row):
    names = []
    for n in row['alternatenames'].split(','):
        n = clean_ar(n)
        if n and is_arabic_name(n) and not PERSIAN_URDU.search(n) and \
                not any(n.startswith(p + ' ') for p in LOCALITY_BAD_PREFIXES):
            names.append(n)
    return names


def build(src, overrides_path, phonetic_path):
    """overrides_path: data/places_overrides.tsv; the WOF rows it amends are kept even without an
    Arabic name, and admin1 name variants that are override names are dropped. phonetic_path:
    data/phonetic_classes.tsv, for the phonetic forms of Latin names (see latin_scope)."""
    keep_ids = read_override_amends(overrides_path)
    wof = read_tsv(os.path.join(src, 'wof_places.tsv'))
    scope, many_localities = latin_scope(wof)
    iso = read_tsv(os.path.join(src, 'admin1_names_iso3166-2-db.tsv'))
    gn_rows = read_cities500(os.path.join(src, 'geonames_cities500_mena_africa.txt'))
    gn_by_id = {int(r['gn_id']): r for r in gn_rows}
    polys = Polygons(src)
    log = collections.Counter()

    by_id = {int(r['wof_id']): r for r in wof}
    current = lambda r: r['is_current'] != '0'

    places = {}

    # --- countries (19 WOF countries) ------------------------------------------------------
    wof_country = {}
    for r in wof:
        if r['placetype'] == 'country' and current(r) and r['cc'] in WOF_COUNTRIES:
            cc = r['cc']
            en, ar, _ = COUNTRIES[cc]
            names = dedupe(ar.split('|') + [n for n in split_ar(r['names_ar']) if len(n) <= 30])
            p = Place(id=int(r['wof_id']), type='country', cc=cc, name_en=en, names_ar=names,
                      lat=fnum(r['lat']), lon=fnum(r['lon']), pop=inum(r['population']),
                      wof_id=int(r['wof_id']), gn_id=inum(r['gn_id']), fcode='PCLI', src='wof')
            places[p.id] = p
            wof_country[cc] = p.id

    # --- admin1 ------------------------------------------------------------------------------
    region_of_iso = {}
    region_ids = set()
    for r in wof:
        if r['placetype'] != 'region' or not current(r) or int(r['wof_id']) in SKIP_REGIONS:
            continue
        if r['cc'] not in WOF_COUNTRIES:
            continue
        code = '%s-%s' % (r['cc'], r['iso_code'])
        if code not in ADMIN1:
            log['admin1 without table entry: ' + code] += 1
            continue
        region_of_iso[code] = int(r['wof_id'])
        region_ids.add(int(r['wof_id']))
    missing = [c for c in ADMIN1 if c not in region_of_iso]
    if missing:
        raise SystemExit('ADMIN1 entries without a WOF region: %s' % missing)
    # superseded regions -> current region (same ISO suffix, else same English name)
    region_alias = {}
    for r in wof:
        if r['placetype'] != 'region' or int(r['wof_id']) in region_ids:
            continue
        code = '%s-%s' % (r['cc'], r['iso_code'])
        if r['iso_code'] and code in region_of_iso:
            region_alias[int(r['wof_id'])] = region_of_iso[code]

    # --- counties and localadmins ----------------------------------------------------------
    county_ids = set(int(r['wof_id']) for r in wof if r['placetype'] == 'county' and current(r)
                     and r['cc'] in WOF_COUNTRIES)
    admin2_by_cc = collections.defaultdict(list)
    for cid in sorted(county_ids):
        admin2_by_cc[by_id[cid]['cc']].append(cid)
    county_by_name = {}
    for r in wof:
        if r['placetype'] == 'county' and current(r):
            county_by_name.setdefault((r['cc'], latin_clean(r['name']).lower()), int(r['wof_id']))
    county_alias = {}
    for r in wof:
        if r['placetype'] == 'county' and not current(r):
            k = (r['cc'], latin_clean(r['name']).lower())
            if k in county_by_name:
                county_alias[int(r['wof_id'])] = county_by_name[k]

    # gn_admin1 -> region by majority vote over rows whose region_id resolves.
    votes = collections.defaultdict(collections.Counter)
    for r in wof:
        rid = inum(r['region_id'])
        rid = rid if rid in region_ids else region_alias.get(rid)
        if rid and r['gn_admin1'] and by_id[rid]['cc'] == r['cc']:
            votes[(r['cc'], r['gn_admin1'])][rid] += 1
    gn_admin1_region = {k: max(v.items(), key=lambda kv: (kv[1], -kv[0]))[0] for k, v in votes.items()}

    def resolve_admin(r, cc, lat, lon):
        """(admin1 id, admin2 id, how) for a WOF row."""
        how = 'ids'
        rid = inum(r.get('region_id'))
        rid = rid if rid in region_ids else region_alias.get(rid)
        if rid and by_id[rid]['cc'] != cc:
            rid = None
        if not rid and r.get('gn_admin1'):
            rid = gn_admin1_region.get((cc, r['gn_admin1']))
            how = 'gn_admin1'
        if not rid and lat is not None:
            rid = polys.find(cc, 'region', lat, lon, region_ids)
            how = 'polygon'
        cid = inum(r.get('county_id'))
        cid = cid if cid in county_ids else county_alias.get(cid)
        if cid and by_id[cid]['cc'] != cc:
            cid = None
        if cid and rid and inum(by_id[cid]['region_id']) not in (rid, 0, -1) and \
                region_alias.get(inum(by_id[cid]['region_id'])) != rid:
            cid = None
        if cid and not rid:
            crid = inum(by_id[cid]['region_id'])
            rid = crid if crid in region_ids else region_alias.get(crid)
        if not cid and rid and lat is not None:
            cid = polys.find(cc, 'county', lat, lon, county_ids)
            if cid and inum(by_id[cid]['region_id']) != rid:
                cid = None
        if not rid and lat is not None:
            # Last resort (East Jerusalem, border places filed under a neighbour's hierarchy):
            # the nearest admin2 of the country within 25 km, else the nearest admin1 within 60 km.
            best = None
            for aid in admin2_by_cc.get(cc, ()):
                a = by_id[aid]
                d = km(lat, lon, fnum(a['lat']), fnum(a['lon']))
                if d < 25 and (best is None or d < best[0]):
                    best = (d, aid)
            if best:
                cid = best[1]
                crid = inum(by_id[cid]['region_id'])
                rid = crid if crid in region_ids else region_alias.get(crid)
                how = 'nearest admin2'
            else:
                for aid in region_ids:
                    a = by_id[aid]
                    if a['cc'] != cc:
                        continue
                    d = km(lat, lon, fnum(a['lat']), fnum(a['lon']))
                    if d < 60 and (best is None or d < best[0]):
                        best = (d, aid)
                if best:
                    rid = best[1]
                    how = 'nearest admin1'
        if not rid:
            how = 'none'
        return rid, cid, how

    # Preferred Arabic names of localities per country (to reject admin1 variants that are
    # in fact a town's name, e.g. الموصل listed under Nineveh).
    town_names = collections.defaultdict(set)
    for r in wof:
        if r['placetype'] in ('locality', 'neighbourhood') and r['cc'] in WOF_COUNTRIES:
            names = split_ar(r['names_ar'])
            if names:
                town_names[r['cc']].add(akey(names[0]))
    admin1_table_names = collections.defaultdict(set)
    for code, (en, ar) in ADMIN1.items():
        for n in ar.split('|'):
            admin1_table_names[code[:2]].add(akey(n))
    iso_by_code = {r['iso3166_2']: r for r in iso}
    frequent = set(akey(w) for w in FREQUENT_WORDS)
    override_names = set(read_override_names(overrides_path))

    for code, rid in region_of_iso.items():
        r = by_id[rid]
        cc = r['cc']
        en, ar = ADMIN1[code]
        own = [akey(n) for n in ar.split('|')]
        extra = [strip_prefix(n, ADMIN_PREFIXES) for n in split_ar(r['names_ar'])]
        ir = iso_by_code.get(code)
        if ir and ir['name_ar']:
            extra.append(strip_prefix(clean_ar(ir['name_ar']), ADMIN_PREFIXES))
        keep = []
        for n in extra:
            k = akey(n)
            if k in own:
                continue
            if k in admin1_table_names[cc] or k in town_names[cc] or k in frequent or k in override_names or \
                    not is_arabic_name(n):
                log['admin1 variant dropped'] += 1
                continue
            keep.append(n)
        names = dedupe(ar.split('|') + keep)
        p = Place(id=rid, type='admin1', cc=cc, name_en=en, names_ar=names, lat=fnum(r['lat']),
                  lon=fnum(r['lon']), pop=inum(r['population']), wof_id=rid, gn_id=inum(r['gn_id']),
                  fcode='ADM1', src='wof')
        places[rid] = p

    # Somaliland regions (synthetic rows, ids = -GeoNames id).
    for gcode, (code, en, ar, lat, lon, gid) in sorted(SOMALILAND.items()):
        p = Place(id=-gid, type='admin1', cc='SO', name_en=en, names_ar=ar.split('|'), lat=lat, lon=lon,
                  pop=0, wof_id=0, gn_id=gid, fcode='ADM1', src='iso3166-2-db')
        places[p.id] = p
        gn_admin1_region[('SO', gcode)] = p.id

    # --- admin2 / admin3 ----------------------------------------------------------------------
    localities_by_county = collections.defaultdict(list)
    for r in wof:
        if r['placetype'] == 'locality' and current(r):
            localities_by_county[inum(r['county_id'])].append(r)

    def latin_keys(r):
        ks = set()
        for n in [r['name'], r['name_en']] + r['names_latin'].split('|'):
            n = latin_clean(n).lower()
            n = re.sub(r'^(markaz|caza de|qada|district)\s+', '', n)
            n = re.sub(r"^(al|el|ar|as|ad|ash|at|az|an)[\s\-']", '', n)
            n = re.sub(r'[^a-z]', '', n)
            if n:
                ks.add(n)
                # consonant skeleton: "tarmia" and "tarmiyah", "ba'quba" and "baqubah" agree
                sk = re.sub(r'(.)\1+', r'\1', re.sub(r'[aeiouyhw]', '', n))
                if len(sk) >= 3:
                    ks.add('#' + sk)
        return ks

    for r in wof:
        if r['placetype'] not in ('county', 'localadmin') or not current(r) or r['cc'] not in WOF_COUNTRIES:
            continue
        wid = int(r['wof_id'])
        cc = r['cc']
        lat, lon = fnum(r['lat']), fnum(r['lon'])
        rid, cid, how = resolve_admin(r, cc, lat, lon)
        names = [strip_prefix(n, ADMIN_PREFIXES) for n in split_ar(r['names_ar'])]
        if r['placetype'] == 'county':
            if cc == 'SY':
                en = latin_clean(r['name'])      # OCHA / ACLED district names ("Al Ma'ra", "Menbij")
            else:
                en = latin_clean(r['name_en']) or latin_clean(r['name'])
                if en.startswith('Markaz '):
                    en = latin_clean(r['name'])
            if wid in PS_ADMIN2:
                en, ar = PS_ADMIN2[wid]
                names = ar.split('|')
            elif wid in ADMIN2_AR:
                names = ADMIN2_AR[wid].split('|') + names
            if not names:
                # Borrow the Arabic name of the district's seat (same Latin name, inside it).
                ks = latin_keys(r)
                best = None
                for lr in localities_by_county.get(wid, []):
                    ln = split_ar(lr['names_ar'])
                    if ln and latin_keys(lr) & ks:
                        cand = (inum(lr['population']), FCODE_RANK.get(lr['gn_fcode'], 0), -int(lr['wof_id']))
                        if best is None or cand > best[0]:
                            best = (cand, ln[0])
                if best:
                    names = [best[1]]
                    log['admin2 Arabic name borrowed from seat'] += 1
            p = Place(id=wid, type='admin2', cc=cc, name_en=en, names_ar=dedupe(names), lat=lat, lon=lon,
                      pop=inum(r['population']), wof_id=wid, gn_id=inum(r['gn_id']), fcode='ADM2', src='wof')
            p.admin1 = rid
        else:
            en = latin_clean(r['name_en']) or latin_clean(r['name'])
            p = Place(id=wid, type='admin3', cc=cc, name_en=en, names_ar=dedupe(names), lat=lat, lon=lon,
                      pop=inum(r['population']), wof_id=wid, gn_id=inum(r['gn_id']), fcode='ADM3', src='wof')
            p.admin1, p.admin2 = rid, cid
        if r['wd_id']:
            p.flags += 'w'
        places[wid] = p

    # --- localities, neighbourhoods, campuses ----------------------------------------------
    gn_ar = {}
    for g in gn_rows:
        names = geonames_arabic(g)
        if names:
            gn_ar[int(g['gn_id'])] = names

    groups = collections.defaultdict(list)
    loose = []
    for r in wof:
        if r['placetype'] not in ('locality', 'neighbourhood', 'campus') or r['cc'] not in WOF_COUNTRIES:
            continue
        gid = inum(r['gn_id'])
        if gid > 0:
            groups[gid].append(r)
        else:
            loose.append(r)

    def prefer(rows):
        # current first, then more Arabic names, an English name, population, lowest id
        return sorted(rows, key=lambda r: (r['is_current'] == '0', -len(split_ar(r['names_ar'])),
                                           not r['name_en'], -inum(r['population']), int(r['wof_id'])))[0]

    chosen = []
    for gid in sorted(groups):
        rows = groups[gid]
        best = prefer(rows)
        if len(rows) > 1:
            log['rows merged by gn_id'] += len(rows) - 1
        # Union of the group's Arabic names (superseded duplicates carry the same place).
        names = []
        for r in [best] + [x for x in rows if x is not best]:
            names += split_ar(r['names_ar'])
        chosen.append((best, names, rows))
    # Superseded rows without gn_id: drop when a current row of the same name is within 10 km;
    # otherwise merge rows of one name within 10 km into one.
    cur_by_name = collections.defaultdict(list)
    for r in wof:
        if r['placetype'] in ('locality', 'neighbourhood', 'campus') and current(r):
            cur_by_name[(r['cc'], latin_clean(r['name']).lower())].append(r)
    loose_groups = collections.defaultdict(list)
    for r in loose:
        if current(r):
            chosen.append((r, split_ar(r['names_ar']), [r]))
            continue
        k = (r['cc'], latin_clean(r['name']).lower())
        lat, lon = fnum(r['lat']), fnum(r['lon'])
        if any(km(lat, lon, fnum(c['lat']), fnum(c['lon'])) < 10 for c in cur_by_name.get(k, [])):
            log['superseded row dropped (current twin)'] += 1
            continue
        loose_groups[k].append(r)
    for k in sorted(loose_groups):
        rows = sorted(loose_groups[k], key=lambda r: int(r['wof_id']))
        clusters = []
        for r in rows:
            for c in clusters:
                if km(fnum(r['lat']), fnum(r['lon']), fnum(c[0]['lat']), fnum(c[0]['lon'])) < 10:
                    c.append(r)
                    break
            else:
                clusters.append([r])
        for c in clusters:
            best = prefer(c)
            names = []
            for r in c:
                names += split_ar(r['names_ar'])
            if len(c) > 1:
                log['superseded rows merged by name'] += len(c) - 1
            chosen.append((best, names, c))

    def add_wof_locality(best, names, rows):
        cc = best['cc']
        gid = inum(best['gn_id'])
        lat, lon = fnum(best['lat']), fnum(best['lon'])
        if len(rows) > 1 and all(r['is_current'] == '0' for r in rows):
            lat = sum(fnum(r['lat']) for r in rows) / len(rows)
            lon = sum(fnum(r['lon']) for r in rows) / len(rows)
        rid, cid, how = resolve_admin(best, cc, lat, lon)
        log['admin1 via ' + how] += 1
        pop = max(inum(r['population']) for r in rows)
        fcode = best['gn_fcode']
        if gid in gn_by_id:
            pop = max(pop, inum(gn_by_id[gid]['population']))
            fcode = fcode or gn_by_id[gid]['fcode']
        en = latin_clean(best['name_en']) or latin_clean(best['names_latin'].split('|')[0]) or \
            latin_clean(best['name'])
        t = locality_type(best['placetype'], pop, fcode, names, best['name_en'] + ' ' + best['name'])
        wid = int(best['wof_id'])
        p = Place(id=wid, type=t, cc=cc, name_en=en, names_ar=names, lat=lat, lon=lon, pop=pop, wof_id=wid,
                  gn_id=gid, fcode=fcode, src='wof')
        p.admin1, p.admin2 = rid, cid
        if best['wd_id']:
            p.flags += 'w'
        if best['is_current'] == '0':
            p.flags += 'x'
        places[wid] = p
        return p

    for best, names, rows in chosen:
        cc = best['cc']
        gid = inum(best['gn_id'])
        if gid in gn_ar:
            names += gn_ar[gid]
        names = dedupe([n for n in names if not any(n.startswith(p + ' ') for p in LOCALITY_BAD_PREFIXES)])
        if best['placetype'] == 'campus':
            more = []
            for n in names:
                m = n
                for suf in CAMPUS_SUFFIXES:
                    if m.endswith(' ' + suf):
                        m = m[:-len(suf) - 1].strip()
                m = re.sub(r'\s*-\s*.*$', '', m)
                more.append(m)
            names = dedupe(names + more)
        if not names and int(best['wof_id']) not in keep_ids and \
                not (cc in scope and best['placetype'] == 'locality' and current(best) and
                     (cc not in many_localities or inum(best['population']) > 0 or best['wd_id'] or
                      best['gn_fcode'] not in ('', 'PPL'))):
            continue
        if not names:
            log['locality with Latin names only'] += 1
        add_wof_locality(best, names, rows)
    kept_gn_ids = set(p.gn_id for p in places.values() if p.type not in ('country', 'admin1', 'admin2', 'admin3'))

    # --- GeoNames towns ------------------------------------------------------------------------
    kept_by_name = collections.defaultdict(list)
    for p in places.values():
        if p.type not in ('country', 'admin1', 'admin2', 'admin3'):
            for n in p.names_ar:
                kept_by_name[(p.cc, akey(n))].append(p)
    iso_by_gn = collections.defaultdict(dict)
    for r in iso:
        iso_by_gn[r['cc']][r['geonames_admin1']] = r
    other_admin1 = {}
    seat = {}
    for g in gn_rows:
        if g['fcode'] in ('PPLA', 'PPLC') and g['cc'] not in WOF_COUNTRIES:
            k = (g['cc'], g['admin1'])
            if k not in seat or g['fcode'] == 'PPLA':
                seat[k] = g
    capital = {g['cc']: g for g in gn_rows if g['fcode'] == 'PPLC'}

    def other_country(cc):
        cid = -(9000000000 + ord(cc[0]) * 256 + ord(cc[1]))
        if cid not in places:
            en, ar, centre = COUNTRIES[cc]
            if centre is None:
                cap = capital.get(cc)
                centre = (fnum(cap['lat']), fnum(cap['lon'])) if cap else (0.0, 0.0)
            places[cid] = Place(id=cid, type='country', cc=cc, name_en=en, names_ar=ar.split('|'),
                                lat=centre[0], lon=centre[1], pop=0, wof_id=0, gn_id=0, fcode='PCLI',
                                src='rasad')
        return cid

    def other_admin(cc, code):
        r = iso_by_gn.get(cc, {}).get(code)
        if not r or not r['geonames_id']:
            return None
        gid = int(r['geonames_id'])
        if -gid in places:
            return -gid
        names = []
        if r['name_ar'] and cc != 'IL':   # Israel's districts: منطقة القدس etc. collide with PS names
            n = strip_prefix(clean_ar(r['name_ar']), ADMIN_PREFIXES)
            if is_arabic_name(n):
                names.append(n)
        s = seat.get((cc, code)) or capital.get(cc)
        lat, lon = (fnum(s['lat']), fnum(s['lon'])) if s else (places[other_country(cc)].lat,
                                                               places[other_country(cc)].lon)
        en = re.sub(r'\s+(Province|Region|District|Governorate|County|Prefecture|State)$', '',
                    r['name_en']).strip()
        places[-gid] = Place(id=-gid, type='admin1', cc=cc, name_en=en, names_ar=names, lat=lat, lon=lon,
                             pop=0, wof_id=0, gn_id=gid, fcode='ADM1', src='iso3166-2-db')
        return -gid

    def add_gn_town(g, names, rid, cid):
        gid, cc = int(g['gn_id']), g['cc']
        lat, lon, pop = fnum(g['lat']), fnum(g['lon']), inum(g['population'])
        t = locality_type('locality', pop, g['fcode'], names, g['name'])
        p = Place(id=-gid, type=t, cc=cc, name_en=g['name'], names_ar=names, lat=lat, lon=lon, pop=pop,
                  wof_id=0, gn_id=gid, fcode=g['fcode'], src='geonames')
        p.admin1, p.admin2 = rid, cid
        places[p.id] = p
        return p

    def gn_admin(g):
        cc, lat, lon = g['cc'], fnum(g['lat']), fnum(g['lon'])
        rid = gn_admin1_region.get((cc, g['admin1'])) or polys.find(cc, 'region', lat, lon, region_ids)
        cid = polys.find(cc, 'county', lat, lon, county_ids) if rid and rid > 0 else None
        if cid and inum(by_id[cid]['region_id']) != rid:
            cid = None
        return rid, cid

    for g in gn_rows:
        gid = int(g['gn_id'])
        cc = g['cc']
        names = gn_ar.get(gid)
        if not names or g['fclass'] != 'P':
            continue
        lat, lon, pop = fnum(g['lat']), fnum(g['lon']), inum(g['population'])
        if cc in WOF_COUNTRIES:
            if gid in kept_gn_ids:
                continue
            if any(km(lat, lon, q.lat, q.lon) < 15 for n in names for q in kept_by_name.get((cc, akey(n)), [])):
                log['cities500 town already in WOF (same name within 15 km)'] += 1
                continue
            rid, cid = gn_admin(g)
            log['cities500 town added in a WOF country'] += 1
        else:
            if cc not in COUNTRIES:
                continue
            if pop < 10000 and g['fcode'] not in ('PPLC', 'PPLA', 'PPLA2'):
                continue
            other_country(cc)
            rid = other_admin(cc, g['admin1'])
            cid = None
            log['cities500 town outside the 19'] += 1
        add_gn_town(g, names, rid, cid)
    for cc in COUNTRIES:
        if cc not in WOF_COUNTRIES:
            other_country(cc)
            for code in sorted(iso_by_gn.get(cc, {})):
                other_admin(cc, code)

    # --- common English names of cities -------------------------------------------------------
    by_key = collections.defaultdict(list)
    for p in places.values():
        if p.type in ('city', 'town', 'village', 'camp'):
            for n in set(akey(n) for n in p.names_ar):
                by_key[(p.cc, n)].append(p)
    for (cc, ar), en in sorted(CITY_EN.items()):
        k = akey(ar)
        cands = by_key.get((cc, k), [])
        en, pid = en if isinstance(en, tuple) else (en, None)
        if not cands and pid is not None:
            # The sources lack this common Arabic name: attach it to the given row.
            if pid not in places and pid > 0:
                add_wof_locality(by_id[pid], [ar], [by_id[pid]])
            elif pid not in places:
                g = gn_by_id[-pid]
                add_gn_town(g, [ar], *gn_admin(g))
            cands = [places[pid]]
        if not cands:
            raise SystemExit('CITY_EN without a place: %s %s' % (cc, ar))
        best = max(cands, key=Place.importance)
        best.name_en = en
        if akey(best.names_ar[0]) != k:
            best.names_ar = dedupe([ar] + best.names_ar)
        if best.type == 'village':
            best.type = 'town'

    for p in places.values():
        p.names_ar = [n for n in p.names_ar if (p.id, n) not in BAD_NAMES]
        if not p.name_en:
            p.name_en = p.names_ar[0] if p.names_ar else ''

    # --- phonetic forms of Latin names (scope countries) ----------------------------------------
    # WOF lists, among the alternative names of some areas, the names of their neighbours
    # (Nigeria's Gusau LGA carries "Maru", and Maru LGA "Anka"): an alternative name that is
    # the own name of another area of the same type in the same province is not this one's.
    sibling_names = collections.defaultdict(set)
    for p in places.values():
        if p.type in ('admin2', 'localadmin') and p.name_en:
            sibling_names[(p.cc, p.admin1, p.type)].add(p.name_en.lower())
    phonetic = Phonetic(phonetic_path)
    for p in places.values():
        if p.cc not in scope or p.type == 'country':
            continue
        latin = [p.name_en]
        r = by_id.get(p.wof_id) if p.wof_id else None
        if r:
            others = sibling_names.get((p.cc, p.admin1, p.type), set()) - {p.name_en.lower()}
            alternatives = [n for n in r['names_latin'].split('|') if n.lower() not in others]
            latin += [r['name'], r['name_en']] + alternatives
        elif p.gn_id in gn_by_id:
            latin += [gn_by_id[p.gn_id]['name'], gn_by_id[p.gn_id]['asciiname']]
        forms = []
        for n in latin:
            for f in phonetic.forms(latin_clean(n), p.cc):
                if len(phonetic_key(f)) >= 2 and f not in forms:
                    forms.append(f)
        p.phon = forms[:6]
        log['places with phonetic forms'] += bool(p.phon)
    return places, log


def latin_scope(wof):
    """(scope, many): scope = the countries where the sources give fewer than half of the
    localities an Arabic name (the Sahel, Sudan, Somalia, Nigeria, Libya, the Maghreb): their
    Latin-only localities are kept, and their places get phonetic forms so that Arabic
    transliterations find them; many = those of them with more than MANY_LOCALITIES localities."""
    total, with_ar = collections.Counter(), collections.Counter()
    for r in wof:
        if r['placetype'] == 'locality' and r['cc'] in WOF_COUNTRIES:
            total[r['cc']] += 1
            with_ar[r['cc']] += bool(split_ar(r['names_ar']))
    scope = frozenset(cc for cc in total if with_ar[cc] * 2 < total[cc])
    # In a country with very many localities (Nigeria: 53,000) a transliteration fits too many
    # villages to tell them apart, and they would double the file: only the notable ones.
    many = frozenset(cc for cc in scope if total[cc] > MANY_LOCALITIES)
    return scope, many


MANY_LOCALITIES = 20000


# ---------------------------------------------------------------------------------------------
COLUMNS = ['id', 'type', 'cc', 'name_en', 'names_ar', 'lat', 'lon', 'population', 'wof_id', 'geonames_id',
           'admin1', 'admin2', 'fcode', 'flags', 'phon']


def country_order(cc):
    return (WOF_COUNTRIES.index(cc), cc) if cc in WOF_COUNTRIES else (len(WOF_COUNTRIES), cc)


def sorted_places(places):
    return sorted(places.values(), key=lambda p: (country_order(p.cc), TYPE_RANK[p.type], p.id))


def fmt_coord(x):
    return '%.5f' % x if x is not None else ''


def to_tsv(places):
    out = ['# rasad gazetteer. ' + ATTRIBUTION + ' See data/README-gazetteer.md and NOTICE.',
           '\t'.join(COLUMNS)]
    for p in sorted_places(places):
        for field in (p.name_en, *p.names_ar):
            if '\t' in field or '\n' in field or '|' in field and field is not p.name_en:
                raise SystemExit('bad character in name of %d: %r' % (p.id, field))
        out.append('\t'.join([
            str(p.id), p.type, p.cc, p.name_en, '|'.join(p.names_ar), fmt_coord(p.lat), fmt_coord(p.lon),
            str(p.pop or 0), str(p.wof_id or ''), str(p.gn_id or ''),
            str(p.admin1) if p.admin1 else '', str(p.admin2) if p.admin2 else '', p.fcode or '', p.flags,
            '|'.join(p.phon)]))
    return ('\n'.join(out) + '\n').encode('utf-8')


def compress(data, path):
    res = subprocess.run(['zstd', '-19', '-q', '-c', '--no-progress'], input=data, stdout=subprocess.PIPE,
                         check=True)
    if os.path.exists(path) and not os.path.isfile(path):   # --out /dev/stdout, a pipe...
        with open(path, 'wb') as f:
            f.write(res.stdout)
        return len(res.stdout)
    tmp = path + '.tmp'
    with open(tmp, 'wb') as f:
        f.write(res.stdout)
    os.replace(tmp, path)
    return len(res.stdout)


def print_report(places, log, out=sys.stderr):
    per = collections.defaultdict(collections.Counter)
    for p in places.values():
        per[p.cc][p.type] += 1
    types = list(TYPE_RANK)
    print('cc  total ' + ' '.join('%7s' % t[:7] for t in types), file=out)
    for cc in sorted(per, key=country_order):
        c = per[cc]
        print('%-3s %6d ' % (cc, sum(c.values())) + ' '.join('%7d' % c[t] for t in types), file=out)
    print('all %6d' % len(places), file=out)
    for k in sorted(log):
        print('  %-60s %d' % (k, log[k]), file=out)


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('source', nargs='?', default=os.path.join(repo, '..', 'shared', 'data', 'gazetteer'))
    ap.add_argument('--out', default=os.path.join(repo, 'data', 'gazetteer.tsv.zst'))
    ap.add_argument('--stopwords', help='also write the place stopword list to this file')
    ap.add_argument('--report', action='store_true', help='print row counts and build statistics')
    ap.add_argument('--tsv', help='also write the uncompressed TSV here (for inspection)')
    args = ap.parse_args(argv[1:])

    overrides = os.path.join(repo, 'data', 'places_overrides.tsv')
    places, log = build(args.source, overrides, os.path.join(repo, 'data', 'phonetic_classes.tsv'))
    data = to_tsv(places)
    size = compress(data, args.out)
    if args.tsv:
        with open(args.tsv, 'wb') as f:
            f.write(data)
    print('%s: %d places, %d bytes (%d uncompressed)' % (args.out, len(places), size, len(data)), file=sys.stderr)
    if args.report:
        print_report(places, log)
    if args.stopwords:
        write_stopwords(places, args.stopwords, overrides)
    return 0


def proclitic_stems(w):
    """Readings of w without proclitics, as the geocoder tries them (never the article alone)."""
    out = []
    for cut in range(1, 5):
        p, rest = w[:cut], w[cut:]
        if len(rest) < 2 or not re.fullmatch(r'[وف]?(لل|[بكل]?(ال)?)', p):
            continue
        if p.endswith('لل'):
            out.append('ال' + rest)
        elif p.endswith('ال'):
            continue
        elif len(rest) >= 3:
            out.append(rest)
    return out


def read_override_amends(path):
    """WOF ids that places_overrides.tsv amends ("wof:<id>" in its amends column)."""
    ids = set()
    if os.path.exists(path):
        with open(path, encoding='utf-8') as f:
            for line in f:
                for m in re.finditer(r'\twof:(\d+)\t', line):
                    ids.add(int(m.group(1)))
    return frozenset(ids)


def read_override_names(path):
    names = collections.defaultdict(list)
    if not os.path.exists(path):
        return names
    with open(path, encoding='utf-8') as f:
        header = None
        for line in f:
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            parts = line.split('\t')
            if header is None:
                header = parts
                continue
            row = dict(zip(header, parts))
            for n in row.get('names_ar', '').split('|'):
                if n.strip():
                    names[akey(n)].append(row.get('type', ''))
    return names


def write_stopwords(places, path, overrides_path):
    """Gazetteer names that collide with FREQUENT_WORDS, and frequent words that would be
    misread as proclitic + name. Words of PREP_OK need a preposition before them ("prep"),
    the others a type word."""
    by_key = collections.defaultdict(list)
    for p in places.values():
        for n in p.names_ar:
            by_key[akey(n)].append(p)
    override_names = read_override_names(overrides_path)
    lines = []
    seen = set()
    for w in FREQUENT_WORDS + FREQUENT_PHRASES:
        k = akey(w)
        if not k or k in seen:
            continue
        seen.add(k)
        hits = by_key.get(k, [])
        otypes = override_names.get(k, [])
        if hits or otypes:
            cue = 'prep' if w in PREP_OK else 'type'
            what = sorted(set('%s %s' % (p.cc, p.type) for p in hits) | set('override %s' % t for t in otypes))
            lines.append((k, cue, 'name of ' + ', '.join(what[:4]) + (' ...' if len(what) > 4 else '')))
            continue
        for stem in proclitic_stems(k):
            if stem in by_key or stem in override_names:
                lines.append((k, 'type', 'would read as proclitic + ' + stem))
                break
    header = """# Place stopwords: gazetteer names that are also common Arabic words or person names.
# Generated by tools/build_gazetteer.py --stopwords from its hand-compiled list of frequent
# words of Arabic conflict reporting (FREQUENT_WORDS) and the gazetteer, then reviewed.
# Format: one name per line (any spelling; the loader normalizes it), then a tab and the cue
# the name needs before it counts as a place:
#   type  a type word right before it (بلدة، قرية، مدينة، مخيم، حي، منطقة، ناحية...)
#   prep  a type word, or a locative preposition (في، بـ، قرب...) or a direction
# A listed word is also never split into proclitic + name by the geocoder.
# The comment after '#' says why the word is listed.
"""
    with open(path, 'w', encoding='utf-8') as f:
        f.write(header)
        for k, cue, why in sorted(lines):
            f.write('%s\t%s\t# %s\n' % (k, cue, why))
    print('%s: %d stopwords' % (path, len(lines)), file=sys.stderr)


if __name__ == '__main__':
    sys.exit(main(sys.argv))
