"""Schema upgrades with Alembic; the revisions ship inside the package."""

from __future__ import annotations

from importlib import resources
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text


class MigrationFailed(RuntimeError):
    pass


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location",
                        str(resources.files("sulh.db") / "migrations"))
    return cfg


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        rev = MigrationContext.configure(conn).get_current_revision()
        conn.rollback()
        return rev


def is_behind(engine: Engine) -> bool:
    return current_revision(engine) != head_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema up to `revision`."""
    _run(engine, command.upgrade, revision)


def downgrade(engine: Engine, revision: str) -> None:
    """Take the schema back down to `revision` (for a rollback of a release)."""
    _run(engine, command.downgrade, revision)


def _run(engine: Engine, step: Any, revision: str) -> None:
    """Run an Alembic step with this app's safety rules.

    On SQLite, foreign keys are switched off for the run (outside any
    transaction, where the pragma takes effect): batch migrations rebuild tables
    and would otherwise cascade-delete child rows.  They are checked afterwards.
    """
    cfg = alembic_config()
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        raw: Any = conn.connection.driver_connection
        if sqlite:
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            cfg.attributes["connection"] = conn.execution_options(sulh_write=True)
            step(cfg, revision)
            conn.commit()
            if sqlite:
                problems = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
                conn.rollback()
                if problems:
                    raise MigrationFailed(f"foreign key problems after migration: {problems[:5]}")
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys=ON")
