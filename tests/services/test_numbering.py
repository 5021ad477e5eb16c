"""Case numbers: `BGD01-2026-00001`, one gap-free sequence per forum and year, even when
two processes log cases at the same moment, and never used up by a rolled-back intake."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import queue
import time
import traceback

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from sulh.db import models as m
from sulh.domain.errors import ValidationErrors
from sulh.domain.numbering import parse_case_number
from sulh.domain.roles import Role
from sulh.services import intake
from sulh.services.audit import verify_chain
from sulh.services.context import Actor, ServiceContext

PER_PROCESS = 40


def seqs(ctx: ServiceContext, forum_id: int) -> list[int]:
    with ctx.reading() as uow:
        return list(uow.session.execute(select(m.Case.seq).where(m.Case.forum_id == forum_id)
                                        .order_by(m.Case.seq)).scalars())


def counter(ctx: ServiceContext, forum_id: int, year: int) -> int | None:
    with ctx.reading() as uow:
        row = uow.session.get(m.CaseNumberCounter, (forum_id, year))
        return None if row is None else row.last_value


def test_numbers_per_forum_and_year(world):
    ctx = world.ctx
    year = ctx.today().year
    a = intake.create_case(ctx, world.officer, forum_id=world.forum_id)
    b = intake.create_case(ctx, world.officer, forum_id=world.forum_id, category="debt")
    e = intake.create_case(ctx, world.colleague("coordinator", world.other_forum_id),
                           forum_id=world.other_forum_id)
    c = intake.create_case(ctx, world.officer, forum_id=world.forum_id)
    assert [a.number, b.number, c.number] == [f"BGD01-{year}-00001", f"BGD01-{year}-00002",
                                              f"BGD01-{year}-00003"]
    assert e.number == f"ERB01-{year}-00001"
    assert parse_case_number(b.number) == ("BGD01", year, 2)
    assert counter(ctx, world.forum_id, year) == 3
    assert counter(ctx, world.other_forum_id, year) == 1

    # A new year starts again at 1, leaving last year's counter as it was.
    ctx.clock = lambda: dt.datetime(year + 1, 1, 1, 8, 30, tzinfo=dt.UTC)
    n = intake.create_case(ctx, world.officer, forum_id=world.forum_id)
    assert n.number == f"BGD01-{year + 1}-00001" and n.intake_date == dt.date(year + 1, 1, 1)
    assert counter(ctx, world.forum_id, year) == 3


def test_a_rolled_back_intake_does_not_use_up_a_number(world):
    ctx = world.ctx
    year = ctx.today().year
    first = intake.create_case(ctx, world.officer, forum_id=world.forum_id)
    assert first.number.endswith("-00001")

    # Refused before the transaction: a date in the future.
    with pytest.raises(ValidationErrors):
        intake.create_case(ctx, world.officer, forum_id=world.forum_id,
                           intake_date=ctx.today() + dt.timedelta(days=1))
    # Refused inside the transaction: a station of another forum.
    with pytest.raises(ValidationErrors):
        intake.create_case(ctx, world.colleague("officer", world.other_forum_id),
                           forum_id=world.other_forum_id, station_id=world.station_id)
    # Failing after the number was taken: the case row cannot be written
    # (its author is not a user), so the whole transaction rolls back.
    ghost = Actor(user_id=987_654, username="ghost", role=Role.OFFICER)
    with pytest.raises(IntegrityError):
        intake.create_case(ctx, ghost, forum_id=world.forum_id)
    # A unit of work that takes a number and ends without commit.
    with ctx.writing() as uow:
        assert intake._next_seq(uow.session, world.forum_id, year) == 2
    assert counter(ctx, world.forum_id, year) == 1
    assert counter(ctx, world.other_forum_id, year) is None

    second = intake.create_case(ctx, world.officer, forum_id=world.forum_id)
    assert second.number == f"BGD01-{year}-00002"
    assert seqs(ctx, world.forum_id) == [1, 2]
    with ctx.reading() as uow:
        assert verify_chain(uow.session)[1] == []


def _create_cases(db_url: str, actor: Actor, forum_id: int, count: int, start,  # type: ignore[no-untyped-def]
                  results) -> None:
    """Runs in a separate process: its own engine and connections on the same database."""
    ctx = ServiceContext.open(db_url)
    try:
        start.wait(timeout=60)
        numbers = []
        for _ in range(count):
            numbers.append(intake.create_case(ctx, actor, forum_id=forum_id, category="debt",
                                              description="process test").number)
            # A breath between saves, so that on SQLite the other process, waiting on
            # the write lock, gets its turn and the two really interleave.
            time.sleep(0.005)
        results.put(("ok", numbers))
    except BaseException:  # noqa: BLE001 - reported to the parent, which fails the test
        results.put(("error", traceback.format_exc()))
    finally:
        ctx.close()


def test_two_processes_logging_at_once_get_unique_gap_free_numbers(world, db_url):
    ctx = world.ctx
    year = ctx.today().year
    spawn = multiprocessing.get_context("spawn")
    start = spawn.Barrier(2)
    results = spawn.Queue()
    workers = [spawn.Process(target=_create_cases,
                             args=(db_url, actor, world.forum_id, PER_PROCESS, start, results))
               for actor in (world.officer, world.coordinator)]
    for w in workers:
        w.start()
    outcomes = []
    try:
        for _ in workers:
            outcomes.append(results.get(timeout=180))
    except queue.Empty:
        pytest.fail("a worker process did not report back")
    finally:
        for w in workers:
            w.join(timeout=60)
            if w.is_alive():
                w.kill()
    errors = [detail for status, detail in outcomes if status != "ok"]
    assert errors == []
    assert [w.exitcode for w in workers] == [0, 0]

    numbers = [n for _, batch in outcomes for n in batch]
    assert len(numbers) == len(set(numbers)) == 2 * PER_PROCESS
    assert all(parse_case_number(n)[:2] == ("BGD01", year) for n in numbers)
    assert sorted(parse_case_number(n)[2] for n in numbers) == list(range(1, 2 * PER_PROCESS + 1))
    assert seqs(ctx, world.forum_id) == list(range(1, 2 * PER_PROCESS + 1))
    assert counter(ctx, world.forum_id, year) == 2 * PER_PROCESS
    # Both processes also wrote the audit chain; it is still one unbroken line.
    with ctx.reading() as uow:
        count, findings = verify_chain(uow.session)
    assert findings == [] and count >= 2 * PER_PROCESS
    # And the next case, from this process, simply follows on.
    nxt = intake.create_case(ctx, world.officer, forum_id=world.forum_id)
    assert nxt.number == f"BGD01-{year}-{2 * PER_PROCESS + 1:05d}"
