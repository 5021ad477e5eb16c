"""The demo generator: realistic cases at every stage, made through the real services,
the same for the same seed and clock, on both databases."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher

from sulh.db.engine import make_engine
from sulh.domain.errors import ValidationError
from sulh.domain.reference import reference
from sulh.domain.text import name_key, phone_key
from sulh.domain.workflow import ClosureReason, Stage
from sulh.services import cases, demo, followup, forums, intake, users
from sulh.services.audit import verify_chain
from sulh.services.context import ServiceContext
from sulh.services.records import CaseView, PersonView
from tests.conftest import BACKENDS, new_database_url

NOW = dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC)
TODAY = NOW.date()
KURDISH_ONLY = set("ێۆڕڵەڤ")


def fixed_clock() -> dt.datetime:
    return NOW


@pytest.fixture(scope="module")
def cheap_passwords() -> Iterator[None]:
    """A real argon2 hasher at its lowest cost: at the default cost (~0.2 s a hash) the
    37 demo users would take most of each test's time."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024,
                                                    parallelism=1))
        yield


@dataclasses.dataclass
class Demo:
    ctx: ServiceContext
    report: demo.DemoReport
    progress: list[tuple[int, int]]
    views: list[CaseView]


def all_views(ctx: ServiceContext) -> list[CaseView]:
    """Every case, read by its forum's coordinator: the viewer sees every case but not
    who the people of a sensitive one are (services.scope)."""
    viewer = users.actor_for(ctx, "viewer1")
    rows = cases.list_cases(ctx, viewer, include_archived=True, limit=10_000)
    coordinators = {u.forum_id: users.actor_for(ctx, u.username)
                    for u in users.list_users(ctx, users.actor_for(ctx, "admin1"))
                    if u.role == "coordinator"}
    return [cases.get_case_view(ctx, coordinators[r.forum_id], r.id)
            for r in sorted(rows, key=lambda r: r.id)]


@pytest.fixture(scope="module", params=BACKENDS)
def sixty(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
          cheap_passwords: None) -> Iterator[Demo]:
    """Sixty cases on a fresh database of each backend, shared by the tests below."""
    url = new_database_url(request.param, request, tmp_path_factory.mktemp("demo"))
    ctx = ServiceContext(make_engine(url), clock=fixed_clock)
    seen: list[tuple[int, int]] = []
    report = demo.generate(ctx, cases=60, seed=2026,
                           progress=lambda done, total: seen.append((done, total)))
    yield Demo(ctx, report, seen, all_views(ctx))
    ctx.close()


def persons_of(view: CaseView) -> Iterator[PersonView]:
    for p in view.parties:
        if p.person is not None:
            yield p.person
        for r in p.representatives:
            yield r.person


# ---------------------------------------------------------------- stages

def test_every_stage_and_every_closure_reason_appear(sixty: Demo) -> None:
    views = sixty.views
    assert len(views) == sixty.report.cases == 60
    stages = Counter(v.stage for v in views)
    assert set(stages) == {s.value for s in Stage}
    assert sixty.report.by_stage == dict(stages)
    assert sixty.progress == [(n, 60) for n in range(1, 61)]
    finished = [v for v in views if v.stage in (Stage.CLOSED, Stage.WITHDRAWN)]
    assert {v.closure_reason for v in finished} == {r.value for r in ClosureReason}
    for v in finished:
        assert (v.stage == Stage.WITHDRAWN) == (v.closure_reason == ClosureReason.WITHDRAWN)
    for v in views:
        if v.stage not in (Stage.CLOSED, Stage.WITHDRAWN):
            assert v.closure_reason is None


def test_archived_cases_are_finished_and_hidden_from_the_working_list(sixty: Demo) -> None:
    archived = [v for v in sixty.views if v.archived]
    assert archived
    assert all(v.stage in (Stage.CLOSED, Stage.WITHDRAWN) for v in archived)
    viewer = users.actor_for(sixty.ctx, "viewer1")
    working = cases.list_cases(sixty.ctx, viewer, limit=10_000)
    assert len(working) == 60 - len(archived)


def test_history_is_one_unbroken_line_per_case(sixty: Demo) -> None:
    for v in sixty.views:
        assert v.history[0].move == "log" and v.history[0].to_stage == Stage.INTAKE
        for before, after in zip(v.history, v.history[1:], strict=False):
            assert after.from_stage == before.to_stage, v.number
        assert v.history[-1].to_stage == v.stage
    moves = Counter(h.move for v in sixty.views for h in v.history)
    for move in ("submit_for_screening", "start_mediation", "refer", "draft_agreement",
                 "mark_signed", "start_follow_up", "close", "reopen"):
        assert moves[move] > 0, move


def test_the_audit_chain_is_clean(sixty: Demo) -> None:
    with sixty.ctx.reading() as uow:
        count, findings = verify_chain(uow.session)
    assert findings == []
    assert count > 1000


# ---------------------------------------------------------------- realism

def test_dates_run_forward_within_eighteen_months_and_never_pass_today(sixty: Demo) -> None:
    intake_dates = [v.intake_date for v in sixty.views]
    assert min(intake_dates) >= TODAY - dt.timedelta(days=demo.HISTORY_DAYS)
    assert max(intake_dates) <= TODAY
    assert max(intake_dates) - min(intake_dates) > dt.timedelta(days=365)
    # Cases are numbered in the order they were logged.
    assert intake_dates == sorted(intake_dates)
    for v in sixty.views:
        held = [s.held_on for s in v.sessions]
        assert all(v.intake_date <= d <= TODAY for d in held)
        assert held == sorted(held)
        for r in v.referrals:
            assert v.intake_date <= r.referred_on <= TODAY
            assert r.outcome_on is None or r.referred_on <= r.outcome_on <= TODAY
        for f in v.follow_ups:
            assert f.done_on is None or f.due_on <= f.done_on <= TODAY
        for t in v.truces:
            assert v.intake_date <= t.starts_on < t.expires_on


def test_forums_stations_and_users_are_in_place(sixty: Demo) -> None:
    ctx = sixty.ctx
    admin = users.actor_for(ctx, "admin1")
    listed = forums.list_forums(ctx, admin)
    assert [f.code for f in listed] == sorted(s.code for s in demo.FORUMS)
    assert sixty.report.forums == 7
    ref = reference()
    for f in listed:
        assert f.name_ar and f.name_ckb and f.name_en and f.stations
        assert f.district is not None and ref.district_in(f.district, f.governorate)
    assert len({f.governorate for f in listed}) == 6
    roles = Counter(u.role for u in users.list_users(ctx, admin))
    assert roles == {"officer": 14, "mediator": 14, "coordinator": 7, "admin": 1, "viewer": 1}
    assert sixty.report.users == 37
    officer = users.sign_in(ctx, "officer1", demo.demo_password("officer1"))
    assert officer.role == "officer"
    assert officer.forum_id == next(f.id for f in listed if f.code == "BGD01")
    # Each case was handled by users of the right roles in its own forum.
    staff = {u.id: u for u in users.list_users(ctx, admin)}
    for v in sixty.views:
        assert staff[v.created_by].role == "officer"
        assert staff[v.created_by].forum_id == v.forum_id
        for h in v.history:
            if h.move in ("close", "reopen"):
                assert staff[h.user_id].role == "coordinator"
        assert all(staff[m].role == "mediator" and staff[m].forum_id == v.forum_id
                   for m in v.mediator_ids)


def test_people_look_like_the_people_of_each_forum(sixty: Demo) -> None:
    codes = {f.id: f.code for f in forums.list_forums(sixty.ctx,
                                                      users.actor_for(sixty.ctx, "admin1"))}
    people: dict[int, PersonView] = {}
    kurdish_letters_in = Counter()
    for v in sixty.views:
        for p in persons_of(v):
            people[p.id] = p
            if KURDISH_ONLY & set(p.full_name):
                kurdish_letters_in[codes[v.forum_id]] += 1
    # Kurdish names in Kurdish script in the Kurdistan Region, none elsewhere.
    assert set(kurdish_letters_in) <= {"ERB01", "SUL01"} and kurdish_letters_in
    every = list(people.values())
    assert all(p.given_name and p.latin_name for p in every)
    four_part = [p for p in every if p.father_name and p.grandfather_name and p.family_name]
    assert len(four_part) > len(every) / 2
    sexes = Counter(p.sex for p in every)
    assert sexes["female"] > 0.25 * len(every)
    assert any(not p.can_sign for p in every)
    assert {p.displacement for p in every} >= {"idp", "returnee", "host"}
    phones = [phone_key(p.phone) for p in every if p.phone]
    assert phones and all(len(k) == 11 and k.startswith("07") for k in phones)
    # Stored as typed: spaces, +964, Arabic-Indic digits.
    assert any(p.phone != phone_key(p.phone) for p in every if p.phone)
    years = [p.birth_year for p in every if p.birth_year]
    assert min(years) >= TODAY.year - 80 and max(years) <= TODAY.year - 19


def test_some_people_come_back_and_some_are_typed_again_differently(sixty: Demo) -> None:
    ctx = sixty.ctx
    cases_of: dict[int, set[int]] = defaultdict(set)
    people: dict[int, PersonView] = {}
    for v in sixty.views:
        for p in v.parties:
            if p.person is not None:
                cases_of[p.person.id].add(v.id)
                people[p.person.id] = p.person
    assert any(len(c) > 1 for c in cases_of.values())
    by_key: dict[str, list[PersonView]] = defaultdict(list)
    for p in people.values():
        by_key[name_key(p.full_name)].append(p)
    variants = [group for group in by_key.values()
                if len({p.full_name for p in group}) > 1]
    assert variants, "no near-duplicate spelt differently"
    # Looked for by an officer with no forum: across every forum, sensitive cases included
    # (a forum's officer is not shown the people of another forum's sensitive case).
    officer = dataclasses.replace(users.actor_for(ctx, "officer1"), forum_id=None)
    for group in variants:
        typed, earlier = group[-1], group[0]
        found = intake.possible_duplicates(ctx, officer, {
            "given_name": typed.given_name, "father_name": typed.father_name,
            "grandfather_name": typed.grandfather_name, "family_name": typed.family_name,
            "phone": typed.phone}, exclude_id=typed.id)
        assert earlier.id in {d.person.id for d in found}


def test_parties_include_tribes_and_families_with_representatives(sixty: Demo) -> None:
    parties = [p for v in sixty.views for p in v.parties]
    kinds = Counter(p.kind for p in parties)
    assert kinds["person"] > 0.8 * len(parties)
    assert kinds["tribe"] + kinds["family"] > 0
    for p in parties:
        if p.kind in ("tribe", "family", "group"):
            assert p.person is None and p.representatives and p.name
    assert all(p.name.startswith(("عشيرة", "هۆزی")) for p in parties if p.kind == "tribe")


def test_categories_channels_and_referrals_come_from_the_reference_lists(sixty: Demo) -> None:
    ref = reference()
    views = sixty.views
    for v in views:
        assert v.category is None or v.category in ref.categories
        assert v.channel is None or v.channel in ref.referral_sources
        assert v.district is None or ref.district_in(v.district, v.governorate or "")
        assert v.subdistrict is None or ref.subdistrict_in(v.subdistrict, v.district or "")
        for r in v.referrals:
            assert r.destination in ref.referral_destinations and r.reason
    drafts = [v for v in views if v.stage == Stage.INTAKE]
    assert any(v.missing_for_screening for v in drafts)
    referred = [v for v in views if v.referrals]
    assert any(ref.must_refer(v.category) for v in referred)
    assert any(v.screenings and v.screenings[-1].red_flags and not ref.must_refer(v.category)
               for v in referred)
    assert any(r.outcome != "pending" for v in referred for r in v.referrals)
    # Nothing that must be referred was ever mediated.
    for v in views:
        if ref.must_refer(v.category):
            assert not v.sessions and v.agreement is None


def test_mediation_has_no_shows_and_truces(sixty: Demo) -> None:
    sessions = [s for v in sixty.views for s in v.sessions]
    outcomes = Counter(s.outcome for s in sessions)
    assert outcomes["no_show"] and outcomes["agreement_reached"] and outcomes["progress"]
    for s in sessions:
        if s.outcome == "no_show":
            assert s.absent_party_ids
        assert s.mediator_ids
    assert any(v.truces for v in sixty.views)


def test_agreements_are_bilingual_filled_in_and_properly_signed(sixty: Demo) -> None:
    kurdish = {f.id for f in forums.list_forums(sixty.ctx, users.actor_for(sixty.ctx, "admin1"))
               if f.code in ("ERB01", "SUL01")}
    with_agreement = [v for v in sixty.views if v.agreement is not None]
    assert len(with_agreement) >= 20
    pairs = Counter()
    guarantees = Counter()
    for v in with_agreement:
        a = v.agreement
        assert a is not None
        pairs[a.languages] += 1
        assert a.languages in (("ckb+en", "ar+ckb") if v.forum_id in kurdish
                               else ("ar+en", "ar+ckb"))
        first, second = a.languages.split("+")
        assert a.clauses
        for c in a.clauses:
            assert c.texts[first] and c.texts[second]
            assert "{" not in c.texts[first] + c.texts[second]
        assert any(c.library_code for c in a.clauses)
        if a.compensation_iqd:
            assert 500_000 <= a.compensation_iqd <= 25_000_000
            assert sum(i.amount_iqd for i in a.instalments) == a.compensation_iqd
            assert f"{a.compensation_iqd:,}" in " ".join(c.texts["en"] for c in a.clauses)
        roles = Counter(s.role for s in a.signatories)
        assert roles["party"] >= 2 and roles["mediator"] >= 1 and roles["witness"] >= 1
        guarantees.update(s.guarantee for s in a.signatories if s.role == "guarantor")
        if a.status == "signed":
            assert all(s.signed_at is not None for s in a.signatories)
            assert a.printed_digest == a.content_digest
        persons = {p.id: p for p in v.parties}
        for s in a.signatories:
            party = persons.get(s.party_id) if s.party_id else None
            if s.role == "party" and party is not None and party.person is not None:
                assert (s.mode == "thumbprint") == (not party.person.can_sign)
    assert set(pairs) >= {"ar+en", "ckb+en"}
    assert guarantees["payment"] > 0
    assert any(i.paid_on for v in with_agreement for i in v.agreement.instalments)  # type: ignore[union-attr]
    results = Counter(f.result for v in sixty.views for f in v.follow_ups)
    assert results["complied"] and results["partly"] and results["breached"]


def test_due_follow_ups_lists_only_checks_that_can_still_be_recorded(sixty: Demo) -> None:
    viewer = users.actor_for(sixty.ctx, "viewer1")      # sees every forum's cases
    overdue = {(v.number, f.id, v.stage) for v in sixty.views for f in v.follow_ups
               if f.done_on is None and f.due_on <= TODAY}
    # Checks left undone on cases reopened after a breach (or closed since) ...
    assert any(stage != Stage.FOLLOW_UP for _, _, stage in overdue)
    # An officer's list has their own forum's only.
    officer = users.actor_for(sixty.ctx, "officer1")
    mine = followup.due_follow_ups(sixty.ctx, officer)
    assert mine and {number for number, _ in mine} == {
        v.number for v in sixty.views for f in v.follow_ups if v.forum_id == officer.forum_id
        and v.stage == Stage.FOLLOW_UP and f.done_on is None and f.due_on <= TODAY}
    due = followup.due_follow_ups(sixty.ctx, viewer)
    # ... are not listed: record_follow_up would refuse them.
    assert {(number, f.id) for number, f in due} == {
        (number, fid) for number, fid, stage in overdue if stage == Stage.FOLLOW_UP}
    assert due and [f.due_on for _, f in due] == sorted(f.due_on for _, f in due)


# ---------------------------------------------------------------- determinism

def comparable(views: list[CaseView]) -> list[dict[str, Any]]:
    """The views without uids, which are random by design (they name records across
    stations); every id, number, name, date and time must match."""
    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: strip(x) for k, x in value.items() if k != "uid"}
        if isinstance(value, list | tuple):
            return [strip(x) for x in value]
        return value
    return [strip(dataclasses.asdict(v)) for v in views]


def test_the_same_seed_gives_the_same_data_and_another_seed_other_data(
        backend: str, request: pytest.FixtureRequest, tmp_path: Path,
        cheap_passwords: None) -> None:
    def run(seed: int) -> list[dict[str, Any]]:
        ctx = ServiceContext(make_engine(new_database_url(backend, request, tmp_path)),
                             clock=fixed_clock)
        try:
            demo.generate(ctx, cases=20, seed=seed)
            return comparable(all_views(ctx))
        finally:
            ctx.close()

    first = run(11)
    assert len(first) == 20
    assert run(11) == first
    other = run(12)
    assert len(other) == 20
    assert [v["parties"] for v in other] != [v["parties"] for v in first]
    assert [v["intake_date"] for v in other] != [v["intake_date"] for v in first]


# ---------------------------------------------------------------- running again

def test_running_again_reuses_forums_and_users_and_adds_cases(world: Any,
                                                              cheap_passwords: None) -> None:
    """On a database that already has forums BGD01 and ERB01 (and other users)."""
    ctx = ServiceContext(world.ctx.engine, clock=fixed_clock)
    before = forums.list_forums(ctx, world.admin)
    first = demo.generate(ctx, cases=5, seed=1)
    second = demo.generate(ctx, cases=4, seed=2)
    assert first.cases == 5 and second.cases == 4
    assert sum(second.by_stage.values()) == 4
    listed = forums.list_forums(ctx, world.admin)
    assert len(listed) == len(before) + 5
    stations = {f.code: len(f.stations) for f in listed}
    assert stations == {s.code: len(s.stations) for s in demo.FORUMS} | {
        "BGD01": 1 + 2}          # the station it had, and the demo's two
    names = [u.username for u in users.list_users(ctx, world.admin)]
    assert len(names) == len(set(names)) == 5 + 37
    assert cases.count_cases(ctx, world.viewer) == 9
    numbers = [v.number for v in all_views(ctx)]
    assert len(set(numbers)) == 9
    with ctx.reading() as uow:
        assert verify_chain(uow.session)[1] == []


def test_no_cases_makes_only_the_forums_and_users(ctx: ServiceContext,
                                                  cheap_passwords: None) -> None:
    report = demo.generate(ctx, cases=0, seed=0)
    assert report == demo.DemoReport(forums=7, users=37, cases=0, by_stage={})
    assert cases.count_cases(ctx, users.actor_for(ctx, "viewer1")) == 0
    with pytest.raises(ValidationError):
        demo.generate(ctx, cases=-1, seed=0)


def test_runs_with_a_clock_that_moves_as_in_real_use(ctx: ServiceContext,
                                                     cheap_passwords: None) -> None:
    """Every save stamps a new time, so versions move between calls as they do for
    `sulh demo` on a real clock; the generator must save against current versions."""
    ticks = iter(range(1_000_000))
    start = fixed_clock()

    def moving() -> dt.datetime:
        return start + dt.timedelta(seconds=next(ticks))

    moving_ctx = ServiceContext(ctx.engine, clock=moving)
    report = demo.generate(moving_ctx, cases=25, seed=3)
    assert report.cases == 25
    assert cases.count_cases(moving_ctx, users.actor_for(moving_ctx, "viewer1")) == 25
