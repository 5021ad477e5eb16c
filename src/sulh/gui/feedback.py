"""Showing what went wrong, in the user's language, next to the field at fault."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from sulh.domain.errors import (
    MoveRefused,
    PermissionDenied,
    StaleRecord,
    SulhError,
    ValidationError,
    ValidationErrors,
)
from sulh.gui.qt_i18n import translate

ERROR_STYLE = "border: 1px solid #c0392b;"


def field_errors(exc: BaseException) -> list[ValidationError]:
    if isinstance(exc, ValidationErrors):
        return list(exc.errors)
    if isinstance(exc, ValidationError):
        return [exc]
    return []


def clear_marks(form: QWidget) -> None:
    for widget in form.findChildren(QWidget):
        if widget.property("sulhError"):
            widget.setStyleSheet("")
            widget.setToolTip("")
            widget.setProperty("sulhError", False)
    for label in form.findChildren(QLabel):
        if label.objectName().endswith("Error"):
            label.clear()
            label.hide()


def mark_fields(form: QWidget, exc: BaseException) -> bool:
    """Put each field error next to its widget (objectName == field name, and a label
    named `<field>Error` when the form has one).  Returns whether any was placed."""
    placed = False
    for err in field_errors(exc):
        if not err.field:
            continue
        name = err.field.split(".")[0]
        widget = form.findChild(QWidget, name)
        if widget is None:
            continue
        text = str(err)
        widget.setStyleSheet(ERROR_STYLE)
        widget.setToolTip(text)
        widget.setProperty("sulhError", True)
        label = form.findChild(QLabel, f"{name}Error")
        if label is not None:
            label.setText(text)
            label.setStyleSheet("color: #c0392b;")
            label.show()
        placed = True
    return placed


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """A message box for errors that belong to no single field."""
    if isinstance(exc, StaleRecord):
        title = translate("Feedback", "Changed by someone else")
    elif isinstance(exc, MoveRefused):
        title = translate("Feedback", "Not possible now")
    elif isinstance(exc, PermissionDenied):
        title = translate("Feedback", "Not allowed")
    elif isinstance(exc, SulhError):
        title = translate("Feedback", "Please check")
    else:
        title = translate("Feedback", "Something went wrong")
    if isinstance(exc, SulhError):
        text = str(exc)
        details = exc.details if isinstance(exc, MoveRefused) else None
        if details and len(details) > 1:
            text = "\n".join(f"• {r.message}" for r in details)
    else:
        text = translate("Feedback", "The action could not be completed. Nothing was saved.") + \
            f"\n\n{type(exc).__name__}: {exc}"
    QMessageBox.warning(parent, title, text)
