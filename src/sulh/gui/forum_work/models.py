"""Item models of the forum work tab: lists of members, meetings, trainings and survey
rounds, and the grid of people by category and sex that meetings and trainings count."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from sulh.domain.forum_work import MEMBER_CATEGORIES, SEXES
from sulh.gui.forum_work.labels import CATEGORIES, SEXES_PLURAL, label
from sulh.gui.qt_i18n import digits, translate

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
ROW_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Column(Generic[T]):
    title: tuple[str, str]                        # marked with QT_TRANSLATE_NOOP
    text: Callable[[T], str]
    numeric: bool = False
    #: Left-to-right text (a phone number) that must keep its order in a right-to-left row.
    ltr: bool = False


class RowsModel(QAbstractTableModel, Generic[T]):
    """A read-only table of records (frozen views), one row each; UserRole gives the
    record itself."""

    def __init__(self, columns: Sequence[Column[T]], *, arabic_indic: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[T] = []
        self.arabic_indic = arabic_indic
        self.greyed: Callable[[T], bool] = lambda _row: False

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> T | None:
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        record = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == DISPLAY:
            text = digits(column.text(record), self.arabic_indic)
            return f"\u2066{text}\u2069" if column.ltr and text else text
        if role == ROW_ROLE:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self.greyed(record):
            return QApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                QPalette.ColorRole.Text)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = DISPLAY) -> Any:
        if (role == DISPLAY and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.columns)):
            return translate(*self.columns[section].title)
        return None


TOTAL = "total"


class AttendanceModel(QAbstractTableModel):
    """People by category (rows) and sex (columns: women, men, total), with a totals
    row. Women and men are typed; totals are worked out. Men are never counted in the
    women's category, so that cell cannot be edited."""

    changed = Signal()

    def __init__(self, *, arabic_indic: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.arabic_indic = arabic_indic
        self.counts: dict[str, dict[str, int]] = {c: {s: 0 for s in SEXES}
                                                  for c in MEMBER_CATEGORIES}
        self.categories = list(MEMBER_CATEGORIES)

    # -- the values

    def set_counts(self, counts: dict[str, dict[str, int]] | None) -> None:
        self.beginResetModel()
        self.counts = {c: {s: int((counts or {}).get(c, {}).get(s, 0)) for s in SEXES}
                       for c in MEMBER_CATEGORIES}
        self.endResetModel()
        self.changed.emit()

    def values(self) -> dict[str, dict[str, int]]:
        return {c: dict(by_sex) for c, by_sex in self.counts.items()}

    def total(self, sex: str | None = None) -> int:
        return sum(n for by_sex in self.counts.values() for s, n in by_sex.items()
                   if sex is None or s == sex)

    def set_count(self, category: str, sex: str, n: int) -> bool:
        row = self.categories.index(category)
        return self.setData(self.index(row, list(SEXES).index(sex)), n)

    # -- the model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.categories) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(SEXES) + 1

    def _cell(self, index: Index) -> tuple[str, str]:
        category = self.categories[index.row()] if index.row() < len(self.categories) else TOTAL
        sex = list(SEXES)[index.column()] if index.column() < len(SEXES) else TOTAL
        return category, sex

    def _locked(self, category: str, sex: str) -> bool:
        return category == "women" and sex == "m"

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        category, sex = self._cell(index)
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if TOTAL in (category, sex) or self._locked(category, sex):
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or index.row() >= self.rowCount() or \
                index.column() >= self.columnCount():
            return None
        category, sex = self._cell(index)
        if role in (DISPLAY, Qt.ItemDataRole.EditRole):
            if self._locked(category, sex):
                return "—" if role == DISPLAY else 0
            if category == TOTAL:
                n = self.total(None if sex == TOTAL else sex)
            elif sex == TOTAL:
                n = sum(self.counts[category].values())
            else:
                n = self.counts[category][sex]
            return digits(str(n), self.arabic_indic) if role == DISPLAY else n
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and TOTAL in (category, sex):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole  # noqa: N802
                ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index)
                                                    & Qt.ItemFlag.ItemIsEditable):
            return False
        try:
            n = int(str(value).translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")))
        except ValueError:
            return False
        if n < 0:
            return False
        category, sex = self._cell(index)
        self.counts[category][sex] = n
        last_row, last_col = self.rowCount() - 1, self.columnCount() - 1
        self.dataChanged.emit(index, index)
        self.dataChanged.emit(self.index(index.row(), last_col), self.index(index.row(), last_col))
        self.dataChanged.emit(self.index(last_row, 0), self.index(last_row, last_col))
        self.changed.emit()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = DISPLAY) -> Any:
        if role != DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section < len(SEXES):
                return label(SEXES_PLURAL, list(SEXES)[section])
            return translate("ForumWork", "Total") if section == len(SEXES) else None
        if section < len(self.categories):
            return label(CATEGORIES, self.categories[section])
        return translate("ForumWork", "Total") if section == len(self.categories) else None


class CountDelegate(QStyledItemDelegate):
    """Counts are typed in a spin box that cannot go below zero."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        box = QSpinBox(parent)
        box.setRange(0, 99_999)
        box.setFrame(False)
        box.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return box
