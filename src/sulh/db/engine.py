"""Opening the database: where it lives, the SQLite pragmas, and schema upgrades."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

APP_NAME = "sulh"
ENV_URL = "SULH_DATABASE_URL"
BUSY_TIMEOUT_MS = 15_000


def data_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_database_path() -> Path:
    return data_dir() / "sulh.sqlite3"


def resolve_url(explicit: str | None = None) -> str:
    """`--db URL`, else $SULH_DATABASE_URL, else the SQLite file in the user's data folder."""
    url = explicit or os.environ.get(ENV_URL)
    if not url:
        path = default_database_path()
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        return f"sqlite:///{path}"
    if "://" not in url:  # a bare file path
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    return url


def _normalise(url: str) -> Any:
    u = make_url(url)
    if u.drivername in ("postgresql", "postgres"):
        u = u.set(drivername="postgresql+psycopg")
    if u.drivername == "sqlite":
        u = u.set(drivername="sqlite+pysqlite")
    return u


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def make_engine(url: str | None = None, **kwargs: Any) -> Engine:
    u = _normalise(resolve_url(url))
    if u.get_backend_name() == "sqlite":
        if u.database in (None, "", ":memory:"):
            raise ValueError("Sulh needs a SQLite file, not an in-memory database")
        _create_private(Path(u.database))
        engine = create_engine(u, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
                               poolclass=kwargs.pop("poolclass", NullPool), **kwargs)
        _configure_sqlite(engine)
        return engine
    if u.get_backend_name() == "postgresql":
        return create_engine(u, pool_pre_ping=True, **kwargs)
    raise ValueError(f"unsupported database: {u.get_backend_name()}")


def _create_private(path: Path) -> None:
    """Create a new database file readable by its owner only.

    The records name people in dispute; on a shared PC, other accounts have no
    business reading them.  SQLite gives its -wal and -shm files the same mode.
    """
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself (below), instead of
        # pysqlite's deferred BEGIN that fails at once under a concurrent writer.
        dbapi_connection.isolation_level = None
        cur = dbapi_connection.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        # FULL: every commit acknowledged to a user survives a power cut.
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        write = conn.get_execution_options().get("sulh_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def schema_tables(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names())
