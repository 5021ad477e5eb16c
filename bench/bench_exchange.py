"""The exchange file at 100,000 cases: exporting every case of the database, and
importing that file into a new, empty database (services.exchange)."""

from __future__ import annotations

import time
from pathlib import Path

from bench.dataset import CACHE, _pg_admin, pg_url
from bench.suite import Result, Suite, rss_mb

SIZE = 100_000
IMPORT_DB = "sulh_bench_import"


def _empty(backend: str) -> str:
    from sqlalchemy import text

    from sulh.services.setup import open_database

    if backend == "sqlite":
        path = CACHE / "import-target.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        url = f"sqlite:///{path}"
    else:
        admin = _pg_admin()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{IMPORT_DB}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{IMPORT_DB}"'))
        admin.dispose()
        url = pg_url(IMPORT_DB)
    open_database(url).close()
    return url


def _drop(backend: str, url: str) -> None:
    from sqlalchemy import text

    if backend == "sqlite":
        for suffix in ("", "-wal", "-shm"):
            Path(url.removeprefix("sqlite:///") + suffix).unlink(missing_ok=True)
        return
    admin = _pg_admin()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{IMPORT_DB}" WITH (FORCE)'))
    admin.dispose()


def measure(url: str, backend: str) -> tuple[float, float, int, int]:
    from sulh.services import exchange, users
    from sulh.services.context import ServiceContext

    ctx = ServiceContext.open(url)
    file = CACHE / f"export-{backend}.json"
    try:
        started = time.perf_counter()
        report = exchange.export_cases(ctx, users.actor_for(ctx, "admin1"), file)
        export = time.perf_counter() - started
    finally:
        ctx.close()
    target = _empty(backend)
    ctx = ServiceContext.open(target)
    try:
        started = time.perf_counter()
        imported = exchange.import_file(ctx, users.system_actor(ctx), file)
        spent = time.perf_counter() - started
    finally:
        ctx.close()
        _drop(backend, target)
        size = file.stat().st_size
        file.unlink(missing_ok=True)
    assert imported.created == report.cases, (imported.created, report.cases)
    return export, spent, report.cases, size


def run(suite: Suite) -> None:
    if SIZE not in suite.sizes:
        print(f"  (needs --sizes to include {SIZE})")
        return
    for backend in suite.backends:
        export, imported, count, size = measure(suite.url(SIZE, backend), backend)
        note = f"{count:,} cases, {size / 2**20:,.0f} MiB file; peak RSS so far {rss_mb('VmHWM'):,.0f} MB"
        for name, value in (("export 100,000 cases", export), ("import 100,000 cases", imported)):
            suite.add(Result(name, backend, SIZE, value, "s", target="≤ 60 s",
                             met=value <= 60, runs=1, note=note))
