"""Drafting, printing, signing and amending the agreement.

A draft is edited freely; "signed" needs the agreement printed as it stands and
every signatory's signature or thumbprint; a signed agreement is locked and
changes only through a recorded amendment.
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy.orm import Session

from sulh.db import models as m
from sulh.domain import agreements as rules
from sulh.domain.agreements import GuaranteeKind, LanguagePair, SignatoryRole, SigningMode
from sulh.domain.dates import check_date
from sulh.domain.errors import AgreementLocked, MoveRefused, ValidationError
from sulh.domain.numbering import agreement_number
from sulh.domain.roles import Action
from sulh.domain.text import clean_text
from sulh.domain.workflow import Move, Stage
from sulh.i18n import QT_TRANSLATE_NOOP, msg
from sulh.services import records, scope
from sulh.services._common import (
    agreement_digest,
    agreement_view,
    case_view,
    check_version,
    current_agreement,
    get,
    get_case,
    log,
    move_case,
    run_move,
)
from sulh.services.audit import snapshot
from sulh.services.context import Actor, ServiceContext
from sulh.services.reference_data import reference_now

_DRAFTING_STAGES = {Stage.MEDIATION.value, Stage.AGREEMENT_DRAFTED.value}
MAX_CLAUSE = 5000


def _load(s: Session, actor: Actor, agreement_id: int, version: int | None, *,
          work: bool = True) -> m.Agreement:
    a: m.Agreement = get(s, m.Agreement, agreement_id, "agreement")
    case = get_case(s, a.case_id)
    if work:
        scope.require_work(actor, case)
    else:
        scope.require_view(actor, case)
    check_version(a, version, None)
    return a


def _draft(s: Session, actor: Actor, agreement_id: int, version: int | None) -> m.Agreement:
    a = _load(s, actor, agreement_id, version)
    if a.status != "draft":
        raise AgreementLocked(msg(QT_TRANSLATE_NOOP("Agreement", "The agreement is signed and locked; record "
                                                  "an amendment instead.")),
                              rule="agreement_locked")
    case = get_case(s, a.case_id)
    if case.stage not in _DRAFTING_STAGES:
        raise MoveRefused(msg(QT_TRANSLATE_NOOP("Rule", "The agreement is drafted during mediation.")),
                          rule="stage")
    return a


def _touch(a: m.Agreement, ctx: ServiceContext) -> None:
    a.updated_at = ctx.now()


def _finish(s: Session, ctx: ServiceContext, actor: Actor, a: m.Agreement, action: str,
            after: Any, before: Any = None) -> records.AgreementView:
    _touch(a, ctx)
    s.flush()
    s.expire(a, ["clauses", "instalments", "signatories", "amendments"])
    log(s, ctx, actor, action, "agreement", a.id, case_id=a.case_id, before=before,
        after=after)
    return agreement_view(s, a)


def create_agreement(ctx: ServiceContext, actor: Actor, case_id: int, *,
                     languages: str = LanguagePair.AR_EN.value) -> records.AgreementView:
    actor.require(Action.DRAFT_AGREEMENT)
    try:
        pair = LanguagePair(languages)
    except ValueError:
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "Choose a language pair.")),
                              field="languages") from None
    with ctx.writing() as uow:
        s = uow.session
        case = scope.require_work(actor, get_case(s, case_id))
        if case.stage != Stage.MEDIATION.value:
            raise MoveRefused(msg(QT_TRANSLATE_NOOP("Rule", "The agreement is drafted during mediation.")),
                              rule="stage")
        existing = current_agreement(s, case.id)
        if existing is not None and existing.status == "draft":
            raise MoveRefused(msg(QT_TRANSLATE_NOOP("Rule", "This case already has a draft agreement.")),
                              rule="one_draft")
        seq = 1 if existing is None else int(existing.number.rsplit("-A", 1)[1]) + 1
        a = m.Agreement(case_id=case.id, number=agreement_number(case.number, seq),
                        languages=pair.value, created_at=ctx.now(), updated_at=ctx.now())
        s.add(a)
        s.flush()
        view = _finish(s, ctx, actor, a, "agreement.create", snapshot(a))
        uow.commit()
        return view


def set_languages(ctx: ServiceContext, actor: Actor, agreement_id: int, *, languages: str,
                  version: int) -> records.AgreementView:
    actor.require(Action.DRAFT_AGREEMENT)
    try:
        pair = LanguagePair(languages)
    except ValueError:
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "Choose a language pair.")),
                              field="languages") from None
    with ctx.writing() as uow:
        s = uow.session
        a = _draft(s, actor, agreement_id, version)
        for c in a.clauses:
            rules.check_clause({"ar": c.text_ar, "ckb": c.text_ckb, "en": c.text_en}, pair,
                               field=f"clause{c.position}")
        before = a.languages
        a.languages = pair.value
        view = _finish(s, ctx, actor, a, "agreement.languages", {"languages": pair.value},
                       {"languages": before})
        uow.commit()
        return view


def _fill(template: str, params: Mapping[str, Any], field: str) -> str:
    names = {f for _, f, _, _ in string.Formatter().parse(template) if f}
    missing = names - set(params)
    if missing:
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Agreement", "The clause needs a value for {name}."),
                                  name=rules.placeholder_label(sorted(missing)[0])),
                              field=f"{field}.{sorted(missing)[0]}")
    return template.format(**{k: (f"{v:,}" if isinstance(v, int) and k == "amount" else v)
                              for k, v in params.items()})


def _clause_texts(texts: Mapping[str, str]) -> dict[str, str]:
    return {lang: clean_text(texts.get(lang, ""), f"text_{lang}", max_length=MAX_CLAUSE,
                             multiline=True) for lang in rules.LANGUAGES}


def add_clause(ctx: ServiceContext, actor: Actor, agreement_id: int, *, version: int,
               library_code: str | None = None, texts: Mapping[str, str] | None = None,
               params: Mapping[str, Any] | None = None) -> records.AgreementView:
    """Add a clause from the library (placeholders filled from `params`) or a free one."""
    actor.require(Action.DRAFT_AGREEMENT)
    if library_code is not None:
        lib = reference_now(ctx).clauses.get(library_code)
        if lib is None or not lib.active:
            raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "Choose a value from the list.")),
                                  field="library_code")
        texts = {lang: _fill(t, params or {}, "clause") for lang, t in lib.texts.items()}
    clean = _clause_texts(texts or {})
    with ctx.writing() as uow:
        s = uow.session
        a = _draft(s, actor, agreement_id, version)
        rules.check_clause(clean, LanguagePair(a.languages))
        position = max((c.position for c in a.clauses), default=0) + 1
        row = m.AgreementClause(agreement_id=a.id, position=position, library_code=library_code,
                                **{f"text_{k}": v for k, v in clean.items()})
        s.add(row)
        view = _finish(s, ctx, actor, a, "agreement.add_clause",
                       {"position": position, "library_code": library_code, **clean})
        uow.commit()
        return view


def update_clause(ctx: ServiceContext, actor: Actor, clause_id: int, *, version: int,
                  texts: Mapping[str, str]) -> records.AgreementView:
    actor.require(Action.DRAFT_AGREEMENT)
    with ctx.writing() as uow:
        s = uow.session
        row: m.AgreementClause = get(s, m.AgreementClause, clause_id, "clause")
        a = _draft(s, actor, row.agreement_id, version)
        current = {"ar": row.text_ar, "ckb": row.text_ckb, "en": row.text_en}
        merged = {**current, **_clause_texts({**current, **texts})}
        rules.check_clause(merged, LanguagePair(a.languages), field=f"clause{row.position}")
        for lang, text in merged.items():
            setattr(row, f"text_{lang}", text)
        view = _finish(s, ctx, actor, a, "agreement.update_clause",
                       {"position": row.position, **merged}, {"position": row.position,
                                                              **current})
        uow.commit()
        return view


def remove_clause(ctx: ServiceContext, actor: Actor, clause_id: int, *, version: int
                  ) -> records.AgreementView:
    """Remove a clause from a draft and renumber the rest (drafts only: nothing signed is
    ever removed)."""
    actor.require(Action.DRAFT_AGREEMENT)
    with ctx.writing() as uow:
        s = uow.session
        row: m.AgreementClause = get(s, m.AgreementClause, clause_id, "clause")
        a = _draft(s, actor, row.agreement_id, version)
        before = {"position": row.position, "ar": row.text_ar, "ckb": row.text_ckb,
                  "en": row.text_en}
        s.delete(row)
        s.flush()
        s.expire(a, ["clauses"])
        for i, c in enumerate(a.clauses, start=1):
            c.position = i
        view = _finish(s, ctx, actor, a, "agreement.remove_clause", None, before)
        uow.commit()
        return view


def move_clause(ctx: ServiceContext, actor: Actor, clause_id: int, *, version: int,
                position: int) -> records.AgreementView:
    """Move a clause of a draft to another place (1-based); the others close up around it."""
    actor.require(Action.DRAFT_AGREEMENT)
    with ctx.writing() as uow:
        s = uow.session
        row: m.AgreementClause = get(s, m.AgreementClause, clause_id, "clause")
        a = _draft(s, actor, row.agreement_id, version)
        order = [c for c in a.clauses if c.id != row.id]
        if not isinstance(position, int) or not 1 <= position <= len(order) + 1:
            raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "Choose from the list.")), field="position")
        before = row.position
        order.insert(position - 1, row)
        for i, c in enumerate(order, start=1):
            c.position = i
        view = _finish(s, ctx, actor, a, "agreement.move_clause",
                       {"clause": row.id, "position": position}, {"position": before})
        uow.commit()
        return view


def set_compensation(ctx: ServiceContext, actor: Actor, agreement_id: int, *, version: int,
                     amount_iqd: int, instalments: Iterable[tuple[dt.date, int]] = ()
                     ) -> records.AgreementView:
    """Compensation in whole dinars, optionally in dated instalments that add up to it."""
    actor.require(Action.DRAFT_AGREEMENT)
    amount = rules.check_amount(amount_iqd, "amount_iqd")
    plan = list(instalments)
    for i, (due, value) in enumerate(plan, start=1):
        rules.check_amount(value, f"instalments.{i}.amount")
        if value == 0:
            raise ValidationError(msg(QT_TRANSLATE_NOOP("Agreement", "An instalment cannot be zero.")),
                                  field=f"instalments.{i}.amount")
        check_date(due, f"instalments.{i}.due_on", today=ctx.today())
    if [d for d, _ in plan] != sorted(d for d, _ in plan):
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Agreement", "Instalments must be in date order.")),
                              field="instalments")
    rules.check_instalments(amount, (v for _, v in plan))
    with ctx.writing() as uow:
        s = uow.session
        a = _draft(s, actor, agreement_id, version)
        before = {"amount": a.compensation_iqd,
                  "instalments": [[i.due_on, i.amount_iqd] for i in a.instalments]}
        for old in list(a.instalments):
            s.delete(old)
        s.flush()
        a.compensation_iqd = amount
        for seq, (due, value) in enumerate(plan, start=1):
            s.add(m.Instalment(agreement_id=a.id, seq=seq, due_on=due, amount_iqd=value))
        view = _finish(s, ctx, actor, a, "agreement.compensation",
                       {"amount": amount, "instalments": [[d, v] for d, v in plan]}, before)
        uow.commit()
        return view


def set_breach_terms(ctx: ServiceContext, actor: Actor, agreement_id: int, *, version: int,
                     texts: Mapping[str, str]) -> records.AgreementView:
    actor.require(Action.DRAFT_AGREEMENT)
    clean = _clause_texts(texts)
    with ctx.writing() as uow:
        s = uow.session
        a = _draft(s, actor, agreement_id, version)
        rules.check_clause(clean, LanguagePair(a.languages), field="breach")
        before = {lang: getattr(a, f"breach_terms_{lang}") for lang in rules.LANGUAGES}
        for lang, text in clean.items():
            setattr(a, f"breach_terms_{lang}", text)
        view = _finish(s, ctx, actor, a, "agreement.breach_terms", clean, before)
        uow.commit()
        return view


def add_signatory(ctx: ServiceContext, actor: Actor, agreement_id: int, *, version: int,
                  role: str, name: str = "", party_id: int | None = None,
                  person_id: int | None = None, user_id: int | None = None,
                  guarantee: str | None = None, mode: str | None = None
                  ) -> records.AgreementView:
    """Add someone who signs: a party, a representative, a mediator, a witness, a
    guarantor (كفيل, for payment or against revenge) or the officer."""
    actor.require(Action.DRAFT_AGREEMENT)
    try:
        role_ = SignatoryRole(role)
    except ValueError:
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "Choose from the list.")), field="role") from None
    if role_ is SignatoryRole.GUARANTOR:
        try:
            guarantee = GuaranteeKind(guarantee or "").value
        except ValueError:
            raise ValidationError(msg(QT_TRANSLATE_NOOP("Agreement", "Say what the guarantor guarantees: "
                                                      "payment or no revenge.")),
                                  field="guarantee") from None
    else:
        guarantee = None
    if mode is not None and mode not in {x.value for x in SigningMode}:
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "Choose from the list.")), field="mode")
    name = clean_text(name, "name", max_length=300)
    with ctx.writing() as uow:
        s = uow.session
        a = _draft(s, actor, agreement_id, version)
        can_sign = True
        if party_id is not None:
            party: m.Party = get(s, m.Party, party_id, "party")
            if party.case_id != a.case_id:
                raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "A party that is not in this case.")),
                                      field="party_id")
            if person_id is None and party.person_id is not None and role_ is \
                    SignatoryRole.PARTY:
                person_id = party.person_id
            name = name or party.name
        if person_id is not None:
            person: m.Person = get(s, m.Person, person_id, "person")
            name = name or " ".join(x for x in (person.given_name, person.father_name,
                                                person.grandfather_name, person.family_name)
                                    if x)
            can_sign = person.can_sign
        if user_id is not None:
            user: m.User = get(s, m.User, user_id, "user")
            name = name or user.full_name
        if role_ is SignatoryRole.PARTY and party_id is None:
            raise ValidationError(msg(QT_TRANSLATE_NOOP("Agreement", "Choose which party signs.")),
                                  field="party_id")
        if not name:
            raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "This field is required.")), field="name")
        # Someone who cannot sign gives a thumbprint.
        mode = mode or (SigningMode.SIGNATURE.value if can_sign else SigningMode.THUMBPRINT.value)
        row = m.Signatory(agreement_id=a.id, role=role_.value, guarantee=guarantee,
                          party_id=party_id, person_id=person_id, user_id=user_id, name=name,
                          mode=mode)
        s.add(row)
        s.flush()
        view = _finish(s, ctx, actor, a, "agreement.add_signatory", snapshot(row))
        uow.commit()
        return view


def remove_signatory(ctx: ServiceContext, actor: Actor, signatory_id: int, *, version: int
                     ) -> records.AgreementView:
    actor.require(Action.DRAFT_AGREEMENT)
    with ctx.writing() as uow:
        s = uow.session
        row: m.Signatory = get(s, m.Signatory, signatory_id, "signatory")
        a = _draft(s, actor, row.agreement_id, version)
        before = snapshot(row)
        s.delete(row)
        view = _finish(s, ctx, actor, a, "agreement.remove_signatory", None, before)
        uow.commit()
        return view


def record_print(ctx: ServiceContext, actor: Actor, agreement_id: int, *,
                 digest: str | None = None, what: str = "agreement") -> records.AgreementView:
    """Note that the agreement was printed (or saved as PDF) as it stands now.

    `digest` is the content digest the document was made from; a print of an
    older content does not count for signing.
    """
    actor.require(Action.PRINT_DOCUMENTS)
    with ctx.writing() as uow:
        s = uow.session
        a = _load(s, actor, agreement_id, None)
        current = agreement_digest(s, a)
        if digest is not None and digest != current:
            raise MoveRefused(msg(QT_TRANSLATE_NOOP("Rule", "The agreement changed after this copy was made; "
                                             "print it again.")), rule="print_stale")
        cleared: list[int] = []
        if a.status == "draft":
            if a.printed_digest != current:
                # Signatures were given on a paper that no longer matches: the new
                # copy must be signed again before the agreement is marked signed.
                for sig in a.signatories:
                    if sig.signed_at is not None:
                        sig.signed_at = None
                        cleared.append(sig.id)
            a.printed_digest = current
            a.printed_at = ctx.now()
        after: dict[str, Any] = {"digest": current}
        if cleared:
            after["signatures_cleared"] = cleared
        view = _finish(s, ctx, actor, a, f"print.{what}", after)
        uow.commit()
        return view


def record_signature(ctx: ServiceContext, actor: Actor, signatory_id: int, *,
                     mode: str | None = None, signed: bool = True) -> records.AgreementView:
    """Tick a signatory as having signed (or thumbprinted) the printed copy."""
    actor.require(Action.MARK_SIGNED)
    with ctx.writing() as uow:
        s = uow.session
        row: m.Signatory = get(s, m.Signatory, signatory_id, "signatory")
        a = _load(s, actor, row.agreement_id, None)
        if a.status != "draft":
            raise AgreementLocked(msg(QT_TRANSLATE_NOOP("Agreement", "The agreement is signed and locked; "
                                                      "record an amendment instead.")),
                                  rule="agreement_locked")
        if mode is not None:
            if mode not in {x.value for x in SigningMode}:
                raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "Choose from the list.")), field="mode")
            if mode != row.mode:
                # The paper shows a signature box or a thumbprint box: changing it
                # changes what must be printed.
                row.mode = mode
        row.signed_at = ctx.now() if signed else None
        view = _finish(s, ctx, actor, a, "agreement.signature",
                       {"signatory": row.id, "name": row.name, "mode": row.mode,
                        "signed": signed})
        uow.commit()
        return view


def finish_draft(ctx: ServiceContext, actor: Actor, case_id: int) -> records.CaseView:
    """The parties accept the draft: move the case to "agreement drafted"."""
    actor.require(Action.DRAFT_AGREEMENT)
    return run_move(ctx, actor, case_id, Move.DRAFT_AGREEMENT)


def return_to_mediation(ctx: ServiceContext, actor: Actor, case_id: int, *, reason: str
                        ) -> records.CaseView:
    actor.require(Action.DRAFT_AGREEMENT)
    reason = clean_text(reason, "reason", max_length=2000, multiline=True)
    return run_move(ctx, actor, case_id, Move.RETURN_TO_MEDIATION, reason=reason)


def mark_signed(ctx: ServiceContext, actor: Actor, case_id: int) -> records.CaseView:
    """Every signatory has signed the printed copy: lock the agreement."""
    actor.require(Action.MARK_SIGNED)
    with ctx.writing() as uow:
        s = uow.session
        case = get_case(s, case_id)
        move_case(s, ctx, actor, case, Move.MARK_SIGNED)
        a = current_agreement(s, case.id)
        assert a is not None  # the move's guards need a printed agreement
        a.status = "signed"
        a.signed_at = ctx.now()
        a.signed_digest = a.printed_digest
        _touch(a, ctx)
        s.flush()
        log(s, ctx, actor, "agreement.signed", "agreement", a.id, case_id=case.id,
            after={"digest": a.signed_digest})
        view = case_view(s, case)
        uow.commit()
        return view


def amend(ctx: ServiceContext, actor: Actor, agreement_id: int, *, version: int, reason: str,
          add_clauses: Iterable[Mapping[str, str]] = (),
          supersede_clause_ids: Iterable[int] = ()) -> records.AgreementView:
    """Change a signed agreement by a recorded amendment: clauses are superseded (kept,
    marked) and new ones added; the original text stays readable."""
    actor.require(Action.AMEND_AGREEMENT)
    reason = clean_text(reason, "reason", max_length=5000, required=True, multiline=True)
    new = [_clause_texts(t) for t in add_clauses]
    drop = sorted(set(supersede_clause_ids))
    if not new and not drop:
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Agreement", "An amendment must change something.")),
                              field="clauses")
    with ctx.writing() as uow:
        s = uow.session
        a = _load(s, actor, agreement_id, version)
        if a.status != "signed":
            raise MoveRefused(msg(QT_TRANSLATE_NOOP("Rule", "A draft is edited directly; amendments are for "
                                             "signed agreements.")), rule="amend_draft")
        pair = LanguagePair(a.languages)
        for i, texts in enumerate(new, start=1):
            rules.check_clause(texts, pair, field=f"clauses.{i}")
        ids = {c.id for c in a.clauses if c.superseded_by_amendment is None}
        if set(drop) - ids:
            raise ValidationError(msg(QT_TRANSLATE_NOOP("Agreement", "That clause is not in force in this "
                                                      "agreement.")), field="supersede")
        seq = len(a.amendments) + 1
        amendment = m.Amendment(agreement_id=a.id, seq=seq, reason=reason,
                                changes={"added": new, "superseded": drop},
                                recorded_by=actor.user_id, recorded_at=ctx.now())
        s.add(amendment)
        s.flush()
        for c in a.clauses:
            if c.id in drop:
                c.superseded_by_amendment = amendment.id
        position = max((c.position for c in a.clauses), default=0)
        for texts in new:
            position += 1
            s.add(m.AgreementClause(agreement_id=a.id, position=position,
                                    **{f"text_{k}": v for k, v in texts.items()}))
        view = _finish(s, ctx, actor, a, "agreement.amend",
                       {"seq": seq, "reason": reason, "added": new, "superseded": drop})
        uow.commit()
        return view


def get_agreement(ctx: ServiceContext, actor: Actor, agreement_id: int) -> records.AgreementView:
    actor.require(Action.VIEW_CASES)
    with ctx.reading() as uow:
        s = uow.session
        a = _load(s, actor, agreement_id, None, work=False)
        view = agreement_view(s, a)
        return (view if scope.shows_identities(actor, get_case(s, a.case_id))
                else scope.masked_agreement(view))


def start_follow_up(ctx: ServiceContext, actor: Actor, case_id: int) -> records.CaseView:
    actor.require(Action.RECORD_FOLLOW_UP)
    return run_move(ctx, actor, case_id, Move.START_FOLLOW_UP)


__all__ = ["case_view"]
