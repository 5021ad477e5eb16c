"""Four processes × 500 edits on the same cases, on SQLite and on PostgreSQL.

No "database is locked" (or any other storage error) reaches a user, no update is
lost, every edit made from an outdated copy is refused with StaleRecord, and case
numbers stay unique and gap-free in every forum and year.  Run with -s to see the
figures; they are in the assertion messages too.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import select

from sulh.db import models as m
from sulh.domain.workflow import Stage
from sulh.services import maintenance, users
from tests.conftest import make_world
from tests.flows import case_at, new_case

ROOT = Path(__file__).resolve().parents[2]
PROCESSES = 4
EDITS = 500
SHARED_CASES = 5


def _run_workers(url: str, folder: Path) -> tuple[list[dict], float]:
    procs = []
    for i in range(PROCESSES):
        out = folder / f"worker-{i}.json"
        procs.append((subprocess.Popen(
            [sys.executable, "-m", "tests.hardening.concurrency_worker", url, str(EDITS),
             str(1000 + i), str(out)],
            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)}), out))
    try:
        for p, _ in procs:           # all imported and connected: start them together
            assert p.stdout is not None and p.stdout.readline().strip() == "ready"
        started = time.perf_counter()
        for p, _ in procs:
            assert p.stdin is not None
            p.stdin.write("go\n")
            p.stdin.flush()
        for p, _ in procs:
            assert p.wait(timeout=600) == 0
        seconds = time.perf_counter() - started
    finally:
        for p, _ in procs:
            if p.poll() is None:
                p.kill()
                p.wait()
            for pipe in (p.stdin, p.stdout):
                if pipe is not None:
                    pipe.close()
    return [json.loads(out.read_text(encoding="utf-8")) for _, out in procs], seconds


@pytest.mark.slow
def test_four_processes_editing_the_same_cases_lose_nothing(ctx, backend, tmp_path):
    world = make_world(ctx)
    users.create_user(ctx, world.system, username="officer_erbil", full_name="Erbil officer",
                      role="officer", forum_id=world.other_forum_id)
    shared = [new_case(world) for _ in range(SHARED_CASES)]
    in_mediation = [case_at(world, Stage.MEDIATION) for _ in range(2)]
    with ctx.reading() as uow:
        versions_before = {c.id: uow.session.get(m.Case, c.id).version for c in shared}
    url = ctx.engine.url.render_as_string(hide_password=False)
    results, seconds = _run_workers(url, tmp_path)

    errors = [e for r in results for e in r["errors"]]
    updates = [u for r in results for u in r["updates"]]
    sessions = [x for r in results for x in r["sessions"]]
    created = [x for r in results for x in r["created"]]
    parties = [x for r in results for x in r["parties"]]
    stale = sum(r["stale"] for r in results)
    figures = (f"{backend}: {PROCESSES} processes × {EDITS} edits in {seconds:.1f} s: "
               f"{len(updates)} intake edits saved, {stale} stale edits refused, "
               f"{len(parties)} sides added, {len(sessions)} sessions recorded, "
               f"{len(created)} cases logged, "
               f"{len(errors)} errors")
    print("\n" + figures)
    assert errors == [], figures + "\n" + "\n".join(errors[:3])
    assert len(updates) + stale + len(parties) + len(sessions) + len(created) == \
        PROCESSES * EDITS, figures
    assert stale > 0, "the edits never overlapped: " + figures

    with ctx.reading() as uow:
        s = uow.session
        cases = {c.id: c for c in s.execute(select(m.Case.id, m.Case.number,
                                                   m.Case.description, m.Case.version,
                                                   m.Case.forum_id, m.Case.year, m.Case.seq))}
        update_events: dict[int, list[str]] = defaultdict(list)
        for entity_id, after in s.execute(select(m.AuditEvent.entity_id, m.AuditEvent.after)
                                          .where(m.AuditEvent.action == "case.update")
                                          .order_by(m.AuditEvent.seq)):
            update_events[entity_id].append(json.loads(after)["description"])
        stored_sessions = {x.id: x.summary for x in s.scalars(select(m.MediationSession))}
        stored_parties = {x.id: (x.case_id, x.name) for x in s.scalars(select(m.Party))}

    # No lost update: no two saved edits of a case started from the same version,
    # each made the version after the one it read, and the case's version counts
    # every saved edit and every side added; the audit trail has the edits in the
    # order of their versions, and the record holds the last one.
    for case in shared:
        saved = sorted((u for u in updates if u[0] == case.id), key=lambda u: u[1])
        read = [u[1] for u in saved]
        assert len(read) == len(set(read)), \
            f"case {case.id}: two saves from the same version (a lost update)"
        assert all(u[2] == u[1] + 1 for u in saved)
        added = [x for x in parties if x[1] == case.id]
        row = cases[case.id]
        assert row.version == versions_before[case.id] + len(saved) + len(added), figures
        assert update_events[case.id] == [u[3] for u in saved], figures
        if saved:
            assert row.description == saved[-1][3]
    for party_id, case_id, name in parties:
        assert stored_parties[party_id] == (case_id, name)
    for session_id, _case_id, summary in sessions:
        assert stored_sessions[session_id] == summary
    for case_id, _forum_id, number in created:
        assert cases[case_id].number == number

    # Case numbers: unique and gap-free per forum and year.
    numbers = [c.number for c in cases.values()]
    assert len(numbers) == len(set(numbers))
    seqs: dict[tuple[int, int], list[int]] = defaultdict(list)
    for c in cases.values():
        seqs[(c.forum_id, c.year)].append(c.seq)
    for key, values in seqs.items():
        assert sorted(values) == list(range(1, len(values) + 1)), f"gap in {key}"
    assert len(cases) == SHARED_CASES + len(in_mediation) + len(created)

    report = maintenance.verify(ctx, world.admin)
    assert report.ok, report.findings[:5]
    assert report.events_checked > len(updates) + len(sessions) + len(created)


def test_a_save_whose_row_changed_under_it_is_refused_as_stale_not_a_storage_error(world):
    """The ORM's own version check (UPDATE … WHERE version = n) speaks as a stale
    record too, should a row change between a service's check and its write."""
    from sqlalchemy import text

    from sulh.domain.errors import StaleRecord

    ctx = world.ctx
    case = new_case(world)
    with pytest.raises(StaleRecord), ctx.writing() as uow:
        row = uow.session.get(m.Case, case.id)
        assert row is not None
        # The version moves on behind the ORM's back, as another writer's would.
        uow.session.execute(text("UPDATE cases SET version = version + 1 WHERE id = :id"),
                            {"id": case.id})
        row.description = "after the other edit"
        uow.session.flush()
