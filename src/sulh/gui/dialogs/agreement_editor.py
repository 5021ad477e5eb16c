"""The agreement editor: clauses from the bilingual library (both languages side by side)
and free clauses, compensation and instalments, breach terms, signatories.

Each change is saved when its button is pressed (one service call, one unit of work);
what is typed and not yet saved is what closing the editor asks about.  The draft itself
is created by the first change, so opening and closing the editor writes nothing.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import string

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QTableWidgetItem,
    QWidget,
)

from sulh.domain.agreements import LanguagePair, check_clause
from sulh.domain.errors import SulhError, ValidationError, ValidationErrors
from sulh.domain.reference import choices
from sulh.gui import feedback
from sulh.gui.dialogs.base import (
    FSI,
    PDI,
    CaseDialog,
    isolate,
    parse_amount,
    set_date,
    show_iqd,
    to_date,
)
from sulh.gui.dialogs.labels import (
    AGREEMENT_STATUS,
    CLAUSE_KINDS,
    GUARANTEES,
    LANGUAGE_PAIRS,
    LANGUAGES,
    PLACEHOLDERS,
    SIGNATORY_ROLES,
    SIGNING_MODES,
    label,
)
from sulh.gui.dialogs.referral import case_title
from sulh.gui.qt_i18n import translate
from sulh.gui.session import AppSession
from sulh.i18n import QT_TRANSLATE_NOOP, msg
from sulh.services import agreements, records, users
from sulh.services.reference_data import reference_data

_RTL = {"ar", "ckb"}
_DEFAULT_PAIR = {"ar": "ar+en", "ckb": "ckb+en", "en": "ar+en"}


def placeholders(template: str) -> list[str]:
    """The placeholder names of a library text, in the order they appear."""
    out: list[str] = []
    for _, name, _, _ in string.Formatter().parse(template):
        if name and name not in out:
            out.append(name)
    return out


def _alignment(lang: str) -> Qt.AlignmentFlag:
    side = Qt.AlignmentFlag.AlignRight if lang in _RTL else Qt.AlignmentFlag.AlignLeft
    return side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop


class AgreementEditor(CaseDialog):
    form_name = "agreement_editor"

    def __init__(self, session: AppSession, case: records.CaseView,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case, parent)
        d = self.dialog
        a = case.agreement
        self.agreement: records.AgreementView | None = a if a and a.status == "draft" else None
        self.editing: int | None = None
        self.section = ""
        self.params: dict[str, str] = {}
        if len(case.parties) > 0:
            self.params["party_a"] = case.parties[0].name
        if len(case.parties) > 1:
            self.params["party_b"] = case.parties[1].name
        if self.agreement and self.agreement.compensation_iqd:
            self.params["amount"] = f"{self.agreement.compensation_iqd:,}"
        d.caseLabel.setText(case_title(session, case))
        for code in LANGUAGE_PAIRS:
            d.languages.addItem(label(LANGUAGE_PAIRS, code), code)
        pair = self.agreement.languages if self.agreement else _DEFAULT_PAIR.get(
            session.language, "ar+en")
        d.languages.setCurrentIndex(d.languages.findData(pair))
        d.languages.activated.connect(lambda _i: self.choose_languages())
        self._setup_tables()
        self._setup_library()
        self._setup_signatory_form()
        d.addFreeClause.clicked.connect(self.add_free_clause)
        d.updateClause.clicked.connect(self.update_clause)
        d.cancelEdit.clicked.connect(self.stop_editing)
        d.moveUp.clicked.connect(lambda: self.move_clause(-1))
        d.moveDown.clicked.connect(lambda: self.move_clause(1))
        d.editClause.clicked.connect(self.edit_clause)
        d.removeClause.clicked.connect(self.remove_clause)
        d.clauseTable.doubleClicked.connect(lambda _i: self.edit_clause())
        d.clauseTable.itemSelectionChanged.connect(self._update_clause_buttons)
        d.addInstalment.clicked.connect(lambda: self.add_instalment())
        d.removeInstalment.clicked.connect(self.remove_instalment)
        d.saveCompensation.clicked.connect(self.save_compensation)
        d.saveBreach.clicked.connect(self.save_breach)
        d.addSignatory.clicked.connect(self.add_signatory)
        d.removeSignatory.clicked.connect(self.remove_signatory)
        d.signatoryTable.itemSelectionChanged.connect(self._update_signatory_buttons)
        # Enter saves what the field belongs to, never closes the editor by surprise.
        close = d.buttons.button(d.buttons.StandardButton.Close)
        close.setAutoDefault(False)
        close.setDefault(False)
        d.amount_iqd.returnPressed.connect(self.save_compensation)
        d.name.returnPressed.connect(self.add_signatory)
        self._load_inputs()
        self._apply_pair()
        self._show_agreement()
        self.stop_editing()

    # ------------------------------------------------------------ set-up

    def _setup_tables(self) -> None:
        d = self.dialog
        for table in (d.clauseTable, d.signatoryTable, d.instalments):
            table.verticalHeader().setVisible(False)
        header = d.clauseTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_a: d.clauseTable.resizeRowsToContents())
        d.signatoryTable.setHorizontalHeaderLabels([
            translate("AgreementEditor", "Name"), translate("AgreementEditor", "Role"),
            translate("AgreementEditor", "Guarantees"), translate("AgreementEditor", "Signs with")])
        d.signatoryTable.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        d.instalments.setHorizontalHeaderLabels([
            translate("AgreementEditor", "Due on"), translate("AgreementEditor", "Amount (IQD)")])
        d.instalments.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        d.instalments.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)

    def _setup_library(self) -> None:
        d = self.dialog
        lang = self.session.language
        # The clause library of this database, withdrawn clauses left out.
        for code, clause in choices(reference_data(self.session.ctx).clauses).items():
            text = clause.texts.get(lang) or clause.texts.get("en", "")
            snippet = re.sub(r"\{\w+\}", "…", text)
            if len(snippet) > 70:
                snippet = snippet[:68] + "…"
            item = QListWidgetItem(f"{label(CLAUSE_KINDS, clause.kind)}: {snippet}",
                                   d.libraryList)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setToolTip(re.sub(r"\{\w+\}", "…", text))
        d.libraryList.currentRowChanged.connect(lambda _r: self._library_selected())
        d.addLibraryClause.clicked.connect(self.add_library_clause)
        d.placeholders.hide()

    def _setup_signatory_form(self) -> None:
        d = self.dialog
        for code in SIGNATORY_ROLES:
            d.role.addItem(label(SIGNATORY_ROLES, code), code)
        d.party_id.addItem("—", None)
        for p in self.case.parties:
            d.party_id.addItem(p.name, p.id)
        d.user_id.addItem("—", None)
        names = users.user_names(self.session.ctx, self.session.actor)
        mediators = [(uid, names.get(uid, "?")) for uid in self.case.mediator_ids]
        mediators += [m for m in users.forum_mediators(self.session.ctx, self.session.actor,
                                                       self.case.forum_id)
                      if m[0] not in self.case.mediator_ids]
        for uid, name in mediators:
            d.user_id.addItem(name, uid)
        for code in GUARANTEES:
            d.guarantee.addItem(label(GUARANTEES, code), code)
        d.mode.addItem(translate("AgreementEditor", "Signature, or thumbprint for someone who "
                                             "cannot sign"), None)
        for code in SIGNING_MODES:
            d.mode.addItem(label(SIGNING_MODES, code), code)
        d.role.currentIndexChanged.connect(lambda _i: self._role_chosen())
        self._role_chosen()

    def _role_chosen(self) -> None:
        d = self.dialog
        role = d.role.currentData()
        d.party_id.setEnabled(role in ("party", "representative"))
        d.user_id.setEnabled(role == "mediator")
        d.guarantee.setEnabled(role == "guarantor")
        if role == "party" and d.party_id.currentData() is None and d.party_id.count() > 1:
            taken = {s.party_id for s in (self.agreement.signatories if self.agreement else ())
                     if s.role == "party"}
            free = [i for i in range(1, d.party_id.count())
                    if d.party_id.itemData(i) not in taken]
            d.party_id.setCurrentIndex(free[0] if free else 1)

    # ------------------------------------------------------------ showing

    def pair(self) -> tuple[str, str]:
        return LanguagePair(self.dialog.languages.currentData()).languages

    def _apply_pair(self) -> None:
        d = self.dialog
        langs = self.pair()
        for lang in ("ar", "ckb", "en"):
            getattr(d, f"text_{lang}Box").setVisible(lang in langs)
            getattr(d, f"breach_{lang}Box").setVisible(lang in langs)
        d.libraryFirstLabel.setText(label(LANGUAGES, langs[0]))
        d.librarySecondLabel.setText(label(LANGUAGES, langs[1]))
        d.clauseTable.setHorizontalHeaderLabels(["#", label(LANGUAGES, langs[0]),
                                                 label(LANGUAGES, langs[1])])
        self._show_clauses()
        self._library_selected()

    def _show_agreement(self) -> None:
        d = self.dialog
        a = self.agreement
        if a is None:
            d.statusLabel.setText(translate("AgreementEditor", "New draft: it is saved with the "
                                                        "first change."))
        else:
            d.statusLabel.setText(translate("AgreementEditor", "{number} · {status}").format(
                number=a.number, status=label(AGREEMENT_STATUS, a.status)))
        self._show_clauses()
        table = d.signatoryTable
        table.setRowCount(0)
        for s in a.signatories if a else ():
            row = table.rowCount()
            table.insertRow(row)
            cells = [s.name, label(SIGNATORY_ROLES, s.role), label(GUARANTEES, s.guarantee),
                     label(SIGNING_MODES, s.mode)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, s.id)
                table.setItem(row, col, item)
        table.resizeColumnsToContents()
        self._role_chosen()
        self._update_signatory_buttons()

    def _show_clauses(self) -> None:
        d = self.dialog
        table = d.clauseTable
        selected = self.selected_clause()
        langs = self.pair()
        table.setRowCount(0)
        for c in self.clauses():
            row = table.rowCount()
            table.insertRow(row)
            number = QTableWidgetItem(str(c.position))
            number.setData(Qt.ItemDataRole.UserRole, c.id)
            number.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            table.setItem(row, 0, number)
            for col, lang in enumerate(langs, start=1):
                item = QTableWidgetItem(isolate(c.texts.get(lang, "")))
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                item.setTextAlignment(_alignment(lang))
                table.setItem(row, col, item)
            if selected is not None and c.id == selected.id:
                table.selectRow(row)
        table.resizeRowsToContents()
        self._update_clause_buttons()

    def clauses(self) -> list[records.ClauseView]:
        if self.agreement is None:
            return []
        return [c for c in self.agreement.clauses if not c.superseded]

    def selected_clause(self) -> records.ClauseView | None:
        rows = self.dialog.clauseTable.selectionModel().selectedRows()
        if not rows:
            return None
        cid = self.dialog.clauseTable.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return next((c for c in self.clauses() if c.id == cid), None)

    def _update_clause_buttons(self) -> None:
        d = self.dialog
        c = self.selected_clause()
        count = len(self.clauses())
        d.moveUp.setEnabled(c is not None and c.position > 1)
        d.moveDown.setEnabled(c is not None and c.position < count)
        d.editClause.setEnabled(c is not None)
        d.removeClause.setEnabled(c is not None)

    def _update_signatory_buttons(self) -> None:
        d = self.dialog
        d.removeSignatory.setEnabled(bool(d.signatoryTable.selectionModel().selectedRows()))

    def _load_inputs(self) -> None:
        """Fill the inputs from the saved agreement (once: a reload keeps the typing)."""
        d = self.dialog
        a = self.agreement
        d.amount_iqd.setText(show_iqd(self.session, a.compensation_iqd)
                             if a and a.compensation_iqd else "")
        d.instalments.setRowCount(0)
        for i in a.instalments if a else ():
            self.add_instalment(i.due_on, i.amount_iqd)
        for lang in ("ar", "ckb", "en"):
            edit: QPlainTextEdit = getattr(d, f"breach_{lang}")
            edit.setPlainText(a.breach_terms.get(lang, "") if a else "")

    # ------------------------------------------------------------ the library

    def library_code(self) -> str | None:
        item = self.dialog.libraryList.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _library_selected(self) -> None:
        d = self.dialog
        code = self.library_code()
        form = d.placeholderForm
        while form.rowCount():
            form.removeRow(0)
        if code is None:
            d.libraryFirst.clear()
            d.librarySecond.clear()
            d.placeholders.hide()
            return
        clause = reference_data(self.session.ctx).clauses[code]
        names = placeholders(clause.texts.get("en", ""))
        for lang in ("ar", "ckb"):
            names += [n for n in placeholders(clause.texts.get(lang, "")) if n not in names]
        for name in names:
            edit = QLineEdit(self.params.get(name, ""))
            edit.setObjectName(f"param_{name}")
            edit.textEdited.connect(lambda text, n=name: self._param_typed(n, text))
            edit.returnPressed.connect(self.add_library_clause)
            caption = QLabel(label(PLACEHOLDERS, name))
            caption.setBuddy(edit)
            form.addRow(caption, edit)
            error = QLabel()
            error.setObjectName(f"param_{name}Error")
            error.setWordWrap(True)
            error.hide()
            form.addRow("", error)
        d.placeholders.setVisible(bool(names))
        self._preview_library()

    def _param_typed(self, name: str, text: str) -> None:
        self.params[name] = text
        self._preview_library()

    def _preview_library(self) -> None:
        d = self.dialog
        code = self.library_code()
        if code is None:
            return
        clause = reference_data(self.session.ctx).clauses[code]

        def filled(template: str) -> str:
            out = html.escape(template)
            for name in placeholders(template):
                value = self.params.get(name, "").strip()
                # Isolated, so a value in the other script keeps its place in the line.
                shown = (f"{FSI}<b>{html.escape(value)}</b>{PDI}" if value else
                         f"{FSI}<span style='color:#b35900'>"
                         f"[{html.escape(label(PLACEHOLDERS, name))}]</span>{PDI}")
                out = out.replace("{" + html.escape(name) + "}", shown)
            return out

        for browser, lang in zip((d.libraryFirst, d.librarySecond), self.pair(), strict=True):
            direction = "rtl" if lang in _RTL else "ltr"
            align = "right" if lang in _RTL else "left"
            browser.setHtml(f"<div dir='{direction}' align='{align}'>"
                            f"{filled(clause.texts.get(lang, ''))}</div>")

    def shown(self) -> None:
        # Wrapped rows are measured at the columns' final widths.
        self.dialog.clauseTable.resizeRowsToContents()

    # ------------------------------------------------------------ errors

    def widget_for(self, field: str) -> str:
        parts = field.split(".")
        first = parts[0]
        if first.startswith("param_"):
            return first
        if self.section == "library":
            if len(parts) > 1 and parts[1] in PLACEHOLDERS and first == "clause":
                return f"param_{parts[1]}"
            return "library"
        if self.section == "breach" and (first.startswith("text_") or first == "breach"):
            return "breach"
        if first == "clause" or re.fullmatch(r"clause\d+", first) or first.startswith("text_"):
            return "clause"
        return first

    def _show_local(self, exc: SulhError) -> None:
        feedback.clear_marks(self.dialog)
        if not self.place_error(exc):
            feedback.show_error(self.dialog, exc)

    # ------------------------------------------------------------ saving

    def _ensure_agreement(self) -> bool:
        if self.agreement is not None:
            return True
        ok, view = self.run(agreements.create_agreement, self.session.ctx, self.session.actor,
                            self.case.id, languages=self.dialog.languages.currentData())
        if ok:
            self.agreement = view
            self.changed()
            self._show_agreement()
        return ok

    def _saved(self, view: records.AgreementView) -> None:
        self.agreement = view
        self._show_agreement()
        self.changed()

    def choose_languages(self) -> None:
        d = self.dialog
        code = d.languages.currentData()
        if self.agreement is not None and code != self.agreement.languages:
            self.section = "languages"
            ok, view = self.run(agreements.set_languages, self.session.ctx, self.session.actor,
                                self.agreement.id, languages=code,
                                version=self.agreement.version)
            if ok:
                self._saved(view)
            elif self.agreement is not None:
                d.languages.setCurrentIndex(d.languages.findData(self.agreement.languages))
        self._apply_pair()

    def add_library_clause(self) -> None:
        self.section = "library"
        code = self.library_code()
        if code is None:
            self._show_local(ValidationError(msg(QT_TRANSLATE_NOOP("AgreementEditor", "Choose a clause from "
                                                                       "the library.")),
                                             field="library"))
            return
        clause = reference_data(self.session.ctx).clauses[code]
        names: list[str] = []
        for text in clause.texts.values():
            names += [n for n in placeholders(text) if n not in names]
        params: dict[str, object] = {}
        errors: list[ValidationError] = []
        for name in names:
            value = self.params.get(name, "").strip()
            if not value:
                errors.append(ValidationError(
                    msg(QT_TRANSLATE_NOOP("Agreement", "The clause needs a value for {name}."),
                        name=label(PLACEHOLDERS, name)), field=f"param_{name}"))
                continue
            if name == "amount":
                try:
                    params[name] = parse_amount(value, f"param_{name}")
                except ValidationError as e:
                    errors.append(e)
            else:
                params[name] = value
        if errors:
            self._show_local(ValidationErrors(msg(QT_TRANSLATE_NOOP("Field", "Some fields need correcting.")),
                                              errors))
            return
        if not self._ensure_agreement():
            return
        assert self.agreement is not None
        ok, view = self.run(agreements.add_clause, self.session.ctx, self.session.actor,
                            self.agreement.id, version=self.agreement.version,
                            library_code=code, params=params)
        if ok:
            self._saved(view)

    def free_texts(self) -> dict[str, str]:
        d = self.dialog
        return {lang: getattr(d, f"text_{lang}").toPlainText() for lang in self.pair()}

    def _clear_free(self) -> None:
        for lang in ("ar", "ckb", "en"):
            getattr(self.dialog, f"text_{lang}").clear()

    def add_free_clause(self) -> None:
        self.section = "free"
        texts = self.free_texts()
        try:
            # Checked here first so that a refused clause writes nothing, not even a draft.
            check_clause({k: v.strip() for k, v in texts.items()},
                         LanguagePair(self.dialog.languages.currentData()))
        except SulhError as e:
            self._show_local(e)
            return
        if not self._ensure_agreement():
            return
        assert self.agreement is not None
        ok, view = self.run(agreements.add_clause, self.session.ctx, self.session.actor,
                            self.agreement.id, version=self.agreement.version, texts=texts)
        if ok:
            self._clear_free()
            self._saved(view)

    def edit_clause(self) -> None:
        c = self.selected_clause()
        if c is None:
            return
        d = self.dialog
        self.editing = c.id
        for lang in ("ar", "ckb", "en"):
            getattr(d, f"text_{lang}").setPlainText(c.texts.get(lang, ""))
        d.addTabs.setCurrentWidget(d.freeTab)
        d.clause.setTitle(translate("AgreementEditor", "Clause {n}").format(n=c.position))
        d.updateClause.setVisible(True)
        d.cancelEdit.setVisible(True)
        d.addFreeClause.setVisible(False)
        getattr(d, f"text_{self.pair()[0]}").setFocus()

    def stop_editing(self) -> None:
        d = self.dialog
        if self.editing is not None:
            self._clear_free()
        self.editing = None
        d.clause.setTitle(translate("AgreementEditor", "New clause"))
        d.updateClause.setVisible(False)
        d.cancelEdit.setVisible(False)
        d.addFreeClause.setVisible(True)

    def update_clause(self) -> None:
        if self.editing is None or self.agreement is None:
            return
        self.section = "free"
        texts = self.free_texts()
        try:
            check_clause({k: v.strip() for k, v in texts.items()},
                         LanguagePair(self.agreement.languages))
        except SulhError as e:
            self._show_local(e)
            return
        ok, view = self.run(agreements.update_clause, self.session.ctx, self.session.actor,
                            self.editing, version=self.agreement.version, texts=texts)
        if ok:
            self.stop_editing()
            self._saved(view)

    def move_clause(self, step: int) -> None:
        c = self.selected_clause()
        if c is None or self.agreement is None:
            return
        self.section = "clauses"
        ok, view = self.run(agreements.move_clause, self.session.ctx, self.session.actor,
                            c.id, version=self.agreement.version, position=c.position + step)
        if ok:
            self._saved(view)
            self._select_clause(c.id)

    def _select_clause(self, clause_id: int) -> None:
        table = self.dialog.clauseTable
        for row in range(table.rowCount()):
            if table.item(row, 0).data(Qt.ItemDataRole.UserRole) == clause_id:
                table.selectRow(row)
        self._update_clause_buttons()

    def remove_clause(self) -> None:
        c = self.selected_clause()
        if c is None or self.agreement is None:
            return
        answer = QMessageBox.question(
            self.dialog, translate("AgreementEditor", "Remove the clause"),
            translate("AgreementEditor", "Remove clause {n} from the draft?").format(n=c.position),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.section = "clauses"
        ok, view = self.run(agreements.remove_clause, self.session.ctx, self.session.actor,
                            c.id, version=self.agreement.version)
        if ok:
            if self.editing == c.id:
                self.stop_editing()
            self._saved(view)

    # -- compensation

    def add_instalment(self, due: dt.date | None = None, amount: int | None = None) -> None:
        d = self.dialog
        table = d.instalments
        row = table.rowCount()
        if due is None:
            last = self._row_date(row - 1) if row else self.session.ctx.today()
            due = last + dt.timedelta(days=30)
        if amount is None:
            try:
                total = parse_amount(d.amount_iqd.text(), "amount_iqd")
                paid = sum(v for _, v in self.plan())
            except ValidationError:
                total = paid = 0
            amount = max(total - paid, 0)
        table.insertRow(row)
        date_edit = QDateEdit()
        date_edit.setCalendarPopup(True)
        date_edit.setDisplayFormat("yyyy-MM-dd")
        set_date(date_edit, due)
        table.setCellWidget(row, 0, date_edit)
        amount_edit = QLineEdit(show_iqd(self.session, amount) if amount else "")
        amount_edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
                                 | Qt.AlignmentFlag.AlignVCenter)
        table.setCellWidget(row, 1, amount_edit)
        table.resizeColumnToContents(0)

    def _row_date(self, row: int) -> dt.date:
        edit: QDateEdit = self.dialog.instalments.cellWidget(row, 0)
        return to_date(edit)

    def remove_instalment(self) -> None:
        table = self.dialog.instalments
        row = table.currentRow()
        if row < 0:
            row = table.rowCount() - 1
        if row >= 0:
            table.removeRow(row)

    def plan(self) -> list[tuple[dt.date, int]]:
        table = self.dialog.instalments
        out = []
        for row in range(table.rowCount()):
            edit: QLineEdit = table.cellWidget(row, 1)
            out.append((self._row_date(row),
                        parse_amount(edit.text(), f"instalments.{row + 1}.amount")))
        return out

    def save_compensation(self) -> None:
        self.section = "money"
        try:
            amount = parse_amount(self.dialog.amount_iqd.text(), "amount_iqd")
            plan = self.plan()
        except ValidationError as e:
            self._show_local(e)
            return
        if not self._ensure_agreement():
            return
        assert self.agreement is not None
        ok, view = self.run(agreements.set_compensation, self.session.ctx, self.session.actor,
                            self.agreement.id, version=self.agreement.version,
                            amount_iqd=amount, instalments=plan)
        if ok:
            self.dialog.amount_iqd.setText(show_iqd(self.session, amount) if amount else "")
            if amount:
                self.params["amount"] = f"{amount:,}"
            self._saved(view)

    # -- breach terms

    def breach_texts(self) -> dict[str, str]:
        d = self.dialog
        return {lang: getattr(d, f"breach_{lang}").toPlainText() for lang in ("ar", "ckb", "en")}

    def save_breach(self) -> None:
        self.section = "breach"
        if not self._ensure_agreement():
            return
        assert self.agreement is not None
        ok, view = self.run(agreements.set_breach_terms, self.session.ctx, self.session.actor,
                            self.agreement.id, version=self.agreement.version,
                            texts=self.breach_texts())
        if ok:
            self._saved(view)

    # -- signatories

    def add_signatory(self) -> None:
        self.section = "signatories"
        d = self.dialog
        role = d.role.currentData()
        if not self._ensure_agreement():
            return
        assert self.agreement is not None
        ok, view = self.run(
            agreements.add_signatory, self.session.ctx, self.session.actor, self.agreement.id,
            version=self.agreement.version, role=role, name=d.name.text(),
            party_id=d.party_id.currentData() if role in ("party", "representative") else None,
            user_id=d.user_id.currentData() if role == "mediator" else None,
            guarantee=d.guarantee.currentData() if role == "guarantor" else None,
            mode=d.mode.currentData())
        if ok:
            d.name.clear()
            d.party_id.setCurrentIndex(0)
            d.user_id.setCurrentIndex(0)
            d.mode.setCurrentIndex(0)
            self._saved(view)

    def remove_signatory(self) -> None:
        d = self.dialog
        rows = d.signatoryTable.selectionModel().selectedRows()
        if not rows or self.agreement is None:
            return
        sid = d.signatoryTable.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        self.section = "signatories"
        ok, view = self.run(agreements.remove_signatory, self.session.ctx, self.session.actor,
                            sid, version=self.agreement.version)
        if ok:
            self._saved(view)

    # ------------------------------------------------------------ closing, stale saves

    def save(self) -> None:
        """The editor saves each change as it is made; its only button closes it."""

    def stale_record(self) -> object:
        return self.agreement

    def reload(self) -> None:
        super().reload()
        a = self.case.agreement
        self.agreement = a if a and a.status == "draft" else None
        self._show_agreement()

    def dirty(self) -> bool:
        d = self.dialog
        a = self.agreement
        texts = self.free_texts()
        if self.editing is not None:
            clause = next((c for c in self.clauses() if c.id == self.editing), None)
            if clause is None or any(texts[k] != clause.texts.get(k, "") for k in texts):
                return True
        elif any(t.strip() for t in texts.values()):
            return True
        saved_breach = a.breach_terms if a else {}
        if any(self.breach_texts()[k] != saved_breach.get(k, "") for k in self.pair()):
            return True
        try:
            amount = parse_amount(d.amount_iqd.text(), "amount_iqd")
            plan = self.plan()
        except ValidationError:
            return True
        saved_plan = [(i.due_on, i.amount_iqd) for i in a.instalments] if a else []
        if amount != (a.compensation_iqd if a else 0) or plan != saved_plan:
            return True
        return bool(d.name.text().strip())
