"""kill -9 during real work: nothing confirmed is lost, nothing is half-written.

The worker (crash_worker.py) logs cases with their parties, screens them, records
sessions, drafts agreements with clauses and signatories, prints and signs them,
schedules and records follow-ups, closes cases and imports exchange files, all
through the services; the harness (crash_harness.py) kills it with SIGKILL at a
random moment and checks the database before starting the next worker.
Run with -s to see the figures; they are in the assertion messages too.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from sulh.services.setup import open_database
from tests.conftest import new_database_url
from tests.hardening.crash_harness import Harness, import_template, prepare, read_logs

#: SQLite is what a station PC runs, power cuts and all: most of the kills go there.
KILLS = {"sqlite": 200, "postgresql": 50}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return import_template(tmp_path_factory.mktemp("import"))


def _harness(backend: str, request: pytest.FixtureRequest, tmp_path: Path, template: Path,
             seed: int) -> Harness:
    url = new_database_url(backend, request, tmp_path)
    open_database(url).close()
    prepare(url)
    runs = tmp_path / "runs"
    runs.mkdir()
    harness = Harness(url, runs, template, seed=seed)
    request.addfinalizer(harness.close)
    return harness


@pytest.mark.slow
def test_kill_9_during_work_loses_no_confirmed_write_and_leaves_nothing_half_written(
        backend, request, tmp_path, template):
    harness = _harness(backend, request, tmp_path, template, seed=20261121)
    problems = harness.run_kills(KILLS[backend])
    figures = harness.figures
    print("\n" + figures.line(backend))
    assert problems == [], f"{figures.line(backend)}\n" + "\n".join(problems[:20])
    assert figures.kills == KILLS[backend]
    assert figures.checks_passed == KILLS[backend]
    # The kills landed in the middle of service calls, not only between them, and
    # every kind of work was confirmed at least once.
    assert figures.attempts_cut >= KILLS[backend] // 5, figures.line(backend)
    # How much gets done between kills depends on the machine's speed; these always
    # are, and most of the other kinds of work too.
    for kind in ("case", "party", "move", "import"):
        assert figures.by_kind[kind] > 0, f"no {kind} confirmed: {figures.line(backend)}"
    assert len(figures.by_kind) >= 10, figures.line(backend)


def test_the_checks_find_a_lost_write_and_a_half_written_unit(request, tmp_path, template):
    """The harness is only worth its kills if its checks fail on damage."""
    harness = _harness("sqlite", request, tmp_path, template, seed=7)
    for _ in range(40):     # until a party and a clause were confirmed (machine speed varies)
        assert harness.run_kills(3) == []
        entries = [e for e in read_logs(harness.folder) if e.kind == "confirmed"]
        party = next((e for e in entries if e.what == "party"), None)
        clause = next((e for e in entries if e.what == "clause"), None)
        if party is not None and clause is not None:
            break
    assert party is not None and clause is not None, harness.figures.line("sqlite")
    path = str(harness.ctx.engine.url.database)
    raw = sqlite3.connect(path)
    try:
        raw.execute("PRAGMA foreign_keys=OFF")
        raw.execute("DELETE FROM representatives WHERE party_id = ?", (int(party.ident),))
        raw.execute("DELETE FROM session_attendance WHERE party_id = ?", (int(party.ident),))
        raw.execute("DELETE FROM signatories WHERE party_id = ?", (int(party.ident),))
        raw.execute("DELETE FROM parties WHERE id = ?", (int(party.ident),))
        raw.execute("DELETE FROM agreement_clauses WHERE agreement_id = ? AND position = ?",
                    (int(clause.ident), clause.details["position"]))
        raw.commit()
    finally:
        raw.close()
    problems = "\n".join(harness.check())
    assert f"confirmed party {party.ident} of case" in problems
    assert re.search(rf"parties without their audit event: \[\]; events without their row: "
                     rf"\[[^\]]*\b{party.ident}\b", problems), problems
    assert f"confirmed clause {clause.details['position']} of agreement {clause.ident}" \
        in problems
    assert f"agreement {clause.ident}:" in problems and "clause events" in problems
