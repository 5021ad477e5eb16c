"""What long work (an export, an import, a batch of prints) shares: telling the screen how
far it got, and stopping where it is safe when the user asks."""

from __future__ import annotations

from collections.abc import Callable

from sulh.domain.errors import Cancelled
from sulh.i18n import QT_TRANSLATE_NOOP, msg

#: `progress(done, total)`: `done` of `total` steps (cases) are finished.
Progress = Callable[[int, int], None]
#: Asked between steps; True stops the work (the GUI passes a threading.Event's is_set).
CancelCheck = Callable[[], bool]


class Steps:
    """Progress and cancellation for one piece of work; both callbacks are optional, so
    the command line and older callers pass neither."""

    def __init__(self, progress: Progress | None = None,
                 cancelled: CancelCheck | None = None) -> None:
        self._progress = progress
        self._cancelled = cancelled

    def report(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress(done, total)

    def check(self) -> None:
        """Stop here if the user asked to: the caller's unit of work rolls back and any
        file begun is removed."""
        if self._cancelled is not None and self._cancelled():
            raise Cancelled(msg(QT_TRANSLATE_NOOP("LongWork", "Cancelled: nothing was written "
                                                              "or changed.")),
                            rule="cancelled")
