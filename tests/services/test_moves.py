"""Stage moves through the services: every allowed path, and every refusal naming its
rule while leaving the case, its history and the audit chain exactly as they were."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import func, select

from sulh.db import models as m
from sulh.domain.errors import AgreementLocked, ClauseRefused, MoveRefused
from sulh.domain.workflow import Move, Stage
from sulh.services import agreements, cases, followup, intake, mediation, screening
from sulh.services.audit import snapshot, verify_chain
from tests.flows import CLEAN_ANSWERS, advance, case_at, new_case

START = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)
RED_FLAG = {**CLEAN_ANSWERS, "gbv_or_domestic": True}


class Clock:
    """A clock the test moves by hand, so history and audit times can be checked."""

    def __init__(self, at: dt.datetime) -> None:
        self.at = at

    def __call__(self) -> dt.datetime:
        return self.at

    def tick(self, minutes: int = 1) -> dt.datetime:
        self.at += dt.timedelta(minutes=minutes)
        return self.at


@pytest.fixture
def clock(world) -> Clock:  # type: ignore[no-untyped-def]
    c = Clock(START)
    world.ctx.clock = c
    return c


def state(world, case_id: int) -> tuple[Any, ...]:  # type: ignore[no-untyped-def]
    """Everything a refused move must leave untouched."""
    with world.ctx.reading() as uow:
        s = uow.session
        case = s.get(m.Case, case_id)
        history = s.execute(select(m.StageChange.id, m.StageChange.from_stage,
                                   m.StageChange.to_stage, m.StageChange.move)
                            .where(m.StageChange.case_id == case_id)
                            .order_by(m.StageChange.id)).all()
        head = s.get(m.AuditHead, 1)
        events = s.scalar(select(func.count()).select_from(m.AuditEvent))
        referrals = s.scalar(select(func.count()).select_from(m.Referral)
                             .where(m.Referral.case_id == case_id))
        agreement = s.execute(select(m.Agreement.id, m.Agreement.version, m.Agreement.status)
                              .where(m.Agreement.case_id == case_id)).all()
        return (case.stage, case.version, case.closure_reason, case.archived,
                tuple(tuple(h) for h in history), head.seq, head.hash, events, referrals,
                tuple(tuple(a) for a in agreement))


def chain_findings(world) -> list[Any]:  # type: ignore[no-untyped-def]
    with world.ctx.reading() as uow:
        return verify_chain(uow.session)[1]


def refused(world, case_id: int, call: Callable[[], object], rule: str,  # type: ignore[no-untyped-def]
            error: type[Exception] = MoveRefused) -> Exception:
    before = state(world, case_id)
    with pytest.raises(error) as info:
        call()
    assert getattr(info.value, "rule", None) == rule, info.value
    assert state(world, case_id) == before
    assert chain_findings(world) == []
    return info.value


def case_events(world, case_id: int) -> list[SimpleNamespace]:  # type: ignore[no-untyped-def]
    with world.ctx.reading() as uow:
        return [SimpleNamespace(**snapshot(e)) for e in uow.session.execute(
            select(m.AuditEvent).where(m.AuditEvent.case_id == case_id)
            .order_by(m.AuditEvent.seq)).scalars()]


def view(world, case_id: int):  # type: ignore[no-untyped-def]
    return cases.get_case_view(world.ctx, world.coordinator, case_id)


def assert_last_move(world, case_id: int, *, move: str, from_stage: str, to_stage: str,  # type: ignore[no-untyped-def]
                     actor, at: dt.datetime | None = None, reason: str = "") -> None:
    v = view(world, case_id)
    assert v.stage == to_stage
    h = v.history[-1]
    assert (h.from_stage, h.to_stage, h.move, h.reason) == (from_stage, to_stage, move, reason)
    assert (h.user_id, h.username) == (actor.user_id, actor.username)
    if at is not None:
        assert h.at == at
    ev = [e for e in case_events(world, case_id) if e.action == f"case.{move}"][-1]
    assert (ev.user_id, ev.username, ev.entity, ev.entity_id) == (
        actor.user_id, actor.username, "case", case_id)
    assert json.loads(ev.before) == {"stage": from_stage}
    after = json.loads(ev.after)
    assert after["stage"] == to_stage and after["reason"] == reason
    if at is not None:
        assert ev.at == at


def screened(world, *, category: str = "land", answers: dict[str, bool] | None = None,  # type: ignore[no-untyped-def]
             approve: bool = True, consent: bool = True, assign: bool = True):
    """A case at screening with the checklist recorded (and, by default, everything
    else needed to start mediation)."""
    ctx = world.ctx
    case = new_case(world, category=category)
    intake.submit_for_screening(ctx, world.officer, case.id)
    s = screening.record_screening(ctx, world.officer, case.id,
                                   answers=answers or CLEAN_ANSWERS)
    if approve:
        screening.approve_screening(ctx, world.coordinator, s.id)
    if consent:
        for p in view(world, case.id).parties:
            intake.record_consent(ctx, world.officer, p.id, consent=True)
    if assign:
        mediation.assign_mediator(ctx, world.coordinator, case.id, world.mediator.user_id)
    return view(world, case.id), s


# ---------------------------------------------------------------- the main path

def test_main_path_records_who_when_and_audits_each_move(world, clock):
    case = new_case(world)
    steps = [
        (Stage.SCREENING, "submit_for_screening", world.officer, ""),
        (Stage.MEDIATION, "start_mediation", world.mediator, ""),
        (Stage.AGREEMENT_DRAFTED, "draft_agreement", world.mediator, ""),
        (Stage.SIGNED, "mark_signed", world.officer, ""),
        (Stage.FOLLOW_UP, "start_follow_up", world.mediator, ""),
        (Stage.CLOSED, "close", world.coordinator, ""),
    ]
    previous = Stage.INTAKE
    for target, move, actor, reason in steps:
        at = clock.tick(60)
        advance(world, case.id, target)
        assert_last_move(world, case.id, move=move, from_stage=previous.value,
                         to_stage=target.value, actor=actor, at=at, reason=reason)
        previous = target
    v = view(world, case.id)
    assert v.closure_reason == "resolved_fully"
    assert [h.to_stage for h in v.history] == [
        "intake", "screening", "mediation", "agreement_drafted", "signed", "follow_up", "closed"]
    assert v.history[0].move == "log" and v.history[0].from_stage is None
    assert v.agreement is not None and v.agreement.status == "signed"
    assert v.agreement.signed_at == START + dt.timedelta(minutes=60 * 4)
    actions = [e.action for e in case_events(world, case.id)]
    for move in ("create", "submit_for_screening", "start_mediation", "draft_agreement",
                 "mark_signed", "start_follow_up", "close"):
        assert f"case.{move}" in actions
    assert "agreement.signed" in actions and "screening.approve" in actions
    assert chain_findings(world) == []


# ---------------------------------------------------------------- side paths

def test_refer_from_screening_after_a_red_flag_then_close_as_referred(world, clock):
    ctx = world.ctx
    case, s = screened(world, answers=RED_FLAG)
    assert s.decision == "refer" and "gbv_or_domestic" in s.red_flags
    at = clock.tick()
    v = screening.refer_case(ctx, world.officer, case.id, destination="gbv_case_management",
                             reason="عنف أسري: يحال إلى إدارة الحالة", consent=True)
    assert v.stage == "referred"
    assert [r.destination for r in v.referrals] == ["gbv_case_management"]
    assert_last_move(world, case.id, move="refer", from_stage="screening", to_stage="referred",
                     actor=world.officer, at=at, reason="عنف أسري: يحال إلى إدارة الحالة")
    assert "referral.create" in [e.action for e in case_events(world, case.id)]
    # A referred case is not mediated.
    refused(world, case.id, lambda: mediation.start_mediation(ctx, world.mediator, case.id),
            "stage")
    followup.close_case(ctx, world.coordinator, case.id, reason="referred",
                        note="accepted by the service")
    assert_last_move(world, case.id, move="close", from_stage="referred", to_stage="closed",
                     actor=world.coordinator, reason="accepted by the service")
    assert view(world, case.id).closure_reason == "referred"


def test_refer_from_mediation_but_not_from_intake(world):
    ctx = world.ctx
    case = case_at(world, Stage.MEDIATION)
    screening.refer_case(ctx, world.mediator, case.id, destination="misdemeanour_court",
                         reason="the respondent insists on the court", consent=True)
    assert_last_move(world, case.id, move="refer", from_stage="mediation", to_stage="referred",
                     actor=world.mediator, reason="the respondent insists on the court")
    # From intake the move is refused, and the referral row written before it is not kept.
    fresh = new_case(world)
    refused(world, fresh.id,
            lambda: screening.refer_case(ctx, world.officer, fresh.id,
                                         destination="legal_aid_ngo", reason="x", consent=True),
            "stage")
    assert view(world, fresh.id).referrals == ()


def test_closing_from_the_open_stages(world):
    ctx = world.ctx
    for stage in (Stage.INTAKE, Stage.SCREENING, Stage.MEDIATION):
        case = case_at(world, stage)
        v = followup.close_case(ctx, world.coordinator, case.id, reason="withdrawn",
                                note="the complainant withdrew")
        assert v.stage == "withdrawn" and v.closure_reason == "withdrawn"
        assert_last_move(world, case.id, move="close", from_stage=stage.value,
                         to_stage="withdrawn", actor=world.coordinator,
                         reason="the complainant withdrew")
    case = case_at(world, Stage.MEDIATION)
    v = followup.close_case(ctx, world.coordinator, case.id, reason="no_agreement")
    assert (v.stage, v.closure_reason) == ("closed", "no_agreement")
    assert_last_move(world, case.id, move="close", from_stage="mediation", to_stage="closed",
                     actor=world.coordinator)
    for stage in (Stage.INTAKE, Stage.FOLLOW_UP):
        case = case_at(world, stage)
        v = followup.close_case(ctx, world.coordinator, case.id, reason="unreachable",
                                note="no answer on either phone")
        assert (v.stage, v.closure_reason) == ("closed", "unreachable")
        assert_last_move(world, case.id, move="close", from_stage=stage.value,
                         to_stage="closed", actor=world.coordinator,
                         reason="no answer on either phone")


def _closed_no_agreement(world):  # type: ignore[no-untyped-def]
    case = case_at(world, Stage.MEDIATION)
    followup.close_case(world.ctx, world.coordinator, case.id, reason="no_agreement")
    return case


def _withdrawn(world):  # type: ignore[no-untyped-def]
    case = case_at(world, Stage.SCREENING)
    followup.close_case(world.ctx, world.coordinator, case.id, reason="withdrawn")
    return case


def _referred(world):  # type: ignore[no-untyped-def]
    case, _ = screened(world, answers=RED_FLAG)
    screening.refer_case(world.ctx, world.officer, case.id, destination="gbv_case_management",
                         reason="red flag", consent=True)
    return case


def test_reopen_by_coordinator_then_screen_again_or_mediate(world, clock):
    ctx = world.ctx
    for make in (_closed_no_agreement, _withdrawn, _referred):
        case = make(world)
        from_stage = view(world, case.id).stage
        at = clock.tick()
        v = followup.reopen_case(ctx, world.coordinator, case.id, reason="the dispute flared up")
        assert v.stage == "reopened" and v.closure_reason is None
        assert_last_move(world, case.id, move="reopen", from_stage=from_stage,
                         to_stage="reopened", actor=world.coordinator, at=at,
                         reason="the dispute flared up")
        followup.rescreen(ctx, world.officer, case.id)
        assert_last_move(world, case.id, move="rescreen", from_stage="reopened",
                         to_stage="screening", actor=world.officer)
        # A new checklist is recorded at the new screening stage.
        s = screening.record_screening(ctx, world.officer, case.id, answers=CLEAN_ANSWERS)
        assert view(world, case.id).screenings[-1].id == s.id and s.decision == "mediate"
    # Without a new screening, a reopened case goes back to mediation only when the
    # screening it already had allows it.
    case = _closed_no_agreement(world)
    followup.reopen_case(ctx, world.coordinator, case.id, reason="both sides ask to resume")
    mediation.start_mediation(ctx, world.mediator, case.id)
    assert_last_move(world, case.id, move="start_mediation", from_stage="reopened",
                     to_stage="mediation", actor=world.mediator)
    referred = _referred(world)
    followup.reopen_case(ctx, world.coordinator, referred.id, reason="the court sent it back")
    refused(world, referred.id,
            lambda: mediation.start_mediation(ctx, world.mediator, referred.id),
            "screening_failed")


def test_reopen_from_follow_up_only_after_a_breach(world, clock):
    ctx = world.ctx
    case = case_at(world, Stage.FOLLOW_UP)
    first, second = case.follow_ups
    refused(world, case.id, lambda: followup.reopen_case(ctx, world.coordinator, case.id,
                                                         reason="complaint"),
            "reopen_needs_breach")
    followup.record_follow_up(ctx, world.mediator, first.id, result="complied")
    refused(world, case.id, lambda: followup.reopen_case(ctx, world.coordinator, case.id,
                                                         reason="complaint"),
            "reopen_needs_breach")
    followup.record_follow_up(ctx, world.mediator, second.id, result="breached",
                              note="the wall was moved again")
    refused(world, case.id, lambda: followup.reopen_case(ctx, world.coordinator, case.id,
                                                         reason="   "),
            "reopen_reason")
    at = clock.tick()
    followup.reopen_case(ctx, world.coordinator, case.id, reason="breach at the 90-day check")
    assert_last_move(world, case.id, move="reopen", from_stage="follow_up", to_stage="reopened",
                     actor=world.coordinator, at=at, reason="breach at the 90-day check")


def test_return_to_mediation_and_draft_again(world):
    ctx = world.ctx
    case = case_at(world, Stage.AGREEMENT_DRAFTED)
    agreements.return_to_mediation(ctx, world.mediator, case.id,
                                   reason="the respondent wants a payment date")
    assert_last_move(world, case.id, move="return_to_mediation", from_stage="agreement_drafted",
                     to_stage="mediation", actor=world.mediator,
                     reason="the respondent wants a payment date")
    a = view(world, case.id).agreement
    assert a is not None and a.status == "draft"
    agreements.add_clause(ctx, world.mediator, a.id, version=a.version, library_code="apology",
                          params={"party_a": "أحمد", "party_b": "علي"})
    agreements.finish_draft(ctx, world.mediator, case.id)
    assert_last_move(world, case.id, move="draft_agreement", from_stage="mediation",
                     to_stage="agreement_drafted", actor=world.mediator)


# ---------------------------------------------------------------- refusals

def test_at_intake_only_a_complete_case_is_sent_to_screening(world):
    draft = intake.create_case(world.ctx, world.officer, forum_id=world.forum_id)
    err = refused(world, draft.id,
                  lambda: intake.submit_for_screening(world.ctx, world.officer, draft.id),
                  "intake_complete")
    assert [r.rule for r in err.details] == ["intake_complete", "two_parties"]
    # The fields are named as the form names them, not by their codes.
    assert "Category, Description, How the case came" in str(err)
    lone = new_case(world, parties=1)
    refused(world, lone.id,
            lambda: intake.submit_for_screening(world.ctx, world.officer, lone.id),
            "two_parties")
    # Moves that do not start from intake name the stage rule (to the case's mediator:
    # anyone else's move is refused for scope before any rule of the stage).
    ctx = world.ctx
    mediation.assign_mediator(ctx, world.coordinator, lone.id, world.mediator.user_id)
    for call in (lambda: mediation.start_mediation(ctx, world.mediator, lone.id),
                 lambda: agreements.finish_draft(ctx, world.mediator, lone.id),
                 lambda: agreements.mark_signed(ctx, world.officer, lone.id),
                 lambda: agreements.start_follow_up(ctx, world.mediator, lone.id),
                 lambda: followup.reopen_case(ctx, world.coordinator, lone.id, reason="x"),
                 lambda: followup.rescreen(ctx, world.officer, lone.id),
                 lambda: agreements.return_to_mediation(ctx, world.mediator, lone.id,
                                                        reason="x")):
        refused(world, lone.id, call, "stage")


def test_start_mediation_needs_a_passed_approved_screening_and_consent(world):
    ctx = world.ctx

    def start(case_id: int) -> object:
        return mediation.start_mediation(ctx, world.mediator, case_id)

    unscreened = case_at(world, Stage.SCREENING)
    for p in unscreened.parties:
        intake.record_consent(ctx, world.officer, p.id, consent=True)
    mediation.assign_mediator(ctx, world.coordinator, unscreened.id, world.mediator.user_id)
    refused(world, unscreened.id, lambda: start(unscreened.id), "screening_required")

    failed, _ = screened(world, answers={**CLEAN_ANSWERS, "coercion_or_imbalance": True})
    refused(world, failed.id, lambda: start(failed.id), "screening_failed")

    unapproved, _ = screened(world, approve=False)
    refused(world, unapproved.id, lambda: start(unapproved.id), "screening_approval")
    # The same reason is what the screen shows next to the move.
    options = {o.move: o for o in cases.move_options(ctx, world.mediator, unapproved.id)}
    assert not options[Move.START_MEDIATION].allowed
    assert any("approved by a coordinator" in str(r)
               for r in options[Move.START_MEDIATION].reasons)

    half, _ = screened(world, consent=False)
    intake.record_consent(ctx, world.officer, half.parties[0].id, consent=True)
    err = refused(world, half.id, lambda: start(half.id), "consent")
    assert half.parties[1].name in str(err) and half.parties[0].name not in str(err)
    # Consent withdrawn after it was given counts as no consent.
    ok, _ = screened(world)
    intake.record_consent(ctx, world.officer, ok.parties[1].id, consent=False)
    refused(world, ok.id, lambda: start(ok.id), "consent")
    intake.record_consent(ctx, world.officer, ok.parties[1].id, consent=True)
    options = {o.move: o for o in cases.move_options(ctx, world.mediator, ok.id)}
    assert options[Move.START_MEDIATION].allowed
    start(ok.id)
    assert view(world, ok.id).stage == "mediation"


def test_a_must_refer_category_is_never_mediated_even_with_clean_answers(world):
    case, s = screened(world, category="homicide", answers=CLEAN_ANSWERS)
    assert s.decision == "refer" and s.red_flags == ("category",)
    refused(world, case.id, lambda: mediation.start_mediation(world.ctx, world.coordinator,
                                                              case.id),
            "screening_failed")
    # The checklist cannot be talked round: a new clean screening says the same.
    s2 = screening.record_screening(world.ctx, world.officer, case.id, answers=CLEAN_ANSWERS)
    screening.approve_screening(world.ctx, world.coordinator, s2.id)
    assert s2.decision == "refer"
    refused(world, case.id, lambda: mediation.start_mediation(world.ctx, world.coordinator,
                                                              case.id),
            "screening_failed")


def _sign_everyone(world, case_id: int, *, skip: int = 0) -> None:  # type: ignore[no-untyped-def]
    a = view(world, case_id).agreement
    for sig in a.signatories[skip:]:
        agreements.record_signature(world.ctx, world.officer, sig.id)


def test_mark_signed_needs_a_current_print_and_every_signature(world):
    ctx = world.ctx
    unprinted = case_at(world, Stage.AGREEMENT_DRAFTED)
    _sign_everyone(world, unprinted.id)
    refused(world, unprinted.id,
            lambda: agreements.mark_signed(ctx, world.officer, unprinted.id),
            "agreement_printed")

    other = case_at(world, Stage.AGREEMENT_DRAFTED)
    agreements.record_print(ctx, world.officer, other.agreement.id)
    _sign_everyone(world, other.id, skip=1)
    err = refused(world, other.id,
                  lambda: agreements.mark_signed(ctx, world.officer, other.id),
                  "all_signatories")
    assert other.agreement.signatories[0].name in str(err)

    # A print made before a later clause change does not count.
    case = case_at(world, Stage.AGREEMENT_DRAFTED)
    a = agreements.record_print(ctx, world.officer, case.agreement.id)
    printed = a.printed_digest
    assert printed == a.content_digest
    a = agreements.add_clause(ctx, world.mediator, a.id, version=a.version,
                              library_code="no_threats")
    assert a.printed_digest == printed != a.content_digest
    _sign_everyone(world, case.id)
    refused(world, case.id, lambda: agreements.mark_signed(ctx, world.officer, case.id),
            "agreement_printed")
    # A copy made from the old content does not count; printing it as it is now does.
    with pytest.raises(MoveRefused) as info:
        agreements.record_print(ctx, world.officer, a.id, digest=printed)
    assert info.value.rule == "print_stale"
    a = agreements.record_print(ctx, world.officer, a.id, digest=a.content_digest)
    # The signatures were given on the old paper: the new one must be signed again.
    assert all(sig.signed_at is None for sig in a.signatories)
    refused(world, case.id, lambda: agreements.mark_signed(ctx, world.officer, case.id),
            "all_signatories")
    _sign_everyone(world, case.id)
    v = agreements.mark_signed(ctx, world.officer, case.id)
    assert v.stage == "signed" and v.agreement.status == "signed"
    assert v.agreement.printed_digest == v.agreement.content_digest


def test_a_signed_agreement_is_locked_but_can_be_amended(world):
    ctx, med = world.ctx, world.mediator
    case = case_at(world, Stage.SIGNED)
    a = case.agreement
    assert a.status == "signed"
    party = case.parties[0]
    attempts = [
        lambda: agreements.add_clause(ctx, med, a.id, version=a.version,
                                      library_code="no_threats"),
        lambda: agreements.set_compensation(ctx, med, a.id, version=a.version,
                                            amount_iqd=500_000),
        lambda: agreements.add_signatory(ctx, med, a.id, version=a.version, role="witness",
                                         name="شاهد"),
        lambda: agreements.record_signature(ctx, world.officer, a.signatories[0].id,
                                            signed=False),
    ]
    for attempt in attempts:
        refused(world, case.id, attempt, "agreement_locked", AgreementLocked)
    # Signed is followed up, not closed; follow-up needs its checks scheduled.
    refused(world, case.id, lambda: followup.close_case(ctx, world.coordinator, case.id,
                                                        reason="unreachable"),
            "stage")
    refused(world, case.id, lambda: agreements.start_follow_up(ctx, med, case.id),
            "follow_ups_scheduled")
    refused(world, case.id, lambda: intake.add_party(ctx, world.officer, case.id,
                                                     kind="family", name="آل فلان"),
            "agreement_locked")
    original = a.clauses[0]
    new_text = {"ar": "يلتزم الطرفان بعدم البناء على الحد المشترك.",
                "en": "Neither party shall build on the common boundary."}
    amended = agreements.amend(ctx, med, a.id, version=a.version,
                               reason="the parties agreed a change at the 30-day check",
                               add_clauses=[new_text], supersede_clause_ids=[original.id])
    assert amended.status == "signed"
    kept = next(c for c in amended.clauses if c.id == original.id)
    assert kept.superseded and kept.texts == original.texts
    added = [c for c in amended.clauses if not c.superseded]
    assert [c.texts["ar"] for c in added] == [new_text["ar"]]
    assert added[0].position == max(c.position for c in a.clauses) + 1
    assert [(x.seq, x.reason) for x in amended.amendments] == [
        (1, "the parties agreed a change at the 30-day check")]
    assert amended.version > a.version
    ev = [e for e in case_events(world, case.id) if e.action == "agreement.amend"]
    assert len(ev) == 1 and json.loads(ev[0].after)["superseded"] == [original.id]
    assert view(world, case.id).stage == "signed"
    assert party.id == view(world, case.id).parties[0].id


def test_a_clause_offering_a_person_is_refused_and_nothing_is_written(world):
    ctx = world.ctx
    case = case_at(world, Stage.MEDIATION)
    a = agreements.create_agreement(ctx, world.mediator, case.id, languages="ar+en")
    for texts in (
        {"ar": "يزوج المشتكى عليه ابنته إلى عائلة المشتكي تعويضاً عن الضرر",
         "en": "The respondent gives his daughter in marriage to the complainant's family"},
        {"ar": "تُعطى فصليّة لعائلة المشتكي", "en": "A woman is handed over as fasliya"},
    ):
        err = refused(world, case.id,
                      lambda texts=texts: agreements.add_clause(ctx, world.mediator, a.id,
                                                                version=a.version, texts=texts),
                      "person_as_compensation", ClauseRefused)
        assert err.field is not None and err.field.startswith("clause.")
    after = agreements.get_agreement(ctx, world.mediator, a.id)
    assert after.clauses == () and after.version == a.version
    with world.ctx.reading() as uow:
        assert uow.session.scalar(select(func.count()).select_from(m.AgreementClause)) == 0
    # With no acceptable clause, there is no draft to accept.
    refused(world, case.id, lambda: agreements.finish_draft(ctx, world.mediator, case.id),
            "agreement_clauses")


def test_closure_reasons_must_fit_the_case(world):
    by_stage = {stage: case_at(world, stage)
                for stage in (Stage.INTAKE, Stage.MEDIATION, Stage.FOLLOW_UP)}
    for stage, reason in ((Stage.MEDIATION, "resolved_fully"), (Stage.MEDIATION, "referred"),
                          (Stage.INTAKE, "no_agreement"), (Stage.INTAKE, "resolved_partly"),
                          (Stage.FOLLOW_UP, "withdrawn"), (Stage.FOLLOW_UP, "no_agreement")):
        case_id = by_stage[stage].id
        refused(world, case_id,
                lambda case_id=case_id, reason=reason: followup.close_case(
                    world.ctx, world.coordinator, case_id, reason=reason),
                "closure_reason_stage")
    # Resolution is claimed only once every follow-up is done and none found a breach.
    ctx = world.ctx
    case = by_stage[Stage.FOLLOW_UP]
    first, second = case.follow_ups
    refused(world, case.id, lambda: followup.close_case(ctx, world.coordinator, case.id,
                                                        reason="resolved_fully"),
            "follow_ups_pending")
    followup.record_follow_up(ctx, world.mediator, first.id, result="complied")
    followup.record_follow_up(ctx, world.mediator, second.id, result="breached")
    refused(world, case.id, lambda: followup.close_case(ctx, world.coordinator, case.id,
                                                        reason="resolved_fully"),
            "resolved_with_breach")
    followup.close_case(ctx, world.coordinator, case.id, reason="resolved_partly",
                        note="the wall was moved back after the breach")
    assert_last_move(world, case.id, move="close", from_stage="follow_up", to_stage="closed",
                     actor=world.coordinator, reason="the wall was moved back after the breach")
    assert view(world, case.id).closure_reason == "resolved_partly"


def test_only_closed_cases_are_archived(world):
    ctx = world.ctx
    open_case = case_at(world, Stage.MEDIATION)
    refused(world, open_case.id, lambda: followup.archive_case(ctx, world.coordinator,
                                                               open_case.id),
            "archive_open")
    done = _withdrawn(world)
    events_before = len(case_events(world, done.id))
    v = followup.archive_case(ctx, world.coordinator, done.id)
    assert v.archived and v.stage == "withdrawn"
    assert len(case_events(world, done.id)) == events_before + 1
    listed = {c.id for c in cases.list_cases(ctx, world.coordinator)}
    assert open_case.id in listed and done.id not in listed
    assert done.id in {c.id for c in cases.list_cases(ctx, world.coordinator,
                                                       include_archived=True)}
    # A closed or archived case is not edited.
    refused(world, done.id, lambda: intake.update_case(ctx, world.officer, done.id,
                                                       version=v.version, request="x"),
            "closed")
