"""What the forum work dialogs share: a Designer form, errors next to the field at
fault, a question before typing is thrown away, and stale saves that keep the typing
and say what the other person changed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from sulh.domain.errors import StaleRecord, SulhError, ValidationError, ValidationErrors
from sulh.gui import feedback
from sulh.gui.dialogs.base import follow_direction
from sulh.gui.forms import load_form
from sulh.gui.qt_i18n import translate
from sulh.gui.session import AppSession

ERROR_COLOUR = "#c0392b"


def set_date(edit: QDateEdit, day: dt.date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def to_date(edit: QDateEdit) -> dt.date:
    value: dt.date = edit.date().toPython()
    return value


def select_data(combo: QComboBox, data: object) -> None:
    combo.setCurrentIndex(max(combo.findData(data), 0))


class FormDialog(QObject):
    """A dialog built from `ui/<form_name>.ui` that saves one record through a service.

    Subclasses give `values()` (what the form shows, as the service's keyword
    arguments), `show_values()`, `values_of(view)` and `submit()` (the service call).
    `loaded` is the record as it was read (None for a new one); a stale save takes the
    other person's values for the fields not changed here, keeps the rest as typed,
    and names what they changed.
    """

    form_name = ""
    saved = Signal(object)

    def __init__(self, session: AppSession, loaded: Any = None,
                 parent: QWidget | None = None) -> None:
        dialog: QDialog = load_form(self.form_name, parent)
        super().__init__(dialog)
        self.session = session
        self.dialog = dialog
        self.loaded = loaded
        self._baseline: dict[str, Any] = {}
        self._closing = False
        dialog.setProperty("controller", self)
        dialog.installEventFilter(self)
        buttons: QDialogButtonBox = dialog.buttons
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.cancel)
        for edit in dialog.findChildren(QPlainTextEdit):
            follow_direction(edit)
        feedback.clear_marks(dialog)

    # -- what subclasses give

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def show_values(self, values: dict[str, Any]) -> None:
        raise NotImplementedError

    def values_of(self, view: Any) -> dict[str, Any]:
        raise NotImplementedError

    def submit(self) -> Any:
        raise NotImplementedError

    def widget_for(self, field: str) -> str:
        """The widget that shows an error about the service's `field`."""
        return field.split(".")[0]

    # -- saving

    def save(self) -> None:
        ok, view = self.run(self.submit)
        if ok:
            self.done(view)

    def run(self, call: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[bool, Any]:
        feedback.clear_marks(self.dialog)
        try:
            return True, call(*args, **kwargs)
        except StaleRecord as e:
            self.stale(e)
        except SulhError as e:
            if not self.place_error(e):
                feedback.show_error(self.dialog, e)
        except Exception as e:  # noqa: BLE001 - shown to the user; the form keeps its values
            feedback.show_error(self.dialog, e)
        return False, None

    def place_error(self, exc: SulhError) -> bool:
        """Each field error next to its widget; those without a label of their own are
        listed in the form's `summaryError` label too."""
        errors = feedback.field_errors(exc) or ([exc] if exc.field else [])
        mapped = [ValidationError(e.message, field=self.widget_for(e.field))
                  for e in errors if e.field]
        if not mapped or not feedback.mark_fields(self.dialog,
                                                  ValidationErrors(exc.message, mapped)):
            return False
        unlabelled = [str(e) for e in mapped
                      if self.dialog.findChild(QLabel, f"{e.field}Error") is None]
        summary = self.dialog.findChild(QLabel, "summaryError")
        if unlabelled and summary is not None:
            summary.setText("\n".join(dict.fromkeys(unlabelled)))
            summary.setStyleSheet(f"color: {ERROR_COLOUR};")
            summary.show()
        return True

    def field_label(self, field: str) -> str:
        label = self.dialog.findChild(QLabel, f"{self.widget_for(field)}Label")
        return label.text().replace("&", "").rstrip(":") if label is not None else field

    def stale(self, exc: StaleRecord) -> None:
        theirs = exc.details
        text = str(exc)
        if theirs is not None and self.loaded is not None:
            base, now, mine = self.values_of(self.loaded), self.values_of(theirs), self.values()
            changed = [k for k in base if now.get(k) != base.get(k)]
            merged = {k: (mine[k] if mine.get(k) != base.get(k) else now.get(k)) for k in mine}
            self.loaded = theirs
            self.show_values(merged)
            if changed:
                text += "\n\n" + translate("ForumWork", "They changed: {fields}.").format(
                    fields=", ".join(self.field_label(k) for k in changed))
            text += "\n\n" + translate("ForumWork", "Their version is now in the form, under "
                                                    "what you typed. Check it and save again.")
        QMessageBox.warning(self.dialog, translate("ForumWork", "Changed by someone else"), text)

    # -- closing

    def mark_clean(self) -> None:
        self._baseline = self.values()

    def dirty(self) -> bool:
        return self.values() != self._baseline

    def may_close(self) -> bool:
        if self._closing or not self.dirty():
            return True
        answer = QMessageBox.question(
            self.dialog, translate("ForumWork", "Discard what you typed?"),
            translate("ForumWork", "What you typed in this form is not saved. Close it and "
                                   "lose it?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def cancel(self) -> None:
        if self.may_close():
            self._closing = True
            self.dialog.reject()

    def done(self, view: Any) -> None:
        self._closing = True
        self.dialog.accept()
        self.saved.emit(view)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.dialog:
            if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                    and event.key() == Qt.Key.Key_Escape):
                self.cancel()
                return True
            if event.type() == QEvent.Type.Close:
                if not self.may_close():
                    event.ignore()
                    return True
                self._closing = True
        return False

    def open(self) -> None:
        """Show without blocking (window-modal); the opener keeps this object."""
        self.mark_clean()
        self.dialog.open()
