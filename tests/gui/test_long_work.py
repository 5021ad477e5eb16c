"""Long work through the widgets: exporting from the case list, printing several cases
into one PDF, and importing a file from the administration tab (check, read, confirm,
import) — each in a pool thread with progress, and each cancellable without leaving a
file or a half-written import behind."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from sulh.db import models as m
from sulh.domain.workflow import Stage
from sulh.gui.admin import AdminPanel
from sulh.gui.main_window import MainWindow
from sulh.services import cases, exchange
from sulh.services.context import ServiceContext
from tests.conftest import make_world, new_database_url
from tests.documents import pdf as pdf_tools
from tests.flows import case_at, new_case

OK = QDialogButtonBox.StandardButton.Ok


def _window(qtbot, session) -> MainWindow:  # type: ignore[no-untyped-def]
    mw = MainWindow(session, idle_ms=3_600_000)
    qtbot.addWidget(mw.window)
    mw.show()
    return mw


def _select(mw: MainWindow, case_ids: list[int]) -> None:
    table, model = mw.window.caseTable, mw.model
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    table.clearSelection()
    for row in range(model.rowCount()):
        if model.case_id(row) in case_ids:
            table.selectionModel().select(model.index(row, 0), flags)
    assert sorted(mw.selected_case_ids()) == sorted(case_ids)


def _run(qtbot, controller, *, timeout: int = 60_000):  # type: ignore[no-untyped-def]
    """Press the dialog's start button and wait for the work to end either way."""
    controller.dialog.buttons.button(OK).click()
    job = controller.runner.job
    assert job is not None and controller.runner.dialog is not None
    # click() runs no event loop, so the job has not started yet: nothing is missed.
    qtbot.waitUntil(lambda: not controller.runner.busy, timeout=timeout)
    return job


def _wait(qtbot, job, timeout: int = 60_000) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(job.signals.finished, timeout=timeout):
        pass


def _audit(ctx: ServiceContext, prefix: str) -> list[str]:
    with ctx.reading() as uow:
        return list(uow.session.scalars(select(m.AuditEvent.action).where(
            m.AuditEvent.action.like(f"{prefix}%")).order_by(m.AuditEvent.seq)))


# ---------------------------------------------------------------- who sees what

def test_the_actions_show_for_the_roles_that_may_use_them(qtbot, world, session_for):
    expected = {"officer": (False, True), "mediator": (False, True),
                "coordinator": (True, True), "admin": (True, False), "viewer": (True, False)}
    for role, (export, print_several) in expected.items():
        mw = _window(qtbot, session_for(role))
        assert mw.window.actionExport.isVisible() == export, role
        assert mw.window.actionPrintCases.isVisible() == print_several, role
        mw.close(force=True)


# ---------------------------------------------------------------- export

def test_export_the_selected_cases_from_the_list(qtbot, world, session_for, tmp_path,
                                                 no_message_boxes):
    made = [new_case(world) for _ in range(3)]
    mw = _window(qtbot, session_for("coordinator"))
    _select(mw, [made[0].id, made[2].id])
    export = mw.export_cases()
    d = export.dialog
    assert d.selectedCases.isEnabled() and "(2)" in d.selectedCases.text()
    assert "(3)" in d.shownCases.text()
    d.selectedCases.setChecked(True)
    target = tmp_path / "two.json"
    d.path.setText(str(target))
    _run(qtbot, export)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert sorted(c["number"] for c in data["cases"]) == sorted(
        (made[0].number, made[2].number))
    assert d.resultLabel.isVisible() and "Exported 2 case(s)" in d.resultLabel.text()
    assert str(target) in d.resultLabel.text() and no_message_boxes == []
    assert _audit(world.ctx, "exchange.export") == ["exchange.export"]


def test_a_cancelled_export_leaves_no_file(qtbot, world, session_for, tmp_path,
                                           no_message_boxes):
    for _ in range(3):
        new_case(world)
    mw = _window(qtbot, session_for("viewer"))
    export = mw.export_cases()
    d = export.dialog
    folder = tmp_path / "usb"
    folder.mkdir()
    d.path.setText(str(folder / "all.json"))
    d.buttons.button(OK).click()
    job = export.runner.job
    export.runner.dialog.cancel_button.click()           # before the first case is written
    with qtbot.waitSignal(job.signals.failed, timeout=30_000):
        pass
    assert list(folder.iterdir()) == [] and _audit(world.ctx, "exchange.export") == []
    assert d.resultLabel.text() == "Cancelled: no file was written."
    assert no_message_boxes == [] and d.buttons.button(OK).isEnabled()


def test_export_asks_before_replacing_a_file_and_needs_a_folder(qtbot, world, session_for,
                                                                tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    new_case(world)
    mw = _window(qtbot, session_for("coordinator"))
    export = mw.export_cases()
    d = export.dialog
    d.path.setText(str(tmp_path / "no-such-folder" / "x.json"))
    d.buttons.button(OK).click()
    assert export.runner.job is None and d.pathError.isVisible()
    existing = tmp_path / "old.json"
    existing.write_text("old", encoding="utf-8")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    d.path.setText(str(existing))
    d.buttons.button(OK).click()
    assert export.runner.job is None and existing.read_text(encoding="utf-8") == "old"


# ---------------------------------------------------------------- printing several cases

def test_print_the_agreements_of_the_selected_cases_into_one_file(
        qtbot, world, session_for, tmp_path, no_message_boxes):
    drafted = [case_at(world, Stage.AGREEMENT_DRAFTED)]
    bare = new_case(world)
    mw = _window(qtbot, session_for("officer"))
    _select(mw, [drafted[0].id, bare.id])
    batch = mw.print_cases()
    d = batch.dialog
    assert d.selectedCases.isChecked() and d.agreements.isChecked()
    assert not d.languages.isEnabled()           # an agreement has its own languages
    target = tmp_path / "agreements.pdf"
    d.path.setText(str(target))
    with qtbot.waitSignal(world_events(mw).cases_changed, timeout=60_000):
        _run(qtbot, batch)
    text = pdf_tools.squeeze(pdf_tools.text(target.read_bytes()))
    for case in drafted:
        number = cases.get_case_view(world.ctx, world.officer, case.id).agreement.number
        assert number in text
    assert "1 document(s)" in d.resultLabel.text()
    assert d.skipped.isVisible() and bare.number in d.skipped.toPlainText()
    assert _audit(world.ctx, "print.") == ["print.agreement", "print.batch_agreement"]
    assert no_message_boxes == []


def world_events(mw: MainWindow):  # type: ignore[no-untyped-def]
    return mw.session.events


def test_print_the_summaries_of_every_case_shown(qtbot, world, session_for, tmp_path,
                                                 no_message_boxes):
    made = [new_case(world) for _ in range(3)]
    mw = _window(qtbot, session_for("officer"))
    batch = mw.print_cases()
    d = batch.dialog
    assert not d.selectedCases.isEnabled() and d.shownCases.isChecked()
    d.summaries.setChecked(True)
    assert d.languages.isEnabled() and Path(d.path.text()).name.startswith("case-summaries-")
    d.languages.setCurrentIndex(d.languages.findData("ar+ckb"))
    target = tmp_path / "summaries.pdf"
    d.path.setText(str(target))
    _run(qtbot, batch)
    text = pdf_tools.squeeze(pdf_tools.text(target.read_bytes()))
    assert all(c.number in text for c in made)
    assert _audit(world.ctx, "print.case_summary") == ["print.case_summary"] * 3
    assert not d.skipped.isVisible()


def test_a_batch_of_cases_without_agreements_prints_nothing(qtbot, world, session_for,
                                                            tmp_path, no_message_boxes):
    bare = new_case(world)
    mw = _window(qtbot, session_for("officer"))
    batch = mw.print_cases()
    d = batch.dialog
    folder = tmp_path / "out"
    folder.mkdir()
    d.path.setText(str(folder / "agreements.pdf"))
    _run(qtbot, batch)
    assert "None of the chosen cases" in d.resultLabel.text()
    assert bare.number in d.skipped.toPlainText() and list(folder.iterdir()) == []
    assert no_message_boxes == []


# ---------------------------------------------------------------- import

@pytest.fixture
def station_file(world, tmp_path) -> Path:  # type: ignore[no-untyped-def]
    for _ in range(3):
        new_case(world)
    path = tmp_path / "station.json"
    exchange.export_cases(world.ctx, world.admin, path)
    return path


@pytest.fixture
def headquarters(backend, request, tmp_path):  # type: ignore[no-untyped-def]
    ctx = ServiceContext.open(new_database_url(backend, request, tmp_path))
    yield make_world(ctx)
    ctx.close()


def _import_page(qtbot, session):  # type: ignore[no-untyped-def]
    panel = AdminPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    panel.ui.pages.setCurrentWidget(panel.import_page)
    page = panel.import_page
    page.panel = panel            # the page lives as long as its panel
    return page


def _check(qtbot, page, path: Path) -> None:  # type: ignore[no-untyped-def]
    page.ui.path.setText(str(path))
    qtbot.mouseClick(page.ui.check, Qt.MouseButton.LeftButton)
    _wait(qtbot, page.runner.last_job)


def test_check_then_import_a_file(qtbot, world, station_file, headquarters, session_for,
                                  no_message_boxes):
    from dataclasses import replace

    from sulh.gui.session import AppSession
    from sulh.settings import Settings

    hq = headquarters
    session = AppSession(ctx=hq.ctx, actor=hq.admin,
                         settings=replace(Settings(), language="en"))
    page = _import_page(qtbot, session)
    assert not page.ui.importFile.isEnabled()
    _check(qtbot, page, station_file)
    assert "Importing it adds 3 case(s) (0 already here)" in page.ui.summary.text()
    assert all(c in page.ui.details.toPlainText() for c in ("New cases:", "Intake"))
    assert cases.count_cases(hq.ctx, hq.admin) == 0        # the check wrote nothing
    assert page.ui.importFile.isEnabled()
    with qtbot.waitSignal(session.events.cases_changed, timeout=60_000):
        qtbot.mouseClick(page.ui.importFile, Qt.MouseButton.LeftButton)
        _wait(qtbot, page.runner.last_job)
    (kind, text), = no_message_boxes
    assert kind == "question" and "Add 3 case(s)" in text
    assert cases.count_cases(hq.ctx, hq.admin) == 3
    assert page.ui.resultLabel.text().startswith("3 case(s) imported")
    assert not page.ui.importFile.isEnabled()           # checked again before another


def test_a_file_with_faults_lists_them_and_cannot_be_imported(qtbot, world, station_file,
                                                              session_for, no_message_boxes):
    data = json.loads(station_file.read_text(encoding="utf-8"))
    data["cases"][0]["category"] = "water_rights"
    data["cases"][1]["stage"] = "finished"
    bad = station_file.with_name("bad.json")
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    page = _import_page(qtbot, session_for("admin"))
    _check(qtbot, page, bad)
    assert "cannot be imported: it has 2 fault(s)" in page.ui.summary.text()
    details = page.ui.details.toPlainText()
    assert "category" in details and "'water_rights'" in details and "stage" in details
    assert not page.ui.importFile.isEnabled() and no_message_boxes == []


def test_a_cancelled_import_writes_nothing(qtbot, world, station_file, headquarters,
                                           monkeypatch):
    from dataclasses import replace

    from PySide6.QtWidgets import QMessageBox

    from sulh.gui.session import AppSession
    from sulh.settings import Settings

    hq = headquarters
    session = AppSession(ctx=hq.ctx, actor=hq.admin, settings=replace(Settings(), language="en"))
    page = _import_page(qtbot, session)
    _check(qtbot, page, station_file)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.ui.importFile, Qt.MouseButton.LeftButton)
    job = page.runner.job
    page.runner.dialog.cancel_button.click()
    with qtbot.waitSignal(job.signals.failed, timeout=30_000):
        pass
    assert cases.count_cases(hq.ctx, hq.admin) == 0
    assert "nothing was imported" in page.ui.resultLabel.text()
    assert page.ui.importFile.isEnabled()               # the check still holds: try again


def test_only_an_administrator_has_the_import_page(qtbot, world, session_for):
    coordinator = AdminPanel(session_for("coordinator"))
    qtbot.addWidget(coordinator)
    assert coordinator.import_page is None
    assert "Import cases" not in coordinator.page_titles()
