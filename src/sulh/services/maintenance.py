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
import re
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

from sulh.db import encryption
from sulh.db.engine import data_dir, is_sqlite, make_engine
from sulh.db.migrate import head_revision, is_behind, upgrade
from sulh.domain.errors import SulhError
from sulh.domain.roles import Action
from sulh.i18n import QT_TRANSLATE_NOOP, msg
from sulh.services import anchors, audit
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


def check_sqlite_file(path: Path, engine: Engine | None = None) -> list[str]:
    """Problems that make `path` unfit to restore: not SQLite, damaged, or not Sulh's.

    With the `engine` of an encrypted database, an encrypted file is opened with its
    passphrase (a wrong one shows as "not a SQLite database or a wrong passphrase").
    """
    encrypted = encryption.is_encrypted(path)
    cipher = encryption.cipher_of(engine) if engine is not None else None
    try:
        with path.open("rb") as fh:
            if fh.read(16) != SQLITE_MAGIC and cipher is None:
                return ["an encrypted backup, and this database is not encrypted: encrypt it "
                        "first (sulh encrypt) with the backup's passphrase"
                        if encrypted else "not a SQLite database"]
    except OSError as e:
        return [f"cannot read the file: {e.strerror}"]
    problems: list[str] = []
    driver = encryption.driver_of(engine) if engine is not None else sqlite3
    try:
        conn = encryption.raw_connect(engine, path, read_only=True) if engine is not None \
            else sqlite3.connect(f"file:{path}?mode=ro", uri=True)
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
    except driver.DatabaseError as e:
        problems.append("not a SQLite database or a wrong passphrase" if encrypted
                        else f"damaged: {e}")
    return problems


def backup(ctx: ServiceContext, actor: Actor, dest: Path) -> BackupReport:
    """Write a consistent copy of the database to `dest` (a file, or a folder to put it in)."""
    actor.require(Action.BACKUP)
    started = dt.datetime.now(dt.UTC)
    anchor = anchors.before_backup(ctx)
    if is_sqlite(ctx.engine):
        target = _destination(dest, ".sqlite3")
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".sulh-backup-", dir=target.parent)
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            # A fresh connection with no open transaction: a backup started from
            # one inside a transaction never finishes (RELIABILITY.md).  Through the
            # engine's own driver: the copy of an encrypted database is encrypted.
            src = encryption.raw_connect(ctx.engine)
            dst = encryption.raw_connect(ctx.engine, tmp, new=True)
            try:
                src.backup(dst, pages=-1)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
                src.close()
            _fsync(tmp)
            problems = check_sqlite_file(tmp, ctx.engine)
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
        try:
            _run_pg(["pg_dump", "--format=custom", "--no-owner", f"--file={tmp}"], ctx)
            _fsync(tmp)
            problems = _check_pgdump(tmp)
            if problems:
                raise BackupError(msg(QT_TRANSLATE_NOOP("Backup", "The backup copy failed its check: "
                                                   "{problems}"), problems="; ".join(problems)))
            os.replace(tmp, target)
            _fsync(target)
        finally:
            tmp.unlink(missing_ok=True)
    size = target.stat().st_size
    seconds = (dt.datetime.now(dt.UTC) - started).total_seconds()
    with ctx.writing() as uow:
        log(uow.session, ctx, actor, "database.backup", "database", None,
            after={"path": str(target), "size": size})
        uow.commit()
    anchors.write_sidecar(ctx, target, anchor)
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
        problems = check_sqlite_file(source, ctx.engine)
        if problems:
            raise BackupError(msg(QT_TRANSLATE_NOOP("Backup", "This file cannot be restored: {problems}"),
                                  problems="; ".join(problems)))
        live = _sqlite_file(ctx)
        if live.exists():
            stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
            safety = live.with_name(f"{live.stem}.before-restore-{stamp}{live.suffix}")
            backup(ctx, actor, safety)
        ctx.engine.dispose()
        with _restorable(ctx.engine, source) as readable:
            src = encryption.raw_connect(ctx.engine, readable, read_only=True)
            dst = encryption.raw_connect(ctx.engine)
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
            if encryption.cipher_of(ctx.engine) is not None:
                # Every page's HMAC: an encrypted page changed on disk shows here.
                bad = s.execute(text("PRAGMA cipher_integrity_check")).fetchall()
                report.findings += [f"encrypted page: {r[0]}" for r in bad[:20]]
        count, chain = audit.verify_chain(s)
        report.events_checked = count
        report.findings += [str(f) for f in chain]
        report.findings += anchors.recorded_findings(s)
    return report


# ---------------------------------------------------------------- restoring into an encrypted database


@contextlib.contextmanager
def _restorable(engine: Engine, source: Path) -> Iterator[Path]:
    """`source` as the backup API can copy it into the live database: a plain backup
    restored into an encrypted database is first encrypted (SQLCipher's backup API
    copies only between databases that are both encrypted or both plain)."""
    cipher = encryption.cipher_of(engine)
    if cipher is None or encryption.is_encrypted(source):
        yield source
        return
    live = _sqlite_file_of(engine)
    fd, name = tempfile.mkstemp(prefix=".sulh-restore-", dir=live.parent)
    os.close(fd)
    tmp = Path(name)
    tmp.unlink()
    try:
        _export(source, tmp, cipher)
        yield tmp
    finally:
        tmp.unlink(missing_ok=True)


def _sqlite_file_of(engine: Engine) -> Path:
    return Path(str(engine.url.database))


def _export(source: Path, target: Path, cipher: encryption.Cipher) -> None:
    """Copy every record of the plain database `source` into a new encrypted file."""
    conn = encryption.dbapi().connect(str(source), timeout=30, isolation_level=None)
    try:
        conn.execute("ATTACH DATABASE ? AS encrypted KEY ?",
                     (str(target), f"x'{cipher.key().hex()}{cipher.salt.hex()}'"))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()


# ---------------------------------------------------------------- automatic backups

AUTO_PREFIX = "sulh-auto-"
_AUTO_NAME = re.compile(rf"^{AUTO_PREFIX}(\d{{8}}-\d{{6}})\.(sqlite3|pgdump)$")


@dataclass(frozen=True)
class BackupPolicy:
    """Where automatic backups go and how many are kept (settings: backup_*)."""

    folder: Path | None = None     # the admin's choice, e.g. a USB stick; None: default
    keep_daily: int = 7            # the newest backup of each of the last N days
    keep_weekly: int = 4           # and of each of the last M weeks


@dataclass(frozen=True)
class AutoBackupReport:
    path: Path
    size: int
    seconds: float
    wanted: Path | None            # the chosen folder, when it could not be used
    removed: tuple[Path, ...]

    @property
    def fell_back(self) -> bool:
        return self.wanted is not None


def default_backup_folder() -> Path:
    """The data folder's backups/, used when no folder is chosen or it is missing."""
    return data_dir() / "backups"


def usable_folder(folder: Path) -> bool:
    """A folder that exists and can be written to.  A missing folder is never created:
    a USB stick that is not plugged in must not turn into a folder on this PC's disk."""
    return folder.is_dir() and os.access(folder, os.W_OK | os.X_OK)


def backup_folder(policy: BackupPolicy) -> tuple[Path, Path | None]:
    """(the folder to use, the chosen folder if it cannot be used)."""
    if policy.folder is not None and usable_folder(policy.folder):
        return policy.folder, None
    return default_backup_folder(), policy.folder


def automatic_backups(folder: Path) -> list[tuple[dt.datetime, Path]]:
    """The automatic backups in `folder`, newest first (manual ones are never touched)."""
    out = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        found = _AUTO_NAME.match(path.name)
        if found and path.is_file():
            out.append((dt.datetime.strptime(found.group(1), "%Y%m%d-%H%M%S"), path))
    return sorted(out, reverse=True)


def last_automatic_backup(policy: BackupPolicy) -> dt.datetime | None:
    """When the newest automatic backup was made (on this PC's clock), wherever it went."""
    folders = [default_backup_folder()] + ([policy.folder] if policy.folder else [])
    found = [when for f in folders for when, _ in automatic_backups(f)]
    return max(found, default=None)


def backup_due(policy: BackupPolicy, now: dt.datetime) -> bool:
    """No automatic backup yet today (the first start of a day, or a running app's timer)."""
    last = last_automatic_backup(policy)
    return last is None or last.date() < now.astimezone().date()


def rotate(folder: Path, *, keep_daily: int, keep_weekly: int) -> list[Path]:
    """Delete the automatic backups in `folder` that the policy no longer keeps: all but
    the newest of each of the last `keep_daily` days and of the last `keep_weekly` ISO
    weeks.  Returns what was deleted (each with its .anchor file)."""
    backups = automatic_backups(folder)
    keep: set[Path] = set()
    days: dict[dt.date, Path] = {}
    weeks: dict[tuple[int, int], Path] = {}
    for when, path in backups:                       # newest first
        days.setdefault(when.date(), path)
        iso = when.isocalendar()
        weeks.setdefault((iso.year, iso.week), path)
    keep |= set(list(days.values())[:max(keep_daily, 1)])
    keep |= set(list(weeks.values())[:max(keep_weekly, 0)])
    removed = []
    for _when, path in backups:
        if path in keep:
            continue
        for victim in (path, anchors.sidecar_path(path)):
            with contextlib.suppress(FileNotFoundError):
                victim.unlink()
        removed.append(path)
    return removed


def verify_backup(path: Path, engine: Engine, *, at_least: int = 0) -> list[str]:
    """A written backup read back: sound, Sulh's, and holding the audit trail up to at
    least event `at_least` with its head matching its last event."""
    if not is_sqlite(engine):
        return _check_pgdump(path)
    problems = check_sqlite_file(path, engine)
    if problems:
        return problems
    conn = encryption.raw_connect(engine, path, read_only=True)
    try:
        last = conn.execute("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1"
                            ).fetchone()
        head = conn.execute("SELECT seq, hash FROM audit_head WHERE id = 1").fetchone()
    finally:
        conn.close()
    if (last or (0, audit.GENESIS))[0] < at_least:
        problems.append(f"the audit trail ends at event {last[0] if last else 0}, before "
                        f"event {at_least}")
    if last is not None and tuple(head or ()) != tuple(last):
        problems.append("the audit trail's head does not match its last event")
    return problems


def auto_backup(ctx: ServiceContext, policy: BackupPolicy, *, reason: str,
                now: dt.datetime | None = None) -> AutoBackupReport:
    """The automatic backup (on leaving the app, and daily): into the chosen folder, or
    the default one when that is missing; read back and checked; older ones rotated.

    It runs as the system account: the administrator set the policy, and the backup
    is due whoever is signed in (recorded in the audit trail as the system's).
    """
    from sulh.services import users

    actor = users.system_actor(ctx)
    started = dt.datetime.now(dt.UTC)
    folder, wanted = backup_folder(policy)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    local = (now or ctx.now()).astimezone()
    suffix = ".sqlite3" if is_sqlite(ctx.engine) else ".pgdump"
    target = folder / f"{AUTO_PREFIX}{local:%Y%m%d-%H%M%S}{suffix}"
    while target.exists():                     # two in the same second: the next second
        local += dt.timedelta(seconds=1)
        target = folder / f"{AUTO_PREFIX}{local:%Y%m%d-%H%M%S}{suffix}"
    with ctx.reading() as uow:
        at_least = int(uow.session.scalar(text("SELECT seq FROM audit_head WHERE id = 1"))
                       or 0)
    made = backup(ctx, actor, target)
    problems = verify_backup(made.path, ctx.engine, at_least=at_least)
    if problems:
        raise BackupError(msg(QT_TRANSLATE_NOOP("Backup", "The automatic backup {path} failed its "
                                             "check: {problems}"),
                              path=str(made.path), problems="; ".join(problems)))
    removed = rotate(folder, keep_daily=policy.keep_daily, keep_weekly=policy.keep_weekly)
    with ctx.writing() as uow:
        log(uow.session, ctx, actor, "database.auto_backup", "database", None,
            after={"path": str(made.path), "reason": reason, "verified": True,
                   "fell_back_from": str(wanted) if wanted else None,
                   "removed": [p.name for p in removed]})
        uow.commit()
    seconds = (dt.datetime.now(dt.UTC) - started).total_seconds()
    return AutoBackupReport(made.path, made.size, seconds, wanted, tuple(removed))


# ---------------------------------------------------------------- encryption at rest


def encryption_state(ctx: ServiceContext) -> str:
    """"encrypted", "plain" (a SQLite file that could be encrypted) or "server"
    (PostgreSQL: the server's disks are the place to encrypt)."""
    if not is_sqlite(ctx.engine):
        return "server"
    return "encrypted" if encryption.cipher_of(ctx.engine) is not None else "plain"


@dataclass(frozen=True)
class EncryptReport:
    path: Path
    tables: int
    rows: int
    seconds: float
    plain_copies: tuple[Path, ...]     # older unencrypted copies found beside it


def encrypt_database(ctx: ServiceContext, actor: Actor, passphrase: str) -> EncryptReport:
    """Turn the plain SQLite database into an encrypted one, in place.

    Every record is exported into a new encrypted file (SQLCipher's
    sqlcipher_export), which is checked (integrity, HMAC of every page, references,
    the same rows in every table) before it replaces the plain file in one rename;
    the plain file's bytes are then overwritten with zeros before it is let go.  On
    success `ctx` uses the encrypted database.  The database must not be open in
    another program meanwhile (it is refused if it is).
    """
    actor.require(Action.BACKUP)
    if not is_sqlite(ctx.engine):
        raise BackupError(msg(QT_TRANSLATE_NOOP("Encryption", "A PostgreSQL server's records are "
                                                 "encrypted on the server (its disks), not by "
                                                 "Sulh.")))
    if encryption.cipher_of(ctx.engine) is not None:
        raise BackupError(msg(QT_TRANSLATE_NOOP("Encryption", "The database is already encrypted.")))
    encryption.check_passphrase(passphrase)
    started = dt.datetime.now(dt.UTC)
    live = _sqlite_file(ctx)
    url = ctx.engine.url.render_as_string(hide_password=False)
    cipher = encryption.Cipher.new(passphrase)
    tmp = live.with_name(f".{live.name}.encrypting")
    tmp.unlink(missing_ok=True)
    ctx.engine.dispose()
    module = encryption.dbapi()
    guard = module.connect(str(live), timeout=30, isolation_level=None)
    try:
        # Fold the write-ahead log into the file, then hold the write lock: nobody
        # writes while the copy is made and checked.
        guard.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        guard.execute("BEGIN IMMEDIATE")
        source = module.connect(str(live), timeout=30, isolation_level=None)
        try:
            source.execute("ATTACH DATABASE ? AS encrypted KEY ?",
                           (str(tmp), f"x'{cipher.key().hex()}{cipher.salt.hex()}'"))
            source.execute("BEGIN")        # the rows counted are the rows exported
            tables = [r[0] for r in source.execute(
                "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE "
                "'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'")]
            counts = {t: source.execute(f'SELECT count(*) FROM main."{t}"').fetchone()[0]
                      for t in tables}
            source.execute("SELECT sqlcipher_export('encrypted')")
            source.execute("COMMIT")
            source.execute("DETACH DATABASE encrypted")
        finally:
            source.close()
        problems = _check_encrypted_copy(tmp, cipher, counts)
        if problems:
            raise BackupError(msg(QT_TRANSLATE_NOOP("Encryption", "The encrypted copy failed its "
                                                     "check; nothing was changed: {problems}"),
                                  problems="; ".join(problems)))
        _fsync(tmp)
        guard.execute("ROLLBACK")
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        guard.close()
    # The last connection to close removes the -wal and -shm files.  If they are
    # still there, another program has the database open and would go on writing
    # into the plain file after the swap.
    leftovers = [p for p in (live.with_name(live.name + "-wal"),
                             live.with_name(live.name + "-shm")) if p.exists()]
    if leftovers:
        tmp.unlink(missing_ok=True)
        raise BackupError(msg(QT_TRANSLATE_NOOP("Encryption", "The database is open in another "
                                                 "program (Sulh on this PC?). Close it and try "
                                                 "again; nothing was changed.")))
    old = os.open(live, os.O_RDWR)
    try:
        os.replace(tmp, live)
        _fsync(live)
        _shred(old)
    finally:
        os.close(old)
    ctx.engine = make_engine(url, passphrase=passphrase)
    with ctx.writing() as uow:
        log(uow.session, ctx, actor, "database.encrypt", "database", None,
            after={"path": str(live), "tables": len(counts), "rows": sum(counts.values())})
        uow.commit()
    seconds = (dt.datetime.now(dt.UTC) - started).total_seconds()
    return EncryptReport(live, len(counts), sum(counts.values()), seconds,
                         tuple(plain_copies(live)))


def _check_encrypted_copy(path: Path, cipher: encryption.Cipher,
                          counts: dict[str, int]) -> list[str]:
    if not encryption.is_encrypted(path):
        return ["the copy is not encrypted"]
    conn = cipher.connect(path, read_only=True)
    try:
        problems = []
        if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            problems.append("integrity")
        if conn.execute("PRAGMA cipher_integrity_check").fetchall():
            problems.append("page authentication")
        if conn.execute("PRAGMA foreign_key_check").fetchall():
            problems.append("references")
        for table, n in counts.items():
            got = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            if got != n:
                problems.append(f"{table}: {got} rows of {n}")
        return problems
    finally:
        conn.close()


def _shred(fd: int) -> None:
    """Overwrite a let-go file's bytes with zeros.  As far as the OS allows: journaling
    file systems and SSDs may keep older copies of blocks elsewhere."""
    size = os.fstat(fd).st_size
    block = b"\0" * (1 << 20)
    os.lseek(fd, 0, os.SEEK_SET)
    done = 0
    while done < size:
        done += os.write(fd, block[:min(len(block), size - done)])
    os.fsync(fd)


def plain_copies(live: Path) -> list[Path]:
    """Unencrypted copies of the database left beside it or in the default backup folder
    (safety copies before an upgrade or a restore, older backups)."""
    found = []
    for folder in {live.parent, default_backup_folder()}:
        try:
            entries = sorted(folder.iterdir())
        except OSError:
            continue
        for path in entries:
            if path == live or not path.is_file() or path.suffix not in (".sqlite3", ".bak"):
                continue
            with contextlib.suppress(OSError), path.open("rb") as fh:
                if fh.read(16) == SQLITE_MAGIC:
                    found.append(path)
    return found
