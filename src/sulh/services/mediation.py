"""Mediation: mediators, sessions (with no-shows), and truces (عطوة)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select

from sulh.db import models as m
from sulh.domain.dates import check_date
from sulh.domain.errors import MoveRefused, ValidationError
from sulh.domain.roles import Action, Role
from sulh.domain.text import clean_text
from sulh.domain.workflow import Move, Stage
from sulh.i18n import QT_TRANSLATE_NOOP, msg
from sulh.services import records, scope
from sulh.services._common import case_view, check_version, get, get_case, log, run_move
from sulh.services.audit import snapshot
from sulh.services.context import Actor, ServiceContext

SESSION_KINDS = ("joint", "separate")
SESSION_OUTCOMES = ("progress", "agreement_reached", "no_agreement", "postponed", "no_show")
_ACTIVE = {Stage.MEDIATION.value, Stage.AGREEMENT_DRAFTED.value}


def assign_mediator(ctx: ServiceContext, actor: Actor, case_id: int, user_id: int
                    ) -> records.CaseView:
    actor.require(Action.ASSIGN_MEDIATOR)
    with ctx.writing() as uow:
        s = uow.session
        case = scope.require_work(actor, get_case(s, case_id))
        user: m.User = get(s, m.User, user_id, "user")
        if user.role not in (Role.MEDIATOR.value, Role.COORDINATOR.value) or not user.active:
            raise ValidationError(msg(QT_TRANSLATE_NOOP("Mediation", "Only an active mediator or coordinator "
                                                      "can mediate.")), field="user_id")
        if not any(x.user_id == user_id and x.active for x in case.mediators):
            row = m.CaseMediator(case_id=case.id, user_id=user_id, assigned_at=ctx.now())
            s.add(row)
            s.flush()
            s.refresh(case)
            log(s, ctx, actor, "case.assign_mediator", "case", case.id, case_id=case.id,
                after={"mediator": user_id})
        view = case_view(s, case, full=False)
        uow.commit()
        return view


def start_mediation(ctx: ServiceContext, actor: Actor, case_id: int, *,
                    version: int | None = None) -> records.CaseView:
    actor.require(Action.START_MEDIATION)
    return run_move(ctx, actor, case_id, Move.START_MEDIATION, version=version)


def _session_view(x: m.MediationSession) -> records.SessionView:
    return records.SessionView(
        x.id, x.held_on, x.place, x.kind, x.summary, x.outcome, x.next_date,
        tuple(a.party_id for a in x.attendance if a.party_id and not a.attended),
        tuple(a.party_id for a in x.attendance if a.party_id and a.attended),
        tuple(a.user_id for a in x.attendance if a.user_id), x.version)


def record_session(ctx: ServiceContext, actor: Actor, case_id: int, *, held_on: dt.date,
                   kind: str, outcome: str, present_party_ids: Iterable[int] = (),
                   mediator_ids: Iterable[int] = (), place: str = "", summary: str = "",
                   next_date: dt.date | None = None) -> records.SessionView:
    """Record a session; every party of the case not listed as present is a no-show."""
    actor.require(Action.RECORD_SESSION)
    place = clean_text(place, "place", max_length=200)
    summary = clean_text(summary, "summary", max_length=20_000, multiline=True)
    check_date(held_on, "held_on")
    if next_date is not None:
        check_date(next_date, "next_date", today=ctx.today())
    if kind not in SESSION_KINDS:
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "Choose from the list.")), field="kind")
    if outcome not in SESSION_OUTCOMES:
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "Choose from the list.")), field="outcome")
    if held_on > ctx.today():
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "A session is recorded after it is held; the "
                                              "date cannot be in the future.")),
                              field="held_on")
    if next_date is not None and next_date <= held_on:
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "The next session must come after this one.")),
                              field="next_date")
    present = set(present_party_ids)
    with ctx.writing() as uow:
        s = uow.session
        case = scope.require_work(actor, get_case(s, case_id))
        if case.stage not in _ACTIVE:
            raise MoveRefused(msg(QT_TRANSLATE_NOOP("Rule", "Sessions are recorded while the case is in "
                                             "mediation.")), rule="stage")
        party_ids = {p.id for p in case.parties}
        if present - party_ids:
            raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "A party that is not in this case.")),
                                  field="present_party_ids")
        row = m.MediationSession(case_id=case.id, held_on=held_on, place=place, kind=kind,
                                 summary=summary, outcome=outcome, next_date=next_date,
                                 recorded_by=actor.user_id, recorded_at=ctx.now())
        s.add(row)
        s.flush()
        for pid in sorted(party_ids):
            s.add(m.SessionAttendance(session_id=row.id, party_id=pid, attended=pid in present))
        for uid in sorted(set(mediator_ids)):
            get(s, m.User, uid, "user")
            s.add(m.SessionAttendance(session_id=row.id, user_id=uid, attended=True))
        s.flush()
        s.refresh(row)
        log(s, ctx, actor, "session.create", "session", row.id, case_id=case.id,
            after={**snapshot(row), "present": sorted(present),
                   "absent": sorted(party_ids - present)})
        view = _session_view(row)
        uow.commit()
        return view


def record_truce(ctx: ServiceContext, actor: Actor, case_id: int, *, starts_on: dt.date,
                 expires_on: dt.date, guarantor: str = "", terms: str = ""
                 ) -> records.TruceView:
    actor.require(Action.RECORD_TRUCE)
    guarantor = clean_text(guarantor, "guarantor", max_length=300)
    terms = clean_text(terms, "terms", max_length=5000, multiline=True)
    check_date(starts_on, "starts_on", today=ctx.today())
    check_date(expires_on, "expires_on", today=ctx.today())
    if expires_on <= starts_on:
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "A truce must expire after it starts.")),
                              field="expires_on")
    with ctx.writing() as uow:
        s = uow.session
        case = scope.require_work(actor, get_case(s, case_id))
        if case.stage not in (_ACTIVE | {Stage.SCREENING.value, Stage.SIGNED.value,
                                         Stage.FOLLOW_UP.value, Stage.REOPENED.value}):
            raise MoveRefused(msg(QT_TRANSLATE_NOOP("Rule", "A truce is recorded for an open case.")),
                              rule="stage")
        row = m.Truce(case_id=case.id, starts_on=starts_on, expires_on=expires_on,
                      guarantor=guarantor, terms=terms, recorded_by=actor.user_id)
        s.add(row)
        s.flush()
        log(s, ctx, actor, "truce.create", "truce", row.id, case_id=case.id,
            after=snapshot(row))
        view = records.TruceView(row.id, row.starts_on, row.expires_on, row.guarantor,
                                 row.terms, row.version)
        uow.commit()
        return view


def update_session(ctx: ServiceContext, actor: Actor, session_id: int, *, version: int,
                   summary: str | None = None, next_date: dt.date | None = None
                   ) -> records.SessionView:
    actor.require(Action.RECORD_SESSION)
    with ctx.writing() as uow:
        s = uow.session
        row: m.MediationSession = get(s, m.MediationSession, session_id, "session")
        scope.require_work(actor, get_case(s, row.case_id))
        check_version(row, version, _session_view(row))
        before = {"summary": row.summary, "next_date": row.next_date}
        if summary is not None:
            row.summary = clean_text(summary, "summary", max_length=20_000, multiline=True)
        if next_date is not None:
            check_date(next_date, "next_date", today=ctx.today())
            if next_date <= row.held_on:
                raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "The next session must come after this "
                                                      "one.")), field="next_date")
            row.next_date = next_date
        s.flush()
        log(s, ctx, actor, "session.update", "session", row.id, case_id=row.case_id,
            before=before, after={"summary": row.summary, "next_date": row.next_date})
        view = _session_view(row)
        uow.commit()
        return view


def mediators_of(ctx: ServiceContext, case_id: int) -> list[int]:
    with ctx.reading() as uow:
        return list(uow.session.execute(select(m.CaseMediator.user_id).where(
            m.CaseMediator.case_id == case_id, m.CaseMediator.active)).scalars())
