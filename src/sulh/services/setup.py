"""Opening the database for use: create it, or upgrade it with a safety copy first."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from sulh.db.engine import is_sqlite
from sulh.db.migrate import current_revision, is_behind, upgrade
from sulh.services.context import ServiceContext


def open_database(url: str | None = None) -> ServiceContext:
    """Open (creating if need be) the database at `url` with its schema up to date."""
    ctx = ServiceContext.open(url)
    ensure_schema(ctx)
    return ctx


def ensure_schema(ctx: ServiceContext) -> bool:
    """Upgrade a schema that is behind; return whether anything was done.

    An existing SQLite database is copied aside before its schema changes, so
    a failed upgrade never costs records.
    """
    if not is_behind(ctx.engine):
        return False
    rev = current_revision(ctx.engine)
    if rev is not None and is_sqlite(ctx.engine):
        live = Path(str(ctx.engine.url.database))
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
        copy = live.with_name(f"{live.stem}.before-upgrade-{rev}-{stamp}{live.suffix}")
        src = sqlite3.connect(live, isolation_level=None)
        dst = sqlite3.connect(copy, isolation_level=None)
        try:
            src.backup(dst, pages=-1)
        finally:
            dst.close()
            src.close()
    upgrade(ctx.engine)
    return True
