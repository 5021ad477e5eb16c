"""Backup, restore and the integrity check (ui/admin_backup.ui); where automatic
backups go and how many are kept; encrypting the database.  The work runs in a
pool thread behind a busy indicator, so the window keeps repainting meanwhile.

AutomaticBackups (end of this file) makes the backups that happen by themselves."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDir, QEventLoop, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sulh.domain.roles import Action
from sulh.gui import feedback, worker
from sulh.gui.admin.common import CANCELLED, JobRunner, ltr
from sulh.gui.forms import load_form
from sulh.gui.qt_i18n import digits, translate
from sulh.gui.session import AppSession
from sulh.i18n import QT_TRANSLATE_NOOP, msg
from sulh.services import maintenance
from sulh.services.context import ServiceContext
from sulh.settings import Settings

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
        # Five groups do not fit a small station screen: the page scrolls.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.ui)
        layout.addWidget(scroll)
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
        ui.autoBox.setVisible(session.may(Action.BACKUP))
        ui.encryptionBox.setVisible(session.may(Action.BACKUP))
        self._load_automatic()
        ui.chooseFolder.clicked.connect(self.choose_folder)
        ui.defaultFolder.clicked.connect(lambda: self.set_folder(None))
        for spin in (ui.keepDaily, ui.keepWeekly):
            spin.valueChanged.connect(self._save_automatic)
        for box in (ui.onExit, ui.daily):
            box.toggled.connect(self._save_automatic)
        ui.encrypt.clicked.connect(self.encrypt)
        ui.encryptionResult.hide()
        ui.passphraseError.hide()
        self._show_encryption()

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def _busy(self, busy: bool) -> None:
        for button in (self.ui.backupNow, self.ui.restore, self.ui.verify, self.ui.encrypt):
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

    # -- automatic backups: where, how many, when

    def _load_automatic(self) -> None:
        ui, settings = self.ui, self.session.settings
        for w in (ui.keepDaily, ui.keepWeekly, ui.onExit, ui.daily):
            w.blockSignals(True)
        ui.keepDaily.setValue(settings.backup_keep_daily)
        ui.keepWeekly.setValue(settings.backup_keep_weekly)
        ui.onExit.setChecked(settings.backup_on_exit)
        ui.daily.setChecked(settings.backup_daily)
        for w in (ui.keepDaily, ui.keepWeekly, ui.onExit, ui.daily):
            w.blockSignals(False)
        self._show_automatic()

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("BackupPage", "Choose the folder for automatic backups (a USB "
                                          "stick, for example)"),
            self.session.settings.backup_folder or QDir.homePath())
        if folder:
            self.set_folder(folder)

    def set_folder(self, folder: str | None) -> None:
        self.session.settings.backup_folder = folder
        self._save_automatic()

    def _save_automatic(self) -> None:
        ui, settings = self.ui, self.session.settings
        settings.backup_keep_daily = ui.keepDaily.value()
        settings.backup_keep_weekly = ui.keepWeekly.value()
        settings.backup_on_exit = ui.onExit.isChecked()
        settings.backup_daily = ui.daily.isChecked()
        try:
            settings.save()
        except OSError as e:
            feedback.show_error(self, e)
        self._show_automatic()

    def _show_automatic(self) -> None:
        settings = self.session.settings
        policy = policy_of(settings)
        self.ui.autoFolder.setText(settings.backup_folder or "")
        self.ui.autoFolder.setPlaceholderText(str(maintenance.default_backup_folder()))
        default = ltr(str(maintenance.default_backup_folder()))
        if policy.folder is None:
            text = translate("BackupPage", "No folder is chosen: automatic backups go to {default}, "
                                           "on this PC. Choose a folder on a USB stick to keep "
                                           "copies away from it.").format(default=default)
        elif maintenance.usable_folder(policy.folder):
            text = translate("BackupPage", "Automatic backups go to {folder}.").format(
                folder=ltr(str(policy.folder)))
        else:
            text = translate("BackupPage", "The folder {folder} is not there now (is the USB stick "
                                           "plugged in?). Until it is, automatic backups go to "
                                           "{default}.").format(folder=ltr(str(policy.folder)),
                                                                default=default)
        last = maintenance.last_automatic_backup(policy)
        if last is None:
            text += " " + translate("BackupPage", "None has been made yet.")
        else:
            text += " " + translate("BackupPage", "The last one was made on {when}.").format(
                when=self._digits(last.strftime("%Y-%m-%d %H:%M")))
        self.ui.autoStatus.setText(text)

    # -- encryption

    def _show_encryption(self) -> None:
        state = maintenance.encryption_state(self.session.ctx)
        texts = {
            "encrypted": translate(
                "BackupPage", "This database is encrypted. Its passphrase is asked for each "
                              "time Sulh starts, and its backups are encrypted with it. "
                              "Without the passphrase nobody, not even an administrator, can "
                              "read the records: keep it written down in a safe place."),
            "plain": translate(
                "BackupPage", "This database is not encrypted: anyone who takes this PC's "
                              "disk, or a copy of it, can read the records. Once encrypted, "
                              "the passphrase is asked for each time Sulh starts, and backups "
                              "are encrypted too. Close Sulh on this PC's other accounts "
                              "first."),
            "server": translate(
                "BackupPage", "The records are on a PostgreSQL server: they are encrypted on "
                              "the server, by encrypting its disks."),
        }
        self.ui.encryptionState.setText(texts[state])
        self.ui.encryptForm.setVisible(state == "plain")

    def encrypt(self) -> None:
        ui = self.ui
        ui.passphraseError.hide()
        passphrase = ui.passphrase.text()
        if passphrase != ui.passphraseAgain.text():
            self._show(ui.passphraseError,
                       translate("BackupPage", "The two passphrases differ."))
            return
        answer = QMessageBox.question(
            self, translate("BackupPage", "Encrypt the database?"),
            translate("BackupPage", "Every record will be encrypted with this passphrase. If it "
                                    "is lost, nobody can read the records again, and no "
                                    "backup made from now on either.\n\nEncrypt now?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        ctx, actor = self.session.ctx, self.session.actor

        def work(report: Report, cancelled: threading.Event) -> object:
            if cancelled.is_set():
                return CANCELLED
            report(1, 1)
            return maintenance.encrypt_database(ctx, actor, passphrase)

        self.runner.start(
            translate("BackupPage", "Encrypting"),
            translate("BackupPage", "Getting ready to encrypt…"), work, self._encrypted,
            steps={1: (translate("BackupPage", "Encrypting every record. Please wait; this "
                                               "cannot be stopped."), False)},
            on_failed=self._encrypt_failed)

    def _encrypted(self, result: object) -> None:
        ui = self.ui
        if result is CANCELLED:
            return
        assert isinstance(result, maintenance.EncryptReport)
        ui.passphrase.clear()
        ui.passphraseAgain.clear()
        text = translate("BackupPage", "The database is encrypted ({rows} records).").format(
            rows=self._digits(f"{result.rows:,}"))
        if result.plain_copies:
            text += " " + translate("BackupPage", "These older copies are not encrypted; delete "
                                                  "them once an encrypted backup is safe: "
                                                  "{files}").format(
                files=", ".join(ltr(str(p)) for p in result.plain_copies))
        self._show(ui.encryptionResult, text)
        self._show_encryption()

    def _encrypt_failed(self, error: BaseException) -> None:
        if getattr(error, "field", None) == "passphrase":
            self._show(self.ui.passphraseError, str(error))


def policy_of(settings: Settings) -> maintenance.BackupPolicy:
    return maintenance.BackupPolicy(
        Path(settings.backup_folder) if settings.backup_folder else None,
        keep_daily=settings.backup_keep_daily, keep_weekly=settings.backup_keep_weekly)


class AutomaticBackups(QObject):
    """The backups that happen by themselves: the day's first, checked for when the app
    starts and every half hour while it runs, and one when it is closed.  When the
    chosen folder is missing (a USB stick not plugged in) the backup goes to the data
    folder's backups/ and the user is told."""

    CHECK_EVERY_MS = 30 * 60 * 1000
    finished = Signal(object)          # the AutoBackupReport, or the error

    def __init__(self, ctx: ServiceContext, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings
        self.parent_widget = parent
        self.job: worker.Job | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(self.CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(0, self, self.check)

    def check(self) -> worker.Job | None:
        """Start today's backup if it is due and none is running."""
        if not self.settings.backup_daily or self.job is not None:
            return None
        policy = policy_of(self.settings)
        if not maintenance.backup_due(policy, self.ctx.now()):
            return None
        ctx = self.ctx
        job = worker.Job(lambda _report, _cancelled: maintenance.auto_backup(
            ctx, policy, reason="daily"))
        job.signals.finished.connect(self._done)
        job.signals.failed.connect(self._failed)
        self.job = worker.start(job)
        return job

    def _done(self, report: object) -> None:
        self.job = None
        assert isinstance(report, maintenance.AutoBackupReport)
        if report.fell_back:
            self._tell_fallback(report)
        self.finished.emit(report)

    def _failed(self, error: BaseException) -> None:
        self.job = None
        QMessageBox.warning(self.parent_widget, translate("AutoBackup", "Automatic backup failed"),
                            translate("AutoBackup", "Today's automatic backup could not be "
                                                    "made: {error}\n\nAn administrator can make "
                                                    "one under Administration → Backup and "
                                                    "restore.").format(error=error))
        self.finished.emit(error)

    def _tell_fallback(self, report: maintenance.AutoBackupReport) -> None:
        QMessageBox.warning(
            self.parent_widget, translate("AutoBackup", "Backup folder missing"),
            translate("AutoBackup", "The backup folder {folder} is not available (is the USB "
                                    "stick plugged in?). The backup was saved in {fallback} "
                                    "instead.").format(folder=ltr(str(report.wanted)),
                                                       fallback=ltr(str(report.path.parent))))

    def on_exit(self) -> maintenance.AutoBackupReport | None:
        """The backup when Sulh closes, behind a busy indicator (the windows are gone)."""
        self.timer.stop()
        while self.job is not None:                    # today's is still being written
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.02)
        if not self.settings.backup_on_exit:
            return None
        policy = policy_of(self.settings)
        ctx = self.ctx
        job = worker.Job(lambda _report, _cancelled: maintenance.auto_backup(
            ctx, policy, reason="exit"))
        outcome: list[object] = []
        loop = QEventLoop()
        job.signals.finished.connect(lambda r: (outcome.append(r), loop.quit()))
        job.signals.failed.connect(lambda e: (outcome.append(e), loop.quit()))
        busy = QProgressDialog(translate("AutoBackup", "Backing up before closing…"), "", 0, 0,
                               self.parent_widget)
        busy.setWindowTitle("Sulh")
        busy.setCancelButton(None)  # type: ignore[arg-type]
        busy.setWindowModality(Qt.WindowModality.ApplicationModal)
        busy.setMinimumDuration(0)
        busy.show()
        worker.start(job)
        loop.exec()
        busy.close()
        busy.deleteLater()
        result = outcome[0]
        if isinstance(result, BaseException):
            QMessageBox.critical(
                self.parent_widget, translate("AutoBackup", "Backup failed"),
                translate("AutoBackup", "The backup on closing could not be made: {error}")
                .format(error=result))
            return None
        assert isinstance(result, maintenance.AutoBackupReport)
        if result.fell_back:
            self._tell_fallback(result)
        return result
