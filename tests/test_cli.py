"""The admin command line, run as a real process the way an IT person would."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest


def sulh(*args: str, db: Path | str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "SULH_DATABASE_URL"}
    env["SULH_DATABASE_URL"] = str(db)
    return subprocess.run([sys.executable, "-m", "sulh", *args], capture_output=True, text=True,
                          env=env, input=stdin, timeout=300, check=False)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "station.sqlite3"
    r = sulh("init", db=path)
    assert r.returncode == 0, r.stderr
    return path


def test_init_creates_a_database_with_the_current_schema(db: Path):
    conn = sqlite3.connect(db)
    (rev,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    from sulh.db.migrate import head_revision

    assert rev == head_revision()


def test_admin_account_forum_and_verify(db: Path):
    r = sulh("init", "--admin", "boss", "--admin-name", "مدير النظام", "--password-stdin",
             db=db, stdin="a long pass phrase\n")
    assert r.returncode == 0, r.stderr
    r = sulh("forum", "add", "BGD01", "--governorate", "BGD", "--name-ar", "منتدى الكرخ",
             "--name-en", "Karkh", db=db)
    assert r.returncode == 0, r.stderr
    r = sulh("forum", "list", db=db)
    assert "BGD01" in r.stdout and "Karkh" in r.stdout
    r = sulh("user", "add", "ali", "--role", "officer", "--name", "علي", "--forum", "BGD01",
             "--password-stdin", db=db, stdin="another long one\n")
    assert r.returncode == 0, r.stderr
    r = sulh("user", "list", db=db)
    assert "ali" in r.stdout and "officer" in r.stdout and "boss" in r.stdout
    r = sulh("verify", db=db)
    assert r.returncode == 0, r.stderr
    assert "no problems found" in r.stdout


def test_errors_are_one_line_without_a_traceback(db: Path, tmp_path: Path):
    cases = [
        (("forum", "add", "BGD01", "--governorate", "XXX", "--name-ar", "x"), "governorate"),
        (("forum", "add", "B1", "--governorate", "BGD", "--name-ar", "x"), "code"),
        (("user", "add", "bob", "--role", "officer", "--name", "Bob", "--password-stdin"),
         "password"),
        (("restore", str(tmp_path / "missing.sqlite3"), "--yes"), "No such file"),
    ]
    for args, expected in cases:
        r = sulh(*args, db=db, stdin="short\n")
        assert r.returncode == 2, (args, r.stdout, r.stderr)
        assert "Traceback" not in r.stderr
        assert len(r.stderr.strip().splitlines()) == 1, r.stderr
        assert expected in r.stderr


def test_a_mistyped_database_path_is_not_created(tmp_path: Path):
    missing = tmp_path / "typo" / "station.sqlite3"
    r = sulh("verify", db=missing)
    assert r.returncode == 2
    assert "no database at" in r.stderr
    assert not missing.parent.exists()


def test_verify_exits_non_zero_on_tampering(db: Path):
    sulh("forum", "add", "BGD01", "--governorate", "BGD", "--name-ar", "منتدى", db=db)
    conn = sqlite3.connect(db)
    conn.execute("UPDATE audit_events SET username = 'someone else' WHERE seq = 1")
    conn.commit()
    conn.close()
    r = sulh("verify", db=db)
    assert r.returncode == 1
    assert "audit event 1" in r.stderr


def test_backup_and_restore_commands(db: Path, tmp_path: Path):
    sulh("forum", "add", "BGD01", "--governorate", "BGD", "--name-ar", "منتدى", db=db)
    r = sulh("backup", str(tmp_path / "usb") + "/", db=db)
    assert r.returncode == 0, r.stderr
    # The copy, and beside it the audit trail's head as it was (services.anchors).
    (copy,) = [f for f in (tmp_path / "usb").iterdir() if f.suffix != ".anchor"]
    assert copy.with_name(copy.name + ".anchor").is_file()
    sulh("forum", "add", "BGD02", "--governorate", "BGD", "--name-ar", "منتدى ٢", db=db)
    r = sulh("restore", str(copy), "--yes", db=db)
    assert r.returncode == 0, r.stderr
    listing = sulh("forum", "list", db=db).stdout
    assert "BGD01" in listing and "BGD02" not in listing
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("not a database")
    r = sulh("restore", str(junk), "--yes", db=db)
    assert r.returncode == 2 and "cannot be restored" in r.stderr
    assert "BGD01" in sulh("forum", "list", db=db).stdout


def test_python_dash_m_and_the_console_script_agree(db: Path):
    r = sulh("--version", db=db)
    assert r.returncode == 0 and r.stdout.startswith("sulh ")


def test_demo_export_import_verify_as_a_new_user_would(tmp_path: Path):
    station = tmp_path / "station.sqlite3"
    r = sulh("demo", "--cases", "12", "--seed", "4", db=station)
    assert r.returncode == 0, r.stderr
    assert "12 cases in 7 forums" in r.stdout
    out = tmp_path / "to-hq.json"
    r = sulh("export", "-o", str(out), db=station)
    assert r.returncode == 0, r.stderr
    assert out.is_file() and r.stdout.startswith("12 cases")
    hq = tmp_path / "hq.sqlite3"
    r = sulh("import", str(out), db=hq)
    assert r.returncode == 0, r.stderr
    assert "12 case(s) imported" in r.stdout
    r = sulh("import", str(out), db=hq)
    assert "0 case(s) imported, 12 already here" in r.stdout
    for db in (station, hq):
        r = sulh("verify", db=db)
        assert r.returncode == 0 and "no problems found" in r.stdout, r.stderr
    bad = tmp_path / "bad.json"
    bad.write_text(out.read_text(encoding="utf-8").replace('"category": "', '"category": "x', 1),
                   encoding="utf-8")
    r = sulh("import", str(bad), db=tmp_path / "empty.sqlite3")
    assert r.returncode == 2
    assert "nothing imported" in r.stderr and "category" in r.stderr


def test_a_new_database_is_readable_by_its_owner_only(db: Path):
    import stat

    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    wal = db.with_name(db.name + "-wal")
    if wal.exists():
        assert stat.S_IMODE(wal.stat().st_mode) == 0o600
