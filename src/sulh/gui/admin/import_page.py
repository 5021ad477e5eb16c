"""Importing an exchange file (ui/admin_import.ui): choose the file, check it (the
service's dry run, nothing written), read what it would add and every fault, confirm,
then import with progress — all or nothing, and a cancelled import leaves nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QVBoxLayout, QWidget

from sulh.domain.reference import Addition
from sulh.domain.workflow import STAGE_LABELS, Stage
from sulh.gui import long_work  # the module, not its names: it imports this package itself
from sulh.gui.admin.common import ltr
from sulh.gui.dialogs.base import set_text_direction
from sulh.gui.forms import load_form
from sulh.gui.qt_i18n import digits, translate
from sulh.gui.session import AppSession
from sulh.i18n import QT_TRANSLATE_NOOP
from sulh.services import exchange
from sulh.services.long_work import CancelCheck, Progress

#: How many new cases the check lists by number (the rest are counted).
LISTED = 200

KIND_LABELS = {
    "category": QT_TRANSLATE_NOOP("ImportPage", "dispute category"),
    "referral_source": QT_TRANSLATE_NOOP("ImportPage", "referral source"),
    "referral_destination": QT_TRANSLATE_NOOP("ImportPage", "referral destination"),
    "closure_reason": QT_TRANSLATE_NOOP("ImportPage", "closure reason"),
    "district": QT_TRANSLATE_NOOP("ImportPage", "district"),
    "subdistrict": QT_TRANSLATE_NOOP("ImportPage", "sub-district"),
    "clause": QT_TRANSLATE_NOOP("ImportPage", "agreement clause"),
}


class ImportPage(QWidget):
    imported = Signal()

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = load_form("admin_import", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.ui)
        self.runner = long_work.ProgressRunner(self, session)
        self.runner.busy_changed.connect(lambda _busy: self._update_buttons())
        self.preview: exchange.ImportPreview | None = None
        self.checked_path: Path | None = None
        ui = self.ui
        ui.choose.clicked.connect(self.choose_file)
        ui.check.clicked.connect(self.check)
        ui.importFile.clicked.connect(self.import_file)
        ui.path.textChanged.connect(lambda _t: self._forget_check())
        ui.path.returnPressed.connect(self.check)
        for widget in (ui.summary, ui.details, ui.resultLabel):
            widget.hide()
        # The list reads in the user's language: right to left in Arabic and Kurdish.
        set_text_direction(ui.details, self.layoutDirection())
        self._update_buttons()

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def _digits(self, text: str) -> str:
        return digits(text, self.session.settings.arabic_indic_digits)

    def _path(self) -> Path | None:
        text = self.ui.path.text().strip()
        return Path(text).expanduser() if text else None

    def _forget_check(self) -> None:
        """Another file (or none): what was checked no longer says anything about it."""
        if self.checked_path is not None and self._path() != self.checked_path:
            self.preview = None
            self.checked_path = None
            for widget in (self.ui.summary, self.ui.details):
                widget.hide()
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui, busy = self.ui, self.runner.busy
        ui.check.setEnabled(not busy and self._path() is not None)
        ui.choose.setEnabled(not busy)
        ui.importFile.setEnabled(not busy and self.preview is not None and self.preview.ok
                                 and bool(self.preview.new_cases or self.preview.additions))

    def choose_file(self) -> None:
        start = str(self._path().parent if self._path() else long_work.documents_folder())
        path, _filter = QFileDialog.getOpenFileName(
            self, translate("ImportPage", "Choose the exchange file"), start,
            translate("ImportPage", "Sulh exchange files (*.json);;All files (*)"))
        if path:
            self.ui.path.setText(path)
            self.check()

    # -- the dry run

    def check(self) -> None:
        path = self._path()
        if path is None or self.runner.busy:
            return
        s = self.session

        def call(progress: Progress, cancelled: CancelCheck) -> exchange.ImportPreview:
            return exchange.preview_file(s.ctx, s.actor, path, progress=progress,
                                         cancelled=cancelled)

        self.ui.resultLabel.hide()
        self.runner.start(translate("ImportPage", "Checking the file"),
                          translate("ImportPage", "Reading and checking every record of "
                                                  "{file}…").format(file=ltr(path.name)),
                          call, lambda preview: self._checked(path, preview),
                          on_cancelled=lambda: None)

    def _checked(self, path: Path, preview: exchange.ImportPreview) -> None:
        self.preview, self.checked_path = preview, path
        ui = self.ui
        if not preview.ok:
            ui.summary.setText(self._digits(translate(
                "ImportPage", "This file cannot be imported: it has {count} fault(s), listed "
                              "below. Nothing was written. Ask whoever made it to correct them "
                              "and export again.").format(count=len(preview.problems))))
            ui.summary.setStyleSheet("color: #c0392b;")
            ui.details.setPlainText("\n".join(f"• {p}" for p in preview.problems))
        else:
            ui.summary.setStyleSheet("")
            ui.summary.setText(self._summary(preview))
            ui.details.setPlainText(self._details(preview))
        ui.summary.show()
        ui.details.show()
        self._update_buttons()

    def _summary(self, p: exchange.ImportPreview) -> str:
        when = p.exported_at.astimezone().strftime("%Y-%m-%d %H:%M") if p.exported_at else "?"
        text = translate("ImportPage", "The file is sound. It was exported on {when}, with "
                                       "cases of the forums {forums}.").format(
            when=self._digits(when), forums=", ".join(ltr(self._digits(f))
                                                      for f in p.case_forums) or "—")
        if not p.new_cases and not p.additions:
            return text + " " + self._digits(translate(
                "ImportPage", "Every one of its {n} case(s) is here already: importing it "
                              "would change nothing.").format(n=len(p.present)))
        return text + " " + self._digits(translate(
            "ImportPage", "Importing it adds {cases} case(s) ({present} already here), "
                          "{persons} person(s), {forums} forum(s), {stations} station(s), "
                          "{users} user account(s) (who cannot sign in until an administrator "
                          "lets them) and {entries} reference entry(ies).").format(
            cases=len(p.new_cases), present=len(p.present), persons=p.persons,
            forums=len(p.forums), stations=p.stations, users=len(p.users),
            entries=len(p.additions)))

    def _details(self, p: exchange.ImportPreview) -> str:
        lines: list[str] = []
        if p.new_cases:
            lines.append(translate("ImportPage", "New cases:"))
            for number, stage in p.new_cases[:LISTED]:
                name = translate(*STAGE_LABELS[Stage(stage)]) if stage in set(Stage) else stage
                lines.append(f"• {ltr(self._digits(number))} — {name}")
            if len(p.new_cases) > LISTED:
                lines.append(self._digits(translate("ImportPage", "… and {n} more.").format(
                    n=len(p.new_cases) - LISTED)))
        if p.forums:
            lines.append(translate("ImportPage", "New forums: {codes}").format(
                codes=", ".join(ltr(c) for c in p.forums)))
        if p.users:
            lines.append(translate("ImportPage", "New user accounts (inactive): {names}").format(
                names=", ".join(ltr(u) for u in p.users)))
        if p.additions:
            lines.append(translate("ImportPage", "New reference entries:"))
            lines += [f"• {self._addition(a)}" for a in p.additions]
        return "\n".join(lines)

    def _addition(self, a: Addition) -> str:
        marked = KIND_LABELS.get(a.kind)
        kind = translate(*marked) if marked else a.kind
        name = a.names.get(self.session.language) or a.names.get("en", "")
        if len(name) > 90:
            name = name[:89] + "…"
        return f"{kind}: {name} ({ltr(a.code)})"

    # -- the import

    def import_file(self) -> None:
        path, preview = self.checked_path, self.preview
        if path is None or preview is None or not preview.ok or self.runner.busy:
            return
        answer = QMessageBox.question(
            self, translate("ImportPage", "Import the file?"),
            self._digits(translate("ImportPage", "Add {cases} case(s) from {file} to this "
                                                 "database? An import is not undone, but it "
                                                 "changes none of the cases already here.")
                         .format(cases=len(preview.new_cases), file=ltr(path.name))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        s = self.session

        def call(progress: Progress, cancelled: CancelCheck) -> exchange.ImportReport:
            return exchange.import_file(s.ctx, s.actor, path, progress=progress,
                                        cancelled=cancelled)

        self.runner.start(translate("ImportPage", "Importing cases"),
                          translate("ImportPage", "Adding the cases of {file}…").format(
                              file=ltr(path.name)),
                          call, self._imported, on_cancelled=self._cancelled,
                          on_failed=self._failed)

    def _show_result(self, text: str) -> None:
        self.ui.resultLabel.setText(text)
        self.ui.resultLabel.show()

    def _imported(self, report: exchange.ImportReport) -> None:
        self._show_result(self._digits(str(report)))
        self.preview = None         # checked again before another import
        self._update_buttons()
        self.session.events.cases_changed.emit()
        self.imported.emit()

    def _cancelled(self) -> None:
        self._show_result(translate("ImportPage", "Cancelled: nothing was imported; the "
                                                  "database is as it was."))

    def _failed(self, error: BaseException) -> None:
        from sulh.gui import feedback

        if isinstance(error, exchange.ImportRefused):
            # The file or the database changed since the check: show the new faults.
            self._checked(self.checked_path or Path(), exchange.ImportPreview(
                tuple(error.problems)))
            return
        feedback.show_error(self, error)
