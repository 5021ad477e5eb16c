"""The tamper-evident audit trail: every change is an event chained to the one before.

hash = SHA-256 over the previous hash and the event's canonical JSON.  An event
edited or deleted behind the app's back breaks the chain; `verify_chain` finds
it.  The head row (latest sequence and hash) is locked by each writer, so the
chain stays one line even with several writers on PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from sulh.db.models import AuditEvent, AuditHead

GENESIS = "0" * 64


def _default(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, decimal.Decimal):
        return str(value)
    raise TypeError(f"cannot audit {type(value).__name__}")


def canonical_json(data: Any) -> str:
    if data is None or data == "":
        return ""
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                      default=_default)


def snapshot(row: Any) -> dict[str, Any]:
    """The row's column values, for an event's before/after."""
    mapper = inspect(row).mapper
    return {c.key: getattr(row, c.key) for c in mapper.column_attrs}


def event_hash(prev_hash: str, seq: int, at: dt.datetime, user_id: int | None, username: str,
               action: str, entity: str, entity_id: int | None, case_id: int | None,
               before: str, after: str) -> str:
    payload = json.dumps([prev_hash, seq, at.astimezone(dt.UTC).isoformat(), user_id, username,
                          action, entity, entity_id, case_id, before, after],
                         ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _lock_head(session: Session) -> AuditHead:
    head = session.execute(select(AuditHead).where(AuditHead.id == 1).with_for_update()
                           ).scalar_one_or_none()
    if head is None:
        head = AuditHead(id=1, seq=0, hash=GENESIS)
        session.add(head)
        session.flush()
    return head


def record(session: Session, *, at: dt.datetime, user_id: int | None, username: str,
           action: str, entity: str, entity_id: int | None = None, case_id: int | None = None,
           before: Any = None, after: Any = None) -> AuditEvent:
    head = _lock_head(session)
    before_s, after_s = canonical_json(before), canonical_json(after)
    seq = head.seq + 1
    digest = event_hash(head.hash, seq, at, user_id, username, action, entity, entity_id,
                        case_id, before_s, after_s)
    event = AuditEvent(seq=seq, at=at, user_id=user_id, username=username, action=action,
                       entity=entity, entity_id=entity_id, case_id=case_id, before=before_s,
                       after=after_s, prev_hash=head.hash, hash=digest)
    session.add(event)
    head.seq, head.hash = seq, digest
    return event


@dataclass(frozen=True)
class ChainFinding:
    seq: int
    problem: str

    def __str__(self) -> str:
        return f"audit event {self.seq}: {self.problem}"


def verify_chain(session: Session, *, batch: int = 5000) -> tuple[int, list[ChainFinding]]:
    """Walk the chain; return the number of events checked and what is wrong."""
    findings: list[ChainFinding] = []
    prev_hash, expected_seq, count = GENESIS, 1, 0
    last_seq = 0
    while True:
        rows = session.execute(select(AuditEvent).where(AuditEvent.seq > last_seq)
                               .order_by(AuditEvent.seq).limit(batch)).scalars().all()
        if not rows:
            break
        for ev in rows:
            count += 1
            if ev.seq != expected_seq:
                findings.append(ChainFinding(expected_seq, f"missing (next present is {ev.seq})"))
            if ev.prev_hash != prev_hash:
                findings.append(ChainFinding(ev.seq, "does not follow the event before it"))
            digest = event_hash(ev.prev_hash, ev.seq, ev.at, ev.user_id, ev.username, ev.action,
                                ev.entity, ev.entity_id, ev.case_id, ev.before, ev.after)
            if digest != ev.hash:
                findings.append(ChainFinding(ev.seq, "was changed after it was written"))
            prev_hash, expected_seq, last_seq = ev.hash, ev.seq + 1, ev.seq
        session.expunge_all()
    head = session.get(AuditHead, 1)
    if head is not None and head.seq != last_seq:
        findings.append(ChainFinding(head.seq, f"the chain ends at {last_seq}, but its head "
                                               f"says {head.seq}"))
    elif head is not None and head.hash != prev_hash:
        findings.append(ChainFinding(head.seq, "the chain's head does not match its last "
                                               "event"))
    if head is None and count:
        findings.append(ChainFinding(0, "the chain's head is missing"))
    return count, findings
