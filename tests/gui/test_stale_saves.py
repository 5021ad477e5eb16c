"""A save that finds the record changed by someone else, in every dialog that edits one:
the dialog says which fields they changed (old → new, under the field's name), loads
their version, keeps the user's typing, and the next save applies it on their version."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox

from sulh.domain.workflow import Stage
from sulh.services import agreements, cases, followup, intake, screening
from tests.flows import CLEAN_ANSWERS, case_at, new_case
from tests.gui.test_case_dialogs import SAVE, act, choose, click, open_view, press, tick

FSI, PDI = "\u2068", "\u2069"


def line(label: str, old: str, new: str, arrow: str = "→") -> str:
    return f"• {label}: {FSI}{old}{PDI} {arrow} {FSI}{new}{PDI}"


def now(world, case_id):  # type: ignore[no-untyped-def]
    return cases.get_case_view(world.ctx, world.coordinator, case_id)


def the_warning(boxes: list[tuple[str, str]]) -> str:
    (kind, text), = boxes
    assert kind == "warning" and "Someone else changed this record" in text
    assert "what you typed is still there" in text
    boxes.clear()
    return text


def test_a_follow_up_recorded_meanwhile(qtbot, world, session_for, no_message_boxes):
    case = case_at(world, Stage.FOLLOW_UP)
    view = open_view(qtbot, session_for, "officer", case.id)
    d = act(qtbot, view, "action_record_follow_up")
    result: QComboBox = d.result
    choose(result, "complied")
    qtbot.keyClicks(d.dialog.note, "Paid in full")
    # The mediator records the same check on another PC.
    f = now(world, case.id).follow_ups[0]
    followup.record_follow_up(world.ctx, world.mediator, f.id, result="partly",
                              note="Half paid", version=f.version)
    press(qtbot, d.dialog, SAVE)
    text = the_warning(no_message_boxes)
    assert line("Result", "(empty)", "Partly complied") in text
    assert line("Note", "(empty)", "Half paid") in text
    assert line("Done on", "(empty)", world.ctx.today().isoformat()) in text
    assert d.dialog.isVisible() and result.currentData() == "complied"
    assert d.dialog.note.toPlainText() == "Paid in full"
    press(qtbot, d.dialog, SAVE)                      # theirs seen, ours applied on top
    assert not d.dialog.isVisible() and no_message_boxes == []
    done = now(world, case.id).follow_ups[0]
    assert (done.result, done.note) == ("complied", "Paid in full")


def test_a_referral_outcome_recorded_meanwhile(qtbot, world, session_for, no_message_boxes):
    case = case_at(world, Stage.SCREENING)
    screening.refer_case(world.ctx, world.officer, case.id, destination="investigating_court",
                         reason="Serious injury", consent=True)
    view = open_view(qtbot, session_for, "officer", case.id)
    d = act(qtbot, view, "action_referral_outcome")
    choose(d.dialog.outcome, "resolved")
    qtbot.keyClicks(d.dialog.note, "Settled by the court")
    r = now(world, case.id).referrals[0]
    screening.record_referral_outcome(world.ctx, world.coordinator, r.id, outcome="declined",
                                      note="Not for us", version=r.version)
    press(qtbot, d.dialog, SAVE)
    text = the_warning(no_message_boxes)
    assert line("Outcome", "Waiting for an answer", "Declined") in text
    assert line("What became of it", "(empty)", "Not for us") in text
    assert d.dialog.outcome.currentData() == "resolved"
    press(qtbot, d.dialog, SAVE)
    assert now(world, case.id).referrals[0].outcome == "resolved"


def test_consent_recorded_meanwhile_names_the_party(qtbot, world, session_for,
                                                   no_message_boxes):
    case = case_at(world, Stage.SCREENING)
    view = open_view(qtbot, session_for, "coordinator", case.id)
    d = act(qtbot, view, "action_record_consent")
    tick(d.dialog.parties, {0: True, 1: True})
    first = now(world, case.id).parties[0]
    intake.record_consent(world.ctx, world.officer, first.id, consent=True,
                          version=first.version)
    press(qtbot, d.dialog, SAVE)
    text = the_warning(no_message_boxes)
    assert line(f"{first.name} — Consent", "No", "Yes") in text
    press(qtbot, d.dialog, SAVE)
    assert all(p.consent for p in now(world, case.id).parties)


def test_a_screening_approved_meanwhile(qtbot, world, session_for, no_message_boxes):
    case = case_at(world, Stage.SCREENING)
    s = screening.record_screening(world.ctx, world.officer, case.id, answers=CLEAN_ANSWERS)
    view = open_view(qtbot, session_for, "coordinator", case.id)
    d = act(qtbot, view, "action_approve_screening")
    screening.approve_screening(world.ctx, world.coordinator, s.id, version=s.version)
    click(qtbot, d.dialog.approveButton)
    text = the_warning(no_message_boxes)
    approved = now(world, case.id).screenings[-1].approved_at
    assert approved is not None
    assert line("Approved", "(empty)", approved.astimezone().strftime("%Y-%m-%d %H:%M")) in text
    # Their approval is shown; there is nothing left to approve.
    assert not d.dialog.approveButton.isEnabled()


def test_closing_a_case_changed_meanwhile(qtbot, world, session_for, no_message_boxes):
    case = case_at(world, Stage.MEDIATION)
    view = open_view(qtbot, session_for, "coordinator", case.id)
    d = act(qtbot, view, "move_close")
    choose(d.dialog.reason, "no_agreement")
    qtbot.keyClicks(d.dialog.note, "The sides stopped coming")
    seen = now(world, case.id)
    intake.update_case(world.ctx, world.officer, case.id, version=seen.version,
                       police_ref="KRK/2026/118", violence_risk="high")
    press(qtbot, d.dialog, SAVE)
    text = the_warning(no_message_boxes)
    assert line("Police reference", "(empty)", "KRK/2026/118") in text
    assert line("Risk of violence", "Not known", "High") in text
    assert "Stage" not in text                      # only what changed
    assert d.dialog.note.toPlainText() == "The sides stopped coming"
    press(qtbot, d.dialog, SAVE)
    closed = now(world, case.id)
    assert (closed.stage, closed.police_ref) == ("closed", "KRK/2026/118")


def test_an_agreement_changed_meanwhile_names_the_clause(qtbot, world, session_for,
                                                        no_message_boxes):
    case = case_at(world, Stage.MEDIATION)
    ctx = world.ctx
    a = agreements.create_agreement(ctx, world.mediator, case.id)
    a = agreements.add_clause(ctx, world.mediator, a.id, version=a.version,
                              library_code="no_revenge")
    view = open_view(qtbot, session_for, "mediator", case.id)
    e = act(qtbot, view, "action_edit_agreement")
    e.dialog.tabs.setCurrentWidget(e.dialog.moneyTab)
    e.dialog.amount_iqd.setText("1,000,000")
    # Meanwhile the coordinator adds a clause and sets the compensation elsewhere.
    a = agreements.add_clause(ctx, world.coordinator, a.id, version=a.version,
                              texts={"ar": "يزور الطرفان بعضهما في العيد",
                                     "en": "The parties visit each other at Eid"})
    agreements.set_compensation(ctx, world.coordinator, a.id, version=a.version,
                                amount_iqd=500_000, instalments=[])
    click(qtbot, e.dialog.saveCompensation)
    text = the_warning(no_message_boxes)
    assert line("Clause 2 (Arabic)", "(empty)", "يزور الطرفان بعضهما في العيد") in text
    assert line("Compensation (IQD)", "0", "500,000") in text
    assert e.dialog.amount_iqd.text() == "1,000,000"      # the typing stays
    click(qtbot, e.dialog.saveCompensation)
    assert now(world, case.id).agreement.compensation_iqd == 1_000_000


def test_in_arabic_the_arrow_points_the_way_the_line_is_read(qtbot, world, session_for,
                                                             no_message_boxes):
    case = new_case(world)
    view = open_view(qtbot, lambda role: session_for(role, language="ar"), "coordinator",
                     case.id)
    d = act(qtbot, view, "move_close")
    seen = now(world, case.id)
    intake.update_case(world.ctx, world.officer, case.id, version=seen.version,
                       intake_date=world.ctx.today() - dt.timedelta(days=3))
    press(qtbot, d.dialog, SAVE)
    text = the_warning(no_message_boxes)
    old, new = seen.intake_date, world.ctx.today() - dt.timedelta(days=3)
    assert line("Intake date", old.isoformat(), new.isoformat(), "←") in text
