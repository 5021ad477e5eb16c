"""Figures for the statistics dashboard and the quarterly report, computed by the
database with aggregate queries (never by loading the cases), on SQLite and PostgreSQL.

Which cases a figure counts: the cases whose **intake date** falls in the period,
of the chosen forum and governorate (the governorate recorded on the case, which is
the forum's unless the intake gave another), among the cases the user sees in the
case lists (services.scope: a forum's staff see their forum's), so that a figure and
the list of cases behind it always agree. Archived cases count: archiving only takes
a finished case out of the working lists. Everything that happened to those
cases counts, whenever it happened (a session held after the period ends too); a
case's stage and outcome are as they stand on the day the figures are made.

The measures:

* **Resolution rate** = cases closed as resolved fully or partly ÷ cases closed with
  any reason (closed or withdrawn). Cases still open are in neither.
* **Referral rate** = cases with at least one referral recorded ÷ all cases (a case
  referred and later reopened still counts as referred).
* **Days from intake to agreement** = days from the intake date to the date (on this
  PC's calendar) the case's first agreement was marked signed, over the cases with a
  signed agreement; quartiles by linear interpolation between the closest ranks (as
  PostgreSQL's percentile_cont and Python's statistics.quantiles(method="inclusive")).
* **No-shows**: sessions where at least one party did not come, and party absences
  (one per absent party per session).
* **Participation as parties**: individual parties (sides that are one person; family,
  tribe and group sides are not counted), one per case a person is a party in;
  "displaced" = internally displaced (IDP) or refugee.
* **Participation as members**: members of the filtered forums on the last day of the
  period (today, for a period not yet over), as the forum register counts its share of
  women over time; "displaced" = members of the displaced category.
* **Follow-up compliance**: checks done, by result (kept, partly kept, broken).
* **Overdue follow-ups**: checks due before today and not done, on cases still in
  follow-up, as of the day the figures are made.

Every figure about cases carries the `CaseFilter` that lists the cases behind it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Integer, and_, case, distinct, func, literal, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

from sulh.db import models as m
from sulh.domain.errors import NotFound, ValidationError
from sulh.domain.forum_work import MEMBER_CATEGORIES
from sulh.domain.forum_work import SEXES as MEMBER_SEXES
from sulh.domain.reference import reference
from sulh.domain.roles import Action
from sulh.domain.workflow import ClosureReason, Stage
from sulh.i18n import QT_TRANSLATE_NOOP, msg
from sulh.services import scope as case_scope
from sulh.services.cases import CaseFilter
from sulh.services.context import Actor, ServiceContext
from sulh.services.figures import (
    DISPLACED,
    NOT_RECORDED,
    RESOLVED_REASONS,
    figure_condition,
)

FOLLOW_UP_RESULTS = ("complied", "partly", "breached")
DISPLACEMENT_STATUSES = ("idp", "returnee", "host", "refugee")
SEXES = ("female", "male")


# ------------------------------------------------------------------ the filters

@dataclass(frozen=True)
class Period:
    """Days from `start` to `end`, both included; `label` as the user gave it."""

    start: dt.date
    end: dt.date
    label: str

    @classmethod
    def quarter(cls, year: int, q: int) -> Period:
        start = dt.date(year, 3 * q - 2, 1)
        after = dt.date(year + (q == 4), (3 * q) % 12 + 1, 1)
        return cls(start, after - dt.timedelta(days=1), f"{year}Q{q}")

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31), str(year))

    @classmethod
    def days(cls, start: dt.date, end: dt.date) -> Period:
        if end < start:
            raise ValidationError(msg(QT_TRANSLATE_NOOP("Statistics", "The period ends before "
                                                                      "it starts.")),
                                  field="period")
        return cls(start, end, f"{start.isoformat()}..{end.isoformat()}")

    @property
    def quarter_of(self) -> tuple[int, int] | None:
        """(year, quarter) when the period is exactly one calendar quarter."""
        q = (self.start.month - 1) // 3 + 1
        if self.start.day == 1 and self.start.month % 3 == 1 \
                and self == Period.quarter(self.start.year, q):
            return self.start.year, q
        return None


_QUARTER = re.compile(r"^(\d{4})-?Q([1-4])$", re.IGNORECASE)
_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_RANGE = re.compile(r"^(\d{4}-\d{2}-\d{2})\s*(?:\.\.|:|/)\s*(\d{4}-\d{2}-\d{2})$")


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def parse_period(text: str) -> Period:
    """"2026Q3" (a quarter), "2026" (a year), "2026-07" (a month) or
    "2026-07-01..2026-09-30" (any days, both included)."""
    value = text.strip().translate(_DIGITS)
    try:
        if found := _QUARTER.match(value):
            return Period.quarter(int(found[1]), int(found[2]))
        if found := _YEAR.match(value):
            return Period.year(int(found[1]))
        if found := _MONTH.match(value):
            year, month = int(found[1]), int(found[2])
            start = dt.date(year, month, 1)
            end = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))
            return Period(start, end, value)
        if found := _RANGE.match(value):
            return Period.days(dt.date.fromisoformat(found[1]), dt.date.fromisoformat(found[2]))
    except ValueError:
        pass
    raise ValidationError(msg(QT_TRANSLATE_NOOP("Statistics", "A period is a quarter (2026Q3), a "
                                                              "year (2026), a month (2026-07) or "
                                                              "two dates (2026-07-01..2026-09-"
                                                              "30).")), field="period")


@dataclass(frozen=True)
class Filters:
    """The filters of a set of figures: a period of intake dates (None: all time), a
    forum, a governorate."""

    period: Period | None = None
    forum_id: int | None = None
    governorate: str | None = None

    def case_filter(self) -> CaseFilter:
        """Every case the figures count."""
        return CaseFilter(date_from=self.period.start if self.period else None,
                          date_to=self.period.end if self.period else None,
                          forum_id=self.forum_id, governorate=self.governorate,
                          include_archived=True)

    def conditions(self, actor: Actor) -> list[Any]:
        """The figures' cases: those these filters pick, among the cases `actor` sees in
        the case lists (so that a figure and its drill-down agree)."""
        out: list[Any] = [case_scope.visible_cases(actor)]
        if self.period is not None:
            out += [m.Case.intake_date >= self.period.start,
                    m.Case.intake_date <= self.period.end]
        if self.forum_id is not None:
            out.append(m.Case.forum_id == self.forum_id)
        if self.governorate:
            out.append(m.Case.governorate == self.governorate)
        return out


# ------------------------------------------------------------------ the figures

@dataclass(frozen=True)
class Row:
    """One line of a breakdown: a code (NOT_RECORDED: not recorded) and its count."""

    key: str
    count: int
    drill: CaseFilter | None = None


@dataclass(frozen=True)
class Breakdown:
    rows: tuple[Row, ...]
    total: int          # what the shares are of

    def count(self, key: str) -> int:
        return next((r.count for r in self.rows if r.key == key), 0)

    def share(self, key: str) -> float | None:
        return self.count(key) / self.total if self.total else None


@dataclass(frozen=True)
class Rate:
    numerator: int
    denominator: int
    drill: CaseFilter | None = None          # the numerator's cases
    base_drill: CaseFilter | None = None     # the denominator's cases

    @property
    def value(self) -> float | None:
        return self.numerator / self.denominator if self.denominator else None


@dataclass(frozen=True)
class Spread:
    """Days from intake to the agreement signed, over `count` cases."""

    count: int
    minimum: int | None
    q1: float | None
    median: float | None
    q3: float | None
    maximum: int | None
    mean: float | None
    drill: CaseFilter | None = None


@dataclass(frozen=True)
class NoShows:
    sessions: int                    # sessions recorded
    sessions_with_absence: int       # sessions where at least one party did not come
    absences: int                    # one per absent party per session
    cases_with_absence: int
    drill: CaseFilter | None = None

    @property
    def share(self) -> float | None:
        return self.sessions_with_absence / self.sessions if self.sessions else None


@dataclass(frozen=True)
class Participation:
    """Individual parties by sex and by displacement status (NOT_RECORDED: not recorded)."""

    people: int
    by_sex: Breakdown
    by_displacement: Breakdown
    displaced: int                   # IDPs and refugees
    cases_with_women: int
    cases_with_displaced: int
    women_drill: CaseFilter | None = None
    displaced_drill: CaseFilter | None = None

    @property
    def women(self) -> int:
        return self.by_sex.count("female")


@dataclass(frozen=True)
class Members:
    """Members of the filtered forums on day `on`."""

    members: int
    on: dt.date
    by_sex: Breakdown               # "f" / "m"
    by_category: Breakdown
    displaced: int

    @property
    def women(self) -> int:
        return self.by_sex.count("f")


@dataclass(frozen=True)
class FollowUps:
    results: Breakdown               # checks done, by result
    overdue_checks: int
    overdue_cases: int
    overdue_drill: CaseFilter | None = None


@dataclass(frozen=True)
class ForumName:
    id: int
    code: str
    names: dict[str, str]            # "ar", "ckb", "en"
    governorate: str


@dataclass(frozen=True)
class Statistics:
    filters: Filters
    as_of: dt.date                   # the day stages, outcomes and overdue checks are as of
    cases: int
    all_drill: CaseFilter
    by_category: Breakdown
    by_channel: Breakdown
    by_stage: Breakdown
    by_outcome: Breakdown            # cases closed with a reason, by the reason
    by_forum: Breakdown              # keys: forum codes
    by_governorate: Breakdown
    resolution: Rate
    referral: Rate
    days_to_agreement: Spread
    no_shows: NoShows
    parties: Participation
    members: Members
    follow_ups: FollowUps
    forums: dict[str, ForumName]     # by code: every forum the figures name

    @property
    def forum(self) -> ForumName | None:
        """The forum the figures are filtered to."""
        return next((f for f in self.forums.values() if f.id == self.filters.forum_id), None)


# ------------------------------------------------------------------ SQL helpers

class _DaysToLocalDate(FunctionElement[int]):
    """Whole days from a date to the local calendar day of a UTC timestamp.

    The timestamp is moved by the PC's UTC offset first, so a signing at 01:00 in
    Baghdad counts on that day, as the intake date does (ServiceContext.today).
    """

    type = Integer()
    inherit_cache = True
    name = "days_to_local_date"


@compiles(_DaysToLocalDate, "sqlite")
def _days_sqlite(element: Any, compiler: Any, **kw: Any) -> str:
    stamp, day, minutes = list(element.clauses)
    return (f"CAST(julianday(date({compiler.process(stamp, **kw)}, "
            f"printf('%+d minutes', {compiler.process(minutes, **kw)}))) "
            f"- julianday({compiler.process(day, **kw)}) AS INTEGER)")


@compiles(_DaysToLocalDate, "postgresql")
def _days_postgresql(element: Any, compiler: Any, **kw: Any) -> str:
    stamp, day, minutes = list(element.clauses)
    return (f"(CAST(({compiler.process(stamp, **kw)} AT TIME ZONE 'UTC') "
            f"+ make_interval(mins => {compiler.process(minutes, **kw)}) AS DATE) "
            f"- {compiler.process(day, **kw)})")


def _utc_offset_minutes(ctx: ServiceContext) -> int:
    offset = ctx.now().astimezone().utcoffset() or dt.timedelta(0)
    return int(offset.total_seconds() // 60)


def _quartile_sum(k: int, days: Any, rn: Any, n: Any) -> Any:
    """4 × the k-th quartile (k = 1, 2, 3) of the ranked `days`, by linear interpolation
    between ranks lo and lo + 1, where (n - 1) k / 4 = (lo - 1) + r / 4.

    Integer arithmetic only, so that it means the same on both databases; the caller
    divides by 4.
    """
    pos = (n - 1) * k
    lo = pos // 4 + 1
    r = pos % 4
    return func.sum(case((rn == lo, days * (4 - r)),
                         (and_(rn == lo + 1, r > 0), days * r), else_=0))


def _grouped(s: Session, column: Any, conditions: Sequence[Any]) -> dict[str, int]:
    rows = s.execute(select(column, func.count()).select_from(m.Case).where(*conditions)
                     .group_by(column)).all()
    return {(key if key is not None else NOT_RECORDED): int(n) for key, n in rows}


def _breakdown(counts: dict[str, int], base: CaseFilter | None, kind: str, *,
               order: Iterable[str] | None = None, total: int | None = None) -> Breakdown:
    """Rows in `order` (every code in it, zeros too) or by count, largest first; each
    with the cases behind it, unless there is no `base` (figures that are not cases)."""
    if order is None:
        keys = sorted(counts, key=lambda k: (-counts[k], k == NOT_RECORDED, k))
    else:
        listed = list(order)
        keys = listed + sorted(k for k in counts if k not in listed)
    rows = tuple(Row(k, counts.get(k, 0), replace(base, figure=(kind, k))
                     if base is not None else None) for k in keys)
    return Breakdown(rows, sum(counts.values()) if total is None else total)


def _scalar_row(s: Session, query: Any) -> Sequence[Any]:
    row = s.execute(query).one()
    return tuple(row)


# ------------------------------------------------------------------ computing

def compute(ctx: ServiceContext, actor: Actor, filters: Filters) -> Statistics:
    """Every figure of the dashboard and the report, in one read-only unit."""
    actor.require(Action.VIEW_STATISTICS)
    today = ctx.today()
    base = filters.case_filter()
    conds = filters.conditions(actor)
    with ctx.reading() as uow:
        s = uow.session
        forums = {f.code: ForumName(f.id, f.code, {"ar": f.name_ar, "ckb": f.name_ckb,
                                                   "en": f.name_en}, f.governorate)
                  for f in s.execute(select(m.Forum).order_by(m.Forum.code)).scalars()}
        known = {f.id for f in forums.values()}
        if filters.forum_id is not None and filters.forum_id not in known:
            raise NotFound(msg(QT_TRANSLATE_NOOP("Error", "No such forum: {id}."),
                               id=filters.forum_id))
        if filters.governorate and filters.governorate not in reference().governorates:
            raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "Unknown governorate: "
                                                                 "{code}."),
                                      code=filters.governorate), field="governorate")

        by_stage_counts = _grouped(s, m.Case.stage, conds)
        total = sum(by_stage_counts.values())
        by_stage = _breakdown(by_stage_counts, base, "stage", order=[x.value for x in Stage])
        by_category = _breakdown(_grouped(s, m.Case.category, conds), base, "category")
        by_channel = _breakdown(_grouped(s, m.Case.channel, conds), base, "channel")
        by_governorate = _breakdown(_grouped(s, m.Case.governorate, conds), base,
                                    "governorate")
        outcome_counts = _grouped(s, m.Case.closure_reason, conds)
        outcome_counts.pop(NOT_RECORDED, None)       # still open: no outcome yet
        by_outcome = _breakdown(outcome_counts, base, "outcome",
                                order=[r.value for r in ClosureReason])
        by_forum = _forum_breakdown(s, conds, base, forums)

        closed = by_outcome.total
        resolution = Rate(sum(by_outcome.count(r) for r in RESOLVED_REASONS), closed,
                          replace(base, figure=("resolved", "")),
                          replace(base, figure=("outcome", "any")))
        referred = int(s.scalar(select(func.count()).select_from(m.Case).where(
            *conds, figure_condition("referred"))) or 0)
        referral = Rate(referred, total, replace(base, figure=("referred", "")), base)

        spread = _days_to_agreement(s, ctx, conds, replace(base, figure=("signed", "")))
        no_shows = _no_shows(s, conds, replace(base, figure=("no_show", "")))
        parties = _participation(s, conds, base)
        members = _members(s, filters, today)
        follow_ups = _follow_ups(s, conds, base, today)
    return Statistics(
        filters=filters, as_of=today, cases=total, all_drill=base, by_category=by_category,
        by_channel=by_channel, by_stage=by_stage, by_outcome=by_outcome, by_forum=by_forum,
        by_governorate=by_governorate, resolution=resolution, referral=referral,
        days_to_agreement=spread, no_shows=no_shows, parties=parties, members=members,
        follow_ups=follow_ups, forums=forums)


def _forum_breakdown(s: Session, conds: Sequence[Any], base: CaseFilter,
                     forums: dict[str, ForumName]) -> Breakdown:
    rows = s.execute(select(m.Case.forum_id, func.count()).where(*conds)
                     .group_by(m.Case.forum_id)).all()
    by_id = {f.id: f for f in forums.values()}
    counts = {by_id[fid].code: int(n) for fid, n in rows}
    ordered = sorted(counts, key=lambda code: (-counts[code], code))
    out = tuple(Row(code, counts[code], replace(base, forum_id=forums[code].id))
                for code in ordered)
    return Breakdown(out, sum(counts.values()))


def _days_to_agreement(s: Session, ctx: ServiceContext, conds: Sequence[Any],
                       drill: CaseFilter) -> Spread:
    days_expr = _DaysToLocalDate(func.min(m.Agreement.signed_at), m.Case.intake_date,
                                 literal(_utc_offset_minutes(ctx), Integer()))
    per_case = (select(days_expr.label("days")).select_from(m.Case)
                .join(m.Agreement, m.Agreement.case_id == m.Case.id)
                .where(*conds, m.Agreement.signed_at.is_not(None))
                .group_by(m.Case.id, m.Case.intake_date).subquery())
    ranked = select(per_case.c.days,
                    func.row_number().over(order_by=per_case.c.days).label("rn"),
                    func.count().over().label("n")).subquery()
    days, rn, n = ranked.c.days, ranked.c.rn, ranked.c.n
    n_, lo, hi, mean, q1, q2, q3 = _scalar_row(s, select(
        func.count(), func.min(days), func.max(days), func.avg(days),
        _quartile_sum(1, days, rn, n), _quartile_sum(2, days, rn, n),
        _quartile_sum(3, days, rn, n)))
    count = int(n_)
    if count == 0:
        return Spread(0, None, None, None, None, None, None, drill)
    return Spread(count, int(lo), int(q1) / 4, int(q2) / 4, int(q3) / 4, int(hi),
                  float(mean), drill)


def _no_shows(s: Session, conds: Sequence[Any], drill: CaseFilter) -> NoShows:
    """The sessions of the cases, then only their absent parties (an index on attendance
    by session and whether the party came finds those without reading the others)."""
    sessions = int(s.scalar(select(func.count()).select_from(m.MediationSession)
                            .join(m.Case, m.Case.id == m.MediationSession.case_id)
                            .where(*conds)) or 0)
    absent = m.SessionAttendance
    absences, with_absence, cases = _scalar_row(s, select(
        func.count(), func.count(distinct(absent.session_id)),
        func.count(distinct(m.MediationSession.case_id)))
        .select_from(absent)
        .join(m.MediationSession, m.MediationSession.id == absent.session_id)
        .join(m.Case, m.Case.id == m.MediationSession.case_id)
        .where(*conds, absent.party_id.is_not(None), absent.attended.is_(False)))
    return NoShows(sessions, int(with_absence), int(absences), int(cases), drill)


def _participation(s: Session, conds: Sequence[Any], base: CaseFilter) -> Participation:
    """One pass over the individual parties of the cases: counted by sex and by
    displacement, and the cases with a woman or a displaced person among them."""
    sex, displacement = m.Person.sex, m.Person.displacement

    def counted(condition: Any) -> Any:
        return func.count(case((condition, 1)))

    row = _scalar_row(s, select(
        func.count(), *(counted(sex == x) for x in SEXES),
        *(counted(displacement == x) for x in DISPLACEMENT_STATUSES),
        func.count(distinct(case((sex == "female", m.Party.case_id)))),
        func.count(distinct(case((displacement.in_(DISPLACED), m.Party.case_id)))))
        .select_from(m.Party)
        .join(m.Person, m.Person.id == m.Party.person_id)
        .join(m.Case, m.Case.id == m.Party.case_id)
        .where(*conds, m.Party.kind == "person"))
    people = int(row[0])
    sexes = [int(n) for n in row[1:1 + len(SEXES)]]
    statuses = [int(n) for n in row[1 + len(SEXES):1 + len(SEXES) + len(DISPLACEMENT_STATUSES)]]
    by_sex = dict(zip(SEXES, sexes, strict=True))
    by_displacement = dict(zip(DISPLACEMENT_STATUSES, statuses, strict=True))
    # Whatever is not one of the values the intake offers counts as not recorded.
    by_sex[NOT_RECORDED] = people - sum(sexes)
    by_displacement[NOT_RECORDED] = people - sum(statuses)
    with_women, with_displaced = int(row[-2]), int(row[-1])
    return Participation(
        people=people,
        by_sex=_breakdown(by_sex, base, "party_sex", order=[*SEXES, NOT_RECORDED]),
        by_displacement=_breakdown(by_displacement, base, "party_displacement",
                                   order=[*DISPLACEMENT_STATUSES, NOT_RECORDED]),
        displaced=sum(by_displacement.get(k, 0) for k in DISPLACED),
        cases_with_women=with_women, cases_with_displaced=with_displaced,
        women_drill=replace(base, figure=("party_sex", "female")),
        displaced_drill=replace(base, figure=("party_displacement", "displaced")))


def _follow_ups(s: Session, conds: Sequence[Any], base: CaseFilter,
                today: dt.date) -> FollowUps:
    """One pass over the checks of the cases: those done by result, and those overdue."""
    fu = m.FollowUp
    done = fu.done_on.is_not(None)
    overdue = and_(fu.done_on.is_(None), fu.due_on < today,
                   m.Case.stage == Stage.FOLLOW_UP.value)
    counts = [func.count(case((and_(done, fu.result == r), 1))) for r in FOLLOW_UP_RESULTS]
    row = _scalar_row(s, select(
        *counts, func.count(case((done, 1))), func.count(case((overdue, 1))),
        func.count(distinct(case((overdue, fu.case_id)))))
        .select_from(fu).join(m.Case, m.Case.id == fu.case_id).where(*conds))
    by_result = {r: int(n) for r, n in zip(FOLLOW_UP_RESULTS, row, strict=False)}
    other = int(row[len(FOLLOW_UP_RESULTS)]) - sum(by_result.values())
    if other:      # a check done without a result: not expected, but counted
        by_result[NOT_RECORDED] = other
    checks, cases = int(row[-2]), int(row[-1])
    return FollowUps(_breakdown(by_result, base, "follow_up", order=FOLLOW_UP_RESULTS),
                     checks, cases, replace(base, figure=("overdue", today.isoformat())))


def _members(s: Session, filters: Filters, as_of: dt.date) -> Members:
    """Members of the filtered forums on the last day of the period (today, for a
    period not yet over or for all time), as the forum register's share of women
    over time counts them (records.MemberView.active_on)."""
    day = min(filters.period.end, as_of) if filters.period is not None else as_of
    fm = m.ForumMember
    where: list[Any] = [fm.joined_on <= day, (fm.left_on.is_(None)) | (fm.left_on > day)]
    if filters.forum_id is not None:
        where.append(fm.forum_id == filters.forum_id)
    if filters.governorate:
        where.append(fm.forum_id.in_(select(m.Forum.id).where(
            m.Forum.governorate == filters.governorate)))
    rows = s.execute(select(fm.sex, fm.category, func.count()).where(*where)
                     .group_by(fm.sex, fm.category)).all()
    by_sex: dict[str, int] = {}
    by_category: dict[str, int] = {}
    for sex, category, n in rows:
        by_sex[sex or NOT_RECORDED] = by_sex.get(sex or NOT_RECORDED, 0) + int(n)
        key = category or NOT_RECORDED
        by_category[key] = by_category.get(key, 0) + int(n)
    # Members are people, not cases: there is no case list behind these figures.
    return Members(sum(by_sex.values()), day,
                   _breakdown(by_sex, None, "member_sex", order=MEMBER_SEXES),
                   _breakdown(by_category, None, "member_category", order=MEMBER_CATEGORIES),
                   by_category.get("displaced", 0))


# ------------------------------------------------------------------ choices for filters

def period_choices(today: dt.date, count: int = 8) -> list[Period]:
    """The current quarter and the ones before it, newest first."""
    year, q = today.year, (today.month - 1) // 3 + 1
    out = []
    for _ in range(count):
        out.append(Period.quarter(year, q))
        year, q = (year, q - 1) if q > 1 else (year - 1, 4)
    return out


def governorates_with_forums(ctx: ServiceContext, actor: Actor) -> list[str]:
    """Governorates that have a forum, for the governorate filter."""
    actor.require(Action.VIEW_STATISTICS)
    with ctx.reading() as uow:
        return sorted({g for (g,) in uow.session.execute(select(distinct(m.Forum.governorate)))})


__all__ = ["Breakdown", "Filters", "FollowUps", "ForumName", "Members", "NoShows", "Participation",
           "Period", "Rate", "Row", "Spread", "Statistics", "compute",
           "governorates_with_forums", "parse_period", "period_choices"]
