"""Signing in, and unlocking the screen after an idle period or at shift change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from sulh.domain.errors import PermissionDenied
from sulh.gui.forms import load_form
from sulh.gui.opening import DatabaseOpening
from sulh.gui.qt_i18n import translate

if TYPE_CHECKING:
    from sulh.services.context import Actor, ServiceContext


class SignInDialog:
    """The sign-in form.  With `locked_for`, it is the lock screen: that user unlocks
    with their password, or another user takes over the PC.

    At start-up `ctx` is the database still being opened (DatabaseOpening): the form is
    shown at once and typed into meanwhile.  If the database has no account yet, the
    form closes with `first_run` set; if it cannot be opened, with `failure` set.
    """

    def __init__(self, ctx: ServiceContext | DatabaseOpening, *,
                 locked_for: Actor | None = None, parent: QWidget | None = None,
                 expired: bool = False) -> None:
        self.ctx = ctx
        self.actor: Actor | None = None
        self.first_run = False
        self.failure: BaseException | None = None
        self.dialog: QDialog = load_form("sign_in_dialog", parent)
        d = self.dialog
        if isinstance(ctx, DatabaseOpening):
            # Belongs to the form: it stops with it.
            self._waiting = QTimer(d, interval=50)
            self._waiting.timeout.connect(self._opened_yet)
        if locked_for is not None:
            from sulh.gui.dialogs.base import isolate

            d.setWindowTitle(translate("SignIn", "Sulh — screen locked"))
            d.heading.setText(translate("SignIn", "The screen is locked"))
            d.lockedNote.setText(translate("SignIn", "{name} was signed in. Their open work is kept. "
                                              "Type the password to go on, or sign in as "
                                              "yourself to take over this PC.")
                                 .format(name=isolate(locked_for.full_name or locked_for.username)))
            if expired:
                d.heading.setText(translate("SignIn", "Type your password again"))
                d.lockedNote.setText(translate("SignIn", "{name} has been signed in for as long as "
                                                  "a session may last. Type the password to go "
                                                  "on; the open work is kept.")
                                     .format(name=isolate(locked_for.full_name or locked_for.username)))
            d.lockedNote.setVisible(True)
            d.username.setText(locked_for.username)
            d.password.setFocus()
        else:
            d.username.setFocus()
        d.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("SignIn", "Sign in"))
        d.buttons.accepted.connect(self._try)
        d.buttons.rejected.connect(d.reject)

    def _try(self) -> None:
        d = self.dialog
        username = d.username.text().strip()
        password = d.password.text()
        if not username or not password:
            d.message.setText(translate("SignIn", "Type your user name and password."))
            return
        if isinstance(self.ctx, DatabaseOpening):
            self._opened()               # waits for the database if it is not open yet
            if self.first_run or self.failure is not None:
                return
            ctx = self.ctx.context()
        else:
            ctx = self.ctx
        from sulh.services import users

        try:
            self.actor = users.sign_in(ctx, username, password)
        except PermissionDenied as e:
            d.password.clear()
            d.password.setFocus()
            d.message.setText(str(e))
            return
        d.accept()

    def _opened_yet(self) -> None:
        assert isinstance(self.ctx, DatabaseOpening)
        if self.ctx.finished:
            self._opened()

    def _opened(self) -> None:
        """The database is open (or failed to open): a new one has nobody to sign in."""
        assert isinstance(self.ctx, DatabaseOpening)
        self._waiting.stop()
        try:
            self.ctx.context()
        except Exception as e:  # noqa: BLE001 - run_app shows it
            self.failure = e
            self.dialog.reject()
            return
        if not self.ctx.has_accounts:
            self.first_run = True
            self.dialog.reject()

    def exec(self) -> Actor | None:
        if isinstance(self.ctx, DatabaseOpening):
            # Loading the database layer competes with Qt for the processor: started
            # once the form is up, not before.
            QTimer.singleShot(0, self.ctx.start)
            self._waiting.start()
        return self.actor if self.dialog.exec() == QDialog.DialogCode.Accepted else None
