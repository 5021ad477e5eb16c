"""The bare main window opens on a real database and shows its cases by stage."""

from __future__ import annotations

from sulh.domain.workflow import Stage
from sulh.gui.app import _summary, build_main_window
from tests.flows import case_at, new_case


def test_main_window_shows_cases_by_stage(qtbot, world, db_url):
    new_case(world)
    case_at(world, Stage.MEDIATION)
    window = build_main_window(_summary(db_url))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    table = window.stageTable
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Intake"] == "1"
    assert rows["Mediation"] == "1"
    assert rows["Closed"] == "0"
    assert window.statusBar().currentMessage() == "2 cases"
    assert "Database:" in window.databaseLabel.text()
