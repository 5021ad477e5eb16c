"""Long work started from the case list: exporting cases to an exchange file and printing
the documents of several cases into one PDF (ui/export_dialog.ui, ui/batch_print_dialog.ui).

The work runs in a pool thread (`worker.Job`) behind a progress dialog that counts the
cases and has a Cancel button; the services stop at their next case when cancelled and
undo what they began, so a cancelled export or batch leaves no file behind.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QWidget

from sulh.domain.errors import Cancelled, ValidationError
from sulh.gui import feedback, worker
from sulh.gui.admin.common import BusyDialog, ltr
from sulh.gui.case_list_model import KeysetSource, Page
from sulh.gui.dialogs.base import set_text_direction
from sulh.gui.dialogs.labels import LANGUAGE_PAIRS, label
from sulh.gui.forms import load_form
from sulh.gui.qt_i18n import digits, translate
from sulh.gui.session import AppSession
from sulh.i18n import QT_TRANSLATE_NOOP, msg
from sulh.services import batch_print, exchange
from sulh.services.long_work import CancelCheck, Progress

#: A service call that reports progress and checks for a cancel: call(progress, cancelled).
Call = Callable[[Progress, CancelCheck], Any]
PAGE = 500


class ProgressRunner(QObject):
    """Runs one long service call at a time in a pool thread, behind a progress dialog
    that counts the cases done and lets the user cancel.  The service itself stops at
    its next step and undoes what it began (services.long_work)."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QWidget, session: AppSession) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.session = session
        self.job: worker.Job | None = None
        # Kept after the end: its pool thread may still be leaving run() when its
        # finished signal arrives.
        self.last_job: worker.Job | None = None
        self.dialog: BusyDialog | None = None
        self._text = ""
        self._on_done: Callable[[Any], None] | None = None
        self._on_cancelled: Callable[[], None] | None = None
        self._on_failed: Callable[[BaseException], None] | None = None

    @property
    def busy(self) -> bool:
        return self.job is not None

    def start(self, title: str, text: str, call: Call, on_done: Callable[[Any], None], *,
              on_cancelled: Callable[[], None] | None = None,
              on_failed: Callable[[BaseException], None] | None = None) -> worker.Job:
        assert self.job is None, "one job at a time"
        job = worker.Job(lambda report, cancelled: call(report, cancelled.is_set))
        self.job = self.last_job = job
        self._text = text
        self._on_done, self._on_cancelled, self._on_failed = on_done, on_cancelled, on_failed
        job.signals.progress.connect(self._progress)
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        self.dialog = BusyDialog(self.parent_widget, title, text)
        self.dialog.canceled.connect(self.cancel)
        self.dialog.show()
        self.busy_changed.emit(True)
        # Started on the next turn of the event loop, so that whoever waits for the
        # job's signals can connect to them first.
        QTimer.singleShot(0, self, lambda: worker.start(job))
        return job

    def cancel(self) -> None:
        if self.job is None or self.dialog is None:
            return
        self.job.cancel()
        self.dialog.setLabelText(translate("LongWork", "Stopping at the next case; nothing "
                                                       "of this work will be kept…"))
        self.dialog.allow_cancel(False)
        self.dialog.show()

    def _progress(self, done: int, total: int) -> None:
        dialog = self.dialog
        if dialog is None or self.job is None or self.job.cancelled.is_set():
            return
        count = translate("LongWork", "{done} of {total} cases").format(done=done, total=total)
        dialog.setLabelText(f"{self._text}\n"
                            f"{digits(count, self.session.settings.arabic_indic_digits)}")
        dialog.setRange(0, max(total, 1))
        # Last: a modal progress dialog runs the event loop in setValue, where the job's
        # end may be handled and the dialog closed.
        dialog.setValue(done)

    def _end(self) -> None:
        if self.dialog is not None:
            self.dialog.finish()
        self.dialog = None
        self.job = None
        self.busy_changed.emit(False)

    def _finished(self, result: object) -> None:
        on_done = self._on_done
        self._end()
        if on_done is not None:
            on_done(result)

    def _failed(self, error: BaseException) -> None:
        on_cancelled, on_failed = self._on_cancelled, self._on_failed
        self._end()
        if isinstance(error, Cancelled):
            if on_cancelled is not None:
                on_cancelled()
            return
        if on_failed is not None:
            on_failed(error)
        else:
            feedback.show_error(self.parent_widget, error)


def all_ids(source: KeysetSource) -> list[int]:
    """Every case a list shows (not only the rows read so far), in case-number order."""
    out: list[int] = []
    page = Page()
    while True:
        rows = source.read(page, PAGE, "number", False)
        out += [r.id for r in rows]
        if len(rows) < PAGE:
            return out
        page = Page(after=rows[-1])


def documents_folder() -> Path:
    return Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())


class _LongWorkDialog(QObject):
    """What the export and batch print dialogs share: a file to write, the cases chosen
    (the selected rows, or every case the list shows), a Start button, a result line."""

    form_name = ""
    start_text = ("", "")

    def __init__(self, session: AppSession, selected: list[int],
                 shown: Callable[[], list[int]], shown_count: int | None,
                 parent: QWidget | None = None) -> None:
        dialog: QDialog = load_form(self.form_name, parent)
        super().__init__(dialog)
        self.session = session
        self.dialog = dialog
        self.selected = selected
        self.shown = shown
        self.runner = ProgressRunner(dialog, session)
        self.runner.busy_changed.connect(lambda busy: self._start_button().setEnabled(not busy))
        dialog.setProperty("controller", self)
        feedback.clear_marks(dialog)
        ui = dialog
        arabic_indic = session.settings.arabic_indic_digits
        ui.selectedCases.setText(digits(translate("LongWork", "The &selected cases ({n})").format(
            n=len(selected)), arabic_indic))
        ui.selectedCases.setEnabled(bool(selected))
        ui.shownCases.setText(
            digits(translate("LongWork", "Every case the list &shows ({n})").format(n=shown_count),
                   arabic_indic) if shown_count is not None
            else translate("LongWork", "Every case the list &shows"))
        start = self._start_button()
        start.setText(translate(*self.start_text))
        ui.buttons.accepted.connect(self.start)
        ui.buttons.rejected.connect(self.close)
        ui.choose.clicked.connect(self.choose_file)
        ui.resultLabel.hide()

    def _start_button(self) -> Any:
        return self.dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def case_ids(self) -> Callable[[], list[int] | None]:
        """The cases chosen, read when the work runs (every case shown may be many)."""
        if self.dialog.selectedCases.isChecked():
            chosen = list(self.selected)
            return lambda: chosen
        return self.shown

    def choose_file(self) -> None:
        raise NotImplementedError

    def start(self) -> None:
        raise NotImplementedError

    def target(self) -> Path | None:
        """The file to write, or None (with the fault shown next to the field)."""
        feedback.clear_marks(self.dialog)
        text = self.dialog.path.text().strip()
        fault = None
        if not text:
            fault = QT_TRANSLATE_NOOP("LongWork", "Choose the file to write.")
        elif not Path(text).expanduser().parent.is_dir():
            fault = QT_TRANSLATE_NOOP("LongWork", "There is no such folder.")
        if fault is not None:
            feedback.mark_fields(self.dialog, ValidationError(msg(fault), field="path"))
            return None
        path = Path(text).expanduser()
        if path.exists():
            answer = QMessageBox.question(
                self.dialog, translate("LongWork", "Replace the file?"),
                translate("LongWork", "{file} exists already. Replace it?").format(
                    file=ltr(str(path))),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return None
        return path

    def show_result(self, text: str) -> None:
        self.dialog.resultLabel.setText(text)
        self.dialog.resultLabel.show()

    def close(self) -> None:
        if not self.runner.busy:
            self.dialog.reject()

    def open(self) -> None:
        self.dialog.open()


class ExportDialog(_LongWorkDialog):
    """Export all cases, those the list shows or those selected, to an exchange file."""

    form_name = "export_dialog"
    start_text = QT_TRANSLATE_NOOP("LongWork", "&Export")

    def __init__(self, session: AppSession, selected: list[int],
                 shown: Callable[[], list[int]], shown_count: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, selected, shown, shown_count, parent)
        ui = self.dialog
        ui.allCases.toggled.connect(ui.includeArchived.setEnabled)
        stamp = session.ctx.today().isoformat()
        ui.path.setText(str(documents_folder() / f"sulh-export-{stamp}.json"))

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self.dialog, translate("LongWork", "Export to"), self.dialog.path.text(),
            translate("LongWork", "Sulh exchange files (*.json);;All files (*)"))
        if path:
            self.dialog.path.setText(path)

    def case_ids(self) -> Callable[[], list[int] | None]:
        if self.dialog.allCases.isChecked():
            return lambda: None
        return super().case_ids()

    def start(self) -> None:
        path = self.target()
        if path is None:
            return
        s = self.session
        ids = self.case_ids()
        archived = self.dialog.includeArchived.isChecked() or not self.dialog.allCases.isChecked()

        def call(progress: Progress, cancelled: CancelCheck) -> exchange.ExportReport:
            return exchange.export_cases(s.ctx, s.actor, path, include_archived=archived,
                                         only_ids=ids(), progress=progress,
                                         cancelled=cancelled)

        self.dialog.resultLabel.hide()
        self.runner.start(translate("LongWork", "Exporting cases"),
                          translate("LongWork", "Writing the cases into {file}…").format(
                              file=ltr(path.name)),
                          call, self._done, on_cancelled=self._cancelled)

    def _done(self, report: exchange.ExportReport) -> None:
        arabic_indic = self.session.settings.arabic_indic_digits
        text = digits(translate("LongWork", "Exported {cases} case(s) with {persons} person(s) "
                                            "to").format(cases=report.cases,
                                                         persons=report.persons),
                      arabic_indic) + f" {ltr(str(report.path))}."
        withheld = getattr(report, "withheld", 0)
        if withheld:
            text += " " + digits(translate(
                "LongWork", "{n} sensitive case(s) were left out: your role may not carry "
                            "their people's names.").format(n=withheld), arabic_indic)
        self.show_result(text)

    def _cancelled(self) -> None:
        self.show_result(translate("LongWork", "Cancelled: no file was written."))


class BatchPrintDialog(_LongWorkDialog):
    """The agreements or the case summaries of the selected cases (or all those shown)
    into one PDF file."""

    form_name = "batch_print_dialog"
    start_text = QT_TRANSLATE_NOOP("LongWork", "&Print to file")

    def __init__(self, session: AppSession, selected: list[int],
                 shown: Callable[[], list[int]], shown_count: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, selected, shown, shown_count, parent)
        ui = self.dialog
        if not selected:
            ui.shownCases.setChecked(True)
        for code in LANGUAGE_PAIRS:
            ui.languages.addItem(label(LANGUAGE_PAIRS, code), code)
        ui.languages.setCurrentIndex(ui.languages.findData(
            "ckb+en" if session.language == "ckb" else "ar+en"))
        ui.languages.setToolTip(translate("LongWork", "An agreement prints in the languages "
                                                      "it was written in."))
        ui.agreements.toggled.connect(self._kind_changed)
        ui.skipped.hide()
        set_text_direction(ui.skipped, ui.layoutDirection())
        self._kind_changed()

    def document(self) -> batch_print.BatchDocument:
        return (batch_print.BatchDocument.AGREEMENT if self.dialog.agreements.isChecked()
                else batch_print.BatchDocument.CASE_SUMMARY)

    def _kind_changed(self) -> None:
        ui = self.dialog
        agreements = ui.agreements.isChecked()
        ui.languages.setEnabled(not agreements)
        stamp = self.session.ctx.today().isoformat()
        name = f"agreements-{stamp}.pdf" if agreements else f"case-summaries-{stamp}.pdf"
        current = Path(ui.path.text()) if ui.path.text() else None
        if current is None or current.name.startswith(("agreements-", "case-summaries-")):
            ui.path.setText(str((current.parent if current else documents_folder()) / name))

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self.dialog, translate("LongWork", "Print to"), self.dialog.path.text(),
            translate("LongWork", "PDF files (*.pdf)"))
        if path:
            self.dialog.path.setText(path if path.lower().endswith(".pdf") else f"{path}.pdf")

    def start(self) -> None:
        path = self.target()
        if path is None:
            return
        s = self.session
        ids = self.case_ids()
        document = self.document()
        languages = self.dialog.languages.currentData()
        digit_style = "arabic-indic" if s.settings.arabic_indic_digits else "western"

        def call(progress: Progress, cancelled: CancelCheck) -> batch_print.BatchReport:
            return batch_print.print_batch(s.ctx, s.actor, ids() or [], path,
                                           document=document, languages=languages,
                                           digits=digit_style, progress=progress,
                                           cancelled=cancelled)

        self.dialog.resultLabel.hide()
        self.dialog.skipped.hide()
        title = (translate("LongWork", "Printing agreements")
                 if document is batch_print.BatchDocument.AGREEMENT
                 else translate("LongWork", "Printing case summaries"))
        self.runner.start(title, translate("LongWork", "Making the documents of {file}…").format(
            file=ltr(path.name)), call, self._done, on_cancelled=self._cancelled,
            on_failed=self._failed)

    def _show_skipped(self, skipped: tuple[tuple[str, Any], ...] | list[Any]) -> None:
        if not skipped:
            return
        lines = [translate("LongWork", "Left out:")]
        lines += [f"• {ltr(number)}: {why}" for number, why in skipped]
        self.dialog.skipped.setPlainText("\n".join(lines))
        self.dialog.skipped.show()

    def _done(self, report: batch_print.BatchReport) -> None:
        self.show_result(digits(translate(
            "LongWork", "{n} document(s), {pages} page(s), in").format(
                n=len(report.printed), pages=report.pages),
            self.session.settings.arabic_indic_digits) + f" {ltr(str(report.path))}.")
        self._show_skipped(report.skipped)
        # Agreements printed as they stand may now be signed: screens show it.
        self.session.events.cases_changed.emit()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, batch_print.NothingToPrint):
            self.show_result(str(error))
            self._show_skipped(error.details or [])
            return
        feedback.show_error(self.dialog, error)

    def _cancelled(self) -> None:
        self.show_result(translate("LongWork", "Cancelled: no file was written and no print "
                                               "was recorded."))
