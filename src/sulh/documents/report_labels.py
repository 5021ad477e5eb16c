"""Every heading, line and note of the statistics report, in ar, ckb and en.

The report prints two languages side by side and its spreadsheet and CSV carry both,
so each text is given in all three. Placeholders in braces are filled by the caller.
"""

from __future__ import annotations

REPORT_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "title_quarter": "Quarterly report",
        "title_other": "Report",
        "subtitle": "Community Policing Forums: disputes and mediation",
        "scope": "Scope of the report",
        "period": "Period",
        "quarter": "{year} Q{q}",
        "period_value": "{label} ({start} – {end})",
        "all_time": "All dates",
        "forum": "Forum",
        "all_forums": "All forums",
        "governorate": "Governorate",
        "all_governorates": "All governorates",
        "counted_by": "Cases counted",
        "counted_by_value": "by intake date: the cases logged in the period",
        "as_of": "Stages and outcomes as of",
        # table titles
        "key_figures": "Key figures",
        "by_category": "Cases by kind of dispute",
        "by_channel": "Cases by referral source",
        "by_stage": "Cases by stage today",
        "by_outcome": "Closed cases by outcome",
        "by_forum": "Cases by forum",
        "by_governorate": "Cases by governorate",
        "days": "Days from intake to signed agreement",
        "no_shows": "Sessions and no-shows",
        "party_sex": "Individual parties by sex",
        "party_displacement": "Individual parties by displacement status",
        "member_sex": "Forum members by sex, on {date}",
        "member_category": "Forum members by category, on {date}",
        "follow_ups": "Follow-up checks done, by result",
        "overdue": "Overdue follow-ups",
        "notes": "How the figures are counted",
        # columns
        "item": "Item",
        "number": "Number",
        "share": "Share",
        "out_of": "Out of",
        "days_unit": "Days",
        "total": "Total",
        "others": "All others",
        "not_recorded": "Not recorded",
        "none": "None in this period.",
        # lines
        "cases": "Cases logged",
        "resolution_rate": "Resolution rate (resolved ÷ closed)",
        "referral_rate": "Referral rate (referred ÷ all cases)",
        "median_days": "Median days from intake to signed agreement",
        "no_show_share": "Sessions where a party did not come",
        "women_parties": "Women among individual parties",
        "displaced_parties": "Displaced people (IDPs, refugees) among individual parties",
        "women_members": "Women among forum members",
        "displaced_members": "Members of the displaced category",
        "compliance": "Follow-up checks that found the agreement kept",
        "overdue_checks": "Follow-up checks overdue",
        "overdue_cases": "Cases with an overdue follow-up",
        "days_count": "Cases with a signed agreement",
        "days_min": "Shortest",
        "days_q1": "Lower quartile",
        "days_median": "Median",
        "days_q3": "Upper quartile",
        "days_max": "Longest",
        "days_mean": "Average",
        "people": "Individual parties",
        "sessions": "Sessions recorded",
        "sessions_absent": "Sessions where at least one party did not come",
        "absences": "Absences (one per absent party per session)",
        "cases_absent": "Cases with a no-show",
        "cases_with_women": "Cases with a woman as a party",
        "cases_with_displaced": "Cases with a displaced person as a party",
        "members": "Members",
        "sex_female": "Women",
        "sex_male": "Men",
        "displacement_idp": "Internally displaced (IDP)",
        "displacement_returnee": "Returnee",
        "displacement_host": "Host community",
        "displacement_refugee": "Refugee",
        "member_police": "Police",
        "member_community": "Community",
        "member_women": "Women",
        "member_youth": "Youth",
        "member_displaced": "Displaced",
        "member_tribal": "Tribal leaders",
        "member_religious": "Religious leaders",
        "member_lawyer": "Lawyers",
        "member_civil_society": "Civil society",
        # notes
        "note_counted": "Cases are counted by their intake date: the report covers the cases "
                        "logged in the period, of the forum and governorate chosen (the "
                        "governorate recorded on the case), archived cases included. Stages, "
                        "outcomes and overdue follow-ups are as they stood on {date}; the "
                        "sessions, agreements and follow-ups of these cases count whenever "
                        "they happened.",
        "note_resolution": "Resolution rate: cases closed as fully or partly resolved, divided "
                           "by all cases closed with a reason (withdrawn ones included). Cases "
                           "still open are in neither number.",
        "note_referral": "Referral rate: cases with at least one referral recorded, divided by "
                         "all cases counted.",
        "note_days": "Days to agreement: from the intake date to the day the case's first "
                     "agreement was marked signed. The median is the middle value; the "
                     "quartiles enclose the middle half of the cases (linear interpolation "
                     "between ranks).",
        "note_no_shows": "No-shows: a session counts when at least one party did not come; "
                         "each absent party is one absence.",
        "note_parties": "Parties: individual parties only (a side that is one person; family, "
                        "tribe and group sides are not counted), once for each case they are "
                        "a party in. Displaced: internally displaced people and refugees.",
        "note_members": "Members: the members sitting on the forums on {date} (the last day "
                        "of the period, or today).",
        "note_follow_ups": "Follow-ups: checks done, by what they found. Overdue: checks due "
                           "before {date} and not done, on cases still in follow-up.",
        "footer": "Sulh · statistics",
    },
    "ar": {
        "title_quarter": "التقرير الفصلي",
        "title_other": "تقرير",
        "subtitle": "منتديات الشرطة المجتمعية: النزاعات والوساطة",
        "scope": "نطاق التقرير",
        "period": "الفترة",
        "quarter": "الربع {q} لسنة {year}",
        "period_value": "{label} ({start} – {end})",
        "all_time": "كل التواريخ",
        "forum": "المنتدى",
        "all_forums": "جميع المنتديات",
        "governorate": "المحافظة",
        "all_governorates": "جميع المحافظات",
        "counted_by": "القضايا المحتسبة",
        "counted_by_value": "حسب تاريخ التسجيل: القضايا المسجلة خلال الفترة",
        "as_of": "المراحل والنتائج حتى تاريخ",
        "key_figures": "الأرقام الرئيسية",
        "by_category": "القضايا حسب نوع النزاع",
        "by_channel": "القضايا حسب مصدر الإحالة",
        "by_stage": "القضايا حسب مرحلتها الحالية",
        "by_outcome": "القضايا المغلقة حسب النتيجة",
        "by_forum": "القضايا حسب المنتدى",
        "by_governorate": "القضايا حسب المحافظة",
        "days": "الأيام من التسجيل حتى توقيع الاتفاق",
        "no_shows": "الجلسات والغياب",
        "party_sex": "الأطراف من الأفراد حسب الجنس",
        "party_displacement": "الأطراف من الأفراد حسب حالة النزوح",
        "member_sex": "أعضاء المنتدى حسب الجنس في {date}",
        "member_category": "أعضاء المنتدى حسب الفئة في {date}",
        "follow_ups": "المتابعات المنجزة حسب النتيجة",
        "overdue": "المتابعات المتأخرة",
        "notes": "كيف تُحتسب الأرقام",
        "item": "البند",
        "number": "العدد",
        "share": "النسبة",
        "out_of": "من أصل",
        "days_unit": "الأيام",
        "total": "المجموع",
        "others": "البقية",
        "not_recorded": "غير مسجل",
        "none": "لا شيء في هذه الفترة.",
        "cases": "القضايا المسجلة",
        "resolution_rate": "نسبة الحل (المحلولة ÷ المغلقة)",
        "referral_rate": "نسبة الإحالة (المحالة ÷ جميع القضايا)",
        "median_days": "الوسيط بالأيام من التسجيل حتى توقيع الاتفاق",
        "no_show_share": "الجلسات التي غاب عنها أحد الأطراف",
        "women_parties": "النساء بين الأطراف من الأفراد",
        "displaced_parties": "النازحون واللاجئون بين الأطراف من الأفراد",
        "women_members": "النساء بين أعضاء المنتدى",
        "displaced_members": "الأعضاء من فئة النازحين",
        "compliance": "المتابعات التي وجدت الاتفاق ملتزماً به",
        "overdue_checks": "متابعات متأخرة عن موعدها",
        "overdue_cases": "قضايا فيها متابعة متأخرة",
        "days_count": "القضايا ذات الاتفاق الموقّع",
        "days_min": "الأقصر",
        "days_q1": "الربيع الأدنى",
        "days_median": "الوسيط",
        "days_q3": "الربيع الأعلى",
        "days_max": "الأطول",
        "days_mean": "المتوسط",
        "people": "الأطراف من الأفراد",
        "sessions": "الجلسات المسجلة",
        "sessions_absent": "جلسات غاب عنها طرف واحد على الأقل",
        "absences": "حالات الغياب (واحدة لكل طرف غائب في كل جلسة)",
        "cases_absent": "قضايا حدث فيها غياب",
        "cases_with_women": "قضايا فيها امرأة طرفاً",
        "cases_with_displaced": "قضايا فيها نازح أو لاجئ طرفاً",
        "members": "الأعضاء",
        "sex_female": "نساء",
        "sex_male": "رجال",
        "displacement_idp": "نازح داخلياً",
        "displacement_returnee": "عائد",
        "displacement_host": "المجتمع المضيف",
        "displacement_refugee": "لاجئ",
        "member_police": "الشرطة",
        "member_community": "المجتمع المحلي",
        "member_women": "النساء",
        "member_youth": "الشباب",
        "member_displaced": "النازحون",
        "member_tribal": "شيوخ العشائر",
        "member_religious": "رجال الدين",
        "member_lawyer": "المحامون",
        "member_civil_society": "المجتمع المدني",
        "note_counted": "تُحتسب القضايا حسب تاريخ تسجيلها: يشمل التقرير القضايا المسجلة خلال "
                        "الفترة في المنتدى والمحافظة المختارين (المحافظة المسجلة في القضية)، "
                        "بما فيها القضايا المؤرشفة. المراحل والنتائج والمتابعات المتأخرة كما "
                        "كانت في {date}؛ وتُحتسب جلسات هذه القضايا واتفاقاتها ومتابعاتها أياً "
                        "كان تاريخها.",
        "note_resolution": "نسبة الحل: عدد القضايا المغلقة بحل كامل أو جزئي مقسوماً على جميع "
                           "القضايا المغلقة بسبب مسجل (ومنها المسحوبة). القضايا المفتوحة لا "
                           "تدخل في أيٍّ من العددين.",
        "note_referral": "نسبة الإحالة: عدد القضايا التي سُجلت لها إحالة واحدة على الأقل "
                         "مقسوماً على جميع القضايا المحتسبة.",
        "note_days": "الأيام حتى الاتفاق: من تاريخ التسجيل إلى يوم توقيع أول اتفاق في القضية. "
                     "الوسيط هو القيمة الوسطى، والربيعان يحصران النصف الأوسط من القضايا "
                     "(بالاستكمال الخطي بين الرتب).",
        "note_no_shows": "الغياب: تُحتسب الجلسة إذا غاب عنها طرف واحد على الأقل، وكل طرف غائب "
                         "يُعدّ حالة غياب واحدة.",
        "note_parties": "الأطراف: الأطراف من الأفراد فقط (الطرف الذي هو شخص واحد؛ لا تُحتسب "
                        "العائلات والعشائر والمجموعات)، مرة واحدة عن كل قضية هم طرف فيها. "
                        "النازحون: النازحون داخلياً واللاجئون.",
        "note_members": "الأعضاء: أعضاء المنتديات في {date} (آخر يوم في الفترة، أو اليوم).",
        "note_follow_ups": "المتابعات: المتابعات المنجزة حسب ما وجدته. المتأخرة: متابعات "
                           "موعدها قبل {date} ولم تُنجز، في قضايا ما زالت في مرحلة المتابعة.",
        "footer": "صلح · الإحصاءات",
    },
    "ckb": {
        "title_quarter": "ڕاپۆرتی چارەکی ساڵ",
        "title_other": "ڕاپۆرت",
        "subtitle": "مەکۆکانی پۆلیسی کۆمەڵگە: ناکۆکی و نێوبژیوانی",
        "scope": "بواری ڕاپۆرتەکە",
        "period": "ماوە",
        "quarter": "چارەکی {q}ی ساڵی {year}",
        "period_value": "{label} ({start} – {end})",
        "all_time": "هەموو ڕێکەوتەکان",
        "forum": "مەکۆ",
        "all_forums": "هەموو مەکۆکان",
        "governorate": "پارێزگا",
        "all_governorates": "هەموو پارێزگاکان",
        "counted_by": "دۆسیە هەژمارکراوەکان",
        "counted_by_value": "بەپێی ڕێکەوتی تۆمارکردن: ئەو دۆسیانەی لەم ماوەیەدا تۆمارکراون",
        "as_of": "قۆناغ و ئەنجامەکان تا ڕێکەوتی",
        "key_figures": "ژمارە سەرەکییەکان",
        "by_category": "دۆسیەکان بەپێی جۆری ناکۆکی",
        "by_channel": "دۆسیەکان بەپێی سەرچاوەی ڕەوانەکردن",
        "by_stage": "دۆسیەکان بەپێی قۆناغی ئێستایان",
        "by_outcome": "دۆسیە داخراوەکان بەپێی ئەنجام",
        "by_forum": "دۆسیەکان بەپێی مەکۆ",
        "by_governorate": "دۆسیەکان بەپێی پارێزگا",
        "days": "ڕۆژەکان لە تۆمارکردنەوە تا واژۆکردنی ڕێککەوتن",
        "no_shows": "دانیشتنەکان و ئامادەنەبوون",
        "party_sex": "لایەنە تاکەکەسییەکان بەپێی ڕەگەز",
        "party_displacement": "لایەنە تاکەکەسییەکان بەپێی باری ئاوارەیی",
        "member_sex": "ئەندامانی مەکۆ بەپێی ڕەگەز لە {date}",
        "member_category": "ئەندامانی مەکۆ بەپێی پۆل لە {date}",
        "follow_ups": "بەدواداچوونە ئەنجامدراوەکان بەپێی ئەنجام",
        "overdue": "بەدواداچوونە دواکەوتووەکان",
        "notes": "ژمارەکان چۆن هەژمار دەکرێن",
        "item": "بڕگە",
        "number": "ژمارە",
        "share": "ڕێژە",
        "out_of": "لە کۆی",
        "days_unit": "ڕۆژ",
        "total": "کۆی گشتی",
        "others": "ئەوانی تر",
        "not_recorded": "تۆمارنەکراوە",
        "none": "هیچ شتێک لەم ماوەیەدا نییە.",
        "cases": "دۆسیە تۆمارکراوەکان",
        "resolution_rate": "ڕێژەی چارەسەر (چارەسەرکراو ÷ داخراو)",
        "referral_rate": "ڕێژەی ڕەوانەکردن (ڕەوانەکراو ÷ هەموو دۆسیەکان)",
        "median_days": "ناوەندی ڕۆژەکان لە تۆمارکردنەوە تا واژۆکردنی ڕێککەوتن",
        "no_show_share": "ئەو دانیشتنانەی لایەنێک ئامادە نەبوو",
        "women_parties": "ئافرەتان لەناو لایەنە تاکەکەسییەکاندا",
        "displaced_parties": "ئاوارەکان و پەنابەران لەناو لایەنە تاکەکەسییەکاندا",
        "women_members": "ئافرەتان لەناو ئەندامانی مەکۆدا",
        "displaced_members": "ئەندامانی پۆلی ئاوارەکان",
        "compliance": "ئەو بەدواداچوونانەی دەرکەوت ڕێککەوتنەکە جێبەجێ کراوە",
        "overdue_checks": "بەدواداچوونی دواکەوتوو",
        "overdue_cases": "ئەو دۆسیانەی بەدواداچوونی دواکەوتوویان هەیە",
        "days_count": "ئەو دۆسیانەی ڕێککەوتنی واژۆکراویان هەیە",
        "days_min": "کورتترین",
        "days_q1": "چارەکی خوارەوە",
        "days_median": "ناوەند",
        "days_q3": "چارەکی سەرەوە",
        "days_max": "درێژترین",
        "days_mean": "تێکڕا",
        "people": "لایەنە تاکەکەسییەکان",
        "sessions": "دانیشتنە تۆمارکراوەکان",
        "sessions_absent": "ئەو دانیشتنانەی لانیکەم لایەنێک ئامادە نەبوو",
        "absences": "ئامادەنەبوونەکان (یەکێک بۆ هەر لایەنێکی ئامادەنەبوو لە هەر دانیشتنێک)",
        "cases_absent": "ئەو دۆسیانەی ئامادەنەبوونیان تێدا بووە",
        "cases_with_women": "ئەو دۆسیانەی ئافرەتێک لایەنە تێیاندا",
        "cases_with_displaced": "ئەو دۆسیانەی کەسێکی ئاوارە یان پەنابەر لایەنە تێیاندا",
        "members": "ئەندامان",
        "sex_female": "ئافرەت",
        "sex_male": "پیاو",
        "displacement_idp": "ئاوارەی ناوخۆ",
        "displacement_returnee": "گەڕاوە",
        "displacement_host": "کۆمەڵگەی خانەخوێ",
        "displacement_refugee": "پەنابەر",
        "member_police": "پۆلیس",
        "member_community": "کۆمەڵگە",
        "member_women": "ئافرەتان",
        "member_youth": "گەنجان",
        "member_displaced": "ئاوارەکان",
        "member_tribal": "سەرۆک هۆزەکان",
        "member_religious": "پیاوانی ئایینی",
        "member_lawyer": "پارێزەران",
        "member_civil_society": "کۆمەڵگەی مەدەنی",
        "note_counted": "دۆسیەکان بەپێی ڕێکەوتی تۆمارکردنیان هەژمار دەکرێن: ڕاپۆرتەکە ئەو "
                        "دۆسیانە دەگرێتەوە کە لەم ماوەیەدا لە مەکۆ و پارێزگای هەڵبژێردراودا "
                        "تۆمارکراون (ئەو پارێزگایەی لە دۆسیەکەدا تۆمارکراوە)، دۆسیە "
                        "ئەرشیفکراوەکانیش. قۆناغ و ئەنجام و بەدواداچوونە دواکەوتووەکان وەک "
                        "خۆیانن لە {date}؛ دانیشتن و ڕێککەوتن و بەدواداچوونەکانی ئەم دۆسیانە "
                        "هەژمار دەکرێن هەرکاتێک ڕوویان دابێت.",
        "note_resolution": "ڕێژەی چارەسەر: ئەو دۆسیانەی بە چارەسەری تەواو یان بەشێک داخراون، "
                           "دابەش بەسەر هەموو ئەو دۆسیانەی بە هۆکارێک داخراون (کشاوەکانیش). "
                           "دۆسیە کراوەکان لە هیچ کام لە دوو ژمارەکەدا نین.",
        "note_referral": "ڕێژەی ڕەوانەکردن: ئەو دۆسیانەی لانیکەم یەک ڕەوانەکردنیان بۆ "
                         "تۆمارکراوە، دابەش بەسەر هەموو دۆسیە هەژمارکراوەکان.",
        "note_days": "ڕۆژەکان تا ڕێککەوتن: لە ڕێکەوتی تۆمارکردنەوە تا ئەو ڕۆژەی یەکەم "
                     "ڕێککەوتنی دۆسیەکە واژۆکرا. ناوەند بەهای ناوەڕاستە؛ چارەکەکان نیوەی "
                     "ناوەڕاستی دۆسیەکان دەگرنەوە (بە پڕکردنەوەی هێڵی لە نێوان پلەکاندا).",
        "note_no_shows": "ئامادەنەبوون: دانیشتنێک هەژمار دەکرێت ئەگەر لانیکەم لایەنێک ئامادە "
                         "نەبووبێت؛ هەر لایەنێکی ئامادەنەبوو یەک ئامادەنەبوونە.",
        "note_parties": "لایەنەکان: تەنها لایەنە تاکەکەسییەکان (لایەنێک کە یەک کەسە؛ خێزان و "
                        "هۆز و گرووپ هەژمار ناکرێن)، جارێک بۆ هەر دۆسیەیەک کە تێیدا لایەنن. "
                        "ئاوارەکان: ئاوارەکانی ناوخۆ و پەنابەران.",
        "note_members": "ئەندامان: ئەندامانی مەکۆکان لە {date} (دوا ڕۆژی ماوەکە، یان ئەمڕۆ).",
        "note_follow_ups": "بەدواداچوونەکان: بەدواداچوونە ئەنجامدراوەکان بەپێی ئەوەی "
                           "دۆزیویانەتەوە. دواکەوتوو: ئەو بەدواداچوونانەی کاتیان پێش {date} "
                           "بووە و ئەنجام نەدراون، لەو دۆسیانەی هێشتا لە قۆناغی بەدواداچووندان.",
        "footer": "صلح · ئامارەکان",
    },
}

LANGUAGES = ("ar", "ckb", "en")


def report_label(lang: str, key: str, **params: object) -> str:
    text = REPORT_LABELS[lang][key]
    return text.format(**params) if params else text


def all_languages(key: str, **params: object) -> dict[str, str]:
    """The text in every language, e.g. for a table title."""
    return {lang: report_label(lang, key, **params) for lang in LANGUAGES}
