"""kill -9 a thousand times during real work, and count what survived.

The same worker and checks as tests/hardening/test_crash.py (see
tests/hardening/crash_harness.py): a process logs cases with parties, screens
them, records sessions, drafts, prints and signs agreements, follows up, closes
cases and imports exchange files through the services, noting each write it was
told had succeeded; it is killed with SIGKILL at a random moment; the database is
then checked (integrity, foreign keys, audit chain, every confirmed write present
with its content, nothing half-written) before the next worker starts.

Run: python bench/bench_crash.py [--kills 1000] [--backend sqlite|postgresql]
     [--check-every 1] [--seed 1]
PostgreSQL needs $SULH_TEST_POSTGRES_URL (a server where the user may create
databases); the benchmark makes its own database there and drops it afterwards.
Linux and macOS only (the worker is forked).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--backend", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--check-every", type=int, default=1,
                        help="check the database after every N kills (default: every kill)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url
    from tests.hardening.crash_harness import Harness, import_template, prepare

    from sulh.services.setup import open_database

    folder = Path(tempfile.mkdtemp(prefix="sulh-crash-"))
    drop = None
    if args.backend == "sqlite":
        url = f"sqlite:///{folder / 'crash.sqlite3'}"
    else:
        server = os.environ.get("SULH_TEST_POSTGRES_URL")
        if not server:
            print("set SULH_TEST_POSTGRES_URL to a PostgreSQL server", file=sys.stderr)
            return 2
        admin = create_engine(make_url(server).set(drivername="postgresql+psycopg"),
                              isolation_level="AUTOCOMMIT")
        name = f"sulh_crash_{uuid.uuid4().hex[:8]}"
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        url = make_url(server).set(database=name).render_as_string(hide_password=False)

        def drop() -> None:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()

    started = time.perf_counter()
    open_database(url).close()
    prepare(url)
    template = import_template(folder)
    runs = folder / "runs"
    runs.mkdir()
    harness = Harness(url, runs, template, seed=args.seed)
    print(f"{args.backend}: prepared in {time.perf_counter() - started:.1f} s; "
          f"{args.kills} kills, checking after every {args.check_every}", flush=True)
    problems: list[str] = []
    try:
        done = 0
        total = 0.0
        while done < args.kills and not problems:
            step = min(100, args.kills - done)
            problems = harness.run_kills(step, check_every=args.check_every)
            total += harness.figures.seconds
            done += step
            print(f"  {harness.figures.kills} kills, {harness.figures.confirmed} confirmed "
                  f"writes, {harness.figures.checks_passed} checks passed, {total:.0f} s",
                  flush=True)
        harness.figures.seconds = total
    finally:
        harness.close()
        if drop is not None:
            drop()
    print(harness.figures.line(args.backend))
    if problems:
        print("PROBLEMS:")
        for p in problems[:50]:
            print(f"  {p}")
        return 1
    print(f"every confirmed write survived every kill; files in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
