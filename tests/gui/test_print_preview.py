"""Printing from the case view: the documents service makes the PDF and records the print,
the preview shows that very PDF's pages, prints them and saves them byte for byte."""

from __future__ import annotations

import json
import subprocess
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog
from sqlalchemy import select

from sulh.db import models as m
from sulh.domain.workflow import Stage
from sulh.gui.case_view import CaseView
from sulh.gui.pdf_preview import PdfPreview, print_pages
from sulh.services import screening
from sulh.services.cases import get_case_view
from sulh.services.context import ServiceContext
from tests.documents.pdf import page_count, text
from tests.flows import case_at


def audit(ctx: ServiceContext, action: str) -> list[tuple[int | None, str, dict[str, Any]]]:
    with ctx.reading() as uow:
        rows = uow.session.execute(select(m.AuditEvent).where(m.AuditEvent.action == action)
                                   .order_by(m.AuditEvent.seq)).scalars().all()
        return [(r.case_id, r.username, json.loads(r.after or "{}")) for r in rows]


def open_view(qtbot: Any, session_for: Any, role: str, case_id: int) -> CaseView:
    view = CaseView(session_for(role), case_id)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    return view


def preview_of(view: CaseView) -> PdfPreview:
    [dialog] = [d for d in view.findChildren(QDialog, "PrintPreviewDialog") if d.isVisible()]
    preview = dialog.property("controller")
    assert isinstance(preview, PdfPreview)
    return preview


def pdfinfo(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True,
                         timeout=60).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def test_the_agreement_is_previewed_printed_and_saved_as_the_pdf_on_record(
        qtbot, world, session_for, no_message_boxes, monkeypatch, tmp_path: Path):
    case = case_at(world, Stage.AGREEMENT_DRAFTED)
    view = open_view(qtbot, session_for, "officer", case.id)
    assert audit(world.ctx, "print.agreement") == []

    qtbot.mouseClick(view.buttons["action_print"], Qt.MouseButton.LeftButton)
    preview = preview_of(view)
    a = get_case_view(world.ctx, world.officer, case.id).agreement
    # The print is recorded, at the content the paper was made from.
    [(case_id, who, after)] = audit(world.ctx, "print.agreement")
    assert (case_id, who) == (case.id, "officer")
    assert after["digest"] == a.content_digest == a.printed_digest
    # The preview is of that PDF: its pages, all of them, drawn as the reader scrolls.
    pdf = preview.pdf
    assert pdf.startswith(b"%PDF") and a.number in text(pdf)
    pages = page_count(pdf)
    assert pages >= 2
    assert preview.page_count() == len(preview.page_labels()) == pages
    d = preview.dialog
    assert d.pageLabel.text() == f"Page 1 of {pages}"
    assert not d.previousPage.isEnabled() and d.nextPage.isEnabled()
    qtbot.waitUntil(lambda: 1 in preview.drawn_pages())
    first = preview.page_labels()[0]
    assert not first.pixmap().isNull()
    assert abs(first.height() / first.width() - 297 / 210) < 0.01        # A4 upright
    qtbot.mouseClick(d.nextPage, Qt.MouseButton.LeftButton)
    assert d.pageLabel.text() == f"Page 2 of {pages}"
    qtbot.waitUntil(lambda: 2 in preview.drawn_pages())
    width = first.width()
    d.zoom.setCurrentIndex(d.zoom.findData(1.0))
    qtbot.mouseClick(d.zoomIn, Qt.MouseButton.LeftButton)
    assert preview.zoom_factor == 1.25 and first.width() > width
    assert d.pageLabel.text() == f"Page 2 of {pages}"                    # kept in view

    # Save as PDF writes exactly those bytes (".pdf" added to a bare name).
    folder = tmp_path / "saved"
    folder.mkdir()
    chosen = folder / "copy"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kw: (str(chosen), "PDF documents (*.pdf)"))
    qtbot.mouseClick(d.saveButton, Qt.MouseButton.LeftButton)
    saved = folder / "copy.pdf"
    assert saved.read_bytes() == pdf
    assert [p.name for p in folder.iterdir()] == ["copy.pdf"]            # no temporary left

    # Printing draws every page on the printer: here a PDF file at 100 dpi.
    printer = preview.new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    printer.setResolution(100)
    assert preview.pages_to_print(printer) == list(range(pages))
    job = preview.print_to(printer)
    with qtbot.waitSignal(job.signals.finished, timeout=30_000) as sheets:
        pass
    assert sheets.args == [pages]
    info = pdfinfo(printed)
    assert int(info["Pages"]) == pages
    assert "(A4)" in info["Page size"]
    qtbot.waitUntil(lambda: preview.job is None)
    assert [k for k, _ in no_message_boxes] == []

    # What the print dialog can ask for: a range of pages, copies, collated or not; and a
    # print cancelled before it starts draws nothing.
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, pages)
    printer.setCopyCount(2)
    assert preview.pages_to_print(printer) == [*range(1, pages)] * 2
    printer.setCollateCopies(False)
    assert preview.pages_to_print(printer)[:2] == [1, 1]
    stopped = threading.Event()
    stopped.set()
    printer.setOutputFileName(str(tmp_path / "cancelled.pdf"))
    assert print_pages(preview.pages, printer, [0, 1], cancelled=stopped) == 0

    d.reject()
    assert preview.pages.closed


def test_a_failed_save_says_so_and_keeps_the_old_file(qtbot, world, session_for,
                                                      no_message_boxes, monkeypatch,
                                                      tmp_path: Path):
    case = case_at(world, Stage.AGREEMENT_DRAFTED)
    view = open_view(qtbot, session_for, "mediator", case.id)
    preview = view.print_agreement()
    assert preview is not None
    folder = tmp_path / "not-a-folder"
    folder.write_text("a file")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kw: (str(folder / "a.pdf"), ""))
    assert preview.save_as() is None
    [(kind, shown)] = no_message_boxes
    assert kind == "warning" and "could not be saved" in shown
    assert folder.read_text() == "a file"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: ("", ""))
    assert preview.save_as() is None                                     # cancelled
    preview.dialog.reject()


def test_letters_invitations_and_summaries_from_the_case_view(qtbot, world, session_for,
                                                              no_message_boxes):
    case = case_at(world, Stage.MEDIATION)
    view = open_view(qtbot, session_for, "officer", case.id)
    offered = view.offered()
    assert offered["action_print_invitation"] and offered["action_print_summary"]
    assert "action_print_referral_letter" not in offered and "action_print" not in offered

    qtbot.mouseClick(view.buttons["action_print_summary"], Qt.MouseButton.LeftButton)
    preview = preview_of(view)
    assert case.number in text(preview.pdf)
    assert preview.page_count() == page_count(preview.pdf)
    [(case_id, who, _after)] = audit(world.ctx, "print.case_summary")
    assert (case_id, who) == (case.id, "officer")
    preview.dialog.reject()

    # The invitation asks who, when and where; a missing place is shown at the field.
    qtbot.mouseClick(view.buttons["action_print_invitation"], Qt.MouseButton.LeftButton)
    invitation = view.current
    assert invitation is not None
    d = invitation.dialog
    assert [d.party.itemData(i) for i in range(d.party.count())] == [1, 2]
    d.party.setCurrentIndex(1)
    d.place.clear()
    ok = d.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert d.placeError.isVisible() and "required" in d.placeError.text()
    assert audit(world.ctx, "print.invitation") == []
    qtbot.keyClicks(d.place, "Forum hall")
    qtbot.keyClicks(d.time, "10:30")
    day = d.session_date.date().toPython()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not d.isVisible()
    preview = preview_of(view)
    parties = get_case_view(world.ctx, world.officer, case.id).parties
    assert parties[1].name.split()[0] in text(preview.pdf)
    [(case_id, _who, after)] = audit(world.ctx, "print.invitation")
    assert case_id == case.id
    assert after == {"party": 2, "date": day.isoformat(), "place": "Forum hall",
                     "languages": "ar+en"}
    preview.dialog.reject()

    # A referred case offers its referral letter.
    screening.refer_case(world.ctx, world.officer, case.id, destination="legal_aid_ngo",
                         reason="يحتاج الطرف الأول إلى محامٍ", consent=True)
    view.reload()
    qtbot.mouseClick(view.buttons["action_print_referral_letter"], Qt.MouseButton.LeftButton)
    preview = preview_of(view)
    assert preview.page_count() == page_count(preview.pdf)
    [(case_id, _who, after)] = audit(world.ctx, "print.referral_letter")
    assert case_id == case.id and after["destination"] == "legal_aid_ngo"
    preview.dialog.reject()
    assert [k for k, _ in no_message_boxes] == []


@pytest.mark.parametrize("role", ["viewer", "admin"])
def test_roles_that_may_not_print_are_not_offered_it(qtbot, world, session_for, role):
    case = case_at(world, Stage.AGREEMENT_DRAFTED)
    view = open_view(qtbot, session_for, role, case.id)
    assert not any(name.startswith("action_print") for name in view.offered())
