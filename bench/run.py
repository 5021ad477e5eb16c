"""Run the benchmarks: `python -m bench [--sizes 1000,100000,1000000]
[--backend sqlite,postgresql] [--only list,search,...] [--runs 7]`.

Each measurement runs several times and reports its median (and 95th percentile where
a target asks for it), with a ratio against a baseline measured in the same run where
there is a natural one.  The databases are built once and cached (bench/dataset.py).
The results go to the terminal, and as JSON and a Markdown table to the cache folder.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
import time
import traceback
from pathlib import Path

from bench.dataset import CACHE
from bench.suite import Suite, markdown

#: name -> module (each has `run(suite)`), in the order they run.
MEASUREMENTS = {
    "startup": "bench.bench_startup",
    "list": "bench.bench_list",
    "search": "bench.bench_search",
    "case": "bench.bench_case",
    "agreements": "bench.bench_agreement_pdfs",
    "statistics": "bench.bench_statistics",
    "exchange": "bench.bench_exchange",
    "memory": "bench.bench_memory",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Sulh benchmarks")
    parser.add_argument("--sizes", default="1000,100000,1000000",
                        help="cases in the databases (comma-separated)")
    parser.add_argument("--backend", default="sqlite,postgresql",
                        help="sqlite, postgresql or both")
    parser.add_argument("--only", default="", help="measurements to run: "
                        + ", ".join(MEASUREMENTS))
    parser.add_argument("--runs", type=int, default=7, help="repetitions per measurement")
    args = parser.parse_args(argv)
    suite = Suite(sizes=[int(x) for x in args.sizes.split(",") if x],
                  backends=[b for b in args.backend.split(",") if b], runs=args.runs)
    chosen = [x for x in args.only.split(",") if x] or list(MEASUREMENTS)
    unknown = set(chosen) - set(MEASUREMENTS)
    if unknown:
        parser.error(f"unknown measurement(s): {', '.join(sorted(unknown))}")
    started = time.perf_counter()
    failed: list[str] = []
    load = os.getloadavg()
    print(f"{os.cpu_count()} CPUs; load average {load[0]:.1f} at the start", flush=True)
    for name in chosen:
        print(f"== {name}", flush=True)
        module_name = MEASUREMENTS[name]
        path = Path(__file__).with_name(module_name.rsplit(".", 1)[1] + ".py")
        if not path.exists():
            print("  (not present)")
            continue
        module = importlib.import_module(module_name)
        runner = getattr(module, "run", None)
        if callable(runner):
            try:
                runner(suite)
            except Exception:  # noqa: BLE001 - one measurement failing leaves the others
                traceback.print_exc()
                failed.append(name)
        else:
            # A script of its own: run it with the suite's sizes and backends.
            env = dict(os.environ, SULH_BENCH_SIZES=args.sizes, SULH_BENCH_BACKENDS=args.backend)
            subprocess.run([sys.executable, str(path)], env=env, check=False)
    spent = time.perf_counter() - started
    print(f"\n{len(suite.results)} results in {spent / 60:.1f} min; load average "
          f"{load[0]:.1f} at the start, {os.getloadavg()[0]:.1f} at the end\n")
    print(markdown(suite.results))
    CACHE.mkdir(parents=True, exist_ok=True)
    (CACHE / "last-run.json").write_text(json.dumps(suite.as_json(), indent=1,
                                                    ensure_ascii=False))
    (CACHE / "last-run.md").write_text(markdown(suite.results) + "\n")
    if failed:
        print(f"\nfailed to run: {', '.join(failed)}")
    missed = [r for r in suite.results if r.met is False]
    return 1 if missed or failed else 0


if __name__ == "__main__":
    sys.exit(main())
