"""Backup, restore and the integrity check (ui/admin_backup.ui).  The work runs in a
pool thread behind a busy indicator, so the window keeps repainting meanwhile."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDir, QLocale, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QVBoxLayout, QWidget

from sulh.domain.roles import Action
from sulh.gui.admin.common import CANCELLED, JobRunner, ltr
from sulh.gui.forms import load_form
from sulh.gui.qt_i18n import digits, translate
from sulh.gui.session import AppSession
from sulh.i18n import QT_TRANSLATE_NOOP, msg
from sulh.services import maintenance

Report = Callable[[int, int], None]


@dataclass(frozen=True)
class RestoreOutcome:
    kept: maintenance.BackupReport                  # the database as it was, backed up first
    restored: maintenance.RestoreReport | None      # None: cancelled before replacing


class BackupPage(QWidget):
    restored = Signal()

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = load_form("admin_backup", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.ui)
        self.runner = JobRunner(self)
        self.runner.busy_changed.connect(self._busy)
        self.folder = ""
        self._kept: Path | None = None
        ui = self.ui
        ui.backupBox.setVisible(session.may(Action.BACKUP))
        ui.restoreBox.setVisible(session.may(Action.BACKUP))
        ui.verifyBox.setVisible(session.may(Action.VERIFY))
        for label in (ui.backupResult, ui.restoreResult):
            label.hide()
        ui.findings.hide()
        ui.backupNow.clicked.connect(self.back_up)
        ui.restore.clicked.connect(self.restore)
        ui.verify.clicked.connect(self.verify)

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def _busy(self, busy: bool) -> None:
        for button in (self.ui.backupNow, self.ui.restore, self.ui.verify):
            button.setEnabled(not busy)

    def _show(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.show()

    def _start_folder(self) -> str:
        return self.folder or QDir.homePath()

    # -- back up

    def back_up(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("BackupPage", "Choose where to put the backup (a USB stick, for "
                                          "example)"), self._start_folder())
        if not folder:
            return
        self.folder = folder
        ctx, actor, dest = self.session.ctx, self.session.actor, Path(folder)

        def work(report: Report, cancelled: threading.Event) -> object:
            if cancelled.is_set():
                return CANCELLED
            report(1, 1)
            return maintenance.backup(ctx, actor, dest)

        self.runner.start(
            translate("BackupPage", "Backing up"),
            translate("BackupPage", "Getting ready to back up…"), work, self._backed_up,
            # The copy is taken in one step (SQLite's backup API or pg_dump) that cannot
            # be interrupted from here; the file appears only once it is complete.
            steps={1: (translate("BackupPage", "Copying every record into {folder}…")
                       .format(folder=ltr(folder)), False)})

    def _backed_up(self, result: object) -> None:
        if result is CANCELLED:
            self._show(self.ui.backupResult,
                       translate("BackupPage", "Cancelled: no backup was made."))
            return
        assert isinstance(result, maintenance.BackupReport)
        size = QLocale().formattedDataSize(result.size)
        self._show(self.ui.backupResult,
                   translate("BackupPage", "Backed up to {path} ({size}). Keep the copy "
                                           "somewhere safe, away from this PC.")
                   .format(path=ltr(str(result.path)), size=size))

    # -- restore

    def restore(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, translate("BackupPage", "Choose the backup to restore"), self._start_folder(),
            translate("BackupPage", "Sulh backups (*.sqlite3 *.pgdump *.bak);;All files (*)"))
        if not path:
            return
        source = Path(path)
        self.folder = str(source.parent)
        answer = QMessageBox.question(
            self, translate("BackupPage", "Replace all records?"),
            translate("BackupPage", "Every record in this database will be replaced by the "
                                    "records in the backup\n{file}\n\nAnything entered since "
                                    "that backup was made will be lost. Before that, the "
                                    "current database is backed up into the same folder and "
                                    "kept aside, so this can be undone.\n\nRestore now?")
            .format(file=ltr(str(source))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        keep_at = source.parent / f"sulh-before-restore-{stamp}{source.suffix or '.bak'}"
        ctx, actor = self.session.ctx, self.session.actor
        self._kept = None

        def work(report: Report, cancelled: threading.Event) -> object:
            if cancelled.is_set():
                return CANCELLED
            report(1, 2)
            try:
                kept = maintenance.backup(ctx, actor, keep_at)
            except OSError as e:
                raise maintenance.BackupError(msg(QT_TRANSLATE_NOOP(
                    "BackupPage", "The current database could not be backed up into {folder}, "
                                  "so nothing was restored: {error}"),
                    folder=str(keep_at.parent), error=e.strerror or str(e))) from e
            self._kept = kept.path
            if cancelled.is_set():
                return RestoreOutcome(kept, None)
            report(2, 2)
            # No cancelling from here on: the records are being replaced.  On SQLite the
            # live file is overwritten page by page in one backup-API step, on PostgreSQL
            # pg_restore drops and reloads every table; stopping either half-way (a
            # Python thread cannot be interrupted anyway) would leave a database that
            # is neither the old one nor the backup.
            return RestoreOutcome(kept, maintenance.restore(ctx, actor, source))

        self.runner.start(
            translate("BackupPage", "Restoring"),
            translate("BackupPage", "Getting ready to restore…"), work, self._restored,
            steps={1: (translate("BackupPage", "Backing up the current database first…"),
                       True),
                   2: (translate("BackupPage", "Replacing every record with those in the "
                                               "backup. Please wait; this cannot be "
                                               "stopped."), False)},
            on_failed=self._restore_failed)

    def _restored(self, result: object) -> None:
        if result is CANCELLED:
            self._show(self.ui.restoreResult,
                       translate("BackupPage", "Cancelled: nothing was changed."))
            return
        assert isinstance(result, RestoreOutcome)
        if result.restored is None:
            self._show(self.ui.restoreResult, translate(
                "BackupPage", "Cancelled: nothing was restored. The backup of the current "
                              "database is in {path}.").format(path=ltr(str(result.kept.path))))
            return
        text = translate("BackupPage", "Restored from {source}. The database as it was "
                                       "before is kept in {kept}.").format(
            source=ltr(str(result.restored.source)), kept=ltr(str(result.kept.path)))
        if result.restored.upgraded:
            text += " " + translate("BackupPage", "The backup was from an older version of "
                                                  "Sulh and has been brought up to date.")
        self._show(self.ui.restoreResult, text)
        self.session.events.cases_changed.emit()
        self.restored.emit()
        QMessageBox.information(self, translate("BackupPage", "Restored"), text)

    def _restore_failed(self, _error: BaseException) -> None:
        if self._kept is not None:
            self._show(self.ui.restoreResult, translate(
                "BackupPage", "The restore did not finish. The database as it was before is "
                              "kept in {path}.").format(path=ltr(str(self._kept))))
        else:
            self._show(self.ui.restoreResult,
                       translate("BackupPage", "Nothing was restored."))

    # -- verify

    def verify(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor

        def work(report: Report, cancelled: threading.Event) -> object:
            if cancelled.is_set():
                return CANCELLED
            report(1, 1)
            return maintenance.verify(ctx, actor)

        self.runner.start(
            translate("BackupPage", "Checking the database"),
            translate("BackupPage", "Getting ready…"), work, self._verified,
            # Only reading: a cancel just throws the findings away.
            steps={1: (translate("BackupPage", "Checking every record and the history of "
                                               "changes…"), True)})

    def _verified(self, result: object) -> None:
        job = self.runner.last_job
        findings = self.ui.findings
        findings.show()
        if result is CANCELLED or (job is not None and job.cancelled.is_set()):
            findings.setPlainText(translate("BackupPage", "The check was cancelled."))
            return
        assert isinstance(result, maintenance.VerifyReport)
        if result.ok:
            text = translate("BackupPage", "No problems found. {n} recorded changes were "
                                           "checked and their history is intact."
                             ).format(n=self._digits(str(result.events_checked)))
        else:
            text = translate("BackupPage", "{count} problems found — keep this PC's backups "
                                           "and tell the directorate:").format(
                count=self._digits(str(len(result.findings))))
            text += "\n" + "\n".join(f"• {f}" for f in result.findings)
        findings.setPlainText(text)

    def _digits(self, text: str) -> str:
        return digits(text, self.session.settings.arabic_indic_digits)
