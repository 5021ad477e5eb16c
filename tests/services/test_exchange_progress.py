"""Exports and imports as long work: they report how far they got, a cancelled export
leaves no file (nor a half-written one), a cancelled import leaves the database as it
was, and the dry run shows what an import would add without writing anything."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sulh.db import models as m
from sulh.domain.errors import Cancelled
from sulh.services import cases, exchange
from sulh.services.context import ServiceContext
from tests.conftest import make_world, new_database_url
from tests.flows import new_case


def _counts(ctx: ServiceContext) -> dict[str, int]:
    with ctx.reading() as uow:
        return {t.__tablename__: int(uow.session.scalar(select(func.count()).select_from(t))
                                     or 0)
                for t in (m.Case, m.Party, m.Person, m.User, m.Forum, m.Station,
                          m.AuditEvent, m.StageChange, m.ReferenceAddition)}


def _cancel_after(calls: int) -> tuple[list[tuple[int, int]], object, object]:
    """A progress callback that records, and a cancel check true after `calls` reports."""
    seen: list[tuple[int, int]] = []
    return seen, lambda done, total: seen.append((done, total)), lambda: len(seen) > calls


@pytest.fixture
def three(world):  # type: ignore[no-untyped-def]
    return [new_case(world) for _ in range(3)]


def test_an_export_reports_each_case(world, three, tmp_path):
    seen: list[tuple[int, int]] = []
    report = exchange.export_cases(world.ctx, world.admin, tmp_path / "all.json",
                                   progress=lambda d, t: seen.append((d, t)))
    assert report.cases == 3
    assert seen == [(i, 3) for i in range(4)]


def test_a_cancelled_export_leaves_no_file_and_no_record(world, three, tmp_path):
    ctx = world.ctx
    target = tmp_path / "out" / "all.json"
    target.parent.mkdir()
    target.write_text("the export of last week", encoding="utf-8")
    exchange.installation_id(ctx, world.admin)
    before = _counts(ctx)
    seen, progress, cancelled = _cancel_after(2)
    with pytest.raises(Cancelled):
        exchange.export_cases(ctx, world.admin, target, progress=progress, cancelled=cancelled)
    assert seen[-1] == (2, 3)
    # The file that was there is untouched, and nothing half-written is left beside it.
    assert target.read_text(encoding="utf-8") == "the export of last week"
    assert sorted(p.name for p in target.parent.iterdir()) == ["all.json"]
    assert _counts(ctx) == before                    # no "exchange.export" event


def test_an_export_of_chosen_cases_holds_those_only(world, three, tmp_path):
    chosen = [three[0].id, three[2].id]
    report = exchange.export_cases(world.ctx, world.admin, tmp_path / "two.json",
                                   only_ids=chosen)
    data = json.loads((tmp_path / "two.json").read_text(encoding="utf-8"))
    assert report.cases == 2
    assert sorted(c["number"] for c in data["cases"]) == sorted(
        (three[0].number, three[2].number))


@pytest.fixture
def exported(world, three, tmp_path) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / "station.json"
    exchange.export_cases(world.ctx, world.admin, path)
    return path


@pytest.fixture
def headquarters(backend, request, tmp_path):  # type: ignore[no-untyped-def]
    ctx = ServiceContext.open(new_database_url(backend, request, tmp_path))
    yield make_world(ctx)
    ctx.close()


def test_the_dry_run_shows_what_would_be_added_and_writes_nothing(world, three, exported,
                                                                   headquarters):
    hq = headquarters
    before = _counts(hq.ctx)
    preview = exchange.preview_file(hq.ctx, hq.admin, exported)
    assert preview.ok and preview.problems == ()
    assert sorted(n for n, _ in preview.new_cases) == sorted(c.number for c in three)
    assert {stage for _, stage in preview.new_cases} == {"intake"}
    assert preview.present == () and preview.persons == 6      # two sides of each case
    # The station's forums and users exist at headquarters by name already.
    assert preview.forums == () and preview.users == ()
    assert preview.source == exchange.installation_id(world.ctx, world.admin)
    assert _counts(hq.ctx) == before
    exchange.import_file(hq.ctx, hq.admin, exported)
    again = exchange.preview_file(hq.ctx, hq.admin, exported)
    assert again.new_cases == () and len(again.present) == 3


def test_the_dry_run_lists_every_fault(world, three, exported, headquarters):
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["cases"][0]["category"] = "no_such_category"
    data["cases"][1]["intake_date"] = "yesterday"
    exported.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    preview = exchange.preview_file(headquarters.ctx, headquarters.admin, exported)
    assert not preview.ok
    assert {p.field for p in preview.problems} == {"category", "intake_date"}


def test_an_import_reports_each_case_written(world, three, exported, headquarters):
    seen: list[tuple[int, int]] = []
    report = exchange.import_file(headquarters.ctx, headquarters.admin, exported,
                                  progress=lambda d, t: seen.append((d, t)))
    assert report.created == 3 and seen == [(i, 3) for i in range(4)]


def test_a_cancelled_import_is_rolled_back_whole(world, three, exported, headquarters):
    hq = headquarters
    before = _counts(hq.ctx)
    seen, progress, cancelled = _cancel_after(2)
    with pytest.raises(Cancelled):
        exchange.import_file(hq.ctx, hq.admin, exported, progress=progress,
                             cancelled=cancelled)
    assert seen[-1] == (2, 3)                 # two cases were written, then undone
    assert _counts(hq.ctx) == before
    assert cases.count_cases(hq.ctx, hq.admin) == 0
    # And the same file imports whole afterwards.
    assert exchange.import_file(hq.ctx, hq.admin, exported).created == 3
