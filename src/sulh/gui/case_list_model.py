"""The case list: a lazy table model that fetches pages from the services as it scrolls."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from sulh.domain.reference import reference
from sulh.domain.workflow import STAGE_LABELS, Stage
from sulh.gui.qt_i18n import digits, translate
from sulh.i18n import QT_TRANSLATE_NOOP
from sulh.services.records import CaseSummary

Index = QModelIndex | QPersistentModelIndex
#: (offset, limit, sort column, descending) -> rows
PageSource = Callable[[int, int, str, bool], list[CaseSummary]]

COLUMNS = ("number", "intake_date", "stage", "category", "governorate", "first_party")
_HEADERS = {
    "number": QT_TRANSLATE_NOOP("CaseList", "Case number"),
    "intake_date": QT_TRANSLATE_NOOP("CaseList", "Intake date"),
    "stage": QT_TRANSLATE_NOOP("CaseList", "Stage"),
    "category": QT_TRANSLATE_NOOP("CaseList", "Category"),
    "governorate": QT_TRANSLATE_NOOP("CaseList", "Governorate"),
    "first_party": QT_TRANSLATE_NOOP("CaseList", "First party"),
}
_SORTABLE = {"number", "intake_date", "stage", "category", "governorate"}


class CaseListModel(QAbstractTableModel):
    PAGE = 200
    CaseIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, source: PageSource, *, language: str = "en",
                 arabic_indic: bool = False, parent: Any = None) -> None:
        super().__init__(parent)
        self._source = source
        self._rows: list[CaseSummary] = []
        self._exhausted = False
        self._sort = "intake_date"
        self._descending = True
        self._language = language
        self._arabic_indic = arabic_indic

    # -- loading

    def set_source(self, source: PageSource) -> None:
        """Show another list (a new filter or search); rows load again from the top."""
        self.beginResetModel()
        self._source = source
        self._rows = []
        self._exhausted = False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def reload(self) -> None:
        self.set_source(self._source)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._exhausted:
            return
        page = self._source(len(self._rows), self.PAGE, self._sort, self._descending)
        if len(page) < self.PAGE:
            self._exhausted = True
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    # -- the table

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return translate(*_HEADERS[COLUMNS[section]])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == self.CaseIdRole:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[index.column()] == "first_party":
            return row.first_parties
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = COLUMNS[index.column()]
        ref = reference()
        if column == "number":
            # U+2011 keeps Qt from breaking the number at its hyphens.
            return digits(row.number, self._arabic_indic).replace("-", "\u2011")
        if column == "intake_date":
            return digits(row.intake_date.isoformat(), self._arabic_indic)
        if column == "stage":
            return translate(*STAGE_LABELS[Stage(row.stage)])
        if column == "category":
            label = ref.categories.get(row.category or "")
            return label.name(self._language) if label else ""
        if column == "governorate":
            place = ref.governorates.get(row.governorate or "")
            return place.name(self._language) if place else ""
        return row.first_parties

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        name = COLUMNS[column] if 0 <= column < len(COLUMNS) else "number"
        if name not in _SORTABLE:
            return
        self._sort = name
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def case_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def loaded(self) -> int:
        return len(self._rows)
