"""Plain, frozen views of the records that services hand to the GUI and CLI.

Screens hold these, never ORM rows; each editable view carries the `version`
it was read at, which the next save sends back for the stale-save check.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ForumView:
    id: int
    code: str
    name_ar: str
    name_ckb: str
    name_en: str
    governorate: str
    district: str | None
    active: bool
    version: int
    stations: tuple[StationView, ...] = ()


@dataclass(frozen=True)
class StationView:
    id: int
    forum_id: int
    name_ar: str
    name_ckb: str
    name_en: str
    version: int
    district: str | None = None
    active: bool = True


@dataclass(frozen=True)
class UserView:
    id: int
    username: str
    full_name: str
    role: str
    forum_id: int | None
    active: bool
    version: int


@dataclass(frozen=True)
class PersonView:
    id: int
    uid: str
    given_name: str
    father_name: str
    grandfather_name: str
    family_name: str
    latin_name: str
    sex: str | None
    birth_year: int | None
    phone: str
    id_document: str
    displacement: str | None
    can_sign: bool
    version: int

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.given_name, self.father_name, self.grandfather_name,
                                    self.family_name) if p)


@dataclass(frozen=True)
class PossibleDuplicate:
    person: PersonView
    score: float
    reason: str            # "name", "phone" or "name+phone"


@dataclass(frozen=True)
class RepresentativeView:
    id: int
    person: PersonView
    relation: str


@dataclass(frozen=True)
class PartyView:
    id: int
    position: int
    kind: str
    role: str
    name: str
    person: PersonView | None
    vulnerable: bool
    consent: bool
    consent_at: dt.datetime | None
    representatives: tuple[RepresentativeView, ...]
    version: int


@dataclass(frozen=True)
class ScreeningView:
    id: int
    answers: dict[str, bool]
    decision: str
    red_flags: tuple[str, ...]
    notes: str
    recorded_by: int
    recorded_at: dt.datetime
    approved_by: int | None
    approved_at: dt.datetime | None
    version: int


@dataclass(frozen=True)
class ReferralView:
    id: int
    destination: str
    reason: str
    consent: bool
    referred_on: dt.date
    outcome: str
    outcome_note: str
    outcome_on: dt.date | None
    version: int


@dataclass(frozen=True)
class SessionView:
    id: int
    held_on: dt.date
    place: str
    kind: str
    summary: str
    outcome: str
    next_date: dt.date | None
    absent_party_ids: tuple[int, ...]
    present_party_ids: tuple[int, ...]
    mediator_ids: tuple[int, ...]
    version: int


@dataclass(frozen=True)
class TruceView:
    id: int
    starts_on: dt.date
    expires_on: dt.date
    guarantor: str
    terms: str
    version: int


@dataclass(frozen=True)
class ClauseView:
    id: int
    position: int
    library_code: str | None
    texts: dict[str, str]
    superseded: bool


@dataclass(frozen=True)
class InstalmentView:
    id: int
    seq: int
    due_on: dt.date
    amount_iqd: int
    paid_on: dt.date | None


@dataclass(frozen=True)
class SignatoryView:
    id: int
    role: str
    guarantee: str | None
    party_id: int | None
    person_id: int | None
    user_id: int | None
    name: str
    mode: str
    signed_at: dt.datetime | None


@dataclass(frozen=True)
class AmendmentView:
    id: int
    seq: int
    reason: str
    changes: dict[str, object]
    recorded_by: int
    recorded_at: dt.datetime


@dataclass(frozen=True)
class AgreementView:
    id: int
    case_id: int
    number: str
    languages: str
    status: str
    compensation_iqd: int
    breach_terms: dict[str, str]
    clauses: tuple[ClauseView, ...]
    instalments: tuple[InstalmentView, ...]
    signatories: tuple[SignatoryView, ...]
    amendments: tuple[AmendmentView, ...]
    content_digest: str
    printed_digest: str | None
    printed_at: dt.datetime | None
    signed_at: dt.datetime | None
    version: int


@dataclass(frozen=True)
class FollowUpView:
    id: int
    due_on: dt.date
    done_on: dt.date | None
    result: str | None
    instalment_paid: bool | None
    note: str
    version: int


@dataclass(frozen=True)
class StageChangeView:
    from_stage: str | None
    to_stage: str
    move: str
    reason: str
    user_id: int
    username: str
    at: dt.datetime


@dataclass(frozen=True)
class CaseSummary:
    """One row of the case list."""

    id: int
    number: str
    forum_id: int
    stage: str
    intake_date: dt.date
    category: str | None
    governorate: str | None
    first_parties: str
    archived: bool
    # A sensitive case whose people this user may not know: first_parties is masked.
    identities_hidden: bool = False


@dataclass(frozen=True)
class CaseView:
    id: int
    uid: str
    number: str
    forum_id: int
    station_id: int | None
    stage: str
    intake_date: dt.date
    channel: str | None
    governorate: str | None
    district: str | None
    subdistrict: str | None
    neighbourhood: str
    camp: str
    category: str | None
    description: str
    request: str
    violence_risk: str
    revenge_risk: bool
    vulnerable_notes: str
    police_ref: str
    court_ref: str
    closure_reason: str | None
    closure_note: str
    archived: bool
    created_by: int
    created_at: dt.datetime
    version: int
    parties: tuple[PartyView, ...] = ()
    mediator_ids: tuple[int, ...] = ()
    screenings: tuple[ScreeningView, ...] = ()
    referrals: tuple[ReferralView, ...] = ()
    sessions: tuple[SessionView, ...] = ()
    truces: tuple[TruceView, ...] = ()
    agreement: AgreementView | None = None
    follow_ups: tuple[FollowUpView, ...] = ()
    history: tuple[StageChangeView, ...] = ()
    missing_for_screening: tuple[str, ...] = field(default=())
    sensitive: bool = False
    # Names, phones, documents, places and free text masked (services.scope): a
    # sensitive case this user may see but not know the people of.
    identities_hidden: bool = False
    # Whether this user may change the case (their scope; their role decides what).
    workable: bool = True


# ---------------------------------------------------------------- forum work
# Members, meetings, trainings and awareness campaigns, community survey rounds
# (services.forum_work and services.surveys).  Counts by category and sex are
# {category: {"f": n, "m": n}}.


@dataclass(frozen=True)
class MemberView:
    id: int
    forum_id: int
    full_name: str
    sex: str
    category: str
    phone: str | None
    joined_on: dt.date
    left_on: dt.date | None
    note: str
    version: int

    def active_on(self, day: dt.date) -> bool:
        """On the forum that day: joined by then and not yet left."""
        return self.joined_on <= day and (self.left_on is None or self.left_on > day)


@dataclass(frozen=True)
class WomenShare:
    """Members on the last day of a quarter, and how many of them were women."""

    quarter: str
    on: dt.date
    members: int
    women: int
    percent: float | None


@dataclass(frozen=True)
class MeetingActionView:
    id: int
    position: int
    text: str
    owner: str
    due_on: dt.date
    done: bool
    done_on: dt.date | None


@dataclass(frozen=True)
class MeetingView:
    id: int
    forum_id: int
    held_on: dt.date
    place: str
    agenda: str
    issues: str
    attendance: dict[str, dict[str, int]]
    attendance_total: int
    actions: tuple[MeetingActionView, ...]
    recorded_by: int
    version: int

    def by_sex(self, sex: str) -> int:
        return sum(c.get(sex, 0) for c in self.attendance.values())

    @property
    def open_actions(self) -> int:
        return sum(1 for a in self.actions if not a.done)


@dataclass(frozen=True)
class TrainingView:
    id: int
    forum_id: int
    kind: str                       # training / awareness
    topic: str
    held_on: dt.date
    place: str
    trainer: str
    participants: dict[str, dict[str, int]]
    participants_total: int
    note: str
    recorded_by: int
    version: int

    def by_sex(self, sex: str) -> int:
        return sum(c.get(sex, 0) for c in self.participants.values())


@dataclass(frozen=True)
class IndicatorResult:
    """One headline indicator of a round: yes answers and answers by sex."""

    indicator: str
    yes: dict[str, int]
    answered: dict[str, int]

    def percent(self, sex: str | None = None) -> float | None:
        """Yes as a share of those who answered: of one sex, or of everyone (None)."""
        yes = self.yes.get(sex, 0) if sex else sum(self.yes.values())
        answered = self.answered.get(sex, 0) if sex else sum(self.answered.values())
        return round(100.0 * yes / answered, 1) if answered else None


@dataclass(frozen=True)
class SurveyRoundView:
    id: int
    forum_id: int
    quarter: str                    # 2026Q3
    baseline: bool
    respondents: dict[str, int]
    results: tuple[IndicatorResult, ...]
    source: str                     # manual / file
    source_file: str
    mapping_name: str
    note: str
    version: int

    @property
    def total_respondents(self) -> int:
        return sum(self.respondents.values())

    def result(self, indicator: str) -> IndicatorResult:
        return next(r for r in self.results if r.indicator == indicator)


@dataclass(frozen=True)
class SurveyMappingView:
    id: int
    forum_id: int
    name: str
    columns: dict[str, str]
    version: int


@dataclass(frozen=True)
class IndicatorPoint:
    """One round's value of one indicator, in percent, by sex and for everyone."""

    quarter: str
    baseline: bool
    women: float | None
    men: float | None
    everyone: float | None


@dataclass(frozen=True)
class IndicatorSeries:
    indicator: str
    points: tuple[IndicatorPoint, ...]      # in quarter order
    baseline: IndicatorPoint | None
