"""The dashboard's charts (QtCharts): bars, a pie and a box plot of days, each telling
which of its items was double-clicked. Labels are plain text in the user's language;
Qt shapes Arabic and Kurdish itself. In a right-to-left layout the bars grow from the
right and their labels sit on the right."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QBoxPlotSeries,
    QBoxSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QPieSlice,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication

from sulh.gui.qt_i18n import digits, translate

BAR = QColor(41, 115, 140)
PALETTE = [QColor(41, 115, 140), QColor(221, 132, 82), QColor(85, 168, 104),
           QColor(196, 78, 82), QColor(129, 114, 179), QColor(147, 120, 96),
           QColor(218, 139, 195), QColor(140, 140, 140)]


@dataclass(frozen=True)
class ChartItem:
    label: str
    value: float


def _view(chart: QChart, *, empty: bool = False, localize: bool = False) -> QChartView:
    """`chart` in a view; its numbers in the locale's digits only when the user chose
    Arabic-Indic digits (the tables beside it follow the same setting)."""
    if empty:
        chart.setTitle(translate("Statistics", "Nothing to show for these filters."))
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setLocalizeNumbers(localize)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    return view


def _rtl() -> bool:
    return QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def _count_axis(top: float) -> QValueAxis:
    """A value axis for counts: whole numbers, with room after the longest bar for its
    label."""
    axis = QValueAxis()
    axis.setLabelFormat("%.0f")
    if top <= 8:
        axis.setRange(0, int(top) + 1)
        axis.setTickCount(int(top) + 2)
    else:
        axis.setRange(0, top * 1.12)
        axis.applyNiceNumbers()
    return axis


def bar_chart(items: Sequence[ChartItem], on_double_click: Callable[[int], None], *,
              localize: bool = False) -> QChartView:
    """Horizontal bars, the first item at the top."""
    chart = QChart()
    chart.legend().hide()
    bars = QBarSet("")
    bars.setColor(BAR)
    bars.setLabelColor(QColor(30, 30, 30))
    # A horizontal bar series draws its first category at the bottom: feed it reversed.
    ordered = list(reversed(items))
    for item in ordered:
        bars.append(float(item.value))
    series = QHorizontalBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    rtl = _rtl()
    if rtl:
        # With the value axis reversed, QtCharts puts an "outside end" label at the
        # bar's base; "inside base" lands inside the bar's far end instead.
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsInsideBase)
        bars.setLabelColor(QColor("white"))
    else:
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setLabelsFormat("@value")
    series.setBarWidth(0.7)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([item.label or " " for item in ordered])
    values = _count_axis(max((float(i.value) for i in items), default=0.0))
    values.setReverse(rtl)
    chart.addAxis(categories, Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(categories)
    series.attachAxis(values)
    count = len(ordered)
    bars.doubleClicked.connect(lambda index: on_double_click(count - 1 - index))
    view = _view(chart, empty=not any(item.value for item in items), localize=localize)
    view.setProperty("barSet", bars)
    return view


def pie_chart(items: Sequence[ChartItem], on_double_click: Callable[[int], None], *,
              localize: bool = False) -> QChartView:
    chart = QChart()
    series = QPieSeries()
    total = sum(float(i.value) for i in items)
    for n, item in enumerate(items):
        if item.value <= 0:
            continue
        s = series.append(item.label, float(item.value))
        s.setColor(PALETTE[n % len(PALETTE)])
        s.setProperty("item", n)
        share = float(item.value) / total if total else 0.0
        s.setLabel(f"{item.label} ({digits(f'{share:.0%}', localize)})")
        s.setLabelVisible(True)
    series.setPieSize(0.6)

    def clicked(s: QPieSlice) -> None:
        on_double_click(int(s.property("item")))

    series.doubleClicked.connect(clicked)
    chart.addSeries(series)
    chart.legend().hide()
    return _view(chart, empty=total <= 0, localize=localize)


def box_chart(label: str, five: tuple[float, float, float, float, float] | None,
              on_double_click: Callable[[], None], *, localize: bool = False) -> QChartView:
    """The days from intake to agreement: lowest, quartiles, median and highest."""
    chart = QChart()
    chart.legend().hide()
    series = QBoxPlotSeries()
    if five is not None:
        box = QBoxSet(*five, label)
        box.setBrush(QColor(BAR).lighter(150))
        series.append(box)
        series.setBoxWidth(0.35)
        series.doubleClicked.connect(lambda _set: on_double_click())
    chart.addSeries(series)
    chart.createDefaultAxes()
    values = chart.axes(Qt.Orientation.Vertical)
    if values and five is not None:
        values[0].setRange(0, max(1.0, five[4] * 1.1))
        if isinstance(values[0], QValueAxis):
            values[0].setLabelFormat("%.0f")
            values[0].applyNiceNumbers()
    categories = chart.axes(Qt.Orientation.Horizontal)
    if categories and isinstance(categories[0], QBarCategoryAxis):
        categories[0].setCategories([label])
    return _view(chart, empty=five is None, localize=localize)
