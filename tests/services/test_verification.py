"""Checking a paper agreement against the record, on both databases: a true copy matches,
and a copy that is not the agreement in force says why."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from sqlalchemy import func, select, text

from sulh.db import models as m
from sulh.domain import verification as codes
from sulh.domain.workflow import Stage
from sulh.services import agreements, intake, maintenance, verification
from sulh.services.context import ServiceContext
from sulh.services.verification import SignatureCheck, Verdict, check_code, make_code
from tests.conftest import make_world
from tests.flows import case_at


def events(ctx: ServiceContext) -> int:
    with ctx.reading() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(m.AuditEvent)) or 0)


def printed(world, agreement_id: int) -> verification.VerificationCode:  # type: ignore[no-untyped-def]
    """What a print does: make the code, then record the print at the code's digest."""
    code = make_code(world.ctx, agreement_id)
    agreements.record_print(world.ctx, world.officer, agreement_id, digest=code.digest)
    return code


def one_char_changed(value: str) -> str:
    return value[:3] + ("ب" if value[3] != "ب" else "ت") + value[4:]


def test_a_signed_agreement_matches_and_a_clause_changed_behind_the_apps_back_does_not(world):
    ctx = world.ctx
    case = case_at(world, Stage.SIGNED)
    a = case.agreement
    code = make_code(ctx, a.id)
    assert code.digest == a.content_digest == a.printed_digest
    assert code.text == codes.text_form(a.number, a.content_digest)
    before = events(ctx)
    for form, typed in (("text", code.text), ("qr", code.qr_payload),
                        ("text", code.text.lower().replace(" · ", " "))):
        r = check_code(ctx, world.viewer, typed)
        assert r.verdict is Verdict.MATCHES and r.matches, (form, r.message)
        assert r.form.value == form
        assert r.agreement.number == a.number and r.agreement.case_number == case.number
        assert r.agreement.status == "signed" and r.agreement.signed_at == a.signed_at
        assert r.agreement.party_names == tuple(p.name for p in case.parties)
        assert r.copy_printed_at is not None
        assert r.signature is (SignatureCheck.VALID if form == "qr"
                               else SignatureCheck.NOT_PRESENT)
        assert not r.notes
        assert "matches the record" in str(r.message)
    assert events(ctx) == before, "a check writes nothing"

    clause = next(c for c in a.clauses if not c.superseded)
    with ctx.engine.begin() as conn:
        conn.execute(text("UPDATE agreement_clauses SET text_ar = :t WHERE id = :id"),
                     {"t": one_char_changed(clause.texts["ar"]), "id": clause.id})
    for typed in (code.text, code.qr_payload):
        r = check_code(ctx, world.viewer, typed)
        assert r.verdict is Verdict.RECORD_CHANGED and not r.matches
        assert "outside the app" in str(r.message)
        assert r.agreement.number == a.number
    # Put back, the paper matches again: the digest is of the content, nothing else.
    with ctx.engine.begin() as conn:
        conn.execute(text("UPDATE agreement_clauses SET text_ar = :t WHERE id = :id"),
                     {"t": clause.texts["ar"], "id": clause.id})
    assert check_code(ctx, world.viewer, code.qr_payload).matches


def test_a_copy_printed_before_an_amendment_says_it_was_amended(world):
    ctx = world.ctx
    case = case_at(world, Stage.SIGNED)
    a = case.agreement
    old = make_code(ctx, a.id)
    amended = agreements.amend(ctx, world.mediator, a.id, version=a.version,
                               reason="الطرفان اتفقا على موعد جديد للدفعة",
                               add_clauses=[{"ar": "يدفع الطرف الثاني المبلغ قبل نهاية الشهر",
                                             "en": "The second party pays before the end of "
                                                   "the month"}])
    for typed in (old.text, old.qr_payload):
        r = check_code(ctx, world.viewer, typed)
        assert r.verdict is Verdict.AMENDED and not r.matches
        assert "amended after this copy" in str(r.message)
        assert [x.seq for x in r.amended_after] == [1]
        assert r.amended_after[0].reason == "الطرفان اتفقا على موعد جديد للدفعة"
        assert r.agreement.clauses_in_force == len(a.clauses) + 1
    # The amended agreement printed again: the new paper matches; the old one is still
    # "amended after this copy"; a second amendment is after both.
    new = printed(world, a.id)
    assert check_code(ctx, world.viewer, new.text).matches
    assert check_code(ctx, world.viewer, old.text).verdict is Verdict.AMENDED
    agreements.amend(ctx, world.mediator, a.id, version=amended.version + 1, reason="ثانية",
                     supersede_clause_ids=[amended.clauses[0].id])
    r = check_code(ctx, world.viewer, new.qr_payload)
    assert r.verdict is Verdict.AMENDED and [x.seq for x in r.amended_after] == [2]
    assert [x.seq for x in check_code(ctx, world.viewer, old.text).amended_after] == [1, 2]


def test_a_name_edited_after_signing_is_told_apart_from_a_change_outside_the_app(world):
    ctx = world.ctx
    case = case_at(world, Stage.SIGNED)
    code = make_code(ctx, case.agreement.id)
    party = case.parties[1]
    intake.update_party(ctx, world.officer, party.id, version=party.version,
                        name=party.name + " الثاني")
    r = check_code(ctx, world.viewer, code.text)
    assert r.verdict is Verdict.RECORD_CHANGED
    assert "names or representatives were edited" in str(r.message)


def test_copies_of_a_draft(world):
    ctx, med = world.ctx, world.mediator
    case = case_at(world, Stage.AGREEMENT_DRAFTED)
    a = case.agreement
    first = printed(world, a.id)
    r = check_code(ctx, world.viewer, first.text)
    assert r.matches and r.agreement.status == "draft" and r.agreement.signed_at is None
    assert any("is a draft" in str(n) for n in r.notes)

    agreements.return_to_mediation(ctx, med, case.id, reason="تعديل البند")
    view = agreements.get_agreement(ctx, med, a.id)
    clause = view.clauses[0]
    view = agreements.update_clause(ctx, med, clause.id, version=view.version,
                                    texts={"ar": clause.texts["ar"] + " فوراً"})
    r = check_code(ctx, world.viewer, first.qr_payload)
    assert r.verdict is Verdict.EARLIER_DRAFT
    assert "the draft was changed" in str(r.message)

    agreements.finish_draft(ctx, med, case.id)
    final = printed(world, a.id)
    for sig in view.signatories:
        agreements.record_signature(ctx, world.officer, sig.id)
    agreements.mark_signed(ctx, world.officer, case.id)
    assert check_code(ctx, world.viewer, final.text).matches
    r = check_code(ctx, world.viewer, first.text)
    assert r.verdict is Verdict.EARLIER_DRAFT
    assert "not the version that was signed" in str(r.message)


def test_unknown_tampered_foreign_and_malformed_codes(world):
    ctx = world.ctx
    case = case_at(world, Stage.SIGNED)
    a = case.agreement
    code = make_code(ctx, a.id)

    r = check_code(ctx, world.viewer, code.text.replace(case.number, case.number[:-1] + "9"))
    assert r.verdict is Verdict.UNKNOWN_AGREEMENT and r.agreement is None
    assert "There is no agreement" in str(r.message)

    # One character of the check value changed.
    check = codes.check_value(a.content_digest)
    wrong = check[:5] + ("A" if check[5] != "A" else "B") + check[6:]
    r = check_code(ctx, world.viewer, f"{a.number} {wrong}")
    assert r.verdict is Verdict.CONTENT_DIFFERS and r.agreement.number == a.number
    assert "typing mistakes" in str(r.message)

    # One character of the signature changed.
    i = len(code.qr_payload) - 20
    tampered = code.qr_payload[:i] + ("A" if code.qr_payload[i] != "A" else "B") \
        + code.qr_payload[i + 1:]
    r = check_code(ctx, world.viewer, tampered)
    assert r.verdict is Verdict.BAD_SIGNATURE and r.signature is SignatureCheck.INVALID
    assert r.agreement.number == a.number and not r.matches

    # A code signed properly by a key this installation never had: the content is what
    # decides, and the reader is told the signature could not be checked.
    stranger = codes.new_key_pair()

    def signed_by_stranger(digest: str) -> str:
        return codes.qr_payload(a.number, digest, stranger.key_id,
                                codes.sign(stranger.private, a.number, digest,
                                           stranger.key_id))

    r = check_code(ctx, world.viewer, signed_by_stranger(a.content_digest))
    assert r.verdict is Verdict.MATCHES and r.signature is SignatureCheck.UNKNOWN_KEY
    assert any(stranger.key_id in str(n) for n in r.notes)
    r = check_code(ctx, world.viewer, signed_by_stranger("0" * 64))
    assert r.verdict is Verdict.CONTENT_DIFFERS and r.signature is SignatureCheck.UNKNOWN_KEY

    # This installation's key over a content that was never printed: genuine code, record
    # different, so the record was changed.
    r = check_code(ctx, world.viewer, verification.make_code_for(ctx, a.number,
                                                                 "ab" * 32).qr_payload)
    assert r.verdict is Verdict.CONTENT_DIFFERS and r.signature is SignatureCheck.VALID
    assert "outside the app" in str(r.message)

    r = check_code(ctx, world.viewer, "not a code")
    assert r.verdict is Verdict.MALFORMED and r.agreement is None
    assert r.message.context == "Verification"


def test_the_key_is_made_once_kept_in_settings_and_old_keys_still_verify(world):
    ctx = world.ctx
    case = case_at(world, Stage.SIGNED)
    first = make_code(ctx, case.agreement.id)
    assert make_code(ctx, case.agreement.id).key_id == first.key_id
    with ctx.reading() as uow:
        rows = dict(uow.session.execute(select(m.Setting.key, m.Setting.value)).all())
        created = uow.session.execute(select(m.AuditEvent.after).where(
            m.AuditEvent.action == "settings.create",
            m.AuditEvent.after.like("%verification%"))).scalars().all()
    assert rows[verification.CURRENT_KEY] == first.key_id
    assert "BEGIN PUBLIC KEY" in rows[verification.PUBLIC_KEY + first.key_id]
    assert "BEGIN PRIVATE KEY" in rows[verification.PRIVATE_KEY + first.key_id]
    assert len(created) == 1 and first.key_id in created[0] and "PRIVATE" not in created[0]
    assert maintenance.verify(ctx, world.admin).ok

    # Another PC of the installation (another connection to the database) checks it.
    other = ServiceContext.open(ctx.engine.url.render_as_string(hide_password=False))
    try:
        assert check_code(other, world.viewer, first.qr_payload).signature \
            is SignatureCheck.VALID
    finally:
        other.close()

    # A later change of key (not a feature yet; done here by hand): new codes carry the
    # new key id, papers signed with the old key still verify by theirs.
    pair = codes.new_key_pair()
    with ctx.writing() as uow:
        s = uow.session
        s.add_all([m.Setting(key=verification.PUBLIC_KEY + pair.key_id,
                             value=verification._public_pem(pair.public)),
                   m.Setting(key=verification.PRIVATE_KEY + pair.key_id,
                             value=verification._private_pem(pair.private))])
        s.get(m.Setting, verification.CURRENT_KEY).value = pair.key_id
        uow.commit()
    second = make_code(ctx, case.agreement.id)
    assert second.key_id == pair.key_id and second.text == first.text
    for c in (first, second):
        r = check_code(ctx, world.viewer, c.qr_payload)
        assert r.matches and r.signature is SignatureCheck.VALID and r.key_id == c.key_id


def test_printing_pcs_that_start_together_share_one_key(world):
    url = world.ctx.engine.url.render_as_string(hide_password=False)
    found: list[str] = []
    barrier = threading.Barrier(4)

    def pc() -> None:
        ctx = ServiceContext.open(url)
        try:
            barrier.wait()
            found.append(verification.signing_key_id(ctx))
        finally:
            ctx.close()

    threads = [threading.Thread(target=pc) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(found) == 4 and len(set(found)) == 1
    with world.ctx.reading() as uow:
        keys = uow.session.execute(select(m.Setting.key).where(
            m.Setting.key.like(verification.PUBLIC_KEY + "%"))).all()
    assert len(keys) == 1


def test_a_key_made_by_another_pc_in_the_meantime_is_the_one_used(world, monkeypatch):
    """Another PC asks for the key after this one looked and before it wrote: writing
    units are serialised on both backends (SQLite's write lock, PostgreSQL's advisory
    write lock), so the other PC waits for this one's key and takes it."""
    url = world.ctx.engine.url.render_as_string(hide_password=False)
    theirs: list[str] = []
    real = verification._public_pem

    def other_pc() -> None:
        ctx = ServiceContext.open(url)
        try:
            theirs.append(verification.signing_key_id(ctx))
        finally:
            ctx.close()

    def meanwhile(raw: bytes) -> str:
        monkeypatch.setattr(verification, "_public_pem", real)
        t = threading.Thread(target=other_pc)
        t.start()
        t.join(timeout=0.3)
        threads.append(t)
        made.append(codes.key_id(raw))
        return real(raw)

    threads: list[threading.Thread] = []
    made: list[str] = []
    monkeypatch.setattr(verification, "_public_pem", meanwhile)
    mine = verification.signing_key_id(world.ctx)
    threads[0].join(timeout=30)
    assert theirs == [mine]
    assert mine == made[0]
    with world.ctx.reading() as uow:
        keys = uow.session.execute(select(m.Setting.key).where(
            m.Setting.key.like(verification.PUBLIC_KEY + "%"))).all()
    assert len(keys) == 1


def sulh(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "SULH_DATABASE_URL"}
    env["SULH_DATABASE_URL"] = str(db)
    return subprocess.run([sys.executable, "-m", "sulh", *args], capture_output=True,
                          text=True, env=env, timeout=300, check=False)


def test_the_check_agreement_command(tmp_path: Path):
    db = tmp_path / "station.sqlite3"
    assert sulh("init", db=db).returncode == 0
    ctx = ServiceContext.open(str(db))
    try:
        world = make_world(ctx)
        case = case_at(world, Stage.SIGNED)
        code = make_code(ctx, case.agreement.id)
    finally:
        ctx.close()

    r = sulh("check-agreement", *code.text.split(), db=db)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("matches:")
    assert case.agreement.number in r.stdout and case.number in r.stdout
    assert all(p.name in r.stdout for p in case.parties)

    check = code.text.split(" · ")[1]
    wrong = code.text.replace(check, check[:-1] + ("A" if check[-1] != "A" else "B"))
    r = sulh("check-agreement", wrong, db=db)
    assert r.returncode == 1, r.stderr
    assert r.stdout.startswith("content_differs:") and case.agreement.number in r.stdout

    r = sulh("check-agreement", code.qr_payload[:-30] + "0" * 30, db=db)
    assert r.returncode == 1 and "bad_signature" in r.stdout

    r = sulh("check-agreement", "BGD01-2026-0004", db=db)
    assert r.returncode == 2
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert "not a Sulh verification code" in r.stderr
