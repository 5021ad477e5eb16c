"""The forum work dialogs: a member, a meeting (attendance and actions), a training or
campaign, a survey round typed from a tally sheet, and a survey file to import
(ui/forum_*_dialog.ui)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableView,
    QTableWidgetItem,
    QWidget,
)

from sulh.domain.errors import SulhError
from sulh.domain.forum_work import (
    ACTIVITY_KINDS,
    INDICATORS,
    MAPPED_FIELDS,
    MEMBER_CATEGORIES,
    Quarter,
)
from sulh.domain.forum_work import SEXES as SEX_CODES
from sulh.gui import feedback
from sulh.gui.forum_work.base import FormDialog, select_data, set_date, to_date
from sulh.gui.forum_work.labels import CATEGORIES, KINDS, SEXES, label
from sulh.gui.forum_work.labels import INDICATORS as INDICATOR_LABELS
from sulh.gui.forum_work.models import AttendanceModel, Column, CountDelegate, RowsModel
from sulh.gui.qt_i18n import digits, translate
from sulh.gui.session import AppSession
from sulh.i18n import QT_TRANSLATE_NOOP
from sulh.services import forum_work, surveys
from sulh.services.records import ForumView, MeetingView, MemberView, SurveyRoundView, TrainingView


def forum_title(session: AppSession, forum: ForumView) -> str:
    name = getattr(forum, f"name_{session.language}", "") or forum.name_ar
    return f"{forum.code} — {name}"


def percent_text(value: float | None, arabic_indic: bool) -> str:
    return "–" if value is None else digits(f"{value:.0f}%", arabic_indic)


# ---------------------------------------------------------------- members

class MemberDialog(FormDialog):
    """A new member of the forum (member None) or changes to one."""

    form_name = "forum_member_dialog"

    def __init__(self, session: AppSession, forum: ForumView, member: MemberView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, member, parent)
        self.forum = forum
        d = self.dialog
        d.setWindowTitle(translate("ForumWork", "New member of {forum}").format(
            forum=forum_title(session, forum)) if member is None
            else translate("ForumWork", "Member: {name}").format(name=member.full_name))
        d.sex.addItem("", None)
        for code in SEX_CODES:
            d.sex.addItem(label(SEXES, code), code)
        d.category.addItem("", None)
        for code in MEMBER_CATEGORIES:
            d.category.addItem(label(CATEGORIES, code), code)
        today = session.ctx.today()
        set_date(d.joined_on, today)
        set_date(d.left_on, today)
        if member is not None:
            self.show_values(self.values_of(member))
        d.full_name.setFocus()

    def field_label(self, field: str) -> str:
        if field == "left_on":
            return self.dialog.has_left.text().replace("&", "")
        return super().field_label(field)

    def values(self) -> dict[str, Any]:
        d = self.dialog
        return {"full_name": d.full_name.text(), "sex": d.sex.currentData(),
                "category": d.category.currentData(), "phone": d.phone.text(),
                "joined_on": to_date(d.joined_on),
                "left_on": to_date(d.left_on) if d.has_left.isChecked() else None,
                "note": d.note.toPlainText()}

    def values_of(self, view: MemberView) -> dict[str, Any]:
        return {"full_name": view.full_name, "sex": view.sex, "category": view.category,
                "phone": view.phone or "", "joined_on": view.joined_on,
                "left_on": view.left_on, "note": view.note}

    def show_values(self, values: dict[str, Any]) -> None:
        d = self.dialog
        d.full_name.setText(values["full_name"])
        select_data(d.sex, values["sex"])
        select_data(d.category, values["category"])
        d.phone.setText(values["phone"] or "")
        set_date(d.joined_on, values["joined_on"])
        d.has_left.setChecked(values["left_on"] is not None)
        if values["left_on"] is not None:
            set_date(d.left_on, values["left_on"])
        d.note.setPlainText(values["note"])

    def submit(self) -> MemberView:
        s, values = self.session, self.values()
        if self.loaded is None:
            return forum_work.add_member(s.ctx, s.actor, self.forum.id, **values)
        before = self.values_of(self.loaded)
        changes = {k: v for k, v in values.items() if v != before[k]}
        if not changes:
            loaded: MemberView = self.loaded
            return loaded
        return forum_work.update_member(s.ctx, s.actor, self.loaded.id,
                                        version=self.loaded.version, **changes)


# ---------------------------------------------------------------- counts of people

def setup_counts(view: QTableView, model: AttendanceModel) -> None:
    view.setModel(model)
    view.setItemDelegate(CountDelegate(view))
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


def counted_text(model: AttendanceModel, arabic_indic: bool) -> str:
    return digits(translate("ForumWork", "The table adds up to {n}: {f} women and {m} men.")
                  .format(n=model.total(), f=model.total("f"), m=model.total("m")), arabic_indic)


class CountsDialog(FormDialog):
    """A dialog with a grid of people by category and sex (`grid_name` in its form) and
    the total from the attendance sheet."""

    grid_name = ""

    def __init__(self, session: AppSession, loaded: Any, parent: QWidget | None) -> None:
        super().__init__(session, loaded, parent)
        arabic = session.settings.arabic_indic_digits
        self.counts = AttendanceModel(arabic_indic=arabic, parent=self.dialog)
        setup_counts(getattr(self.dialog, self.grid_name), self.counts)
        self.counts.changed.connect(
            lambda: self.dialog.counted.setText(counted_text(self.counts, arabic)))
        self.dialog.counted.setText(counted_text(self.counts, arabic))


# ---------------------------------------------------------------- meetings

class MeetingDialog(CountsDialog):
    """A meeting the forum held: when and where, its agenda, the issues raised, who came,
    and the actions agreed (who does what by when, and whether it is done)."""

    form_name = "forum_meeting_dialog"
    grid_name = "attendance"

    def __init__(self, session: AppSession, forum: ForumView, meeting: MeetingView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, meeting, parent)
        self.forum = forum
        d = self.dialog
        d.setWindowTitle(translate("ForumWork", "New meeting of {forum}").format(
            forum=forum_title(session, forum)) if meeting is None
            else translate("ForumWork", "Meeting of {date}").format(
                date=digits(meeting.held_on.isoformat(), session.settings.arabic_indic_digits)))
        table = d.actionTable
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        d.addActionRow.clicked.connect(lambda: self.add_action())
        d.removeActionRow.clicked.connect(self.remove_action)
        set_date(d.held_on, session.ctx.today())
        if meeting is not None:
            self.show_values(self.values_of(meeting))
        d.held_on.setFocus()

    def widget_for(self, field: str) -> str:
        name = super().widget_for(field)
        return "actionTable" if name == "actions" else name

    # -- the actions table

    def add_action(self, text: str = "", owner: str = "", due_on: dt.date | None = None,
                   done: bool = False, action_id: int | None = None) -> int:
        table = self.dialog.actionTable
        row = table.rowCount()
        table.insertRow(row)
        what = QTableWidgetItem(text)
        what.setData(Qt.ItemDataRole.UserRole, action_id)
        table.setItem(row, 0, what)
        table.setItem(row, 1, QTableWidgetItem(owner))
        due = QTableWidgetItem()
        day = due_on or to_date(self.dialog.held_on) + dt.timedelta(days=30)
        due.setData(Qt.ItemDataRole.EditRole, QDate(day.year, day.month, day.day))
        table.setItem(row, 2, due)
        tick = QTableWidgetItem()
        tick.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                      | Qt.ItemFlag.ItemIsSelectable)
        tick.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
        table.setItem(row, 3, tick)
        if not text and self.dialog.isVisible():
            table.setCurrentCell(row, 0)
            table.editItem(what)
        return row

    def remove_action(self) -> None:
        row = self.dialog.actionTable.currentRow()
        if row >= 0:
            self.dialog.actionTable.removeRow(row)

    def _actions(self) -> list[dict[str, Any]]:
        table = self.dialog.actionTable
        out = []
        for row in range(table.rowCount()):
            due = table.item(row, 2).data(Qt.ItemDataRole.EditRole)
            out.append({"id": table.item(row, 0).data(Qt.ItemDataRole.UserRole),
                        "text": table.item(row, 0).text(), "owner": table.item(row, 1).text(),
                        "due_on": due.toPython() if isinstance(due, QDate) else None,
                        "done": table.item(row, 3).checkState() == Qt.CheckState.Checked})
        return out

    # -- the form

    def values(self) -> dict[str, Any]:
        d = self.dialog
        return {"held_on": to_date(d.held_on), "place": d.place.text(),
                "agenda": d.agenda.toPlainText(), "issues": d.issues.toPlainText(),
                "attendance": self.counts.values(),
                "attendance_total": d.attendance_total.value(), "actions": self._actions()}

    def values_of(self, view: MeetingView) -> dict[str, Any]:
        return {"held_on": view.held_on, "place": view.place, "agenda": view.agenda,
                "issues": view.issues, "attendance": {c: dict(v) for c, v in
                                                      view.attendance.items()},
                "attendance_total": view.attendance_total,
                "actions": [{"id": a.id, "text": a.text, "owner": a.owner, "due_on": a.due_on,
                             "done": a.done} for a in view.actions]}

    def show_values(self, values: dict[str, Any]) -> None:
        d = self.dialog
        set_date(d.held_on, values["held_on"])
        d.place.setText(values["place"])
        d.agenda.setPlainText(values["agenda"])
        d.issues.setPlainText(values["issues"])
        self.counts.set_counts(values["attendance"])
        d.attendance_total.setValue(values["attendance_total"])
        d.actionTable.setRowCount(0)
        for a in values["actions"]:
            self.add_action(a["text"], a["owner"], a["due_on"], a["done"], a["id"])

    def submit(self) -> MeetingView:
        s, values = self.session, self.values()
        if self.loaded is None:
            return forum_work.record_meeting(s.ctx, s.actor, self.forum.id, **values)
        return forum_work.update_meeting(s.ctx, s.actor, self.loaded.id,
                                         version=self.loaded.version, **values)


# ---------------------------------------------------------------- trainings

class TrainingDialog(CountsDialog):
    form_name = "forum_training_dialog"
    grid_name = "participants"

    def __init__(self, session: AppSession, forum: ForumView,
                 training: TrainingView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(session, training, parent)
        self.forum = forum
        d = self.dialog
        d.setWindowTitle(translate("ForumWork", "New training or campaign of {forum}").format(
            forum=forum_title(session, forum)) if training is None
            else translate("ForumWork", "Training or campaign: {topic}").format(
                topic=training.topic))
        for code in ACTIVITY_KINDS:
            d.kind.addItem(label(KINDS, code), code)
        set_date(d.held_on, session.ctx.today())
        if training is not None:
            self.show_values(self.values_of(training))
        d.topic.setFocus()

    def values(self) -> dict[str, Any]:
        d = self.dialog
        return {"kind": d.kind.currentData(), "topic": d.topic.text(),
                "held_on": to_date(d.held_on), "place": d.place.text(),
                "trainer": d.trainer.text(), "note": d.note.toPlainText(),
                "participants": self.counts.values(),
                "participants_total": d.participants_total.value()}

    def values_of(self, view: TrainingView) -> dict[str, Any]:
        return {"kind": view.kind, "topic": view.topic, "held_on": view.held_on,
                "place": view.place, "trainer": view.trainer, "note": view.note,
                "participants": {c: dict(v) for c, v in view.participants.items()},
                "participants_total": view.participants_total}

    def show_values(self, values: dict[str, Any]) -> None:
        d = self.dialog
        select_data(d.kind, values["kind"])
        d.topic.setText(values["topic"])
        set_date(d.held_on, values["held_on"])
        d.place.setText(values["place"])
        d.trainer.setText(values["trainer"])
        d.note.setPlainText(values["note"])
        self.counts.set_counts(values["participants"])
        d.participants_total.setValue(values["participants_total"])

    def submit(self) -> TrainingView:
        s, values = self.session, self.values()
        if self.loaded is None:
            return forum_work.record_training(s.ctx, s.actor, self.forum.id, **values)
        return forum_work.update_training(s.ctx, s.actor, self.loaded.id,
                                          version=self.loaded.version, **values)


# ---------------------------------------------------------------- survey rounds

def quarter_choices(session: AppSession, keep: str | None = None) -> list[str]:
    """This quarter and the twelve years before it, latest first."""
    q = Quarter.of(session.ctx.today())
    out = []
    for _ in range(48):
        out.append(str(q))
        q = q.previous()
    if keep and keep not in out:
        out.append(keep)
    return out


def fill_quarters(session: AppSession, combo: Any, keep: str | None = None) -> None:
    arabic = session.settings.arabic_indic_digits
    for q in quarter_choices(session, keep):
        combo.addItem(digits(q, arabic), q)
    if keep:
        select_data(combo, keep)


class SurveyRoundDialog(FormDialog):
    """A round typed from the survey's tally sheet; the percentages are worked out."""

    form_name = "forum_survey_dialog"

    def __init__(self, session: AppSession, forum: ForumView,
                 survey: SurveyRoundView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(session, survey, parent)
        self.forum = forum
        d = self.dialog
        d.setWindowTitle(translate("ForumWork", "New survey round of {forum}").format(
            forum=forum_title(session, forum)) if survey is None
            else translate("ForumWork", "Survey round {quarter}").format(
                quarter=digits(survey.quarter, session.settings.arabic_indic_digits)))
        fill_quarters(session, d.quarter, survey.quarter if survey else None)
        self._people = {"f": 0, "m": 0}
        for sex in SEX_CODES:
            getattr(d, f"respondents_{sex}").valueChanged.connect(
                lambda n, sex=sex: self._respondents_changed(sex, n))
        for box in d.findChildren(QSpinBox):
            box.valueChanged.connect(lambda _n: self._update_percentages())
        if survey is not None:
            d.baseline.setEnabled(False)
            d.baseline.setToolTip(translate("ForumWork", "The baseline moves with \"Make it "
                                                         "the baseline\" in the list."))
            self.show_values(self.values_of(survey))
        self._update_percentages()
        d.quarter.setFocus()

    def _box(self, indicator: str, sex: str, part: str) -> QSpinBox:
        box: QSpinBox = getattr(self.dialog, f"{indicator}_{sex}_{part}")
        return box

    def _respondents_changed(self, sex: str, n: int) -> None:
        """"Answered" follows the respondents until someone types another number."""
        old = self._people[sex]
        self._people[sex] = n
        for indicator in INDICATORS:
            box = self._box(indicator, sex, "answered")
            if box.value() == old:
                box.setValue(n)

    def _update_percentages(self) -> None:
        arabic = self.session.settings.arabic_indic_digits
        for indicator in INDICATORS:
            for sex in SEX_CODES:
                yes = self._box(indicator, sex, "yes").value()
                answered = self._box(indicator, sex, "answered").value()
                shown: QLabel = getattr(self.dialog, f"{indicator}_{sex}Percent")
                shown.setText(percent_text(100.0 * yes / answered if answered else None, arabic))

    def values(self) -> dict[str, Any]:
        d = self.dialog
        return {"quarter": d.quarter.currentData(), "baseline": d.baseline.isChecked(),
                "respondents": {s: getattr(d, f"respondents_{s}").value() for s in SEX_CODES},
                "results": {i: {s: {"yes": self._box(i, s, "yes").value(),
                                    "answered": self._box(i, s, "answered").value()}
                                for s in SEX_CODES} for i in INDICATORS},
                "note": d.note.toPlainText()}

    def values_of(self, view: SurveyRoundView) -> dict[str, Any]:
        return {"quarter": view.quarter, "baseline": view.baseline,
                "respondents": dict(view.respondents),
                "results": {r.indicator: {s: {"yes": r.yes[s], "answered": r.answered[s]}
                                          for s in SEX_CODES} for r in view.results},
                "note": view.note}

    def show_values(self, values: dict[str, Any]) -> None:
        d = self.dialog
        select_data(d.quarter, values["quarter"])
        d.baseline.setChecked(values["baseline"])
        for sex in SEX_CODES:
            getattr(d, f"respondents_{sex}").setValue(values["respondents"][sex])
        for indicator in INDICATORS:
            for sex in SEX_CODES:
                cell = values["results"][indicator][sex]
                self._box(indicator, sex, "yes").setValue(cell["yes"])
                self._box(indicator, sex, "answered").setValue(cell["answered"])
        d.note.setPlainText(values["note"])

    def submit(self) -> SurveyRoundView:
        s, values = self.session, self.values()
        if self.loaded is None:
            return surveys.record_round(s.ctx, s.actor, self.forum.id, **values)
        values.pop("baseline")
        return surveys.update_round(s.ctx, s.actor, self.loaded.id,
                                    version=self.loaded.version, **values)


# ---------------------------------------------------------------- importing a file

FAULT_COLUMNS: list[Column[surveys.Fault]] = [
    Column(QT_TRANSLATE_NOOP("ForumWork", "Row"),
           lambda f: "" if f.row is None else str(f.row), numeric=True),
    Column(QT_TRANSLATE_NOOP("ForumWork", "Column"), lambda f: f.column or ""),
    Column(QT_TRANSLATE_NOOP("ForumWork", "Problem"), lambda f: str(f.message)),
]


class SurveyImportDialog(FormDialog):
    """A survey tool's export: its columns mapped (a saved mapping, or a first guess from
    the headers), checked, and imported in one go or not at all."""

    form_name = "forum_survey_import_dialog"

    def __init__(self, session: AppSession, forum: ForumView,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, None, parent)
        self.forum = forum
        self.path: Path | None = None
        self.headers: list[str] = []
        d = self.dialog
        d.setWindowTitle(translate("ForumWork", "Import a survey round for {forum}").format(
            forum=forum_title(session, forum)))
        d.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("ForumWork", "&Import"))
        self.fault_model: RowsModel[surveys.Fault] = RowsModel(
            FAULT_COLUMNS, arabic_indic=session.settings.arabic_indic_digits, parent=d)
        d.faults.setModel(self.fault_model)
        header = d.faults.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        d.faults.verticalHeader().setVisible(False)
        d.faults.hide()
        self.mappings = {m.name: m for m in surveys.list_mappings(session.ctx, session.actor,
                                                                  forum.id)}
        for name in self.mappings:
            d.mapping.addItem(name)
        if not self.mappings:
            d.mapping.setEditText("KoboToolbox")
        d.mapping.currentTextChanged.connect(lambda _t: self._apply_mapping())
        fill_quarters(session, d.quarter)
        d.browse.clicked.connect(self.choose_file)
        d.check.clicked.connect(self.check)
        for name in MAPPED_FIELDS:
            getattr(d, f"col_{name}").currentIndexChanged.connect(lambda _i: self._clear())
        self._fill_columns()
        d.browse.setFocus()

    # -- the file and its columns

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.dialog, translate("ForumWork", "Choose the survey file"), "",
            translate("ForumWork", "Survey exports (*.csv *.xlsx)"))
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> bool:
        d = self.dialog
        self._clear()
        try:
            self.headers = surveys.read_headers(path)
        except surveys.SurveyFileRefused as e:
            self.path, self.headers = None, []
            d.file.setText(str(path))
            self._fill_columns()
            self.show_faults(e.faults)
            return False
        self.path = path
        d.file.setText(str(path))
        self._fill_columns()
        if not self._apply_mapping():
            self._set_columns(surveys.guess_columns(self.headers))
        return True

    def _fill_columns(self) -> None:
        for name in MAPPED_FIELDS:
            combo = getattr(self.dialog, f"col_{name}")
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("", None)
            for header in self.headers:
                combo.addItem(header, header)
            combo.setEnabled(bool(self.headers))
            combo.blockSignals(False)

    def _set_columns(self, columns: dict[str, str | None]) -> None:
        for name in MAPPED_FIELDS:
            select_data(getattr(self.dialog, f"col_{name}"), columns.get(name))

    def _apply_mapping(self) -> bool:
        saved = self.mappings.get(self.dialog.mapping.currentText().strip())
        if saved is None or not self.headers:
            return False
        self._set_columns(dict(saved.columns))
        return True

    def columns(self) -> dict[str, str | None]:
        return {name: getattr(self.dialog, f"col_{name}").currentData()
                for name in MAPPED_FIELDS}

    # -- checking

    def _clear(self) -> None:
        self.dialog.preview.clear()
        self.fault_model.set_rows([])
        self.dialog.faults.hide()

    def show_faults(self, faults: list[surveys.Fault]) -> None:
        self.fault_model.set_rows(faults)
        self.dialog.faults.show()
        self.dialog.faults.resizeRowsToContents()
        self.dialog.preview.setText(translate(
            "ForumWork", "{n} problem(s) found: correct the file or the columns, then check "
                         "again. Nothing was saved.").format(n=len(faults)))
        self.dialog.preview.setStyleSheet("color: #c0392b;")

    def show_tally(self, tally: surveys.Tally) -> None:
        arabic = self.session.settings.arabic_indic_digits
        lines = [digits(translate("ForumWork", "{n} respondents: {f} women and {m} men.").format(
            n=tally.rows, f=tally.respondents["f"], m=tally.respondents["m"]), arabic)]
        for result in tally.indicator_results():
            lines.append(translate("ForumWork", "{indicator}: {all} (women {f}, men {m})").format(
                indicator=label(INDICATOR_LABELS, result.indicator),
                all=percent_text(result.percent(), arabic),
                f=percent_text(result.percent("f"), arabic),
                m=percent_text(result.percent("m"), arabic)))
        self.dialog.preview.setStyleSheet("")
        self.dialog.preview.setText("\n".join(lines))

    def check(self) -> surveys.Tally | None:
        self._clear()
        feedback.clear_marks(self.dialog)
        if self.path is None:
            self._no_file()
            return None
        s = self.session
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            tally = surveys.check_file(s.ctx, s.actor, self.forum.id, self.path,
                                       columns=self.columns())
        except surveys.SurveyFileRefused as e:
            self.show_faults(e.faults)
            return None
        except SulhError as e:
            feedback.show_error(self.dialog, e)
            return None
        finally:
            QApplication.restoreOverrideCursor()
        if tally.faults:
            self.show_faults(tally.faults)
        else:
            self.show_tally(tally)
        return tally

    def _no_file(self) -> None:
        error = self.dialog.fileError
        error.setText(translate("ForumWork", "Choose the survey file first."))
        error.setStyleSheet("color: #c0392b;")
        error.show()

    # -- importing

    def values(self) -> dict[str, Any]:
        d = self.dialog
        return {"file": d.file.text(), "mapping": d.mapping.currentText(),
                "columns": self.columns(), "quarter": d.quarter.currentData(),
                "baseline": d.baseline.isChecked()}

    def submit(self) -> SurveyRoundView:
        d, s = self.dialog, self.session
        name = d.mapping.currentText().strip()
        return surveys.import_round(s.ctx, s.actor, self.forum.id, self.path or Path(),
                                    quarter=d.quarter.currentData(), mapping=name or None,
                                    columns=self.columns(), baseline=d.baseline.isChecked())

    def save(self) -> None:
        if self.path is None:
            feedback.clear_marks(self.dialog)
            self._no_file()
            return
        self._clear()
        ok, view = self.run(self.submit)       # a refused file's faults go in the table
        if ok:
            self.done(view)

    def place_error(self, exc: SulhError) -> bool:
        if isinstance(exc, surveys.SurveyFileRefused):
            self.show_faults(exc.faults)
            return True
        return super().place_error(exc)
