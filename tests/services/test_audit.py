"""The audit trail: every change leaves an event naming who did what, before and after;
the hash chain finds rows edited or deleted behind the application's back."""

from __future__ import annotations

import json
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import delete, insert, select, text

from sulh.db import models as m
from sulh.domain.workflow import Stage
from sulh.services import agreements, cases, followup, forums, intake, mediation, screening, users
from sulh.services.audit import ChainFinding, event_hash, snapshot, verify_chain
from tests.flows import CLEAN_ANSWERS, case_at, new_case

EVENTS = m.AuditEvent.__table__
HEAD = m.AuditHead.__table__


def head_seq(ctx) -> int:  # type: ignore[no-untyped-def]
    with ctx.reading() as uow:
        head = uow.session.get(m.AuditHead, 1)
        return 0 if head is None else head.seq


def events_after(ctx, seq: int) -> list[SimpleNamespace]:  # type: ignore[no-untyped-def]
    with ctx.reading() as uow:
        return [SimpleNamespace(**snapshot(e)) for e in uow.session.execute(
            select(m.AuditEvent).where(m.AuditEvent.seq > seq).order_by(m.AuditEvent.seq)
        ).scalars()]


def findings(ctx) -> list[ChainFinding]:  # type: ignore[no-untyped-def]
    with ctx.reading() as uow:
        return verify_chain(uow.session)[1]


def changes(ctx, actor, call: Callable[[], Any]) -> tuple[Any, list[SimpleNamespace]]:  # type: ignore[no-untyped-def]
    """Run one service call; return its result and the events it wrote, all by `actor`."""
    start = head_seq(ctx)
    result = call()
    new = events_after(ctx, start)
    assert new, "the change left no audit event"
    assert [e.seq for e in new] == list(range(start + 1, start + 1 + len(new)))
    for e in new:
        assert (e.user_id, e.username) == (actor.user_id, actor.username)
        assert e.action and e.entity and e.at is not None
        assert e.before or e.after
    return result, new


def one(events: list[SimpleNamespace], action: str) -> SimpleNamespace:
    found = [e for e in events if e.action == action]
    assert len(found) == 1, [e.action for e in events]
    return found[0]


def test_every_service_change_leaves_an_event_with_user_action_before_and_after(world):
    ctx, off, med, coord = world.ctx, world.officer, world.mediator, world.coordinator

    case, ev = changes(ctx, off, lambda: intake.create_case(
        ctx, off, forum_id=world.forum_id, category="land", channel="walk_in",
        description="نزاع على حدود أرض", station_id=world.station_id))
    e = one(ev, "case.create")
    assert (e.entity, e.entity_id, e.case_id, e.before) == ("case", case.id, case.id, "")
    after = json.loads(e.after)
    assert (after["number"], after["stage"], after["description"]) == (
        case.number, "intake", "نزاع على حدود أرض")

    parties = []
    for i, (given, phone) in enumerate((("علي", "07701234560"), ("أحمد", "07701234561"))):
        party, ev = changes(ctx, off, lambda given=given, phone=phone, i=i: intake.add_party(
            ctx, off, case.id, role="respondent" if i else "complainant",
            person={"given_name": given, "father_name": "جاسم", "phone": phone}))
        parties.append(party)
        assert json.loads(one(ev, "person.create").after)["given_name"] == given
        assert json.loads(one(ev, "party.create").after)["name"] == f"{given} جاسم"

    current = cases.get_case_view(ctx, off, case.id)
    _, ev = changes(ctx, off, lambda: intake.update_case(ctx, off, case.id,
                                                        version=current.version,
                                                        request="ترسيم الحد"))
    e = one(ev, "case.update")
    assert json.loads(e.before) == {"request": ""}
    assert json.loads(e.after) == {"request": "ترسيم الحد"}

    for p in parties:
        _, ev = changes(ctx, off, lambda p=p: intake.record_consent(ctx, off, p.id,
                                                                   consent=True))
        e = one(ev, "party.consent")
        assert (e.entity_id, e.case_id) == (p.id, case.id)
        assert (json.loads(e.before), json.loads(e.after)) == ({"consent": False},
                                                               {"consent": True})

    _, ev = changes(ctx, off, lambda: intake.submit_for_screening(ctx, off, case.id))
    e = one(ev, "case.submit_for_screening")
    assert json.loads(e.before) == {"stage": "intake"}
    assert json.loads(e.after)["stage"] == "screening"

    s, ev = changes(ctx, off, lambda: screening.record_screening(ctx, off, case.id,
                                                                 answers=CLEAN_ANSWERS))
    assert json.loads(one(ev, "screening.record").after)["decision"] == "mediate"
    _, ev = changes(ctx, coord, lambda: screening.approve_screening(ctx, coord, s.id))
    assert json.loads(one(ev, "screening.approve").after) == {"approved_by": coord.user_id}
    _, ev = changes(ctx, coord, lambda: mediation.assign_mediator(ctx, coord, case.id,
                                                                  med.user_id))
    assert json.loads(one(ev, "case.assign_mediator").after) == {"mediator": med.user_id}
    _, ev = changes(ctx, med, lambda: mediation.start_mediation(ctx, med, case.id))
    one(ev, "case.start_mediation")
    session, ev = changes(ctx, med, lambda: mediation.record_session(
        ctx, med, case.id, held_on=ctx.today(), kind="joint", outcome="progress",
        present_party_ids=[parties[0].id]))
    e = one(ev, "session.create")
    assert (json.loads(e.after)["present"], json.loads(e.after)["absent"]) == (
        [parties[0].id], [parties[1].id])
    _, ev = changes(ctx, med, lambda: mediation.update_session(
        ctx, med, session.id, version=session.version, summary="اتفاق مبدئي"))
    e = one(ev, "session.update")
    assert json.loads(e.before)["summary"] == "" and json.loads(e.after)["summary"] == \
        "اتفاق مبدئي"
    a, ev = changes(ctx, med, lambda: agreements.create_agreement(ctx, med, case.id))
    one(ev, "agreement.create")
    a, ev = changes(ctx, med, lambda: agreements.set_compensation(
        ctx, med, a.id, version=a.version, amount_iqd=1_500_000))
    e = one(ev, "agreement.compensation")
    assert json.loads(e.before)["amount"] == 0 and json.loads(e.after)["amount"] == 1_500_000
    _, ev = changes(ctx, coord, lambda: followup.close_case(ctx, coord, case.id,
                                                            reason="withdrawn",
                                                            note="the sides settled alone"))
    e = one(ev, "case.close")
    assert json.loads(e.after) == {"stage": "withdrawn", "reason": "the sides settled alone",
                                   "closure_reason": "withdrawn"}

    # Administration leaves its trail too.
    sysadmin = world.system
    _, ev = changes(ctx, sysadmin, lambda: forums.create_forum(
        ctx, sysadmin, code="NIN01", name_ar="منتدى الموصل", governorate="NIN"))
    assert json.loads(one(ev, "forum.create").after)["code"] == "NIN01"
    _, ev = changes(ctx, sysadmin, lambda: users.create_user(
        ctx, sysadmin, username="mediator2", full_name="Second mediator", role="mediator",
        forum_id=world.forum_id))
    assert json.loads(one(ev, "user.create").after)["username"] == "mediator2"

    assert findings(ctx) == []


def test_stage_changes_and_audit_events_agree(world):
    case = case_at(world, Stage.CLOSED)
    with world.ctx.reading() as uow:
        s = uow.session
        moves = s.execute(select(m.StageChange.move, m.StageChange.to_stage, m.StageChange.user_id)
                          .where(m.StageChange.case_id == case.id)
                          .order_by(m.StageChange.id)).all()
        logged = s.execute(select(m.AuditEvent.action, m.AuditEvent.after, m.AuditEvent.user_id)
                           .where(m.AuditEvent.case_id == case.id,
                                  m.AuditEvent.entity == "case",
                                  m.AuditEvent.action.like("case.%"),
                                  m.AuditEvent.action != "case.assign_mediator")
                           .order_by(m.AuditEvent.seq)).all()
    assert len(moves) == len(logged) == 7
    for (move, to_stage, user_id), (action, after, ev_user) in zip(moves, logged, strict=True):
        assert action == ("case.create" if move == "log" else f"case.{move}")
        assert json.loads(after)["stage"] == to_stage and ev_user == user_id


# ---------------------------------------------------------------- tampering

@pytest.fixture
def trail(world):  # type: ignore[no-untyped-def]
    """A database with a real trail of events, untouched so far."""
    case_at(world, Stage.MEDIATION)
    new_case(world)
    with world.ctx.reading() as uow:
        count, found = verify_chain(uow.session)
    assert found == [] and count == head_seq(world.ctx) > 20
    return world.ctx


def raw(ctx, sql: str, **params: Any) -> None:  # type: ignore[no-untyped-def]
    """Change the database behind the application's back."""
    with ctx.engine.begin() as conn:
        conn.execute(text(sql), params)


def saved_rows(ctx) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:  # type: ignore[no-untyped-def]
    with ctx.engine.connect() as conn:
        events = [dict(r._mapping) for r in conn.execute(select(EVENTS).order_by(EVENTS.c.seq))]
        head = [dict(r._mapping) for r in conn.execute(select(HEAD))]
        conn.rollback()
    return events, head


def restore(ctx, saved: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:  # type: ignore[no-untyped-def]
    events, head = saved
    with ctx.engine.begin() as conn:
        conn.execute(delete(EVENTS))
        conn.execute(delete(HEAD))
        conn.execute(insert(EVENTS), events)
        conn.execute(insert(HEAD), head)


def test_an_untouched_trail_has_no_findings(trail):
    count, found = 0, None
    with trail.reading() as uow:
        count, found = verify_chain(uow.session, batch=7)   # several batches
    assert found == [] and count == head_seq(trail)


def test_each_kind_of_tampering_is_found(trail):
    ctx = trail
    saved = saved_rows(ctx)
    last = head_seq(ctx)
    middle = last // 2

    # An event's text edited.
    raw(ctx, 'UPDATE audit_events SET "after" = :v WHERE seq = :s',
        v='{"stage":"closed"}', s=middle)
    assert findings(ctx) == [ChainFinding(middle, "was changed after it was written")]
    restore(ctx, saved)
    assert findings(ctx) == []

    # Who did it, rewritten.
    raw(ctx, "UPDATE audit_events SET username = 'someone', user_id = NULL WHERE seq = :s",
        s=middle)
    assert findings(ctx) == [ChainFinding(middle, "was changed after it was written")]
    restore(ctx, saved)

    # An event in the middle deleted.
    raw(ctx, "DELETE FROM audit_events WHERE seq = :s", s=middle)
    assert findings(ctx) == [
        ChainFinding(middle, f"missing (next present is {middle + 1})"),
        ChainFinding(middle + 1, "does not follow the event before it"),
    ]
    restore(ctx, saved)

    # The hash fields of an event overwritten.
    raw(ctx, "UPDATE audit_events SET hash = :h WHERE seq = :s", h="f" * 64, s=middle)
    assert findings(ctx) == [
        ChainFinding(middle, "was changed after it was written"),
        ChainFinding(middle + 1, "does not follow the event before it"),
    ]
    restore(ctx, saved)
    raw(ctx, "UPDATE audit_events SET prev_hash = :h WHERE seq = :s", h="0" * 64, s=middle)
    assert findings(ctx) == [
        ChainFinding(middle, "does not follow the event before it"),
        ChainFinding(middle, "was changed after it was written"),
    ]
    restore(ctx, saved)

    # An edit whose own hash is recomputed still breaks the link to the next event.
    ev = next(e for e in saved[0] if e["seq"] == middle)
    forged = event_hash(ev["prev_hash"], ev["seq"], ev["at"], ev["user_id"], ev["username"],
                        ev["action"], ev["entity"], ev["entity_id"], ev["case_id"],
                        ev["before"], '{"stage":"closed"}')
    raw(ctx, 'UPDATE audit_events SET "after" = :v, hash = :h WHERE seq = :s',
        v='{"stage":"closed"}', h=forged, s=middle)
    assert findings(ctx) == [ChainFinding(middle + 1, "does not follow the event before it")]
    restore(ctx, saved)

    # The last event deleted, the head left as it was.
    raw(ctx, "DELETE FROM audit_events WHERE seq = :s", s=last)
    assert findings(ctx) == [ChainFinding(last, f"the chain ends at {last - 1}, but its head "
                                                f"says {last}")]
    restore(ctx, saved)

    # The head's hash rewritten.
    raw(ctx, "UPDATE audit_head SET hash = :h WHERE id = 1", h="a" * 64)
    assert findings(ctx) == [ChainFinding(last, "the chain's head does not match its last "
                                                "event")]
    restore(ctx, saved)

    # The head removed while events remain.
    raw(ctx, "DELETE FROM audit_head")
    assert findings(ctx) == [ChainFinding(0, "the chain's head is missing")]
    restore(ctx, saved)
    assert findings(ctx) == []
