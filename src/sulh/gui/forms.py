"""Designer forms from ui/, loaded at run time — the one way every view and dialog is built.

QUiLoader translates the form's strings with the installed translators, using the
form's class name as the context, so `pyside6-lupdate ui/*.ui` extracts them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from sulh.resource_files import ui_path


def load_form(name: str, parent: QWidget | None = None) -> Any:
    """The widget built from ui/<name>.ui; its children are attributes by objectName."""
    file = QFile(str(ui_path(f"{name}.ui")))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"form {name}.ui is missing")
    try:
        widget = QUiLoader().load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"form {name}.ui could not be loaded")
    return widget
