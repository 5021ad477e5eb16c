"""Automatic backups: into the chosen folder (or, when it is missing, the data folder's
backups/ — and the caller is told), verified after writing, rotated; and a restore
drill: backups taken while another process writes restore every record that was
confirmed before the backup began."""

from __future__ import annotations

import datetime as dt
import os
import signal
import time
from pathlib import Path

import pytest

from sulh.services import maintenance
from sulh.services.setup import open_database
from tests.conftest import new_database_url
from tests.flows import new_case
from tests.hardening.crash_harness import Harness, check, import_template, prepare, read_logs


@pytest.fixture(autouse=True)
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's data folder (platformdirs), here a temporary one."""
    home = tmp_path / "data-home"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def test_an_automatic_backup_goes_to_the_chosen_folder_and_is_verified(world, tmp_path,
                                                                        backend):
    ctx = world.ctx
    new_case(world)
    usb = tmp_path / "usb"
    usb.mkdir()
    report = maintenance.auto_backup(ctx, maintenance.BackupPolicy(usb), reason="exit")
    assert report.path.parent == usb and not report.fell_back
    assert report.path.name.startswith("sulh-auto-")
    assert report.path.suffix == (".sqlite3" if backend == "sqlite" else ".pgdump")
    assert maintenance.verify_backup(report.path, ctx.engine) == []
    assert maintenance.automatic_backups(usb)[0][1] == report.path
    # A damaged copy does not pass the check that follows every automatic backup.
    data = bytearray(report.path.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 4096] = bytes(4096)
    damaged = tmp_path / "damaged" / report.path.name
    damaged.parent.mkdir()
    damaged.write_bytes(bytes(data))
    assert maintenance.verify_backup(damaged, ctx.engine) != []


def test_a_missing_folder_falls_back_to_the_data_folder_and_says_so(world, tmp_path,
                                                                     data_home):
    unplugged = tmp_path / "media" / "USB-STICK"
    report = maintenance.auto_backup(world.ctx, maintenance.BackupPolicy(unplugged),
                                     reason="daily")
    assert report.fell_back and report.wanted == unplugged
    assert report.path.parent == data_home / "sulh" / "backups"
    assert not unplugged.exists(), "a missing USB stick must not become a folder on this PC"
    assert maintenance.verify_backup(report.path, world.ctx.engine) == []


@pytest.mark.parametrize("backend", ["sqlite"])     # the same files on either backend
def test_backups_are_rotated_keeping_one_a_day_and_one_a_week(world, tmp_path):
    """Three weeks of daily backups, two on some days: the newest of each of the last
    3 days and of each of the last 2 weeks stay; manual backups are never touched."""
    ctx = world.ctx
    folder = tmp_path / "usb"
    folder.mkdir()
    manual = maintenance.backup(ctx, world.admin, folder / "by-hand.sqlite3").path
    policy = maintenance.BackupPolicy(folder, keep_daily=3, keep_weekly=2)
    start = dt.datetime(2026, 2, 2, 9, 0).astimezone()       # a Monday, on this PC's clock
    made = []
    for day in range(21):
        hours = (9, 17) if day >= 18 or day % 7 == 6 else (9,)   # twice on Sundays too
        for hour in hours:
            when = start + dt.timedelta(days=day, hours=hour - 9)
            made.append((day, hour, maintenance.auto_backup(ctx, policy, reason="daily",
                                                            now=when)))
    kept = {p.name for _, p in maintenance.automatic_backups(folder)}
    expected = {r.path.name for day, hour, r in made
                if hour == 17 and day in (18, 19, 20, 13)}   # 3 last days; 2 last Sundays
    assert kept == expected
    assert manual.exists()
    # Each deleted backup went with its anchor file.
    anchors = {p.name[:-len(".anchor")] for p in folder.glob("sulh-auto-*.anchor")}
    assert anchors == kept
    print(f"\nrotation: {len(made)} automatic backups over 21 days, {len(kept)} kept "
          f"(3 daily + 2 weekly, one shared)")


def test_a_backup_is_due_once_a_day(world, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    policy = maintenance.BackupPolicy(folder)
    morning = dt.datetime(2026, 3, 10, 8, 0).astimezone()
    assert maintenance.backup_due(policy, morning)
    maintenance.auto_backup(world.ctx, policy, reason="daily", now=morning)
    assert not maintenance.backup_due(policy, morning + dt.timedelta(hours=10))
    assert maintenance.backup_due(policy, morning + dt.timedelta(days=1))


@pytest.mark.slow
def test_restore_drill_backups_taken_during_writes_hold_every_confirmed_record(
        backend, request, tmp_path):
    url = new_database_url(backend, request, tmp_path)
    open_database(url).close()
    prepare(url)
    runs = tmp_path / "runs"
    runs.mkdir()
    harness = Harness(url, runs, import_template(tmp_path))
    request.addfinalizer(harness.close)
    ctx = harness.ctx
    policy = maintenance.BackupPolicy(tmp_path / "usb")
    policy.folder.mkdir()                              # type: ignore[union-attr]
    pid = int(harness._ask(f"fork 1 {runs / 'run-1.log'} 11").split()[1])
    backups = []
    try:
        for day, pause in enumerate((1.0, 0.6, 0.6)):
            time.sleep(pause)
            began = time.time()
            # Named as if on consecutive days, so the rotation keeps all three.
            when = dt.datetime.now().astimezone() + dt.timedelta(days=day)
            backups.append((began, maintenance.auto_backup(ctx, policy, reason="daily",
                                                           now=when)))
        time.sleep(0.3)
    finally:
        os.kill(pid, signal.SIGKILL)                   # and the writer dies mid-work
        harness._ask(f"wait {pid}")
    entries = read_logs(runs)
    assert not [e for e in entries if e.kind == "error"]
    restored = []
    for began, report in backups:
        maintenance.restore(ctx, maintenance_admin(ctx), report.path)
        before = [e for e in entries if e.kind != "confirmed" or e.details["at"] < began]
        confirmed = sum(1 for e in before if e.kind == "confirmed")
        problems = check(ctx, before)
        assert problems == [], f"backup {report.path.name}: {problems[:10]}"
        assert confirmed > 0
        restored.append(confirmed)
    during = sum(1 for e in entries if e.kind == "confirmed")
    figures = (f"{backend}: {len(backups)} backups taken while a worker wrote "
               f"({during} writes confirmed in all); each restored with every write "
               f"confirmed before it began ({', '.join(map(str, restored))}), integrity, "
               f"references and audit chain clean")
    print("\n" + figures)
    assert restored == sorted(restored) and restored[-1] > restored[0], figures


def maintenance_admin(ctx):  # type: ignore[no-untyped-def]
    from sulh.services import users
    return users.system_actor(ctx)
