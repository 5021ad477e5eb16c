"""Generated input, fed to every service that takes what people type and to the import.

Text in Arabic, Kurdish, Latin and any other script, with harakat, tatweel, Arabic-Indic
and Persian digits, up to the longest each field takes (10,000 characters for a
description); and bad values: control characters, lone surrogates, one character too
many, a line break in a one-line field, not text at all, dates out of range or not
dates, amounts out of range or not whole dinars.

Every bad value is refused with a ValidationError naming its field: nothing crashes, no
database error reaches the user, nothing is written.  Every good value comes back exactly
as typed (less surrounding white space) from the database, through an export and an
import, and in the text layer of the printed agreement.

Examples are derandomised, so CI sees the same ones every run.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import itertools
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher, Type
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from sulh.db import models as m
from sulh.documents.bidi_text import WESTERN, localise_digits
from sulh.domain.agreements import MAX_IQD, forbidden_rule
from sulh.domain.dates import EARLIEST, latest
from sulh.domain.errors import SulhError, ValidationError, ValidationErrors
from sulh.domain.workflow import Stage
from sulh.services import (
    agreements,
    cases,
    documents,
    exchange,
    followup,
    forums,
    intake,
    mediation,
    users,
)
from sulh.services.context import Actor, ServiceContext
from tests.conftest import BACKENDS, World, make_world, new_database_url
from tests.documents.pdf import column, page_count
from tests.flows import case_at

NOW = dt.datetime(2026, 11, 21, 9, 0, tzinfo=dt.UTC)
TODAY = NOW.astimezone().date()

FAST = settings(max_examples=30, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.large_base_example])
SLOW = settings(FAST, max_examples=10)

# ---------------------------------------------------------------- what people type

ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهويىةأإآءؤئ"
KURDISH = "ڕێڵەۆیکگپچژڤ"
LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"
HARAKAT = "".join(chr(c) for c in range(0x064B, 0x0653))     # fatha ... sukun, shadda
PUNCTUATION = "()[]،؛؟.,:-/%«»"
TYPED = ARABIC + KURDISH + LATIN + DIGITS + HARAKAT + PUNCTUATION + "ـ\u200c "
CONTROLS = [chr(c) for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20),
                             *range(0x7F, 0xA0))]
SURROGATES = ["\ud800", "\udbff", "\udc00", "\udfff"]
PROSE = "صلح بين عشيرتين ئاشتی لە گەڕەک peace ١٢٣ ۴۵۶ 789 مُحَمَّد ـ "


def good_text(size: int, *, multiline: bool = False, required: bool = False
              ) -> st.SearchStrategy[str]:
    """Text a field of `size` characters takes, as typed (no white space around it)."""
    extra = "\n" if multiline else ""
    typed = st.text(st.sampled_from(TYPED + extra), max_size=min(size, 80))
    anything = st.text(st.characters(exclude_categories=("Cs", "Cc"),
                                     include_characters=extra), max_size=min(size, 40))
    longest = st.integers(max(1, size - 5), size).map(
        lambda n: (PROSE * (n // len(PROSE) + 1))[:n])
    return (typed | anything | longest).map(str.strip).filter(
        lambda t: len(t) <= size and (bool(t) or not required))


def _insert(args: tuple[str, str, int]) -> str:
    text, bad, at = args
    at %= len(text) + 1
    return text[:at] + bad + text[at:]


def bad_text(size: int, *, multiline: bool = False, required: bool = False
             ) -> st.SearchStrategy[object]:
    base = good_text(min(size, 30))
    options: list[st.SearchStrategy[object]] = [
        st.tuples(base, st.sampled_from(CONTROLS + SURROGATES), st.integers(0, 60)).map(_insert),
        st.integers(size + 1, size + 30).map(lambda n: (PROSE * (n // len(PROSE) + 1))[:n]
                                             .replace(" ", "ب")),
        st.sampled_from([12, 3.5, b"bytes", ["a list"], True, {"a": 1}]),
    ]
    if not multiline:
        options.append(st.tuples(base, st.sampled_from(["\n", "\r", "\r\n"]),
                                 st.integers(0, 60)).map(_insert))
    if required:
        options.append(st.sampled_from(["", "   ", "\t", " \u3000 "]))
    return st.one_of(options)


def bad_day(*, future: bool) -> st.SearchStrategy[object]:
    """Days out of range (before the records begin; after today, or past the horizon),
    and what is not a day at all."""
    after = (latest(TODAY) if future else TODAY) + dt.timedelta(days=1)
    return st.one_of(
        st.dates(max_value=EARLIEST - dt.timedelta(days=1)),
        st.dates(min_value=after),
        st.datetimes(min_value=dt.datetime(2001, 1, 1), max_value=dt.datetime(2026, 1, 1)),
        st.sampled_from(["2026-01-01", "01/02/2026", 20260101, None, 1.5]),
    )


def good_day(*, future: bool = False) -> st.SearchStrategy[dt.date]:
    return st.dates(min_value=EARLIEST, max_value=latest(TODAY) if future else TODAY)


BAD_AMOUNTS = st.one_of(st.integers(max_value=-1), st.integers(min_value=MAX_IQD + 1),
                        st.floats(allow_nan=True), st.booleans(), st.just("1000"),
                        st.just(10**40))


# ---------------------------------------------------------------- one installation per backend

@dataclass
class Install:
    world: World
    reader: Actor                   # a coordinator with no forum: sees every case whole
    intake_case: int
    mediation_case: int
    agreement_id: int
    follow_up_case: int
    follow_up_id: int
    hq: ServiceContext              # a second database, the import's destination
    hq_admin: Actor
    folder: Path
    codes: Iterator[str]


@pytest.fixture(scope="module", params=BACKENDS)
def inst(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
         ) -> Iterator[Install]:
    folder = tmp_path_factory.mktemp("bad-input")
    ctx = ServiceContext.open(new_database_url(request.param, request, folder))
    ctx.clock = lambda: NOW
    hq = ServiceContext.open(new_database_url(request.param, request, folder))
    hq.clock = lambda: NOW
    world = make_world(ctx)
    drafting = case_at(world, Stage.MEDIATION)
    a = agreements.create_agreement(ctx, world.mediator, drafting.id, languages="ar+en")
    following = case_at(world, Stage.FOLLOW_UP)
    codes = (f"X{a}{b}{n:02d}" for a, b in itertools.product("ABCDEFGHJK", repeat=2)
             for n in range(1, 100))
    yield Install(world, world.colleague("coordinator", None),
                  case_at(world, Stage.INTAKE).id, drafting.id, a.id, following.id,
                  following.follow_ups[0].id, hq, users.system_actor(hq), folder, codes)
    hq.close()
    ctx.close()


def _state(ctx: ServiceContext) -> tuple[Any, ...]:
    """Every table's row count and the audit chain's head, in one round trip."""
    counts = [select(func.count()).select_from(t).scalar_subquery()
              for t in m.Base.metadata.sorted_tables]
    with ctx.reading() as uow:
        return tuple(uow.session.execute(select(*counts, m.AuditHead.hash)
                                         .where(m.AuditHead.id == 1)).one())


def _fields(e: SulhError) -> set[str]:
    if isinstance(e, ValidationErrors):
        return {x.field or "" for x in e.errors}
    return {e.field or ""}


def refused(ctx: ServiceContext, field: str, call: Callable[[], object]) -> None:
    """The call is refused with a ValidationError naming `field`, and writes nothing."""
    before = _state(ctx)
    with pytest.raises((ValidationError, ValidationErrors)) as e:
        call()
    assert any(f == field or f.startswith(f"{field}.") or f.endswith(f".{field}")
               for f in _fields(e.value)), (field, _fields(e.value), str(e.value))
    assert str(e.value)                               # a message, in words
    assert _state(ctx) == before


# ---------------------------------------------------------------- intake

CASE_TEXT = [("neighbourhood", 200, False), ("camp", 200, False), ("police_ref", 80, False),
             ("court_ref", 80, False), ("description", 10_000, True),
             ("request", 5_000, True), ("vulnerable_notes", 5_000, True)]


@FAST
@given(data=st.data())
def test_intake_refuses_each_bad_value_by_name(inst: Install, data: st.DataObject) -> None:
    w = inst.world
    name, size, multiline = data.draw(st.sampled_from([*CASE_TEXT, ("intake_date", 0, False)]))
    value = (data.draw(bad_day(future=False)) if name == "intake_date"
             else data.draw(bad_text(size, multiline=multiline)))
    refused(w.ctx, name, lambda: intake.create_case(w.ctx, w.officer, forum_id=w.forum_id,
                                                    **{name: value}))


@FAST
@given(values=st.fixed_dictionaries({n: good_text(s, multiline=ml) for n, s, ml in CASE_TEXT}),
       day=good_day())
def test_intake_keeps_good_values_exactly(inst: Install, values: dict[str, str],
                                          day: dt.date) -> None:
    w = inst.world
    made = intake.create_case(w.ctx, w.officer, forum_id=w.forum_id, intake_date=day, **values)
    back = cases.get_case_view(w.ctx, w.officer, made.id)
    assert {n: getattr(back, n) for n in values} == values and back.intake_date == day


# ---------------------------------------------------------------- parties and people

NAME_PARTS = ("given_name", "father_name", "grandfather_name", "family_name")
PERSON_TEXT = [*((n, 100) for n in NAME_PARTS), ("latin_name", 200), ("id_document", 80)]
GOOD_PHONE = st.lists(st.sampled_from(DIGITS), min_size=7, max_size=15).map("".join)
BAD_PHONE = st.one_of(st.lists(st.sampled_from(DIGITS), min_size=1, max_size=6).map("".join),
                      st.lists(st.sampled_from(DIGITS), min_size=16, max_size=30).map("".join),
                      st.text(st.sampled_from(ARABIC + LATIN), min_size=1, max_size=20))


@FAST
@given(data=st.data())
def test_a_party_refuses_each_bad_value_by_name(inst: Install, data: st.DataObject) -> None:
    w, case_id = inst.world, inst.intake_case
    field, _ = data.draw(st.sampled_from([*PERSON_TEXT, ("phone", 0), ("birth_year", 0),
                                          ("age", 0), ("name", 0), ("full_name", 0)]))
    person: dict[str, object] = {"given_name": "سارا"}
    kind, name = "person", ""
    if field == "phone":
        person["phone"] = data.draw(BAD_PHONE)
    elif field == "birth_year":
        person["birth_year"] = data.draw(st.one_of(
            st.integers(max_value=TODAY.year - 121), st.integers(min_value=TODAY.year + 1),
            st.booleans(), st.just("1990"), st.just(1990.0)))
    elif field == "age":
        person["age"] = data.draw(st.one_of(st.integers(max_value=-1),
                                            st.integers(min_value=121), st.just(30.5)))
    elif field == "name":
        kind = "family"
        name = data.draw(bad_text(300, required=True))     # type: ignore[assignment]
    elif field == "full_name":
        # Each part within its limit, the four together over a side's 300 characters.
        person = {n: "ك" * 100 for n in NAME_PARTS}
        field = "family_name"
    else:
        person[field] = data.draw(bad_text(_limit(field), required=field == "given_name"))
    refused(w.ctx, field, lambda: intake.add_party(w.ctx, w.officer, case_id, kind=kind,
                                                   name=name,
                                                   person=person if kind == "person" else None))


def _limit(field: str) -> int:
    return dict(PERSON_TEXT)[field]


@FAST
@given(parts=st.fixed_dictionaries({n: good_text(70, required=n == "given_name")
                                    for n in NAME_PARTS}),
       latin=good_text(200), document=good_text(80), phone=GOOD_PHONE,
       born=st.integers(TODAY.year - 120, TODAY.year), family=good_text(300, required=True))
def test_a_party_keeps_good_values_exactly(inst: Install, parts: dict[str, str], latin: str,
                                           document: str, phone: str, born: int,
                                           family: str) -> None:
    w, case_id = inst.world, inst.intake_case
    party = intake.add_party(w.ctx, w.officer, case_id, person={
        **parts, "latin_name": latin, "id_document": document, "phone": phone,
        "birth_year": born, "sex": "female"})
    person = party.person
    assert person is not None
    assert {n: getattr(person, n) for n in NAME_PARTS} == parts
    assert (person.latin_name, person.id_document, person.phone, person.birth_year) == \
        (latin, document, phone, born)
    assert party.name == " ".join(parts[n] for n in NAME_PARTS if parts[n])
    side = intake.add_party(w.ctx, w.officer, case_id, kind="tribe", name=family)
    back = {p.id: p for p in cases.get_case_view(w.ctx, w.officer, case_id).parties}
    assert back[side.id].name == family and back[party.id].person == person


# ---------------------------------------------------------------- sessions and truces

@FAST
@given(data=st.data())
def test_sessions_and_truces_refuse_each_bad_value_by_name(inst: Install,
                                                          data: st.DataObject) -> None:
    w, case_id = inst.world, inst.mediation_case
    field = data.draw(st.sampled_from(["place", "summary", "held_on", "next_date",
                                       "guarantor", "terms", "starts_on", "expires_on"]))
    session: dict[str, object] = {"held_on": TODAY, "kind": "joint", "outcome": "progress"}
    truce: dict[str, object] = {"starts_on": TODAY, "expires_on": TODAY + dt.timedelta(days=9)}
    if field == "place":
        session["place"] = data.draw(bad_text(200))
    elif field == "summary":
        session["summary"] = data.draw(bad_text(20_000, multiline=True))
    elif field == "held_on":
        session["held_on"] = data.draw(bad_day(future=False))
    elif field == "next_date":
        session["next_date"] = data.draw(st.one_of(bad_day(future=True),
                                                   st.dates(EARLIEST, TODAY)))
    elif field == "guarantor":
        truce["guarantor"] = data.draw(bad_text(300))
    elif field == "terms":
        truce["terms"] = data.draw(bad_text(5000, multiline=True))
    elif field == "starts_on":
        truce["starts_on"] = data.draw(bad_day(future=True))
    else:
        truce["expires_on"] = data.draw(st.one_of(bad_day(future=True),
                                                  st.dates(EARLIEST, TODAY)))
    if field in ("place", "summary", "held_on", "next_date"):
        refused(w.ctx, field, lambda: mediation.record_session(w.ctx, w.mediator, case_id,
                                                               **session))  # type: ignore[arg-type]
    else:
        refused(w.ctx, field, lambda: mediation.record_truce(w.ctx, w.mediator, case_id,
                                                             **truce))  # type: ignore[arg-type]


@FAST
@given(place=good_text(200), summary=good_text(20_000, multiline=True), held=good_day(),
       gap=st.integers(1, 400), guarantor=good_text(300), terms=good_text(5000, multiline=True),
       days=st.integers(1, 3000))
def test_sessions_and_truces_keep_good_values_exactly(inst: Install, place: str, summary: str,
                                                      held: dt.date, gap: int, guarantor: str,
                                                      terms: str, days: int) -> None:
    w, case_id = inst.world, inst.mediation_case
    row = mediation.record_session(w.ctx, w.mediator, case_id, held_on=held, kind="separate",
                                   outcome="postponed", place=place, summary=summary,
                                   next_date=held + dt.timedelta(days=gap))
    truce = mediation.record_truce(w.ctx, w.mediator, case_id, starts_on=held,
                                   expires_on=held + dt.timedelta(days=days),
                                   guarantor=guarantor, terms=terms)
    view = cases.get_case_view(w.ctx, w.mediator, case_id)
    (back,) = [s for s in view.sessions if s.id == row.id]
    (kept,) = [t for t in view.truces if t.id == truce.id]
    assert (back.place, back.summary, back.held_on, back.next_date) == \
        (place, summary, held, held + dt.timedelta(days=gap))
    assert (kept.guarantor, kept.terms, kept.expires_on) == \
        (guarantor, terms, held + dt.timedelta(days=days))


# ---------------------------------------------------------------- the agreement

def _version(inst: Install) -> int:
    return agreements.get_agreement(inst.world.ctx, inst.world.mediator, inst.agreement_id).version


@FAST
@given(data=st.data())
def test_the_agreement_refuses_each_bad_value_by_name(inst: Install,
                                                      data: st.DataObject) -> None:
    w, a = inst.world, inst.agreement_id
    field = data.draw(st.sampled_from(["text_ar", "text_en", "breach", "amount_iqd",
                                       "instalments.1.amount", "instalments.2.due_on"]))
    ctx, med = w.ctx, w.mediator
    if field in ("text_ar", "text_en"):
        texts: dict[str, object] = {"ar": "يتعهد الطرفان بالصلح", "en": "Both keep the peace."}
        texts[field[-2:]] = data.draw(bad_text(5000, multiline=True))
        refused(ctx, field, lambda: agreements.add_clause(ctx, med, a, version=_version(inst),
                                                          texts=texts))  # type: ignore[arg-type]
    elif field == "breach":
        bad = data.draw(bad_text(5000, multiline=True))
        refused(ctx, "text_en", lambda: agreements.set_breach_terms(
            ctx, med, a, version=_version(inst), texts={"ar": "يعاد", "en": bad}))  # type: ignore[dict-item]
    elif field == "amount_iqd":
        amount = data.draw(BAD_AMOUNTS)
        refused(ctx, field, lambda: agreements.set_compensation(
            ctx, med, a, version=_version(inst), amount_iqd=amount))  # type: ignore[arg-type]
    elif field == "instalments.1.amount":
        amount = data.draw(st.one_of(BAD_AMOUNTS, st.just(0)))
        refused(ctx, field, lambda: agreements.set_compensation(
            ctx, med, a, version=_version(inst), amount_iqd=1000,
            instalments=[(TODAY, amount)]))  # type: ignore[list-item]
    else:
        due = data.draw(bad_day(future=True))
        refused(ctx, field, lambda: agreements.set_compensation(
            ctx, med, a, version=_version(inst), amount_iqd=1000,
            instalments=[(TODAY, 500), (due, 500)]))  # type: ignore[list-item]


def _clause_text() -> st.SearchStrategy[str]:
    return good_text(5000, multiline=True, required=True).filter(
        lambda t: forbidden_rule(t) is None)


@FAST
@given(ar=_clause_text(), en=_clause_text(), amount=st.integers(0, MAX_IQD),
       split=st.integers(1, 4), first=good_day(future=True))
def test_the_agreement_keeps_good_values_exactly(inst: Install, ar: str, en: str, amount: int,
                                                 split: int, first: dt.date) -> None:
    w, a = inst.world, inst.agreement_id
    view = agreements.add_clause(w.ctx, w.mediator, a, version=_version(inst),
                                 texts={"ar": ar, "en": en})
    clause = view.clauses[-1]
    assert (clause.texts["ar"], clause.texts["en"]) == (ar, en)
    parts = [amount // split] * (split - 1)
    plan = [(min(first + dt.timedelta(days=30 * i), latest(TODAY)), value)
            for i, value in enumerate([*parts, amount - sum(parts)])]
    plan = [(d, v) for d, v in plan if v] if amount else []
    assume([d for d, _ in plan] == sorted(d for d, _ in plan))
    agreements.set_compensation(w.ctx, w.mediator, a, version=_version(inst),
                                amount_iqd=amount, instalments=plan)
    back = agreements.get_agreement(w.ctx, w.mediator, a)
    assert back.compensation_iqd == amount
    assert [(i.due_on, i.amount_iqd) for i in back.instalments] == plan
    assert [c.texts for c in back.clauses if c.id == clause.id] == [clause.texts]


# ---------------------------------------------------------------- follow-ups and closing

@FAST
@given(data=st.data())
def test_follow_ups_and_closing_refuse_each_bad_value_by_name(inst: Install,
                                                              data: st.DataObject) -> None:
    w = inst.world
    ctx, med, coord = w.ctx, w.mediator, w.coordinator
    field = data.draw(st.sampled_from(["note", "done_on", "start", "days", "close_note"]))
    if field == "note":
        note = data.draw(bad_text(5000, multiline=True))
        refused(ctx, field, lambda: followup.record_follow_up(
            ctx, med, inst.follow_up_id, result="complied", note=note))  # type: ignore[arg-type]
    elif field == "done_on":
        day = data.draw(bad_day(future=False).filter(lambda d: d is not None))
        refused(ctx, field, lambda: followup.record_follow_up(
            ctx, med, inst.follow_up_id, result="partly", done_on=day))  # type: ignore[arg-type]
    elif field == "start":
        start = data.draw(bad_day(future=True).filter(lambda d: d is not None))
        refused(ctx, field, lambda: followup.schedule_follow_ups(
            ctx, med, inst.follow_up_case, start=start))  # type: ignore[arg-type]
    elif field == "days":
        days = data.draw(st.lists(st.one_of(st.integers(max_value=0),
                                            st.integers(min_value=3651), st.just(True),
                                            st.just("30")), min_size=1, max_size=3))
        refused(ctx, field, lambda: followup.schedule_follow_ups(
            ctx, med, inst.follow_up_case, days=days))  # type: ignore[arg-type]
    else:
        note = data.draw(bad_text(5000, multiline=True))
        refused(ctx, "note", lambda: followup.close_case(
            ctx, coord, inst.intake_case, reason="withdrawn", note=note))  # type: ignore[arg-type]


@SLOW
@given(note=good_text(5000, multiline=True), done=good_day(),
       closing=good_text(5000, multiline=True))
def test_follow_ups_and_closing_keep_good_values_exactly(inst: Install, note: str,
                                                         done: dt.date, closing: str) -> None:
    w = inst.world
    followup.record_follow_up(w.ctx, w.mediator, inst.follow_up_id, result="complied",
                              done_on=done, note=note)
    (back,) = [f for f in cases.get_case_view(w.ctx, w.mediator, inst.follow_up_case).follow_ups
               if f.id == inst.follow_up_id]
    assert (back.note, back.done_on) == (note, done)
    case = intake.create_case(w.ctx, w.officer, forum_id=w.forum_id)
    followup.close_case(w.ctx, w.coordinator, case.id, reason="withdrawn", note=closing)
    closed = cases.get_case_view(w.ctx, w.coordinator, case.id)
    assert closed.closure_note == closing
    assert [h.reason for h in closed.history if h.move == "close"] == [closing]


# ---------------------------------------------------------------- users and forums

@pytest.fixture(scope="module", autouse=True)
def cheap_hashes() -> Iterator[None]:
    """argon2id at its lowest cost: these tests are about the values, not the hashing."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024,
                                                    parallelism=1, type=Type.ID))
        yield


@FAST
@given(data=st.data())
def test_users_and_forums_refuse_each_bad_value_by_name(inst: Install,
                                                        data: st.DataObject) -> None:
    w = inst.world
    field = data.draw(st.sampled_from(["username", "full_name", "password", "code",
                                       "name_ar", "name_en", "established_on"]))
    user = {"username": "layla", "full_name": "ليلى", "password": "a good passphrase"}
    forum: dict[str, object] = {"code": "KRK01", "name_ar": "منتدى كركوك",
                                "governorate": "KRK"}
    if field == "username":
        user["username"] = data.draw(st.one_of(
            st.text(st.sampled_from("ABC !@#$%^&*()+=ابت\n\x00"), min_size=1, max_size=8)
            .filter(lambda t: not re.fullmatch(r"[a-z0-9][a-z0-9._-]{1,62}", t.strip().lower())),
            st.just("x"), st.just("a" * 64), st.just("system"), st.just("officer")))
    elif field == "full_name":
        user["full_name"] = data.draw(bad_text(200, required=True))    # type: ignore[assignment]
    elif field == "password":
        user["password"] = data.draw(st.one_of(
            st.text(st.sampled_from(LATIN + ARABIC), max_size=7),
            st.text(st.sampled_from(LATIN + ARABIC), min_size=1025, max_size=1030),
            st.tuples(good_text(20), st.sampled_from(CONTROLS + SURROGATES),
                      st.integers(0, 30)).map(lambda t: "passphrase " + _insert(t)),
            st.just(12345678)))                                      # type: ignore[arg-type]
    elif field == "established_on":
        forum[field] = data.draw(st.one_of(
            st.dates(max_value=forums.FORUMS_EARLIEST - dt.timedelta(days=1)),
            st.dates(min_value=TODAY + dt.timedelta(days=1)), st.just("2010-01-01"),
            st.datetimes(min_value=dt.datetime(2001, 1, 1), max_value=dt.datetime(2020, 1, 1))))
    elif field == "code":
        forum[field] = data.draw(st.one_of(st.sampled_from(["BGD1", "BG01", "BGDD01", "١٢٣٤٥",
                                                           "BGD01", ""]),
                                           bad_text(8)))
    else:
        forum[field] = data.draw(bad_text(200, required=field == "name_ar"))
    if field in user:
        refused(w.ctx, field, lambda: users.create_user(w.ctx, w.system, role="officer",
                                                        **user))
    else:
        refused(w.ctx, field, lambda: forums.create_forum(w.ctx, w.system, **forum))  # type: ignore[arg-type]


@FAST
@given(name=st.from_regex(r"[a-z0-9][a-z0-9._-]{1,20}", fullmatch=True),
       full=good_text(200, required=True),
       password=(st.text(st.characters(exclude_categories=("Cs", "Cc")), min_size=8,
                         max_size=60) | good_text(1024)).filter(
           lambda t: 8 <= len(unicodedata.normalize("NFC", t)) <= 1024),
       names=st.tuples(good_text(200, required=True), good_text(200), good_text(200)),
       founded=st.dates(dt.date(1950, 1, 1), TODAY))
def test_users_and_forums_keep_good_values_exactly(inst: Install, name: str, full: str,
                                                   password: str,
                                                   names: tuple[str, str, str],
                                                   founded: dt.date) -> None:
    w = inst.world
    assume(name not in {"system"} and name not in {
        u.username for u in users.list_users(w.ctx, w.admin)})
    made = users.create_user(w.ctx, w.system, username=name, full_name=full, role="viewer",
                             password=password)
    assert (made.username, made.full_name) == (name, full)
    assert users.sign_in(w.ctx, name, password).full_name == full
    assert users.sign_in(w.ctx, name, unicodedata.normalize("NFD", password)).user_id == made.id
    code = next(inst.codes)
    forum = forums.create_forum(w.ctx, w.system, code=code, name_ar=names[0],
                                name_ckb=names[1], name_en=names[2], governorate="BGD",
                                established_on=founded)
    assert (forum.name_ar, forum.name_ckb, forum.name_en) == names


# ---------------------------------------------------------------- export and import

def _case_with(inst: Install, values: dict[str, str], person: dict[str, str]) -> tuple[str, int]:
    """A forum of its own holding one case with these values, so that its export is that
    case alone."""
    w = inst.world
    code = next(inst.codes)
    forum = forums.create_forum(w.ctx, w.system, code=code, name_ar="منتدى", governorate="BGD")
    case = intake.create_case(w.ctx, inst.reader, forum_id=forum.id, **values)
    intake.add_party(w.ctx, inst.reader, case.id, person=person)
    return code, case.id


@SLOW
@given(values=st.fixed_dictionaries({n: good_text(s, multiline=ml) for n, s, ml in CASE_TEXT}),
       person=st.fixed_dictionaries({n: good_text(70, required=n == "given_name")
                                     for n in NAME_PARTS}),
       latin=good_text(200))
def test_good_values_survive_export_and_import_exactly(inst: Install, values: dict[str, str],
                                                       person: dict[str, str],
                                                       latin: str) -> None:
    w = inst.world
    code, case_id = _case_with(inst, values, {**person, "latin_name": latin})
    src = cases.get_case_view(w.ctx, inst.reader, case_id)
    path = inst.folder / f"{code}.json"
    exchange.export_cases(w.ctx, w.admin, path, forum_code=code)
    report = exchange.import_file(inst.hq, inst.hq_admin, path)
    assert report.created == 1
    hq_reader = _hq_reader(inst)
    dst = cases.get_case_view(inst.hq, hq_reader,
                              cases.find_case_id(inst.hq, hq_reader, src.number))
    assert {n: getattr(dst, n) for n in values} == values
    back = dst.parties[0].person
    assert back is not None
    assert {n: getattr(back, n) for n in NAME_PARTS} == person and back.latin_name == latin
    assert dst.parties[0].name.encode("utf-8") == src.parties[0].name.encode("utf-8")


def _hq_reader(inst: Install) -> Actor:
    try:
        return users.actor_for(inst.hq, "hq.reader")
    except ValidationError:
        users.create_user(inst.hq, inst.hq_admin, username="hq.reader", full_name="HQ",
                          role="coordinator")
        return users.actor_for(inst.hq, "hq.reader")


@pytest.fixture(scope="module")
def template(inst: Install) -> dict[str, Any]:
    """A good file to spoil: one case in mediation, with a draft agreement that has a
    clause and compensation in an instalment."""
    w = inst.world
    code = next(inst.codes)
    forum = forums.create_forum(w.ctx, w.system, code=code, name_ar="منتدى", governorate="BGD")
    station = forums.add_station(w.ctx, w.system, forum.id, name_ar="مركز")
    team = dataclasses.replace(w, forum_id=forum.id, station_id=station.id,
                               officer=inst.reader, coordinator=inst.reader)
    case = case_at(team, Stage.MEDIATION)
    a = agreements.create_agreement(w.ctx, w.mediator, case.id, languages="ar+en")
    a = agreements.add_clause(w.ctx, w.mediator, a.id, version=a.version,
                              library_code="no_revenge")
    agreements.set_compensation(w.ctx, w.mediator, a.id, version=a.version, amount_iqd=1000,
                                instalments=[(TODAY + dt.timedelta(days=30), 1000)])
    path = inst.folder / "template.json"
    exchange.export_cases(w.ctx, w.admin, path, forum_code=code)
    assert exchange.check_file(inst.hq, path) == []
    doc: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return doc


#: Where a bad value goes in the file, and what kind of value it is.
FILE_FIELDS = [
    (("cases", 0, "description"), ("case", "description"), "text10000ml"),
    (("cases", 0, "neighbourhood"), ("case", "neighbourhood"), "text200"),
    (("cases", 0, "intake_date"), ("case", "intake_date"), "day"),
    (("persons", 0, "given_name"), ("person", "given_name"), "name100"),
    (("persons", 0, "latin_name"), ("person", "latin_name"), "text200"),
    (("cases", 0, "agreements", 0, "compensation_iqd"), ("case", "compensation_iqd"),
     "amount"),
    (("cases", 0, "agreements", 0, "instalments", 0, "due_on"), ("case", "due_on"), "day"),
    (("cases", 0, "agreements", 0, "instalments", 0, "amount_iqd"), ("case", "amount_iqd"),
     "amount"),
    (("cases", 0, "agreements", 0, "clauses", 0, "texts", "ar"), ("case", "texts.ar"),
     "text5000ml"),
]


def _bad_for(kind: str) -> st.SearchStrategy[object]:
    if kind == "day":
        return st.one_of(st.dates(max_value=dt.date(1949, 12, 31)),
                         st.dates(min_value=dt.date(2101, 1, 1)), st.just("2026-02-30"),
                         st.just("21/11/2026"), st.integers(), st.just(None))
    if kind == "amount":
        return st.one_of(st.integers(max_value=-1), st.integers(min_value=MAX_IQD + 1),
                         st.floats(allow_nan=False, allow_infinity=False), st.booleans(),
                         st.just("1000"))
    size = int(re.sub(r"\D", "", kind))
    return bad_text(size, multiline=kind.endswith("ml"), required=kind.startswith("name"))


def _put(doc: dict[str, Any], path: tuple[object, ...], value: object) -> None:
    target: Any = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value.isoformat() if isinstance(value, dt.date) else value


@FAST
@given(data=st.data())
def test_the_import_refuses_a_file_with_a_bad_value_naming_record_and_field(
        inst: Install, template: dict[str, Any], data: st.DataObject) -> None:
    path_in_file, field, kind = data.draw(st.sampled_from(FILE_FIELDS))
    value = data.draw(_bad_for(kind))
    if isinstance(value, bytes):
        value = ["not text"]                     # JSON has no bytes
    doc = copy.deepcopy(template)
    _put(doc, path_in_file, value)
    path = inst.folder / "spoilt.json"
    # ensure_ascii: a lone surrogate is written as \\udXXX, as another program might.
    path.write_text(json.dumps(doc, ensure_ascii=True), encoding="utf-8")
    before = _state(inst.hq)
    with pytest.raises(exchange.ImportRefused) as e:
        exchange.import_file(inst.hq, inst.hq_admin, path)
    record, suffix = field
    named = [(p.record, p.field) for p in e.value.problems]
    assert any(r.startswith(record) and f.endswith(suffix) for r, f in named), (field, named)
    assert all(str(p) for p in e.value.problems)
    assert _state(inst.hq) == before


# ---------------------------------------------------------------- the printed agreement

PRINTABLE = ARABIC + KURDISH + LATIN + DIGITS + HARAKAT + "()[]،.,:-/%"
CODE = re.compile(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}")


def _printed(inst: Install, text_: str) -> tuple[int, dict[str, Counter[str]]]:
    """The agreement printed with `text_` as its one clause in both languages: its pages,
    and each column's characters (the verification code, which changes with the content,
    left out)."""
    w = inst.world
    view = agreements.get_agreement(w.ctx, w.mediator, inst.agreement_id)
    clause = next(c for c in view.clauses if not c.superseded)
    agreements.update_clause(w.ctx, w.mediator, clause.id, version=view.version,
                             texts={"ar": text_, "en": text_})
    pdf = documents.print_agreement(w.ctx, w.mediator, inst.mediation_case)
    return page_count(pdf), {side: _chars(CODE.sub("", column(pdf, side)))
                             for side in ("right", "left")}


def _chars(value: str) -> Counter[str]:
    cleaned = unicodedata.normalize("NFKC", value)
    return Counter(c for c in cleaned if not c.isspace()
                   and c not in "\u200e\u200f\u202a\u202b\u202c")


@pytest.fixture(scope="module")
def one_clause(inst: Install) -> Iterator[tuple[int, dict[str, Counter[str]]]]:
    """The agreement with a single clause "ب", printed: the baseline to compare with."""
    w = inst.world
    view = agreements.get_agreement(w.ctx, w.mediator, inst.agreement_id)
    for c in view.clauses[1:]:
        view = agreements.remove_clause(w.ctx, w.mediator, c.id, version=view.version)
    if not view.clauses:
        view = agreements.add_clause(w.ctx, w.mediator, inst.agreement_id,
                                     version=view.version, texts={"ar": "ب", "en": "ب"})
    yield _printed(inst, "ب")


@SLOW
@given(words=st.lists(st.text(st.sampled_from(PRINTABLE), min_size=1, max_size=12),
                      min_size=1, max_size=20).map(" ".join))
def test_a_clause_prints_every_character_typed(inst: Install,
                                               one_clause: tuple[int, dict[str, Counter[str]]],
                                               words: str) -> None:
    assume(forbidden_rule(words) is None)
    pages, printed = _printed(inst, words)
    base_pages, base = one_clause
    assume(pages == base_pages)   # the page footers ("page 1 of 2") would differ
    expected = _chars(localise_digits(words, WESTERN))
    expected.subtract(_chars("ب"))
    for side in ("right", "left"):
        got = printed[side]
        got.subtract(base[side])
        assert +got == +expected and -got == -expected, side
