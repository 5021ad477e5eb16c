"""The search box at the largest size: a name in another spelling, a case number, a phone
number as someone else typed it.  Each query goes through services.cases.search_cases;
the SQL it sends is recorded and replayed on one open DB-API connection -- the bare
database work the service rests on -- so the ratio is the cost of everything around it
(a connection per call, the unit of work, the ORM, masking).
"""

from __future__ import annotations

import random
import time
from typing import Any

from sqlalchemy import event, func, select

from bench.suite import Result, Suite, median, ms, p95

QUERIES = 60          # per kind
REPEAT = 3            # each query, after one untimed call
LIMIT = 200           # as many as the main window asks for (a page of its list)


def _queries(ctx: Any, rng: random.Random) -> dict[str, list[str]]:
    from sulh.db import models as m
    from sulh.services import demo

    people = demo._Generator(None, rng, ctx.today(), 0)  # type: ignore[arg-type]
    out: dict[str, list[str]] = {"name": [], "case number": [], "phone": []}
    with ctx.reading() as uow:
        s = uow.session
        top_person = int(s.scalar(select(func.max(m.Person.id))) or 0)
        top_case = int(s.scalar(select(func.max(m.Case.id))) or 0)
        while len(out["name"]) < QUERIES:
            p = s.get(m.Person, rng.randint(1, top_person))
            if p is None:
                continue
            parts = [x for x in (p.given_name, p.father_name, p.grandfather_name,
                                 p.family_name) if x]
            if len(parts) < 2:
                continue
            script = "ku" if set(" ".join(parts)) & set("ەێڕڵۆیکگپچژڤ") else "ar"
            # As another clerk would type it: other spellings, and only some of the parts.
            typed = [demo._variant(x, script, rng) for x in parts]
            pick = rng.choice([typed[:2], typed[:3], typed, [typed[0], typed[-1]]])
            out["name"].append(" ".join(pick))
        while len(out["case number"]) < QUERIES:
            number = s.scalar(select(m.Case.number).where(m.Case.id == rng.randint(1, top_case)))
            if number:
                out["case number"].append(number if rng.random() < 0.7 else number.lower())
        while len(out["phone"]) < QUERIES:
            p = s.get(m.Person, rng.randint(1, top_person))
            if p is None or len(p.phone_key) < 10:
                continue
            out["phone"].append(people.phone_as_typed(p.phone_key))
    return out


class _Recorder:
    """The statements a service call sends, to replay them bare."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.statements: list[tuple[str, Any]] = []
        self.on = False
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, _conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any,
              _many: bool) -> None:
        if self.on and statement.lstrip().split(" ", 1)[0].upper() not in (
                "BEGIN", "COMMIT", "ROLLBACK", "PRAGMA"):
            self.statements.append((statement, parameters))

    def record(self, fn: Any) -> list[tuple[str, Any]]:
        self.statements = []
        self.on = True
        try:
            fn()
        finally:
            self.on = False
        return self.statements


def _raw_connection(url: str) -> Any:
    from sqlalchemy.engine import make_url

    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        import sqlite3

        return sqlite3.connect(u.database)
    import psycopg

    return psycopg.connect(u.set(drivername="postgresql").render_as_string(
        hide_password=False))


def measure(url: str) -> dict[str, tuple[list[float], list[float], int, list[float]]]:
    from sulh.services import cases, users
    from sulh.services.context import ServiceContext

    ctx = ServiceContext.open(url)
    actor = users.actor_for(ctx, "viewer1")
    recorder = _Recorder(ctx.engine)
    raw = _raw_connection(url)
    out = {}
    try:
        for kind, texts in _queries(ctx, random.Random(11)).items():
            service: list[float] = []
            bare: list[float] = []
            cpu: list[float] = []           # the service call's CPU time in this process
            found = 0
            for text in texts:
                statements = recorder.record(lambda text=text: cases.search_cases(
                    ctx, actor, text, limit=LIMIT))
                for _ in range(REPEAT):
                    started, used = time.perf_counter(), time.process_time()
                    found += bool(cases.search_cases(ctx, actor, text, limit=LIMIT))
                    service.append(time.perf_counter() - started)
                    cpu.append(time.process_time() - used)
                    cur = raw.cursor()
                    started = time.perf_counter()
                    for statement, parameters in statements:
                        cur.execute(statement, parameters)
                        cur.fetchall()
                    bare.append(time.perf_counter() - started)
                    raw.rollback()
            out[kind] = (service, bare, found, cpu)
    finally:
        raw.close()
        ctx.close()
    return out


def _unit_of_work(url: str, runs: int = 200) -> list[float]:
    """What every service call costs before its first query: a unit of work opened and
    closed (on SQLite a new connection with its pragmas; on PostgreSQL one from the
    pool, checked with a ping)."""
    from sulh.services.context import ServiceContext

    ctx = ServiceContext.open(url)
    out = []
    try:
        for _ in range(runs):
            started = time.perf_counter()
            with ctx.reading():
                pass
            out.append(time.perf_counter() - started)
    finally:
        ctx.close()
    return out


def run(suite: Suite) -> None:
    size = suite.largest
    for backend in suite.backends:
        empty = _unit_of_work(suite.url(size, backend))
        suite.add(Result("service call: empty unit of work", backend, size, ms(median(empty)),
                         "ms", p95=ms(p95(empty)), runs=len(empty)))
        for kind, (service, bare, found, cpu) in measure(suite.url(size, backend)).items():
            value, tail, bare_tail = ms(median(service)), ms(p95(service)), ms(p95(bare))
            ratio = tail / bare_tail if bare_tail else None
            suite.add(Result(f"search: {kind}", backend, size, value, "ms", p95=tail,
                             ratio=ratio, baseline="bare query (p95)",
                             target="p95 ≤ 30 ms, ≤ 2× bare",
                             met=tail <= 30 and (ratio or 0) <= 2, runs=len(service),
                             note=f"bare p95 {bare_tail:.1f} ms; CPU median "
                                  f"{ms(median(cpu)):.1f} ms; "
                                  f"{found}/{len(service)} found something"))
