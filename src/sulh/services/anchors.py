"""Copies of the audit chain's head kept outside the database, and the chain checked
against them (services.audit.Anchor).

Each backup gets a sidecar file `<backup>.anchor`, each export file carries the head in
its header, each printed case summary shows it; every copy is also noted in the
`audit_anchors` table, so that `sulh verify` finds the latest backup's sidecar by itself.
`sulh verify --anchor` checks any one copy: a sidecar, an export file, a folder of
backups, or the "event:hash" typed from paper.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sulh.db import models as m
from sulh.domain.errors import ValidationError
from sulh.domain.roles import Action
from sulh.i18n import QT_TRANSLATE_NOOP, msg
from sulh.services.audit import Anchor, anchor_findings, check_anchor, current_anchor
from sulh.services.context import Actor, ServiceContext

SIDECAR_SUFFIX = ".anchor"
_TYPED = re.compile(r"^\s*(\d+)\s*[:/ ]\s*([0-9a-fA-F][0-9a-fA-F\s-]{7,})\s*$")


def note(session: Session, anchor: Anchor, kind: str, location: str) -> None:
    """Record, in the caller's unit of work, that a copy of `anchor` went to `location`."""
    session.add(m.AuditAnchor(at=anchor.at, seq=anchor.last_seq, hash=anchor.last_hash,
                              events=anchor.events, kind=kind, location=location[:2000]))


def head(ctx: ServiceContext, actor: Actor) -> Anchor:
    """The chain's head now (what `sulh verify` prints for the operator to keep)."""
    actor.require(Action.VERIFY)
    with ctx.reading() as uow:
        return current_anchor(uow.session, ctx.now())


# ---------------------------------------------------------------- backups

def before_backup(ctx: ServiceContext) -> Anchor:
    """The head, read before a backup copies the database: every event up to it is in
    the copy and stays in the live database, so the anchor holds for both, even with
    other PCs writing while the copy is made."""
    with ctx.reading() as uow:
        return current_anchor(uow.session, ctx.now())


def sidecar_path(backup: Path) -> Path:
    return backup.with_name(backup.name + SIDECAR_SUFFIX)


def write_sidecar(ctx: ServiceContext, backup: Path, anchor: Anchor) -> Path:
    """Write `<backup>.anchor` beside a finished backup (flushed to disk, renamed into
    place) and note it in the database."""
    path = sidecar_path(backup)
    data = json.dumps({**anchor.to_json(), "backup": backup.name}, indent=1) + "\n"
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(name, path)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    with ctx.writing() as uow:
        note(uow.session, anchor, "backup", str(path))
        uow.commit()
    return path


# ---------------------------------------------------------------- reading a copy

def _bad(marked: tuple[str, str], **params: object) -> ValidationError:
    return ValidationError(msg(marked, **params), field="anchor")


def load(source: str) -> Anchor:
    """An anchor from a sidecar file, an export file, the newest sidecar in a folder, or
    "EVENT:HASH" as printed on paper (the hash's first 8 to 64 hex digits)."""
    typed = _TYPED.match(source)
    path = Path(source)
    if typed and not path.exists():
        digits = re.sub(r"[\s-]", "", typed.group(2)).lower()
        if not 8 <= len(digits) <= 64:
            raise _bad(QT_TRANSLATE_NOOP("Anchor", "An anchor typed from paper is the event "
                                                   "number and 8 to 64 hex digits, e.g. "
                                                   "1234:3fa2-9c1d-0b7e-55aa."))
        seq = int(typed.group(1))
        return Anchor(seq, seq, digits, dt.datetime.now(dt.UTC))
    if path.is_dir():
        found = sorted(path.glob(f"*{SIDECAR_SUFFIX}"))
        if not found:
            raise _bad(QT_TRANSLATE_NOOP("Anchor", "No {suffix} file in {path}."),
                       suffix=SIDECAR_SUFFIX, path=str(path))
        anchors = [load(str(p)) for p in found]
        return max(anchors, key=lambda a: (a.last_seq, a.at))
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise _bad(QT_TRANSLATE_NOOP("Anchor", "The anchor cannot be read: {error}"),
                   error=e.strerror or str(e)) from None
    except ValueError:
        raise _bad(QT_TRANSLATE_NOOP("Anchor", "{path} is not an anchor file."),
                   path=str(path)) from None
    if isinstance(data, dict) and data.get("format") == "sulh-exchange":
        data = (data.get("source") or {}).get("audit_anchor")
    try:
        return Anchor.from_json(data)
    except (ValueError, TypeError):
        raise _bad(QT_TRANSLATE_NOOP("Anchor", "{path} holds no valid audit anchor."),
                   path=str(path)) from None


@dataclass(frozen=True)
class AnchorCheck:
    source: str            # where the anchor came from
    anchor: Anchor
    findings: tuple[str, ...]


def check(ctx: ServiceContext, actor: Actor, source: str) -> AnchorCheck:
    """The chain checked against one copy of its head (see `load` for the forms)."""
    actor.require(Action.VERIFY)
    anchor = load(source)
    with ctx.reading() as uow:
        findings = tuple(str(f) for f in check_anchor(uow.session, anchor))
    return AnchorCheck(source, anchor, findings)


def recorded_findings(session: Session) -> list[str]:
    """The chain checked against the copies the database knows it made: each recorded
    head, and the latest backup's sidecar file if it is still there (the file, outside
    the database, is what still vouches for the trail if both the chain's end and these
    records were cut off)."""
    out: list[str] = []
    last = int(session.scalar(select(func.max(m.AuditEvent.seq))) or 0)
    # One query for every recorded copy, however many prints and backups there were.
    rows = session.execute(
        select(m.AuditAnchor, m.AuditEvent.hash)
        .outerjoin(m.AuditEvent, m.AuditEvent.seq == m.AuditAnchor.seq)
        .order_by(m.AuditAnchor.id.desc())).all()
    seen: set[tuple[int, str]] = set()
    for row, found in rows:
        if (row.seq, row.hash) in seen:
            continue
        seen.add((row.seq, row.hash))
        anchor = Anchor(row.events, row.seq, row.hash, row.at)
        out += [f"{f} (anchor copied to {row.kind} {row.location})"
                for f in anchor_findings(anchor, last, found)]
    backup = next((r for r, _ in rows if r.kind == "backup" and Path(r.location).is_file()),
                  None)
    if backup is not None:
        try:
            anchor = load(backup.location)
        except ValidationError as e:
            out.append(f"{backup.location}: {e}")
        else:
            out += [f"{f} (anchor file {backup.location})"
                    for f in check_anchor(session, anchor)]
    return out
