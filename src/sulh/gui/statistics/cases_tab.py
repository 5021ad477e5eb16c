"""The cases behind a figure (ui/statistics_cases.ui): the case list of the main window,
lazy and sortable, over the figure's filter; double-click opens a case."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QVBoxLayout, QWidget

from sulh.gui.case_list_model import CaseListModel, PageSource
from sulh.gui.forms import load_form
from sulh.gui.qt_i18n import digits, translate
from sulh.gui.session import AppSession
from sulh.services import cases
from sulh.services.cases import CaseFilter
from sulh.services.records import CaseSummary


class CasesTab(QWidget):
    open_case = Signal(int)

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.filter = CaseFilter()
        self.ui = load_form("statistics_cases", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.ui)
        self.model = CaseListModel(self._source(self.filter), language=session.language,
                                   arabic_indic=session.settings.arabic_indic_digits,
                                   parent=self)
        table = self.ui.caseTable
        table.setModel(self.model)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.doubleClicked.connect(lambda index: self._open(index.row()))
        table.activated.connect(lambda index: self._open(index.row()))

    def _source(self, f: CaseFilter) -> PageSource:
        ctx, actor = self.session.ctx, self.session.actor

        def source(offset: int, limit: int, sort: str, descending: bool) -> list[CaseSummary]:
            return cases.list_cases(ctx, actor, filter=f, sort=sort, descending=descending,
                                    offset=offset, limit=limit)
        return source

    def show_cases(self, f: CaseFilter, title: str, scope: str = "") -> None:
        self.filter = f
        self.ui.titleLabel.setText(title)
        self.ui.scopeLabel.setText(scope)
        self.ui.scopeLabel.setVisible(bool(scope))
        self.model.set_source(self._source(f))
        total = cases.count_matching(self.session.ctx, self.session.actor, f)
        self.ui.countLabel.setText(digits(translate("Statistics", "{n} cases").format(n=total),
                                          self.session.settings.arabic_indic_digits))
        table = self.ui.caseTable
        for column in (0, 1):
            table.resizeColumnToContents(column)
        em = table.fontMetrics().horizontalAdvance("M")
        for column, width in ((2, 9), (3, 14), (4, 8)):
            table.setColumnWidth(column, em * width)

    def case_numbers(self) -> list[str]:
        """The case numbers listed so far (as loaded), in order."""
        return [str(self.model.data(self.model.index(r, 0))).replace("\u2011", "-")
                for r in range(self.model.rowCount())]

    def _open(self, row: int) -> None:
        case_id = self.model.case_id(row)
        if case_id is not None:
            self.open_case.emit(case_id)
