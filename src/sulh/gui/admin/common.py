"""What the administration pages share: dialogs that keep the typing when a save is
refused, a busy indicator for work that runs off the GUI thread, and display names."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from sulh.domain.errors import StaleRecord, SulhError
from sulh.domain.reference import ReferenceData, reference
from sulh.gui import feedback, stale, worker
from sulh.gui.forms import load_form
from sulh.gui.qt_i18n import translate
from sulh.gui.session import AppSession


def name_in(view: Any, language: str) -> str:
    """A forum's or station's name in the user's language, else Arabic."""
    return str(getattr(view, f"name_{language}", "") or view.name_ar)


def place_name(code: str | None, language: str, ref: ReferenceData | None = None) -> str:
    if not code:
        return ""
    ref = ref or reference()
    place = ref.governorates.get(code) or ref.districts.get(code)
    return place.name(language) if place else code


LRI, RLI, PDI = "\u2066", "\u2067", "\u2069"


def ltr(text: str) -> str:
    """Left-to-right text (a file path, a code) that keeps its order inside an Arabic
    or Kurdish sentence."""
    return f"{LRI}{text}{PDI}"


def rtl(text: str) -> str:
    return f"{RLI}{text}{PDI}"


def yes_no(value: bool) -> str:
    return translate("Admin", "Yes") if value else translate("Admin", "No")


def select_data(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    combo.setCurrentIndex(max(index, 0))


# ---------------------------------------------------------------- dialogs


def _state(form: QWidget) -> tuple[object, ...]:
    out: list[object] = []
    for w in form.findChildren(QWidget):
        if isinstance(w, QLineEdit) and not w.objectName().startswith("qt_"):
            out.append(w.text())
        elif isinstance(w, QPlainTextEdit):
            out.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            out.append(w.currentIndex())
        elif isinstance(w, QAbstractButton) and w.isCheckable():
            out.append(w.isChecked())
    return tuple(out)


class AdminDialog(QObject):
    """A dialog built from `ui/<form_name>.ui` that saves one record through a service.

    Errors go next to the field at fault and nothing typed is cleared; closing with
    unsaved typing asks first.  Subclasses implement `save()` and, for records that
    carry a version, `reload()`.
    """

    form_name = ""
    saved = Signal(object)      # the record view the service returned

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        dialog: QDialog = load_form(self.form_name, parent)
        super().__init__(dialog)
        self.session = session
        self.dialog = dialog
        self._baseline: tuple[object, ...] = ()
        self._closing = False
        dialog.setProperty("controller", self)
        dialog.installEventFilter(self)
        buttons: QDialogButtonBox = dialog.buttons
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.cancel)
        feedback.clear_marks(dialog)

    def save(self) -> None:
        raise NotImplementedError

    def reload(self) -> None:
        """Read the record again (its new version) without touching what was typed."""

    def stale_record(self) -> object:
        """The record being edited, as the dialog holds it (compared before and after a
        reload to say what someone else changed)."""
        return None

    def mark_clean(self) -> None:
        self._baseline = _state(self.dialog)

    def dirty(self) -> bool:
        return _state(self.dialog) != self._baseline

    def may_close(self) -> bool:
        if self._closing or not self.dirty():
            return True
        answer = QMessageBox.question(
            self.dialog, translate("Admin", "Discard what you typed?"),
            translate("Admin", "What you typed in this form is not saved. Close it and lose it?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def cancel(self) -> None:
        if self.may_close():
            self._closing = True
            self.dialog.reject()

    def done(self, view: object) -> None:
        self._closing = True
        self.dialog.accept()
        self.saved.emit(view)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.dialog:
            if (event.type() == QEvent.Type.KeyPress
                    and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape):
                self.cancel()
                return True
            if event.type() == QEvent.Type.Close:
                if not self.may_close():
                    event.ignore()
                    return True
                self._closing = True
        return False

    def run(self, call: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[bool, Any]:
        """Call a service; on an error show it (next to its field when it has one) and
        return (False, None), keeping everything typed."""
        feedback.clear_marks(self.dialog)
        try:
            return True, call(*args, **kwargs)
        except StaleRecord as e:
            stale.handle(self.dialog, self.session, e, self.stale_record, self.reload,
                         feedback.show_error)
        except SulhError as e:
            if not feedback.mark_fields(self.dialog, e):
                feedback.show_error(self.dialog, e)
        except Exception as e:  # noqa: BLE001 - shown to the user; the form keeps its values
            feedback.show_error(self.dialog, e)
        return False, None

    def open(self) -> None:
        """Show without blocking (window-modal); the opener keeps this object."""
        self.mark_clean()
        self.dialog.open()


# ---------------------------------------------------------------- long work


CANCELLED = object()    # what a job returns when it was cancelled before it began


class BusyDialog(QProgressDialog):
    """A busy indicator whose Cancel works only while cancelling is safe."""

    def __init__(self, parent: QWidget, title: str, text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setLabelText(text)
        self.setRange(0, 0)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.cancel_button = QPushButton(translate("Admin", "Cancel"), self)
        self.setCancelButton(self.cancel_button)
        self.cancellable = True
        self.setMinimumWidth(420)

    def allow_cancel(self, allowed: bool) -> None:
        self.cancellable = allowed
        self.cancel_button.setEnabled(allowed)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            # Escape is Cancel, and only while cancelling is safe (QDialog would just
            # hide the indicator and let the work go on unseen).
            event.accept()
            if self.cancellable:
                self.cancel_button.click()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.cancellable:
            event.ignore()
            return
        super().closeEvent(event)

    def finish(self) -> None:
        self.cancellable = True
        self.hide()
        self.deleteLater()


Work = Callable[[Callable[[int, int], None], threading.Event], Any]


class JobRunner(QObject):
    """Runs one `worker.Job` at a time behind a busy dialog.

    The job is started on the next turn of the event loop, so whoever wants to wait
    for `job.signals.finished` can connect to it first; until the work itself
    reports its first step, Cancel stops it before it touches anything.
    """

    busy_changed = Signal(bool)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.job: worker.Job | None = None
        # The last job stays referenced: its pool thread may still be leaving run()
        # when its finished signal arrives here.
        self.last_job: worker.Job | None = None
        self.dialog: BusyDialog | None = None
        self._steps: dict[int, tuple[str, bool]] = {}
        self._on_done: Callable[[Any], None] | None = None
        self._on_failed: Callable[[BaseException], None] | None = None
        self._started = False

    @property
    def busy(self) -> bool:
        return self.job is not None

    def start(self, title: str, text: str, work: Work, on_done: Callable[[Any], None],
              steps: dict[int, tuple[str, bool]] | None = None,
              on_failed: Callable[[BaseException], None] | None = None) -> worker.Job:
        """`work(report, cancelled)` runs in a pool thread; `steps` maps each step it
        reports to (label, whether Cancel is still safe during that step).  Work that
        sees `cancelled` set before it began returns CANCELLED."""
        assert self.job is None, "one job at a time"
        job = worker.Job(work)
        self.job = self.last_job = job
        self._steps = steps or {}
        self._on_done, self._on_failed = on_done, on_failed
        self._started = False
        job.signals.progress.connect(self._progress)
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        self.dialog = BusyDialog(self.parent_widget, title, text)
        self.dialog.canceled.connect(self._cancel)
        self.dialog.show()
        self.busy_changed.emit(True)
        QTimer.singleShot(0, self, lambda: worker.start(job))
        return job

    def _cancel(self) -> None:
        if self.job is None:
            return
        self.job.cancel()
        if self._started and self.dialog is not None:
            # The work checks for a cancel between its steps; until then the user
            # should still see that something is going on.
            self.dialog.setLabelText(translate("Admin", "Stopping as soon as it is safe…"))
            self.dialog.allow_cancel(False)
            self.dialog.show()

    def _progress(self, step: int, _total: int) -> None:
        self._started = True
        if self.job is not None and self.job.cancelled.is_set():
            return
        label, cancellable = self._steps.get(step, ("", False))
        if self.dialog is not None:
            if label:
                self.dialog.setLabelText(label)
            self.dialog.allow_cancel(cancellable)

    def _end(self) -> Callable[[Any], None] | None:
        if self.dialog is not None:
            self.dialog.finish()
        self.dialog = None
        self.job = None
        on_done, self._on_done, self._on_failed = self._on_done, None, None
        self.busy_changed.emit(False)
        return on_done

    def _finished(self, result: object) -> None:
        on_done = self._end()
        if on_done is not None:
            on_done(result)

    def _failed(self, error: BaseException) -> None:
        on_failed = self._on_failed
        self._end()
        feedback.show_error(self.parent_widget, error)
        if on_failed is not None:
            on_failed(error)
