"""Extending the reference data through the administration page: adding entries in three
languages, faults shown next to their field, a refused clause, places under their parent,
withdrawing an added entry — and the forms offering exactly what is on the page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from sulh.domain.reference import choices
from sulh.gui.admin import AdminPanel
from sulh.gui.intake_form import IntakeForm
from sulh.services.reference_data import list_additions, reference_data

SAVE = QDialogButtonBox.StandardButton.Save
LISTS = {"districts": 1, "subdistricts": 2, "categories": 3, "sources": 4, "destinations": 5,
         "reasons": 6, "clauses": 7}


def _page(qtbot, session):  # type: ignore[no-untyped-def]
    panel = AdminPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    panel.ui.pages.setCurrentWidget(panel.reference_page)
    page = panel.reference_page
    page.panel = panel        # the page's widgets live as long as the panel does
    return page


def _open_add(qtbot, page, kind: str):  # type: ignore[no-untyped-def]
    page.ui.kind.setCurrentIndex(LISTS[kind])
    assert page.ui.addEntry.isEnabled()
    qtbot.mouseClick(page.ui.addEntry, Qt.MouseButton.LeftButton)
    return page.dialog.dialog


def _save(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttons.button(SAVE), Qt.MouseButton.LeftButton)


def _row(page, code: str) -> int:  # type: ignore[no-untyped-def]
    table = page.ui.referenceTable
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text() == code)


def test_an_administrator_adds_a_category_the_intake_form_then_offers(
        qtbot, world, session_for, type_text, no_message_boxes):
    page = _page(qtbot, session_for("admin"))
    d = _open_add(qtbot, page, "categories")
    assert not d.text_ar.isVisible() and not d.parent_code.isVisible()
    type_text(d.name_ar, "نزاع على مياه الري")
    type_text(d.name_ckb, "ناکۆکی لەسەر ئاوی کشتوکاڵ")
    qtbot.keyClicks(d.name_en, "Irrigation water")
    assert d.code.text() == "irrigation_water"          # suggested from the English name
    _save(qtbot, d)
    assert not d.isVisible() and no_message_boxes == []
    (entry,) = list_additions(world.ctx, world.admin)
    assert (entry.kind, entry.code, entry.names["ckb"]) == (
        "category", "irrigation_water", "ناکۆکی لەسەر ئاوی کشتوکاڵ")
    # The new entry is selected in the list, marked as this installation's own.
    table = page.ui.referenceTable
    row = _row(page, "irrigation_water")
    assert table.selectionModel().isRowSelected(row) and table.item(row, 0).font().italic()
    assert page.ui.withdrawEntry.isEnabled() and "Added here" in page.ui.entryState.text()
    form = IntakeForm(session_for("officer"))
    qtbot.addWidget(form)
    assert form.ui.category.findData("irrigation_water") > 0


def test_every_fault_is_shown_next_to_its_field_and_nothing_is_saved(
        qtbot, world, session_for, type_text, no_message_boxes):
    page = _page(qtbot, session_for("admin"))
    d = _open_add(qtbot, page, "sources")
    type_text(d.name_ar, "مدرسة")
    d.code.setText("land use")
    _save(qtbot, d)
    assert d.isVisible() and no_message_boxes == []
    for field in ("name_ckb", "name_en", "code"):
        assert getattr(d, f"{field}Error").isVisible(), field
    assert "required" in d.name_ckbError.text() and "lower-case" in d.codeError.text()
    assert not d.name_arError.isVisible()
    assert list_additions(world.ctx, world.admin) == []


def test_a_clause_that_gives_a_person_is_refused_next_to_its_text(
        qtbot, world, session_for, type_text, no_message_boxes):
    page = _page(qtbot, session_for("admin"))
    d = _open_add(qtbot, page, "clauses")
    assert d.text_ar.isVisible() and not d.name_ar.isVisible()
    type_text(d.text_ar, "يزوج {party_a} ابنته إلى {party_b}")
    type_text(d.text_ckb, "{party_a} کچەکەی دەدات بە {party_b}")
    qtbot.keyClicks(d.text_en, "{party_a} gives his daughter to {party_b}")
    d.clause_kind.setCurrentIndex(d.clause_kind.findData("compensation"))
    _save(qtbot, d)
    assert d.isVisible() and no_message_boxes == []
    assert "may never offer a person" in d.text_arError.text()
    assert list_additions(world.ctx, world.admin) == []
    assert "gives_his_daughter_to" not in reference_data(world.ctx).clauses


def test_a_district_and_a_sub_district_join_their_places(qtbot, world, session_for,
                                                          type_text, no_message_boxes):
    page = _page(qtbot, session_for("admin"))
    d = _open_add(qtbot, page, "districts")
    assert d.parent_code.isVisible() and d.code.text() == ""
    d.parent_code.setCurrentIndex(d.parent_code.findData("BGD"))
    assert d.code.text() == "BGD-11"                    # the next free number there
    type_text(d.name_ar, "الحسينية")
    type_text(d.name_ckb, "حوسەینییە")
    qtbot.keyClicks(d.name_en, "Al-Husseiniya")
    _save(qtbot, d)
    assert not d.isVisible() and no_message_boxes == []
    d = _open_add(qtbot, page, "subdistricts")
    d.parent_code.setCurrentIndex(d.parent_code.findData("BGD-11"))
    assert d.code.text() == "BGD-11-01"
    type_text(d.name_ar, "المعامل")
    type_text(d.name_ckb, "مەعامیل")
    qtbot.keyClicks(d.name_en, "Al-Maamil")
    _save(qtbot, d)
    assert not d.isVisible()
    ref = reference_data(world.ctx)
    assert ref.subdistrict_in("BGD-11-01", "BGD-11") and ref.district_in("BGD-11", "BGD")
    # The intake form offers the new places under their governorate and district.
    form = IntakeForm(session_for("officer"))
    qtbot.addWidget(form)
    ui = form.ui
    ui.governorate.setCurrentIndex(ui.governorate.findData("BGD"))
    ui.district.setCurrentIndex(ui.district.findData("BGD-11"))
    assert ui.subdistrict.findData("BGD-11-01") > 0


def test_withdrawing_an_added_entry_and_offering_it_again(qtbot, world, session_for,
                                                         no_message_boxes):
    from sulh.services.reference_data import add_entry

    add_entry(world.ctx, world.admin, kind="referral_destination", code="women_shelter",
              names={"ar": "دار إيواء", "ckb": "خانەی حەوانەوە", "en": "Women's shelter"},
              extra={"kind": "gbv_service"})
    page = _page(qtbot, session_for("admin"))
    page.ui.kind.setCurrentIndex(LISTS["destinations"])
    page.ui.referenceTable.selectRow(_row(page, "investigating_court"))
    assert not page.ui.withdrawEntry.isEnabled()        # shipped: cannot be withdrawn
    assert "cannot be changed or withdrawn" in page.ui.entryState.text()
    page.ui.referenceTable.selectRow(_row(page, "women_shelter"))
    qtbot.mouseClick(page.ui.withdrawEntry, Qt.MouseButton.LeftButton)
    (kind, text), = no_message_boxes
    assert kind == "question" and "Women's shelter" in text
    ref = reference_data(world.ctx)
    assert "women_shelter" in ref.referral_destinations
    assert "women_shelter" not in choices(ref.referral_destinations)
    assert "withdrawn" in page.ui.entryState.text()
    assert page.ui.withdrawEntry.text().replace("&", "") == "Offer again"
    qtbot.mouseClick(page.ui.withdrawEntry, Qt.MouseButton.LeftButton)
    assert "women_shelter" in choices(reference_data(world.ctx).referral_destinations)
    assert len(no_message_boxes) == 1                    # offering again asks nothing


def test_the_governorates_cannot_be_extended(qtbot, world, session_for):
    page = _page(qtbot, session_for("admin"))
    page.ui.kind.setCurrentIndex(0)
    assert not page.ui.addEntry.isEnabled() and "districts" in page.ui.addEntry.toolTip()
