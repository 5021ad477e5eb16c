"""Signing in: argon2id, long and Arabic or Kurdish passphrases, five failures pause a
user name for fifteen minutes on every PC without telling whether the name exists, every
attempt (and every print and export) in the audit trail, and a session that ends after
its lifetime however busy its user."""

from __future__ import annotations

import datetime as dt
import json
import statistics
import subprocess
import sys
import time
import unicodedata

import pytest
from argon2 import PasswordHasher, Type
from sqlalchemy import select

from sulh import i18n
from sulh.db import models as m
from sulh.domain.errors import PermissionDenied, ValidationError
from sulh.gui import app as gui_app
from sulh.gui.main_window import MainWindow
from sulh.gui.session import AppSession
from sulh.gui.sign_in import SignInDialog
from sulh.services import documents, exchange, users
from sulh.services.context import ServiceContext
from sulh.settings import Settings
from tests.conftest import World
from tests.flows import new_case

PASS = "a long enough passphrase"
#: Arabic and Kurdish letters that a keyboard may send composed or as letter + mark.
ARABIC_PASS = "كلمة السر: أمان آمن وۀ ئێمە ڕێگە"


def _audit(ctx: ServiceContext, *actions: str) -> list[m.AuditEvent]:
    with ctx.reading() as uow:
        rows = uow.session.scalars(select(m.AuditEvent).where(m.AuditEvent.action.in_(actions))
                                   .order_by(m.AuditEvent.seq)).all()
        uow.session.expunge_all()
        return list(rows)


def _make(world: World, name: str, password: str = PASS, role: str = "officer") -> None:
    users.create_user(world.ctx, world.system, username=name, full_name=name.title(),
                      role=role, password=password, forum_id=world.forum_id)


#: Tests that need the real cost of a hash: the others use argon2id at its lowest cost
#: (what they check does not depend on it, and a real hash takes ~0.2 s).
REAL_COST = {"test_passwords_are_argon2id_with_the_recommended_cost",
             "test_an_unknown_name_takes_as_long_to_refuse_as_a_wrong_password"}


@pytest.fixture(autouse=True)
def cheap_hashes(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    if request.node.originalname not in REAL_COST:
        monkeypatch.setattr(users, "_hasher", PasswordHasher(
            time_cost=1, memory_cost=1024, parallelism=1, type=Type.ID))


class Clock:
    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock(world: World) -> Clock:
    c = Clock(dt.datetime(2026, 11, 21, 9, 0, tzinfo=dt.UTC))
    world.ctx.clock = c
    return c


# ---------------------------------------------------------------- passwords

def test_passwords_are_argon2id_with_the_recommended_cost(world):
    _make(world, "huda")
    with world.ctx.reading() as uow:
        stored = uow.session.scalars(select(m.User.password_hash)
                                     .where(m.User.username == "huda")).one()
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert PASS not in stored


def test_long_passphrases_are_welcome_up_to_1024_characters(world):
    longest = ("قال الحكيم: الصلح خير " * 60)[:1024]
    _make(world, "sara", longest)
    assert users.sign_in(world.ctx, "sara", longest).username == "sara"
    for bad, why in ((longest + "x", "1024"), ("short", "8"), ("tab\there ok?", "control"),
                     ("lone \ud800 half", "broken")):
        with pytest.raises(ValidationError) as e:
            _make(world, "sami", bad)
        assert e.value.field == "password", why
    with world.ctx.reading() as uow:
        assert uow.session.scalar(select(m.User.id).where(m.User.username == "sami")) is None


def test_an_arabic_or_kurdish_passphrase_works_however_the_keyboard_composed_it(world):
    decomposed = unicodedata.normalize("NFD", ARABIC_PASS)
    assert decomposed != ARABIC_PASS               # أ آ ۀ ئ have a composed form
    _make(world, "kawa", decomposed)
    assert users.sign_in(world.ctx, "kawa", ARABIC_PASS).username == "kawa"
    assert users.sign_in(world.ctx, "kawa", decomposed).username == "kawa"
    # An administrator's reset typed composed; the user types it decomposed.
    kawa = next(u for u in users.list_users(world.ctx, world.admin) if u.username == "kawa")
    users.update_user(world.ctx, world.admin, kawa.id, version=kawa.version,
                      password=ARABIC_PASS + " ٢")
    assert users.sign_in(world.ctx, "kawa", decomposed + " ٢").username == "kawa"


# ---------------------------------------------------------------- lockout

def _fail(ctx: ServiceContext, name: str, password: str = "not the password") -> PermissionDenied:
    with pytest.raises(PermissionDenied) as e:
        users.sign_in(ctx, name, password)
    return e.value


def test_five_failures_pause_the_name_for_fifteen_minutes(world, clock):
    ctx = world.ctx
    _make(world, "huda")
    for _ in range(4):
        assert _fail(ctx, "huda").rule == "sign_in"
    locked = _fail(ctx, "huda")
    assert locked.rule == "sign_in_locked"
    until = clock.now + dt.timedelta(minutes=15)
    assert locked.details == until
    assert until.astimezone().strftime("%H:%M") in str(locked)
    # The right password does not open it meanwhile.
    clock.now += dt.timedelta(minutes=14)
    assert _fail(ctx, "huda", PASS).rule == "sign_in_locked"
    clock.now += dt.timedelta(minutes=1, seconds=1)
    assert users.sign_in(ctx, "huda", PASS).username == "huda"
    # A success starts the count again.
    for _ in range(4):
        _fail(ctx, "huda")
    assert users.sign_in(ctx, "huda", PASS).username == "huda"
    assert _fail(ctx, "huda").rule == "sign_in"


def test_the_pause_holds_on_every_pc(world, db_url):
    """Counted in the database: failures on two PCs add up, and a third PC (another
    process) finds the name paused."""
    _make(world, "huda")
    other_pc = ServiceContext.open(db_url)
    try:
        for n in range(5):
            _fail(world.ctx if n % 2 else other_pc, "huda")
    finally:
        other_pc.close()
    third_pc = subprocess.run(
        [sys.executable, "-c",
         "import sys\n"
         "from sulh.domain.errors import PermissionDenied\n"
         "from sulh.services import users\n"
         "from sulh.services.context import ServiceContext\n"
         "try:\n"
         "    users.sign_in(ServiceContext.open(sys.argv[1]), 'huda', sys.argv[2])\n"
         "except PermissionDenied as e:\n"
         "    print(e.rule, e)\n", db_url, PASS],
        capture_output=True, text=True, timeout=120, check=True)
    assert third_pc.stdout.startswith("sign_in_locked Too many failed sign-ins"), third_pc


def test_the_answers_do_not_tell_whether_a_name_exists(world, clock):
    ctx = world.ctx
    _make(world, "huda")
    seen: dict[str, list[str]] = {"huda": [], "nobody.here": []}
    for name in seen:
        for _ in range(6):
            seen[name].append(str(_fail(ctx, name)))
    assert seen["huda"] == seen["nobody.here"]
    assert seen["huda"][0] == "Wrong user name or password."
    assert "paused until" in seen["huda"][4] and seen["huda"][4] == seen["huda"][5]
    # An inactive account answers as a wrong password does.
    _make(world, "gone")
    gone = next(u for u in users.list_users(ctx, world.admin) if u.username == "gone")
    users.update_user(ctx, world.admin, gone.id, version=gone.version, active=False)
    assert str(_fail(ctx, "gone", PASS)) == "Wrong user name or password."


def test_an_unknown_name_takes_as_long_to_refuse_as_a_wrong_password(world):
    _make(world, "huda")

    def median(name: str) -> float:
        times = []
        for _ in range(3):
            start = time.perf_counter()
            _fail(world.ctx, name)
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    known, unknown = median("huda"), median("no.such.name")
    assert unknown > 0.5 * known


def test_the_pause_message_is_in_the_users_language(world, clock):
    _make(world, "huda")
    for _ in range(4):
        _fail(world.ctx, "huda")
    locked = _fail(world.ctx, "huda")
    assert locked.message.context == "User"
    arabic = {"Too many failed sign-ins: signing in with this user name is paused until {time}."
              " Try again then, or ask an administrator.":
              "محاولات دخول فاشلة كثيرة: الدخول بهذا الاسم موقوف حتى {time}."}
    i18n.set_translator(lambda context, text: arabic.get(text, text))
    try:
        shown = str(locked)
    finally:
        i18n.set_translator(None)
    assert shown.startswith("محاولات دخول فاشلة كثيرة") and locked.message.params["time"] in shown


def test_odd_names_and_passwords_are_refused_without_a_crash(world):
    for name, password in (("huda\x00", PASS), ("\ud800", "x" * 9), ("x" * 5000, PASS),
                           ("", ""), ("officer", "p" * 100_000), ("officer", "\ud83d")):
        assert _fail(world.ctx, name, password).rule in ("sign_in", "sign_in_locked")


# ---------------------------------------------------------------- the audit trail

def test_every_attempt_print_and_export_is_in_the_audit_trail(world, clock, tmp_path):
    ctx = world.ctx
    _make(world, "huda")
    users.sign_in(ctx, "huda", PASS)
    for _ in range(5):
        _fail(ctx, "huda")
    _fail(ctx, "huda", PASS)
    _fail(ctx, "nobody")
    events = _audit(ctx, "user.sign_in", "user.sign_in_failed", "user.sign_in_locked")
    assert [(e.action, e.username) for e in events] == (
        [("user.sign_in", "huda")] + [("user.sign_in_failed", "huda")] * 5
        + [("user.sign_in_locked", "huda"), ("user.sign_in_failed", "nobody")])
    assert json.loads(events[5].after)["locked_until"].startswith("2026-11-21T09:15")
    with ctx.reading() as uow:
        every = " ".join(a + b for a, b in uow.session.execute(
            select(m.AuditEvent.before, m.AuditEvent.after)))
    assert PASS not in every and "not the password" not in every

    case = new_case(world)
    documents.print_case_summary(ctx, world.officer, case.id)
    exchange.export_cases(ctx, world.coordinator, tmp_path / "x.json")
    (printed,) = _audit(ctx, "print.case_summary")
    (exported,) = _audit(ctx, "exchange.export")
    assert (printed.username, printed.case_id) == ("officer", case.id)
    assert exported.username == "coordinator" and json.loads(exported.after)["cases"] == 1


# ---------------------------------------------------------------- the session's lifetime

def test_a_session_lasts_twelve_hours_unless_set_otherwise(tmp_path):
    path = tmp_path / "settings.json"
    assert Settings.load(path).session_hours == 12
    for value, kept in ((8, 8), (0, 12), (25, 12), ("8", 12), (True, 12)):
        path.write_text(json.dumps({"session_hours": value}), encoding="utf-8")
        assert Settings.load(path).session_hours == kept, value


def test_the_password_is_asked_again_when_the_lifetime_ends(qtbot, world, monkeypatch):
    asked: list[tuple[str, bool]] = []

    class TypesThePasswordAgain:
        def __init__(self, ctx: ServiceContext, *, locked_for=None, parent=None,  # type: ignore[no-untyped-def]
                     expired: bool = False) -> None:
            asked.append((locked_for.username, expired))

        def exec(self):  # type: ignore[no-untyped-def]
            # Back to a whole lifetime: on a slow machine the shortened one would run out
            # again before the test looks.
            assert controller.main is not None
            controller.main.lifetime.setInterval(12 * 3_600_000)
            return world.officer

    monkeypatch.setattr(gui_app, "SignInDialog", TypesThePasswordAgain)
    controller = gui_app.AppController(world.ctx, Settings(language="en"))
    controller._open(world.officer)
    main = controller.main
    assert main is not None
    qtbot.addWidget(main.window)
    assert main.lifetime.interval() == 12 * 3_600_000 and main.lifetime.isActive()
    main.lifetime.setInterval(60)
    main.lifetime.start()
    # However busy the user is: activity restarts the idle timer, not the lifetime.
    with qtbot.waitSignal(main.session_expired, timeout=3000):
        for _ in range(5):
            main.idle.timer.start()
            qtbot.wait(10)
    assert asked == [("officer", True)]
    assert controller.main is main and main.lifetime.isActive()     # counted afresh
    assert main.lifetime.remainingTime() > 11 * 3_600_000
    main.close(force=True)


def test_the_lock_screen_says_the_session_has_ended(qtbot, world):
    dlg = SignInDialog(world.ctx, locked_for=world.officer, expired=True)
    qtbot.addWidget(dlg.dialog)
    assert dlg.dialog.heading.text() == "Type your password again"
    assert "as long as a session may last" in dlg.dialog.lockedNote.text()


def test_main_window_lifetime_comes_from_the_settings(qtbot, world):
    session = AppSession(world.ctx, world.viewer, Settings(language="en", session_hours=3))
    main = MainWindow(session)
    qtbot.addWidget(main.window)
    assert main.lifetime.interval() == 3 * 3_600_000
    fired: list[bool] = []
    short = MainWindow(session, lifetime_ms=30)
    qtbot.addWidget(short.window)
    short.session_expired.connect(lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=3000)
    assert not short.lifetime.isActive()             # once, until the password is typed

