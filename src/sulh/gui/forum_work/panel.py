"""The forum work tab (ui/forum_work_panel.ui): one forum's members, meetings,
trainings and campaigns, and community survey rounds, each on a page of its own.

Everyone may read them; a coordinator records their own forum's (the services check
again on every call)."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView, QVBoxLayout, QWidget

from sulh.domain.forum_work import INDICATORS, Quarter
from sulh.domain.roles import Action
from sulh.gui import feedback
from sulh.gui.forms import load_form
from sulh.gui.forum_work.base import FormDialog, select_data
from sulh.gui.forum_work.charts import ChartHost, indicator_chart, share_chart
from sulh.gui.forum_work.dialogs import (
    MeetingDialog,
    MemberDialog,
    SurveyImportDialog,
    SurveyRoundDialog,
    TrainingDialog,
    forum_title,
    percent_text,
)
from sulh.gui.forum_work.labels import (
    CATEGORIES,
    KINDS,
    LANGUAGE_PAIRS,
    SEXES,
    SEXES_PLURAL,
    label,
)
from sulh.gui.forum_work.labels import (
    INDICATORS as INDICATOR_LABELS,
)
from sulh.gui.forum_work.models import ROW_ROLE, Column, RowsModel
from sulh.gui.pdf_preview import PdfPreview
from sulh.gui.qt_i18n import digits, translate
from sulh.gui.session import AppSession
from sulh.i18n import QT_TRANSLATE_NOOP
from sulh.services import forum_work, forums, surveys
from sulh.services.records import (
    ForumView,
    MeetingView,
    MemberView,
    SurveyRoundView,
    TrainingView,
)

T = TypeVar("T")

#: How many quarters the members' chart looks back.
SHARE_QUARTERS = 8


def _table(view: QTableView, model: RowsModel[Any], stretch: int) -> None:
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def _selected(view: QTableView) -> Any:
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    return rows[0].data(ROW_ROLE) if rows else None


def _select(view: QTableView, model: RowsModel[Any], key: Callable[[Any], bool]) -> None:
    for n, row in enumerate(model.rows):
        if key(row):
            view.selectRow(n)
            return


class Page(QWidget):
    """One page of the panel, built from `ui/<form_name>.ui`."""

    form_name = ""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = load_form(self.form_name, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.ui)
        self.forum: ForumView | None = None
        self.editable = False
        self.dialog: FormDialog | None = None
        self.arabic = session.settings.arabic_indic_digits

    def set_forum(self, forum: ForumView, editable: bool) -> None:
        self.forum, self.editable = forum, editable
        self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError

    def _open(self, dialog: FormDialog, after: Callable[[Any], None]) -> FormDialog:
        self.dialog = dialog
        dialog.saved.connect(after)
        dialog.open()
        return dialog

    def _read(self, call: Callable[[], T]) -> T | None:
        try:
            return call()
        except Exception as e:  # noqa: BLE001 - shown; the page stays usable
            feedback.show_error(self, e)
            return None

    def _date(self, value: Any) -> str:
        return digits(value.isoformat(), self.arabic) if value else ""


# ---------------------------------------------------------------- members

MEMBER_COLUMNS: list[Column[MemberView]] = [
    Column(QT_TRANSLATE_NOOP("ForumWork", "Name"), lambda x: x.full_name),
    Column(QT_TRANSLATE_NOOP("ForumWork", "Sex"), lambda x: label(SEXES, x.sex)),
    Column(QT_TRANSLATE_NOOP("ForumWork", "Category"), lambda x: label(CATEGORIES, x.category)),
    Column(QT_TRANSLATE_NOOP("ForumWork", "Phone"), lambda x: x.phone or "", ltr=True),
    Column(QT_TRANSLATE_NOOP("ForumWork", "Joined"), lambda x: x.joined_on.isoformat(),
           numeric=True),
    Column(QT_TRANSLATE_NOOP("ForumWork", "Left"),
           lambda x: x.left_on.isoformat() if x.left_on else "", numeric=True),
]


class MembersPage(Page):
    form_name = "forum_members"

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.model: RowsModel[MemberView] = RowsModel(MEMBER_COLUMNS, arabic_indic=self.arabic,
                                                      parent=self)
        today = session.ctx.today()
        self.model.greyed = lambda x: not x.active_on(today)
        _table(self.ui.memberTable, self.model, 0)
        self.chart = ChartHost(self.ui.shareChart)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.addMember.clicked.connect(self.add_member)
        self.ui.editMember.clicked.connect(self.edit_member)
        self.ui.memberTable.doubleClicked.connect(lambda _i: self.edit_member())
        self.ui.showFormer.toggled.connect(lambda _on: self.refresh())
        self.ui.memberTable.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons())
        self.members: list[MemberView] = []

    def refresh(self, select: int | None = None) -> None:
        if self.forum is None:
            return
        s, today = self.session, self.session.ctx.today()
        members = self._read(lambda: forum_work.list_members(s.ctx, s.actor, self.forum.id))
        if members is None:
            return
        self.members = members
        shown = members if self.ui.showFormer.isChecked() else [
            x for x in members if x.active_on(today)]
        self.model.set_rows(shown)
        if select is not None:
            _select(self.ui.memberTable, self.model, lambda x: x.id == select)
        current = [x for x in members if x.active_on(today)]
        women = sum(1 for x in current if x.sex == "f")
        self.ui.summary.setText(digits(translate(
            "ForumWork", "On the forum today: {n} members, {w} of them women ({p})."
        ).format(n=len(current), w=women,
                 p=percent_text(100.0 * women / len(current) if current else None, False)),
            self.arabic))
        last = Quarter.of(today)
        quarters = [last]
        while len(quarters) < SHARE_QUARTERS:
            quarters.insert(0, quarters[0].previous())
        shares = self._read(lambda: forum_work.women_share_over_time(
            s.ctx, s.actor, self.forum.id, [str(q) for q in quarters]))
        if shares is not None:
            self.chart.show(share_chart(shares, arabic_indic=self.arabic))
        self._update_buttons()

    def selected(self) -> MemberView | None:
        member: MemberView | None = _selected(self.ui.memberTable)
        return member

    def _update_buttons(self) -> None:
        self.ui.addMember.setEnabled(self.editable)
        self.ui.editMember.setEnabled(self.editable and self.selected() is not None)

    def add_member(self) -> FormDialog | None:
        if self.forum is None or not self.editable:
            return None
        return self._open(MemberDialog(self.session, self.forum, None, self),
                          lambda view: self.refresh(select=view.id))

    def edit_member(self) -> FormDialog | None:
        member = self.selected()
        if self.forum is None or member is None or not self.editable:
            return None
        return self._open(MemberDialog(self.session, self.forum, member, self),
                          lambda view: self.refresh(select=view.id))


# ---------------------------------------------------------------- meetings

MEETING_COLUMNS: list[Column[MeetingView]] = [
    Column(QT_TRANSLATE_NOOP("ForumWork", "Date"), lambda x: x.held_on.isoformat(),
           numeric=True),
    Column(QT_TRANSLATE_NOOP("ForumWork", "Place"), lambda x: x.place),
    Column(QT_TRANSLATE_NOOP("ForumWork", "Present"), lambda x: str(x.attendance_total),
           numeric=True),
    Column(QT_TRANSLATE_NOOP("ForumWork", "Women"), lambda x: str(x.by_sex("f")), numeric=True),
    Column(QT_TRANSLATE_NOOP("ForumWork", "Men"), lambda x: str(x.by_sex("m")), numeric=True),
    Column(QT_TRANSLATE_NOOP("ForumWork", "Open actions"), lambda x: str(x.open_actions),
           numeric=True),
]


class MeetingsPage(Page):
    form_name = "forum_meetings"

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.model: RowsModel[MeetingView] = RowsModel(MEETING_COLUMNS,
                                                       arabic_indic=self.arabic, parent=self)
        _table(self.ui.meetingTable, self.model, 1)
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 1)
        for code in LANGUAGE_PAIRS:
            self.ui.languages.addItem(label(LANGUAGE_PAIRS, code), code)
        self.ui.addMeeting.clicked.connect(self.add_meeting)
        self.ui.editMeeting.clicked.connect(self.edit_meeting)
        self.ui.printMinutes.clicked.connect(self.print_minutes)
        self.ui.meetingTable.doubleClicked.connect(lambda _i: self.edit_meeting())
        self.ui.meetingTable.selectionModel().selectionChanged.connect(
            lambda *_: self._selection_changed())
        self.preview: PdfPreview | None = None

    def set_forum(self, forum: ForumView, editable: bool) -> None:
        select_data(self.ui.languages, forum_work.default_languages(forum.governorate))
        super().set_forum(forum, editable)

    def refresh(self, select: int | None = None) -> None:
        if self.forum is None:
            return
        s = self.session
        meetings = self._read(lambda: forum_work.list_meetings(s.ctx, s.actor, self.forum.id))
        if meetings is None:
            return
        self.model.set_rows(meetings)
        if select is not None:
            _select(self.ui.meetingTable, self.model, lambda x: x.id == select)
        elif meetings:
            self.ui.meetingTable.selectRow(0)
        self._selection_changed()

    def selected(self) -> MeetingView | None:
        meeting: MeetingView | None = _selected(self.ui.meetingTable)
        return meeting

    def _selection_changed(self) -> None:
        meeting = self.selected()
        self.ui.addMeeting.setEnabled(self.editable)
        self.ui.editMeeting.setEnabled(self.editable and meeting is not None)
        self.ui.printMinutes.setEnabled(meeting is not None
                                        and self.session.may(Action.PRINT_DOCUMENTS))
        self.ui.details.setHtml(self.details_html(meeting) if meeting else "")

    def details_html(self, meeting: MeetingView) -> str:
        """The meeting at a glance; each paragraph takes the direction of its own text."""
        def p(text: str, *, bold: bool = False) -> str:
            body = html.escape(text)
            style = "margin-top: 6px" if bold else "margin: 0"
            return f"<p style='{style}'>{'<b>' + body + '</b>' if bold else body}</p>"

        parts = [p(translate("ForumWork", "Agenda"), bold=True)]
        parts += [p(line) for line in meeting.agenda.splitlines() if line.strip()]
        if meeting.issues.strip():
            parts.append(p(translate("ForumWork", "Issues raised"), bold=True))
            parts += [p(line) for line in meeting.issues.splitlines() if line.strip()]
        present = [f"{label(CATEGORIES, c)}: " + ", ".join(
            f"{label(SEXES_PLURAL, s)} {n}" for s, n in by_sex.items() if n)
            for c, by_sex in meeting.attendance.items() if any(by_sex.values())]
        if present:
            parts.append(p(translate("ForumWork", "Present"), bold=True))
            parts += [p(digits(line, self.arabic)) for line in present]
        if meeting.actions:
            parts.append(p(translate("ForumWork", "Actions agreed"), bold=True))
            for a in meeting.actions:
                mark = "☑" if a.done else "☐"
                parts.append(p(f"{mark} {a.text} — {a.owner}, "
                               + translate("ForumWork", "due {date}").format(
                                   date=self._date(a.due_on))))
        return "".join(parts)

    def add_meeting(self) -> FormDialog | None:
        if self.forum is None or not self.editable:
            return None
        return self._open(MeetingDialog(self.session, self.forum, None, self),
                          lambda view: self.refresh(select=view.id))

    def edit_meeting(self) -> FormDialog | None:
        meeting = self.selected()
        if self.forum is None or meeting is None or not self.editable:
            return None
        return self._open(MeetingDialog(self.session, self.forum, meeting, self),
                          lambda view: self.refresh(select=view.id))

    def print_minutes(self) -> PdfPreview | None:
        """The minutes in the chosen languages, in the print preview; the print is
        recorded by the service."""
        meeting = self.selected()
        if meeting is None or self.forum is None:
            return None
        s = self.session
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pdf = forum_work.print_minutes(
                s.ctx, s.actor, meeting.id, languages=self.ui.languages.currentData(),
                digits="arabic-indic" if self.arabic else "western")
        except Exception as e:  # noqa: BLE001 - shown; nothing was printed
            QApplication.restoreOverrideCursor()
            feedback.show_error(self, e)
            return None
        QApplication.restoreOverrideCursor()
        title = translate("ForumWork", "Minutes of {forum}, {date}").format(
            forum=self.forum.code, date=self._date(meeting.held_on))
        self.preview = PdfPreview(pdf, title, self, arabic_indic=self.arabic,
                                  file_name=f"{self.forum.code}-{meeting.held_on}-minutes.pdf")
        self.preview.open()
        return self.preview


# ---------------------------------------------------------------- trainings

TRAINING_COLUMNS: list[Column[TrainingView]] = [
    Column(QT_TRANSLATE_NOOP("ForumWork", "Date"), lambda x: x.held_on.isoformat(),
           numeric=True),
    Column(QT_TRANSLATE_NOOP("ForumWork", "Type"), lambda x: label(KINDS, x.kind)),
    Column(QT_TRANSLATE_NOOP("ForumWork", "Topic"), lambda x: x.topic),
    Column(QT_TRANSLATE_NOOP("ForumWork", "Trainer"), lambda x: x.trainer),
    Column(QT_TRANSLATE_NOOP("ForumWork", "Participants"), lambda x: str(x.participants_total),
           numeric=True),
    Column(QT_TRANSLATE_NOOP("ForumWork", "Women"), lambda x: str(x.by_sex("f")), numeric=True),
    Column(QT_TRANSLATE_NOOP("ForumWork", "Men"), lambda x: str(x.by_sex("m")), numeric=True),
]


class TrainingsPage(Page):
    form_name = "forum_trainings"

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.model: RowsModel[TrainingView] = RowsModel(TRAINING_COLUMNS,
                                                        arabic_indic=self.arabic, parent=self)
        _table(self.ui.trainingTable, self.model, 2)
        self.ui.addTraining.clicked.connect(self.add_training)
        self.ui.editTraining.clicked.connect(self.edit_training)
        self.ui.trainingTable.doubleClicked.connect(lambda _i: self.edit_training())
        self.ui.trainingTable.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons())

    def refresh(self, select: int | None = None) -> None:
        if self.forum is None:
            return
        s = self.session
        rows = self._read(lambda: forum_work.list_trainings(s.ctx, s.actor, self.forum.id))
        if rows is None:
            return
        self.model.set_rows(rows)
        if select is not None:
            _select(self.ui.trainingTable, self.model, lambda x: x.id == select)
        year = s.ctx.today().year
        this_year = [x for x in rows if x.held_on.year == year]
        self.ui.summary.setText(digits(translate(
            "ForumWork", "In {year}: {t} trainings and {c} awareness campaigns reached {n} "
                         "people, {w} of them women.").format(
            year=year, t=sum(1 for x in this_year if x.kind == "training"),
            c=sum(1 for x in this_year if x.kind == "awareness"),
            n=sum(x.participants_total for x in this_year),
            w=sum(x.by_sex("f") for x in this_year)), self.arabic))
        self._update_buttons()

    def selected(self) -> TrainingView | None:
        training: TrainingView | None = _selected(self.ui.trainingTable)
        return training

    def _update_buttons(self) -> None:
        self.ui.addTraining.setEnabled(self.editable)
        self.ui.editTraining.setEnabled(self.editable and self.selected() is not None)

    def add_training(self) -> FormDialog | None:
        if self.forum is None or not self.editable:
            return None
        return self._open(TrainingDialog(self.session, self.forum, None, self),
                          lambda view: self.refresh(select=view.id))

    def edit_training(self) -> FormDialog | None:
        training = self.selected()
        if self.forum is None or training is None or not self.editable:
            return None
        return self._open(TrainingDialog(self.session, self.forum, training, self),
                          lambda view: self.refresh(select=view.id))


# ---------------------------------------------------------------- survey rounds

def _indicator_column(indicator: str) -> Column[SurveyRoundView]:
    def text(r: SurveyRoundView) -> str:
        x = r.result(indicator)
        return (f"{percent_text(x.percent(), False)}  ({percent_text(x.percent('f'), False)}"
                f" / {percent_text(x.percent('m'), False)})")
    return Column(INDICATOR_LABELS[indicator], text, numeric=True)


ROUND_COLUMNS: list[Column[SurveyRoundView]] = [
    Column(QT_TRANSLATE_NOOP("ForumWork", "Quarter"), lambda r: r.quarter),
    Column(QT_TRANSLATE_NOOP("ForumWork", "Baseline"),
           lambda r: translate("ForumWork", "Baseline") if r.baseline else ""),
    Column(QT_TRANSLATE_NOOP("ForumWork", "Respondents (women / men)"),
           lambda r: f"{r.total_respondents}  ({r.respondents['f']} / {r.respondents['m']})",
           numeric=True),
    *(_indicator_column(i) for i in INDICATORS),
]


class SurveysPage(Page):
    form_name = "forum_surveys"

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.model: RowsModel[SurveyRoundView] = RowsModel(ROUND_COLUMNS,
                                                           arabic_indic=self.arabic, parent=self)
        _table(self.ui.roundTable, self.model, len(ROUND_COLUMNS) - 1)
        self.ui.roundTable.setToolTip(translate(
            "ForumWork", "Each indicator: the share of everyone who answered yes, then of the "
                         "women and of the men."))
        for code in INDICATORS:
            self.ui.indicator.addItem(label(INDICATOR_LABELS, code), code)
        self.ui.indicator.currentIndexChanged.connect(lambda _i: self.show_chart())
        self.chart = ChartHost(self.ui.chartHost)
        self.ui.splitter.setStretchFactor(0, 2)
        self.ui.splitter.setStretchFactor(1, 3)
        self.ui.enterRound.clicked.connect(self.enter_round)
        self.ui.importRound.clicked.connect(self.import_round)
        self.ui.editRound.clicked.connect(self.edit_round)
        self.ui.makeBaseline.clicked.connect(self.make_baseline)
        self.ui.roundTable.doubleClicked.connect(lambda _i: self.edit_round())
        self.ui.roundTable.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons())

    def refresh(self, select: int | None = None) -> None:
        if self.forum is None:
            return
        s = self.session
        rounds = self._read(lambda: surveys.list_rounds(s.ctx, s.actor, self.forum.id))
        if rounds is None:
            return
        self.model.set_rows(rounds)
        if select is not None:
            _select(self.ui.roundTable, self.model, lambda x: x.id == select)
        base = next((r for r in rounds if r.baseline), None)
        self.ui.baselineNote.setText(
            digits(translate("ForumWork", "Compared with the baseline round of {quarter}.")
                   .format(quarter=base.quarter), self.arabic) if base else
            translate("ForumWork", "No baseline round yet: make one of the rounds the "
                                   "baseline to compare the others with it."))
        self.show_chart()
        self._update_buttons()

    def show_chart(self) -> None:
        if self.forum is None:
            return
        s, indicator = self.session, self.ui.indicator.currentData()
        series = self._read(lambda: surveys.indicator_series(s.ctx, s.actor, self.forum.id,
                                                             indicator))
        if series is not None:
            self.chart.show(indicator_chart(series, arabic_indic=self.arabic))

    def selected(self) -> SurveyRoundView | None:
        survey: SurveyRoundView | None = _selected(self.ui.roundTable)
        return survey

    def _update_buttons(self) -> None:
        chosen = self.selected()
        for button in (self.ui.enterRound, self.ui.importRound):
            button.setEnabled(self.editable)
        self.ui.editRound.setEnabled(self.editable and chosen is not None)
        self.ui.makeBaseline.setEnabled(self.editable and chosen is not None
                                        and not chosen.baseline)

    def enter_round(self) -> FormDialog | None:
        if self.forum is None or not self.editable:
            return None
        return self._open(SurveyRoundDialog(self.session, self.forum, None, self),
                          lambda view: self.refresh(select=view.id))

    def import_round(self) -> FormDialog | None:
        if self.forum is None or not self.editable:
            return None
        return self._open(SurveyImportDialog(self.session, self.forum, self),
                          lambda view: self.refresh(select=view.id))

    def edit_round(self) -> FormDialog | None:
        chosen = self.selected()
        if self.forum is None or chosen is None or not self.editable:
            return None
        return self._open(SurveyRoundDialog(self.session, self.forum, chosen, self),
                          lambda view: self.refresh(select=view.id))

    def make_baseline(self) -> None:
        chosen = self.selected()
        if chosen is None or not self.editable:
            return
        s = self.session
        try:
            view = surveys.set_baseline(s.ctx, s.actor, chosen.id, version=chosen.version)
        except Exception as e:  # noqa: BLE001 - shown; the list is read again
            feedback.show_error(self, e)
            self.refresh(select=chosen.id)
            return
        self.refresh(select=view.id)


# ---------------------------------------------------------------- the panel

class ForumWorkPanel(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = load_form("forum_work_panel", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.ui)
        self.members = MembersPage(session, self)
        self.meetings = MeetingsPage(session, self)
        self.trainings = TrainingsPage(session, self)
        self.surveys = SurveysPage(session, self)
        pages = self.ui.pages
        pages.addTab(self.members, translate("ForumWork", "&Members"))
        pages.addTab(self.meetings, translate("ForumWork", "Mee&tings"))
        pages.addTab(self.trainings, translate("ForumWork", "T&rainings and campaigns"))
        pages.addTab(self.surveys, translate("ForumWork", "Community &surveys"))
        self.forums: list[ForumView] = []
        try:
            self.forums = forums.list_forums(session.ctx, session.actor)
        except Exception as e:  # noqa: BLE001 - shown; the panel stays empty
            feedback.show_error(self, e)
        for f in self.forums:
            self.ui.forum.addItem(forum_title(session, f), f.id)
        select_data(self.ui.forum, session.actor.forum_id)
        self.ui.forum.currentIndexChanged.connect(lambda _i: self.show_forum())
        self.ui.refresh.clicked.connect(self.refresh)
        self.show_forum()

    def page_titles(self) -> list[str]:
        pages = self.ui.pages
        return [pages.tabText(i).replace("&", "") for i in range(pages.count())]

    @property
    def forum(self) -> ForumView | None:
        forum_id = self.ui.forum.currentData()
        return next((f for f in self.forums if f.id == forum_id), None)

    def may_record(self, forum: ForumView) -> bool:
        """What the services allow: forum work, for one's own forum (any, with none)."""
        actor = self.session.actor
        return (self.session.may(Action.MANAGE_FORUM_WORK)
                and (actor.forum_id is None or actor.forum_id == forum.id))

    def show_forum(self) -> None:
        forum = self.forum
        if forum is None:
            return
        editable = self.may_record(forum)
        if editable:
            self.ui.note.clear()
        elif self.session.may(Action.MANAGE_FORUM_WORK):
            self.ui.note.setText(translate("ForumWork", "You record the work of your own forum; "
                                                        "this one you can read."))
        else:
            self.ui.note.setText(translate("ForumWork", "You can read the forum's work; its "
                                                        "coordinator records it."))
        for page in (self.members, self.meetings, self.trainings, self.surveys):
            page.set_forum(forum, editable)

    def refresh(self) -> None:
        for page in (self.members, self.meetings, self.trainings, self.surveys):
            page.refresh()
