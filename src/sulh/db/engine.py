"""Opening the database: where it lives, the SQLite pragmas, and schema upgrades."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError
from sqlalchemy.pool import QueuePool

from sulh.db import encryption

# Where the database is (re-exported): kept apart so that the app can find out before
# SQLAlchemy is loaded.
from sulh.db.location import APP_NAME as APP_NAME
from sulh.db.location import ENV_URL as ENV_URL
from sulh.db.location import data_dir as data_dir
from sulh.db.location import default_database_path as default_database_path
from sulh.db.location import resolve_url as resolve_url

BUSY_TIMEOUT_MS = 15_000


def _normalise(url: str) -> Any:
    u = make_url(url)
    if u.drivername in ("postgresql", "postgres"):
        u = u.set(drivername="postgresql+psycopg")
    if u.drivername == "sqlite":
        u = u.set(drivername="sqlite+pysqlite")
    return u


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def make_engine(url: str | None = None, *, passphrase: str | None = None,
                **kwargs: Any) -> Engine:
    """An engine for `url`.  An encrypted SQLite file is opened with SQLCipher and the
    passphrase (or $SULH_DB_PASSPHRASE): see sulh.db.encryption."""
    u = _normalise(resolve_url(url))
    if u.get_backend_name() == "sqlite":
        if u.database in (None, "", ":memory:"):
            raise ValueError("Sulh needs a SQLite file, not an in-memory database")
        path = Path(u.database)
        cipher = encryption.resolve_cipher(path, passphrase)
        _create_private(path)
        # Connections are kept between units of work: opening one (with its pragmas,
        # and on an encrypted file its key) cost more than most reads it served.  They
        # are handed between the GUI thread and its workers, one thread at a time (the
        # pool checks them out), hence check_same_thread off.  Whoever replaces the
        # file (restore, encrypt) or forks disposes of the pool first.
        poolclass = kwargs.pop("poolclass", QueuePool)
        if cipher is None:
            engine = create_engine(u, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000,
                                                    "check_same_thread": False},
                                   poolclass=poolclass, **kwargs)
        else:
            # SQLCipher's driver, keyed before anything else reads the file.
            engine = create_engine(
                u, module=encryption.dbapi(), poolclass=poolclass,
                creator=lambda: cipher.connect(path, timeout=BUSY_TIMEOUT_MS / 1000,
                                               check_same_thread=False),
                **kwargs)
            encryption.remember(engine, cipher)
        _configure_sqlite(engine)
        if cipher is not None:
            _check_key(engine, path)
        return engine
    if u.get_backend_name() == "postgresql":
        engine = create_engine(u, pool_pre_ping=True, **kwargs)
        _configure_postgresql(engine)
        return engine
    raise ValueError(f"unsupported database: {u.get_backend_name()}")


def _check_key(engine: Engine, path: Path) -> None:
    """A wrong passphrase is told as such now, not as "file is not a database" later."""
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
            conn.rollback()
    except DatabaseError as e:
        engine.dispose()
        raise encryption.wrong_passphrase_message(path) from e


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


#: The advisory lock every writing unit takes on PostgreSQL ("SULH" in ASCII).
PG_WRITE_LOCK = 0x53554C48


def _configure_postgresql(engine: Engine) -> None:
    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writing units take turns, as BEGIN IMMEDIATE makes them on SQLite.  Every
        # write ends by locking the audit chain's head row anyway, so writers were
        # already serialised at their end; taking the turn at the start instead means
        # a unit reads the versions it checks only after the previous writer
        # committed, and two units never hold rows the other one wants (a unit that
        # updated a case and waits for the head while another holds the head and
        # waits for the case is a deadlock PostgreSQL would break by failing one).
        if conn.get_execution_options().get("sulh_write", False):
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_WRITE_LOCK})")


def schema_tables(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names())
