"""The tables.  Every table people edit carries a `version` for optimistic locking.

Codes from the reference data (governorates, categories, closure reasons ...)
are stored as text: they are stable identifiers (resources/reference/README.md)
and the reference data can be extended without a migration.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from sulh.db.types import UTCDateTime, utcnow

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dt.datetime: UTCDateTime(), dict: JSON, list: JSON}


class Forum(Base):
    __tablename__ = "forums"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    name_ar: Mapped[str] = mapped_column(String(200))
    name_ckb: Mapped[str] = mapped_column(String(200), default="")
    name_en: Mapped[str] = mapped_column(String(200), default="")
    governorate: Mapped[str] = mapped_column(String(16))
    district: Mapped[str | None] = mapped_column(String(16))
    subdistrict: Mapped[str | None] = mapped_column(String(16))
    established_on: Mapped[dt.date | None] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}

    stations: Mapped[list[Station]] = relationship(back_populates="forum",
                                                   order_by="Station.id")


class Station(Base):
    __tablename__ = "stations"
    id: Mapped[int] = mapped_column(primary_key=True)
    forum_id: Mapped[int] = mapped_column(ForeignKey("forums.id"), index=True)
    name_ar: Mapped[str] = mapped_column(String(200))
    name_ckb: Mapped[str] = mapped_column(String(200), default="")
    name_en: Mapped[str] = mapped_column(String(200), default="")
    district: Mapped[str | None] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}

    forum: Mapped[Forum] = relationship(back_populates="stations")


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    forum_id: Mapped[int | None] = mapped_column(ForeignKey("forums.id"))
    password_hash: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column()
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}


class Person(Base):
    __tablename__ = "persons"
    id: Mapped[int] = mapped_column(primary_key=True)
    # Stable across stations: export files refer to people and cases by uid.
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    # The Iraqi four-part name as typed: own, father, grandfather, family/tribe.
    given_name: Mapped[str] = mapped_column(String(100))
    father_name: Mapped[str] = mapped_column(String(100), default="")
    grandfather_name: Mapped[str] = mapped_column(String(100), default="")
    family_name: Mapped[str] = mapped_column(String(100), default="")
    latin_name: Mapped[str] = mapped_column(String(200), default="")
    sex: Mapped[str | None] = mapped_column(String(8))
    birth_year: Mapped[int | None] = mapped_column(Integer)
    phone: Mapped[str] = mapped_column(String(40), default="")
    id_document: Mapped[str] = mapped_column(String(80), default="")
    displacement: Mapped[str | None] = mapped_column(String(16))
    can_sign: Mapped[bool] = mapped_column(Boolean, default=True)
    name_key: Mapped[str] = mapped_column(String(500), index=True)
    phone_key: Mapped[str] = mapped_column(String(40), index=True, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}


class CaseNumberCounter(Base):
    """The last number given per forum and year; bumped in the same transaction
    as the case insert, so a rolled-back intake leaves no gap."""

    __tablename__ = "case_number_counters"
    forum_id: Mapped[int] = mapped_column(ForeignKey("forums.id"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer)


class Case(Base):
    __tablename__ = "cases"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    forum_id: Mapped[int] = mapped_column(ForeignKey("forums.id"), index=True)
    station_id: Mapped[int | None] = mapped_column(ForeignKey("stations.id"))
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    stage: Mapped[str] = mapped_column(String(24), index=True)
    intake_date: Mapped[dt.date] = mapped_column(Date, index=True)
    channel: Mapped[str | None] = mapped_column(String(32))
    governorate: Mapped[str | None] = mapped_column(String(16))
    district: Mapped[str | None] = mapped_column(String(16))
    subdistrict: Mapped[str | None] = mapped_column(String(16))
    neighbourhood: Mapped[str] = mapped_column(String(200), default="")
    camp: Mapped[str] = mapped_column(String(200), default="")
    category: Mapped[str | None] = mapped_column(String(32), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    request: Mapped[str] = mapped_column(Text, default="")
    violence_risk: Mapped[str] = mapped_column(String(8), default="unknown")
    revenge_risk: Mapped[bool] = mapped_column(Boolean, default=False)
    vulnerable_notes: Mapped[str] = mapped_column(Text, default="")
    police_ref: Mapped[str] = mapped_column(String(80), default="")
    court_ref: Mapped[str] = mapped_column(String(80), default="")
    closure_reason: Mapped[str | None] = mapped_column(String(24))
    closure_note: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[dt.datetime | None] = mapped_column()
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    # Identities in a sensitive case (gender-based violence, children) are shown
    # only to the roles that need them.
    sensitive: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # Set when the case came from another station's export file.
    origin: Mapped[str] = mapped_column(String(64), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (UniqueConstraint("forum_id", "year", "seq"),)

    parties: Mapped[list[Party]] = relationship(order_by="Party.position")
    mediators: Mapped[list[CaseMediator]] = relationship()


class CaseMediator(Base):
    __tablename__ = "case_mediators"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    assigned_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Party(Base):
    """One side of a dispute: a person, a family, a tribe or a group."""

    __tablename__ = "parties"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    role: Mapped[str] = mapped_column(String(16))          # complainant / respondent / other
    name: Mapped[str] = mapped_column(String(300))          # as typed; for a person, the full name
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), index=True)
    vulnerable: Mapped[bool] = mapped_column(Boolean, default=False)
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_at: Mapped[dt.datetime | None] = mapped_column()
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}

    person: Mapped[Person | None] = relationship()
    representatives: Mapped[list[Representative]] = relationship(order_by="Representative.id")


class Representative(Base):
    __tablename__ = "representatives"
    id: Mapped[int] = mapped_column(primary_key=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("parties.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    relation: Mapped[str] = mapped_column(String(100), default="")
    person: Mapped[Person] = relationship()


class Screening(Base):
    __tablename__ = "screenings"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    answers: Mapped[dict[str, Any]] = mapped_column(JSON)
    decision: Mapped[str] = mapped_column(String(8))
    red_flags: Mapped[list[Any]] = mapped_column(JSON)
    notes: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    approved_at: Mapped[dt.datetime | None] = mapped_column()
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}


class Referral(Base):
    __tablename__ = "referrals"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    destination: Mapped[str] = mapped_column(String(48))
    reason: Mapped[str] = mapped_column(Text)
    consent: Mapped[bool] = mapped_column(Boolean)
    referred_on: Mapped[dt.date] = mapped_column(Date)
    referred_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    outcome: Mapped[str] = mapped_column(String(16), default="pending")
    outcome_note: Mapped[str] = mapped_column(Text, default="")
    outcome_on: Mapped[dt.date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}


class MediationSession(Base):
    __tablename__ = "mediation_sessions"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    held_on: Mapped[dt.date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(16))            # joint / separate
    summary: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(String(24))
    next_date: Mapped[dt.date | None] = mapped_column(Date)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}

    attendance: Mapped[list[SessionAttendance]] = relationship(order_by="SessionAttendance.id")


class SessionAttendance(Base):
    __tablename__ = "session_attendance"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("mediation_sessions.id"), index=True)
    party_id: Mapped[int | None] = mapped_column(ForeignKey("parties.id"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    attended: Mapped[bool] = mapped_column(Boolean)


class Truce(Base):
    """An `atwa` (عطوة): a truce between the sides, granted until a date."""

    __tablename__ = "truces"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    starts_on: Mapped[dt.date] = mapped_column(Date)
    expires_on: Mapped[dt.date] = mapped_column(Date, index=True)
    guarantor: Mapped[str] = mapped_column(String(300), default="")
    terms: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}


class Agreement(Base):
    __tablename__ = "agreements"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    languages: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(12), default="draft")   # draft / signed
    compensation_iqd: Mapped[int] = mapped_column(BigInteger, default=0)
    breach_terms_ar: Mapped[str] = mapped_column(Text, default="")
    breach_terms_ckb: Mapped[str] = mapped_column(Text, default="")
    breach_terms_en: Mapped[str] = mapped_column(Text, default="")
    # Digest of the content as last printed; "signed" needs it to match the content now.
    printed_digest: Mapped[str | None] = mapped_column(String(64))
    printed_at: Mapped[dt.datetime | None] = mapped_column()
    signed_at: Mapped[dt.datetime | None] = mapped_column()
    signed_digest: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # Touched by every change to the agreement or its clauses, instalments and
    # signatories, so that one version number guards the whole document.
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}

    clauses: Mapped[list[AgreementClause]] = relationship(order_by="AgreementClause.position")
    instalments: Mapped[list[Instalment]] = relationship(order_by="Instalment.seq")
    signatories: Mapped[list[Signatory]] = relationship(order_by="Signatory.id")
    amendments: Mapped[list[Amendment]] = relationship(order_by="Amendment.seq")


class AgreementClause(Base):
    __tablename__ = "agreement_clauses"
    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreements.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    library_code: Mapped[str | None] = mapped_column(String(48))
    text_ar: Mapped[str] = mapped_column(Text, default="")
    text_ckb: Mapped[str] = mapped_column(Text, default="")
    text_en: Mapped[str] = mapped_column(Text, default="")
    # Set when a signed agreement's clause was replaced by an amendment.
    superseded_by_amendment: Mapped[int | None] = mapped_column(ForeignKey("amendments.id"))


class Instalment(Base):
    __tablename__ = "instalments"
    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreements.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    due_on: Mapped[dt.date] = mapped_column(Date)
    amount_iqd: Mapped[int] = mapped_column(BigInteger)
    paid_on: Mapped[dt.date | None] = mapped_column(Date)


class Signatory(Base):
    __tablename__ = "signatories"
    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreements.id"), index=True)
    role: Mapped[str] = mapped_column(String(16))
    guarantee: Mapped[str | None] = mapped_column(String(16))
    party_id: Mapped[int | None] = mapped_column(ForeignKey("parties.id"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    name: Mapped[str] = mapped_column(String(300))
    mode: Mapped[str] = mapped_column(String(12), default="signature")
    signed_at: Mapped[dt.datetime | None] = mapped_column()


class Amendment(Base):
    __tablename__ = "amendments"
    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreements.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    changes: Mapped[dict[str, Any]] = mapped_column(JSON)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class FollowUp(Base):
    __tablename__ = "follow_ups"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    due_on: Mapped[dt.date] = mapped_column(Date, index=True)
    done_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    result: Mapped[str | None] = mapped_column(String(16))   # complied / partly / breached
    instalment_paid: Mapped[bool | None] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}


class StageChange(Base):
    __tablename__ = "stage_changes"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    from_stage: Mapped[str | None] = mapped_column(String(24))
    to_stage: Mapped[str] = mapped_column(String(24))
    move: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class AuditEvent(Base):
    """One change, chained to the one before by its hash (see services.audit)."""

    __tablename__ = "audit_events"
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime] = mapped_column(index=True)
    user_id: Mapped[int | None] = mapped_column(Integer)
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(48))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int | None] = mapped_column(BigInteger)
    case_id: Mapped[int | None] = mapped_column(Integer, index=True)
    before: Mapped[str] = mapped_column(Text, default="")
    after: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """The single row holding the chain's latest sequence and hash.

    Writers lock it (FOR UPDATE on PostgreSQL; SQLite's BEGIN IMMEDIATE already
    serialises writers), which keeps the chain a single line.
    """

    __tablename__ = "audit_head"
    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger)
    hash: Mapped[str] = mapped_column(String(64))


class Setting(Base):
    """Database-wide settings, e.g. the installation's identity for export files."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


Index("ix_persons_phone_name", Person.phone_key, Person.name_key)


# ---------------------------------------------------------------- forum work
# Members, meetings, trainings and awareness campaigns, community survey rounds
# (migration 0004).  Counts by category and sex are rows, not JSON, so that
# statistics can sum them in the database.


class ForumMember(Base):
    """Who sits on a forum, in which category, from when to when."""

    __tablename__ = "forum_members"
    id: Mapped[int] = mapped_column(primary_key=True)
    forum_id: Mapped[int] = mapped_column(ForeignKey("forums.id"), index=True)
    full_name: Mapped[str] = mapped_column(String(200))
    sex: Mapped[str] = mapped_column(String(1))                # f / m
    category: Mapped[str] = mapped_column(String(16))          # domain.forum_work.MEMBER_CATEGORIES
    phone: Mapped[str | None] = mapped_column(String(40))
    joined_on: Mapped[dt.date] = mapped_column(Date)
    left_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}


class ForumMeeting(Base):
    __tablename__ = "forum_meetings"
    id: Mapped[int] = mapped_column(primary_key=True)
    forum_id: Mapped[int] = mapped_column(ForeignKey("forums.id"), index=True)
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    place: Mapped[str] = mapped_column(String(200), default="")
    agenda: Mapped[str] = mapped_column(Text, default="")
    issues: Mapped[str] = mapped_column(Text, default="")
    # As counted on the attendance sheet; the counts by category and sex must add up to it.
    attendance_total: Mapped[int] = mapped_column(Integer, default=0)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # Touched by every change to the meeting, its attendance or its actions, so that
    # one version number guards all of them.
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}

    attendance: Mapped[list[MeetingAttendance]] = relationship(
        cascade="all, delete-orphan", order_by="MeetingAttendance.category")
    actions: Mapped[list[MeetingAction]] = relationship(
        cascade="all, delete-orphan", order_by="MeetingAction.position")


class MeetingAttendance(Base):
    __tablename__ = "meeting_attendance"
    meeting_id: Mapped[int] = mapped_column(ForeignKey("forum_meetings.id"), primary_key=True)
    category: Mapped[str] = mapped_column(String(16), primary_key=True)
    sex: Mapped[str] = mapped_column(String(1), primary_key=True)
    count: Mapped[int] = mapped_column(Integer)


class MeetingAction(Base):
    """Something the meeting decided someone will do by a date."""

    __tablename__ = "meeting_actions"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("forum_meetings.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[dt.date] = mapped_column(Date, index=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_on: Mapped[dt.date | None] = mapped_column(Date)


class ForumTraining(Base):
    """A training or an awareness campaign the forum held."""

    __tablename__ = "forum_trainings"
    id: Mapped[int] = mapped_column(primary_key=True)
    forum_id: Mapped[int] = mapped_column(ForeignKey("forums.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))               # training / awareness
    topic: Mapped[str] = mapped_column(String(200))
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    place: Mapped[str] = mapped_column(String(200), default="")
    trainer: Mapped[str] = mapped_column(String(200), default="")
    participants_total: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}

    participants: Mapped[list[TrainingParticipants]] = relationship(
        cascade="all, delete-orphan", order_by="TrainingParticipants.category")


class TrainingParticipants(Base):
    __tablename__ = "training_participants"
    training_id: Mapped[int] = mapped_column(ForeignKey("forum_trainings.id"),
                                             primary_key=True)
    category: Mapped[str] = mapped_column(String(16), primary_key=True)
    sex: Mapped[str] = mapped_column(String(1), primary_key=True)
    count: Mapped[int] = mapped_column(Integer)


class SurveyRound(Base):
    """One quarter's community survey in a forum's area: respondents by sex, and per
    headline indicator and sex how many answered and how many said yes."""

    __tablename__ = "survey_rounds"
    id: Mapped[int] = mapped_column(primary_key=True)
    forum_id: Mapped[int] = mapped_column(ForeignKey("forums.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    quarter: Mapped[int] = mapped_column(Integer)
    baseline: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    respondents_f: Mapped[int] = mapped_column(Integer)
    respondents_m: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(16), default="manual")   # manual / file
    source_file: Mapped[str] = mapped_column(String(260), default="")
    mapping_name: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (UniqueConstraint("forum_id", "year", "quarter"),)

    results: Mapped[list[SurveyResult]] = relationship(
        cascade="all, delete-orphan", order_by="SurveyResult.indicator")


class SurveyResult(Base):
    __tablename__ = "survey_results"
    round_id: Mapped[int] = mapped_column(ForeignKey("survey_rounds.id"), primary_key=True)
    indicator: Mapped[str] = mapped_column(String(24), primary_key=True)
    sex: Mapped[str] = mapped_column(String(1), primary_key=True)
    yes: Mapped[int] = mapped_column(Integer)
    answered: Mapped[int] = mapped_column(Integer)


class SurveyMapping(Base):
    """Which column of a survey tool's export holds what, saved under a name per forum
    so the next quarter's file is read the same way."""

    __tablename__ = "survey_mappings"
    id: Mapped[int] = mapped_column(primary_key=True)
    forum_id: Mapped[int] = mapped_column(ForeignKey("forums.id"), index=True)
    name: Mapped[str] = mapped_column(String(64))
    columns: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (UniqueConstraint("forum_id", "name"),)


# One baseline round per forum, kept by the database as well as by the service.
Index("uq_survey_rounds_one_baseline", SurveyRound.forum_id, unique=True,
      sqlite_where=SurveyRound.baseline, postgresql_where=SurveyRound.baseline)


# ---------------------------------------------------------------- search and paging (0005)
# (sort column, id) for keyset paging of the case list; the list by stage or forum in
# its default order, and its counts.  The name search (an FTS5 table on SQLite, a GIN
# index on PostgreSQL) and SQLite's planner statistics live in the migration only: they
# are backend-specific and no model reads them.
Index("ix_cases_intake_date_id", Case.intake_date, Case.id)
Index("ix_cases_number_id", Case.number, Case.id)
Index("ix_cases_stage_id", Case.stage, Case.id)
Index("ix_cases_category_id", Case.category, Case.id)
Index("ix_cases_governorate_id", Case.governorate, Case.id)
Index("ix_cases_archived_stage_intake", Case.archived, Case.stage, Case.intake_date, Case.id)
Index("ix_cases_forum_intake", Case.forum_id, Case.intake_date, Case.id)


# ---------------------------------------------------------------- hardening (0006)

class SignInThrottle(Base):
    """Failed sign-ins under names that have no account, counted and locked exactly as
    an account's (User.failed_sign_ins, User.locked_until), so that the answer to a
    sign-in never tells whether a user name exists."""

    __tablename__ = "sign_in_throttle"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column()
    last_failed_at: Mapped[dt.datetime] = mapped_column(index=True)


class AuditAnchor(Base):
    """A copy of the audit chain's head that left the database (a backup's sidecar
    file, an export's header, a printed page): where it went, so `sulh verify` can
    find it again and check that the chain still reaches it."""

    __tablename__ = "audit_anchors"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column()
    seq: Mapped[int] = mapped_column(BigInteger)
    hash: Mapped[str] = mapped_column(String(64))
    events: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(16))           # backup / export / print
    location: Mapped[str] = mapped_column(Text, default="")


# ---------------------------------------------------------------- reference additions (0003)

class ReferenceAddition(Base):
    """An entry an administrator added to a reference list (a category, a referral
    source or destination, a closure reason, a district or sub-district, a library
    clause).  The shipped lists (resources/reference) stay the base; these are laid over
    them (services.reference_data).  Never deleted: a withdrawn entry is made inactive,
    so the records that use its code still show its name."""

    __tablename__ = "reference_additions"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(24))
    code: Mapped[str] = mapped_column(String(48))
    # The names in the three languages (for a clause: its texts).
    name_ar: Mapped[str] = mapped_column(Text)
    name_ckb: Mapped[str] = mapped_column(Text)
    name_en: Mapped[str] = mapped_column(Text)
    parent: Mapped[str | None] = mapped_column(String(16))
    extra: Mapped[dict[str, Any]] = mapped_column(JSON)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # The installation where the entry was first added (it travels in exchange files).
    origin: Mapped[str] = mapped_column(String(64), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (UniqueConstraint("kind", "code"),)


# ---------------------------------------------------------------- statistics (0007)
# Covering indexes for the aggregate queries of services.statistics: the counts of a
# period's cases, and of their follow-ups, parties, sessions and agreements, read these
# instead of the tables' rows.

Index("ix_cases_statistics", Case.intake_date, Case.forum_id, Case.governorate, Case.stage,
      Case.closure_reason, Case.category, Case.channel)
Index("ix_cases_stage_intake", Case.stage, Case.intake_date, Case.forum_id, Case.governorate)
Index("ix_cases_outcome_intake", Case.closure_reason, Case.intake_date, Case.forum_id,
      Case.governorate)
Index("ix_cases_category_intake", Case.category, Case.intake_date, Case.forum_id,
      Case.governorate)
Index("ix_cases_channel_intake", Case.channel, Case.intake_date, Case.forum_id,
      Case.governorate)
Index("ix_cases_governorate_intake", Case.governorate, Case.intake_date, Case.forum_id)
Index("ix_follow_ups_statistics", FollowUp.case_id, FollowUp.done_on, FollowUp.due_on,
      FollowUp.result)
Index("ix_parties_statistics", Party.case_id, Party.kind, Party.person_id)
Index("ix_session_attendance_statistics", SessionAttendance.session_id,
      SessionAttendance.attended, SessionAttendance.party_id)
Index("ix_agreements_statistics", Agreement.case_id, Agreement.signed_at)
