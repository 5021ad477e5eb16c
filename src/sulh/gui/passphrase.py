"""Opening an encrypted database: the passphrase is asked for before the sign-in
(ui/passphrase_dialog.ui); a wrong one is said so in the dialog, which stays open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QDialog, QWidget

from sulh.gui.forms import load_form
from sulh.gui.qt_i18n import translate
from sulh.services.context import ServiceContext
from sulh.services.setup import (
    WrongPassphrase,
    database_location,
    needs_passphrase,
    open_database,
)


class PassphraseDialog:
    """Asks until the passphrase opens the database, or the user cancels."""

    def __init__(self, url: str | None, shown_path: str, parent: QWidget | None = None,
                 opener: Callable[..., ServiceContext] = open_database) -> None:
        self.url = url
        self.opener = opener
        self.ctx: ServiceContext | None = None
        self.dialog: QDialog = load_form("passphrase_dialog", parent)
        self.dialog.path.setText(shown_path)
        self.dialog.buttons.accepted.connect(self._open)
        self.dialog.buttons.rejected.connect(self.dialog.reject)

    def _open(self) -> None:
        d = self.dialog
        passphrase = d.passphrase.text()
        if not passphrase:
            d.message.setText(translate("Passphrase", "Type the passphrase."))
            return
        d.message.setText(translate("Passphrase", "Opening…"))
        QApplication.processEvents()      # the key derivation takes a moment
        try:
            self.ctx = self.opener(self.url, passphrase=passphrase)
        except WrongPassphrase:
            d.message.setText(translate(
                "Passphrase", "This passphrase does not open the records. Check it and try "
                              "again: letters are case-sensitive, and the keyboard language "
                              "matters."))
            d.passphrase.selectAll()
            d.passphrase.setFocus()
            return
        d.accept()

    def exec(self) -> ServiceContext | None:
        return self.ctx if self.dialog.exec() == QDialog.DialogCode.Accepted else None


def open_app_database(url: str | None) -> ServiceContext | None:
    """The database, asking for its passphrase first if it is encrypted; None if the
    user gave up."""
    if needs_passphrase(url):
        return PassphraseDialog(url, database_location(url)).exec()
    return open_database(url)
