"""The dialogs for each step of a case, driven through their widgets from the case view,
with the database checked through the services after each step."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from sulh.domain.screening import Question
from sulh.domain.workflow import Stage
from sulh.gui.case_view import CaseView
from sulh.gui.dialogs import AgreementEditor, SessionDialog
from sulh.services import agreements, cases, intake
from tests.flows import case_at


def click(qtbot: Any, button: QWidget) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_in(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type like a user: QTest types ASCII only, so Arabic comes as key events carrying
    their text (what a keyboard layout sends)."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     ch))


def check(qtbot: Any, box: Any) -> None:
    """Click a check box on its box (a wide check box does not take clicks far from it)."""
    assert box.isVisible() and box.isEnabled(), box.objectName()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def press(qtbot: Any, dialog: Any, which: QDialogButtonBox.StandardButton) -> None:
    click(qtbot, dialog.buttons.button(which))


SAVE = QDialogButtonBox.StandardButton.Save
CLOSE = QDialogButtonBox.StandardButton.Close


def open_view(qtbot: Any, session_for: Any, role: str, case_id: int) -> CaseView:
    view = CaseView(session_for(role), case_id)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def act(qtbot: Any, view: CaseView, name: str) -> Any:
    """Press an action of the case view; return the dialog it opened (its controller)."""
    click(qtbot, view.buttons[name])
    return view.current


def tick(widget: Any, names: dict[int, bool]) -> None:
    """Set the check boxes of a check list by row."""
    for row, on in names.items():
        widget.item(row).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def case_now(world: Any, case_id: int) -> Any:
    return cases.get_case_view(world.ctx, world.coordinator, case_id)


def choose(combo: Any, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def answer_screening(qtbot: Any, dialog: Any, red_flags: set[str]) -> None:
    for q in Question:
        flag_answer = "no" if q is Question.ALL_CONSENT_FREELY else "yes"
        other = "yes" if flag_answer == "no" else "no"
        click(qtbot, getattr(dialog, f"{q.value}_{flag_answer if q.value in red_flags else other}"))


@pytest.fixture
def files(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> list[str]:
    """Where a print's PDF is saved, and what the system was asked to open."""
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    opened: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "agreement.pdf"), ""))
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    return opened


def test_a_case_from_screening_to_closed(qtbot, world, session_for, no_message_boxes, files):
    case = case_at(world, Stage.SCREENING)
    cid = case.id
    p1, p2 = case.parties

    # The officer records the screening: no red flag.
    officer = open_view(qtbot, session_for, "officer", cid)
    d = act(qtbot, officer, "action_record_screening")
    press(qtbot, d.dialog, SAVE)                    # nothing answered: every question marked
    assert d.dialog.serious_crimeError.isVisible()
    assert d.dialog.all_consent_freelyError.isVisible()
    assert case_now(world, cid).screenings == ()
    answer_screening(qtbot, d.dialog, set())
    qtbot.keyClicks(d.dialog.notes, "Both sides want a settlement")
    assert "Mediate" in d.dialog.decisionLabel.text()
    press(qtbot, d.dialog, SAVE)
    s = case_now(world, cid).screenings[-1]
    assert s.decision == "mediate" and s.notes == "Both sides want a settlement"
    assert s.recorded_by == world.officer.user_id and s.approved_at is None
    assert "Waiting for a coordinator" in d.dialog.approvalLabel.text()
    assert not d.dialog.approveButton.isVisible()     # officers do not approve
    press(qtbot, d.dialog, CLOSE)

    # The coordinator approves it, records both sides' consent and assigns the mediator.
    coordinator = open_view(qtbot, session_for, "coordinator", cid)
    d = act(qtbot, coordinator, "action_approve_screening")
    assert not d.dialog.serious_crime.isEnabled()   # the recorded answers, read-only
    click(qtbot, d.dialog.approveButton)
    assert case_now(world, cid).screenings[-1].approved_by == world.coordinator.user_id
    press(qtbot, d.dialog, CLOSE)
    assert not coordinator.offered()["action_approve_screening"]
    d = act(qtbot, coordinator, "action_record_consent")
    tick(d.dialog.parties, {0: True, 1: True})
    press(qtbot, d.dialog, SAVE)
    assert all(p.consent for p in case_now(world, cid).parties)
    d = act(qtbot, coordinator, "action_assign_mediator")
    choose(d.dialog.user_id, world.mediator.user_id)
    press(qtbot, d.dialog, SAVE)
    assert case_now(world, cid).mediator_ids == (world.mediator.user_id,)

    # The mediator starts mediation, logs a session the second side missed, a truce.
    mediator = open_view(qtbot, session_for, "mediator", cid)
    click(qtbot, mediator.buttons["move_start_mediation"])
    assert case_now(world, cid).stage == "mediation"
    d = act(qtbot, mediator, "action_log_session")
    tick(d.dialog.present_party_ids, {1: False})
    qtbot.keyClicks(d.dialog.place, "Forum hall")
    qtbot.keyClicks(d.dialog.summary, "The respondent did not come")
    choose(d.dialog.outcome, "no_show")
    check(qtbot, d.dialog.hasNextDate)
    press(qtbot, d.dialog, SAVE)
    (session,) = case_now(world, cid).sessions
    assert session.absent_party_ids == (p2.id,) and session.present_party_ids == (p1.id,)
    assert session.mediator_ids == (world.mediator.user_id,)
    assert session.outcome == "no_show" and session.place == "Forum hall"
    assert session.next_date == world.ctx.today() + dt.timedelta(days=14)
    d = act(qtbot, mediator, "action_record_truce")
    type_in(qtbot, d.dialog.guarantor, "الشيخ كريم")
    qtbot.keyClicks(d.dialog.terms, "No revenge until it ends")
    press(qtbot, d.dialog, SAVE)
    (truce,) = case_now(world, cid).truces
    assert truce.guarantor == "الشيخ كريم"
    assert truce.expires_on == truce.starts_on + dt.timedelta(days=30)

    # The agreement: a library clause, a free clause, compensation in two instalments,
    # both parties and a guarantor as signatories.
    d = act(qtbot, mediator, "action_draft_agreement")
    e = d.dialog
    assert case_now(world, cid).agreement is None    # opening the editor writes nothing
    library = e.libraryList
    row = next(i for i in range(library.count())
               if library.item(i).data(Qt.ItemDataRole.UserRole) == "compensation_lump_sum")
    library.setCurrentRow(row)
    assert e.findChild(QLineEdit, "param_party_a").text() == p1.name
    assert "{amount}" not in e.libraryFirst.toPlainText() + e.librarySecond.toPlainText()
    click(qtbot, e.addLibraryClause)                 # amount and deadline still missing
    assert e.findChild(QWidget, "param_amountError").isVisible()
    assert case_now(world, cid).agreement is None
    qtbot.keyClicks(e.findChild(QLineEdit, "param_amount"), "1000000")
    qtbot.keyClicks(e.findChild(QLineEdit, "param_deadline"), "2026-12-31")
    assert "1000000" in e.libraryFirst.toPlainText()
    click(qtbot, e.addLibraryClause)
    e.addTabs.setCurrentWidget(e.freeTab)
    type_in(qtbot, e.text_ar, "يعتذر الطرف الثاني علناً أمام المنتدى")
    qtbot.keyClicks(e.text_en, "The second party apologises publicly before the forum")
    click(qtbot, e.addFreeClause)
    assert e.text_en.toPlainText() == ""
    e.tabs.setCurrentWidget(e.moneyTab)
    qtbot.keyClicks(e.amount_iqd, "1,000,000")
    click(qtbot, e.addInstalment)
    first_amount = e.instalments.cellWidget(0, 1)
    assert first_amount.text() == "1,000,000"       # what is left to plan
    first_amount.clear()
    qtbot.keyClicks(first_amount, "600000")
    click(qtbot, e.addInstalment)
    assert e.instalments.cellWidget(1, 1).text() == "400,000"
    click(qtbot, e.saveCompensation)
    e.tabs.setCurrentWidget(e.signatoriesTab)
    choose(e.role, "party")
    click(qtbot, e.addSignatory)
    choose(e.role, "party")
    assert e.party_id.currentData() == p2.id        # the next side still to sign
    click(qtbot, e.addSignatory)
    choose(e.role, "guarantor")
    click(qtbot, e.addSignatory)                     # a guarantor needs a name
    assert e.nameError.isVisible()
    type_in(qtbot, e.name, "الحاج محمد")
    choose(e.guarantee, "payment")
    click(qtbot, e.addSignatory)
    a = case_now(world, cid).agreement
    assert a is not None and a.languages == "ar+en" and a.status == "draft"
    assert [c.library_code for c in a.clauses] == ["compensation_lump_sum", None]
    assert "1,000,000" in a.clauses[0].texts["en"] and p1.name in a.clauses[0].texts["ar"]
    assert a.clauses[1].texts["en"] == "The second party apologises publicly before the forum"
    assert a.compensation_iqd == 1_000_000
    assert [i.amount_iqd for i in a.instalments] == [600_000, 400_000]
    assert [(s.role, s.party_id, s.guarantee) for s in a.signatories] == [
        ("party", p1.id, None), ("party", p2.id, None), ("guarantor", None, "payment")]
    # Reorder in the draft: the free clause first.
    e.tabs.setCurrentWidget(e.clausesTab)
    e.clauseTable.selectRow(1)
    click(qtbot, e.moveUp)
    a = case_now(world, cid).agreement
    assert [c.library_code for c in a.clauses] == [None, "compensation_lump_sum"]
    assert [c.position for c in a.clauses] == [1, 2]
    assert "The second party apologises" in e.clauseTable.item(0, 2).text()
    press(qtbot, e, CLOSE)
    assert not e.isVisible()
    assert mediator.current is None

    # The parties accept the draft.
    click(qtbot, mediator.buttons["move_draft_agreement"])
    assert case_now(world, cid).stage == "agreement_drafted"

    # The officer prints it, ticks the signatures and marks it signed.
    officer.reload()
    assert not officer.offered()["move_mark_signed"]
    click(qtbot, officer.buttons["action_print"])
    a = case_now(world, cid).agreement
    assert a.printed_digest == a.content_digest
    (preview,) = [w.property("controller")                  # the PDF, in its print preview
                  for w in officer.findChildren(QDialog, "PrintPreviewDialog") if w.isVisible()]
    assert preview.pdf.startswith(b"%PDF") and files == []
    preview.dialog.reject()
    d = act(qtbot, officer, "action_signatures")
    assert "printed on" in d.dialog.printStatus.text()
    assert d.dialog.signatories.count() == 3
    tick(d.dialog.signatories, {0: True, 1: True})
    click(qtbot, d.dialog.markSigned)                # the guarantor has not signed yet
    assert "Not everyone has signed" in d.dialog.markSignedError.text()
    assert case_now(world, cid).stage == "agreement_drafted"
    tick(d.dialog.signatories, {2: True})
    click(qtbot, d.dialog.markSigned)
    after = case_now(world, cid)
    assert after.stage == "signed" and after.agreement.status == "signed"
    assert all(s.signed_at for s in after.agreement.signatories)

    # Follow-ups at 30 and 90 days; both find the agreement kept.
    d = act(qtbot, officer, "action_schedule_follow_ups")
    press(qtbot, d.dialog, SAVE)
    due = sorted(f.due_on for f in case_now(world, cid).follow_ups)
    start = d.dialog.start.date().toPython()
    assert due == [start + dt.timedelta(days=30), start + dt.timedelta(days=90)]
    click(qtbot, officer.buttons["move_start_follow_up"])
    assert case_now(world, cid).stage == "follow_up"
    d = act(qtbot, officer, "action_record_follow_up")
    choose(d.result, "complied")
    choose(d.dialog.instalment_paid, True)
    qtbot.keyClicks(d.dialog.note, "First instalment paid")
    press(qtbot, d.dialog, SAVE)
    first = case_now(world, cid).follow_ups[0]
    assert (first.result, first.instalment_paid, first.note) == ("complied", True,
                                                                 "First instalment paid")

    # Closing as fully resolved waits for the last follow-up: the refusal is shown.
    coordinator.reload()
    assert "move_close" not in officer.offered()
    d = act(qtbot, coordinator, "move_close")
    assert [d.dialog.reason.itemData(i) for i in range(d.dialog.reason.count())] == [
        "resolved_fully", "resolved_partly", "unreachable"]
    choose(d.dialog.reason, "resolved_fully")
    press(qtbot, d.dialog, SAVE)
    assert "follow-up(s) still to be done" in d.dialog.reasonError.text()
    assert case_now(world, cid).stage == "follow_up"
    d.cancel()
    d = act(qtbot, officer, "action_record_follow_up")
    choose(d.result, "complied")
    press(qtbot, d.dialog, SAVE)
    d = act(qtbot, coordinator, "move_close")
    choose(d.dialog.reason, "resolved_fully")
    qtbot.keyClicks(d.dialog.note, "Both sides kept the agreement")
    press(qtbot, d.dialog, SAVE)
    closed = case_now(world, cid)
    assert closed.stage == "closed" and closed.closure_reason == "resolved_fully"
    assert closed.closure_note == "Both sides kept the agreement"
    assert coordinator.offered() == {"action_print": True, "action_print_summary": True,
                                     "action_archive": True, "move_reopen": True}
    assert [k for k, _ in no_message_boxes if k != "question"] == []


def test_a_red_flag_sends_the_case_to_referral(qtbot, world, session_for, no_message_boxes):
    case = case_at(world, Stage.SCREENING)
    cid = case.id
    officer = open_view(qtbot, session_for, "officer", cid)
    d = act(qtbot, officer, "action_record_screening")
    answer_screening(qtbot, d.dialog, {"gbv_or_domestic"})
    press(qtbot, d.dialog, SAVE)
    s = case_now(world, cid).screenings[-1]
    assert s.decision == "refer" and s.red_flags == ("gbv_or_domestic",)
    assert "Refer" in d.dialog.decisionLabel.text()
    assert "gender-based or domestic violence" in d.dialog.redFlagsLabel.text()
    press(qtbot, d.dialog, CLOSE)

    mediator = open_view(qtbot, session_for, "mediator", cid)
    coordinator = open_view(qtbot, session_for, "coordinator", cid)
    d = act(qtbot, coordinator, "action_approve_screening")
    click(qtbot, d.dialog.approveButton)
    press(qtbot, d.dialog, CLOSE)
    mediator.reload()
    assert "must be referred, not mediated" in mediator.buttons["move_start_mediation"].toolTip()

    d = act(qtbot, officer, "move_refer")
    qtbot.keyClicks(d.dialog.reason, "Domestic violence: family protection")
    press(qtbot, d.dialog, SAVE)                   # no destination chosen
    assert d.dialog.destinationError.isVisible()
    assert case_now(world, cid).referrals == ()
    choose(d.dialog.destination, "family_child_protection")
    check(qtbot, d.dialog.consent)
    press(qtbot, d.dialog, SAVE)
    after = case_now(world, cid)
    assert after.stage == "referred"
    (r,) = after.referrals
    assert (r.destination, r.consent, r.outcome) == ("family_child_protection", True, "pending")
    assert r.reason == "Domestic violence: family protection"

    d = act(qtbot, officer, "action_referral_outcome")
    choose(d.dialog.outcome, "accepted")
    qtbot.keyClicks(d.dialog.note, "Case opened there")
    press(qtbot, d.dialog, SAVE)
    (r,) = case_now(world, cid).referrals
    assert (r.outcome, r.outcome_note) == ("accepted", "Case opened there")
    coordinator.reload()          # another user's screen: it reads the case again
    d = act(qtbot, coordinator, "move_close")
    assert [d.dialog.reason.itemData(i) for i in range(d.dialog.reason.count())] == ["referred"]
    press(qtbot, d.dialog, SAVE)
    assert case_now(world, cid).closure_reason == "referred"


def test_a_refused_clause_shows_why_and_saves_nothing(qtbot, world, session_for,
                                                      no_message_boxes):
    case = case_at(world, Stage.MEDIATION)
    mediator = open_view(qtbot, session_for, "mediator", case.id)
    e = act(qtbot, mediator, "action_draft_agreement").dialog
    e.addTabs.setCurrentWidget(e.freeTab)
    type_in(qtbot, e.text_ar, "يتعهد الطرف الثاني بتسليم ابنته")
    qtbot.keyClicks(e.text_en, "The respondent will give his daughter in marriage to the "
                               "complainant's son")
    click(qtbot, e.addFreeClause)
    assert e.clauseError.isVisible()
    assert "may never offer a person" in e.clauseError.text()
    assert e.text_en.toPlainText().startswith("The respondent will give")   # kept to correct
    assert case_now(world, case.id).agreement is None                        # nothing saved
    # With a draft already there, the refusal leaves it as it was.
    a = agreements.create_agreement(world.ctx, world.mediator, case.id)
    agreements.add_clause(world.ctx, world.mediator, a.id, version=a.version,
                          library_code="no_revenge")
    mediator.reload()
    e = act(qtbot, mediator, "action_edit_agreement").dialog
    e.addTabs.setCurrentWidget(e.freeTab)
    type_in(qtbot, e.text_ar, "زواج ابنة الطرف الثاني")
    qtbot.keyClicks(e.text_en, "give his daughter in marriage")
    click(qtbot, e.addFreeClause)
    assert "may never offer a person" in e.clauseError.text()
    now = case_now(world, case.id).agreement
    assert len(now.clauses) == 1 and now.version == a.version + 1
    assert no_message_boxes == []


def test_a_stale_save_shows_what_happened_and_keeps_the_typing(qtbot, world, session_for,
                                                               no_message_boxes):
    case = case_at(world, Stage.MEDIATION)
    ctx = world.ctx
    a = agreements.create_agreement(ctx, world.mediator, case.id)
    agreements.add_clause(ctx, world.mediator, a.id, version=a.version,
                          library_code="no_revenge")
    mediator = open_view(qtbot, session_for, "mediator", case.id)
    editor: AgreementEditor = act(qtbot, mediator, "action_edit_agreement")
    e = editor.dialog
    e.addTabs.setCurrentWidget(e.freeTab)
    type_in(qtbot, e.text_ar, "يزور الطرفان بعضهما في العيد")
    qtbot.keyClicks(e.text_en, "The parties visit each other at Eid")
    # Meanwhile the coordinator, on another PC, adds a clause to the same draft.
    current = agreements.get_agreement(ctx, world.coordinator, a.id)
    agreements.add_clause(ctx, world.coordinator, a.id, version=current.version,
                          library_code="no_threats")
    click(qtbot, e.addFreeClause)
    (kind, text), = no_message_boxes
    assert kind == "warning" and "Someone else changed this record" in text
    assert e.text_en.toPlainText() == "The parties visit each other at Eid"   # nothing lost
    assert e.text_ar.toPlainText() == "يزور الطرفان بعضهما في العيد"
    assert e.clauseTable.rowCount() == 2                # the other change is shown now
    assert [c.library_code for c in case_now(world, case.id).agreement.clauses] == [
        "no_revenge", "no_threats"]
    click(qtbot, e.addFreeClause)                       # applied again, on the new version
    clauses = case_now(world, case.id).agreement.clauses
    assert [c.texts["en"] for c in clauses][-1] == "The parties visit each other at Eid"
    assert len(clauses) == 3


def test_a_stale_close_keeps_the_reason_and_note(qtbot, world, session_for, no_message_boxes):
    case = case_at(world, Stage.MEDIATION)
    coordinator = open_view(qtbot, session_for, "coordinator", case.id)
    d = act(qtbot, coordinator, "move_close")
    choose(d.dialog.reason, "no_agreement")
    qtbot.keyClicks(d.dialog.note, "The sides stopped coming")
    # Meanwhile an officer adds the police reference to the case.
    now = case_now(world, case.id)
    intake.update_case(world.ctx, world.officer, case.id, version=now.version,
                       police_ref="KRK/2026/118")
    press(qtbot, d.dialog, SAVE)
    (kind, text), = no_message_boxes
    assert kind == "warning" and "Someone else changed this record" in text
    assert d.dialog.isVisible()
    assert d.dialog.reason.currentData() == "no_agreement"
    assert d.dialog.note.toPlainText() == "The sides stopped coming"
    assert case_now(world, case.id).stage == "mediation"
    press(qtbot, d.dialog, SAVE)                       # saved on the record as it is now
    closed = case_now(world, case.id)
    assert (closed.stage, closed.closure_reason, closed.police_ref) == (
        "closed", "no_agreement", "KRK/2026/118")


def test_closing_a_dialog_with_typing_asks_first(qtbot, world, session_for, monkeypatch):
    case = case_at(world, Stage.MEDIATION)
    view = open_view(qtbot, session_for, "mediator", case.id)
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
               QMessageBox.StandardButton.Yes]

    def question(parent: object, title: str, text: str, *a: object) -> object:
        asked.append(title)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    # Nothing typed: it closes without a question.
    d: SessionDialog = act(qtbot, view, "action_log_session")
    qtbot.keyClick(d.dialog, Qt.Key.Key_Escape)
    assert not d.dialog.isVisible() and asked == []
    d = act(qtbot, view, "action_log_session")
    qtbot.keyClicks(d.dialog.summary, "Long notes from the meeting")
    qtbot.keyClick(d.dialog, Qt.Key.Key_Escape)
    assert asked == ["Discard what you typed?"]
    assert d.dialog.isVisible()                        # "No": the typing stays
    assert d.dialog.summary.toPlainText() == "Long notes from the meeting"
    assert not view.may_close()                         # closing the case's tab asks too
    assert d.dialog.isVisible() and len(asked) == 2
    press(qtbot, d.dialog, QDialogButtonBox.StandardButton.Cancel)
    assert len(asked) == 3 and not d.dialog.isVisible()
    assert case_now(world, case.id).sessions == ()
    # The agreement editor asks too when a free clause is typed and not added.
    answers[:] = [QMessageBox.StandardButton.No]
    e = act(qtbot, view, "action_draft_agreement").dialog
    e.addTabs.setCurrentWidget(e.freeTab)
    qtbot.keyClicks(e.text_en, "Half a clause")
    e.close()
    assert e.isVisible() and len(asked) == 4


def test_reopen_after_a_breach(qtbot, world, session_for, no_message_boxes):
    case = case_at(world, Stage.FOLLOW_UP)
    officer = open_view(qtbot, session_for, "officer", case.id)
    coordinator = open_view(qtbot, session_for, "coordinator", case.id)
    assert not coordinator.offered()["move_reopen"]
    d = act(qtbot, officer, "action_record_follow_up")
    choose(d.result, "breached")
    press(qtbot, d.dialog, SAVE)
    coordinator.reload()
    assert coordinator.offered()["move_reopen"]
    d = act(qtbot, coordinator, "move_reopen")
    press(qtbot, d.dialog, SAVE)                     # no reason given
    assert "Say why" in d.dialog.reasonError.text()
    qtbot.keyClicks(d.dialog.reason, "The second instalment was not paid")
    press(qtbot, d.dialog, SAVE)
    after = case_now(world, case.id)
    assert after.stage == "reopened"
    assert after.history[-1].reason == "The second instalment was not paid"
    assert isinstance(coordinator.buttons["move_rescreen"], QPushButton)


def test_amounts_are_read_in_any_digits():
    from sulh.domain.errors import ValidationError
    from sulh.gui.dialogs.base import parse_amount

    assert parse_amount("1,000,000", "amount_iqd") == 1_000_000
    assert parse_amount("١٬٠٠٠٬٠٠٠", "amount_iqd") == 1_000_000
    assert parse_amount("۵۰۰ ۰۰۰", "amount_iqd") == 500_000
    assert parse_amount("", "amount_iqd") == 0
    with pytest.raises(ValidationError) as refused:
        parse_amount("12.5", "instalments.2.amount")
    assert refused.value.field == "instalments.2.amount"
