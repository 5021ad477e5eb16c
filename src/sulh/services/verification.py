"""The verification code on a printed agreement: making it, and checking a paper against
the record.

Where the signing key lives
---------------------------
The installation's Ed25519 key pair is made once, on the first code, and kept in the
`settings` table: ``verification.key`` names the current key, and
``verification.public.<key id>`` / ``verification.private.<key id>`` hold the keys
(PEM).  Public keys are never deleted, so a paper printed before a future change of key
still verifies by the key id it carries.

The private key is in the database, not in a file beside it, because:

* an installation shared by several PCs over PostgreSQL must sign on every PC that
  prints; a file would have to be copied to each of them by hand, and a PC without it
  would print papers that no other PC can check;
* a backup, a restore or a move to a new PC carries the key with the records it
  vouches for; a separate file would be forgotten, and every later code would be
  made with a new key;
* the threat it cannot meet is someone with write access to the database, who could
  read the key and forge a code.  Such a person can change the record itself, which
  is what the check compares the paper with, so a key kept elsewhere would not make
  the check trustworthy against them either.  What the signature does give: a QR
  code cannot be made up, or altered, by anyone who has only the papers and the
  app's public key.

A SQLite database is a private file in the user's data folder (created 0600, see
`sulh.db.engine`), so the key is as private as the records.

What a check says
-----------------
The paper's code is compared with the digest of the record as it is now.  When they
differ, the digests the agreement was printed at (the audit trail's ``print.*``
events) tell an earlier, genuine copy from an altered one, and the amendments
recorded since tell "amended after this copy" from "changed without an amendment".
A check reads only; it writes nothing, not even an audit event.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
    load_pem_private_key,
    load_pem_public_key,
)
from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sulh.db import models as m
from sulh.domain import verification as codes
from sulh.domain.roles import Action
from sulh.domain.verification import CodeForm, MalformedCode, ParsedCode
from sulh.i18n import QT_TRANSLATE_NOOP, Message, msg
from sulh.services import records, scope
from sulh.services._common import agreement_digest, get, get_case, log
from sulh.services.context import Actor, ServiceContext

CURRENT_KEY = "verification.key"
PUBLIC_KEY = "verification.public."
PRIVATE_KEY = "verification.private."


# ---------------------------------------------------------------- the signing key

@dataclass(frozen=True)
class _SigningKey:
    key_id: str
    private: bytes


def _private_pem(raw: bytes) -> str:
    return Ed25519PrivateKey.from_private_bytes(raw).private_bytes(
        Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()).decode("ascii")


def _public_pem(raw: bytes) -> str:
    return Ed25519PublicKey.from_public_bytes(raw).public_bytes(
        Encoding.PEM, PublicFormat.SubjectPublicKeyInfo).decode("ascii")


def _raw_private(pem: str) -> bytes:
    key = load_pem_private_key(pem.encode("ascii"), password=None)
    assert isinstance(key, Ed25519PrivateKey)
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def _raw_public(pem: str) -> bytes:
    key = load_pem_public_key(pem.encode("ascii"))
    assert isinstance(key, Ed25519PublicKey)
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _current_key(session: Session) -> _SigningKey | None:
    current = session.get(m.Setting, CURRENT_KEY)
    if current is None:
        return None
    private = session.get(m.Setting, PRIVATE_KEY + current.value)
    if private is None:
        raise RuntimeError(f"the signing key {current.value} has no private half in settings")
    return _SigningKey(current.value, _raw_private(private.value))


def public_key(ctx: ServiceContext, key_id: str) -> bytes | None:
    """The public key a code names, if this installation made it (raw 32 bytes)."""
    with ctx.reading() as uow:
        return _public_key(uow.session, key_id)


def _public_key(session: Session, key_id: str) -> bytes | None:
    row = session.get(m.Setting, PUBLIC_KEY + key_id)
    return _raw_public(row.value) if row is not None else None


def signing_key_id(ctx: ServiceContext) -> str:
    """The current key's id, making the key pair first if the installation has none."""
    return _signing_key(ctx).key_id


def _signing_key(ctx: ServiceContext) -> _SigningKey:
    with ctx.reading() as uow:
        key = _current_key(uow.session)
    if key is not None:
        return key
    from sulh.services.users import ensure_system_user

    system = ensure_system_user(ctx)
    pair = codes.new_key_pair()
    try:
        with ctx.writing() as uow:
            s = uow.session
            key = _current_key(s)
            if key is not None:
                return key
            public = _public_pem(pair.public)
            s.add_all([m.Setting(key=PUBLIC_KEY + pair.key_id, value=public),
                       m.Setting(key=PRIVATE_KEY + pair.key_id,
                                 value=_private_pem(pair.private)),
                       m.Setting(key=CURRENT_KEY, value=pair.key_id)])
            s.flush()
            log(s, ctx, system, "settings.create", "setting", None,
                after={CURRENT_KEY: pair.key_id, PUBLIC_KEY + pair.key_id: public})
            uow.commit()
            return _SigningKey(pair.key_id, pair.private)
    except IntegrityError:      # another PC made one at the same moment: use theirs
        with ctx.reading() as uow:
            made = _current_key(uow.session)
            assert made is not None
            return made


# ---------------------------------------------------------------- making a code

@dataclass(frozen=True)
class VerificationCode:
    """What goes on the paper: `text` under the QR code of `qr_payload`."""

    text: str
    qr_payload: str
    digest: str
    key_id: str


def make_code_for(ctx: ServiceContext, number: str, digest: str) -> VerificationCode:
    """The code for an agreement number and the content digest a document was made from
    (for a document engine that has read the content in its own unit of work)."""
    key = _signing_key(ctx)
    signature = codes.sign(key.private, number, digest, key.key_id)
    return VerificationCode(codes.text_form(number, digest),
                            codes.qr_payload(number, digest, key.key_id, signature),
                            digest, key.key_id)


def make_code(ctx: ServiceContext, agreement_id: int) -> VerificationCode:
    """The code for the agreement as it stands now.

    No permission of its own: the print services that call it check theirs.  Pass
    `code.digest` to `agreements.record_print`, which refuses if the agreement changed
    in between.  Call it outside a writing unit of work: the installation's first code
    writes its key.
    """
    with ctx.reading() as uow:
        a: m.Agreement = get(uow.session, m.Agreement, agreement_id, "agreement")
        number, digest = a.number, agreement_digest(uow.session, a)
    return make_code_for(ctx, number, digest)


# ---------------------------------------------------------------- checking a paper

class Verdict(StrEnum):
    MATCHES = "matches"                  # the paper is the agreement as recorded now
    AMENDED = "amended"                  # a true copy, but the agreement was amended since
    EARLIER_DRAFT = "earlier_draft"      # a true copy of a draft that changed afterwards
    RECORD_CHANGED = "record_changed"    # a true copy; the record changed, no amendment
    CONTENT_DIFFERS = "content_differs"  # matches no version of the agreement ever printed
    UNKNOWN_AGREEMENT = "unknown_agreement"
    BAD_SIGNATURE = "bad_signature"
    MALFORMED = "malformed"


class SignatureCheck(StrEnum):
    VALID = "valid"
    INVALID = "invalid"
    UNKNOWN_KEY = "unknown_key"          # made by another installation (or key not here)
    NOT_PRESENT = "not_present"          # the short form has no signature


@dataclass(frozen=True)
class CheckedAgreement:
    """Which agreement the code names, as the record has it now."""

    agreement_id: int
    case_id: int
    number: str
    case_number: str
    languages: str
    status: str                      # draft / signed
    signed_at: dt.datetime | None
    party_names: tuple[str, ...]
    compensation_iqd: int
    clauses_in_force: int
    amendments: tuple[records.AmendmentView, ...]


@dataclass(frozen=True)
class CheckResult:
    """The answer to "is this paper the agreement on record?", in fields a dialog can lay
    out; `message` is the one-sentence answer, `notes` add what the reader should know."""

    verdict: Verdict
    message: Message
    form: CodeForm | None = None
    number: str | None = None                        # as read from the code
    agreement: CheckedAgreement | None = None
    signature: SignatureCheck = SignatureCheck.NOT_PRESENT
    key_id: str | None = None
    copy_printed_at: dt.datetime | None = None       # when a copy with this code was printed
    amended_after: tuple[records.AmendmentView, ...] = ()
    notes: tuple[Message, ...] = ()

    @property
    def matches(self) -> bool:
        return self.verdict is Verdict.MATCHES


@dataclass(frozen=True)
class _Version:
    """A content the agreement was printed (or signed) at, with its audit event."""

    digest: str
    seq: int | None          # None: known from the agreement row only (e.g. imported)
    at: dt.datetime | None
    kind: str                # "print" or "signed"


def _loads(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _versions(s: Session, a: m.Agreement) -> tuple[list[_Version], list[tuple[int, int]]]:
    """The digests the agreement was printed and signed at, oldest first, and the
    (audit seq, amendment seq) of each amendment."""
    events = s.execute(select(m.AuditEvent).where(
        m.AuditEvent.case_id == a.case_id, m.AuditEvent.entity == "agreement",
        m.AuditEvent.entity_id == a.id,
        or_(m.AuditEvent.action.like("print.%"),
            m.AuditEvent.action.in_(("agreement.signed", "agreement.amend"))))
        .order_by(m.AuditEvent.seq)).scalars().all()
    versions: list[_Version] = []
    amendments: list[tuple[int, int]] = []
    for ev in events:
        after = _loads(ev.after)
        if ev.action == "agreement.amend":
            if isinstance(after.get("seq"), int):
                amendments.append((ev.seq, after["seq"]))
        elif isinstance(after.get("digest"), str):
            kind = "signed" if ev.action == "agreement.signed" else "print"
            versions.append(_Version(after["digest"], ev.seq, ev.at, kind))
    known = {v.digest for v in versions}
    for digest, kind in ((a.signed_digest, "signed"), (a.printed_digest, "print")):
        if digest and digest not in known:
            versions.insert(0, _Version(digest, None, None, kind))
            known.add(digest)
    return versions, amendments


def _edits_after(s: Session, a: m.Agreement, seq: int) -> int:
    """Recorded edits after `seq` that change what the paper says outside the agreement's
    own rows: the parties' names and representatives."""
    person_ids = [p.person_id for p in get_case(s, a.case_id).parties if p.person_id]
    rows = s.execute(select(m.AuditEvent.seq).where(
        m.AuditEvent.seq > seq,
        or_((m.AuditEvent.case_id == a.case_id)
            & m.AuditEvent.action.in_(("party.update", "party.create",
                                       "representative.create")),
            (m.AuditEvent.action == "person.update")
            & m.AuditEvent.entity_id.in_(person_ids)))).all()
    return len(rows)


def _describe(s: Session, a: m.Agreement) -> CheckedAgreement:
    case = get_case(s, a.case_id)
    return CheckedAgreement(
        agreement_id=a.id, case_id=a.case_id, number=a.number, case_number=case.number,
        languages=a.languages, status=a.status, signed_at=a.signed_at,
        party_names=tuple(p.name for p in case.parties),
        compensation_iqd=a.compensation_iqd,
        clauses_in_force=sum(1 for c in a.clauses if c.superseded_by_amendment is None),
        amendments=tuple(records.AmendmentView(x.id, x.seq, x.reason, dict(x.changes),
                                               x.recorded_by, x.recorded_at)
                         for x in a.amendments))


def check_code(ctx: ServiceContext, actor: Actor, code: str) -> CheckResult:
    """Whether a paper with this code (either form) is the agreement as recorded now, and
    which agreement it is."""
    actor.require(Action.VIEW_CASES)
    try:
        parsed = codes.parse_code(code)
    except MalformedCode as e:
        return CheckResult(Verdict.MALFORMED, e.message)
    with ctx.reading() as uow:
        result = _check(uow.session, parsed)
        found = result.agreement
        if found is None or scope.shows_identities(actor, get_case(uow.session, found.case_id)):
            return result
        # Whether a paper is genuine may be checked by anyone; who the people of a
        # sensitive case are, only by those who may know.
        hidden = replace(found, party_names=scope.masked_names(found.party_names),
                         amendments=tuple(replace(x, reason=scope.MASK, changes={})
                                          for x in found.amendments))
        return replace(result, agreement=hidden,
                       amended_after=tuple(replace(x, reason=scope.MASK, changes={})
                                           for x in result.amended_after))


def _check(s: Session, parsed: ParsedCode) -> CheckResult:
    base: dict[str, Any] = {"form": parsed.form, "number": parsed.number,
                            "key_id": parsed.key_id}
    signature = SignatureCheck.NOT_PRESENT
    notes: list[Message] = []
    if parsed.form is CodeForm.QR:
        assert parsed.key_id is not None
        public = _public_key(s, parsed.key_id)
        if public is None:
            signature = SignatureCheck.UNKNOWN_KEY
            notes.append(msg(QT_TRANSLATE_NOOP("Verification", "The code was signed with key {key}, which "
                                                "this installation does not have (another "
                                                "installation's paper?); its signature could "
                                                "not be checked."), key=parsed.key_id))
        elif parsed.verify_with(public):
            signature = SignatureCheck.VALID
        else:
            signature = SignatureCheck.INVALID
    base["signature"] = signature
    a = s.execute(select(m.Agreement).where(m.Agreement.number == parsed.number)
                  ).scalar_one_or_none()
    if a is None:
        return CheckResult(Verdict.UNKNOWN_AGREEMENT, msg(
            QT_TRANSLATE_NOOP("Verification", "There is no agreement {number} in this database."),
            number=parsed.number), **base, notes=tuple(notes))
    found = _describe(s, a)
    base["agreement"] = found
    if signature is SignatureCheck.INVALID:
        return CheckResult(Verdict.BAD_SIGNATURE, msg(
            QT_TRANSLATE_NOOP("Verification", "The code's signature is not valid: the code was altered, or "
                               "it was not made by this installation. Do not rely on this "
                               "paper.")), **base)
    if a.status == "draft":
        notes.append(msg(QT_TRANSLATE_NOOP("Verification", "Agreement {number} is a draft: it has not been "
                                             "signed."), number=a.number))
    versions, amendment_events = _versions(s, a)
    printed = [v for v in versions if parsed.matches(v.digest)]
    copy = printed[-1] if printed else None
    base["copy_printed_at"] = copy.at if copy else None
    if parsed.matches(agreement_digest(s, a)):
        return CheckResult(Verdict.MATCHES, msg(
            QT_TRANSLATE_NOOP("Verification", "The paper matches the record: this is agreement {number} "
                               "as it stands now."), number=a.number),
                           **base, notes=tuple(notes))
    if copy is None:
        if signature is SignatureCheck.VALID:
            text = QT_TRANSLATE_NOOP("Verification", "The code was made by this installation for agreement "
                                      "{number}, but the record now says something else and "
                                      "no print of that content was recorded. The record may "
                                      "have been changed outside the app.")
        else:
            text = QT_TRANSLATE_NOOP("Verification", "The code does not match agreement {number}: not as it "
                                      "stands now, nor any copy of it that was printed. If you "
                                      "typed the code, check it for typing mistakes; "
                                      "otherwise the paper's code was altered.")
        return CheckResult(Verdict.CONTENT_DIFFERS, msg(text, number=a.number), **base,
                           notes=tuple(notes))
    signed_seq = max((v.seq or 0 for v in versions if v.kind == "signed"), default=0)
    of_signed = a.status == "signed" and (
        copy.digest == a.signed_digest or (copy.seq is not None and copy.seq > signed_seq))
    if not of_signed:
        text = (QT_TRANSLATE_NOOP("Verification", "This is a copy of an earlier draft of agreement {number}, "
                                   "not the version that was signed.")
                if a.status == "signed" else
                QT_TRANSLATE_NOOP("Verification", "This is a copy of an earlier draft of agreement {number}; "
                                   "the draft was changed after it was printed."))
        return CheckResult(Verdict.EARLIER_DRAFT, msg(text, number=a.number), **base,
                           notes=tuple(notes))
    if copy.seq is None or not amendment_events:
        # No audit trail of this copy (an imported agreement): every amendment came after
        # the signed version.
        after_seqs = {x.seq for x in a.amendments} if copy.digest == a.signed_digest else set()
    else:
        after_seqs = {n for seq, n in amendment_events if seq > copy.seq}
    amended = tuple(x for x in found.amendments if x.seq in after_seqs)
    if amended:
        return CheckResult(Verdict.AMENDED, msg(
            QT_TRANSLATE_NOOP("Verification", "This is a true copy of agreement {number}, but the agreement "
                               "was amended after this copy was printed ({count} "
                               "amendment(s)); the paper is not the agreement in force."),
            number=a.number, count=len(amended)), **base, amended_after=amended,
            notes=tuple(notes))
    if copy.seq is not None and _edits_after(s, a, copy.seq):
        text = QT_TRANSLATE_NOOP("Verification", "This is a true copy of agreement {number} as printed, but "
                                  "the parties' names or representatives were edited after it "
                                  "was printed, without an amendment.")
    else:
        text = QT_TRANSLATE_NOOP("Verification", "This is a true copy of agreement {number} as printed, but "
                                  "the record now says something else and no amendment was "
                                  "recorded. The record may have been changed outside the "
                                  "app.")
    return CheckResult(Verdict.RECORD_CHANGED, msg(text, number=a.number), **base,
                       notes=tuple(notes))
