"""Helpers shared by the services: loading, stale-save checks, audit, stage moves,
and turning rows into the views of `records`."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sulh.db import models as m
from sulh.domain import workflow
from sulh.domain.agreements import LanguagePair, content_digest
from sulh.domain.errors import NotFound, StaleRecord, ValidationError
from sulh.domain.reference import is_active
from sulh.domain.workflow import CaseFacts, ClosureReason, Move, Stage
from sulh.i18n import QT_TRANSLATE_NOOP, Names, msg
from sulh.services import audit, records, scope
from sulh.services.context import Actor, ServiceContext
from sulh.services.reference_data import closure_rule, reference_in

#: "No such ..." as whole sentences, so that each translates with its own grammar.
_NOT_FOUND = {
    "record": QT_TRANSLATE_NOOP("Error", "No such record: {id}."),
    "case": QT_TRANSLATE_NOOP("Error", "No such case: {id}."),
    "forum": QT_TRANSLATE_NOOP("Error", "No such forum: {id}."),
    "station": QT_TRANSLATE_NOOP("Error", "No such station: {id}."),
    "user": QT_TRANSLATE_NOOP("Error", "No such user: {id}."),
    "person": QT_TRANSLATE_NOOP("Error", "No such person: {id}."),
    "party": QT_TRANSLATE_NOOP("Error", "No such party: {id}."),
    "agreement": QT_TRANSLATE_NOOP("Error", "No such agreement: {id}."),
    "clause": QT_TRANSLATE_NOOP("Error", "No such clause: {id}."),
    "signatory": QT_TRANSLATE_NOOP("Error", "No such signatory: {id}."),
    "instalment": QT_TRANSLATE_NOOP("Error", "No such instalment: {id}."),
    "session": QT_TRANSLATE_NOOP("Error", "No such mediation session: {id}."),
    "follow-up": QT_TRANSLATE_NOOP("Error", "No such follow-up: {id}."),
}


def get(session: Session, model: type[Any], id_: int, what: str = "record") -> Any:
    row = session.get(model, id_)
    if row is None:
        raise NotFound(msg(_NOT_FOUND.get(what, _NOT_FOUND["record"]), id=id_))
    return row


def get_case(session: Session, case_id: int) -> m.Case:
    row: m.Case = get(session, m.Case, case_id, "case")
    return row


def check_version(row: Any, expected: int | None, view: Any = None) -> None:
    """Refuse a save made from a copy older than the record now is."""
    if expected is not None and row.version != expected:
        raise StaleRecord(
            msg(QT_TRANSLATE_NOOP("Error", "Someone else changed this record after you opened it. "
                            "Reload it to see their changes, then apply yours again.")),
            rule="stale", details=view)


def log(session: Session, ctx: ServiceContext, actor: Actor, action: str, entity: str,
        entity_id: int | None, *, case_id: int | None = None, before: Any = None,
        after: Any = None) -> None:
    audit.record(session, at=ctx.now(), user_id=actor.user_id, username=actor.username,
                 action=action, entity=entity, entity_id=entity_id, case_id=case_id,
                 before=before, after=after)


def diff(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the fields that changed, so audit events stay readable."""
    keys = [k for k in after if before.get(k) != after.get(k) and k != "version"]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}


# ---------------------------------------------------------------- facts and moves

INTAKE_REQUIRED = ("category", "description", "governorate", "channel")


def intake_missing(case: m.Case) -> tuple[str, ...]:
    return tuple(f for f in INTAKE_REQUIRED if not getattr(case, f))


def current_agreement(session: Session, case_id: int) -> m.Agreement | None:
    return session.execute(select(m.Agreement).where(m.Agreement.case_id == case_id)
                           .order_by(m.Agreement.id.desc()).limit(1)).scalar_one_or_none()


def latest_screening(session: Session, case_id: int) -> m.Screening | None:
    return session.execute(select(m.Screening).where(m.Screening.case_id == case_id)
                           .order_by(m.Screening.id.desc()).limit(1)).scalar_one_or_none()


def agreement_content(session: Session, agreement: m.Agreement) -> dict[str, Any]:
    """What the paper says; its digest decides whether the printed copy is current.

    Only values that are the same in every database (no row ids), so a printed
    copy still verifies after the case moved to another installation.
    """
    case = get_case(session, agreement.case_id)
    pair = LanguagePair(agreement.languages)
    langs = pair.languages
    return {
        "number": agreement.number,
        "case": case.number,
        "languages": agreement.languages,
        "parties": [[p.position, p.kind, p.role, p.name,
                     [r.person.uid for r in p.representatives]] for p in case.parties],
        "clauses": [[c.position] + [getattr(c, f"text_{lang}") for lang in langs]
                    for c in agreement.clauses if c.superseded_by_amendment is None],
        "compensation_iqd": agreement.compensation_iqd,
        "instalments": [[i.seq, i.due_on.isoformat(), i.amount_iqd]
                        for i in agreement.instalments],
        "breach": [getattr(agreement, f"breach_terms_{lang}") for lang in langs],
        "signatories": [[s.role, s.guarantee, s.name, s.mode] for s in agreement.signatories],
    }


def agreement_digest(session: Session, agreement: m.Agreement) -> str:
    return content_digest(agreement_content(session, agreement))


def case_facts(session: Session, case: m.Case) -> CaseFacts:
    screening = latest_screening(session, case.id)
    agreement = current_agreement(session, case.id)
    referrals = session.scalar(select(func.count()).select_from(m.Referral)
                               .where(m.Referral.case_id == case.id)) or 0
    follow_ups = session.execute(select(m.FollowUp).where(m.FollowUp.case_id == case.id)
                                 ).scalars().all()
    # A breach counts until a later follow-up finds the agreement kept again.
    breach = False
    for f in sorted((f for f in follow_ups if f.done_on), key=lambda f: (f.done_on, f.id)):
        breach = f.result == "breached" or (breach and f.result != "complied")
    clauses = printed_current = 0
    unsigned: tuple[str, ...] = ()
    party_signers = 0
    if agreement is not None:
        clauses = sum(1 for c in agreement.clauses if c.superseded_by_amendment is None)
        printed_current = (agreement.printed_digest is not None
                           and agreement.printed_digest == agreement_digest(session, agreement))
        unsigned = tuple(s.name for s in agreement.signatories if s.signed_at is None)
        party_signers = len({s.party_id for s in agreement.signatories
                             if s.role == "party" and s.party_id is not None})
    return CaseFacts(
        stage=Stage(case.stage),
        intake_missing=intake_missing(case),
        party_count=len(case.parties),
        screening_recorded=screening is not None,
        screening_passed=screening is not None and screening.decision == "mediate"
        and not (reference_in(session).must_refer(case.category)),
        screening_approved=screening is not None and screening.approved_at is not None,
        parties_without_consent=tuple(p.name for p in case.parties if not p.consent),
        referral_count=referrals,
        agreement_clause_count=clauses,
        agreement_printed_current=bool(printed_current),
        unsigned_signatories=unsigned,
        party_signatory_count=party_signers,
        follow_ups_scheduled=len(follow_ups),
        follow_ups_pending=sum(1 for f in follow_ups if f.done_on is None),
        breach_recorded=breach,
    )


def move_case(session: Session, ctx: ServiceContext, actor: Actor, case: m.Case, move: Move, *,
              reason: str = "", closure_reason: ClosureReason | None = None,
              closure_code: str | None = None) -> Stage:
    """The one place a case changes stage: scope, guards, history, audit."""
    scope.require_work(actor, case)
    facts = case_facts(session, case)
    closure_label: object = None
    if closure_code is not None:
        # A reason chosen from the list by its code: an added one follows the rules of
        # the shipped reason it counts as, and is recorded under its own code.
        closure_reason, closure_label = closure_of(session, closure_code)
    target = workflow.check_move(move, facts, closure_reason=closure_reason, reason_text=reason,
                                 closure_label=closure_label)
    before = case.stage
    case.stage = target.value
    case.updated_at = ctx.now()
    if move is Move.CLOSE:
        case.closure_reason = closure_code or (closure_reason.value if closure_reason else None)
        case.closure_note = reason
        case.closed_at = ctx.now()
    elif move is Move.REOPEN:
        case.closure_reason = None
        case.closed_at = None
        case.archived = False
    session.add(m.StageChange(case_id=case.id, from_stage=before, to_stage=target.value,
                              move=move.value, reason=reason, user_id=actor.user_id,
                              at=ctx.now()))
    log(session, ctx, actor, f"case.{move.value}", "case", case.id, case_id=case.id,
        before={"stage": before}, after={"stage": target.value, "reason": reason,
                                         "closure_reason": case.closure_reason})
    return target


def closure_of(session: Session, code: str) -> tuple[ClosureReason, object]:
    """The rule a closure reason follows and its name for a refusal (None: the rule's)."""
    ref = reference_in(session)
    rule = closure_rule(ref, code)
    entry = ref.closure_reasons.get(code)
    if rule is None or entry is None or not is_active(entry):
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "Choose a closure reason.")),
                              field="reason")
    return rule, (Names(entry.names) if rule.value != code else None)


def run_move(ctx: ServiceContext, actor: Actor, case_id: int, move: Move, *,
             version: int | None = None, reason: str = "",
             closure_reason: ClosureReason | None = None,
             closure_code: str | None = None) -> records.CaseView:
    """A stage move as one user action, in its own unit of work.  The caller has
    already checked the actor's permission and cleaned the reason text."""
    with ctx.writing() as uow:
        s = uow.session
        case = get_case(s, case_id)
        check_version(case, version)
        move_case(s, ctx, actor, case, move, reason=reason, closure_reason=closure_reason,
                  closure_code=closure_code)
        s.flush()
        view = case_view(s, case, full=False)
        uow.commit()
        return view


# ---------------------------------------------------------------- views

def person_view(p: m.Person) -> records.PersonView:
    return records.PersonView(p.id, p.uid, p.given_name, p.father_name, p.grandfather_name,
                              p.family_name, p.latin_name, p.sex, p.birth_year, p.phone,
                              p.id_document, p.displacement, p.can_sign, p.version)


def party_view(p: m.Party) -> records.PartyView:
    return records.PartyView(
        p.id, p.position, p.kind, p.role, p.name,
        person_view(p.person) if p.person else None, p.vulnerable, p.consent, p.consent_at,
        tuple(records.RepresentativeView(r.id, person_view(r.person), r.relation)
              for r in p.representatives), p.version)


def agreement_view(session: Session, a: m.Agreement) -> records.AgreementView:
    return records.AgreementView(
        id=a.id, case_id=a.case_id, number=a.number, languages=a.languages, status=a.status,
        compensation_iqd=a.compensation_iqd,
        breach_terms={"ar": a.breach_terms_ar, "ckb": a.breach_terms_ckb,
                      "en": a.breach_terms_en},
        clauses=tuple(records.ClauseView(c.id, c.position, c.library_code,
                                         {"ar": c.text_ar, "ckb": c.text_ckb, "en": c.text_en},
                                         c.superseded_by_amendment is not None)
                      for c in a.clauses),
        instalments=tuple(records.InstalmentView(i.id, i.seq, i.due_on, i.amount_iqd, i.paid_on)
                          for i in a.instalments),
        signatories=tuple(records.SignatoryView(s.id, s.role, s.guarantee, s.party_id,
                                                s.person_id, s.user_id, s.name, s.mode,
                                                s.signed_at) for s in a.signatories),
        amendments=tuple(records.AmendmentView(x.id, x.seq, x.reason, dict(x.changes),
                                               x.recorded_by, x.recorded_at)
                         for x in a.amendments),
        content_digest=agreement_digest(session, a), printed_digest=a.printed_digest,
        printed_at=a.printed_at, signed_at=a.signed_at, version=a.version)


def case_view(session: Session, c: m.Case, *, full: bool = True) -> records.CaseView:
    base = dict(
        id=c.id, uid=c.uid, number=c.number, forum_id=c.forum_id, station_id=c.station_id,
        stage=c.stage, intake_date=c.intake_date, channel=c.channel, governorate=c.governorate,
        district=c.district, subdistrict=c.subdistrict, neighbourhood=c.neighbourhood,
        camp=c.camp, category=c.category, description=c.description, request=c.request,
        violence_risk=c.violence_risk, revenge_risk=c.revenge_risk,
        vulnerable_notes=c.vulnerable_notes, police_ref=c.police_ref, court_ref=c.court_ref,
        closure_reason=c.closure_reason, closure_note=c.closure_note, archived=c.archived,
        created_by=c.created_by, created_at=c.created_at, version=c.version,
        missing_for_screening=intake_missing(c), sensitive=c.sensitive,
    )
    if not full:
        return records.CaseView(**base)  # type: ignore[arg-type]
    sid = c.id

    def rows(model: Any, *order: Any) -> Any:
        return session.execute(select(model).where(model.case_id == sid).order_by(*order)
                               ).scalars().all()

    screenings = tuple(records.ScreeningView(
        s.id, dict(s.answers), s.decision, tuple(s.red_flags), s.notes, s.recorded_by,
        s.recorded_at, s.approved_by, s.approved_at, s.version)
        for s in rows(m.Screening, m.Screening.id))
    referrals = tuple(records.ReferralView(
        r.id, r.destination, r.reason, r.consent, r.referred_on, r.outcome, r.outcome_note,
        r.outcome_on, r.version) for r in rows(m.Referral, m.Referral.id))
    sessions = tuple(records.SessionView(
        s.id, s.held_on, s.place, s.kind, s.summary, s.outcome, s.next_date,
        tuple(a.party_id for a in s.attendance if a.party_id and not a.attended),
        tuple(a.party_id for a in s.attendance if a.party_id and a.attended),
        tuple(a.user_id for a in s.attendance if a.user_id), s.version)
        for s in rows(m.MediationSession, m.MediationSession.held_on, m.MediationSession.id))
    truces = tuple(records.TruceView(t.id, t.starts_on, t.expires_on, t.guarantor, t.terms,
                                     t.version) for t in rows(m.Truce, m.Truce.starts_on))
    follow_ups = tuple(records.FollowUpView(f.id, f.due_on, f.done_on, f.result,
                                            f.instalment_paid, f.note, f.version)
                       for f in rows(m.FollowUp, m.FollowUp.due_on, m.FollowUp.id))
    history = tuple(records.StageChangeView(h.from_stage, h.to_stage, h.move, h.reason,
                                            h.user_id, u.username, h.at)
                    for h, u in session.execute(
                        select(m.StageChange, m.User).join(m.User,
                                                           m.User.id == m.StageChange.user_id)
                        .where(m.StageChange.case_id == sid).order_by(m.StageChange.id)))
    agreement = current_agreement(session, sid)
    return records.CaseView(
        **base,  # type: ignore[arg-type]
        parties=tuple(party_view(p) for p in c.parties),
        mediator_ids=tuple(x.user_id for x in c.mediators if x.active),
        screenings=screenings, referrals=referrals, sessions=sessions, truces=truces,
        agreement=agreement_view(session, agreement) if agreement else None,
        follow_ups=follow_ups, history=history)
