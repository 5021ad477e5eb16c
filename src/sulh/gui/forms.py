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

_loader: QUiLoader | None = None


def _the_loader() -> QUiLoader:
    """One loader for every form: making one looks for Designer plug-ins on disk and
    costs more than loading a form (we use none, so its plug-in paths are cleared)."""
    global _loader
    if _loader is None:
        _loader = QUiLoader()
        _loader.clearPluginPaths()
    return _loader


def load_form(name: str, parent: QWidget | None = None) -> Any:
    """The widget built from ui/<name>.ui; its children are attributes by objectName."""
    file = QFile(str(ui_path(f"{name}.ui")))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"form {name}.ui is missing")
    try:
        widget = _the_loader().load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"form {name}.ui could not be loaded")
    return widget
