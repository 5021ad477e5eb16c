"""The process that gets killed: real work through the services, in a loop.

Run as `python -m tests.hardening.crash_worker URL IMPORT_TEMPLATE` from the
repository root.  It imports everything once and then serves fork requests on
stdin, one per line:

    fork RUN LOGFILE SEED   -> "pid N": a child that works until it is killed
    wait N                  -> "exit N <status>": reaps the child (after the kill)
    quit

Forking from a process that has already imported SQLAlchemy and the services
lets the harness kill hundreds of workers in a few minutes (a fresh interpreter
costs ~0.4 s of imports each time).

A child appends to LOGFILE:

    attempt <what> <json>              before a service call (flushed, not synced)
    confirmed <what> <id> <json>       after the call returned, flushed and fsynced:
                                       the moment the app would tell the user "saved"
    refused <what> <message>           a domain rule refused the call (not an error)
"""

from __future__ import annotations

import json
import os
import random
import signal
import sys
import time
import traceback
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sulh.domain.errors import SulhError
from sulh.domain.workflow import Stage
from sulh.services import agreements, exchange, followup, intake, mediation, screening, users
from sulh.services.cases import get_case_view
from sulh.services.context import Actor, ServiceContext

CLEAN_ANSWERS = {
    "serious_crime": False,
    "needs_court_approval": False,
    "gbv_or_domestic": False,
    "child_at_risk": False,
    "coercion_or_imbalance": False,
    "all_consent_freely": True,
}
#: The forum whose cases the imports bring in (not the forum the worker logs cases in,
#: so imported numbers never collide with local ones).
IMPORT_FORUM = "NIN01"
LOCAL_FORUM = "BGD01"
#: Each run gets this many import case numbers of its own.
IMPORT_SEQS_PER_RUN = 40


class Log:
    def __init__(self, path: Path) -> None:
        self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)

    def _write(self, line: str, sync: bool) -> None:
        os.write(self.fd, (line + "\n").encode("utf-8"))
        if sync:
            os.fsync(self.fd)

    def attempt(self, what: str, **details: Any) -> None:
        self._write(f"attempt {what} {json.dumps(details, ensure_ascii=False)}", sync=False)

    def confirmed(self, what: str, ident: int | str, **details: Any) -> None:
        details["at"] = time.time()      # when the user was told (the restore drill)
        self._write(f"confirmed {what} {ident} {json.dumps(details, ensure_ascii=False)}",
                    sync=True)

    def refused(self, what: str, error: SulhError) -> None:
        text = " ".join(str(error).split())
        self._write(f"refused {what} {text}", sync=False)


@dataclass(frozen=True)
class Setup:
    """What the app knows once it is running: its engine, who is signed in."""

    ctx: ServiceContext
    officer: Actor
    mediator: Actor
    coordinator: Actor
    admin: Actor
    forum_id: int

    @classmethod
    def open(cls, url: str) -> Setup:
        from sqlalchemy import select

        from sulh.db import models as m

        ctx = ServiceContext.open(url)
        with ctx.reading() as uow:
            forum_id = uow.session.scalars(select(m.Forum.id).where(
                m.Forum.code == LOCAL_FORUM)).one()
        return cls(ctx, *(users.actor_for(ctx, name) for name in
                          ("officer", "mediator", "coordinator", "admin")), forum_id)


class Worker:
    """One station PC's work: intake, screening, sessions, agreements, follow-ups, imports."""

    def __init__(self, setup: Setup, log: Log, run: int, seed: int, template: Path,
                 folder: Path) -> None:
        self.ctx = setup.ctx
        self.officer, self.mediator = setup.officer, setup.mediator
        self.coordinator, self.admin = setup.coordinator, setup.admin
        self.forum_id = setup.forum_id
        self.log = log
        self.run = run
        self.rng = random.Random(seed)
        self.template = template
        self.folder = folder
        self.k = 0
        self.imports = 0

    def token(self, kind: str) -> str:
        """Text that names this write and nothing else, in the scripts people type."""
        self.k += 1
        return f"{kind} {self.run}-{self.k} نزاع على الأرض · ناکۆکی لەسەر زەوی"

    def open_cases(self) -> list[int]:
        from sqlalchemy import select

        from sulh.db import models as m
        with self.ctx.reading() as uow:
            return list(uow.session.scalars(
                select(m.Case.id).where(m.Case.forum_id == self.forum_id,
                                        m.Case.stage != Stage.CLOSED.value)))

    def loop(self) -> None:
        while True:
            roll = self.rng.random()
            cases = self.open_cases()
            if roll < 0.1 or len(cases) < 4:
                self.new_intake()
            elif roll < 0.16:
                self.import_file()
            elif roll < 0.7:
                # Mostly the oldest cases, so that cases go all the way to closing.
                self.step(self.rng.choice(sorted(cases)[:3]))
            else:
                self.step(self.rng.choice(cases))

    def call(self, what: str, fn: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except SulhError as e:
            self.log.refused(what, e)
            return None

    # -- intake

    def new_intake(self) -> None:
        description = self.token("case")
        self.log.attempt("case", description=description)
        case = self.call("case", intake.create_case, self.ctx, self.officer,
                         forum_id=self.forum_id, category="land", channel="walk_in",
                         description=description)
        if case is None:
            return
        self.log.confirmed("case", case.id, number=case.number, description=description)
        for i in range(2):
            self.add_party(case.id, i)

    def add_party(self, case_id: int, i: int) -> None:
        given = self.token("party").split(" ", 1)[1][:90]
        self.log.attempt("party", case=case_id, given=given)
        party = self.call("party", intake.add_party, self.ctx, self.officer, case_id,
                          role="complainant" if i == 0 else "respondent",
                          person={"given_name": given, "father_name": "حسين",
                                  "grandfather_name": "کاکە", "family_name": "Smith",
                                  "phone": f"07701{self.rng.randrange(10**6):06d}",
                                  "sex": "female" if i else "male"})
        if party is not None:
            self.log.confirmed("party", party.id, case=case_id, name=party.name)

    # -- one step along a case's path

    def step(self, case_id: int) -> None:  # noqa: C901 - one branch per stage, as the GUI offers
        ctx, off, med, coord = self.ctx, self.officer, self.mediator, self.coordinator
        view = get_case_view(ctx, coord, case_id)
        stage = Stage(view.stage)
        if stage is Stage.INTAKE:
            if len(view.parties) < 2:
                self.add_party(case_id, len(view.parties))
            elif self.rng.random() < 0.4:
                description = self.token("update")
                self.log.attempt("update", case=case_id, description=description)
                done = self.call("update", intake.update_case, ctx, off, case_id,
                                 version=view.version, description=description)
                if done is not None:
                    self.log.confirmed("update", case_id, version=done.version,
                                       description=description)
            else:
                self.move("move", intake.submit_for_screening, case_id, ctx, off, case_id)
        elif stage is Stage.SCREENING:
            latest = view.screenings[-1] if view.screenings else None
            waiting = [p for p in view.parties if not p.consent]
            if latest is None:
                self.log.attempt("screening", case=case_id)
                row = self.call("screening", screening.record_screening, ctx, off, case_id,
                                answers=CLEAN_ANSWERS, notes=self.token("notes"))
                if row is not None:
                    self.log.confirmed("screening", row.id, case=case_id)
            elif latest.approved_at is None:
                self.log.attempt("approve", screening=latest.id)
                if self.call("approve", screening.approve_screening, ctx, coord,
                             latest.id) is not None:
                    self.log.confirmed("approve", latest.id, case=case_id)
            elif waiting:
                self.log.attempt("consent", party=waiting[0].id)
                if self.call("consent", intake.record_consent, ctx, off, waiting[0].id,
                             consent=True) is not None:
                    self.log.confirmed("consent", waiting[0].id, case=case_id)
            elif med.user_id not in view.mediator_ids:
                self.log.attempt("assign", case=case_id)
                if self.call("assign", mediation.assign_mediator, ctx, coord, case_id,
                             med.user_id) is not None:
                    self.log.confirmed("assign", case_id, user=med.user_id)
            else:
                self.move("move", mediation.start_mediation, case_id, ctx, med, case_id)
        elif stage is Stage.MEDIATION:
            self.mediate(view)
        elif stage is Stage.AGREEMENT_DRAFTED:
            a = view.agreement
            assert a is not None
            unsigned = [s for s in a.signatories if s.signed_at is None]
            if a.printed_digest != a.content_digest:
                self.log.attempt("print", agreement=a.id)
                done = self.call("print", agreements.record_print, ctx, off, a.id,
                                 digest=a.content_digest)
                if done is not None:
                    self.log.confirmed("print", a.id, digest=done.printed_digest)
            elif unsigned:
                self.log.attempt("signature", signatory=unsigned[0].id)
                if self.call("signature", agreements.record_signature, ctx, off,
                             unsigned[0].id) is not None:
                    self.log.confirmed("signature", unsigned[0].id, agreement=a.id)
            else:
                self.move("move", agreements.mark_signed, case_id, ctx, off, case_id)
        elif stage is Stage.SIGNED:
            if not view.follow_ups:
                self.log.attempt("schedule", case=case_id)
                rows = self.call("schedule", followup.schedule_follow_ups, ctx, med, case_id,
                                 days=(30, 90))
                if rows is not None:
                    self.log.confirmed("schedule", case_id, ids=[f.id for f in rows])
            else:
                self.move("move", agreements.start_follow_up, case_id, ctx, med, case_id)
        elif stage is Stage.FOLLOW_UP:
            pending = [f for f in view.follow_ups if f.done_on is None]
            if pending:
                note = self.token("follow-up")
                self.log.attempt("follow_up", follow_up=pending[0].id, note=note)
                if self.call("follow_up", followup.record_follow_up, ctx, med, pending[0].id,
                             result="complied", note=note) is not None:
                    self.log.confirmed("follow_up", pending[0].id, note=note)
            else:
                self.move("move", followup.close_case, case_id, ctx, coord, case_id,
                          reason="resolved_fully")

    def mediate(self, view: Any) -> None:
        ctx, med, case_id = self.ctx, self.mediator, view.id
        a = view.agreement
        if not view.sessions or (a is None and self.rng.random() < 0.3):
            summary = self.token("session")
            self.log.attempt("session", case=case_id, summary=summary)
            row = self.call("session", mediation.record_session, ctx, med, case_id,
                            held_on=ctx.today(), kind="joint", outcome="agreement_reached",
                            present_party_ids=[p.id for p in view.parties], summary=summary)
            if row is not None:
                self.log.confirmed("session", row.id, case=case_id, summary=summary,
                                   present=len(view.parties))
            return
        if a is None:
            self.log.attempt("agreement", case=case_id)
            row = self.call("agreement", agreements.create_agreement, ctx, med, case_id,
                            languages="ar+en")
            if row is not None:
                self.log.confirmed("agreement", row.id, case=case_id, number=row.number)
            return
        clauses = [c for c in a.clauses if not c.superseded]
        party_signers = {s.party_id for s in a.signatories if s.role == "party"}
        missing = [p for p in view.parties if p.id not in party_signers]
        if len(clauses) < 2:
            text = self.token("clause")
            self.log.attempt("clause", agreement=a.id, text=text)
            row = self.call("clause", agreements.add_clause, ctx, med, a.id, version=a.version,
                            texts={"ar": text, "en": f"Clause {text.split(' ')[1]}"})
            if row is not None:
                position = max(c.position for c in row.clauses)
                self.log.confirmed("clause", a.id, position=position, text=text)
        elif missing:
            self.log.attempt("signatory", agreement=a.id, party=missing[0].id)
            row = self.call("signatory", agreements.add_signatory, ctx, med, a.id,
                            version=a.version, role="party", party_id=missing[0].id)
            if row is not None:
                added = [s for s in row.signatories if s.party_id == missing[0].id]
                self.log.confirmed("signatory", added[0].id, agreement=a.id)
        elif not any(s.role == "mediator" for s in a.signatories):
            self.log.attempt("signatory", agreement=a.id, user=med.user_id)
            row = self.call("signatory", agreements.add_signatory, ctx, med, a.id,
                            version=a.version, role="mediator", user_id=med.user_id)
            if row is not None:
                added = [s for s in row.signatories if s.role == "mediator"]
                self.log.confirmed("signatory", added[0].id, agreement=a.id)
        else:
            self.move("move", agreements.finish_draft, case_id, ctx, med, case_id)

    def move(self, what: str, fn: Any, case_id: int, *args: Any, **kwargs: Any) -> None:
        self.log.attempt(what, case=case_id, fn=fn.__name__)
        view = self.call(what, fn, *args, **kwargs)
        if view is not None:
            self.log.confirmed(what, case_id, stage=view.stage)

    # -- an interchange file from another forum

    def import_file(self) -> None:
        """A file with fresh identities (uids, numbers) made from the template export."""
        if self.imports >= IMPORT_SEQS_PER_RUN // 2:
            return
        self.imports += 1
        text = self.template.read_text(encoding="utf-8")
        data = json.loads(text)
        replacements = {p["uid"]: str(uuid.uuid4()) for p in data["persons"]}
        numbers: list[str] = []
        for i, c in enumerate(data["cases"]):
            replacements[c["uid"]] = str(uuid.uuid4())
            # NIN01-YYYY-NNNNN; an agreement's number starts with its case's number.
            seq = self.run * IMPORT_SEQS_PER_RUN + (self.imports - 1) * len(data["cases"]) + i + 1
            new = f"{c['number'].rsplit('-', 1)[0]}-{seq:05d}"
            replacements[c["number"]] = new
            numbers.append(new)
        for old, new in replacements.items():
            text = text.replace(old, new)
        data = json.loads(text)
        for c, number in zip(data["cases"], numbers, strict=True):
            c["seq"] = int(number.rsplit("-", 1)[1])
        path = self.folder / f"import-{self.run}-{self.imports}.json"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        uids = [c["uid"] for c in data["cases"]]
        self.log.attempt("import", file=str(path), cases=uids)
        report = self.call("import", exchange.import_file, self.ctx, self.admin, path)
        if report is not None:
            self.log.confirmed("import", report.sha256, file=str(path), cases=uids,
                               created=report.created)


def _child(setup: Setup, template: Path, run: int, log_path: Path, seed: int) -> None:
    log = Log(log_path)
    try:
        Worker(setup, log, run, seed, template, log_path.parent).loop()
    except BaseException:  # noqa: BLE001 - anything but SIGKILL ending a worker is a finding
        os.write(log.fd, ("error " + json.dumps(traceback.format_exc()) + "\n").encode())
        os._exit(3)


def serve(url: str, template: Path) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A running app has loaded its database driver, configured its mappers and
    # compiled its queries long before a power cut; so do the workers: the server
    # makes the engine and reads through the services once, then forks.  No
    # connection stays open across a fork (SQLite opens one per unit of work, and
    # the PostgreSQL pool is emptied here).
    setup = Setup.open(url)
    warm = Worker(setup, Log(Path(os.devnull)), 0, 0, template, Path(os.devnull))
    for case_id in sorted(warm.open_cases())[:6]:
        get_case_view(setup.ctx, setup.coordinator, case_id)
    setup.ctx.engine.dispose()
    for line in sys.stdin:
        parts = line.split()
        if not parts:
            continue
        if parts[0] == "quit":
            return
        if parts[0] == "fork":
            run, log_path, seed = int(parts[1]), Path(parts[2]), int(parts[3])
            sys.stdout.flush()
            pid = os.fork()
            if pid == 0:
                signal.signal(signal.SIGINT, signal.SIG_DFL)
                _child(setup, template, run, log_path, seed)
                os._exit(0)
            print(f"pid {pid}", flush=True)
        elif parts[0] == "wait":
            pid = int(parts[1])
            _, status = os.waitpid(pid, 0)
            print(f"exit {pid} {status}", flush=True)


if __name__ == "__main__":
    serve(sys.argv[1], Path(sys.argv[2]))
