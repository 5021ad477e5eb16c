"""The administration tab through its widgets: forums and stations, accounts, reference
data, backup, restore and the integrity check, and which roles see which page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from sulh.domain.errors import NotFound, PermissionDenied
from sulh.gui.admin import AdminPanel
from sulh.gui.admin.common import CANCELLED
from sulh.gui.main_window import MainWindow
from sulh.services import cases, forums, maintenance, users
from tests.flows import new_case

SAVE = QDialogButtonBox.StandardButton.Save


def _panel(qtbot, session) -> AdminPanel:  # type: ignore[no-untyped-def]
    panel = AdminPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def _save(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttons.button(SAVE), Qt.MouseButton.LeftButton)


def _select(combo, data) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_add_and_edit_a_forum_and_add_a_station(qtbot, world, session_for, type_text,
                                                 no_message_boxes):
    session = session_for("admin")
    panel = _panel(qtbot, session)
    page = panel.forums_page
    qtbot.mouseClick(page.ui.addForum, Qt.MouseButton.LeftButton)
    dlg = page.dialog.dialog
    assert dlg.isVisible() and not dlg.active.isVisible()
    qtbot.keyClicks(dlg.code, "nin02")
    type_text(dlg.name_ar, "منتدى القيارة")
    type_text(dlg.name_ckb, "مەکۆی قەیارە")
    qtbot.keyClicks(dlg.name_en, "Qayyarah forum")
    _select(dlg.governorate, "NIN")
    district = dlg.district.itemData(1)
    dlg.district.setCurrentIndex(1)
    _save(qtbot, dlg)
    assert not dlg.isVisible() and no_message_boxes == []
    made = forums.forum_by_code(world.ctx, "NIN02")
    assert made is not None and made.name_ar == "منتدى القيارة"
    assert (made.name_ckb, made.name_en, made.governorate, made.district) == \
        ("مەکۆی قەیارە", "Qayyarah forum", "NIN", district)
    assert page.selected_forum() == made       # the new forum is selected in the list

    qtbot.mouseClick(page.ui.addStation, Qt.MouseButton.LeftButton)
    st = page.dialog.dialog
    type_text(st.name_ar, "مركز شرطة القيارة")
    qtbot.keyClicks(st.name_en, "Qayyarah police station")
    _save(qtbot, st)
    assert not st.isVisible()
    made = forums.forum_by_code(world.ctx, "NIN02")
    assert [(s.name_ar, s.name_en) for s in made.stations] == \
        [("مركز شرطة القيارة", "Qayyarah police station")]

    # Edit: the code stays, a name and the active flag change.
    item = page.ui.forumTree.findItems("NIN02", Qt.MatchFlag.MatchExactly, 0)[0]
    page.ui.forumTree.setCurrentItem(item)
    qtbot.mouseClick(page.ui.editForum, Qt.MouseButton.LeftButton)
    ed = page.dialog.dialog
    assert ed.code.isReadOnly() and ed.code.text() == "NIN02"
    ed.name_en.clear()
    qtbot.keyClicks(ed.name_en, "Al-Qayyarah forum")
    ed.active.setChecked(False)
    _save(qtbot, ed)
    after = forums.forum_by_code(world.ctx, "NIN02")
    assert (after.name_en, after.active, after.version) == \
        ("Al-Qayyarah forum", False, made.version + 1)


def _station_item(page, name: str):  # type: ignore[no-untyped-def]
    tree = page.ui.forumTree
    for i in range(tree.topLevelItemCount()):
        forum = tree.topLevelItem(i)
        for j in range(forum.childCount()):
            if forum.child(j).text(1) == name:
                return forum.child(j)
    raise AssertionError(name)


def test_edit_a_station_its_names_district_and_whether_it_is_active(
        qtbot, world, session_for, type_text, no_message_boxes):
    ctx = world.ctx
    panel = _panel(qtbot, session_for("admin"))
    page = panel.forums_page
    page.ui.forumTree.setCurrentItem(_station_item(page, "Karkh station"))
    assert page.ui.editStation.isEnabled() and not page.ui.editForum.isEnabled()
    qtbot.mouseClick(page.ui.editStation, Qt.MouseButton.LeftButton)
    st = page.dialog.dialog
    assert st.active.isVisible() and st.active.isChecked()
    assert st.name_ar.text() == "مركز شرطة الكرخ"
    type_text(st.name_ckb, "بنکەی پۆلیسی کەرخ")
    district = st.district.itemData(1)
    st.district.setCurrentIndex(1)
    st.active.setChecked(False)
    _save(qtbot, st)
    assert not st.isVisible() and no_message_boxes == []
    (station,) = forums.forum_by_code(ctx, "BGD01").stations
    assert (station.name_ckb, station.district, station.active, station.version) == (
        "بنکەی پۆلیسی کەرخ", district, False, 2)
    item = _station_item(page, "Karkh station")
    assert page.ui.forumTree.currentItem() is item and item.text(4) == "No"
    # A station that no longer logs cases is not offered for a new one.
    from sulh.gui.intake_form import IntakeForm

    form = IntakeForm(session_for("officer"))
    qtbot.addWidget(form)
    assert form.ui.station_id.findData(station.id) < 0


def test_a_stale_station_save_shows_what_changed_and_keeps_the_typing(
        qtbot, world, session_for, no_message_boxes):
    ctx = world.ctx
    panel = _panel(qtbot, session_for("admin"))
    page = panel.forums_page
    page.ui.forumTree.setCurrentItem(_station_item(page, "Karkh station"))
    qtbot.mouseClick(page.ui.editStation, Qt.MouseButton.LeftButton)
    st = page.dialog.dialog
    st.name_en.clear()
    qtbot.keyClicks(st.name_en, "Karkh police station")
    # Meanwhile another administrator renames it in Kurdish.
    (seen,) = forums.forum_by_code(ctx, "BGD01").stations
    forums.update_station(ctx, world.admin, seen.id, version=seen.version,
                          name_ckb="بنکەی کەرخ")
    _save(qtbot, st)
    (kind, text), = no_message_boxes
    assert kind == "warning" and "Someone else changed this record" in text
    assert "• Name in Kurdish: \u2068(empty)\u2069 → \u2068بنکەی کەرخ\u2069" in text
    assert st.isVisible() and st.name_en.text() == "Karkh police station"
    _save(qtbot, st)                                    # applied on their version
    (now,) = forums.forum_by_code(ctx, "BGD01").stations
    assert (now.name_en, now.name_ckb) == ("Karkh police station", "بنکەی کەرخ")


def test_a_bad_forum_code_is_shown_next_to_the_field(qtbot, world, session_for, type_text,
                                                     no_message_boxes):
    panel = _panel(qtbot, session_for("admin"))
    page = panel.forums_page
    before = len(forums.list_forums(world.ctx, world.admin))
    qtbot.mouseClick(page.ui.addForum, Qt.MouseButton.LeftButton)
    dlg = page.dialog.dialog
    qtbot.keyClicks(dlg.code, "X1")
    type_text(dlg.name_ar, "منتدى")
    _save(qtbot, dlg)
    assert dlg.governorateError.isVisible() and "governorate" in dlg.governorateError.text()
    _select(dlg.governorate, "BGD")
    _save(qtbot, dlg)
    assert dlg.isVisible() and dlg.codeError.isVisible()
    assert not dlg.governorateError.isVisible()
    assert "three letters and two digits" in dlg.codeError.text()
    assert no_message_boxes == []
    dlg.code.clear()
    qtbot.keyClicks(dlg.code, "BGD01")            # taken by the world's first forum
    _save(qtbot, dlg)
    assert "taken" in dlg.codeError.text() and dlg.name_ar.text() == "منتدى"
    assert len(forums.list_forums(world.ctx, world.admin)) == before

    # Closing with the typing still there asks first (answered Yes by the fixture).
    page.dialog.cancel()
    assert not dlg.isVisible()
    assert [kind for kind, _ in no_message_boxes] == ["question"]


def test_add_a_user_change_the_role_deactivate_and_set_a_password(qtbot, world, session_for,
                                                                   type_text, no_message_boxes):
    ctx = world.ctx
    panel = _panel(qtbot, session_for("admin"))
    page = panel.users_page
    qtbot.mouseClick(page.ui.addUser, Qt.MouseButton.LeftButton)
    dlg = page.dialog.dialog
    qtbot.keyClicks(dlg.username, "officer9")
    type_text(dlg.full_name, "ملازم أول سامر علي")
    _select(dlg.role, "officer")
    _select(dlg.forum_id, world.forum_id)
    qtbot.keyClicks(dlg.password, "short")
    qtbot.keyClicks(dlg.confirm, "short")
    _save(qtbot, dlg)
    assert dlg.passwordError.isVisible() and "8" in dlg.passwordError.text()
    dlg.password.clear()
    dlg.confirm.clear()
    qtbot.keyClicks(dlg.password, "a long pass phrase")
    qtbot.keyClicks(dlg.confirm, "a long pass frase")
    _save(qtbot, dlg)
    assert dlg.confirmError.isVisible() and not dlg.passwordError.isVisible()
    assert "officer9" not in {u.username for u in users.list_users(ctx, world.admin)}
    dlg.confirm.clear()
    qtbot.keyClicks(dlg.confirm, "a long pass phrase")
    _save(qtbot, dlg)
    assert not dlg.isVisible() and no_message_boxes == []
    made = next(u for u in users.list_users(ctx, world.admin) if u.username == "officer9")
    assert (made.full_name, made.role, made.forum_id, made.active) == \
        ("ملازم أول سامر علي", "officer", world.forum_id, True)
    assert users.sign_in(ctx, "officer9", "a long pass phrase").role == "officer"
    assert page.selected_user() == made

    qtbot.mouseClick(page.ui.editUser, Qt.MouseButton.LeftButton)
    ed = page.dialog.dialog
    assert ed.username.isReadOnly() and not ed.password.isVisible()
    _select(ed.role, "mediator")
    _select(ed.forum_id, world.other_forum_id)
    _save(qtbot, ed)
    changed = users.actor_for(ctx, "officer9")
    assert (changed.role, changed.forum_id) == ("mediator", world.other_forum_id)

    qtbot.mouseClick(page.ui.editUser, Qt.MouseButton.LeftButton)
    ed = page.dialog.dialog
    ed.active.setChecked(False)
    _save(qtbot, ed)
    gone = next(u for u in users.list_users(ctx, world.admin) if u.username == "officer9")
    assert not gone.active
    with pytest.raises(PermissionDenied):
        users.sign_in(ctx, "officer9", "a long pass phrase")

    # A new password, set by the administrator (the account is active again first).
    qtbot.mouseClick(page.ui.editUser, Qt.MouseButton.LeftButton)
    page.dialog.dialog.active.setChecked(True)
    _save(qtbot, page.dialog.dialog)
    qtbot.mouseClick(page.ui.resetPassword, Qt.MouseButton.LeftButton)
    pw = page.dialog.dialog
    qtbot.keyClicks(pw.password, "another long phrase")
    qtbot.keyClicks(pw.confirm, "another long phrase")
    _save(qtbot, pw)
    assert not pw.isVisible() and no_message_boxes == []
    assert users.sign_in(ctx, "officer9", "another long phrase").role == "mediator"


def test_a_stale_save_keeps_the_typing_and_saves_on_the_second_try(qtbot, world, session_for,
                                                                     no_message_boxes):
    ctx = world.ctx
    panel = _panel(qtbot, session_for("admin"))
    page = panel.users_page
    row = next(r for r in range(page.ui.userTable.rowCount())
               if page.ui.userTable.item(r, 0).text() == "viewer")
    page.ui.userTable.selectRow(row)
    qtbot.mouseClick(page.ui.editUser, Qt.MouseButton.LeftButton)
    ed = page.dialog.dialog
    ed.full_name.clear()
    qtbot.keyClicks(ed.full_name, "Directorate M&E")
    # Someone else changes the same account meanwhile.
    viewer = users.actor_for(ctx, "viewer")
    version = next(u for u in users.list_users(ctx, world.admin) if u.id == viewer.user_id).version
    users.update_user(ctx, world.admin, viewer.user_id, version=version, forum_id=world.other_forum_id)
    _save(qtbot, ed)
    assert ed.isVisible() and ed.full_name.text() == "Directorate M&E"
    assert [kind for kind, _ in no_message_boxes] == ["warning"]
    _save(qtbot, ed)
    assert not ed.isVisible()
    now = users.actor_for(ctx, "viewer")
    assert (now.full_name, now.forum_id) == ("Directorate M&E", world.other_forum_id)


def test_an_administrator_cannot_lock_themselves_out(qtbot, world, session_for):
    panel = _panel(qtbot, session_for("admin"))
    page = panel.users_page
    row = next(r for r in range(page.ui.userTable.rowCount())
               if page.ui.userTable.item(r, 0).text() == "admin")
    page.ui.userTable.selectRow(row)
    qtbot.mouseClick(page.ui.editUser, Qt.MouseButton.LeftButton)
    ed = page.dialog.dialog
    assert not ed.role.isEnabled() and not ed.active.isEnabled() and ed.full_name.isEnabled()


def test_reference_data_in_three_languages(qtbot, world, session_for):
    panel = _panel(qtbot, session_for("admin", language="ar"))
    page = panel.reference_page
    table = page.ui.referenceTable
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Code", "Region", "Arabic", "Kurdish", "English"]
    rows = {table.item(r, 0).text(): [table.item(r, c).toolTip() for c in range(5)]
            for r in range(table.rowCount())}
    assert rows["BGD"][2:] == ["بغداد", "بەغدا", "Baghdad"]
    # each name set in its own direction, whichever way the window runs
    assert table.item(0, 2).text() == "\u2067" + table.item(0, 2).toolTip() + "\u2069"
    page.ui.kind.setCurrentIndex(1)                       # districts, with their governorate
    assert table.horizontalHeaderItem(1).text() == "Governorate"
    qtbot.keyClicks(page.ui.filterText, "Rusafa")
    shown = [r for r in range(table.rowCount()) if not table.isRowHidden(r)]
    assert [table.item(r, 1).text() for r in shown] == ["بغداد"]    # in the user's language
    assert page.ui.countLabel.text().startswith("1 ")


# The long-work buttons are pressed with click(), which does not run the event loop
# (QTest's mouse clicks do), so the job has not started yet when the test connects to
# its finished signal.
def _wait(qtbot, job, timeout: int = 30_000) -> object:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(job.signals.finished, timeout=timeout) as blocker:
        pass
    return blocker.args[0]


def _backup_file_is_sound(path: Path, backend: str) -> bool:
    if backend == "sqlite":
        return maintenance.check_sqlite_file(path) == []
    return path.read_bytes()[:5] == maintenance.PGDUMP_MAGIC


def test_back_up_then_restore_through_the_page(qtbot, world, session_for, backend, tmp_path,
                                               monkeypatch, no_message_boxes):
    ctx = world.ctx
    before = new_case(world)
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
    session = session_for("admin")
    panel = _panel(qtbot, session)
    page = panel.backup_page

    # Cancel before the work begins: nothing is written.
    page.ui.backupNow.click()
    job = page.runner.job
    page.runner.dialog.cancel_button.click()
    assert _wait(qtbot, job) is CANCELLED
    assert "Cancelled" in page.ui.backupResult.text() and list(usb.iterdir()) == []

    page.ui.backupNow.click()
    job = page.runner.job
    assert page.busy and not page.ui.restore.isEnabled() and not panel.may_close()
    _wait(qtbot, job)
    assert not page.busy and page.ui.restore.isEnabled() and panel.may_close()
    # The copy, and beside it the audit trail's head (services.anchors).
    [copy] = [f for f in usb.iterdir() if f.suffix != ".anchor"]
    assert str(copy) in page.ui.backupResult.text()
    assert _backup_file_is_sound(copy, backend)

    later = new_case(world)                               # made after the backup
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), ""))
    page.ui.restore.click()
    job = page.runner.job
    with qtbot.waitSignal(session.events.cases_changed, timeout=30_000):
        _wait(qtbot, job)
    question, info = no_message_boxes[-2:]
    assert question[0] == "question" and "replaced" in question[1]
    assert info[0] == "information" and "Restored from" in info[1]
    assert cases.get_case_view(ctx, world.coordinator, before.id).number == before.number
    with pytest.raises(NotFound):
        cases.get_case_view(ctx, world.coordinator, later.id)
    kept = [p for p in usb.iterdir() if p.name.startswith("sulh-before-restore-")
            and p.suffix != ".anchor"]
    assert len(kept) == 1 and str(kept[0]) in page.ui.restoreResult.text()
    assert maintenance.verify(ctx, world.admin).ok


def test_restore_asks_first_and_a_no_changes_nothing(qtbot, world, session_for, tmp_path,
                                                    monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    panel = _panel(qtbot, session_for("admin"))
    page = panel.backup_page
    usb = tmp_path / "usb"
    usb.mkdir()
    junk = usb / "backup.sqlite3"
    junk.write_bytes(b"x")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(junk), ""))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.No)
    page.ui.restore.click()
    assert page.runner.job is None and list(usb.iterdir()) == [junk]


def test_verify_shows_no_problems(qtbot, world, session_for, no_message_boxes):
    new_case(world)
    panel = _panel(qtbot, session_for("admin"))
    page = panel.backup_page
    panel.ui.pages.setCurrentWidget(page)
    assert page.ui.verify.isVisible() and not page.ui.findings.isVisible()
    page.ui.verify.click()
    _wait(qtbot, page.runner.job)
    assert page.ui.findings.isVisible()
    assert page.ui.findings.toPlainText().startswith("No problems found.")
    assert no_message_boxes == []


def test_each_role_sees_only_the_pages_it_may_use(qtbot, world, session_for):
    admin = _panel(qtbot, session_for("admin"))
    assert admin.page_titles() == \
        ["Forums and stations", "Users", "Reference data", "Import cases", "Backup and restore"]
    coordinator = _panel(qtbot, session_for("coordinator"))
    assert coordinator.page_titles() == ["Forums and stations"]
    assert coordinator.users_page is None and coordinator.backup_page is None

    for role, visible in (("officer", False), ("viewer", False), ("coordinator", True),
                          ("admin", True)):
        mw = MainWindow(session_for(role))
        qtbot.addWidget(mw.window)
        assert mw.window.actionAdmin.isVisible() is visible, role
    mw.window.actionAdmin.trigger()                      # the admin's window
    tab = mw.window.tabs.currentWidget()
    assert isinstance(tab, AdminPanel) and mw.window.tabs.count() == 2
    mw.window.actionAdmin.trigger()                      # the same tab again, not a second
    assert mw.window.tabs.count() == 2
