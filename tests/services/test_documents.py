"""Printing through the services and the command line: the paper says what the record
says, every print is in the audit trail, and an agreement's print is recorded at the
content digest it was made from."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from sqlalchemy import select

from sulh.db import models as m
from sulh.domain.errors import PermissionDenied, ValidationError
from sulh.domain.workflow import Stage
from sulh.services import agreements, documents, screening, verification
from sulh.services.cases import get_case_view
from sulh.services.context import ServiceContext
from tests.conftest import make_world, new_database_url
from tests.documents.pdf import column, norm, page_count, png, text
from tests.flows import case_at

CODE = re.compile(r"[A-Z]{3}\d{2}-\d{4}-\d{5}-A\d+ · [0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}")


def audit(ctx: ServiceContext, action: str) -> list[m.AuditEvent]:
    with ctx.reading() as uow:
        rows = uow.session.execute(select(m.AuditEvent).where(m.AuditEvent.action == action)
                                   .order_by(m.AuditEvent.seq)).scalars().all()
        uow.session.expunge_all()
        return list(rows)


def test_an_agreement_print_is_recorded_at_the_digest_on_the_paper(world, tmp_path: Path):
    ctx = world.ctx
    case = case_at(world, Stage.AGREEMENT_DRAFTED)
    before = get_case_view(ctx, world.officer, case.id).agreement
    assert before is not None and before.printed_digest is None
    pdf = documents.print_agreement(ctx, world.officer, case.id, hijri=True)
    after = get_case_view(ctx, world.officer, case.id).agreement
    assert after is not None
    assert after.printed_digest == after.content_digest == before.content_digest
    (event,) = audit(ctx, "print.agreement")
    assert event.case_id == case.id and event.username == world.officer.username
    assert json.loads(event.after)["digest"] == after.content_digest
    # The code on the paper is the record's, and checks out against it.
    (code,) = set(CODE.findall(text(pdf)))
    assert code == verification.make_code_for(ctx, after.number, after.content_digest).text
    assert verification.check_code(ctx, world.officer, code).matches
    (qr,) = zxingcpp.read_barcodes(Image.open(png(pdf, page_count(pdf), 150,
                                                  tmp_path / "last-page")))
    assert qr.format == zxingcpp.BarcodeFormat.QRCode
    assert verification.check_code(ctx, world.officer, qr.text).matches
    assert qr.text.startswith(f"SULH1:{after.number}:")
    # What the paper says: the parties and the clause, in both columns.
    right, left = norm(column(pdf, "right")), norm(column(pdf, "left"))
    clause = after.clauses[0]
    assert norm(clause.texts["ar"]) in right and norm(clause.texts["en"]) in left
    for party in get_case_view(ctx, world.officer, case.id).parties:
        assert norm(party.name) in norm(column(pdf, "right", full_rows=False))
    # That printed copy is the one that gets signed.
    for signatory in after.signatories:
        agreements.record_signature(ctx, world.officer, signatory.id)
    assert agreements.mark_signed(ctx, world.officer, case.id).stage == Stage.SIGNED.value


def test_printing_needs_the_permission_and_the_agreements_own_languages(world):
    ctx = world.ctx
    case = case_at(world, Stage.AGREEMENT_DRAFTED)
    for actor in (world.admin, world.viewer):
        with pytest.raises(PermissionDenied):
            documents.print_agreement(ctx, actor, case.id)
    with pytest.raises(ValidationError) as refused:
        documents.print_agreement(ctx, world.officer, case.id, languages="ckb,en")
    assert refused.value.field == "languages"
    with pytest.raises(ValidationError):
        documents.print_agreement(ctx, world.officer, case.id, digits="roman")
    assert audit(ctx, "print.agreement") == []
    pdf = documents.print_agreement(ctx, world.mediator, case.id, languages="ar,en",
                                    digits="arabic-indic")
    assert "٢" in column(pdf, "right") or "١" in column(pdf, "right")
    assert len(audit(ctx, "print.agreement")) == 1


def test_letters_and_summaries_are_recorded_too(world):
    ctx = world.ctx
    case = case_at(world, Stage.MEDIATION)
    screening.refer_case(ctx, world.officer, case.id, destination="family_child_protection",
                         reason="خطر على طفل في الأسرة", consent=True)
    letter = documents.print_referral_letter(ctx, world.officer, case.id, languages="ckb,en")
    assert "Family" in norm(column(letter, "left", full_rows=False))
    invitation = documents.print_invitation(ctx, world.officer, case.id, party=2,
                                            session_date=dt.date(2026, 12, 3),
                                            place="قاعة المنتدى", time="10:30")
    view = get_case_view(ctx, world.officer, case.id)
    assert norm(view.parties[1].name) in norm(column(invitation, "right", full_rows=False))
    summary = documents.print_case_summary(ctx, world.officer, case.id, languages=("ar", "en"))
    assert view.number in text(summary)
    for action in ("print.referral_letter", "print.invitation", "print.case_summary"):
        (event,) = audit(ctx, action)
        assert event.case_id == case.id and event.username == world.officer.username
    with pytest.raises(ValidationError):
        documents.print_invitation(ctx, world.officer, case.id, party=9,
                                   session_date=dt.date(2026, 12, 3), place="x")


def sulh(*args: str, db: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("SULH_DATABASE_URL", "SULH_USER")}
    return subprocess.run([sys.executable, "-m", "sulh", "--db", db, *args],
                          capture_output=True, text=True, env=env, timeout=300, check=False)


def test_command_line_printing(request: pytest.FixtureRequest, tmp_path: Path):
    url = new_database_url("sqlite", request, tmp_path)
    ctx = ServiceContext.open(url)
    try:
        world = make_world(ctx)
        case = case_at(world, Stage.AGREEMENT_DRAFTED)
        referred = case_at(world, Stage.MEDIATION)
        screening.refer_case(ctx, world.officer, referred.id,
                             destination="family_child_protection", reason="حماية", consent=True)
    finally:
        ctx.close()
    out = tmp_path / "agreement.pdf"
    r = sulh("agreement", case.number, "-o", str(out), "--as", "officer", "--hijri",
             "--arabic-indic", db=url)
    assert r.returncode == 0, r.stderr
    assert out.read_bytes().startswith(b"%PDF") and case.number in r.stdout
    assert case.number in text(out.read_bytes())
    for number, args in ((referred.number, ("referral-letter", "--languages", "ar,ckb")),
                         (case.number, ("invitation", "--party", "1", "--date", "2026-12-03",
                                        "--place", "المنتدى")),
                         (case.number, ("case-summary",))):
        target = tmp_path / f"{args[0]}.pdf"
        r = sulh(args[0], number, "-o", str(target), "--as", "officer", *args[1:], db=url)
        assert r.returncode == 0, r.stderr
        assert target.read_bytes().startswith(b"%PDF")
    refusals = [
        (("agreement", case.number, "-o", str(tmp_path / "x.pdf")), "--as USERNAME"),
        (("agreement", case.number, "-o", str(tmp_path / "x.pdf"), "--as", "admin"),
         "may not do this: print documents"),
        (("agreement", "BGD01-2026-99999", "-o", str(tmp_path / "x.pdf"), "--as", "officer"),
         "No case numbered"),
        (("agreement", case.number, "-o", str(tmp_path / "none" / "x.pdf"), "--as",
          "officer"), "No such file"),
        (("agreement", case.number, "-o", str(tmp_path / "x.pdf"), "--as", "officer",
          "--languages", "ckb,en"), "languages"),
    ]
    for args, expected in refusals:
        r = sulh(*args, db=url)
        assert r.returncode == 2, (args, r.stdout, r.stderr)
        assert len(r.stderr.strip().splitlines()) == 1 and expected in r.stderr, r.stderr
        assert not (tmp_path / "x.pdf").exists()
