"""Reading cases: one case with its timeline, lists, search, and what may be done next."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, or_, select

from sulh.db import models as m
from sulh.domain import workflow
from sulh.domain.errors import NotFound
from sulh.domain.numbering import parse_case_number
from sulh.domain.roles import Action, may
from sulh.domain.text import name_key, phone_key
from sulh.domain.workflow import ClosureReason, Move, Stage
from sulh.i18n import QT_TRANSLATE_NOOP, Message, msg
from sulh.services import records
from sulh.services._common import case_facts, case_view, get_case
from sulh.services.context import Actor, ServiceContext

#: The permission each stage move needs.
MOVE_PERMISSION: dict[Move, Action] = {
    Move.SUBMIT_FOR_SCREENING: Action.LOG_CASE,
    Move.START_MEDIATION: Action.START_MEDIATION,
    Move.REFER: Action.REFER,
    Move.DRAFT_AGREEMENT: Action.DRAFT_AGREEMENT,
    Move.RETURN_TO_MEDIATION: Action.DRAFT_AGREEMENT,
    Move.MARK_SIGNED: Action.MARK_SIGNED,
    Move.START_FOLLOW_UP: Action.RECORD_FOLLOW_UP,
    Move.CLOSE: Action.CLOSE_CASE,
    Move.REOPEN: Action.REOPEN_CASE,
    Move.RESCREEN: Action.RECORD_SCREENING,
}


def get_case_view(ctx: ServiceContext, actor: Actor, case_id: int) -> records.CaseView:
    actor.require(Action.VIEW_CASES)
    with ctx.reading() as uow:
        return case_view(uow.session, get_case(uow.session, case_id))


def find_case_id(ctx: ServiceContext, actor: Actor, number: str) -> int:
    actor.require(Action.VIEW_CASES)
    with ctx.reading() as uow:
        cid = uow.session.execute(select(m.Case.id).where(
            m.Case.number == number.strip().upper())).scalar_one_or_none()
        if cid is None:
            raise NotFound(msg(QT_TRANSLATE_NOOP("Error", "No case numbered {number}."), number=number))
        return int(cid)


@dataclass(frozen=True)
class MoveOption:
    move: Move
    allowed: bool
    reasons: tuple[Message, ...]     # why not, when not allowed


def move_options(ctx: ServiceContext, actor: Actor, case_id: int) -> list[MoveOption]:
    """Every move from the case's stage, with whether this user may make it now and why not."""
    actor.require(Action.VIEW_CASES)
    with ctx.reading() as uow:
        case = get_case(uow.session, case_id)
        facts = case_facts(uow.session, case)
    out = []
    for move in workflow.moves_from(facts.stage):
        reasons: list[Message] = []
        if not may(actor.role, MOVE_PERMISSION[move]):
            reasons.append(msg(QT_TRANSLATE_NOOP("Rule", "Your role may not do this.")))
        if move is Move.CLOSE:
            fitting = [r for r in ClosureReason if facts.stage in workflow.CLOSURE_FROM[r]]
            per_reason = [workflow.refusals(move, facts, closure_reason=r) for r in fitting]
            if fitting and all(per_reason):
                reasons += [f.message for f in per_reason[0]]
        else:
            found = workflow.refusals(move, facts, reason_text="-")
            # refer_case records the referral and moves in one step.
            reasons += [r.message for r in found
                        if not (move is Move.REFER and r.rule == "referral_recorded")]
        out.append(MoveOption(move, not reasons, tuple(reasons)))
    return out


def _summary_query() -> Select[m.Case, str | None]:
    first = (select(func.min(m.Party.name)).where(m.Party.case_id == m.Case.id,
                                                  m.Party.position == 1)
             .correlate(m.Case).scalar_subquery())
    return select(m.Case, first)


def _summaries(rows: Sequence[Any]) -> list[records.CaseSummary]:
    return [records.CaseSummary(c.id, c.number, c.forum_id, c.stage, c.intake_date, c.category,
                                c.governorate, first or "", c.archived) for c, first in rows]


@dataclass(frozen=True)
class CaseFilter:
    """What a case list shows; the GUI keeps one per view ("my cases", "follow-ups due" ...)."""

    stage: str | None = None
    forum_id: int | None = None
    category: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    mediator_id: int | None = None
    created_by: int | None = None
    follow_up_due_by: dt.date | None = None
    include_archived: bool = False


SORT_COLUMNS = {
    "number": (m.Case.number,),
    "intake_date": (m.Case.intake_date,),
    "stage": (m.Case.stage,),
    "category": (m.Case.category,),
    "governorate": (m.Case.governorate,),
}


def _filtered(q: Any, f: CaseFilter, actor: Actor) -> Any:
    if f.stage:
        q = q.where(m.Case.stage == Stage(f.stage).value)
    if f.forum_id:
        q = q.where(m.Case.forum_id == f.forum_id)
    if f.category:
        q = q.where(m.Case.category == f.category)
    if f.date_from:
        q = q.where(m.Case.intake_date >= f.date_from)
    if f.date_to:
        q = q.where(m.Case.intake_date <= f.date_to)
    if f.mediator_id:
        q = q.where(m.Case.id.in_(select(m.CaseMediator.case_id).where(
            m.CaseMediator.user_id == f.mediator_id, m.CaseMediator.active)))
    if f.created_by:
        q = q.where(m.Case.created_by == f.created_by)
    if f.follow_up_due_by:
        q = q.where(m.Case.stage == Stage.FOLLOW_UP.value, m.Case.id.in_(
            select(m.FollowUp.case_id).where(m.FollowUp.done_on.is_(None),
                                             m.FollowUp.due_on <= f.follow_up_due_by)))
    if not f.include_archived:
        q = q.where(m.Case.archived.is_(False))
    return q


def list_cases(ctx: ServiceContext, actor: Actor, *, stage: str | None = None,
               forum_id: int | None = None, category: str | None = None,
               date_from: dt.date | None = None, date_to: dt.date | None = None,
               mediator_id: int | None = None, include_archived: bool = False,
               limit: int = 100, after_id: int | None = None,
               filter: CaseFilter | None = None, sort: str | None = None,
               descending: bool = True, offset: int = 0) -> list[records.CaseSummary]:
    """Newest first by default, in pages: pass the last id seen as `after_id` (or an
    `offset` when sorting by another column) for the next page."""
    actor.require(Action.VIEW_CASES)
    f = filter or CaseFilter(stage=stage, forum_id=forum_id, category=category,
                             date_from=date_from, date_to=date_to, mediator_id=mediator_id,
                             include_archived=include_archived)
    q = _filtered(_summary_query(), f, actor)
    if sort is None:
        if after_id is not None:
            q = q.where(m.Case.id < after_id)
        q = q.order_by(m.Case.id.desc())
    else:
        columns = SORT_COLUMNS[sort]
        order = [c.desc() if descending else c.asc() for c in columns]
        q = q.order_by(*order, m.Case.id.desc() if descending else m.Case.id.asc())
        q = q.offset(offset)
    with ctx.reading() as uow:
        rows = uow.session.execute(q.limit(limit)).all()
        return _summaries(rows)


def count_matching(ctx: ServiceContext, actor: Actor, f: CaseFilter) -> int:
    actor.require(Action.VIEW_CASES)
    with ctx.reading() as uow:
        q = _filtered(select(func.count()).select_from(m.Case), f, actor)
        return int(uow.session.scalar(q) or 0)


def search_cases(ctx: ServiceContext, actor: Actor, text: str, *, limit: int = 50
                 ) -> list[records.CaseSummary]:
    """One box: a case number, a phone number, or a name however it was spelled."""
    actor.require(Action.VIEW_CASES)
    text = text.strip()
    if not text:
        return []
    conditions = []
    if parse_case_number(text):
        conditions.append(m.Case.number == text.upper())
    elif any(ch.isalpha() for ch in text):
        key = name_key(text)
        if key:
            people = select(m.Person.id).where(or_(m.Person.name_key == key,
                                                   m.Person.name_key.like(f"{key} %")))
            conditions.append(m.Case.id.in_(select(m.Party.case_id).where(
                or_(m.Party.person_id.in_(people), m.Party.id.in_(
                    select(m.Representative.party_id).where(
                        m.Representative.person_id.in_(people)))))))
        conditions.append(m.Case.number.like(f"%{text.upper()}%"))
    else:
        pkey = phone_key(text)
        if len(pkey) >= 7:
            people = select(m.Person.id).where(m.Person.phone_key == pkey)
            conditions.append(m.Case.id.in_(select(m.Party.case_id).where(
                m.Party.person_id.in_(people))))
        conditions.append(m.Case.number.like(f"%{text}%"))
    with ctx.reading() as uow:
        rows = uow.session.execute(_summary_query().where(or_(*conditions))
                                   .order_by(m.Case.id.desc()).limit(limit)).all()
        return _summaries(rows)


def count_cases(ctx: ServiceContext, actor: Actor) -> int:
    actor.require(Action.VIEW_CASES)
    with ctx.reading() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(m.Case)) or 0)
