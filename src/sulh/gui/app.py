"""Starting the desktop app: languages, the database, signing in, the main window,
and the idle lock and shift change."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from sulh.domain.errors import SulhError
from sulh.gui import feedback
from sulh.gui.forms import load_form
from sulh.gui.opening import DatabaseOpening
from sulh.gui.qt_i18n import install_language, register_fonts, translate
from sulh.gui.sign_in import SignInDialog
from sulh.services.location import locate
from sulh.settings import Settings

# The database layer and the main window are imported while the sign-in form is up
# (sulh.gui.opening), not before it: they take longer to load than Qt does to start.
if TYPE_CHECKING:
    from sulh.gui.main_window import MainWindow
    from sulh.services.context import Actor, ServiceContext


class FirstRun:
    """A new database has no accounts: create the administrator's."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        self.ctx = ctx
        self.actor: Actor | None = None
        self.dialog: QDialog = load_form("first_run_dialog", parent)
        self.dialog.buttons.accepted.connect(self._create)
        self.dialog.buttons.rejected.connect(self.dialog.reject)

    def _create(self) -> None:
        from sulh.services import users

        d = self.dialog
        feedback.clear_marks(d)
        if d.password.text() != d.again.text():
            d.message.setText(translate("FirstRun", "The two passwords differ."))
            return
        try:
            self.actor = users.create_first_admin(
                self.ctx, username=d.username.text(), full_name=d.full_name.text(),
                password=d.password.text())
        except SulhError as e:
            feedback.mark_fields(d, e)
            d.message.setText(str(e))
            return
        d.accept()

    def exec(self) -> Actor | None:
        return self.actor if self.dialog.exec() == QDialog.DialogCode.Accepted else None


class AppController(QObject):
    """Who is signed in, and which main window is theirs."""

    def __init__(self, ctx: ServiceContext | DatabaseOpening, settings: Settings) -> None:
        super().__init__()
        self._opening = ctx if isinstance(ctx, DatabaseOpening) else None
        self._ctx = None if isinstance(ctx, DatabaseOpening) else ctx
        self.settings = settings
        self.main: MainWindow | None = None

    @property
    def ctx(self) -> ServiceContext:
        if self._ctx is None:
            assert self._opening is not None
            self._ctx = self._opening.context()
        return self._ctx

    def start(self) -> bool:
        """Sign someone in (or create the first account) and open their main window;
        False if they gave up.  A database that cannot be opened raises its error."""
        sign_in = SignInDialog(self._opening or self.ctx)
        actor = sign_in.exec()
        if sign_in.failure is not None:
            raise sign_in.failure
        if sign_in.first_run:
            actor = FirstRun(self.ctx).exec()
        if actor is None:
            return False
        self._open(actor)
        return True

    def _open(self, actor: Actor) -> None:
        from sulh.gui.main_window import MainWindow
        from sulh.gui.session import AppSession

        session = AppSession(self.ctx, actor, self.settings)
        self.main = MainWindow(session)
        self.main.lock_requested.connect(self.lock)
        self.main.session_expired.connect(lambda: self.lock(expired=True))
        self.main.sign_out_requested.connect(self.sign_out)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.main.idle)
        self.main.show()

    def lock(self, *, expired: bool = False) -> None:
        """Cover the screen until the same user, or another taking over, signs in
        (`expired`: the session lifetime ran out, whatever the user was doing).

        The window and its open forms stay as they are underneath, so nothing
        typed is lost while the screen is locked.
        """
        main = self.main
        if main is None:
            return
        current = main.session.actor
        main.idle.timer.stop()
        main.lifetime.stop()
        while True:
            actor = SignInDialog(self.ctx, locked_for=current, parent=main.window,
                                 expired=expired).exec()
            if actor is not None:
                break
        if actor.user_id == current.user_id:
            main.idle.timer.start()
            main.lifetime.start()
            return
        # Shift change: the previous user's window closes; the new user starts afresh.
        main.close(force=True)
        self._open(actor)

    def sign_out(self) -> None:
        main = self.main
        if main is None or not main.close():
            return
        self.main = None
        actor = SignInDialog(self.ctx).exec()
        if actor is None:
            QApplication.quit()
            return
        self._open(actor)


def run_app(db: str | None = None) -> int:
    settings = Settings.load()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Sulh")
    app.setOrganizationName("Sulh")
    register_fonts()
    install_language(app, settings.language)
    where = locate(db or settings.database_url)
    url = where.url
    try:
        if where.encrypted:
            from sulh.gui.passphrase import open_app_database

            # An encrypted database asks for its passphrase before anyone signs in.
            opened = open_app_database(url)
            if opened is None:
                return 0
            controller = AppController(opened, settings)
        else:
            # Opened while the sign-in form is up (it starts the opening).
            controller = AppController(DatabaseOpening(url), settings)
        if not controller.start():
            return 0
    except Exception as e:  # noqa: BLE001 - shown to the user instead of a traceback
        QMessageBox.critical(None, "Sulh", translate("App", "The database cannot be opened: {error}")
                             .format(error=e))
        return 2
    ctx = controller.ctx
    from sulh.gui.admin.backup_page import AutomaticBackups

    backups = AutomaticBackups(ctx, settings)
    backups.start()                  # today's backup, if none was made yet
    code = int(app.exec())
    backups.on_exit()                # and one on the way out
    ctx.close()
    return code
