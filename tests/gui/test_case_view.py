"""The case view: what each role is offered at each stage, why a greyed action is not
possible, the timeline, and refreshing when the case changes."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from sulh.domain.roles import Role, may
from sulh.domain.workflow import Stage
from sulh.gui.case_view import CaseView
from sulh.services import cases, intake, mediation, screening
from sulh.services.cases import MOVE_PERMISSION
from tests.flows import CLEAN_ANSWERS, case_at, new_case

ROLES = ("officer", "mediator", "coordinator", "viewer", "admin")

#: What each role is offered on the cases that tests/flows.py builds at each stage:
#: action name -> enabled.  Written out so that a change in what the screen offers is
#: a deliberate change here.
EXPECTED: dict[Stage, dict[str, dict[str, bool]]] = {
    # Until a coordinator assigns the case (on its way to mediation), it is not the
    # mediator's to work on: they may read it and print its summary, and the moves their
    # role makes are greyed, saying why.
    Stage.INTAKE: {
        "officer": {"action_print_summary": True, "action_record_consent": True,
                    "move_submit_for_screening": True},
        "mediator": {"action_print_summary": True},
        "coordinator": {"action_print_summary": True, "action_record_consent": True,
                        "move_submit_for_screening": True, "move_close": True},
    },
    Stage.SCREENING: {
        "officer": {"action_print_summary": True, "action_record_screening": True,
                    "action_record_consent": True, "move_refer": True},
        "mediator": {"action_print_summary": True, "move_start_mediation": False,
                     "move_refer": False},
        "coordinator": {"action_print_summary": True, "action_record_screening": True,
                        "action_approve_screening": False, "action_record_consent": True,
                        "action_assign_mediator": True, "action_record_truce": True,
                        "move_start_mediation": False, "move_refer": True, "move_close": True},
    },
    Stage.MEDIATION: {
        "officer": {"action_print_invitation": True, "action_print_summary": True,
                    "action_record_consent": True, "action_log_session": True,
                    "move_refer": True},
        "mediator": {"action_print_invitation": True, "action_print_summary": True,
                     "action_record_consent": True, "action_log_session": True,
                     "action_record_truce": True, "action_draft_agreement": True,
                     "move_refer": True, "move_draft_agreement": False},
        "coordinator": {"action_print_invitation": True, "action_print_summary": True,
                        "action_record_consent": True, "action_assign_mediator": True,
                        "action_log_session": True, "action_record_truce": True,
                        "action_draft_agreement": True, "move_refer": True,
                        "move_draft_agreement": False, "move_close": True},
    },
    Stage.AGREEMENT_DRAFTED: {
        "officer": {"action_print_invitation": True, "action_print_summary": True,
                    "action_record_consent": True, "action_log_session": True,
                    "action_print": True, "action_signatures": True, "move_mark_signed": False},
        "mediator": {"action_print_invitation": True, "action_print_summary": True,
                     "action_record_consent": True, "action_log_session": True,
                     "action_record_truce": True, "action_edit_agreement": True,
                     "action_print": True, "action_signatures": True,
                     "move_return_to_mediation": True, "move_mark_signed": False},
        "coordinator": {"action_print_invitation": True, "action_print_summary": True,
                        "action_record_consent": True, "action_assign_mediator": True,
                        "action_log_session": True, "action_record_truce": True,
                        "action_edit_agreement": True, "action_print": True,
                        "action_signatures": True, "move_return_to_mediation": True,
                        "move_mark_signed": False, "move_close": True},
    },
    Stage.SIGNED: {
        "officer": {"action_print_summary": True, "action_print": True,
                    "action_schedule_follow_ups": True, "move_start_follow_up": False},
        "mediator": {"action_print_summary": True, "action_record_truce": True,
                     "action_print": True, "action_schedule_follow_ups": True,
                     "move_start_follow_up": False},
        "coordinator": {"action_print_summary": True, "action_record_truce": True,
                        "action_print": True, "action_schedule_follow_ups": True,
                        "move_start_follow_up": False},
    },
    Stage.FOLLOW_UP: {
        "officer": {"action_print_summary": True, "action_print": True,
                    "action_schedule_follow_ups": True, "action_record_follow_up": True},
        "mediator": {"action_print_summary": True, "action_record_truce": True,
                     "action_print": True, "action_schedule_follow_ups": True,
                     "action_record_follow_up": True},
        "coordinator": {"action_print_summary": True, "action_record_truce": True,
                        "action_print": True, "action_schedule_follow_ups": True,
                        "action_record_follow_up": True, "move_close": True,
                        "move_reopen": False},
    },
    Stage.CLOSED: {
        "officer": {"action_print_summary": True, "action_print": True},
        "mediator": {"action_print_summary": True, "action_print": True},
        "coordinator": {"action_print_summary": True, "action_print": True,
                        "action_archive": True, "move_reopen": True},
    },
}


@pytest.mark.parametrize("stage", list(EXPECTED), ids=lambda s: s.value)
def test_each_role_is_offered_what_the_rules_and_its_role_allow(qtbot, world, session_for,
                                                                stage):
    case = case_at(world, stage)
    for role in ROLES:
        view = CaseView(session_for(role), case.id)
        qtbot.addWidget(view)
        offered = view.offered()
        assert offered == EXPECTED[stage].get(role, {}), (stage, role)
        # The stage moves are exactly those move_options gives, less those the role may
        # never make; enabled exactly when move_options allows them.
        options = cases.move_options(world.ctx, world.actor(role), case.id)
        moves = {f"move_{o.move.value}": o.allowed for o in options
                 if may(Role(role), MOVE_PERMISSION[o.move])}
        assert {k: v for k, v in offered.items() if k.startswith("move_")} == moves
        assert "move_close" not in offered or role == "coordinator"
        if role in ("viewer", "admin"):
            assert offered == {}
            assert view.form.actionsBox.isHidden()


def test_a_greyed_action_says_why_not(qtbot, world, session_for):
    case = case_at(world, Stage.SCREENING)
    view = CaseView(session_for("mediator"), case.id)
    qtbot.addWidget(view)
    view.show()
    start = view.buttons["move_start_mediation"]
    assert not start.isEnabled()
    assert "No mediation before the screening checklist is completed" in start.toolTip()
    assert "Every party must consent freely" in start.toolTip()
    assert view.form.whyNot.isHidden()
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    why = view.form.whyNot
    assert why.isVisible()
    assert "Start mediation" in why.text()
    assert "No mediation before the screening checklist is completed" in why.text()
    # Nothing happened to the case.
    assert cases.get_case_view(world.ctx, world.coordinator, case.id).stage == "screening"


def test_the_view_follows_changes_to_its_case_only(qtbot, world, session_for):
    case = case_at(world, Stage.SCREENING)
    other = new_case(world)
    app_session = session_for("coordinator")
    view = CaseView(app_session, case.id)
    qtbot.addWidget(view)
    assert "action_approve_screening" in view.offered()
    assert not view.offered()["action_approve_screening"]
    s = screening.record_screening(world.ctx, world.officer, case.id, answers=CLEAN_ANSWERS)
    app_session.events.case_changed.emit(other.id)
    assert not view.offered()["action_approve_screening"]
    app_session.events.case_changed.emit(case.id)
    assert view.offered()["action_approve_screening"]
    screening.approve_screening(world.ctx, world.coordinator, s.id)
    for p in case.parties:
        intake.record_consent(world.ctx, world.officer, p.id, consent=True)
    app_session.events.case_changed.emit(case.id)
    assert view.offered()["move_start_mediation"]
    assert view.form.stageBadge.text() == "Screening"


def test_summary_parties_and_timeline(qtbot, world, session_for):
    case = case_at(world, Stage.MEDIATION)
    ctx, med = world.ctx, world.mediator
    view_now = cases.get_case_view(ctx, med, case.id)
    first, second = view_now.parties
    mediation.record_session(ctx, med, case.id, held_on=ctx.today(), kind="joint",
                             outcome="no_show", present_party_ids=[first.id],
                             summary="The second side did not come")
    mediation.record_truce(ctx, med, case.id, starts_on=ctx.today(),
                           expires_on=ctx.today() + dt.timedelta(days=365),
                           guarantor="Sheikh Karim")
    view = CaseView(session_for("viewer"), case.id)
    qtbot.addWidget(view)
    f = view.form
    assert f.caseNumber.text() == case.number.replace("-", "\u2011")
    assert f.stageBadge.text() == "Mediation"
    assert f.category.text() == "Land and property boundaries"
    assert "Karkh forum" in f.forum.text()
    assert [f.partyTree.topLevelItem(i).text(0) for i in range(2)] == [first.name, second.name]
    assert f.partyTree.topLevelItem(0).text(2) == "Yes"
    rows = [[f.timeline.item(r, c).text() for c in range(4)]
            for r in range(f.timeline.rowCount())]
    what = [r[1] for r in rows]
    for expected in ("Dispute logged", "Send to screening", "Screening recorded",
                     "Screening approved", "Consent to mediation", "Start mediation",
                     "Session: Joint meeting", "Truce (atwa) until", "Truce ends"):
        assert any(w.startswith(expected) for w in what), expected
    no_show = [r for r in rows if "No-show" in r[3]]
    assert len(no_show) == 1 and second.name in no_show[0][3]
    truce = next(r for r in rows if r[1].startswith("Truce (atwa)"))
    assert "Sheikh Karim" in truce[3] and "in force" in truce[3]
    # One chronological list: the intake comes first, the truce's end last.
    assert what[0] == "Dispute logged" and what[-1] == "Truce ends"


def test_arabic_indic_digits_when_chosen(qtbot, world, session_for):
    case = case_at(world, Stage.SCREENING)
    view = CaseView(session_for("viewer", arabic_indic_digits=True), case.id)
    qtbot.addWidget(view)
    number = view.form.caseNumber.text()
    assert "٠" in number and not any(ch.isascii() and ch.isdigit() for ch in number)
    year = "".join("٠١٢٣٤٥٦٧٨٩"[int(c)] for c in str(case.created_at.astimezone().year))
    assert view.form.timeline.item(0, 0).text().startswith(year)     # "Dispute logged"
