"""Slow work off the GUI thread: the job runs in a pool thread and reports back by
signal; it never touches a widget."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class JobSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    """`fn(report, cancelled)` runs in a pool thread; `report(done, total)` emits progress."""

    def __init__(self, fn: Callable[[Callable[[int, int], None], threading.Event], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = JobSignals()
        self.cancelled = threading.Event()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            try:
                result = self.fn(self.signals.progress.emit, self.cancelled)
            except Exception as e:  # noqa: BLE001 - handed to the GUI thread to show
                self.signals.failed.emit(e)
            else:
                self.signals.finished.emit(result)
        except RuntimeError:
            # The signals went with the app as it quit while this job ran (a count for
            # a list nobody looks at any more): there is no one left to tell.
            if not shiboken6.isValid(self.signals):
                return
            raise

    def cancel(self) -> None:
        self.cancelled.set()


def start(job: Job) -> Job:
    QThreadPool.globalInstance().start(job)
    return job
