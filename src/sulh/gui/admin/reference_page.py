"""The reference data page: the lists every form chooses from, each entry with its code
and its Arabic, Kurdish and English names (ui/admin_reference.ui).  An administrator adds
entries of this installation's own (ui/admin_reference_dialog.ui) and withdraws an added
entry; the entries shipped with Sulh are shown as they are."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QHeaderView, QMessageBox, QTableWidgetItem, QVBoxLayout, QWidget

from sulh.domain.agreements import PLACEHOLDER_LABELS
from sulh.domain.errors import ClauseRefused, ValidationError, ValidationErrors
from sulh.domain.reference import (
    CLAUSE_KINDS,
    DESTINATION_KINDS,
    REFER_REASONS,
    SHIPPED_CLOSURE_REASONS,
    Label,
    ReferenceData,
    is_active,
)
from sulh.domain.roles import Action
from sulh.domain.workflow import CLOSURE_LABELS, ClosureReason
from sulh.gui import feedback
from sulh.gui.admin.common import AdminDialog, ltr, rtl
from sulh.gui.dialogs.base import follow_direction
from sulh.gui.dialogs.labels import CLAUSE_KINDS as CLAUSE_KIND_LABELS
from sulh.gui.dialogs.labels import label
from sulh.gui.forms import load_form
from sulh.gui.qt_i18n import digits, translate
from sulh.gui.session import AppSession
from sulh.i18n import QT_TRANSLATE_NOOP
from sulh.services import reference_data as entries
from sulh.services.reference_data import ReferenceEntry, reference_data

LANGUAGES = ("ar", "ckb", "en")
Row = tuple[str, str, dict[str, str]]       # code, the "belongs to" column, names

REFER_REASON_LABELS = {
    "serious_crime": QT_TRANSLATE_NOOP("ReferencePage", "A serious crime"),
    "gbv": QT_TRANSLATE_NOOP("ReferencePage", "Gender-based or domestic violence"),
    "child_at_risk": QT_TRANSLATE_NOOP("ReferencePage", "A child at risk"),
    "court_approval": QT_TRANSLATE_NOOP("ReferencePage", "Settled only with a court's approval"),
}
DESTINATION_KIND_LABELS = {
    "court": QT_TRANSLATE_NOOP("ReferencePage", "A court"),
    "police_investigation": QT_TRANSLATE_NOOP("ReferencePage", "Police investigation"),
    "family_protection": QT_TRANSLATE_NOOP("ReferencePage", "Family protection"),
    "gbv_service": QT_TRANSLATE_NOOP("ReferencePage", "A service for survivors of violence"),
    "legal_aid": QT_TRANSLATE_NOOP("ReferencePage", "Legal aid"),
    "child_protection": QT_TRANSLATE_NOOP("ReferencePage", "Child protection"),
    "health": QT_TRANSLATE_NOOP("ReferencePage", "A health service"),
    "other_agency": QT_TRANSLATE_NOOP("ReferencePage", "Another agency"),
}


@dataclass(frozen=True)
class Kind:
    """One list of the page: its name, the heading of its "belongs to" column, its rows,
    and the kind of entry an administrator adds to it (None: it cannot be extended)."""

    name: str
    parent_heading: str
    rows: Callable[[ReferenceData], list[Row]]
    addable: str | None


def _labels(items: dict[str, Label], parent: Callable[[Label], str] | None = None
            ) -> list[Row]:
    return [(code, parent(label_) if parent else "", label_.names)
            for code, label_ in items.items()]


class ReferencePage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dialog: ReferenceEntryDialog | None = None
        self.ui = load_form("admin_reference", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.ui)
        lang = session.language

        def place(label_: Label, key: str, within: dict[str, Label]) -> str:
            owner = within.get(str(label_.extra.get(key, "")))
            return owner.name(lang) if owner else ""

        def subdistricts(ref: ReferenceData) -> list[Row]:
            district_of = {s.code: d for d in ref.districts.values() for s in d.children}
            return [(code, district_of[code].name(lang) if code in district_of else "",
                     s.names) for code, s in ref.subdistricts.items()]

        self.kinds: list[Kind] = [
            Kind(translate("ReferencePage", "Governorates"), translate("ReferencePage", "Region"),
                 lambda ref: _labels(ref.governorates,
                                     lambda g: _region(g.extra.get("region"))), None),
            Kind(translate("ReferencePage", "Districts"),
                 translate("ReferencePage", "Governorate"),
                 lambda ref: _labels(ref.districts,
                                     lambda d: place(d, "governorate", ref.governorates)),
                 "district"),
            Kind(translate("ReferencePage", "Sub-districts"),
                 translate("ReferencePage", "District"), subdistricts, "subdistrict"),
            Kind(translate("ReferencePage", "Dispute categories"),
                 translate("ReferencePage", "Must be referred"),
                 lambda ref: _labels(ref.categories,
                                     lambda c: translate("ReferencePage", "Yes")
                                     if c.extra.get("must_refer") else ""), "category"),
            Kind(translate("ReferencePage", "Referral sources"), "",
                 lambda ref: _labels(ref.referral_sources), "referral_source"),
            Kind(translate("ReferencePage", "Referral destinations"), "",
                 lambda ref: _labels(ref.referral_destinations), "referral_destination"),
            Kind(translate("ReferencePage", "Closure reasons"), "",
                 lambda ref: _labels(ref.closure_reasons), "closure_reason"),
            Kind(translate("ReferencePage", "Agreement clauses"),
                 translate("ReferencePage", "Kind"),
                 lambda ref: [(c.code, label(CLAUSE_KIND_LABELS, c.kind), c.texts)
                              for c in ref.clauses.values()], "clause"),
        ]
        for kind in self.kinds:
            self.ui.kind.addItem(kind.name)
        self.additions: dict[str, ReferenceEntry] = {}
        self.may_extend = session.may(Action.MANAGE_REFERENCE)
        table = self.ui.referenceTable
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.itemSelectionChanged.connect(self._update_buttons)
        self.ui.kind.currentIndexChanged.connect(lambda _i: self.show_kind())
        self.ui.filterText.textChanged.connect(lambda _t: self._filter())
        self.ui.addEntry.clicked.connect(self.add_entry)
        self.ui.withdrawEntry.clicked.connect(self.toggle_entry)
        self.ui.addEntry.setVisible(self.may_extend)
        self.ui.withdrawEntry.setVisible(self.may_extend)
        self.show_kind()

    def kind(self) -> Kind:
        return self.kinds[self.ui.kind.currentIndex()]

    def show_kind(self, select: str | None = None) -> None:
        kind = self.kind()
        lang = self.session.language
        ref = reference_data(self.session.ctx)
        self.additions = {e.code: e for e in entries.list_additions(
            self.session.ctx, self.session.actor, kind.addable)} if kind.addable else {}
        rows = sorted(kind.rows(ref),
                      key=lambda r: (r[1], r[2].get(lang) or r[2].get("en", "")))
        headings = [translate("ReferencePage", "Code")]
        if kind.parent_heading:
            headings.append(kind.parent_heading)
        headings += [translate("ReferencePage", "Arabic"), translate("ReferencePage", "Kurdish"),
                     translate("ReferencePage", "English")]
        table = self.ui.referenceTable
        long_texts = any(len(r[2].get("en", "")) > 80 for r in rows)
        table.clear()
        table.setRowCount(0)            # rows made tall for long clauses start afresh
        table.setWordWrap(long_texts)
        table.setColumnCount(len(headings))
        table.setHorizontalHeaderLabels(headings)
        table.setRowCount(len(rows))
        grey = QBrush(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        for row, (code, parent, names) in enumerate(rows):
            cells = [code] + ([parent] if kind.parent_heading else []) + \
                [names.get(language, "") for language in LANGUAGES]
            first_name = len(cells) - 3
            added = self.additions.get(code)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col >= first_name:
                    # Each language in its own direction and on its own side, whichever
                    # way the window is laid out.
                    right_to_left = LANGUAGES[col - first_name] != "en"
                    item.setText(rtl(text) if right_to_left else ltr(text))
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
                        | (Qt.AlignmentFlag.AlignRight if right_to_left
                           else Qt.AlignmentFlag.AlignLeft))
                    item.setToolTip(text)
                if added is not None:
                    # This installation's own entries stand out by their code (italic
                    # Arabic and Kurdish would be a slanted imitation); withdrawn ones are
                    # grey throughout.
                    if col == 0:
                        font = QFont(item.font())
                        font.setItalic(True)
                        item.setFont(font)
                        item.setToolTip(translate("ReferencePage", "Added by this "
                                                                   "installation"))
                    if not added.active:
                        item.setForeground(grey)
                table.setItem(row, col, item)
            if code == select:
                table.selectRow(row)
        header = table.horizontalHeader()
        names_from = len(headings) - 3
        for col in range(names_from):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for col in range(names_from, len(headings)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        if long_texts:
            table.resizeRowsToContents()
        self.ui.addEntry.setEnabled(kind.addable is not None)
        self.ui.addEntry.setToolTip("" if kind.addable else translate(
            "ReferencePage", "The governorates are fixed; add districts to them instead."))
        self._filter()
        self._update_buttons()

    def _filter(self) -> None:
        table, wanted = self.ui.referenceTable, self.ui.filterText.text().strip().casefold()
        shown = 0
        for row in range(table.rowCount()):
            texts = (table.item(row, col).text().casefold() for col in range(table.columnCount()))
            hide = bool(wanted) and not any(wanted in t for t in texts)
            table.setRowHidden(row, hide)
            shown += not hide
        self.ui.countLabel.setText(digits(
            translate("ReferencePage", "{n} entries").format(n=shown),
            self.session.settings.arabic_indic_digits))
        self.ui.countLabel.setAlignment(Qt.AlignmentFlag.AlignVCenter)

    # -- one entry

    def selected_code(self) -> str | None:
        rows = self.ui.referenceTable.selectionModel().selectedRows()
        if not rows:
            return None
        return self.ui.referenceTable.item(rows[0].row(), 0).text()

    def _update_buttons(self) -> None:
        code = self.selected_code()
        added = self.additions.get(code or "")
        button, state = self.ui.withdrawEntry, self.ui.entryState
        button.setEnabled(added is not None)
        if added is not None and not added.active:
            button.setText(translate("ReferencePage", "&Offer again"))
        else:
            button.setText(translate("ReferencePage", "&Withdraw"))
        if code is None:
            state.setText("")
        elif added is None:
            state.setText(translate("ReferencePage", "Comes with Sulh: it cannot be changed or "
                                                     "withdrawn."))
        else:
            when = digits(added.created_at.astimezone().strftime("%Y-%m-%d"),
                          self.session.settings.arabic_indic_digits)
            state.setText((translate("ReferencePage", "Added here on {date}; offered in the "
                                                      "lists.") if added.active else
                           translate("ReferencePage", "Added here on {date}; withdrawn: not "
                                                      "offered any more, kept by the cases "
                                                      "that have it.")).format(date=when))

    def add_entry(self) -> None:
        kind = self.kind()
        if kind.addable is None or not self.may_extend:
            return
        dialog = ReferenceEntryDialog(self.session, kind.addable, kind.name, self)
        dialog.saved.connect(lambda entry: self.show_kind(select=entry.code))
        self.dialog = dialog
        dialog.open()

    def toggle_entry(self) -> None:
        added = self.additions.get(self.selected_code() or "")
        if added is None:
            return
        if added.active:
            answer = QMessageBox.question(
                self, translate("ReferencePage", "Withdraw the entry"),
                translate("ReferencePage", "Withdraw “{name}” ({code})? It will not be offered "
                                           "in the lists any more; the cases that have it keep "
                                           "it.").format(
                    name=added.names.get(self.session.language) or added.names["en"],
                    code=ltr(added.code)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            entries.set_entry_active(self.session.ctx, self.session.actor, added.id,
                                     active=not added.active, version=added.version)
        except Exception as e:  # noqa: BLE001 - shown; the list is read again below
            feedback.show_error(self, e)
        self.show_kind(select=added.code)


class ReferenceEntryDialog(AdminDialog):
    """A new entry of one list: names in the three languages (a clause's texts), a code,
    and what the list needs (the place it is in, why a category must be referred ...)."""

    form_name = "admin_reference_dialog"

    def __init__(self, session: AppSession, kind: str, list_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.kind = kind
        self._suggested = ""
        ui, lang = self.dialog, session.language
        ref = reference_data(session.ctx)
        ui.setWindowTitle(translate("ReferenceDialog", "New entry: {list}").format(list=list_name))
        ui.intro.setText(translate("ReferenceDialog", "An entry of this installation's own, "
                                                      "added to the list “{list}”. Give its "
                                                      "name in all three languages.").format(
            list=list_name))
        clause = kind == "clause"
        places = kind in ("district", "subdistrict")
        rows = {"parent_code": places, "must_refer": kind == "category",
                "refer_reason": kind == "category",
                "destination_kind": kind == "referral_destination",
                "counts_as": kind == "closure_reason", "clause_kind": clause,
                "placeholderHint": clause}
        for lang_ in LANGUAGES:
            rows[f"name_{lang_}"] = not clause
            rows[f"text_{lang_}"] = clause
        for name, visible in rows.items():
            widget = getattr(ui, name)
            ui.form.setRowVisible(widget, visible)
            error = ui.findChild(QWidget, f"{name}Error")
            if error is not None:
                ui.form.setRowVisible(error, visible)
        if places:
            ui.parent_codeLabel.setText(translate("ReferenceDialog", "&Governorate")
                                   if kind == "district"
                                   else translate("ReferenceDialog", "&District"))
            ui.parent_code.addItem("", None)
            if kind == "district":
                for code, g in sorted(ref.governorates.items(), key=lambda kv: kv[1].name(lang)):
                    ui.parent_code.addItem(g.name(lang), code)
            else:
                for g in sorted(ref.governorates.values(), key=lambda p: p.name(lang)):
                    for d in sorted(g.children, key=lambda p: p.name(lang)):
                        if is_active(d):
                            ui.parent_code.addItem(f"{g.name(lang)} — {d.name(lang)}", d.code)
            ui.parent_code.currentIndexChanged.connect(lambda _i: self._suggest_place_code())
            ui.code.setMaxLength(16)
        ui.refer_reason.addItem("", None)
        for code in REFER_REASONS:
            ui.refer_reason.addItem(translate(*REFER_REASON_LABELS[code]), code)
        ui.refer_reason.setEnabled(False)
        ui.must_refer.toggled.connect(ui.refer_reason.setEnabled)
        ui.destination_kind.addItem("", None)
        for code in DESTINATION_KINDS:
            ui.destination_kind.addItem(translate(*DESTINATION_KIND_LABELS[code]), code)
        ui.counts_as.addItem("", None)
        for code in SHIPPED_CLOSURE_REASONS:
            ui.counts_as.addItem(translate(*CLOSURE_LABELS[ClosureReason(code)]), code)
        ui.clause_kind.addItem("", None)
        for code in CLAUSE_KINDS:
            ui.clause_kind.addItem(label(CLAUSE_KIND_LABELS, code), code)
        if clause:
            ui.placeholderHint.setText(translate(
                "ReferenceDialog", "Values filled in when the agreement is printed: {names}. "
                                   "Each text must ask for the same ones.").format(
                names="، ".join(f"{ltr('{' + n + '}')} {label(PLACEHOLDER_LABELS, n)}"
                                for n in PLACEHOLDER_LABELS)
                if lang != "en" else ", ".join(f"{{{n}}} {label(PLACEHOLDER_LABELS, n)}"
                                               for n in PLACEHOLDER_LABELS)))
            for lang_ in ("ar", "ckb"):
                follow_direction(getattr(ui, f"text_{lang_}"))
        else:
            # A code is suggested from the English name until the user types one.
            ui.name_en.textEdited.connect(lambda _t: self._suggest_code())
        ui.text_en.textChanged.connect(self._suggest_code)
        (ui.parent_code if places else ui.text_ar if clause else ui.name_ar).setFocus()
        self.mark_clean()

    def _set_code(self, code: str) -> None:
        ui = self.dialog
        if ui.code.text() in ("", self._suggested):
            ui.code.setText(code)
            self._suggested = code

    def _suggest_code(self) -> None:
        if self.kind in ("district", "subdistrict"):
            return
        source = (self.dialog.text_en.toPlainText() if self.kind == "clause"
                  else self.dialog.name_en.text())
        words = re.sub(r"\{[^}]*\}", " ", source).lower()
        slug = "_".join(re.findall(r"[a-z0-9]+", words))[:24].strip("_")
        self._set_code(slug if slug[:1].isalpha() else "")

    def _suggest_place_code(self) -> None:
        parent = self.dialog.parent_code.currentData()
        self._set_code(entries.suggest_place_code(self.session.ctx, self.kind, parent)
                       if parent else "")

    def values(self) -> dict[str, object]:
        ui = self.dialog
        if self.kind == "clause":
            names = {lang: getattr(ui, f"text_{lang}").toPlainText() for lang in LANGUAGES}
        else:
            names = {lang: getattr(ui, f"name_{lang}").text() for lang in LANGUAGES}
        extra: dict[str, object] = {}
        if self.kind == "category":
            extra = {"must_refer": ui.must_refer.isChecked(),
                     "refer_reason": ui.refer_reason.currentData()}
        elif self.kind == "referral_destination":
            extra = {"kind": ui.destination_kind.currentData()}
        elif self.kind == "closure_reason":
            extra = {"counts_as": ui.counts_as.currentData()}
        elif self.kind == "clause":
            extra = {"kind": ui.clause_kind.currentData()}
        return {"kind": self.kind, "code": ui.code.text(), "names": names,
                "parent": ui.parent_code.currentData(), "extra": extra}

    def save(self) -> None:
        s = self.session

        def add() -> ReferenceEntry:
            try:
                return entries.add_entry(s.ctx, s.actor, **self.values())  # type: ignore[arg-type]
            except ClauseRefused as e:
                # Shown next to the text it is about, like any other fault of the form.
                raise ValidationErrors(e.message, [ValidationError(e.message, field=e.field)]
                                       ) from e
            except ValidationErrors as e:
                # The place it is in is the form's `parent_code` (a widget's `parent` is
                # its owner in Qt).
                raise ValidationErrors(e.message, [
                    ValidationError(x.message, field="parent_code" if x.field == "parent"
                                    else x.field) for x in e.errors]) from e

        ok, view = self.run(add)
        if ok:
            self.done(view)


def _region(code: object) -> str:
    if code == "kurdistan":
        return translate("ReferencePage", "Kurdistan Region")
    if code == "federal":
        return translate("ReferencePage", "Federal Iraq")
    return str(code or "")
