"""The statistics report as PDF, read back with poppler: every figure of every table in
its row, beside its English and its Arabic or Kurdish name, the filters, a page number
on every page, and the charts drawn with a bar for every line."""

from __future__ import annotations

import re
import subprocess
import tempfile
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image

from sulh.documents.page import FRAME_WIDTH, MARGIN_X, PAGE_HEIGHT
from sulh.documents.report import (
    BAR,
    LABEL_WIDTH,
    SHARE_WIDTH,
    VALUE_WIDTH,
    BarChart,
    StatisticsReport,
)
from sulh.services import reports, statistics
from sulh.services.statistics import Filters
from tests.documents.pdf import footer, norm, page_count, png
from tests.services.statistics_data import (
    PERIOD,
    DataSet,
    dataset,
    expected,
    report_lines,
)

__all__ = ["dataset"]

#: Tables whose lines print "part / whole".
FRACTIONS = {"key_figures", "no_shows", "party_sex", "party_displacement", "overdue"}
ARABIC = re.compile("[\u0600-\u06ff]")


@dataclass(frozen=True)
class PrintedRow:
    page: int
    left: str          # the English name (a first line of it)
    value: str
    share: str
    right: list[str]   # the Arabic or Kurdish words, in reading order


def _words(pdf: bytes) -> Iterator[tuple[int, float, float, str]]:
    """(page, x middle, y middle, text) of every word, as poppler lays the pages out."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.pdf"
        path.write_bytes(pdf)
        out = subprocess.run(["pdftotext", "-bbox-layout", "-enc", "UTF-8", str(path), "-"],
                             capture_output=True, text=True, check=True, timeout=60).stdout
    page = 0
    for piece in re.finditer(r'<page |<word xMin="([\d.]+)" yMin="([\d.]+)" '
                             r'xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', out):
        if piece.group(0) == "<page ":
            page += 1
            continue
        x0, y0, x1, y1 = (float(piece.group(n)) for n in range(1, 5))
        yield page, (x0 + x1) / 2, (y0 + y1) / 2, piece.group(5)


def _reading(word: str) -> str:
    """A word as written: poppler gives right-to-left words in drawing order."""
    word = re.sub("[\u200e\u200f]", "", unicodedata.normalize("NFKC", word))
    if ARABIC.search(word):
        word = word[::-1]
    return _plain(word)


def _plain(word: str) -> str:
    word = "".join(ch for ch in unicodedata.normalize("NFKC", word)
                   if unicodedata.category(ch) != "Mn")
    return word.strip("()[]:،,.÷-–")


def printed_rows(pdf: bytes) -> list[PrintedRow]:
    """The page's lines, top to bottom, split into the four columns of a table row."""
    value_from = MARGIN_X + LABEL_WIDTH
    share_from = value_from + VALUE_WIDTH
    right_from = share_from + SHARE_WIDTH
    # Words within a few points of each other down the page are one line: the two
    # languages' fonts differ in size, so their words' middles do not quite align.
    found = sorted((page, y, x, text) for page, x, y, text in _words(pdf)
                   if y < PAGE_HEIGHT - 58)                      # not the page footer
    lines: list[tuple[int, float, list[tuple[float, str]]]] = []
    for page, y, x, text in found:
        if lines and lines[-1][0] == page and y - lines[-1][1] <= 4.5:
            lines[-1][2].append((x, text))
        else:
            lines.append((page, y, [(x, text)]))
    rows = []
    for page, _, words in lines:
        words.sort()
        part = {"left": [], "value": [], "share": [], "right": []}
        for x, text in words:
            key = ("left" if x < value_from else "value" if x < share_from
                   else "share" if x < right_from else "right")
            part[key].append(text)
        rows.append(PrintedRow(page, " ".join(part["left"]), " ".join(part["value"]),
                               " ".join(part["share"]),
                               [w for w in (_reading(t) for t in reversed(part["right"])) if w]))
    return rows


def _value(table: str, value: float | None, of: int | None, days: bool) -> str:
    if value is None:
        return "–"
    if days:
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    text = f"{int(value):,}"
    return f"{text} / {of:,}" if table in FRACTIONS and of is not None else text


def _share(value: float | None, of: int | None) -> str:
    return f"{value / of * 100:.1f}%" if value is not None and of else ""


def _report(data: DataSet, lang: str, **filters: object) -> tuple[StatisticsReport, bytes]:
    stats = statistics.compute(data.ctx, data.world.viewer, Filters(PERIOD, **filters))
    report = reports.build_report(stats)
    return report, reports.report_pdf(report, reports.report_languages(lang))


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_every_figure_is_printed_in_its_row_between_its_two_names(dataset: DataSet, lang):
    report, pdf = _report(dataset, lang)
    want = report_lines(expected(dataset))
    rows = printed_rows(pdf)
    at = 0
    checked = 0
    for table in report.tables:
        title = norm(table.title["en"])
        while norm(f"{rows[at].left} {rows[at].value} {rows[at].share}") != title:
            at += 1
        lines = list(table.lines) + ([table.total] if table.total is not None else [])
        assert sorted(line.key for line in lines) == sorted(want[table.key]), table.key
        for line in lines:
            english = norm(line.label["en"])
            at += 1
            while not (rows[at].value and rows[at].left and english.startswith(rows[at].left)):
                at += 1
            value, of = want[table.key][line.key]
            row = rows[at]
            assert row.value == _value(table.key, value, of, line.days), (table.key, line.key)
            assert row.share == _share(value, of), (table.key, line.key)
            # poppler may break a word in two: compare the letters, not the words.
            printed = "".join(row.right)
            assert printed and printed in "".join(_plain(w) for w in line.label[lang].split()), \
                (table.key, line.key, row.right)
            checked += 1
    assert checked == sum(len(lines) for lines in want.values()) > 60


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_the_filters_and_the_page_numbers_are_on_the_paper(dataset: DataSet, lang):
    report, pdf = _report(dataset, lang, forum_id=dataset.world.other_forum_id)
    text = " ".join(row.left for row in printed_rows(pdf))
    assert "Period: 2025 Q2 (01/04/2025 – 30/06/2025)" in norm(text)
    assert "Forum: Erbil forum (ERB01)" in norm(text)
    assert "Governorate: All governorates" in norm(text)
    assert "Cases counted: by intake date" in norm(text)
    right = [w for row in printed_rows(pdf) if row.page == 1 for w in row.right]
    forum = "منتدى أربيل" if lang == "ar" else "مەکۆی هەولێر"
    assert all(_plain(w) in right for w in forum.split())
    pages = page_count(pdf)
    assert pages >= 4
    page_word = {"ar": "الصفحة", "ckb": "پەڕەی"}[lang]
    for n in range(1, pages + 1):
        assert norm(footer(pdf, "left", n)) == f"Page {n} of {pages}"
        assert page_word in norm(footer(pdf, "right", n))


def test_each_chart_has_a_bar_for_every_line(dataset: DataSet, tmp_path: Path):
    """Bars are counted on the rendered pages: runs of the bar colour down a line just
    right of where the bars start."""
    report, pdf = _report(dataset, "ar")
    charted = [t for t in report.tables if t.chart and any(line.value for line in t.lines)]
    assert len(charted) >= 8
    expected_bars = sum(sum(1 for line in BarChart.shown(t.lines) if line.value)
                        for t in charted)
    dpi = 72
    x = round(MARGIN_X + FRAME_WIDTH * BarChart.LABEL_SHARE + BarChart.BARS_X + 2)
    bars = 0
    colour = tuple(round(c * 255) for c in (BAR.red, BAR.green, BAR.blue))
    for page in range(1, page_count(pdf) + 1):
        image = Image.open(png(pdf, page, dpi, tmp_path / f"p{page}")).convert("RGB")
        inside = False
        for y in range(image.height):
            pixel = image.getpixel((x, y))
            hit = all(abs(a - b) <= 40 for a, b in zip(pixel, colour, strict=True))
            if hit and not inside:
                bars += 1
            inside = hit
    assert bars == expected_bars
