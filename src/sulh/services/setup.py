"""Opening the database for use: create it, or upgrade it with a safety copy first."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy.engine import make_url

from sulh.db import encryption
from sulh.db.encryption import PassphraseNeeded, WrongPassphrase
from sulh.db.engine import is_sqlite, resolve_url
from sulh.db.revisions import is_current
from sulh.services.context import ServiceContext

__all__ = ["PassphraseNeeded", "WrongPassphrase", "database_location", "ensure_schema",
           "needs_passphrase", "open_database"]


def open_database(url: str | None = None, *, passphrase: str | None = None
                  ) -> ServiceContext:
    """Open (creating if need be) the database at `url` with its schema up to date.

    An encrypted database needs its passphrase (or $SULH_DB_PASSPHRASE): without it
    PassphraseNeeded, with a wrong one WrongPassphrase, each with a message to show.
    """
    ctx = ServiceContext.open(url, passphrase=passphrase)
    ensure_schema(ctx)
    return ctx


def needs_passphrase(url: str | None = None) -> bool:
    """Whether the database at `url` is an encrypted file (ask for the passphrase first)."""
    u = make_url(resolve_url(url))
    return u.get_backend_name() == "sqlite" and bool(u.database) and \
        encryption.is_encrypted(Path(str(u.database)))


def database_location(url: str | None = None) -> str:
    """Where the database is, to show a person: a file path, or the server's address."""
    u = make_url(resolve_url(url))
    if u.get_backend_name() == "sqlite":
        return str(u.database)
    return u.render_as_string(hide_password=True)


def ensure_schema(ctx: ServiceContext) -> bool:
    """Upgrade a schema that is behind; return whether anything was done.

    An existing SQLite database is copied aside before its schema changes, so
    a failed upgrade never costs records.
    """
    if is_current(ctx.engine):
        return False
    # Alembic only when there may be something to do: it is slow to import.
    from sulh.db.migrate import current_revision, is_behind, upgrade

    if not is_behind(ctx.engine):
        return False
    rev = current_revision(ctx.engine)
    if rev is not None and is_sqlite(ctx.engine):
        live = Path(str(ctx.engine.url.database))
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
        copy = live.with_name(f"{live.stem}.before-upgrade-{rev}-{stamp}{live.suffix}")
        # Through the engine's own driver: an encrypted database's copy is encrypted.
        src = encryption.raw_connect(ctx.engine)
        dst = encryption.raw_connect(ctx.engine, copy, new=True)
        try:
            src.backup(dst, pages=-1)
        finally:
            dst.close()
            src.close()
    upgrade(ctx.engine)
    return True
