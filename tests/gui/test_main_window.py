"""The main window on a real database: the lazy case list, views, filters, search,
signing in, the idle lock and settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox

from sulh.domain.workflow import Stage
from sulh.gui.case_list_model import CaseListModel
from sulh.gui.main_window import VIEW_MINE, MainWindow
from sulh.gui.sign_in import SignInDialog
from sulh.services import cases, users
from tests.flows import case_at, new_case


def _rows(mw: MainWindow) -> list[str]:
    model = mw.model
    return [model.data(model.index(r, 0)).replace("\u2011", "-") for r in range(model.rowCount())]


def test_case_list_model_passes_the_model_tester_and_fetches_lazily(qtbot, qtmodeltester, world,
                                                                   monkeypatch):
    made = [new_case(world, parties=1) for _ in range(7)]
    monkeypatch.setattr(CaseListModel, "PAGE", 3)
    calls: list[int] = []

    def source(offset, limit, sort, descending):
        calls.append(offset)
        return cases.list_cases(world.ctx, world.viewer, sort=sort, descending=descending,
                                offset=offset, limit=limit)

    model = CaseListModel(source)
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 3 and model.canFetchMore(QModelIndex())
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 7 and calls == [0, 3, 6]
    assert sorted(model.case_id(r) for r in range(7)) == sorted(c.id for c in made)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    numbers = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert numbers == sorted(numbers)
    qtmodeltester.check(model)


def test_views_filters_and_search(qtbot, world, session_for, type_text):
    mine = new_case(world)                      # logged by the officer
    mediating = case_at(world, Stage.MEDIATION)
    mw = MainWindow(session_for("officer"))
    qtbot.addWidget(mw.window)
    mw.show()
    assert set(_rows(mw)) == {mine.number, mediating.number}
    assert mw.window.statusBar().currentMessage().startswith("2 cases")

    mw.window.stageFilter.setCurrentIndex(mw.window.stageFilter.findData("mediation"))
    assert _rows(mw) == [mediating.number]
    mw.window.clearFilters.click()
    assert len(_rows(mw)) == 2

    # Search by a spelling variant of the first party's name: علي حسين → على حسين
    type_text(mw.window.searchBox, "على حسين")
    qtbot.waitUntil(lambda: mw.model.rowCount() == 2 and "found" in
                    mw.window.statusBar().currentMessage(), timeout=3000)
    mw.window.searchBox.clear()
    qtbot.keyClicks(mw.window.searchBox, mediating.number)
    qtbot.waitUntil(lambda: _rows(mw) == [mediating.number], timeout=3000)


def test_my_cases_for_a_mediator_are_the_ones_assigned(qtbot, world, session_for):
    new_case(world)
    assigned = case_at(world, Stage.MEDIATION)       # flows assign world.mediator
    mw = MainWindow(session_for("mediator"))
    qtbot.addWidget(mw.window)
    mw.window.viewList.setCurrentRow(VIEW_MINE)
    assert _rows(mw) == [assigned.number]


def test_follow_ups_due_view(qtbot, world, session_for):
    from sulh.gui.main_window import VIEW_DUE

    due = case_at(world, Stage.FOLLOW_UP)
    new_case(world)
    # Follow-ups were scheduled 30 and 90 days ahead: none is due yet.
    mw = MainWindow(session_for("coordinator"))
    qtbot.addWidget(mw.window)
    mw.window.viewList.setCurrentRow(VIEW_DUE)
    assert _rows(mw) == []
    with world.ctx.writing() as uow:
        from sqlalchemy import text

        uow.session.execute(text("UPDATE follow_ups SET due_on = :d WHERE case_id = :c"),
                            {"d": world.ctx.today(), "c": due.id})
        uow.commit()
    mw.refresh()
    assert _rows(mw) == [due.number]


def test_viewer_cannot_log_a_dispute(qtbot, world, session_for):
    mw = MainWindow(session_for("viewer"))
    qtbot.addWidget(mw.window)
    assert not mw.window.actionNewCase.isEnabled()
    mw2 = MainWindow(session_for("officer"))
    qtbot.addWidget(mw2.window)
    assert mw2.window.actionNewCase.isEnabled()


def test_the_screen_locks_after_the_idle_period(qtbot, world, session_for):
    mw = MainWindow(session_for("officer"), idle_ms=80)
    qtbot.addWidget(mw.window)
    with qtbot.waitSignal(mw.lock_requested, timeout=3000):
        pass


def test_sign_in_refuses_a_wrong_password_and_accepts_the_right_one(qtbot, world):
    users.create_user(world.ctx, world.system, username="huda", full_name="هدى",
                      role="officer", password="a long pass phrase", forum_id=world.forum_id)
    dlg = SignInDialog(world.ctx)
    qtbot.addWidget(dlg.dialog)
    qtbot.keyClicks(dlg.dialog.username, "huda")
    qtbot.keyClicks(dlg.dialog.password, "wrong one!")
    dlg.dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dlg.actor is None
    assert "Wrong user name or password" in dlg.dialog.message.text()
    assert dlg.dialog.password.text() == ""
    qtbot.keyClicks(dlg.dialog.password, "a long pass phrase")
    dlg.dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dlg.actor is not None and dlg.actor.username == "huda"


def test_lock_screen_names_the_user_and_lets_another_take_over(qtbot, world):
    for name in ("huda", "sara"):
        users.create_user(world.ctx, world.system, username=name, full_name=name.title(),
                          role="officer", password=f"{name} pass phrase")
    huda = users.actor_for(world.ctx, "huda")
    dlg = SignInDialog(world.ctx, locked_for=huda)
    qtbot.addWidget(dlg.dialog)
    assert "Huda" in dlg.dialog.lockedNote.text()
    assert dlg.dialog.username.text() == "huda"
    dlg.dialog.username.setText("sara")
    qtbot.keyClicks(dlg.dialog.password, "sara pass phrase")
    dlg.dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dlg.actor is not None and dlg.actor.username == "sara"


def test_settings_are_saved(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from sulh import settings as settings_module
    from sulh.gui.settings_dialog import SettingsDialog

    path = tmp_path / "settings.json"
    monkeypatch.setattr(settings_module, "settings_path", lambda: path)
    s = settings_module.Settings()
    dlg = SettingsDialog(s)
    qtbot.addWidget(dlg.dialog)
    dlg.dialog.language.setCurrentIndex(dlg.dialog.language.findData("ckb"))
    dlg.dialog.arabicIndicDigits.setChecked(True)
    dlg.dialog.idleMinutes.setValue(5)
    dlg.dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    again = settings_module.Settings.load(path)
    assert (again.language, again.arabic_indic_digits, again.idle_lock_minutes) == \
        ("ckb", True, 5)


def test_arabic_indic_digits_in_the_list(qtbot, world, session_for):
    case = new_case(world)
    mw = MainWindow(session_for("officer", arabic_indic_digits=True))
    qtbot.addWidget(mw.window)
    shown = mw.model.data(mw.model.index(0, 0))
    assert "٢٠٢" in shown and case.number[-5:] not in shown


def test_an_open_case_gets_the_whole_width(qtbot, world, session_for):
    case = new_case(world)
    mw = MainWindow(session_for("officer"))
    qtbot.addWidget(mw.window)
    mw.show()
    assert mw.window.sidePanel.isVisible()
    mw.open_case(case.id)
    assert not mw.window.sidePanel.isVisible()
    mw.window.tabs.setCurrentIndex(0)
    assert mw.window.sidePanel.isVisible()
