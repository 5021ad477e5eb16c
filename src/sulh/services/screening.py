"""Screening before any mediation, and referral of what the forum must not mediate."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from sulh.db import models as m
from sulh.domain import screening as rules
from sulh.domain.dates import check_date
from sulh.domain.errors import MoveRefused, ValidationError
from sulh.domain.reference import is_active
from sulh.domain.roles import Action
from sulh.domain.text import clean_text
from sulh.domain.workflow import Move, Stage
from sulh.i18n import QT_TRANSLATE_NOOP, msg
from sulh.services import records, scope
from sulh.services._common import (
    case_view,
    check_version,
    get,
    get_case,
    latest_screening,
    log,
    move_case,
)
from sulh.services.audit import snapshot
from sulh.services.context import Actor, ServiceContext
from sulh.services.reference_data import reference_in, reference_now

REFERRAL_OUTCOMES = ("pending", "accepted", "declined", "resolved", "unknown")


def _screening_view(s: m.Screening) -> records.ScreeningView:
    return records.ScreeningView(s.id, dict(s.answers), s.decision, tuple(s.red_flags), s.notes,
                                 s.recorded_by, s.recorded_at, s.approved_by, s.approved_at,
                                 s.version)


def record_screening(ctx: ServiceContext, actor: Actor, case_id: int, *,
                     answers: Mapping[str, bool | None], notes: str = ""
                     ) -> records.ScreeningView:
    """Record the checklist; the decision follows from the answers and the category."""
    actor.require(Action.RECORD_SCREENING)
    notes = clean_text(notes, "notes", max_length=5000, multiline=True)
    with ctx.writing() as uow:
        s = uow.session
        case = scope.require_work(actor, get_case(s, case_id))
        if case.stage != Stage.SCREENING.value:
            raise MoveRefused(msg(QT_TRANSLATE_NOOP("Rule", "Screening is recorded while the case is at the "
                                             "screening stage.")), rule="stage")
        result = rules.evaluate(answers, category_must_refer=reference_in(s).must_refer(
            case.category))
        row = m.Screening(case_id=case.id, answers=dict(answers), decision=result.decision.value,
                          red_flags=list(result.red_flags), notes=notes,
                          recorded_by=actor.user_id, recorded_at=ctx.now())
        s.add(row)
        s.flush()
        log(s, ctx, actor, "screening.record", "screening", row.id, case_id=case.id,
            after=snapshot(row))
        view = _screening_view(row)
        uow.commit()
        return view


def approve_screening(ctx: ServiceContext, actor: Actor, screening_id: int, *,
                      version: int | None = None) -> records.ScreeningView:
    actor.require(Action.APPROVE_SCREENING)
    with ctx.writing() as uow:
        s = uow.session
        row: m.Screening = get(s, m.Screening, screening_id, "screening")
        scope.require_work(actor, get_case(s, row.case_id))
        check_version(row, version, _screening_view(row))
        latest = latest_screening(s, row.case_id)
        if latest is None or latest.id != row.id:
            raise MoveRefused(msg(QT_TRANSLATE_NOOP("Rule", "Only the latest screening can be approved.")),
                              rule="latest_screening")
        row.approved_by = actor.user_id
        row.approved_at = ctx.now()
        s.flush()
        log(s, ctx, actor, "screening.approve", "screening", row.id, case_id=row.case_id,
            after={"approved_by": actor.user_id})
        view = _screening_view(row)
        uow.commit()
        return view


def _referral_view(r: m.Referral) -> records.ReferralView:
    return records.ReferralView(r.id, r.destination, r.reason, r.consent, r.referred_on,
                                r.outcome, r.outcome_note, r.outcome_on, r.version)


def refer_case(ctx: ServiceContext, actor: Actor, case_id: int, *, destination: str,
               reason: str, consent: bool, referred_on: dt.date | None = None
               ) -> records.CaseView:
    """Refer the dispute to a court, the police, a protection service or legal aid.

    Consent records whether the person referred agreed to it; a referral to
    protection services may be made without it when someone is in danger.
    """
    actor.require(Action.REFER)
    destinations = reference_now(ctx).referral_destinations
    if destination not in destinations or not is_active(destinations[destination]):
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "Choose a value from the list.")),
                              field="destination")
    reason = clean_text(reason, "reason", max_length=5000, required=True, multiline=True)
    if not isinstance(consent, bool):
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "Answer yes or no.")), field="consent")
    referred_on = check_date(referred_on or ctx.today(), "referred_on")
    if referred_on > ctx.today():
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "The date cannot be in the future.")),
                              field="referred_on")
    with ctx.writing() as uow:
        s = uow.session
        case = scope.require_work(actor, get_case(s, case_id))
        row = m.Referral(case_id=case.id, destination=destination, reason=reason,
                         consent=consent, referred_on=referred_on, referred_by=actor.user_id)
        s.add(row)
        s.flush()
        log(s, ctx, actor, "referral.create", "referral", row.id, case_id=case.id,
            after=snapshot(row))
        move_case(s, ctx, actor, case, Move.REFER, reason=reason)
        s.flush()
        view = case_view(s, case)
        uow.commit()
        return view


def record_referral_outcome(ctx: ServiceContext, actor: Actor, referral_id: int, *,
                            outcome: str, note: str = "", on: dt.date | None = None,
                            version: int | None = None) -> records.ReferralView:
    actor.require(Action.REFER)
    if outcome not in REFERRAL_OUTCOMES:
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "Choose a value from the list.")), field="outcome")
    note = clean_text(note, "note", max_length=5000, multiline=True)
    if on is not None:
        check_date(on, "on", today=ctx.today(), future=False)
    with ctx.writing() as uow:
        s = uow.session
        row: m.Referral = get(s, m.Referral, referral_id, "referral")
        scope.require_work(actor, get_case(s, row.case_id))
        check_version(row, version, _referral_view(row))
        before = {"outcome": row.outcome, "outcome_note": row.outcome_note}
        row.outcome, row.outcome_note, row.outcome_on = outcome, note, on or ctx.today()
        s.flush()
        log(s, ctx, actor, "referral.outcome", "referral", row.id, case_id=row.case_id,
            before=before, after={"outcome": outcome, "outcome_note": note})
        view = _referral_view(row)
        uow.commit()
        return view
