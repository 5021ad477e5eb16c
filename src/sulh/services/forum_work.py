"""A forum's own work: its members, its meetings (attendance, issues raised, actions
agreed) and their printed minutes, its trainings and awareness campaigns.

Coordinators record them (Action.MANAGE_FORUM_WORK); every role may read them.
Counts of people are {category: {"f": n, "m": n}}; a meeting's or training's
counts must add up to the number on its attendance sheet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from sulh.db import models as m
from sulh.documents import model as doc
from sulh.documents.bidi_text import DIGIT_STYLES
from sulh.documents.minutes import Minutes, MinutesAction, render_minutes
from sulh.domain import forum_work as fw
from sulh.domain.errors import NotFound, PermissionDenied, ValidationError, ValidationErrors
from sulh.domain.reference import reference
from sulh.domain.roles import Action
from sulh.domain.text import clean_text, phone_key
from sulh.i18n import QT_TRANSLATE_NOOP, msg
from sulh.services import records
from sulh.services._common import check_version, diff, get, log
from sulh.services.audit import snapshot
from sulh.services.context import Actor, ServiceContext

MINUTES_LANGUAGES = ("ar+en", "ckb+en", "ar+ckb")


def fields_error(errors: list[ValidationError]) -> ValidationErrors:
    return ValidationErrors(msg(QT_TRANSLATE_NOOP("Field", "Some fields need correcting.")), errors)


def _raise(errors: list[ValidationError]) -> None:
    if errors:
        raise fields_error(errors)


def _forum(s: Session, forum_id: int) -> m.Forum:
    forum: m.Forum = get(s, m.Forum, forum_id, "forum")
    return forum


def require_forum(actor: Actor, forum: m.Forum) -> m.Forum:
    """A coordinator records the work of their own forum; one with no forum
    (directorate staff) that of any forum."""
    if actor.forum_id is not None and actor.forum_id != forum.id:
        raise PermissionDenied(msg(QT_TRANSLATE_NOOP(
            "ForumWork", "You record the work of your own forum only, not that of {code}."),
            code=forum.code), rule="scope")
    return forum


def _work_on(s: Session, actor: Actor, forum_id: int) -> m.Forum:
    return require_forum(actor, _forum(s, forum_id))


def touch(row: Any, now: dt.datetime) -> None:
    """Mark a record changed, so its version moves even when only its children did
    (or two saves fall in the same clock tick)."""
    row.updated_at = now
    flag_modified(row, "updated_at")


def _not_found(what: tuple[str, str], id_: int) -> NotFound:
    return NotFound(msg(what, id=id_))


# ---------------------------------------------------------------- members

def member_view(x: m.ForumMember) -> records.MemberView:
    return records.MemberView(x.id, x.forum_id, x.full_name, x.sex, x.category, x.phone,
                              x.joined_on, x.left_on, x.note, x.version)


def _check_member(values: Mapping[str, Any], today: dt.date,
                  established: dt.date | None) -> dict[str, Any]:
    errors: list[ValidationError] = []
    out: dict[str, Any] = {}

    def attempt(field: str, check: Any) -> None:
        try:
            out[field] = check()
        except ValidationError as e:
            errors.append(e)

    attempt("full_name", lambda: clean_text(values.get("full_name"), "full_name",
                                            max_length=200, required=True))
    attempt("sex", lambda: fw.check_sex(values.get("sex")))
    attempt("category", lambda: fw.check_category(values.get("category")))
    attempt("phone", lambda: _check_phone(values.get("phone")))
    attempt("note", lambda: clean_text(values.get("note"), "note", max_length=2000,
                                       multiline=True))
    attempt("joined_on", lambda: fw.check_date(values.get("joined_on"), "joined_on",
                                               today=today, not_before=established))
    left = values.get("left_on")
    if left is None:
        out["left_on"] = None
    else:
        attempt("left_on", lambda: fw.check_date(left, "left_on", today=today))
    joined = values.get("joined_on")
    if isinstance(joined, dt.date) and out.get("left_on") is not None and out["left_on"] < joined:
        errors.append(ValidationError(msg(QT_TRANSLATE_NOOP(
            "ForumWork", "A member leaves after joining, not before.")), field="left_on"))
    if "sex" in out and "category" in out:
        try:
            fw.check_member(out["sex"], out["category"])
        except ValidationError as e:
            errors.append(e)
    _raise(errors)
    return out


def _check_phone(value: object) -> str | None:
    text = clean_text(value, "phone", max_length=40)
    if not text:
        return None
    digits = phone_key(text)
    if not 7 <= len(digits) <= 15 or not all(ch.isdigit() or ch in "+-() " for ch in
                                             text.translate(_LOCAL_DIGITS)):
        raise ValidationError(msg(QT_TRANSLATE_NOOP("ForumWork", "This is not a phone number.")),
                              field="phone")
    return text


_LOCAL_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def list_members(ctx: ServiceContext, actor: Actor, forum_id: int, *,
                 on: dt.date | None = None) -> list[records.MemberView]:
    """A forum's members, current ones first; only those on the forum that day if `on`."""
    actor.require(Action.VIEW_CASES)
    with ctx.reading() as uow:
        _forum(uow.session, forum_id)
        query = select(m.ForumMember).where(m.ForumMember.forum_id == forum_id)
        if on is not None:
            query = query.where(m.ForumMember.joined_on <= on,
                                or_(m.ForumMember.left_on.is_(None), m.ForumMember.left_on > on))
        rows = uow.session.execute(query.order_by(
            m.ForumMember.left_on.is_not(None), m.ForumMember.full_name, m.ForumMember.id)
        ).scalars()
        return [member_view(x) for x in rows]


def get_member(ctx: ServiceContext, actor: Actor, member_id: int) -> records.MemberView:
    actor.require(Action.VIEW_CASES)
    with ctx.reading() as uow:
        row = uow.session.get(m.ForumMember, member_id)
        if row is None:
            raise _not_found(QT_TRANSLATE_NOOP("Error", "No such forum member: {id}."), member_id)
        return member_view(row)


def add_member(ctx: ServiceContext, actor: Actor, forum_id: int, *, full_name: str, sex: str,
               category: str, joined_on: dt.date, left_on: dt.date | None = None,
               phone: str | None = None, note: str = "") -> records.MemberView:
    actor.require(Action.MANAGE_FORUM_WORK)
    with ctx.writing() as uow:
        s = uow.session
        forum = _work_on(s, actor, forum_id)
        values = _check_member(dict(full_name=full_name, sex=sex, category=category,
                                    joined_on=joined_on, left_on=left_on, phone=phone,
                                    note=note), ctx.today(), forum.established_on)
        row = m.ForumMember(forum_id=forum.id, created_at=ctx.now(), **values)
        s.add(row)
        s.flush()
        log(s, ctx, actor, "member.create", "forum_member", row.id, after=snapshot(row))
        view = member_view(row)
        uow.commit()
        return view


MEMBER_FIELDS = ("full_name", "sex", "category", "phone", "joined_on", "left_on", "note")


def update_member(ctx: ServiceContext, actor: Actor, member_id: int, *, version: int,
                  **changes: Any) -> records.MemberView:
    """Change some of a member's fields (left_on ends the membership)."""
    actor.require(Action.MANAGE_FORUM_WORK)
    unknown = [k for k in changes if k not in MEMBER_FIELDS]
    _raise([ValidationError(msg(QT_TRANSLATE_NOOP("Field", "This field cannot be changed here.")),
                            field=k) for k in unknown])
    with ctx.writing() as uow:
        s = uow.session
        row = s.get(m.ForumMember, member_id)
        if row is None:
            raise _not_found(QT_TRANSLATE_NOOP("Error", "No such forum member: {id}."), member_id)
        forum = _work_on(s, actor, row.forum_id)
        check_version(row, version, member_view(row))
        current = {k: getattr(row, k) for k in MEMBER_FIELDS}
        values = _check_member({**current, **changes}, ctx.today(), forum.established_on)
        before = snapshot(row)
        for key, value in values.items():
            setattr(row, key, value)
        s.flush()
        b, a = diff(before, snapshot(row))
        if a:
            log(s, ctx, actor, "member.update", "forum_member", row.id, before=b, after=a)
        view = member_view(row)
        uow.commit()
        return view


def _on_forum(day: dt.date) -> Any:
    return (m.ForumMember.joined_on <= day) & or_(m.ForumMember.left_on.is_(None),
                                                  m.ForumMember.left_on > day)


def member_counts(ctx: ServiceContext, actor: Actor, forum_id: int | None, on: dt.date
                  ) -> dict[str, dict[str, int]]:
    """Members on the forum (every forum if None) that day, by category and sex."""
    actor.require(Action.VIEW_CASES)
    out = {c: {s: 0 for s in fw.SEXES} for c in fw.MEMBER_CATEGORIES}
    with ctx.reading() as uow:
        query = (select(m.ForumMember.category, m.ForumMember.sex, func.count())
                 .where(_on_forum(on)).group_by(m.ForumMember.category, m.ForumMember.sex))
        if forum_id is not None:
            query = query.where(m.ForumMember.forum_id == forum_id)
        for category, sex, n in uow.session.execute(query):
            out.setdefault(category, {s: 0 for s in fw.SEXES})[sex] = int(n)
    return out


def women_share_over_time(ctx: ServiceContext, actor: Actor, forum_id: int | None,
                          quarters: Sequence[str | fw.Quarter]) -> list[records.WomenShare]:
    """For each quarter, the members on the forum (every forum if None) on its last day
    and how many were women; counted by the database."""
    actor.require(Action.VIEW_CASES)
    out: list[records.WomenShare] = []
    with ctx.reading() as uow:
        for q in (fw.Quarter.parse(x) for x in quarters):
            query = select(func.count(), func.coalesce(func.sum(
                case((m.ForumMember.sex == "f", 1), else_=0)), 0)).where(_on_forum(q.end))
            if forum_id is not None:
                query = query.where(m.ForumMember.forum_id == forum_id)
            members, women = uow.session.execute(query).one()
            out.append(records.WomenShare(str(q), q.end, int(members), int(women),
                                          fw.share(int(women), int(members))))
    return out


# ---------------------------------------------------------------- counts of people

def _counts(rows: Sequence[Any]) -> dict[str, dict[str, int]]:
    out = {c: {s: 0 for s in fw.SEXES} for c in fw.MEMBER_CATEGORIES}
    for r in rows:
        out.setdefault(r.category, {s: 0 for s in fw.SEXES})[r.sex] = r.count
    return out


def _count_rows(model: type[Any], counts: Mapping[str, Mapping[str, int]]) -> list[Any]:
    """Rows for the non-zero counts only: zero is what a missing row means."""
    return [model(category=c, sex=s, count=n) for c, by_sex in counts.items()
            for s, n in by_sex.items() if n]


def _set_counts(rows: list[Any], model: type[Any],
                counts: Mapping[str, Mapping[str, int]]) -> None:
    """Change the rows in place to the new counts: a row per non-zero count, each kept
    under its (category, sex) key so nothing is deleted and inserted again."""
    have = {(r.category, r.sex): r for r in rows}
    wanted = {(c, s): n for c, by_sex in counts.items() for s, n in by_sex.items() if n}
    for key, row in have.items():
        if key not in wanted:
            rows.remove(row)
    for (category, sex), n in wanted.items():
        if (category, sex) in have:
            have[category, sex].count = n
        else:
            rows.append(model(category=category, sex=sex, count=n))


def _nonzero(counts: Mapping[str, Mapping[str, int]]) -> dict[str, dict[str, int]]:
    """For the audit trail: the counts that are not zero."""
    return {c: {s: n for s, n in by_sex.items() if n} for c, by_sex in counts.items()
            if any(by_sex.values())}


# ---------------------------------------------------------------- meetings

def meeting_view(x: m.ForumMeeting) -> records.MeetingView:
    return records.MeetingView(
        id=x.id, forum_id=x.forum_id, held_on=x.held_on, place=x.place, agenda=x.agenda,
        issues=x.issues, attendance=_counts(x.attendance), attendance_total=x.attendance_total,
        actions=tuple(records.MeetingActionView(a.id, a.position, a.text, a.owner, a.due_on,
                                                a.done, a.done_on) for a in x.actions),
        recorded_by=x.recorded_by, version=x.version)


def _meeting_record(x: m.ForumMeeting) -> dict[str, Any]:
    """The meeting as the audit trail keeps it."""
    return {"forum_id": x.forum_id, "held_on": x.held_on, "place": x.place,
            "agenda": x.agenda, "issues": x.issues, "attendance_total": x.attendance_total,
            "attendance": _nonzero(_counts(x.attendance)),
            "actions": [[a.position, a.text, a.owner, a.due_on, a.done, a.done_on]
                        for a in x.actions]}


def _check_actions(actions: Sequence[Mapping[str, Any]], held_on: dt.date | None,
                   today: dt.date, errors: list[ValidationError]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for n, given in enumerate(actions):
        field = f"actions.{n}"
        item: dict[str, Any] = {"id": given.get("id")}
        try:
            item["text"] = clean_text(given.get("text"), f"{field}.text", max_length=2000,
                                      required=True, multiline=True)
            item["owner"] = clean_text(given.get("owner"), f"{field}.owner", max_length=200,
                                       required=True)
            item["due_on"] = fw.check_date(given.get("due_on"), f"{field}.due_on",
                                           today=today, future=True)
            if held_on is not None and item["due_on"] < held_on:
                raise ValidationError(msg(QT_TRANSLATE_NOOP(
                    "ForumWork", "Action {n}: the date it is due is before the meeting."),
                    n=n + 1), field=f"{field}.due_on")
            item["done"] = bool(given.get("done", False))
            done_on = given.get("done_on")
            if item["done"] and done_on is not None:
                done_on = fw.check_date(done_on, f"{field}.done_on", today=today,
                                        not_before=held_on)
            item["done_on"] = done_on if item["done"] else None
        except ValidationError as e:
            errors.append(e)
            continue
        out.append(item)
    return out


def _check_meeting(values: Mapping[str, Any], today: dt.date, established: dt.date | None
                   ) -> tuple[dict[str, Any], dict[str, dict[str, int]], list[dict[str, Any]]]:
    errors: list[ValidationError] = []
    out: dict[str, Any] = {}
    try:
        out["held_on"] = fw.check_date(values.get("held_on"), "held_on", today=today,
                                       not_before=established)
    except ValidationError as e:
        errors.append(e)
    for field, limit, required in (("place", 200, False), ("agenda", 4000, True),
                                   ("issues", 8000, False)):
        try:
            out[field] = clean_text(values.get(field), field, max_length=limit,
                                    required=required, multiline=field != "place")
        except ValidationError as e:
            errors.append(e)
    counts, total, problems = fw.check_attendance(values.get("attendance"),
                                                  values.get("attendance_total", 0))
    errors += problems
    out["attendance_total"] = total
    actions = _check_actions(values.get("actions") or (), out.get("held_on"), today, errors)
    _raise(errors)
    return out, counts, actions


def _apply_actions(meeting: m.ForumMeeting, actions: list[dict[str, Any]],
                   today: dt.date) -> None:
    """The meeting's actions become `actions`, in that order; an action keeps its row
    (and the day it was marked done) when its id is given."""
    existing = {a.id: a for a in meeting.actions}
    kept: list[m.MeetingAction] = []
    for position, item in enumerate(actions, start=1):
        row = existing.pop(item["id"], None) if item.get("id") is not None else None
        if row is None:
            row = m.MeetingAction()
        done_on = item["done_on"]
        if item["done"] and done_on is None:
            done_on = row.done_on if row.done else today
        row.position, row.text, row.owner = position, item["text"], item["owner"]
        row.due_on, row.done, row.done_on = item["due_on"], item["done"], done_on
        kept.append(row)
    meeting.actions = kept


def _meeting(s: Session, meeting_id: int) -> m.ForumMeeting:
    row = s.get(m.ForumMeeting, meeting_id)
    if row is None:
        raise _not_found(QT_TRANSLATE_NOOP("Error", "No such meeting: {id}."), meeting_id)
    return row


def list_meetings(ctx: ServiceContext, actor: Actor, forum_id: int) -> list[records.MeetingView]:
    """A forum's meetings, the latest first."""
    actor.require(Action.VIEW_CASES)
    with ctx.reading() as uow:
        _forum(uow.session, forum_id)
        rows = uow.session.execute(select(m.ForumMeeting).where(
            m.ForumMeeting.forum_id == forum_id).order_by(m.ForumMeeting.held_on.desc(),
                                                          m.ForumMeeting.id.desc())).scalars()
        return [meeting_view(x) for x in rows]


def get_meeting(ctx: ServiceContext, actor: Actor, meeting_id: int) -> records.MeetingView:
    actor.require(Action.VIEW_CASES)
    with ctx.reading() as uow:
        return meeting_view(_meeting(uow.session, meeting_id))


def record_meeting(ctx: ServiceContext, actor: Actor, forum_id: int, *, held_on: dt.date,
                   agenda: str, place: str = "", issues: str = "",
                   attendance: Mapping[str, Mapping[str, int]] | None = None,
                   attendance_total: int = 0,
                   actions: Sequence[Mapping[str, Any]] = ()) -> records.MeetingView:
    """A meeting the forum held. `actions` are mappings with text, owner, due_on, done."""
    actor.require(Action.MANAGE_FORUM_WORK)
    with ctx.writing() as uow:
        s = uow.session
        forum = _work_on(s, actor, forum_id)
        values, counts, items = _check_meeting(dict(
            held_on=held_on, place=place, agenda=agenda, issues=issues, attendance=attendance,
            attendance_total=attendance_total, actions=actions), ctx.today(),
            forum.established_on)
        row = m.ForumMeeting(forum_id=forum.id, recorded_by=actor.user_id, created_at=ctx.now(),
                             updated_at=ctx.now(), **values)
        row.attendance = _count_rows(m.MeetingAttendance, counts)
        _apply_actions(row, items, ctx.today())
        s.add(row)
        s.flush()
        log(s, ctx, actor, "meeting.create", "forum_meeting", row.id, after=_meeting_record(row))
        view = meeting_view(row)
        uow.commit()
        return view


def update_meeting(ctx: ServiceContext, actor: Actor, meeting_id: int, *, version: int,
                   held_on: dt.date, agenda: str, place: str = "", issues: str = "",
                   attendance: Mapping[str, Mapping[str, int]] | None = None,
                   attendance_total: int = 0,
                   actions: Sequence[Mapping[str, Any]] = ()) -> records.MeetingView:
    """The meeting as the form now shows it: every field, the counts and the actions
    (an action with an `id` is that action, changed)."""
    actor.require(Action.MANAGE_FORUM_WORK)
    with ctx.writing() as uow:
        s = uow.session
        row = _meeting(s, meeting_id)
        forum = _work_on(s, actor, row.forum_id)
        check_version(row, version, meeting_view(row))
        values, counts, items = _check_meeting(dict(
            held_on=held_on, place=place, agenda=agenda, issues=issues, attendance=attendance,
            attendance_total=attendance_total, actions=actions), ctx.today(),
            forum.established_on)
        before = _meeting_record(row)
        for key, value in values.items():
            setattr(row, key, value)
        _set_counts(row.attendance, m.MeetingAttendance, counts)
        _apply_actions(row, items, ctx.today())
        touch(row, ctx.now())       # one version guards the attendance and actions too
        s.flush()
        b, a = diff(before, _meeting_record(row))
        log(s, ctx, actor, "meeting.update", "forum_meeting", row.id, before=b, after=a)
        view = meeting_view(row)
        uow.commit()
        return view


def set_action_done(ctx: ServiceContext, actor: Actor, meeting_id: int, action_id: int, *,
                    done: bool, version: int) -> records.MeetingView:
    """Mark one action of a meeting done (today) or not done; `version` is the meeting's."""
    actor.require(Action.MANAGE_FORUM_WORK)
    with ctx.writing() as uow:
        s = uow.session
        row = _meeting(s, meeting_id)
        _work_on(s, actor, row.forum_id)
        check_version(row, version, meeting_view(row))
        action = next((a for a in row.actions if a.id == action_id), None)
        if action is None:
            raise _not_found(QT_TRANSLATE_NOOP("Error", "No such action: {id}."), action_id)
        before = {"done": action.done, "done_on": action.done_on}
        action.done = done
        action.done_on = (action.done_on or ctx.today()) if done else None
        touch(row, ctx.now())
        s.flush()
        log(s, ctx, actor, "meeting.action_done" if done else "meeting.action_reopened",
            "forum_meeting", row.id, before={"action": action.position, **before},
            after={"action": action.position, "done": action.done, "done_on": action.done_on})
        view = meeting_view(row)
        uow.commit()
        return view


# ---------------------------------------------------------------- minutes

def default_languages(governorate: str | None) -> str:
    """The minutes' language pair for a forum: Kurdish and English in the Kurdistan
    Region, Arabic and English elsewhere."""
    place = reference().governorates.get(governorate or "")
    return "ckb+en" if place is not None and place.extra.get("region") == "kurdistan" \
        else "ar+en"


def _languages(value: str | Sequence[str] | None, governorate: str) -> tuple[str, str]:
    if value is None:
        value = default_languages(governorate)
    parts = value.replace(",", "+").split("+") if isinstance(value, str) else list(value)
    pair = "+".join(p.strip().lower() for p in parts if p.strip())
    if pair not in MINUTES_LANGUAGES:
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Document", "Print in Arabic and English (ar,en), "
                                                 "Kurdish and English (ckb,en) or Arabic "
                                                 "and Kurdish (ar,ckb).")), field="languages")
    first, second = pair.split("+")
    return first, second


def print_minutes(ctx: ServiceContext, actor: Actor, meeting_id: int, *,
                  languages: str | Sequence[str] | None = None,
                  digits: str = "western") -> bytes:
    """The meeting's minutes as PDF bytes, in two languages (the forum's usual pair
    unless given); the print is recorded in the audit trail."""
    actor.require(Action.VIEW_CASES)
    actor.require(Action.PRINT_DOCUMENTS)
    if digits not in DIGIT_STYLES:
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Document", "Digits are western or arabic-indic.")),
                              field="digits")
    with ctx.reading() as uow:
        s = uow.session
        meeting = meeting_view(_meeting(s, meeting_id))
        forum = _forum(s, meeting.forum_id)
        pair = _languages(languages, forum.governorate)
        code = forum.code
        governorate = reference().governorates.get(forum.governorate)
        user = s.get(m.User, actor.user_id)
        signer = actor.full_name or (user.full_name if user else "")
        minutes = Minutes(
            place=doc.Place(forum={"ar": forum.name_ar, "ckb": forum.name_ckb,
                                   "en": forum.name_en},
                            forum_code=forum.code,
                            governorate=dict(governorate.names) if governorate else None),
            held_on=meeting.held_on, venue=meeting.place, agenda=meeting.agenda,
            issues=meeting.issues, attendance=meeting.attendance,
            attendance_total=meeting.attendance_total,
            actions=tuple(MinutesAction(a.position, a.text, a.owner, a.due_on, a.done)
                          for a in meeting.actions),
            signed_by=signer)
    pdf = render_minutes(minutes, languages=pair, digits=digits)
    with ctx.writing() as uow:
        log(uow.session, ctx, actor, "print.minutes", "forum_meeting", meeting.id,
            after={"forum": code, "held_on": meeting.held_on,
                   "languages": "+".join(pair), "version": meeting.version})
        uow.commit()
    return pdf


# ---------------------------------------------------------------- trainings and campaigns

def training_view(x: m.ForumTraining) -> records.TrainingView:
    return records.TrainingView(
        id=x.id, forum_id=x.forum_id, kind=x.kind, topic=x.topic, held_on=x.held_on,
        place=x.place, trainer=x.trainer, participants=_counts(x.participants),
        participants_total=x.participants_total, note=x.note, recorded_by=x.recorded_by,
        version=x.version)


def _training_record(x: m.ForumTraining) -> dict[str, Any]:
    return {"forum_id": x.forum_id, "kind": x.kind, "topic": x.topic, "held_on": x.held_on,
            "place": x.place, "trainer": x.trainer, "note": x.note,
            "participants_total": x.participants_total,
            "participants": _nonzero(_counts(x.participants))}


def _check_training(values: Mapping[str, Any], today: dt.date, established: dt.date | None
                    ) -> tuple[dict[str, Any], dict[str, dict[str, int]]]:
    errors: list[ValidationError] = []
    out: dict[str, Any] = {}
    if values.get("kind") not in fw.ACTIVITY_KINDS:
        errors.append(ValidationError(msg(QT_TRANSLATE_NOOP(
            "ForumWork", "Choose a training or an awareness campaign.")), field="kind"))
    else:
        out["kind"] = values["kind"]
    try:
        out["held_on"] = fw.check_date(values.get("held_on"), "held_on", today=today,
                                       not_before=established)
    except ValidationError as e:
        errors.append(e)
    for field, limit, required in (("topic", 200, True), ("place", 200, False),
                                   ("trainer", 200, False), ("note", 4000, False)):
        try:
            out[field] = clean_text(values.get(field), field, max_length=limit,
                                    required=required, multiline=field == "note")
        except ValidationError as e:
            errors.append(e)
    counts, total, problems = fw.check_attendance(
        values.get("participants"), values.get("participants_total", 0), field="participants",
        total_field="participants_total")
    errors += problems
    out["participants_total"] = total
    _raise(errors)
    return out, counts


def _training(s: Session, training_id: int) -> m.ForumTraining:
    row = s.get(m.ForumTraining, training_id)
    if row is None:
        raise _not_found(QT_TRANSLATE_NOOP("Error", "No such training or campaign: {id}."),
                         training_id)
    return row


def list_trainings(ctx: ServiceContext, actor: Actor, forum_id: int
                   ) -> list[records.TrainingView]:
    """A forum's trainings and awareness campaigns, the latest first."""
    actor.require(Action.VIEW_CASES)
    with ctx.reading() as uow:
        _forum(uow.session, forum_id)
        rows = uow.session.execute(select(m.ForumTraining).where(
            m.ForumTraining.forum_id == forum_id).order_by(m.ForumTraining.held_on.desc(),
                                                           m.ForumTraining.id.desc())).scalars()
        return [training_view(x) for x in rows]


def get_training(ctx: ServiceContext, actor: Actor, training_id: int) -> records.TrainingView:
    actor.require(Action.VIEW_CASES)
    with ctx.reading() as uow:
        return training_view(_training(uow.session, training_id))


def record_training(ctx: ServiceContext, actor: Actor, forum_id: int, *, kind: str,
                    topic: str, held_on: dt.date, place: str = "", trainer: str = "",
                    participants: Mapping[str, Mapping[str, int]] | None = None,
                    participants_total: int = 0, note: str = "") -> records.TrainingView:
    actor.require(Action.MANAGE_FORUM_WORK)
    with ctx.writing() as uow:
        s = uow.session
        forum = _work_on(s, actor, forum_id)
        values, counts = _check_training(dict(
            kind=kind, topic=topic, held_on=held_on, place=place, trainer=trainer, note=note,
            participants=participants, participants_total=participants_total),
            ctx.today(), forum.established_on)
        row = m.ForumTraining(forum_id=forum.id, recorded_by=actor.user_id,
                              created_at=ctx.now(), updated_at=ctx.now(), **values)
        row.participants = _count_rows(m.TrainingParticipants, counts)
        s.add(row)
        s.flush()
        log(s, ctx, actor, "training.create", "forum_training", row.id,
            after=_training_record(row))
        view = training_view(row)
        uow.commit()
        return view


def update_training(ctx: ServiceContext, actor: Actor, training_id: int, *, version: int,
                    kind: str, topic: str, held_on: dt.date, place: str = "",
                    trainer: str = "", participants: Mapping[str, Mapping[str, int]] | None
                    = None, participants_total: int = 0, note: str = ""
                    ) -> records.TrainingView:
    actor.require(Action.MANAGE_FORUM_WORK)
    with ctx.writing() as uow:
        s = uow.session
        row = _training(s, training_id)
        forum = _work_on(s, actor, row.forum_id)
        check_version(row, version, training_view(row))
        values, counts = _check_training(dict(
            kind=kind, topic=topic, held_on=held_on, place=place, trainer=trainer, note=note,
            participants=participants, participants_total=participants_total),
            ctx.today(), forum.established_on)
        before = _training_record(row)
        for key, value in values.items():
            setattr(row, key, value)
        _set_counts(row.participants, m.TrainingParticipants, counts)
        touch(row, ctx.now())
        s.flush()
        b, a = diff(before, _training_record(row))
        log(s, ctx, actor, "training.update", "forum_training", row.id, before=b, after=a)
        view = training_view(row)
        uow.commit()
        return view
