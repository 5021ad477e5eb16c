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
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, inspect, select
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


# ---------------------------------------------------------------- anchors

@dataclass(frozen=True)
class Anchor:
    """The chain's head as copied outside the database (a backup's sidecar, an export's
    header, a printed page).  The chain cannot vouch for its own end: cut off its last
    events and fix the head row, and it is whole again.  Checked against a copy kept
    elsewhere, the same cut shows (RELIABILITY.md, "Tamper evidence")."""

    events: int          # how many events the trail held
    last_seq: int
    last_hash: str       # all 64 hex digits, or a prefix of them (typed from paper)
    at: dt.datetime

    FORMAT = "sulh-audit-anchor"

    def to_json(self) -> dict[str, Any]:
        return {"format": self.FORMAT, "version": 1, "events": self.events,
                "last_seq": self.last_seq, "last_hash": self.last_hash,
                "at": self.at.astimezone(dt.UTC).isoformat()}

    @classmethod
    def from_json(cls, data: Any) -> Anchor:
        """Raises ValueError for anything that is not an anchor."""
        if not isinstance(data, dict) or data.get("format") != cls.FORMAT:
            raise ValueError("not an audit anchor")
        events, seq, digest = data.get("events"), data.get("last_seq"), data.get("last_hash")
        if (not isinstance(events, int) or not isinstance(seq, int) or isinstance(seq, bool)
                or seq < 0 or not isinstance(digest, str) or not _HEX.fullmatch(digest)):
            raise ValueError("the anchor's count, sequence or hash is not valid")
        at = dt.datetime.fromisoformat(str(data.get("at")))
        if at.tzinfo is None:
            raise ValueError("the anchor's time has no offset from UTC")
        return cls(events, seq, digest, at.astimezone(dt.UTC))

    def short(self) -> str:
        """The head as printed on paper: 16 hex digits in groups of four (64 bits: a
        chain rewritten to match them by chance is out of reach), joined by hyphens so
        that an Arabic line keeps them in one left-to-right run."""
        return "-".join(self.last_hash[i:i + 4] for i in range(0, 16, 4))


_HEX = re.compile(r"[0-9a-f]{8,64}")


def current_anchor(session: Session, at: dt.datetime) -> Anchor:
    """The chain's head now, to be copied outside the database."""
    head = session.get(AuditHead, 1)
    events = session.scalar(select(func.count()).select_from(AuditEvent)) or 0
    if head is None:
        return Anchor(int(events), 0, GENESIS, at)
    return Anchor(int(events), head.seq, head.hash, at)


def check_anchor(session: Session, anchor: Anchor) -> list[ChainFinding]:
    """What the chain has lost or changed since `anchor` was copied from it: events cut
    off its end, the anchored event deleted, or the chain rewritten up to it."""
    if anchor.last_seq == 0:
        return []
    last = int(session.scalar(select(func.max(AuditEvent.seq))) or 0)
    event = session.get(AuditEvent, anchor.last_seq)
    return anchor_findings(anchor, last, event.hash if event is not None else None)


def anchor_findings(anchor: Anchor, last: int, found: str | None) -> list[ChainFinding]:
    """`check_anchor` given the chain's last sequence and the anchored event's hash as
    found now (None: no such event)."""
    when = anchor.at.astimezone().strftime("%Y-%m-%d %H:%M")
    if anchor.last_seq == 0:
        return []
    if found is None and last < anchor.last_seq:
        return [ChainFinding(anchor.last_seq, f"cut off: the trail ends at event {last}, but "
                                              f"on {when} it had reached event "
                                              f"{anchor.last_seq} ({anchor.last_seq - last} "
                                              f"event(s) removed from its end)")]
    if found is None:
        return [ChainFinding(anchor.last_seq, f"deleted: it was the latest event on {when}")]
    if not found.startswith(anchor.last_hash):
        return [ChainFinding(anchor.last_seq, f"is not the event that was the latest on {when}:"
                                              " the trail was rewritten up to here")]
    return []
