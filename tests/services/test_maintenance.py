"""Backup, restore and verify on both backends: round trip, refusals, findings."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from sulh.db import models as m
from sulh.domain.errors import NotFound, PermissionDenied
from sulh.domain.workflow import Stage
from sulh.services import cases, maintenance
from tests.flows import case_at, new_case


def _counts(ctx) -> dict[str, int]:
    with ctx.reading() as uow:
        return {t.__tablename__: uow.session.scalar(select(func.count()).select_from(t))
                for t in (m.Case, m.Party, m.Person, m.Agreement, m.StageChange, m.AuditEvent)}


def test_backup_then_restore_brings_back_every_record(world, tmp_path: Path):
    ctx = world.ctx
    signed = case_at(world, Stage.SIGNED)
    before = _counts(ctx)
    report = maintenance.backup(ctx, world.admin, tmp_path / "copies")
    assert report.path.is_file() and report.size > 0
    # Work done after the backup ...
    later = new_case(world)
    assert cases.count_cases(ctx, world.officer) == 2
    # ... is gone after the restore; everything before it is back.
    maintenance.restore(ctx, world.admin, report.path)
    after = _counts(ctx)
    # restore adds its own audit events (backup of the live file, the restore itself)
    assert {k: v for k, v in after.items() if k != "audit_events"} == \
        {k: v for k, v in before.items() if k != "audit_events"}
    view = cases.get_case_view(ctx, world.coordinator, signed.id)
    assert view.stage == "signed" and view.agreement is not None
    assert view.parties[0].name == signed.parties[0].name
    with pytest.raises(NotFound):
        cases.get_case_view(ctx, world.coordinator, later.id)
    assert maintenance.verify(ctx, world.admin).ok


def test_restore_refuses_a_damaged_or_foreign_file(world, tmp_path: Path, backend):
    ctx = world.ctx
    new_case(world)
    before = _counts(ctx)
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"this is not a backup" * 100)
    with pytest.raises(maintenance.BackupError) as e:
        maintenance.restore(ctx, world.admin, junk)
    assert "cannot be restored" in str(e.value)
    if backend == "sqlite":
        foreign = tmp_path / "foreign.sqlite3"
        conn = sqlite3.connect(foreign)
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        conn.commit()
        conn.close()
        with pytest.raises(maintenance.BackupError) as e:
            maintenance.restore(ctx, world.admin, foreign)
        assert "not a Sulh database" in str(e.value)
        # A real backup with a flipped byte in the middle of its pages.
        good = maintenance.backup(ctx, world.admin, tmp_path / "good.sqlite3").path
        data = bytearray(good.read_bytes())
        page = int.from_bytes(data[16:18], "big") or 65536
        for start in range(page, len(data), page):   # every b-tree page header after the first
            for i in range(start, start + 12):
                data[i] ^= 0x5A
        damaged = tmp_path / "damaged.sqlite3"
        damaged.write_bytes(bytes(data))
        with pytest.raises(maintenance.BackupError):
            maintenance.restore(ctx, world.admin, damaged)
    after = _counts(ctx)
    assert after["cases"] == before["cases"] and after["parties"] == before["parties"]


def test_only_admins_back_up(world, tmp_path: Path):
    dest = tmp_path / "copies"
    dest.mkdir()
    for role in ("officer", "mediator", "coordinator", "viewer"):
        with pytest.raises(PermissionDenied):
            maintenance.backup(world.ctx, world.actor(role), dest / f"{role}.bak")
    assert not any(dest.iterdir())


def test_backup_while_others_write_is_consistent(world, tmp_path: Path, backend):
    """A backup taken during a stream of intakes holds a consistent database."""
    ctx = world.ctx
    stop = threading.Event()
    written: list[int] = []

    def writer() -> None:
        while not stop.is_set() and len(written) < 200:
            written.append(new_case(world, parties=1).id)

    t = threading.Thread(target=writer)
    t.start()
    try:
        while len(written) < 5:
            pass
        copy = maintenance.backup(ctx, world.admin, tmp_path / "during.bak").path
    finally:
        stop.set()
        t.join()
    if backend == "postgresql":
        assert maintenance._check_pgdump(copy) == []
        return
    assert maintenance.check_sqlite_file(copy) == []
    conn = sqlite3.connect(copy)
    n_cases = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
    n_first_parties = conn.execute("SELECT count(*) FROM parties").fetchone()[0]
    conn.close()
    assert 5 <= n_cases <= len(written)
    assert n_first_parties >= n_cases - 1


def test_verify_reports_tampering_and_broken_references(world, backend):
    ctx = world.ctx
    case = new_case(world)
    assert maintenance.verify(ctx, world.admin).ok
    with ctx.writing() as uow:
        uow.session.execute(text("UPDATE audit_events SET after = '{}' WHERE seq = 3"))
        uow.commit()
    report = maintenance.verify(ctx, world.admin)
    assert not report.ok
    assert any("audit event 3" in f and "changed" in f for f in report.findings)
    if backend == "sqlite":
        raw = sqlite3.connect(str(ctx.engine.url.database))
        raw.execute("PRAGMA foreign_keys=OFF")
        raw.execute("UPDATE parties SET case_id = 9999 WHERE case_id = ?", (case.id,))
        raw.commit()
        raw.close()
        report = maintenance.verify(ctx, world.admin)
        assert any("broken reference" in f for f in report.findings)
