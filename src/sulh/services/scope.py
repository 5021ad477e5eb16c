"""Which cases a user sees and works on (domain.roles.CASE_SCOPES), as checks on one case
and as query conditions for lists, search and exports; and a sensitive case as shown to
someone who may see it but not know who its people are.

Every service that changes a case checks `require_work`; every read of cases goes
through `visible_cases` (lists) or `require_view` (one case) and `mask_*`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import ColumnElement, or_, select, true, union
from sqlalchemy.orm import Session

from sulh.db import models as m
from sulh.domain.roles import (
    CASE_SCOPES,
    EXPORTS_IDENTITIES,
    CaseRef,
    Role,
    Scope,
    Someone,
    effective,
    may_work_on_case,
    require_case,
    sees_identities,
)
from sulh.services import records

#: What a hidden name, phone, place or note shows instead.
MASK = "—"


def case_ref(case: m.Case) -> CaseRef:
    return CaseRef(case.forum_id, case.created_by,
                   frozenset(x.user_id for x in case.mediators if x.active), case.sensitive)


# ---------------------------------------------------------------- one case

def require_view(actor: Someone, case: m.Case) -> m.Case:
    require_case(actor, case_ref(case), case.number, work=False)
    return case


def require_work(actor: Someone, case: m.Case) -> m.Case:
    require_case(actor, case_ref(case), case.number, work=True)
    return case


def require_work_on(session: Session, actor: Someone, case_id: int) -> m.Case:
    """The case, if this user may change it (NotFound, PermissionDenied otherwise)."""
    from sulh.services._common import get_case

    return require_work(actor, get_case(session, case_id))


def shows_identities(actor: Someone, case: m.Case, *, exporting: bool = False) -> bool:
    return sees_identities(actor, case_ref(case), exporting=exporting)


def workable(actor: Someone, case: m.Case) -> bool:
    return may_work_on_case(actor, case_ref(case))


# ---------------------------------------------------------------- as query conditions

def _own(actor: Someone) -> ColumnElement[bool]:
    return or_(m.Case.created_by == actor.user_id,
               m.Case.id.in_(select(m.CaseMediator.case_id).where(
                   m.CaseMediator.user_id == actor.user_id, m.CaseMediator.active)))


def _within(scope: Scope, actor: Someone) -> ColumnElement[bool]:
    scope = effective(scope, actor)
    if scope is Scope.ALL:
        return true()
    if scope is Scope.OWN:
        return _own(actor)
    return or_(m.Case.forum_id == actor.forum_id, _own(actor))


def visible_cases(actor: Someone) -> ColumnElement[bool]:
    """The cases this user sees: a condition on `Case` for lists, counts and exports."""
    return _within(CASE_SCOPES[Role(actor.role)].view, actor)


def workable_cases(actor: Someone) -> ColumnElement[bool]:
    return _within(CASE_SCOPES[Role(actor.role)].work, actor)


def identities_shown(actor: Someone, *, exporting: bool = False) -> ColumnElement[bool]:
    """The cases whose people this user may know of: ordinary cases, and the sensitive
    ones they work on.  Searching by a name or phone only finds these."""
    role = Role(actor.role)
    if exporting and role in EXPORTS_IDENTITIES:
        return true()
    if not CASE_SCOPES[role].identities:
        return m.Case.sensitive.is_(False)
    return or_(m.Case.sensitive.is_(False), workable_cases(actor))


def hidden_person_ids(actor: Someone) -> Any:
    """People named in a sensitive case this user may not know the people of (as a
    subquery): they are left out of duplicate suggestions."""
    hidden = select(m.Case.id).where(m.Case.sensitive, ~identities_shown(actor))
    parties = select(m.Party.id).where(m.Party.case_id.in_(hidden))
    agreements = select(m.Agreement.id).where(m.Agreement.case_id.in_(hidden))
    return union(
        select(m.Party.person_id).where(m.Party.case_id.in_(hidden),
                                        m.Party.person_id.is_not(None)),
        select(m.Representative.person_id).where(m.Representative.party_id.in_(parties)),
        select(m.Signatory.person_id).where(m.Signatory.agreement_id.in_(agreements),
                                            m.Signatory.person_id.is_not(None)))


# ---------------------------------------------------------------- masking

def _m(text: str) -> str:
    return MASK if text else text


def masked_person(p: records.PersonView) -> records.PersonView:
    # Sex and displacement stay: the statistics of women's and displaced people's
    # participation count them, and neither names anyone.
    return replace(p, given_name=MASK, father_name="", grandfather_name="", family_name="",
                   latin_name=_m(p.latin_name), birth_year=None, phone=_m(p.phone),
                   id_document=_m(p.id_document))


def masked_party(p: records.PartyView) -> records.PartyView:
    return replace(p, name=MASK, person=masked_person(p.person) if p.person else None,
                   representatives=tuple(replace(r, person=masked_person(r.person),
                                                 relation=_m(r.relation))
                                         for r in p.representatives))


def masked_agreement(a: records.AgreementView) -> records.AgreementView:
    return replace(
        a,
        breach_terms={k: _m(v) for k, v in a.breach_terms.items()},
        clauses=tuple(replace(c, texts={k: _m(v) for k, v in c.texts.items()})
                      for c in a.clauses),
        signatories=tuple(replace(s, name=MASK) for s in a.signatories),
        amendments=tuple(replace(x, reason=_m(x.reason), changes={}) for x in a.amendments))


def masked_case(v: records.CaseView) -> records.CaseView:
    """Everything that may say who the people are, masked: names, phones, documents,
    the neighbourhood or camp, reference numbers, and every free text (people write
    names into descriptions and notes).  Codes, dates, stages and counts stay."""
    return replace(
        v, neighbourhood=_m(v.neighbourhood), camp=_m(v.camp),
        description=_m(v.description), request=_m(v.request),
        vulnerable_notes=_m(v.vulnerable_notes), police_ref=_m(v.police_ref),
        court_ref=_m(v.court_ref), closure_note=_m(v.closure_note),
        parties=tuple(masked_party(p) for p in v.parties),
        screenings=tuple(replace(s, notes=_m(s.notes)) for s in v.screenings),
        referrals=tuple(replace(r, reason=_m(r.reason), outcome_note=_m(r.outcome_note))
                        for r in v.referrals),
        sessions=tuple(replace(x, place=_m(x.place), summary=_m(x.summary))
                       for x in v.sessions),
        truces=tuple(replace(t, guarantor=_m(t.guarantor), terms=_m(t.terms))
                     for t in v.truces),
        agreement=masked_agreement(v.agreement) if v.agreement else None,
        follow_ups=tuple(replace(f, note=_m(f.note)) for f in v.follow_ups),
        history=tuple(replace(h, reason=_m(h.reason)) for h in v.history),
        identities_hidden=True)


def for_actor(actor: Someone, case: m.Case, view: records.CaseView) -> records.CaseView:
    """The view of `case` as this user is shown it."""
    view = replace(view, workable=workable(actor, case))
    return view if shows_identities(actor, case) else masked_case(view)


def mask_summaries(session: Session, actor: Someone,
                   rows: Sequence[records.CaseSummary]) -> list[records.CaseSummary]:
    """List rows with the first parties masked where this user may not know them."""
    ids = [r.id for r in rows]
    if not ids:
        return []
    hidden = set(session.scalars(select(m.Case.id).where(
        m.Case.id.in_(ids), m.Case.sensitive, ~identities_shown(actor))))
    return [replace(r, first_parties=MASK, identities_hidden=True) if r.id in hidden else r
            for r in rows]


def masked_names(names: Iterable[str]) -> tuple[str, ...]:
    return tuple(MASK for _ in names)
