"""Dates, amounts and numbers as the documents print them in each language."""

from __future__ import annotations

import datetime as dt

from hijridate import Gregorian

from sulh.documents.bidi_text import ARABIC_INDIC, WESTERN, localise_digits
from sulh.documents.labels import GREGORIAN_MONTHS, HIJRI_MONTHS, RTL_LANGUAGES, label


def digits_for(lang: str, digits: str) -> str:
    """English is always printed with Western digits; Arabic and Kurdish as chosen."""
    return digits if lang in RTL_LANGUAGES else WESTERN


def number(value: int, lang: str, digits: str) -> str:
    return localise_digits(str(value), digits_for(lang, digits))


def amount(value: int, lang: str, digits: str) -> str:
    return localise_digits(f"{value:,}", digits_for(lang, digits))


def short_date(day: dt.date, lang: str, digits: str) -> str:
    """Day/month/year, as dates are written in Iraq."""
    return localise_digits(f"{day.day:02d}/{day.month:02d}/{day.year}",
                           digits_for(lang, digits))


def long_date(day: dt.date, lang: str, digits: str) -> str:
    month = GREGORIAN_MONTHS[lang][day.month - 1]
    return localise_digits(f"{day.day} {month} {day.year}", digits_for(lang, digits))


def hijri_date(day: dt.date, lang: str, digits: str) -> str:
    """The Hijri (Umm al-Qura) date of a Gregorian day; it may differ by a day from
    the date announced locally by moon sighting."""
    h = Gregorian(day.year, day.month, day.day).to_hijri()
    month = HIJRI_MONTHS[lang][h.month - 1]
    text = f"{h.day} {month} {h.year} {label(lang, 'hijri_suffix')}"
    return localise_digits(text, digits_for(lang, digits))


__all__ = ["ARABIC_INDIC", "WESTERN", "amount", "digits_for", "hijri_date", "long_date",
           "number", "short_date"]
