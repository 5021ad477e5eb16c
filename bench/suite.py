"""What every measurement shares: the databases, repetition, and the results table."""

from __future__ import annotations

import math
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from bench.dataset import dataset_url

SMALL = 1_000          # the baseline size for "time at 1M against time at 1k"


@dataclass
class Result:
    measurement: str
    backend: str                  # "sqlite", "postgresql", or "-" (no database)
    size: int | None              # cases in the database
    value: float                  # the median, in `unit`
    unit: str = "ms"
    p95: float | None = None
    ratio: float | None = None    # against `baseline`, measured in the same run
    baseline: str = ""
    target: str = ""
    met: bool | None = None
    runs: int = 0
    note: str = ""


@dataclass
class Suite:
    sizes: list[int]
    backends: list[str]
    runs: int = 7
    results: list[Result] = field(default_factory=list)

    def url(self, size: int, backend: str) -> str:
        return dataset_url(size, backend)

    @property
    def largest(self) -> int:
        return max(self.sizes)

    def add(self, result: Result) -> Result:
        self.results.append(result)
        print("  " + line(result), flush=True)
        return result

    def find(self, measurement: str, backend: str, size: int | None) -> Result | None:
        for r in self.results:
            if (r.measurement, r.backend, r.size) == (measurement, backend, size):
                return r
        return None

    def as_json(self) -> list[dict[str, Any]]:
        return [asdict(r) for r in self.results]



def _fmt(value: float, unit: str) -> str:
    """Seconds below ten with two decimals: a start-up of 0.13 s is not "0.1 s"."""
    return f"{value:,.2f} {unit}" if unit == "s" and value < 10 else f"{value:,.1f} {unit}"

def timed(fn: Callable[[], Any], runs: int, *, warm: int = 1) -> list[float]:
    """Seconds per call of `fn`, `runs` times after `warm` untimed calls."""
    for _ in range(warm):
        fn()
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        out.append(time.perf_counter() - started)
    return out


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def p95(values: Sequence[float]) -> float:
    """The 95th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def ms(seconds: float) -> float:
    return seconds * 1000


def rss_mb(field: str = "VmRSS") -> float:
    """This process's resident memory (VmHWM: its peak so far), from /proc (Linux)."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for row in fh:
            if row.startswith(field + ":"):
                return int(row.split()[1]) / 1024
    return float("nan")


def line(r: Result) -> str:
    size = f"{r.size:,}" if r.size else "-"
    value = _fmt(r.value, r.unit)
    extra = []
    if r.p95 is not None:
        extra.append(f"p95 {_fmt(r.p95, r.unit)}")
    if r.ratio is not None:
        extra.append(f"{r.ratio:.2f}× {r.baseline}")
    if r.target:
        extra.append(f"target {r.target}: " + ("met" if r.met else "MISSED"
                                                 if r.met is not None else "-"))
    if r.note:
        extra.append(r.note)
    return f"{r.measurement:<40} {r.backend:<10} {size:>9}  {value:>12}   " + "; ".join(extra)


def markdown(results: Sequence[Result]) -> str:
    rows = ["| measurement | backend | cases | median | p95 | ratio | target | met |",
            "|---|---|---:|---:|---:|---:|---|---|"]
    for r in results:
        rows.append("| " + " | ".join([
            r.measurement, r.backend, f"{r.size:,}" if r.size else "-",
            _fmt(r.value, r.unit),
            _fmt(r.p95, r.unit) if r.p95 is not None else "",
            f"{r.ratio:.2f}× {r.baseline}" if r.ratio is not None else "",
            r.target, "yes" if r.met else "**no**" if r.met is not None else ""]) + " |")
    return "\n".join(rows)


def qt_app() -> Any:
    """One offscreen QApplication for the measurements that show widgets."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from sulh.gui.qt_i18n import register_fonts

    register_fonts()
    return app


def session(url: str, username: str = "viewer1") -> Any:
    """An AppSession of a demo user on the database at `url`."""
    from sulh.gui.session import AppSession
    from sulh.services import users
    from sulh.services.context import ServiceContext
    from sulh.settings import Settings

    ctx = ServiceContext.open(url)
    return AppSession(ctx, users.actor_for(ctx, username), Settings())
