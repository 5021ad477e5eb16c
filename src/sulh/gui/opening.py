"""Opening the database while the sign-in form is already on the screen.

Loading the database layer (SQLAlchemy, the models, the services and the main window's
modules) takes longer than Qt takes to start and show a form.  Nobody can use a case
list before typing a name and a password, so the app shows the sign-in form first and
does that loading -- and opens the database, upgrading its schema if need be -- on a
thread of its own in the meantime.  The form waits for it only if the password is in
before the loading is done.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sulh.services.context import ServiceContext


class DatabaseOpening:
    """The database being opened on a thread.  The sign-in form looks at `finished`
    now and then (a cross-thread signal could reach a form that is already gone)."""

    def __init__(self, url: str | None) -> None:
        self._url = url
        self._ctx: ServiceContext | None = None
        self._error: BaseException | None = None
        self.has_accounts = True
        self._thread = threading.Thread(target=self._open, name="sulh-open-database",
                                        daemon=True)

    def start(self) -> DatabaseOpening:
        """Start opening (once; later calls do nothing)."""
        if self._thread.ident is None:
            self._thread.start()
        return self

    def _open(self) -> None:
        try:
            from sulh.services import users
            from sulh.services.setup import open_database

            ctx = open_database(self._url)
            self.has_accounts = users.has_accounts(ctx)
            # The main window's modules too, so that it opens as soon as the password
            # is checked.  Importing creates no widget: nothing here touches Qt's GUI.
            import sulh.gui.main_window  # noqa: F401
            self._ctx = ctx
        except BaseException as e:  # noqa: BLE001 - handed to the GUI thread, shown there
            self._error = e

    @property
    def finished(self) -> bool:
        return self._thread.ident is not None and not self._thread.is_alive()

    def context(self) -> ServiceContext:
        """The opened database, waiting for it if need be; the error if it failed."""
        self.start()
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._ctx is not None
        return self._ctx
