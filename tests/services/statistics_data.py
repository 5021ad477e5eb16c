"""A known data set for the statistics and report tests, made through the services on a
moving clock: cases in two forums and three governorates, at every stage, with
referrals, no-shows, signed agreements, follow-ups kept, partly kept, broken and
overdue, closures of every kind, an archived case, and cases just outside the period.

The expected figures are never written down here: the tests count them from the
services' case views (`expected`), independently of the statistics' SQL.
"""

from __future__ import annotations

import datetime as dt
import statistics as pystats
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from sulh.domain.workflow import Stage
from sulh.services import followup, forum_work, intake, mediation, screening, users
from sulh.services.cases import get_case_view
from sulh.services.context import ServiceContext
from sulh.services.records import CaseView
from sulh.services.statistics import Period
from tests.conftest import BACKENDS, World, make_world, new_database_url
from tests.flows import CLEAN_ANSWERS, advance

PERIOD = Period.quarter(2025, 2)                 # 2025-04-01 .. 2025-06-30
TODAY = dt.date(2025, 12, 1)                     # the day the figures are made


class Clock:
    """The services' clock, moved by the data set as its story goes on."""

    def __init__(self) -> None:
        self.at = dt.datetime(2025, 1, 1, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.at

    def day(self, day: dt.date) -> None:
        self.at = dt.datetime(day.year, day.month, day.day, 9, 0, tzinfo=dt.UTC)


@dataclass(frozen=True)
class Side:
    sex: str | None = "male"
    displacement: str | None = None
    kind: str = "person"


@dataclass
class DataSet:
    ctx: ServiceContext
    world: World
    backend: str
    erbil: World | None = None           # the same roles, working for ERB01
    case_ids: list[int] = field(default_factory=list)
    forum_codes: dict[int, str] = field(default_factory=dict)      # by case id
    forum_codes_by_id: dict[int, str] = field(default_factory=dict)
    governorates: dict[int, str] = field(default_factory=dict)     # of each forum

    def __post_init__(self) -> None:
        self.forum_codes_by_id = {self.world.forum_id: "BGD01",
                                  self.world.other_forum_id: "ERB01"}
        self.governorates = {self.world.forum_id: "BGD", self.world.other_forum_id: "ERB"}

    def staff(self, case_id: int) -> World:
        """The forum staff who work on a case (each forum's staff work on its cases)."""
        if self.forum_codes[case_id] == "ERB01":
            assert self.erbil is not None
            return self.erbil
        return self.world

    def views(self) -> list[CaseView]:
        return [get_case_view(self.ctx, self.world.viewer, cid) for cid in self.case_ids]


_NAMES = [("علي", "حسين", "كاظم", "الجبوري"), ("زينب", "جاسم", "محمد", "العبيدي"),
          ("کاروان", "عزیز", "عومەر", "بارزانی"), ("فاطمة", "عباس", "علي", "الدليمي")]


def _log(data: DataSet, clock: Clock, *, forum: str, day: dt.date, category: str | None,
         channel: str | None, sides: list[Side], governorate: str | None = None) -> CaseView:
    w, ctx = (data.world if forum == "BGD01" else data.erbil), data.ctx
    assert w is not None
    clock.day(day)
    fields: dict[str, Any] = {"intake_date": day, "description": "نزاع على حدود أرض"}
    if category:
        fields["category"] = category
    if channel:
        fields["channel"] = channel
    if governorate:
        fields["governorate"] = governorate
    forum_id = w.forum_id
    if forum == "BGD01":
        fields["station_id"] = w.station_id
    case = intake.create_case(ctx, w.officer, forum_id=forum_id, **fields)
    for i, side in enumerate(sides):
        given, father, grand, family = _NAMES[(len(data.case_ids) + i) % len(_NAMES)]
        person = {"given_name": given, "father_name": father, "grandfather_name": grand,
                  "family_name": family, "phone": f"07701{len(data.case_ids):03d}{i:03d}"}
        if side.sex:
            person["sex"] = side.sex
        if side.displacement:
            person["displacement"] = side.displacement
        role = "complainant" if i == 0 else "respondent"
        if side.kind == "person":
            intake.add_party(data.ctx, w.officer, case.id, role=role, person=person)
        else:   # a family or tribe side, led by a person who is not counted as a party
            intake.add_party(data.ctx, w.officer, case.id, kind=side.kind, role=role,
                             name=f"عشيرة {family}", person=person)
    data.case_ids.append(case.id)
    data.forum_codes[case.id] = forum
    return case


def _to(data: DataSet, clock: Clock, case_id: int, stage: Stage, day: dt.date) -> CaseView:
    clock.day(day)
    return advance(data.staff(case_id), case_id, stage)


def _no_show(data: DataSet, clock: Clock, case_id: int, day: dt.date, *,
             present: int) -> None:
    """A session where only the first `present` parties came."""
    clock.day(day)
    w = data.staff(case_id)
    view = get_case_view(data.ctx, w.coordinator, case_id)
    mediation.record_session(data.ctx, w.mediator, case_id, held_on=day,
                             kind="joint", outcome="no_show" if present == 0 else "postponed",
                             present_party_ids=[p.id for p in view.parties[:present]])


def _follow_ups(data: DataSet, clock: Clock, case_id: int, results: list[str | None],
                day: dt.date) -> None:
    clock.day(day)
    w = data.staff(case_id)
    view = get_case_view(data.ctx, w.coordinator, case_id)
    for f, result in zip(view.follow_ups, results, strict=True):
        if result is not None:
            followup.record_follow_up(data.ctx, w.mediator, f.id, result=result,
                                      done_on=day)


def _close(data: DataSet, clock: Clock, case_id: int, reason: str, day: dt.date) -> None:
    clock.day(day)
    followup.close_case(data.ctx, data.staff(case_id).coordinator, case_id, reason=reason)


def _refer(data: DataSet, clock: Clock, case_id: int, day: dt.date) -> None:
    """Screened as must-refer (a red flag), then referred to the police."""
    clock.day(day)
    w = data.staff(case_id)
    intake.submit_for_screening(data.ctx, w.officer, case_id)
    screening.record_screening(data.ctx, w.officer, case_id,
                               answers={**CLEAN_ANSWERS, "coercion_or_imbalance": True})
    screening.refer_case(data.ctx, w.officer, case_id, destination="police_investigation",
                         reason="إكراه", consent=True, referred_on=day)


def build(data: DataSet) -> DataSet:
    ctx, clock = data.ctx, Clock()
    ctx.clock = clock
    d = dt.date
    F, M = "female", "male"   # noqa: N806 - read as table entries

    # 1. Resolved fully: signed 20 days after intake, both checks kept.
    c = _log(data, clock, forum="BGD01", day=d(2025, 4, 5), category="land",
             channel="walk_in", sides=[Side(F, "idp"), Side(M, "host")])
    _to(data, clock, c.id, Stage.SIGNED, d(2025, 4, 25))
    _to(data, clock, c.id, Stage.FOLLOW_UP, d(2025, 4, 25))
    _follow_ups(data, clock, c.id, ["complied", "complied"], d(2025, 8, 1))
    _close(data, clock, c.id, "resolved_fully", d(2025, 8, 1))

    # 2. Resolved partly: signed after 45 days; kept, then partly kept.
    c = _log(data, clock, forum="BGD01", day=d(2025, 4, 20), category="debt",
             channel="police", sides=[Side(M), Side(M, "refugee")])
    _to(data, clock, c.id, Stage.SIGNED, d(2025, 6, 4))
    _to(data, clock, c.id, Stage.FOLLOW_UP, d(2025, 6, 4))
    _follow_ups(data, clock, c.id, ["complied", "partly"], d(2025, 9, 10))
    _close(data, clock, c.id, "resolved_partly", d(2025, 9, 10))

    # 3. Still in follow-up: signed after 10 days; the first check broken, the second
    #    (due 90 days after signing) overdue.
    c = _log(data, clock, forum="BGD01", day=d(2025, 5, 2), category="neighbours",
             channel="walk_in", sides=[Side(F), Side(F, "returnee")])
    _to(data, clock, c.id, Stage.FOLLOW_UP, d(2025, 5, 12))
    _follow_ups(data, clock, c.id, ["breached", None], d(2025, 6, 20))

    # 4. Erbil: a tribe against a displaced man; one side stayed away from a session;
    #    closed without agreement.
    c = _log(data, clock, forum="ERB01", day=d(2025, 5, 10), category="land",
             channel="tribal_leader", sides=[Side(M, "idp"), Side(M, kind="tribe")])
    _to(data, clock, c.id, Stage.MEDIATION, d(2025, 5, 15))
    _no_show(data, clock, c.id, d(2025, 5, 20), present=1)
    _close(data, clock, c.id, "no_agreement", d(2025, 6, 1))

    # 5. Erbil: referred, and still referred.
    c = _log(data, clock, forum="ERB01", day=d(2025, 6, 1), category="debt",
             channel="phone", sides=[Side(F, "host"), Side(M)])
    _refer(data, clock, c.id, d(2025, 6, 3))

    # 6. A Baghdad forum's case in Anbar, withdrawn at intake.
    c = _log(data, clock, forum="BGD01", day=d(2025, 6, 15), category="tribal",
             channel="forum_member", sides=[Side(M), Side(None)], governorate="ANB")
    _close(data, clock, c.id, "withdrawn", d(2025, 6, 16))

    # 7. A draft logged on the period's last day: no category, no channel.
    _log(data, clock, forum="BGD01", day=d(2025, 6, 30), category=None, channel=None,
         sides=[Side(F, "idp")])

    # 8. Erbil, the period's first day: nobody came to the first session, then signed
    #    7 days after intake.
    c = _log(data, clock, forum="ERB01", day=d(2025, 4, 1), category="minor_assault",
             channel="walk_in", sides=[Side(F, "idp"), Side(M, "idp")])
    _to(data, clock, c.id, Stage.MEDIATION, d(2025, 4, 2))
    _no_show(data, clock, c.id, d(2025, 4, 3), present=0)
    _to(data, clock, c.id, Stage.SIGNED, d(2025, 4, 8))

    # 9. An agreement drafted, not signed.
    c = _log(data, clock, forum="BGD01", day=d(2025, 5, 20), category="land",
             channel="walk_in", sides=[Side(M), Side(F)])
    _to(data, clock, c.id, Stage.AGREEMENT_DRAFTED, d(2025, 5, 28))

    # 10. Erbil: resolved fully after 30 days, then archived.
    c = _log(data, clock, forum="ERB01", day=d(2025, 4, 15), category="neighbours",
             channel="police", sides=[Side(M, "returnee"), Side(F, "refugee")])
    _to(data, clock, c.id, Stage.FOLLOW_UP, d(2025, 5, 15))
    _to(data, clock, c.id, Stage.CLOSED, d(2025, 8, 20))
    clock.day(d(2025, 8, 21))
    followup.archive_case(ctx, data.staff(c.id).coordinator, c.id)

    # 11. Referred, then closed as referred.
    c = _log(data, clock, forum="BGD01", day=d(2025, 5, 25), category="land",
             channel="walk_in", sides=[Side(M, "idp"), Side(M)])
    _refer(data, clock, c.id, d(2025, 5, 26))
    _close(data, clock, c.id, "referred", d(2025, 7, 1))

    # 12. Still at screening; the session-less middle of the pipeline.
    c = _log(data, clock, forum="BGD01", day=d(2025, 6, 10), category="debt",
             channel="court", sides=[Side(F), Side(M)])
    _to(data, clock, c.id, Stage.SCREENING, d(2025, 6, 10))

    # Outside the period: the day before it starts and the day after it ends.
    c = _log(data, clock, forum="BGD01", day=d(2025, 3, 31), category="land",
             channel="walk_in", sides=[Side(F, "idp"), Side(F)])
    _to(data, clock, c.id, Stage.FOLLOW_UP, d(2025, 4, 2))
    _to(data, clock, c.id, Stage.CLOSED, d(2025, 7, 5))
    c = _log(data, clock, forum="ERB01", day=d(2025, 7, 1), category="debt",
             channel="walk_in", sides=[Side(M), Side(M, "idp")])
    _refer(data, clock, c.id, d(2025, 7, 2))

    # Forum members: on the forum on the period's last day, or not (left that day,
    # left before, joined after).
    clock.day(TODAY)
    for staff, members in ((data.world, [("F", "women", d(2024, 1, 1), None),
                                         ("M", "police", d(2024, 1, 1), d(2025, 5, 1)),
                                         ("F", "displaced", d(2025, 6, 30), None),
                                         ("M", "tribal", d(2025, 7, 1), None),
                                         ("M", "displaced", d(2024, 3, 1), d(2025, 6, 30))]),
                           (data.erbil, [("F", "community", d(2024, 2, 1), None),
                                         ("M", "youth", d(2025, 4, 10), None),
                                         ("F", "displaced", d(2024, 5, 5), None)])):
        assert staff is not None
        for n, (sex, category, joined, left) in enumerate(members):
            forum_work.add_member(ctx, staff.coordinator, staff.forum_id,
                                  full_name=f"عضو {category} {n}", sex=sex.lower(),
                                  category=category, joined_on=joined, left_on=left)
    return data


# ------------------------------------------------------------------ independent counts

DISPLACED = {"idp", "refugee"}


def local_day(at: dt.datetime) -> dt.date:
    return at.astimezone().date()


@dataclass
class Expected:
    """The figures, counted in plain Python from the case views."""

    cases: int
    by_category: Counter[str]
    by_channel: Counter[str]
    by_stage: Counter[str]
    by_outcome: Counter[str]
    by_forum: Counter[str]
    by_governorate: Counter[str]
    resolved: int
    closed: int
    referred: int
    days: list[int]
    sessions: int
    sessions_with_absence: int
    absences: int
    cases_with_absence: int
    people_by_sex: Counter[str]
    people_by_displacement: Counter[str]
    cases_with_women: int
    cases_with_displaced: int
    follow_up_results: Counter[str]
    overdue_checks: int
    overdue_cases: int
    members_by_sex: Counter[str]
    members_by_category: Counter[str]
    ids: dict[str, set[int]]            # the cases behind each drill-down

    def quartiles(self) -> tuple[float, float, float] | None:
        if not self.days:
            return None
        if len(self.days) == 1:
            return (float(self.days[0]),) * 3  # type: ignore[return-value]
        q1, q2, q3 = pystats.quantiles(self.days, n=4, method="inclusive")
        return q1, q2, q3


def expected(data: DataSet, *, period: Period | None = PERIOD, forum: str | None = None,
             governorate: str | None = None, today: dt.date = TODAY) -> Expected:
    views = [v for v in data.views()
             if (period is None or period.start <= v.intake_date <= period.end)
             and (forum is None or data.forum_codes[v.id] == forum)
             and (governorate is None or v.governorate == governorate)]
    ids: dict[str, set[int]] = {}

    def note(key: str, view: CaseView) -> None:
        ids.setdefault(key, set()).add(view.id)

    def blank(value: str | None) -> str:
        return value or ""

    people_sex: Counter[str] = Counter()
    people_displacement: Counter[str] = Counter()
    days: list[int] = []
    sessions = with_absence = absences = 0
    results: Counter[str] = Counter()
    overdue_checks = 0
    for v in views:
        note("all", v)
        if v.closure_reason:
            note(f"outcome:{v.closure_reason}", v)
            note("outcome:any", v)
        if v.closure_reason in ("resolved_fully", "resolved_partly"):
            note("resolved", v)
        if v.referrals:
            note("referred", v)
        if v.agreement is not None and v.agreement.signed_at is not None:
            note("signed", v)
            days.append((local_day(v.agreement.signed_at) - v.intake_date).days)
        for s in v.sessions:
            sessions += 1
            if s.absent_party_ids:
                with_absence += 1
                absences += len(s.absent_party_ids)
                note("no_show", v)
        for p in v.parties:
            if p.kind != "person" or p.person is None:
                continue
            people_sex[blank(p.person.sex)] += 1
            people_displacement[blank(p.person.displacement)] += 1
            if p.person.sex == "female":
                note("women", v)
            if p.person.displacement in DISPLACED:
                note("displaced", v)
        for f in v.follow_ups:
            if f.done_on is not None:
                results[blank(f.result)] += 1
                note(f"follow_up:{f.result}", v)
            elif f.due_on < today and v.stage == "follow_up":
                overdue_checks += 1
                note("overdue", v)
    outcome = Counter(v.closure_reason for v in views if v.closure_reason)
    member_day = min(period.end, today) if period is not None else today
    members = [x for staff in (data.world, data.erbil) if staff is not None
               and (forum is None or data.forum_codes_by_id[staff.forum_id] == forum)
               and (governorate is None or data.governorates[staff.forum_id] == governorate)
               for x in forum_work.list_members(data.ctx, data.world.viewer, staff.forum_id)
               if x.active_on(member_day)]
    return Expected(
        members_by_sex=Counter(x.sex for x in members),
        members_by_category=Counter(x.category for x in members),
        cases=len(views),
        by_category=Counter(blank(v.category) for v in views),
        by_channel=Counter(blank(v.channel) for v in views),
        by_stage=Counter(v.stage for v in views),
        by_outcome=Counter({k: n for k, n in outcome.items() if k}),
        by_forum=Counter(data.forum_codes[v.id] for v in views),
        by_governorate=Counter(blank(v.governorate) for v in views),
        resolved=len(ids.get("resolved", ())), closed=len(ids.get("outcome:any", ())),
        referred=len(ids.get("referred", ())), days=sorted(days), sessions=sessions,
        sessions_with_absence=with_absence, absences=absences,
        cases_with_absence=len(ids.get("no_show", ())), people_by_sex=people_sex,
        people_by_displacement=people_displacement,
        cases_with_women=len(ids.get("women", ())),
        cases_with_displaced=len(ids.get("displaced", ())), follow_up_results=results,
        overdue_checks=overdue_checks, overdue_cases=len(ids.get("overdue", ())), ids=ids)


# ------------------------------------------------------------------ the fixture

def erbil_staff(world: World) -> World:
    """An officer, a mediator and a coordinator of the Erbil forum."""
    ctx = world.ctx
    actors = {}
    for role in ("officer", "mediator", "coordinator"):
        users.create_user(ctx, world.system, username=f"{role}_erb", full_name=f"{role} erb",
                          role=role, forum_id=world.other_forum_id)
        actors[role] = users.actor_for(ctx, f"{role}_erb")
    return World(ctx=ctx, system=world.system, forum_id=world.other_forum_id,
                 other_forum_id=world.forum_id, station_id=world.station_id,
                 admin=world.admin, viewer=world.viewer, **actors)


#: The data sets made in this process, by backend.  Each test module that imports the
#: fixture has a session fixture of its own; they share the data set made first.
_BUILT: dict[str, DataSet] = {}


@pytest.fixture(scope="session", params=BACKENDS)
def dataset(request: pytest.FixtureRequest,
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[DataSet]:
    """The data set, made once per backend for the whole run; tests only read it."""
    backend = str(request.param)
    if backend in _BUILT:
        yield _BUILT[backend]
        return
    url = new_database_url(backend, request, Path(tmp_path_factory.mktemp("statistics")))
    ctx = ServiceContext.open(url)
    world = make_world(ctx)
    _BUILT[backend] = data = build(DataSet(ctx, world, backend, erbil_staff(world)))
    yield data
    del _BUILT[backend]
    ctx.close()



# ------------------------------------------------------------------ the report's lines

Line = tuple[float | None, int | None]        # (value, what its share is of)


def report_lines(want: Expected) -> dict[str, dict[str, Line]]:
    """Every line the report should print, by table and code, from the independent
    counts: (the number, what its share is of)."""
    cases = want.cases
    people = sum(want.people_by_sex.values())
    members = sum(want.members_by_sex.values())
    done = sum(want.follow_up_results.values())
    q = want.quartiles()

    def code(key: str) -> str:
        return key or "not_recorded"

    def counts(counter: Counter[str], of: int, keys: list[str] | None = None
               ) -> dict[str, Line]:
        keys = [k for k in counter if counter[k]] if keys is None else keys
        return {code(k): (counter[k], of) for k in keys}

    displaced = want.people_by_displacement["idp"] + want.people_by_displacement["refugee"]
    outcomes = ["resolved_fully", "resolved_partly", "no_agreement", "withdrawn", "referred",
                "unreachable"]
    return {
        "key_figures": {
            "cases": (cases, None), "resolution_rate": (want.resolved, want.closed),
            "referral_rate": (want.referred, cases),
            "median_days": (q[1] if q else None, None),
            "no_show_share": (want.sessions_with_absence, want.sessions),
            "women_parties": (want.people_by_sex["female"], people),
            "displaced_parties": (displaced, people),
            "women_members": (want.members_by_sex["f"], members),
            "displaced_members": (want.members_by_category["displaced"], members),
            "compliance": (want.follow_up_results["complied"], done),
            "overdue_checks": (want.overdue_checks, None)},
        "by_category": {**counts(want.by_category, cases), "total": (cases, None)},
        "by_channel": {**counts(want.by_channel, cases), "total": (cases, None)},
        "by_stage": {**counts(want.by_stage, cases), "total": (cases, None)},
        "by_outcome": {**counts(want.by_outcome, want.closed, outcomes),
                       "total": (want.closed, None)},
        "by_forum": {**counts(want.by_forum, cases), "total": (cases, None)},
        "by_governorate": {**counts(want.by_governorate, cases), "total": (cases, None)},
        "days": {"days_count": (len(want.days), None),
                 "days_min": (min(want.days) if want.days else None, None),
                 "days_q1": (q[0] if q else None, None),
                 "days_median": (q[1] if q else None, None),
                 "days_q3": (q[2] if q else None, None),
                 "days_max": (max(want.days) if want.days else None, None),
                 "days_mean": (sum(want.days) / len(want.days) if want.days else None, None)},
        "no_shows": {"sessions": (want.sessions, None),
                     "sessions_absent": (want.sessions_with_absence, want.sessions),
                     "absences": (want.absences, None),
                     "cases_absent": (want.cases_with_absence, cases)},
        "party_sex": {"people": (people, None), **counts(want.people_by_sex, people),
                      "cases_with_women": (want.cases_with_women, cases)},
        "party_displacement": {"people": (people, None),
                               **counts(want.people_by_displacement, people),
                               "cases_with_displaced": (want.cases_with_displaced, cases)},
        "member_sex": {**counts(want.members_by_sex, members, ["f", "m"]),
                       "total": (members, None)},
        "member_category": {**counts(want.members_by_category, members),
                            "total": (members, None)},
        "follow_ups": {**counts(want.follow_up_results, done,
                                ["complied", "partly", "breached"]),
                       "total": (done, None)},
        "overdue": {"overdue_checks": (want.overdue_checks, None),
                    "overdue_cases": (want.overdue_cases, cases)},
    }
