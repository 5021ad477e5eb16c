"""The case list at scale, in miniature (three rows a page): counted from a pool thread,
every row then present, each page read from its neighbour's edge row or from the end,
and only a few pages kept."""

from __future__ import annotations

import random

from PySide6.QtCore import QModelIndex

from sulh.gui.case_list_model import CaseListModel, KeysetSource, Page
from sulh.gui.main_window import MainWindow
from sulh.services import cases
from sulh.services.cases import CaseFilter
from tests.flows import new_case


def test_a_counted_list_reads_any_row_from_its_edges_and_keeps_few_pages(
        qtbot, qtmodeltester, world, monkeypatch):
    for _ in range(11):
        new_case(world, parties=1)
    monkeypatch.setattr(CaseListModel, "PAGE", 3)
    monkeypatch.setattr(CaseListModel, "KEEP_PAGES", 2)
    ctx, viewer = world.ctx, world.viewer
    reads: list[tuple[Page, int]] = []

    def read(page: Page, limit: int, sort: str, descending: bool):
        reads.append((page, limit))
        return cases.list_cases(ctx, viewer, sort=sort, descending=descending, limit=limit,
                                after=page.after, before=page.before, from_end=page.from_end,
                                offset=page.offset)

    model = CaseListModel(KeysetSource(read, lambda: cases.count_matching(ctx, viewer,
                                                                          CaseFilter())))
    with qtbot.waitSignal(model.counted, timeout=5000) as counted:
        model.fetchMore(QModelIndex())
    assert counted.args == [11] and model.rowCount() == 11 and model.total() == 11
    assert not model.canFetchMore(QModelIndex())
    expected = [r.id for r in cases.list_cases(ctx, viewer, sort="intake_date", limit=100)]

    reads.clear()
    assert model.case_id(10) == expected[10]            # the last page, read from the end
    assert reads == [(Page(from_end=True), 2)]
    assert model.case_id(7) == expected[7]              # the page before it, by its edge
    assert reads[-1][0].before is not None and reads[-1][0].before.id == expected[9]
    assert model.case_id(0) == expected[0]
    assert reads[-1][0] == Page()

    rows = list(range(11))
    random.Random(3).shuffle(rows)
    assert [model.case_id(r) for r in rows] == [expected[r] for r in rows]
    reads.clear()
    for r in range(11):                                  # scrolling down, a page at a time
        model.case_id(r)
    assert all(p.after is not None or p == Page() for p, _ in reads)
    assert len(reads) <= 4                               # none kept but the last two pages
    qtmodeltester.check(model)


def test_the_window_counts_a_long_list_and_jumps_to_its_end(qtbot, world, session_for,
                                                            monkeypatch):
    made = [new_case(world, parties=1) for _ in range(7)]
    monkeypatch.setattr(CaseListModel, "PAGE", 3)
    mw = MainWindow(session_for("officer"))
    qtbot.addWidget(mw.window)
    mw.show()
    qtbot.waitUntil(lambda: mw.window.statusBar().currentMessage().startswith("7 cases"),
                    timeout=5000)
    assert mw.model.rowCount() == 7
    mw.window.caseTable.scrollToBottom()
    oldest = min(made, key=lambda c: (c.intake_date, c.id))
    assert mw.model.case_id(6) == oldest.id
    # A search is one page of matches, found at once.
    mw.window.searchBox.setText(made[0].number)
    qtbot.waitUntil(lambda: mw.model.rowCount() == 1, timeout=3000)
    assert mw.model.case_id(0) == made[0].id
