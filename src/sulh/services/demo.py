"""Demonstration data: forums, their staff and disputes at every stage, made through the
same services as real work, so every rule, stage history line and audit event is real.

`generate(ctx, cases=N, seed=S)` creates (or reuses) seven forums in six governorates,
their stations, and these users, then logs N disputes and carries each through the
services to a stage chosen for it:

* per forum, in the order BGD01, BGD02, ANB01, NIN01, DIY01, ERB01, SUL01:
  two station officers, two mediators and a coordinator, numbered across forums
  (`officer1`, `officer2` in BGD01, `officer3`, `officer4` in BGD02, ...;
  `mediator1` ... `mediator14`; `coordinator1` ... `coordinator7`);
* `admin1` (administrator) and `viewer1` (read-only, monitoring and evaluation).

Every demo user signs in with the password ``<user name>-demo-2026``, for example
``officer1`` / ``officer1-demo-2026`` (the minimum length is 8; a user that already
existed keeps its own password).  These passwords are public: never run the demo on a
database that holds real records.

The data depend only on the seed and on `ctx.today()`: intake dates fall in the
eighteen months before today, and each later event (session, signing, follow-up)
is dated after the one before it and never after today.  Running the demo again
reuses the forums and users and adds more cases.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sulh.db.engine import is_sqlite
from sulh.domain.errors import ValidationError
from sulh.domain.reference import reference
from sulh.domain.roles import Role
from sulh.domain.workflow import Stage
from sulh.i18n import QT_TRANSLATE_NOOP, msg
from sulh.services import (
    agreements,
    cases,
    followup,
    forums,
    intake,
    mediation,
    screening,
    users,
)
from sulh.services.context import Actor, ServiceContext
from sulh.services.records import AgreementView, CaseView, PartyView, UserView

PASSWORD_SUFFIX = "-demo-2026"
HISTORY_DAYS = 540          # about eighteen months of intake dates


@dataclass(frozen=True)
class DemoReport:
    forums: int
    users: int
    cases: int
    by_stage: dict[str, int]


def demo_password(username: str) -> str:
    return username + PASSWORD_SUFFIX


# ---------------------------------------------------------------- names

@dataclass(frozen=True)
class _Name:
    script: str                     # as written in Arabic script
    latin: tuple[str, ...]          # spellings seen on documents


def _names(table: str) -> tuple[_Name, ...]:
    out = []
    for entry in table.replace("\n", ";").split(";"):
        if entry.strip():
            script, latin = entry.split("=")
            out.append(_Name(script.strip(), tuple(latin.strip().split("/"))))
    return tuple(out)


_AR_MALE = _names("""
محمد=Mohammed/Muhammad/Mohamed; أحمد=Ahmed/Ahmad; علي=Ali; حسين=Hussein/Husain
حسن=Hassan/Hasan; عمر=Omar/Umar; مصطفى=Mustafa/Mostafa; عبد الله=Abdullah/Abdulla
خالد=Khalid/Khaled; جاسم=Jasim/Jassim; إبراهيم=Ibrahim; عادل=Adil/Adel; فاضل=Fadhil/Fadel
رعد=Raad/Ra'ad; ضياء=Dhiaa/Diyaa; يحيى=Yahya; عيسى=Issa/Isa; موسى=Musa/Mousa
عبد الرحمن=Abdulrahman/Abdul Rahman; عبد الكريم=Abdulkarim/Abdul Kareem; سعد=Saad/Sa'ad
ياسر=Yasir/Yaser; طارق=Tariq/Tarek; وليد=Walid/Waleed; أسامة=Osama/Usama; قاسم=Qasim/Kasim
ثامر=Thamir/Thamer; سالم=Salim/Salem; حمزة=Hamza/Hamzah; زيد=Zaid/Zayd; فراس=Firas
بشار=Bashar; محمود=Mahmoud/Mahmood; يوسف=Yousif/Yusuf; صالح=Salih/Saleh
""")

_AR_MALE_BAGHDAD = _names("""
حيدر=Haider/Hayder; عباس=Abbas; كاظم=Kadhim/Kazem; مرتضى=Murtadha/Mortada; مهدي=Mahdi/Mehdi
عبد الحسين=Abdulhussein/Abdul Hussain; عبد الأمير=Abdulameer/Abdul Amir; سجاد=Sajjad
منتظر=Muntadhar/Muntather
""")

_AR_MALE_WEST = _names("""
عثمان=Othman/Uthman; بكر=Bakr/Baker; مشعان=Mishaan/Mesh'an; دحام=Daham/Dahham
عواد=Awad/Awwad; فرحان=Farhan; حمد=Hamad; نواف=Nawaf; مهند=Muhannad/Mohanad
""")

_AR_ELDERS = _names("""
حميد=Hamid/Hameed; كريم=Karim/Kareem; جبار=Jabbar; ستار=Sattar; شاكر=Shakir/Shaker
مجيد=Majid/Majeed; لطيف=Latif/Lateef; صباح=Sabah; نوري=Nouri/Nuri; سلمان=Salman
عبود=Abboud/Abbood
""")

_AR_FEMALE = _names("""
فاطمة=Fatima/Fatma; زينب=Zainab/Zaynab; مريم=Maryam/Mariam; نور=Noor/Nur; سارة=Sara/Sarah
هدى=Huda/Hoda; رشا=Rasha; سعاد=Suad/Souad; أمل=Amal; خديجة=Khadija/Khadeeja
بشرى=Bushra/Boushra; سهى=Suha/Soha; إيمان=Iman/Eman; نادية=Nadia/Nadiya; وفاء=Wafaa/Wafa
زهراء=Zahraa/Zahra; آمنة=Amina/Aminah; ليلى=Layla/Laila; هناء=Hanaa/Hana
شيماء=Shaimaa/Shaima; أسماء=Asmaa/Asma; منى=Muna/Mona; عائشة=Aisha/Aysha; رقية=Ruqaya/Roqaya
سلمى=Salma; انتصار=Intisar/Entisar; جميلة=Jamila/Jameela
""")

_KU_MALE = _names("""
هێمن=Hemin/Hêmin; ڕێباز=Rebaz/Rêbaz; کاوە=Kawa/Kawe; دڵشاد=Dilshad/Dlshad; ئاسۆ=Aso
شوان=Shwan; هاوڕێ=Hawre/Hawrê; سەردار=Sardar; ئارام=Aram; بەختیار=Bakhtiyar/Bakhtyar
ڕزگار=Rizgar/Rzgar; کارزان=Karzan; دلێر=Diler/Dlêr; زانیار=Zanyar; سیروان=Sirwan
نەوزاد=Nawzad; ئازاد=Azad; شێرکۆ=Sherko/Shirko; گۆران=Goran; بەرزان=Barzan; ئومێد=Omed/Umed
پشتیوان=Pshtiwan; هەڵمەت=Halmat; ڕەنج=Ranj; سۆران=Soran; ئاکۆ=Ako
""")

_KU_ELDERS = _names("""
عومەر=Omar/Umar; ئەحمەد=Ahmad/Ahmed; مەحمود=Mahmud/Mahmood; ڕەشید=Rashid/Rasheed
کەریم=Karim/Kareem; عەبدوڵڵا=Abdulla/Abdullah; حەمە=Hama; عەلی=Ali; ئیبراهیم=Ibrahim
قادر=Qadir/Kadir; فەرەج=Faraj; سەعید=Saeed/Said; حوسێن=Husen/Hussein; عوسمان=Osman/Othman
تاهیر=Tahir; ڕەسوڵ=Rasul/Rasool; مستەفا=Mustafa; جەمال=Jamal; خالید=Khalid; ئەنوەر=Anwar
ساڵح=Salih/Saleh; حەسەن=Hasan; مەجید=Majid; عەزیز=Aziz
""")

_KU_FEMALE = _names("""
شلێر=Shler/Shilêr; نەسرین=Nasrin/Nasreen; بەهار=Bahar; ژیان=Zhiyan/Zhian; ڕوناک=Runak/Roonak
گەلاوێژ=Galawezh; شیلان=Shilan; هێرۆ=Hero; ناسک=Nask; تریفە=Trifa; سۆزان=Suzan/Sozan
چنار=Chinar; دیلان=Dilan; پەخشان=Pakhshan; هەتاو=Hataw; ڤیان=Vian/Viyan; کوێستان=Kwestan
سازان=Sazan; ئاوێزان=Awezan; لانە=Lana
""")

# Arabic keyboards have none of the Kurdish letters: people type the nearest one.
_KU_ON_ARABIC_KEYBOARD = {"ە": "ه", "ی": "ي", "ک": "ك", "ێ": "ي", "ۆ": "و", "ڕ": "ر",
                          "ڵ": "ل"}
# Letters that join the next one, after which a tatweel (ـ) can be typed.
_JOINING = set("بتثجحخسشصضطظعغفقكلمنهيئ")


def _arabic_variant(word: str, rng: random.Random) -> str:
    """One of the spellings Iraqi clerks actually write for the same name."""
    options: list[str] = []
    if word[:1] in "أإآ":
        options.append("ا" + word[1:])
    if word.startswith("ال") and word[2:3] in "أإآ":
        options.append("الا" + word[3:])
    if word.endswith("ة"):
        options.append(word[:-1] + "ه")
    if word.endswith("ى"):
        options.append(word[:-1] + "ي")
    if word.endswith("ي") and len(word) > 3:
        options.append(word[:-1] + "ى")
    if word.startswith("عبد "):
        options.append("عبد" + word[4:])
    elif word.startswith("عبدال"):
        options.append("عبد " + word[3:])
    if "ـ" not in word and rng.random() < 0.3:
        spots = [i for i in range(1, len(word) - 1)
                 if word[i] in _JOINING and word[i + 1] != " "]
        if spots:
            i = rng.choice(spots)
            options.append(word[:i + 1] + "ـ" + word[i + 1:])
    return rng.choice(options) if options else word


def _kurdish_variant(word: str, rng: random.Random) -> str:
    """The name as typed on an Arabic keyboard: some Kurdish letters replaced."""
    present = sorted({c for c in word if c in _KU_ON_ARABIC_KEYBOARD})
    if not present:
        return word
    chosen = set(rng.sample(present, rng.randint(1, len(present))))
    return "".join(_KU_ON_ARABIC_KEYBOARD[c] if c in chosen else c for c in word)


def _variant(word: str, script: str, rng: random.Random) -> str:
    return (_kurdish_variant if script == "ku" else _arabic_variant)(word, rng)


def _latin_family(base: str, rng: random.Random) -> str:
    if base.startswith("al-"):
        core = base[3:]
        return rng.choice([f"al-{core}", f"Al-{core}", f"Al {core}", f"Al{core.lower()}"])
    return base


# ---------------------------------------------------------------- forums

@dataclass(frozen=True)
class _StationSpec:
    name_ar: str
    name_ckb: str
    name_en: str
    district: str


@dataclass(frozen=True)
class _ForumSpec:
    code: str
    governorate: str
    district: str
    name_ar: str
    name_ckb: str
    name_en: str
    established_on: dt.date
    kurdish: bool
    stations: tuple[_StationSpec, ...]
    subdistricts: tuple[str, ...]
    subdistrict_share: float
    places: tuple[str, ...]
    camps: tuple[str, ...]
    families: tuple[tuple[str, str], ...]       # (Arabic script, Latin)
    tribes: tuple[str, ...]
    male: tuple[_Name, ...]
    staff: tuple[str, str, str, str, str]       # officer, officer, mediator, mediator, coordinator
    arab_idp_share: float = 0.0                 # Arab IDPs in a Kurdistan forum's area
    weights: Mapping[str, int] = field(default_factory=dict)


_FED = "منتدى الشرطة المجتمعية - "
_KRD = "فۆرەمی پۆلیسی کۆمەڵگا - "
_EN = "Community Policing Forum - "

_W_CITY = {"land": 3, "housing_rent": 9, "debt": 9, "inheritance": 5, "family_nonviolent": 5,
           "neighbours": 10, "tribal": 3, "minor_assault": 6, "property_damage": 4,
           "traffic_damage": 6, "return_occupation": 1, "water_irrigation": 0,
           "commercial": 5, "verbal_threats_insults": 5, "other": 2}
_W_RURAL = {"land": 10, "housing_rent": 2, "debt": 5, "inheritance": 5, "family_nonviolent": 3,
            "neighbours": 6, "tribal": 8, "minor_assault": 5, "property_damage": 3,
            "traffic_damage": 2, "return_occupation": 9, "water_irrigation": 6,
            "commercial": 2, "verbal_threats_insults": 3, "other": 1}
_W_KURDISTAN = {"land": 4, "housing_rent": 8, "debt": 8, "inheritance": 5,
                "family_nonviolent": 5, "neighbours": 9, "tribal": 1, "minor_assault": 5,
                "property_damage": 4, "traffic_damage": 7, "return_occupation": 2,
                "water_irrigation": 1, "commercial": 6, "verbal_threats_insults": 5, "other": 2}

FORUMS: tuple[_ForumSpec, ...] = (
    _ForumSpec(
        "BGD01", "BGD", "BGD-05", _FED + "الكرخ", _KRD + "کەرخ", _EN + "Karkh",
        dt.date(2016, 5, 15), False,
        (_StationSpec("مركز شرطة المنصور", "بنکەی پۆلیسی مەنسوور", "Al-Mansour police station",
                      "BGD-05"),
         _StationSpec("مركز شرطة البياع", "بنکەی پۆلیسی بەیاع", "Al-Bayaa police station",
                      "BGD-05")),
        ("BGD-05-01", "BGD-05-02"), 0.5,
        ("حي الجهاد", "البياع", "العامرية", "الغزالية", "حي العدل", "اليرموك", "حي الخضراء"),
        (),
        (("الجنابي", "al-Janabi"), ("الدليمي", "al-Dulaimi"), ("الزبيدي", "al-Zubaidi"),
         ("التميمي", "al-Tamimi"), ("الربيعي", "al-Rubaie"), ("الساعدي", "al-Saadi"),
         ("العبيدي", "al-Obaidi"), ("الجبوري", "al-Jubouri"), ("البياتي", "al-Bayati"),
         ("الخزرجي", "al-Khazraji"), ("الشمري", "al-Shammari"), ("العزاوي", "al-Azzawi")),
        ("عشيرة الجنابيين", "عشيرة زبيد", "عشيرة بني تميم", "عشيرة ربيعة"),
        _AR_MALE + _AR_MALE_BAGHDAD,
        ("الملازم أول حيدر عباس الساعدي", "المفوض رائد كريم الجنابي",
         "المحامية زينب عبد الكريم الربيعي", "الشيخ عدنان حميد الزبيدي",
         "العقيد صباح جبار التميمي"),
        weights=_W_CITY),
    _ForumSpec(
        "BGD02", "BGD", "BGD-01", _FED + "الرصافة", _KRD + "ڕوسافە", _EN + "Rusafa",
        dt.date(2016, 9, 1), False,
        (_StationSpec("مركز شرطة الكرادة", "بنکەی پۆلیسی کەڕادە", "Al-Karrada police station",
                      "BGD-01"),
         _StationSpec("مركز شرطة بغداد الجديدة", "بنکەی پۆلیسی بەغدای نوێ",
                      "Baghdad al-Jadida police station", "BGD-01")),
        ("BGD-01-01", "BGD-01-02"), 0.6,
        ("الكرادة داخل", "الكرادة خارج", "بغداد الجديدة", "حي الأمين", "المشتل", "الزعفرانية"),
        (),
        (("الموسوي", "al-Musawi"), ("الحسيني", "al-Husseini"), ("اللامي", "al-Lami"),
         ("الكعبي", "al-Kaabi"), ("المحمداوي", "al-Mohammedawi"), ("الساعدي", "al-Saadi"),
         ("الخفاجي", "al-Khafaji"), ("الفريجي", "al-Freiji"), ("الأسدي", "al-Asadi"),
         ("الربيعي", "al-Rubaie"), ("التميمي", "al-Tamimi")),
        ("عشيرة بني لام", "عشيرة بني أسد", "عشيرة آل فتلة", "عشيرة البو محمد"),
        _AR_MALE + _AR_MALE_BAGHDAD,
        ("النقيب مرتضى علي الموسوي", "الملازم سارة حسن اللامي",
         "نادية فاضل الكعبي", "السيد محمد باقر الحسيني", "المقدم علي ناصر الخفاجي"),
        weights=_W_CITY),
    _ForumSpec(
        "ANB01", "ANB", "ANB-01", _FED + "الرمادي", _KRD + "ڕومادی", _EN + "Ramadi",
        dt.date(2017, 2, 20), False,
        (_StationSpec("مركز شرطة الرمادي", "بنکەی پۆلیسی ڕومادی", "Ramadi police station",
                      "ANB-01"),
         _StationSpec("مركز شرطة الخالدية", "بنکەی پۆلیسی خالیدیە", "Al-Khalidiya police station",
                      "ANB-01")),
        ("ANB-01-01", "ANB-01-02"), 0.3,
        ("حي الملعب", "حي التأميم", "حي الأندلس", "الحوز", "الجمعية", "حي الضباط", "الصوفية",
         "جزيرة الرمادي"),
        ("مخيم الحبانية السياحية",),
        (("الدليمي", "al-Dulaimi"), ("الفهداوي", "al-Fahdawi"), ("العلواني", "al-Alwani"),
         ("الحلبوسي", "al-Halbousi"), ("الكبيسي", "al-Kubaisi"), ("النمراوي", "al-Nimrawi"),
         ("المحمدي", "al-Mohammedi"), ("العيساوي", "al-Issawi"), ("الجميلي", "al-Jumaili"),
         ("الريشاوي", "al-Rishawi")),
        ("عشيرة البو فهد", "عشيرة البو نمر", "عشيرة البو علوان", "عشيرة البو عيسى",
         "عشيرة البو ريشة", "عشيرة البو ذياب"),
        _AR_MALE + _AR_MALE_WEST,
        ("النقيب عمر خالد الفهداوي", "المفوض أحمد حمد الدليمي",
         "الشيخ عبد الرزاق مشعان العلواني", "أمل سعدون الكبيسي", "العقيد فارس عواد المحمدي"),
        weights=_W_RURAL),
    _ForumSpec(
        "NIN01", "NIN", "NIN-01", _FED + "القيارة", _KRD + "قەیارە", _EN + "Al-Qayyarah",
        dt.date(2017, 11, 5), False,
        (_StationSpec("مركز شرطة القيارة", "بنکەی پۆلیسی قەیارە", "Al-Qayyarah police station",
                      "NIN-01"),),
        ("NIN-01-02",), 1.0,
        ("مركز ناحية القيارة", "حي الشرطة", "حي النصر", "قرية الحود", "قرية الجدعة",
         "قرية إمام غربي"),
        ("مخيم الجدعة 5", "مخيم مطار القيارة"),
        (("الجبوري", "al-Jubouri"), ("اللهيبي", "al-Luhaibi"), ("السبعاوي", "al-Sabaawi"),
         ("العكيدي", "al-Ugaidi"), ("الحديدي", "al-Hadidi"), ("الشمري", "al-Shammari"),
         ("الطائي", "al-Taie"), ("البدراني", "al-Badrani"), ("الحمداني", "al-Hamdani")),
        ("عشيرة الجبور", "عشيرة اللهيب", "عشيرة العكيدات", "عشيرة البو متيوت", "عشيرة شمر"),
        _AR_MALE + _AR_MALE_WEST,
        ("الملازم أول يونس محمود الجبوري", "المفوض سالم أحمد اللهيبي",
         "الشيخ حمد صالح السبعاوي", "هدى يوسف الحمداني", "المقدم بكر عثمان الطائي"),
        weights=_W_RURAL),
    _ForumSpec(
        "DIY01", "DIY", "DIY-03", _FED + "الخالص", _KRD + "خالیس", _EN + "Al-Khalis",
        dt.date(2017, 6, 12), False,
        (_StationSpec("مركز شرطة الخالص", "بنکەی پۆلیسی خالیس", "Al-Khalis police station",
                      "DIY-03"),
         _StationSpec("مركز شرطة المنصورية", "بنکەی پۆلیسی مەنسووریە",
                      "Al-Mansuriya police station", "DIY-03")),
        ("DIY-03-01", "DIY-03-02", "DIY-03-03"), 0.4,
        ("حي المعلمين", "حي العسكري", "حي الجمهورية", "حي النصر", "سوق الخالص", "قرية الزهيرات"),
        (),
        (("العزاوي", "al-Azzawi"), ("التميمي", "al-Tamimi"), ("الكرخي", "al-Karkhi"),
         ("المجمعي", "al-Mujammaie"), ("العبيدي", "al-Obaidi"), ("البياتي", "al-Bayati"),
         ("الخالصي", "al-Khalisi"), ("الزهيري", "al-Zuhairi"), ("الجبوري", "al-Jubouri")),
        ("عشيرة العزة", "عشيرة بني تميم", "عشيرة الكرخية", "عشيرة المجمع", "عشيرة الزهيرات"),
        _AR_MALE + _AR_MALE_BAGHDAD,
        ("النقيب ثامر جاسم العزاوي", "المفوض قاسم مهدي التميمي", "الشيخ نجم عبد الله الكرخي",
         "سعاد حميد المجمعي", "العقيد رعد لطيف البياتي"),
        weights=_W_RURAL),
    _ForumSpec(
        "ERB01", "ERB", "ERB-01", _FED + "أربيل", _KRD + "هەولێر", _EN + "Erbil",
        dt.date(2016, 3, 8), True,
        (_StationSpec("مركز شرطة عنكاوة", "بنکەی پۆلیسی عەنکاوە", "Ainkawa police station",
                      "ERB-01"),
         _StationSpec("مركز شرطة بحركة", "بنکەی پۆلیسی بەحرکە", "Bahrka police station",
                      "ERB-01")),
        ("ERB-01-01", "ERB-01-02"), 0.3,
        ("گەڕەکی شۆڕش", "ئازادی", "بەختیاری", "ڕزگاری", "عەنکاوە", "کوێستان", "سێتاقان"),
        ("کەمپی بەحرکە", "کەمپی هەرشەم"),
        (("دزەیی", "Dizayee"), ("خۆشناو", "Khoshnaw"), ("هەرکی", "Harki"), ("سورچی", "Surchi"),
         ("بالەکی", "Balaki"), ("زێباری", "Zebari"), ("ڕەواندزی", "Rawanduzi"),
         ("گەردی", "Gardi")),
        ("هۆزی دزەیی", "هۆزی خۆشناو", "هۆزی هەرکی"),
        _KU_MALE,
        ("ملازم یەکەم ڕێبوار عومەر دزەیی", "نەقیب کوێستان ئەحمەد خۆشناو",
         "مامۆستا بەختیار ڕەشید سورچی", "شیلان عەزیز هەرکی", "عەقید ئازاد مستەفا زێباری"),
        arab_idp_share=0.3, weights=_W_KURDISTAN),
    _ForumSpec(
        "SUL01", "SUL", "SUL-01", _FED + "السليمانية", _KRD + "سلێمانی", _EN + "Sulaymaniyah",
        dt.date(2018, 1, 21), True,
        (_StationSpec("مركز شرطة سرجنار", "بنکەی پۆلیسی سەرچنار", "Sarchinar police station",
                      "SUL-01"),),
        (), 0.0,
        ("سەرچنار", "بەختیاری", "ئازادی", "ڕاپەڕین", "کانی ئاسکان", "سەرشەقام", "ئیبراهیم ئەحمەد"),
        ("کەمپی ئاشتی", "کەمپی عەربەت"),
        (("جاف", "Jaff"), ("تاڵەبانی", "Talabani"), ("بەرزنجی", "Barzinji"),
         ("هەورامی", "Hawrami"), ("قەرەداغی", "Qaradaghi"), ("پشدەری", "Pshdari"),
         ("شارەزووری", "Sharazuri"), ("زەنگەنە", "Zangana")),
        ("هۆزی جاف", "هۆزی زەنگەنە", "هۆزی پشدەری"),
        _KU_MALE,
        ("نەقیب هاوڕێ کەریم جاف", "ملازم ناسک فەرەج قەرەداغی", "مامۆستا کاوە قادر بەرزنجی",
         "نەسرین عوسمان هەورامی", "عەقید دڵشاد حەمە شارەزووری"),
        arab_idp_share=0.15, weights=_W_KURDISTAN),
)

_ADMIN_NAME = "حسام عادل النعيمي"
_VIEWER_NAME = "لمى سعد الراوي - الرصد والتقييم"

# Must-refer categories, with the screening question each one answers "yes".
_MUST_REFER_FLAG = {"homicide": "serious_crime", "serious_injury": "serious_crime",
                    "terrorism": "serious_crime", "kidnapping": "serious_crime",
                    "armed_attack": "serious_crime", "gbv": "gbv_or_domestic",
                    "domestic_violence": "gbv_or_domestic", "sexual_violence": "gbv_or_domestic",
                    "honour_threat": "gbv_or_domestic", "forced_child_marriage": "child_at_risk",
                    "child_abuse": "child_at_risk", "child_labour": "child_at_risk"}
_MUST_REFER_WEIGHTS = {"homicide": 2, "serious_injury": 3, "terrorism": 1, "kidnapping": 1,
                       "armed_attack": 2, "gbv": 2, "domestic_violence": 5, "sexual_violence": 1,
                       "honour_threat": 2, "forced_child_marriage": 2, "child_abuse": 2,
                       "child_labour": 1}

CLEAN_ANSWERS = {"serious_crime": False, "needs_court_approval": False,
                 "gbv_or_domestic": False, "child_at_risk": False,
                 "coercion_or_imbalance": False, "all_consent_freely": True}

# Where a red flag sends the dispute: (federal, Kurdistan Region).
_DESTINATIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "serious_crime": (("investigating_court", "police_investigation"),
                      ("investigating_court", "police_investigation")),
    "needs_court_approval": (("misdemeanour_court", "investigating_court"),
                             ("misdemeanour_court", "investigating_court")),
    "gbv_or_domestic": (("family_child_protection", "gbv_case_management", "womens_shelter"),
                        ("krg_combating_violence", "gbv_case_management", "womens_shelter")),
    "child_at_risk": (("child_protection_unit", "juvenile_court", "family_child_protection"),
                      ("child_protection_unit", "juvenile_court", "krg_combating_violence")),
    "coercion_or_imbalance": (("legal_aid_ngo", "legal_aid_bar_iraq", "psychosocial_support"),
                              ("legal_aid_ngo", "legal_aid_bar_kurdistan",
                               "unhcr_iom_protection")),
    "all_consent_freely": (("legal_aid_ngo", "other_agency"),
                           ("legal_aid_bar_kurdistan", "other_agency")),
}

# Mediable categories where screening may still find a red flag.
_RED_FLAG_CASES = (("minor_assault", "needs_court_approval"),
                   ("family_nonviolent", "gbv_or_domestic"),
                   ("land", "coercion_or_imbalance"),
                   ("return_occupation", "coercion_or_imbalance"),
                   ("debt", "all_consent_freely"),
                   ("neighbours", "child_at_risk"))

# Disputes that happen among people living in a camp (a return or a land dispute does not).
_CAMP_LIFE = {"neighbours", "debt", "minor_assault", "verbal_threats_insults",
              "family_nonviolent", "property_damage", "commercial", "other", "gbv",
              "domestic_violence", "honour_threat", "child_abuse", "child_labour",
              "forced_child_marriage"}

_CHANNELS = {"walk_in": 30, "police": 20, "forum_member": 12, "tribal_leader": 9,
             "religious_leader": 5, "court": 4, "ngo": 8, "phone": 6, "local_council": 5,
             "other": 1}


# ---------------------------------------------------------------- texts (ar, ckb)

_DESCRIPTIONS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    # category: ((description ar, request ar), (description ckb, request ckb))
    "land": (
        ("نزاع على حدود قطعة أرض زراعية في {place}؛ يدّعي المشتكي أن الطرف الآخر نقل المرز "
         "وزرع داخل أرضه مسافة تقارب {n} أمتار.",
         "إعادة الحدود كما كانت وإيقاف الزراعة في الجزء المتنازع عليه."),
        ("ناکۆکی لەسەر سنووری پارچە زەوییەکی کشتوکاڵی لە {place}؛ سکاڵاکار دەڵێت لایەنی دووەم "
         "سنوورەکەی جووڵاندووە و نزیکەی {n} مەتر لە زەوییەکەی ئەوی چاندووە.",
         "گەڕاندنەوەی سنوورەکە وەک خۆی و ڕاگرتنی چاندن لە بەشە ناکۆکەکەدا.")),
    "housing_rent": (
        ("المشتكي يؤجّر داراً في {place} ولم يدفع المستأجر بدلات الإيجار منذ {n} أشهر، "
         "ويرفض الإخلاء.",
         "دفع الإيجار المتأخر أو إخلاء الدار."),
        ("سکاڵاکار خانوویەکی لە {place} بە کرێ داوە و کرێچییەکە {n} مانگە کرێ نادات و ئامادە "
         "نییە خانووەکە چۆڵ بکات.",
         "دانی کرێی دواکەوتوو یان چۆڵکردنی خانووەکە.")),
    "debt": (
        ("أقرض المشتكي الطرف الثاني مبلغاً قبل أكثر من سنة لشراء سيارة أجرة، ولم يُسدَّد رغم "
         "المطالبات المتكررة.",
         "استرداد المبلغ ولو على أقساط."),
        ("سکاڵاکار زیاتر لە ساڵێک لەمەوبەر پارەیەکی بە قەرز داوە بە لایەنی دووەم بۆ کڕینی "
         "تاکسی، بەڵام سەرەڕای داواکاریی دووبارە پارەکە نەدراوەتەوە.",
         "وەرگرتنەوەی پارەکە، تەنانەت بە قیست.")),
    "inheritance": (
        ("خلاف بين الورثة على تقسيم دار والدهم المرحوم في {place}؛ يسكن أحد الإخوة الدار "
         "ويرفض بيعها أو دفع حصص الآخرين.",
         "تقسيم التركة بالتراضي أو دفع الحصص."),
        ("ناکۆکی لە نێوان میراتگران لەسەر دابەشکردنی خانووی باوکیان لە {place}؛ یەکێک لە "
         "براکان لە خانووەکەدا دەژی و ئامادە نییە بیفرۆشێت یان بەشی ئەوانی تر بدات.",
         "دابەشکردنی میرات بە ڕەزامەندی یان دانی بەشەکان.")),
    "family_nonviolent": (
        ("خلاف بين عائلتين متصاهرتين على نفقة الأطفال ومكان سكنهم بعد الانفصال، من دون أي "
         "عنف.",
         "اتفاق مكتوب على النفقة ومواعيد رؤية الأطفال."),
        ("ناکۆکی لە نێوان دوو خێزانی خزم لەسەر خەرجیی منداڵان و شوێنی نیشتەجێبوونیان دوای "
         "جیابوونەوە، بەبێ هیچ توندوتیژییەک.",
         "ڕێککەوتنی نووسراو لەسەر خەرجی و سەردانی منداڵان.")),
    "neighbours": (
        ("شكوى من جار يرمي مياه الصرف والأنقاض أمام دار المشتكي في {place}، وتطور الأمر إلى "
         "مشادة كلامية.",
         "إزالة الأنقاض والتعهد بعدم التكرار."),
        ("سکاڵا لە دراوسێیەک کە ئاوی پیس و خاشاک فڕێ دەداتە بەردەم ماڵی سکاڵاکار لە {place}، "
         "و کێشەکە گەیشتە دەمەقاڵێ.",
         "لابردنی خاشاکەکە و بەڵێندان بە دووبارە نەکردنەوە.")),
    "tribal": (
        ("توتر بين عشيرتين في {place} بعد مشاجرة بين شبان من الطرفين في مناسبة عامة، مع "
         "مخاوف من الثأر.",
         "عقد جلسة صلح وتعهد بعدم الاعتداء."),
        ("گرژی لە نێوان دوو هۆز لە {place} دوای شەڕێک لە نێوان گەنجانی هەردوو لا لە بۆنەیەکی "
         "گشتیدا، و ترس هەیە لە تۆڵەسەندنەوە.",
         "ئاشتەوایی و بەڵێن بە دەستدرێژی نەکردن.")),
    "minor_assault": (
        ("مشاجرة بالأيدي أمام محل تجاري في {place} أصيب فيها المشتكي بكدمات بسيطة، ولديه "
         "تقرير طبي أولي.",
         "اعتذار وتعويض عن أجور العلاج."),
        ("شەڕە دەستێک لە بەردەم دووکانێک لە {place}، سکاڵاکار برینی سووکی پێگەیشتووە و "
         "ڕاپۆرتی پزیشکیی سەرەتایی هەیە.",
         "داوای لێبوردن و قەرەبووی تێچووی چارەسەر.")),
    "property_damage": (
        ("أتلف أولاد الطرف الثاني زجاج واجهة محل المشتكي وباب داره في {place} أثناء لعب الكرة.",
         "تعويض كلفة الإصلاح."),
        ("منداڵەکانی لایەنی دووەم لە کاتی تۆپێنەدا شووشەی دووکان و دەرگای ماڵی سکاڵاکاریان "
         "لە {place} شکاندووە.",
         "قەرەبووی تێچووی چاککردنەوە.")),
    "traffic_damage": (
        ("حادث مروري بسيط عند تقاطع في {place} تضررت فيه سيارة المشتكي من الخلف، دون إصابات.",
         "دفع كلفة تصليح السيارة."),
        ("ڕووداوێکی هاتوچۆی سووک لە چوارڕیانێک لە {place}، ئۆتۆمبێلی سکاڵاکار لە دواوە زیانی "
         "پێگەیشتووە، بەبێ برینداربوون.",
         "دانی تێچووی چاککردنەوەی ئۆتۆمبێلەکە.")),
    "return_occupation": (
        ("عائلة نازحة عادت إلى {place} فوجدت دارها مشغولة من عائلة أخرى تدّعي أنها استأجرتها "
         "من شخص لا يملكها.",
         "إخلاء الدار وتمكين العائلة من العودة."),
        ("خێزانێکی ئاوارە گەڕاوەتەوە بۆ {place} و بینیویەتی خێزانێکی تر لە ماڵەکەیدا دەژی و "
         "دەڵێن لە کەسێکیان بە کرێ گرتووە کە خاوەنی نییە.",
         "چۆڵکردنی ماڵەکە و ڕێگەدان بە خێزانەکە بگەڕێتەوە.")),
    "water_irrigation": (
        ("خلاف على حصص مياه الري من الجدول المشترك في {place}؛ يتهم المشتكي جاره بسد الجدول "
         "في أيام نوبته.",
         "جدول نوبات واضح للسقي."),
        ("ناکۆکی لەسەر بەشی ئاوی ئاودێری لە جۆگە هاوبەشەکەی {place}؛ سکاڵاکار دراوسێکەی "
         "تۆمەتبار دەکات کە لە ڕۆژانی نۆرەی ئەودا جۆگەکە دەگرێت.",
         "خشتەیەکی ڕوون بۆ نۆرەی ئاودان.")),
    "commercial": (
        ("خلاف بين شريكين في محل لبيع المواد الإنشائية على تقسيم الأرباح بعد فض الشراكة.",
         "تصفية الحساب ودفع الحصة."),
        ("ناکۆکی لە نێوان دوو هاوبەش لە دووکانێکی کەرەستەی بیناسازی لەسەر دابەشکردنی قازانج "
         "دوای کۆتاییهاتنی هاوبەشییەکە.",
         "یەکلاکردنەوەی حیساب و دانی بەشەکەی.")),
    "verbal_threats_insults": (
        ("تبادل الطرفان الإهانات والتهديد عبر مواقع التواصل الاجتماعي بعد خلاف على موقف "
         "سيارات في {place}.",
         "الاعتذار وحذف المنشورات والتعهد بعدم التهديد."),
        ("هەردوو لایەن لە تۆڕە کۆمەڵایەتییەکاندا سووکایەتی و هەڕەشەیان لە یەکتر کردووە دوای "
         "ناکۆکییەک لەسەر شوێنی وەستانی ئۆتۆمبێل لە {place}.",
         "داوای لێبوردن، سڕینەوەی پۆستەکان و بەڵێن بە هەڕەشە نەکردن.")),
    "other": (
        ("خلاف على مولدة الحي في {place} وتوزيع الأمبيرات بين صاحب المولدة والمشتركين.",
         "تسعيرة عادلة وانتظام التجهيز."),
        ("ناکۆکی لەسەر مۆلیدەی گەڕەک لە {place} و دابەشکردنی ئەمپێر لە نێوان خاوەنی "
         "مۆلیدەکە و بەشداربووان.",
         "نرخێکی دادپەروەرانە و ڕێکوپێکیی کارەبا.")),
    "homicide": (
        ("مطالبة عشائرية بعد مقتل شاب من عائلة المشتكي في مشاجرة، والقضية منظورة أمام محكمة "
         "التحقيق.",
         "وساطة لمنع الثأر بين العائلتين."),
        ("داواکاریی عەشایەری دوای کوژرانی گەنجێک لە خێزانی سکاڵاکار لە شەڕێکدا؛ کەیسەکە لە "
         "دادگای لێکۆڵینەوەدایە.",
         "ناوبژیوانی بۆ ڕێگرتن لە تۆڵەسەندنەوە.")),
    "serious_injury": (
        ("إصابة بليغة بآلة حادة أدت إلى كسر في الجمجمة، ونُقل المصاب إلى المستشفى.",
         "تعويض ومحاسبة المعتدي."),
        ("برینداربوونی سەخت بە ئامێرێکی تیژ کە بووە هۆی شکانی کاسەی سەر؛ بریندارەکە "
         "گوازراوەتەوە بۆ نەخۆشخانە.",
         "قەرەبوو و لێپرسینەوە لە دەستدرێژیکار.")),
    "terrorism": (
        ("اتهام أحد أفراد عائلة عائدة بالانتماء إلى تنظيم إرهابي، والعائلة تتعرض للتهديد.",
         "حماية العائلة."),
        ("یەکێک لە ئەندامانی خێزانێکی گەڕاوە تۆمەتبار کراوە بە پەیوەندی بە ڕێکخراوێکی "
         "تیرۆریستییەوە، و هەڕەشە لە خێزانەکە دەکرێت.",
         "پاراستنی خێزانەکە.")),
    "kidnapping": (
        ("اختفاء صبي بعمر 15 سنة منذ ثلاثة أيام، وتشتبه العائلة بخطفه من جهة مجهولة.",
         "البحث عنه وإعادته."),
        ("کوڕێکی 15 ساڵان سێ ڕۆژە ون بووە و خێزانەکەی گومان دەکەن لەلایەن لایەنێکی "
         "نەناسراوەوە ڕفێنرابێت.",
         "دۆزینەوە و گەڕاندنەوەی.")),
    "armed_attack": (
        ("إطلاق نار على دار المشتكي في {place} ليلاً من مسلحين بعد خلاف على أرض.",
         "الحماية ومحاسبة الفاعلين."),
        ("بە شەو چەکداران لە {place} تەقەیان لە ماڵی سکاڵاکار کردووە دوای ناکۆکییەک لەسەر "
         "زەوی.",
         "پاراستن و لێپرسینەوە لە تاوانباران.")),
    "gbv": (
        ("امرأة تتعرض للتحرش والتهديد المتكرر من قريب لها في مكان عملها.",
         "حمايتها ووقف التهديد."),
        ("ئافرەتێک بەردەوام لە شوێنی کارەکەی لەلایەن خزمێکییەوە بێزار دەکرێت و هەڕەشەی لێ "
         "دەکرێت.",
         "پاراستنی و ڕاگرتنی هەڕەشەکان.")),
    "domestic_violence": (
        ("امرأة تعرضت للضرب المتكرر من زوجها، وجاء أخوها يطلب صلحاً بين العائلتين.",
         "صلح بين العائلتين."),
        ("ئافرەتێک چەند جار لەلایەن هاوسەرەکەیەوە لێی دراوە، و براکەی هاتووە داوای ئاشتەوایی "
         "نێوان هەردوو خێزان دەکات.",
         "ئاشتەوایی نێوان هەردوو خێزان.")),
    "sexual_violence": (
        ("بلاغ عن عنف جنسي ضد امرأة، وعائلة المتهم تطلب تسوية عشائرية.",
         "تسوية عشائرية."),
        ("سکاڵا لەسەر توندوتیژیی سێکسی دژی ئافرەتێک؛ خێزانی تۆمەتبار داوای چارەسەری عەشایەری "
         "دەکات.",
         "چارەسەری عەشایەری.")),
    "honour_threat": (
        ("فتاة تتعرض للتهديد من أقاربها لرفضها زواجاً رتّبته العائلة.",
         "حمايتها."),
        ("کچێک لەلایەن خزمەکانییەوە هەڕەشەی لێ دەکرێت چونکە ڕازی نییە بەو هاوسەرگیرییەی "
         "خێزانەکەی ڕێکیان خستووە.",
         "پاراستنی.")),
    "forced_child_marriage": (
        ("عائلة تعتزم تزويج ابنتها البالغة 14 سنة، وأبلغت معلمتها المنتدى.",
         "منع التزويج وحماية الطفلة."),
        ("خێزانێک دەیەوێت کچە 14 ساڵانەکەی بە شوو بدات، و مامۆستاکەی ئاگاداری فۆرەمی "
         "کردووەتەوە.",
         "ڕێگرتن لە هاوسەرگیرییەکە و پاراستنی کچەکە.")),
    "child_abuse": (
        ("طفل يتعرض للضرب والحرمان من المدرسة من زوج والدته.",
         "حماية الطفل."),
        ("منداڵێک لەلایەن زڕباوکییەوە لێی دەدرێت و لە قوتابخانە بێبەش کراوە.",
         "پاراستنی منداڵەکە.")),
    "child_labour": (
        ("أطفال نازحون يعملون لساعات طويلة في معمل طابوق قرب {place}.",
         "إعادتهم إلى المدرسة."),
        ("منداڵانی ئاوارە بۆ ماوەیەکی زۆر لە کارگەیەکی خشت لە نزیک {place} کار دەکەن.",
         "گەڕاندنەوەیان بۆ قوتابخانە.")),
}

_T: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "screen_clean": (
        ("لا توجد مؤشرات خطر، ووافق الطرفان على الوساطة بحرية.",
         "النزاع مدني بسيط، ولا يوجد ما يمنع الوساطة."),
        ("هیچ نیشانەیەکی مەترسی نییە و هەردوو لایەن بە ئازادی ڕازین بە ناوبژیوانی.",
         "ناکۆکییەکی مەدەنیی سادەیە و هیچ ڕێگرییەک لە ناوبژیوانی نییە.")),
    "serious_crime": (
        ("جريمة جسيمة لا يجوز للمنتدى التوسط فيها؛ تحال إلى الجهات القضائية.",),
        ("تاوانێکی گەورەیە و فۆرەم بۆی نییە ناوبژیوانی تێدا بکات؛ ڕەوانەی دادوەری دەکرێت.",)),
    "needs_court_approval": (
        ("الإصابة تستوجب عقوبة تزيد على سنة؛ الصلح فيها يحتاج موافقة القاضي.",),
        ("برینەکە سزای زیاتر لە ساڵێکی هەیە؛ ئاشتەوایی تێیدا ڕەزامەندیی دادوەری دەوێت.",)),
    "gbv_or_domestic": (
        ("كشفت المقابلة عن عنف أسري؛ لا وساطة، وتحال الضحية إلى جهة حماية بموافقتها.",),
        ("لە چاوپێکەوتنەکەدا توندوتیژیی خێزانی دەرکەوت؛ ناوبژیوانی ناکرێت و قوربانییەکە "
         "ڕەوانەی لایەنی پاراستن دەکرێت.",)),
    "child_at_risk": (
        ("يوجد طفل معرض للخطر؛ تحال الحالة إلى جهة حماية الطفل.",),
        ("منداڵێک لە مەترسیدایە؛ کەیسەکە ڕەوانەی لایەنی پاراستنی منداڵ دەکرێت.",)),
    "coercion_or_imbalance": (
        ("أحد الطرفين تحت ضغط جهة مسلحة، ولا تتحقق الموافقة الحرة.",),
        ("یەکێک لە لایەنەکان لەژێر فشاری لایەنێکی چەکداردایە و ڕەزامەندیی ئازاد بوونی نییە.",)),
    "all_consent_freely": (
        ("الطرف الثاني يرفض الوساطة ويفضل القضاء.",),
        ("لایەنی دووەم ناوبژیوانی ڕەت دەکاتەوە و دادگای پێ باشترە.",)),
    "refer_mid_mediation": (
        ("خلال الجلسة المنفردة كشفت الزوجة عن عنف أسري؛ أوقفت الوساطة وأحيلت الحالة.",),
        ("لە دانیشتنی جیاکراوەدا ژنەکە باسی توندوتیژیی خێزانیی کرد؛ ناوبژیوانی ڕاگیرا و کەیسەکە "
         "ڕەوانە کرا.",)),
    "outcome_accepted": (
        ("استلمت الجهة الإحالة وفتحت ملفاً.", "تم تسجيل الحالة لدى الجهة."),
        ("لایەنەکە ڕەوانەکردنەکەی وەرگرت و دۆسیەی کردەوە.", "کەیسەکە لای لایەنەکە تۆمار کرا.")),
    "outcome_resolved": (
        ("أُبلغ المنتدى بانتهاء الإجراءات لدى الجهة المحال إليها.",),
        ("فۆرەم ئاگادار کرایەوە کە ڕێکارەکان لای ئەو لایەنە تەواو بوون.",)),
    "outcome_declined": (
        ("رفضت المشتكية متابعة الإحالة، وتم تزويدها بأرقام الخط الساخن.",),
        ("سکاڵاکار نەیویست بەدواداچوون بۆ ڕەوانەکردنەکە بکات؛ ژمارەی هێڵی گەرمی پێدرا.",)),
    "outcome_unknown": (
        ("لم يتمكن المنتدى من معرفة مآل الإحالة.",),
        ("فۆرەم نەیتوانی بزانێت ڕەوانەکردنەکە گەیشتە کوێ.",)),
    "progress": (
        ("استمع الوسطاء إلى الطرفين، وأبدى الطرفان استعداداً للتسوية.",
         "جلسة منفردة مع كل طرف لتقريب وجهات النظر حول مبلغ التعويض.",
         "تم الاتفاق على معظم النقاط وبقي الخلاف على موعد الدفع."),
        ("ناوبژیوانەکان گوێیان لە هەردوو لایەن گرت و هەردوولا ئامادەیی چارەسەریان نیشان دا.",
         "دانیشتنی جیاکراوە لەگەڵ هەر لایەنێک بۆ نزیککردنەوەی بۆچوونەکان لەسەر بڕی قەرەبوو.",
         "لەسەر زۆربەی خاڵەکان ڕێککەوتن و تەنها ناکۆکی لەسەر کاتی پارەدان ماوە.")),
    "postponed": (
        ("تأجلت الجلسة بطلب من الطرف الثاني لظرف عائلي.",
         "تأجلت الجلسة لعدم حضور أحد الوسطاء."),
        ("دانیشتنەکە بە داوای لایەنی دووەم بەهۆی بارودۆخێکی خێزانییەوە دواخرا.",
         "دانیشتنەکە دواخرا چونکە یەکێک لە ناوبژیوانەکان ئامادە نەبوو.")),
    "no_show": (
        ("لم يحضر الطرف الثاني رغم تبليغه هاتفياً؛ حُدّد موعد جديد.",
         "غاب أحد الطرفين من دون عذر؛ سيتم التواصل معه عبر مختار المنطقة."),
        ("لایەنی دووەم سەرەڕای ئاگادارکردنەوەی بە تەلەفۆن ئامادە نەبوو؛ کاتێکی نوێ دیاری کرا.",
         "یەکێک لە لایەنەکان بەبێ بیانوو ئامادە نەبوو؛ لە ڕێگەی موختاری گەڕەکەوە پەیوەندی "
         "پێوە دەکرێت.")),
    "agreement_reached": (
        ("توصل الطرفان إلى اتفاق، وكُلّف الوسيط بصياغة بنوده.",),
        ("هەردوو لایەن گەیشتنە ڕێککەوتن و ناوبژیوان ڕاسپێردرا بڕگەکانی بنووسێتەوە.",)),
    "no_agreement": (
        ("تمسك كل طرف بموقفه ولم يتم التوصل إلى اتفاق.",),
        ("هەر لایەنێک لەسەر هەڵوێستی خۆی سوور بوو و ڕێککەوتن نەکرا.",)),
    "place": (
        ("مقر المنتدى", "مركز الشرطة", "مضيف شيخ العشيرة", "قاعة المجلس المحلي", "جامع الحي"),
        ("بارەگای فۆرەم", "بنکەی پۆلیس", "دیوەخانی موختار", "هۆڵی ئەنجومەنی خۆجێیی",
         "مزگەوتی گەڕەک")),
    "truce": (
        ("عطوة أمنية يلتزم خلالها الطرفان وذووهما بعدم التعرض لبعضهم حتى انتهاء الوساطة.",
         "عطوة عشائرية لمدة محددة بكفالة شيخ العشيرة، مع تعهد بعدم حمل السلاح في المنطقة."),
        ("ئاگربەستی کۆمەڵایەتی (عەتوە): هەردوو لایەن و کەسوکاریان تا کۆتایی ناوبژیوانی "
         "دەستدرێژی ناکەنە سەر یەکتر.",
         "عەتوەی عەشایەری بۆ ماوەیەکی دیاریکراو بە کەفالەتی سەرۆک هۆز.")),
    "return": (
        ("طلب الطرف الثاني تعديل موعد الدفع قبل التوقيع.",
         "اعترض أحد الكفلاء على صيغة بند الكفالة."),
        ("لایەنی دووەم پێش واژۆکردن داوای گۆڕینی کاتی پارەدانی کرد.",
         "یەکێک لە کەفیلەکان ناڕازی بوو لە دەقی بڕگەی کەفالەت.")),
    "fu_complied": (
        ("تم التواصل مع الطرفين هاتفياً؛ الاتفاق منفذ ولا شكاوى.",
         "زيارة ميدانية: الوضع مستقر والطرفان ملتزمان."),
        ("پەیوەندی تەلەفۆنی لەگەڵ هەردوو لایەن کرا؛ ڕێککەوتنەکە جێبەجێ کراوە و هیچ سکاڵایەک "
         "نییە.",
         "سەردانی مەیدانی: بارودۆخەکە ئارامە و هەردوو لایەن پابەندن.")),
    "fu_partly": (
        ("نُفّذ جزء من الاتفاق وتأخر قسط واحد.",
         "أعيدت الحدود جزئياً وبقيت نقطة خلاف صغيرة."),
        ("بەشێک لە ڕێککەوتنەکە جێبەجێ کراوە و یەک قیست دواکەوتووە.",
         "سنوورەکە بە بەشێکی گەڕێنرایەوە و خاڵێکی بچووکی ناکۆکی ماوە.")),
    "fu_breached": (
        ("لم يدفع الطرف الثاني أي قسط، وتلقى المشتكي تهديداً من أحد أقاربه.",
         "عاد الطرف الثاني إلى الزراعة في الجزء المتنازع عليه."),
        ("لایەنی دووەم هیچ قیستێکی نەداوە و سکاڵاکار هەڕەشەی لە یەکێک لە خزمەکانی پێگەیشتووە.",
         "لایەنی دووەم دووبارە لە بەشە ناکۆکەکەدا کشتوکاڵی کردەوە.")),
    "close_resolved_fully": (
        ("نُفّذ الاتفاق بالكامل وتأكد المنتدى من ذلك في زيارات المتابعة.",),
        ("ڕێککەوتنەکە بە تەواوی جێبەجێ کرا و فۆرەم لە بەدواداچوونەکاندا دڵنیا بووەوە.",)),
    "close_resolved_partly": (
        ("نُفّذ معظم الاتفاق، واتفق الطرفان على حل الباقي بينهما.",),
        ("زۆربەی ڕێککەوتنەکە جێبەجێ کرا و هەردوولا ڕێککەوتن ئەوەی ماوە خۆیان چارەسەری بکەن.",)),
    "close_no_agreement": (
        ("تعذر التوفيق بعد عدة جلسات؛ نُصح الطرفان بمراجعة المحكمة المختصة.",),
        ("دوای چەند دانیشتنێک ڕێککەوتن نەکرا؛ ئامۆژگاری هەردوو لایەن کرا سەردانی دادگای "
         "پەیوەندیدار بکەن.",)),
    "close_withdrawn": (
        ("سحب المشتكي طلبه بعد تسوية الأمر ودياً بين العائلتين.",
         "أبلغ المشتكي المنتدى بأنه لا يرغب في متابعة الشكوى."),
        ("سکاڵاکار داواکارییەکەی کشاندەوە دوای ئەوەی هەردوو خێزان بە ئاشتی چارەسەریان کرد.",
         "سکاڵاکار فۆرەمی ئاگادار کردەوە کە نایەوێت بەدواداچوون بۆ سکاڵاکە بکات.")),
    "close_referred": (
        ("انتهى دور المنتدى بعد الإحالة ومتابعة نتيجتها.",),
        ("ڕۆڵی فۆرەم دوای ڕەوانەکردن و بەدواداچوونی ئەنجامەکەی کۆتایی هات.",)),
    "close_unreachable": (
        ("تعذر التواصل مع الطرف الثاني بعد عدة محاولات؛ الهاتف مغلق وانتقل من المنطقة.",),
        ("دوای چەند هەوڵێک پەیوەندی بە لایەنی دووەمەوە نەکرا؛ تەلەفۆنەکەی داخراوە و لە ناوچەکە "
         "ڕۆیشتووە.",)),
    "reopen_breach": (
        ("خرق الاتفاق بعد التوقيع؛ يعاد فتح القضية لجلسة جديدة.",),
        ("دوای واژۆکردن ڕێککەوتنەکە پێشێل کرا؛ کەیسەکە بۆ دانیشتنێکی نوێ دەکرێتەوە.",)),
    "reopen_returned": (
        ("عاد الطرف الثاني إلى المنطقة وطلب الطرفان استئناف الوساطة.",),
        ("لایەنی دووەم گەڕایەوە ناوچەکە و هەردوو لایەن داوای درێژەدانی ناوبژیوانییان کرد.",)),
    "vulnerable": (
        ("المشتكية أرملة تعيل أطفالاً صغاراً.", "أحد الأطراف من ذوي الإعاقة.",
         "المشتكي مسن يعيش وحده."),
        ("سکاڵاکار بێوەژنە و بەخێوکەری منداڵی بچووکە.", "یەکێک لە لایەنەکان کەم ئەندامە.",
         "سکاڵاکار پیرە و بە تەنها دەژی.")),
    "relation_tribe": (("شيخ العشيرة", "ممثل العشيرة"), ("سەرۆک هۆز", "نوێنەری هۆز")),
    "relation_family": (("كبير العائلة", "الابن الأكبر"), ("گەورەی بنەماڵە", "کوڕی گەورە")),
    "relation_person": (("وكيل", "الابن", "الأخ"), ("بریکار", "کوڕ", "برا")),
    "family_prefix": (("عائلة المرحوم", "ورثة المرحوم"),
                      ("بنەماڵەی خوالێخۆشبوو", "میراتگرانی خوالێخۆشبوو")),
    "elder_title": (("الشيخ", "الحاج", "المختار"), ("حاجی", "مام", "موختار")),
    "id_document": (("البطاقة الوطنية", "هوية الأحوال المدنية"),
                    ("کارتی نیشتمانی", "ناسنامەی باری شارستانی")),
}

# Free clauses written by the mediator beside the library ones.
_FREE_CLAUSES: dict[str, dict[str, str]] = {
    "neighbours": {
        "ar": "يلتزم الطرف الثاني برفع الأنقاض من أمام دار الطرف الأول خلال سبعة أيام، وعدم "
              "تصريف المياه إلى الشارع.",
        "ckb": "لایەنی دووەم پابەند دەبێت بە لابردنی خاشاک لە بەردەم ماڵی لایەنی یەکەم لە "
               "ماوەی حەوت ڕۆژدا، و ئاو بەرنەداتەوە سەر شەقام.",
        "en": "The second party shall remove the rubble from in front of the first party's "
              "house within seven days and shall not drain water into the street."},
    "other": {
        "ar": "يلتزم صاحب المولدة بتجهيز الكهرباء من الساعة الثانية ظهراً حتى الثانية فجراً "
              "وبالسعر الذي يحدده المجلس المحلي.",
        "ckb": "خاوەنی مۆلیدە پابەند دەبێت بە دابینکردنی کارەبا لە کاتژمێر دووی نیوەڕۆ تا "
               "دووی بەرەبەیان و بەو نرخەی ئەنجومەنی خۆجێیی دیاری دەکات.",
        "en": "The generator owner shall supply electricity from 2 p.m. to 2 a.m. at the price "
              "set by the local council."},
    "family_nonviolent": {
        "ar": "يرى الأب أطفاله كل يوم جمعة في دار جدهم لأمهم، ويعيدهم قبل المغرب.",
        "ckb": "باوک هەموو ڕۆژێکی هەینی منداڵەکانی لە ماڵی باپیریان دەبینێت و پێش ئێوارە "
               "دەیانگەڕێنێتەوە.",
        "en": "The father sees his children every Friday at their maternal grandfather's house "
              "and brings them back before sunset."},
    "commercial": {
        "ar": "يسلّم الطرف الثاني دفاتر الحسابات إلى محاسب يتفق عليه الطرفان خلال أسبوعين.",
        "ckb": "لایەنی دووەم لە ماوەی دوو هەفتەدا دەفتەرەکانی حیساب دەداتە ژمێریارێک کە "
               "هەردوولا لەسەری ڕێکدەکەون.",
        "en": "The second party shall hand the account books to an accountant agreed by both "
              "parties within two weeks."},
}

# Categories whose agreements carry compensation, and how likely.
_MONEY = {"debt": 1.0, "commercial": 1.0, "traffic_damage": 1.0, "property_damage": 1.0,
          "housing_rent": 0.7, "minor_assault": 0.7, "tribal": 0.6, "inheritance": 0.4,
          "neighbours": 0.2, "return_occupation": 0.2}


# ---------------------------------------------------------------- scenarios

@dataclass(frozen=True)
class _Scenario:
    name: str
    weight: int
    min_age: int        # days between intake and today, so the whole story fits
    max_age: int


SCENARIOS: tuple[_Scenario, ...] = (
    _Scenario("draft", 4, 0, 45),
    _Scenario("intake_ready", 3, 0, 14),
    _Scenario("screening_waiting", 4, 1, 30),
    _Scenario("screening_unapproved", 3, 2, 30),
    _Scenario("referred", 5, 10, 200),
    _Scenario("referred_closed", 6, 60, HISTORY_DAYS),
    _Scenario("referred_in_mediation", 2, 30, 200),
    _Scenario("mediation", 10, 20, 120),
    _Scenario("drafted", 4, 50, 120),
    _Scenario("signed", 3, 60, 130),
    _Scenario("follow_up", 8, 150, 280),
    _Scenario("follow_up_breach", 3, 190, 320),
    _Scenario("resolved_fully", 16, 240, HISTORY_DAYS),
    _Scenario("resolved_partly", 5, 240, HISTORY_DAYS),
    _Scenario("no_agreement", 6, 150, HISTORY_DAYS),
    _Scenario("withdrawn", 5, 20, HISTORY_DAYS),
    _Scenario("unreachable", 4, 250, HISTORY_DAYS),
    _Scenario("reopened", 3, 250, HISTORY_DAYS),
    _Scenario("reopened_mediation", 2, 320, HISTORY_DAYS),
    _Scenario("reopened_closed", 2, 200, HISTORY_DAYS),
)


def _plan_scenarios(rng: random.Random, count: int) -> list[_Scenario]:
    """Every scenario once (so a modest demo shows every stage), then by weight."""
    chosen = list(SCENARIOS)
    rng.shuffle(chosen)
    if count <= len(chosen):
        return chosen[:count]
    weights = [s.weight for s in SCENARIOS]
    return chosen + rng.choices(SCENARIOS, weights=weights, k=count - len(chosen))


# ---------------------------------------------------------------- set-up

@dataclass
class _Forum:
    spec: _ForumSpec
    id: int
    governorate: str
    district: str | None
    station_ids: list[int]
    officers: list[Actor]
    mediators: list[Actor]
    coordinator: Actor


def _actor(view: UserView) -> Actor:
    return Actor(view.id, view.username, Role(view.role), view.forum_id, view.full_name)


def _ensure_user(ctx: ServiceContext, system: Actor, existing: dict[str, UserView],
                 username: str, full_name: str, role: Role, forum_id: int | None) -> Actor:
    view = existing.get(username)
    if view is None:
        view = users.create_user(ctx, system, username=username, full_name=full_name,
                                 role=role.value, password=demo_password(username),
                                 forum_id=forum_id)
        existing[username] = view
    return _actor(view)


def _ensure_forum(ctx: ServiceContext, system: Actor, spec: _ForumSpec) -> tuple[int, str,
                                                                                  str | None,
                                                                                  list[int]]:
    view = forums.forum_by_code(ctx, spec.code)
    if view is None:
        view = forums.create_forum(ctx, system, code=spec.code, name_ar=spec.name_ar,
                                   name_ckb=spec.name_ckb, name_en=spec.name_en,
                                   governorate=spec.governorate, district=spec.district,
                                   established_on=spec.established_on)
    have = {s.name_ar: s.id for s in view.stations}
    for st in spec.stations:
        if st.name_ar not in have:
            made = forums.add_station(ctx, system, view.id, name_ar=st.name_ar,
                                      name_ckb=st.name_ckb, name_en=st.name_en,
                                      district=st.district if view.governorate
                                      == spec.governorate else None)
            have[st.name_ar] = made.id
    station_ids = [have[st.name_ar] for st in spec.stations]
    # A forum that existed before the demo may sit elsewhere: log its cases there.
    district = view.district or (spec.district if view.governorate == spec.governorate
                                 else None)
    return view.id, view.governorate, district, station_ids


def _setup(ctx: ServiceContext) -> tuple[list[_Forum], int]:
    system = users.system_actor(ctx)
    existing = {u.username: u for u in users.list_users(ctx, system)}
    out: list[_Forum] = []
    staff = 0
    for n, spec in enumerate(FORUMS):
        forum_id, governorate, district, station_ids = _ensure_forum(ctx, system, spec)
        o1, o2, m1, m2, coord = spec.staff
        officers = [_ensure_user(ctx, system, existing, f"officer{2 * n + i + 1}", name,
                                 Role.OFFICER, forum_id) for i, name in enumerate((o1, o2))]
        mediators = [_ensure_user(ctx, system, existing, f"mediator{2 * n + i + 1}", name,
                                  Role.MEDIATOR, forum_id) for i, name in enumerate((m1, m2))]
        coordinator = _ensure_user(ctx, system, existing, f"coordinator{n + 1}", coord,
                                   Role.COORDINATOR, forum_id)
        staff += 5
        out.append(_Forum(spec, forum_id, governorate, district, station_ids, officers,
                          mediators, coordinator))
    _ensure_user(ctx, system, existing, "admin1", _ADMIN_NAME, Role.ADMIN, None)
    _ensure_user(ctx, system, existing, "viewer1", _VIEWER_NAME, Role.VIEWER, None)
    return out, staff + 2


# ---------------------------------------------------------------- people

@dataclass
class _Known:
    """A person already entered, who may turn up again in another dispute."""

    person_id: int
    fields: dict[str, Any]
    script: str


@dataclass
class _Generator:
    ctx: ServiceContext
    rng: random.Random
    today: dt.date
    total: int
    index: int = 0
    people: dict[str, list[_Known]] = field(default_factory=dict)
    reused: int = 0
    near_duplicates: int = 0
    archived: int = 0

    def phone(self, kurdish: bool) -> str:
        rng = self.rng
        prefix = rng.choice(("0750", "0751", "0770", "0771") if kurdish
                            else ("0770", "0771", "0772", "0780", "0781", "0790", "0782"))
        return prefix + f"{rng.randrange(10**7):07d}"

    def phone_as_typed(self, phone: str) -> str:
        """The same number the way different clerks write it."""
        rng = self.rng
        style = rng.random()
        if style < 0.55:
            return phone
        if style < 0.8:
            return f"{phone[:4]} {phone[4:7]} {phone[7:]}"
        if style < 0.93:
            return f"+964 {phone[1:4]} {phone[4:7]} {phone[7:]}"
        return phone.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))

    def new_person(self, forum: _ForumSpec, *, sex: str | None = None,
                   elder: bool = False, arab: bool | None = None,
                   displacement: str | None = None) -> tuple[dict[str, Any], str]:
        rng = self.rng
        if arab is None:
            arab = not forum.kurdish or rng.random() < forum.arab_idp_share
        script = "ar" if arab else "ku"
        sex = sex or ("female" if rng.random() < 0.38 else "male")
        if arab:
            src = forum if not forum.kurdish else FORUMS[3 if rng.random() < 0.6 else 2]
            men = src.male
            own = rng.choice(_AR_FEMALE if sex == "female" else men)
            father = rng.choice(men + _AR_ELDERS)
            grand = rng.choice(_AR_ELDERS + men)
            fam_ar, fam_latin = rng.choice(src.families)
        else:
            own = rng.choice(_KU_FEMALE if sex == "female" else _KU_MALE)
            father = rng.choice(_KU_ELDERS + _KU_MALE)
            grand = rng.choice(_KU_ELDERS)
            fam_ar, fam_latin = rng.choice(forum.families)
            if rng.random() < 0.35:
                fam_ar = fam_latin = ""          # many Kurdish names stop at the grandfather
        parts = [own.script, father.script, grand.script, fam_ar]
        # Most entries are typed carefully; some keep the spelling habits of their clerk.
        for i, word in enumerate(parts):
            if word and rng.random() < (0.25 if arab else 0.1):
                parts[i] = _variant(word, script, rng)
        latin = " ".join(x for x in (rng.choice(own.latin), rng.choice(father.latin),
                                     rng.choice(grand.latin),
                                     _latin_family(fam_latin, rng) if fam_latin else "") if x)
        age = rng.randint(45, 80) if elder else rng.randint(19, 72)
        if displacement is None:
            displacement = self.displacement(forum, arab)
        fields: dict[str, Any] = {
            "given_name": parts[0], "father_name": parts[1], "grandfather_name": parts[2],
            "family_name": parts[3], "latin_name": latin, "sex": sex,
            "birth_year": self.today.year - age, "displacement": displacement,
            "can_sign": not (rng.random() < (0.35 if sex == "female" and age > 55 else
                                             0.2 if age > 60 else 0.07)),
        }
        if rng.random() < 0.85:
            fields["phone"] = self.phone_as_typed(self.phone(forum.kurdish))
        if rng.random() < 0.35:
            label = rng.choice(_T["id_document"][1 if forum.kurdish and not arab else 0])
            fields["id_document"] = (f"{label} {rng.randrange(10**11, 10**12)}"
                                     if "الوطنية" in label or "نیشتمانی" in label
                                     else f"{label} {rng.randrange(10**6, 10**7):08d}")
        return fields, script

    def displacement(self, forum: _ForumSpec, arab: bool) -> str | None:
        rng = self.rng
        r = rng.random()
        if forum.kurdish:
            if arab:
                return "idp"
            return "host" if r < 0.6 else "refugee" if r < 0.7 else None
        if forum.code in ("ANB01", "NIN01", "DIY01"):
            return "returnee" if r < 0.4 else "idp" if r < 0.6 else "host" if r < 0.85 else None
        return "host" if r < 0.7 else "idp" if r < 0.8 else None

    def near_duplicate(self, known: _Known) -> dict[str, Any]:
        """The same person typed again by another clerk: another spelling, maybe a shorter
        name or a differently written phone number."""
        rng = self.rng
        fields = dict(known.fields)
        names = ["given_name", "father_name", "grandfather_name", "family_name"]
        changed = False
        for key in names:
            if fields[key] and rng.random() < 0.5:
                new = _variant(fields[key], known.script, rng)
                changed = changed or new != fields[key]
                fields[key] = new
        if not changed:
            for key in rng.sample(names, len(names)):
                new = _variant(fields[key], known.script, rng) if fields[key] else ""
                if new and new != fields[key]:
                    fields[key] = new
                    changed = True
                    break
        if not changed or rng.random() < 0.25:
            fields["grandfather_name"] = ""          # the three-part name
        if fields.get("phone") and rng.random() < 0.5:
            fields["phone"] = self.phone_as_typed(
                "0" + "".join(c for c in fields["phone"].translate(
                    str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")) if c.isdigit())[-10:])
        return fields


# ---------------------------------------------------------------- one case

class _Case:
    """One dispute carried through the services to the end of its scenario."""

    def __init__(self, gen: _Generator, forum: _Forum, scenario: _Scenario,
                 intake_date: dt.date) -> None:
        self.g = gen
        self.ctx = gen.ctx
        self.rng = gen.rng
        self.forum = forum
        self.spec = forum.spec
        self.scenario = scenario
        self.day = intake_date
        self.lang = 1 if self.spec.kurdish else 0
        self.officer = self.rng.choice(forum.officers)
        self.lead = self.rng.choice(forum.mediators)
        self.team = [self.lead] + ([m for m in forum.mediators if m != self.lead]
                                   if self.rng.random() < 0.4 else [])
        self.coordinator = forum.coordinator
        self.case_id = 0
        self.stage = Stage.INTAKE
        self.parties: list[PartyView] = []
        self.persons_in_case: set[int] = set()
        self.agreement: AgreementView | None = None
        self.category = ""
        self.revenge = False
        self.arab_sides = False

    # -- helpers

    def t(self, key: str) -> str:
        return self.rng.choice(_T[key][self.lang])

    def later(self, lo: int, hi: int) -> dt.date:
        self.day = min(self.day + dt.timedelta(days=self.rng.randint(lo, hi)), self.g.today)
        return self.day

    def saw(self, view: CaseView) -> None:
        self.stage = Stage(view.stage)

    # -- intake

    def choose_category(self) -> str:
        rng = self.rng
        name = self.scenario.name
        if name in ("referred", "referred_closed"):
            if rng.random() < 0.55:
                cats = list(_MUST_REFER_WEIGHTS)
                return rng.choices(cats, weights=[_MUST_REFER_WEIGHTS[c] for c in cats])[0]
            return rng.choice(_RED_FLAG_CASES)[0]
        if name == "referred_in_mediation":
            return "family_nonviolent"
        weights = dict(self.spec.weights)
        if name in ("follow_up_breach", "reopened", "reopened_mediation"):
            # Breaches are mostly about money or land.
            for cat in ("debt", "land", "tribal", "housing_rent"):
                weights[cat] = weights.get(cat, 0) + 6
        cats = [c for c, w in weights.items() if w > 0]
        return rng.choices(cats, weights=[weights[c] for c in cats])[0]

    def intake(self) -> None:
        rng, ctx = self.rng, self.ctx
        self.category = cat = self.choose_category()
        place_is_camp = (bool(self.spec.camps) and cat in _CAMP_LIFE
                         and rng.random() < 0.35)
        place = rng.choice(self.spec.camps if place_is_camp else self.spec.places)
        desc, request = _DESCRIPTIONS[cat][self.lang]
        description = desc.format(place=place, n=rng.randint(2, 9))
        self.revenge = cat in ("tribal", "homicide", "armed_attack", "serious_injury") or (
            cat == "minor_assault" and rng.random() < 0.5)
        risk = ("high" if cat in ("homicide", "armed_attack", "kidnapping", "honour_threat")
                else "medium" if self.revenge or cat in _MUST_REFER_FLAG
                else rng.choice(("low", "low", "unknown")))
        channel = rng.choices(list(_CHANNELS), weights=list(_CHANNELS.values()))[0]
        if cat == "tribal" and rng.random() < 0.6:
            channel = "tribal_leader"
        fields: dict[str, Any] = {
            "intake_date": self.day, "station_id": rng.choice(self.forum.station_ids),
            "governorate": self.forum.governorate, "channel": channel, "category": cat,
            "description": description, "request": request, "violence_risk": risk,
            "revenge_risk": self.revenge,
        }
        if self.forum.district:
            fields["district"] = self.forum.district
            if (self.forum.district == self.spec.district and self.spec.subdistricts
                    and rng.random() < self.spec.subdistrict_share):
                fields["subdistrict"] = rng.choice(self.spec.subdistricts)
        fields["camp" if place_is_camp else "neighbourhood"] = place
        if channel == "police" or cat in _MUST_REFER_FLAG:
            fields["police_ref"] = f"{rng.randint(100, 4999)}/{self.day.year}"
        if channel == "court":
            fields["court_ref"] = f"{rng.randint(10, 999)}/ب/{self.day.year}"
        complete = self.scenario.name != "draft"
        if not complete:
            for key in rng.sample(["category", "description", "channel"], rng.randint(1, 3)):
                fields.pop(key)
            if "category" not in fields:
                fields.pop("request", None)
        view = intake.create_case(ctx, self.officer, forum_id=self.forum.id, **fields)
        self.case_id = view.id
        self.saw(view)
        sides = 1 if not complete and rng.random() < 0.5 else (3 if rng.random() < 0.08 else 2)
        vulnerable_notes = ""
        for i in range(sides):
            party = self.add_side(i)
            if party.vulnerable and not vulnerable_notes:
                vulnerable_notes = self.t("vulnerable")
        if vulnerable_notes and complete:
            # Adding parties changed the case: save against its current version.
            current = cases.get_case_view(ctx, self.officer, self.case_id)
            view = intake.update_case(ctx, self.officer, self.case_id, version=current.version,
                                      vulnerable_notes=vulnerable_notes)

    def add_side(self, i: int) -> PartyView:
        rng, ctx, spec = self.rng, self.ctx, self.spec
        role = "complainant" if i == 0 else "respondent" if i == 1 else rng.choice(
            ("respondent", "other"))
        cat = self.category
        kind = "person"
        if cat == "tribal" and spec.tribes and rng.random() < 0.7:
            kind = "tribe"
        elif cat in ("inheritance", "return_occupation") and rng.random() < 0.3:
            kind = "family"
        elif cat == "other" and i == 0 and rng.random() < 0.5:
            kind = "group"
        if kind == "person":
            party = self.add_person_side(role, i)
        else:
            if kind == "tribe":
                taken = {p.name for p in self.parties}
                name = rng.choice([t for t in spec.tribes if t not in taken] or list(spec.tribes))
                relation = self.t("relation_tribe")
                rep, script = self.g.new_person(spec, sex="male", elder=True,
                                                arab=not spec.kurdish)
            elif kind == "family":
                rep, script = self.g.new_person(spec, sex="male", elder=True)
                head = " ".join(x for x in (rep["father_name"], rep["grandfather_name"],
                                            rep["family_name"]) if x)
                name = f"{self.t('family_prefix')} {head}"
                relation = self.t("relation_family")
            else:
                name = ("أصحاب المولدات في الحي" if self.lang == 0
                        else "خاوەن مۆلیدەکانی گەڕەک") if i else (
                    "المشتركون في مولدة الحي" if self.lang == 0 else "بەشداربووانی مۆلیدەی گەڕەک")
                relation = "ممثل" if self.lang == 0 else "نوێنەر"
                rep, script = self.g.new_person(spec)
            party = intake.add_party(ctx, self.officer, self.case_id, kind=kind, role=role,
                                     name=name)
            party = intake.add_representative(ctx, self.officer, party.id, person=rep,
                                              relation=relation)
            self.remember(party.representatives[-1].person.id, rep, script)
        self.parties.append(party)
        return party

    def add_person_side(self, role: str, i: int) -> PartyView:
        rng, ctx, g = self.rng, self.ctx, self.g
        pool = [k for k in g.people.get(self.spec.code, [])
                if k.person_id not in self.persons_in_case]
        late = g.index >= g.total // 4
        r = rng.random()
        sex = None
        if self.category in ("family_nonviolent", "inheritance", "housing_rent") and i == 0:
            sex = "female" if rng.random() < 0.6 else "male"
        if pool and (r < 0.05 or (late and not g.reused)):
            known = rng.choice(pool)
            party = intake.add_party(ctx, self.officer, self.case_id, role=role,
                                     person_id=known.person_id)
            g.reused += 1
            self.arab_sides |= known.script == "ar"
        elif pool and (r < 0.09 or (late and not g.near_duplicates)):
            known = rng.choice(pool)
            fields = g.near_duplicate(known)
            party = intake.add_party(ctx, self.officer, self.case_id, role=role, person=fields)
            g.near_duplicates += 1
            self.arab_sides |= known.script == "ar"
        else:
            fields, script = g.new_person(self.spec, sex=sex)
            self.arab_sides |= script == "ar"
            vulnerable = (fields["sex"] == "female" and rng.random() < 0.25) or (
                self.g.today.year - fields["birth_year"] > 65) or (
                fields["displacement"] == "idp" and rng.random() < 0.2)
            party = intake.add_party(ctx, self.officer, self.case_id, role=role, person=fields,
                                     vulnerable=vulnerable)
            assert party.person is not None
            self.remember(party.person.id, fields, script)
            # Someone who cannot read often comes with a son or a brother; a few send an agent.
            if (not fields["can_sign"] and rng.random() < 0.5) or rng.random() < 0.05:
                rep, rep_script = g.new_person(self.spec, sex="male",
                                               arab=script == "ar")
                party = intake.add_representative(ctx, self.officer, party.id, person=rep,
                                                  relation=self.t("relation_person"))
                self.remember(party.representatives[-1].person.id, rep, rep_script)
        assert party.person is not None
        self.persons_in_case.add(party.person.id)
        return party

    def remember(self, person_id: int, fields: dict[str, Any], script: str) -> None:
        self.persons_in_case.add(person_id)
        self.g.people.setdefault(self.spec.code, []).append(_Known(person_id, fields, script))

    # -- screening and referral

    def submit(self) -> None:
        self.saw(intake.submit_for_screening(self.ctx, self.officer, self.case_id))
        self.later(0, 5)

    def screen(self, flag: str | None) -> int:
        answers = dict(CLEAN_ANSWERS)
        if self.category in _MUST_REFER_FLAG:
            flag = _MUST_REFER_FLAG[self.category]
        if flag is not None:
            answers[flag] = flag != "all_consent_freely"
            notes = self.t(flag)
        else:
            notes = self.t("screen_clean")
        view = screening.record_screening(self.ctx, self.officer, self.case_id,
                                          answers=answers, notes=notes)
        return view.id

    def refer(self, flag: str, *, actor: Actor, reason_key: str | None = None) -> int:
        rng = self.rng
        dest = rng.choice(_DESTINATIONS[flag][self.lang])
        consent = not (flag in ("gbv_or_domestic", "child_at_risk") and rng.random() < 0.25)
        view = screening.refer_case(self.ctx, actor, self.case_id, destination=dest,
                                    reason=self.t(reason_key or flag), consent=consent,
                                    referred_on=self.later(0, 3))
        self.saw(view)
        return view.referrals[-1].id

    def referral_outcome(self, referral_id: int, outcome: str) -> None:
        key = {"accepted": "outcome_accepted", "resolved": "outcome_resolved",
               "declined": "outcome_declined", "unknown": "outcome_unknown"}[outcome]
        screening.record_referral_outcome(self.ctx, self.officer, referral_id, outcome=outcome,
                                          note=self.t(key), on=self.later(5, 40))

    def approve_and_start(self, screening_id: int) -> None:
        ctx = self.ctx
        self.later(0, 4)
        screening.approve_screening(ctx, self.coordinator, screening_id)
        for p in self.parties:
            intake.record_consent(ctx, self.officer, p.id, consent=True)
        for m in self.team:
            mediation.assign_mediator(ctx, self.coordinator, self.case_id, m.user_id)
        self.later(0, 5)
        self.saw(mediation.start_mediation(ctx, self.lead, self.case_id))
        if self.revenge and self.rng.random() < 0.7:
            starts = self.day
            mediation.record_truce(ctx, self.lead, self.case_id, starts_on=starts,
                                   expires_on=starts + dt.timedelta(
                                       days=self.rng.choice((30, 60, 90, 180))),
                                   guarantor=self.elder_name(), terms=self.t("truce"))

    # -- mediation

    def sessions(self, count: int, last: str | None) -> None:
        """Sessions; `last` is the outcome of the final one, or None while mediation goes on."""
        rng, ctx = self.rng, self.ctx
        for i in range(count):
            held = self.later(2, 10) if i == 0 else self.later(5, 21)
            final = i == count - 1
            if final and last is not None:
                outcome = last
            else:
                outcome = rng.choices(("progress", "postponed", "no_show"), weights=(6, 2, 3))[0]
            present = [p.id for p in self.parties]
            if outcome == "no_show" or (outcome == "postponed" and rng.random() < 0.5):
                present.remove(rng.choice(present[1:] or present))
            next_date = None
            if outcome not in ("agreement_reached", "no_agreement"):
                next_date = held + dt.timedelta(days=rng.randint(7, 14))
            mediation.record_session(
                ctx, self.lead, self.case_id, held_on=held,
                kind="separate" if i == 0 and rng.random() < 0.4 else "joint",
                outcome=outcome, present_party_ids=present,
                mediator_ids=[m.user_id for m in self.team], place=self.t("place"),
                summary=self.t(outcome), next_date=next_date)

    # -- agreement

    def elder_name(self) -> str:
        fields, _ = self.g.new_person(self.spec, sex="male", elder=True)
        name = " ".join(x for x in (fields["given_name"], fields["father_name"],
                                    fields["family_name"]) if x)
        return f"{self.t('elder_title')} {name}"

    def languages(self) -> str:
        rng = self.rng
        if self.spec.kurdish:
            return "ar+ckb" if self.arab_sides or rng.random() < 0.15 else "ckb+en"
        if self.spec.code in ("DIY01", "NIN01", "BGD01") and rng.random() < 0.12:
            return "ar+ckb"
        return "ar+en"

    def draft(self) -> None:
        rng, ctx, lead = self.rng, self.ctx, self.lead
        cat = self.category
        a = agreements.create_agreement(ctx, lead, self.case_id, languages=self.languages())
        complainant, respondent = self.parties[0], self.parties[1]
        money = rng.random() < _MONEY.get(cat, 0.0)
        amount = rng.randint(2, 100) * 250_000 if money else 0
        if money and cat in ("traffic_damage", "property_damage", "minor_assault"):
            amount = rng.randint(2, 24) * 250_000
        count = rng.choice((1, 1, 2, 3, 4, 6)) if money else 0
        if amount >= 10_000_000:
            count = max(count, 4)
        plan: list[tuple[dt.date, int]] = []
        if money:
            each = amount // count // 50_000 * 50_000
            for k in range(count):
                due = self.day + dt.timedelta(days=30 * (k + 1) if count > 1
                                              else rng.randint(15, 45))
                plan.append((due, each if k < count - 1 else amount - each * (count - 1)))
        deadline = plan[-1][0] if plan else self.day + dt.timedelta(days=30)
        params = {"party_a": respondent.name, "party_b": complainant.name, "amount": amount,
                  "instalments": count, "deadline": deadline.strftime("%d/%m/%Y"),
                  "days": rng.choice((7, 10, 15, 30))}
        codes = ["free_consent"] + (["understood_terms"] if rng.random() < 0.5 else [])
        specific = {
            "land": ["land_boundary"], "water_irrigation": ["water_sharing"],
            "return_occupation": ["displaced_family_return"],
            "housing_rent": [] if money else ["vacate_rented_premises"],
            "inheritance": ["facts_acknowledged"] if money else ["return_property"],
            "family_nonviolent": ["facts_acknowledged", "no_threats", "rights_services"],
            "verbal_threats_insults": ["apology", "no_threats"],
            "neighbours": ["facts_acknowledged", "no_threats"],
            "tribal": ["facts_acknowledged", "no_revenge"],
            "minor_assault": ["apology", "no_revenge"],
            "property_damage": ["apology"] if rng.random() < 0.5 else [],
            "debt": ["debt_acknowledged"], "commercial": ["facts_acknowledged"],
            "other": ["facts_acknowledged"], "traffic_damage": [],
        }
        codes += specific.get(cat, ["facts_acknowledged"])
        if money:
            if cat == "housing_rent":
                codes.append("rent_arrears" if count > 1 else "compensation_lump_sum")
            elif count > 1:
                codes.append("instalments")
            else:
                codes.append("vehicle_damage_repair" if cat == "traffic_damage"
                             else "compensation_lump_sum")
        tribes = any(p.kind == "tribe" for p in self.parties)
        if tribes:
            codes.append("tribal_families_commitment")
        pay_guarantor = money and rng.random() < 0.6
        peace_guarantor = self.revenge and rng.random() < 0.8
        if self.revenge and "no_revenge" not in codes:
            codes.append("no_revenge")
        if pay_guarantor:
            codes.append("guarantor_payment")
        if peace_guarantor:
            codes.append("guarantor_no_revenge")
        breach = rng.choice(["breach_return_to_forum", "breach_court"]
                            + (["breach_guarantor_liable"] if pay_guarantor else []))
        codes.append(breach)
        if rng.random() < 0.7:
            codes.append("follow_up_30_90")
        if rng.random() < 0.5:
            codes.append("rights_preserved_court")
        if rng.random() < 0.3:
            codes.append("confidentiality")
        for code in codes:
            a = agreements.add_clause(ctx, lead, a.id, version=a.version, library_code=code,
                                      params=params)
        if cat in _FREE_CLAUSES and rng.random() < 0.6:
            a = agreements.add_clause(ctx, lead, a.id, version=a.version,
                                      texts=_FREE_CLAUSES[cat])
        if money:
            a = agreements.set_compensation(ctx, lead, a.id, version=a.version,
                                            amount_iqd=amount, instalments=plan)
        lib = reference().clauses["breach_return_to_forum"].texts
        a = agreements.set_breach_terms(ctx, lead, a.id, version=a.version,
                                        texts={k: v.format(days=params["days"])
                                               for k, v in lib.items()})
        for p in self.parties:
            a = agreements.add_signatory(ctx, lead, a.id, version=a.version, role="party",
                                         party_id=p.id)
            for rep in p.representatives:
                a = agreements.add_signatory(ctx, lead, a.id, version=a.version,
                                             role="representative", party_id=p.id,
                                             person_id=rep.person.id,
                                             name=rep.person.full_name)
        for m in self.team:
            a = agreements.add_signatory(ctx, lead, a.id, version=a.version, role="mediator",
                                         user_id=m.user_id)
        if rng.random() < 0.4:
            a = agreements.add_signatory(ctx, lead, a.id, version=a.version, role="officer",
                                         user_id=self.officer.user_id)
        for _ in range(rng.choice((1, 2, 2))):
            a = agreements.add_signatory(ctx, lead, a.id, version=a.version, role="witness",
                                         name=self.elder_name())
        if pay_guarantor:
            a = agreements.add_signatory(ctx, lead, a.id, version=a.version, role="guarantor",
                                         guarantee="payment", name=self.elder_name())
        if peace_guarantor:
            a = agreements.add_signatory(
                ctx, lead, a.id, version=a.version, role="guarantor", guarantee="no_revenge",
                name=self.elder_name(), mode="thumbprint" if rng.random() < 0.2 else None)
        self.agreement = a
        self.later(0, 7)
        self.saw(agreements.finish_draft(ctx, lead, self.case_id))

    def send_back_and_redraft(self) -> None:
        """The parties ask for a change before signing: back to mediation, amend, re-draft."""
        ctx, a = self.ctx, self.agreement
        assert a is not None
        self.later(1, 5)
        self.saw(agreements.return_to_mediation(ctx, self.lead, self.case_id,
                                                reason=self.t("return")))
        if a.instalments:
            shift = dt.timedelta(days=30)
            plan = [(i.due_on + shift, i.amount_iqd) for i in a.instalments]
            a = agreements.set_compensation(ctx, self.lead, a.id, version=a.version,
                                            amount_iqd=a.compensation_iqd, instalments=plan)
        self.agreement = a
        self.later(2, 7)
        self.saw(agreements.finish_draft(ctx, self.lead, self.case_id))

    def sign(self, *, all_of_them: bool = True) -> None:
        ctx, a = self.ctx, self.agreement
        assert a is not None
        self.later(1, 7)
        # Printing and signing are stamped with the clock, not given a date: they happen
        # on the story's day, so that the days from intake to agreement are the story's.
        with _on_day(ctx, self.day):
            a = agreements.record_print(ctx, self.officer, a.id)
            signatories = list(a.signatories)
            if not all_of_them:
                signatories = signatories[:max(1, len(signatories) // 2)]
            for s in signatories:
                a = agreements.record_signature(ctx, self.officer, s.id)
            self.agreement = a
            if all_of_them:
                view = agreements.mark_signed(ctx, self.officer, self.case_id)
                self.saw(view)
                self.agreement = view.agreement

    # -- follow-up

    def follow_up(self, results: Sequence[str | None]) -> bool:
        """Schedule checks at 30 and 90 days and record the results given (None: still
        to do).  Returns whether every result given could be recorded by today."""
        rng, ctx = self.rng, self.ctx
        signed_on = self.day
        checks = followup.schedule_follow_ups(ctx, self.lead, self.case_id, days=(30, 90),
                                              start=signed_on)
        self.saw(agreements.start_follow_up(ctx, self.lead, self.case_id))
        assert self.agreement is not None
        instalments = list(self.agreement.instalments)
        paid: set[int] = set()
        for check, result in zip(checks, results, strict=False):
            if result is None:
                break
            if check.due_on > self.g.today:
                return False
            done = min(check.due_on + dt.timedelta(days=rng.randint(0, 7)), self.g.today)
            due_now = [i for i in instalments if i.due_on <= done]
            if result == "complied":
                to_pay = due_now
            elif result == "partly":
                to_pay = due_now[:-1] if len(due_now) > 1 else []
            else:
                to_pay = []
            for inst in to_pay:
                if inst.id not in paid:
                    followup.record_instalment_paid(
                        ctx, self.lead, inst.id,
                        paid_on=min(inst.due_on + dt.timedelta(days=rng.randint(0, 5)), done))
                    paid.add(inst.id)
            followup.record_follow_up(
                ctx, self.lead, check.id, result=result, done_on=done,
                instalment_paid=all(i.id in paid for i in due_now) if instalments else None,
                note=self.t(f"fu_{result}"))
            self.day = max(self.day, done)
        return True

    def close(self, reason: str) -> None:
        self.later(0, 10)
        self.saw(followup.close_case(self.ctx, self.coordinator, self.case_id, reason=reason,
                                     note=self.t(f"close_{reason}")))

    def reopen(self, key: str) -> None:
        self.later(1, 7)
        self.saw(followup.reopen_case(self.ctx, self.coordinator, self.case_id,
                                      reason=self.t(key)))

    def maybe_archive(self, *, chance: float) -> None:
        if self.rng.random() < chance or (self.g.archived == 0
                                          and self.scenario.name == "resolved_fully"):
            followup.archive_case(self.ctx, self.coordinator, self.case_id)
            self.g.archived += 1

    # -- the story

    def run(self) -> Stage:
        rng = self.rng
        name = self.scenario.name
        self.intake()
        if name in ("draft", "intake_ready"):
            return self.stage
        if name == "withdrawn" and rng.random() < 0.3:
            self.later(1, 10)
            self.close("withdrawn")
            self.maybe_archive(chance=0.3)
            return self.stage
        self.later(0, 4)
        self.submit()
        if name == "screening_waiting":
            return self.stage
        if name == "withdrawn" and rng.random() < 0.4:
            self.close("withdrawn")
            self.maybe_archive(chance=0.3)
            return self.stage
        if name in ("referred", "referred_closed"):
            flag = dict(_RED_FLAG_CASES).get(self.category)
            self.screen(flag)
            referral = self.refer(_MUST_REFER_FLAG.get(self.category, flag or ""),
                                  actor=self.officer)
            if name == "referred":
                if rng.random() < 0.5:
                    self.referral_outcome(referral, rng.choice(("accepted", "declined")))
                return self.stage
            self.referral_outcome(referral, rng.choice(("accepted", "resolved", "resolved",
                                                        "declined", "unknown")))
            self.close("referred")
            self.maybe_archive(chance=0.4)
            return self.stage
        screening_id = self.screen(None)
        if name == "screening_unapproved":
            return self.stage
        self.approve_and_start(screening_id)
        if name == "referred_in_mediation":
            self.sessions(rng.randint(1, 2), None)
            referral = self.refer("gbv_or_domestic", actor=self.lead,
                                  reason_key="refer_mid_mediation")
            if rng.random() < 0.5:
                self.referral_outcome(referral, "accepted")
            return self.stage
        if name == "withdrawn":
            self.sessions(rng.randint(1, 2), None)
            self.close("withdrawn")
            self.maybe_archive(chance=0.3)
            return self.stage
        if name == "mediation":
            self.sessions(rng.randint(1, 4), None)
            return self.stage
        if name == "no_agreement":
            if rng.random() < 0.3:
                # A draft the parties would not sign after all.
                self.sessions(rng.randint(1, 2), "agreement_reached")
                self.draft()
                self.later(3, 10)
                self.saw(agreements.return_to_mediation(self.ctx, self.lead, self.case_id,
                                                        reason=self.t("return")))
                self.sessions(1, "no_agreement")
            else:
                self.sessions(rng.randint(1, 3), "no_agreement")
            self.close("no_agreement")
            self.maybe_archive(chance=0.35)
            return self.stage
        if name == "unreachable" and rng.random() < 0.5:
            self.sessions(rng.randint(2, 3), None)
            self.close("unreachable")
            self.maybe_archive(chance=0.3)
            return self.stage
        if name == "reopened_closed":
            self.sessions(rng.randint(1, 2), None)
            self.close("unreachable")
            self.later(20, 90)
            self.reopen("reopen_returned")
            if rng.random() < 0.5:
                self.saw(followup.rescreen(self.ctx, self.officer, self.case_id))
            return self.stage
        self.sessions(rng.randint(1, 4), "agreement_reached")
        self.draft()
        if rng.random() < 0.1:
            self.send_back_and_redraft()
        if name == "drafted":
            if rng.random() < 0.5:
                self.sign(all_of_them=False)
            return self.stage
        self.sign()
        if name == "signed":
            return self.stage
        plans: dict[str, list[str | None]] = {
            "follow_up": [rng.choice(("complied", "complied", "partly")), None],
            "follow_up_breach": ["breached", None],
            "resolved_fully": ["complied", "complied"],
            "resolved_partly": [rng.choice(("complied", "partly")), "partly"],
            "unreachable": [],
            "reopened": [rng.choice(("complied", "partly")), "breached"],
            "reopened_mediation": ["breached", None],
        }
        done = self.follow_up(plans[name])
        if name in ("follow_up", "follow_up_breach"):
            return self.stage
        if not done:        # only a very late intake date could leave a check in the future
            return self.stage
        if name in ("resolved_fully", "resolved_partly", "unreachable"):
            self.close(name)        # the scenario is named after its closure reason
            self.maybe_archive(chance=0.35)
            return self.stage
        self.reopen("reopen_breach")
        if name == "reopened_mediation":
            self.later(3, 14)
            self.saw(mediation.start_mediation(self.ctx, self.lead, self.case_id))
            self.sessions(rng.randint(1, 2), None)
        return self.stage


@contextlib.contextmanager
def _on_day(ctx: ServiceContext, day: dt.date) -> Iterator[None]:
    """The services' clock on `day` (at the real clock's time of day) inside the block."""
    real = ctx.clock
    ctx.clock = lambda: dt.datetime.combine(day, real().astimezone().timetz())
    try:
        yield
    finally:
        ctx.clock = real


# ---------------------------------------------------------------- entry point

def generate(ctx: ServiceContext, *, cases: int, seed: int,
             progress: Callable[[int, int], None] | None = None) -> DemoReport:
    """Create (or reuse) the demo forums and users, then `cases` disputes at every stage.

    Deterministic for a seed and the same `ctx.today()`.  Each step is a real service
    call, in its own transaction, by a user of the role that would make it.
    """
    if isinstance(cases, bool) or not isinstance(cases, int) or cases < 0:
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "This must be a whole number, 0 or more.")),
                              field="cases")
    with contextlib.ExitStack() as stack:
        if is_sqlite(ctx.engine):
            # Each unit of work opens and closes its own connection; when the last one
            # to a WAL database closes, SQLite checkpoints and deletes the log.  An
            # idle connection held for the run (no transaction, no lock) saves that
            # work thousands of times over.
            stack.enter_context(ctx.engine.connect())
        return _generate(ctx, cases=cases, seed=seed, progress=progress)


def _generate(ctx: ServiceContext, *, cases: int, seed: int,
              progress: Callable[[int, int], None] | None) -> DemoReport:
    rng = random.Random(seed)
    today = ctx.today()
    forum_list, staff = _setup(ctx)
    gen = _Generator(ctx, rng, today, cases)
    shares = [3, 3, 2, 2, 2, 3, 2]           # Baghdad and Erbil see the most disputes
    plans = []
    for i, scenario in enumerate(_plan_scenarios(rng, cases)):
        forum = rng.choices(forum_list, weights=shares)[0]
        age = rng.randint(scenario.min_age, scenario.max_age)
        plans.append((today - dt.timedelta(days=age), i, forum, scenario))
    # Cases are numbered in the order they are logged, so log the oldest first.
    plans.sort(key=lambda p: (p[0], p[1]))
    by_stage: dict[str, int] = {}
    for n, (intake_date, _, forum, scenario) in enumerate(plans, start=1):
        gen.index = n - 1
        stage = _Case(gen, forum, scenario, intake_date).run()
        by_stage[stage.value] = by_stage.get(stage.value, 0) + 1
        if progress is not None:
            progress(n, cases)
    return DemoReport(forums=len(forum_list), users=staff, cases=cases,
                      by_stage=dict(sorted(by_stage.items())))
