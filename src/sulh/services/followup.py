"""Follow-up after signing, closing, reopening and archiving cases."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select

from sulh.db import models as m
from sulh.domain.dates import check_date
from sulh.domain.errors import MoveRefused, ValidationError
from sulh.domain.roles import Action
from sulh.domain.text import clean_text
from sulh.domain.workflow import Move, Stage
from sulh.i18n import QT_TRANSLATE_NOOP, msg
from sulh.services import records, scope
from sulh.services._common import case_view, check_version, get, get_case, log, run_move
from sulh.services.audit import snapshot
from sulh.services.context import Actor, ServiceContext

RESULTS = ("complied", "partly", "breached")
DEFAULT_CHECK_DAYS = (30, 90)


def _view(f: m.FollowUp) -> records.FollowUpView:
    return records.FollowUpView(f.id, f.due_on, f.done_on, f.result, f.instalment_paid, f.note,
                                f.version)


def schedule_follow_ups(ctx: ServiceContext, actor: Actor, case_id: int, *,
                        days: Iterable[int] = DEFAULT_CHECK_DAYS,
                        start: dt.date | None = None) -> list[records.FollowUpView]:
    """Checks on set days after signing (30 and 90 by default)."""
    actor.require(Action.RECORD_FOLLOW_UP)
    if start is not None:
        check_date(start, "start", today=ctx.today())
    given = list(days)
    if not given or any(not isinstance(d, int) or isinstance(d, bool) or d <= 0 or d > 3650
                        for d in given):
        raise ValidationError(msg(QT_TRANSLATE_NOOP("FollowUp", "Follow-up days are between 1 and 3650.")),
                              field="days")
    offsets = sorted(set(given))
    with ctx.writing() as uow:
        s = uow.session
        case = scope.require_work(actor, get_case(s, case_id))
        if case.stage not in (Stage.SIGNED.value, Stage.FOLLOW_UP.value):
            raise MoveRefused(msg(QT_TRANSLATE_NOOP("Rule", "Follow-ups are scheduled once the agreement is "
                                             "signed.")), rule="stage")
        base = start or ctx.today()
        out = []
        for d in offsets:
            row = m.FollowUp(case_id=case.id, due_on=base + dt.timedelta(days=d))
            s.add(row)
            s.flush()
            log(s, ctx, actor, "follow_up.schedule", "follow_up", row.id, case_id=case.id,
                after=snapshot(row))
            out.append(_view(row))
        uow.commit()
        return out


def record_follow_up(ctx: ServiceContext, actor: Actor, follow_up_id: int, *, result: str,
                     done_on: dt.date | None = None, instalment_paid: bool | None = None,
                     note: str = "", version: int | None = None) -> records.FollowUpView:
    """Record a check: complied, partly complied or breached.  A breach lets a
    coordinator reopen the case."""
    actor.require(Action.RECORD_FOLLOW_UP)
    if result not in RESULTS:
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "Choose from the list.")), field="result")
    note = clean_text(note, "note", max_length=5000, multiline=True)
    done_on = check_date(done_on or ctx.today(), "done_on")
    if done_on > ctx.today():
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "The date cannot be in the future.")),
                              field="done_on")
    with ctx.writing() as uow:
        s = uow.session
        row: m.FollowUp = get(s, m.FollowUp, follow_up_id, "follow-up")
        case = scope.require_work(actor, get_case(s, row.case_id))
        check_version(row, version, _view(row))
        if case.stage != Stage.FOLLOW_UP.value:
            raise MoveRefused(msg(QT_TRANSLATE_NOOP("Rule", "Follow-ups are recorded while the case is in "
                                             "follow-up.")), rule="stage")
        before = snapshot(row)
        row.result, row.done_on, row.instalment_paid, row.note = (result, done_on,
                                                                  instalment_paid, note)
        row.recorded_by = actor.user_id
        s.flush()
        log(s, ctx, actor, "follow_up.record", "follow_up", row.id, case_id=case.id,
            before=before, after=snapshot(row))
        view = _view(row)
        uow.commit()
        return view


def record_instalment_paid(ctx: ServiceContext, actor: Actor, instalment_id: int, *,
                           paid_on: dt.date | None = None) -> None:
    actor.require(Action.RECORD_FOLLOW_UP)
    if paid_on is not None:
        check_date(paid_on, "paid_on", today=ctx.today(), future=False)
    with ctx.writing() as uow:
        s = uow.session
        row: m.Instalment = get(s, m.Instalment, instalment_id, "instalment")
        agreement: m.Agreement = get(s, m.Agreement, row.agreement_id, "agreement")
        scope.require_work(actor, get_case(s, agreement.case_id))
        row.paid_on = paid_on or ctx.today()
        log(s, ctx, actor, "instalment.paid", "instalment", row.id, case_id=agreement.case_id,
            after={"paid_on": row.paid_on})
        uow.commit()


def close_case(ctx: ServiceContext, actor: Actor, case_id: int, *, reason: str, note: str = "",
               version: int | None = None) -> records.CaseView:
    actor.require(Action.CLOSE_CASE)
    if not isinstance(reason, str) or not reason:
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "Choose a closure reason.")),
                              field="reason")
    note = clean_text(note, "note", max_length=5000, multiline=True)
    # The reason is a shipped one or one this installation added (services._common.closure_of).
    return run_move(ctx, actor, case_id, Move.CLOSE, version=version, reason=note,
                    closure_code=reason)


def reopen_case(ctx: ServiceContext, actor: Actor, case_id: int, *, reason: str,
                version: int | None = None) -> records.CaseView:
    actor.require(Action.REOPEN_CASE)
    reason = clean_text(reason, "reason", max_length=5000, multiline=True)
    return run_move(ctx, actor, case_id, Move.REOPEN, version=version, reason=reason)


def rescreen(ctx: ServiceContext, actor: Actor, case_id: int) -> records.CaseView:
    actor.require(Action.RECORD_SCREENING)
    return run_move(ctx, actor, case_id, Move.RESCREEN)


def archive_case(ctx: ServiceContext, actor: Actor, case_id: int) -> records.CaseView:
    """Archive a finished case: it leaves the working lists but is never deleted."""
    actor.require(Action.ARCHIVE_CASE)
    with ctx.writing() as uow:
        s = uow.session
        case = scope.require_work(actor, get_case(s, case_id))
        if case.stage not in (Stage.CLOSED.value, Stage.WITHDRAWN.value):
            raise MoveRefused(msg(QT_TRANSLATE_NOOP("Rule", "Only a closed case is archived.")),
                              rule="archive_open")
        case.archived = True
        s.flush()
        log(s, ctx, actor, "case.archive", "case", case.id, case_id=case.id,
            after={"archived": True})
        view = case_view(s, case, full=False)
        uow.commit()
        return view


def due_follow_ups(ctx: ServiceContext, actor: Actor, *, until: dt.date | None = None
                   ) -> list[tuple[str, records.FollowUpView]]:
    """Follow-ups not yet done and due by `until` (today by default), oldest first.

    Only cases in follow-up: a check left undone on a case closed or reopened since
    cannot be recorded any more (`record_follow_up` refuses it).
    """
    actor.require(Action.VIEW_CASES)
    until = until or ctx.today()
    with ctx.reading() as uow:
        rows = uow.session.execute(
            select(m.Case.number, m.FollowUp).join(m.Case, m.Case.id == m.FollowUp.case_id)
            .where(m.FollowUp.done_on.is_(None), m.FollowUp.due_on <= until,
                   m.Case.stage == Stage.FOLLOW_UP.value, scope.visible_cases(actor))
            .order_by(m.FollowUp.due_on)).all()
        return [(number, _view(f)) for number, f in rows]
