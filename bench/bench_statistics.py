"""The statistics: the dashboard's figures and the quarterly report (PDF and XLSX), each
timed several times, medians printed, on a database of N cases.

    python bench/bench_statistics.py --cases 1000000 [--backend sqlite|postgresql]
    python bench/bench_statistics.py --db URL [--period 2026Q2] [--runs 7] [--explain]

With --cases the database comes from bench/dataset.py (built once and cached); with
--db any Sulh database is measured (a demo one, a copy of a real one).  The figures
are those of one quarter, the last complete one before the newest intake date (the
dashboard opens on a quarter), and of all dates; --explain prints each query's plan.
As part of the suite (`python -m bench --only statistics`), `run(suite)` measures
the largest size against the 1,000-case baseline.

Target: the dashboard's figures of a quarter in at most 1 s at 1,000,000 cases.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics as pystats
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):            # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TARGET_S = 1.0


def _actor(ctx: Any) -> Any:
    """A directorate viewer (the figures of every forum), else the system account."""
    from sulh.domain.errors import ValidationError
    from sulh.services import users

    try:
        return users.actor_for(ctx, "viewer1")
    except ValidationError:
        return users.system_actor(ctx)


def busiest_quarter(ctx: Any) -> Any:
    """The last complete quarter before the newest intake date."""
    from sqlalchemy import func, select

    from sulh.db import models as m
    from sulh.services.statistics import Period

    with ctx.reading() as uow:
        newest = uow.session.scalar(select(func.max(m.Case.intake_date))) or dt.date.today()
    year, q = newest.year, (newest.month - 1) // 3 + 1
    year, q = (year, q - 1) if q > 1 else (year - 1, 4)
    return Period.quarter(year, q)


#: CPU seconds of this process per timed call, by measurement: on SQLite the database
#: works in this process, so on a busy machine this is the work itself, where the
#: clock also counts the time other programs had the processor.
CPU: dict[str, list[float]] = {}


def _times(fn: Callable[[], Any], runs: int, name: str = "") -> list[float]:
    fn()                                  # warms the caches, as a second look would
    out = []
    cpu = CPU.setdefault(name, [])
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        fn()
        out.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return out


def measure(url: str, runs: int, period_text: str | None = None) -> dict[str, Any]:
    from sulh.services import reports, statistics
    from sulh.services.context import ServiceContext

    ctx = ServiceContext.open(url)
    try:
        actor = _actor(ctx)
        period = statistics.parse_period(period_text) if period_text else busiest_quarter(ctx)
        quarter = statistics.Filters(period)
        stats = statistics.compute(ctx, actor, quarter)
        out: dict[str, Any] = {"period": period.label, "cases in period": stats.cases}
        CPU.clear()
        timed = {
            "dashboard figures (quarter)": (lambda: statistics.compute(ctx, actor, quarter),
                                            runs),
            "dashboard figures (all dates)": (
                lambda: statistics.compute(ctx, actor, statistics.Filters()),
                max(1, runs // 2)),
            "report PDF (quarter)": (lambda: reports.make_report(ctx, actor, quarter, "pdf"),
                                     runs),
            "report XLSX (quarter)": (
                lambda: reports.make_report(ctx, actor, quarter, "xlsx"), runs),
        }
        report = reports.build_report(stats)
        timed["PDF from computed figures"] = (
            lambda: reports.report_pdf(report, ("ar", "en")), runs)
        for name, (fn, n) in timed.items():
            out[name] = _times(fn, n, name)
        return out
    finally:
        ctx.close()


def explain(url: str, period_text: str | None = None) -> None:
    """Every statement of the figures of a quarter, with the database's plan for it."""
    from sqlalchemy import event

    from sulh.services import statistics
    from sulh.services.context import ServiceContext

    ctx = ServiceContext.open(url)
    try:
        actor = _actor(ctx)
        period = statistics.parse_period(period_text) if period_text else busiest_quarter(ctx)
        seen: list[tuple[str, Any]] = []

        def record(_c: Any, _cur: Any, statement: str, parameters: Any, *_: Any) -> None:
            if "cases" in statement or "forum_members" in statement:
                seen.append((statement, parameters))

        event.listen(ctx.engine, "before_cursor_execute", record)
        statistics.compute(ctx, actor, statistics.Filters(period))
        event.remove(ctx.engine, "before_cursor_execute", record)
        sqlite = ctx.engine.dialect.name == "sqlite"
        with ctx.engine.connect() as conn:
            for statement, parameters in seen:
                print("\n" + " ".join(statement.split())[:160] + " …")
                prefix = "EXPLAIN QUERY PLAN " if sqlite else "EXPLAIN "
                for row in conn.exec_driver_sql(prefix + statement, parameters):
                    print("    " + str(row[-1] if sqlite else row[0]))
    finally:
        ctx.close()


def _print(url: str, found: dict[str, Any]) -> None:
    print(f"{url}: period {found['period']}, {found['cases in period']:,} cases in it")
    sqlite = url.startswith("sqlite")
    for name, values in found.items():
        if isinstance(values, list):
            cpu = (f"; CPU {pystats.median(CPU[name]) * 1000:.0f} ms"
                   if sqlite and CPU.get(name) else "")
            print(f"  {name:<34} median {pystats.median(values) * 1000:9.1f} ms{cpu}   "
                  f"(runs: {', '.join(f'{v * 1000:.0f}' for v in values)})")


def run(suite: Any) -> None:
    """In the suite: the largest size against the 1,000-case baseline."""
    from bench.suite import SMALL, Result, median, ms

    for backend in suite.backends:
        small = measure(suite.url(SMALL, backend), suite.runs)
        for size in sorted(set(suite.sizes) - {SMALL}) or [SMALL]:
            found = measure(suite.url(size, backend), suite.runs)
            for name, values in found.items():
                if not isinstance(values, list):
                    continue
                value = ms(median(values))
                base = ms(median(small[name]))
                quarter = name == "dashboard figures (quarter)"
                suite.add(Result(
                    f"statistics: {name}", backend, size, value, "ms",
                    ratio=value / base if base else None, baseline=f"{SMALL:,} cases",
                    target="≤ 1 s" if quarter and size >= 1_000_000 else "",
                    met=(value <= TARGET_S * 1000) if quarter and size >= 1_000_000 else None,
                    runs=len(values),
                    note=f"{found['period']}: {found['cases in period']:,} cases"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--cases", type=int, help="a bench/dataset.py database of this size")
    where.add_argument("--db", metavar="URL", help="any Sulh database (SQLite path or URL)")
    parser.add_argument("--backend", default="sqlite", choices=["sqlite", "postgresql"])
    parser.add_argument("--period", help="the period of the figures (default: the last "
                                         "complete quarter before the newest intake)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--explain", action="store_true", help="print the query plans")
    args = parser.parse_args(argv)
    if args.db:
        from sulh.db.engine import resolve_url

        url = resolve_url(args.db)
    else:
        from bench.dataset import dataset_url

        url = dataset_url(args.cases, args.backend)
    if args.explain:
        explain(url, args.period)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    found = measure(url, args.runs, args.period)
    print(f"load average {load:.1f} on {os.cpu_count()} processors at the start")
    _print(url, found)
    quarter = pystats.median(found["dashboard figures (quarter)"])
    print(f"dashboard figures of a quarter: {quarter:.3f} s "
          f"({'within' if quarter <= TARGET_S else 'OVER'} the {TARGET_S:.0f} s target)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
