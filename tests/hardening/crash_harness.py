"""kill -9 at random moments, then check what the database kept.

Used by tests/hardening/test_crash.py and bench/bench_crash.py.  The worker
(crash_worker.py) writes through the services and logs every write it was told
had succeeded; after each kill the checks below must all hold:

* SQLite: `PRAGMA integrity_check` and `PRAGMA foreign_key_check` clean
  (through `maintenance.verify`, which also walks the audit chain);
* every confirmed write is there with its content;
* nothing is half-written: each row a unit of work creates comes with the audit
  event the same unit wrote, and the reverse; a case's stage is the last stage
  change in its history; a session has attendance for every party; an imported
  file's cases are all there with every child row, or none of them is.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from sulh.db import models as m
from sulh.domain.workflow import Move, Stage
from sulh.services import exchange, forums, maintenance, users
from sulh.services.context import ServiceContext

ROOT = Path(__file__).resolve().parents[2]
MOVE_ACTIONS = {f"case.{mv.value}" for mv in Move}


@dataclass
class Figures:
    kills: int = 0
    confirmed: int = 0
    refused: int = 0
    checks_passed: int = 0
    seconds: float = 0.0
    by_kind: Counter[str] = field(default_factory=Counter)
    attempts_cut: int = 0   # calls under way when the worker was killed

    def line(self, backend: str) -> str:
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(self.by_kind.items()))
        return (f"{backend}: {self.kills} kills, {self.confirmed} confirmed writes "
                f"({kinds}), {self.refused} refused by a rule, {self.attempts_cut} calls cut "
                f"off by the kill, {self.checks_passed} checks passed, {self.seconds:.1f} s")


# ---------------------------------------------------------------- preparing


def _source_world(ctx: ServiceContext) -> Any:
    """Another forum's installation, whose export the worker imports again and again."""
    from tests.conftest import World

    system = users.system_actor(ctx)
    f = forums.create_forum(ctx, system, code="NIN01", name_ar="منتدى الموصل",
                            name_ckb="مەکۆی مووسڵ", name_en="Mosul forum", governorate="NIN")
    st = forums.add_station(ctx, system, f.id, name_ar="مركز شرطة الموصل")
    actors = {}
    for role in ("officer", "mediator", "coordinator", "admin", "viewer"):
        users.create_user(ctx, system, username=f"nin_{role}", full_name=f"{role} of Mosul",
                          role=role, forum_id=f.id)
        actors[role] = users.actor_for(ctx, f"nin_{role}")
    return World(ctx=ctx, system=system, forum_id=f.id, other_forum_id=f.id,
                 station_id=st.id, **actors)


def import_template(folder: Path) -> Path:
    """An exchange file with a case in mediation and a signed one, sessions,
    agreement, clauses, signatories and history."""
    from sulh.services.setup import open_database
    from tests.flows import case_at

    path = folder / "import-template.json"
    if path.exists():
        return path
    ctx = open_database(f"sqlite:///{folder / 'import-source.sqlite3'}")
    try:
        world = _source_world(ctx)
        case_at(world, Stage.MEDIATION)
        case_at(world, Stage.SIGNED)
        exchange.export_cases(ctx, world.admin, path)
    finally:
        ctx.close()
    return path


def prepare(url: str) -> None:
    """The installation the worker writes to: forums, a station, one user per role."""
    from tests.conftest import make_world
    from tests.flows import case_at

    ctx = ServiceContext.open(url)
    try:
        world = make_world(ctx)
        # Cases already along the way, so that the first workers print, sign and
        # follow up too, not only log new cases.
        for stage in (Stage.FOLLOW_UP, Stage.SIGNED, Stage.AGREEMENT_DRAFTED):
            case_at(world, stage)
    finally:
        ctx.close()


# ---------------------------------------------------------------- the log


@dataclass
class Entry:
    kind: str          # confirmed / attempt / refused / error
    what: str
    ident: str
    details: dict[str, Any]


def read_logs(folder: Path) -> list[Entry]:
    out: list[Entry] = []
    for path in sorted(folder.glob("run-*.log"), key=lambda p: int(p.stem.split("-")[1])):
        raw = path.read_bytes()
        for line in raw.decode("utf-8", errors="replace").split("\n")[:-1]:
            # Only whole lines: a line cut by the kill was never confirmed.
            kind, _, rest = line.partition(" ")
            if kind == "confirmed":
                what, ident, details = rest.split(" ", 2)
                out.append(Entry(kind, what, ident, json.loads(details)))
            elif kind == "attempt":
                what, _, details = rest.partition(" ")
                out.append(Entry(kind, what, "", json.loads(details)))
            elif kind == "refused":
                what, _, text = rest.partition(" ")
                out.append(Entry(kind, what, "", {"message": text}))
            elif kind == "error":
                out.append(Entry(kind, "error", "", {"traceback": json.loads(rest)}))
    return out


# ---------------------------------------------------------------- the checks


def _rows(s: Any, *cols: Any) -> list[Any]:
    return list(s.execute(select(*cols)).all())


def check(ctx: ServiceContext, entries: list[Entry]) -> list[str]:  # noqa: C901
    """Everything that must hold after a kill; an empty list when it all does."""
    problems: list[str] = []
    verify = maintenance.verify(ctx, users.system_actor(ctx))
    problems += [f"verify: {f}" for f in verify.findings]
    with ctx.reading() as uow:
        s = uow.session
        local = s.scalar(select(m.Forum.id).where(m.Forum.code == "BGD01"))
        cases = {r.id: r for r in _rows(s, m.Case.id, m.Case.uid, m.Case.number,
                                        m.Case.description, m.Case.stage, m.Case.forum_id,
                                        m.Case.version)}
        parties = {r.id: r for r in _rows(s, m.Party.id, m.Party.case_id, m.Party.name,
                                          m.Party.consent)}
        history: dict[int, list[str]] = defaultdict(list)
        for case_id, to_stage in s.execute(select(m.StageChange.case_id, m.StageChange.to_stage)
                                           .order_by(m.StageChange.id)):
            history[case_id].append(to_stage)
        screenings = {r.id: r for r in _rows(s, m.Screening.id, m.Screening.case_id,
                                             m.Screening.approved_at)}
        mediators = {(r.case_id, r.user_id) for r in _rows(s, m.CaseMediator.case_id,
                                                            m.CaseMediator.user_id)}
        sessions = {r.id: r for r in _rows(s, m.MediationSession.id,
                                           m.MediationSession.case_id,
                                           m.MediationSession.summary)}
        attendance = Counter(s.scalars(select(m.SessionAttendance.session_id)))
        agreements_ = {r.id: r for r in _rows(s, m.Agreement.id, m.Agreement.case_id,
                                              m.Agreement.number, m.Agreement.printed_digest)}
        clauses = {(r.agreement_id, r.position): r.text_ar for r in _rows(
            s, m.AgreementClause.agreement_id, m.AgreementClause.position,
            m.AgreementClause.text_ar)}
        signatories = {r.id: r for r in _rows(s, m.Signatory.id, m.Signatory.agreement_id,
                                              m.Signatory.signed_at)}
        follow_ups = {r.id: r for r in _rows(s, m.FollowUp.id, m.FollowUp.case_id,
                                             m.FollowUp.done_on, m.FollowUp.note)}
        events = list(s.execute(select(m.AuditEvent.action, m.AuditEvent.entity_id,
                                       m.AuditEvent.case_id, m.AuditEvent.after)
                                .order_by(m.AuditEvent.seq)))
        per_case = {name: Counter(s.scalars(select(model.case_id)))
                    for name, model in (("parties", m.Party), ("sessions", m.MediationSession),
                                        ("follow_ups", m.FollowUp),
                                        ("history", m.StageChange))}
        clause_count = dict(s.execute(select(m.Agreement.case_id, func.count())
                                      .join(m.AgreementClause)
                                      .group_by(m.Agreement.case_id)).all())
    by_uid = {c.uid: c for c in cases.values()}
    local_cases = {i for i, c in cases.items() if c.forum_id == local}

    # -- every confirmed write is there, with its content
    updates: dict[int, list[str]] = defaultdict(list)
    for e in entries:
        if e.kind != "confirmed":
            continue
        i = int(e.ident) if e.ident.isdigit() else None
        d = e.details
        w = e.what
        if w == "case":
            c = cases.get(i)  # type: ignore[arg-type]
            if c is None or c.number != d["number"]:
                problems.append(f"confirmed case {i} {d['number']} is missing")
        elif w == "party":
            p = parties.get(i)  # type: ignore[arg-type]
            if p is None or p.case_id != d["case"] or p.name != d["name"]:
                problems.append(f"confirmed party {i} of case {d['case']} is missing or changed")
        elif w == "update":
            updates[i].append(d["description"])  # type: ignore[index]
            c = cases.get(i)  # type: ignore[arg-type]
            if c is None or c.version < d["version"]:
                problems.append(f"confirmed update of case {i} (version {d['version']}) lost")
        elif w == "screening":
            if i not in screenings:
                problems.append(f"confirmed screening {i} is missing")
        elif w == "approve":
            if i not in screenings or screenings[i].approved_at is None:  # type: ignore[index]
                problems.append(f"confirmed approval of screening {i} is missing")
        elif w == "consent":
            if i not in parties or not parties[i].consent:  # type: ignore[index]
                problems.append(f"confirmed consent of party {i} is missing")
        elif w == "assign":
            if (i, d["user"]) not in mediators:
                problems.append(f"confirmed mediator of case {i} is missing")
        elif w == "move":
            if d["stage"] not in history.get(i, []):  # type: ignore[arg-type]
                problems.append(f"confirmed move of case {i} to {d['stage']} is missing")
        elif w == "session":
            x = sessions.get(i)  # type: ignore[arg-type]
            if x is None or x.summary != d["summary"]:
                problems.append(f"confirmed session {i} is missing or changed")
        elif w == "agreement":
            a = agreements_.get(i)  # type: ignore[arg-type]
            if a is None or a.number != d["number"]:
                problems.append(f"confirmed agreement {i} is missing")
        elif w == "clause":
            if clauses.get((i, d["position"])) != d["text"]:
                problems.append(f"confirmed clause {d['position']} of agreement {i} is missing")
        elif w == "signatory":
            if i not in signatories:
                problems.append(f"confirmed signatory {i} is missing")
        elif w == "print":
            a = agreements_.get(i)  # type: ignore[arg-type]
            if a is None or a.printed_digest is None:
                problems.append(f"confirmed print of agreement {i} is missing")
        elif w == "signature":
            if i not in signatories or signatories[i].signed_at is None:  # type: ignore[index]
                problems.append(f"confirmed signature {i} is missing")
        elif w == "schedule":
            if not all(f in follow_ups for f in d["ids"]):
                problems.append(f"confirmed follow-ups {d['ids']} are missing")
        elif w == "follow_up":
            f = follow_ups.get(i)  # type: ignore[arg-type]
            if f is None or f.done_on is None or f.note != d["note"]:
                problems.append(f"confirmed follow-up {i} is missing")
        elif w == "import":
            missing = [u for u in d["cases"] if u not in by_uid]
            if missing:
                problems.append(f"confirmed import {e.ident[:12]} lost cases {missing}")

    # -- nothing half-written: each unit's rows and its audit event stay together
    made: dict[str, set[int]] = defaultdict(set)
    clause_events: Counter[int] = Counter()
    signatory_events: Counter[int] = Counter()
    moves: Counter[int] = Counter()
    session_size: dict[int, int] = {}
    last_update: dict[int, str] = {}
    recorded_updates: dict[int, set[str]] = defaultdict(set)
    for action, entity_id, case_id, after in events:
        if action in ("case.create", "party.create", "session.create", "agreement.create",
                      "follow_up.schedule", "case.import"):
            made[action].add(entity_id)
        if action == "agreement.add_clause":
            clause_events[entity_id] += 1
        elif action == "agreement.add_signatory":
            signatory_events[entity_id] += 1
        elif action in MOVE_ACTIONS:
            moves[case_id] += 1
        elif action == "session.create":
            data = json.loads(after)
            session_size[entity_id] = len(data["present"]) + len(data["absent"])
        elif action == "case.update":
            data = json.loads(after)
            if "description" in data:
                last_update[entity_id] = data["description"]
                recorded_updates[entity_id].add(data["description"])
    imported = made["case.import"]

    def pair(what: str, rows: set[int], action: str) -> None:
        if rows != made[action]:
            problems.append(f"{what} without their audit event: {sorted(rows - made[action])}; "
                            f"events without their row: {sorted(made[action] - rows)}")

    pair("cases", local_cases, "case.create")
    pair("parties", {i for i, p in parties.items() if p.case_id not in imported},
         "party.create")
    pair("sessions", {i for i, x in sessions.items() if x.case_id not in imported},
         "session.create")
    pair("agreements", {i for i, a in agreements_.items() if a.case_id not in imported},
         "agreement.create")
    pair("follow-ups", {i for i, f in follow_ups.items() if f.case_id not in imported},
         "follow_up.schedule")
    for i, size in session_size.items():
        if attendance.get(i, 0) != size:
            problems.append(f"session {i} has {attendance.get(i, 0)} attendance rows of {size}")
    per_agreement = Counter(a for a, _pos in clauses)
    for i, a in agreements_.items():
        if a.case_id in imported:
            continue
        if per_agreement.get(i, 0) != clause_events.get(i, 0):
            problems.append(f"agreement {i}: {per_agreement.get(i, 0)} clauses, "
                            f"{clause_events.get(i, 0)} clause events")
    per_agreement_sig = Counter(x.agreement_id for x in signatories.values())
    for i, a in agreements_.items():
        if a.case_id not in imported and per_agreement_sig.get(i, 0) != signatory_events.get(i, 0):
            problems.append(f"agreement {i}: signatories and their events differ")
    for i in local_cases:
        c = cases[i]
        steps = history.get(i, [])
        if not steps or steps[-1] != c.stage:
            problems.append(f"case {i} is at {c.stage} but its history ends at {steps[-1:]}")
        if len(steps) != 1 + moves.get(i, 0):
            problems.append(f"case {i}: {len(steps)} stage changes, {moves.get(i, 0)} move events")
        if i in last_update and c.description != last_update[i]:
            problems.append(f"case {i}: its description is not the last recorded update")
    for i, texts in updates.items():
        for text in texts:
            if text not in recorded_updates[i]:
                problems.append(f"case {i}: confirmed update {text!r} has no audit event")

    # -- an import is all or nothing
    for e in entries:
        if e.kind != "attempt" or e.what != "import":
            continue
        present = [u for u in e.details["cases"] if u in by_uid]
        if present and len(present) != len(e.details["cases"]):
            problems.append(f"import {Path(e.details['file']).name} half there: {present}")
        if not present:
            continue
        data = json.loads(Path(e.details["file"]).read_text(encoding="utf-8"))
        for c in data["cases"]:
            row = by_uid[c["uid"]]
            want = {"parties": len(c["parties"]), "sessions": len(c["sessions"]),
                    "follow_ups": len(c["follow_ups"]), "history": len(c["history"])}
            got = {k: per_case[k].get(row.id, 0) for k in want}
            if want != got:
                problems.append(f"imported case {c['number']}: {got}, the file has {want}")
            clauses_in_file = sum(len(a["clauses"]) for a in c["agreements"])
            if clause_count.get(row.id, 0) != clauses_in_file:
                problems.append(f"imported case {c['number']}: clauses "
                                f"{clause_count.get(row.id, 0)} of {clauses_in_file}")
    return problems


# ---------------------------------------------------------------- the harness


class Harness:
    """A fork server for workers, and the kill-check cycle."""

    def __init__(self, url: str, folder: Path, template: Path, *, seed: int = 1,
                 delay: tuple[float, float] = (0.02, 0.5)) -> None:
        self.url = url
        self.folder = folder
        self.rng = random.Random(seed)
        self.delay = delay
        self.figures = Figures()
        self.ctx = ServiceContext.open(url)
        self.run = 0
        self.server = subprocess.Popen(
            [sys.executable, "-m", "tests.hardening.crash_worker", url, str(template)],
            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)})

    def _ask(self, line: str) -> str:
        assert self.server.stdin is not None and self.server.stdout is not None
        self.server.stdin.write(line + "\n")
        self.server.stdin.flush()
        answer = self.server.stdout.readline()
        if not answer:
            raise RuntimeError("the worker's fork server stopped")
        return answer.strip()

    def kill_once(self) -> None:
        self.run += 1
        log = self.folder / f"run-{self.run}.log"
        pid = int(self._ask(f"fork {self.run} {log} {self.rng.randrange(2**31)}").split()[1])
        time.sleep(self.rng.uniform(*self.delay))
        os.kill(pid, signal.SIGKILL)
        status = int(self._ask(f"wait {pid}").split()[2])
        if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
            tail = log.read_text(encoding="utf-8", errors="replace")[-3000:] if log.exists() \
                else ""
            raise AssertionError(f"worker {pid} ended by itself (status {status}):\n{tail}")
        self.figures.kills += 1

    def check(self) -> list[str]:
        entries = read_logs(self.folder)
        errors = [e.details["traceback"] for e in entries if e.kind == "error"]
        if errors:
            return errors
        problems = check(self.ctx, entries)
        if not problems:
            self.figures.checks_passed += 1
        return problems

    def tally(self) -> None:
        entries = read_logs(self.folder)
        f = self.figures
        confirmed = [e for e in entries if e.kind == "confirmed"]
        f.confirmed = len(confirmed)
        f.by_kind = Counter(e.what for e in confirmed)
        f.refused = sum(1 for e in entries if e.kind == "refused")
        # Per run, an attempt with no confirmation or refusal after it was cut off.
        cut = 0
        for path in self.folder.glob("run-*.log"):
            last = [ln.split(" ", 1)[0] for ln in path.read_text(
                encoding="utf-8", errors="replace").split("\n")[:-1]]
            if last and last[-1] == "attempt":
                cut += 1
        f.attempts_cut = cut

    def run_kills(self, kills: int, *, check_every: int = 1) -> list[str]:
        """Kill `kills` workers, checking after every `check_every` kills (and after the
        last); stop at the first problem found."""
        started = time.perf_counter()
        problems: list[str] = []
        for n in range(1, kills + 1):
            self.kill_once()
            if n % check_every == 0 or n == kills:
                problems = self.check()
                if problems:
                    problems = [f"after kill {n}: {p}" for p in problems]
                    break
        self.figures.seconds = time.perf_counter() - started
        self.tally()
        return problems

    def close(self) -> None:
        with contextlib.suppress(RuntimeError, BrokenPipeError, OSError):
            self._ask("quit")
        self.server.wait(timeout=30)
        for pipe in (self.server.stdin, self.server.stdout):
            if pipe is not None:
                pipe.close()
        self.ctx.close()
