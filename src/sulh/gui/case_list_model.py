"""The case list: a lazy table model that reads pages from the services as it scrolls.

With a `KeysetSource` the list holds any number of cases in little memory: the first
page shows at once, the count comes from a pool thread, and from then on every row
exists for the view, read a page at a time when it is first shown -- the page after or
before one already read by a range seek from its edge row, the last page from the end
-- and only the pages seen most recently are kept.  A plain `PageSource` (offset, limit,
sort, descending) loads page after page as the view asks for more.
"""

from __future__ import annotations

from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from sulh.domain.reference import ReferenceData, reference
from sulh.domain.workflow import STAGE_LABELS, Stage
from sulh.gui.qt_i18n import digits, translate
from sulh.i18n import QT_TRANSLATE_NOOP
from sulh.services.records import CaseSummary

Index = QModelIndex | QPersistentModelIndex
#: (offset, limit, sort column, descending) -> rows
PageSource = Callable[[int, int, str, bool], list[CaseSummary]]


@dataclass(frozen=True)
class Page:
    """Which rows to read: those after a row, before a row, or at the end of the list,
    or (a jump) `offset` rows from the start -- from the end with `from_end`."""

    after: CaseSummary | None = None
    before: CaseSummary | None = None
    from_end: bool = False
    offset: int = 0


@dataclass(frozen=True)
class KeysetSource:
    """A list read by its edges: `read(page, limit, sort column, descending)` gives rows
    in list order; `count()` (slow on a big list: run off the GUI thread) how many."""

    read: Callable[[Page, int, str, bool], list[CaseSummary]]
    count: Callable[[], int] | None = None

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
#: The roles the list answers: any other is answered without reading a page.
_ROLES = {int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole),
          int(Qt.ItemDataRole.UserRole) + 1}


_COUNT_JOBS: deque[Any] = deque(maxlen=64)


class CaseListModel(QAbstractTableModel):
    PAGE = 200
    #: Pages kept once the list's length is known; older ones are read again if shown.
    KEEP_PAGES = 50
    CaseIdRole = Qt.ItemDataRole.UserRole + 1
    #: The number of cases in the list, once known.
    counted = Signal(int)
    #: The lists that give codes their names (the window sets its database's own).
    reference_data: Callable[[], ReferenceData] = staticmethod(reference)

    def __init__(self, source: PageSource | KeysetSource, *, language: str = "en",
                 arabic_indic: bool = False, parent: Any = None) -> None:
        super().__init__(parent)
        self._source = source
        self._pages: OrderedDict[int, list[CaseSummary]] = OrderedDict()
        self._rows = 0                      # rows the view sees
        self._total: int | None = None      # rows in the list, once known
        self._exhausted = False
        self._count_job: Any = None
        self._sort = "intake_date"
        self._descending = True
        self._language = language
        self._arabic_indic = arabic_indic

    # -- loading

    def set_source(self, source: PageSource | KeysetSource) -> None:
        """Show another list (a new filter or search); rows load again from the top."""
        self.beginResetModel()
        self._source = source
        self._pages.clear()
        self._rows = 0
        self._total = None
        self._exhausted = False
        self._count_job = None              # a count still running is for the old list
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def reload(self) -> None:
        self.set_source(self._source)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._exhausted:
            return
        k = self._rows // self.PAGE
        page = self._read(k)
        if len(page) < self.PAGE:
            self._exhausted = True
        if page:
            self.beginInsertRows(QModelIndex(), self._rows, self._rows + len(page) - 1)
            self._rows += len(page)
            self.endInsertRows()
        if self._exhausted:
            self._set_total(self._rows)
        elif k == 0:
            # Counted once the first rows are on screen: started now, the count would
            # take turns with the first paint.
            source = self._source
            QTimer.singleShot(0, self, lambda: self._start_count(source))

    def _read(self, k: int) -> list[CaseSummary]:
        """Page `k`, from those kept or from the source by the quickest way there."""
        rows = self._pages.get(k)
        if rows is not None:
            self._pages.move_to_end(k)
            return rows
        n, sort, down = self.PAGE, self._sort, self._descending
        src = self._source
        if not isinstance(src, KeysetSource):
            rows = src(k * n, n, sort, down)
        elif k == 0:
            rows = src.read(Page(), n, sort, down)
        elif len(self._pages.get(k - 1, ())) == n:
            rows = src.read(Page(after=self._pages[k - 1][-1]), n, sort, down)
        elif self._pages.get(k + 1):
            rows = src.read(Page(before=self._pages[k + 1][0]), n, sort, down)
        elif self._total is not None and k == (self._total - 1) // n:
            rows = src.read(Page(from_end=True), self._total - k * n, sort, down)
        elif self._total is not None and self._total - (k + 1) * n < k * n:
            rows = src.read(Page(from_end=True, offset=self._total - (k + 1) * n), n, sort,
                            down)
        else:
            rows = src.read(Page(offset=k * n), n, sort, down)
        self._pages[k] = rows
        # Until the length is known the pages are the list itself; after, they are a cache.
        while self._total is not None and len(self._pages) > self.KEEP_PAGES:
            self._pages.popitem(last=False)
        return rows

    def _start_count(self, source: PageSource | KeysetSource) -> None:
        src = self._source
        if (src is not source or self._total is not None or not isinstance(src, KeysetSource)
                or src.count is None):
            return                          # another list by now, or nothing to count
        from sulh.gui.worker import Job, start

        count = src.count
        job = Job(lambda _report, _cancelled: count())
        job.signals.finished.connect(self._count_done)
        job.signals.failed.connect(self._count_failed)
        self._count_job = job
        # The pool runs the job after this model may have moved on to another list
        # (or gone): it must outlive its run, which is long over 64 counts later.
        _COUNT_JOBS.append(job)
        start(job)

    def _count_failed(self, _error: BaseException) -> None:
        if self._count_job is not None and self.sender() is self._count_job.signals:
            self._count_job = None          # the list stays as far as it was read

    def _count_done(self, total: int) -> None:
        if self._count_job is None or self.sender() is not self._count_job.signals:
            return                          # the list changed while it was counted
        self._count_job = None
        if total < self._rows:
            # Fewer than already shown: the cases changed meanwhile; read them again.
            self.reload()
            return
        self._set_total(total)

    def _set_total(self, total: int) -> None:
        self._total = total
        if total > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, total - 1)
            self._rows = total
            self.endInsertRows()
        self._exhausted = True
        self.counted.emit(total)

    def total(self) -> int | None:
        """The number of cases in the list, if known yet."""
        return self._total

    def _row(self, row: int) -> CaseSummary | None:
        if not 0 <= row < self._rows:
            return None
        page = self._read(row // self.PAGE)
        i = row % self.PAGE
        return page[i] if i < len(page) else None

    # -- the table

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return translate(*_HEADERS[COLUMNS[section]])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in _ROLES:
            return None
        row = self._row(index.row())
        if row is None:
            return None
        if role == self.CaseIdRole:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[index.column()] == "first_party":
            return _first_parties(row)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = COLUMNS[index.column()]
        ref = self.reference_data()
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
        return _first_parties(row)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        name = COLUMNS[column] if 0 <= column < len(COLUMNS) else "number"
        if name not in _SORTABLE:
            return
        self._sort = name
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def case_id(self, row: int) -> int | None:
        found = self._row(row)
        return found.id if found is not None else None

    def loaded(self) -> int:
        """The rows in the list as far as it is known (all of them once counted)."""
        return self._rows


def _first_parties(row: CaseSummary) -> str:
    if row.identities_hidden:
        hidden = translate("CaseList", "hidden: sensitive case")
        return f"{row.first_parties} ({hidden})"
    return row.first_parties
