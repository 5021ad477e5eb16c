"""Printing many cases into one PDF: every document in the file (read back with
pdftotext), each print recorded, cases without the document named, and a batch stopped
half-way leaving neither a file nor a recorded print."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from sulh.db import models as m
from sulh.domain.errors import Cancelled
from sulh.domain.workflow import Stage
from sulh.services import cases
from sulh.services.batch_print import NothingToPrint, print_batch
from tests.documents import pdf as pdf_tools
from tests.flows import case_at, new_case


def _actions(ctx) -> list[str]:  # type: ignore[no-untyped-def]
    with ctx.reading() as uow:
        return list(uow.session.scalars(select(m.AuditEvent.action)
                                        .where(m.AuditEvent.action.like("print.%"))
                                        .order_by(m.AuditEvent.seq)))


@pytest.fixture
def three(world):  # type: ignore[no-untyped-def]
    """Two drafted agreements and a case that has none."""
    return [case_at(world, Stage.AGREEMENT_DRAFTED), new_case(world),
            case_at(world, Stage.AGREEMENT_DRAFTED)]


def test_agreements_of_several_cases_in_one_file(world, three, tmp_path):
    ctx = world.ctx
    target = tmp_path / "agreements.pdf"
    seen: list[tuple[int, int]] = []
    report = print_batch(ctx, world.officer, [c.id for c in three], target,
                         progress=lambda d, t: seen.append((d, t)))
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert report.printed == (three[0].number, three[2].number)
    (skipped, why), = report.skipped
    assert skipped == three[1].number and "has no agreement" in str(why)
    data = target.read_bytes()
    assert pdf_tools.page_count(data) == report.pages >= 2
    text = pdf_tools.squeeze(pdf_tools.text(data))
    for case in (three[0], three[2]):
        agreement = cases.get_case_view(ctx, world.officer, case.id).agreement
        assert agreement is not None and agreement.number in text
        # Recorded as printed, as it stands: the paper can be signed.
        assert agreement.printed_digest == agreement.content_digest
    assert _actions(ctx) == ["print.agreement", "print.agreement", "print.batch_agreement"]


def test_case_summaries_in_one_file(world, three, tmp_path):
    target = tmp_path / "summaries.pdf"
    report = print_batch(world.ctx, world.officer, [c.id for c in three], target,
                         document="case_summary", languages="ar,en")
    assert report.skipped == () and len(report.printed) == 3
    text = pdf_tools.squeeze(pdf_tools.text(target.read_bytes()))
    assert all(c.number in text for c in three)
    assert _actions(world.ctx) == ["print.case_summary"] * 3 + ["print.batch_case_summary"]


def test_a_stopped_batch_leaves_no_file_and_no_print(world, three, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "agreements.pdf"
    seen: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        print_batch(world.ctx, world.officer, [c.id for c in three], target,
                    progress=lambda d, t: seen.append((d, t)),
                    cancelled=lambda: len(seen) > 2)
    assert list(folder.iterdir()) == []         # nothing half-written either
    assert _actions(world.ctx) == []
    agreement = cases.get_case_view(world.ctx, world.officer, three[0].id).agreement
    assert agreement is not None and agreement.printed_digest is None


def test_nothing_to_print_makes_no_file(world, tmp_path):
    bare = new_case(world)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(NothingToPrint) as exc:
        print_batch(world.ctx, world.officer, [bare.id], folder / "x.pdf")
    assert [n for n, _ in exc.value.details] == [bare.number]
    assert list(folder.iterdir()) == [] and _actions(world.ctx) == []
