"""The role × action matrix, checked against the real services on both databases:
a role without the permission is refused and nothing is written; a role with it
gets the change made and audited in its own name.

One installation per backend serves the whole module (a fresh PostgreSQL
database per cell would triple the run time); every cell prepares its own case,
so no cell depends on another.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import func, select

from sulh.db import models as m
from sulh.domain.errors import PermissionDenied
from sulh.domain.roles import ACTION_LABELS, PERMISSIONS, ROLE_LABELS, Action, Role
from sulh.domain.workflow import Stage
from sulh.services import (
    agreements,
    cases,
    followup,
    forum_work,
    forums,
    intake,
    mediation,
    screening,
    users,
)
from sulh.services.cases import get_case_view
from sulh.services.context import Actor, ServiceContext
from tests.conftest import BACKENDS, World, make_world, new_database_url
from tests.flows import CLEAN_ANSWERS, case_at, new_case

Call = Callable[[Actor], Any]


@dataclass(frozen=True)
class ServiceAction:
    """A service call, the permission it needs, and the audit event it writes when allowed."""

    name: str
    needs: Action
    prepare: Callable[[World], Call]    # puts a case where the call makes sense
    audited_as: str | None              # None: a read, which writes nothing


def _view(world: World, case_id: int) -> Any:
    return get_case_view(world.ctx, world.coordinator, case_id)


def _withdrawn(world: World) -> int:
    case = new_case(world)
    followup.close_case(world.ctx, world.coordinator, case.id, reason="withdrawn",
                        note="The complainant withdrew.")
    return case.id


# ---------------------------------------------------------------- one preparation per call

def _create_case(world: World) -> Call:
    return lambda actor: intake.create_case(
        world.ctx, actor, forum_id=world.forum_id, category="debt", channel="walk_in",
        description="دين غير مسدد بين جارين", station_id=world.station_id)


def _add_party(world: World) -> Call:
    case = new_case(world, parties=1)
    return lambda actor: intake.add_party(
        world.ctx, actor, case.id, role="respondent",
        person={"given_name": "كاوە", "father_name": "عومەر", "family_name": "ئەحمەد",
                "phone": "+964 750 123 4567", "sex": "male"})


def _assigned(world: World, case_id: int) -> int:
    """Put the case in every casework role's scope: its officer logged it, and now its
    mediator is assigned (tests/hardening/test_permission_matrix.py checks the others)."""
    mediation.assign_mediator(world.ctx, world.coordinator, case_id, world.mediator.user_id)
    return case_id


def _record_consent(world: World) -> Call:
    party = _view(world, _assigned(world, new_case(world).id)).parties[0]
    return lambda actor: intake.record_consent(world.ctx, actor, party.id, consent=True)


def _record_screening(world: World) -> Call:
    case = case_at(world, Stage.SCREENING)
    return lambda actor: screening.record_screening(world.ctx, actor, case.id,
                                                    answers=CLEAN_ANSWERS)


def _approve_screening(world: World) -> Call:
    case = case_at(world, Stage.SCREENING)
    row = screening.record_screening(world.ctx, world.officer, case.id, answers=CLEAN_ANSWERS)
    return lambda actor: screening.approve_screening(world.ctx, actor, row.id)


def _refer_case(world: World) -> Call:
    case = case_at(world, Stage.SCREENING)
    _assigned(world, case.id)
    return lambda actor: screening.refer_case(
        world.ctx, actor, case.id, destination="legal_aid_ngo",
        reason="The dispute is about an inheritance share before a court.", consent=True)


def _assign_mediator(world: World) -> Call:
    case = case_at(world, Stage.SCREENING)
    return lambda actor: mediation.assign_mediator(world.ctx, actor, case.id,
                                                   world.mediator.user_id)


def _start_mediation(world: World) -> Call:
    case = case_at(world, Stage.SCREENING)
    row = screening.record_screening(world.ctx, world.officer, case.id, answers=CLEAN_ANSWERS)
    screening.approve_screening(world.ctx, world.coordinator, row.id)
    for party in _view(world, case.id).parties:
        intake.record_consent(world.ctx, world.officer, party.id, consent=True)
    _assigned(world, case.id)
    return lambda actor: mediation.start_mediation(world.ctx, actor, case.id)


def _record_session(world: World) -> Call:
    view = case_at(world, Stage.MEDIATION)
    present = [p.id for p in view.parties][:1]
    return lambda actor: mediation.record_session(
        world.ctx, actor, view.id, held_on=world.ctx.today(), kind="joint",
        outcome="progress", present_party_ids=present, place="مقر المنتدى")


def _record_truce(world: World) -> Call:
    case = case_at(world, Stage.MEDIATION)
    today = world.ctx.today()
    return lambda actor: mediation.record_truce(
        world.ctx, actor, case.id, starts_on=today, expires_on=today + dt.timedelta(days=30),
        guarantor="الشيخ حسن", terms="لا اعتداء خلال مدة العطوة")


def _create_agreement(world: World) -> Call:
    case = case_at(world, Stage.MEDIATION)
    return lambda actor: agreements.create_agreement(world.ctx, actor, case.id,
                                                     languages="ar+en")


def _record_print(world: World) -> Call:
    view = case_at(world, Stage.AGREEMENT_DRAFTED)
    return lambda actor: agreements.record_print(world.ctx, actor, view.agreement.id)


def _mark_signed(world: World) -> Call:
    view = case_at(world, Stage.AGREEMENT_DRAFTED)
    printed = agreements.record_print(world.ctx, world.officer, view.agreement.id)
    for signatory in printed.signatories:
        agreements.record_signature(world.ctx, world.officer, signatory.id)
    return lambda actor: agreements.mark_signed(world.ctx, actor, view.id)


def _amend(world: World) -> Call:
    agreement = case_at(world, Stage.SIGNED).agreement
    return lambda actor: agreements.amend(
        world.ctx, actor, agreement.id, version=agreement.version,
        reason="The parties agreed a later payment date.",
        add_clauses=[{"ar": "يؤجل موعد الدفع شهراً واحداً",
                      "en": "The payment date is postponed by one month."}])


def _record_follow_up(world: World) -> Call:
    check = case_at(world, Stage.FOLLOW_UP).follow_ups[0]
    return lambda actor: followup.record_follow_up(world.ctx, actor, check.id,
                                                   result="complied", done_on=world.ctx.today())


def _close_case(world: World) -> Call:
    case = new_case(world)
    return lambda actor: followup.close_case(world.ctx, actor, case.id, reason="withdrawn",
                                             note="The complainant withdrew.")


def _reopen_case(world: World) -> Call:
    case_id = _withdrawn(world)
    return lambda actor: followup.reopen_case(world.ctx, actor, case_id,
                                              reason="The complainant came back.")


def _archive_case(world: World) -> Call:
    case_id = _withdrawn(world)
    return lambda actor: followup.archive_case(world.ctx, actor, case_id)


def _add_member(world: World) -> Call:
    return lambda actor: forum_work.add_member(
        world.ctx, actor, world.forum_id, full_name="زينب علي حسين", sex="f",
        category="women", joined_on=dt.date(2025, 1, 10))


def _create_forum(world: World) -> Call:
    # One code per role, since the installation is shared by the module.
    codes = {r.value: f"NIN{i:02d}" for i, r in enumerate(Role, start=1)}
    return lambda actor: forums.create_forum(
        world.ctx, actor, code=codes[actor.role.value], name_ar="منتدى الموصل",
        name_en="Mosul forum", governorate="NIN")


def _create_user(world: World) -> Call:
    return lambda actor: users.create_user(
        world.ctx, actor, username=f"zainab.{actor.role.value}", full_name="زينب محمد",
        role="mediator", password="a long enough passphrase", forum_id=world.forum_id)


def _get_case_view(world: World) -> Call:
    case = new_case(world)
    return lambda actor: cases.get_case_view(world.ctx, actor, case.id)


SERVICE_ACTIONS = [
    ServiceAction("intake.create_case", Action.LOG_CASE, _create_case, "case.create"),
    ServiceAction("intake.add_party", Action.LOG_CASE, _add_party, "party.create"),
    ServiceAction("intake.record_consent", Action.RECORD_CONSENT, _record_consent,
                  "party.consent"),
    ServiceAction("screening.record_screening", Action.RECORD_SCREENING, _record_screening,
                  "screening.record"),
    ServiceAction("screening.approve_screening", Action.APPROVE_SCREENING, _approve_screening,
                  "screening.approve"),
    ServiceAction("screening.refer_case", Action.REFER, _refer_case, "case.refer"),
    ServiceAction("mediation.assign_mediator", Action.ASSIGN_MEDIATOR, _assign_mediator,
                  "case.assign_mediator"),
    ServiceAction("mediation.start_mediation", Action.START_MEDIATION, _start_mediation,
                  "case.start_mediation"),
    ServiceAction("mediation.record_session", Action.RECORD_SESSION, _record_session,
                  "session.create"),
    ServiceAction("mediation.record_truce", Action.RECORD_TRUCE, _record_truce,
                  "truce.create"),
    ServiceAction("agreements.create_agreement", Action.DRAFT_AGREEMENT, _create_agreement,
                  "agreement.create"),
    ServiceAction("agreements.record_print", Action.PRINT_DOCUMENTS, _record_print,
                  "print.agreement"),
    ServiceAction("agreements.mark_signed", Action.MARK_SIGNED, _mark_signed,
                  "agreement.signed"),
    ServiceAction("agreements.amend", Action.AMEND_AGREEMENT, _amend, "agreement.amend"),
    ServiceAction("followup.record_follow_up", Action.RECORD_FOLLOW_UP, _record_follow_up,
                  "follow_up.record"),
    ServiceAction("followup.close_case", Action.CLOSE_CASE, _close_case, "case.close"),
    ServiceAction("followup.reopen_case", Action.REOPEN_CASE, _reopen_case, "case.reopen"),
    ServiceAction("followup.archive_case", Action.ARCHIVE_CASE, _archive_case, "case.archive"),
    ServiceAction("forums.create_forum", Action.MANAGE_FORUMS, _create_forum, "forum.create"),
    ServiceAction("forum_work.add_member", Action.MANAGE_FORUM_WORK, _add_member,
                  "member.create"),
    ServiceAction("users.create_user", Action.MANAGE_USERS, _create_user, "user.create"),
    ServiceAction("cases.get_case_view", Action.VIEW_CASES, _get_case_view, None),
]

ROLES = [r.value for r in Role]


@pytest.fixture(scope="module", params=BACKENDS)
def installation(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
                 ) -> Iterator[World]:
    """The same installation as the `world` fixture, on each backend, once per module."""
    url = new_database_url(request.param, request, tmp_path_factory.mktemp("permissions"))
    ctx = ServiceContext.open(url)
    yield make_world(ctx)
    ctx.close()


# ---------------------------------------------------------------- what "nothing written" means

def database_state(world: World) -> dict[str, Any]:
    """The audit chain's head and length, and every table's row count and version sum."""
    with world.ctx.reading() as uow:
        s = uow.session
        head = s.get(m.AuditHead, 1)
        out: dict[str, Any] = {
            "audit_head": (head.seq, head.hash) if head else None,
            "audit_events": s.scalar(select(func.count()).select_from(m.AuditEvent)),
        }
        for table in m.Base.metadata.sorted_tables:
            out[f"{table.name}.rows"] = s.scalar(select(func.count()).select_from(table))
            if "version" in table.c:
                out[f"{table.name}.versions"] = s.scalar(
                    select(func.coalesce(func.sum(table.c.version), 0)))
        return out


def events_since(world: World, seq: int) -> list[tuple[str, int | None]]:
    with world.ctx.reading() as uow:
        return [tuple(r) for r in uow.session.execute(  # type: ignore[misc]
            select(m.AuditEvent.action, m.AuditEvent.user_id)
            .where(m.AuditEvent.seq > seq).order_by(m.AuditEvent.seq))]


# ---------------------------------------------------------------- the matrix

def test_the_matrix_covers_every_role_and_a_service_for_each_casework_permission() -> None:
    assert set(ROLES) == set(PERMISSIONS)
    covered = {a.needs for a in SERVICE_ACTIONS}
    casework = set().union(*(PERMISSIONS[r] for r in (Role.OFFICER, Role.MEDIATOR,
                                                      Role.COORDINATOR)))
    assert casework - covered <= {Action.VIEW_STATISTICS, Action.EXPORT}
    assert {Action.MANAGE_USERS, Action.MANAGE_FORUMS, Action.VIEW_CASES} <= covered


def test_every_role_is_refused_something_and_allowed_to_view() -> None:
    every = {a.needs for a in SERVICE_ACTIONS}
    for role in Role:
        assert Action.VIEW_CASES in PERMISSIONS[role], role
        assert every - PERMISSIONS[role], role


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", SERVICE_ACTIONS, ids=lambda a: a.name)
def test_role_action(installation: World, role: str, action: ServiceAction) -> None:
    world = installation
    call = action.prepare(world)
    actor = world.actor(role)
    before = database_state(world)
    if action.needs in PERMISSIONS[Role(role)]:
        result = call(actor)
        assert result is not None
        after = database_state(world)
        if action.audited_as is None:
            assert after == before
        else:
            new = events_since(world, before["audit_head"][0])
            assert (action.audited_as, actor.user_id) in new
            assert all(user_id == actor.user_id for _, user_id in new)
    else:
        with pytest.raises(PermissionDenied) as exc:
            call(actor)
        assert exc.value.rule == "permission"
        # Named as the user knows them, not by their codes.
        text = str(exc.value)
        assert ROLE_LABELS[Role(role)][1] in text and ACTION_LABELS[action.needs][1] in text
        assert f"({role})" not in text and f": {action.needs.value}." not in text
        assert database_state(world) == before
