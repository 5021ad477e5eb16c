"""The line layout on its own: bidi levels, visual order, whole numbers, brackets,
digits, wrapping, and characters no font has; each checked on real shaped text and,
where it matters, on a real PDF read back with pdftotext."""

from __future__ import annotations

import io

import pytest
from reportlab.pdfgen.canvas import Canvas

from sulh.documents.bidi_text import (
    ARABIC_INDIC,
    WESTERN,
    TextStyle,
    bidi_levels,
    draw_text,
    layout,
    localise_digits,
    visual_order,
)
from sulh.documents.fonts import UnprintableCharacter, check_printable
from tests.documents.pdf import norm, squeeze, text

AR = TextStyle(size=12, lang="ar", rtl=True)
CKB = TextStyle(size=12, lang="ckb", rtl=True)
EN = TextStyle(size=11, lang="en", rtl=False)


def one_page(lines: list[tuple[str, TextStyle]], width: float = 470) -> bytes:
    buf = io.BytesIO()
    canvas = Canvas(buf)
    y = 800.0
    for content, style in lines:
        y = draw_text(canvas, content, 60, y, width, style) - 10
    canvas.save()
    return buf.getvalue()


def line_texts(pdf: bytes) -> list[str]:
    return [norm(x) for x in text(pdf).splitlines() if norm(x)]


def test_numbers_dates_and_case_numbers_stay_whole_and_left_to_right():
    sample = "رقم القضية CPF-BGD-2026-00042 بتاريخ 21/11/2026 والمبلغ 1,500,000 دينار"
    levels, base = bidi_levels(sample, True)
    assert base == 1
    for token in ("CPF-BGD-2026-00042", "21/11/2026", "1,500,000"):
        start = sample.index(token)
        assert set(levels[start:start + len(token)]) == {2}, token
    # Arabic-Indic dates with a hyphen would turn around under the plain bidi rules.
    date = localise_digits("بتاريخ 2026-11-21", ARABIC_INDIC)
    assert date == "بتاريخ ٢٠٢٦-١١-٢١"
    levels, _ = bidi_levels(date, True)
    assert set(levels[len("بتاريخ "):]) == {2}


def test_visual_order_reverses_right_to_left_runs_only():
    # levels: RTL word, LTR token inside, RTL word
    assert visual_order([1, 1, 2, 2, 1]) == [4, 2, 3, 1, 0]
    assert visual_order([0, 0, 1, 1, 0]) == [0, 1, 3, 2, 4]
    assert visual_order([0, 0]) == [0, 1]


def test_a_bracket_pair_goes_with_what_it_encloses():
    english = "Represented by: سالم عباس (ممثل العشيرة)"
    levels, _ = bidi_levels(english, False)
    assert levels[english.index("(")] == levels[english.index(")")] == 1
    arabic = "منتدى الكرخ (Karkh forum) في بغداد"
    levels, _ = bidi_levels(arabic, True)
    assert levels[arabic.index("(")] == levels[arabic.index(")")] == 1


@pytest.mark.parametrize("digits", [WESTERN, ARABIC_INDIC])
def test_digit_styles(digits: str):
    sample = "المبلغ 1,500,000 دينار بتاريخ 21/11/2026 للقضية BGD01-2026-00042"
    shown = localise_digits(sample, digits)
    if digits == WESTERN:
        assert shown == sample
        assert localise_digits("٢٠٢٦ و١٬٥٠٠", WESTERN) == "2026 و1,500"
    else:
        assert shown == ("المبلغ ١٬٥٠٠٬٠٠٠ دينار بتاريخ ٢١/١١/٢٠٢٦ للقضية "
                         "BGD01-2026-00042")   # an identifier keeps its digits
    pdf = one_page([(sample, TextStyle(size=12, lang="ar", rtl=True, digits=digits))])
    assert line_texts(pdf) == [norm(shown)]


def test_mixed_lines_read_back_in_reading_order():
    lines = [
        ("(رقم القضية BGD01-2026-00042)", AR),
        ("رقم القضية CPF-BGD-2026-00042 بتاريخ 21/11/2026 والمبلغ 1,500,000 دينار.", AR),
        ("BGD01-2026-00042 هو رقم القضية", AR),
        ("نسبة 50% من المبلغ (أي 750,000 دينار) تدفع فوراً؛ والباقي؟", AR),
        ("منتدى الكرخ (Karkh forum) في بغداد.", AR),
        ("ڕێگەی ئاشتی، هەڵبژاردن، کۆمەڵ", CKB),
        ("لا إله إلا الله، مُحَمَّد", AR),
    ]
    assert line_texts(one_page(lines)) == [norm(t) for t, _ in lines]
    english = [
        ("The party علي حسين كاظم (case BGD01-2026-00042) agreed on 2026-11-21.", EN),
        ("Represented by: سالم عباس (ممثل العشيرة)", EN),
        ("Witness: هەڵبژاردن کۆمەڵ, guarantor (payment).", EN),
    ]
    assert line_texts(one_page(english)) == [norm(t) for t, _ in english]


def test_kurdish_letters_and_harakat_are_in_the_text_layer():
    sample = "ڕێگەی ئاشتی، هەڵبژاردن، کۆمەڵ و مُحَمَّد"
    extracted = text(one_page([(sample, CKB)]))
    for letter in "ڕێڵەۆ":
        assert letter in extracted
    assert "مُحَمَّد" in norm(extracted)
    assert "\ue000" not in extracted and not any(0xE000 <= ord(c) <= 0xF8FF for c in extracted)


def test_a_paragraph_wraps_in_reading_order():
    words = [f"كلمة{n}" for n in range(1, 41)]
    paragraph = " ".join(words)
    lines = layout(paragraph, 200, AR)
    assert len(lines) > 3
    # each line holds consecutive words, the first line the first words
    assert " ".join(line.text for line in lines) == paragraph
    assert all(line.width <= 200 + 0.01 for line in lines)
    assert line_texts(one_page([(paragraph, AR)], width=200)) == [norm(x.text) for x in lines]


def test_a_word_wider_than_the_line_breaks_between_characters():
    code = "BGD01-" + "7KQ2" * 60
    lines = layout(code, 150, EN)
    assert len(lines) > 3 and all(line.width <= 150.01 for line in lines)
    assert "".join(line.text for line in lines) == code
    assert squeeze(text(one_page([(code, EN)], width=150))) == code


def test_a_character_no_font_has_is_an_error_naming_it():
    with pytest.raises(UnprintableCharacter) as raised:
        layout("العقد 𓀀 هنا", 300, AR)      # an Egyptian hieroglyph
    assert "U+13000" in str(raised.value) and "EGYPTIAN HIEROGLYPH A001" in str(raised.value)
    with pytest.raises(UnprintableCharacter) as raised:
        check_printable(["Forum 中 ok"])
    assert "U+4E2D" in str(raised.value)
    check_printable(["✓ and № are not in Amiri but DejaVu Sans has them"])
    assert layout("✓ done", 300, EN)[0].text == "✓ done"
