"""Starting the desktop app."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QApplication, QHeaderView, QMainWindow, QMessageBox, QTableWidgetItem

from sulh.resource_files import ui_path


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def load_form(name: str) -> QMainWindow:
    """Load a Designer form from ui/ at run time (the same way for every form)."""
    file = QFile(str(ui_path(f"{name}.ui")))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"form {name}.ui is missing")
    try:
        widget = QUiLoader().load(file)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"form {name}.ui could not be loaded")
    return widget  # type: ignore[return-value]


def build_main_window(summary: dict[str, object]) -> QMainWindow:
    from sulh.domain.workflow import STAGE_LABELS, Stage

    window = load_form("main_window")
    window.setWindowTitle(_tr("Sulh — Community Policing Forum cases"))
    window.databaseLabel.setText(_tr("Database: {where}").format(where=summary["where"]))
    counts: dict[str, int] = summary["by_stage"]  # type: ignore[assignment]
    table = window.stageTable
    table.setHorizontalHeaderLabels([_tr("Stage"), _tr("Cases")])
    table.setRowCount(len(Stage))
    for row, stage in enumerate(Stage):
        context, text = STAGE_LABELS[stage]
        table.setItem(row, 0, QTableWidgetItem(QCoreApplication.translate(context, text)))
        table.setItem(row, 1, QTableWidgetItem(str(counts.get(stage.value, 0))))
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    window.statusBar().showMessage(_tr("{n} cases").format(n=sum(counts.values())))
    return window


def _summary(db: str | None) -> dict[str, object]:
    from sulh.services import stats
    from sulh.services.setup import open_database

    ctx = open_database(db)
    try:
        return {"where": ctx.engine.url.render_as_string(hide_password=True),
                "by_stage": stats.cases_by_stage(ctx)}
    finally:
        ctx.close()


def run_app(db: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Sulh")
    app.setOrganizationName("Sulh")
    try:
        summary = _summary(db)
    except Exception as e:  # noqa: BLE001 - shown to the user instead of a traceback
        QMessageBox.critical(None, "Sulh", _tr("The database cannot be opened: {error}")
                             .format(error=e))
        return 2
    window = build_main_window(summary)
    window.show()
    return int(app.exec())
