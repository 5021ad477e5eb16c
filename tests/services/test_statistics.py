"""Statistics: every figure against counts made independently from the case views of a
known data set (tests/services/statistics_data.py), on SQLite and PostgreSQL; each
figure's drill-down lists exactly the cases behind it."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest
from sqlalchemy import event

from sulh.domain.errors import NotFound, ValidationError
from sulh.services import cases, statistics
from sulh.services.cases import CaseFilter
from sulh.services.statistics import Breakdown, Filters, Period, Statistics, parse_period
from tests.services.statistics_data import PERIOD, DataSet, Expected, dataset, expected

__all__ = ["dataset"]      # the fixture, shared with the report tests

VARIANTS = [
    pytest.param({}, id="quarter"),
    pytest.param({"forum": "ERB01"}, id="quarter-forum"),
    pytest.param({"governorate": "BGD"}, id="quarter-governorate"),
    pytest.param({"period": None}, id="all-time"),
]


def _filters(data: DataSet, variant: dict[str, object]) -> Filters:
    forum = variant.get("forum")
    forum_id = None
    if forum is not None:
        forum_id = data.world.forum_id if forum == "BGD01" else data.world.other_forum_id
    period = variant.get("period", PERIOD)
    assert period is None or isinstance(period, Period)
    governorate = variant.get("governorate")
    assert governorate is None or isinstance(governorate, str)
    return Filters(period, forum_id, governorate)


def _compute(data: DataSet, variant: dict[str, object]) -> tuple[Statistics, Expected]:
    stats = statistics.compute(data.ctx, data.world.viewer, _filters(data, variant))
    want = expected(data, period=variant.get("period", PERIOD),  # type: ignore[arg-type]
                    forum=variant.get("forum"),  # type: ignore[arg-type]
                    governorate=variant.get("governorate"))  # type: ignore[arg-type]
    return stats, want


def _nonzero(b: Breakdown) -> Counter[str]:
    return Counter({r.key: r.count for r in b.rows if r.count})


@pytest.mark.parametrize("variant", VARIANTS)
def test_every_figure_matches_counts_from_the_case_views(dataset: DataSet, variant):
    stats, want = _compute(dataset, variant)
    assert want.cases >= 4             # the data set reaches every variant
    assert stats.cases == want.cases
    assert _nonzero(stats.by_category) == want.by_category
    assert _nonzero(stats.by_channel) == want.by_channel
    assert _nonzero(stats.by_stage) == want.by_stage
    assert _nonzero(stats.by_outcome) == want.by_outcome
    assert _nonzero(stats.by_forum) == want.by_forum
    assert _nonzero(stats.by_governorate) == want.by_governorate
    for b in (stats.by_category, stats.by_channel, stats.by_stage, stats.by_forum,
              stats.by_governorate):
        assert b.total == want.cases
    assert stats.by_outcome.total == want.closed

    assert (stats.resolution.numerator, stats.resolution.denominator) == (want.resolved,
                                                                          want.closed)
    assert (stats.referral.numerator, stats.referral.denominator) == (want.referred,
                                                                      want.cases)

    spread = stats.days_to_agreement
    assert spread.count == len(want.days)
    assert (spread.minimum, spread.maximum) == (min(want.days), max(want.days))
    assert spread.mean == pytest.approx(sum(want.days) / len(want.days))
    assert (spread.q1, spread.median, spread.q3) == pytest.approx(want.quartiles())

    ns = stats.no_shows
    assert (ns.sessions, ns.sessions_with_absence, ns.absences, ns.cases_with_absence) == (
        want.sessions, want.sessions_with_absence, want.absences, want.cases_with_absence)

    p = stats.parties
    assert _nonzero(p.by_sex) == want.people_by_sex
    assert _nonzero(p.by_displacement) == want.people_by_displacement
    assert p.people == sum(want.people_by_sex.values())
    assert p.women == want.people_by_sex["female"]
    assert p.displaced == want.people_by_displacement["idp"] + want.people_by_displacement[
        "refugee"]
    assert (p.cases_with_women, p.cases_with_displaced) == (want.cases_with_women,
                                                            want.cases_with_displaced)

    f = stats.follow_ups
    assert _nonzero(f.results) == want.follow_up_results
    assert (f.overdue_checks, f.overdue_cases) == (want.overdue_checks, want.overdue_cases)

    mem = stats.members
    assert _nonzero(mem.by_sex) == want.members_by_sex
    assert _nonzero(mem.by_category) == want.members_by_category
    assert mem.members == sum(want.members_by_sex.values())
    assert (mem.women, mem.displaced) == (want.members_by_sex["f"],
                                          want.members_by_category["displaced"])


def test_the_data_set_has_something_behind_every_figure(dataset: DataSet):
    """So that the comparisons above compare something: every kind of figure is non-zero
    in the quarter, and some interpolate between ranks over all time."""
    want = expected(dataset)
    assert all(want.by_outcome[r] for r in ("resolved_fully", "resolved_partly",
                                            "no_agreement", "withdrawn", "referred"))
    assert want.by_category[""] and want.by_channel[""]       # a draft without them
    assert len(want.by_forum) == 2 and len(want.by_governorate) == 3
    assert want.referred and want.absences > want.sessions_with_absence > 0
    assert all(want.follow_up_results[r] for r in ("complied", "partly", "breached"))
    assert want.overdue_checks and want.cases_with_women and want.cases_with_displaced
    assert want.members_by_sex["f"] and want.members_by_sex["m"]
    assert want.members_by_category["displaced"]
    assert "archived" not in want.ids and any(v.archived for v in dataset.views())
    all_time = expected(dataset, period=None)
    assert all_time.cases > want.cases
    assert (len(all_time.days) - 1) % 4, "the quartiles fall between two ranks"


def _drills(stats: Statistics) -> list[tuple[str, CaseFilter, int | None]]:
    """Every drill-down of the figures: (what it is, its filter, how many cases it should
    list, when the figure is a count of cases)."""
    out: list[tuple[str, CaseFilter, int | None]] = [("all", stats.all_drill, stats.cases)]
    for name in ("by_category", "by_channel", "by_stage", "by_outcome", "by_forum",
                 "by_governorate"):
        for row in getattr(stats, name).rows:
            assert row.drill is not None
            out.append((f"{name}:{row.key}", row.drill, row.count))
    out += [("resolved", stats.resolution.drill, stats.resolution.numerator),
            ("outcome:any", stats.resolution.base_drill, stats.resolution.denominator),
            ("referred", stats.referral.drill, stats.referral.numerator),
            ("signed", stats.days_to_agreement.drill, stats.days_to_agreement.count),
            ("no_show", stats.no_shows.drill, stats.no_shows.cases_with_absence),
            ("women", stats.parties.women_drill, stats.parties.cases_with_women),
            ("displaced", stats.parties.displaced_drill, stats.parties.cases_with_displaced),
            ("overdue", stats.follow_ups.overdue_drill, stats.follow_ups.overdue_cases)]
    for row in stats.follow_ups.results.rows:
        out.append((f"follow_up:{row.key}", row.drill, None))
    return [(what, drill, n) for what, drill, n in out if drill is not None]


@pytest.mark.parametrize("variant", VARIANTS[:3])
def test_every_figure_opens_to_the_cases_behind_it(dataset: DataSet, variant):
    stats, want = _compute(dataset, variant)
    views = {v.id: v for v in dataset.views()}
    drills = _drills(stats)
    assert len(drills) > 30
    for what, drill, count in drills:
        listed = {c.id for c in cases.list_cases(dataset.ctx, dataset.world.viewer,
                                                 filter=drill, limit=500)}
        assert cases.count_matching(dataset.ctx, dataset.world.viewer, drill) == len(listed)
        if count is not None:
            assert len(listed) == count, what
        kind, _, key = what.partition(":")
        if kind in ("by_category", "by_channel", "by_stage", "by_governorate"):
            field = {"by_category": "category", "by_channel": "channel",
                     "by_stage": "stage", "by_governorate": "governorate"}[kind]
            behind = {cid for cid in want.ids["all"]
                      if (getattr(views[cid], field) or "") == key}
        elif kind == "by_outcome":
            behind = want.ids.get(f"outcome:{key}", set())
        elif kind == "by_forum":
            behind = {cid for cid in want.ids["all"] if dataset.forum_codes[cid] == key}
        else:
            behind = want.ids.get(what, set())
        assert listed == behind, what


def test_forum_staff_get_the_figures_of_the_cases_they_see(dataset: DataSet):
    """A forum's coordinator sees their forum's cases in the lists; their figures count
    those and no others, so a figure and its list always agree."""
    assert dataset.erbil is not None
    mine = statistics.compute(dataset.ctx, dataset.erbil.coordinator, Filters(PERIOD))
    want = expected(dataset, forum="ERB01")
    assert mine.cases == want.cases
    assert _nonzero(mine.by_forum) == Counter({"ERB01": want.cases})
    assert mine.follow_ups.results.total == sum(want.follow_up_results.values())
    assert mine.referral.numerator == want.referred


def test_the_figures_are_aggregates_made_by_the_database(dataset: DataSet):
    """No statement reads case rows into Python: every one that touches the cases
    counts, sums or ranks them."""
    statements: list[str] = []

    def seen(conn, cursor, statement, *args):  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(dataset.ctx.engine, "before_cursor_execute", seen)
    try:
        statistics.compute(dataset.ctx, dataset.world.viewer, Filters(PERIOD))
    finally:
        event.remove(dataset.ctx.engine, "before_cursor_execute", seen)
    reading_cases = [s for s in statements if re.search(r"\bFROM cases\b|JOIN cases\b", s)]
    assert len(reading_cases) >= 8
    for s in reading_cases:
        outer = _main_select(s).split("FROM", 1)[0].lower()
        assert re.search(r"count\(|sum\(|min\(|max\(|avg\(", outer), s


def _main_select(statement: str) -> str:
    """The statement after its WITH clause (a CTE the main SELECT aggregates)."""
    if not statement.lstrip().upper().startswith("WITH"):
        return statement
    depth = 0
    for n, ch in enumerate(statement):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return statement[n + 1:]
    raise AssertionError(statement)


def test_an_unknown_forum_or_governorate_is_refused(dataset: DataSet):
    with pytest.raises(NotFound):
        statistics.compute(dataset.ctx, dataset.world.viewer, Filters(PERIOD, forum_id=999))
    with pytest.raises(ValidationError) as e:
        statistics.compute(dataset.ctx, dataset.world.viewer, Filters(PERIOD,
                                                                       governorate="XXX"))
    assert e.value.field == "governorate"


@pytest.mark.parametrize(("text", "start", "end"), [
    ("2026Q3", dt.date(2026, 7, 1), dt.date(2026, 9, 30)),
    ("2026-q4", dt.date(2026, 10, 1), dt.date(2026, 12, 31)),
    ("٢٠٢٦Q1", dt.date(2026, 1, 1), dt.date(2026, 3, 31)),
    ("2024", dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
    ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
    ("2024-12", dt.date(2024, 12, 1), dt.date(2024, 12, 31)),
    ("2026-07-15..2026-08-01", dt.date(2026, 7, 15), dt.date(2026, 8, 1)),
])
def test_a_period_is_a_quarter_a_year_a_month_or_two_dates(text, start, end):
    period = parse_period(text)
    assert (period.start, period.end) == (start, end)
    assert (period.quarter_of is not None) == ("q" in text.lower())


@pytest.mark.parametrize("text", ["2026Q5", "Q3", "2026-13", "2026-09-30..2026-07-01",
                                  "2026-02-30..2026-03-01", "last quarter", ""])
def test_a_period_that_is_not_one_is_refused_naming_the_field(text):
    with pytest.raises(ValidationError) as e:
        parse_period(text)
    assert e.value.field == "period"


def test_the_quarters_to_choose_from_end_with_the_current_one():
    choices = statistics.period_choices(dt.date(2026, 2, 10), count=3)
    assert [p.label for p in choices] == ["2026Q1", "2025Q4", "2025Q3"]
    assert all(p.quarter_of is not None for p in choices)
