"""The main window: views and filters on the left, the case list and open cases as tabs."""

from __future__ import annotations

import contextlib
import datetime as dt
from typing import Any

import shiboken6
from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QMainWindow, QWidget

from sulh.domain.errors import SulhError
from sulh.domain.roles import ROLE_LABELS, Action, Role
from sulh.domain.workflow import STAGE_LABELS, Stage
from sulh.gui import feedback
from sulh.gui.case_list_model import CaseListModel, KeysetSource, Page
from sulh.gui.forms import load_form
from sulh.gui.qt_i18n import digits, translate
from sulh.gui.session import AppSession
from sulh.services import cases, forums
from sulh.services.cases import CaseFilter
from sulh.services.records import CaseSummary
from sulh.services.reference_data import reference_data

VIEW_OPEN, VIEW_MINE, VIEW_DUE, VIEW_ALL = range(4)


class IdleWatcher(QObject):
    """Fires `idle` after a period with no key press or mouse use anywhere in the app."""

    idle = Signal()
    _ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                 QEvent.Type.Wheel, QEvent.Type.TouchBegin}

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.idle)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in self._ACTIVITY:
            self.timer.start()
        return False


class _CloseGuard(QObject):
    """Asks every open case tab whether it may close before the window does."""

    def __init__(self, owner: MainWindow) -> None:
        super().__init__(owner.window)
        self.owner = owner

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (event.type() == QEvent.Type.Close and not self.owner.force_close
                and not self.owner.may_close_tabs()):
            event.ignore()
            return True
        return False


class MainWindow(QObject):
    """Wraps the Designer form `ui/main_window.ui`."""

    lock_requested = Signal()
    sign_out_requested = Signal()
    #: The absolute session lifetime ran out: the password is asked again.
    session_expired = Signal()

    def __init__(self, session: AppSession, *, idle_ms: int | None = None,
                 lifetime_ms: int | None = None) -> None:
        super().__init__()
        self.session = session
        self.force_close = False
        self.window: QMainWindow = load_form("main_window")
        w = self.window
        w.setWindowTitle(translate("MainWindow", "Sulh — Community Policing Forum cases"))
        self.model = CaseListModel(self._page_source(self._filter()),
                                   language=session.language,
                                   arabic_indic=session.settings.arabic_indic_digits,
                                   parent=self)
        self.model.reference_data = lambda: reference_data(session.ctx)
        table = w.caseTable
        table.setModel(self.model)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        self._fit_columns()
        w.splitter.setStretchFactor(0, 0)
        w.splitter.setStretchFactor(1, 1)
        w.splitter.setSizes([300, 900])
        table.doubleClicked.connect(lambda idx: self.open_case(self.model.case_id(idx.row())))
        table.activated.connect(lambda idx: self.open_case(self.model.case_id(idx.row())))
        self._fill_filters()
        w.viewList.setCurrentRow(VIEW_OPEN)
        w.viewList.currentRowChanged.connect(lambda _row: self.refresh())
        for combo in (w.stageFilter, w.forumFilter, w.categoryFilter, w.mediatorFilter):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        w.useDates.toggled.connect(self._dates_toggled)
        w.dateFrom.dateChanged.connect(lambda _d: self.refresh())
        w.dateTo.dateChanged.connect(lambda _d: self.refresh())
        w.clearFilters.clicked.connect(self.clear_filters)
        # Timers belong to the window, so that they go with it (at shift change, or
        # whoever deletes it) instead of firing on widgets that are gone.
        self._search_timer = QTimer(w)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.refresh)
        w.searchBox.textChanged.connect(lambda _t: self._search_timer.start())
        w.searchBox.returnPressed.connect(self._open_single_result)
        w.tabs.tabCloseRequested.connect(self.close_tab)
        # Views and filters belong to the case list; an open case gets the whole width.
        w.tabs.currentChanged.connect(lambda index: w.sidePanel.setVisible(index == 0))
        w.tabs.tabBar().setTabButton(0, w.tabs.tabBar().ButtonPosition.RightSide, None)
        w.tabs.tabBar().setTabButton(0, w.tabs.tabBar().ButtonPosition.LeftSide, None)
        w.actionNewCase.triggered.connect(self.new_case)
        w.actionNewCase.setEnabled(session.may(Action.LOG_CASE))
        w.actionOpenCase.triggered.connect(self._open_selected)
        w.actionRefresh.triggered.connect(self.refresh)
        w.actionLock.triggered.connect(self.lock_requested)
        w.actionSignOut.triggered.connect(self.sign_out_requested)
        w.actionSettings.triggered.connect(self.open_settings)
        w.actionCheckAgreement.triggered.connect(self.check_agreement)
        w.actionCheckAgreement.setVisible(session.may(Action.VIEW_CASES))
        w.actionPrintCases.triggered.connect(self.print_cases)
        w.actionPrintCases.setVisible(session.may(Action.PRINT_DOCUMENTS))
        w.actionExport.triggered.connect(self.export_cases)
        w.actionExport.setVisible(session.may(Action.EXPORT))
        w.actionStatistics.triggered.connect(self.open_statistics)
        w.actionStatistics.setVisible(session.may(Action.VIEW_STATISTICS))
        w.actionForumWork.triggered.connect(self.open_forum_work)
        w.actionForumWork.setVisible(session.may(Action.VIEW_CASES))
        w.actionAdmin.triggered.connect(self.open_admin)
        w.actionAdmin.setVisible(any(session.may(a) for a in (
            Action.MANAGE_FORUMS, Action.MANAGE_USERS, Action.MANAGE_REFERENCE, Action.BACKUP)))
        session.events.case_changed.connect(lambda _id: self.refresh())
        session.events.cases_changed.connect(self.refresh)
        role = translate(*ROLE_LABELS[Role(session.actor.role)])
        self.user_label = translate("MainWindow", "Signed in: {name} ({role})").format(
            name=session.actor.full_name or session.actor.username, role=role)
        self._guard = _CloseGuard(self)
        w.installEventFilter(self._guard)
        minutes = session.settings.idle_lock_minutes
        self.idle = IdleWatcher(idle_ms if idle_ms is not None else minutes * 60_000, w)
        self.idle.idle.connect(self.lock_requested)
        # Counted from the last time the password was typed (sign-in or unlock).
        self.lifetime = QTimer(self)
        self.lifetime.setSingleShot(True)
        self.lifetime.setInterval(lifetime_ms if lifetime_ms is not None
                                  else session.settings.session_hours * 3_600_000)
        self.lifetime.timeout.connect(self.session_expired)
        self.lifetime.start()
        # The count of a long list arrives after its first rows (from a pool thread).
        self.model.counted.connect(lambda _n: self._update_status())
        # The first rows, read now so that the window shows them the moment it opens.
        self.model.fetchMore(QModelIndex())
        self._fit_columns()
        self._update_status()

    # -- filters and views

    def _fill_filters(self) -> None:
        w, lang = self.window, self.session.language
        w.stageFilter.addItem(translate("MainWindow", "Any stage"), None)
        for stage in Stage:
            w.stageFilter.addItem(translate(*STAGE_LABELS[stage]), stage.value)
        w.forumFilter.addItem(translate("MainWindow", "Any forum"), None)
        for f in forums.list_forums(self.session.ctx, self.session.actor):
            name = {"ar": f.name_ar, "ckb": f.name_ckb, "en": f.name_en}.get(lang) or f.name_ar
            w.forumFilter.addItem(f"{f.code} — {name}", f.id)
        w.categoryFilter.addItem(translate("MainWindow", "Any category"), None)
        for code, label in sorted(reference_data(self.session.ctx).categories.items(),
                                  key=lambda kv: kv[1].name(lang)):
            w.categoryFilter.addItem(label.name(lang), code)
        w.mediatorFilter.addItem(translate("MainWindow", "Any mediator"), None)
        for user_id, name in _mediators(self.session):
            w.mediatorFilter.addItem(name, user_id)
        today = QDate.currentDate()
        w.dateFrom.setDate(today.addMonths(-3))
        w.dateTo.setDate(today)

    def _dates_toggled(self, on: bool) -> None:
        self.window.dateFrom.setEnabled(on)
        self.window.dateTo.setEnabled(on)
        self.refresh()

    def clear_filters(self) -> None:
        w = self.window
        for combo in (w.stageFilter, w.forumFilter, w.categoryFilter, w.mediatorFilter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        w.useDates.setChecked(False)
        w.searchBox.clear()
        self.refresh()

    def _filter(self) -> CaseFilter:
        w = getattr(self, "window", None)
        if w is None or not hasattr(w, "viewList"):
            return CaseFilter()
        view = w.viewList.currentRow()
        actor = self.session.actor
        dates: dict[str, dt.date] = {}
        if w.useDates.isChecked():
            dates = {"date_from": w.dateFrom.date().toPython(),
                     "date_to": w.dateTo.date().toPython()}
        mine: dict[str, int] = {}
        if view == VIEW_MINE:
            mine = ({"mediator_id": actor.user_id}
                    if actor.role in (Role.MEDIATOR, Role.COORDINATOR)
                    else {"created_by": actor.user_id})
        return CaseFilter(
            stage=w.stageFilter.currentData(), forum_id=w.forumFilter.currentData(),
            category=w.categoryFilter.currentData(),
            mediator_id=mine.get("mediator_id") or w.mediatorFilter.currentData(),
            created_by=mine.get("created_by"),
            follow_up_due_by=self.session.ctx.today() if view == VIEW_DUE else None,
            include_archived=view == VIEW_ALL, **dates)

    def _page_source(self, f: CaseFilter) -> KeysetSource:
        ctx, actor = self.session.ctx, self.session.actor

        def read(page: Page, limit: int, sort: str, descending: bool) -> list[CaseSummary]:
            return cases.list_cases(ctx, actor, filter=f, sort=sort, descending=descending,
                                    limit=limit, after=page.after, before=page.before,
                                    from_end=page.from_end, offset=page.offset)
        return KeysetSource(read, lambda: cases.count_matching(ctx, actor, f))

    def _search_source(self, text: str) -> KeysetSource:
        ctx, actor = self.session.ctx, self.session.actor

        def read(page: Page, limit: int, sort: str, descending: bool) -> list[CaseSummary]:
            # One page of the best matches: a search names a case, it does not list them.
            return [] if page != Page() else cases.search_cases(ctx, actor, text, limit=limit)
        return KeysetSource(read)

    def refresh(self) -> None:
        if not shiboken6.isValid(self.window):
            # The window is being torn down: its list widgets announce their last
            # "current row changed" on the way out.
            return
        text = self.window.searchBox.text().strip()
        try:
            if text:
                self.model.set_source(self._search_source(text))
            else:
                self.model.set_source(self._page_source(self._filter()))
            # A new list starts at its top, wherever the last one was scrolled to.
            self.window.caseTable.scrollToTop()
        except Exception as e:  # noqa: BLE001 - shown to the user; the list stays usable
            feedback.show_error(self.window, e)
        self._fit_columns()
        self._update_status()

    def _fit_columns(self) -> None:
        table = self.window.caseTable
        for column in (0, 1):
            table.resizeColumnToContents(column)
        em = table.fontMetrics().horizontalAdvance("M")
        for column, width in ((2, 9), (3, 14), (4, 8)):
            table.setColumnWidth(column, em * width)

    def _update_status(self) -> None:
        w = self.window
        if w.searchBox.text().strip():
            found = translate("MainWindow", "{n} found").format(n=self.model.loaded())
        elif (total := self.model.total()) is not None:
            found = translate("MainWindow", "{n} cases").format(n=total)
        else:
            found = translate("MainWindow", "Counting cases…")
        w.statusBar().showMessage(
            f"{digits(found, self.session.settings.arabic_indic_digits)}   ·   "
            f"{self.user_label}")

    # -- cases in tabs

    def _open_selected(self) -> None:
        rows = self.window.caseTable.selectionModel().selectedRows()
        if rows:
            self.open_case(self.model.case_id(rows[0].row()))

    def _open_single_result(self) -> None:
        if self.model.rowCount() == 1:
            self.open_case(self.model.case_id(0))

    def open_case(self, case_id: int | None) -> QWidget | None:
        if case_id is None:
            return None
        tabs = self.window.tabs
        for i in range(1, tabs.count()):
            if tabs.widget(i).property("caseId") == case_id:
                tabs.setCurrentIndex(i)
                return tabs.widget(i)
        from sulh.gui.case_view import CaseView

        try:
            # First: a case that is gone, or another forum's (a paper checked from
            # elsewhere), is said so once, with no empty tab.
            summary = cases.get_case_view(self.session.ctx, self.session.actor, case_id)
            view = CaseView(self.session, case_id)
        except SulhError as e:   # e.g. the case is no longer there
            feedback.show_error(self.window, e)
            return None
        widget = getattr(view, "widget", view)
        widget.setProperty("caseId", case_id)
        widget.setProperty("controller", view)
        tabs.addTab(widget, summary.number.replace("-", "\u2011"))
        tabs.setCurrentWidget(widget)
        return widget

    def new_case(self) -> QWidget | None:
        from sulh.gui.intake_form import IntakeForm

        form = IntakeForm(self.session)
        widget = getattr(form, "widget", form)
        widget.setProperty("controller", form)
        tabs = self.window.tabs
        tabs.addTab(widget, translate("MainWindow", "New dispute"))
        tabs.setCurrentWidget(widget)
        return widget

    def close_tab(self, index: int) -> None:
        if index == 0:
            return
        widget = self.window.tabs.widget(index)
        if _may_close(widget):
            self.window.tabs.removeTab(index)
            widget.deleteLater()

    def may_close_tabs(self) -> bool:
        tabs = self.window.tabs
        return all(_may_close(tabs.widget(i)) for i in range(1, tabs.count()))

    def open_admin(self) -> QWidget | None:
        tabs = self.window.tabs
        for i in range(1, tabs.count()):
            if tabs.widget(i).property("adminPanel"):
                tabs.setCurrentIndex(i)
                return tabs.widget(i)
        from sulh.gui.admin import AdminPanel

        panel = AdminPanel(self.session)
        panel.setProperty("adminPanel", True)
        tabs.addTab(panel, translate("MainWindow", "Administration"))
        tabs.setCurrentWidget(panel)
        return panel

    def open_statistics(self) -> QWidget | None:
        tabs = self.window.tabs
        for i in range(1, tabs.count()):
            if tabs.widget(i).property("statisticsDashboard"):
                tabs.setCurrentIndex(i)
                return tabs.widget(i)
        from sulh.gui.statistics import StatisticsDashboard, show_cases_behind

        dashboard = StatisticsDashboard(self.session)
        dashboard.setProperty("statisticsDashboard", True)
        dashboard.drill_down.connect(
            lambda f, title: show_cases_behind(self, dashboard, f, title))
        tabs.addTab(dashboard, translate("MainWindow", "Statistics"))
        tabs.setCurrentWidget(dashboard)
        return dashboard

    def open_forum_work(self) -> QWidget | None:
        tabs = self.window.tabs
        for i in range(1, tabs.count()):
            if tabs.widget(i).property("forumWorkPanel"):
                tabs.setCurrentIndex(i)
                return tabs.widget(i)
        from sulh.gui.forum_work import ForumWorkPanel

        panel = ForumWorkPanel(self.session)
        panel.setProperty("forumWorkPanel", True)
        tabs.addTab(panel, translate("MainWindow", "Forum work"))
        tabs.setCurrentWidget(panel)
        return panel

    # -- several cases at once

    def list_source(self) -> KeysetSource:
        """What the case list shows now: the search's matches, or the view and filters."""
        text = self.window.searchBox.text().strip()
        return self._search_source(text) if text else self._page_source(self._filter())

    def selected_case_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.window.caseTable.selectionModel().selectedRows())
        return [cid for cid in (self.model.case_id(r) for r in rows) if cid is not None]

    def _long_work(self, kind: Any) -> Any:
        from sulh.gui.long_work import all_ids

        source = self.list_source()
        # A search shows all its matches at once; a long list is counted in the background
        # (None until it is known).
        searching = bool(self.window.searchBox.text().strip())
        shown = self.model.loaded() if searching else self.model.total()
        dialog = kind(self.session, self.selected_case_ids(), lambda: all_ids(source), shown,
                      self.window)
        dialog.open()
        return dialog

    def print_cases(self) -> Any:
        """The documents of several cases in one PDF file (gui.long_work)."""
        from sulh.gui.long_work import BatchPrintDialog

        return self._long_work(BatchPrintDialog)

    def export_cases(self) -> Any:
        """Cases into an exchange file (gui.long_work)."""
        from sulh.gui.long_work import ExportDialog

        return self._long_work(ExportDialog)

    def check_agreement(self) -> Any:
        """The "check a paper agreement" dialog; its "open the case" opens a tab here."""
        from sulh.gui.check_agreement import CheckAgreementDialog

        dialog = CheckAgreementDialog(self.session, self.window)
        dialog.open_case.connect(self.open_case)
        dialog.open()
        return dialog

    def open_settings(self) -> None:
        from sulh.gui.settings_dialog import SettingsDialog

        SettingsDialog(self.session.settings, self.window).exec()

    def show(self) -> None:
        self.window.show()

    def close(self, *, force: bool = False) -> bool:
        self.force_close = force
        closed = bool(self.window.close())
        if closed:
            # At shift change this window goes while Python still holds it: nothing
            # queued for it (a search typed a moment ago, the idle lock, another
            # window's change notices) may reach its deleted widgets afterwards.
            self.idle.timer.stop()
            self.lifetime.stop()
            self._search_timer.stop()
            for signal in (self.session.events.case_changed, self.session.events.cases_changed):
                with contextlib.suppress(RuntimeError, TypeError):
                    signal.disconnect()
        return closed


def _may_close(widget: QWidget) -> bool:
    """A tab with unsaved changes asks (its controller's `may_close`), others just close."""
    controller: Any = widget.property("controller")
    check = getattr(controller, "may_close", None) or getattr(widget, "may_close", None)
    return bool(check()) if callable(check) else True


def _mediators(session: AppSession) -> list[tuple[int, str]]:
    from sulh.services import users

    return users.mediator_names(session.ctx, session.actor)
