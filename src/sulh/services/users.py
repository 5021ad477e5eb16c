"""Users, roles and signing in."""

from __future__ import annotations

import getpass
import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

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

_hasher = PasswordHasher()


def user_view(u: m.User) -> records.UserView:
    return records.UserView(u.id, u.username, u.full_name, u.role, u.forum_id, u.active,
                            u.version)


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD or len(password) > MAX_PASSWORD:
        raise ValidationError(msg(QT_TRANSLATE_NOOP("User", "A password needs {min} to {max} characters."),
                                  min=MIN_PASSWORD, max=MAX_PASSWORD), field="password")


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
        _check_password(password)
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
            _check_password(password)
            user.password_hash = _hasher.hash(password)
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


def sign_in(ctx: ServiceContext, username: str, password: str) -> Actor:
    """Check a password; every attempt, good or bad, is written to the audit trail."""
    refused = PermissionDenied(msg(QT_TRANSLATE_NOOP("User", "Wrong user name or password.")), rule="sign_in")
    with ctx.writing() as uow:
        s = uow.session
        user = s.execute(select(m.User).where(m.User.username == username.strip().lower())
                         ).scalar_one_or_none()
        ok = False
        if user is not None and user.active and user.password_hash:
            try:
                ok = _hasher.verify(user.password_hash, password)
            except (VerificationError, InvalidHashError):
                ok = False
        who = Actor(user.id if user else 0, username[:64], Role.VIEWER)
        log(s, ctx, Actor(user.id, user.username, Role(user.role)) if user else who,
            "user.sign_in" if ok else "user.sign_in_failed", "user", user.id if user else None)
        if not ok or user is None:
            uow.commit()
            raise refused
        if _hasher.check_needs_rehash(user.password_hash or ""):
            user.password_hash = _hasher.hash(password)
        actor = Actor(user.id, user.username, Role(user.role), user.forum_id, user.full_name)
        uow.commit()
        return actor


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
