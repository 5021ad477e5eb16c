"""The exchange file that carries cases between a station and headquarters without a network.

`export_cases` writes the versioned JSON document described in docs/interchange.md;
`check_file` lists every problem in one; `import_file` adds what is new, all or nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import uuid
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, or_, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

import sulh
from sulh.db import models as m
from sulh.domain.additions import check_addition
from sulh.domain.agreements import (
    LANGUAGES,
    MAX_IQD,
    REFUSAL_MESSAGES,
    GuaranteeKind,
    LanguagePair,
    SignatoryRole,
    SigningMode,
    forbidden_rule,
)
from sulh.domain.errors import ClauseRefused, NotFound, SulhError, ValidationError, ValidationErrors
from sulh.domain.numbering import FORUM_CODE, parse_case_number
from sulh.domain.reference import (
    ADDABLE_KINDS,
    Addition,
    LibraryClause,
    ReferenceData,
    is_added,
    merged,
    table_of,
)
from sulh.domain.roles import Action, Role
from sulh.domain.screening import Decision, Question
from sulh.domain.text import clean_text, name_key, phone_key
from sulh.domain.workflow import STAGE_LABELS, Move, Stage
from sulh.i18n import QT_TRANSLATE_NOOP, Message, msg
from sulh.services import anchors, audit, scope
from sulh.services._common import log
from sulh.services.context import Actor, ServiceContext
from sulh.services.files import sync_folder, write_temp
from sulh.services.followup import RESULTS
from sulh.services.intake import (
    DISPLACEMENT,
    PARTY_KINDS,
    PARTY_ROLES,
    RISK_LEVELS,
    SEXES,
    _sensitive_category,
)
from sulh.services.long_work import CancelCheck, Progress, Steps
from sulh.services.mediation import SESSION_KINDS, SESSION_OUTCOMES
from sulh.services.reference_data import add_row, forget, reference_in, reference_now
from sulh.services.screening import REFERRAL_OUTCOMES
from sulh.services.users import SYSTEM_USERNAME, USERNAME

FORMAT = "sulh-exchange"
VERSION = 1
INSTALLATION_KEY = "installation_id"

_UID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DIGEST = re.compile(r"^[0-9a-f]{64}$")
_MAX_INT = 2_000_000_000            # positions and sequence numbers fit a 32-bit column
_AGREEMENT_STATUSES = ("draft", "signed")
_HISTORY_MOVES = frozenset({mv.value for mv in Move} | {"log"})
_RED_FLAGS = frozenset({q.value for q in Question} | {"category"})
#: The days a file may hold: a year typed wrong (0202, 9999) is named, not imported.
_DAYS = (dt.date(1950, 1, 1), dt.date(2100, 12, 31))


# ---------------------------------------------------------------- results

@dataclass(frozen=True)
class ExportReport:
    cases: int
    persons: int
    path: Path
    sha256: str
    withheld: int = 0       # sensitive cases left out: the exporter may not know their people


@dataclass(frozen=True)
class ImportProblem:
    """One thing wrong in a file: which record (`case BGD01-2026-00042`,
    `person <uid>`, `file` ...), which field in it (dotted, lists counted from 1), why."""

    record: str
    field: str
    message: Message

    def __str__(self) -> str:
        where = f"{self.record}, {self.field}" if self.field else self.record
        return f"{where}: {self.message.render()}"


@dataclass(frozen=True)
class ImportReport:
    created: int
    unchanged: int
    persons_created: int
    forums_created: int = 0
    stations_created: int = 0
    users_created: int = 0
    source: str = ""
    sha256: str = ""
    numbers: tuple[str, ...] = field(default=())      # the cases created

    def message(self) -> Message:
        return msg(QT_TRANSLATE_NOOP("Exchange", "{created} case(s) imported, {unchanged} already here; "
                                  "{persons} person(s), {forums} forum(s), {stations} "
                                  "station(s) and {users} user(s) added."),
                   created=self.created, unchanged=self.unchanged, persons=self.persons_created,
                   forums=self.forums_created, stations=self.stations_created,
                   users=self.users_created)

    def __str__(self) -> str:
        return self.message().render()


class ImportRefused(SulhError):
    """The file has problems; nothing of it was written."""

    def __init__(self, problems: list[ImportProblem]) -> None:
        super().__init__(msg(QT_TRANSLATE_NOOP("Exchange", "Nothing was imported: the file has {count} "
                                            "problem(s)."), count=len(problems)),
                         rule="import_refused", details=problems)
        self.problems = problems

    def __str__(self) -> str:
        return "\n".join([self.message.render()] + [f"  {p}" for p in self.problems])


# ---------------------------------------------------------------- the installation

def installation_id(ctx: ServiceContext, actor: Actor) -> str:
    """This database's identity in exchange files; made once, on the first export."""
    with ctx.reading() as uow:
        row = uow.session.get(m.Setting, INSTALLATION_KEY)
        if row is not None:
            return row.value
    try:
        with ctx.writing() as uow:
            row = uow.session.get(m.Setting, INSTALLATION_KEY)
            if row is None:
                row = m.Setting(key=INSTALLATION_KEY, value=str(uuid.uuid4()))
                uow.session.add(row)
                uow.session.flush()
                log(uow.session, ctx, actor, "settings.create", "setting", None,
                    after={INSTALLATION_KEY: row.value})
                uow.commit()
            return row.value
    except IntegrityError:       # another PC made it at the same moment: use theirs
        with ctx.reading() as uow:
            made = uow.session.get(m.Setting, INSTALLATION_KEY)
            assert made is not None
            return made.value


# ---------------------------------------------------------------- export

def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _moment(value: dt.datetime | None) -> str | None:
    return value.astimezone(dt.UTC).isoformat() if value is not None else None


def _plain(stmt: Select[Any]) -> Select[Any]:
    """The same rows as read-only tuples named like the model's attributes: an export
    only reads, and an ORM object for each of a hundred thousand cases' millions of rows
    (identity map, change tracking) was most of its time."""
    entity = stmt.column_descriptions[0]["entity"]
    return stmt.with_only_columns(*entity.__table__.columns)


def _grouped(session: Session, stmt: Select[Any], key: Callable[[Any], int]
             ) -> dict[int, list[Any]]:
    out: dict[int, list[Any]] = defaultdict(list)
    for row in session.execute(_plain(stmt)):
        out[key(row)].append(row)
    return out


class _Exporter:
    """Turns the rows of the chosen cases into the file's records."""

    def __init__(self, s: Session, case_ids: Select[Any]) -> None:
        self.users = {u.id: u for u in s.scalars(select(m.User))}
        self.forums = {f.id: f for f in s.scalars(select(m.Forum))}
        self.stations = {st.id: st for st in s.scalars(select(m.Station).order_by(m.Station.id))}
        self.used_users: set[int] = set()
        party_ids = select(m.Party.id).where(m.Party.case_id.in_(case_ids))
        agreement_ids = select(m.Agreement.id).where(m.Agreement.case_id.in_(case_ids))
        session_ids = select(m.MediationSession.id).where(
            m.MediationSession.case_id.in_(case_ids))
        by_case = (lambda r: r.case_id)  # noqa: E731
        by_agreement = (lambda r: r.agreement_id)  # noqa: E731
        self.parties = _grouped(s, select(m.Party).where(m.Party.case_id.in_(case_ids))
                                .order_by(m.Party.position, m.Party.id), by_case)
        self.representatives = _grouped(
            s, select(m.Representative).where(m.Representative.party_id.in_(party_ids))
            .order_by(m.Representative.id), lambda r: r.party_id)
        self.screenings = _grouped(s, select(m.Screening).where(
            m.Screening.case_id.in_(case_ids)).order_by(m.Screening.id), by_case)
        self.referrals = _grouped(s, select(m.Referral).where(
            m.Referral.case_id.in_(case_ids)).order_by(m.Referral.id), by_case)
        self.sessions = _grouped(s, select(m.MediationSession).where(
            m.MediationSession.case_id.in_(case_ids)).order_by(m.MediationSession.id), by_case)
        self.attendance = _grouped(s, select(m.SessionAttendance).where(
            m.SessionAttendance.session_id.in_(session_ids)).order_by(m.SessionAttendance.id),
            lambda r: r.session_id)
        self.truces = _grouped(s, select(m.Truce).where(m.Truce.case_id.in_(case_ids))
                               .order_by(m.Truce.id), by_case)
        self.agreements = _grouped(s, select(m.Agreement).where(
            m.Agreement.case_id.in_(case_ids)).order_by(m.Agreement.id), by_case)
        self.clauses = _grouped(s, select(m.AgreementClause).where(
            m.AgreementClause.agreement_id.in_(agreement_ids))
            .order_by(m.AgreementClause.position, m.AgreementClause.id), by_agreement)
        self.instalments = _grouped(s, select(m.Instalment).where(
            m.Instalment.agreement_id.in_(agreement_ids)).order_by(m.Instalment.seq),
            by_agreement)
        self.signatories = _grouped(s, select(m.Signatory).where(
            m.Signatory.agreement_id.in_(agreement_ids)).order_by(m.Signatory.id), by_agreement)
        self.amendments = _grouped(s, select(m.Amendment).where(
            m.Amendment.agreement_id.in_(agreement_ids)).order_by(m.Amendment.seq),
            by_agreement)
        self.follow_ups = _grouped(s, select(m.FollowUp).where(
            m.FollowUp.case_id.in_(case_ids)).order_by(m.FollowUp.id), by_case)
        self.history = _grouped(s, select(m.StageChange).where(
            m.StageChange.case_id.in_(case_ids)).order_by(m.StageChange.id), by_case)
        self.mediators = _grouped(s, select(m.CaseMediator).where(
            m.CaseMediator.case_id.in_(case_ids)).order_by(m.CaseMediator.id), by_case)
        self.persons: list[Any] = list(s.execute(_plain(select(m.Person).where(or_(
            m.Person.id.in_(select(m.Party.person_id).where(m.Party.case_id.in_(case_ids))),
            m.Person.id.in_(select(m.Representative.person_id)
                            .where(m.Representative.party_id.in_(party_ids))),
            m.Person.id.in_(select(m.Signatory.person_id)
                            .where(m.Signatory.agreement_id.in_(agreement_ids))),
        )).order_by(m.Person.uid))))
        self.person_uid = {p.id: p.uid for p in self.persons}
        self.party_position = {p.id: p.position for rows in self.parties.values() for p in rows}

    def user(self, user_id: int | None) -> str | None:
        if user_id is None:
            return None
        self.used_users.add(user_id)
        return self.users[user_id].username

    def person(self, person_id: int | None) -> str | None:
        return self.person_uid[person_id] if person_id is not None else None

    def forum_json(self, f: m.Forum) -> dict[str, Any]:
        return {
            "code": f.code, "name_ar": f.name_ar, "name_ckb": f.name_ckb, "name_en": f.name_en,
            "governorate": f.governorate, "district": f.district, "subdistrict": f.subdistrict,
            "established_on": _day(f.established_on), "active": f.active,
            "stations": [{"name_ar": st.name_ar, "name_ckb": st.name_ckb,
                          "name_en": st.name_en, "district": st.district,
                          "active": st.active}
                         for st in self.stations.values() if st.forum_id == f.id],
        }

    def user_json(self, u: m.User) -> dict[str, Any]:
        forum = self.forums[u.forum_id].code if u.forum_id is not None else None
        return {"username": u.username, "full_name": u.full_name, "role": u.role,
                "forum": forum}

    @staticmethod
    def person_json(p: m.Person) -> dict[str, Any]:
        return {
            "uid": p.uid, "given_name": p.given_name, "father_name": p.father_name,
            "grandfather_name": p.grandfather_name, "family_name": p.family_name,
            "latin_name": p.latin_name, "sex": p.sex, "birth_year": p.birth_year,
            "phone": p.phone, "id_document": p.id_document, "displacement": p.displacement,
            "can_sign": p.can_sign, "created_at": _moment(p.created_at),
        }

    def agreement_json(self, a: m.Agreement) -> dict[str, Any]:
        clauses = self.clauses.get(a.id, [])
        position_of = {c.id: c.position for c in clauses}
        amendments = self.amendments.get(a.id, [])
        seq_of = {x.id: x.seq for x in amendments}
        out_amendments = []
        for x in amendments:
            changes = dict(x.changes)
            # Clause ids mean nothing in another database: the file names clauses
            # by their position in the agreement.
            if isinstance(changes.get("superseded"), list):
                changes["superseded"] = [position_of.get(cid, cid)
                                         for cid in changes["superseded"]]
            out_amendments.append({"seq": x.seq, "reason": x.reason, "changes": changes,
                                   "recorded_by": self.user(x.recorded_by),
                                   "recorded_at": _moment(x.recorded_at)})
        return {
            "number": a.number, "languages": a.languages, "status": a.status,
            "compensation_iqd": a.compensation_iqd,
            "breach_terms": {lang: getattr(a, f"breach_terms_{lang}") for lang in LANGUAGES},
            "printed_digest": a.printed_digest, "printed_at": _moment(a.printed_at),
            "signed_at": _moment(a.signed_at), "signed_digest": a.signed_digest,
            "created_at": _moment(a.created_at), "updated_at": _moment(a.updated_at),
            "clauses": [{"position": c.position, "library_code": c.library_code,
                         "texts": {lang: getattr(c, f"text_{lang}") for lang in LANGUAGES},
                         "superseded_by": seq_of.get(c.superseded_by_amendment)
                         if c.superseded_by_amendment is not None else None}
                        for c in clauses],
            "instalments": [{"seq": i.seq, "due_on": _day(i.due_on), "amount_iqd": i.amount_iqd,
                             "paid_on": _day(i.paid_on)}
                            for i in self.instalments.get(a.id, [])],
            "signatories": [{"role": x.role, "guarantee": x.guarantee,
                             "party": self.party_position.get(x.party_id)
                             if x.party_id is not None else None,
                             "person": self.person(x.person_id), "user": self.user(x.user_id),
                             "name": x.name, "mode": x.mode, "signed_at": _moment(x.signed_at)}
                            for x in self.signatories.get(a.id, [])],
            "amendments": out_amendments,
        }

    def case_json(self, c: m.Case, installation: str) -> dict[str, Any]:
        station = self.stations.get(c.station_id) if c.station_id is not None else None
        sessions = []
        for x in self.sessions.get(c.id, []):
            attendance: list[dict[str, Any]] = []
            for a in self.attendance.get(x.id, []):
                if a.party_id is not None:
                    attendance.append({"party": self.party_position[a.party_id],
                                       "attended": a.attended})
                elif a.user_id is not None:
                    attendance.append({"user": self.user(a.user_id), "attended": a.attended})
            sessions.append({"held_on": _day(x.held_on), "place": x.place, "kind": x.kind,
                             "summary": x.summary, "outcome": x.outcome,
                             "next_date": _day(x.next_date),
                             "recorded_by": self.user(x.recorded_by),
                             "recorded_at": _moment(x.recorded_at), "attendance": attendance})
        return {
            "uid": c.uid, "number": c.number, "forum": self.forums[c.forum_id].code,
            "station": {"forum": self.forums[station.forum_id].code, "name_ar": station.name_ar}
            if station is not None else None,
            "stage": c.stage, "intake_date": _day(c.intake_date), "channel": c.channel,
            "governorate": c.governorate, "district": c.district, "subdistrict": c.subdistrict,
            "neighbourhood": c.neighbourhood, "camp": c.camp, "category": c.category,
            "description": c.description, "request": c.request,
            "violence_risk": c.violence_risk, "revenge_risk": c.revenge_risk,
            "vulnerable_notes": c.vulnerable_notes, "police_ref": c.police_ref,
            "court_ref": c.court_ref, "closure_reason": c.closure_reason,
            "closure_note": c.closure_note, "closed_at": _moment(c.closed_at),
            "archived": c.archived, "sensitive": c.sensitive,
            "created_by": self.user(c.created_by),
            "created_at": _moment(c.created_at), "updated_at": _moment(c.updated_at),
            # Where the case was first recorded, kept through any number of hops.
            "origin": c.origin or installation,
            "mediators": [{"user": self.user(x.user_id), "assigned_at": _moment(x.assigned_at),
                           "active": x.active} for x in self.mediators.get(c.id, [])],
            "parties": [{"position": p.position, "kind": p.kind, "role": p.role, "name": p.name,
                         "person": self.person(p.person_id), "vulnerable": p.vulnerable,
                         "consent": p.consent, "consent_at": _moment(p.consent_at),
                         "representatives": [{"person": self.person(r.person_id),
                                              "relation": r.relation}
                                             for r in self.representatives.get(p.id, [])]}
                        for p in self.parties.get(c.id, [])],
            "screenings": [{"answers": dict(x.answers), "decision": x.decision,
                            "red_flags": list(x.red_flags), "notes": x.notes,
                            "recorded_by": self.user(x.recorded_by),
                            "recorded_at": _moment(x.recorded_at),
                            "approved_by": self.user(x.approved_by),
                            "approved_at": _moment(x.approved_at)}
                           for x in self.screenings.get(c.id, [])],
            "referrals": [{"destination": r.destination, "reason": r.reason,
                           "consent": r.consent, "referred_on": _day(r.referred_on),
                           "referred_by": self.user(r.referred_by), "outcome": r.outcome,
                           "outcome_note": r.outcome_note, "outcome_on": _day(r.outcome_on)}
                          for r in self.referrals.get(c.id, [])],
            "sessions": sessions,
            "truces": [{"starts_on": _day(t.starts_on), "expires_on": _day(t.expires_on),
                        "guarantor": t.guarantor, "terms": t.terms,
                        "recorded_by": self.user(t.recorded_by)}
                       for t in self.truces.get(c.id, [])],
            "agreements": [self.agreement_json(a) for a in self.agreements.get(c.id, [])],
            "follow_ups": [{"due_on": _day(f.due_on), "done_on": _day(f.done_on),
                            "result": f.result, "instalment_paid": f.instalment_paid,
                            "note": f.note, "recorded_by": self.user(f.recorded_by)}
                           for f in self.follow_ups.get(c.id, [])],
            "history": [{"at": _moment(h.at), "user": self.user(h.user_id),
                         "from": h.from_stage, "to": h.to_stage, "move": h.move,
                         "reason": h.reason}
                        for h in self.history.get(c.id, [])],
        }


def export_cases(ctx: ServiceContext, actor: Actor, path: Path, *, forum_code: str | None = None,
                 include_archived: bool = True, only_ids: Collection[int] | None = None,
                 progress: Progress | None = None, cancelled: CancelCheck | None = None
                 ) -> ExportReport:
    """Write the cases (all, one forum's, or those of `only_ids`) with everything they
    refer to, to `path`; `progress(done, total)` counts the cases written so far.

    The file appears complete or not at all: it is written beside the target,
    flushed to disk and renamed over it only once the export is in the audit trail.
    Cancelled (`cancelled()` true between cases), it leaves no file and no record.
    """
    actor.require(Action.EXPORT)
    steps = Steps(progress, cancelled)
    path = Path(path)
    installation = installation_id(ctx, actor)
    with ctx.reading() as uow:
        s = uow.session
        if s.get_bind().dialect.name == "postgresql":
            # One consistent picture, even with other PCs saving meanwhile.
            s.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"))
        forum: m.Forum | None = None
        if forum_code is not None:
            forum = s.execute(select(m.Forum).where(m.Forum.code == forum_code.strip().upper())
                              ).scalar_one_or_none()
            if forum is None:
                raise NotFound(msg(QT_TRANSLATE_NOOP("Exchange", "No forum has the code {code}."),
                                   code=forum_code))
        conditions = []
        if forum is not None:
            conditions.append(m.Case.forum_id == forum.id)
        if not include_archived:
            conditions.append(m.Case.archived.is_(False))
        if only_ids is not None:
            conditions.append(m.Case.id.in_(sorted(set(only_ids))))
        # Only the cases this user sees; of the sensitive ones, only those whose people
        # they may know (domain.roles.EXPORTS_IDENTITIES): the others are left out whole
        # and counted in the header.
        conditions.append(scope.visible_cases(actor))
        withheld = int(s.scalar(select(func.count()).select_from(m.Case).where(
            *conditions, ~scope.identities_shown(actor, exporting=True))) or 0)
        conditions.append(scope.identities_shown(actor, exporting=True))
        anchor = audit.current_anchor(s, ctx.now())
        case_ids = select(m.Case.id).where(*conditions)
        cases: list[Any] = list(s.execute(_plain(select(m.Case).where(*conditions)
                                                 .order_by(m.Case.number))))
        ex = _Exporter(s, case_ids)
        case_records = []
        steps.report(0, len(cases))
        for done, c in enumerate(cases, start=1):
            steps.check()
            case_records.append(ex.case_json(c, installation))
            steps.report(done, len(cases))
        users = sorted((ex.users[i] for i in ex.used_users), key=lambda u: u.username)
        if forum is None:
            forum_ids = set(ex.forums)
        else:
            forum_ids = {forum.id} | {c.forum_id for c in cases} | {
                u.forum_id for u in users if u.forum_id is not None} | {
                ex.stations[c.station_id].forum_id for c in cases if c.station_id is not None}
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "exported_at": _moment(ctx.now()),
            "source": {"installation": installation, "app_version": sulh.__version__,
                       "forum": forum.code if forum is not None else None,
                       "include_archived": include_archived,
                       "withheld_sensitive_cases": withheld,
                       # The audit trail's head when the file was written: a copy
                       # outside the database (services.anchors).
                       "audit_anchor": anchor.to_json()},
            "forums": [ex.forum_json(f) for f in sorted(
                (ex.forums[i] for i in forum_ids), key=lambda f: f.code)],
            "users": [ex.user_json(u) for u in users],
            "persons": [ex.person_json(p) for p in ex.persons],
            # This installation's own entries of the reference data, so that a case using
            # one can be imported where it is not known yet.
            "reference_additions": [_addition_json(r, installation) for r in s.scalars(
                select(m.ReferenceAddition).order_by(m.ReferenceAddition.id))],
            "cases": case_records,
        }
        persons = len(ex.persons)
        chosen = forum.code if forum is not None else None
    steps.check()
    # On one line: with `indent` Python's JSON encoder runs in Python instead of C,
    # several times slower on a file of a hundred thousand cases.
    data = (json.dumps(doc, ensure_ascii=False) + "\n").encode("utf-8")
    digest = hashlib.sha256(data).hexdigest()
    tmp = write_temp(path, data)
    try:
        steps.check()
        with ctx.writing() as uow:
            log(uow.session, ctx, actor, "exchange.export", "exchange", None,
                after={"file": path.name, "sha256": digest, "cases": len(case_records),
                       "persons": persons, "forum": chosen,
                       "include_archived": include_archived, "installation": installation,
                       "withheld_sensitive_cases": withheld})
            anchors.note(uow.session, anchor, "export", str(path))
            uow.commit()
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    sync_folder(path.parent)
    return ExportReport(cases=len(case_records), persons=persons, path=path, sha256=digest,
                        withheld=withheld)


# ---------------------------------------------------------------- reading a file

_MISSING: Any = object()


class _DuplicateKey(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(key)
        out[key] = value
    return out


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


class _Problems:
    def __init__(self) -> None:
        self.found: list[ImportProblem] = []

    def add(self, record: str, field_: str, message: Message) -> None:
        self.found.append(ImportProblem(record, field_, message))


class _Fields:
    """One object of the file: typed getters that note a problem and carry on."""

    def __init__(self, problems: _Problems, record: str, data: Any, prefix: str = "") -> None:
        self.problems = problems
        self.record = record
        self.prefix = prefix
        self.ok = isinstance(data, dict)
        self.data: dict[str, Any] = data if isinstance(data, dict) else {}

    def name(self, key: str) -> str:
        return f"{self.prefix}{key}"

    def bad(self, key: str, message: Message) -> None:
        self.problems.add(self.record, self.name(key), message)

    def raw(self, key: str, required: bool) -> Any:
        if key not in self.data:
            if required:
                self.bad(key, msg(QT_TRANSLATE_NOOP("Exchange", "This field is missing.")))
            return _MISSING
        return self.data[key]

    def text(self, key: str, max_length: int, *, required: bool = False,
             multiline: bool = False) -> str:
        value = self.raw(key, required)
        if value is _MISSING:
            return ""
        try:
            return clean_text(value, self.name(key), max_length=max_length, required=required,
                              multiline=multiline)
        except ValidationError as e:
            self.bad(key, e.message)
            return ""

    def flag(self, key: str, *, required: bool = False, default: bool | None = False,
             nullable: bool = False) -> bool | None:
        value = self.raw(key, required)
        if value is _MISSING:
            return default
        if value is None and nullable:
            return None
        if not isinstance(value, bool):
            self.bad(key, msg(QT_TRANSLATE_NOOP("Exchange", "This must be true or false.")))
            return default
        return value

    def number(self, key: str, *, required: bool = False, low: int = 0, high: int = _MAX_INT,
               nullable: bool = False) -> int | None:
        value = self.raw(key, required)
        if value is _MISSING or (value is None and nullable):
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.bad(key, msg(QT_TRANSLATE_NOOP("Exchange", "This must be a whole number.")))
            return None
        if not low <= value <= high:
            self.bad(key, msg(QT_TRANSLATE_NOOP("Exchange", "This must be between {low} and {high}."),
                              low=low, high=high))
            return None
        return value

    def day(self, key: str, *, required: bool = False) -> dt.date | None:
        value = self.raw(key, required)
        if value is _MISSING or (value is None and not required):
            return None
        if isinstance(value, str) and _DATE.match(value):
            try:
                day = dt.date.fromisoformat(value)
            except ValueError:
                pass
            else:
                if _DAYS[0] <= day <= _DAYS[1]:
                    return day
                self.bad(key, msg(QT_TRANSLATE_NOOP("Exchange", "This date is out of range "
                                                                "({low} to {high})."),
                                  low=_DAYS[0].isoformat(), high=_DAYS[1].isoformat()))
                return None
        self.bad(key, msg(QT_TRANSLATE_NOOP("Exchange", "This must be a date written YYYY-MM-DD.")))
        return None

    def moment(self, key: str, *, required: bool = False) -> dt.datetime | None:
        value = self.raw(key, required)
        if value is _MISSING or (value is None and not required):
            return None
        if isinstance(value, str) and "T" in value:
            try:
                parsed = dt.datetime.fromisoformat(value)
            except ValueError:
                parsed = None
            if parsed is not None and parsed.tzinfo is not None:
                return parsed.astimezone(dt.UTC)
        self.bad(key, msg(QT_TRANSLATE_NOOP("Exchange", "This must be a date and time with its offset from "
                                         "UTC, e.g. 2026-03-01T09:30:00+03:00.")))
        return None

    def choice(self, key: str, allowed: Collection[str], *, required: bool = False
               ) -> str | None:
        """A value from a fixed list or the reference data; null or "" for none."""
        value = self.raw(key, required)
        if value is _MISSING or (value in (None, "") and not required):
            return None
        if not isinstance(value, str) or value not in allowed:
            self.bad(key, msg(QT_TRANSLATE_NOOP("Exchange", "Unknown value {value!r}: choose one of the "
                                             "codes of the reference data."), value=value))
            return None
        return value

    def ref(self, key: str, known: Collection[str], what: tuple[str, str], *,
            required: bool = False) -> str | None:
        """A reference to another record of the file (a username, a person's uid ...)."""
        value = self.raw(key, required)
        if value is _MISSING or (value is None and not required):
            return None
        if not isinstance(value, str) or value not in known:
            self.bad(key, msg(QT_TRANSLATE_NOOP("Exchange", "{value!r} is not among the {what} of this "
                                             "file."), value=value, what=msg(what)))
            return None
        return value

    def items(self, key: str, *, required: bool = False) -> list[_Fields]:
        value = self.raw(key, required)
        if value is _MISSING:
            return []
        if not isinstance(value, list):
            self.bad(key, msg(QT_TRANSLATE_NOOP("Exchange", "This must be a list.")))
            return []
        out = []
        for i, item in enumerate(value, start=1):
            sub = _Fields(self.problems, self.record, item, f"{self.name(key)}.{i}.")
            if not sub.ok:
                self.problems.add(self.record, f"{self.name(key)}.{i}",
                                  msg(QT_TRANSLATE_NOOP("Exchange", "This must be an object.")))
                continue
            out.append(sub)
        return out

    def child(self, key: str, *, required: bool = False) -> _Fields | None:
        value = self.raw(key, required)
        if value is _MISSING or (value is None and not required):
            return None
        sub = _Fields(self.problems, self.record, value, f"{self.name(key)}.")
        if not sub.ok:
            self.bad(key, msg(QT_TRANSLATE_NOOP("Exchange", "This must be an object.")))
            return None
        return sub

    def uid(self, key: str) -> str | None:
        value = self.raw(key, True)
        if value is _MISSING:
            return None
        if not isinstance(value, str) or not _UID.match(value):
            self.bad(key, msg(QT_TRANSLATE_NOOP("Exchange", "This must be a lower-case UUID.")))
            return None
        return value

    def clause_text(self, key: str, *, multiline: bool = True) -> str:
        """Agreement text: checked as text, then against the clauses that are never allowed."""
        value = self.text(key, 5000, multiline=multiline)
        rule = forbidden_rule(value) if value else None
        if rule:
            self.bad(key, msg(REFUSAL_MESSAGES[rule]))
        return value


USERS = QT_TRANSLATE_NOOP("Exchange", "users")
PERSONS = QT_TRANSLATE_NOOP("Exchange", "persons")
FORUMS = QT_TRANSLATE_NOOP("Exchange", "forums")


@dataclass
class _Document:
    installation: str = ""
    forums: list[dict[str, Any]] = field(default_factory=list)
    users: list[dict[str, Any]] = field(default_factory=list)
    persons: list[dict[str, Any]] = field(default_factory=list)
    cases: list[dict[str, Any]] = field(default_factory=list)
    sha256: str = ""
    exported_at: dt.datetime | None = None
    # Reference entries of the file not known here, and the lists they make with ours.
    additions: list[Addition] = field(default_factory=list)
    addition_origins: dict[tuple[str, str], str] = field(default_factory=dict)
    ref: ReferenceData | None = None


def _load(path: Path, problems: _Problems) -> Any:
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        problems.add("file", "", msg(QT_TRANSLATE_NOOP("Exchange", "The file cannot be read: {error}."),
                                     error=e.strerror or str(e)))
        return _MISSING
    try:
        return json.loads(data.decode("utf-8"), object_pairs_hook=_no_duplicates,
                          parse_constant=_no_constant), hashlib.sha256(data).hexdigest()
    except UnicodeDecodeError as e:
        problems.add("file", "", msg(QT_TRANSLATE_NOOP("Exchange", "The file is not UTF-8 text (byte "
                                                    "{position})."), position=e.start))
    except json.JSONDecodeError as e:
        problems.add("file", "", msg(QT_TRANSLATE_NOOP("Exchange", "The file is not valid JSON: {error} "
                                                    "(line {line}, column {column})."),
                                     error=e.msg, line=e.lineno, column=e.colno))
    except _DuplicateKey as e:
        problems.add("file", "", msg(QT_TRANSLATE_NOOP("Exchange", "The key {key!r} appears twice in one "
                                                    "object."), key=str(e)))
    except (ValueError, RecursionError) as e:
        problems.add("file", "", msg(QT_TRANSLATE_NOOP("Exchange", "The file is not valid JSON: {error}."),
                                     error=str(e)))
    return _MISSING


def _parse(path: Path, today: dt.date, ref: ReferenceData
           ) -> tuple[_Document, list[ImportProblem]]:
    """Read and check a whole file, without the database, against the reference data
    `ref` of the database it is meant for; collect every problem."""
    problems = _Problems()
    doc = _Document()
    loaded = _load(path, problems)
    if loaded is _MISSING:
        return doc, problems.found
    data, doc.sha256 = loaded
    top = _Fields(problems, "file", data)
    if not top.ok:
        problems.add("file", "", msg(QT_TRANSLATE_NOOP("Exchange", "The file must hold one JSON object.")))
        return doc, problems.found
    if top.data.get("format") != FORMAT:
        top.bad("format", msg(QT_TRANSLATE_NOOP("Exchange", "This is not a Sulh exchange file (the format "
                                             "must be {format!r})."), format=FORMAT))
        return doc, problems.found
    version = top.data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        top.bad("version", msg(QT_TRANSLATE_NOOP("Exchange", "The format version must be a whole number "
                                              "from 1.")))
        return doc, problems.found
    if version > VERSION:
        top.bad("version", msg(QT_TRANSLATE_NOOP("Exchange", "This file was written by a newer Sulh (exchange "
                                              "format version {version}); this Sulh reads "
                                              "version {supported}. Update Sulh to import "
                                              "it."), version=version, supported=VERSION))
        return doc, problems.found
    doc.exported_at = top.moment("exported_at", required=True)
    source = top.child("source", required=True)
    if source is not None:
        doc.installation = source.uid("installation") or ""
        source.text("app_version", 40)
    doc.additions, doc.addition_origins, ref = _parse_additions(top, problems, ref,
                                                               doc.installation)
    doc.ref = ref
    doc.forums = _parse_forums(top, problems, ref)
    forum_codes = {f["code"] for f in doc.forums}
    doc.users = _parse_users(top, problems, forum_codes)
    usernames = {u["username"] for u in doc.users}
    doc.persons = _parse_persons(top, problems, today)
    uids = {p["uid"] for p in doc.persons}
    stations = {(f["code"], st["name_ar"]) for f in doc.forums for st in f["stations"]}
    seen_uids: set[str] = set()
    seen_numbers: set[str] = set()
    seen_agreements: set[str] = set()
    for i, item in enumerate(top.items("cases", required=True), start=1):
        record = item.data.get("number")
        label = f"case {record}" if isinstance(record, str) and record else \
            f"case {item.data.get('uid') or f'#{i}'}"
        case = _parse_case(_Fields(problems, label, item.data), forum_codes, usernames, uids,
                           stations, ref)
        if case["uid"] is not None and case["uid"] in seen_uids:
            problems.add(label, "uid", msg(QT_TRANSLATE_NOOP("Exchange", "Two cases in the file have this "
                                                          "uid.")))
        if case["number"] and case["number"] in seen_numbers:
            problems.add(label, "number", msg(QT_TRANSLATE_NOOP("Exchange", "Two cases in the file have this "
                                                             "number.")))
        for j, a in enumerate(case["agreements"], start=1):
            if a["number"] and a["number"] in seen_agreements:
                problems.add(label, f"agreements.{j}.number",
                             msg(QT_TRANSLATE_NOOP("Exchange", "Two agreements in the file have this "
                                                "number.")))
            seen_agreements.add(a["number"])
        seen_uids.add(case["uid"])
        seen_numbers.add(case["number"])
        doc.cases.append(case)
    return doc, problems.found


def _addition_json(row: m.ReferenceAddition, installation: str) -> dict[str, Any]:
    return {"kind": row.kind, "code": row.code,
            "names": {"ar": row.name_ar, "ckb": row.name_ckb, "en": row.name_en},
            "parent": row.parent, "extra": dict(row.extra or {}), "active": row.active,
            "origin": row.origin or installation}


#: What an added entry must mean the same in both databases for their cases to agree.
_MEANING = ("must_refer", "refer_reason", "counts_as", "kind")


def _parse_additions(top: _Fields, problems: _Problems, ref: ReferenceData, installation: str
                     ) -> tuple[list[Addition], dict[tuple[str, str], str], ReferenceData]:
    """The file's reference entries that are new here (checked as an administrator's
    would be), and our lists with them laid over.  An entry already here must mean the
    same (a category that must be referred there must be so here)."""
    found: list[tuple[_Fields, dict[str, Any]]] = []
    for i, raw in enumerate(top.items("reference_additions"), start=1):
        code = raw.data.get("code")
        f = _Fields(problems, f"reference entry {code}" if isinstance(code, str)
                    else f"reference entry #{i}", raw.data)
        kind = f.choice("kind", ADDABLE_KINDS, required=True)
        code_ = f.text("code", 48, required=True)
        names = f.child("names", required=True)
        item = {"kind": kind, "code": code_,
                "names": {lang: names.data.get(lang, "") for lang in LANGUAGES} if names else {},
                "parent": f.text("parent", 16) or None,
                "extra": f.raw("extra", False), "active": f.flag("active", default=True),
                "origin": f.text("origin", 64)}
        if item["extra"] is _MISSING or item["extra"] is None:
            item["extra"] = {}
        elif not isinstance(item["extra"], dict):
            f.bad("extra", msg(QT_TRANSLATE_NOOP("Exchange", "This must be an object.")))
            item["extra"] = {}
        if kind and code_:
            found.append((f, item))
    new: list[Addition] = []
    origins: dict[tuple[str, str], str] = {}
    current = ref
    # Districts before their sub-districts, whatever the order in the file.
    for f, item in sorted(found, key=lambda fi: ADDABLE_KINDS.index(fi[1]["kind"])):
        kind, code = item["kind"], item["code"]
        here = table_of(current, kind).get(code)
        if here is not None:
            meaning = ({"kind": here.kind} if isinstance(here, LibraryClause)
                       else dict(here.extra))
            if is_added(here) and any(item["extra"].get(k) != meaning.get(k)
                                      for k in _MEANING if k in item["extra"]):
                f.bad("extra", msg(QT_TRANSLATE_NOOP(
                    "Exchange", "This entry is known here under the same code with another "
                                "meaning.")))
            continue        # already here (added or shipped): the cases can use it
        try:
            addition = check_addition(current, kind, code, item["names"],
                                      parent=item["parent"], extra=item["extra"])
        except ValidationErrors as e:
            for err in e.errors:
                f.bad(err.field or "", err.message)
            continue
        except (ValidationError, ClauseRefused) as e:
            f.bad(e.field or "", e.message)
            continue
        addition = Addition(addition.kind, addition.code, addition.names, addition.parent,
                            addition.extra, bool(item["active"]))
        new.append(addition)
        origins[(kind, code)] = item["origin"] or installation
        current = merged(current, [addition])
    return new, origins, current


def _parse_forums(top: _Fields, problems: _Problems, ref: ReferenceData) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for i, raw in enumerate(top.items("forums", required=True), start=1):
        code = raw.data.get("code")
        f = _Fields(problems, f"forum {code}" if isinstance(code, str) else f"forum #{i}",
                    raw.data)
        item: dict[str, Any] = {"code": f.text("code", 8, required=True)}
        if item["code"] and not FORUM_CODE.match(item["code"]):
            f.bad("code", msg(QT_TRANSLATE_NOOP("Forum", "A forum code is three letters and two digits, "
                                          "e.g. BGD01.")))
        if item["code"] in {x["code"] for x in out}:
            f.bad("code", msg(QT_TRANSLATE_NOOP("Exchange", "Two forums in the file have this code.")))
        item["name_ar"] = f.text("name_ar", 200, required=True)
        item["name_ckb"] = f.text("name_ckb", 200)
        item["name_en"] = f.text("name_en", 200)
        item["governorate"] = f.choice("governorate", ref.governorates, required=True)
        item["district"] = f.choice("district", ref.districts)
        item["subdistrict"] = f.choice("subdistrict", ref.subdistricts)
        _check_place(f, item["governorate"], item["district"], item["subdistrict"], ref)
        item["established_on"] = f.day("established_on")
        item["active"] = f.flag("active", default=True)
        item["stations"] = []
        for st in f.items("stations"):
            station: dict[str, Any] = {"name_ar": st.text("name_ar", 200, required=True),
                       "name_ckb": st.text("name_ckb", 200),
                       "name_en": st.text("name_en", 200),
                       "district": st.choice("district", ref.districts),
                       "active": st.flag("active", default=True)}
            if station["district"] and item["governorate"] and not ref.district_in(
                    station["district"], item["governorate"]):
                st.bad("district", msg(QT_TRANSLATE_NOOP("Field", "This district is not in that "
                                                   "governorate.")))
            item["stations"].append(station)
        out.append(item)
    return out


def _check_place(f: _Fields, governorate: str | None, district: str | None,
                 subdistrict: str | None, ref: ReferenceData) -> None:
    if district and not (governorate and ref.district_in(district, governorate)):
        f.bad("district", msg(QT_TRANSLATE_NOOP("Field", "This district is not in the chosen governorate.")))
    if subdistrict and not (district and ref.subdistrict_in(subdistrict, district)):
        f.bad("subdistrict", msg(QT_TRANSLATE_NOOP("Field", "This sub-district is not in the chosen "
                                             "district.")))


def _parse_users(top: _Fields, problems: _Problems, forums: set[str]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    roles = {r.value for r in Role}
    for i, raw in enumerate(top.items("users", required=True), start=1):
        name = raw.data.get("username")
        f = _Fields(problems, f"user {name}" if isinstance(name, str) else f"user #{i}",
                    raw.data)
        item: dict[str, Any] = {"username": f.text("username", 64, required=True)}
        if item["username"] and item["username"] != SYSTEM_USERNAME and \
                not USERNAME.match(item["username"]):
            f.bad("username", msg(QT_TRANSLATE_NOOP("User", "A user name is 2-63 lower-case Latin letters, "
                                             "digits, dots, dashes or underscores.")))
        if item["username"] in {x["username"] for x in out}:
            f.bad("username", msg(QT_TRANSLATE_NOOP("Exchange", "Two users in the file have this name.")))
        item["full_name"] = f.text("full_name", 200, required=True)
        item["role"] = f.choice("role", roles, required=True)
        item["forum"] = f.ref("forum", forums, FORUMS)
        out.append(item)
    return out


def _parse_persons(top: _Fields, problems: _Problems, today: dt.date) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for i, raw in enumerate(top.items("persons", required=True), start=1):
        uid = raw.data.get("uid")
        f = _Fields(problems, f"person {uid}" if isinstance(uid, str) else f"person #{i}",
                    raw.data)
        item: dict[str, Any] = {"uid": f.uid("uid")}
        if item["uid"] in seen:
            f.bad("uid", msg(QT_TRANSLATE_NOOP("Exchange", "Two persons in the file have this uid.")))
        seen.add(item["uid"])
        item["given_name"] = f.text("given_name", 100, required=True)
        for key in ("father_name", "grandfather_name", "family_name"):
            item[key] = f.text(key, 100)
        item["latin_name"] = f.text("latin_name", 200)
        item["sex"] = f.choice("sex", SEXES)
        item["birth_year"] = f.number("birth_year", low=today.year - 130, high=today.year,
                                      nullable=True)
        item["phone"] = f.text("phone", 40)
        item["id_document"] = f.text("id_document", 80)
        item["displacement"] = f.choice("displacement", DISPLACEMENT)
        item["can_sign"] = f.flag("can_sign", default=True)
        item["created_at"] = f.moment("created_at")
        out.append(item)
    return out


def _parse_case(f: _Fields, forums: set[str], users: set[str], persons: set[str],
                stations: set[tuple[str, str]], ref: ReferenceData) -> dict[str, Any]:
    c: dict[str, Any] = {"record": f.record, "uid": f.uid("uid"),
                         "number": f.text("number", 32, required=True),
                         "forum": f.ref("forum", forums, FORUMS, required=True)}
    parsed = parse_case_number(c["number"]) if c["number"] else None
    if c["number"] and (parsed is None or c["number"] != c["number"].upper()):
        f.bad("number", msg(QT_TRANSLATE_NOOP("Exchange", "A case number is written like BGD01-2026-00042.")))
    elif parsed is not None:
        if c["forum"] and parsed[0] != c["forum"]:
            f.bad("number", msg(QT_TRANSLATE_NOOP("Exchange", "The case number does not start with the "
                                               "code of its forum ({forum})."),
                                forum=c["forum"]))
        if parsed[2] > _MAX_INT or parsed[2] < 1:
            f.bad("number", msg(QT_TRANSLATE_NOOP("Exchange", "The case number's sequence is out of range.")))
        c["year"], c["seq"] = parsed[1], parsed[2]
    station = f.child("station")
    c["station"] = None
    if station is not None:
        key = (station.ref("forum", forums, FORUMS, required=True),
               station.text("name_ar", 200, required=True))
        if key[0] and key[1]:
            if key not in stations:
                station.bad("name_ar", msg(QT_TRANSLATE_NOOP("Exchange", "The forum {forum} of this file has "
                                                          "no such station."), forum=key[0]))
            elif key[0] != c["forum"]:
                station.bad("forum", msg(QT_TRANSLATE_NOOP("Field", "This station does not belong to the "
                                                     "forum.")))
            c["station"] = key
    c["stage"] = f.choice("stage", {s.value for s in Stage}, required=True)
    c["intake_date"] = f.day("intake_date", required=True)
    c["channel"] = f.choice("channel", ref.referral_sources)
    c["governorate"] = f.choice("governorate", ref.governorates)
    c["district"] = f.choice("district", ref.districts)
    c["subdistrict"] = f.choice("subdistrict", ref.subdistricts)
    _check_place(f, c["governorate"], c["district"], c["subdistrict"], ref)
    c["category"] = f.choice("category", ref.categories)
    c["neighbourhood"] = f.text("neighbourhood", 200)
    c["camp"] = f.text("camp", 200)
    c["description"] = f.text("description", 10_000, multiline=True)
    c["request"] = f.text("request", 5_000, multiline=True)
    c["violence_risk"] = f.choice("violence_risk", RISK_LEVELS) or "unknown"
    c["revenge_risk"] = f.flag("revenge_risk")
    c["vulnerable_notes"] = f.text("vulnerable_notes", 5_000, multiline=True)
    c["police_ref"] = f.text("police_ref", 80)
    c["court_ref"] = f.text("court_ref", 80)
    c["closure_reason"] = f.choice("closure_reason", ref.closure_reasons)
    c["closure_note"] = f.text("closure_note", 5_000, multiline=True)
    c["closed_at"] = f.moment("closed_at")
    c["archived"] = f.flag("archived")
    # A category that makes a case sensitive does so here too, whatever the file says.
    c["sensitive"] = bool(f.flag("sensitive")) or _sensitive_category(c["category"], ref)
    c["created_by"] = f.ref("created_by", users, USERS, required=True)
    c["created_at"] = f.moment("created_at", required=True)
    c["updated_at"] = f.moment("updated_at") or c["created_at"]
    c["origin"] = f.text("origin", 64)

    c["mediators"] = [{"user": x.ref("user", users, USERS, required=True),
                       "assigned_at": x.moment("assigned_at"),
                       "active": x.flag("active", default=True)}
                      for x in f.items("mediators")]
    c["parties"] = []
    for x in f.items("parties"):
        party = {"position": x.number("position", required=True, low=1),
                 "kind": x.choice("kind", PARTY_KINDS, required=True),
                 "role": x.choice("role", PARTY_ROLES, required=True),
                 "name": x.text("name", 300, required=True),
                 "person": x.ref("person", persons, PERSONS),
                 "vulnerable": x.flag("vulnerable"), "consent": x.flag("consent"),
                 "consent_at": x.moment("consent_at"),
                 "representatives": [{"person": r.ref("person", persons, PERSONS,
                                                      required=True),
                                      "relation": r.text("relation", 100)}
                                     for r in x.items("representatives")]}
        if party["position"] is not None and party["position"] in {
                p["position"] for p in c["parties"]}:
            x.bad("position", msg(QT_TRANSLATE_NOOP("Exchange", "Two parties of the case have this "
                                                 "position.")))
        c["parties"].append(party)
    positions = {p["position"] for p in c["parties"] if p["position"] is not None}
    c["screenings"] = [_parse_screening(x, users) for x in f.items("screenings")]
    c["referrals"] = [{"destination": x.choice("destination", ref.referral_destinations,
                                               required=True),
                       "reason": x.text("reason", 5_000, required=True, multiline=True),
                       "consent": x.flag("consent", required=True),
                       "referred_on": x.day("referred_on", required=True),
                       "referred_by": x.ref("referred_by", users, USERS, required=True),
                       "outcome": x.choice("outcome", REFERRAL_OUTCOMES) or "pending",
                       "outcome_note": x.text("outcome_note", 5_000, multiline=True),
                       "outcome_on": x.day("outcome_on")}
                      for x in f.items("referrals")]
    c["sessions"] = [_parse_session(x, users, positions) for x in f.items("sessions")]
    c["truces"] = []
    for x in f.items("truces"):
        truce: dict[str, Any] = {"starts_on": x.day("starts_on", required=True),
                 "expires_on": x.day("expires_on", required=True),
                 "guarantor": x.text("guarantor", 300),
                 "terms": x.text("terms", 5_000, multiline=True),
                 "recorded_by": x.ref("recorded_by", users, USERS, required=True)}
        if truce["starts_on"] and truce["expires_on"] and \
                truce["expires_on"] <= truce["starts_on"]:
            x.bad("expires_on", msg(QT_TRANSLATE_NOOP("Field", "A truce must expire after it starts.")))
        c["truces"].append(truce)
    c["agreements"] = [_parse_agreement(x, c["number"], users, persons, positions, ref)
                       for x in f.items("agreements")]
    c["follow_ups"] = [{"due_on": x.day("due_on", required=True), "done_on": x.day("done_on"),
                        "result": x.choice("result", RESULTS),
                        "instalment_paid": x.flag("instalment_paid", default=None,
                                                  nullable=True),
                        "note": x.text("note", 5_000, multiline=True),
                        "recorded_by": x.ref("recorded_by", users, USERS)}
                       for x in f.items("follow_ups")]
    stages = {s.value for s in Stage}
    c["history"] = [{"at": x.moment("at", required=True),
                     "user": x.ref("user", users, USERS, required=True),
                     "from": x.choice("from", stages),
                     "to": x.choice("to", stages, required=True),
                     "move": x.choice("move", _HISTORY_MOVES, required=True),
                     "reason": x.text("reason", 5_000, multiline=True)}
                    for x in f.items("history")]
    if c["history"] and c["stage"] and c["history"][-1]["to"] and \
            c["history"][-1]["to"] != c["stage"]:
        f.bad("stage", msg(QT_TRANSLATE_NOOP("Exchange", "The stage does not match the last step of the "
                                          "case's history ({last})."),
                           last=msg(STAGE_LABELS[Stage(c["history"][-1]["to"])])))
    return c


def _parse_screening(x: _Fields, users: set[str]) -> dict[str, Any]:
    answers = x.raw("answers", True)
    questions = {q.value for q in Question}
    if answers is not _MISSING:
        if not isinstance(answers, dict):
            x.bad("answers", msg(QT_TRANSLATE_NOOP("Exchange", "This must be an object.")))
            answers = {}
        for key, value in answers.items():
            if key not in questions:
                x.bad(f"answers.{key}", msg(QT_TRANSLATE_NOOP("Screening", "Unknown screening question: "
                                                            "{name}."), name=key))
            elif value is not None and not isinstance(value, bool):
                x.bad(f"answers.{key}", msg(QT_TRANSLATE_NOOP("Exchange", "This must be true or false.")))
    flags = x.raw("red_flags", False)
    if flags is _MISSING:
        flags = []
    elif not isinstance(flags, list) or not all(isinstance(v, str) and v in _RED_FLAGS
                                                for v in flags):
        x.bad("red_flags", msg(QT_TRANSLATE_NOOP("Exchange", "This must be a list of screening question "
                                              "codes.")))
        flags = []
    return {"answers": dict(answers) if isinstance(answers, dict) else {},
            "decision": x.choice("decision", {d.value for d in Decision}, required=True),
            "red_flags": list(flags), "notes": x.text("notes", 5_000, multiline=True),
            "recorded_by": x.ref("recorded_by", users, USERS, required=True),
            "recorded_at": x.moment("recorded_at", required=True),
            "approved_by": x.ref("approved_by", users, USERS),
            "approved_at": x.moment("approved_at")}


def _parse_session(x: _Fields, users: set[str], positions: set[int]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "held_on": x.day("held_on", required=True), "place": x.text("place", 200),
        "kind": x.choice("kind", SESSION_KINDS, required=True),
        "summary": x.text("summary", 20_000, multiline=True),
        "outcome": x.choice("outcome", SESSION_OUTCOMES, required=True),
        "next_date": x.day("next_date"),
        "recorded_by": x.ref("recorded_by", users, USERS, required=True),
        "recorded_at": x.moment("recorded_at", required=True), "attendance": []}
    for a in x.items("attendance"):
        entry: dict[str, Any] = {"attended": a.flag("attended", required=True)}
        if "party" in a.data:
            entry["party"] = a.number("party", required=True, low=1)
            if entry["party"] is not None and entry["party"] not in positions:
                a.bad("party", msg(QT_TRANSLATE_NOOP("Exchange", "The case has no party at position "
                                                  "{position}."), position=entry["party"]))
        elif "user" in a.data:
            entry["user"] = a.ref("user", users, USERS, required=True)
        else:
            a.bad("party", msg(QT_TRANSLATE_NOOP("Exchange", "Name the party (by position) or the user.")))
        out["attendance"].append(entry)
    return out


def _parse_agreement(x: _Fields, case_number: str, users: set[str], persons: set[str],
                     positions: set[int], ref: ReferenceData) -> dict[str, Any]:
    a: dict[str, Any] = {"number": x.text("number", 40, required=True)}
    if a["number"] and case_number and not a["number"].startswith(f"{case_number}-A"):
        x.bad("number", msg(QT_TRANSLATE_NOOP("Exchange", "An agreement number starts with its case's "
                                           "number, e.g. {example}."),
                            example=f"{case_number}-A1"))
    a["languages"] = x.choice("languages", {p.value for p in LanguagePair}, required=True)
    a["status"] = x.choice("status", _AGREEMENT_STATUSES, required=True)
    a["compensation_iqd"] = x.number("compensation_iqd", high=MAX_IQD) or 0
    breach = x.child("breach_terms")
    a["breach_terms"] = {lang: breach.clause_text(lang) if breach else "" for lang in LANGUAGES}
    for key in ("printed_digest", "signed_digest"):
        value = x.raw(key, False)
        a[key] = None
        if value not in (_MISSING, None):
            if isinstance(value, str) and _DIGEST.match(value):
                a[key] = value
            else:
                x.bad(key, msg(QT_TRANSLATE_NOOP("Exchange", "This must be a SHA-256 digest in lower-case "
                                              "hexadecimal.")))
    for key in ("printed_at", "signed_at", "created_at", "updated_at"):
        a[key] = x.moment(key)
    a["amendments"] = []
    amendment_fields = x.items("amendments")
    for y in amendment_fields:
        amendment: dict[str, Any] = {
            "seq": y.number("seq", required=True, low=1),
            "reason": y.text("reason", 5_000, required=True, multiline=True),
            "recorded_by": y.ref("recorded_by", users, USERS, required=True),
            "recorded_at": y.moment("recorded_at", required=True),
            "changes": {"added": [], "superseded": []}, "superseded": []}
        changes = y.child("changes", required=True)
        if changes is not None:
            amendment["changes"]["added"] = [{lang: t.clause_text(lang) for lang in LANGUAGES}
                                             for t in changes.items("added")]
            superseded = changes.raw("superseded", False)
            amendment["superseded"] = [] if superseded is _MISSING else superseded
        if amendment["seq"] in {z["seq"] for z in a["amendments"]}:
            y.bad("seq", msg(QT_TRANSLATE_NOOP("Exchange", "Two amendments have this number.")))
        a["amendments"].append(amendment)
    seqs = {z["seq"] for z in a["amendments"]}
    a["clauses"] = []
    for y in x.items("clauses"):
        texts = y.child("texts", required=True)
        clause = {"position": y.number("position", required=True, low=1),
                  "library_code": y.choice("library_code", ref.clauses),
                  "texts": {lang: texts.clause_text(lang) if texts else "" for lang in LANGUAGES},
                  "superseded_by": y.number("superseded_by", low=1, nullable=True)}
        if clause["superseded_by"] is not None and clause["superseded_by"] not in seqs:
            y.bad("superseded_by", msg(QT_TRANSLATE_NOOP("Exchange", "The agreement has no amendment "
                                                      "{seq}."), seq=clause["superseded_by"]))
        if clause["position"] in {z["position"] for z in a["clauses"]}:
            y.bad("position", msg(QT_TRANSLATE_NOOP("Exchange", "Two clauses have this position.")))
        a["clauses"].append(clause)
    clause_positions = {z["position"] for z in a["clauses"]}
    for y, amendment in zip(amendment_fields, a["amendments"], strict=True):
        superseded = amendment.pop("superseded")
        if not isinstance(superseded, list) or any(
                isinstance(p, bool) or not isinstance(p, int) or p not in clause_positions
                for p in superseded):
            y.bad("changes.superseded", msg(QT_TRANSLATE_NOOP("Exchange", "This must list positions of "
                                                           "clauses of the agreement.")))
        else:
            amendment["changes"]["superseded"] = list(superseded)
    a["instalments"] = []
    for y in x.items("instalments"):
        a["instalments"].append({"seq": y.number("seq", required=True, low=1),
                                 "due_on": y.day("due_on", required=True),
                                 "amount_iqd": y.number("amount_iqd", required=True, low=1,
                                                        high=MAX_IQD),
                                 "paid_on": y.day("paid_on")})
    amounts = [i["amount_iqd"] for i in a["instalments"]]
    if amounts and None not in amounts and sum(amounts) != a["compensation_iqd"]:
        x.bad("instalments", msg(QT_TRANSLATE_NOOP("Agreement", "The instalments add up to {sum} IQD, not "
                                                 "the compensation of {total} IQD."),
                                 sum=f"{sum(amounts):,}", total=f"{a['compensation_iqd']:,}"))
    a["signatories"] = []
    for y in x.items("signatories"):
        signatory = {"role": y.choice("role", {r.value for r in SignatoryRole}, required=True),
                     "guarantee": y.choice("guarantee", {g.value for g in GuaranteeKind}),
                     "party": y.number("party", low=1, nullable=True),
                     "person": y.ref("person", persons, PERSONS),
                     "user": y.ref("user", users, USERS),
                     "name": y.text("name", 300, required=True),
                     "mode": y.choice("mode", {s.value for s in SigningMode})
                     or SigningMode.SIGNATURE.value,
                     "signed_at": y.moment("signed_at")}
        if signatory["party"] is not None and signatory["party"] not in positions:
            y.bad("party", msg(QT_TRANSLATE_NOOP("Exchange", "The case has no party at position {position}."),
                               position=signatory["party"]))
        a["signatories"].append(signatory)
    return a


# ---------------------------------------------------------------- checking against the database

def _check_target(s: Session, doc: _Document) -> tuple[list[ImportProblem], set[str]]:
    """What the file's records would clash with here; and the uids of cases already here."""
    problems = _Problems()
    present: set[str] = set()
    uids = [c["uid"] for c in doc.cases]
    numbers = [c["number"] for c in doc.cases]
    local_by_uid: dict[str, str] = {}
    local_by_number: dict[str, str] = {}
    for chunk in _chunks(uids):
        for uid, number in s.execute(select(m.Case.uid, m.Case.number)
                                     .where(m.Case.uid.in_(chunk))):
            local_by_uid[uid] = number
    for chunk in _chunks(numbers):
        for uid, number in s.execute(select(m.Case.uid, m.Case.number)
                                     .where(m.Case.number.in_(chunk))):
            local_by_number[number] = uid
    agreement_numbers = [a["number"] for c in doc.cases if c["uid"] not in local_by_uid
                         for a in c["agreements"]]
    local_agreements: set[str] = set()
    for chunk in _chunks(agreement_numbers):
        local_agreements |= set(s.scalars(select(m.Agreement.number)
                                          .where(m.Agreement.number.in_(chunk))))
    for c in doc.cases:
        if c["uid"] in local_by_uid:
            if local_by_uid[c["uid"]] != c["number"]:
                problems.add(c["record"], "number",
                             msg(QT_TRANSLATE_NOOP("Exchange", "This case (same uid) is recorded here under "
                                                "another number, {number}."),
                                 number=local_by_uid[c["uid"]]))
            present.add(c["uid"])
            continue
        if c["number"] in local_by_number:
            problems.add(c["record"], "number",
                         msg(QT_TRANSLATE_NOOP("Exchange", "Another case (uid {uid}) already has this number "
                                            "here."), uid=local_by_number[c["number"]]))
        for j, a in enumerate(c["agreements"], start=1):
            if a["number"] in local_agreements:
                problems.add(c["record"], f"agreements.{j}.number",
                             msg(QT_TRANSLATE_NOOP("Exchange", "Another agreement already has this number "
                                                "here.")))
    return problems.found, present


def _chunks(values: list[str], size: int = 500) -> Iterable[list[str]]:
    for i in range(0, len(values), size):
        yield values[i:i + size]


def check_file(ctx: ServiceContext, path: Path) -> list[ImportProblem]:
    """Every problem that would stop `import_file`; writes nothing."""
    doc, problems = _parse(Path(path), ctx.today(), reference_now(ctx))
    if problems:
        return problems
    with ctx.reading() as uow:
        found, _ = _check_target(uow.session, doc)
    return found


@dataclass(frozen=True)
class ImportPreview:
    """What importing a file would do here, found without writing anything: the cases
    it would add and those already here, what else would be added with them, and every
    problem that would stop it."""

    problems: tuple[ImportProblem, ...]
    source: str = ""
    exported_at: dt.datetime | None = None
    new_cases: tuple[tuple[str, str], ...] = ()        # (number, stage) of each new case
    present: tuple[str, ...] = ()                      # numbers of the cases already here
    forums: tuple[str, ...] = ()                       # codes of the forums new here
    stations: int = 0
    users: tuple[str, ...] = ()
    persons: int = 0
    additions: tuple[Addition, ...] = ()               # reference entries new here
    sha256: str = ""
    case_forums: tuple[str, ...] = ()                  # the forums of the file's cases

    @property
    def ok(self) -> bool:
        return not self.problems


def preview_file(ctx: ServiceContext, actor: Actor, path: Path, *,
                 progress: Progress | None = None, cancelled: CancelCheck | None = None
                 ) -> ImportPreview:
    """The dry run of `import_file`: the same checks, and what would be added."""
    actor.require(Action.IMPORT)
    steps = Steps(progress, cancelled)
    doc, problems = _parse(Path(path), ctx.today(), reference_now(ctx))
    steps.check()
    if problems:
        return ImportPreview(tuple(problems), doc.installation, doc.exported_at,
                             sha256=doc.sha256)
    with ctx.reading() as uow:
        s = uow.session
        found, present = _check_target(s, doc)
        new = [c for c in doc.cases if c["uid"] not in present]
        forums_here = set(s.scalars(select(m.Forum.code)))
        stations_here = {(code, name) for code, name in s.execute(
            select(m.Forum.code, m.Station.name_ar).join(m.Station,
                                                         m.Station.forum_id == m.Forum.id))}
        users: set[str] = set()
        persons: set[str] = set()
        for c in new:
            users |= _users_of(c)
            persons |= _persons_of(c)
        users_here: set[str] = set()
        for chunk in _chunks(sorted(users)):
            users_here |= set(s.scalars(select(m.User.username).where(
                m.User.username.in_(chunk))))
        persons_here: set[str] = set()
        for chunk in _chunks(sorted(persons)):
            persons_here |= set(s.scalars(select(m.Person.uid).where(m.Person.uid.in_(chunk))))
    return ImportPreview(
        problems=tuple(found), source=doc.installation, exported_at=doc.exported_at,
        new_cases=tuple((c["number"], c["stage"]) for c in new),
        present=tuple(sorted(c["number"] for c in doc.cases if c["uid"] in present)),
        forums=tuple(f["code"] for f in doc.forums if f["code"] not in forums_here),
        stations=sum(1 for f in doc.forums for st in f["stations"]
                     if (f["code"], st["name_ar"]) not in stations_here),
        users=tuple(sorted(users - users_here)), persons=len(persons - persons_here),
        additions=tuple(doc.additions), sha256=doc.sha256,
        case_forums=tuple(sorted({c["forum"] for c in doc.cases if c["forum"]})))


# ---------------------------------------------------------------- import

class _Importer:
    """Writes the new cases of a checked file into one open unit of work."""

    def __init__(self, s: Session, ctx: ServiceContext, doc: _Document) -> None:
        self.s, self.ctx, self.doc = s, ctx, doc
        self.forums = {f.code: f for f in s.scalars(select(m.Forum))}
        self.stations: dict[tuple[str, str], int] = {}
        self.users: dict[str, int] = {}
        self.persons: dict[str, int] = {}
        self.forums_created = self.stations_created = self.users_created = 0
        self.persons_created = 0
        self.new_usernames: list[str] = []
        self.new_forums: list[str] = []

    def forums_and_stations(self) -> None:
        s = self.s
        for f in self.doc.forums:
            forum = self.forums.get(f["code"])
            if forum is None:
                forum = m.Forum(code=f["code"], name_ar=f["name_ar"], name_ckb=f["name_ckb"],
                                name_en=f["name_en"], governorate=f["governorate"],
                                district=f["district"], subdistrict=f["subdistrict"],
                                established_on=f["established_on"], active=f["active"],
                                created_at=self.ctx.now())
                s.add(forum)
                s.flush()
                self.forums[forum.code] = forum
                self.forums_created += 1
                self.new_forums.append(forum.code)
            local = {st.name_ar: st.id for st in reversed(forum.stations)}
            for st in f["stations"]:
                if st["name_ar"] not in local:
                    row = m.Station(forum_id=forum.id, name_ar=st["name_ar"],
                                    name_ckb=st["name_ckb"], name_en=st["name_en"],
                                    district=st["district"], active=st["active"])
                    s.add(row)
                    s.flush()
                    local[row.name_ar] = row.id
                    self.stations_created += 1
                self.stations[(forum.code, st["name_ar"])] = local[st["name_ar"]]

    def need_users(self, names: set[str]) -> None:
        s = self.s
        by_name = {u["username"]: u for u in self.doc.users}
        for chunk in _chunks(sorted(names)):
            for uid, username in s.execute(select(m.User.id, m.User.username)
                                           .where(m.User.username.in_(chunk))):
                self.users[username] = uid
        for name in sorted(names - set(self.users)):
            u = by_name[name]
            # Someone who worked on the cases elsewhere: named in the history here,
            # but unable to sign in until an administrator decides otherwise.
            row = m.User(username=name, full_name=u["full_name"], role=u["role"],
                         forum_id=self.forums[u["forum"]].id if u["forum"] else None,
                         password_hash=None, active=False, created_at=self.ctx.now())
            s.add(row)
            s.flush()
            self.users[name] = row.id
            self.users_created += 1
            self.new_usernames.append(name)

    def need_persons(self, uids: set[str]) -> None:
        s = self.s
        for chunk in _chunks(sorted(uids)):
            for pid, uid in s.execute(select(m.Person.id, m.Person.uid)
                                      .where(m.Person.uid.in_(chunk))):
                self.persons[uid] = pid
        new: list[m.Person] = []
        pending: set[str] = set()
        for p in self.doc.persons:
            if p["uid"] not in uids or p["uid"] in self.persons or p["uid"] in pending:
                continue
            pending.add(p["uid"])
            row = m.Person(uid=p["uid"], given_name=p["given_name"],
                           father_name=p["father_name"],
                           grandfather_name=p["grandfather_name"],
                           family_name=p["family_name"], latin_name=p["latin_name"],
                           sex=p["sex"], birth_year=p["birth_year"], phone=p["phone"],
                           id_document=p["id_document"], displacement=p["displacement"],
                           can_sign=p["can_sign"], created_at=p["created_at"] or self.ctx.now())
            full = " ".join(x for x in (p["given_name"], p["father_name"],
                                        p["grandfather_name"], p["family_name"]) if x)
            row.name_key = name_key(full)
            row.phone_key = phone_key(p["phone"])
            new.append(row)
        # One flush for them all: the inserts go in batches, where a flush per person
        # was most of the time of importing a large file.
        s.add_all(new)
        s.flush()
        for row in new:
            self.persons[row.uid] = row.id
        self.persons_created += len(new)

    def user(self, name: str | None) -> int | None:
        return self.users[name] if name is not None else None

    def person(self, uid: str | None) -> int | None:
        return self.persons[uid] if uid is not None else None

    def case(self, c: dict[str, Any]) -> m.Case:
        s, user = self.s, self.user
        forum = self.forums[c["forum"]]
        case = m.Case(
            uid=c["uid"], number=c["number"], forum_id=forum.id,
            station_id=self.stations[c["station"]] if c["station"] else None,
            year=c["year"], seq=c["seq"], stage=c["stage"], intake_date=c["intake_date"],
            channel=c["channel"], governorate=c["governorate"], district=c["district"],
            subdistrict=c["subdistrict"], neighbourhood=c["neighbourhood"], camp=c["camp"],
            category=c["category"], description=c["description"], request=c["request"],
            violence_risk=c["violence_risk"], revenge_risk=c["revenge_risk"],
            vulnerable_notes=c["vulnerable_notes"], police_ref=c["police_ref"],
            court_ref=c["court_ref"], closure_reason=c["closure_reason"],
            closure_note=c["closure_note"], closed_at=c["closed_at"], archived=c["archived"],
            sensitive=c["sensitive"],
            created_by=user(c["created_by"]), created_at=c["created_at"],
            updated_at=c["updated_at"], origin=c["origin"] or self.doc.installation)
        s.add(case)
        s.flush()
        parties = []
        for p in c["parties"]:
            row = m.Party(case_id=case.id, position=p["position"], kind=p["kind"],
                          role=p["role"], name=p["name"], person_id=self.person(p["person"]),
                          vulnerable=p["vulnerable"], consent=p["consent"],
                          consent_at=p["consent_at"])
            s.add(row)
            parties.append(row)
        s.flush()
        party_id = {row.position: row.id for row in parties}
        for p, row in zip(c["parties"], parties, strict=True):
            for r in p["representatives"]:
                s.add(m.Representative(party_id=row.id, person_id=self.person(r["person"]),
                                       relation=r["relation"]))
        for x in c["mediators"]:
            s.add(m.CaseMediator(case_id=case.id, user_id=user(x["user"]),
                                 assigned_at=x["assigned_at"] or c["created_at"],
                                 active=x["active"]))
        for x in c["screenings"]:
            s.add(m.Screening(case_id=case.id, answers=x["answers"], decision=x["decision"],
                              red_flags=x["red_flags"], notes=x["notes"],
                              recorded_by=user(x["recorded_by"]), recorded_at=x["recorded_at"],
                              approved_by=user(x["approved_by"]), approved_at=x["approved_at"]))
        for x in c["referrals"]:
            s.add(m.Referral(case_id=case.id, destination=x["destination"], reason=x["reason"],
                             consent=x["consent"], referred_on=x["referred_on"],
                             referred_by=user(x["referred_by"]), outcome=x["outcome"],
                             outcome_note=x["outcome_note"], outcome_on=x["outcome_on"]))
        for x in c["sessions"]:
            session = m.MediationSession(case_id=case.id, held_on=x["held_on"],
                                         place=x["place"], kind=x["kind"],
                                         summary=x["summary"], outcome=x["outcome"],
                                         next_date=x["next_date"],
                                         recorded_by=user(x["recorded_by"]),
                                         recorded_at=x["recorded_at"])
            s.add(session)
            s.flush()
            for a in x["attendance"]:
                s.add(m.SessionAttendance(session_id=session.id,
                                          party_id=party_id[a["party"]] if "party" in a
                                          else None,
                                          user_id=user(a.get("user")), attended=a["attended"]))
        for x in c["truces"]:
            s.add(m.Truce(case_id=case.id, starts_on=x["starts_on"], expires_on=x["expires_on"],
                          guarantor=x["guarantor"], terms=x["terms"],
                          recorded_by=user(x["recorded_by"])))
        for x in c["agreements"]:
            self.agreement(case, x, party_id)
        for x in c["follow_ups"]:
            s.add(m.FollowUp(case_id=case.id, due_on=x["due_on"], done_on=x["done_on"],
                             result=x["result"], instalment_paid=x["instalment_paid"],
                             note=x["note"], recorded_by=user(x["recorded_by"])))
        for x in c["history"]:
            s.add(m.StageChange(case_id=case.id, from_stage=x["from"], to_stage=x["to"],
                                move=x["move"], reason=x["reason"], user_id=user(x["user"]),
                                at=x["at"]))
        s.flush()
        return case

    def agreement(self, case: m.Case, x: dict[str, Any], party_id: dict[int, int]) -> None:
        s, now = self.s, self.ctx.now()
        a = m.Agreement(case_id=case.id, number=x["number"], languages=x["languages"],
                        status=x["status"], compensation_iqd=x["compensation_iqd"],
                        printed_digest=x["printed_digest"], printed_at=x["printed_at"],
                        signed_at=x["signed_at"], signed_digest=x["signed_digest"],
                        created_at=x["created_at"] or now,
                        updated_at=x["updated_at"] or x["created_at"] or now,
                        **{f"breach_terms_{lang}": t for lang, t in x["breach_terms"].items()})
        s.add(a)
        s.flush()
        amendments = []
        for y in x["amendments"]:
            row = m.Amendment(agreement_id=a.id, seq=y["seq"], reason=y["reason"],
                              changes={}, recorded_by=self.user(y["recorded_by"]),
                              recorded_at=y["recorded_at"])
            s.add(row)
            amendments.append(row)
        s.flush()
        amendment_id = {row.seq: row.id for row in amendments}
        clauses = []
        for y in x["clauses"]:
            clause = m.AgreementClause(
                agreement_id=a.id, position=y["position"], library_code=y["library_code"],
                superseded_by_amendment=amendment_id[y["superseded_by"]]
                if y["superseded_by"] is not None else None,
                **{f"text_{lang}": t for lang, t in y["texts"].items()})
            s.add(clause)
            clauses.append(clause)
        s.flush()
        clause_id = {c.position: c.id for c in clauses}
        for y, amendment in zip(x["amendments"], amendments, strict=True):
            amendment.changes = {"added": y["changes"]["added"],
                                 "superseded": [clause_id[p] for p in
                                                y["changes"]["superseded"]]}
        for y in x["instalments"]:
            s.add(m.Instalment(agreement_id=a.id, seq=y["seq"], due_on=y["due_on"],
                               amount_iqd=y["amount_iqd"], paid_on=y["paid_on"]))
        for y in x["signatories"]:
            s.add(m.Signatory(agreement_id=a.id, role=y["role"], guarantee=y["guarantee"],
                              party_id=party_id[y["party"]] if y["party"] is not None else None,
                              person_id=self.person(y["person"]), user_id=self.user(y["user"]),
                              name=y["name"], mode=y["mode"], signed_at=y["signed_at"]))

    def raise_counter(self, forum_id: int, year: int, seq: int) -> None:
        """Local numbering continues after the highest number imported, never over it."""
        postgres = self.s.get_bind().dialect.name == "postgresql"
        insert = pg_insert if postgres else sqlite_insert
        stmt = insert(m.CaseNumberCounter).values(forum_id=forum_id, year=year, last_value=seq)
        larger = func.greatest if postgres else func.max
        stmt = stmt.on_conflict_do_update(
            index_elements=[m.CaseNumberCounter.forum_id, m.CaseNumberCounter.year],
            set_={"last_value": larger(m.CaseNumberCounter.last_value,
                                       stmt.excluded.last_value)})
        self.s.execute(stmt)


def _users_of(c: Mapping[str, Any]) -> set[str]:
    names = {c["created_by"]}
    names |= {x["user"] for x in c["mediators"]} | {x["user"] for x in c["history"]}
    for key in ("screenings", "referrals", "sessions", "truces", "follow_ups"):
        for x in c[key]:
            names |= {x.get(k) for k in ("recorded_by", "approved_by", "referred_by")}
    names |= {a.get("user") for x in c["sessions"] for a in x["attendance"]}
    for a in c["agreements"]:
        names |= {y["recorded_by"] for y in a["amendments"]}
        names |= {y["user"] for y in a["signatories"]}
    return {n for n in names if n is not None}


def _persons_of(c: Mapping[str, Any]) -> set[str]:
    uids = {p["person"] for p in c["parties"]}
    uids |= {r["person"] for p in c["parties"] for r in p["representatives"]}
    uids |= {y["person"] for a in c["agreements"] for y in a["signatories"]}
    return {u for u in uids if u is not None}


def import_file(ctx: ServiceContext, actor: Actor, path: Path, *,
                progress: Progress | None = None, cancelled: CancelCheck | None = None
                ) -> ImportReport:
    """Add the file's new cases, with their people, users and forums, in one transaction.

    The whole file is checked first; if anything is wrong, ImportRefused lists
    every problem and nothing is written.  Cases already here (same uid) are left
    as they are, so importing the same file again changes nothing.  The reference
    entries the file brings that are not known here are added first.
    `progress(done, total)` counts the cases written; cancelled (`cancelled()` true
    between cases), the whole import is rolled back.
    """
    actor.require(Action.IMPORT)
    steps = Steps(progress, cancelled)
    with ctx.writing() as uow:
        s = uow.session
        # Parsed inside the writing unit, against the lists as they are now.
        doc, problems = _parse(Path(path), ctx.today(), reference_in(s))
        if problems:
            raise ImportRefused(problems)
        steps.check()
        problems, present = _check_target(s, doc)
        if problems:
            raise ImportRefused(problems)
        new = [c for c in doc.cases if c["uid"] not in present]
        for addition in doc.additions:
            row = add_row(s, addition, user_id=actor.user_id, at=ctx.now(),
                          origin=doc.addition_origins.get((addition.kind, addition.code), ""))
            log(s, ctx, actor, "reference.import", "reference", row.id,
                after={"kind": row.kind, "code": row.code, "origin": row.origin,
                       "source": doc.installation})
        im = _Importer(s, ctx, doc)
        im.forums_and_stations()
        users: set[str] = set()
        persons: set[str] = set()
        for c in new:
            users |= _users_of(c)
            persons |= _persons_of(c)
        im.need_users(users)
        im.need_persons(persons)
        top: dict[tuple[int, int], int] = {}
        steps.report(0, len(new))
        for done, c in enumerate(new, start=1):
            steps.check()
            case = im.case(c)
            key = (case.forum_id, case.year)
            top[key] = max(top.get(key, 0), case.seq)
            log(s, ctx, actor, "case.import", "case", case.id, case_id=case.id,
                after={"uid": case.uid, "number": case.number, "stage": case.stage,
                       "origin": case.origin, "source": doc.installation})
            steps.report(done, len(new))
        for (forum_id, year), seq in sorted(top.items()):
            im.raise_counter(forum_id, year, seq)
        report = ImportReport(
            created=len(new), unchanged=len(present), persons_created=im.persons_created,
            forums_created=im.forums_created, stations_created=im.stations_created,
            users_created=im.users_created, source=doc.installation, sha256=doc.sha256,
            numbers=tuple(c["number"] for c in new))
        log(s, ctx, actor, "exchange.import", "exchange", None,
            after={"file": Path(path).name, "sha256": doc.sha256, "source": doc.installation,
                   "created": report.created, "unchanged": report.unchanged,
                   "persons_created": report.persons_created,
                   "forums_created": im.new_forums,
                   "stations_created": report.stations_created,
                   "users_created": im.new_usernames,
                   "reference_added": [f"{a.kind}:{a.code}" for a in doc.additions]})
        steps.check()
        uow.commit()
    if doc.additions:
        forget(ctx)
    return report
