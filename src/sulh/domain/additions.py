"""What an entry added to the reference data must satisfy before it is stored: names in
all three languages, a code that fits the list and is not taken, and for a library
clause the same refusals as any clause typed into an agreement."""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import Any

from sulh.domain.agreements import LANGUAGES, PLACEHOLDER_LABELS, REFUSAL_MESSAGES, forbidden_rule
from sulh.domain.errors import ClauseRefused, ValidationError, ValidationErrors
from sulh.domain.reference import (
    ADDABLE_KINDS,
    CLAUSE_KINDS,
    DESTINATION_KINDS,
    LABEL_CODE,
    REFER_REASONS,
    SHIPPED_CLOSURE_REASONS,
    Addition,
    ReferenceData,
    place_code_pattern,
    table_of,
)
from sulh.domain.text import clean_text
from sulh.i18n import QT_TRANSLATE_NOOP, msg

MAX_NAME = 200
MAX_CLAUSE = 5000


def _placeholders(text: str) -> set[str]:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError:          # a lone "{" or "}"
        return {"{"}


def check_addition(ref: ReferenceData, kind: str, code: str, names: Mapping[str, object], *,
                   parent: str | None = None, extra: Mapping[str, Any] | None = None
                   ) -> Addition:
    """The entry as it will be stored (texts trimmed), or ValidationErrors naming every
    field at fault; ClauseRefused for a clause that must never be in an agreement."""
    extra = dict(extra or {})
    errors: list[ValidationError] = []

    def bad(field: str, marked: tuple[str, str], **params: object) -> None:
        errors.append(ValidationError(msg(marked, **params), field=field))

    if kind not in ADDABLE_KINDS:
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Reference", "This list cannot be extended.")),
                              field="kind")
    clause = kind == "clause"
    texts: dict[str, str] = {}
    for lang in LANGUAGES:
        field = f"text_{lang}" if clause else f"name_{lang}"
        try:
            texts[lang] = clean_text(names.get(lang, ""), field,
                                     max_length=MAX_CLAUSE if clause else MAX_NAME,
                                     required=True, multiline=clause)
        except ValidationError as e:
            errors.append(e)
    code = code.strip() if isinstance(code, str) else ""
    out_parent: str | None = None
    if kind in ("district", "subdistrict"):
        parents = ref.governorates if kind == "district" else ref.districts
        if not parent or parent not in parents:
            bad("parent", QT_TRANSLATE_NOOP("Field", "Choose a value from the list."))
        else:
            out_parent = parent
            code = code.upper()
            if not place_code_pattern(parent).match(code):
                bad("code", QT_TRANSLATE_NOOP("Reference", "The code of a place here is {example}: "
                                                           "the code of the place it is in, a "
                                                           "dash and two digits."),
                    example=f"{parent}-01")
    elif not LABEL_CODE.match(code):
        bad("code", QT_TRANSLATE_NOOP("Reference", "A code is 2 to 24 lower-case Latin letters, "
                                                   "digits or \"_\", starting with a letter."))
    if code and code in table_of(ref, kind):
        bad("code", QT_TRANSLATE_NOOP("Reference", "The code {code} is taken in this list."),
            code=code)
    out_extra: dict[str, Any] = {}
    if kind == "category":
        must_refer = extra.get("must_refer", False)
        if not isinstance(must_refer, bool):
            bad("must_refer", QT_TRANSLATE_NOOP("Field", "Answer yes or no."))
            must_refer = False
        reason = extra.get("refer_reason") or None
        if must_refer and reason not in REFER_REASONS:
            bad("refer_reason", QT_TRANSLATE_NOOP("Reference", "Say why a dispute of this kind "
                                                               "must be referred."))
        out_extra = {"must_refer": must_refer, "refer_reason": reason if must_refer else None}
    elif kind == "referral_destination":
        if extra.get("kind") not in DESTINATION_KINDS:
            bad("destination_kind", QT_TRANSLATE_NOOP("Field", "Choose a value from the list."))
        out_extra = {"kind": extra.get("kind")}
    elif kind == "closure_reason":
        if extra.get("counts_as") not in SHIPPED_CLOSURE_REASONS:
            bad("counts_as", QT_TRANSLATE_NOOP("Field", "Choose a value from the list."))
        out_extra = {"counts_as": extra.get("counts_as")}
    elif clause:
        if extra.get("kind") not in CLAUSE_KINDS:
            bad("clause_kind", QT_TRANSLATE_NOOP("Field", "Choose a value from the list."))
        out_extra = {"kind": extra.get("kind")}
        found = {lang: _placeholders(text) for lang, text in texts.items()}
        for lang, names_ in found.items():
            unknown = names_ - set(PLACEHOLDER_LABELS)
            if unknown:
                bad(f"text_{lang}", QT_TRANSLATE_NOOP(
                    "Reference", "Only these values can be filled into a clause: {names}."),
                    names=", ".join("{" + n + "}" for n in PLACEHOLDER_LABELS))
        if len({frozenset(v) for v in found.values()}) > 1 and not any(
                e.field and e.field.startswith("text_") for e in errors):
            bad("text_en", QT_TRANSLATE_NOOP("Reference", "The three languages of a clause must "
                                                          "ask for the same values."))
    if errors:
        raise ValidationErrors(msg(QT_TRANSLATE_NOOP("Field", "Some fields need correcting.")),
                               errors)
    if clause:
        for lang, text in texts.items():
            rule = forbidden_rule(text)
            if rule:
                raise ClauseRefused(msg(REFUSAL_MESSAGES[rule]), rule=rule, field=f"text_{lang}")
    return Addition(kind, code, texts, out_parent, out_extra)
