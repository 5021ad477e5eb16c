"""Charts of the forum work tab (QtCharts): a survey indicator across rounds by sex
against the baseline round, and the share of women among the forum's members."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from sulh.gui.forum_work.labels import INDICATORS, label
from sulh.gui.qt_i18n import digits, translate
from sulh.services.records import IndicatorSeries, WomenShare

WOMEN = QColor("#8e44ad")
MEN = QColor("#2e86c1")
EVERYONE = QColor("#566573")


def quarter_label(quarter: str, arabic_indic: bool) -> str:
    """2026Q3 as two short lines ("Q3", "2026"), so that many rounds fit under a chart
    (axis labels are rich text)."""
    year, _, number = quarter.partition("Q")
    return digits(f"Q{number}<br>{year}", arabic_indic)


def _percent_axis(arabic_indic: bool) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, 100)
    axis.setTickCount(6)
    axis.setLabelFormat("%d%%")
    axis.setTitleText(translate("ForumWork", "Percent"))
    return axis


def _chart(title: str, arabic_indic: bool) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    if arabic_indic:
        chart.setLocale(QLocale(QLocale.Language.Arabic, QLocale.Territory.Iraq))
        chart.setLocalizeNumbers(True)
    return chart


def _flat_line(name: str, value: float, count: int, colour: QColor) -> QLineSeries:
    """A dashed line across the whole chart at `value`."""
    line = QLineSeries()
    line.setName(name)
    line.append(QPointF(-0.5, value))
    line.append(QPointF(count - 0.5, value))
    pen = QPen(colour)
    pen.setWidth(2)
    pen.setStyle(Qt.PenStyle.DashLine)
    line.setPen(pen)
    return line


def indicator_chart(series: IndicatorSeries, *, arabic_indic: bool = False) -> QChart:
    """Bars for women and men in each round; dashed lines at the baseline's values."""
    name = label(INDICATORS, series.indicator)
    chart = _chart(translate("ForumWork", "{indicator}: share answering yes").format(
        indicator=name), arabic_indic)
    women = QBarSet(translate("ForumWork", "Women"))
    men = QBarSet(translate("ForumWork", "Men"))
    women.setColor(WOMEN)
    men.setColor(MEN)
    quarters = []
    for point in series.points:
        women.append(point.women if point.women is not None else 0.0)
        men.append(point.men if point.men is not None else 0.0)
        text = quarter_label(point.quarter, arabic_indic)
        quarters.append(translate("ForumWork", "{quarter}<br>(baseline)").format(quarter=text)
                        if point.baseline else text)
    bars = QBarSeries()
    bars.append(women)
    bars.append(men)
    bars.setLabelsVisible(True)
    bars.setLabelsFormat("@value")
    bars.setLabelsPosition(QBarSeries.LabelsPosition.LabelsInsideEnd)
    chart.addSeries(bars)
    categories = QBarCategoryAxis()
    categories.append(quarters or [""])
    chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
    values = _percent_axis(arabic_indic)
    chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(categories)
    bars.attachAxis(values)
    base = series.baseline
    if base is not None and series.points:
        # The baseline lines are drawn on a hidden axis that spans the categories.
        across = QValueAxis()
        across.setRange(-0.5, len(series.points) - 0.5)
        across.setVisible(False)
        chart.addAxis(across, Qt.AlignmentFlag.AlignBottom)
        for value, colour, text in ((base.women, WOMEN, translate("ForumWork",
                                                                  "Baseline, women")),
                                    (base.men, MEN, translate("ForumWork", "Baseline, men"))):
            if value is None:
                continue
            line = _flat_line(text, value, len(series.points), colour)
            chart.addSeries(line)
            line.attachAxis(across)
            line.attachAxis(values)
    return chart


def share_chart(shares: Sequence[WomenShare], *, arabic_indic: bool = False) -> QChart:
    """The share of women among the members at the end of each quarter."""
    chart = _chart(translate("ForumWork", "Women among the members"), arabic_indic)
    line = QLineSeries()
    line.setName(translate("ForumWork", "Women"))
    line.setPointsVisible(True)
    line.setPointLabelsVisible(True)
    line.setPointLabelsFormat("@yPoint%")
    line.setPointLabelsClipping(False)
    pen = QPen(WOMEN)
    pen.setWidth(3)
    line.setPen(pen)
    for n, share in enumerate(shares):
        line.append(QPointF(n, share.percent if share.percent is not None else 0.0))
    chart.addSeries(line)
    quarters = QBarCategoryAxis()
    quarters.append([quarter_label(s.quarter, arabic_indic) for s in shares] or [""])
    chart.addAxis(quarters, Qt.AlignmentFlag.AlignBottom)
    values = _percent_axis(arabic_indic)
    chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    line.attachAxis(quarters)
    line.attachAxis(values)
    chart.legend().setVisible(False)
    return chart


class ChartHost:
    """Shows a chart in a placeholder widget of a Designer form, replacing the last."""

    def __init__(self, host: QWidget) -> None:
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = QChartView(host)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        layout.addWidget(self.view)

    def show(self, chart: QChart) -> None:
        old = self.view.chart()
        self.view.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()

    @property
    def chart(self) -> QChart:
        return self.view.chart()
