"""Role × action × scope, cell by cell, against the real services on both databases.

The scopes, as the actor standing in BGD01 sees a case:

* own   — a case of their forum that they logged, or that they are assigned to mediate;
* forum — a case of their forum that another officer logged and another mediator works;
* other — a case of another forum (ERB01), logged and worked by that forum's people.

For every service and scope, one case is prepared the way that forum's own people would
prepare it; every role that must be refused tries it first (refused by its permission or
by the scope, with nothing written), then each role that may act does, on a fresh case,
and the change is audited in its name.  Reads are checked the same way; lists by whether
the case is in them.  What each role sees and works on is written out below as the
specification (domain.roles.CASE_SCOPES implements it).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from sulh.db import models as m
from sulh.domain.errors import PermissionDenied
from sulh.domain.roles import PERMISSIONS, Action, Role
from sulh.domain.workflow import Move, Stage
from sulh.services import (
    agreements,
    cases,
    documents,
    exchange,
    followup,
    forums,
    intake,
    maintenance,
    mediation,
    screening,
    users,
)
from sulh.services.context import Actor, ServiceContext
from tests.conftest import BACKENDS, World, make_world, new_database_url
from tests.flows import CLEAN_ANSWERS, advance, case_at, new_case

ROLES = [r.value for r in Role]
SCOPES = ["own", "forum", "other"]
EVERYWHERE = set(SCOPES)

#: The specification: the scopes in which each role works on a case (changes it,
#: prints its papers) and those in which it sees one (opens it, lists it, exports it).
WORKS_IN = {"officer": {"own", "forum"}, "mediator": {"own"},
            "coordinator": {"own", "forum"}, "admin": EVERYWHERE, "viewer": EVERYWHERE}
SEES_IN = {"officer": {"own", "forum"}, "mediator": {"own", "forum"},
           "coordinator": {"own", "forum"}, "admin": EVERYWHERE, "viewer": EVERYWHERE}

Call = Callable[[Actor], Any]


@dataclass(frozen=True)
class Install:
    """One installation per backend, and the people who prepare cases in each scope."""

    world: World
    teams: dict[str, World]
    folder: Path


@dataclass(frozen=True)
class ServiceAction:
    name: str
    needs: Action
    kind: str                                   # change / read / list / once
    prepare: Callable[[World, Install], tuple[int | None, Call]]
    audited_as: str | None = None               # the event an allowed change writes
    sees: bool = False                          # a change that only needs to see the case
    again: bool = False                         # may be made again on the same case


def _view(team: World, case_id: int) -> Any:
    return cases.get_case_view(team.ctx, team.coordinator, case_id)


def _withdrawn(team: World) -> int:
    case = new_case(team)
    followup.close_case(team.ctx, team.coordinator, case.id, reason="withdrawn",
                        note="The complainant withdrew.")
    return case.id


def _screened(team: World, *, approve: bool = True) -> tuple[int, Any]:
    case = case_at(team, Stage.SCREENING)
    row = screening.record_screening(team.ctx, team.officer, case.id, answers=CLEAN_ANSWERS)
    if approve:
        screening.approve_screening(team.ctx, team.coordinator, row.id)
    return case.id, row


# ---------------------------------------------------------------- one preparation per call
# Each returns the case the call acts on (None: no case) and the call.

def _create_case(team: World, i: Install) -> tuple[int | None, Call]:
    return None, lambda actor: intake.create_case(
        team.ctx, actor, forum_id=team.forum_id, category="debt", channel="walk_in",
        description="دين غير مسدد بين جارين")


def _update_case(team: World, i: Install) -> tuple[int | None, Call]:
    case = new_case(team)
    return case.id, lambda actor: intake.update_case(
        team.ctx, actor, case.id, version=_view(team, case.id).version,
        request=f"تسديد الدين ({actor.username})")


def _add_party(team: World, i: Install) -> tuple[int | None, Call]:
    case = new_case(team, parties=1)
    return case.id, lambda actor: intake.add_party(
        team.ctx, actor, case.id, role="respondent",
        person={"given_name": "كاوە", "father_name": "عومەر", "phone": "0750 123 4567"})


def _update_person(team: World, i: Install) -> tuple[int | None, Call]:
    case = new_case(team)
    person_id = _view(team, case.id).parties[0].person.id
    return case.id, lambda actor: intake.update_person(
        team.ctx, actor, person_id, version=_view(team, case.id).parties[0].person.version,
        latin_name=f"Ali Hussein {actor.username}")


def _record_consent(team: World, i: Install) -> tuple[int | None, Call]:
    case = new_case(team)
    party = _view(team, case.id).parties[0]
    return case.id, lambda actor: intake.record_consent(team.ctx, actor, party.id,
                                                        consent=True)


def _submit(team: World, i: Install) -> tuple[int | None, Call]:
    case = new_case(team)
    return case.id, lambda actor: intake.submit_for_screening(team.ctx, actor, case.id)


def _record_screening(team: World, i: Install) -> tuple[int | None, Call]:
    case = case_at(team, Stage.SCREENING)
    return case.id, lambda actor: screening.record_screening(team.ctx, actor, case.id,
                                                             answers=CLEAN_ANSWERS)


def _approve_screening(team: World, i: Install) -> tuple[int | None, Call]:
    case_id, row = _screened(team, approve=False)
    return case_id, lambda actor: screening.approve_screening(team.ctx, actor, row.id)


def _refer_case(team: World, i: Install) -> tuple[int | None, Call]:
    case = case_at(team, Stage.SCREENING)
    return case.id, lambda actor: screening.refer_case(
        team.ctx, actor, case.id, destination="legal_aid_ngo",
        reason="An inheritance share already before a court.", consent=True)


def _referral_outcome(team: World, i: Install) -> tuple[int | None, Call]:
    case = case_at(team, Stage.SCREENING)
    view = screening.refer_case(team.ctx, team.coordinator, case.id,
                                destination="legal_aid_ngo", reason="محكمة", consent=True)
    referral = view.referrals[0]
    return case.id, lambda actor: screening.record_referral_outcome(
        team.ctx, actor, referral.id, outcome="accepted", note="قبلت")


def _assign_mediator(team: World, i: Install) -> tuple[int | None, Call]:
    case = case_at(team, Stage.SCREENING)
    newcomer = i.world.colleague("mediator", team.forum_id, tag="3")
    return case.id, lambda actor: mediation.assign_mediator(team.ctx, actor, case.id,
                                                            newcomer.user_id)


def _start_mediation(team: World, i: Install) -> tuple[int | None, Call]:
    case_id, _ = _screened(team)
    for party in _view(team, case_id).parties:
        intake.record_consent(team.ctx, team.officer, party.id, consent=True)
    return case_id, lambda actor: mediation.start_mediation(team.ctx, actor, case_id)


def _record_session(team: World, i: Install) -> tuple[int | None, Call]:
    view = case_at(team, Stage.MEDIATION)
    return view.id, lambda actor: mediation.record_session(
        team.ctx, actor, view.id, held_on=team.ctx.today(), kind="joint", outcome="progress",
        present_party_ids=[view.parties[0].id], place="مقر المنتدى")


def _record_truce(team: World, i: Install) -> tuple[int | None, Call]:
    case = case_at(team, Stage.MEDIATION)
    today = team.ctx.today()
    return case.id, lambda actor: mediation.record_truce(
        team.ctx, actor, case.id, starts_on=today, expires_on=today + dt.timedelta(days=30),
        guarantor="الشيخ حسن", terms="لا اعتداء خلال مدة العطوة")


def _create_agreement(team: World, i: Install) -> tuple[int | None, Call]:
    case = case_at(team, Stage.MEDIATION)
    return case.id, lambda actor: agreements.create_agreement(team.ctx, actor, case.id,
                                                              languages="ar+en")


def _add_clause(team: World, i: Install) -> tuple[int | None, Call]:
    case = case_at(team, Stage.MEDIATION)
    a = agreements.create_agreement(team.ctx, team.mediator, case.id, languages="ar+en")
    return case.id, lambda actor: agreements.add_clause(
        team.ctx, actor, a.id, version=_view(team, case.id).agreement.version,
        library_code="no_revenge")


def _mark_signed(team: World, i: Install) -> tuple[int | None, Call]:
    view = case_at(team, Stage.AGREEMENT_DRAFTED)
    printed = agreements.record_print(team.ctx, team.officer, view.agreement.id)
    for signatory in printed.signatories:
        agreements.record_signature(team.ctx, team.officer, signatory.id)
    return view.id, lambda actor: agreements.mark_signed(team.ctx, actor, view.id)


def _amend(team: World, i: Install) -> tuple[int | None, Call]:
    view = case_at(team, Stage.SIGNED)
    a = view.agreement
    return view.id, lambda actor: agreements.amend(
        team.ctx, actor, a.id, version=_view(team, view.id).agreement.version,
        reason="موعد دفع لاحق",
        add_clauses=[{"ar": "يؤجل موعد الدفع شهراً واحداً",
                      "en": "The payment date is postponed by one month."}])


def _schedule_follow_ups(team: World, i: Install) -> tuple[int | None, Call]:
    case = case_at(team, Stage.SIGNED)
    return case.id, lambda actor: followup.schedule_follow_ups(team.ctx, actor, case.id,
                                                               days=(30,))


def _close_case(team: World, i: Install) -> tuple[int | None, Call]:
    case = new_case(team)
    return case.id, lambda actor: followup.close_case(team.ctx, actor, case.id,
                                                      reason="withdrawn", note="سحب الشكوى")


def _reopen_case(team: World, i: Install) -> tuple[int | None, Call]:
    case_id = _withdrawn(team)
    return case_id, lambda actor: followup.reopen_case(team.ctx, actor, case_id,
                                                       reason="عاد المشتكي")


def _archive_case(team: World, i: Install) -> tuple[int | None, Call]:
    case_id = _withdrawn(team)
    return case_id, lambda actor: followup.archive_case(team.ctx, actor, case_id)


def _print_referral_letter(team: World, i: Install) -> tuple[int | None, Call]:
    case = case_at(team, Stage.SCREENING)
    screening.refer_case(team.ctx, team.coordinator, case.id, destination="legal_aid_ngo",
                         reason="محكمة الأحوال الشخصية", consent=True)
    return case.id, lambda actor: documents.print_referral_letter(team.ctx, actor, case.id)


def _print_case_summary(team: World, i: Install) -> tuple[int | None, Call]:
    case = new_case(team)
    return case.id, lambda actor: documents.print_case_summary(team.ctx, actor, case.id)


# -- reads: return something, or are refused; write nothing

def _get_case_view(team: World, i: Install) -> tuple[int | None, Call]:
    case = new_case(team)
    return case.id, lambda actor: cases.get_case_view(team.ctx, actor, case.id)


def _move_options(team: World, i: Install) -> tuple[int | None, Call]:
    case = new_case(team)
    return case.id, lambda actor: cases.move_options(team.ctx, actor, case.id)


def _find_case(team: World, i: Install) -> tuple[int | None, Call]:
    case = new_case(team)
    return case.id, lambda actor: cases.find_case_id(team.ctx, actor, case.number)


def _get_agreement(team: World, i: Install) -> tuple[int | None, Call]:
    case = case_at(team, Stage.MEDIATION)
    a = agreements.create_agreement(team.ctx, team.mediator, case.id, languages="ar+en")
    return case.id, lambda actor: agreements.get_agreement(team.ctx, actor, a.id)


# -- lists: the case is in them exactly where the role sees it

def _list_cases(team: World, i: Install) -> tuple[int | None, Call]:
    case = new_case(team)
    return case.id, lambda actor: [c.id for c in cases.list_cases(
        team.ctx, actor, limit=10_000, include_archived=True)]


def _search_by_number(team: World, i: Install) -> tuple[int | None, Call]:
    case = new_case(team)
    return case.id, lambda actor: [c.id for c in cases.search_cases(team.ctx, actor,
                                                                    case.number)]


def _search_by_name(team: World, i: Install) -> tuple[int | None, Call]:
    case = new_case(team)
    name = _view(team, case.id).parties[0].name
    return case.id, lambda actor: [c.id for c in cases.search_cases(team.ctx, actor, name,
                                                                    limit=10_000)]


def _export(team: World, i: Install) -> tuple[int | None, Call]:
    case = new_case(team)

    def call(actor: Actor) -> list[int]:
        path = i.folder / f"export-{actor.username}-{case.id}.json"
        exchange.export_cases(team.ctx, actor, path)
        numbers = {c["number"] for c in json.loads(path.read_text("utf-8"))["cases"]}
        return [case.id] if case.number in numbers else []
    return case.id, call


# -- not about one case

def _create_forum(team: World, i: Install) -> tuple[int | None, Call]:
    codes = {r.value: f"NIN{n:02d}" for n, r in enumerate(Role, start=1)}
    return None, lambda actor: forums.create_forum(
        team.ctx, actor, code=codes[actor.role.value], name_ar="منتدى الموصل",
        name_en="Mosul forum", governorate="NIN")


def _create_user(team: World, i: Install) -> tuple[int | None, Call]:
    return None, lambda actor: users.create_user(
        team.ctx, actor, username=f"zainab.{actor.role.value}", full_name="زينب محمد",
        role="mediator", password="a long enough passphrase", forum_id=team.forum_id)


def _backup(team: World, i: Install) -> tuple[int | None, Call]:
    return None, lambda actor: maintenance.backup(team.ctx, actor,
                                                  i.folder / f"backup-{actor.role.value}")


def _verify(team: World, i: Install) -> tuple[int | None, Call]:
    return None, lambda actor: maintenance.verify(team.ctx, actor)


def _import(team: World, i: Install) -> tuple[int | None, Call]:
    path = i.folder / "for-import.json"
    if not path.exists():
        exchange.export_cases(team.ctx, i.world.admin, path)
    return None, lambda actor: exchange.import_file(team.ctx, actor, path)


A = Action
SERVICE_ACTIONS = [
    ServiceAction("intake.create_case", A.LOG_CASE, "change", _create_case, "case.create"),
    ServiceAction("intake.update_case", A.LOG_CASE, "change", _update_case, "case.update", again=True),
    ServiceAction("intake.add_party", A.LOG_CASE, "change", _add_party, "party.create", again=True),
    ServiceAction("intake.update_person", A.LOG_CASE, "change", _update_person,
                  "person.update", again=True),
    ServiceAction("intake.record_consent", A.RECORD_CONSENT, "change", _record_consent,
                  "party.consent", again=True),
    ServiceAction("intake.submit_for_screening", A.LOG_CASE, "change", _submit,
                  f"case.{Move.SUBMIT_FOR_SCREENING.value}"),
    ServiceAction("screening.record_screening", A.RECORD_SCREENING, "change",
                  _record_screening, "screening.record", again=True),
    ServiceAction("screening.approve_screening", A.APPROVE_SCREENING, "change",
                  _approve_screening, "screening.approve", again=True),
    ServiceAction("screening.refer_case", A.REFER, "change", _refer_case, "case.refer"),
    ServiceAction("screening.record_referral_outcome", A.REFER, "change", _referral_outcome,
                  "referral.outcome", again=True),
    ServiceAction("mediation.assign_mediator", A.ASSIGN_MEDIATOR, "change", _assign_mediator,
                  "case.assign_mediator"),
    ServiceAction("mediation.start_mediation", A.START_MEDIATION, "change", _start_mediation,
                  "case.start_mediation"),
    ServiceAction("mediation.record_session", A.RECORD_SESSION, "change", _record_session,
                  "session.create", again=True),
    ServiceAction("mediation.record_truce", A.RECORD_TRUCE, "change", _record_truce,
                  "truce.create", again=True),
    ServiceAction("agreements.create_agreement", A.DRAFT_AGREEMENT, "change",
                  _create_agreement, "agreement.create"),
    ServiceAction("agreements.add_clause", A.DRAFT_AGREEMENT, "change", _add_clause,
                  "agreement.add_clause", again=True),
    ServiceAction("agreements.mark_signed", A.MARK_SIGNED, "change", _mark_signed,
                  "agreement.signed"),
    ServiceAction("agreements.amend", A.AMEND_AGREEMENT, "change", _amend, "agreement.amend", again=True),
    ServiceAction("followup.schedule_follow_ups", A.RECORD_FOLLOW_UP, "change",
                  _schedule_follow_ups, "follow_up.schedule", again=True),
    ServiceAction("followup.close_case", A.CLOSE_CASE, "change", _close_case, "case.close"),
    ServiceAction("followup.reopen_case", A.REOPEN_CASE, "change", _reopen_case,
                  "case.reopen"),
    ServiceAction("followup.archive_case", A.ARCHIVE_CASE, "change", _archive_case,
                  "case.archive"),
    ServiceAction("documents.print_referral_letter", A.PRINT_DOCUMENTS, "change",
                  _print_referral_letter, "print.referral_letter", again=True),
    # A summary is a read: whoever sees the case may print it (masked where need be).
    ServiceAction("documents.print_case_summary", A.PRINT_DOCUMENTS, "change",
                  _print_case_summary, "print.case_summary", sees=True, again=True),
    ServiceAction("cases.get_case_view", A.VIEW_CASES, "read", _get_case_view),
    ServiceAction("cases.move_options", A.VIEW_CASES, "read", _move_options),
    ServiceAction("cases.find_case_id", A.VIEW_CASES, "read", _find_case),
    ServiceAction("agreements.get_agreement", A.VIEW_CASES, "read", _get_agreement),
    ServiceAction("cases.list_cases", A.VIEW_CASES, "list", _list_cases),
    ServiceAction("cases.search_cases(number)", A.VIEW_CASES, "list", _search_by_number),
    ServiceAction("cases.search_cases(name)", A.VIEW_CASES, "list", _search_by_name),
    ServiceAction("exchange.export_cases", A.EXPORT, "list", _export),
    ServiceAction("forums.create_forum", A.MANAGE_FORUMS, "once", _create_forum,
                  "forum.create"),
    ServiceAction("users.create_user", A.MANAGE_USERS, "once", _create_user, "user.create"),
    ServiceAction("maintenance.backup", A.BACKUP, "once", _backup, "database.backup"),
    ServiceAction("maintenance.verify", A.VERIFY, "once", _verify),
    ServiceAction("exchange.import_file", A.IMPORT, "once", _import, "exchange.import"),
]

#: Permissions whose services are not about cases and belong to other parts, with the
#: tests that hold them to the same rules.
ELSEWHERE = {A.MANAGE_REFERENCE: "no service yet: the admin page only",
             A.VIEW_STATISTICS: "tests/services/test_statistics*.py",
             A.MANAGE_FORUM_WORK: "tests/services/test_forum_work*.py"}


@pytest.fixture(scope="module", params=BACKENDS)
def install(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
            ) -> Iterator[Install]:
    folder = tmp_path_factory.mktemp("matrix")
    ctx = ServiceContext.open(new_database_url(request.param, request, folder))
    world = make_world(ctx)
    erbil = forums.add_station(ctx, world.system, world.other_forum_id,
                               name_ar="مركز شرطة عنكاوا", name_en="Ankawa station")
    teams = {
        "own": world,
        "forum": dataclasses.replace(
            world, officer=world.colleague("officer", world.forum_id),
            mediator=world.colleague("mediator", world.forum_id)),
        "other": dataclasses.replace(
            world, forum_id=world.other_forum_id, station_id=erbil.id,
            officer=world.colleague("officer", world.other_forum_id),
            mediator=world.colleague("mediator", world.other_forum_id),
            coordinator=world.colleague("coordinator", world.other_forum_id)),
    }
    yield Install(world, teams, folder)
    ctx.close()


def _state(world: World) -> dict[str, Any]:
    """The audit chain's head, and every table's row count and version sum."""
    with world.ctx.reading() as uow:
        s = uow.session
        head = s.get(m.AuditHead, 1)
        out: dict[str, Any] = {"audit_head": (head.seq, head.hash) if head else None}
        for table in m.Base.metadata.sorted_tables:
            out[f"{table.name}.rows"] = s.scalar(select(func.count()).select_from(table))
            if "version" in table.c:
                out[f"{table.name}.versions"] = s.scalar(
                    select(func.coalesce(func.sum(table.c.version), 0)))
        return out


def _events_since(world: World, seq: int) -> list[tuple[str, int | None]]:
    with world.ctx.reading() as uow:
        return [(a, u) for a, u in uow.session.execute(
            select(m.AuditEvent.action, m.AuditEvent.user_id)
            .where(m.AuditEvent.seq > seq).order_by(m.AuditEvent.seq))]


def _prepared(i: Install, action: ServiceAction, scope: str) -> tuple[int | None, Call]:
    team = i.teams[scope]
    case_id, call = action.prepare(team, i)
    # Theirs: the officer logged it (flows log with the team's officer); the mediator is
    # assigned now, if the coordinator has not done so on its way.
    if (scope == "own" and case_id is not None
            and i.world.mediator.user_id not in mediation.mediators_of(team.ctx, case_id)):
        mediation.assign_mediator(team.ctx, team.coordinator, case_id, i.world.mediator.user_id)
    return case_id, call


def _expected(role: str, action: ServiceAction, scope: str) -> str | None:
    """None if the role may; else the rule that refuses it."""
    if action.needs not in PERMISSIONS[Role(role)]:
        return "permission"
    if action.kind == "once":
        return None
    allowed = SEES_IN if action.kind in ("read", "list") or action.sees else WORKS_IN
    return None if scope in allowed[role] else "scope"


def _head(world: World) -> tuple[int, str] | None:
    with world.ctx.reading() as uow:
        head = uow.session.get(m.AuditHead, 1)
        return (head.seq, head.hash) if head else None


def _check_refused(i: Install, role: str, action: ServiceAction, scope: str, call: Call,
                   rule: str) -> None:
    world = i.world
    before = _head(world)
    with pytest.raises(PermissionDenied) as exc:
        call(world.actor(role))
    assert exc.value.rule == rule, (role, scope, str(exc.value))
    assert _head(world) == before, (role, scope, "something was audited")


def _check_allowed(i: Install, role: str, action: ServiceAction, scope: str, case_id: int | None,
                   call: Call) -> None:
    world = i.world
    actor = world.actor(role)
    before = _state(world)
    result = call(actor)
    if action.kind == "list":
        assert case_id in result, (role, scope, "not listed")
        return
    assert result is not None, (role, scope)
    if action.audited_as is None:
        if action.kind == "read":
            assert _state(world) == before, (role, scope, "a read wrote something")
        return
    new = _events_since(world, before["audit_head"][0])
    assert (action.audited_as, actor.user_id) in new, (role, scope, new)
    assert all(user_id == actor.user_id for _, user_id in new), (role, scope, new)


def test_the_matrix_covers_every_action_and_role() -> None:
    assert set(ROLES) == set(PERMISSIONS) == set(WORKS_IN) == set(SEES_IN)
    covered = {a.needs for a in SERVICE_ACTIONS}
    assert set(Action) - covered == set(ELSEWHERE)


CELLS = [pytest.param(a, s, id=f"{a.name}-{s}") for a in SERVICE_ACTIONS
         for s in (["all"] if a.kind == "once" else SCOPES)]


@pytest.mark.parametrize(("action", "scope"), CELLS)
def test_each_role_in_each_scope(install: Install, action: ServiceAction, scope: str) -> None:
    """One (service, scope): every role, refused ones first on one prepared case, then
    each allowed one on a case of its own."""
    refused = {r: _expected(r, action, scope) for r in ROLES}
    allowed = [r for r, rule in refused.items() if rule is None]
    team_scope = "own" if scope == "all" else scope
    case_id, call = _prepared(install, action, team_scope)
    # Nothing written by any refused call: every table's rows and versions as they were.
    before = _state(install.world)
    for role, rule in refused.items():
        if rule is not None:
            if action.kind == "list" and rule == "scope":
                # A list refuses nothing: the case is simply not in it.
                assert case_id not in call(install.world.actor(role)), (role, scope)
            else:
                _check_refused(install, role, action, scope, call, rule)
    if action.kind != "list":
        assert _state(install.world) == before, (scope, "a refused call wrote something")
    for n, role in enumerate(allowed):
        if n and action.kind not in ("read", "list") and not action.again:
            case_id, call = _prepared(install, action, team_scope)
        _check_allowed(install, role, action, scope, case_id, call)


def test_a_user_with_no_forum_sees_and_works_on_every_forum(install: Install) -> None:
    """Directorate staff: there is no forum to limit them to."""
    world = install.world
    officer = world.colleague("officer", None)
    erbil = new_case(install.teams["other"])
    assert cases.get_case_view(world.ctx, officer, erbil.id).workable
    intake.update_case(world.ctx, officer, erbil.id,
                       version=_view(install.teams["other"], erbil.id).version,
                       request="تسوية")
    listed = {c.id for c in cases.list_cases(world.ctx, officer, limit=10_000)}
    assert erbil.id in listed
    logged = intake.create_case(world.ctx, officer, forum_id=world.other_forum_id)
    assert logged.forum_id == world.other_forum_id


def test_a_mediator_takes_over_once_assigned(install: Install) -> None:
    """Another mediator's case of the forum: seen, not worked on, until the coordinator
    assigns it; the screen's moves say why meanwhile."""
    world, team = install.world, install.teams["forum"]
    view = case_at(team, Stage.MEDIATION)
    shown = cases.get_case_view(world.ctx, world.mediator, view.id)
    assert not shown.workable
    options = cases.move_options(world.ctx, world.mediator, view.id)
    assert options and all(not o.allowed for o in options)
    assert any("not assigned to you" in str(r) for o in options for r in o.reasons)
    mediation.assign_mediator(world.ctx, world.coordinator, view.id, world.mediator.user_id)
    assert cases.get_case_view(world.ctx, world.mediator, view.id).workable
    mediation.record_session(world.ctx, world.mediator, view.id, held_on=world.ctx.today(),
                             kind="separate", outcome="progress")
    advance(team, view.id, Stage.AGREEMENT_DRAFTED)


def test_opening_another_forums_case_on_screen_says_why_and_opens_nothing(
        qtbot, install: Install, monkeypatch: pytest.MonkeyPatch) -> None:
    """E.g. from "check a paper agreement": a paper from another forum names its case."""
    from PySide6.QtWidgets import QMessageBox

    from sulh.gui.main_window import MainWindow
    from sulh.gui.session import AppSession
    from sulh.settings import Settings

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a, **k: shown.append(f"{title}: {text}"))
    erbil = new_case(install.teams["other"])
    main = MainWindow(AppSession(install.world.ctx, install.world.officer,
                                 Settings(language="en")))
    qtbot.addWidget(main.window)
    assert main.open_case(erbil.id) is None
    assert main.window.tabs.count() == 1
    assert shown == [f"Not allowed: Case {erbil.number} belongs to another forum."]
    mine = new_case(install.world)
    assert main.open_case(mine.id) is not None and main.window.tabs.count() == 2
    main.close(force=True)
