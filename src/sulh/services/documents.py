"""Printing: the agreement, referral letters, invitations and case summaries.

Each function reads what the paper says in one unit of work, has the documents
engine turn it into PDF bytes, and records the print in the audit trail. An
agreement's print is recorded with the content digest it was made from, which
is what lets the case be marked signed on that paper.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from sulh import documents
from sulh.db import models as m
from sulh.documents import model as doc
from sulh.documents.bidi_text import DIGIT_STYLES
from sulh.domain.agreements import LanguagePair
from sulh.domain.dates import check_date
from sulh.domain.errors import NotFound, ValidationError
from sulh.domain.reference import Label
from sulh.domain.roles import Action
from sulh.i18n import QT_TRANSLATE_NOOP, msg
from sulh.services import agreements, anchors, audit, records, scope, verification
from sulh.services._common import case_view, get, get_case, log
from sulh.services.context import Actor, ServiceContext
from sulh.services.reference_data import reference_in

LETTER_LANGUAGES = (("ar", "en"), ("ckb", "en"), ("ar", "ckb"))


def parse_languages(value: str | Sequence[str] | None) -> tuple[str, str] | None:
    """"ar,en", "ar+en" or ("ar", "en") as a pair of language codes."""
    if value is None:
        return None
    parts = value.replace("+", ",").split(",") if isinstance(value, str) else list(value)
    pair = tuple(p.strip().lower() for p in parts if p.strip())
    if pair not in LETTER_LANGUAGES:
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Document", "Print in Arabic and English (ar,en), "
                                                 "Kurdish and English (ckb,en) or Arabic "
                                                 "and Kurdish (ar,ckb).")), field="languages")
    return pair[0], pair[1]


def _check_digits(digits: str) -> str:
    if digits not in DIGIT_STYLES:
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Document", "Digits are western or arabic-indic.")),
                              field="digits")
    return digits


def _names(label: Label | None) -> dict[str, str] | None:
    return dict(label.names) if label else None


def _place(s: Session, case: m.Case) -> doc.Place:
    forum: m.Forum = get(s, m.Forum, case.forum_id, "forum")
    station = s.get(m.Station, case.station_id) if case.station_id else None
    governorate = reference_in(s).governorates.get(case.governorate or forum.governorate)
    return doc.Place(
        forum={"ar": forum.name_ar, "ckb": forum.name_ckb, "en": forum.name_en},
        forum_code=forum.code,
        station={"ar": station.name_ar, "ckb": station.name_ckb, "en": station.name_en}
        if station else None,
        governorate=_names(governorate))


def _parties(view: records.CaseView) -> tuple[doc.Party, ...]:
    return tuple(doc.Party(
        position=p.position, name=p.name, role=p.role, kind=p.kind,
        latin_name=p.person.latin_name if p.person else "",
        representatives=tuple(doc.Representative(r.person.full_name, r.relation)
                              for r in p.representatives)) for p in view.parties)


def _user_name(s: Session, user_id: int) -> str:
    user = s.get(m.User, user_id)
    return user.full_name if user else ""


def _record(ctx: ServiceContext, actor: Actor, case_id: int, what: str,
            after: dict[str, object], *, anchor: tuple[audit.Anchor, str] | None = None
            ) -> None:
    with ctx.writing() as uow:
        log(uow.session, ctx, actor, f"print.{what}", "case", case_id, case_id=case_id,
            after=after)
        if anchor is not None:
            anchors.note(uow.session, anchor[0], "print", anchor[1])
        uow.commit()


# ---------------------------------------------------------------- the agreement

def agreement_document(s: Session, case: m.Case, *, today: dt.date
                       ) -> tuple[doc.AgreementDocument, records.AgreementView]:
    """What the agreement paper says, read in the caller's unit of work."""
    view = case_view(s, case)
    a = view.agreement
    if a is None:
        raise NotFound(msg(QT_TRANSLATE_NOOP("Document", "Case {number} has no agreement to print."),
                           number=case.number))
    langs = LanguagePair(a.languages).languages
    by_party = {p.id: p.position for p in view.parties}
    signatories = tuple(doc.Signatory(
        role=x.role, name=x.name, mode=x.mode, guarantee=x.guarantee,
        party_position=by_party.get(x.party_id) if x.party_id else None)
        for x in a.signatories)
    clauses = tuple(doc.Clause(c.position, {lang: c.texts[lang] for lang in langs})
                    for c in a.clauses if not c.superseded)
    document = doc.AgreementDocument(
        languages=a.languages, number=a.number, case_number=view.number,
        date=a.signed_at.date() if a.signed_at else today,
        place=_place(s, case), parties=_parties(view), signatories=signatories,
        clauses=clauses, compensation_iqd=a.compensation_iqd,
        instalments=tuple(doc.Instalment(i.seq, i.due_on, i.amount_iqd)
                          for i in a.instalments),
        breach_terms={lang: a.breach_terms[lang] for lang in langs if a.breach_terms[lang]},
        draft=a.status == "draft")
    return document, a


def print_agreement(ctx: ServiceContext, actor: Actor, case_id: int, *,
                    languages: str | Sequence[str] | None = None, digits: str = "western",
                    hijri: bool = False, defer: list[Callable[[], object]] | None = None
                    ) -> bytes:
    """The case's agreement as PDF bytes; the print is recorded against the content
    digest the paper was made from (`agreements.record_print`) — at once, or by the
    call appended to `defer` (a batch records its prints once its file is complete)."""
    actor.require(Action.VIEW_CASES)
    actor.require(Action.PRINT_DOCUMENTS)
    _check_digits(digits)
    wanted = parse_languages(languages)
    with ctx.reading() as uow:
        case = scope.require_work(actor, get_case(uow.session, case_id))
        document, view = agreement_document(uow.session, case, today=ctx.today())
    if wanted is not None and "+".join(wanted) != view.languages:
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Document", "Agreement {number} is written in {pair}; "
                                                 "it prints in those languages only."),
                                  number=view.number, pair=view.languages.replace("+", ",")),
                              field="languages")
    code = verification.make_code_for(ctx, view.number, view.content_digest)
    document = replace(document, verification=doc.Verification(code.text, code.qr_payload))
    pdf = documents.render_agreement(document, digits=digits, hijri=hijri)

    def record() -> object:
        return agreements.record_print(ctx, actor, view.id, digest=view.content_digest)

    if defer is None:
        record()
    else:
        defer.append(record)
    return pdf


# ---------------------------------------------------------------- letters

def print_referral_letter(ctx: ServiceContext, actor: Actor, case_id: int, *,
                          referral_id: int | None = None,
                          languages: str | Sequence[str] | None = None,
                          digits: str = "western") -> bytes:
    """The letter for a referral of the case (its latest one unless named)."""
    actor.require(Action.VIEW_CASES)
    actor.require(Action.PRINT_DOCUMENTS)
    pair = parse_languages(languages) or ("ar", "en")
    _check_digits(digits)
    with ctx.reading() as uow:
        s = uow.session
        case = scope.require_work(actor, get_case(s, case_id))
        view = case_view(s, case)
        chosen = [r for r in view.referrals if referral_id is None or r.id == referral_id]
        if not chosen:
            raise NotFound(msg(QT_TRANSLATE_NOOP("Document", "Case {number} has no referral to print."),
                               number=case.number))
        referral = chosen[-1]
        ref = reference_in(s)
        destination = ref.referral_destinations.get(referral.destination)
        letter = doc.ReferralLetter(
            case_number=view.number, date=ctx.today(), place=_place(s, case),
            destination=_names(destination) or {"en": referral.destination},
            destination_kind=str(destination.extra.get("kind", "")) if destination else "",
            reason=referral.reason, consent=referral.consent,
            referred_on=referral.referred_on, parties=_parties(view),
            category=_names(ref.categories.get(view.category or "")),
            court_ref=view.court_ref, police_ref=view.police_ref,
            signed_by=actor.full_name or _user_name(s, actor.user_id))
    pdf = documents.render_referral_letter(letter, languages=pair, digits=digits)
    _record(ctx, actor, case_id, "referral_letter",
            {"referral": referral.id, "destination": referral.destination,
             "languages": "+".join(pair)})
    return pdf


def print_invitation(ctx: ServiceContext, actor: Actor, case_id: int, *, party: int,
                     session_date: dt.date, place: str, time: str = "",
                     languages: str | Sequence[str] | None = None,
                     digits: str = "western") -> bytes:
    """An invitation to party number `party` (its position in the case) to attend a
    session on `session_date` at `place`."""
    actor.require(Action.VIEW_CASES)
    actor.require(Action.PRINT_DOCUMENTS)
    pair = parse_languages(languages) or ("ar", "en")
    _check_digits(digits)
    place = place.strip()
    if not place:
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "This field is required.")), field="place")
    check_date(session_date, "date", today=ctx.today())
    with ctx.reading() as uow:
        s = uow.session
        case = scope.require_work(actor, get_case(s, case_id))
        view = case_view(s, case)
        parties = {p.position: p for p in _parties(view)}
        if party not in parties:
            raise ValidationError(msg(QT_TRANSLATE_NOOP("Document", "Case {number} has no party {n}."),
                                      number=view.number, n=party), field="party")
        invitation = doc.Invitation(
            case_number=view.number, date=ctx.today(), place=_place(s, case),
            party=parties[party], session_date=session_date, session_place=place,
            session_time=time.strip(), signed_by=actor.full_name or _user_name(s, actor.user_id))
    pdf = documents.render_invitation(invitation, languages=pair, digits=digits)
    _record(ctx, actor, case_id, "invitation",
            {"party": party, "date": session_date.isoformat(), "place": place,
             "languages": "+".join(pair)})
    return pdf


def print_case_summary(ctx: ServiceContext, actor: Actor, case_id: int, *,
                       languages: str | Sequence[str] | None = None,
                       digits: str = "western",
                       defer: list[Callable[[], object]] | None = None) -> bytes:
    """The case summary as PDF bytes; the print is recorded at once, or by the call
    appended to `defer` (see print_agreement)."""
    actor.require(Action.VIEW_CASES)
    actor.require(Action.PRINT_DOCUMENTS)
    pair = parse_languages(languages) or ("ar", "en")
    _check_digits(digits)
    with ctx.reading() as uow:
        s = uow.session
        ref = reference_in(s)
        # A summary is a read: whoever may see the case may print it, with the people
        # of a sensitive case masked as on screen.
        case = scope.require_view(actor, get_case(s, case_id))
        view = scope.for_actor(actor, case, case_view(s, case))
        users = {u.id: u.full_name for u in s.execute(select(m.User)).scalars()}
        summary = doc.CaseSummary(
            case_number=view.number, date=ctx.today(), place=_place(s, case),
            stage=view.stage, intake_date=view.intake_date,
            category=_names(ref.categories.get(view.category or "")),
            governorate=_names(ref.governorates.get(view.governorate or "")),
            channel=_names(ref.referral_sources.get(view.channel or "")),
            description=view.description, request=view.request,
            violence_risk=view.violence_risk, parties=_parties(view),
            mediators=tuple(users.get(uid, "") for uid in view.mediator_ids),
            history=tuple(doc.StageChange(h.at, h.from_stage, h.to_stage,
                                          users.get(h.user_id) or h.username, h.reason)
                          for h in view.history),
            sessions=tuple(doc.SessionEntry(x.held_on, x.place, x.kind, x.outcome, x.summary)
                           for x in view.sessions),
            referrals=tuple(doc.ReferralEntry(
                r.referred_on, _names(ref.referral_destinations.get(r.destination))
                or {"en": r.destination}, r.reason, r.outcome) for r in view.referrals),
            follow_ups=tuple(doc.FollowUpEntry(f.due_on, f.done_on, f.result, f.note)
                             for f in view.follow_ups),
            agreement_number=view.agreement.number if view.agreement else "",
            agreement_status=view.agreement.status if view.agreement else "",
            identities_hidden=view.identities_hidden)
        # Every printed summary carries the audit trail's head: a copy on paper, outside
        # the database, that `sulh verify --anchor EVENT:HASH` checks the trail against.
        anchor = audit.current_anchor(s, ctx.now())
        summary = replace(summary, audit_anchor=(anchor.last_seq, anchor.short()))
    pdf = documents.render_case_summary(summary, languages=pair, digits=digits)

    def record() -> object:
        _record(ctx, actor, case_id, "case_summary", {"languages": "+".join(pair)},
                anchor=(anchor, f"case summary {view.number}"))
        return None

    if defer is None:
        record()
    else:
        defer.append(record)
    return pdf
