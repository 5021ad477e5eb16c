"""One of several PCs editing the same cases at once (tests/hardening/test_concurrency.py).

`python -m tests.hardening.concurrency_worker URL EDITS SEED OUT.json`: prints
"ready", waits for a line on stdin, then makes EDITS edits through the services:

* most edit the intake of one of a handful of shared cases, with the version it
  read a moment before (as a form does) — a save made from an outdated copy must
  be refused with StaleRecord;
* some add a side (a family) to one of the shared cases;
* some record a mediation session on one of the shared cases in mediation;
* some log a new case in one of two forums (case numbers must stay gap-free).

Every outcome is written to OUT.json; anything but success or StaleRecord (a
"database is locked", a deadlock, any other error) is recorded as an error.
"""

from __future__ import annotations

import json
import random
import sys
import time
import traceback
from typing import Any

from sqlalchemy import select

from sulh.db import models as m
from sulh.domain.errors import StaleRecord
from sulh.domain.workflow import Stage
from sulh.services import intake, mediation, users
from sulh.services.cases import get_case_view
from sulh.services.context import ServiceContext


def main(url: str, edits: int, seed: int, out: str) -> None:
    rng = random.Random(seed)
    ctx = ServiceContext.open(url)
    officer = users.actor_for(ctx, "officer")
    mediator = users.actor_for(ctx, "mediator")
    with ctx.reading() as uow:
        s = uow.session
        shared = sorted(s.scalars(select(m.Case.id).where(m.Case.stage == Stage.INTAKE.value)))
        in_mediation = sorted(s.scalars(select(m.Case.id).where(
            m.Case.stage == Stage.MEDIATION.value)))
        # An officer logs cases for their own forum: one officer per forum.
        loggers = [users.actor_for(ctx, name) for name in sorted(s.scalars(
            select(m.User.username).where(m.User.role == "officer")))]
    parties = {case_id: [p.id for p in get_case_view(ctx, mediator, case_id).parties]
               for case_id in in_mediation}
    result: dict[str, Any] = {"seed": seed, "updates": [], "stale": 0, "sessions": [], "parties": [],
                              "created": [], "errors": []}
    print("ready", flush=True)
    sys.stdin.readline()
    started = time.perf_counter()
    for k in range(edits):
        roll = rng.random()
        try:
            if roll < 0.65:
                case_id = rng.choice(shared)
                view = get_case_view(ctx, officer, case_id)
                description = f"تعديل {seed}-{k} · گۆڕانکاری · edit"
                done = intake.update_case(ctx, officer, case_id, version=view.version,
                                          description=description)
                result["updates"].append([case_id, view.version, done.version, description])
            elif roll < 0.72:
                # Another officer adds a side to the same case (its version moves on).
                case_id = rng.choice(shared)
                party = intake.add_party(ctx, officer, case_id, kind="family",
                                         role="respondent", name=f"عائلة {seed}-{k}")
                result["parties"].append([party.id, case_id, party.name])
            elif roll < 0.85:
                case_id = rng.choice(in_mediation)
                summary = f"جلسة {seed}-{k}"
                row = mediation.record_session(
                    ctx, mediator, case_id, held_on=ctx.today(), kind="joint",
                    outcome="progress", present_party_ids=parties[case_id], summary=summary)
                result["sessions"].append([row.id, case_id, summary])
            else:
                who = rng.choice(loggers)
                assert who.forum_id is not None
                case = intake.create_case(ctx, who, forum_id=who.forum_id, category="land",
                                          description=f"قضية {seed}-{k}")
                result["created"].append([case.id, who.forum_id, case.number])
        except StaleRecord:
            result["stale"] += 1
        except Exception as e:  # noqa: BLE001 - what would reach the user is the finding
            result["errors"].append(f"{type(e).__name__}: {e}\n{traceback.format_exc()}")
    result["seconds"] = time.perf_counter() - started
    ctx.close()
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(result, fh, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
