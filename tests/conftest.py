"""Test set-up: every storage test runs on a real SQLite file and on a real
PostgreSQL server (SULH_TEST_POSTGRES_URL, started by .ci/run)."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from sulh.db.engine import make_engine
from sulh.db.migrate import upgrade
from sulh.domain.errors import ValidationError
from sulh.services import forums, users
from sulh.services.context import Actor, ServiceContext

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PG_ENV = "SULH_TEST_POSTGRES_URL"
BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres),
]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


def _worker() -> str:
    return os.environ.get("PYTEST_XDIST_WORKER", "main")


def pg_admin_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.fail(f"{PG_ENV} is not set: the PostgreSQL half of the suite needs a server "
                    "(.ci/run starts one; or deselect with -m 'not postgres')")
    return url


def _pg_admin_engine():  # type: ignore[no-untyped-def]
    return create_engine(make_url(pg_admin_url()).set(drivername="postgresql+psycopg"),
                         isolation_level="AUTOCOMMIT", poolclass=None)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    name = f"sulh_tpl_{_worker()}_{uuid.uuid4().hex[:6]}"
    admin = _pg_admin_engine()
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(pg_admin_url()).set(database=name).render_as_string(hide_password=False)
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    yield name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def new_database_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, migrated, empty database of the given backend, removed after the test."""
    if backend == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        path = tmp_path / f"sulh-{uuid.uuid4().hex[:8]}.sqlite3"
        shutil.copy(template, path)
        return f"sqlite:///{path}"
    template_name: str = request.getfixturevalue("pg_template")
    name = f"sulh_t_{uuid.uuid4().hex[:12]}"
    admin = _pg_admin_engine()
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template_name}"'))

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    request.addfinalizer(drop)
    return make_url(pg_admin_url()).set(database=name).render_as_string(hide_password=False)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def db_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return new_database_url(backend, request, tmp_path)


@pytest.fixture
def ctx(db_url: str) -> Iterator[ServiceContext]:
    context = ServiceContext.open(db_url)
    yield context
    context.close()


@dataclass
class World:
    """A small installation: two forums, a station, one user of each role."""

    ctx: ServiceContext
    system: Actor
    forum_id: int
    other_forum_id: int
    station_id: int
    officer: Actor
    mediator: Actor
    coordinator: Actor
    admin: Actor
    viewer: Actor

    def actor(self, role: str) -> Actor:
        return getattr(self, role)  # type: ignore[no-any-return]

    def colleague(self, role: str, forum_id: int | None, tag: str = "2") -> Actor:
        """Another user with `role` in `forum_id` (None: no forum), made on first use:
        for a case of another forum, or one that another mediator works on."""
        username = f"{role}.{forum_id or 'all'}.{tag}"
        try:
            return users.actor_for(self.ctx, username)
        except ValidationError:
            users.create_user(self.ctx, self.system, username=username,
                              full_name=f"{role} {tag}", role=role, forum_id=forum_id)
            return users.actor_for(self.ctx, username)


def make_world(ctx: ServiceContext) -> World:
    system = users.system_actor(ctx)
    f = forums.create_forum(ctx, system, code="BGD01", name_ar="منتدى الكرخ",
                            name_ckb="مەکۆی کەرخ", name_en="Karkh forum", governorate="BGD")
    g = forums.create_forum(ctx, system, code="ERB01", name_ar="منتدى أربيل",
                            name_ckb="مەکۆی هەولێر", name_en="Erbil forum", governorate="ERB")
    st = forums.add_station(ctx, system, f.id, name_ar="مركز شرطة الكرخ", name_en="Karkh station")
    actors = {}
    for role in ("officer", "mediator", "coordinator", "admin", "viewer"):
        users.create_user(ctx, system, username=role, full_name=f"{role} user", role=role,
                          forum_id=f.id)
        actors[role] = users.actor_for(ctx, role)
    return World(ctx=ctx, system=system, forum_id=f.id, other_forum_id=g.id,
                 station_id=st.id, **actors)


@pytest.fixture
def world(ctx: ServiceContext) -> World:
    return make_world(ctx)
