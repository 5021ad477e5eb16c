"""Starting the app: the sign-in form comes up before the database layer is loaded, and
the database is opened on a thread meanwhile (gui.opening)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from sulh.gui.app import AppController
from sulh.gui.opening import DatabaseOpening
from sulh.services import users
from sulh.settings import Settings

pytestmark = pytest.mark.gui


def test_the_sign_in_form_needs_nothing_of_the_database_layer():
    # In a fresh interpreter, as `sulh` starts: what the form needs is loaded, and
    # neither SQLAlchemy nor the models nor the main window are.
    code = ("import sys, sulh.cli, sulh.gui.app; "
            "print(sorted(m for m in ('sqlalchemy', 'sulh.db.models', 'sulh.services.users', "
            "'sulh.gui.main_window') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"


def _when_modal(name: str, then: Any) -> None:
    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != name:
            QTimer.singleShot(10, look)
            return
        then(dialog)

    QTimer.singleShot(0, look)


def _sign_in(username: str, password: str) -> Any:
    def fill(dialog: Any) -> None:
        dialog.username.setText(username)
        dialog.password.setText(password)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    return fill


def test_signing_in_while_the_database_is_being_opened(qtbot, world, db_url):
    users.create_user(world.ctx, world.system, username="huda", full_name="Huda",
                      role="officer", password="huda-at-the-desk-1", forum_id=world.forum_id)
    opening = DatabaseOpening(db_url)
    controller = AppController(opening, Settings(language="en"))
    # Typed at once: the form waits for the database if it is not open yet.
    _when_modal("SignInDialog", _sign_in("huda", "huda-at-the-desk-1"))
    assert controller.start()
    main = controller.main
    assert main is not None
    qtbot.addWidget(main.window)
    assert opening.finished and controller.ctx is opening.context()
    assert main.session.actor.username == "huda"
    qtbot.waitUntil(lambda: main.model.rowCount() == 0 and main.window.isVisible())
    main.close(force=True)
    controller.ctx.close()


def test_a_wrong_password_is_refused_and_the_form_stays(qtbot, world, db_url):
    users.create_user(world.ctx, world.system, username="huda", full_name="Huda",
                      role="officer", password="huda-at-the-desk-1", forum_id=world.forum_id)
    opening = DatabaseOpening(db_url)
    controller = AppController(opening, Settings(language="en"))
    seen: list[str] = []

    def wrong(dialog: Any) -> None:
        _sign_in("huda", "not-her-password")(dialog)
        seen.append(dialog.message.text())
        dialog.reject()

    _when_modal("SignInDialog", wrong)
    assert not controller.start()
    assert controller.main is None
    assert seen and seen[0]
    controller.ctx.close()


def test_an_empty_database_asks_for_the_first_administrator(qtbot, tmp_path):
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    controller = AppController(DatabaseOpening(url), Settings(language="en"))

    def create(dialog: Any) -> None:
        dialog.username.setText("admin")
        dialog.full_name.setText("Directorate IT")
        dialog.password.setText("a-long-admin-passphrase")
        dialog.again.setText("a-long-admin-passphrase")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    # The sign-in form closes by itself once the database turns out to have nobody.
    _when_modal("FirstRunDialog", create)
    assert controller.start()
    main = controller.main
    assert main is not None
    qtbot.addWidget(main.window)
    assert main.session.actor.username == "admin" and main.session.actor.role.value == "admin"
    assert users.sign_in(controller.ctx, "admin", "a-long-admin-passphrase").username == "admin"
    main.close(force=True)
    controller.ctx.close()


def test_a_database_that_cannot_be_opened_is_reported_not_waited_for(qtbot, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    url = f"sqlite:///{blocker / 'sulh.sqlite3'}"        # its folder cannot be made
    controller = AppController(DatabaseOpening(url), Settings(language="en"))
    with pytest.raises(OSError):
        controller.start()
    assert controller.main is None
    assert not Path(blocker / "sulh.sqlite3").exists()
