"""A forum's own work through the real services on both databases: members and the
share of women over time, meetings with their attendance and actions, printed
minutes, trainings and campaigns; who may record them, field-named refusals, stale
saves, the audit trail, and migration 0004 going down and up."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import func, inspect, select

from sulh import cli
from sulh.db import models as m
from sulh.db.migrate import current_revision, downgrade, head_revision, upgrade
from sulh.domain.errors import (
    NotFound,
    PermissionDenied,
    StaleRecord,
    ValidationError,
    ValidationErrors,
)
from sulh.domain.forum_work import MEMBER_CATEGORIES, Quarter
from sulh.domain.roles import PERMISSIONS, Action, Role
from sulh.services import forum_work, forums, records, surveys, users
from sulh.services.context import Actor
from tests.documents.pdf import column, norm, page_count, text

NOW = dt.datetime(2026, 11, 21, 9, 0, tzinfo=dt.UTC)
TODAY = dt.date(2026, 11, 21)
ROLES = [r.value for r in Role]
FORUM_TABLES = (m.ForumMember, m.ForumMeeting, m.MeetingAttendance, m.MeetingAction,
                m.ForumTraining, m.TrainingParticipants, m.SurveyRound, m.SurveyResult,
                m.SurveyMapping)


@pytest.fixture
def w(world):  # type: ignore[no-untyped-def]
    """The world on a fixed clock, so dates in the past and future stay so."""
    world.ctx.clock = lambda: NOW
    return world


def head(ctx) -> int:  # type: ignore[no-untyped-def]
    with ctx.reading() as uow:
        return int(uow.session.scalar(select(func.max(m.AuditEvent.seq))) or 0)


def events_after(ctx, seq: int) -> list[SimpleNamespace]:  # type: ignore[no-untyped-def]
    with ctx.reading() as uow:
        rows = uow.session.execute(select(m.AuditEvent).where(m.AuditEvent.seq > seq)
                                   .order_by(m.AuditEvent.seq)).scalars()
        return [SimpleNamespace(action=e.action, entity=e.entity, entity_id=e.entity_id,
                                user_id=e.user_id, before=e.before, after=e.after) for e in rows]


def row_counts(ctx) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with ctx.reading() as uow:
        return {t.__tablename__: int(uow.session.scalar(select(func.count()).select_from(t)))
                for t in (*FORUM_TABLES, m.AuditEvent)}


def fields(exc: BaseException) -> set[str]:
    errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
    return {e.field for e in errors if isinstance(e, ValidationError) and e.field}


def meeting_kwargs(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = dict(
        held_on=dt.date(2026, 10, 14), place="قاعة مركز شرطة الكرخ",
        agenda="1. الإنارة في حي الجهاد\n2. مشاركة النساء في المنتدى",
        issues="طرح ممثل النازحين مشكلة الدوريات الليلية قرب المخيم.",
        attendance={"police": {"f": 1, "m": 4}, "women": {"f": 5}, "displaced": {"f": 2, "m": 3},
                    "tribal": {"m": 2}},
        attendance_total=17,
        actions=[{"text": "مخاطبة البلدية بشأن الإنارة", "owner": "مختار الحي",
                  "due_on": dt.date(2026, 11, 30)},
                 {"text": "Women's safety meeting in Camp 3", "owner": "Captain Haider Abbas",
                  "due_on": dt.date(2026, 12, 15), "done": False}])
    base.update(changes)
    return base


# ---------------------------------------------------------------- members

def test_members_are_added_changed_and_ended_each_change_audited(w):
    ctx, coord = w.ctx, w.coordinator
    seq = head(ctx)
    zainab = forum_work.add_member(ctx, coord, w.forum_id, full_name="زينب علي حسين",
                                   sex="f", category="women", joined_on=dt.date(2025, 2, 1),
                                   phone="0770 123 4567", note="ممثلة منظمة نسوية")
    ahmed = forum_work.add_member(ctx, coord, w.forum_id, full_name="Ahmed Jasim",
                                  sex="m", category="police", joined_on=dt.date(2025, 3, 1))
    assert (zainab.sex, zainab.category, zainab.phone, zainab.left_on) == \
        ("f", "women", "0770 123 4567", None)
    ended = forum_work.update_member(ctx, coord, ahmed.id, version=ahmed.version,
                                     left_on=dt.date(2026, 6, 30))
    assert ended.left_on == dt.date(2026, 6, 30) and ended.version == ahmed.version + 1
    # Current members first; on a given day only those on the forum then.
    assert [x.id for x in forum_work.list_members(ctx, w.viewer, w.forum_id)] == \
        [zainab.id, ahmed.id]
    assert [x.id for x in forum_work.list_members(ctx, w.viewer, w.forum_id,
                                                  on=dt.date(2026, 7, 1))] == [zainab.id]
    assert forum_work.get_member(ctx, w.officer, ahmed.id) == ended
    events = events_after(ctx, seq)
    assert [(e.action, e.entity, e.user_id) for e in events] == [
        ("member.create", "forum_member", coord.user_id),
        ("member.create", "forum_member", coord.user_id),
        ("member.update", "forum_member", coord.user_id)]
    assert '"left_on":"2026-06-30"' in events[-1].after and '"left_on":null' in events[-1].before
    with pytest.raises(NotFound):
        forum_work.get_member(ctx, coord, 999_999)


def test_member_fields_are_checked_and_each_fault_named(w):
    ctx, coord = w.ctx, w.coordinator
    forums.update_forum(ctx, w.system, w.forum_id, version=1,
                        established_on=dt.date(2016, 5, 1))
    before = row_counts(ctx)
    with pytest.raises(ValidationErrors) as exc:
        forum_work.add_member(ctx, coord, w.forum_id, full_name="  ", sex="x",
                              category="chiefs", joined_on=dt.date(2027, 1, 1), phone="call me")
    assert fields(exc.value) == {"full_name", "sex", "category", "joined_on", "phone"}
    with pytest.raises(ValidationErrors) as exc:
        forum_work.add_member(ctx, coord, w.forum_id, full_name="Omar", sex="m",
                              category="women", joined_on=dt.date(2015, 1, 1),
                              left_on=dt.date(2014, 12, 1))
    assert fields(exc.value) == {"category", "joined_on", "left_on"}
    assert "women" in str(exc.value) and "2015-01-01" in str(exc.value)
    assert row_counts(ctx) == before
    member = forum_work.add_member(ctx, coord, w.forum_id, full_name="Omar", sex="m",
                                   category="youth", joined_on=dt.date(2020, 1, 1))
    with pytest.raises(ValidationErrors) as exc:
        forum_work.update_member(ctx, coord, member.id, version=member.version,
                                 left_on=dt.date(2019, 1, 1))
    assert fields(exc.value) == {"left_on"}
    with pytest.raises(ValidationErrors) as exc:
        forum_work.update_member(ctx, coord, member.id, version=member.version, forum_id=2)
    assert fields(exc.value) == {"forum_id"}


def test_a_stale_member_save_is_refused_with_the_member_as_it_is_now(w):
    ctx, coord = w.ctx, w.coordinator
    member = forum_work.add_member(ctx, coord, w.forum_id, full_name="Layla", sex="f",
                                   category="youth", joined_on=dt.date(2024, 1, 1))
    theirs = forum_work.update_member(ctx, coord, member.id, version=member.version,
                                      category="civil_society")
    with pytest.raises(StaleRecord) as exc:
        forum_work.update_member(ctx, coord, member.id, version=member.version,
                                 phone="07701234567")
    assert exc.value.details == theirs
    assert forum_work.get_member(ctx, coord, member.id).phone is None


def test_women_share_over_time_is_the_members_on_each_quarters_last_day(w):
    ctx, coord = w.ctx, w.coordinator
    people = [  # (sex, category, joined, left, forum)
        ("f", "women", dt.date(2025, 1, 5), None, w.forum_id),
        ("m", "police", dt.date(2025, 1, 5), dt.date(2025, 9, 30), w.forum_id),
        ("m", "tribal", dt.date(2025, 4, 1), None, w.forum_id),
        ("f", "displaced", dt.date(2025, 6, 30), dt.date(2026, 1, 15), w.forum_id),
        ("m", "youth", dt.date(2025, 7, 1), None, w.forum_id),
        ("f", "lawyer", dt.date(2026, 2, 1), None, w.forum_id),
        ("f", "religious", dt.date(2025, 2, 1), None, w.other_forum_id),
    ]
    system_coordinator = Actor(coord.user_id, coord.username, Role.COORDINATOR, None,
                               coord.full_name)       # no forum: may record for any forum
    for n, (sex, category, joined, left, forum_id) in enumerate(people):
        forum_work.add_member(ctx, system_coordinator, forum_id, full_name=f"member {n}",
                              sex=sex, category=category, joined_on=joined, left_on=left)
    quarters = [str(q) for q in (Quarter(2024, 4), Quarter(2025, 1), Quarter(2025, 2),
                                 Quarter(2025, 3), Quarter(2025, 4), Quarter(2026, 1))]

    def expected(forum_id: int | None, q: str) -> tuple[int, int]:
        end = Quarter.parse(q).end
        on = [p for p in people if (forum_id is None or p[4] == forum_id)
              and p[2] <= end and (p[3] is None or p[3] > end)]
        return len(on), sum(1 for p in on if p[0] == "f")

    for forum_id in (w.forum_id, None):
        shares = forum_work.women_share_over_time(ctx, w.viewer, forum_id, quarters)
        assert [s.quarter for s in shares] == quarters
        for s in shares:
            members, women = expected(forum_id, s.quarter)
            assert (s.members, s.women, s.on) == (members, women, Quarter.parse(s.quarter).end)
            assert s.percent == (round(100 * women / members, 1) if members else None)
    # Members by category and sex on one day.
    day = dt.date(2025, 8, 1)
    counts = forum_work.member_counts(ctx, w.viewer, w.forum_id, day)
    assert set(counts) == set(MEMBER_CATEGORIES)
    for category in MEMBER_CATEGORIES:
        for sex in ("f", "m"):
            assert counts[category][sex] == sum(
                1 for p in people if p[4] == w.forum_id and p[1] == category and p[0] == sex
                and p[2] <= day and (p[3] is None or p[3] > day)), (category, sex)


# ---------------------------------------------------------------- permissions

def test_only_coordinators_record_forum_work_and_every_role_reads_it(w):
    for role in ROLES:
        check_role(w, role)


def check_role(w, role: str) -> None:  # type: ignore[no-untyped-def]
    ctx = w.ctx
    actor = w.actor(role)
    setup = forum_work.record_meeting(ctx, w.coordinator, w.forum_id, **meeting_kwargs())
    calls = {
        "member": lambda: forum_work.add_member(ctx, actor, w.forum_id, full_name="Sara",
                                                sex="f", category="youth",
                                                joined_on=dt.date(2026, 1, 1)),
        "meeting": lambda: forum_work.record_meeting(ctx, actor, w.forum_id,
                                                     **meeting_kwargs(attendance={},
                                                                      attendance_total=0)),
        "action": lambda: forum_work.set_action_done(ctx, actor, setup.id, setup.actions[0].id,
                                                     done=True, version=setup.version),
        "training": lambda: forum_work.record_training(
            ctx, actor, w.forum_id, kind="training", topic="Mediation skills",
            held_on=dt.date(2026, 9, 1), participants={"youth": {"f": 3, "m": 2}},
            participants_total=5),
        "survey": lambda: surveys.record_round(
            ctx, actor, w.forum_id, quarter="2026Q3", respondents={"f": 10, "m": 12},
            results={"feel_safe": {"f": {"yes": 6}, "m": {"yes": 8}}}),
    }
    allowed = Action.MANAGE_FORUM_WORK in PERMISSIONS[Role(role)]
    assert allowed == (role == "coordinator")
    for name, call in calls.items():
        before = row_counts(ctx)
        if allowed:
            assert call() is not None, (role, name)
        else:
            with pytest.raises(PermissionDenied) as exc:
                call()
            assert exc.value.rule == "permission", (role, name)
            assert row_counts(ctx) == before, (role, name)
    # Reading is for everyone.
    assert setup.id in {x.id for x in forum_work.list_meetings(ctx, actor, w.forum_id)}
    forum_work.list_members(ctx, actor, w.forum_id)
    forum_work.list_trainings(ctx, actor, w.forum_id)
    surveys.list_rounds(ctx, actor, w.forum_id)


def test_a_coordinator_records_their_own_forums_work_only(w):
    ctx, coord = w.ctx, w.coordinator
    before = row_counts(ctx)
    with pytest.raises(PermissionDenied) as exc:
        forum_work.add_member(ctx, coord, w.other_forum_id, full_name="Hawre", sex="m",
                              category="community", joined_on=dt.date(2026, 1, 1))
    assert exc.value.rule == "scope" and "ERB01" in str(exc.value)
    with pytest.raises(PermissionDenied):
        surveys.record_round(ctx, coord, w.other_forum_id, quarter="2026Q2",
                             respondents={"f": 1, "m": 1}, results={})
    assert row_counts(ctx) == before
    # Directorate staff (a coordinator account with no forum) may record for any forum.
    users.create_user(ctx, w.system, username="hq", full_name="HQ coordinator",
                      role="coordinator")
    hq = users.actor_for(ctx, "hq")
    made = forum_work.add_member(ctx, hq, w.other_forum_id, full_name="Hawre", sex="m",
                                 category="community", joined_on=dt.date(2026, 1, 1))
    assert made.forum_id == w.other_forum_id
    # ... and the forum's own coordinator may not change it afterwards from elsewhere.
    with pytest.raises(PermissionDenied):
        forum_work.update_member(ctx, coord, made.id, version=made.version, note="x")


# ---------------------------------------------------------------- meetings

def test_a_meeting_with_attendance_and_actions_is_recorded_edited_and_audited(w):
    ctx, coord = w.ctx, w.coordinator
    seq = head(ctx)
    meeting = forum_work.record_meeting(ctx, coord, w.forum_id, **meeting_kwargs())
    assert meeting.attendance["police"] == {"f": 1, "m": 4}
    assert meeting.attendance["youth"] == {"f": 0, "m": 0}
    assert (meeting.by_sex("f"), meeting.by_sex("m"), meeting.attendance_total) == (8, 9, 17)
    assert [(a.position, a.owner, a.done) for a in meeting.actions] == \
        [(1, "مختار الحي", False), (2, "Captain Haider Abbas", False)]
    assert meeting.open_actions == 2
    first, second = meeting.actions

    # Edit: one more woman from the youth, the second action done, a third added, and
    # the first one dropped.
    changed = forum_work.update_meeting(
        ctx, coord, meeting.id, version=meeting.version, **meeting_kwargs(
            attendance={**meeting_kwargs()["attendance"], "youth": {"f": 1}},
            attendance_total=18,
            actions=[{"id": second.id, "text": second.text, "owner": second.owner,
                      "due_on": second.due_on, "done": True},
                     {"text": "زيارة المخيم رقم 3", "owner": "ممثل النازحين",
                      "due_on": dt.date(2027, 1, 10)}]))
    assert changed.version == meeting.version + 1
    assert changed.attendance["youth"] == {"f": 1, "m": 0} and changed.attendance_total == 18
    assert [(a.id == second.id, a.position, a.done, a.done_on) for a in changed.actions] == \
        [(True, 1, True, TODAY), (False, 2, False, None)]
    assert first.id not in {a.id for a in changed.actions}
    reopened = forum_work.set_action_done(ctx, coord, meeting.id, second.id, done=False,
                                          version=changed.version)
    assert (reopened.actions[0].done, reopened.actions[0].done_on) == (False, None)
    assert reopened.version == changed.version + 1
    assert forum_work.get_meeting(ctx, w.viewer, meeting.id) == reopened
    events = events_after(ctx, seq)
    assert [e.action for e in events] == ["meeting.create", "meeting.update",
                                          "meeting.action_reopened"]
    assert all(e.user_id == coord.user_id and e.entity_id == meeting.id for e in events)
    assert '"women":{"f":5}' in events[0].after and "مختار الحي" in events[0].after
    assert '"youth":{"f":1}' in events[1].after and '"attendance_total":18' in events[1].after
    # Stored as rows the database can sum (no zero rows).
    with ctx.reading() as uow:
        assert uow.session.scalar(select(func.sum(m.MeetingAttendance.count)).where(
            m.MeetingAttendance.meeting_id == meeting.id)) == 18
        assert uow.session.scalar(select(func.count()).select_from(m.MeetingAttendance).where(
            m.MeetingAttendance.count == 0)) == 0


MEETING_FAULTS = [
    ({"attendance": {"police": {"f": -1, "m": 4}}, "attendance_total": 3},
     {"attendance.police.f"}),
    ({"attendance": {"women": {"f": 2, "m": 1}}, "attendance_total": 3}, {"attendance.women.m"}),
    ({"attendance_total": 20}, {"attendance_total"}),
    ({"attendance": {"elders": {"m": 2}}, "attendance_total": 2}, {"attendance"}),
    ({"attendance": {"youth": {"f": 1.5}}, "attendance_total": 1}, {"attendance.youth.f"}),
    ({"held_on": dt.date(2026, 12, 1)}, {"held_on"}),
    ({"held_on": dt.date(1999, 12, 31), "agenda": ""}, {"held_on", "agenda"}),
    ({"actions": [{"text": "x", "owner": "", "due_on": dt.date(2026, 10, 1)},
                  {"text": "y", "owner": "z", "due_on": dt.date(2026, 10, 1)}]},
     {"actions.0.owner", "actions.1.due_on"}),
]


def test_meeting_faults_are_named_and_nothing_is_written(w):
    before = row_counts(w.ctx)
    for changes, wrong in MEETING_FAULTS:
        with pytest.raises(ValidationErrors) as exc:
            forum_work.record_meeting(w.ctx, w.coordinator, w.forum_id,
                                      **meeting_kwargs(**changes))
        assert fields(exc.value) == wrong, changes
    assert row_counts(w.ctx) == before
    # A total that does not add up says what the counts do add up to.
    with pytest.raises(ValidationErrors) as exc:
        forum_work.record_meeting(w.ctx, w.coordinator, w.forum_id,
                                  **meeting_kwargs(attendance_total=20))
    assert "17" in str(exc.value) and "20" in str(exc.value)


def test_a_stale_meeting_save_is_refused_with_the_meeting_as_it_is_now(w):
    ctx, coord = w.ctx, w.coordinator
    meeting = forum_work.record_meeting(ctx, coord, w.forum_id, **meeting_kwargs())
    theirs = forum_work.set_action_done(ctx, coord, meeting.id, meeting.actions[0].id,
                                        done=True, version=meeting.version)
    with pytest.raises(StaleRecord) as exc:
        forum_work.update_meeting(ctx, coord, meeting.id, version=meeting.version,
                                  **meeting_kwargs(place="Elsewhere"))
    assert exc.value.details == theirs and exc.value.details.actions[0].done
    assert forum_work.get_meeting(ctx, coord, meeting.id).place == meeting.place


def test_minutes_print_in_the_forums_languages_and_the_print_is_recorded(w):
    ctx, coord = w.ctx, w.coordinator
    meeting = forum_work.record_meeting(ctx, coord, w.forum_id, **meeting_kwargs())
    seq = head(ctx)
    pdf = forum_work.print_minutes(ctx, w.officer, meeting.id)
    assert page_count(pdf) == 1
    right, left = norm(column(pdf, "right", full_rows=False)), norm(column(pdf, "left",
                                                                           full_rows=False))
    assert "محضر اجتماع المنتدى" in right and "Minutes of the forum meeting" in left
    assert "Karkh forum" in left and "منتدى الكرخ" in right
    assert norm("مخاطبة البلدية بشأن الإنارة") in norm(text(pdf))
    assert "Captain Haider Abbas" in norm(text(pdf))
    [event] = events_after(ctx, seq)
    assert (event.action, event.entity, event.entity_id, event.user_id) == \
        ("print.minutes", "forum_meeting", meeting.id, w.officer.user_id)
    assert '"languages":"ar+en"' in event.after and '"forum":"BGD01"' in event.after
    # Another pair when asked; an unknown pair or digit style is named.
    pdf = forum_work.print_minutes(ctx, coord, meeting.id, languages="ar,ckb",
                                   digits="arabic-indic")
    assert "کۆنووسی کۆبوونەوەی مەکۆ" in norm(column(pdf, "left", full_rows=False))
    with pytest.raises(ValidationError) as exc:
        forum_work.print_minutes(ctx, coord, meeting.id, languages="en,ar")
    assert exc.value.field == "languages"
    with pytest.raises(ValidationError) as exc:
        forum_work.print_minutes(ctx, coord, meeting.id, digits="roman")
    assert exc.value.field == "digits"
    # Viewers read but do not print; nothing is recorded for a refused print.
    seq = head(ctx)
    with pytest.raises(PermissionDenied):
        forum_work.print_minutes(ctx, w.viewer, meeting.id)
    assert events_after(ctx, seq) == []


def test_a_kurdistan_forums_minutes_are_in_kurdish_and_english(w):
    hq = Actor(w.coordinator.user_id, "coordinator", Role.COORDINATOR, None, "Coordinator")
    meeting = forum_work.record_meeting(w.ctx, hq, w.other_forum_id, **meeting_kwargs(
        agenda="کۆبوونەوەی مانگانە", actions=[]))
    assert forum_work.default_languages("ERB") == "ckb+en"
    pdf = forum_work.print_minutes(w.ctx, hq, meeting.id)
    right = norm(column(pdf, "right", full_rows=False))
    assert "کۆنووسی کۆبوونەوەی مەکۆ" in right and "مەکۆی هەولێر" in right
    assert "No actions were agreed." in norm(column(pdf, "left", full_rows=False))


def test_cli_prints_the_minutes_of_a_meeting(w, db_url, tmp_path, capsys):
    meeting = forum_work.record_meeting(w.ctx, w.coordinator, w.forum_id, **meeting_kwargs())
    out = tmp_path / "minutes.pdf"
    rc = cli.run(["--db", db_url, "minutes", "--forum", "bgd01", "--date", "2026-10-14",
                  "-o", str(out), "--as", "coordinator", "--languages", "ckb,en"])
    assert rc == 0, capsys.readouterr().err
    assert "recorded against coordinator" in capsys.readouterr().out
    assert "Minutes of the forum meeting" in norm(text(out.read_bytes()))
    assert forum_work.get_meeting(w.ctx, w.viewer, meeting.id).version == meeting.version
    rc = cli.run(["--db", db_url, "minutes", "--forum", "BGD01", "--date", "2026-10-15",
                  "-o", str(out), "--as", "coordinator"])
    assert rc == 2 and "no meeting" in capsys.readouterr().err


# ---------------------------------------------------------------- trainings and campaigns

def test_trainings_and_awareness_campaigns_with_participants(w):
    ctx, coord = w.ctx, w.coordinator
    seq = head(ctx)
    training = forum_work.record_training(
        ctx, coord, w.forum_id, kind="training", topic="مهارات الوساطة", held_on=dt.date(2026, 9, 3),
        place="Karkh youth centre", trainer="UNDP trainer",
        participants={"police": {"m": 6}, "women": {"f": 4}, "youth": {"f": 2, "m": 3}},
        participants_total=15)
    campaign = forum_work.record_training(
        ctx, coord, w.forum_id, kind="awareness", topic="حملة توعية ضد العنف الأسري",
        held_on=dt.date(2026, 10, 1), participants={"community": {"f": 40, "m": 25}},
        participants_total=65)
    assert (training.by_sex("f"), training.by_sex("m")) == (6, 9)
    assert [x.id for x in forum_work.list_trainings(ctx, w.viewer, w.forum_id)] == \
        [campaign.id, training.id]
    with pytest.raises(ValidationErrors) as exc:
        forum_work.update_training(
            ctx, coord, training.id, version=training.version, kind="lecture", topic="",
            held_on=dt.date(2027, 1, 1), participants={"women": {"m": 1}},
            participants_total=1)
    assert fields(exc.value) == {"kind", "topic", "held_on", "participants.women.m"}
    changed = forum_work.update_training(
        ctx, coord, training.id, version=training.version, kind="training",
        topic="مهارات الوساطة", held_on=dt.date(2026, 9, 3), place="Karkh youth centre",
        trainer="UNDP trainer", participants={"police": {"m": 6}, "women": {"f": 5}},
        participants_total=11)
    assert changed.participants["women"] == {"f": 5, "m": 0}
    assert changed.participants["youth"] == {"f": 0, "m": 0}
    with pytest.raises(StaleRecord) as exc_stale:
        forum_work.update_training(ctx, coord, training.id, version=training.version,
                                   kind="training", topic="x", held_on=dt.date(2026, 9, 3))
    assert exc_stale.value.details == changed
    assert [e.action for e in events_after(ctx, seq)] == ["training.create", "training.create",
                                                          "training.update"]


# ---------------------------------------------------------------- the migration

def test_migration_0004_goes_down_and_up_keeping_everything_else(w):
    ctx = w.ctx
    forum_work.add_member(ctx, w.coordinator, w.forum_id, full_name="Sara", sex="f",
                          category="youth", joined_on=dt.date(2026, 1, 1))
    with ctx.reading() as uow:
        users_before = uow.session.scalar(select(func.count()).select_from(m.User))
    downgrade(ctx.engine, "0003")
    names = set(inspect(ctx.engine).get_table_names())
    assert not names & {t.__tablename__ for t in FORUM_TABLES}
    assert {"forums", "users", "cases", "audit_events"} <= names
    upgrade(ctx.engine)
    assert current_revision(ctx.engine) == head_revision()
    assert {t.__tablename__ for t in FORUM_TABLES} <= set(inspect(ctx.engine).get_table_names())
    with ctx.reading() as uow:
        assert uow.session.scalar(select(func.count()).select_from(m.User)) == users_before
    assert forum_work.list_members(ctx, w.viewer, w.forum_id) == []
    made = forum_work.add_member(ctx, w.coordinator, w.forum_id, full_name="Sara", sex="f",
                                 category="youth", joined_on=dt.date(2026, 1, 1))
    assert isinstance(made, records.MemberView)
