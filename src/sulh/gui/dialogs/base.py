"""What every case dialog shares: its Designer form, errors shown next to the field at
fault, a question before typing is thrown away, and stale saves that keep the typing."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QWidget,
)

from sulh.domain.errors import (
    MoveRefused,
    StaleRecord,
    SulhError,
    ValidationError,
    ValidationErrors,
)
from sulh.gui import feedback, stale
from sulh.gui.forms import load_form
from sulh.gui.qt_i18n import digits, translate
from sulh.gui.session import AppSession
from sulh.i18n import QT_TRANSLATE_NOOP, msg
from sulh.services import cases, records

# ---------------------------------------------------------------- showing values


def show_date(session: AppSession, day: dt.date | None) -> str:
    if day is None:
        return ""
    return digits(day.isoformat(), session.settings.arabic_indic_digits)


def show_datetime(session: AppSession, at: dt.datetime | None) -> str:
    if at is None:
        return ""
    local = at.astimezone() if at.tzinfo else at
    return digits(local.strftime("%Y-%m-%d %H:%M"), session.settings.arabic_indic_digits)


def show_iqd(session: AppSession, amount: int) -> str:
    return digits(f"{amount:,}", session.settings.arabic_indic_digits)


FSI, PDI = "\u2068", "\u2069"


def isolate(text: str) -> str:
    """Each line of text someone typed kept in its own reading direction, so Arabic inside
    an English line (or the reverse) keeps its punctuation and brackets in place."""
    return "\n".join(f"{FSI}{line}{PDI}" if line else line for line in text.split("\n"))


def text_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of the first letter that has one (None for digits and punctuation)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return None


def set_text_direction(edit: QPlainTextEdit, direction: Qt.LayoutDirection) -> None:
    """Lay out the text of a plain text box in `direction` (its widget direction alone
    moves neither the alignment nor the full stop of a right-to-left paragraph)."""
    document = edit.document()
    option = document.defaultTextOption()
    if option.textDirection() == direction:
        return
    option.setTextDirection(direction)
    side = (Qt.AlignmentFlag.AlignRight if direction == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft)
    option.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
    document.setDefaultTextOption(option)


def follow_direction(edit: QPlainTextEdit) -> None:
    """A plain text box written right to left when its text starts in Arabic or Kurdish,
    left to right when it starts in English (QLineEdit does this by itself)."""
    default = edit.layoutDirection()

    def update() -> None:
        set_text_direction(edit, text_direction(edit.toPlainText()) or default)

    edit.textChanged.connect(update)
    update()


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def parse_amount(text: str, field: str) -> int:
    """A whole number of dinars as typed: Western, Arabic-Indic or Persian digits, with or
    without thousands separators."""
    cleaned = text.translate(_DIGITS)
    for sep in (",", "٬", "،", " ", "\u00a0", "\u202f", "'"):
        cleaned = cleaned.replace(sep, "")
    if not cleaned:
        return 0
    if not cleaned.isascii() or not cleaned.isdigit():
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Agreement", "Amounts are whole Iraqi dinars.")),
                              field=field)
    return int(cleaned)


def set_date(edit: QDateEdit, day: dt.date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def to_date(edit: QDateEdit) -> dt.date:
    value: dt.date = edit.date().toPython()
    return value


def checked_data(widget: QListWidget) -> list[Any]:
    """The data of the ticked items of a check list."""
    out = []
    for i in range(widget.count()):
        item = widget.item(i)
        if item.checkState() == Qt.CheckState.Checked:
            out.append(item.data(Qt.ItemDataRole.UserRole))
    return out


# ---------------------------------------------------------------- the dialog


def _state(form: QWidget) -> tuple[object, ...]:
    """What the user can change in a form, to tell whether anything was typed."""
    out: list[object] = []
    for w in form.findChildren(QWidget):
        if w.objectName().startswith("qt_"):
            continue
        if isinstance(w, QDateEdit):
            out.append(w.date().toJulianDay())
        elif isinstance(w, QSpinBox):
            out.append(w.value())
        elif isinstance(w, QLineEdit):
            out.append(w.text())
        elif isinstance(w, QPlainTextEdit):
            out.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            out.append((w.currentIndex(), w.currentText() if w.isEditable() else None))
        elif isinstance(w, QAbstractButton) and w.isCheckable():
            out.append(w.isChecked())
        elif isinstance(w, QListWidget):
            out.append(tuple(w.item(i).checkState().value for i in range(w.count())))
        elif isinstance(w, QTableWidget):
            out.append(w.rowCount())
    return tuple(out)


class CaseDialog(QObject):
    """A dialog built from `ui/<form_name>.ui` that records something about one case.

    Subclasses fill the form, implement `save()` (with `run` around each service
    call) and, when their record carries a version, `reload()` for stale saves.
    """

    form_name = ""

    def __init__(self, session: AppSession, case: records.CaseView,
                 parent: QWidget | None = None) -> None:
        dialog: QDialog = load_form(self.form_name, parent)
        super().__init__(dialog)
        self.session = session
        self.case = case
        self.dialog = dialog
        self._baseline: tuple[object, ...] = ()
        self._may_close_now = False
        dialog.setProperty("controller", self)
        dialog.installEventFilter(self)
        buttons: QDialogButtonBox | None = getattr(dialog, "buttons", None)
        if buttons is not None:
            buttons.accepted.connect(self.save)
            buttons.rejected.connect(self.cancel)
        feedback.clear_marks(dialog)
        for edit in dialog.findChildren(QPlainTextEdit):
            if edit.testAttribute(Qt.WidgetAttribute.WA_SetLayoutDirection):
                set_text_direction(edit, edit.layoutDirection())   # one language's box
            else:
                follow_direction(edit)

    # -- what the subclasses provide

    def shown(self) -> None:
        """Called once the dialog is shown or resized, with its final geometry."""

    def save(self) -> None:
        raise NotImplementedError

    def reload(self) -> None:
        """Read the case again (new versions) without touching what the user typed."""
        self.case = cases.get_case_view(self.session.ctx, self.session.actor, self.case.id)

    # -- dirty state and closing

    def mark_clean(self) -> None:
        self._baseline = _state(self.dialog)

    def dirty(self) -> bool:
        return _state(self.dialog) != self._baseline

    def may_close(self) -> bool:
        if self._may_close_now or not self.dirty():
            return True
        answer = QMessageBox.question(
            self.dialog, translate("CaseDialog", "Discard what you typed?"),
            translate("CaseDialog", "What you typed in this form is not saved. Close it and lose "
                             "it?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def cancel(self) -> None:
        if self.may_close():
            self._may_close_now = True
            self.dialog.reject()

    def done(self) -> None:
        """Close after a successful save."""
        self._may_close_now = True
        self.dialog.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.dialog:
            if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
                self.cancel()
                return True
            if event.type() == QEvent.Type.Close and not self.may_close():
                event.ignore()
                return True
            if event.type() == QEvent.Type.Close:
                self._may_close_now = True
            if event.type() in (QEvent.Type.Show, QEvent.Type.Resize):
                QTimer.singleShot(0, self.shown)
        return False

    # -- calling services

    def run(self, call: Callable[..., Any], *args: Any, refusal_field: str | None = None,
            **kwargs: Any) -> tuple[bool, Any]:
        """Call a service; on an error, show it next to its field (or in a message) and
        return (False, None).  Nothing typed is cleared either way."""
        feedback.clear_marks(self.dialog)
        try:
            return True, call(*args, **kwargs)
        except StaleRecord as e:
            self.stale(e)
        except SulhError as e:
            placed = self.place_error(e) or bool(
                refusal_field and isinstance(e, MoveRefused)
                and self.mark_refusal(refusal_field, e))
            if not placed:
                feedback.show_error(self.dialog, e)
        except Exception as e:  # noqa: BLE001 - shown to the user; the form keeps its values
            feedback.show_error(self.dialog, e)
        return False, None

    def widget_for(self, field: str) -> str:
        """The form widget that shows an error about the service's `field`."""
        return field.split(".")[0]

    def place_error(self, exc: SulhError) -> bool:
        """Show each field error (a refused clause too) next to its widget."""
        errors = feedback.field_errors(exc) or ([exc] if exc.field else [])
        mapped = [ValidationError(e.message, field=self.widget_for(e.field))
                  for e in errors if e.field]
        return bool(mapped) and feedback.mark_fields(
            self.dialog, ValidationErrors(exc.message, mapped))

    def mark_refusal(self, field: str, exc: MoveRefused) -> bool:
        """Show a rule's refusal next to the field it concerns."""
        label = self.dialog.findChild(QLabel, f"{field}Error")
        if label is None:
            return False
        details = exc.details if isinstance(exc.details, list) else []
        text = "\n".join(str(r.message) for r in details) if len(details) > 1 else str(exc)
        label.setText(text)
        label.setStyleSheet("color: #c0392b;")
        label.show()
        return True

    def stale_record(self) -> object:
        """The record this dialog edits, as it holds it now: compared before and after a
        reload to say what someone else changed."""
        return self.case

    def stale(self, exc: StaleRecord) -> None:
        """Someone else saved meanwhile: read their version (the typing stays) and say
        what they changed, field by field, so the user can apply theirs again."""
        stale.handle(self.dialog, self.session, exc, self.stale_record, self.reload,
                     feedback.show_error)

    def changed(self) -> None:
        """Tell every screen that this case changed."""
        self.session.events.case_changed.emit(self.case.id)

    # -- showing

    def open(self) -> None:
        """Show without blocking (window-modal); the opener keeps this object."""
        self.dialog.open()

    def exec(self) -> bool:
        return self.dialog.exec() == QDialog.DialogCode.Accepted
