"""Encryption at rest (SQLCipher): nothing readable in the database, its write-ahead
log or its backups; a wrong passphrase is a clear message; `sulh encrypt` turns a
plain database into an encrypted one without losing a record."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sulh.db import models as m
from sulh.db.encryption import SQLITE_MAGIC, is_encrypted
from sulh.domain.workflow import Stage
from sulh.services import agreements, cases, intake, maintenance, mediation
from sulh.services.context import ServiceContext
from sulh.services.setup import PassphraseNeeded, WrongPassphrase, open_database
from tests.conftest import make_world
from tests.flows import advance, new_case

PASSPHRASE = "olive tree by the river 1447"
ROOT = Path(__file__).resolve().parents[2]
#: What must not be readable: names, a description, clause texts and a session summary
#: in Arabic (with harakat), Kurdish (Sorani letters ڕ ێ ڵ ە ۆ) and English.
MARKERS = {
    "ar_name": "زَينب",
    "ar_family": "الخزرجيّة",
    "ckb_name": "ڕێژەنۆڵە",
    "ckb_family": "هەڵۆیی",
    "en_name": "Quillbottom",
    "ar_description": "نزاعٌ على بئرِ الماءِ المشتركة",
    "ckb_description": "ناکۆکیی ڕێگەی کێڵگە لە گوندی بەردەڕەش",
    "en_description": "Dispute over the shared irrigation sluice",
    "ar_clause": "يلتزمُ الطرفانِ بتقاسمِ ماءِ البئرِ مناصفةً",
    "en_clause": "Both sides share the well's water equally",
    "ckb_summary": "دانیشتنی ئاشتەوایی لە مزگەوتی گەڕەک",
}


def _forms(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def readable(path: Path) -> list[str]:
    """The markers found in a file's bytes, in UTF-8 or UTF-16."""
    if not path.exists():
        return []
    data = path.read_bytes()
    return [name for name, text in MARKERS.items() if any(f in data for f in _forms(text))]


def seed(ctx: ServiceContext) -> int:
    """A case whose people, description, clauses and session carry the markers."""
    world = make_world(ctx)
    case = intake.create_case(ctx, world.officer, forum_id=world.forum_id, category="land",
                              channel="walk_in", station_id=world.station_id,
                              description=f"{MARKERS['ar_description']} · "
                                          f"{MARKERS['ckb_description']} · "
                                          f"{MARKERS['en_description']}")
    people = [(MARKERS["ar_name"], MARKERS["ar_family"]),
              (MARKERS["ckb_name"], MARKERS["ckb_family"])]
    for i, (given, family) in enumerate(people):
        intake.add_party(ctx, world.officer, case.id,
                         role="complainant" if i == 0 else "respondent",
                         person={"given_name": given, "father_name": "حسين",
                                 "grandfather_name": "علي", "family_name": family,
                                 "latin_name": MARKERS["en_name"], "phone": "07701234567"})
    advance(world, case.id, Stage.MEDIATION)
    view = cases.get_case_view(ctx, world.coordinator, case.id)
    mediation.record_session(ctx, world.mediator, case.id, held_on=ctx.today(), kind="joint",
                             outcome="progress", summary=MARKERS["ckb_summary"],
                             present_party_ids=[p.id for p in view.parties])
    a = agreements.create_agreement(ctx, world.mediator, case.id, languages="ar+en")
    agreements.add_clause(ctx, world.mediator, a.id, version=a.version,
                          texts={"ar": MARKERS["ar_clause"], "en": MARKERS["en_clause"]})
    return case.id


def _files(db: Path) -> list[Path]:
    return [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")]


def test_the_markers_are_readable_in_a_plain_database(tmp_path):
    """The search below would find them: the control for the encrypted case."""
    db = tmp_path / "plain.sqlite3"
    ctx = open_database(f"sqlite:///{db}")
    try:
        with ctx.engine.connect() as held:
            held.exec_driver_sql("SELECT count(*) FROM cases").scalar()
            held.rollback()
            seed(ctx)
            in_log = set(readable(db.with_name(db.name + "-wal")))
            assert in_log == set(MARKERS), sorted(set(MARKERS) - in_log)
        found = {name for f in _files(db) for name in readable(f)}
        assert found == set(MARKERS), sorted(set(MARKERS) - found)
        copy = maintenance.backup(ctx, ctx_admin(ctx), tmp_path / "copies").path
        assert set(readable(copy)) == set(MARKERS)
    finally:
        ctx.close()


def ctx_admin(ctx: ServiceContext):  # type: ignore[no-untyped-def]
    from sulh.services import users
    return users.system_actor(ctx)


def test_nothing_readable_in_an_encrypted_database_its_log_or_its_backups(tmp_path):
    db = tmp_path / "secret.sqlite3"
    ctx = open_database(f"sqlite:///{db}", passphrase=PASSPHRASE)
    try:
        # A connection left open, as a running app's would be, keeps the write-ahead
        # log from being folded in and removed when each unit of work closes.
        with ctx.engine.connect() as held:
            held.exec_driver_sql("SELECT count(*) FROM cases").scalar()
            held.rollback()
            case_id = seed(ctx)
            wal = db.with_name(db.name + "-wal")
            assert wal.stat().st_size > 100_000, "the log holds the new pages"
            leaks = {f.name: readable(f) for f in _files(db)}
            assert all(not v for v in leaks.values()), leaks
            held.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            held.rollback()
        leaks = {f.name: readable(f) for f in _files(db)}
        assert all(not v for v in leaks.values()), leaks
        assert is_encrypted(db)

        admin = ctx_admin(ctx)
        copy = maintenance.backup(ctx, admin, tmp_path / "copies").path
        auto = maintenance.auto_backup(ctx, maintenance.BackupPolicy(tmp_path / "usb"),
                                       reason="exit").path
        for backup in (copy, auto):
            assert is_encrypted(backup) and readable(backup) == [], backup
            assert maintenance.check_sqlite_file(backup, ctx.engine) == []
        # The records are all there for whoever has the passphrase.
        view = cases.get_case_view(ctx, admin, case_id)
        assert MARKERS["ar_description"] in view.description
        assert {p.person.given_name for p in view.parties if p.person} == {
            MARKERS["ar_name"], MARKERS["ckb_name"]}
        assert view.agreement is not None
        assert view.agreement.clauses[-1].texts["ar"] == MARKERS["ar_clause"]
        report = maintenance.verify(ctx, admin)
        assert report.ok, report.findings
    finally:
        ctx.close()

    # A backup restores with the same passphrase, and only with it.
    other = tmp_path / "restored.sqlite3"
    ctx2 = open_database(f"sqlite:///{other}", passphrase=PASSPHRASE)
    try:
        maintenance.restore(ctx2, ctx_admin(ctx2), copy)
        assert cases.get_case_view(ctx2, ctx_admin(ctx2), case_id).description == \
            view.description
        assert readable(other) == [] and is_encrypted(other)
    finally:
        ctx2.close()
    with pytest.raises(WrongPassphrase):
        ServiceContext.open(f"sqlite:///{copy}", passphrase="not the passphrase at all")


def test_a_wrong_or_missing_passphrase_is_a_clear_message_not_a_crash(tmp_path):
    db = tmp_path / "secret.sqlite3"
    open_database(f"sqlite:///{db}", passphrase=PASSPHRASE).close()
    with pytest.raises(WrongPassphrase) as wrong:
        open_database(f"sqlite:///{db}", passphrase="olive tree by the river 1448")
    assert str(wrong.value).startswith("This passphrase does not open the database")
    assert wrong.value.field == "passphrase"
    env = {k: v for k, v in os.environ.items() if k != "SULH_DB_PASSPHRASE"}
    with pytest.raises(PassphraseNeeded) as missing:
        open_database(f"sqlite:///{db}")
    assert "is encrypted: give its passphrase" in str(missing.value)
    # The command line: one line, exit code 2, no traceback.
    for passphrase, expected in ((None, "is encrypted: give its passphrase"),
                                 ("wrong wrong wrong", "This passphrase does not open")):
        run_env = dict(env, **({"SULH_DB_PASSPHRASE": passphrase} if passphrase else {}))
        r = subprocess.run([sys.executable, "-m", "sulh", "--db", str(db), "verify"],
                           capture_output=True, text=True, env=run_env, cwd=ROOT, check=False)
        assert r.returncode == 2, r.stderr
        assert r.stderr.count("\n") == 1 and expected in r.stderr, r.stderr
        assert "Traceback" not in r.stderr
    r = subprocess.run([sys.executable, "-m", "sulh", "--db", str(db), "verify"],
                       capture_output=True, text=True, cwd=ROOT, check=False,
                       env=dict(env, SULH_DB_PASSPHRASE=PASSPHRASE))
    assert r.returncode == 0, r.stderr


def test_sulh_encrypt_turns_a_plain_database_into_an_encrypted_one(tmp_path):
    db = tmp_path / "station.sqlite3"
    ctx = open_database(f"sqlite:///{db}")
    try:
        case_id = seed(ctx)
        new_case(make_world_again(ctx))
        old_backup = maintenance.backup(ctx, ctx_admin(ctx), tmp_path / "old.sqlite3").path
        before = _counts(ctx)
    finally:
        ctx.close()
    assert set(readable(db)) | set(readable(db.with_name(db.name + "-wal"))) == set(MARKERS)
    env = {k: v for k, v in os.environ.items() if k != "SULH_DB_PASSPHRASE"}
    r = subprocess.run([sys.executable, "-m", "sulh", "--db", str(db), "encrypt",
                        "--passphrase-stdin"], input=PASSPHRASE + "\n", capture_output=True,
                       text=True, env=env, cwd=ROOT, check=False)
    assert r.returncode == 0, r.stderr
    assert "encrypted:" in r.stdout
    assert f"warning: {tmp_path / 'old.sqlite3'} is an unencrypted copy" in r.stdout
    assert db.read_bytes()[:16] != SQLITE_MAGIC
    leaks = {f.name: readable(f) for f in _files(db)}
    assert all(not v for v in leaks.values()), leaks
    assert not list(tmp_path.glob(".station*")), "a temporary file was left behind"

    ctx = open_database(f"sqlite:///{db}", passphrase=PASSPHRASE)
    try:
        after = _counts(ctx)
        # The conversion itself is recorded: one more audit event, nothing else changed.
        assert {k: v for k, v in after.items() if k != "audit_events"} == \
            {k: v for k, v in before.items() if k != "audit_events"}
        assert after["audit_events"] == before["audit_events"] + 1
        admin = ctx_admin(ctx)
        assert MARKERS["en_description"] in cases.get_case_view(ctx, admin, case_id).description
        report = maintenance.verify(ctx, admin)
        assert report.ok, report.findings
        assert maintenance.encryption_state(ctx) == "encrypted"
        # A plain backup made before still restores, into the encrypted database.
        maintenance.restore(ctx, admin, old_backup)
        assert readable(db) == [] and is_encrypted(db)
        assert cases.get_case_view(ctx, admin, case_id).id == case_id
    finally:
        ctx.close()


def test_an_encrypted_backup_is_refused_by_a_plain_database_with_a_reason(tmp_path):
    secret = tmp_path / "secret.sqlite3"
    ctx = open_database(f"sqlite:///{secret}", passphrase=PASSPHRASE)
    try:
        make_world(ctx)
        copy = maintenance.backup(ctx, ctx_admin(ctx), tmp_path / "copies").path
    finally:
        ctx.close()
    plain = open_database(f"sqlite:///{tmp_path / 'plain.sqlite3'}")
    try:
        with pytest.raises(maintenance.BackupError) as e:
            maintenance.restore(plain, ctx_admin(plain), copy)
        assert "encrypted backup, and this database is not encrypted" in str(e.value)
    finally:
        plain.close()


def make_world_again(ctx: ServiceContext):  # type: ignore[no-untyped-def]
    """The world seed() made, for one more case."""
    from sulh.services import users
    from tests.conftest import World

    with ctx.reading() as uow:
        forum_id, other = uow.session.scalars(select(m.Forum.id).order_by(m.Forum.id)).all()
        station_id = uow.session.scalars(select(m.Station.id)).first()
    actors = {r: users.actor_for(ctx, r) for r in ("officer", "mediator", "coordinator",
                                                   "admin", "viewer")}
    return World(ctx=ctx, system=users.system_actor(ctx), forum_id=forum_id,
                 other_forum_id=other, station_id=station_id, **actors)


def _counts(ctx: ServiceContext) -> dict[str, int]:
    with ctx.reading() as uow:
        return {t.__tablename__: int(uow.session.scalar(select(func.count()).select_from(t)))
                for t in (m.Case, m.Party, m.Person, m.MediationSession, m.Agreement,
                          m.AgreementClause, m.StageChange, m.AuditEvent, m.User)}


def test_the_copy_kept_before_a_schema_upgrade_is_encrypted_too(tmp_path):
    from sulh.db.engine import make_engine
    from sulh.db.migrate import upgrade

    db = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{db}", passphrase=PASSPHRASE)
    upgrade(engine, "0001")                  # an installation from the first release
    engine.dispose()
    ctx = open_database(f"sqlite:///{db}", passphrase=PASSPHRASE)
    try:
        [copy] = tmp_path.glob("old.before-upgrade-0001-*.sqlite3")
        assert is_encrypted(copy)
        assert maintenance.check_sqlite_file(copy, ctx.engine) == []
        assert maintenance.check_sqlite_file(copy) == [
            "an encrypted backup, and this database is not encrypted: encrypt it first "
            "(sulh encrypt) with the backup's passphrase"]
    finally:
        ctx.close()
