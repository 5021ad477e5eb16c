"""Benchmark databases of 1,000 to 1,000,000 cases, built once and cached.

`dataset_url(cases, backend)` returns the URL of a database holding `cases` disputes
shaped like the demo's (the same stages, categories, forums, names, phones, sessions,
agreements, follow-ups and audit trail), building it first if the cache has none for
this schema revision and generator version.  SQLite files live in ~/.cache/sulh-bench
(or $SULH_BENCH_CACHE); PostgreSQL databases are named `sulh_bench_<cases>` on the
server at $SULH_BENCH_POSTGRES_URL (default: the test server, 127.0.0.1:55432).

Why the cases are not made through the services
-----------------------------------------------
`sulh demo` carries every dispute through the real services, one user action per
transaction, each with its audit event: about 0.1 s a case, so a million cases would
take more than a day.  The data here are made "faster, through the same services":

1. A template: `services.demo.generate` makes TEMPLATE_CASES disputes through the
   services on a fresh database -- every rule checked, every stage line, digest and
   audit event real.
2. Each case of the dataset is a copy of one template case (taken in turn, so the mix
   of scenarios is the demo's) with its own people -- made by the demo's own person
   generator: names in the spellings clerks write them, phones in the forms people type
   them, the same share of people who come back and of near-duplicates -- its own dates
   (shifted back: open cases by up to a month, closed ones over four years, as a
   directorate's server collects them), its own uid and number (domain.numbering, per
   forum and intake year), canonical name and phone keys (domain.text) and agreement
   digests (the content of services._common.agreement_content, checked against that
   function on every template agreement before anything is written).
3. Rows are written in large batches -- SQLAlchemy Core executemany on SQLite, COPY
   on PostgreSQL -- in a few transactions, with ids given here instead of by the
   database.

What this path skips: the services' checks (the template passed them) and the audit
events of editing the details of a case (a clause added, a signatory added, a consent
or signature recorded ...).  At the demo's thirty events a case, a million cases would
carry thirty million events and some 20 GB of audit text that no measurement reads; the
copies keep the events of the case itself -- its creation, every stage move, assignment,
archiving, the prints and the signing that verification reads -- chained here in bulk
with services.audit.event_hash, so `sulh verify` checks the whole chain.

Run `python -m bench.dataset 1000 [--backend postgresql]` to build one alone.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import datetime as dt
import json
import os
import random
import re
import shutil
import sqlite3
import sys
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

GENERATOR_VERSION = 1
TEMPLATE_CASES = int(os.environ.get("SULH_BENCH_TEMPLATE_CASES", "400"))
TEMPLATE_SEED = 1
CLONE_SEED = 7
SPREAD_DAYS = 4 * 365          # closed cases: intake dates spread over four more years
OPEN_SPREAD_DAYS = 30
FLUSH_CASES = 5_000            # rows of this many cases per executemany / COPY
COMMIT_CASES = 100_000         # cases per transaction
STAMP_KEY = "bench.dataset"
POOL_SIZE = 5_000              # people per forum who may come back in a later dispute

CACHE = Path(os.environ.get("SULH_BENCH_CACHE")
             or Path.home() / ".cache" / "sulh-bench")
PG_ADMIN_URL = os.environ.get("SULH_BENCH_POSTGRES_URL",
                              "postgresql://postgres@127.0.0.1:55432/postgres")

#: The tables that belong to one case, in the order their rows are written
#: (parents before children, so foreign keys hold at every statement).
CASE_TABLES = ("persons", "cases", "parties", "representatives", "case_mediators",
               "screenings", "referrals", "mediation_sessions", "session_attendance",
               "truces", "agreements", "amendments", "agreement_clauses", "instalments",
               "signatories", "follow_ups", "stage_changes", "audit_events")
#: Written here, not copied: the chain, the counters, the schema version.
DERIVED_TABLES = ("audit_events", "audit_head", "case_number_counters", "alembic_version")
#: Letters Kurdish has and Arabic has not: a name with one is in Kurdish script.
KURDISH_LETTERS = set("ەێڕڵۆیکگپچژڤ")
_DATE_IN_TEXT = re.compile(r"\b(\d{2})/(\d{2})/(\d{4})\b")
Progress = Callable[[str], None]


# ---------------------------------------------------------------- where they live

def _revision(upto: str | None = None) -> str:
    """The schema's head revision (or `upto`) and a fingerprint of the migrations that
    make it: a revision filled in after the data were built changes the fingerprint,
    not the id.  Revision ids are the scripts' four-digit prefixes, in order."""
    import hashlib
    from importlib import resources

    from sulh.db.migrate import head_revision

    upto = upto or head_revision() or ""
    digest = hashlib.sha256()
    versions = resources.files("sulh.db") / "migrations" / "versions"
    for script in sorted(versions.iterdir(), key=lambda p: p.name):
        if script.name.endswith(".py") and script.name[:4] <= upto:
            digest.update(script.name.encode() + script.read_bytes())
    return f"{upto}-{digest.hexdigest()[:12]}"


def _stamp(cases: int) -> dict[str, Any]:
    return {"cases": cases, "generator": GENERATOR_VERSION, "revision": _revision(),
            "template": [TEMPLATE_CASES, TEMPLATE_SEED], "seed": CLONE_SEED}


def sqlite_path(cases: int) -> Path:
    return CACHE / f"sulh-{cases}.sqlite3"


def pg_name(cases: int) -> str:
    return f"sulh_bench_{cases}"


def pg_url(name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)


def _pg_admin() -> Any:
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    return create_engine(make_url(PG_ADMIN_URL).set(drivername="postgresql+psycopg"),
                         isolation_level="AUTOCOMMIT")


def _read_stamp(url: str) -> dict[str, Any] | None:
    from sqlalchemy import create_engine, text

    from sulh.db.engine import _normalise

    engine = create_engine(_normalise(url))
    try:
        with engine.connect() as conn:
            value = conn.execute(text("SELECT value FROM settings WHERE key = :k"),
                                 {"k": STAMP_KEY}).scalar()
            return json.loads(value) if value else None
    except Exception:  # noqa: BLE001 - no file, no table, no row: build it again
        return None
    finally:
        engine.dispose()


def dataset_url(cases: int, backend: str = "sqlite", *, progress: Progress | None = None
                ) -> str:
    """The URL of a cached database of `cases` demo-shaped cases, built if need be."""
    say = progress or (lambda line: print(line, file=sys.stderr, flush=True))
    if backend == "sqlite":
        url = f"sqlite:///{sqlite_path(cases)}"
    elif backend == "postgresql":
        url = pg_url(pg_name(cases))
    else:
        raise ValueError(f"unknown backend {backend!r}")
    if _current(cases, backend, url):
        return url
    with _build_lock():
        # Another process may have built it while this one waited.
        if not _current(cases, backend, url):
            if backend == "sqlite":
                _build_sqlite(cases, sqlite_path(cases), say)
            else:
                _build_postgresql(cases, pg_name(cases), say)
    return url


def _current(cases: int, backend: str, url: str) -> bool:
    if backend == "sqlite":
        if not sqlite_path(cases).exists():
            return False
    else:
        from sqlalchemy import text

        admin = _pg_admin()
        try:
            with admin.connect() as conn:
                if not conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"),
                                    {"n": pg_name(cases)}).scalar():
                    return False
        finally:
            admin.dispose()
    stamp = _read_stamp(url)
    if stamp == _stamp(cases):
        return True
    return stamp is not None and _upgrade_in_place(cases, url, stamp)


def _upgrade_in_place(cases: int, url: str, stamp: dict[str, Any]) -> bool:
    """A database built before newer migrations were added is brought up to date by
    those migrations -- as a directorate's own database would be -- rather than built
    again (a million cases take half an hour to build).  Only when the generator is the
    same and the revisions it was built with are unchanged."""
    want = _stamp(cases)
    built_at = str(stamp.get("revision", "")).split("-")[0]
    if ({k: v for k, v in stamp.items() if k != "revision"}
            != {k: v for k, v in want.items() if k != "revision"}
            or not built_at or stamp["revision"] != _revision(built_at)):
        return False
    from sqlalchemy import text

    from sulh.db.engine import make_engine
    from sulh.db.migrate import upgrade

    print(f"upgrading the {cases:,}-case database from revision {built_at} ...",
          file=sys.stderr, flush=True)
    started = time.perf_counter()
    engine = make_engine(url)
    try:
        upgrade(engine)
        with engine.begin() as conn:
            conn.execute(text("UPDATE settings SET value = :v WHERE key = :k"),
                         {"v": json.dumps(want), "k": STAMP_KEY})
    finally:
        engine.dispose()
    print(f"  upgraded in {time.perf_counter() - started:.1f} s", file=sys.stderr,
          flush=True)
    return True


@contextlib.contextmanager
def _build_lock() -> Iterator[None]:
    """One builder at a time (two would both write the template's file)."""
    import fcntl

    CACHE.mkdir(parents=True, exist_ok=True)
    with open(CACHE / ".build.lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def drop_postgresql(cases: Iterable[int] | None = None) -> list[str]:
    """Remove the PostgreSQL benchmark databases (all of them by default)."""
    from sqlalchemy import text

    admin = _pg_admin()
    dropped = []
    try:
        with admin.connect() as conn:
            names = [r[0] for r in conn.execute(text(
                "SELECT datname FROM pg_database WHERE datname LIKE 'sulh\\_bench\\_%'"))]
            if cases is not None:
                names = [n for n in names if n in {pg_name(c) for c in cases}]
            for name in names:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                dropped.append(name)
    finally:
        admin.dispose()
    return dropped


# ---------------------------------------------------------------- the template

def _template(say: Progress) -> Path:
    """The demo database every dataset is copied from, made through the services."""
    path = CACHE / f"template-{TEMPLATE_CASES}-s{TEMPLATE_SEED}.sqlite3"
    want = _stamp(TEMPLATE_CASES)
    url = f"sqlite:///{path}"
    if path.exists() and _read_stamp(url) == want:
        return path
    from sulh.services import demo
    from sulh.services.setup import open_database

    CACHE.mkdir(parents=True, exist_ok=True)
    building = path.with_name(path.name + ".building")
    _remove_sqlite(building)
    started = time.perf_counter()
    say(f"template: {TEMPLATE_CASES} demo cases through the services ...")
    ctx = open_database(f"sqlite:///{building}")
    try:
        demo.generate(ctx, cases=TEMPLATE_CASES, seed=TEMPLATE_SEED)
        with ctx.writing() as uow:
            from sulh.db import models as m

            uow.session.add(m.Setting(key=STAMP_KEY, value=json.dumps(want)))
            uow.commit()
        with ctx.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        ctx.close()
    _remove_sqlite(path)
    building.rename(path)
    say(f"template: done in {time.perf_counter() - started:.0f} s")
    return path


def _remove_sqlite(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


@dataclass
class _Table:
    """A table's columns, in the models' order, and which of them need changing."""

    name: str
    columns: tuple[str, ...]
    dates: tuple[int, ...]
    moments: tuple[int, ...]
    index: dict[str, int]

    @classmethod
    def of(cls, table: Any) -> _Table:
        from sqlalchemy import Date

        from sulh.db.types import UTCDateTime

        columns = tuple(c.name for c in table.columns)
        return cls(table.name, columns,
                   tuple(i for i, c in enumerate(table.columns) if isinstance(c.type, Date)),
                   tuple(i for i, c in enumerate(table.columns)
                         if isinstance(c.type, UTCDateTime)),
                   {c: i for i, c in enumerate(columns)})


@dataclass
class _TemplateCase:
    case: list[Any]
    forum_code: str
    intake: int                                        # date ordinal
    stage: str
    rows: dict[str, list[list[Any]]] = field(default_factory=dict)
    persons: dict[int, list[Any]] = field(default_factory=dict)
    digests: dict[int, str] = field(default_factory=dict)


class _Template:
    """The template database's rows, grouped by case."""

    def __init__(self, path: Path) -> None:
        from sulh.db import models as m

        self.tables = {t.name: _Table.of(t) for t in m.Base.metadata.sorted_tables}
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            self.all: dict[str, list[list[Any]]] = {}
            for name, t in self.tables.items():
                order = "seq" if name == "audit_events" else ", ".join(
                    c for c in ("position", "id") if c in t.index) or t.columns[0]
                self.all[name] = [list(r) for r in con.execute(
                    f"SELECT {', '.join(t.columns)} FROM {name} ORDER BY {order}")]
        finally:
            con.close()
        self.forum_codes = {r[self.tables["forums"].index["id"]]: r[self.tables["forums"]
                            .index["code"]] for r in self.all["forums"]}
        self.cases = self._group()

    def col(self, table: str, name: str) -> int:
        return self.tables[table].index[name]

    def _group(self) -> list[_TemplateCase]:
        T, c = self.tables, self.col
        by_case: dict[int, _TemplateCase] = {}
        for row in self.all["cases"]:
            cid = row[c("cases", "id")]
            by_case[cid] = _TemplateCase(
                row, self.forum_codes[row[c("cases", "forum_id")]],
                dt.date.fromisoformat(row[c("cases", "intake_date")]).toordinal(),
                row[c("cases", "stage")])
        owner: dict[str, dict[int, int]] = collections.defaultdict(dict)

        def put(table: str, case_id: int, row: list[Any]) -> None:
            by_case[case_id].rows.setdefault(table, []).append(row)
            owner[table][row[c(table, "id")] if "id" in T[table].index else 0] = case_id

        for table in ("parties", "case_mediators", "screenings", "referrals",
                      "mediation_sessions", "truces", "agreements", "follow_ups",
                      "stage_changes"):
            for row in self.all[table]:
                put(table, row[c(table, "case_id")], row)
        for row in self.all["representatives"]:
            put("representatives", owner["parties"][row[c("representatives", "party_id")]], row)
        for row in self.all["session_attendance"]:
            put("session_attendance",
                owner["mediation_sessions"][row[c("session_attendance", "session_id")]], row)
        for table in ("amendments", "agreement_clauses", "instalments", "signatories"):
            for row in self.all[table]:
                put(table, owner["agreements"][row[c(table, "agreement_id")]], row)
        persons = {r[c("persons", "id")]: r for r in self.all["persons"]}
        for tc in by_case.values():
            for table, column in (("parties", "person_id"), ("representatives", "person_id"),
                                  ("signatories", "person_id")):
                for row in tc.rows.get(table, []):
                    pid = row[c(table, column)]
                    if pid is not None:
                        tc.persons[pid] = persons[pid]
        for row in self.all["audit_events"]:
            case_id = row[c("audit_events", "case_id")]
            if case_id is not None and _kept_event(row[c("audit_events", "action")],
                                                   row[c("audit_events", "entity")]):
                by_case[case_id].rows.setdefault("audit_events", []).append(row)
        return [by_case[k] for k in sorted(by_case)]

    def global_rows(self, say: Progress) -> list[tuple[str, list[list[Any]]]]:
        """Forums, stations, users, settings ... copied as they are, in dependency order."""
        from sulh.db import models as m

        out = []
        skip = set(CASE_TABLES) | set(DERIVED_TABLES)
        for table in m.Base.metadata.sorted_tables:
            if table.name in skip:
                continue
            refers = {fk.column.table.name for fk in table.foreign_keys}
            if "case_id" in self.tables[table.name].index or refers & set(CASE_TABLES):
                if self.all[table.name]:
                    say(f"  note: {table.name} belongs to cases and is not copied")
                continue
            rows = self.all[table.name]
            if table.name == "settings":
                rows = [r for r in rows if r[0] != STAMP_KEY]
            out.append((table.name, rows))
        return out

    def global_events(self) -> list[list[Any]]:
        c = self.col
        return [r for r in self.all["audit_events"] if r[c("audit_events", "case_id")] is None]


def _kept_event(action: str, entity: str) -> bool:
    return entity in ("case", "agreement") and (
        action.startswith("case.") or action.startswith("print.")
        or action == "agreement.signed")


# ---------------------------------------------------------------- agreement digests

def _content(agreement: Sequence[Any], case_number: str, parties: Sequence[Sequence[Any]],
             rep_uids: dict[int, list[str]], clauses: Sequence[Sequence[Any]],
             instalments: Sequence[Sequence[Any]], signatories: Sequence[Sequence[Any]],
             T: dict[str, _Table]) -> dict[str, Any]:
    """services._common.agreement_content, from rows (checked against it on the template)."""
    from sulh.domain.agreements import LanguagePair

    a, p, cl, i, s = (T[n].index for n in ("agreements", "parties", "agreement_clauses",
                                            "instalments", "signatories"))
    langs = LanguagePair(agreement[a["languages"]]).languages
    return {
        "number": agreement[a["number"]],
        "case": case_number,
        "languages": agreement[a["languages"]],
        "parties": [[r[p["position"]], r[p["kind"]], r[p["role"]], r[p["name"]],
                     rep_uids.get(r[p["id"]], [])] for r in parties],
        "clauses": [[r[cl["position"]]] + [r[cl[f"text_{lang}"]] for lang in langs]
                    for r in clauses if r[cl["superseded_by_amendment"]] is None],
        "compensation_iqd": agreement[a["compensation_iqd"]],
        "instalments": [[r[i["seq"]], r[i["due_on"]], r[i["amount_iqd"]]]
                        for r in sorted(instalments, key=lambda r: r[i["seq"]])],
        "breach": [agreement[a[f"breach_terms_{lang}"]] for lang in langs],
        "signatories": [[r[s["role"]], r[s["guarantee"]], r[s["name"]], r[s["mode"]]]
                        for r in signatories],
    }


def _case_digests(tc: _TemplateCase, persons_uid: Callable[[int], str],
                  T: dict[str, _Table]) -> dict[int, str]:
    from sulh.domain.agreements import content_digest

    rows = tc.rows
    rep_uids: dict[int, list[str]] = collections.defaultdict(list)
    for r in rows.get("representatives", []):
        rep_uids[r[T["representatives"].index["party_id"]]].append(
            persons_uid(r[T["representatives"].index["person_id"]]))
    parties = sorted(rows.get("parties", []), key=lambda r: (r[T["parties"].index["position"]],
                                                             r[T["parties"].index["id"]]))
    out = {}
    aid = T["agreements"].index["id"]
    for agreement in rows.get("agreements", []):
        def of(table: str, key: str = "agreement_id",
               agreement: Sequence[Any] = agreement) -> list[list[Any]]:
            return [r for r in rows.get(table, []) if r[T[table].index[key]] == agreement[aid]]
        content = _content(agreement, tc.case[T["cases"].index["number"]], parties, rep_uids,
                           of("agreement_clauses"), of("instalments"), of("signatories"), T)
        out[agreement[aid]] = content_digest(content)
    return out


def _check_digests(template: _Template, path: Path) -> None:
    """The digests computed from rows are the services' own, or nothing is built."""
    from sqlalchemy import select

    from sulh.db import models as m
    from sulh.services._common import agreement_digest
    from sulh.services.context import ServiceContext

    T = template.tables
    uid = {r[T["persons"].index["id"]]: r[T["persons"].index["uid"]]
           for r in template.all["persons"]}
    ours = {}
    for tc in template.cases:
        tc.digests = _case_digests(tc, uid.__getitem__, T)
        ours.update(tc.digests)
    ctx = ServiceContext.open(f"sqlite:///{path}")
    try:
        with ctx.reading() as uow:
            for a in uow.session.execute(select(m.Agreement)).scalars():
                theirs = agreement_digest(uow.session, a)
                if ours.get(a.id) != theirs:
                    raise RuntimeError(f"agreement {a.number}: bench digest differs from "
                                       "services._common.agreement_content's; update "
                                       "bench/dataset.py _content")
    finally:
        ctx.close()


# ---------------------------------------------------------------- writing rows

class _Writer:
    def __init__(self, T: dict[str, _Table]) -> None:
        self.T = T
        self.rows = 0

    def write(self, table: str, rows: list[list[Any]]) -> None:
        raise NotImplementedError

    def commit(self) -> None:
        raise NotImplementedError


class _SQLiteWriter(_Writer):
    def __init__(self, conn: Any, T: dict[str, _Table]) -> None:
        super().__init__(T)
        self.conn = conn
        self.sql = {name: f"INSERT INTO {name} ({', '.join(t.columns)}) VALUES "
                          f"({', '.join('?' * len(t.columns))})" for name, t in T.items()}
        self.conn.begin()

    def write(self, table: str, rows: list[list[Any]]) -> None:
        if rows:
            # Core executemany with the values already in SQLite's storage form (ISO
            # dates, naive UTC times, 0/1): the DB-API's executemany, no per-row work.
            self.conn.exec_driver_sql(self.sql[table], [tuple(r) for r in rows])
            self.rows += len(rows)

    def commit(self) -> None:
        self.conn.commit()
        self.conn.begin()


class _PostgresWriter(_Writer):
    def __init__(self, raw: Any, T: dict[str, _Table]) -> None:
        super().__init__(T)
        self.raw = raw
        self.cur = raw.cursor()

    def write(self, table: str, rows: list[list[Any]]) -> None:
        if not rows:
            return
        t = self.T[table]
        moments = t.moments
        with self.cur.copy(f"COPY {table} ({', '.join(t.columns)}) FROM STDIN") as copy:
            for r in rows:
                if moments:
                    r = list(r)
                    for i in moments:
                        if r[i] is not None:
                            r[i] += "+00"          # stored as naive UTC on SQLite
                copy.write_row(r)
        self.rows += len(rows)

    def commit(self) -> None:
        self.raw.commit()


# ---------------------------------------------------------------- the copies

@dataclass
class _Known:
    person_id: int
    fields: dict[str, Any]
    script: str
    row: list[Any]


class _Cloner:
    """Makes the rows of each copy of a template case."""

    def __init__(self, template: _Template, cases: int, writer: _Writer) -> None:
        from sulh.services import demo

        self.t = template
        self.T = template.tables
        self.cases = cases
        self.w = writer
        self.rng = random.Random(CLONE_SEED)
        self.today = dt.date.today()
        # The demo's own person generator (services.demo): names and phones as clerks
        # type them.  It needs no database for that.
        self.people = demo._Generator(None, self.rng, self.today, cases)  # type: ignore[arg-type]
        self.near_duplicate = self.people.near_duplicate
        self.specs = {s.code: s for s in demo.FORUMS}
        self.next_id: dict[str, int] = collections.defaultdict(lambda: 1)
        self.pool: dict[str, collections.deque[_Known]] = collections.defaultdict(
            lambda: collections.deque(maxlen=POOL_SIZE))
        self.buffer: dict[str, list[list[Any]]] = collections.defaultdict(list)
        self.counters: dict[tuple[int, int], int] = {}
        self.seq = 0
        self.head = "0" * 64
        self._date_cache: dict[tuple[str, int], str] = {}
        self._moments: dict[str, dt.datetime] = {}
        self._days: dict[int, dt.timedelta] = {}

    # -- small helpers

    def new_id(self, table: str) -> int:
        n = self.next_id[table]
        self.next_id[table] = n + 1
        return n

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def day(self, value: str | None, delta: int) -> str | None:
        if value is None:
            return None
        key = (value, delta)
        out = self._date_cache.get(key)
        if out is None:
            out = (dt.date.fromisoformat(value) - dt.timedelta(days=delta)).isoformat()
            if len(self._date_cache) > 2_000_000:
                self._date_cache.clear()
            self._date_cache[key] = out
        return out

    def moment(self, value: str | None, delta: int) -> str | None:
        if value is None:
            return None
        parsed = self._moments.get(value)
        if parsed is None:
            parsed = self._moments[value] = dt.datetime.fromisoformat(value)
        days = self._days.get(delta)
        if days is None:
            days = self._days[delta] = dt.timedelta(days=delta)
        return (parsed - days).isoformat(" ")

    def shifted(self, table: str, row: Sequence[Any], delta: int) -> list[Any]:
        t = self.T[table]
        r = list(row)
        for i in t.dates:
            r[i] = self.day(r[i], delta)
        for i in t.moments:
            r[i] = self.moment(r[i], delta)
        return r

    # -- people

    def person(self, tc: _TemplateCase, tpid: int, *, elder: bool, party: bool,
               taken: set[int]) -> tuple[int, str, str]:
        """The person who takes template person `tpid`'s place: (id, full name, uid)."""
        from sulh.domain.text import name_key, phone_key

        T, rng = self.T["persons"].index, self.rng
        trow = tc.persons[tpid]
        full = _full_row(trow, T)
        script = "ku" if KURDISH_LETTERS & set(full) else "ar"
        spec = self.specs.get(tc.forum_code) or self.specs["BGD01"]
        pool = self.pool[tc.forum_code]
        r = rng.random()
        if party and pool and r < 0.09:
            known = pool[rng.randrange(len(pool))]
            if r < 0.05 and known.person_id not in taken:       # the same person again
                return (known.person_id, _full(known.fields),
                        str(known.row[T["uid"]]))
            fields, script = self.near_duplicate(known), known.script
        else:
            fields, script = self.people.new_person(spec, sex=trow[T["sex"]], elder=elder,
                                                    arab=script == "ar")
        row = list(trow)
        pid = self.new_id("persons")
        name = _full(fields)
        phone = fields.get("phone", "")
        row[T["id"]] = pid
        row[T["uid"]] = self.uid()
        for key in ("given_name", "father_name", "grandfather_name", "family_name",
                    "latin_name", "sex", "birth_year", "displacement"):
            row[T[key]] = fields.get(key, "" if key.endswith("name") else None)
        row[T["can_sign"]] = int(bool(fields.get("can_sign", True)))
        row[T["phone"]] = phone
        row[T["id_document"]] = fields.get("id_document", "")
        row[T["name_key"]] = name_key(name)
        row[T["phone_key"]] = phone_key(phone)
        row[T["version"]] = 1
        self.buffer["persons"].append(row)
        pool.append(_Known(pid, fields, script, row))
        return pid, name, str(row[T["uid"]])

    # -- one copy

    def clone(self, tc: _TemplateCase, delta: int) -> None:
        from sulh.domain.numbering import agreement_number, case_number

        T, c, rows = self.T, self.t.col, tc.rows
        case = self.shifted("cases", tc.case, delta)
        case_id = self.new_id("cases")
        intake = dt.date.fromisoformat(case[c("cases", "intake_date")])
        forum_id = case[c("cases", "forum_id")]
        seq = self.counters.get((forum_id, intake.year), 0) + 1
        self.counters[(forum_id, intake.year)] = seq
        number = case_number(tc.forum_code, intake.year, seq)
        old_number = tc.case[c("cases", "number")]
        case[c("cases", "id")] = case_id
        case[c("cases", "uid")] = self.uid()
        case[c("cases", "number")] = number
        case[c("cases", "year")] = intake.year
        case[c("cases", "seq")] = seq
        self.buffer["cases"].append(case)

        # People: each party's person, their representatives, other signatories.
        persons: dict[int, tuple[int, str, str]] = {}
        taken: set[int] = set()
        party_kind = {r[c("parties", "id")]: r[c("parties", "kind")]
                      for r in rows.get("parties", [])}
        wanted = [(r[c("parties", "person_id")], False, True) for r in rows.get("parties", [])]
        wanted += [(r[c("representatives", "person_id")],
                    party_kind.get(r[c("representatives", "party_id")]) != "person", False)
                   for r in rows.get("representatives", [])]
        wanted += [(r[c("signatories", "person_id")], True, False)
                   for r in rows.get("signatories", [])]
        names: dict[str, str] = {}                  # template name -> this copy's
        for tpid, elder, party in wanted:
            if tpid is not None and tpid not in persons:
                persons[tpid] = self.person(tc, tpid, elder=elder, party=party, taken=taken)
                taken.add(persons[tpid][0])
                names[_full_row(tc.persons[tpid], T["persons"].index)] = persons[tpid][1]

        ids: dict[str, dict[int, int]] = collections.defaultdict(dict)

        def copy(table: str, parent: dict[str, str] | None = None) -> list[list[Any]]:
            out = []
            ix = T[table].index
            for r in rows.get(table, []):
                new = self.shifted(table, r, delta)
                if "id" in ix:
                    new_id = self.new_id(table)
                    ids[table][r[ix["id"]]] = new_id
                    new[ix["id"]] = new_id
                if "case_id" in ix:
                    new[ix["case_id"]] = case_id
                if "person_id" in ix and new[ix["person_id"]] is not None:
                    new[ix["person_id"]] = persons[new[ix["person_id"]]][0]
                for column, source in (parent or {}).items():
                    if new[ix[column]] is not None:
                        new[ix[column]] = ids[source][new[ix[column]]]
                out.append(new)
            self.buffer[table].extend(out)
            return out

        parties = copy("parties")
        pi = T["parties"].index
        for new in parties:
            if new[pi["kind"]] == "person":
                new[pi["name"]] = names.get(new[pi["name"]], new[pi["name"]])
        reps = copy("representatives", {"party_id": "parties"})
        ri = T["representatives"].index
        copy("case_mediators")
        copy("screenings")
        copy("referrals")
        copy("mediation_sessions")
        copy("session_attendance", {"session_id": "mediation_sessions",
                                    "party_id": "parties"})
        copy("truces")
        agreements = copy("agreements")
        amendments = copy("amendments", {"agreement_id": "agreements"})
        clauses = copy("agreement_clauses", {"agreement_id": "agreements",
                                             "superseded_by_amendment": "amendments"})
        instalments = copy("instalments", {"agreement_id": "agreements"})
        signatories = copy("signatories", {"agreement_id": "agreements", "party_id": "parties"})
        copy("follow_ups")
        copy("stage_changes")
        mi = T["amendments"].index
        for r in amendments:
            changes = json.loads(r[mi["changes"]])
            if isinstance(changes, dict) and isinstance(changes.get("superseded"), list):
                changes["superseded"] = [ids["agreement_clauses"].get(x, x)
                                         for x in changes["superseded"]]
                r[mi["changes"]] = json.dumps(changes, ensure_ascii=False)

        def retext(text: str) -> str:
            for old, new in names.items():
                if old in text:
                    text = text.replace(old, new)
            return _DATE_IN_TEXT.sub(lambda m: self._shift_dmy(m, delta), text)

        ci = T["agreement_clauses"].index
        for r in clauses:
            for lang in ("ar", "ckb", "en"):
                r[ci[f"text_{lang}"]] = retext(r[ci[f"text_{lang}"]])
        si = T["signatories"].index
        for r in signatories:
            r[si["name"]] = names.get(r[si["name"]], r[si["name"]])

        # Digests of this copy's agreements; a stale one in the template stays stale.
        ai = T["agreements"].index
        digests: dict[str, str] = {}
        if agreements:
            from sulh.domain.agreements import content_digest

            uid_of = {pid: uid for pid, _, uid in persons.values()}
            rep_uids: dict[int, list[str]] = collections.defaultdict(list)
            for r in reps:
                rep_uids[r[ri["party_id"]]].append(uid_of[r[ri["person_id"]]])
            ordered = sorted(parties, key=lambda r: (r[pi["position"]], r[pi["id"]]))
            for new, old in zip(agreements, rows["agreements"], strict=True):
                suffix = old[ai["number"]][len(old_number):]
                new[ai["number"]] = number + suffix if suffix.startswith("-A") else \
                    agreement_number(number, 1)
                aid = new[ai["id"]]

                def of(table: str, rows_: list[list[Any]], aid: int = aid) -> list[list[Any]]:
                    return [r for r in rows_ if r[T[table].index["agreement_id"]] == aid]
                content = _content(new, number, ordered, rep_uids,
                                   of("agreement_clauses", clauses),
                                   of("instalments", instalments),
                                   of("signatories", signatories), T)
                mine = content_digest(content)
                current = tc.digests[old[ai["id"]]]
                digests[current] = mine
                for column in ("printed_digest", "signed_digest"):
                    if new[ai[column]] == current:
                        new[ai[column]] = mine

        # The case's own audit events, chained after the events written so far.
        self._events(tc, delta, case, case_id, ids, digests)

    def _shift_dmy(self, m: re.Match[str], delta: int) -> str:
        try:
            day = dt.date(int(m[3]), int(m[2]), int(m[1])) - dt.timedelta(days=delta)
        except ValueError:
            return m[0]
        return day.strftime("%d/%m/%Y")

    def _events(self, tc: _TemplateCase, delta: int, case: list[Any], case_id: int,
                ids: dict[str, dict[int, int]], digests: dict[str, str]) -> None:
        from sulh.services.audit import canonical_json

        ei, ci = self.T["audit_events"].index, self.T["cases"].index
        for old in tc.rows.get("audit_events", []):
            r = self.shifted("audit_events", old, delta)
            r[ei["case_id"]] = case_id
            if r[ei["entity"]] == "case":
                r[ei["entity_id"]] = case_id
            else:
                r[ei["entity_id"]] = ids["agreements"].get(r[ei["entity_id"]])
            action = r[ei["action"]]
            if action == "case.create":
                after = json.loads(r[ei["after"]])
                for key in ("id", "uid", "number", "year", "seq", "intake_date"):
                    after[key] = case[ci[key]]
                for key in ("created_at", "updated_at"):
                    after[key] = _iso_utc(self.moment(after[key].replace("T", " ")[:26],
                                                      delta))
                r[ei["after"]] = canonical_json(after)
            elif action.startswith("print.") or action == "agreement.signed":
                after = json.loads(r[ei["after"]])
                if after.get("digest") in digests:
                    after["digest"] = digests[after["digest"]]
                    r[ei["after"]] = canonical_json(after)
            self.chain(r)

    def chain(self, r: list[Any]) -> None:
        from sulh.services.audit import event_hash

        ei = self.T["audit_events"].index
        self.seq += 1
        at = dt.datetime.fromisoformat(r[ei["at"]]).replace(tzinfo=dt.UTC)
        r[ei["seq"]] = self.seq
        r[ei["prev_hash"]] = self.head
        r[ei["hash"]] = self.head = event_hash(
            self.head, self.seq, at, r[ei["user_id"]], r[ei["username"]], r[ei["action"]],
            r[ei["entity"]], r[ei["entity_id"]], r[ei["case_id"]], r[ei["before"]],
            r[ei["after"]])
        self.buffer["audit_events"].append(r)

    def flush(self) -> None:
        for table in CASE_TABLES:
            self.w.write(table, self.buffer[table])
            self.buffer[table].clear()


def _full(fields: dict[str, Any]) -> str:
    return " ".join(str(fields.get(k) or "") for k in
                    ("given_name", "father_name", "grandfather_name", "family_name")
                    if fields.get(k))


def _full_row(row: Sequence[Any], ix: dict[str, int]) -> str:
    return " ".join(x for x in (row[ix["given_name"]], row[ix["father_name"]],
                                row[ix["grandfather_name"]], row[ix["family_name"]]) if x)


def _iso_utc(stored: str | None) -> str | None:
    """A stored naive-UTC time as the audit trail writes it (services.audit._default)."""
    if stored is None:
        return None
    return dt.datetime.fromisoformat(stored).replace(tzinfo=dt.UTC).isoformat()


def _plan(template: _Template, cases: int) -> list[tuple[int, int, int]]:
    """(intake ordinal, template index, days back) for every copy, oldest first."""
    rng = random.Random(CLONE_SEED + 1)
    plan = []
    for n in range(cases):
        k = n % len(template.cases)
        tc = template.cases[k]
        finished = tc.stage in ("closed", "withdrawn")
        delta = rng.randint(0, SPREAD_DAYS if finished else OPEN_SPREAD_DAYS)
        plan.append((tc.intake - delta, n, k, delta))
    plan.sort()
    return [(o, k, d) for o, _, k, d in plan]


def _fill(template: _Template, cases: int, writer: _Writer, say: Progress,
          stamp: dict[str, Any]) -> _Cloner:
    cloner = _Cloner(template, cases, writer)
    for name, rows in template.global_rows(say):
        writer.write(name, rows)
    for r in template.global_events():
        cloner.chain(list(r))
    started = time.perf_counter()
    step = max(cases // 20, 1)
    for n, (_, k, delta) in enumerate(_plan(template, cases), start=1):
        cloner.clone(template.cases[k], delta)
        if n % FLUSH_CASES == 0 or n == cases:
            cloner.flush()
        if n % COMMIT_CASES == 0:
            writer.commit()
        if n % step == 0 or n == cases:
            spent = time.perf_counter() - started
            say(f"  {n:>9,} cases  {writer.rows:>11,} rows  {spent:6.0f} s  "
                f"{n / spent:8,.0f} cases/s")
    T = template.tables
    writer.write("case_number_counters", [
        [fid, year, last] for (fid, year), last in sorted(cloner.counters.items())])
    head = T["audit_head"]
    row: list[Any] = [None] * len(head.columns)
    row[head.index["id"]], row[head.index["seq"]], row[head.index["hash"]] = (
        1, cloner.seq, cloner.head)
    writer.write("audit_head", [row])
    writer.write("settings", [[STAMP_KEY, json.dumps(stamp)]])
    writer.commit()
    return cloner


def _prepare(say: Progress) -> tuple[_Template, Path]:
    path = _template(say)
    template = _Template(path)
    _check_digests(template, path)
    return template, path


def _build_sqlite(cases: int, path: Path, say: Progress) -> None:
    from sulh.db.engine import make_engine
    from sulh.services.setup import open_database

    # The schema this build is made with (the migrations may change while it runs).
    stamp = _stamp(cases)
    template, _ = _prepare(say)
    free = shutil.disk_usage(CACHE).free
    say(f"building {path} ({cases:,} cases; {free / 2**30:.0f} GiB free) ...")
    building = path.with_name(path.name + ".building")
    _remove_sqlite(building)
    open_database(f"sqlite:///{building}").close()
    engine = make_engine(f"sqlite:///{building}")
    started = time.perf_counter()
    try:
        with engine.connect() as conn:
            # A file being built, renamed into place only when complete: no journal,
            # no waiting for the disk; a crash leaves a file that is never used.
            raw = conn.connection.driver_connection
            raw.execute("PRAGMA journal_mode=OFF")
            raw.execute("PRAGMA synchronous=OFF")
            raw.execute("PRAGMA cache_size=-400000")
            writer = _SQLiteWriter(conn, template.tables)
            _fill(template, cases, writer, say, stamp)
            conn.commit()
            raw.execute("PRAGMA journal_mode=WAL")
    finally:
        engine.dispose()
    _remove_sqlite(path)
    building.rename(path)
    spent = time.perf_counter() - started
    say(f"built {cases:,} cases in {spent:.0f} s ({cases / spent:,.0f} cases/s), "
        f"{path.stat().st_size / 2**30:.2f} GiB")


def _build_postgresql(cases: int, name: str, say: Progress) -> None:
    from sqlalchemy import text

    from sulh.db.engine import make_engine
    from sulh.services.setup import open_database

    stamp = _stamp(cases)
    template, _ = _prepare(say)
    say(f"building PostgreSQL database {name} ({cases:,} cases) ...")
    admin = _pg_admin()
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        admin.dispose()
    url = pg_url(name)
    open_database(url).close()
    engine = make_engine(url)
    started = time.perf_counter()
    try:
        with engine.connect() as conn:
            raw = conn.connection.driver_connection
            raw.commit()
            raw.execute("SET synchronous_commit = off")
            writer = _PostgresWriter(raw, template.tables)
            _fill(template, cases, writer, say, stamp)
            cur = raw.cursor()
            for table in template.tables:
                if "id" in template.tables[table].index:
                    cur.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                f"coalesce((SELECT max(id) FROM {table}), 0) + 1, false)")
            raw.commit()
            raw.autocommit = True
            say("  VACUUM ANALYZE ...")
            cur.execute("VACUUM ANALYZE")
            raw.autocommit = False
    finally:
        engine.dispose()
    spent = time.perf_counter() - started
    say(f"built {cases:,} cases in {spent:.0f} s ({cases / spent:,.0f} cases/s)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build (or find) a benchmark database.")
    parser.add_argument("cases", type=int, nargs="?")
    parser.add_argument("--backend", default="sqlite", choices=("sqlite", "postgresql"))
    parser.add_argument("--drop-postgresql", action="store_true",
                        help="remove every sulh_bench_* database and exit")
    args = parser.parse_args(argv)
    if args.drop_postgresql:
        print("dropped:", ", ".join(drop_postgresql()) or "nothing")
        return 0
    if args.cases is None:
        parser.error("how many cases?")
    print(dataset_url(args.cases, args.backend))
    return 0


if __name__ == "__main__":
    sys.exit(main())
