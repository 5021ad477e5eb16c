"""Checking and canonicalising what people type: names, phone numbers, free text.

The text as typed is always stored exactly; the canonical keys made here are
stored beside it and used only for search and duplicate detection.  NFKC folds
none of the Arabic spelling variants (ARABIC.md, "Searching names"), so each
fold is explicit.
"""

from __future__ import annotations

import re
import unicodedata

from sulh.domain.errors import ValidationError
from sulh.i18n import QT_TRANSLATE_NOOP, msg

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

_LETTER_FOLDS = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ة": "ه", "ە": "ه", "ۀ": "ه", "ہ": "ه", "ھ": "ه",
    "ى": "ي", "ی": "ي", "ێ": "ي", "ې": "ي", "ئ": "ي",
    "ک": "ك", "ڪ": "ك",
    "ؤ": "و", "ۆ": "و", "ۇ": "و", "ۊ": "و",
    "ڵ": "ل", "ڕ": "ر",
    "ء": None, "ـ": None,
})

# Harakat, Quranic marks, superscript alef; bidi and joiner controls that people
# paste in without seeing them.
_STRIP = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
                    "\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]")
_NON_WORD = re.compile(r"[^\w]+")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")

#: Name particles written both joined and apart: "عبد الله" and "عبدالله".
_JOINING_PARTICLES = {"عبد", "ابو", "ام", "بن"}


def canonical_text(value: str) -> str:
    """One spelling for search: folded letters and digits, no marks, lower-case Latin."""
    text = unicodedata.normalize("NFKC", value)
    text = _STRIP.sub("", text).translate(_DIGITS).translate(_LETTER_FOLDS)
    text = "".join(c for c in unicodedata.normalize("NFD", text)
                   if unicodedata.category(c) != "Mn" or "\u0600" <= c <= "\u06ff")
    text = text.casefold()
    return " ".join(_NON_WORD.sub(" ", text).split())


def name_tokens(value: str) -> list[str]:
    tokens = canonical_text(value).split()
    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok in _JOINING_PARTICLES and i + 1 < len(tokens):
            out.append(tok + tokens[i + 1])
            i += 2
            continue
        if tok.startswith("ال") and out and out[-1] in _JOINING_PARTICLES:
            out[-1] += tok
        else:
            out.append(tok)
        i += 1
    return out


#: The stored key's column size.  NFKC can lengthen text (one ligature such as U+FDFA
#: becomes eighteen letters), so a key is cut to fit; a search key is cut alike.
NAME_KEY_MAX = 500


def name_key(value: str) -> str:
    return " ".join(name_tokens(value))[:NAME_KEY_MAX].rstrip()


def phone_key(value: str) -> str:
    """Iraqi numbers in one form: 07XXXXXXXXX, whatever digits or prefix were typed."""
    digits = re.sub(r"\D", "", value.translate(_DIGITS))
    if digits.startswith("00964"):
        digits = "0" + digits[5:]
    elif digits.startswith("964"):
        digits = "0" + digits[3:]
    elif len(digits) == 10 and digits.startswith("7"):
        digits = "0" + digits
    return digits


def name_similarity(a: str, b: str) -> float:
    """Share of name parts in common, in order from the own name (0..1).

    Iraqi names are own + father + grandfather + family, so two entries that
    share the first parts are likely the same person even if one is shorter.
    """
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return 0.0
    prefix = 0
    for x, y in zip(ta, tb, strict=False):
        if x != y:
            break
        prefix += 1
    common = len(set(ta) & set(tb))
    shorter = min(len(ta), len(tb))
    return max(prefix / shorter if shorter >= 2 else 0.0, common / max(len(ta), len(tb)))


def clean_text(value: object, field: str, *, max_length: int = 500, required: bool = False,
               multiline: bool = False) -> str:
    """Validate user text; return it unchanged but for surrounding white space."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "This must be text.")), field=field)
    if _SURROGATE.search(value):
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "The text contains a broken character.")),
                              field=field)
    if _CONTROL.search(value) or (not multiline and ("\n" in value or "\r" in value)):
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "The text contains control characters.")),
                              field=field)
    value = value.strip()
    if required and not value:
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "This field is required.")), field=field)
    if len(value) > max_length:
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "At most {max} characters (this has {n})."),
                                  max=max_length, n=len(value)), field=field)
    return value
