"""Signing in, and unlocking the screen after an idle period or at shift change."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from sulh.domain.errors import PermissionDenied
from sulh.gui.dialogs.base import isolate
from sulh.gui.forms import load_form
from sulh.gui.qt_i18n import translate
from sulh.services import users
from sulh.services.context import Actor, ServiceContext


class SignInDialog:
    """The sign-in form.  With `locked_for`, it is the lock screen: that user unlocks
    with their password, or another user takes over the PC."""

    def __init__(self, ctx: ServiceContext, *, locked_for: Actor | None = None,
                 parent: QWidget | None = None, expired: bool = False) -> None:
        self.ctx = ctx
        self.actor: Actor | None = None
        self.dialog: QDialog = load_form("sign_in_dialog", parent)
        d = self.dialog
        if locked_for is not None:
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
        try:
            self.actor = users.sign_in(self.ctx, username, password)
        except PermissionDenied as e:
            d.password.clear()
            d.password.setFocus()
            d.message.setText(str(e))
            return
        d.accept()

    def exec(self) -> Actor | None:
        return self.actor if self.dialog.exec() == QDialog.DialogCode.Accepted else None
