"""Agreement PDFs (bench/bench_agreements.py) on a copy of the 1,000-case database: one
agreement, a batch of 1,000, and one print through the service."""

from __future__ import annotations

import contextlib
import io
import re

from bench.suite import SMALL, Result, Suite


def run(suite: Suite) -> None:
    from bench import bench_agreements

    url = suite.url(SMALL, "sqlite")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = bench_agreements.main(["--db", url.removeprefix("sqlite:///"),
                                      "--batch", "1000"])
    text = out.getvalue()
    print("\n".join("    " + line for line in text.splitlines()))
    if code:
        raise RuntimeError("bench_agreements failed")
    one = re.search(r"one agreement \(median of (\d+) runs each\): (\d+) ms", text)
    batch = re.search(r"(\d+) agreements in a batch: ([\d.]+) s, ([\d.]+) per second", text)
    printed = re.search(r"one print through the service.*?: (\d+) ms \(median of (\d+)\)", text)
    if one:
        value = float(one[2])
        suite.add(Result("agreement PDF: one", "-", None, value, "ms", target="≤ 150 ms",
                         met=value <= 150, runs=int(one[1])))
    if batch:
        suite.add(Result("agreement PDF: batch of 1,000", "-", None, float(batch[2]), "s",
                         runs=1, note=f"{float(batch[3]):.1f} agreements per second"))
    if printed:
        suite.add(Result("agreement PDF: print through the service", "sqlite", SMALL,
                         float(printed[1]), "ms", runs=int(printed[2])))
