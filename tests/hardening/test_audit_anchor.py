"""The audit trail's head, copied outside the database (a backup's sidecar file, an export
file's header, a printed case summary, the line `sulh verify` prints), shows what the hash
chain alone cannot: events cut off its end.  Against the same copies `sulh verify`
reports an edited event, a deleted one, a cut-off tail, and a trail rewritten whole."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from sulh.services import anchors, audit, documents, exchange, maintenance
from sulh.services.context import ServiceContext
from tests.conftest import World
from tests.documents.pdf import norm
from tests.documents.pdf import text as pdf_text
from tests.flows import new_case


def sulh(*args: str, db: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "SULH_DATABASE_URL"}
    env["SULH_DATABASE_URL"] = db
    return subprocess.run([sys.executable, "-m", "sulh", *args], capture_output=True,
                          text=True, env=env, timeout=300, check=False)


def _sql(ctx: ServiceContext, statement: str, **params: object) -> None:
    """Behind the app's back, as someone with the database file or server would."""
    with ctx.engine.begin() as conn:
        conn.execute(text(statement), params)


def _head(ctx: ServiceContext) -> tuple[int, str]:
    with ctx.reading() as uow:
        a = audit.current_anchor(uow.session, ctx.now())
        return a.last_seq, a.last_hash


def _cut_tail(ctx: ServiceContext, keep: int, *, fix_head: bool = True) -> None:
    """Delete every event after `keep`, and (the careful way) make the head row agree."""
    _sql(ctx, "DELETE FROM audit_events WHERE seq > :keep", keep=keep)
    if fix_head:
        with ctx.engine.connect() as conn:
            last = conn.execute(text("SELECT hash FROM audit_events WHERE seq = :s"),
                                {"s": keep}).scalar_one()
        _sql(ctx, "UPDATE audit_head SET seq = :s, hash = :h", s=keep, h=last)


def _work(world: World, n: int = 3) -> None:
    for _ in range(n):
        new_case(world)


def _findings(world: World, *sources: str) -> list[str]:
    report = maintenance.verify(world.ctx, world.admin)
    out = list(report.findings)
    for source in sources:
        out += anchors.check(world.ctx, world.admin, source).findings
    return out


@pytest.fixture
def backed_up(world: World, tmp_path: Path) -> tuple[World, Path, Path]:
    """Some work, a backup (with its sidecar), then more work."""
    _work(world)
    report = maintenance.backup(world.ctx, world.admin, tmp_path / "usb")
    sidecar = report.path.with_name(report.path.name + ".anchor")
    _work(world, 2)
    return world, report.path, sidecar


@pytest.fixture
def exported(world: World, tmp_path: Path) -> tuple[World, Path]:
    """Some work, an export file (its header holds the head), then more work."""
    _work(world)
    path = tmp_path / "out.json"
    exchange.export_cases(world.ctx, world.admin, path)
    _work(world, 2)
    return world, path


# ---------------------------------------------------------------- the copies

def test_each_backup_gets_a_sidecar_with_the_head_it_holds(backed_up):
    world, backup, sidecar = backed_up
    data = json.loads(sidecar.read_text(encoding="utf-8"))
    assert set(data) >= {"events", "last_seq", "last_hash", "at", "backup"}
    assert data["backup"] == backup.name and data["events"] == data["last_seq"] > 0
    assert re.fullmatch(r"[0-9a-f]{64}", data["last_hash"])
    # The anchored event is in the live database, exactly as anchored...
    with world.ctx.reading() as uow:
        assert audit.check_anchor(uow.session, audit.Anchor.from_json(data)) == []
    assert _findings(world, str(sidecar)) == []


def test_the_sidecar_vouches_for_the_backup_it_sits_beside(backed_up):
    """Restoring the backup gives a trail that still reaches the sidecar's event."""
    world, backup, sidecar = backed_up
    maintenance.restore(world.ctx, world.admin, backup)
    assert _findings(world, str(sidecar)) == []


def test_an_export_file_carries_the_head_in_its_header(world, tmp_path):
    _work(world)
    exchange.export_cases(world.ctx, world.admin, tmp_path / "out.json")
    header = json.loads((tmp_path / "out.json").read_text("utf-8"))["source"]["audit_anchor"]
    # The head as the file was written: the export's own event comes right after it.
    with world.ctx.engine.connect() as conn:
        events = dict(conn.execute(text("SELECT seq, action FROM audit_events")).all())
        anchored = conn.execute(text("SELECT hash FROM audit_events WHERE seq = :s"),
                                {"s": header["last_seq"]}).scalar_one()
    assert anchored == header["last_hash"] and header["events"] == header["last_seq"]
    assert events[header["last_seq"] + 1] == "exchange.export" == events[max(events)]
    assert _findings(world, str(tmp_path / "out.json")) == []


def test_verify_prints_the_head_to_keep_elsewhere(world, db_url):
    _work(world, 1)
    seq, digest = _head(world.ctx)
    r = sulh("verify", db=db_url)
    assert r.returncode == 0, r.stderr
    assert f"audit head: event {seq}, {digest}" in r.stdout
    # The check itself is audited nowhere: the head is the same afterwards.
    assert _head(world.ctx) == (seq, digest)


def test_a_printed_summary_carries_the_head_and_can_be_typed_back(world):
    case = new_case(world)
    seq, digest = _head(world.ctx)
    printed = norm(pdf_text(documents.print_case_summary(world.ctx, world.officer, case.id)))
    short = "-".join(digest[i:i + 4] for i in range(0, 16, 4))
    assert f"Audit trail when printed: event {seq}, {short}" in printed
    assert _findings(world, f"{seq}:{short}") == []
    _cut_tail(world.ctx, seq - 1)
    (finding,) = anchors.check(world.ctx, world.admin, f"{seq}:{short}").findings
    assert "cut off" in finding


# ---------------------------------------------------------------- what verify finds

def test_a_cut_off_tail_is_found_against_the_backups_anchor(backed_up, db_url):
    world, _, sidecar = backed_up
    anchored = json.loads(sidecar.read_text("utf-8"))["last_seq"]
    # The last events, and the backup's own, deleted; the head row made to agree: the
    # chain is whole again and proves nothing by itself.
    _cut_tail(world.ctx, anchored - 3)
    with world.ctx.reading() as uow:
        assert audit.verify_chain(uow.session)[1] == []
    # The copy outside says otherwise: given by hand, or found from the last backup.
    explicit = anchors.check(world.ctx, world.admin, str(sidecar)).findings
    assert len(explicit) == 1 and "cut off" in explicit[0] and "3 event(s)" in explicit[0]
    assert any("cut off" in f for f in maintenance.verify(world.ctx, world.admin).findings)
    # Also when the records of the copies were deleted too: the file still says so.
    _sql(world.ctx, "DELETE FROM audit_anchors")
    assert not maintenance.verify(world.ctx, world.admin).findings
    r = sulh("verify", "--anchor", str(sidecar.parent), db=db_url)
    assert r.returncode == 1 and "cut off" in r.stderr


def test_a_tail_cut_off_without_fixing_the_head_is_found_by_the_chain(world):
    _work(world)
    seq, _ = _head(world.ctx)
    _cut_tail(world.ctx, seq - 2, fix_head=False)
    findings = _findings(world)
    assert any(f"the chain ends at {seq - 2}, but its head says {seq}" in f for f in findings)


def test_an_edited_event_is_found(exported):
    world, sidecar = exported
    _sql(world.ctx, "UPDATE audit_events SET username = 'someone else' WHERE seq = 3")
    findings = _findings(world, str(sidecar))
    assert "audit event 3: was changed after it was written" in findings


def test_a_deleted_event_is_found(exported):
    world, sidecar = exported
    _sql(world.ctx, "DELETE FROM audit_events WHERE seq = 4")
    findings = _findings(world, str(sidecar))
    assert any(f.startswith("audit event 4: missing") for f in findings)


def test_a_trail_rewritten_whole_is_found_only_against_the_anchor(backed_up):
    """Someone who edits an event and recomputes every hash after it leaves a chain that
    checks out; the anchored event's hash no longer matches."""
    world, _, sidecar = backed_up
    anchored = json.loads(sidecar.read_text("utf-8"))["last_seq"]
    _sql(world.ctx, "UPDATE audit_events SET username = 'nobody' WHERE seq = 2")
    with world.ctx.engine.begin() as conn:
        rows = conn.execute(text(
            "SELECT seq, at, user_id, username, action, entity, entity_id, case_id, before, "
            "after FROM audit_events ORDER BY seq")).all()
        prev = audit.GENESIS
        for r in rows:
            at = dt.datetime.fromisoformat(r.at) if isinstance(r.at, str) else r.at
            at = at if at.tzinfo else at.replace(tzinfo=dt.UTC)      # SQLite: naive UTC
            digest = audit.event_hash(prev, r.seq, at, r.user_id, r.username, r.action,
                                      r.entity, r.entity_id, r.case_id, r.before, r.after)
            conn.execute(text("UPDATE audit_events SET prev_hash = :p, hash = :h "
                              "WHERE seq = :s"), {"p": prev, "h": digest, "s": r.seq})
            prev = digest
        conn.execute(text("UPDATE audit_head SET hash = :h"), {"h": prev})
    with world.ctx.reading() as uow:
        assert audit.verify_chain(uow.session)[1] == []
    (finding,) = anchors.check(world.ctx, world.admin, str(sidecar)).findings
    assert f"audit event {anchored}" in finding and "rewritten" in finding


def test_an_anchor_that_is_not_one_is_refused_clearly(world, tmp_path):
    from sulh.domain.errors import ValidationError

    bad = tmp_path / "bad.anchor"
    bad.write_text('{"format": "sulh-audit-anchor", "last_seq": "x"}', encoding="utf-8")
    for source in (str(bad), str(tmp_path / "missing.anchor"), str(tmp_path), "12:xyz"):
        with pytest.raises(ValidationError) as e:
            anchors.check(world.ctx, world.admin, source)
        assert e.value.field == "anchor"
