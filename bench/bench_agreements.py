"""How long printing an agreement takes.

Makes a demo database (the same generator as `sulh demo`), reads its agreements as
the print service does, then times:

* one agreement rendered to PDF: the median of several runs of each of a few
  agreements (all three language pairs);
* 1,000 agreements rendered in a batch, one after another: the throughput;
* one full print through the service (read, verification code, PDF, audit record).

Run: python bench/bench_agreements.py [--cases N] [--batch N] [--db FILE]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=60, help="demo cases to generate")
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=15, help="runs per agreement for the median")
    parser.add_argument("--db", type=Path, help="use a copy of this SQLite database instead")
    args = parser.parse_args(argv)

    from sulh.db import models as m
    from sulh.documents import model, render_agreement
    from sulh.services import demo, documents, users, verification
    from sulh.services._common import get_case
    from sulh.services.context import ServiceContext
    from sulh.services.setup import open_database

    tmp = Path(tempfile.mkdtemp(prefix="sulh-bench-"))
    try:
        db = tmp / "bench.sqlite3"
        if args.db:
            shutil.copy(args.db, db)
            ctx = ServiceContext.open(f"sqlite:///{db}")
        else:
            ctx = open_database(f"sqlite:///{db}")
            started = time.perf_counter()
            demo.generate(ctx, cases=args.cases, seed=1)
            print(f"demo database: {args.cases} cases in {time.perf_counter() - started:.1f} s")
        with ctx.reading() as uow:
            s = uow.session
            case_ids = s.execute(select(m.Agreement.case_id).order_by(m.Agreement.id)
                                 ).scalars().all()
            read = [documents.agreement_document(s, get_case(s, cid), today=ctx.today())
                    for cid in case_ids]
        # Each paper carries its own verification code and QR, as a real print does.
        docs = []
        for doc, view in read:
            code = verification.make_code_for(ctx, view.number, view.content_digest)
            docs.append(replace(doc, verification=model.Verification(code.text,
                                                                      code.qr_payload)))
        if not docs:
            print("the demo made no agreements; use more --cases", file=sys.stderr)
            return 1
        by_pair: dict[str, int] = {}
        for d in docs:
            by_pair[d.languages] = by_pair.get(d.languages, 0) + 1
        print(f"{len(docs)} agreements ("
              + ", ".join(f"{n} {pair}" for pair, n in sorted(by_pair.items())) + ")")

        render_agreement(docs[0])                  # fonts loaded once per process
        samples = []
        for pair in sorted(by_pair):
            samples += [d for d in docs if d.languages == pair][:2]
        per_doc = []
        for d in samples:
            times = []
            for _ in range(args.runs):
                t = time.perf_counter()
                pdf = render_agreement(d)
                times.append(time.perf_counter() - t)
            per_doc.append((d, statistics.median(times), len(pdf)))
        one = statistics.median(t for _, t, _ in per_doc)
        print("one agreement (median of "
              f"{args.runs} runs each): {one * 1000:.0f} ms")
        for d, t, size in per_doc:
            print(f"  {d.number:<22} {d.languages:<7} {len(d.clauses):>2} clauses "
                  f"{len(d.signatories):>2} signatories  {t * 1000:6.1f} ms  {size:,} bytes")

        started = time.perf_counter()
        total = 0
        for i in range(args.batch):
            total += len(render_agreement(docs[i % len(docs)],
                                          digits="arabic-indic" if i % 2 else "western"))
        elapsed = time.perf_counter() - started
        print(f"{args.batch} agreements in a batch: {elapsed:.1f} s, "
              f"{args.batch / elapsed:.1f} per second ({total / args.batch / 1024:.0f} KiB each)")

        # Each case printed by an officer of its own forum (officers work on their
        # forum's cases only).
        officers = {u.forum_id: u.username for u in users.list_users(ctx, users.system_actor(ctx))
                    if u.role == "officer" and u.active}
        with ctx.reading() as uow:
            forum_of = dict(uow.session.execute(select(m.Case.id, m.Case.forum_id)
                                                .where(m.Case.id.in_(case_ids[:5]))).all())
        times = []
        for cid in case_ids[:5]:
            actor = users.actor_for(ctx, officers[forum_of[cid]])
            t = time.perf_counter()
            documents.print_agreement(ctx, actor, cid)
            times.append(time.perf_counter() - t)
        print(f"one print through the service (read, code, PDF, audit): "
              f"{statistics.median(times) * 1000:.0f} ms (median of {len(times)})")
        ctx.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
