"""Every migration, on a database full of rows, up and down and up again.

The database is filled with SQL at the first revision's schema (the app's models
describe the newest schema, not that one): forums, stations, users, people,
cases with parties, representatives, screenings, referrals, sessions with
attendance, truces, agreements with clauses, amendments, instalments and
signatories, follow-ups, stage history, and an audit trail whose hash chain holds.
Then each revision in turn (whatever revisions exist, in their chain order):
upgrade one step and fill the tables it adds; downgrade it and upgrade it again.
After every step: no table lost, every row count kept, integrity and foreign keys
clean, SQLite's foreign key enforcement back on, the audit chain intact.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Engine,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    func,
    select,
    text,
)
from sqlalchemy.engine import make_url

from sulh.db.engine import make_engine
from sulh.db.migrate import alembic_config, current_revision, downgrade, head_revision, upgrade
from sulh.domain.reference import reference
from sulh.domain.roles import Role
from sulh.services import maintenance
from sulh.services.audit import GENESIS, event_hash
from sulh.services.context import Actor, ServiceContext
from tests.conftest import _pg_admin_engine, pg_admin_url

ROWS = 4                    # rows per table; child tables point at their parents in turn
AUDIT_EVENTS = 12
NOW = dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC)
TODAY = dt.date(2026, 3, 1)


def revisions() -> list[str]:
    """The chain from the first revision to the head, in order."""
    script = ScriptDirectory.from_config(alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions("base", "heads")))]


@pytest.fixture
def empty_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'filled.sqlite3'}"
        return
    name = f"sulh_f_{uuid.uuid4().hex[:12]}"
    admin = _pg_admin_engine()
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(pg_admin_url()).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


# ---------------------------------------------------------------- the schema as it is


def _internal(engine: Engine) -> set[str]:
    """SQLite's own tables and full-text indexes with their shadow tables: kept up by
    SQLite and by triggers, never written to directly."""
    if engine.dialect.name != "sqlite":
        return set()
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'table'"
                                    ).all()
        conn.rollback()
    virtual = {n for n, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL TABLE")}
    return {n for n, _ in rows if n.startswith("sqlite_") or n in virtual
            or any(n.startswith(f"{v}_") for v in virtual)}


def schema(engine: Engine) -> list[Table]:
    md = MetaData()
    md.reflect(engine)
    skip = _internal(engine)
    return [t for t in md.sorted_tables if t.name not in skip]


def counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        out = {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one())
               for t in schema(engine)}
        conn.rollback()
    return out


# ---------------------------------------------------------------- filling


def _moment(engine: Engine, i: int) -> dt.datetime:
    value = NOW + dt.timedelta(hours=i)
    # The app keeps naive UTC in SQLite (sulh.db.types.UTCDateTime).
    return value.replace(tzinfo=None) if engine.dialect.name == "sqlite" else value


CATEGORIES = ["land", "gbv", "debt", "tribal"]
assert all(c in reference().categories for c in CATEGORIES)
#: Values that mean something to the app (or to a data migration), by column name.
MEANINGFUL: dict[str, list[Any]] = {
    "stage": ["intake", "screening", "mediation", "signed", "follow_up", "closed"],
    "to_stage": ["intake", "screening", "mediation", "signed"],
    "from_stage": [None, "intake", "screening", "mediation"],
    "move": ["log", "submit_for_screening", "start_mediation", "mark_signed"],
    "category": CATEGORIES,
    "role": [r.value for r in Role if r.value != "system"],
    "governorate": ["BGD", "ERB", "NIN", "BSR"],
    "channel": ["walk_in", "phone", "police_referral", "walk_in"],
    "violence_risk": ["low", "medium", "high", "low"],
    "languages": ["ar+en", "ckb+en", "ar+ckb", "ar+en"],
    "status": ["draft", "signed", "draft", "signed"],
    "kind": ["person", "family", "tribe", "person"],
    "decision": ["mediate", "refer", "mediate", "mediate"],
    "outcome": ["progress", "agreement_reached", "no_agreement", "postponed"],
    "result": ["complied", "partly", "breached", None],
    "mode": ["signature", "thumbprint", "signature", "signature"],
    "sex": ["male", "female", "female", "male"],
}


def _value(table: Table, col: Any, i: int, engine: Engine, parents: dict[str, list[Any]],
           unique: set[str]) -> Any:
    name = col.name
    if col.foreign_keys:
        fk = next(iter(col.foreign_keys))
        ids = parents.get(fk.column.table.name, [])
        if not ids:
            return None
        return ids[i % len(ids)]
    length = getattr(col.type, "length", None) or 1000
    choices = [c for c in MEANINGFUL.get(name, []) if c is None or len(c) <= length]
    if choices and name not in unique:
        value = choices[i % len(choices)]
        return value if value is not None or col.nullable else choices[-1]
    kind = col.type
    if isinstance(kind, Boolean):
        return False                 # a partial unique index may count the true ones
    if isinstance(kind, Integer | BigInteger | Numeric):
        return (2000 + i) if name == "year" else i + 1
    if isinstance(kind, DateTime):
        return _moment(engine, i)
    if isinstance(kind, Date):
        return TODAY + dt.timedelta(days=i)
    if isinstance(kind, JSON):
        return {"answers": {}, "red_flags": [], "changes": {"added": [], "superseded": []}
                }.get(name, {})
    if isinstance(kind, String) and kind.length is not None:
        if name in ("uid",) or kind.length == 36:
            return str(uuid.uuid4())
        if name in ("number", "code") or name.endswith("_digest") or name == "hash":
            base = {"code": f"T{i:02d}", "number": f"BGD01-2026-{i + 1:05d}"}.get(
                name, f"{i:064x}")
            return f"{table.name[:3]}{base}"[-kind.length:] if name != "number" \
                else f"{base}-{table.name[:2]}"[:kind.length]
        return f"{name[:20]} {i} ق"[:kind.length]
    return f"نص {table.name} {i} · دەق · text"


def fill(engine: Engine, tables: list[Table] | None = None) -> None:
    """Rows in every table that has none (all of them, on a fresh database)."""
    with engine.begin() as conn:
        parents: dict[str, list[Any]] = {}
        for table in schema(engine):
            pk = list(table.primary_key.columns)
            existing = conn.execute(select(*pk)).all() if pk else []
            if existing:
                parents[table.name] = [r[0] for r in existing]
                continue
            if tables is not None and table.name not in {t.name for t in tables}:
                continue
            if table.name in ("audit_events", "audit_head", "alembic_version"):
                continue
            unique = {c.name for u in table.constraints if u.__class__.__name__ ==
                      "UniqueConstraint" for c in u.columns} | {c.name for c in pk}
            rows = []
            for i in range(ROWS):
                row = {}
                for col in table.columns:
                    if col.computed is not None:
                        continue
                    if col.primary_key and col.autoincrement in (True, "auto") and \
                            isinstance(col.type, Integer) and len(pk) == 1 and \
                            not col.foreign_keys:
                        continue
                    row[col.name] = _value(table, col, i, engine, parents, unique)
                rows.append(row)
            if table.name == "audit_anchors":
                rows = _anchors(conn, rows)
            conn.execute(table.insert(), rows)
            parents[table.name] = [r[0] for r in conn.execute(select(*pk))] if pk else []


def _anchors(conn: Any, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Copies of the chain's head kept elsewhere: real (sequence, hash) pairs."""
    events = conn.execute(text("SELECT seq, hash FROM audit_events ORDER BY seq")).all()
    for row, (seq, digest) in zip(rows, events[-len(rows):], strict=False):
        row.update(seq=seq, hash=digest, events=seq, kind="export", location="filled.json")
    return rows


def fill_audit(engine: Engine) -> None:
    """A chained audit trail about the rows just written, as the app would have left."""
    prev = GENESIS
    rows = []
    with engine.begin() as conn:
        case_ids = [r[0] for r in conn.execute(text("SELECT id FROM cases ORDER BY id"))]
        user_ids = [r[0] for r in conn.execute(text("SELECT id FROM users ORDER BY id"))]
        for seq in range(1, AUDIT_EVENTS + 1):
            case_id = case_ids[seq % len(case_ids)]
            at = NOW + dt.timedelta(minutes=seq)
            after = json.dumps({"description": f"وصف {seq} · وەسف", "seq": seq},
                               ensure_ascii=False, sort_keys=True, separators=(",", ":"))
            digest = event_hash(prev, seq, at, user_ids[0], "officer1", "case.update", "case",
                                case_id, case_id, "", after)
            rows.append({"seq": seq, "at": at if engine.dialect.name != "sqlite"
                         else at.replace(tzinfo=None), "user_id": user_ids[0],
                         "username": "officer1", "action": "case.update", "entity": "case",
                         "entity_id": case_id, "case_id": case_id, "before": "",
                         "after": after, "prev_hash": prev, "hash": digest})
            prev = digest
        conn.execute(text("INSERT INTO audit_events (seq, at, user_id, username, action, "
                          "entity, entity_id, case_id, before, after, prev_hash, hash) VALUES "
                          "(:seq, :at, :user_id, :username, :action, :entity, :entity_id, "
                          ":case_id, :before, :after, :prev_hash, :hash)"), rows)
        conn.execute(text("INSERT INTO audit_head (id, seq, hash) VALUES (1, :seq, :hash)"),
                     {"seq": AUDIT_EVENTS, "hash": prev})


# ---------------------------------------------------------------- checking


def chain_findings(engine: Engine) -> list[str]:
    """The audit chain, checked with SQL alone (valid at every revision)."""
    findings = []
    prev, expected = GENESIS, 1
    with engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT seq, at, user_id, username, action, entity, entity_id, case_id, before, "
            "after, prev_hash, hash FROM audit_events ORDER BY seq")).all()
        head = conn.execute(text("SELECT seq, hash FROM audit_head WHERE id = 1")).one()
        conn.rollback()
    for r in rows:
        at = r.at if isinstance(r.at, dt.datetime) else dt.datetime.fromisoformat(r.at)
        at = at if at.tzinfo else at.replace(tzinfo=dt.UTC)
        if r.seq != expected or r.prev_hash != prev or r.hash != event_hash(
                r.prev_hash, r.seq, at, r.user_id, r.username, r.action, r.entity,
                r.entity_id, r.case_id, r.before, r.after):
            findings.append(f"audit event {r.seq} broken")
        prev, expected = r.hash, r.seq + 1
    if (head.seq, head.hash) != (expected - 1, prev):
        findings.append("audit head does not match the chain")
    return findings


def orphans(engine: Engine) -> list[str]:
    """Rows pointing at rows that are not there, for every foreign key in the schema."""
    found = []
    with engine.connect() as conn:
        for table in schema(engine):
            for fk in table.foreign_key_constraints:
                child = [c.name for c in fk.columns]
                parent = fk.referred_table.name
                cols = [e.column.name for e in fk.elements]
                cond = " AND ".join(f"p.{pc} = c.{cc}" for pc, cc in zip(cols, child,
                                                                         strict=True))
                notnull = " AND ".join(f"c.{cc} IS NOT NULL" for cc in child)
                n = conn.execute(text(f"SELECT count(*) FROM {table.name} c WHERE {notnull} "
                                      f"AND NOT EXISTS (SELECT 1 FROM {parent} p WHERE {cond})"
                                      )).scalar_one()
                if n:
                    found.append(f"{n} rows of {table.name}.{','.join(child)} point nowhere")
        conn.rollback()
    return found


def sound(engine: Engine, where: str) -> None:
    problems = orphans(engine) + chain_findings(engine)
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            integrity = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
            fk = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
            enforced = conn.exec_driver_sql("PRAGMA foreign_keys").scalar()
            conn.rollback()
        if integrity != ["ok"]:
            problems.append(f"integrity: {integrity[:3]}")
        if fk:
            problems.append(f"foreign_key_check: {fk[:3]}")
        if enforced != 1:
            problems.append("foreign keys left off")
    assert problems == [], f"{where}: {problems}"


def kept(before: dict[str, int], after: dict[str, int], where: str) -> None:
    lost = sorted(set(before) - set(after))
    assert not lost, f"{where}: tables gone: {lost}"
    changed = {t: (before[t], after[t]) for t in before if before[t] != after[t]}
    assert not changed, f"{where}: row counts changed (before, after): {changed}"


# ---------------------------------------------------------------- the test


def test_every_migration_up_down_and_up_again_on_a_filled_database(empty_url, backend):
    chain = revisions()
    assert chain[0] == "0001" and chain[-1] == head_revision()
    engine = make_engine(empty_url)
    try:
        upgrade(engine, chain[0])
        fill(engine)
        fill_audit(engine)
        first = counts(engine)
        assert all(n > 0 for n in first.values()), first
        assert first["parties"] == ROWS and first["agreement_clauses"] == ROWS
        sound(engine, f"filled at {chain[0]}")
        steps = 0
        for previous, revision in itertools.pairwise(chain):
            at_previous = counts(engine)
            upgrade(engine, revision)
            assert current_revision(engine) == revision
            kept(at_previous, counts(engine), f"upgrade {previous}→{revision}")
            sound(engine, f"upgrade {previous}→{revision}")
            fill(engine)                             # the tables this revision adds
            at_revision = counts(engine)
            assert all(n > 0 for n in at_revision.values()), at_revision

            downgrade(engine, previous)
            assert current_revision(engine) == previous
            kept(at_previous, {t: n for t, n in counts(engine).items() if t in at_previous},
                 f"downgrade {revision}→{previous}")
            assert set(counts(engine)) == set(at_previous), \
                f"downgrade {revision}→{previous} left tables behind"
            sound(engine, f"downgrade {revision}→{previous}")

            upgrade(engine, revision)
            kept(at_previous, counts(engine), f"upgrade {previous}→{revision} again")
            sound(engine, f"upgrade {previous}→{revision} again")
            fill(engine)
            steps += 1
        assert steps == len(chain) - 1

        # All the way down and up again in one go, as a rollback of a release would.
        full = counts(engine)
        downgrade(engine, chain[0])
        kept(first, counts(engine), f"downgrade to {chain[0]}")
        sound(engine, f"downgrade to {chain[0]}")
        upgrade(engine)
        kept(first, counts(engine), "upgrade to head")
        sound(engine, "upgrade to head")
        assert set(counts(engine)) == set(full)

        # And the app's own check agrees at the head.
        with engine.connect() as conn:
            admin_id = conn.execute(text("SELECT min(id) FROM users")).scalar_one()
            conn.rollback()
        report = maintenance.verify(ServiceContext(engine),
                                    Actor(admin_id, "admin", Role.ADMIN))
        assert report.ok, report.findings[:5]
        assert report.events_checked == AUDIT_EVENTS
        print(f"\n{backend}: {len(chain)} revisions ({', '.join(chain)}), each upgraded, "
              f"downgraded and upgraded again on {sum(full.values())} rows in "
              f"{len(full)} tables; counts kept, integrity and references clean, "
              f"{AUDIT_EVENTS} audit events verified")
    finally:
        engine.dispose()
