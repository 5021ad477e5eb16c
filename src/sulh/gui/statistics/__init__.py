"""Statistics: the dashboard tab and the tab listing the cases behind a figure."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from sulh.gui.qt_i18n import translate
from sulh.gui.statistics.cases_tab import CasesTab
from sulh.gui.statistics.dashboard import StatisticsDashboard
from sulh.services.cases import CaseFilter

__all__ = ["CasesTab", "StatisticsDashboard", "show_cases_behind"]


def show_cases_behind(main_window: Any, dashboard: StatisticsDashboard, f: CaseFilter,
                      title: str) -> QWidget:
    """Show the cases behind a figure in the main window's "cases behind" tab (one tab,
    reused for the next figure), next to the dashboard."""
    tabs = main_window.window.tabs
    tab: CasesTab | None = None
    for i in range(1, tabs.count()):
        widget = tabs.widget(i)
        if isinstance(widget, CasesTab):
            tab = widget
            break
    if tab is None:
        tab = CasesTab(main_window.session)
        tab.open_case.connect(main_window.open_case)
        tabs.insertTab(tabs.indexOf(dashboard) + 1, tab, "")
    # The tab names the row ("Land and property boundaries"); the tab's heading says
    # which figure it is a row of.
    short = title.rsplit(": ", 1)[-1]
    short = short if len(short) <= 40 else short[:39] + "…"
    tabs.setTabText(tabs.indexOf(tab), translate("Statistics", "Cases: {figure}").format(
        figure=short))
    tab.show_cases(f, title, dashboard.ui.scopeLabel.text())
    tabs.setCurrentWidget(tab)
    return tab
