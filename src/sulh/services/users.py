"""Users, roles and signing in."""

from __future__ import annotations

import datetime as dt
import getpass
import re
import secrets
import unicodedata

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from sulh.db import models as m
from sulh.domain.errors import PermissionDenied, ValidationError
from sulh.domain.roles import Action, Role
from sulh.domain.text import clean_text
from sulh.i18n import QT_TRANSLATE_NOOP, msg
from sulh.services import records
from sulh.services._common import check_version, diff, get, log
from sulh.services.audit import snapshot
from sulh.services.context import Actor, ServiceContext

SYSTEM_USERNAME = "system"
USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,62}$")
MIN_PASSWORD = 8
MAX_PASSWORD = 1024     # long passphrases are welcome
#: Failed sign-ins in a row that pause signing in with a name, and for how long.
MAX_FAILED_SIGN_INS = 5
LOCK_MINUTES = 15

#: argon2id with RFC 9106's second recommended parameters (64 MiB, 3 passes, 4 lanes),
#: written out so that a library upgrade changes nothing unnoticed; a hash made with
#: other parameters is redone at its owner's next sign-in (`check_needs_rehash`).
_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4, hash_len=32,
                         salt_len=16, type=Type.ID)
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


_decoys: dict[tuple[int, int, int], str] = {}


def _decoy_hash() -> str:
    """A hash no one can sign in with, at the hasher's cost: a name without an account is
    checked against it, so that the time an answer takes does not tell whether the name
    exists."""
    key = (_hasher.time_cost, _hasher.memory_cost, _hasher.parallelism)
    if key not in _decoys:
        _decoys[key] = _hasher.hash(secrets.token_hex(32))
    return _decoys[key]


def normal_password(password: str) -> str:
    """The passphrase as hashed and checked: NFC, since an Arabic or Kurdish letter with a
    mark (hamza, harakat) arrives composed from one keyboard and decomposed from another."""
    return unicodedata.normalize("NFC", password)


def user_view(u: m.User) -> records.UserView:
    return records.UserView(u.id, u.username, u.full_name, u.role, u.forum_id, u.active,
                            u.version)


def _check_password(password: object) -> str:
    """The password, normalised, if it may be set (raises ValidationError otherwise)."""
    if not isinstance(password, str):
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "This must be text.")), field="password")
    if _UNPRINTABLE.search(password):
        raise ValidationError(msg(QT_TRANSLATE_NOOP("User", "A password cannot contain control characters "
                                                            "or broken characters.")),
                              field="password")
    password = normal_password(password)
    if len(password) < MIN_PASSWORD or len(password) > MAX_PASSWORD:
        raise ValidationError(msg(QT_TRANSLATE_NOOP("User", "A password needs {min} to {max} characters."),
                                  min=MIN_PASSWORD, max=MAX_PASSWORD), field="password")
    return password


def ensure_system_user(ctx: ServiceContext) -> Actor:
    """The account that admin commands run as; it cannot sign in."""
    with ctx.writing() as uow:
        user = uow.session.execute(select(m.User).where(m.User.username == SYSTEM_USERNAME)
                                   ).scalar_one_or_none()
        if user is None:
            user = m.User(username=SYSTEM_USERNAME, full_name="Sulh administration",
                          role=Role.ADMIN.value, password_hash=None, created_at=ctx.now())
            uow.session.add(user)
            uow.session.flush()
            actor = Actor(user.id, SYSTEM_USERNAME, Role.ADMIN)
            log(uow.session, ctx, actor, "user.create", "user", user.id,
                after=snapshot(user))
            uow.commit()
        return Actor(user.id, SYSTEM_USERNAME, Role.ADMIN, None, user.full_name)


def system_actor(ctx: ServiceContext) -> Actor:
    """The system account, named after the person at the terminal in the audit trail."""
    base = ensure_system_user(ctx)
    try:
        who = getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on some service accounts
        who = "unknown"
    return Actor(base.user_id, f"{SYSTEM_USERNAME}:{who}"[:64], Role.ADMIN, None,
                 base.full_name)


def create_user(ctx: ServiceContext, actor: Actor, *, username: str, full_name: str, role: str,
                password: str | None = None, forum_id: int | None = None) -> records.UserView:
    actor.require(Action.MANAGE_USERS)
    username = clean_text(username, "username", max_length=64, required=True).lower()
    if not USERNAME.match(username) or username == SYSTEM_USERNAME:
        raise ValidationError(msg(QT_TRANSLATE_NOOP("User", "A user name is 2-63 lower-case Latin letters, "
                                             "digits, dots, dashes or underscores.")),
                              field="username")
    full_name = clean_text(full_name, "full_name", max_length=200, required=True)
    try:
        role_ = Role(role)
    except ValueError:
        raise ValidationError(msg(QT_TRANSLATE_NOOP("User", "Unknown role: {role}."), role=role),
                              field="role") from None
    if password is not None:
        password = _check_password(password)
    with ctx.writing() as uow:
        s = uow.session
        if s.execute(select(m.User.id).where(m.User.username == username)).first():
            raise ValidationError(msg(QT_TRANSLATE_NOOP("User", "The user name {name} is taken."),
                                      name=username), field="username")
        if forum_id is not None:
            get(s, m.Forum, forum_id, "forum")
        user = m.User(username=username, full_name=full_name, role=role_.value,
                      forum_id=forum_id, created_at=ctx.now(),
                      password_hash=_hasher.hash(password) if password else None)
        s.add(user)
        s.flush()
        after = snapshot(user)
        after.pop("password_hash")
        log(s, ctx, actor, "user.create", "user", user.id, after=after)
        view = user_view(user)
        uow.commit()
        return view


def update_user(ctx: ServiceContext, actor: Actor, user_id: int, *, version: int,
                full_name: str | None = None, role: str | None = None,
                active: bool | None = None, forum_id: int | None = None,
                password: str | None = None) -> records.UserView:
    actor.require(Action.MANAGE_USERS)
    with ctx.writing() as uow:
        s = uow.session
        user: m.User = get(s, m.User, user_id, "user")
        check_version(user, version, user_view(user))
        before = snapshot(user)
        if full_name is not None:
            user.full_name = clean_text(full_name, "full_name", max_length=200, required=True)
        if role is not None:
            try:
                user.role = Role(role).value
            except ValueError:
                raise ValidationError(msg(QT_TRANSLATE_NOOP("User", "Unknown role: {role}."), role=role),
                                      field="role") from None
        if active is not None:
            user.active = active
        if forum_id is not None:
            get(s, m.Forum, forum_id, "forum")
            user.forum_id = forum_id
        if password is not None:
            user.password_hash = _hasher.hash(_check_password(password))
            user.failed_sign_ins = 0
            user.locked_until = None
        s.flush()
        b, a = diff(before, snapshot(user))
        for d in (a, b):
            if "password_hash" in d:
                d["password_hash"] = "(changed)"
        log(s, ctx, actor, "user.update", "user", user.id, before=b, after=a)
        view = user_view(user)
        uow.commit()
        return view


def list_users(ctx: ServiceContext, actor: Actor) -> list[records.UserView]:
    actor.require(Action.MANAGE_USERS)
    with ctx.reading() as uow:
        return [user_view(u) for u in uow.session.execute(
            select(m.User).where(m.User.username != SYSTEM_USERNAME).order_by(m.User.username)
        ).scalars()]


def _typed_name(username: object) -> str:
    """A user name as typed, made fit to look up and to write to the audit trail."""
    text = username if isinstance(username, str) else ""
    text = unicodedata.normalize("NFC", _UNPRINTABLE.sub("\ufffd", text)).strip().lower()
    return text[:64]


def _throttle(session: Session, name: str, now: dt.datetime) -> m.SignInThrottle:
    """The counters of a name without an account (made on its first failure)."""
    row = session.get(m.SignInThrottle, name, with_for_update=True)
    if row is None:
        # A day after their last failure, the counters of names nobody has are
        # forgotten, so a run of made-up names cannot fill the table.
        session.execute(delete(m.SignInThrottle).where(
            m.SignInThrottle.last_failed_at < now - dt.timedelta(days=1),
            or_(m.SignInThrottle.locked_until.is_(None),
                m.SignInThrottle.locked_until < now)))
        row = m.SignInThrottle(name=name, failed_sign_ins=0, locked_until=None,
                               last_failed_at=now)
        session.add(row)
    return row


def _paused(until: dt.datetime) -> PermissionDenied:
    return PermissionDenied(
        msg(QT_TRANSLATE_NOOP("User", "Too many failed sign-ins: signing in with this user name "
                                      "is paused until {time}. Try again then, or ask an "
                                      "administrator."),
            time=until.astimezone().strftime("%H:%M")),
        rule="sign_in_locked", details=until)


def _password_matches(user: m.User | None, password: str) -> bool:
    if not isinstance(password, str) or _UNPRINTABLE.search(password) \
            or len(password) > 4 * MAX_PASSWORD:
        return False
    stored = user.password_hash if user is not None and user.active else None
    typed = normal_password(password)
    try:
        if stored is None:
            _hasher.verify(_decoy_hash(), typed)
            return False
        if _hasher.verify(stored, typed):
            return True
    except (VerificationError, InvalidHashError):
        pass
    # A hash made before passwords were normalised, from a password typed decomposed.
    if stored is not None and typed != password:
        try:
            return bool(_hasher.verify(stored, password))
        except (VerificationError, InvalidHashError):
            return False
    return False


def sign_in(ctx: ServiceContext, username: str, password: str) -> Actor:
    """Check a password; every attempt, good, bad or refused, is written to the audit trail.

    MAX_FAILED_SIGN_INS failures in a row pause signing in with that name for
    LOCK_MINUTES, counted in the database so the pause holds on every PC.  Names with
    no account are counted the same way (m.SignInThrottle) and every refusal reads the
    same, so the answers never tell whether a name exists.
    """
    refused = PermissionDenied(msg(QT_TRANSLATE_NOOP("User", "Wrong user name or password.")), rule="sign_in")
    name = _typed_name(username)
    now = ctx.now()
    with ctx.writing() as uow:
        s = uow.session
        user = s.execute(select(m.User).where(m.User.username == name).with_for_update()
                         ).scalar_one_or_none()
        counter: m.User | m.SignInThrottle = (user if user is not None
                                              else _throttle(s, name, now))
        who = (Actor(user.id, user.username, Role(user.role)) if user is not None
               else Actor(0, name or "?", Role.VIEWER))
        if counter.locked_until is not None and counter.locked_until > now:
            log(s, ctx, who, "user.sign_in_locked", "user", user.id if user else None,
                after={"locked_until": counter.locked_until})
            uow.commit()
            raise _paused(counter.locked_until)
        ok = _password_matches(user, password)
        if ok and user is not None:
            # Counters are bookkeeping, not an edit of the account: written without
            # bumping its version, so an administrator's open copy does not go stale.
            s.execute(update(m.User).where(m.User.id == user.id)
                      .values(failed_sign_ins=0, locked_until=None)
                      .execution_options(synchronize_session=False))
            log(s, ctx, who, "user.sign_in", "user", user.id)
            if _hasher.check_needs_rehash(user.password_hash or "") or \
                    password != normal_password(password):
                user.password_hash = _hasher.hash(normal_password(password))
            actor = Actor(user.id, user.username, Role(user.role), user.forum_id, user.full_name)
            uow.commit()
            return actor
        failed = counter.failed_sign_ins + 1
        locked_until = None
        if failed >= MAX_FAILED_SIGN_INS:
            locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
            failed = 0
        if user is not None:
            s.execute(update(m.User).where(m.User.id == user.id)
                      .values(failed_sign_ins=failed, locked_until=locked_until)
                      .execution_options(synchronize_session=False))
        else:
            assert isinstance(counter, m.SignInThrottle)
            counter.failed_sign_ins, counter.locked_until = failed, locked_until
            counter.last_failed_at = now
        after: dict[str, object] = {"failed_in_a_row": failed or MAX_FAILED_SIGN_INS}
        if locked_until is not None:
            after["locked_until"] = locked_until
        log(s, ctx, who, "user.sign_in_failed", "user", user.id if user else None, after=after)
        uow.commit()
        if locked_until is not None:
            raise _paused(locked_until)
        raise refused


def actor_for(ctx: ServiceContext, username: str) -> Actor:
    """The actor for an existing user, for admin commands run on their behalf."""
    with ctx.reading() as uow:
        user = uow.session.execute(select(m.User).where(m.User.username == username)
                                   ).scalar_one_or_none()
        if user is None or not user.active:
            raise ValidationError(msg(QT_TRANSLATE_NOOP("User", "No active user {name}."), name=username),
                                  field="username")
        return Actor(user.id, user.username, Role(user.role), user.forum_id, user.full_name)


def mediator_names(ctx: ServiceContext, actor: Actor) -> list[tuple[int, str]]:
    """Active mediators and coordinators, for choosing whose cases to show."""
    actor.require(Action.VIEW_CASES)
    with ctx.reading() as uow:
        rows = uow.session.execute(
            select(m.User.id, m.User.full_name).where(
                m.User.active, m.User.role.in_([Role.MEDIATOR.value, Role.COORDINATOR.value]))
            .order_by(m.User.full_name)).all()
        return [(int(uid), str(name)) for uid, name in rows]


def has_accounts(ctx: ServiceContext) -> bool:
    """Whether anyone can sign in yet (a new database has only the system account)."""
    with ctx.reading() as uow:
        return uow.session.execute(select(m.User.id).where(
            m.User.password_hash.is_not(None), m.User.active).limit(1)).first() is not None


def create_first_admin(ctx: ServiceContext, *, username: str, full_name: str,
                       password: str) -> Actor:
    """The first account of a new installation; refused once any account exists."""
    if has_accounts(ctx):
        raise PermissionDenied(msg(QT_TRANSLATE_NOOP("User", "This database already has accounts; ask an "
                                              "administrator.")), rule="first_admin")
    create_user(ctx, system_actor(ctx), username=username, full_name=full_name,
                role=Role.ADMIN.value, password=password)
    return sign_in(ctx, username, password)


def user_names(ctx: ServiceContext, actor: Actor) -> dict[int, str]:
    """Every user's display name by id (inactive ones too), for showing who did what."""
    actor.require(Action.VIEW_CASES)
    with ctx.reading() as uow:
        rows = uow.session.execute(select(m.User.id, m.User.full_name, m.User.username)).all()
        return {int(uid): str(full or name) for uid, full, name in rows}


def forum_mediators(ctx: ServiceContext, actor: Actor, forum_id: int) -> list[tuple[int, str]]:
    """Active mediators and coordinators of one forum, for choosing who mediates a case."""
    actor.require(Action.VIEW_CASES)
    with ctx.reading() as uow:
        rows = uow.session.execute(
            select(m.User.id, m.User.full_name, m.User.username).where(
                m.User.active, m.User.forum_id == forum_id,
                m.User.role.in_([Role.MEDIATOR.value, Role.COORDINATOR.value]))
            .order_by(m.User.full_name)).all()
        return [(int(uid), str(full or name)) for uid, full, name in rows]
