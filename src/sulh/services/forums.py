"""Forums (CPFs) and the police stations that log their cases."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from sulh.db import models as m
from sulh.domain.dates import check_date
from sulh.domain.errors import ValidationError
from sulh.domain.numbering import FORUM_CODE
from sulh.domain.reference import ReferenceData, reference
from sulh.domain.roles import Action
from sulh.domain.text import clean_text
from sulh.i18n import QT_TRANSLATE_NOOP, msg
from sulh.services import records
from sulh.services._common import check_version, diff, get, log
from sulh.services.audit import snapshot
from sulh.services.context import Actor, ServiceContext
from sulh.services.reference_data import reference_in

#: Forums set up before the records begin may give their real founding date.
FORUMS_EARLIEST = dt.date(1950, 1, 1)


def station_view(s: m.Station) -> records.StationView:
    return records.StationView(s.id, s.forum_id, s.name_ar, s.name_ckb, s.name_en, s.version,
                               s.district, s.active)


def forum_view(f: m.Forum) -> records.ForumView:
    return records.ForumView(f.id, f.code, f.name_ar, f.name_ckb, f.name_en, f.governorate,
                             f.district, f.active, f.version,
                             tuple(station_view(s) for s in f.stations))


def _check_place(governorate: str, district: str | None, ref: ReferenceData | None = None
                 ) -> None:
    ref = ref or reference()
    if governorate not in ref.governorates:
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "Unknown governorate: {code}."),
                                  code=governorate), field="governorate")
    if district and not ref.district_in(district, governorate):
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "This district is not in that governorate.")),
                              field="district")


def create_forum(ctx: ServiceContext, actor: Actor, *, code: str, name_ar: str,
                 name_ckb: str = "", name_en: str = "", governorate: str,
                 district: str | None = None, established_on: dt.date | None = None
                 ) -> records.ForumView:
    actor.require(Action.MANAGE_FORUMS)
    code = clean_text(code, "code", max_length=8, required=True).upper()
    if not FORUM_CODE.match(code):
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Forum", "A forum code is three letters and two digits, "
                                              "e.g. BGD01.")), field="code")
    names = {f"name_{lang}": clean_text(v, f"name_{lang}", max_length=200,
                                        required=lang == "ar")
             for lang, v in (("ar", name_ar), ("ckb", name_ckb), ("en", name_en))}
    if established_on is not None:
        check_date(established_on, "established_on", today=ctx.today(), future=False,
                   earliest=FORUMS_EARLIEST)
    with ctx.writing() as uow:
        s = uow.session
        _check_place(governorate, district, reference_in(s))
        if s.execute(select(m.Forum.id).where(m.Forum.code == code)).first():
            raise ValidationError(msg(QT_TRANSLATE_NOOP("Forum", "The forum code {code} is taken."),
                                      code=code), field="code")
        forum = m.Forum(code=code, governorate=governorate, district=district,
                        established_on=established_on, created_at=ctx.now(), **names)
        s.add(forum)
        s.flush()
        log(s, ctx, actor, "forum.create", "forum", forum.id, after=snapshot(forum))
        view = forum_view(forum)
        uow.commit()
        return view


def update_forum(ctx: ServiceContext, actor: Actor, forum_id: int, *, version: int,
                 **changes: object) -> records.ForumView:
    actor.require(Action.MANAGE_FORUMS)
    allowed = {"name_ar", "name_ckb", "name_en", "governorate", "district", "active",
               "established_on"}
    with ctx.writing() as uow:
        s = uow.session
        forum: m.Forum = get(s, m.Forum, forum_id, "forum")
        check_version(forum, version, forum_view(forum))
        before = snapshot(forum)
        for key, value in changes.items():
            if key not in allowed:
                raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "This field cannot be changed here.")),
                                      field=key)
            if key.startswith("name_"):
                value = clean_text(value, key, max_length=200, required=key == "name_ar")
            elif key == "established_on" and value is not None:
                check_date(value, key, today=ctx.today(), future=False,
                           earliest=FORUMS_EARLIEST)
            elif key == "active" and not isinstance(value, bool):
                raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "Answer yes or no.")),
                                      field=key)
            setattr(forum, key, value)
        _check_place(forum.governorate, forum.district, reference_in(s))
        s.flush()
        b, a = diff(before, snapshot(forum))
        log(s, ctx, actor, "forum.update", "forum", forum.id, before=b, after=a)
        view = forum_view(forum)
        uow.commit()
        return view


def add_station(ctx: ServiceContext, actor: Actor, forum_id: int, *, name_ar: str,
                name_ckb: str = "", name_en: str = "", district: str | None = None
                ) -> records.StationView:
    actor.require(Action.MANAGE_FORUMS)
    names = {f"name_{lang}": clean_text(v, f"name_{lang}", max_length=200,
                                        required=lang == "ar")
             for lang, v in (("ar", name_ar), ("ckb", name_ckb), ("en", name_en))}
    with ctx.writing() as uow:
        s = uow.session
        forum: m.Forum = get(s, m.Forum, forum_id, "forum")
        if district:
            _check_place(forum.governorate, district, reference_in(s))
        station = m.Station(forum_id=forum.id, district=district, **names)
        s.add(station)
        s.flush()
        log(s, ctx, actor, "station.create", "station", station.id, after=snapshot(station))
        view = station_view(station)
        uow.commit()
        return view


def update_station(ctx: ServiceContext, actor: Actor, station_id: int, *, version: int,
                   **changes: object) -> records.StationView:
    """Change a station's names, district or whether it is active.  A station stays with
    its forum: its cases' numbers carry the forum's code."""
    actor.require(Action.MANAGE_FORUMS)
    allowed = {"name_ar", "name_ckb", "name_en", "district", "active"}
    with ctx.writing() as uow:
        s = uow.session
        station: m.Station = get(s, m.Station, station_id, "station")
        check_version(station, version, station_view(station))
        # Read before anything changes: a query in between would flush (and count) twice.
        ref = reference_in(s)
        forum: m.Forum = get(s, m.Forum, station.forum_id, "forum")
        before = snapshot(station)
        for key, value in changes.items():
            if key not in allowed:
                raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "This field cannot be changed here.")),
                                      field=key)
            if key.startswith("name_"):
                value = clean_text(value, key, max_length=200, required=key == "name_ar")
            elif key == "active" and not isinstance(value, bool):
                raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "Answer yes or no.")),
                                      field=key)
            elif key == "district":
                value = value or None
                if value is not None:
                    _check_place(forum.governorate, str(value), ref)
            setattr(station, key, value)
        s.flush()
        b, a = diff(before, snapshot(station))
        if a:
            log(s, ctx, actor, "station.update", "station", station.id, before=b, after=a)
        view = station_view(station)
        uow.commit()
        return view


def list_forums(ctx: ServiceContext, actor: Actor) -> list[records.ForumView]:
    actor.require(Action.VIEW_CASES)
    with ctx.reading() as uow:
        # The stations with the forums in one more query, not one per forum: every case
        # tab and the main window's filters ask for this list.
        return [forum_view(f) for f in uow.session.execute(
            select(m.Forum).order_by(m.Forum.code)
            .options(selectinload(m.Forum.stations))).scalars()]


def forum_by_code(ctx: ServiceContext, code: str) -> records.ForumView | None:
    with ctx.reading() as uow:
        f = uow.session.execute(select(m.Forum).where(m.Forum.code == code.upper())
                                ).scalar_one_or_none()
        return forum_view(f) if f else None
