"""The schema revision a database is at, and the one this version of Sulh ships, read
without Alembic.

Every start of the app opens the database and checks its schema; when it is up to date
(nearly always) that costs one query and a look at the revision files, instead of
importing Alembic and its dialect modules.  Anything unusual -- no version table yet,
a merge of branches, a revision file of another form -- answers "not known to be
current", and the caller asks Alembic (sulh.db.migrate).
"""

from __future__ import annotations

import re
from importlib import resources

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]\s*$", re.M)
_DOWN = re.compile(r"^down_revision\s*=\s*(?:None|['\"]([^'\"]+)['\"])\s*$", re.M)


def shipped_head() -> str | None:
    """The newest revision among the migration scripts, if there is exactly one."""
    revisions: set[str] = set()
    parents: set[str] = set()
    versions = resources.files("sulh.db") / "migrations" / "versions"
    for script in versions.iterdir():
        if not script.name.endswith(".py") or script.name.startswith("_"):
            continue
        source = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN.search(source)
        if revision is None or down is None:
            return None
        revisions.add(revision[1])
        if down[1]:
            parents.add(down[1])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def database_revision(engine: Engine) -> list[str] | None:
    """The revisions recorded in the database (None: it has no version table)."""
    with engine.connect() as conn:
        try:
            rows = [str(r[0]) for r in conn.execute(text("SELECT version_num FROM "
                                                          "alembic_version"))]
        except DBAPIError:
            rows = None
        conn.rollback()
    return rows


def is_current(engine: Engine) -> bool:
    """True only when the database is certainly at the shipped head revision."""
    head = shipped_head()
    return head is not None and database_revision(engine) == [head]
