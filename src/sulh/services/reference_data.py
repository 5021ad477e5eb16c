"""The reference data of one database: the shipped lists with the entries its
administrators added laid over them, and adding and withdrawing those entries.

Services validate codes against `reference_in(session)` and screens offer
`reference_data(ctx)`; both are the merged lists of *that* database.  They are kept per
engine (one per database), so several databases open in one process never see each
other's additions.  A change made here is seen at once; one made on another PC is
seen by a service at its next call and by a screen within a few seconds.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
import weakref
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from sulh.db import models as m
from sulh.domain.additions import check_addition
from sulh.domain.errors import ValidationError
from sulh.domain.reference import (
    SHIPPED_CLOSURE_REASONS,
    Addition,
    ReferenceData,
    merged,
    place_code_pattern,
    reference,
    table_of,
)
from sulh.domain.roles import Action
from sulh.domain.workflow import ClosureReason
from sulh.i18n import QT_TRANSLATE_NOOP, msg
from sulh.services import audit
from sulh.services.audit import snapshot
from sulh.services.context import Actor, ServiceContext

#: How long a screen may show the lists before they are checked against the database
#: again (a cheap count); services check on every call.
RECHECK_SECONDS = 2.0

Stamp = tuple[int, int]


@dataclass
class _Cached:
    data: ReferenceData
    stamp: Stamp
    checked: float


_cache: weakref.WeakKeyDictionary[Engine, _Cached] = weakref.WeakKeyDictionary()
_lock = threading.Lock()
#: Where a unit of work keeps the lists it read (its session's `info`).
_SESSION_KEY = "sulh.reference_data"


@dataclass(frozen=True)
class ReferenceEntry:
    """An added entry as the administration page shows it."""

    id: int
    kind: str
    code: str
    names: dict[str, str]
    parent: str | None
    extra: dict[str, Any]
    active: bool
    created_at: dt.datetime
    origin: str
    version: int


def _entry(row: m.ReferenceAddition) -> ReferenceEntry:
    return ReferenceEntry(row.id, row.kind, row.code,
                          {"ar": row.name_ar, "ckb": row.name_ckb, "en": row.name_en},
                          row.parent, dict(row.extra or {}), row.active, row.created_at,
                          row.origin, row.version)


def addition_of(row: m.ReferenceAddition | ReferenceEntry) -> Addition:
    names = ({"ar": row.name_ar, "ckb": row.name_ckb, "en": row.name_en}
             if isinstance(row, m.ReferenceAddition) else dict(row.names))
    return Addition(row.kind, row.code, names, row.parent, dict(row.extra or {}), row.active)


def _stamp(session: Session) -> Stamp:
    # Every insert changes the count, every change the sum of versions.
    count, versions = session.execute(select(
        func.count(), func.coalesce(func.sum(m.ReferenceAddition.version), 0))).one()
    return int(count or 0), int(versions or 0)


def _load(session: Session) -> ReferenceData:
    rows = session.scalars(select(m.ReferenceAddition).order_by(m.ReferenceAddition.id))
    return merged(reference(), [addition_of(r) for r in rows])


def _engine_of(session: Session) -> Engine:
    bind = session.get_bind()
    return bind if isinstance(bind, Engine) else bind.engine


def reference_in(session: Session) -> ReferenceData:
    """The merged lists, checked against the database in the caller's unit of work (once
    per unit: a service that asks again, case after case, is not slowed down)."""
    found: ReferenceData | None = session.info.get(_SESSION_KEY)
    if found is not None:
        return found
    engine = _engine_of(session)
    stamp = _stamp(session)
    with _lock:
        cached = _cache.get(engine)
        if cached is not None and cached.stamp == stamp:
            cached.checked = time.monotonic()
            session.info[_SESSION_KEY] = cached.data
            return cached.data
    data = _load(session) if stamp != (0, 0) else reference()
    with _lock:
        _cache[engine] = _Cached(data, stamp, time.monotonic())
    session.info[_SESSION_KEY] = data
    return data


def reference_data(ctx: ServiceContext) -> ReferenceData:
    """The merged lists for a screen: what the user may pick, and the names it shows."""
    with _lock:
        cached = _cache.get(ctx.engine)
        if cached is not None and time.monotonic() - cached.checked < RECHECK_SECONDS:
            return cached.data
    with ctx.reading() as uow:
        return reference_in(uow.session)


def reference_now(ctx: ServiceContext) -> ReferenceData:
    """The merged lists as the database has them this moment (for a service that checks a
    code before it opens its unit of work)."""
    with ctx.reading() as uow:
        return reference_in(uow.session)


def forget(ctx: ServiceContext) -> None:
    """Read the lists afresh next time (after a restore replaced the database)."""
    with _lock:
        _cache.pop(ctx.engine, None)


def closure_rule(ref: ReferenceData, code: str) -> ClosureReason | None:
    """The shipped reason whose rules a closure reason follows (itself, for a shipped
    one); None for a code that is not a closure reason here."""
    if code in SHIPPED_CLOSURE_REASONS:
        return ClosureReason(code)
    label = ref.closure_reasons.get(code)
    counts_as = label.extra.get("counts_as") if label else None
    return ClosureReason(counts_as) if counts_as in SHIPPED_CLOSURE_REASONS else None


# ---------------------------------------------------------------- administration

def list_additions(ctx: ServiceContext, actor: Actor, kind: str | None = None
                   ) -> list[ReferenceEntry]:
    actor.require(Action.VIEW_CASES)
    with ctx.reading() as uow:
        q = select(m.ReferenceAddition).order_by(m.ReferenceAddition.id)
        if kind is not None:
            q = q.where(m.ReferenceAddition.kind == kind)
        return [_entry(r) for r in uow.session.scalars(q)]


def suggest_place_code(ctx: ServiceContext, kind: str, parent: str) -> str:
    """The next free code for a new district (`BGD-11`) or sub-district (`BGD-01-03`)."""
    ref = reference_data(ctx)
    taken = table_of(ref, kind)
    pattern = place_code_pattern(parent)
    numbers = [int(code[-2:]) for code in taken if pattern.match(code)]
    for n in range(max(numbers, default=0) + 1, 100):
        if f"{parent}-{n:02d}" not in taken:
            return f"{parent}-{n:02d}"
    return ""


def add_entry(ctx: ServiceContext, actor: Actor, *, kind: str, code: str,
              names: Mapping[str, str], parent: str | None = None,
              extra: Mapping[str, Any] | None = None) -> ReferenceEntry:
    """Add an entry to a list; its names in Arabic, Kurdish and English are required, its
    code must be new to the list, and a clause goes through the clause refusals."""
    actor.require(Action.MANAGE_REFERENCE)
    with ctx.writing() as uow:
        s = uow.session
        addition = check_addition(reference_in(s), kind, code, names, parent=parent,
                                  extra=extra)
        row = add_row(s, addition, user_id=actor.user_id, at=ctx.now())
        audit.record(s, at=ctx.now(), user_id=actor.user_id, username=actor.username,
                     action="reference.add", entity="reference", entity_id=row.id,
                     after=snapshot(row))
        view = _entry(row)
        uow.commit()
    forget(ctx)
    return view


def add_row(session: Session, addition: Addition, *, user_id: int, at: dt.datetime,
            origin: str = "") -> m.ReferenceAddition:
    # The lists this unit read before are out of date from here on.
    session.info.pop(_SESSION_KEY, None)
    row = m.ReferenceAddition(
        kind=addition.kind, code=addition.code, parent=addition.parent,
        extra=dict(addition.extra), active=addition.active, created_by=user_id,
        created_at=at, origin=origin,
        **{f"name_{lang}": addition.names.get(lang, "") for lang in ("ar", "ckb", "en")})
    session.add(row)
    session.flush()
    return row


def set_entry_active(ctx: ServiceContext, actor: Actor, entry_id: int, *, active: bool,
                     version: int) -> ReferenceEntry:
    """Withdraw an added entry from the lists (or offer it again).  Records that use it
    keep its code and still show its name.  Shipped entries are not in this table, so
    they cannot be withdrawn."""
    actor.require(Action.MANAGE_REFERENCE)
    # Imported here: services._common reads the lists through this module.
    from sulh.services._common import check_version, get

    if not isinstance(active, bool):
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "Answer yes or no.")), field="active")
    with ctx.writing() as uow:
        s = uow.session
        row: m.ReferenceAddition = get(s, m.ReferenceAddition, entry_id)
        check_version(row, version, _entry(row))
        before = row.active
        row.active = active
        s.flush()
        audit.record(s, at=ctx.now(), user_id=actor.user_id, username=actor.username,
                     action="reference.activate" if active else "reference.deactivate",
                     entity="reference", entity_id=row.id,
                     before={"active": before, "kind": row.kind, "code": row.code},
                     after={"active": active, "kind": row.kind, "code": row.code})
        view = _entry(row)
        uow.commit()
    forget(ctx)
    return view
