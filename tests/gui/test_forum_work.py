"""The forum work tab through its widgets, on a real database: members typed in Arabic,
a stale save that keeps the typing, a meeting with its attendance grid and actions,
the minutes in the print preview, a training, survey rounds typed and imported, the
chart against the baseline, and who may change what."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCharts import QBarSeries, QLineSeries
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QSpinBox, QTableView

from sulh.domain.forum_work import INDICATORS
from sulh.gui.forum_work import ForumWorkPanel
from sulh.gui.forum_work.models import AttendanceModel, RowsModel
from sulh.gui.forum_work.panel import MEMBER_COLUMNS
from sulh.gui.main_window import MainWindow
from sulh.services import forum_work, surveys
from tests.services.test_forum_work import NOW, events_after, head, meeting_kwargs

DATA = Path(__file__).resolve().parents[1] / "data" / "surveys"
SAVE = QDialogButtonBox.StandardButton.Save


def panel_for(qtbot, world, session_for, role: str = "coordinator") -> ForumWorkPanel:  # type: ignore[no-untyped-def]
    world.ctx.clock = lambda: NOW
    panel = ForumWorkPanel(session_for(role))
    qtbot.addWidget(panel)
    panel.resize(1200, 760)
    panel.show()
    return panel


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def save(qtbot, dialog, which: Any = SAVE) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, dialog.buttons.button(which))


def choose(combo, data: object) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def type_count(qtbot, view: QTableView, row: int, column: int, n: int) -> None:  # type: ignore[no-untyped-def]
    """Edit one cell of a counts grid the way a person does: open its spin box, type, Enter."""
    index = view.model().index(row, column)
    view.setCurrentIndex(index)                 # the grid edits a cell as it becomes current
    [editor] = [w for w in view.findChildren(QSpinBox) if w.isVisible()]
    editor.selectAll()
    qtbot.keyClicks(editor, str(n))
    qtbot.keyClick(editor, Qt.Key.Key_Return)   # the view commits on its next turn
    qtbot.waitUntil(lambda: view.model().data(index, Qt.ItemDataRole.EditRole) == n)


def set_date(edit, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    edit.setDate(QDate(day.year, day.month, day.day))


# ---------------------------------------------------------------- models

def test_the_list_and_grid_models_pass_the_model_tester(qtbot, qtmodeltester, world):
    world.ctx.clock = lambda: NOW
    forum_work.add_member(world.ctx, world.coordinator, world.forum_id, full_name="زينب",
                          sex="f", category="women", joined_on=dt.date(2025, 1, 1),
                          phone="0770 123 4567")
    members: RowsModel[Any] = RowsModel(MEMBER_COLUMNS)
    members.set_rows(forum_work.list_members(world.ctx, world.viewer, world.forum_id))
    qtmodeltester.check(members)
    assert members.data(members.index(0, 3)) == "\u20660770 123 4567\u2069"   # kept LTR
    grid = AttendanceModel()
    grid.set_counts({"police": {"f": 1, "m": 4}})
    qtmodeltester.check(grid)
    women_men = grid.index(2, 1)                        # the women's category, men
    assert not grid.flags(women_men) & Qt.ItemFlag.ItemIsEditable
    assert not grid.setData(grid.index(0, 0), -3)
    assert grid.setData(grid.index(0, 0), "٣")          # Arabic-Indic digits are read
    assert (grid.total("f"), grid.total("m"), grid.total()) == (3, 4, 7)
    assert grid.data(grid.index(len(grid.categories), 2)) == "7"


# ---------------------------------------------------------------- the panel and who may edit

def test_the_main_window_opens_the_tab_and_roles_see_what_they_may_do(qtbot, world,
                                                                      session_for):
    window = MainWindow(session_for("viewer"))
    qtbot.addWidget(window.window)
    assert window.window.actionForumWork.isVisible()
    window.window.actionForumWork.trigger()
    panel = window.window.tabs.currentWidget()
    assert isinstance(panel, ForumWorkPanel)
    assert panel.page_titles() == ["Members", "Meetings", "Trainings and campaigns",
                                   "Community surveys"]
    window.window.actionForumWork.trigger()             # the same tab again, not a second
    assert window.window.tabs.count() == 2
    assert "coordinator records it" in panel.ui.note.text()
    for button in (panel.members.ui.addMember, panel.meetings.ui.addMeeting,
                   panel.trainings.ui.addTraining, panel.surveys.ui.enterRound,
                   panel.surveys.ui.importRound):
        assert not button.isEnabled(), button.objectName()
    window.close(force=True)

    coordinator = panel_for(qtbot, world, session_for)
    assert coordinator.forum.id == world.forum_id and coordinator.ui.note.text() == ""
    assert coordinator.members.ui.addMember.isEnabled()
    choose(coordinator.ui.forum, world.other_forum_id)   # another forum: read only
    assert not coordinator.members.ui.addMember.isEnabled()
    assert "your own forum" in coordinator.ui.note.text()


# ---------------------------------------------------------------- members

def test_a_member_typed_in_arabic_is_saved_and_a_wrong_category_is_shown_by_its_field(
        qtbot, world, session_for, type_text, no_message_boxes):
    panel = panel_for(qtbot, world, session_for)
    page = panel.members
    click(qtbot, page.ui.addMember)
    d = page.dialog.dialog
    type_text(d.full_name, "أحمد جاسم محمد")
    choose(d.sex, "m")
    choose(d.category, "women")
    set_date(d.joined_on, dt.date(2025, 3, 1))
    qtbot.keyClicks(d.phone, "0770 111 2233")
    save(qtbot, d)
    assert d.isVisible() and d.categoryError.isVisible()
    assert "woman" in d.categoryError.text()
    assert forum_work.list_members(world.ctx, world.viewer, world.forum_id) == []
    choose(d.category, "police")
    save(qtbot, d)
    assert not d.isVisible() and no_message_boxes == []
    [member] = forum_work.list_members(world.ctx, world.viewer, world.forum_id)
    assert (member.full_name, member.sex, member.category, member.phone, member.joined_on) == \
        ("أحمد جاسم محمد", "m", "police", "0770 111 2233", dt.date(2025, 3, 1))
    assert page.model.rowCount() == 1 and page.selected() == member
    assert "1 members, 0 of them women" in page.ui.summary.text()
    shares = page.chart.chart.series()[0]
    assert isinstance(shares, QLineSeries) and shares.count() == 8
    assert [p.y() for p in shares.points()][-1] == 0.0


def test_a_stale_member_save_keeps_the_typing_and_says_what_changed(
        qtbot, world, session_for, type_text, no_message_boxes):
    ctx, coord = world.ctx, world.coordinator
    panel = panel_for(qtbot, world, session_for)
    member = forum_work.add_member(ctx, coord, world.forum_id, full_name="Layla", sex="f",
                                   category="youth", joined_on=dt.date(2024, 1, 1))
    panel.members.refresh(select=member.id)
    click(qtbot, panel.members.ui.editMember)
    d = panel.members.dialog.dialog
    type_text(d.note, "ممثلة الشباب في حي الجهاد")
    # Meanwhile, someone else records her phone.
    forum_work.update_member(ctx, coord, member.id, version=member.version, phone="07701234567")
    save(qtbot, d)
    assert d.isVisible()
    [(kind, text)] = no_message_boxes
    assert kind == "warning" and "They changed: Phone." in text
    assert d.note.toPlainText() == "ممثلة الشباب في حي الجهاد"       # the typing stays
    assert d.phone.text() == "07701234567"                            # theirs shown
    save(qtbot, d)
    assert not d.isVisible()
    now = forum_work.get_member(ctx, coord, member.id)
    assert (now.phone, now.note) == ("07701234567", "ممثلة الشباب في حي الجهاد")


# ---------------------------------------------------------------- meetings and minutes

def test_a_meeting_with_its_attendance_grid_and_actions(qtbot, world, session_for, type_text,
                                                         no_message_boxes):
    panel = panel_for(qtbot, world, session_for)
    page = panel.meetings
    panel.ui.pages.setCurrentWidget(page)
    click(qtbot, page.ui.addMeeting)
    dialog = page.dialog
    d = dialog.dialog
    set_date(d.held_on, dt.date(2026, 10, 14))
    type_text(d.place, "قاعة مركز شرطة الكرخ")
    type_text(d.agenda, "الإنارة في حي الجهاد")
    grid = d.attendance
    rows = dialog.counts.categories
    type_count(qtbot, grid, rows.index("police"), 0, 1)
    type_count(qtbot, grid, rows.index("police"), 1, 4)
    type_count(qtbot, grid, rows.index("women"), 0, 5)
    assert "adds up to 10: 6 women and 4 men" in d.counted.text()
    assert d.isVisible() and not d.attendance_totalError.isVisible()   # Enter is not Save
    d.attendance_total.setValue(12)                     # the sheet says 12
    click(qtbot, d.addActionRow)
    table = d.actionTable
    table.item(0, 0).setText("مخاطبة البلدية بشأن الإنارة")
    table.item(0, 1).setText("مختار الحي")
    save(qtbot, d)
    assert d.isVisible() and d.attendance_totalError.isVisible()
    assert "add up to 10" in d.attendance_totalError.text()
    d.attendance_total.setValue(10)
    click(qtbot, d.addActionRow)                        # a second action, left without a name
    table.item(1, 0).setText("Women's safety meeting")
    save(qtbot, d)
    assert d.isVisible() and d.actionTableError.isVisible()
    table.item(1, 1).setText("Captain Haider Abbas")
    save(qtbot, d)
    assert not d.isVisible() and no_message_boxes == []
    [meeting] = forum_work.list_meetings(world.ctx, world.viewer, world.forum_id)
    assert meeting.attendance["police"] == {"f": 1, "m": 4} and meeting.attendance_total == 10
    assert [(a.owner, a.due_on, a.done) for a in meeting.actions] == [
        ("مختار الحي", dt.date(2026, 11, 13), False),
        ("Captain Haider Abbas", dt.date(2026, 11, 13), False)]
    assert page.selected() == meeting and "مخاطبة البلدية" in page.ui.details.toPlainText()

    # Edit: the first action is done.
    click(qtbot, page.ui.editMeeting)
    d = page.dialog.dialog
    assert d.actionTable.rowCount() == 2 and page.dialog.counts.total() == 10
    d.actionTable.item(0, 3).setCheckState(Qt.CheckState.Checked)
    save(qtbot, d)
    changed = forum_work.get_meeting(world.ctx, world.viewer, meeting.id)
    assert changed.actions[0].done and changed.actions[0].done_on == NOW.date()
    assert changed.version == meeting.version + 1 and changed.actions[0].id == \
        meeting.actions[0].id


def test_the_minutes_open_in_the_print_preview_and_the_print_is_recorded(
        qtbot, world, session_for, no_message_boxes):
    world.ctx.clock = lambda: NOW
    meeting = forum_work.record_meeting(world.ctx, world.coordinator, world.forum_id,
                                        **meeting_kwargs())
    panel = panel_for(qtbot, world, session_for, "officer")      # reads, and prints
    page = panel.meetings
    assert page.selected() == meeting and not page.ui.editMeeting.isEnabled()
    assert page.ui.languages.currentData() == "ar+en"
    choose(page.ui.languages, "ckb+en")
    seq = head(world.ctx)
    click(qtbot, page.ui.printMinutes)
    preview = page.preview
    assert preview is not None and preview.dialog.isVisible() and no_message_boxes == []
    assert preview.page_count() >= 1 and preview.pdf.startswith(b"%PDF")
    [event] = events_after(world.ctx, seq)
    assert (event.action, event.entity_id, event.user_id) == \
        ("print.minutes", meeting.id, world.officer.user_id)
    assert '"languages":"ckb+en"' in event.after
    preview.dialog.reject()
    viewer = panel_for(qtbot, world, session_for, "viewer")
    assert not viewer.meetings.ui.printMinutes.isEnabled()


def test_a_training_with_its_participants(qtbot, world, session_for, type_text,
                                          no_message_boxes):
    panel = panel_for(qtbot, world, session_for)
    page = panel.trainings
    click(qtbot, page.ui.addTraining)
    dialog = page.dialog
    d = dialog.dialog
    choose(d.kind, "awareness")
    type_text(d.topic, "حملة توعية ضد العنف الأسري")
    set_date(d.held_on, dt.date(2026, 9, 2))
    rows = dialog.counts.categories
    type_count(qtbot, d.participants, rows.index("community"), 0, 60)
    type_count(qtbot, d.participants, rows.index("community"), 1, 35)
    d.participants_total.setValue(95)
    save(qtbot, d)
    assert not d.isVisible() and no_message_boxes == []
    [training] = forum_work.list_trainings(world.ctx, world.viewer, world.forum_id)
    assert (training.kind, training.by_sex("f"), training.by_sex("m")) == ("awareness", 60, 35)
    assert "1 awareness campaigns reached 95 people, 60 of them women" in page.ui.summary.text()


# ---------------------------------------------------------------- survey rounds

def chart_values(page) -> tuple[list[list[float]], list[tuple[str, float]]]:  # type: ignore[no-untyped-def]
    chart = page.chart.chart
    [bars] = [s for s in chart.series() if isinstance(s, QBarSeries)]
    sets = [[b.at(i) for i in range(b.count())] for b in bars.barSets()]
    lines = [(s.name(), s.at(0).y()) for s in chart.series() if isinstance(s, QLineSeries)]
    return sets, lines


def test_a_round_typed_from_the_tally_sheet_and_the_chart_against_the_baseline(
        qtbot, world, session_for, no_message_boxes):
    ctx, coord = world.ctx, world.coordinator
    panel = panel_for(qtbot, world, session_for)
    page = panel.surveys
    surveys.record_round(ctx, coord, world.forum_id, quarter="2026Q1",
                         respondents={"f": 20, "m": 30},
                         results={"feel_safe": {"f": {"yes": 8}, "m": {"yes": 15}}})
    page.refresh()
    click(qtbot, page.ui.enterRound)
    dialog = page.dialog
    d = dialog.dialog
    choose(d.quarter, "2026Q3")
    d.respondents_f.setValue(40)
    d.respondents_m.setValue(50)
    # "Answered" follows the respondents until someone types another number.
    assert d.feel_safe_f_answered.value() == 40 and d.know_forum_m_answered.value() == 50
    d.feel_safe_f_yes.setValue(30)
    d.feel_safe_f_answered.setValue(38)
    d.feel_safe_m_yes.setValue(35)
    d.respondents_f.setValue(42)
    assert d.feel_safe_f_answered.value() == 38 and d.trust_police_f_answered.value() == 42
    assert d.feel_safe_fPercent.text() == "79%"
    d.trust_police_m_yes.setValue(51)                    # more than answered
    save(qtbot, d)
    assert d.isVisible() and "51 said yes" in d.summaryError.text()
    assert d.trust_police_m_yes.property("sulhError")
    d.trust_police_m_yes.setValue(20)
    save(qtbot, d)
    assert not d.isVisible() and no_message_boxes == []
    rounds = surveys.list_rounds(ctx, world.viewer, world.forum_id)
    assert [r.quarter for r in rounds] == ["2026Q1", "2026Q3"]
    assert rounds[1].result("feel_safe").percent("f") == round(100 * 30 / 38, 1)

    # No baseline yet: bars only. Then the first round becomes the baseline.
    sets, lines = chart_values(page)
    assert sets == [[40.0, round(100 * 30 / 38, 1)], [50.0, 70.0]] and lines == []
    assert "No baseline" in page.ui.baselineNote.text()
    page.ui.roundTable.selectRow(0)
    click(qtbot, page.ui.makeBaseline)
    assert surveys.list_rounds(ctx, world.viewer, world.forum_id)[0].baseline
    sets, lines = chart_values(page)
    assert lines == [("Baseline, women", 40.0), ("Baseline, men", 50.0)]
    assert "2026Q1" in page.ui.baselineNote.text() and not page.ui.makeBaseline.isEnabled()
    choose(page.ui.indicator, "trust_police")
    series = surveys.indicator_series(ctx, world.viewer, world.forum_id, "trust_police")
    sets, _ = chart_values(page)
    assert sets == [[p.women or 0.0 for p in series.points], [p.men or 0.0 for p in series.points]]
    assert page.model.rowCount() == 2 and "Baseline" in page.model.data(page.model.index(0, 1))


def test_a_survey_file_is_checked_refused_with_its_faults_then_imported(
        qtbot, world, session_for, no_message_boxes):
    ctx = world.ctx
    panel = panel_for(qtbot, world, session_for)
    page = panel.surveys
    click(qtbot, page.ui.importRound)
    dialog = page.dialog
    d = dialog.dialog
    assert d.mapping.currentText() == "KoboToolbox"
    save(qtbot, d, QDialogButtonBox.StandardButton.Ok)   # no file yet
    assert d.isVisible() and d.fileError.isVisible()
    assert dialog.load_file(DATA / "bad_values.csv")
    assert dialog.columns()["would_bring"] == "group_forum/would_bring"   # guessed
    click(qtbot, d.check)
    faults = dialog.fault_model
    assert d.faults.isVisible() and faults.rowCount() == 4
    assert [faults.data(faults.index(r, 0)) for r in range(4)] == ["4", "6", "8", "11"]
    assert faults.data(faults.index(2, 1)) == "G (group_safety/trust_police)"
    choose(d.quarter, "2026Q3")
    save(qtbot, d, QDialogButtonBox.StandardButton.Ok)
    assert d.isVisible() and faults.rowCount() == 4
    assert surveys.list_rounds(ctx, world.viewer, world.forum_id) == []
    assert surveys.list_mappings(ctx, world.viewer, world.forum_id) == []

    assert dialog.load_file(DATA / "kobo_ar.csv")
    click(qtbot, d.check)
    assert not d.faults.isVisible()
    tally = surveys.check_file(ctx, world.viewer, world.forum_id, DATA / "kobo_ar.csv")
    assert f"{tally.rows} respondents: {tally.respondents['f']} women" in d.preview.text()
    d.baseline.setChecked(True)
    save(qtbot, d, QDialogButtonBox.StandardButton.Ok)
    assert not d.isVisible() and no_message_boxes == []
    [made] = surveys.list_rounds(ctx, world.viewer, world.forum_id)
    assert (made.quarter, made.baseline, made.respondents) == ("2026Q3", True,
                                                               tally.respondents)
    [mapping] = surveys.list_mappings(ctx, world.viewer, world.forum_id)
    assert mapping.name == "KoboToolbox" and mapping.columns == tally.columns

    # Next quarter: the saved mapping chooses the file's columns again.
    click(qtbot, page.ui.importRound)
    again = page.dialog
    assert again.dialog.mapping.currentText() == "KoboToolbox"
    for name in ("col_sex", "col_feel_safe"):
        getattr(again.dialog, name).setCurrentIndex(0)
    assert again.load_file(DATA / "kobo_ar.xlsx")
    assert again.columns() == mapping.columns
    assert set(again.columns()) == {"sex", *INDICATORS}
    again.cancel()
