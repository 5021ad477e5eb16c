"""Where the database is and whether it is encrypted, found out before anything of the
database layer is loaded: the desktop app shows its sign-in form first and opens the
database meanwhile (sulh.gui.opening), unless it must ask for a passphrase first."""

from __future__ import annotations

from dataclasses import dataclass

from sulh.db.location import is_encrypted, resolve_url, sqlite_file


@dataclass(frozen=True)
class DatabaseLocation:
    url: str
    encrypted: bool


def locate(url: str | None = None) -> DatabaseLocation:
    """The database `url` (or $SULH_DATABASE_URL, or the default file) names."""
    resolved = resolve_url(url)
    file = sqlite_file(resolved)
    return DatabaseLocation(resolved, file is not None and is_encrypted(file))
