"""Backup, restore and verification of the whole database.

SQLite: a consistent copy with the online backup API in one step (RELIABILITY.md:
small page steps restart on every concurrent write), written beside the
destination, fsynced, checked, then renamed into place.  PostgreSQL: the
server's own `pg_dump`/`pg_restore`, in custom format.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url

from sulh.db.engine import is_sqlite
from sulh.db.migrate import head_revision, is_behind, upgrade
from sulh.domain.errors import SulhError
from sulh.domain.roles import Action
from sulh.i18n import QT_TRANSLATE_NOOP, msg
from sulh.services import audit
from sulh.services._common import log
from sulh.services.context import Actor, ServiceContext

SQLITE_MAGIC = b"SQLite format 3\x00"
PGDUMP_MAGIC = b"PGDMP"
REQUIRED_TABLES = {"alembic_version", "cases", "parties", "audit_events", "audit_head", "users"}


class BackupError(SulhError):
    pass


@dataclass(frozen=True)
class BackupReport:
    path: Path
    size: int
    seconds: float


def _sqlite_file(ctx: ServiceContext) -> Path:
    database = ctx.engine.url.database
    assert database
    return Path(database)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    with contextlib.suppress(OSError):  # directories cannot be fsynced on every OS
        dfd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)


def _destination(dest: Path, suffix: str) -> Path:
    if dest.is_dir():
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
        return dest / f"sulh-backup-{stamp}{suffix}"
    return dest


def check_sqlite_file(path: Path) -> list[str]:
    """Problems that make `path` unfit to restore: not SQLite, damaged, or not Sulh's."""
    try:
        with path.open("rb") as fh:
            if fh.read(16) != SQLITE_MAGIC:
                return ["not a SQLite database"]
    except OSError as e:
        return [f"cannot read the file: {e.strerror}"]
    problems: list[str] = []
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchall()
            if result != [("ok",)]:
                problems += [f"integrity: {r[0]}" for r in result[:5]]
            tables = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table'")}
            missing = REQUIRED_TABLES - tables
            if missing:
                problems.append("not a Sulh database (missing " + ", ".join(sorted(missing))
                                + ")")
            else:
                fk = conn.execute("PRAGMA foreign_key_check").fetchall()
                if fk:
                    problems.append(f"{len(fk)} broken references between records")
                rev = conn.execute("SELECT version_num FROM alembic_version").fetchall()
                if not rev:
                    problems.append("no schema version")
        finally:
            conn.close()
    except sqlite3.DatabaseError as e:
        problems.append(f"damaged: {e}")
    return problems


def backup(ctx: ServiceContext, actor: Actor, dest: Path) -> BackupReport:
    """Write a consistent copy of the database to `dest` (a file, or a folder to put it in)."""
    actor.require(Action.BACKUP)
    started = dt.datetime.now(dt.UTC)
    if is_sqlite(ctx.engine):
        target = _destination(dest, ".sqlite3")
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".sulh-backup-", dir=target.parent)
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            # A fresh connection with no open transaction: a backup started from
            # one inside a transaction never finishes (RELIABILITY.md).
            src = sqlite3.connect(_sqlite_file(ctx), timeout=30, isolation_level=None)
            dst = sqlite3.connect(tmp, isolation_level=None)
            try:
                src.backup(dst, pages=-1)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
                src.close()
            _fsync(tmp)
            problems = check_sqlite_file(tmp)
            if problems:
                raise BackupError(msg(QT_TRANSLATE_NOOP("Backup", "The backup copy failed its check: "
                                                   "{problems}"), problems="; ".join(problems)))
            os.replace(tmp, target)
            _fsync(target)
        finally:
            tmp.unlink(missing_ok=True)
    else:
        target = _destination(dest, ".pgdump")
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.part")
        _run_pg(["pg_dump", "--format=custom", "--no-owner", f"--file={tmp}"], ctx)
        _fsync(tmp)
        os.replace(tmp, target)
    size = target.stat().st_size
    seconds = (dt.datetime.now(dt.UTC) - started).total_seconds()
    with ctx.writing() as uow:
        log(uow.session, ctx, actor, "database.backup", "database", None,
            after={"path": str(target), "size": size})
        uow.commit()
    return BackupReport(target, size, seconds)


def _pg_tool(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    for candidate in sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), reverse=True):
        return str(candidate)
    raise BackupError(msg(QT_TRANSLATE_NOOP("Backup", "{tool} is not installed; PostgreSQL backups need the "
                                       "PostgreSQL client tools."), tool=name))


def _run_pg(args: list[str], ctx: ServiceContext) -> str:
    url = make_url(str(ctx.engine.url.render_as_string(hide_password=False)))
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    conn_args = [f"--host={url.host or 'localhost'}", f"--port={url.port or 5432}",
                 f"--username={url.username or 'postgres'}", f"--dbname={url.database}"]
    cmd = [_pg_tool(args[0]), *args[1:], *conn_args]
    result = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if result.returncode != 0:
        raise BackupError(msg(QT_TRANSLATE_NOOP("Backup", "{tool} failed: {error}"), tool=args[0],
                              error=result.stderr.strip().splitlines()[-1:] or "?"))
    return result.stdout


def _check_pgdump(path: Path) -> list[str]:
    try:
        with path.open("rb") as fh:
            if fh.read(5) != PGDUMP_MAGIC:
                return ["not a PostgreSQL custom-format dump"]
    except OSError as e:
        return [f"cannot read the file: {e.strerror}"]
    listing = subprocess.run([_pg_tool("pg_restore"), "--list", str(path)],
                             capture_output=True, text=True, check=False)
    if listing.returncode != 0:
        return [f"damaged: {listing.stderr.strip()[:200]}"]
    names = {line.split()[-2] for line in listing.stdout.splitlines()
             if " TABLE DATA " in line and len(line.split()) >= 2}
    missing = REQUIRED_TABLES - names
    if missing:
        return ["not a Sulh database (missing " + ", ".join(sorted(missing)) + ")"]
    return []


@dataclass(frozen=True)
class RestoreReport:
    source: Path
    safety_copy: Path | None
    upgraded: bool


def restore(ctx: ServiceContext, actor: Actor, source: Path) -> RestoreReport:
    """Replace the database with a backup, after checking it is a sound Sulh backup.

    The current database is first copied aside (SQLite), so a wrong restore can
    itself be undone.
    """
    actor.require(Action.BACKUP)
    if not source.is_file():
        raise BackupError(msg(QT_TRANSLATE_NOOP("Backup", "No such file: {path}"), path=str(source)))
    safety: Path | None = None
    if is_sqlite(ctx.engine):
        problems = check_sqlite_file(source)
        if problems:
            raise BackupError(msg(QT_TRANSLATE_NOOP("Backup", "This file cannot be restored: {problems}"),
                                  problems="; ".join(problems)))
        live = _sqlite_file(ctx)
        if live.exists():
            stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
            safety = live.with_name(f"{live.stem}.before-restore-{stamp}{live.suffix}")
            backup(ctx, actor, safety)
        ctx.engine.dispose()
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        dst = sqlite3.connect(live, timeout=30, isolation_level=None)
        try:
            src.backup(dst, pages=-1)
            dst.execute("PRAGMA journal_mode=WAL")
        finally:
            dst.close()
            src.close()
    else:
        problems = _check_pgdump(source)
        if problems:
            raise BackupError(msg(QT_TRANSLATE_NOOP("Backup", "This file cannot be restored: {problems}"),
                                  problems="; ".join(problems)))
        ctx.engine.dispose()
        _run_pg(["pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction",
                 str(source)], ctx)
    upgraded = is_behind(ctx.engine)
    if upgraded:
        upgrade(ctx.engine)
    with ctx.writing() as uow:
        log(uow.session, ctx, actor, "database.restore", "database", None,
            after={"source": str(source), "safety_copy": str(safety) if safety else None})
        uow.commit()
    return RestoreReport(source, safety, upgraded)


@dataclass
class VerifyReport:
    events_checked: int = 0
    findings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.findings


def verify(ctx: ServiceContext, actor: Actor) -> VerifyReport:
    """Integrity, foreign keys, schema version and the audit chain."""
    actor.require(Action.VERIFY)
    report = VerifyReport()
    if is_behind(ctx.engine):
        report.findings.append(f"schema is not at the current version ({head_revision()})")
    with ctx.reading() as uow:
        s = uow.session
        if is_sqlite(ctx.engine):
            rows = s.execute(text("PRAGMA integrity_check")).fetchall()
            if [tuple(r) for r in rows] != [("ok",)]:
                report.findings += [f"integrity: {r[0]}" for r in rows[:20]]
            fk = s.execute(text("PRAGMA foreign_key_check")).fetchall()
            report.findings += [f"broken reference: {r[0]} row {r[1]} → {r[2]}" for r in fk[:20]]
        count, chain = audit.verify_chain(s)
        report.events_checked = count
        report.findings += [str(f) for f in chain]
    return report
