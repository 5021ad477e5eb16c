"""Agreement content rules: clauses that may never be written (a person as
compensation, waiving an offence the law does not let be settled) in all three
languages and their spelling variants; the clause library passes; money and
the content digest."""

from __future__ import annotations

import pytest

from sulh.domain.agreements import (
    LANGUAGE_LABELS,
    MAX_IQD,
    LanguagePair,
    check_amount,
    check_clause,
    check_instalments,
    content_digest,
    forbidden_rule,
)
from sulh.domain.errors import ClauseRefused, ValidationError
from sulh.domain.reference import reference

PERSON = "person_as_compensation"
OFFENCE = "unsettleable_offence"

FORBIDDEN = [
    # A person given as compensation.
    ("ar", PERSON, "تُعطى ابنة الطرف الأول فصلية لعائلة الطرف الثاني"),
    ("ar", PERSON, "تعطى ابنة الطرف الاول فصليه لعائلة الطرف الثاني"),
    ("ar", PERSON, "تسلم فصلـــية إلى أهل المجني عليه"),
    ("ar", PERSON, "فَصْلِيَّة"),
    ("ar", PERSON, "يزوج الطرف الأول ابنته إلى ابن الطرف الثاني"),
    ("ar", PERSON, "يتم الزواج بين ابنة الطرف الأول وابن الطرف الثاني"),
    ("ar", PERSON, "يتم تزويج أخت الطرف الأول"),
    ("ar", PERSON, "زواج كصة بكصة بين العائلتين"),
    ("ar", PERSON, "نهوة على ابنة العم"),
    ("ckb", PERSON, "ژن بە ژن لە نێوان هەردوو خێزان"),
    ("ckb", PERSON, "ژن بو ژن"),
    ("ckb", PERSON, "ژن بـــە ژن"),
    ("ckb", PERSON, "کچ دان بە بنەماڵەی لایەنی دووەم"),
    ("ckb", PERSON, "ژن هێنان لە خێزانی لایەنی دووەم وەک قەرەبوو"),
    ("en", PERSON, "The first party shall give his daughter in marriage to the son of the "
                   "second party."),
    ("en", PERSON, "GIVE HIS DAUGHTER IN MARRIAGE"),
    ("en", PERSON, "He hands over his sister to the other family."),
    ("en", PERSON, "The families agree to marry their children to each other."),
    ("en", PERSON, "A fasliya bride is given to the victim's family."),
    # Offences that the forum cannot settle.
    ("ar", OFFENCE, "يتنازل الطرف الثاني عن دعوى القتل"),
    ("ar", OFFENCE, "يتنازل الطرف الثاني عن دعوى القـــتل"),
    ("ar", OFFENCE, "يَتَنازَل الطرف الثاني عن دعوى القَتْل"),
    ("ar", OFFENCE, "إسقاط الشكوى عن جريمة الاغتصاب"),
    ("ar", OFFENCE, "اسقاط الشكوى عن جريمة الإغتصاب"),
    ("ar", OFFENCE, "العفو عن جريمة الخطف"),
    ("ar", OFFENCE, "تسوية قضية الخطف"),
    ("ar", OFFENCE, "تسويه قضيه الخطف"),
    ("ar", OFFENCE, "الصلح في قضية الإرهاب"),
    ("ckb", OFFENCE, "لایەنی دووەم واز لە سکاڵای کوشتن دەهێنێت"),
    ("ckb", OFFENCE, "لایەنی دووەم واز لە سکاڵای دەستدرێژی دەهێنێت"),
    ("ckb", OFFENCE, "لایەنی دووەم واز لە سکاڵای ڕفاندن دەهێنێت"),
    ("ckb", OFFENCE, "لایەنی دووەم واز لە سکاڵای رفاندن دەهێنێت"),
    ("ckb", OFFENCE, "لێبوردن لە کوشتنەکە"),
    ("ckb", OFFENCE, "سەبارەت بە کوشتنەکە، خێزانەکە واز لە سکاڵا دەهێنێت"),
    ("ckb", OFFENCE, "لایەنی دووەم واز لە سکاڵای کوشـــتن دەهێنێت"),
    ("en", OFFENCE, "The second party waives the murder charge."),
    ("en", OFFENCE, "The family drops the rape complaint."),
    ("en", OFFENCE, "Both sides settle the kidnapping case here."),
    ("en", OFFENCE, "The victim's family pardons the killing."),
    ("en", OFFENCE, "They withdraw the homicide complaint."),
    ("en", OFFENCE, "The tribe waived the KIDNAPPING complaint."),
]


@pytest.mark.parametrize(("lang", "rule", "text"),
                         [pytest.param(lang, rule, text, id=f"{lang}-{rule}-{i}")
                          for i, (lang, rule, text) in enumerate(FORBIDDEN)])
def test_forbidden_clause_is_refused(lang: str, rule: str, text: str) -> None:
    assert forbidden_rule(text) == rule
    texts = {"ar": "يلتزم الطرفان بهذا الاتفاق", "ckb": "هەردوو لایەن پابەند دەبن",
             "en": "Both parties abide by this agreement", lang: text}
    for pair in LanguagePair:
        if lang not in pair.languages:
            continue
        with pytest.raises(ClauseRefused) as exc:
            check_clause(texts, pair)
        assert exc.value.rule == rule
        assert exc.value.field == f"clause.{lang}"
        assert str(exc.value)


@pytest.mark.parametrize(("lang", "rule", "text"),
                         [pytest.param(lang, rule, text, id=f"{lang}-{rule}-{i}")
                          for i, (lang, rule, text) in enumerate(FORBIDDEN)])
def test_forbidden_text_is_refused_even_in_a_language_outside_the_pair(lang: str, rule: str,
                                                                       text: str) -> None:
    pair = next(p for p in LanguagePair if lang not in p.languages)
    texts = {"ar": "يلتزم الطرفان بهذا الاتفاق", "ckb": "هەردوو لایەن پابەند دەبن",
             "en": "Both parties abide by this agreement", lang: text}
    with pytest.raises(ClauseRefused) as exc:
        check_clause(texts, pair)
    assert exc.value.rule == rule


LIBRARY = [pytest.param(code, lang, text, id=f"{code}-{lang}")
           for code, clause in sorted(reference().clauses.items())
           for lang, text in sorted(clause.texts.items())]


def test_the_library_has_clauses_in_all_three_languages() -> None:
    clauses = reference().clauses
    assert len(clauses) >= 10
    for clause in clauses.values():
        assert set(clause.texts) == {"ar", "ckb", "en"}, clause.code


@pytest.mark.parametrize(("code", "lang", "text"), LIBRARY)
def test_library_clause_text_passes(code: str, lang: str, text: str) -> None:
    assert forbidden_rule(text) is None


@pytest.mark.parametrize("code", sorted(reference().clauses))
def test_library_clause_passes_for_every_pair(code: str) -> None:
    texts = reference().clauses[code].texts
    for pair in LanguagePair:
        check_clause(texts, pair)


@pytest.mark.parametrize("text", [
    "يدفع الطرف الأول إلى الطرف الثاني مبلغاً قدره 500,000 دينار عراقي تعويضاً عن الضرر",
    "يتعهد الطرفان بعدم الاعتداء أو الثأر",
    "The parties agree to share the irrigation water on alternate days.",
    "The first party shall repair the wall between the two houses.",
    "هەردوو لایەن ڕێکدەکەون لەسەر دابەشکردنی ئاو",
    "The second party returns the tractor.",
])
def test_ordinary_clauses_pass(text: str) -> None:
    assert forbidden_rule(text) is None


# ---------------------------------------------------------------- both languages of the pair

@pytest.mark.parametrize("pair", list(LanguagePair), ids=str)
def test_a_clause_needs_both_languages_of_its_pair(pair: LanguagePair) -> None:
    full = {"ar": "يعتذر الطرف الأول", "ckb": "لایەنی یەکەم داوای لێبوردن دەکات",
            "en": "The first party apologises"}
    check_clause(full, pair)
    only = {lang: full[lang] for lang in pair.languages}
    check_clause(only, pair)
    for missing in pair.languages:
        for empty in ({}, {missing: ""}, {missing: "   \n"}):
            texts = {**{k: v for k, v in full.items() if k != missing}, **empty}
            with pytest.raises(ValidationError) as exc:
                check_clause(texts, pair, field="clause3")
            assert exc.value.field == f"clause3.{missing}"
            # The language is named, not given by its code.
            assert f"({LANGUAGE_LABELS[missing][1]} is missing)" in str(exc.value)


def test_the_language_outside_the_pair_may_be_empty() -> None:
    check_clause({"ar": "يعتذر الطرف الأول", "en": "The first party apologises", "ckb": ""},
                 LanguagePair.AR_EN)


def test_missing_language_is_reported_before_a_forbidden_text() -> None:
    with pytest.raises(ValidationError) as exc:
        check_clause({"ar": "فصلية"}, LanguagePair.AR_EN)
    assert not isinstance(exc.value, ClauseRefused)
    assert exc.value.field == "clause.en"


def test_pair_languages() -> None:
    assert LanguagePair.AR_EN.languages == ("ar", "en")
    assert LanguagePair.CKB_EN.languages == ("ckb", "en")
    assert LanguagePair.AR_CKB.languages == ("ar", "ckb")


# ---------------------------------------------------------------- money

@pytest.mark.parametrize("value", [0, 1, 250_000, MAX_IQD])
def test_amount_accepts_whole_dinars(value: int) -> None:
    assert check_amount(value, "amount_iqd") == value


@pytest.mark.parametrize("value", [-1, MAX_IQD + 1, True, False, 1.5, 100.0, "100", None],
                         ids=repr)
def test_amount_refuses_anything_else(value: object) -> None:
    with pytest.raises(ValidationError) as exc:
        check_amount(value, "amount_iqd")
    assert exc.value.field == "amount_iqd"
    assert str(exc.value)


def test_instalments_must_add_up() -> None:
    check_instalments(1_000_000, [])
    check_instalments(1_000_000, [250_000, 250_000, 500_000])
    check_instalments(0, [])
    check_instalments(1_000_000, iter([1_000_000]))
    for plan in ([250_000, 250_000], [600_000, 500_000], [999_999]):
        with pytest.raises(ValidationError) as exc:
            check_instalments(1_000_000, plan)
        assert exc.value.field == "instalments"
        assert "1,000,000" in str(exc.value)


# ---------------------------------------------------------------- digest

CONTENT = {
    "number": "BGD01-2026-00001-A1",
    "case": "BGD01-2026-00001",
    "languages": "ar+en",
    "parties": [[1, "person", "complainant", "علي حسين كاظم الجبوري", []]],
    "clauses": [[1, "يدفع الطرف الأول مبلغاً قدره 500,000 دينار", "pays 500,000 IQD"]],
    "compensation_iqd": 500_000,
    "instalments": [[1, "2026-03-01", 500_000]],
    "breach": ["", ""],
    "signatories": [["party", None, "علي حسين كاظم الجبوري", "signature"]],
}


def test_digest_is_stable_and_ignores_key_order() -> None:
    digest = content_digest(CONTENT)
    assert len(digest) == 64 and int(digest, 16) >= 0
    assert content_digest(dict(reversed(list(CONTENT.items())))) == digest
    assert content_digest(dict(CONTENT)) == digest


@pytest.mark.parametrize("change", [
    ("clauses", [[1, "يدفع الطرف الأول مبلغاً قدره 500,001 دينار", "pays 500,000 IQD"]]),
    ("clauses", [[1, "يدفع الطرف الاول مبلغاً قدره 500,000 دينار", "pays 500,000 IQD"]]),
    ("clauses", [[1, "يدفع الطرف الأول مبلغاً قدره 500,000 دينار", "pays 500,000 IQD."]]),
    ("parties", [[1, "person", "complainant", "علي حسين كاظم الجبوري ", []]]),
    ("compensation_iqd", 500_001),
    ("instalments", [[1, "2026-03-02", 500_000]]),
    ("signatories", [["party", None, "علي حسين كاظم الجبوري", "thumbprint"]]),
    ("breach", ["", "."]),
], ids=lambda c: c[0] if isinstance(c, tuple) else None)
def test_digest_changes_when_one_character_changes(change: tuple[str, object]) -> None:
    key, value = change
    assert content_digest({**CONTENT, key: value}) != content_digest(CONTENT)


def test_digest_tells_teh_marbuta_from_heh() -> None:
    # The paper is what was signed: spelling variants are different content here.
    a = {**CONTENT, "parties": [[1, "person", "complainant", "فاطمة", []]]}
    b = {**CONTENT, "parties": [[1, "person", "complainant", "فاطمه", []]]}
    assert content_digest(a) != content_digest(b)
