"""Rules for agreement content: language pairs, clauses that must be refused, money.

The forum never writes a person into an agreement as compensation (a woman or
girl given in marriage, "fasliya"), nor settles what the law does not allow to
be settled (killing, rape, kidnapping, terrorism).  The patterns below are a
safety net over all three languages, applied to canonicalised text so that
spelling variants do not slip through; they do not replace the screening.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from sulh.domain.errors import ClauseRefused, ValidationError
from sulh.domain.text import canonical_text
from sulh.i18n import QT_TRANSLATE_NOOP, Message, msg

LANGUAGES = ("ar", "ckb", "en")

#: The languages by name, for messages (the same source texts as the screens' labels).
LANGUAGE_LABELS = {
    "ar": QT_TRANSLATE_NOOP("Labels", "Arabic"),
    "ckb": QT_TRANSLATE_NOOP("Labels", "Kurdish (Sorani)"),
    "en": QT_TRANSLATE_NOOP("Labels", "English"),
}

#: The values a library clause may ask for, by placeholder name (resources/reference).
PLACEHOLDER_LABELS = {
    "party_a": QT_TRANSLATE_NOOP("Labels", "First party"),
    "party_b": QT_TRANSLATE_NOOP("Labels", "Second party"),
    "amount": QT_TRANSLATE_NOOP("Labels", "Amount (IQD)"),
    "deadline": QT_TRANSLATE_NOOP("Labels", "Deadline (date)"),
    "days": QT_TRANSLATE_NOOP("Labels", "Number of days"),
    "instalments": QT_TRANSLATE_NOOP("Labels", "Instalments (how many, how often)"),
}


def language_label(code: str) -> Message | str:
    marked = LANGUAGE_LABELS.get(code)
    return msg(marked) if marked else code


def placeholder_label(name: str) -> Message | str:
    marked = PLACEHOLDER_LABELS.get(name)
    return msg(marked) if marked else name


class LanguagePair(StrEnum):
    AR_EN = "ar+en"
    CKB_EN = "ckb+en"
    AR_CKB = "ar+ckb"

    @property
    def languages(self) -> tuple[str, str]:
        first, second = self.value.split("+")
        return first, second


class SignatoryRole(StrEnum):
    PARTY = "party"
    REPRESENTATIVE = "representative"
    MEDIATOR = "mediator"
    WITNESS = "witness"
    GUARANTOR = "guarantor"
    OFFICER = "officer"


class GuaranteeKind(StrEnum):
    PAYMENT = "payment"
    NO_REVENGE = "no_revenge"


class SigningMode(StrEnum):
    SIGNATURE = "signature"
    THUMBPRINT = "thumbprint"


@dataclass(frozen=True)
class _Pattern:
    rule: str
    regex: re.Pattern[str]


def _p(rule: str, pattern: str) -> _Pattern:
    return _Pattern(rule, re.compile(canonical_text(pattern) if not pattern.startswith("re:")
                                     else pattern[3:]))


# Patterns work on canonical text (see domain.text.canonical_text): Arabic
# letters folded (ة→ه, ى/ی→ي, أ→ا, ک→ك ...), Latin lower-case.
_FORBIDDEN: list[_Pattern] = [
    # A person given as compensation.
    _p("person_as_compensation", r"re:فصلي"),
    _p("person_as_compensation", r"re:\b(نهوه|كصه بكصه|ژن به ژن|ژن بو ژن)\b"),
    _p("person_as_compensation", r"re:(تزويج|يزوج|تزوج|زواج|يتزوج|الزواج)"),
    _p("person_as_compensation", r"re:(ژن ?هينان|شوو ?كردن|بهژن ?دان|كچ ?دان|ژن ?دان)"),
    _p("person_as_compensation", r"re:\b(marr(y|ies|ied|iage)|wed(ding)?|bride|fasliy?a|"
                                 r"betroth\w*)\b"),
    _p("person_as_compensation", r"re:\b(give|hand|offer)s?\b.{0,40}\b(daughter|sister|girl|"
                                 r"woman|women|wife|niece|child)\b"),
    # Offences that cannot be settled by the forum.
    _p("unsettleable_offence", r"re:(تنازل|يتنازل|اسقاط|العفو|عفو|الصلح|صلح|تسويه).{0,40}"
                               r"(قتل|القتل|اغتصاب|الاغتصاب|خطف|الخطف|ارهاب|الارهاب)"),
    _p("unsettleable_offence", r"re:(كوشتن|دهستدريژي|ڕفاندن|رفاندن|تيرور).{0,40}"
                               r"(واز|دهستبهردار|ليبوردن|چاوپوشي)"),
    _p("unsettleable_offence", r"re:(واز|دهستبهردار|ليبوردن|چاوپوشي).{0,40}"
                               r"(كوشتن|دهستدريژي|ڕفاندن|رفاندن|تيرور)"),
    _p("unsettleable_offence", r"re:\b(waive[sd]?|drop(s|ped)?|withdraw[sn]?|pardon(s|ed)?|"
                               r"settle[sd]?)\b.{0,40}\b(murder|killing|homicide|rape|"
                               r"kidnap\w*|abduction|terror\w*)\b"),
]

REFUSAL_MESSAGES = {
    "person_as_compensation": QT_TRANSLATE_NOOP("Rule", "A clause may never offer a person (for example a "
                                         "woman or girl given in marriage) as compensation."),
    "unsettleable_offence": QT_TRANSLATE_NOOP("Rule", "A clause may not settle or waive an offence that the "
                                       "law does not allow to be settled (killing, rape, "
                                       "kidnapping, terrorism)."),
}


def forbidden_rule(text: str) -> str | None:
    """The rule a clause text breaks, or None."""
    canon = canonical_text(text)
    for pattern in _FORBIDDEN:
        if pattern.regex.search(canon):
            return pattern.rule
    return None


def check_clause(texts: Mapping[str, str], pair: LanguagePair, *, field: str = "clause") -> None:
    """Refuse a forbidden clause; require both languages of the agreement's pair."""
    for lang in pair.languages:
        if not (texts.get(lang) or "").strip():
            raise ValidationError(msg(QT_TRANSLATE_NOOP("Agreement", "The clause needs its text in both "
                                                      "languages of the agreement "
                                                      "({lang} is missing)."),
                                      lang=language_label(lang)),
                                  field=f"{field}.{lang}")
    for lang, text in texts.items():
        rule = forbidden_rule(text or "")
        if rule:
            raise ClauseRefused(msg(REFUSAL_MESSAGES[rule]), rule=rule, field=f"{field}.{lang}")


MAX_IQD = 10**12


def check_amount(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Agreement", "Amounts are whole Iraqi dinars.")),
                              field=field)
    if value < 0 or value > MAX_IQD:
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Agreement", "The amount must be between 0 and "
                                                  "{max} IQD."), max=f"{MAX_IQD:,}"),
                              field=field)
    return value


def check_instalments(total: int, amounts: Iterable[int]) -> None:
    amounts = list(amounts)
    if amounts and sum(amounts) != total:
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Agreement", "The instalments add up to {sum} IQD, not "
                                                  "the compensation of {total} IQD."),
                                  sum=f"{sum(amounts):,}", total=f"{total:,}"),
                              field="instalments")


def content_digest(content: Mapping[str, object]) -> str:
    """SHA-256 of an agreement's printable content in a canonical JSON form.

    "Signed" is allowed only when the content printed is the content now, and
    the verification code on the paper carries this digest.
    """
    import hashlib
    import json

    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                           default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
