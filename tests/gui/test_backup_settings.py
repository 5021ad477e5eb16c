"""The administrator's backup settings and encryption on the backup page; the automatic
backups the app makes (daily and on closing); the passphrase asked before sign-in."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from sulh import settings as settings_module
from sulh.db.encryption import is_encrypted
from sulh.gui.admin import AdminPanel
from sulh.gui.admin.backup_page import AutomaticBackups
from sulh.gui.passphrase import PassphraseDialog
from sulh.services import cases, maintenance
from sulh.services.setup import open_database
from sulh.settings import Settings
from tests.flows import new_case
from tests.gui.conftest import type_text


@pytest.fixture
def settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "config" / "settings.json"
    monkeypatch.setattr(settings_module, "settings_path", lambda: path)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))
    return path


def _panel(qtbot, session):  # type: ignore[no-untyped-def]
    """The administration panel on its backup page (keep the panel: the page is its child)."""
    panel = AdminPanel(session)
    qtbot.addWidget(panel)
    panel.ui.pages.setCurrentWidget(panel.backup_page)
    return panel


def _wait(qtbot, job) -> object:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(job.signals.finished, timeout=60_000) as blocker:
        pass
    return blocker.args[0]


def test_the_administrator_chooses_the_folder_and_how_many_backups_are_kept(
        qtbot, world, session_for, settings_file, tmp_path, monkeypatch):
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
    panel = _panel(qtbot, session_for("admin"))
    page = panel.backup_page
    ui = page.ui
    assert ui.autoBox.isVisibleTo(page) and "No folder is chosen" in ui.autoStatus.text()
    ui.chooseFolder.click()
    ui.keepDaily.setValue(10)
    ui.keepWeekly.setValue(6)
    ui.onExit.setChecked(False)
    saved = Settings.load(settings_file)
    assert (saved.backup_folder, saved.backup_keep_daily, saved.backup_keep_weekly,
            saved.backup_on_exit, saved.backup_daily) == (str(usb), 10, 6, False, True)
    assert ui.autoFolder.text() == str(usb)
    assert "Automatic backups go to" in ui.autoStatus.text() and str(usb) in \
        ui.autoStatus.text()
    assert "None has been made yet." in ui.autoStatus.text()

    # The stick is taken out: the page says where backups go meanwhile.
    usb.rmdir()
    page.set_folder(str(usb))
    assert "is not there now" in ui.autoStatus.text()
    assert str(maintenance.default_backup_folder()) in ui.autoStatus.text()
    ui.defaultFolder.click()
    assert Settings.load(settings_file).backup_folder is None


def test_daily_and_closing_backups_and_a_missing_folder_is_told(
        qtbot, world, session_for, settings_file, tmp_path, no_message_boxes):
    new_case(world)
    unplugged = tmp_path / "media" / "USB"
    settings = Settings(language="en", backup_folder=str(unplugged))
    backups = AutomaticBackups(world.ctx, settings)
    job = backups.check()
    assert job is not None
    report = _wait(qtbot, job)
    assert isinstance(report, maintenance.AutoBackupReport) and report.fell_back
    qtbot.waitUntil(lambda: backups.job is None)
    [(kind, text)] = no_message_boxes
    assert kind == "warning" and "is not available (is the USB stick plugged in?)" in text
    assert str(report.path.parent) in text
    assert backups.check() is None, "one a day"

    unplugged.mkdir(parents=True)                       # plugged in before closing
    closing = backups.on_exit()
    assert closing is not None and closing.path.parent == unplugged and not closing.fell_back
    assert maintenance.verify_backup(closing.path, world.ctx.engine) == []
    assert len(no_message_boxes) == 1
    settings.backup_on_exit = False
    assert backups.on_exit() is None


def test_encrypting_the_database_from_the_page(qtbot, world, session_for, backend,
                                               settings_file, no_message_boxes):
    case = new_case(world)
    panel = _panel(qtbot, session_for("admin"))
    page = panel.backup_page
    ui = page.ui
    if backend == "postgresql":
        assert "PostgreSQL server" in ui.encryptionState.text()
        assert not ui.encryptForm.isVisibleTo(page)
        return
    assert "not encrypted" in ui.encryptionState.text() and ui.encryptForm.isVisibleTo(page)
    type_text(ui.passphrase, "زيتونة عند النهر 1447")
    type_text(ui.passphraseAgain, "زيتونة عند النهر 1448")
    ui.encrypt.click()
    assert ui.passphraseError.text() == "The two passphrases differ."
    assert page.runner.job is None
    ui.passphraseAgain.clear()
    type_text(ui.passphraseAgain, "زيتونة عند النهر 1447")
    ui.encrypt.click()
    _wait(qtbot, page.runner.job)
    assert no_message_boxes[0][0] == "question"
    assert ui.encryptionResult.text().startswith("The database is encrypted")
    assert "is encrypted. Its passphrase is asked for" in ui.encryptionState.text()
    assert not ui.encryptForm.isVisibleTo(page) and ui.passphrase.text() == ""
    path = Path(str(world.ctx.engine.url.database))
    assert is_encrypted(path)
    # The app goes on working, on the encrypted database.
    assert cases.get_case_view(world.ctx, world.coordinator, case.id).number == case.number
    assert maintenance.verify(world.ctx, world.admin).ok


def test_the_passphrase_is_asked_before_sign_in_and_a_wrong_one_is_said_so(qtbot, tmp_path):
    db = tmp_path / "secret.sqlite3"
    url = f"sqlite:///{db}"
    open_database(url, passphrase="olive tree by the river").close()
    asker = PassphraseDialog(url, str(db))
    d = asker.dialog
    qtbot.addWidget(d)
    d.show()
    assert d.path.text() == str(db)
    ok = d.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    assert d.message.text() == "Type the passphrase." and d.isVisible()
    type_text(d.passphrase, "olive tree by the sea")
    ok.click()
    assert "does not open the records" in d.message.text()
    assert d.isVisible() and asker.ctx is None
    d.passphrase.clear()
    type_text(d.passphrase, "olive tree by the river")
    ok.click()
    assert not d.isVisible() and asker.ctx is not None
    try:
        assert maintenance.encryption_state(asker.ctx) == "encrypted"
    finally:
        asker.ctx.close()
