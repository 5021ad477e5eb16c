"""The case list in the real main window (offscreen Qt), as a directorate viewer sees it:
the first rows after a refresh, the count arriving from its pool thread, and a jump to
the end of the list -- each against the same at 1,000 cases, measured in the same run.
"""

from __future__ import annotations

import time
from typing import Any

from bench.suite import SMALL, Result, Suite, median, ms, p95, qt_app, session


def _wait(app: Any, done: Any, timeout: float = 120.0) -> float:
    started = time.perf_counter()
    while not done():
        app.processEvents()
        if time.perf_counter() - started > timeout:
            raise TimeoutError("the case list was not counted in time")
        time.sleep(0.0005)
    return time.perf_counter() - started


def measure(url: str, runs: int) -> dict[str, list[float]]:
    from sulh.gui.main_window import MainWindow

    app = qt_app()
    s = session(url)
    mw = MainWindow(s)
    mw.window.resize(1280, 800)
    mw.show()
    app.processEvents()
    table, model = mw.window.caseTable, mw.model
    out: dict[str, list[float]] = {"first": [], "count": [], "end": [], "back": []}
    for n in range(runs + 1):
        started = time.perf_counter()
        mw.refresh()
        app.processEvents()                      # painted
        first = time.perf_counter() - started
        assert model.rowCount() > 0
        count = first + _wait(app, lambda: model.total() is not None)
        started = time.perf_counter()
        table.scrollToBottom()
        app.processEvents()
        end = time.perf_counter() - started
        last = model.case_id(model.rowCount() - 1)
        assert last is not None
        started = time.perf_counter()
        table.scrollToTop()
        app.processEvents()
        back = time.perf_counter() - started
        if n:                                    # the first round warms the caches
            for key, value in (("first", first), ("count", count), ("end", end),
                               ("back", back)):
                out[key].append(value)
    mw.close(force=True)
    s.ctx.close()
    return out


def run(suite: Suite) -> None:
    sizes = sorted(set(suite.sizes) | {SMALL})
    for backend in suite.backends:
        base: dict[str, float] = {}
        for size in sizes:
            got = measure(suite.url(size, backend), suite.runs)
            for key, name, target in (
                    ("first", "case list: first rows", "≤ 50 ms, ≤ 1.5× at 1k"),
                    ("end", "case list: jump to the end", "≤ 50 ms, ≤ 1.5× at 1k"),
                    ("back", "case list: back to the top", ""),
                    ("count", "case list: count shown", "")):
                value = ms(median(got[key]))
                if size == SMALL:
                    base[key] = value
                ratio = value / base[key] if size != SMALL and base.get(key) else None
                met = None
                if target:
                    met = value <= 50 and (ratio is None or ratio <= 1.5)
                if size in suite.sizes:
                    suite.add(Result(name, backend, size, value, "ms", p95=ms(p95(got[key])),
                                     ratio=ratio, baseline="1k" if ratio else "",
                                     target=target if size != SMALL or not target
                                     else "≤ 50 ms", met=met, runs=len(got[key])))
