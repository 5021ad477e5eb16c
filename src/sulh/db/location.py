"""Where the database is: the URL given, $SULH_DATABASE_URL, or the SQLite file in the
user's data folder.  Nothing here loads SQLAlchemy: the desktop app shows its sign-in
form before the database layer is imported (sulh.gui.opening)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "sulh"
SQLITE_MAGIC = b"SQLite format 3\x00"
ENV_URL = "SULH_DATABASE_URL"


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


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL (as resolve_url writes them), None for a server."""
    if not url.startswith("sqlite:///"):
        return None
    return Path(url.removeprefix("sqlite:///").split("?", 1)[0])


def is_encrypted(path: Path) -> bool:
    """A non-empty file that does not start with SQLite's plain header (SQLCipher's
    files begin with their salt: sulh.db.encryption)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError:
        return False
    return bool(head) and head != SQLITE_MAGIC
