"""The statistics report for the directorate and donors: the filters it was made with,
its tables and bar charts, and how each figure is counted, in two languages.

Each table row prints the English (second language) label in the left column, the
numbers in the middle and the Arabic or Kurdish label in the right column; each chart
is a ReportLab bar chart between the same two label columns, its labels laid out by
`bidi_text` like every other printed line.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color
from reportlab.platypus.flowables import Flowable

from sulh.documents.bidi_text import WESTERN, TextStyle, draw_line, layout, line_x
from sulh.documents.flowables import GREY, LIGHT, Block, Cell, Row
from sulh.documents.fonts import check_printable
from sulh.documents.labels import RTL_LANGUAGES
from sulh.documents.model import Localised, in_language
from sulh.documents.page import (
    FRAME_WIDTH,
    Bilingual,
    build_pdf,
    check_languages,
    footer,
    gap,
)
from sulh.documents.report_labels import report_label

BAR = Color(0.16, 0.45, 0.55)
GRID = Color(0.85, 0.85, 0.85)


# ------------------------------------------------------------------ what the report says

@dataclass(frozen=True)
class ReportLine:
    """One figure: a count or a number of days, with what its share is of."""

    key: str
    label: Localised
    value: float | None              # None: nothing to measure (no signed agreement ...)
    of: int | None = None            # the share's denominator
    days: bool = False               # a number of days, not a count

    @property
    def share(self) -> float | None:
        if self.of is None or self.value is None or self.of == 0:
            return None
        return self.value / self.of


@dataclass(frozen=True)
class ReportTable:
    key: str
    title: Localised
    lines: tuple[ReportLine, ...]
    total: ReportLine | None = None
    chart: bool = False              # a bar chart of the lines under the table
    value_header: str = "number"     # report_labels key of the numbers' column
    fractions: bool = False          # print "3 / 6" where a share is of something


@dataclass(frozen=True)
class ReportFilter:
    key: str                          # period, forum, governorate, counted_by, as_of
    label: Localised
    value: Localised


@dataclass(frozen=True)
class StatisticsReport:
    title: Localised
    subtitle: Localised
    reference: str                   # printed in the footer, e.g. "2026Q3 · BGD01"
    filters: tuple[ReportFilter, ...]
    tables: tuple[ReportTable, ...]
    notes: tuple[Localised, ...]

    def table(self, key: str) -> ReportTable:
        return next(t for t in self.tables if t.key == key)


# ------------------------------------------------------------------ numbers as printed

def format_value(line: ReportLine, *, fraction: bool = False) -> str:
    if line.value is None:
        return "–"
    if line.days:
        # Quartiles fall on quarter days (27.25); an average is shown to two decimals.
        return f"{float(line.value):,.2f}".rstrip("0").rstrip(".")
    value = f"{int(line.value):,}"
    return f"{value} / {line.of:,}" if fraction and line.of is not None else value


def format_share(line: ReportLine) -> str:
    share = line.share
    return "" if share is None else f"{share * 100:.1f}%"


# ------------------------------------------------------------------ layout

LABEL_WIDTH = FRAME_WIDTH * 0.34
VALUE_WIDTH = FRAME_WIDTH * 0.18
SHARE_WIDTH = FRAME_WIDTH - 2 * LABEL_WIDTH - VALUE_WIDTH
WIDTHS = [LABEL_WIDTH, VALUE_WIDTH, SHARE_WIDTH, LABEL_WIDTH]
NUMBER_STYLE = TextStyle(size=9.5, lang="en", rtl=False, align="center", digits=WESTERN)


def _label_cell(bi: Bilingual, lang: str, text: str, *, bold: bool = False,
                size: float | None = None) -> Cell:
    return Cell([Block(text, bi.style(lang, bold=bold, size=size))])


def _line_row(bi: Bilingual, line: ReportLine, *, bold: bool = False,
              background: Any = None, fraction: bool = False) -> Row:
    left, right = bi.columns
    number = TextStyle(size=9.5, weight="bold" if bold else "regular", lang="en", rtl=False,
                       align="center", digits=WESTERN)
    return Row([_label_cell(bi, left, in_language(line.label, left), bold=bold),
                Cell([Block(format_value(line, fraction=fraction), number)], background),
                Cell([Block(format_share(line), number)], background),
                _label_cell(bi, right, in_language(line.label, right), bold=bold)],
               WIDTHS, border="bottom", padding=3.0)


def _header_row(bi: Bilingual, table: ReportTable) -> Row:
    left, right = bi.columns

    def both(key: str) -> Cell:
        return Cell([Block(report_label(bi.second, key),
                           TextStyle(size=8.0, lang=bi.second, rtl=False, align="center")),
                     Block(report_label(bi.first, key),
                           TextStyle(size=8.5, lang=bi.first, rtl=True, align="center"))],
                    LIGHT)

    return Row([Cell([Block(report_label(left, "item"), bi.style(left, size=8.5))], LIGHT),
                both(table.value_header), both("share"),
                Cell([Block(report_label(right, "item"), bi.style(right, size=8.5))], LIGHT)],
               WIDTHS, border="bottom", padding=2.5, keep_with_next=True)


def _title_row(bi: Bilingual, title: Localised) -> Row:
    return bi.row(lambda lang: [Block(in_language(title, lang),
                                      bi.style(lang, bold=True,
                                               size=12.0 if lang in RTL_LANGUAGES else 10.5))],
                  background=LIGHT, keep_with_next=True, padding=3.0)


class BarChart(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """A ReportLab horizontal bar chart of a table's lines, the first at the top, with the
    lines' labels beside it: the left column's language on the left, the right one's on
    the right, each ending next to the bars."""

    LABEL_SIZE = 8.0
    AXIS = 14.0
    GAP = 6.0

    #: More bars than this and the smallest are drawn as one "all others" bar (the
    #: table above lists each of them).
    MOST_BARS = 10
    #: The share of the width each language's labels take, either side of the bars.
    LABEL_SHARE = 0.28
    #: Where the bars start, from the left of the chart's drawing.
    BARS_X = 4.0

    @classmethod
    def shown(cls, lines: Sequence[ReportLine], languages: Sequence[str] = ("ar", "ckb", "en")
              ) -> list[ReportLine]:
        """The lines the chart draws a bar for, in order."""
        if len(lines) <= cls.MOST_BARS:
            return list(lines)
        ranked = sorted(lines, key=lambda line: -(line.value or 0))
        kept = ranked[:cls.MOST_BARS - 1]
        rest = sum(float(line.value or 0) for line in ranked[cls.MOST_BARS - 1:])
        return [line for line in lines if line in kept] + [
            ReportLine("others", {lang: report_label(lang, "others") for lang in languages},
                       rest)]

    def __init__(self, bi: Bilingual, lines: Sequence[ReportLine]) -> None:
        super().__init__()
        self.bi = bi
        self.lines = self.shown(lines, bi.languages)
        self.width = FRAME_WIDTH
        self.label_width = FRAME_WIDTH * self.LABEL_SHARE
        self.bars_width = FRAME_WIDTH - 2 * self.label_width
        left, right = bi.columns
        self.styles = {lang: replace(bi.style(lang, size=self.LABEL_SIZE + (
            0.5 if lang in RTL_LANGUAGES else 0), align="right" if lang == left else "left"),
            leading=(self.LABEL_SIZE + 0.5) * 1.3) for lang in (left, right)}
        tallest = 1
        for line in self.lines:
            for lang, style in self.styles.items():
                n = len(layout(in_language(line.label, lang), self.label_width - self.GAP,
                               style))
                tallest = max(tallest, min(n, 2))
        self.row_height = max(15.0, tallest * max(s.line_height for s in
                                                  self.styles.values()) + 2)
        self.height = len(self.lines) * self.row_height + self.AXIS + 6

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []

    def _drawing(self) -> Drawing:
        d = Drawing(self.bars_width, self.height)
        chart = HorizontalBarChart()
        chart.x, chart.y = self.BARS_X, self.AXIS
        chart.width = self.bars_width - 34      # room for the value after the longest bar
        chart.height = len(self.lines) * self.row_height
        chart.data = [[float(line.value or 0) for line in self.lines]]
        # The labels are drawn beside the chart, in both languages, by the bidi layout.
        chart.categoryAxis.categoryNames = ["" for _ in self.lines]
        chart.categoryAxis.reverseDirection = 1
        chart.categoryAxis.visibleTicks = 0
        chart.categoryAxis.strokeColor = GREY
        chart.valueAxis.valueMin = 0
        top = max((float(line.value or 0) for line in self.lines), default=0.0)
        chart.valueAxis.valueMax = max(top, 1.0)
        chart.valueAxis.labels.fontName = "Helvetica"
        chart.valueAxis.labels.fontSize = 6.5
        chart.valueAxis.labelTextFormat = lambda v: f"{v:,.0f}" if v == int(v) else ""
        chart.valueAxis.strokeColor = GREY
        chart.valueAxis.visibleGrid = 1
        chart.valueAxis.gridStrokeColor = GRID
        chart.valueAxis.gridStrokeWidth = 0.4
        chart.bars[0].fillColor = BAR
        chart.bars[0].strokeColor = None
        chart.barWidth = 10
        chart.groupSpacing = 5
        chart.barLabelFormat = "%d"
        chart.barLabels.fontName = "Helvetica"
        chart.barLabels.fontSize = 7
        chart.barLabels.boxAnchor = "w"
        chart.barLabels.dx = 3
        d.add(chart)
        return d

    def draw(self) -> None:
        canvas = self.canv
        renderPDF.draw(self._drawing(), canvas, self.label_width, 0)
        left, right = self.bi.columns
        top = self.AXIS + len(self.lines) * self.row_height
        boxes = {left: 0.0, right: self.label_width + self.bars_width + self.GAP}
        width = self.label_width - self.GAP
        for n, line in enumerate(self.lines):
            middle = top - (n + 0.5) * self.row_height
            for lang, x in boxes.items():
                style = self.styles[lang]
                laid = layout(in_language(line.label, lang), width, style)[:2]
                # Centre the label's lines on the bar.
                baseline = middle + (len(laid) - 1) * style.line_height / 2 - style.size * 0.3
                for text_line in laid:
                    draw_line(canvas, text_line, line_x(text_line, x, width, style), baseline,
                              style.size)
                    baseline -= style.line_height


def _scope_rows(bi: Bilingual, report: StatisticsReport) -> list[Flowable]:
    def make(lang: str) -> list[Block]:
        return [Block(f"{in_language(f.label, lang)}: {in_language(f.value, lang)}",
                      bi.style(lang, size=9.5 if lang not in RTL_LANGUAGES else 10.5))
                for f in report.filters]
    return [_title_row(bi, {lang: report_label(lang, "scope") for lang in bi.languages}),
            bi.row(make, padding=4.0)]


def _table(bi: Bilingual, table: ReportTable) -> list[Flowable]:
    out: list[Flowable] = [_title_row(bi, table.title), _header_row(bi, table)]
    if not table.lines:
        out.append(bi.text_row(lambda lang: report_label(lang, "none"), border="bottom"))
        return out
    out += [_line_row(bi, line, fraction=table.fractions) for line in table.lines]
    if table.total is not None:
        out.append(_line_row(bi, table.total, bold=True))
    if table.chart and any(line.value for line in table.lines):
        # A chart that must go over to the next page takes the table's last row with
        # it, so that it never starts a page on its own.
        space = gap(4)
        out[-1].keepWithNext = space.keepWithNext = True
        out += [space, BarChart(bi, table.lines)]
    out.append(gap(10))
    return out


def _texts(report: StatisticsReport, languages: Sequence[str]) -> list[str]:
    out: list[str] = []

    def add(texts: Mapping[str, str]) -> None:
        out.extend(in_language(texts, lang) for lang in languages)

    add(report.title)
    add(report.subtitle)
    for f in report.filters:
        add(f.label)
        add(f.value)
    for t in report.tables:
        add(t.title)
        for line in t.lines:
            add(line.label)
    for note in report.notes:
        add(note)
    return out


def render_report(report: StatisticsReport, *, languages: Sequence[str] = ("ar", "en")
                  ) -> bytes:
    """The report as PDF bytes, in `languages` (ar+en or ckb+en)."""
    first, second = check_languages(languages)
    bi = Bilingual(first, second, WESTERN)
    check_printable(_texts(report, bi.languages))
    story: list[Flowable] = [
        bi.row(lambda lang: [Block(in_language(report.title, lang),
                                   bi.style(lang, bold=True, align="center",
                                            size=17.0 if lang in RTL_LANGUAGES else 15.0)),
                             Block(in_language(report.subtitle, lang),
                                   bi.style(lang, align="center",
                                            size=10.5 if lang in RTL_LANGUAGES else 9.5))],
               padding=6.0),
        gap(4),
    ]
    story += _scope_rows(bi, report)
    story.append(gap(10))
    for table in report.tables:
        story += _table(bi, table)
    story.append(_title_row(bi, {lang: report_label(lang, "notes") for lang in bi.languages}))
    for note in report.notes:
        def note_blocks(lang: str, note: Localised = note) -> list[Block]:
            size = 9.0 if lang not in RTL_LANGUAGES else 10.0
            return [Block(in_language(note, lang), bi.style(lang, size=size))]
        story.append(bi.row(note_blocks, border="bottom", padding=3.0))
    middle = f"{report_label('en', 'footer')} · {report.reference}"
    return build_pdf(story, footer(bi, middle), title=f"{report.reference} statistics",
                     subject=in_language(report.title, "en"))
