"""Rules for a forum's own work: who sits on it, who came to its meetings and
trainings, and its quarterly community survey rounds (quarters, indicators, and the
answers a survey tool exports, in English, Arabic or Kurdish)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sulh.domain.errors import ValidationError
from sulh.domain.text import canonical_text
from sulh.i18n import QT_TRANSLATE_NOOP, msg

SEXES = ("f", "m")

#: Who sits on a forum and who comes to its meetings (DESIGN.md, "Forum register").
MEMBER_CATEGORIES = ("police", "community", "women", "youth", "displaced", "tribal",
                     "religious", "lawyer", "civil_society")

#: A training (people learn a skill) or an awareness campaign (the forum reaches out).
ACTIVITY_KINDS = ("training", "awareness")

#: The headline indicators of a community survey round, each a yes/no question.
INDICATORS = ("feel_safe", "trust_police", "know_forum", "would_bring")

#: Nothing before this is a plausible date for a forum's records (the first CPFs are
#: from the 2010s); it catches a year typed with a digit missing.
EARLIEST = dt.date(2000, 1, 1)

Counts = dict[str, dict[str, int]]


def _error(text: tuple[str, str], field: str, **params: object) -> ValidationError:
    return ValidationError(msg(text, **params), field=field)


# ---------------------------------------------------------------- quarters

_QUARTER = re.compile(r"^\s*(?:(\d{4})\s*[-/ ]?\s*q\s*([1-4])|q\s*([1-4])\s*[-/ ]?\s*(\d{4}))\s*$",
                      re.IGNORECASE)


@dataclass(frozen=True, order=True)
class Quarter:
    """A calendar quarter, written 2026Q3."""

    year: int
    number: int

    @classmethod
    def parse(cls, text: str | Quarter, field: str = "quarter") -> Quarter:
        """"2026Q3", "2026-Q3", "Q3 2026" (Arabic-Indic digits too)."""
        if isinstance(text, Quarter):
            return text
        cleaned = str(text).translate(str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹",
                                                    "01234567890123456789"))
        m = _QUARTER.match(cleaned)
        if not m:
            raise _error(QT_TRANSLATE_NOOP("ForumWork", "A quarter is written like 2026Q3."), field)
        year = int(m.group(1) or m.group(4))
        number = int(m.group(2) or m.group(3))
        if not 2000 <= year <= 2100:
            raise _error(QT_TRANSLATE_NOOP("ForumWork", "The year {year} is out of range."), field,
                         year=year)
        return cls(year, number)

    @classmethod
    def of(cls, day: dt.date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)

    @property
    def start(self) -> dt.date:
        return dt.date(self.year, 3 * self.number - 2, 1)

    @property
    def end(self) -> dt.date:
        return self.next().start - dt.timedelta(days=1)

    def next(self) -> Quarter:
        return Quarter(self.year + 1, 1) if self.number == 4 else Quarter(self.year,
                                                                          self.number + 1)

    def previous(self) -> Quarter:
        return Quarter(self.year - 1, 4) if self.number == 1 else Quarter(self.year,
                                                                          self.number - 1)

    def __str__(self) -> str:
        return f"{self.year}Q{self.number}"


def quarters_between(first: Quarter, last: Quarter) -> list[Quarter]:
    out: list[Quarter] = []
    q = first
    while q <= last:
        out.append(q)
        q = q.next()
    return out


# ---------------------------------------------------------------- dates

def check_date(value: object, field: str, *, today: dt.date, future: bool = False,
               not_before: dt.date | None = None) -> dt.date:
    """A date that is a real date, not before 2000 (or `not_before`), and not after
    today unless `future`."""
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise _error(QT_TRANSLATE_NOOP("Field", "This must be a date."), field)
    if value < max(EARLIEST, not_before or EARLIEST):
        raise _error(QT_TRANSLATE_NOOP("ForumWork", "The date {date} is too early."), field,
                     date=value.isoformat())
    if not future and value > today:
        raise _error(QT_TRANSLATE_NOOP("ForumWork", "The date {date} is in the future."), field,
                     date=value.isoformat())
    if future and value > today.replace(year=today.year + 10):
        raise _error(QT_TRANSLATE_NOOP("ForumWork", "The date {date} is too far ahead."), field,
                     date=value.isoformat())
    return value


# ---------------------------------------------------------------- members

def check_sex(value: object, field: str = "sex") -> str:
    if value not in SEXES:
        raise _error(QT_TRANSLATE_NOOP("ForumWork", "Choose woman or man."), field)
    return str(value)


def check_category(value: object, field: str = "category") -> str:
    if value not in MEMBER_CATEGORIES:
        raise _error(QT_TRANSLATE_NOOP("ForumWork", "Choose one of the member categories."), field)
    return str(value)


def check_member(sex: str, category: str) -> None:
    """A member in the women's category is a woman (it is how the forum counts the
    women it brings in from women's groups)."""
    if category == "women" and sex != "f":
        raise _error(QT_TRANSLATE_NOOP("ForumWork", "Only a woman sits in the women's category."),
                     "category")


# ---------------------------------------------------------------- attendance

def check_count(value: object, field: str, *, maximum: int = 100_000) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _error(QT_TRANSLATE_NOOP("ForumWork", "This must be a whole number."), field)
    if value < 0:
        raise _error(QT_TRANSLATE_NOOP("ForumWork", "A count cannot be negative."), field)
    if value > maximum:
        raise _error(QT_TRANSLATE_NOOP("ForumWork", "{n} is more than this can be."), field,
                     n=value)
    return value


def check_attendance(counts: Mapping[str, Mapping[str, object]] | None, total: object,
                     field: str = "attendance", total_field: str = "attendance_total"
                     ) -> tuple[Counts, int, list[ValidationError]]:
    """Counts of people by category and sex, and the number present on the sheet.

    Returns the counts (every category and sex, zeros included), the total and the
    faults: a negative or non-whole count, men in the women's category, an unknown
    category, and a grid that does not add up to the total.
    """
    errors: list[ValidationError] = []
    clean: Counts = {c: {s: 0 for s in SEXES} for c in MEMBER_CATEGORIES}
    for category, by_sex in (counts or {}).items():
        if category not in MEMBER_CATEGORIES:
            errors.append(_error(QT_TRANSLATE_NOOP("ForumWork", "Unknown category: {code}."),
                                 field, code=category))
            continue
        for sex, n in by_sex.items():
            where = f"{field}.{category}.{sex}"
            if sex not in SEXES:
                errors.append(_error(QT_TRANSLATE_NOOP("ForumWork", "Choose woman or man."), where))
                continue
            try:
                clean[category][sex] = check_count(n, where)
            except ValidationError as e:
                errors.append(e)
    if clean["women"]["m"]:
        errors.append(_error(QT_TRANSLATE_NOOP("ForumWork", "Men are not counted in the women's "
                                                            "category."), f"{field}.women.m"))
    try:
        total_n = check_count(total, total_field)
    except ValidationError as e:
        errors.append(e)
        total_n = 0
    counted = sum(n for by_sex in clean.values() for n in by_sex.values())
    if not errors and counted != total_n:
        errors.append(_error(QT_TRANSLATE_NOOP(
            "ForumWork", "Women and men by category add up to {counted}, but the total "
                         "present is {total}."), total_field, counted=counted, total=total_n))
    return clean, total_n, errors


def by_sex(counts: Mapping[str, Mapping[str, int]]) -> dict[str, int]:
    return {s: sum(c.get(s, 0) for c in counts.values()) for s in SEXES}


# ---------------------------------------------------------------- survey rounds

def share(yes: int, answered: int) -> float | None:
    """Yes answers as a percentage of those who answered; None when nobody did."""
    return round(100.0 * yes / answered, 1) if answered else None


def check_results(respondents: Mapping[str, object],
                  results: Mapping[str, Mapping[str, Mapping[str, object]]]
                  ) -> tuple[dict[str, int], dict[str, dict[str, dict[str, int]]],
                             list[ValidationError]]:
    """Respondents by sex and, per indicator and sex, the yes answers and how many
    answered at all; yes <= answered <= respondents of that sex."""
    errors: list[ValidationError] = []
    people: dict[str, int] = {}
    for sex in SEXES:
        try:
            people[sex] = check_count(respondents.get(sex, 0), f"respondents_{sex}")
        except ValidationError as e:
            errors.append(e)
            people[sex] = 0
    if not errors and not sum(people.values()):
        errors.append(_error(QT_TRANSLATE_NOOP("ForumWork", "A round needs at least one "
                                                            "respondent."), "respondents_f"))
    out: dict[str, dict[str, dict[str, int]]] = {}
    for name in results:
        if name not in INDICATORS:
            errors.append(_error(QT_TRANSLATE_NOOP("ForumWork", "Unknown indicator: {code}."),
                                 "results", code=name))
    for indicator in INDICATORS:
        out[indicator] = {}
        given = results.get(indicator, {})
        for sex in SEXES:
            cell: Mapping[str, object] = given.get(sex, {})
            field = f"{indicator}_{sex}"
            try:
                yes = check_count(cell.get("yes", 0), f"{field}_yes")
                answered = check_count(cell.get("answered", people[sex]), f"{field}_answered")
            except ValidationError as e:
                errors.append(e)
                continue
            if answered > people[sex]:
                errors.append(_error(QT_TRANSLATE_NOOP(
                    "ForumWork", "{n} answered, but there are only {people} respondents of "
                                 "this sex."), f"{field}_answered", n=answered,
                    people=people[sex]))
            elif yes > answered:
                errors.append(_error(QT_TRANSLATE_NOOP(
                    "ForumWork", "{yes} said yes, but only {n} answered."), f"{field}_yes",
                    yes=yes, n=answered))
            out[indicator][sex] = {"yes": yes, "answered": answered}
    return people, out, errors


# ---------------------------------------------------------------- survey tool answers

#: Words survey tools and the people filling them in use, in English, Arabic and
#: Kurdish (KoboToolbox exports either the choice names or their labels).
_YES = ("yes", "y", "1", "true", "نعم", "اي", "ايه", "أجل", "بلى", "بەڵێ", "بەلێ", "ئەرێ",
        "belê", "bale")
_NO = ("no", "n", "0", "false", "لا", "كلا", "نەخێر", "نا", "na")
_DONT_KNOW = ("dont_know", "don't know", "dont know", "do not know", "dk", "not sure",
              "unsure", "لا أعرف", "لا اعرف", "ما أعرف", "غير متأكد", "نازانم", "دڵنیا نیم")
_NOT_ANSWERED = ("", "refused", "no answer", "prefer not to say", "n/a", "-",
                 "رفض", "رفض الإجابة", "بدون إجابة", "ڕەتیکردەوە")
_FEMALE = ("f", "female", "woman", "women", "girl", "أنثى", "انثى", "امرأة", "إمرأة", "مرأة",
           "نساء", "مێ", "ئافرەت", "ژن", "mê")
_MALE = ("m", "male", "man", "men", "boy", "ذكر", "رجل", "رجال", "نێر", "پیاو", "پياو")


def _keys(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(canonical_text(w) for w in words)


_ANSWERS = {**{k: "yes" for k in _keys(_YES)}, **{k: "no" for k in _keys(_NO)},
            **{k: "dont_know" for k in _keys(_DONT_KNOW)},
            **{k: "" for k in _keys(_NOT_ANSWERED)}}
_SEX_WORDS = {**{k: "f" for k in _keys(_FEMALE)}, **{k: "m" for k in _keys(_MALE)}}


def answer_of(value: Any) -> str | None:
    """"yes", "no", "dont_know", "" (not answered) or None (not a word we know)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float) and value in (0, 1):
        return "yes" if value == 1 else "no"
    return _ANSWERS.get(canonical_text(str(value)))


def sex_of(value: Any) -> str | None:
    """"f", "m", or None when the cell says neither."""
    if value is None:
        return None
    return _SEX_WORDS.get(canonical_text(str(value)))


#: Header words that point at each field, for a first guess at a file's columns.
#: Matched against the last part of the header (KoboToolbox writes group/question).
GUESSES: dict[str, tuple[tuple[str, ...], ...]] = {
    "sex": (("sex",), ("gender",), ("الجنس",), ("جنس",), ("ڕەگەز",)),
    "feel_safe": (("feel", "safe"), ("safe",), ("بالأمان",), ("الأمان",), ("آمن",),
                  ("ئاسایش",), ("هەست", "ئارام")),
    "trust_police": (("trust", "police"), ("ثقة", "الشرطة"), ("تثق", "الشرطة"), ("متمانە",),
                     ("باوەڕ", "پۆلیس")),
    "know_forum": (("know", "forum"), ("aware", "forum"), ("تعرف", "منتدى"),
                   ("سمعت", "منتدى"), ("دەناسیت", "مەکۆ"), ("دەزانیت", "مەکۆ")),
    "would_bring": (("would", "bring"), ("bring", "forum"), ("report", "forum"), ("bring",),
                    ("تلجأ", "منتدى"), ("مشكلة", "منتدى"), ("تعرض", "منتدى"),
                    ("کێشە", "مەکۆ"), ("پەنا", "مەکۆ")),
}

#: The columns a mapping names: the respondent's sex and one per indicator.
MAPPED_FIELDS = ("sex", *INDICATORS)


def guess_columns(headers: list[str]) -> dict[str, str | None]:
    """For each mapped field, the first header whose words fit it (None if none do);
    no header is given to two fields."""
    taken: set[str] = set()
    out: dict[str, str | None] = {}
    keyed = [(h, canonical_text(h.rsplit("/", 1)[-1].replace("_", " "))) for h in headers]
    for field in MAPPED_FIELDS:
        out[field] = None
        for words in GUESSES[field]:
            wanted = [canonical_text(w) for w in words]
            hit = next((h for h, key in keyed if h not in taken
                        and all(w in key.split() or (len(w) > 3 and w in key)
                                for w in wanted)), None)
            if hit is not None:
                out[field] = hit
                taken.add(hit)
                break
    return out
