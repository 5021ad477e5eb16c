"""The exchange file on both backends: a round trip into a second database, idempotent
imports, and files refused whole with every bad record named."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import hashlib
import json
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from sulh.db import models as m
from sulh.domain.errors import NotFound, PermissionDenied
from sulh.domain.workflow import Stage
from sulh.services import (
    agreements,
    audit,
    cases,
    exchange,
    followup,
    forums,
    intake,
    mediation,
    screening,
    users,
)
from sulh.services._common import case_facts
from sulh.services.context import Actor, ServiceContext
from tests.conftest import make_world, new_database_url
from tests.flows import advance, case_at, new_case

KURDISH_DESCRIPTION = "ناکۆکی لەسەر قەرزێکی کۆن لە نێوان دوو دراوسێ\nهەردووکیان لە گەڕەکی ئازادین"
ARABIC_CLAUSE = "يدفع الطرف الأول إلى الطرف الثاني مبلغ التعويض على قسطين."
KURDISH_CLAUSE = "لایەنی یەکەم بڕی قەرەبووەکە لە دوو قیستدا دەدات بە لایەنی دووەم."


# ---------------------------------------------------------------- helpers

def _fill(world) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """A station's records: cases at several stages, with the awkward parts filled in."""
    ctx, off, med, coord = world.ctx, world.officer, world.mediator, world.coordinator
    today = ctx.today()
    made: dict[str, int] = {}

    closed = case_at(world, Stage.CLOSED)
    followup.archive_case(ctx, coord, closed.id)
    made["closed"] = closed.id

    # Signed with instalments, a representative who cannot sign, a truce, an amendment.
    signed = new_case(world)
    view = cases.get_case_view(ctx, coord, signed.id)
    rep = intake.add_representative(
        ctx, off, view.parties[0].id, relation="برا",
        person={"given_name": "کاوە", "father_name": "ئەحمەد", "family_name": "هەورامی",
                "sex": "male", "can_sign": False, "displacement": "returnee"})
    advance(world, signed.id, Stage.MEDIATION)
    mediation.record_truce(ctx, med, signed.id, starts_on=today - dt.timedelta(days=5),
                           expires_on=today + dt.timedelta(days=60), guarantor="شيخ العشيرة",
                           terms="عطوة لمدة شهرين")
    mediation.record_session(ctx, med, signed.id, held_on=today, kind="joint",
                             outcome="agreement_reached", place="مقر المنتدى",
                             summary="اتفق الطرفان\nعلى التعويض",
                             present_party_ids=[view.parties[0].id],
                             mediator_ids=[med.user_id])
    a = agreements.create_agreement(ctx, med, signed.id, languages="ar+ckb")
    a = agreements.add_clause(ctx, med, a.id, version=a.version,
                              texts={"ar": ARABIC_CLAUSE, "ckb": KURDISH_CLAUSE})
    a = agreements.add_clause(ctx, med, a.id, version=a.version, library_code="no_revenge")
    a = agreements.set_compensation(
        ctx, med, a.id, version=a.version, amount_iqd=1_500_000,
        instalments=[(today + dt.timedelta(days=30), 500_000),
                     (today + dt.timedelta(days=60), 1_000_000)])
    a = agreements.set_breach_terms(ctx, med, a.id, version=a.version,
                                    texts={"ar": "يعاد الموضوع إلى المنتدى",
                                           "ckb": "بابەتەکە دەگەڕێتەوە بۆ فۆرەمەکە"})
    for p in view.parties:
        a = agreements.add_signatory(ctx, med, a.id, version=a.version, role="party",
                                     party_id=p.id)
    a = agreements.add_signatory(ctx, med, a.id, version=a.version, role="representative",
                                 party_id=view.parties[0].id,
                                 person_id=rep.representatives[0].person.id)
    a = agreements.add_signatory(ctx, med, a.id, version=a.version, role="guarantor",
                                 guarantee="payment", name="حاجي رسول")
    a = agreements.add_signatory(ctx, med, a.id, version=a.version, role="mediator",
                                 user_id=med.user_id)
    agreements.finish_draft(ctx, med, signed.id)
    a = agreements.record_print(ctx, off, a.id)
    for sig in a.signatories:
        a = agreements.record_signature(ctx, off, sig.id)
    agreements.mark_signed(ctx, off, signed.id)
    a = agreements.get_agreement(ctx, coord, a.id)
    agreements.amend(ctx, med, a.id, version=a.version, reason="تغيير نص البند الأول",
                     add_clauses=[{"ar": "يدفع الطرف الأول المبلغ كاملاً.",
                                   "ckb": "لایەنی یەکەم هەموو بڕەکە دەدات."}],
                     supersede_clause_ids=[a.clauses[0].id])
    followup.schedule_follow_ups(ctx, med, signed.id, days=(30, 90))
    followup.record_instalment_paid(ctx, off, a.instalments[0].id, paid_on=today)
    made["signed"] = signed.id

    referred = case_at(world, Stage.SCREENING, category="domestic_violence")
    assert referred.sensitive
    screening.refer_case(ctx, coord, referred.id, destination="gbv_case_management",
                         reason="عنف أسري: يحال إلى إدارة حالات العنف", consent=True)
    ref = cases.get_case_view(ctx, coord, referred.id).referrals[0]
    screening.record_referral_outcome(ctx, coord, ref.id, outcome="accepted",
                                      note="قبلت المنظمة القضية")
    made["referred"] = referred.id

    erbil = world.colleague("officer", world.other_forum_id)
    kurdish = intake.create_case(ctx, erbil, forum_id=world.other_forum_id, category="debt",
                                 channel="phone", description=KURDISH_DESCRIPTION,
                                 neighbourhood="گەڕەکی ئازادی", request="گەڕاندنەوەی قەرزەکە")
    intake.add_party(ctx, erbil, kurdish.id, role="complainant",
                     person={"given_name": "هێمن", "father_name": "عومەر",
                             "family_name": "بارزانی", "sex": "female", "displacement": "idp",
                             "birth_year": 1985, "phone": "0750 123 4567"})
    intake.add_party(ctx, erbil, kurdish.id, kind="family", role="respondent",
                     name="ماڵی سەعید")
    made["kurdish"] = kurdish.id

    # Printed and not yet signed: the print must still count after the move.
    drafted = new_case(world)
    view = cases.get_case_view(ctx, coord, drafted.id)
    intake.add_representative(ctx, off, view.parties[1].id, relation="عم",
                              person={"given_name": "سالم", "family_name": "العبيدي"})
    drafted_view = advance(world, drafted.id, Stage.AGREEMENT_DRAFTED)
    agreements.record_print(ctx, off, drafted_view.agreement.id)
    made["drafted"] = drafted.id
    return made


def _headquarters(backend: str, request: pytest.FixtureRequest, tmp_path: Path
                  ) -> tuple[ServiceContext, Actor]:
    """A second, fresh database with records of its own, so that ids differ from the station's."""
    ctx = ServiceContext.open(new_database_url(backend, request, tmp_path))
    request.addfinalizer(ctx.close)
    hq = users.system_actor(ctx)
    nin = forums.create_forum(ctx, hq, code="NIN01", name_ar="منتدى الموصل", governorate="NIN")
    users.create_user(ctx, hq, username="hq.officer", full_name="HQ officer", role="officer",
                      forum_id=nin.id)
    officer = users.actor_for(ctx, "hq.officer")
    local = intake.create_case(ctx, officer, forum_id=nin.id, category="land",
                               channel="walk_in", description="نزاع محلي")
    for given in ("عمر", "زيد"):
        intake.add_party(ctx, officer, local.id, person={"given_name": given})
    return ctx, hq


def _state(ctx: ServiceContext) -> tuple[dict[str, int], tuple[int, str] | None]:
    """Row counts of every table and the audit chain's head."""
    with ctx.reading() as uow:
        s = uow.session
        counts = {t.name: int(s.scalar(select(func.count()).select_from(t)) or 0)
                  for t in m.Base.metadata.sorted_tables}
        head = s.get(m.AuditHead, 1)
        return counts, (head.seq, head.hash) if head else None


_USER_KEYS = {"created_by", "recorded_by", "approved_by", "user_id", "mediator_ids"}
_PARTY_KEYS = {"party_id", "absent_party_ids", "present_party_ids"}


def _portable(ctx: ServiceContext, view: Any) -> Any:
    """The case view with every database id replaced by what names it in any database."""
    with ctx.reading() as uow:
        s = uow.session
        user = dict(s.execute(select(m.User.id, m.User.username)).all())
        person = dict(s.execute(select(m.Person.id, m.Person.uid)).all())
        forum = dict(s.execute(select(m.Forum.id, m.Forum.code)).all())
        station = dict(s.execute(select(m.Station.id, m.Station.name_ar)).all())
    party = {p.id: p.position for p in view.parties}
    clause = {c.id: c.position for c in view.agreement.clauses} if view.agreement else {}

    def walk(value: Any, key: str | None = None) -> Any:
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            value = {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
        if isinstance(value, dict):
            return {k: walk(v, k) for k, v in value.items()
                    if k not in ("id", "version", "case_id")}
        if isinstance(value, list | tuple):
            return [walk(v, key) for v in value]
        if value is None or isinstance(value, bool) or not isinstance(value, int):
            return value
        if key in _USER_KEYS:
            return user[value]
        if key in _PARTY_KEYS:
            return party[value]
        if key == "person_id":
            return person[value]
        if key == "forum_id":
            return forum[value]
        if key == "station_id":
            return station[value]
        if key == "superseded":
            return clause[value]
        return value

    return walk(view)


def _differences(a: Any, b: Any, path: str = "") -> list[str]:
    """Where two portable views differ, as readable paths (for the failure message)."""
    if isinstance(a, dict) and isinstance(b, dict):
        return [d for k in sorted(set(a) | set(b))
                for d in _differences(a.get(k), b.get(k), f"{path}.{k}")]
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return [d for i, (x, y) in enumerate(zip(a, b, strict=True))
                for d in _differences(x, y, f"{path}[{i}]")]
    return [] if a == b else [f"{path}: {a!r} != {b!r}"]


def _import_refused(ctx: ServiceContext, actor: Actor, path: Path) -> list[exchange.ImportProblem]:
    """Check and import a bad file: both refuse with the same problems, nothing changes."""
    before = _state(ctx)
    checked = exchange.check_file(ctx, path)
    with pytest.raises(exchange.ImportRefused) as refused:
        exchange.import_file(ctx, actor, path)
    assert _state(ctx) == before
    assert [str(p) for p in refused.value.problems] == [str(p) for p in checked]
    assert checked
    assert f"{len(checked)} problem(s)" in str(refused.value)
    return refused.value.problems


def _write(path: Path, doc: dict[str, Any]) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def _events(ctx: ServiceContext, action: str) -> list[dict[str, Any]]:
    """What the audit events of one kind recorded, oldest first."""
    with ctx.reading() as uow:
        return [json.loads(after) for after in uow.session.scalars(
            select(m.AuditEvent.after).where(m.AuditEvent.action == action)
            .order_by(m.AuditEvent.seq))]


# ---------------------------------------------------------------- round trip

def test_round_trip_into_a_second_database_keeps_every_field(world, backend, request, tmp_path):
    station = world.ctx
    made = _fill(world)
    path = tmp_path / "bgd.sulh.json"
    report = exchange.export_cases(station, world.admin, path)

    data = path.read_bytes()
    assert report.cases == 5 and report.persons == 11 and report.path == path
    assert report.sha256 == hashlib.sha256(data).hexdigest()
    doc = json.loads(data.decode("utf-8"))
    assert (doc["format"], doc["version"]) == ("sulh-exchange", 1)
    assert "password" not in data.decode("utf-8")
    assert dt.datetime.fromisoformat(doc["exported_at"]).utcoffset() == dt.timedelta(0)
    (export_event,) = _events(station, "exchange.export")
    assert export_event["sha256"] == report.sha256

    hq_ctx, hq = _headquarters(backend, request, tmp_path)
    assert exchange.check_file(hq_ctx, path) == []
    result = exchange.import_file(hq_ctx, hq, path)
    assert (result.created, result.unchanged, result.persons_created) == (5, 0, 11)
    assert (result.forums_created, result.stations_created) == (2, 1)
    # Only the people who worked on the cases travel, and none exists here yet.
    erbil_officer = f"officer.{world.other_forum_id}.2"
    assert [u["username"] for u in doc["users"]] == ["coordinator", "mediator", "officer",
                                                     erbil_officer]
    assert result.users_created == 4
    assert result.source == doc["source"]["installation"]
    assert "5 case(s) imported" in str(result)

    # Field by field, with ids replaced by what names them anywhere; read at each end
    # by a coordinator with no forum, who sees every case and its people.
    reader = world.colleague("coordinator", None)
    users.create_user(hq_ctx, hq, username="hq.coordinator", full_name="HQ coordinator",
                      role="coordinator")
    hq_reader = users.actor_for(hq_ctx, "hq.coordinator")
    for key, case_id in made.items():
        src = cases.get_case_view(station, reader, case_id)
        dst = cases.get_case_view(hq_ctx, hq_reader, cases.find_case_id(hq_ctx, hq,
                                                                         src.number))
        assert _differences(_portable(hq_ctx, dst), _portable(station, src)) == [], key
        assert dst.description.encode("utf-8") == src.description.encode("utf-8")
        assert [p.name.encode() for p in dst.parties] == [p.name.encode() for p in src.parties]
    kurdish = cases.get_case_view(hq_ctx, hq, cases.find_case_id(
        hq_ctx, hq, cases.get_case_view(station, reader, made["kurdish"]).number))
    assert kurdish.description == KURDISH_DESCRIPTION
    signed = cases.get_case_view(hq_ctx, hq, cases.find_case_id(
        hq_ctx, hq, cases.get_case_view(station, world.coordinator, made["signed"]).number))
    assert signed.stage == "signed" and signed.agreement is not None
    assert signed.agreement.clauses[0].texts["ckb"] == KURDISH_CLAUSE
    assert signed.agreement.clauses[0].superseded
    assert [i.amount_iqd for i in signed.agreement.instalments] == [500_000, 1_000_000]

    with hq_ctx.reading() as uow:
        s = uow.session
        imported = list(s.scalars(select(m.Case).where(m.Case.uid.in_(
            [c["uid"] for c in doc["cases"]]))))
        assert {c.origin for c in imported} == {doc["source"]["installation"]}
        # Identities in the domestic-violence case stay protected at headquarters.
        assert [c.category for c in imported if c.sensitive] == ["domestic_violence"]
        # The printed draft may still be signed here: its print counts in this database too.
        drafted = next(c for c in imported if c.stage == "agreement_drafted")
        assert case_facts(s, drafted).agreement_printed_current
        # People who did the work elsewhere are named, but cannot sign in.
        officer = s.scalars(select(m.User).where(m.User.username == "officer")).one()
        assert not officer.active and officer.password_hash is None
    with pytest.raises(PermissionDenied):
        users.sign_in(hq_ctx, "officer", "anything at all")

    # Local numbering continues after the imported numbers.
    bgd = forums.forum_by_code(hq_ctx, "BGD01")
    assert bgd is not None
    local = intake.create_case(hq_ctx, hq_reader, forum_id=bgd.id)
    assert local.number == f"BGD01-{hq_ctx.today().year}-00005"

    # One audit event per case created, one for the import; the chain holds.
    assert len(_events(hq_ctx, "case.import")) == 5
    (summary,) = _events(hq_ctx, "exchange.import")
    assert summary["sha256"] == report.sha256
    for ctx in (station, hq_ctx):
        with ctx.reading() as uow:
            count, findings = audit.verify_chain(uow.session)
        assert count > 0 and findings == []

    # The same file again: nothing new.
    before, _ = _state(hq_ctx)
    again = exchange.import_file(hq_ctx, hq, path)
    assert (again.created, again.unchanged, again.persons_created, again.users_created) == \
        (0, 5, 0, 0)
    after, _ = _state(hq_ctx)
    assert after.pop("audit_events") == before.pop("audit_events") + 1
    assert after == before


def test_export_of_one_forum_and_without_archived_cases(world, tmp_path):
    ctx, coord = world.ctx, world.coordinator
    kept = new_case(world)
    gone = new_case(world)
    followup.close_case(ctx, coord, gone.id, reason="withdrawn", note="سحب الشكوى")
    followup.archive_case(ctx, coord, gone.id)
    erb_officer = world.colleague("officer", world.other_forum_id)
    erbil = intake.create_case(ctx, erb_officer, forum_id=world.other_forum_id,
                               category="debt", description=KURDISH_DESCRIPTION)
    mediation.assign_mediator(ctx, world.colleague("coordinator", world.other_forum_id),
                              erbil.id, world.mediator.user_id)

    one = exchange.export_cases(ctx, world.viewer, tmp_path / "erb.json", forum_code="erb01")
    doc = json.loads(one.path.read_text(encoding="utf-8"))
    assert [c["number"] for c in doc["cases"]] == [erbil.number]
    assert doc["source"]["forum"] == "ERB01"
    # Its mediator belongs to BGD01: that forum comes along, by code.
    assert [f["code"] for f in doc["forums"]] == ["BGD01", "ERB01"]
    assert [u["username"] for u in doc["users"]] == ["mediator", erb_officer.username]
    assert set(doc["users"][0]) == {"username", "full_name", "role", "forum"}

    unarchived = exchange.export_cases(ctx, world.admin, tmp_path / "open.json",
                                       include_archived=False)
    doc = json.loads(unarchived.path.read_text(encoding="utf-8"))
    assert sorted(c["number"] for c in doc["cases"]) == sorted([kept.number, erbil.number])
    assert unarchived.cases == 2 and unarchived.persons == 2

    with pytest.raises(NotFound):
        exchange.export_cases(ctx, world.admin, tmp_path / "none.json", forum_code="XYZ99")
    assert not (tmp_path / "none.json").exists()


def test_export_replaces_the_file_whole_and_keeps_one_installation_id(world, tmp_path):
    ctx = world.ctx
    new_case(world)
    folder = tmp_path / "usb"
    folder.mkdir()
    target = folder / "station.json"
    target.write_text("an older export", encoding="utf-8")
    first = exchange.export_cases(ctx, world.admin, target)
    second_case = new_case(world)
    second = exchange.export_cases(ctx, world.admin, target)
    assert [p.name for p in folder.iterdir()] == ["station.json"]    # no temporary left over
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert doc["cases"][-1]["number"] == second_case.number
    assert second.sha256 == hashlib.sha256(target.read_bytes()).hexdigest() != first.sha256
    with ctx.reading() as uow:
        stored = uow.session.get(m.Setting, "installation_id")
        assert stored is not None and doc["source"]["installation"] == stored.value
    assert [e["sha256"] for e in _events(ctx, "exchange.export")] == \
        [first.sha256, second.sha256]

    # A folder that does not exist: no file, no export event.
    before = _state(ctx)
    with pytest.raises(FileNotFoundError):
        exchange.export_cases(ctx, world.admin, tmp_path / "missing" / "x.json")
    assert _state(ctx) == before


def test_permissions(world, tmp_path):
    new_case(world)
    with pytest.raises(PermissionDenied):
        exchange.export_cases(world.ctx, world.officer, tmp_path / "x.json")
    assert not (tmp_path / "x.json").exists()
    path = exchange.export_cases(world.ctx, world.viewer, tmp_path / "v.json").path
    before = _state(world.ctx)
    for actor in (world.viewer, world.coordinator):
        with pytest.raises(PermissionDenied):
            exchange.import_file(world.ctx, actor, path)
    assert _state(world.ctx) == before


# ---------------------------------------------------------------- refused files

@pytest.fixture(scope="session")
def station_file(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory
                 ) -> dict[str, Any]:
    """A good file from a station: a signed case and a case at intake (built once)."""
    folder = tmp_path_factory.mktemp("station")
    db = folder / "station.sqlite3"
    shutil.copy(sqlite_template, db)
    ctx = ServiceContext.open(f"sqlite:///{db}")
    try:
        world = make_world(ctx)
        case_at(world, Stage.SIGNED)
        new_case(world)
        report = exchange.export_cases(ctx, world.admin, folder / "station.json")
    finally:
        ctx.close()
    doc: dict[str, Any] = json.loads(report.path.read_text(encoding="utf-8"))
    return doc


@pytest.fixture
def doc(station_file: dict[str, Any]) -> dict[str, Any]:
    return copy.deepcopy(station_file)


def _first(d: dict[str, Any]) -> dict[str, Any]:
    case: dict[str, Any] = d["cases"][0]
    return case


def _case_record(d: dict[str, Any]) -> str:
    return f"case {_first(d)['number']}"


BAD_FILES: list[tuple[str, Callable[[dict[str, Any]], Any], Callable[[dict[str, Any]], str],
                      str, str]] = [
    ("wrong-format", lambda d: d.update(format="sulh-backup"), lambda d: "file", "format",
     "not a Sulh exchange file"),
    ("missing-field", lambda d: _first(d).pop("intake_date"), _case_record, "intake_date",
     "missing"),
    ("unknown-category", lambda d: _first(d).update(category="piracy"), _case_record,
     "category", "'piracy'"),
    ("bad-date", lambda d: _first(d).update(intake_date="2026-02-30"), _case_record,
     "intake_date", "YYYY-MM-DD"),
    ("time-without-offset", lambda d: _first(d)["history"][1].update(at="2026-01-05T10:00:00"),
     _case_record, "history.2.at", "offset"),
    ("forbidden-clause",
     lambda d: _first(d)["agreements"][0]["clauses"][0]["texts"].update(
         en="The respondent gives his daughter in marriage to the complainant's son."),
     _case_record, "agreements.1.clauses.1.texts.en", "never offer a person"),
    ("unknown-stage", lambda d: _first(d).update(stage="limbo"), _case_record, "stage",
     "'limbo'"),
    ("stage-not-the-last-step", lambda d: _first(d).update(stage="closed"), _case_record,
     "stage", "history"),
    ("person-not-in-file",
     lambda d: _first(d)["parties"][0].update(person=str(uuid.uuid4())), _case_record,
     "parties.1.person", "not among the persons"),
    ("user-not-in-file", lambda d: _first(d).update(created_by="nobody"), _case_record,
     "created_by", "not among the users"),
    ("control-character", lambda d: _first(d).update(description="نزاع\x07"), _case_record,
     "description", "control characters"),
    ("amount-not-whole", lambda d: _first(d)["agreements"][0].update(compensation_iqd=10.5),
     _case_record, "agreements.1.compensation_iqd", "whole number"),
    ("person-without-name", lambda d: d["persons"][0].update(given_name="  "),
     lambda d: f"person {d['persons'][0]['uid']}", "given_name", "required"),
]


@pytest.mark.parametrize("mutate,record,field_,words",
                         [pytest.param(*case[1:], id=case[0]) for case in BAD_FILES])
def test_a_bad_file_is_refused_whole_naming_record_and_field(ctx, tmp_path, doc, mutate, record,
                                                             field_, words):
    admin = users.system_actor(ctx)
    mutate(doc)
    (problem,) = _import_refused(ctx, admin, _write(tmp_path / "bad.json", doc))
    assert (problem.record, problem.field) == (record(doc), field_)
    assert words in str(problem)


def test_the_good_file_imports_into_an_empty_database(ctx, tmp_path, doc):
    admin = users.system_actor(ctx)
    path = _write(tmp_path / "good.json", doc)
    before = _state(ctx)
    assert exchange.check_file(ctx, path) == []
    assert _state(ctx) == before              # checking writes nothing
    report = exchange.import_file(ctx, admin, path)
    assert (report.created, report.unchanged) == (2, 0)

    # The same case (uid) under another number is not the same file any more.
    number = doc["cases"][1]["number"]
    doc["cases"][1]["number"] = number[:-5] + "00099"
    (problem,) = _import_refused(ctx, admin, _write(tmp_path / "renumbered.json", doc))
    assert (problem.record, problem.field) == (f"case {number[:-5]}00099", "number")
    assert number in str(problem)


def test_a_file_that_is_not_json_is_refused(ctx, tmp_path, doc):
    admin = users.system_actor(ctx)
    path = tmp_path / "cut.json"
    path.write_text(json.dumps(doc, ensure_ascii=False)[:-40], encoding="utf-8")
    (problem,) = _import_refused(ctx, admin, path)
    assert (problem.record, problem.field) == ("file", "")
    assert "not valid JSON" in str(problem) and "line 1" in str(problem)
    path.write_bytes(b"\xff\xfe{}")
    (problem,) = _import_refused(ctx, admin, path)
    assert "not UTF-8" in str(problem)


def test_a_file_from_a_newer_version_is_refused_with_a_clear_message(ctx, tmp_path, doc):
    admin = users.system_actor(ctx)
    doc["version"] = 2
    doc["cases"][0]["something_new"] = {"shape": "unknown"}
    (problem,) = _import_refused(ctx, admin, _write(tmp_path / "v2.json", doc))
    assert (problem.record, problem.field) == ("file", "version")
    assert "newer Sulh (exchange format version 2)" in str(problem)
    assert "Update Sulh" in str(problem)


def test_a_number_taken_here_by_another_case_is_refused(world, tmp_path, doc):
    local = new_case(world)       # the first number of the year, as in the station's file
    assert local.number == _first(doc)["number"] and local.uid != _first(doc)["uid"]
    (problem,) = _import_refused(world.ctx, world.admin, _write(tmp_path / "dup.json", doc))
    assert (problem.record, problem.field) == (f"case {local.number}", "number")
    assert "already has this number" in str(problem)


def test_several_bad_records_are_all_named(ctx, tmp_path, doc):
    admin = users.system_actor(ctx)
    second = doc["cases"][1]
    second["category"] = "smuggling"
    second["parties"][0]["kind"] = "company"
    doc["persons"][1]["birth_year"] = "nineteen eighty"
    doc["cases"][0]["agreements"][0]["instalments"] = [
        {"seq": 1, "due_on": "2026-13-01", "amount_iqd": 5}]
    problems = _import_refused(ctx, admin, _write(tmp_path / "many.json", doc))
    found = {(p.record, p.field) for p in problems}
    assert found == {
        (f"person {doc['persons'][1]['uid']}", "birth_year"),
        (f"case {doc['cases'][0]['number']}", "agreements.1.instalments.1.due_on"),
        (f"case {doc['cases'][0]['number']}", "agreements.1.instalments"),
        (f"case {second['number']}", "category"),
        (f"case {second['number']}", "parties.1.kind"),
    }


def test_the_documented_example_is_a_good_file(ctx, tmp_path):
    """docs/interchange.md shows a file and an agreement; both must be what Sulh accepts."""
    text = (Path(__file__).parents[2] / "docs" / "interchange.md").read_text(encoding="utf-8")
    blocks = text.split("```json\n")[1:]
    example, agreement = (json.loads(b.split("\n```", 1)[0]) for b in blocks)
    admin = users.system_actor(ctx)
    path = _write(tmp_path / "example.json", example)
    assert exchange.check_file(ctx, path) == []
    example["cases"][0]["agreements"] = [agreement]
    with_agreement = _write(tmp_path / "agreement.json", example)
    assert exchange.check_file(ctx, with_agreement) == []
    report = exchange.import_file(ctx, admin, with_agreement)
    assert (report.created, report.persons_created, report.users_created) == (1, 2, 2)
    view = cases.get_case_view(ctx, admin, cases.find_case_id(ctx, admin, "BGD01-2026-00001"))
    assert [(s.absent_party_ids, s.outcome) for s in view.sessions] == \
        [((view.parties[1].id,), "postponed")]
    assert view.parties[1].representatives[0].person.given_name == "هێمن"
    assert view.agreement is not None and view.agreement.amendments[0].changes["superseded"] \
        == [view.agreement.clauses[0].id]
