"""The statistics dashboard with real widgets on the known data set: filters change the
figures, and a tile, a table row or a bar opens the cases behind it in the main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCharts import QBarCategoryAxis, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QWidget

from sulh.gui.main_window import MainWindow
from sulh.gui.session import AppSession
from sulh.gui.statistics import CasesTab, StatisticsDashboard
from sulh.services.cases import get_case_view
from sulh.settings import Settings
from tests.services.statistics_data import PERIOD, DataSet, dataset, expected

__all__ = ["dataset"]

WAIT = 15_000


def _session(data: DataSet, role: str = "viewer", **settings: object) -> AppSession:
    return AppSession(ctx=data.ctx, actor=data.world.actor(role),
                      settings=Settings(**{"language": "en", **settings}))  # type: ignore[arg-type]


def _ready(qtbot, dashboard: StatisticsDashboard) -> StatisticsDashboard:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dashboard.stats is not None and not dashboard.busy, timeout=WAIT)
    return dashboard


def _choose(qtbot, dashboard: StatisticsDashboard, **filters: object) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dashboard.updated, timeout=WAIT):
        dashboard.set_filters(**filters)  # type: ignore[arg-type]


def _tile_number(dashboard: StatisticsDashboard, key: str) -> str:
    return dashboard.tiles[key].findChild(QLabel, "value").text()


def _table(dashboard: StatisticsDashboard, section: str) -> dict[str, str]:
    table = dashboard.sections[section].ui.table
    return {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}


def _numbers(data: DataSet, ids: set[int]) -> list[str]:
    return sorted(get_case_view(data.ctx, data.world.viewer, cid).number for cid in ids)


def test_the_filters_change_the_figures(qtbot, dataset: DataSet):
    dashboard = _ready(qtbot, StatisticsDashboard(_session(dataset)))
    qtbot.addWidget(dashboard)
    _choose(qtbot, dashboard, period=PERIOD)
    quarter = expected(dataset)
    assert _tile_number(dashboard, "cases") == str(quarter.cases)
    assert _tile_number(dashboard, "resolution") == f"{quarter.resolved / quarter.closed:.1%}"
    assert _tile_number(dashboard, "overdue") == str(quarter.overdue_checks)
    assert _table(dashboard, "category")["Land and property boundaries"] == str(
        quarter.by_category["land"])
    assert _table(dashboard, "forum") == {"BGD01 — Karkh forum": str(quarter.by_forum["BGD01"]),
                                          "ERB01 — Erbil forum": str(quarter.by_forum["ERB01"])}
    assert "01/04/2025 to 30/06/2025" in dashboard.ui.scopeLabel.text()

    _choose(qtbot, dashboard, period=PERIOD, forum_id=dataset.world.other_forum_id)
    erbil = expected(dataset, forum="ERB01")
    assert _tile_number(dashboard, "cases") == str(erbil.cases) != str(quarter.cases)
    assert _table(dashboard, "forum") == {"ERB01 — Erbil forum": str(erbil.cases)}
    assert "ERB01" in dashboard.ui.scopeLabel.text()

    _choose(qtbot, dashboard, period=PERIOD, governorate="ANB")
    anbar = expected(dataset, governorate="ANB")
    assert _tile_number(dashboard, "cases") == str(anbar.cases) == "1"
    assert _table(dashboard, "governorate") == {"Anbar": "1"}

    all_time = expected(dataset, period=None)
    _choose(qtbot, dashboard, period="all")
    assert _tile_number(dashboard, "cases") == str(all_time.cases)

    # Dates of one's own: the period's first half.
    ui = dashboard.ui
    ui.dateFrom.setDate(PERIOD.start)
    ui.dateTo.setDate(PERIOD.start.replace(month=5, day=15))
    with qtbot.waitSignal(dashboard.updated, timeout=WAIT):
        ui.periodFilter.setCurrentIndex(ui.periodFilter.findData("dates"))
    assert not ui.dateFrom.isHidden() and not ui.dateTo.isHidden()
    first_half = [v for v in dataset.views()
                  if PERIOD.start <= v.intake_date <= PERIOD.start.replace(month=5, day=15)]
    assert _tile_number(dashboard, "cases") == str(len(first_half))


def _main(qtbot, data: DataSet) -> tuple[MainWindow, StatisticsDashboard]:  # type: ignore[no-untyped-def]
    mw = MainWindow(_session(data))
    qtbot.addWidget(mw.window)
    mw.window.resize(1280, 860)
    mw.show()
    mw.window.actionStatistics.trigger()
    dashboard = mw.window.tabs.currentWidget()
    assert isinstance(dashboard, StatisticsDashboard)
    _ready(qtbot, dashboard)
    _choose(qtbot, dashboard, period=PERIOD)
    return mw, dashboard


def double_click(widget: QWidget, pos: QPoint) -> None:
    """What the mouse sends for a double-click: a click, then the second press that Qt
    reports as a double-click (QTest's mouseDClick alone sends only the second)."""
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
    QTest.mouseDClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)


def _cases_tab(mw: MainWindow) -> CasesTab:
    tab = mw.window.tabs.currentWidget()
    assert isinstance(tab, CasesTab)
    return tab


def _loaded(tab: CasesTab) -> list[str]:
    return sorted(tab.case_numbers())


def test_double_clicking_a_row_a_bar_or_a_tile_lists_the_cases_behind_it(qtbot, dataset):
    mw, dashboard = _main(qtbot, dataset)
    want = expected(dataset)

    # A table row: the cases of one kind of dispute.
    section = dashboard.sections["category"]
    dashboard.ui.sections.setCurrentWidget(section)
    table = section.ui.table
    row = next(r for r in range(table.rowCount())
               if table.item(r, 0).text() == "Land and property boundaries")
    qtbot.waitUntil(table.isVisible, timeout=WAIT)
    rect = table.visualRect(table.model().index(row, 0))
    double_click(table.viewport(), rect.center())
    tab = _cases_tab(mw)
    land = {v.id for v in dataset.views() if v.id in want.ids["all"] and v.category == "land"}
    assert _loaded(tab) == _numbers(dataset, land)
    assert mw.window.tabs.tabText(mw.window.tabs.indexOf(tab)) == \
        "Cases: Land and property boundaries"
    assert tab.ui.titleLabel.text() == "Kind of dispute: Land and property boundaries"
    assert tab.ui.countLabel.text() == f"{len(land)} cases"

    # A bar of the stage chart: a real double-click in the middle of the bar.
    mw.window.tabs.setCurrentWidget(dashboard)
    section = dashboard.sections["stage"]
    dashboard.ui.sections.setCurrentWidget(section)
    view = section.chart
    qtbot.waitUntil(view.isVisible, timeout=WAIT)
    chart = view.chart()
    series = chart.series()[0]
    assert isinstance(series, QHorizontalBarSeries)
    categories = next(a for a in chart.axes() if isinstance(a, QBarCategoryAxis))
    labels = categories.categories()
    index = labels.index("Follow-up")
    bar_set = series.barSets()[0]
    middle = chart.mapToPosition(QPointF(bar_set.at(index) / 2, index), series)
    double_click(view.viewport(), view.mapFromScene(middle))
    tab = _cases_tab(mw)
    in_follow_up = {v.id for v in dataset.views()
                    if v.id in want.ids["all"] and v.stage == "follow_up"}
    assert _loaded(tab) == _numbers(dataset, in_follow_up)
    assert sum(isinstance(mw.window.tabs.widget(i), CasesTab)
               for i in range(mw.window.tabs.count())) == 1       # one tab, reused

    # A tile: the cases referred.
    mw.window.tabs.setCurrentWidget(dashboard)
    qtbot.mouseClick(dashboard.tiles["referral"], Qt.MouseButton.LeftButton)
    assert _loaded(_cases_tab(mw)) == _numbers(dataset, want.ids["referred"])

    # And a listed case opens from there.
    tab = _cases_tab(mw)
    qtbot.waitUntil(tab.ui.caseTable.isVisible, timeout=WAIT)
    first = tab.ui.caseTable.visualRect(tab.model.index(0, 0)).center()
    double_click(tab.ui.caseTable.viewport(), first)
    assert mw.window.tabs.currentWidget().property("caseId") in want.ids["referred"]


def test_the_report_is_saved_from_the_dashboard(qtbot, dataset, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch):
    dashboard = _ready(qtbot, StatisticsDashboard(_session(dataset)))
    qtbot.addWidget(dashboard)
    _choose(qtbot, dashboard, period=PERIOD, forum_id=dataset.world.other_forum_id)
    target = tmp_path / "erbil"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "Excel workbook (*.xlsx)"))
    with qtbot.waitSignal(dashboard.report_saved, timeout=WAIT) as saved:
        dashboard.ui.saveReport.click()
    assert saved.args == [str(tmp_path / "erbil.xlsx")]
    wb = load_workbook(tmp_path / "erbil.xlsx", read_only=True)
    rows = {r[0]: r for r in wb["Key figures"].iter_rows(values_only=True)}
    assert rows["cases"][3] == expected(dataset, forum="ERB01").cases
    filters = {r[0]: r for r in wb["Filters"].iter_rows(values_only=True)}
    assert "ERB01" in filters["forum"][4]


def test_right_to_left_the_bars_grow_from_the_right(qtbot, dataset):
    app = QApplication.instance()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        dashboard = _ready(qtbot, StatisticsDashboard(_session(dataset, language="ar")))
        qtbot.addWidget(dashboard)
        _choose(qtbot, dashboard, period=PERIOD)
        chart = dashboard.sections["category"].chart.chart()
        values = next(a for a in chart.axes() if isinstance(a, QValueAxis))
        categories = next(a for a in chart.axes() if isinstance(a, QBarCategoryAxis))
        assert values.isReverse()
        assert categories.alignment() == Qt.AlignmentFlag.AlignRight
        assert "الأراضي وحدود العقارات" in categories.categories()
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
