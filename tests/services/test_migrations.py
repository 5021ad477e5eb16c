"""Schema migrations on real databases: a fresh database brought up revision by
revision, filled, upgraded again without losing or changing a row; older cases
brought forward correctly; SQLite left with its foreign keys enforced."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, insert, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError
from sqlalchemy.pool import QueuePool

from sulh.db import models as m
from sulh.db.engine import make_engine, schema_tables
from sulh.db.migrate import current_revision, downgrade, head_revision, is_behind, upgrade
from sulh.domain.reference import reference
from sulh.domain.workflow import Stage
from sulh.services import intake
from sulh.services.audit import verify_chain
from sulh.services.context import ServiceContext
from tests.conftest import _pg_admin_engine, make_world, pg_admin_url
from tests.flows import case_at, new_case

SENSITIVE = sorted(c for c, label in reference().categories.items()
                   if label.extra.get("refer_reason") in ("gbv", "child_at_risk"))


@pytest.fixture
def empty_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database with no tables at all."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
        return
    name = f"sulh_e_{uuid.uuid4().hex[:12]}"
    admin = _pg_admin_engine()
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(pg_admin_url()).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def everything(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in primary-key order."""
    out = {}
    with engine.connect() as conn:
        for table in m.Base.metadata.sorted_tables:
            out[table.name] = [tuple(r) for r in conn.execute(
                select(table).order_by(*table.primary_key.columns))]
        conn.rollback()
    return out


def sqlite_checks(engine: Engine) -> tuple[list[Any], list[Any], int]:
    with engine.connect() as conn:
        fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        integrity = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
        enforced = conn.exec_driver_sql("PRAGMA foreign_keys").scalar()
        conn.rollback()
    return fk, [tuple(r) for r in integrity], int(enforced or 0)


def test_a_fresh_database_upgraded_filled_and_upgraded_again(empty_url, backend):
    engine = make_engine(empty_url)
    try:
        assert current_revision(engine) is None and is_behind(engine)
        upgrade(engine, "0001")
        assert current_revision(engine) == "0001" and is_behind(engine)
        upgrade(engine)
        assert current_revision(engine) == head_revision() and not is_behind(engine)
        assert {t.name for t in m.Base.metadata.sorted_tables} <= schema_tables(engine)

        ctx = ServiceContext(engine)
        world = make_world(ctx)
        for stage in (Stage.INTAKE, Stage.SCREENING, Stage.MEDIATION, Stage.SIGNED,
                      Stage.CLOSED):
            case_at(world, stage)
        new_case(world, category=SENSITIVE[0])
        before = everything(engine)
        assert len(before["cases"]) == 6 and len(before["audit_events"]) > 50

        upgrade(engine)                                  # nothing to do, nothing changed
        assert everything(engine) == before
        assert not is_behind(engine)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).all() == [
                (head_revision(),)]
            conn.rollback()
        with ctx.reading() as uow:
            count, findings = verify_chain(uow.session)
        assert findings == [] and count == len(before["audit_events"])
        if backend == "sqlite":
            assert sqlite_checks(engine) == ([], [("ok",)], 1)
        # And the application carries on where it was.
        nxt = intake.create_case(ctx, world.officer, forum_id=world.forum_id)
        assert nxt.number.endswith("-00007")
    finally:
        engine.dispose()


def test_cases_logged_before_the_sensitive_flag_are_marked_by_the_upgrade(world, backend):
    ctx = world.ctx
    protected = [new_case(world, category=c, parties=1) for c in SENSITIVE[:2]]
    ordinary = case_at(world, Stage.MEDIATION)
    assert all(c.sensitive for c in protected) and not ordinary.sensitive
    rows_before = {k: len(v) for k, v in everything(ctx.engine).items()}
    downgrade(ctx.engine, "0001")                   # as an installation before 0002 was
    upgrade(ctx.engine)
    with ctx.reading() as uow:
        flags = dict(uow.session.execute(select(m.Case.id, m.Case.sensitive)).all())
    assert flags == {**{c.id: True for c in protected}, ordinary.id: False}
    assert {k: len(v) for k, v in everything(ctx.engine).items()} == rows_before
    if backend == "sqlite":
        assert sqlite_checks(ctx.engine) == ([], [("ok",)], 1)


def test_sqlite_keeps_foreign_keys_on_after_migrating(tmp_path):
    # One pooled connection, so the very connection the migration used is the
    # one handed out next.
    url = f"sqlite:///{tmp_path / 'pooled.sqlite3'}"
    engine = make_engine(url, poolclass=QueuePool, pool_size=1, max_overflow=0)
    try:
        upgrade(engine)
        downgrade(engine, "0001")
        upgrade(engine)
        assert sqlite_checks(engine) == ([], [("ok",)], 1)
        with pytest.raises(IntegrityError), engine.begin() as conn:
            conn.execute(insert(m.Station.__table__).values(forum_id=12345, name_ar="x",
                                                            name_ckb="", name_en="",
                                                            active=True, version=1))
        with engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(m.Station.__table__)
                                ).scalar() == 0
            conn.rollback()
    finally:
        engine.dispose()
    # A fresh engine (no pool, as the application opens it) enforces them too.
    fresh = make_engine(url)
    try:
        assert sqlite_checks(fresh)[2] == 1
    finally:
        fresh.dispose()
