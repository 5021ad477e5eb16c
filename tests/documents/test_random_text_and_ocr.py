"""Random mixed-script clauses never break the agreement nor lose a character, and
an OCR engine reads the printed Arabic in the order it was written."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from collections import Counter
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sulh.documents import model as M
from sulh.documents import render_agreement
from sulh.documents.bidi_text import WESTERN, localise_digits
from sulh.documents.page import FRAME_WIDTH, MARGIN_X, PAGE_HEIGHT
from sulh.domain.text import canonical_text
from tests.documents.pdf import CLAUSES, agreement, column, png

ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهويىةأإآءؤئ"
KURDISH = "ڕێڵەۆیکگپچژڤ"
LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩"
MARKS = "".join(chr(c) for c in range(0x064B, 0x0653))     # harakat, shadda, sukun
PUNCTUATION = "()[]،.,:؛-/%"

letters = st.sampled_from(ARABIC + KURDISH + LATIN + DIGITS + PUNCTUATION + MARKS)
words = st.text(letters, min_size=1, max_size=14)
clauses = st.lists(words, min_size=1, max_size=18).map(" ".join)


def _chars(text: str) -> Counter[str]:
    cleaned = unicodedata.normalize("NFKC", text)
    return Counter(c for c in cleaned if not c.isspace() and c not in "\u200e\u200f\u202a"
                   "\u202b\u202c")


def _document(text: str) -> M.AgreementDocument:
    return agreement("ar+en", clauses=(M.Clause(1, {"ar": text, "en": text}),),
                     signatories=(), instalments=(), compensation_iqd=0)


@cache
def _baseline(side: str) -> Counter[str]:
    return _chars(column(render_agreement(_document("")), side, raw=True))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(clauses)
def test_random_mixed_clauses_print_every_character(clause: str):
    pdf = render_agreement(_document(clause))
    expected = _chars(localise_digits(clause, WESTERN))
    for side in ("right", "left"):
        # Characters are counted, so the drawing order of raw mode does no harm.
        printed = _chars(column(pdf, side, raw=True))
        printed.subtract(_baseline(side))
        assert +printed == expected and -printed == Counter(), side


def _lcs(a: list[str], b: list[str]) -> int:
    row = [0] * (len(b) + 1)
    for x in a:
        prev = 0
        for j, y in enumerate(b, start=1):
            prev, row[j] = row[j], prev + 1 if x == y else max(row[j], row[j - 1])
    return row[-1]


def test_ocr_reads_the_arabic_column_in_writing_order(tmp_path: Path):
    if shutil.which("tesseract") is None:
        pytest.fail("tesseract is needed: apt-get install tesseract-ocr tesseract-ocr-ara")
    pdf = render_agreement(agreement("ar+en"))
    dpi = 300
    x = int((MARGIN_X + FRAME_WIDTH / 2) * dpi / 72)
    image = png(pdf, 1, dpi, tmp_path / "page", crop=(x, 0, int(FRAME_WIDTH / 2 * dpi / 72),
                                                      int(PAGE_HEIGHT * dpi / 72)))
    ocr = subprocess.run(["tesseract", str(image), "-", "-l", "ara", "--psm", "4"],
                         capture_output=True, text=True, check=True, timeout=120).stdout
    seen = canonical_text(ocr).split()
    for clause in CLAUSES[:2]:
        # The Arabic words; OCR trained on Arabic misreads Latin codes and digits.
        written = [w for w in canonical_text(clause.texts["ar"]).split()
                   if not any(c.isascii() for c in w)]
        in_order = _lcs(written, seen)
        backwards = _lcs(list(reversed(written)), seen)
        # OCR misreads a word or two, never the order.
        assert in_order >= 0.75 * len(written), (in_order, len(written), ocr)
        assert backwards < in_order / 2
