"""Names, phone numbers and free text: spelling variants meet in one canonical
form, while what was typed is kept exactly as typed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sulh.domain.errors import ValidationError
from sulh.domain.text import canonical_text, clean_text, name_key, name_similarity, phone_key

SAME_NAME = [
    pytest.param("أحمد", "احمد", id="alef-hamza-above"),
    pytest.param("إحمد", "احمد", id="alef-hamza-below"),
    pytest.param("آحمد", "احمد", id="alef-madda"),
    pytest.param("أحمد", "إحمد", id="hamza-above-vs-below"),
    pytest.param("فاطمة", "فاطمه", id="teh-marbuta"),
    pytest.param("مصطفى", "مصطفي", id="alef-maksura"),
    pytest.param("علی", "علي", id="kurdish-yeh"),
    pytest.param("کریم", "كريم", id="kurdish-kaf-and-yeh"),
    pytest.param("کاکە", "كاكه", id="kurdish-ae"),
    pytest.param("محـــمد", "محمد", id="tatweel"),
    pytest.param("مُحَمَّد", "محمد", id="harakat"),
    pytest.param("عَبْدُ اللّٰهِ", "عبد الله", id="harakat-and-superscript-alef"),
    pytest.param("\u200fأحمد\u200e", "احمد", id="bidi-marks"),
    pytest.param("  أحمد   جاسم ", "احمد جاسم", id="spaces"),
    pytest.param("Ahmed JASIM", "ahmed jasim", id="latin-case"),
]


@pytest.mark.parametrize(("typed", "other"), SAME_NAME)
def test_spelling_variants_share_a_canonical_form(typed: str, other: str) -> None:
    assert canonical_text(typed) == canonical_text(other)
    assert name_key(typed) == name_key(other)


@pytest.mark.parametrize(("a", "b"), [("علي", "عمر"), ("حسن", "حسين"), ("فاطمة", "فاطم"),
                                      ("محمد", "احمد")])
def test_different_names_stay_different(a: str, b: str) -> None:
    assert canonical_text(a) != canonical_text(b)
    assert name_key(a) != name_key(b)


@pytest.mark.parametrize(("a", "b"), [
    ("عبد الله", "عبدالله"),
    ("علي عبد الله حسن", "علي عبدالله حسن"),
    ("عبد الرحمن", "عبدالرحمن"),
    ("أبو بكر", "ابوبكر"),
    ("عبـد الله", "عبدالله"),
])
def test_name_particles_written_apart_or_joined_match(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


def test_a_full_four_part_name_in_two_spellings_has_one_key() -> None:
    typed = "أحمد جاسم مُحمّد العُبيدي"
    other = "احمد جاسم محمد العبيدى"
    assert name_key(typed) == name_key(other) == "احمد جاسم محمد العبيدي"


@pytest.mark.parametrize("typed", [
    "07701234567",
    "0770 123 4567",
    "0770-123-4567",
    "+964 770 123 4567",
    "+9647701234567",
    "00964 770 123 4567",
    "770 123 4567",
    "٠٧٧٠١٢٣٤٥٦٧",
    "۰۷۷۰۱۲۳۴۵۶۷",
    "+٩٦٤ ٧٧٠ ١٢٣ ٤٥٦٧",
    "۰۷۷۰ ۱۲۳ ٤٥٦٧",
])
def test_phone_numbers_in_any_digits_or_prefix_meet(typed: str) -> None:
    assert phone_key(typed) == "07701234567"


def test_different_phone_numbers_stay_different() -> None:
    assert phone_key("+964 770 123 4567") != phone_key("0770 123 4568")
    assert phone_key("0750 123 4567") != phone_key("0770 123 4567")


def test_digits_are_folded_in_free_text_too() -> None:
    assert canonical_text("قطعة ١٢٣ مقاطعة ۴۵") == canonical_text("قطعه 123 مقاطعه 45")


# ---------------------------------------------------------------- similarity

PERSON = "علي حسين كاظم الجبوري"


@pytest.mark.parametrize("same", ["علي حسين كاظم", "علی حسین", "علي حسين كاظم الجبوري",
                                  "عَلي حُسين كاظم الجبوري"])
def test_the_same_person_under_a_shorter_or_variant_name_scores_high(same: str) -> None:
    assert name_similarity(PERSON, same) >= 0.9
    assert name_similarity(same, PERSON) == name_similarity(PERSON, same)


@pytest.mark.parametrize("other", ["أحمد جاسم محمد العبيدي", "فاطمة عباس علي الدليمي",
                                   "حسن جاسم كاظم", "علي"])
def test_a_different_person_scores_low(other: str) -> None:
    score = name_similarity(PERSON, other)
    assert score < 0.5
    assert score < name_similarity(PERSON, "علي حسين كاظم")


def test_the_same_person_ranks_above_a_brother() -> None:
    # A brother shares father, grandfather and family: similar, but below the person.
    brother = "حسن حسين كاظم الجبوري"
    assert name_similarity(PERSON, "علي حسين") > name_similarity(PERSON, brother)


def test_empty_names_are_not_similar() -> None:
    assert name_similarity("", PERSON) == 0.0
    assert name_similarity("ـــ", PERSON) == 0.0


# ---------------------------------------------------------------- clean_text

@pytest.mark.parametrize("typed", [
    "مُحَمَّد",
    "محـــمد",
    "عبد الله",
    "\u200fأحمد",
    "Ahmed O'Neil",
    "کاکە حەمە",
    "٠٧٧٠١٢٣٤٥٦٧",
    "tab\there",
])
def test_clean_text_keeps_what_was_typed(typed: str) -> None:
    assert clean_text(typed, "name") == typed
    assert clean_text(f"  {typed} \t", "name") == typed


def test_clean_text_keeps_newlines_in_multiline_fields() -> None:
    text = "السطر الأول\nالسطر الثاني\r\nالثالث"
    assert clean_text(text, "summary", multiline=True) == text


@pytest.mark.parametrize("newline", ["\n", "\r", "\r\n"], ids=repr)
def test_clean_text_refuses_newlines_in_single_line_fields(newline: str) -> None:
    with pytest.raises(ValidationError) as exc:
        clean_text(f"علي{newline}حسين", "given_name")
    assert exc.value.field == "given_name"


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x7f",
                                  "\x85", "\x9f"], ids=repr)
@pytest.mark.parametrize("multiline", [False, True])
def test_clean_text_refuses_control_characters(char: str, multiline: bool) -> None:
    with pytest.raises(ValidationError) as exc:
        clean_text(f"علي{char}حسين", "note", multiline=multiline)
    assert exc.value.field == "note"


@pytest.mark.parametrize("surrogate", ["\ud800", "\udfff", "\udc80"], ids=repr)
def test_clean_text_refuses_lone_surrogates(surrogate: str) -> None:
    with pytest.raises(ValidationError) as exc:
        clean_text(f"أحمد{surrogate}", "family_name", multiline=True)
    assert exc.value.field == "family_name"


def test_clean_text_limits_the_length_after_trimming() -> None:
    assert clean_text("ا" * 10, "f", max_length=10) == "ا" * 10
    assert clean_text("  " + "ا" * 10 + "  ", "f", max_length=10) == "ا" * 10
    with pytest.raises(ValidationError) as exc:
        clean_text("ا" * 11, "f", max_length=10)
    assert exc.value.field == "f"
    assert "10" in str(exc.value) and "11" in str(exc.value)


def test_clean_text_default_limit() -> None:
    assert clean_text("x" * 500, "f") == "x" * 500
    with pytest.raises(ValidationError):
        clean_text("x" * 501, "f")


def test_clean_text_required_and_empty() -> None:
    assert clean_text(None, "f") == ""
    assert clean_text("   ", "f") == ""
    for empty in (None, "", "  \t "):
        with pytest.raises(ValidationError) as exc:
            clean_text(empty, "given_name", required=True)
        assert exc.value.field == "given_name"


@pytest.mark.parametrize("value", [12, 1.5, b"bytes", ["a"], True], ids=repr)
def test_clean_text_refuses_what_is_not_text(value: object) -> None:
    with pytest.raises(ValidationError) as exc:
        clean_text(value, "f")
    assert exc.value.field == "f"


# ---------------------------------------------------------------- properties

ANY_CHAR = st.characters(exclude_categories=())   # surrogates and controls included
ANY_TEXT = st.one_of(st.text(), st.text(alphabet=ANY_CHAR),
                     st.text(alphabet=st.sampled_from("أإآاةهىيیکكەـًٌٍَُِّْ \n\r\t\x00\ud800١۱1")))


@settings(max_examples=300, deadline=None)
@given(value=ANY_TEXT, multiline=st.booleans(), required=st.booleans(),
       max_length=st.integers(min_value=0, max_value=40))
def test_clean_text_only_ever_raises_validation_error(value: str, multiline: bool,
                                                      required: bool, max_length: int) -> None:
    try:
        out = clean_text(value, "f", max_length=max_length, required=required,
                         multiline=multiline)
    except ValidationError as e:
        assert e.field == "f"
        assert str(e)
        return
    assert out == value.strip()
    assert len(out) <= max_length
    assert not required or out
    assert multiline or ("\n" not in out and "\r" not in out)


@settings(max_examples=300, deadline=None)
@given(value=ANY_TEXT)
def test_canonical_text_is_idempotent(value: str) -> None:
    once = canonical_text(value)
    assert canonical_text(once) == once


@settings(max_examples=200, deadline=None)
@given(value=ANY_TEXT)
def test_name_key_is_idempotent(value: str) -> None:
    once = name_key(value)
    assert name_key(once) == once


@settings(max_examples=200, deadline=None)
@given(digits=st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_phone_key_ignores_the_digit_script(digits: str) -> None:
    western = "077" + digits[:8]
    arabic = western.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    persian = western.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    assert phone_key(arabic) == phone_key(persian) == phone_key(western) == western
    assert phone_key("+964 " + western[1:]) == western
