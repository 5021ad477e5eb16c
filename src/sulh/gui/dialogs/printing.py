"""Printing the agreement.

The PDF comes from `sulh.services.documents.print_agreement` when this installation has
it: it is saved where the user chooses and opened in the system's PDF viewer, which
shows the real document and prints it.  Without that module the print of a paper made
otherwise is only recorded.  Either way the print is recorded against the content it was
made from, so only a copy of the agreement as it stands counts for signing.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from sulh.gui import feedback
from sulh.gui.qt_i18n import translate
from sulh.gui.session import AppSession
from sulh.services import agreements, records


def pdf_maker() -> Callable[..., Any] | None:
    """The documents module's `print_agreement(ctx, actor, case_id, digits=...)`, which
    returns the PDF and records the print, when it is installed."""
    try:
        module = importlib.import_module("sulh.services.documents")
    except ImportError:
        return None
    maker = getattr(module, "print_agreement", None)
    return maker if callable(maker) else None


def _pdf_bytes(result: Any) -> bytes:
    if isinstance(result, bytes | bytearray):
        return bytes(result)
    for name in ("pdf", "data", "content"):
        value = getattr(result, name, None)
        if isinstance(value, bytes | bytearray):
            return bytes(value)
    raise TypeError("print_agreement returned no PDF")


def _default_path(number: str) -> str:
    folder = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    return str(Path(folder) / f"{number}.pdf")


def print_agreement(session: AppSession, case: records.CaseView,
                    parent: QWidget | None = None) -> bool:
    """Make, save and open the agreement's PDF (or record a print); True when printed."""
    a = case.agreement
    if a is None:
        return False
    ctx, actor = session.ctx, session.actor
    maker = pdf_maker()
    try:
        if maker is None:
            answer = QMessageBox.question(
                parent, translate("Printing", "Record the print"),
                translate("Printing", "This installation cannot make the agreement's PDF. Record "
                               "that agreement {number} was printed as it stands now?").format(
                    number=a.number),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return False
            agreements.record_print(ctx, actor, a.id, digest=a.content_digest)
        else:
            path, _filter = QFileDialog.getSaveFileName(
                parent, translate("Printing", "Save the agreement to print it"),
                _default_path(a.number), translate("Printing", "PDF documents (*.pdf)"))
            if not path:
                return False
            style = "arabic-indic" if session.settings.arabic_indic_digits else "western"
            pdf = _pdf_bytes(maker(ctx, actor, case.id, digits=style))
            Path(path).write_bytes(pdf)
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))
            now = agreements.get_agreement(ctx, actor, a.id)
            if now.status == "draft" and now.printed_digest != a.content_digest:
                agreements.record_print(ctx, actor, a.id, digest=a.content_digest)
    except Exception as e:  # noqa: BLE001 - shown to the user; nothing half-done to undo
        feedback.show_error(parent, e)
        return False
    session.events.case_changed.emit(case.id)
    return True
