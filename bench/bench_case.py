"""Opening a case with its full timeline: what the case tab reads from the services, and
the whole tab (offscreen Qt) built and shown, for cases at every stage."""

from __future__ import annotations

import random
import time
from typing import Any

from sqlalchemy import func, select

from bench.suite import Result, Suite, median, ms, p95, qt_app, session

CASES = 40


def _sample(ctx: Any) -> list[int]:
    """Cases at every stage, the long stories (agreement, follow-ups, reopened) first."""
    from sulh.db import models as m

    rng = random.Random(5)
    with ctx.reading() as uow:
        s = uow.session
        top = int(s.scalar(select(func.max(m.Case.id))) or 0)
        ids: list[int] = []
        for stage in ("closed", "follow_up", "reopened", "signed", "agreement_drafted",
                      "mediation", "referred", "screening", "intake", "withdrawn"):
            for _ in range(CASES // 10):
                found = s.scalar(select(m.Case.id).where(
                    m.Case.stage == stage, m.Case.id >= rng.randint(1, top))
                    .order_by(m.Case.id).limit(1))
                if found is not None:
                    ids.append(int(found))
    return ids


def measure(url: str) -> tuple[list[float], list[float], list[float], list[float]]:
    from sulh.gui.case_view import CaseView
    from sulh.services import cases, forums, users

    app = qt_app()
    sess = session(url, "admin1")
    ctx, actor = sess.ctx, sess.actor
    service: list[float] = []
    widget: list[float] = []
    cpu_service: list[float] = []       # this process's CPU time: what a busy machine
    cpu_widget: list[float] = []        # adds to the wall-clock time is waiting
    ids = _sample(ctx)

    def read(cid: int) -> None:
        # What CaseView reads when it opens (its reload and its forum names).
        forums.list_forums(ctx, actor)
        cases.get_case_view(ctx, actor, cid)
        cases.move_options(ctx, actor, cid)
        users.user_names(ctx, actor)

    read(ids[0])
    CaseView(sess, ids[0]).deleteLater()
    for cid in ids:
        started, cpu = time.perf_counter(), time.process_time()
        read(cid)
        service.append(time.perf_counter() - started)
        cpu_service.append(time.process_time() - cpu)
        started, cpu = time.perf_counter(), time.process_time()
        view = CaseView(sess, cid)
        view.resize(1200, 800)
        view.show()
        app.processEvents()
        widget.append(time.perf_counter() - started)
        cpu_widget.append(time.process_time() - cpu)
        view.close()
        view.deleteLater()
        app.processEvents()
    ctx.close()
    return service, widget, cpu_service, cpu_widget


def run(suite: Suite) -> None:
    for backend in suite.backends:
        for size in suite.sizes:
            service, widget, cpu_service, cpu_widget = measure(suite.url(size, backend))
            for name, values, cpu in (("open a case: services", service, cpu_service),
                                      ("open a case: tab shown", widget, cpu_widget)):
                value = ms(median(values))
                suite.add(Result(name, backend, size, value, "ms", p95=ms(p95(values)),
                                 target="≤ 50 ms", met=value <= 50, runs=len(values),
                                 note=f"CPU {ms(median(cpu)):.1f} ms"))
