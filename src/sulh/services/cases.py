"""Reading cases: one case with its timeline, lists, search, and what may be done next."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Select, func, select, text, tuple_
from sqlalchemy.orm import selectinload

from sulh.db import models as m
from sulh.db.engine import is_sqlite
from sulh.domain import workflow
from sulh.domain.errors import NotFound, PermissionDenied
from sulh.domain.numbering import parse_case_number
from sulh.domain.roles import Action, may
from sulh.domain.text import name_key, phone_key
from sulh.domain.workflow import ClosureReason, Move, Stage
from sulh.i18n import QT_TRANSLATE_NOOP, Message, msg
from sulh.services import records, scope
from sulh.services._common import case_facts, case_view, get_case
from sulh.services.context import Actor, ServiceContext
from sulh.services.figures import figure_condition
from sulh.services.forums import forum_view

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
        loaded = _load_case(uow.session, case_id)
        case = scope.require_view(actor, get_case(uow.session, case_id))
        view = scope.for_actor(actor, case, case_view(uow.session, case))
        del loaded
        return view


def _load_case(session: Any, case_id: int) -> list[Any]:
    """Read a case and everything its view shows in a few queries, one per kind of row,
    into the session: the view's own reads then find them there instead of loading each
    party's person, each session's attendance, each agreement's clauses one by one.
    The caller holds the rows returned while it reads (the session keeps them only as
    long as someone does)."""
    rows: list[Any] = list(session.execute(select(m.Case).where(m.Case.id == case_id).options(
        selectinload(m.Case.mediators),
        selectinload(m.Case.parties).selectinload(m.Party.person),
        selectinload(m.Case.parties).selectinload(m.Party.representatives)
        .selectinload(m.Representative.person))).scalars())
    rows += session.execute(select(m.MediationSession).where(
        m.MediationSession.case_id == case_id).options(
        selectinload(m.MediationSession.attendance))).scalars().all()
    rows += session.execute(select(m.Agreement).where(m.Agreement.case_id == case_id).options(
        selectinload(m.Agreement.clauses), selectinload(m.Agreement.instalments),
        selectinload(m.Agreement.signatories), selectinload(m.Agreement.amendments))
    ).scalars().all()
    return rows


def find_case_id(ctx: ServiceContext, actor: Actor, number: str) -> int:
    actor.require(Action.VIEW_CASES)
    with ctx.reading() as uow:
        cid = uow.session.execute(select(m.Case.id).where(
            m.Case.number == number.strip().upper())).scalar_one_or_none()
        if cid is None:
            raise NotFound(msg(QT_TRANSLATE_NOOP("Error", "No case numbered {number}."), number=number))
        scope.require_view(actor, get_case(uow.session, int(cid)))
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
        loaded = _load_case(uow.session, case_id)
        case = scope.require_view(actor, get_case(uow.session, case_id))
        options = _move_options(uow.session, actor, case)
        del loaded
        return options


@dataclass(frozen=True)
class OpenedCase:
    """What the case tab shows: the case, the moves offered, and who is who."""

    view: records.CaseView
    options: list[MoveOption]
    user_names: dict[int, str]
    forum: records.ForumView | None       # the case's forum, with its stations


def open_case(ctx: ServiceContext, actor: Actor, case_id: int) -> OpenedCase:
    """get_case_view, move_options, users.user_names and the case's forum in one unit of
    work, the case read once: the tab opens (and refreshes after every change) in one
    visit to the database instead of four."""
    actor.require(Action.VIEW_CASES)
    with ctx.reading() as uow:
        s = uow.session
        loaded = _load_case(s, case_id)
        case = scope.require_view(actor, get_case(s, case_id))
        view = scope.for_actor(actor, case, case_view(s, case))
        options = _move_options(s, actor, case)
        names = {int(uid): str(full or name) for uid, full, name in s.execute(
            select(m.User.id, m.User.full_name, m.User.username))}
        forum = s.get(m.Forum, case.forum_id) if case.forum_id is not None else None
        del loaded
        return OpenedCase(view, options, names, forum_view(forum) if forum else None)


def _move_options(session: Any, actor: Actor, case: m.Case) -> list[MoveOption]:
    facts = case_facts(session, case)
    out_of_scope = None
    try:
        scope.require_work(actor, case)
    except PermissionDenied as e:
        out_of_scope = e.message
    if not scope.shows_identities(actor, case):
        # The reasons name people (who has not consented, not signed).
        facts = replace(facts,
                        parties_without_consent=scope.masked_names(
                            facts.parties_without_consent),
                        unsigned_signatories=scope.masked_names(facts.unsigned_signatories))
    out = []
    for move in workflow.moves_from(facts.stage):
        reasons: list[Message] = []
        if not may(actor.role, MOVE_PERMISSION[move]):
            reasons.append(msg(QT_TRANSLATE_NOOP("Rule", "Your role may not do this.")))
        elif out_of_scope is not None:
            reasons.append(out_of_scope)
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


@functools.cache
def _summary_query() -> Select[Any]:
    # The list's columns only: a page of whole Case rows would load and convert every
    # description and note of the page for nothing.  Built once (statements are
    # immutable; each use adds its own conditions): building it cost more than a
    # lookup by case number takes in the database.
    first = (select(func.min(m.Party.name)).where(m.Party.case_id == m.Case.id,
                                                  m.Party.position == 1)
             .correlate(m.Case).scalar_subquery())
    return select(m.Case.id, m.Case.number, m.Case.forum_id, m.Case.stage, m.Case.intake_date,
                  m.Case.category, m.Case.governorate, first, m.Case.archived, m.Case.sensitive)


def _summaries(rows: Sequence[Any]) -> list[records.CaseSummary]:
    return [records.CaseSummary(cid, number, forum_id, stage, intake_date, category,
                                governorate, first or "", archived)
            for cid, number, forum_id, stage, intake_date, category, governorate, first,
            archived, _sensitive in rows]


def _shown(session: Any, actor: Actor, rows: Sequence[Any]) -> list[records.CaseSummary]:
    """The rows as this user is shown them: only a sensitive case can have its people
    masked, so only those few are looked up (a page of 200 ids in one IN list costs
    PostgreSQL more to plan than the page itself)."""
    summaries = _summaries(rows)
    sensitive = [s for s, row in zip(summaries, rows, strict=True) if row[-1]]
    if not sensitive:
        return summaries
    masked = {s.id: s for s in scope.mask_summaries(session, actor, sensitive)}
    return [masked.get(s.id, s) for s in summaries]


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
    # Statistics drill-downs (services.statistics): the cases behind a figure.
    governorate: str | None = None
    figure: tuple[str, str] | None = None     # (kind, value) of services.figures


SORT_COLUMNS = {
    "number": (m.Case.number,),
    "intake_date": (m.Case.intake_date,),
    "stage": (m.Case.stage,),
    "category": (m.Case.category,),
    "governorate": (m.Case.governorate,),
}


def _in_scope(q: Any, actor: Actor) -> Any:
    """Only the cases this user sees (services.scope, domain.roles.CASE_SCOPES): every
    list, count and search of cases goes through here."""
    return q.where(scope.visible_cases(actor))


def _filtered(q: Any, f: CaseFilter, actor: Actor) -> Any:
    q = _in_scope(q, actor)
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
        # EXISTS, not IN: the list then walks its order and stops at a page, where an IN
        # list of the mediator's every case is read and sorted whole first.
        q = q.where(select(m.CaseMediator.id).where(
            m.CaseMediator.case_id == m.Case.id, m.CaseMediator.user_id == f.mediator_id,
            m.CaseMediator.active).exists())
    if f.created_by:
        q = q.where(m.Case.created_by == f.created_by)
    if f.follow_up_due_by:
        q = q.where(m.Case.stage == Stage.FOLLOW_UP.value, m.Case.id.in_(
            select(m.FollowUp.case_id).where(m.FollowUp.done_on.is_(None),
                                             m.FollowUp.due_on <= f.follow_up_due_by)))
    if not f.include_archived:
        q = q.where(m.Case.archived.is_(False))
    # Statistics drill-downs.
    if f.governorate:
        q = q.where(m.Case.governorate == f.governorate)
    if f.figure:
        q = q.where(figure_condition(*f.figure))
    return q


def list_cases(ctx: ServiceContext, actor: Actor, *, stage: str | None = None,
               forum_id: int | None = None, category: str | None = None,
               date_from: dt.date | None = None, date_to: dt.date | None = None,
               mediator_id: int | None = None, include_archived: bool = False,
               limit: int = 100, after_id: int | None = None,
               filter: CaseFilter | None = None, sort: str | None = None,
               descending: bool = True, offset: int = 0,
               after: records.CaseSummary | None = None,
               before: records.CaseSummary | None = None,
               from_end: bool = False) -> list[records.CaseSummary]:
    """Newest first by default (`sort` names another column), in pages of `limit`.

    The next page: `after` = the last row shown (or `after_id` in the default order).
    The page before: `before` = the first row shown.  The last page: `from_end`.  Each is
    a range seek on a (sort column, id) index from that row -- as quick for the
    millionth row as for the first.  `offset` skips rows from the start (from the end
    with `from_end`): a jump into the middle, which reads past every row it skips.
    Rows come in list order whichever way they were read.
    """
    actor.require(Action.VIEW_CASES)
    f = filter or CaseFilter(stage=stage, forum_id=forum_id, category=category,
                             date_from=date_from, date_to=date_to, mediator_id=mediator_id,
                             include_archived=include_archived)
    q = _filtered(_summary_query(), f, actor)
    column = SORT_COLUMNS[sort][0] if sort is not None else None
    down = descending if sort is not None else True       # the list's order
    boundary: tuple[Any, int] | None = None
    if before is not None:
        down = not down
        boundary = (_key(before, sort), before.id)
    elif after is not None:
        boundary = (_key(after, sort), after.id)
    elif after_id is not None and sort is None:
        boundary = (after_id, after_id)
    if from_end and before is None:
        down = not down
    with ctx.reading() as uow:
        rows = _read(uow.session, q, column, down, boundary, offset, limit)
        if down != (descending if sort is not None else True):
            rows.reverse()
        return _shown(uow.session, actor, rows)


def _key(row: records.CaseSummary, sort: str | None) -> Any:
    return row.id if sort is None else getattr(row, sort)


def _segments(column: Any, down: bool, boundary: tuple[Any, int] | None
              ) -> list[tuple[list[Any], list[Any]]]:
    """The list read downwards or upwards from `boundary` (exclusive), as parts that
    each an index serves: (conditions, order).  NULLs sort below every value on both
    backends (SQLite's own order), as a part of their own: a row-value comparison with
    NULL is never true."""
    cid = m.Case.id

    def order(*cols: Any) -> list[Any]:
        return [c.desc() if down else c.asc() for c in cols]

    def past(cols: Sequence[Any], values: Sequence[Any]) -> Any:
        left, right = (cols[0], values[0]) if len(cols) == 1 else (tuple_(*cols),
                                                                   tuple_(*values))
        return left < right if down else left > right

    if column is None:
        return [([] if boundary is None else [past([cid], [boundary[1]])], order(cid))]
    # A unique column orders by itself; the others by (column, id).
    key = [column] if column.unique else [column, cid]
    value = None if boundary is None else boundary[0]
    values = [value] if column.unique else [value, boundary[1] if boundary else None]
    if not column.nullable:
        return [([] if boundary is None else [past(key, values)], order(*key))]
    valued = ([column.is_not(None)] + ([] if value is None else [past(key, values)]),
              order(*key))
    nulls = ([column.is_(None)] + ([past([cid], [boundary[1]])]
                                   if boundary is not None and value is None else []),
             order(cid))
    if down:            # values first, then the NULLs
        return ([valued] if boundary is None or value is not None else []) + [nulls]
    return [nulls] + [valued] if boundary is None or value is None else [valued]


def _read(session: Any, q: Any, column: Any, down: bool, boundary: tuple[Any, int] | None,
          offset: int, limit: int) -> list[Any]:
    rows: list[Any] = []
    for conditions, order in _segments(column, down, boundary):
        if len(rows) >= limit:
            break
        part = q.where(*conditions).order_by(*order)
        got = session.execute(part.offset(offset).limit(limit - len(rows))).all()
        if offset and not got:
            # The jump went past this part: skip its rows and go on in the next.
            offset -= int(session.scalar(select(func.count()).select_from(
                part.order_by(None).subquery())) or 0)
            offset = max(offset, 0)
            continue
        offset = 0
        rows += got
    return rows


def count_matching(ctx: ServiceContext, actor: Actor, f: CaseFilter) -> int:
    actor.require(Action.VIEW_CASES)
    with ctx.reading() as uow:
        q = _filtered(select(func.count()).select_from(m.Case), f, actor)
        return int(uow.session.scalar(q) or 0)


#: The most people a name search follows to their cases, the most recently recorded
#: first, and how many at a time: a name as common as "محمد" alone matches one person
#: in ten.
NAME_MATCHES = 2000
NAME_CHUNK = 400

#: The document the PostgreSQL name index is built over (revision 0005): a query must
#: use the same expression, or the index is not used.
PG_NAME_DOCUMENT = ("to_tsvector('simple'::regconfig, name_key || ' ' || "
                    "translate(lower(latin_name), 'êéèëâàäîïíôöóûüúçşğ', "
                    "'eeeeaaaiiiooouuucsg'))")

# What follows a forum code in a case number ("-2026-00042"), and any piece of that
# without letters ("01-2026", "2026-00042", "0042" ...).
_NUMBER_TAIL = re.compile(r"(-(\d{1,4}(-\d*)?)?)?")
_DIGITS_IN_NUMBER = re.compile(r"\d{0,2}-(?:\d{0,4}|\d{4}-\d*)|\d{0,4}-\d*|\d+")


def search_cases(ctx: ServiceContext, actor: Actor, text: str, *, limit: int = 50
                 ) -> list[records.CaseSummary]:
    """One box: a case number, a phone number, or a name however it was spelled.

    A name matches people with every word typed, in any order -- the last one, if that
    finds nobody, as the start of a longer word (canonical keys: domain.text.name_key),
    through an index (FTS5 on SQLite, a GIN text-search index on PostgreSQL).  Their
    cases come newest first, read for the most recently recorded people first,
    NAME_CHUNK people at a time until `limit` cases are found: a name as common as
    "صالح لطيف" matches two thousand people in a million cases, and the newest of their
    cases are among those of the people recorded last.
    """
    actor.require(Action.VIEW_CASES)
    text = text.strip()
    if not text:
        return []
    with ctx.reading() as uow:
        s = uow.session
        tokens: list[str] = []
        conditions: list[Any] = []        # each a list of its own, merged by id
        if parse_case_number(text):
            conditions.append(m.Case.number == text.upper())
        elif any(ch.isalpha() for ch in text):
            tokens = name_key(text).split()
            if _may_be_in_a_number(s, text.upper()):
                conditions.append(m.Case.number.like(f"%{text.upper()}%"))
        else:
            pkey = phone_key(text)
            if len(pkey) >= 7:
                people = select(m.Person.id).where(m.Person.phone_key == pkey)
                conditions.append(_known(actor, _cases_of(people, representatives=False)))
            if _may_be_in_a_number(s, text):
                conditions.append(m.Case.number.like(f"%{text}%"))
        found: dict[int, Any] = {}
        for condition in conditions:
            # Separately, not OR-ed: an OR with a pattern over a million numbers would
            # read every case.
            for row in s.execute(_in_scope(_summary_query(), actor).where(condition)
                                 .order_by(m.Case.id.desc()).limit(limit)):
                found[row[0]] = row
        if tokens:
            before: int | None = None
            # The last word whole, and only if that finds nobody as the start of a longer
            # one (typed so far): "لطيف" finds لطيف, "لطي" finds him and لطيفة.  A prefix
            # is the slower search on PostgreSQL's index.
            prefix = False
            for _ in range(NAME_MATCHES // NAME_CHUNK):
                people_ids = _people_named(s, tokens, before, prefix=prefix)
                if not people_ids and before is None and not prefix:
                    prefix = True
                    people_ids = _people_named(s, tokens, before, prefix=prefix)
                if not people_ids:
                    break
                condition = _known(actor, _cases_of(people_ids, representatives=True))
                for row in s.execute(_in_scope(_summary_query(), actor).where(condition)
                                     .order_by(m.Case.id.desc()).limit(limit)):
                    found[row[0]] = row
                if len(found) >= limit or len(people_ids) < NAME_CHUNK:
                    break
                before = people_ids[-1]
        rows = sorted(found.values(), key=lambda r: r[0], reverse=True)[:limit]
        return _shown(s, actor, rows)


def _known(actor: Actor, case_ids: Any) -> Any:
    """Cases found through their people: only those whose people this user may know of."""
    return m.Case.id.in_(case_ids) & scope.identities_shown(actor)


def _people_named(session: Any, tokens: Sequence[str], before: int | None, *,
                  prefix: bool) -> list[int]:
    """Up to NAME_CHUNK people whose canonical name has every token (the last one as the
    start of a word, with `prefix`), the most recently recorded first (ids below
    `before`, when given)."""
    below = "" if before is None else " AND {id} < :before"
    if is_sqlite(session.get_bind().engine):
        query = " ".join(f'"{t}"' for t in tokens) + ("*" if prefix else "")
        sql = ("SELECT rowid FROM person_names WHERE person_names MATCH :q"
               + below.format(id="rowid") + " ORDER BY rowid DESC LIMIT :n")
    else:
        query = " & ".join(f"'{t}'" for t in tokens) + (":*" if prefix else "")
        sql = (f"SELECT id FROM persons WHERE {PG_NAME_DOCUMENT} @@ to_tsquery('simple', :q)"
               + below.format(id="id") + " ORDER BY id DESC LIMIT :n")
    params: dict[str, Any] = {"q": query, "n": NAME_CHUNK}
    if before is not None:
        params["before"] = before
    return [int(r[0]) for r in session.execute(text(sql), params)]


def _cases_of(people: Any, *, representatives: bool) -> Any:
    """The cases in which these people (ids, or a one-column select) are a party, or
    represent one, as a subquery."""
    parties = select(m.Party.case_id).where(m.Party.person_id.in_(people))
    if not representatives:
        return parties
    return parties.union(select(m.Party.case_id).join(
        m.Representative, m.Representative.party_id == m.Party.id)
        .where(m.Representative.person_id.in_(people)))


def _may_be_in_a_number(session: Any, fragment: str) -> bool:
    """Whether `fragment` can be part of some case number here (a forum code, then
    "-year-sequence"): most words typed are names, and looking for them among a
    million numbers would read every one."""
    if not re.fullmatch(r"[A-Z0-9-]+", fragment):
        return False
    if not any(ch.isalpha() for ch in fragment):
        # Seven digits or more are a phone number: no forum numbers that many cases in
        # a year.  Digit groups split otherwise than a number's are not one either.
        return (not (fragment.isdigit() and len(fragment) >= 7)
                and bool(_DIGITS_IN_NUMBER.fullmatch(fragment)))
    for code in session.scalars(select(m.Forum.code)):
        if fragment in code:
            return True
        for i in range(len(code)):
            tail = code[i:]
            if fragment.startswith(tail) and _NUMBER_TAIL.fullmatch(fragment[len(tail):]):
                return True
    return False


def count_cases(ctx: ServiceContext, actor: Actor) -> int:
    actor.require(Action.VIEW_CASES)
    with ctx.reading() as uow:
        return int(uow.session.scalar(_in_scope(select(func.count()).select_from(m.Case),
                                                actor)) or 0)
