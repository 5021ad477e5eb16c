"""Intake: logging a dispute, its parties and their people; drafts completed later."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from sulh.db import models as m
from sulh.domain.errors import MoveRefused, NotFound, ValidationError, ValidationErrors
from sulh.domain.numbering import case_number
from sulh.domain.reference import ReferenceData, is_active, reference
from sulh.domain.roles import Action, require_forum
from sulh.domain.text import clean_text, name_key, name_similarity, phone_key
from sulh.domain.workflow import FINAL_STAGES, Move, Stage
from sulh.i18n import QT_TRANSLATE_NOOP, msg
from sulh.services import records, scope
from sulh.services._common import (
    case_view,
    check_version,
    diff,
    get,
    get_case,
    log,
    party_view,
    person_view,
    run_move,
)
from sulh.services.audit import snapshot
from sulh.services.context import Actor, ServiceContext
from sulh.services.reference_data import reference_in

RISK_LEVELS = ("unknown", "low", "medium", "high")
PARTY_KINDS = ("person", "family", "tribe", "group")
PARTY_ROLES = ("complainant", "respondent", "other")
SEXES = ("female", "male")
DISPLACEMENT = ("idp", "returnee", "host", "refugee")

_TEXT_LIMITS = {"neighbourhood": 200, "camp": 200, "police_ref": 80, "court_ref": 80,
                "description": 10_000, "request": 5_000, "vulnerable_notes": 5_000}
_MULTILINE = {"description", "request", "vulnerable_notes"}
CASE_FIELDS = ("sensitive", "station_id", "intake_date", "channel", "governorate", "district", "subdistrict",
               "neighbourhood", "camp", "category", "description", "request", "violence_risk",
               "revenge_risk", "vulnerable_notes", "police_ref", "court_ref")


def _invalid(errors: list[ValidationError]) -> ValidationErrors:
    return ValidationErrors(msg(QT_TRANSLATE_NOOP("Field", "Some fields need correcting.")), errors)


def _validate_case_fields(data: Mapping[str, Any], today: dt.date, *,
                          current: Mapping[str, Any] | None = None,
                          ref: ReferenceData | None = None) -> dict[str, Any]:
    """Check the intake fields given; collect every error so the form can mark each field.
    Codes are checked against `ref`, the reference data of the database written to."""
    ref = ref or reference()
    out: dict[str, Any] = {}
    errors: list[ValidationError] = []
    unknown = set(data) - set(CASE_FIELDS)
    for key in sorted(unknown):
        errors.append(ValidationError(msg(QT_TRANSLATE_NOOP("Field", "Unknown field.")), field=key))
    for key, value in data.items():
        if key in unknown:
            continue
        try:
            if key in _TEXT_LIMITS:
                out[key] = clean_text(value, key, max_length=_TEXT_LIMITS[key],
                                      multiline=key in _MULTILINE)
            elif key == "intake_date":
                if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
                    raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "This must be a date.")), field=key)
                if value > today:
                    raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "The date cannot be in the future.")),
                                          field=key)
                if value.year < 2000:
                    raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "The date is too far in the past.")),
                                          field=key)
                out[key] = value
            elif key == "violence_risk":
                if value not in RISK_LEVELS:
                    raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "Choose a risk level.")), field=key)
                out[key] = value
            elif key in ("revenge_risk", "sensitive"):
                if not isinstance(value, bool):
                    raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "Answer yes or no.")), field=key)
                out[key] = value
            elif key == "station_id":
                if value is not None and not isinstance(value, int):
                    raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "Choose a station.")), field=key)
                out[key] = value
            else:  # reference codes
                tables: dict[str, Mapping[str, Any]] = {
                    "channel": ref.referral_sources, "category": ref.categories,
                    "governorate": ref.governorates, "district": ref.districts,
                    "subdistrict": ref.subdistricts}
                table = tables[key]
                if value in (None, ""):
                    out[key] = None
                elif value not in table:
                    raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "Choose a value from the list.")),
                                          field=key)
                elif not is_active(table[value]):
                    # A withdrawn entry still names the cases that have it, but is
                    # not chosen again.
                    raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "This choice is no longer "
                                                                         "offered; choose another.")),
                                          field=key)
                else:
                    out[key] = value
        except ValidationError as e:
            errors.append(e)
    merged = {**(current or {}), **out}
    gov, dis, sub = merged.get("governorate"), merged.get("district"), merged.get("subdistrict")
    if dis and (not gov or not ref.district_in(dis, gov)):
        errors.append(ValidationError(msg(QT_TRANSLATE_NOOP("Field", "This district is not in the chosen "
                                                      "governorate.")), field="district"))
    if sub and (not dis or dis not in ref.districts or not ref.subdistrict_in(sub, dis)):
        errors.append(ValidationError(msg(QT_TRANSLATE_NOOP("Field", "This sub-district is not in the chosen "
                                                      "district.")), field="subdistrict"))
    if errors:
        raise _invalid(errors)
    return out


def _sensitive_category(category: str | None, ref: ReferenceData | None = None) -> bool:
    """Gender-based violence and children at risk: identities need protecting."""
    label = (ref or reference()).categories.get(category or "")
    return bool(label and label.extra.get("refer_reason") in ("gbv", "child_at_risk"))


def _next_seq(session: Session, forum_id: int, year: int) -> int:
    """Take the next case number for a forum and year inside the caller's transaction.

    The upsert holds the counter row until commit, so two PCs saving at the same
    moment get consecutive numbers, and a rolled-back intake gives its number back.
    """
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    stmt = insert(m.CaseNumberCounter).values(forum_id=forum_id, year=year, last_value=1)
    upsert = stmt.on_conflict_do_update(
        index_elements=[m.CaseNumberCounter.forum_id, m.CaseNumberCounter.year],
        set_={"last_value": m.CaseNumberCounter.last_value + 1},
    ).returning(m.CaseNumberCounter.last_value)
    return int(session.execute(upsert).scalar_one())


def create_case(ctx: ServiceContext, actor: Actor, *, forum_id: int,
                **fields: Any) -> records.CaseView:
    """Log a dispute.  Few fields are required: a draft stays at intake until complete."""
    actor.require(Action.LOG_CASE)
    fields.setdefault("intake_date", ctx.today())
    with ctx.writing() as uow:
        s = uow.session
        forum: m.Forum = get(s, m.Forum, forum_id, "forum")
        require_forum(actor, forum.id)
        # The case is in the forum's governorate unless another is given, so a
        # district is checked against that.
        ref = reference_in(s)
        data = _validate_case_fields(fields, ctx.today(),
                                     current={"governorate": forum.governorate}, ref=ref)
        if data.get("station_id") is not None:
            station: m.Station = get(s, m.Station, data["station_id"], "station")
            if station.forum_id != forum.id:
                raise _invalid([ValidationError(msg(QT_TRANSLATE_NOOP("Field", "This station does not belong "
                                                                "to the forum.")),
                                                field="station_id")])
            if not station.active:
                raise _invalid([ValidationError(msg(QT_TRANSLATE_NOOP(
                    "Field", "This station no longer logs new cases.")), field="station_id")])
        data.setdefault("governorate", forum.governorate)
        year = ctx.today().year
        seq = _next_seq(s, forum.id, year)
        now = ctx.now()
        data["sensitive"] = bool(data.get("sensitive")) or _sensitive_category(data.get("category"),
                                                                               ref)
        case = m.Case(uid=str(uuid.uuid4()), number=case_number(forum.code, year, seq),
                      forum_id=forum.id, year=year, seq=seq, stage=Stage.INTAKE.value,
                      created_by=actor.user_id, created_at=now, updated_at=now, **data)
        s.add(case)
        s.flush()
        s.add(m.StageChange(case_id=case.id, from_stage=None, to_stage=Stage.INTAKE.value,
                            move="log", user_id=actor.user_id, at=now))
        log(s, ctx, actor, "case.create", "case", case.id, case_id=case.id,
            after=snapshot(case))
        view = case_view(s, case, full=False)
        uow.commit()
        return view


def _editable(case: m.Case) -> None:
    if Stage(case.stage) in FINAL_STAGES or case.archived:
        raise MoveRefused(msg(QT_TRANSLATE_NOOP("Rule", "A closed case is not edited; a coordinator can "
                                         "reopen it.")), rule="closed")


def update_case(ctx: ServiceContext, actor: Actor, case_id: int, *, version: int,
                **fields: Any) -> records.CaseView:
    actor.require(Action.LOG_CASE)
    with ctx.writing() as uow:
        s = uow.session
        case = scope.require_work(actor, get_case(s, case_id))
        check_version(case, version, case_view(s, case, full=False))
        _editable(case)
        current = {k: getattr(case, k) for k in ("governorate", "district", "subdistrict")}
        ref = reference_in(s)
        data = _validate_case_fields(fields, ctx.today(), current=current, ref=ref)
        if data.get("station_id") is not None:
            station: m.Station = get(s, m.Station, data["station_id"], "station")
            if station.forum_id != case.forum_id:
                raise _invalid([ValidationError(msg(QT_TRANSLATE_NOOP("Field", "This station does not belong "
                                                                "to the forum.")),
                                                field="station_id")])
        before = snapshot(case)
        for key, value in data.items():
            setattr(case, key, value)
        # A category that makes a case sensitive cannot be overridden by hand.
        case.sensitive = case.sensitive or _sensitive_category(case.category, ref)
        case.updated_at = ctx.now()
        s.flush()
        b, a = diff(before, snapshot(case))
        b.pop("updated_at", None)
        a.pop("updated_at", None)
        log(s, ctx, actor, "case.update", "case", case.id, case_id=case.id, before=b, after=a)
        view = case_view(s, case, full=False)
        uow.commit()
        return view


# ---------------------------------------------------------------- people

PERSON_FIELDS = ("given_name", "father_name", "grandfather_name", "family_name", "latin_name",
                 "sex", "birth_year", "age", "phone", "id_document", "displacement", "can_sign")


def _validate_person(data: Mapping[str, Any], today: dt.date, *, partial: bool = False
                     ) -> dict[str, Any]:
    out: dict[str, Any] = {}
    errors: list[ValidationError] = []
    for key in sorted(set(data) - set(PERSON_FIELDS)):
        errors.append(ValidationError(msg(QT_TRANSLATE_NOOP("Field", "Unknown field.")), field=key))
    for key, value in data.items():
        try:
            if key in ("given_name", "father_name", "grandfather_name", "family_name"):
                out[key] = clean_text(value, key, max_length=100,
                                      required=key == "given_name")
            elif key == "latin_name":
                out[key] = clean_text(value, key, max_length=200)
            elif key == "id_document":
                out[key] = clean_text(value, key, max_length=80)
            elif key == "phone":
                text = clean_text(value, key, max_length=40)
                if text and not 7 <= len(phone_key(text)) <= 15:
                    raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "This does not look like a phone "
                                                          "number.")), field=key)
                out[key] = text
            elif key == "sex":
                if value not in (None, "", *SEXES):
                    raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "Choose from the list.")), field=key)
                out[key] = value or None
            elif key == "displacement":
                if value not in (None, "", *DISPLACEMENT):
                    raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "Choose from the list.")), field=key)
                out[key] = value or None
            elif key == "can_sign":
                if not isinstance(value, bool):
                    raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "Answer yes or no.")), field=key)
                out[key] = value
            elif key in ("birth_year", "age"):
                if value in (None, ""):
                    continue
                if isinstance(value, bool) or not isinstance(value, int):
                    raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "This must be a whole number.")),
                                          field=key)
                if key == "age":
                    if not 0 <= value <= 120:
                        raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "An age is between 0 and 120.")),
                                              field=key)
                    out["birth_year"] = today.year - value
                else:
                    if not today.year - 120 <= value <= today.year:
                        raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "A birth year between {a} and "
                                                              "{b}."), a=today.year - 120,
                                                  b=today.year), field=key)
                    out["birth_year"] = value
        except ValidationError as e:
            errors.append(e)
    if not partial and "given_name" not in out and not any(e.field == "given_name"
                                                           for e in errors):
        errors.append(ValidationError(msg(QT_TRANSLATE_NOOP("Field", "This field is required.")),
                                      field="given_name"))
    if not errors:
        _check_full_name(out)
    if errors:
        raise _invalid(errors)
    return out


#: A person side's name is the four parts joined (Party.name, Signatory.name).
MAX_FULL_NAME = 300


def _check_full_name(p: Mapping[str, Any] | m.Person) -> None:
    full = _full_name(p)
    if len(full) > MAX_FULL_NAME:
        raise _invalid([ValidationError(msg(QT_TRANSLATE_NOOP(
            "Field", "The four parts of a name together have at most {max} characters (these "
                     "have {n})."), max=MAX_FULL_NAME, n=len(full)), field="family_name")])


def _full_name(p: Mapping[str, Any] | m.Person) -> str:
    parts = ("given_name", "father_name", "grandfather_name", "family_name")
    if isinstance(p, m.Person):
        values = [str(getattr(p, k) or "") for k in parts]
    else:
        values = [str(p.get(k) or "") for k in parts]
    return " ".join(x for x in values if x)


def _new_person(session: Session, ctx: ServiceContext, actor: Actor, data: Mapping[str, Any],
                case_id: int | None) -> m.Person:
    fields = _validate_person(data, ctx.today())
    person = m.Person(uid=str(uuid.uuid4()), created_at=ctx.now(), **fields)
    person.name_key = name_key(_full_name(person))
    person.phone_key = phone_key(person.phone or "")
    session.add(person)
    session.flush()
    log(session, ctx, actor, "person.create", "person", person.id, case_id=case_id,
        after=snapshot(person))
    return person


def possible_duplicates(ctx: ServiceContext, actor: Actor, person: Mapping[str, Any], *,
                        limit: int = 10, exclude_id: int | None = None
                        ) -> list[records.PossibleDuplicate]:
    """People already recorded who may be the one being typed, however it was spelled."""
    actor.require(Action.VIEW_CASES)
    full = _full_name(person)
    key = name_key(full)
    tokens = key.split()
    pkey = phone_key(str(person.get("phone") or ""))
    if not tokens and not pkey:
        return []
    conditions: list[Any] = []
    if len(tokens) >= 2:
        conditions.append(m.Person.name_key.like(f"{tokens[0]} {tokens[1]}%"))
    elif tokens:
        conditions.append(m.Person.name_key.like(f"{tokens[0]}%"))
    if len(pkey) >= 7:
        conditions.append(m.Person.phone_key == pkey)
    if not conditions:      # a few digits of a phone number alone match no one yet
        return []
    with ctx.reading() as uow:
        rows = uow.session.execute(select(m.Person).where(
            or_(*conditions), m.Person.id.not_in(scope.hidden_person_ids(actor))).limit(200)
        ).scalars().all()
        found: list[records.PossibleDuplicate] = []
        for p in rows:
            if p.id == exclude_id:
                continue
            score = name_similarity(full, _full_name(p)) if full else 0.0
            same_phone = len(pkey) >= 7 and p.phone_key == pkey
            if same_phone and score >= 0.5:
                reason = "name+phone"
            elif same_phone:
                reason = "phone"
            elif score >= 0.5 and len(tokens) >= 2:
                reason = "name"
            else:
                continue
            found.append(records.PossibleDuplicate(person_view(p),
                                                   1.0 if same_phone else score, reason))
        found.sort(key=lambda d: (-d.score, d.person.id))
        return found[:limit]


def update_person(ctx: ServiceContext, actor: Actor, person_id: int, *, version: int,
                  **fields: Any) -> records.PersonView:
    actor.require(Action.LOG_CASE)
    data = _validate_person(fields, ctx.today(), partial=True)
    with ctx.writing() as uow:
        s = uow.session
        person: m.Person = get(s, m.Person, person_id, "person")
        # A person's name shows in every case they are in: all of them must be this
        # user's to change.
        for case in _cases_of_person(s, person.id):
            scope.require_work(actor, case)
        check_version(person, version, person_view(person))
        before = snapshot(person)
        for k, v in data.items():
            setattr(person, k, v)
        _check_full_name(person)
        person.name_key = name_key(_full_name(person))
        person.phone_key = phone_key(person.phone or "")
        # A person party shows the person's name; keep it in step.
        for party in s.execute(select(m.Party).where(m.Party.person_id == person.id,
                                                     m.Party.kind == "person")).scalars():
            party.name = _full_name(person)
        s.flush()
        b, a = diff(before, snapshot(person))
        log(s, ctx, actor, "person.update", "person", person.id, before=b, after=a)
        view = person_view(person)
        uow.commit()
        return view


def _cases_of_person(session: Session, person_id: int) -> list[m.Case]:
    """Every case the person is a party, representative or signatory in."""
    parties = select(m.Party.case_id).where(m.Party.person_id == person_id)
    represented = select(m.Party.case_id).join(
        m.Representative, m.Representative.party_id == m.Party.id).where(
        m.Representative.person_id == person_id)
    signed = select(m.Agreement.case_id).join(
        m.Signatory, m.Signatory.agreement_id == m.Agreement.id).where(
        m.Signatory.person_id == person_id)
    return list(session.scalars(select(m.Case).where(
        or_(m.Case.id.in_(parties), m.Case.id.in_(represented), m.Case.id.in_(signed)))
        .order_by(m.Case.id)))


def _known_person(session: Session, actor: Actor, person_id: int) -> m.Person:
    """An existing person this user may name in a case: not one known only from a
    sensitive case they may not see the people of (they are "not found", as they would
    be in the duplicate suggestions)."""
    hidden = session.scalar(select(m.Person.id).where(
        m.Person.id == person_id, m.Person.id.in_(scope.hidden_person_ids(actor))))
    if hidden is not None:
        raise NotFound(msg(QT_TRANSLATE_NOOP("Error", "No such person: {id}."), id=person_id))
    person: m.Person = get(session, m.Person, person_id, "person")
    return person


# ---------------------------------------------------------------- parties

def _side_errors(kind: str, role: str, name: str, person: Mapping[str, Any] | None,
                 person_id: int | None) -> tuple[str, list[ValidationError]]:
    """What is wrong with a side as given, before anything is written."""
    errors: list[ValidationError] = []
    if kind not in PARTY_KINDS:
        errors.append(ValidationError(msg(QT_TRANSLATE_NOOP("Field", "Choose from the list.")), field="kind"))
    if role not in PARTY_ROLES:
        errors.append(ValidationError(msg(QT_TRANSLATE_NOOP("Field", "Choose from the list.")), field="role"))
    try:
        name = clean_text(name, "name", max_length=300, required=kind != "person")
    except ValidationError as e:
        errors.append(e)
    if kind == "person" and person is None and person_id is None:
        errors.append(ValidationError(msg(QT_TRANSLATE_NOOP("Field", "Name the person."), ),
                                      field="given_name"))
    return name, errors


def check_party(ctx: ServiceContext, actor: Actor, *, kind: str = "person",
                role: str = "complainant", name: str = "",
                person: Mapping[str, Any] | None = None, person_id: int | None = None,
                relation: str = "") -> None:
    """Raise the errors that add_party (and add_representative for a family, tribe or
    group side) would raise for these values, without writing anything, so a form can
    check every side before it saves the first."""
    actor.require(Action.LOG_CASE)
    _, errors = _side_errors(kind, role, name, person, person_id)
    if person is not None and person_id is None:
        try:
            _validate_person(person, ctx.today())
        except ValidationErrors as e:
            errors += e.errors
    try:
        clean_text(relation, "relation", max_length=100)
    except ValidationError as e:
        errors.append(e)
    if errors:
        raise _invalid(errors)


def add_party(ctx: ServiceContext, actor: Actor, case_id: int, *, kind: str = "person",
              role: str = "complainant", name: str = "",
              person: Mapping[str, Any] | None = None, person_id: int | None = None,
              vulnerable: bool = False) -> records.PartyView:
    """Add a side to a dispute.  A person side names the person (new or existing);
    a family, tribe or group side has a name and may name a person who leads it."""
    actor.require(Action.LOG_CASE)
    name, errors = _side_errors(kind, role, name, person, person_id)
    if errors:
        raise _invalid(errors)
    with ctx.writing() as uow:
        s = uow.session
        case = scope.require_work(actor, get_case(s, case_id))
        _editable(case)
        if case.stage in (Stage.SIGNED.value, Stage.FOLLOW_UP.value):
            raise MoveRefused(msg(QT_TRANSLATE_NOOP("Rule", "The agreement is signed: parties change only by "
                                             "an amendment.")), rule="agreement_locked")
        p: m.Person | None = None
        if person_id is not None:
            p = _known_person(s, actor, person_id)
        elif person is not None:
            p = _new_person(s, ctx, actor, person, case.id)
        position = max((x.position for x in case.parties), default=0) + 1
        party = m.Party(case_id=case.id, position=position, kind=kind, role=role,
                        name=name or (_full_name(p) if p else ""),
                        person_id=p.id if p else None, vulnerable=vulnerable)
        s.add(party)
        s.flush()
        s.refresh(case)
        log(s, ctx, actor, "party.create", "party", party.id, case_id=case.id,
            after=snapshot(party))
        case.updated_at = ctx.now()
        view = party_view(party)
        uow.commit()
        return view


def update_party(ctx: ServiceContext, actor: Actor, party_id: int, *, version: int,
                 **fields: Any) -> records.PartyView:
    actor.require(Action.LOG_CASE)
    with ctx.writing() as uow:
        s = uow.session
        party: m.Party = get(s, m.Party, party_id, "party")
        check_version(party, version, party_view(party))
        case = scope.require_work(actor, get_case(s, party.case_id))
        _editable(case)
        before = snapshot(party)
        for key, value in fields.items():
            if key == "role" and value in PARTY_ROLES or key == "kind" and value in PARTY_KINDS:
                setattr(party, key, value)
            elif key == "name":
                party.name = clean_text(value, "name", max_length=300, required=True)
            elif key == "vulnerable" and isinstance(value, bool):
                party.vulnerable = value
            else:
                raise _invalid([ValidationError(msg(QT_TRANSLATE_NOOP("Field", "Not a valid value.")),
                                                field=key)])
        s.flush()
        b, a = diff(before, snapshot(party))
        log(s, ctx, actor, "party.update", "party", party.id, case_id=case.id, before=b,
            after=a)
        view = party_view(party)
        uow.commit()
        return view


def add_representative(ctx: ServiceContext, actor: Actor, party_id: int, *,
                       person: Mapping[str, Any] | None = None, person_id: int | None = None,
                       relation: str = "") -> records.PartyView:
    actor.require(Action.LOG_CASE)
    relation = clean_text(relation, "relation", max_length=100)
    with ctx.writing() as uow:
        s = uow.session
        party: m.Party = get(s, m.Party, party_id, "party")
        _editable(scope.require_work(actor, get_case(s, party.case_id)))
        if person_id is not None:
            p: m.Person = _known_person(s, actor, person_id)
        elif person is not None:
            p = _new_person(s, ctx, actor, person, party.case_id)
        else:
            raise _invalid([ValidationError(msg(QT_TRANSLATE_NOOP("Field", "Name the person.")),
                                            field="given_name")])
        rep = m.Representative(party_id=party.id, person_id=p.id, relation=relation)
        s.add(rep)
        s.flush()
        s.refresh(party)
        log(s, ctx, actor, "representative.create", "representative", rep.id,
            case_id=party.case_id, after=snapshot(rep))
        view = party_view(party)
        uow.commit()
        return view


def record_consent(ctx: ServiceContext, actor: Actor, party_id: int, *, consent: bool,
                   version: int | None = None) -> records.PartyView:
    """Record that a side agrees freely to mediation (or withdraws that consent)."""
    actor.require(Action.RECORD_CONSENT)
    with ctx.writing() as uow:
        s = uow.session
        party: m.Party = get(s, m.Party, party_id, "party")
        check_version(party, version, party_view(party))
        _editable(scope.require_work(actor, get_case(s, party.case_id)))
        before = {"consent": party.consent}
        party.consent = consent
        party.consent_at = ctx.now() if consent else None
        s.flush()
        log(s, ctx, actor, "party.consent", "party", party.id, case_id=party.case_id,
            before=before, after={"consent": consent})
        view = party_view(party)
        uow.commit()
        return view


def submit_for_screening(ctx: ServiceContext, actor: Actor, case_id: int, *,
                         version: int | None = None) -> records.CaseView:
    actor.require(Action.LOG_CASE)
    return run_move(ctx, actor, case_id, Move.SUBMIT_FOR_SCREENING, version=version)
