"""Logging a dispute and its sides (ui/intake_form.ui): save a draft, complete it later,
send it to screening.  Nothing typed is lost when a save is refused."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sulh.domain.errors import (
    MoveRefused,
    StaleRecord,
    SulhError,
    ValidationError,
    ValidationErrors,
)
from sulh.domain.reference import Label, ReferenceData, choices, is_active
from sulh.domain.roles import Action
from sulh.domain.workflow import FINAL_STAGES, STAGE_LABELS, Stage
from sulh.gui import feedback, stale
from sulh.gui.forms import load_form
from sulh.gui.party_form import (
    PartyEditor,
    Side,
    fill_combo,
    kind_labels,
    role_labels,
    select_data,
)
from sulh.gui.qt_i18n import translate
from sulh.gui.session import AppSession
from sulh.services import cases, forums, intake
from sulh.services.records import CaseView, ForumView
from sulh.services.reference_data import reference_data

#: The case fields this form edits, named as intake.create_case / update_case name them.
CASE_FIELDS = ("station_id", "intake_date", "channel", "governorate", "district", "subdistrict",
               "neighbourhood", "camp", "category", "description", "request", "violence_risk",
               "revenge_risk", "vulnerable_notes", "police_ref", "court_ref", "sensitive")
_LINES = ("neighbourhood", "camp", "police_ref", "court_ref")
_TEXTS = ("description", "request", "vulnerable_notes")
_CODES = ("station_id", "channel", "governorate", "district", "subdistrict", "category",
          "violence_risk")
_CHECKS = ("revenge_risk", "sensitive")
ERROR_COLOUR = "#c0392b"


def risk_labels() -> dict[str, str]:
    return {"unknown": translate("IntakeForm", "Not known"), "low": translate("IntakeForm", "Low"),
            "medium": translate("IntakeForm", "Medium"), "high": translate("IntakeForm", "High")}


def _name_in(view: Any, language: str) -> str:
    return str(getattr(view, f"name_{language}", "") or view.name_en or view.name_ar)


class IntakeForm(QWidget):
    """A new dispute (case_id None) or a draft being completed."""

    saved = Signal(int)        # case id, after every successful save
    submitted = Signal(int)    # case id, once it went to screening

    def __init__(self, session: AppSession, case_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case: CaseView | None = None
        self.sides: list[Side] = []
        self._base_values: dict[str, Any] = {}
        self._discarding = False
        self._forum_governorate: str | None = None
        self.ui: Any = load_form("intake_form", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.ui)
        self.resize(self.ui.size())
        self.editor = PartyEditor(self.ui, session, self)
        self._forums = {f.id: f for f in forums.list_forums(session.ctx, session.actor)}
        self._set_up_widgets()
        self._connect()
        if case_id is not None:
            self._reload(cases.get_case_view(session.ctx, session.actor, case_id))
            self.editor.clear()
        else:
            self._new_case()
        feedback.clear_marks(self)

    # ------------------------------------------------------------------ set-up

    def _reference(self) -> ReferenceData:
        return reference_data(self.session.ctx)

    def _set_up_widgets(self) -> None:
        ui, lang = self.ui, self.session.language
        # This database's lists (the shipped ones with its additions); withdrawn entries
        # are not offered.
        ref = self._reference()
        today = QDate(self.session.ctx.today())
        ui.intake_date.setMinimumDate(QDate(2000, 1, 1))
        ui.intake_date.setMaximumDate(today)
        ui.intake_date.setToolTip(translate("IntakeForm", "The day the dispute was brought to the "
                                                   "forum; not in the future."))
        ui.forum_id.clear()
        for f in self._forums.values():
            if f.active or f.id == self.session.actor.forum_id:
                ui.forum_id.addItem(f"{_name_in(f, lang)} ({f.code})", f.id)
        fill_combo(ui.channel, {c: lab.name(lang)
                                for c, lab in choices(ref.referral_sources).items()},
                   blank=True)
        fill_combo(ui.governorate, {c: g.name(lang) for c, g in ref.governorates.items()},
                   blank=True)
        fill_combo(ui.violence_risk, risk_labels())
        refer_tip = translate("IntakeForm", "Disputes of this kind are not mediated by the forum: "
                                     "they are referred to the court, the police or a "
                                     "protection service.")
        ui.category.clear()
        ui.category.addItem("", None)
        for code, label in choices(ref.categories).items():
            if ref.must_refer(code):
                ui.category.addItem(translate("IntakeForm", "{category} (refer)").format(
                    category=label.name(lang)), code)
                ui.category.setItemData(ui.category.count() - 1, refer_tip,
                                        Qt.ItemDataRole.ToolTipRole)
            else:
                ui.category.addItem(label.name(lang), code)
        self._refer_tip = refer_tip
        ui.categoryNote.setStyleSheet(f"color: {ERROR_COLOUR};")
        ui.categoryNote.hide()
        for combo in (ui.forum_id, ui.station_id, ui.channel, ui.governorate, ui.district,
                      ui.subdistrict, ui.category):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(18)
        table = ui.partyList
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels([
            translate("IntakeForm", "Side"), translate("IntakeForm", "Role"), translate("IntakeForm", "Name"),
            translate("IntakeForm", "Represented by"), translate("IntakeForm", "Saved")])
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        ui.saveDraftButton.setToolTip(translate("IntakeForm", "Keep what is typed; it can be "
                                                       "completed later (Ctrl+S)."))
        if not self.session.may(Action.LOG_CASE):
            self._read_only(translate("IntakeForm", "Your role may look at this dispute but not "
                                             "change it."))

    def _connect(self) -> None:
        ui = self.ui
        ui.forum_id.currentIndexChanged.connect(self._forum_changed)
        ui.governorate.currentIndexChanged.connect(self._governorate_changed)
        ui.district.currentIndexChanged.connect(self._district_changed)
        ui.category.currentIndexChanged.connect(self._category_changed)
        ui.partyList.itemSelectionChanged.connect(self._selection_changed)
        ui.partyList.itemActivated.connect(lambda _item: self.change_selected_side())
        ui.editPartyButton.clicked.connect(self.change_selected_side)
        ui.removePartyButton.clicked.connect(self.remove_selected_side)
        ui.addPartyButton.clicked.connect(self.commit_side)
        ui.clearPartyButton.clicked.connect(self._clear_editor)
        ui.saveDraftButton.clicked.connect(self.save)
        ui.submitButton.clicked.connect(self.send_to_screening)
        ui.closeButton.clicked.connect(self.request_close)
        for keys, slot in ((QKeySequence(QKeySequence.StandardKey.Save), self.save),
                           (QKeySequence(Qt.Key.Key_Escape), self._escape)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # ------------------------------------------------------------------ places and choices

    def _forum(self) -> ForumView | None:
        return self._forums.get(self.ui.forum_id.currentData())

    def _forum_changed(self) -> None:
        forum = self._forum()
        ui, lang = self.ui, self.session.language
        ui.station_id.clear()
        ui.station_id.addItem("", None)
        # A station that no longer logs cases is offered only to the cases it logged.
        stations = [st for st in (forum.stations if forum else ())
                    if st.active or (self.case is not None and st.id == self.case.station_id)]
        for st in stations:
            ui.station_id.addItem(_name_in(st, lang), st.id)
        if len(stations) == 1:
            ui.station_id.setCurrentIndex(1)
        # A new dispute is in the forum's governorate unless the officer says otherwise.
        if forum and self.case is None and ui.governorate.currentData() in (
                None, self._forum_governorate):
            select_data(ui.governorate, forum.governorate)
        self._forum_governorate = forum.governorate if forum else None

    def _governorate_changed(self) -> None:
        ui, lang = self.ui, self.session.language
        gov = self._reference().governorates.get(ui.governorate.currentData() or "")
        fill_combo(ui.district, {d.code: d.name(lang) for d in gov.children if is_active(d)}
                   if gov else {}, blank=True)
        ui.district.setEnabled(bool(gov and gov.children) and self._editable())
        self._district_changed()

    def _district_changed(self) -> None:
        ui, lang = self.ui, self.session.language
        dis = self._reference().districts.get(ui.district.currentData() or "")
        fill_combo(ui.subdistrict, {s.code: s.name(lang) for s in dis.children if is_active(s)}
                   if dis else {}, blank=True)
        ui.subdistrict.setEnabled(bool(dis and dis.children) and self._editable())

    def _category_changed(self) -> None:
        refer = self._reference().must_refer(self.ui.category.currentData())
        self.ui.categoryNote.setText(self._refer_tip if refer else "")
        self.ui.categoryNote.setVisible(refer)
        self.ui.category.setToolTip(self._refer_tip if refer else "")

    # ------------------------------------------------------------------ showing a case

    def _new_case(self) -> None:
        ui = self.ui
        forum_id = self.session.actor.forum_id
        index = ui.forum_id.findData(forum_id) if forum_id is not None else -1
        ui.forum_id.setCurrentIndex(max(index, 0))
        self._forum_changed()
        self._governorate_changed()
        if ui.forum_id.count() == 0:
            self._read_only(translate("IntakeForm", "There is no forum yet: an administrator adds "
                                             "the first forum before disputes are logged."))
        ui.intake_date.setDate(QDate(self.session.ctx.today()))
        select_data(ui.violence_risk, "unknown")
        self._set_heading()
        self.sides = []
        self._refresh_sides()
        self.editor.clear()
        self._base_values = self.values()

    def _show_case(self, case: CaseView, *, keep: dict[str, Any] | None = None) -> None:
        """Fill the form from the record; `keep` holds typed values that win over it."""
        self.case = case
        ui = self.ui
        select_data(ui.forum_id, case.forum_id)
        if ui.forum_id.currentData() != case.forum_id and case.forum_id in self._forums:
            f = self._forums[case.forum_id]
            ui.forum_id.addItem(f"{_name_in(f, self.session.language)} ({f.code})", f.id)
            ui.forum_id.setCurrentIndex(ui.forum_id.count() - 1)
        self._forum_changed()
        ui.forum_id.setEnabled(False)
        ui.forum_id.setToolTip(translate("IntakeForm", "A logged dispute stays with its forum."))
        record = self._values_of(case)
        self._fill(keep if keep is not None else record)
        self._base_values = record
        self._set_heading()
        enabled = self._editable()
        ui.content.setEnabled(enabled)
        ui.saveDraftButton.setEnabled(enabled and self.session.may(Action.LOG_CASE))
        ui.submitButton.setEnabled(case.stage == Stage.INTAKE.value
                                   and self.session.may(Action.LOG_CASE))
        if not enabled and self.session.may(Action.LOG_CASE):
            self._status(translate("IntakeForm", "A closed dispute is not changed; a coordinator can "
                                          "reopen it."))

    def _values_of(self, case: CaseView) -> dict[str, Any]:
        return {k: getattr(case, k) for k in CASE_FIELDS}

    def _fill(self, values: dict[str, Any]) -> None:
        ui = self.ui
        select_data(ui.station_id, values["station_id"])
        ui.intake_date.setDate(QDate(values["intake_date"]))
        ref, lang = self._reference(), self.session.language
        _select_or_keep(ui.channel, values["channel"], ref.referral_sources, lang)
        _select_or_keep(ui.governorate, values["governorate"])
        _select_or_keep(ui.district, values["district"], ref.districts, lang)
        _select_or_keep(ui.subdistrict, values["subdistrict"], ref.subdistricts, lang)
        _select_or_keep(ui.category, values["category"], ref.categories, lang)
        select_data(ui.violence_risk, values["violence_risk"])
        for k in _LINES:
            getattr(ui, k).setText(values[k] or "")
        for k in _TEXTS:
            getattr(ui, k).setPlainText(values[k] or "")
        for k in _CHECKS:
            getattr(ui, k).setChecked(bool(values[k]))

    def values(self) -> dict[str, Any]:
        """The dispute's fields as typed, under the services' keyword names."""
        ui = self.ui
        out: dict[str, Any] = {k: getattr(ui, k).currentData() for k in _CODES}
        out["intake_date"] = ui.intake_date.date().toPython()
        for k in _LINES:
            out[k] = getattr(ui, k).text()
        for k in _TEXTS:
            out[k] = getattr(ui, k).toPlainText()
        for k in _CHECKS:
            out[k] = getattr(ui, k).isChecked()
        return out

    def _set_heading(self) -> None:
        if self.case is None:
            text = translate("IntakeForm", "New dispute")
        else:
            text = translate("IntakeForm", "{number} — {stage}").format(
                number=self.case.number.replace("-", "\u2011"),
                stage=translate(*STAGE_LABELS[Stage(self.case.stage)]))
        self.ui.heading.setText(text)
        self.setWindowTitle(text)
        if self.case is not None:
            # The window's case tabs are named by number and found by this property.
            self.setProperty("caseId", self.case.id)
            tabs = self._tab_widget()
            if tabs is not None:
                tabs.setTabText(tabs.indexOf(self), self.case.number.replace("-", "\u2011"))

    def _editable(self) -> bool:
        if not self.session.may(Action.LOG_CASE):
            return False
        return self.case is None or (Stage(self.case.stage) not in FINAL_STAGES
                                     and not self.case.archived)

    def _read_only(self, why: str) -> None:
        self.ui.content.setEnabled(False)
        self.ui.saveDraftButton.setEnabled(False)
        self.ui.submitButton.setEnabled(False)
        self._status(why)

    # ------------------------------------------------------------------ sides

    def _refresh_sides(self) -> None:
        table = self.ui.partyList
        kinds, roles = kind_labels(), role_labels()
        table.setRowCount(len(self.sides))
        for row, side in enumerate(self.sides):
            state = (translate("IntakeForm", "yes") if not side.unsaved()
                     else translate("IntakeForm", "not yet"))
            cells = [kinds.get(side.kind, side.kind), roles.get(side.role, side.role),
                     side.display_name(), side.representative_name(), state]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignVCenter
                                          | Qt.AlignmentFlag.AlignLeading)
                table.setItem(row, column, item)
        self._selection_changed()

    def _selected_row(self) -> int | None:
        rows = self.ui.partyList.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _selection_changed(self) -> None:
        row = self._selected_row()
        editable = self._editable()
        self.ui.editPartyButton.setEnabled(row is not None and editable)
        removable = row is not None and self.sides[row].party is None and editable
        self.ui.removePartyButton.setEnabled(removable)
        self.ui.removePartyButton.setToolTip(
            "" if removable or row is None
            else translate("IntakeForm", "A saved side stays on the record."))

    def change_selected_side(self) -> None:
        row = self._selected_row()
        if row is None or not self._editable():
            return
        if self.editor.has_changes() and not self._ask(
                translate("IntakeForm", "The side being typed is not added yet. Put it aside and "
                                 "change the chosen side instead?")):
            return
        feedback.clear_marks(self.ui.partyEditor)
        self.editor.load(self.sides[row], row)
        self.ui.kind.setFocus() if self.ui.kind.isEnabled() else self.ui.role.setFocus()

    def remove_selected_side(self) -> None:
        row = self._selected_row()
        if row is None or self.sides[row].party is not None:
            return
        del self.sides[row]
        if self.editor.index == row:
            self.editor.clear()
        elif self.editor.index is not None and self.editor.index > row:
            self.editor.index -= 1
        self._refresh_sides()

    def commit_side(self) -> bool:
        """Check the side in the editor and put it in the list (saved with the dispute)."""
        side = self.editor.read()
        feedback.clear_marks(self.ui.partyEditor)
        try:
            intake.check_party(self.session.ctx, self.session.actor, **side.check_arguments())
        except ValidationErrors as exc:
            self._mark(exc)
            return False
        if self.editor.index is None:
            self.sides.append(side)
        else:
            self.sides[self.editor.index] = side
        self.editor.clear()
        self._refresh_sides()
        self.ui.kind.setFocus()
        return True

    def _clear_editor(self) -> None:
        feedback.clear_marks(self.ui.partyEditor)
        self.editor.clear()
        self.ui.kind.setFocus()

    # ------------------------------------------------------------------ saving

    def is_dirty(self) -> bool:
        return (self.values() != self._base_values or any(s.unsaved() for s in self.sides)
                or self.editor.has_changes())

    def save(self) -> bool:
        """Save the dispute and every side not saved yet.  Returns whether all was saved."""
        if not self._editable():
            return False
        feedback.clear_marks(self)
        if self.editor.has_changes() and not self.commit_side():
            self._status(translate("IntakeForm", "The side being typed needs correcting; nothing "
                                          "was saved."))
            return False
        ctx, actor = self.session.ctx, self.session.actor
        values = self.values()
        try:
            if self.case is None:
                given = {k: v for k, v in values.items() if v not in (None, "")}
                self.case = intake.create_case(ctx, actor,
                                               forum_id=self.ui.forum_id.currentData(), **given)
                self._set_heading()
                self.ui.forum_id.setEnabled(False)
            else:
                changed = {k: v for k, v in values.items() if v != self._base_values[k]}
                if changed:
                    self.case = intake.update_case(ctx, actor, self.case.id,
                                                   version=self.case.version, **changed)
            self._base_values = {**self._values_of(self.case)}
            for index, side in enumerate(self.sides):
                if side.unsaved():
                    self._save_side(index, side)
        except ValidationErrors as exc:
            self._mark(exc)
            return False
        except ValidationError as exc:
            self._mark(ValidationErrors(exc.message, [exc]))
            return False
        except StaleRecord as exc:
            self._stale(exc)
            return False
        except SulhError as exc:
            feedback.show_error(self, exc)
            return False
        finally:
            self._refresh_sides()
        self._reload()
        assert self.case is not None
        self._status(translate("IntakeForm", "Saved: {number}, {time}.").format(
            number=self.case.number,
            time=QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)))
        self.session.events.case_changed.emit(self.case.id)
        self.saved.emit(self.case.id)
        return True

    def _save_side(self, index: int, side: Side) -> None:
        """Write one side; on a refusal the side is shown in the editor with the error."""
        assert self.case is not None
        ctx, actor = self.session.ctx, self.session.actor
        try:
            if side.party is None:
                side.party = intake.add_party(
                    ctx, actor, self.case.id, kind=side.kind, role=side.role, name=side.name,
                    vulnerable=side.vulnerable,
                    person=side.new_person() if side.kind == "person" else None,
                    person_id=side.person_id if side.kind == "person" else None)
                side.saved_person = side.party.person
                if side.kind == "person":
                    side.linked = None
            else:
                changes = side.party_changes()
                if changes:
                    side.party = intake.update_party(ctx, actor, side.party.id,
                                                     version=side.party.version, **changes)
                person_changes = side.person_changes()
                if person_changes and side.saved_person is not None:
                    side.saved_person = intake.update_person(
                        ctx, actor, side.saved_person.id, version=side.saved_person.version,
                        **person_changes)
            if side.needs_representative():
                side.party = intake.add_representative(
                    ctx, actor, side.party.id, person=side.new_person(),
                    person_id=side.person_id, relation=side.relation)
                side.saved_person = side.party.representatives[0].person
                side.linked = None
        except (ValidationErrors, ValidationError):
            self.editor.load(side, index)
            raise

    def _reload(self, fresh: CaseView | None = None) -> None:
        """Show the record as saved: the sides with their versions, the case's stage."""
        if fresh is None:
            assert self.case is not None
            fresh = cases.get_case_view(self.session.ctx, self.session.actor, self.case.id)
        self.sides = [Side.from_party(p) for p in fresh.parties]
        self._show_case(fresh)
        self._refresh_sides()

    def send_to_screening(self) -> bool:
        if not self.save():
            return False
        assert self.case is not None
        try:
            intake.submit_for_screening(self.session.ctx, self.session.actor, self.case.id,
                                        version=self.case.version)
        except MoveRefused as exc:
            self._refused(exc)
            return False
        except StaleRecord as exc:
            self._stale(exc)
            return False
        except SulhError as exc:
            feedback.show_error(self, exc)
            return False
        self._reload()
        self._status(translate("IntakeForm", "Sent to screening."))
        self.session.events.case_changed.emit(self.case.id)
        self.submitted.emit(self.case.id)
        return True

    def _refused(self, exc: MoveRefused) -> None:
        """Say everything that keeps the dispute from screening, and mark the empty fields."""
        assert self.case is not None
        lines: list[str] = []
        for refusal in exc.details or []:
            if refusal.rule == "intake_complete":
                missing = list(self.case.missing_for_screening)
                lines.append(translate("IntakeForm", "Still to be filled in: {fields}.").format(
                    fields=", ".join(self._label_of(f) for f in missing)))
                for field in missing:
                    self._mark_one(field, translate("IntakeForm", "Needed before screening."))
            else:
                lines.append(str(refusal.message))
        if not lines:
            lines.append(str(exc))
        self._status(translate("IntakeForm", "Saved as a draft, not sent to screening."))
        QMessageBox.warning(self, translate("IntakeForm", "Not ready for screening"),
                            "\n".join(f"• {line}" for line in lines))

    # ------------------------------------------------------------------ when it goes wrong

    def _mark(self, exc: ValidationErrors) -> None:
        if not feedback.mark_fields(self, exc):
            feedback.show_error(self, exc)
            return
        self._status(str(exc.message))
        for err in exc.errors:
            widget = self.findChild(QWidget, (err.field or "").split(".")[0])
            if widget is not None and widget.isVisible():
                self._reveal(widget)
                widget.setFocus()
                break

    def _mark_one(self, field: str, text: str) -> None:
        widget = self.findChild(QWidget, field)
        label = self.findChild(QLabel, f"{field}Error")
        if widget is None:
            return
        widget.setStyleSheet(feedback.ERROR_STYLE)
        widget.setToolTip(text)
        widget.setProperty("sulhError", True)
        if label is not None:
            label.setText(text)
            label.setStyleSheet(f"color: {ERROR_COLOUR};")
            label.show()

    def _reveal(self, widget: QWidget) -> None:
        self.ui.scrollArea.ensureWidgetVisible(widget)

    def _label_of(self, field: str) -> str:
        label = self.findChild(QLabel, f"{field}Label")
        return label.text().replace("&", "") if label is not None else field

    def _stale(self, exc: StaleRecord) -> None:
        """Someone else saved meanwhile: say what they changed, offer their version as the
        new base, and keep everything typed here so it can be applied again."""
        ctx, actor = self.session.ctx, self.session.actor
        assert self.case is not None
        theirs = cases.get_case_view(ctx, actor, self.case.id)
        # Field by field, old and new, under the names the form gives them.
        found = stale.compare(self.session, CASE_FIELDS, self._base_values,
                              self._values_of(theirs),
                              labels={k: self._label_of(k) for k in CASE_FIELDS})
        text = stale.message(self.session, exc, found, translate(
            "IntakeForm", "Load their version now? What you typed stays in the form; save "
                          "again to apply it."))
        self._status(str(exc))
        if not self._ask(text, title=translate("IntakeForm", "Changed by someone else")):
            return
        mine, base = self.values(), self._base_values
        record = self._values_of(theirs)
        keep = {k: (mine[k] if mine[k] != base.get(k) else record[k]) for k in CASE_FIELDS}
        fresh_sides = {p.id: p for p in theirs.parties}
        sides: list[Side] = []
        for side in self.sides:
            if side.party is None:
                sides.append(side)
                continue
            party = fresh_sides.pop(side.party.id, None)
            if party is None:
                continue
            if side.unsaved():
                # Their record as the base for the next save, these values on top of it.
                side.party = party
                side.saved_person = Side.from_party(party).saved_person
                sides.append(side)
            else:
                sides.append(Side.from_party(party))
        sides[:0] = [Side.from_party(p) for p in fresh_sides.values()]
        self.sides = sorted(sides, key=lambda s: (s.party is None,
                                                  s.party.position if s.party else 0))
        self._show_case(theirs, keep=keep)
        self._refresh_sides()
        self._status(translate("IntakeForm", "Their version is loaded under what you typed. Check "
                                      "it, then save again."))

    def _status(self, text: str) -> None:
        self.ui.statusLabel.setText(text)

    def _ask(self, text: str, *, title: str | None = None) -> bool:
        answer = QMessageBox.question(
            self, title or translate("IntakeForm", "Unsaved changes"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return bool(answer == QMessageBox.StandardButton.Yes)

    # ------------------------------------------------------------------ closing

    def may_close(self) -> bool:
        """True when nothing typed would be lost, or the user agrees to lose it."""
        if self._discarding or not self.is_dirty():
            return True
        if self._ask(translate("IntakeForm", "This dispute has changes that are not saved. Close it "
                                      "and lose them?")):
            self._discarding = True
            return True
        return False

    def request_close(self) -> None:
        tabs = self._tab_widget()
        if tabs is not None:
            # The window that holds the tab asks (through may_close) and removes it.
            tabs.tabCloseRequested.emit(tabs.indexOf(self))
        else:
            self.close()

    def _escape(self) -> None:
        if self.isWindow():
            self.close()

    def _tab_widget(self) -> QTabWidget | None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        return parent if parent is not None and parent.indexOf(self) >= 0 else None

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.may_close():
            event.accept()
        else:
            event.ignore()


def _select_or_keep(combo: QComboBox, code: str | None,
                    names: Mapping[str, Label] | None = None, language: str = "en") -> None:
    """Choose `code`; a code the list no longer offers (a withdrawn entry) is kept under
    its name, not dropped."""
    select_data(combo, code)
    if code and combo.currentData() != code:
        entry = (names or {}).get(code)
        combo.addItem(entry.name(language) if entry else code, code)
        combo.setCurrentIndex(combo.count() - 1)
