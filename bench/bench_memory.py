"""Resident memory of the app with the largest database and its case list scrolled to
the end -- after dragging the scroll bar through the whole list on the way -- in a
process of its own (offscreen Qt), read from /proc/self/status."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

from bench.suite import Result, Suite

STOPS = 25            # scroll-bar positions visited on the way to the end


def child(url: str) -> None:
    from bench.suite import qt_app, rss_mb, session
    from sulh.gui.main_window import MainWindow

    app = qt_app()
    s = session(url)
    mw = MainWindow(s)
    mw.window.resize(1280, 800)
    mw.show()
    app.processEvents()
    opened = rss_mb()
    started = time.perf_counter()
    while mw.model.total() is None:
        app.processEvents()
        time.sleep(0.001)
        if time.perf_counter() - started > 300:
            raise TimeoutError("not counted")
    table = mw.window.caseTable
    bar = table.verticalScrollBar()
    for stop in range(1, STOPS + 1):
        bar.setValue(bar.maximum() * stop // STOPS)
        app.processEvents()
    table.scrollToBottom()
    app.processEvents()
    last = mw.model.rowCount() - 1
    print(json.dumps({"rows": mw.model.rowCount(), "last": mw.model.case_id(last),
                      "opened": opened, "rss": rss_mb(), "peak": rss_mb("VmHWM")}),
          flush=True)


def run(suite: Suite) -> None:
    size = suite.largest
    for backend in suite.backends:
        url = suite.url(size, backend)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        out = subprocess.run([sys.executable, "-m", "bench.bench_memory", url], env=env,
                             capture_output=True, text=True, check=True)
        got = json.loads(out.stdout.strip().splitlines()[-1])
        suite.add(Result("memory: list scrolled to the end", backend, size, got["rss"], "MB",
                         target="≤ 300 MB", met=got["rss"] <= 300, runs=1,
                         note=f"{got['rows']:,} rows; {got['opened']:.0f} MB when the window "
                              f"opened; peak {got['peak']:.0f} MB"))


if __name__ == "__main__":
    child(sys.argv[1])
