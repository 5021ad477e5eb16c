"""What each printed document says, as plain frozen data.

The services fill these from the records; the renderers turn them into PDF
bytes without touching the database. Texts that exist in several languages are
mappings from a language code ("ar", "ckb", "en") to the text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

Localised = Mapping[str, str]


def in_language(texts: Localised, lang: str) -> str:
    """The text in `lang`, else in English, else in any language given."""
    return texts.get(lang) or texts.get("en") or next((t for t in texts.values() if t), "")


@dataclass(frozen=True)
class Place:
    """Who issues the paper: the forum and, where there is one, the police station."""

    forum: Localised
    forum_code: str
    station: Localised | None = None
    governorate: Localised | None = None


@dataclass(frozen=True)
class Representative:
    name: str
    relation: str = ""


@dataclass(frozen=True)
class Party:
    position: int
    name: str
    role: str                       # complainant / respondent / other
    kind: str = "person"            # person / family / tribe / group
    latin_name: str = ""
    representatives: tuple[Representative, ...] = ()


@dataclass(frozen=True)
class Signatory:
    role: str                       # domain.agreements.SignatoryRole values
    name: str
    mode: str = "signature"         # signature / thumbprint
    guarantee: str | None = None    # payment / no_revenge, for guarantors
    party_position: int | None = None


@dataclass(frozen=True)
class Clause:
    number: int
    texts: Localised


@dataclass(frozen=True)
class Instalment:
    seq: int
    due_on: dt.date
    amount_iqd: int


@dataclass(frozen=True)
class Verification:
    """The code printed on the paper: a short text form and the QR payload."""

    text: str
    qr_payload: str


@dataclass(frozen=True)
class AgreementDocument:
    languages: str                  # "ar+en", "ckb+en" or "ar+ckb"
    number: str
    case_number: str
    date: dt.date
    place: Place
    parties: tuple[Party, ...]
    signatories: tuple[Signatory, ...]
    clauses: tuple[Clause, ...]
    compensation_iqd: int = 0
    instalments: tuple[Instalment, ...] = ()
    breach_terms: Localised = field(default_factory=dict)
    verification: Verification | None = None
    draft: bool = False


@dataclass(frozen=True)
class ReferralLetter:
    case_number: str
    date: dt.date
    place: Place
    destination: Localised          # the court, directorate or service, by name
    destination_kind: str           # court / family_protection / service ...
    reason: str                     # as written
    consent: bool
    referred_on: dt.date
    parties: tuple[Party, ...]
    category: Localised | None = None
    court_ref: str = ""
    police_ref: str = ""
    signed_by: str = ""


@dataclass(frozen=True)
class Invitation:
    case_number: str
    date: dt.date                   # the day the letter is written
    place: Place
    party: Party
    session_date: dt.date
    session_place: str
    session_time: str = ""
    signed_by: str = ""


@dataclass(frozen=True)
class StageChange:
    at: dt.datetime
    from_stage: str | None
    to_stage: str
    by: str
    reason: str = ""


@dataclass(frozen=True)
class SessionEntry:
    held_on: dt.date
    place: str
    kind: str
    outcome: str
    summary: str = ""


@dataclass(frozen=True)
class ReferralEntry:
    referred_on: dt.date
    destination: Localised
    reason: str
    outcome: str


@dataclass(frozen=True)
class FollowUpEntry:
    due_on: dt.date
    done_on: dt.date | None
    result: str | None
    note: str = ""


@dataclass(frozen=True)
class CaseSummary:
    case_number: str
    date: dt.date
    place: Place
    stage: str
    intake_date: dt.date
    category: Localised | None
    governorate: Localised | None
    channel: Localised | None
    description: str
    request: str
    violence_risk: str
    parties: tuple[Party, ...]
    mediators: tuple[str, ...] = ()
    history: tuple[StageChange, ...] = ()
    sessions: tuple[SessionEntry, ...] = ()
    referrals: tuple[ReferralEntry, ...] = ()
    follow_ups: tuple[FollowUpEntry, ...] = ()
    agreement_number: str = ""
    agreement_status: str = ""
    # A sensitive case printed for someone who may not know its people (masked).
    identities_hidden: bool = False
    # The audit trail's head when printed (services.audit.Anchor.short()): a copy of
    # it on paper, outside the database.
    audit_anchor: tuple[int, str] | None = None
