"""Logging a dispute through the intake form, typed from the keyboard, checked against
what the database holds afterwards."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from sulh.domain.reference import reference
from sulh.domain.workflow import Stage
from sulh.gui.intake_form import IntakeForm
from sulh.services import cases, intake
from tests.flows import new_case

DESCRIPTION = "نزاع على حدود أرض زراعية — ناکۆکی لەسەر سنووری زەوی (٢٠٢٦)"
REQUEST = "ترسيم الحدود وتعويض عن المحصول"


@pytest.fixture(autouse=True)
def _boxes(no_message_boxes: list[tuple[str, str]]) -> list[tuple[str, str]]:
    # Every test here records message boxes instead of blocking on them.
    return no_message_boxes


def type_text(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Key presses as a keyboard (or an Arabic/Kurdish input method) sends them."""
    widget.setFocus()
    for ch in text:
        if ch.isascii() and ch.isprintable():
            qtbot.keyClicks(widget, ch)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                               Qt.KeyboardModifier.NoModifier)


def type_number(qtbot, spin, value: int) -> None:  # type: ignore[no-untyped-def]
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, str(value))


def choose(combo, code: object) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)


def open_form(qtbot, session, case_id: int | None = None) -> IntakeForm:  # type: ignore[no-untyped-def]
    form = IntakeForm(session, case_id)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form


def type_person(qtbot, form, parts: tuple[str, ...], *, phone: str = "",  # type: ignore[no-untyped-def]
                sex: str | None = None) -> None:
    ui = form.ui
    for field, text in zip(("given_name", "father_name", "grandfather_name", "family_name"),
                           parts, strict=False):
        type_text(qtbot, getattr(ui, field), text)
    if phone:
        type_text(qtbot, ui.phone, phone)
    if sex:
        choose(ui.sex, sex)


def press(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    """Press a button from the keyboard: focus it and hit the space bar."""
    assert button.isVisible() and button.isEnabled(), button.objectName()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def add_side(qtbot, form) -> None:  # type: ignore[no-untyped-def]
    before = len(form.sides)
    press(qtbot, form.ui.addPartyButton)
    assert len(form.sides) == before + 1, form.ui.statusLabel.text()


def error_of(form, field: str) -> str:  # type: ignore[no-untyped-def]
    label = getattr(form.ui, f"{field}Error")
    return label.text() if label.isVisible() else ""


def test_a_dispute_typed_from_the_keyboard_is_saved_exactly(qtbot, world, session_for):
    session = session_for("officer")
    form = open_form(qtbot, session)
    ui = form.ui
    assert ui.forum_id.currentData() == world.forum_id      # the officer's own forum
    assert ui.intake_date.date().toPython() == world.ctx.today()
    choose(ui.station_id, world.station_id)
    ui.channel.setFocus()
    qtbot.keyClicks(ui.channel, "Pol")                        # type-ahead in the list
    assert ui.channel.currentData() == "police"
    assert ui.governorate.currentData() == "BGD"               # the forum's governorate
    choose(ui.district, "BGD-05")
    choose(ui.subdistrict, "BGD-05-01")
    type_text(qtbot, ui.neighbourhood, "حي المنصور")
    choose(ui.category, "land")
    type_text(qtbot, ui.description, DESCRIPTION)
    type_text(qtbot, ui.request, REQUEST)
    choose(ui.violence_risk, "medium")
    ui.revenge_risk.setFocus()
    qtbot.keyClick(ui.revenge_risk, Qt.Key.Key_Space)
    type_text(qtbot, ui.vulnerable_notes, "أرملة تعيل أربعة أطفال")
    type_text(qtbot, ui.police_ref, "ش/١٤٥/٢٠٢٦")
    qtbot.keyClick(ui.police_ref, Qt.Key.Key_Return)           # Enter saves nothing, closes nothing
    assert form.isVisible() and form.case is None

    # The four-part names are typed right to left.
    for field in ("given_name", "father_name", "grandfather_name", "family_name", "name"):
        assert getattr(ui, field).layoutDirection() == Qt.LayoutDirection.RightToLeft
    type_person(qtbot, form, ("علي", "حسين", "كاظم", "الجبوري"), phone="0770 123 4567",
                sex="male")
    type_text(qtbot, ui.latin_name, "Ali Hussein Kadhim al-Jubouri")
    type_number(qtbot, ui.birth_year, 1980)
    choose(ui.displacement, "returnee")
    add_side(qtbot, form)

    choose(ui.role, "respondent")
    type_person(qtbot, form, ("هێمن", "کەریم", "ڕەسووڵ", "ئەحمەد"), phone="07501112233",
                sex="female")
    type_number(qtbot, ui.age, 34)
    ui.can_sign.setFocus()
    qtbot.keyClick(ui.can_sign, Qt.Key.Key_Space)             # gives a thumbprint
    type_text(qtbot, ui.id_document, "هوية ٩٨٧٦٥")
    add_side(qtbot, form)

    choose(ui.kind, "tribe")
    choose(ui.role, "respondent")
    assert ui.name.isVisible() and ui.relation.isVisible()
    type_text(qtbot, ui.name, "عشيرة البو علي")
    type_person(qtbot, form, ("سالم", "عبد الله", "مهدي", "البو علي"), phone="07809998877")
    type_text(qtbot, ui.relation, "شيخ العشيرة")
    add_side(qtbot, form)
    assert ui.partyList.rowCount() == 3

    press(qtbot, ui.saveDraftButton)
    assert form.case is not None, ui.statusLabel.text()
    assert not form.is_dirty()

    saved = cases.get_case_view(world.ctx, world.officer, form.case.id)
    assert saved.stage == Stage.INTAKE.value
    assert (saved.forum_id, saved.station_id, saved.channel) == (world.forum_id,
                                                                 world.station_id, "police")
    assert (saved.governorate, saved.district, saved.subdistrict) == ("BGD", "BGD-05",
                                                                      "BGD-05-01")
    assert saved.neighbourhood == "حي المنصور" and saved.camp == ""
    assert saved.category == "land"
    assert saved.description.encode() == DESCRIPTION.encode()
    assert saved.request.encode() == REQUEST.encode()
    assert (saved.violence_risk, saved.revenge_risk) == ("medium", True)
    assert saved.vulnerable_notes == "أرملة تعيل أربعة أطفال"
    assert saved.police_ref == "ش/١٤٥/٢٠٢٦" and saved.court_ref == ""
    assert not saved.sensitive

    first, second, tribe = saved.parties
    assert (first.kind, first.role) == ("person", "complainant")
    p = first.person
    assert (p.given_name, p.father_name, p.grandfather_name, p.family_name) == (
        "علي", "حسين", "كاظم", "الجبوري")
    assert (p.latin_name, p.phone, p.sex, p.birth_year, p.displacement, p.can_sign) == (
        "Ali Hussein Kadhim al-Jubouri", "0770 123 4567", "male", 1980, "returnee", True)
    assert (second.kind, second.role) == ("person", "respondent")
    k = second.person
    assert (k.given_name + k.father_name + k.grandfather_name + k.family_name).encode() == \
        "هێمنکەریمڕەسووڵئەحمەد".encode()
    assert (k.sex, k.birth_year, k.can_sign, k.id_document) == (
        "female", world.ctx.today().year - 34, False, "هوية ٩٨٧٦٥")
    assert (tribe.kind, tribe.role, tribe.name, tribe.person) == (
        "tribe", "respondent", "عشيرة البو علي", None)
    (rep,) = tribe.representatives
    assert rep.relation == "شيخ العشيرة"
    assert rep.person.full_name == "سالم عبد الله مهدي البو علي"
    assert rep.person.phone == "07809998877"
    assert form.ui.partyList.item(2, 3).text() == "سالم عبد الله مهدي البو علي"


def test_places_offer_only_what_lies_in_the_place_above(qtbot, world, session_for):
    form = open_form(qtbot, session_for("officer"))
    ui, ref = form.ui, reference()

    def codes(combo) -> list[object]:  # type: ignore[no-untyped-def]
        return [combo.itemData(i) for i in range(combo.count()) if combo.itemData(i)]

    choose(ui.governorate, "ERB")
    assert codes(ui.district) == [d.code for d in ref.governorates["ERB"].children]
    assert codes(ui.subdistrict) == []
    district = next(d for d in ref.governorates["ERB"].children if d.children)
    choose(ui.district, district.code)
    assert codes(ui.subdistrict) == [s.code for s in district.children]
    assert ui.district.currentText() == district.name("en")

    choose(ui.governorate, "NIN")
    assert ui.district.currentData() is None and ui.subdistrict.currentData() is None
    assert codes(ui.district) == [d.code for d in ref.governorates["NIN"].children]
    assert not set(codes(ui.district)) & {d.code for d in ref.governorates["ERB"].children}


def test_categories_that_must_be_referred_are_marked(qtbot, world, session_for):
    form = open_form(qtbot, session_for("officer"))
    ui = form.ui
    homicide = ui.category.findData("homicide")
    assert ui.category.itemText(homicide).endswith("(refer)")
    assert "not mediated" in ui.category.itemData(homicide, Qt.ItemDataRole.ToolTipRole)
    assert not ui.category.itemText(ui.category.findData("land")).endswith("(refer)")
    assert not ui.categoryNote.isVisible()
    choose(ui.category, "homicide")
    assert ui.categoryNote.isVisible() and "not mediated" in ui.categoryNote.text()


def test_bad_values_are_shown_next_to_the_field_and_nothing_is_saved(qtbot, world,
                                                                      session_for):
    session = session_for("officer")
    form = open_form(qtbot, session)
    ui = form.ui
    today = world.ctx.today()
    # The date field itself refuses a day after today.
    ui.intake_date.setDate(QDate(today + dt.timedelta(days=1)))
    assert ui.intake_date.date().toPython() == today

    type_text(qtbot, ui.description, DESCRIPTION)
    long_ref = "ر" * 81
    type_text(qtbot, ui.police_ref, long_ref)
    QApplication.clipboard().setText("حي\x07الجامعة")          # a pasted control character
    ui.neighbourhood.setFocus()
    ui.neighbourhood.paste()
    # The day turned over on the server's clock but not on this form: its date is now ahead.
    real_clock = world.ctx.clock
    world.ctx.clock = lambda: real_clock() - dt.timedelta(days=2)
    press(qtbot, ui.saveDraftButton)

    assert form.case is None
    assert cases.count_cases(world.ctx, world.officer) == 0
    assert error_of(form, "intake_date") == "The date cannot be in the future."
    assert error_of(form, "police_ref") == "At most 80 characters (this has 81)."
    assert error_of(form, "neighbourhood") == "The text contains control characters."
    assert error_of(form, "description") == ""
    # Everything typed is still there to be corrected.
    assert ui.police_ref.text() == long_ref
    assert ui.neighbourhood.text() == "حي\x07الجامعة"
    assert ui.description.toPlainText() == DESCRIPTION

    # A side with a control character is refused before anything is written, too.
    world.ctx.clock = real_clock
    ui.police_ref.setText("ش/١٤٥")
    ui.neighbourhood.setText("حي الجامعة")
    QApplication.clipboard().setText("سعد\x1b")
    ui.given_name.setFocus()
    ui.given_name.paste()
    press(qtbot, ui.addPartyButton)
    assert form.sides == []
    assert error_of(form, "given_name") == "The text contains control characters."
    press(qtbot, ui.saveDraftButton)
    assert cases.count_cases(world.ctx, world.officer) == 0
    assert ui.given_name.text() == "سعد\x1b"
    assert error_of(form, "intake_date") == ""

    ui.given_name.setText("سعد")
    press(qtbot, ui.saveDraftButton)
    assert cases.count_cases(world.ctx, world.officer) == 1
    assert error_of(form, "given_name") == ""


def test_a_draft_with_one_side_is_completed_later(qtbot, world, session_for, _boxes):
    session = session_for("officer")
    form = open_form(qtbot, session)
    ui = form.ui
    type_text(qtbot, ui.description, "خلاف على إيجار محل")
    type_person(qtbot, form, ("كريم", "ناصر", "حسن", "الساعدي"), phone="07701112233")
    # Saving takes the side still in the editor with it.
    press(qtbot, ui.saveDraftButton)
    case_id = form.case.id
    draft = cases.get_case_view(world.ctx, world.officer, case_id)
    assert draft.stage == Stage.INTAKE.value and len(draft.parties) == 1
    assert set(draft.missing_for_screening) == {"category", "channel"}
    form.close()
    assert not form.isVisible() and _boxes == []             # nothing unsaved: no question

    again = open_form(qtbot, session, case_id)
    ui = again.ui
    assert ui.description.toPlainText() == "خلاف على إيجار محل"
    assert again.ui.partyList.rowCount() == 1
    assert not ui.forum_id.isEnabled()
    assert not again.is_dirty()
    choose(ui.category, "housing_rent")
    choose(ui.channel, "walk_in")
    choose(ui.role, "respondent")
    type_person(qtbot, again, ("ماجد", "سلمان", "داود", "الربيعي"))
    press(qtbot, ui.submitButton)

    assert _boxes == []
    done = cases.get_case_view(world.ctx, world.officer, case_id)
    assert done.stage == Stage.SCREENING.value
    assert [p.person.given_name for p in done.parties] == ["كريم", "ماجد"]
    assert (done.category, done.channel) == ("housing_rent", "walk_in")
    assert not ui.submitButton.isEnabled()
    assert "Screening" in ui.heading.text()


def test_an_incomplete_dispute_is_not_sent_and_the_refusal_names_what_is_missing(
        qtbot, world, session_for, _boxes):
    form = open_form(qtbot, session_for("officer"))
    ui = form.ui
    type_text(qtbot, ui.description, "شجار بين جيران")
    type_person(qtbot, form, ("حسن", "علي"))
    press(qtbot, ui.submitButton)

    assert form.case is not None                             # kept as a draft
    assert cases.get_case_view(world.ctx, world.officer, form.case.id).stage == "intake"
    ((kind, text),) = _boxes
    assert kind == "warning" and text.startswith("Not ready for screening")
    assert "Category" in text and "Channel or referral" in text
    assert "at least two parties" in text
    assert error_of(form, "category") == "Needed before screening."
    assert error_of(form, "channel") == "Needed before screening."
    assert error_of(form, "description") == ""


def test_a_person_already_recorded_is_offered_and_linked(qtbot, world, session_for,
                                                         monkeypatch):
    existing = new_case(world)
    ahmad = cases.get_case_view(world.ctx, world.officer, existing.id).parties[1].person
    assert ahmad.full_name == "أحمد جاسم محمد العبيدي"
    calls = []
    real = intake.possible_duplicates
    monkeypatch.setattr(intake, "possible_duplicates",
                        lambda *a, **k: calls.append(a[2]) or real(*a, **k))

    form = open_form(qtbot, session_for("officer"))
    ui = form.ui
    type_text(qtbot, ui.given_name, "احمد")
    type_text(qtbot, ui.father_name, "جاسم")
    # Looked up once the typing pauses, not on every key.
    assert form.editor.timer.isActive() and calls == []
    qtbot.waitUntil(lambda: ui.duplicatesBox.isVisible())
    assert len(calls) == 1
    shown = ui.duplicateList.item(0).text()
    assert "أحمد جاسم محمد العبيدي" in shown and "07701234561" in shown

    press(qtbot, ui.useExistingButton)
    assert ui.family_name.text() == "العبيدي" and ui.family_name.isReadOnly()
    assert ui.existingPersonBox.isVisible() and not ui.duplicatesBox.isVisible()
    choose(ui.role, "respondent")
    add_side(qtbot, form)
    type_person(qtbot, form, ("زينب", "كامل", "جواد", "الموسوي"))
    add_side(qtbot, form)
    press(qtbot, ui.saveDraftButton)

    saved = cases.get_case_view(world.ctx, world.officer, form.case.id)
    assert saved.parties[0].person.id == ahmad.id
    assert saved.parties[0].role == "respondent"
    assert saved.parties[1].person.id != ahmad.id


def test_closing_with_unsaved_typing_asks_first(qtbot, world, session_for, monkeypatch,
                                                _boxes):
    form = open_form(qtbot, session_for("officer"))
    type_text(qtbot, form.ui.camp, "مخيم الخازر")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: (_boxes.append(("question", a[1])),
                                         QMessageBox.StandardButton.No)[1])
    form.close()
    assert _boxes == [("question", "Unsaved changes")]
    assert form.isVisible() and form.ui.camp.text() == "مخيم الخازر"

    monkeypatch.undo()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: (_boxes.append(("question", a[1])),
                                         QMessageBox.StandardButton.Yes)[1])
    form.close()
    assert len(_boxes) == 2 and not form.isVisible()
    assert cases.count_cases(world.ctx, world.officer) == 0


def test_a_stale_save_keeps_the_typing_and_loads_the_other_change(qtbot, world, session_for,
                                                                  _boxes):
    case = new_case(world)
    form = open_form(qtbot, session_for("officer"), case.id)
    ui = form.ui
    # Someone else changes the description meanwhile.
    seen = cases.get_case_view(world.ctx, world.coordinator, case.id)
    intake.update_case(world.ctx, world.coordinator, case.id, version=seen.version,
                       description="وصف جديد من المنسق")
    type_text(qtbot, ui.court_ref, "٧/ب")
    press(qtbot, ui.saveDraftButton)

    ((kind, text),) = _boxes
    assert kind == "question" and "Someone else changed this record" in text
    # What they changed, with the old and the new value (each kept in its own direction).
    assert ("What they changed:\n• Description: \u2068نزاع على حدود أرض زراعية\u2069 → "
            "\u2068وصف جديد من المنسق\u2069") in text
    # Their description is loaded (it was not touched here); the typed reference stays.
    assert ui.description.toPlainText() == "وصف جديد من المنسق"
    assert ui.court_ref.text() == "٧/ب"
    assert cases.get_case_view(world.ctx, world.officer, case.id).court_ref == ""
    press(qtbot, ui.saveDraftButton)
    now = cases.get_case_view(world.ctx, world.officer, case.id)
    assert (now.description, now.court_ref) == ("وصف جديد من المنسق", "٧/ب")
    assert len(_boxes) == 1


def test_saved_sides_are_changed_and_a_tribe_gets_its_representative_later(
        qtbot, world, session_for):
    ctx, officer = world.ctx, world.officer
    case = intake.create_case(ctx, officer, forum_id=world.forum_id, description="ثأر قديم")
    intake.add_party(ctx, officer, case.id, person={"given_name": "جبار", "father_name": "عودة",
                                                     "phone": "07700000001"})
    intake.add_party(ctx, officer, case.id, kind="tribe", role="respondent",
                     name="عشيرة السادة")
    form = open_form(qtbot, session_for("officer"), case.id)
    ui = form.ui
    assert ui.partyList.rowCount() == 2
    ui.partyList.selectRow(0)
    assert not ui.removePartyButton.isEnabled()              # a saved side stays
    press(qtbot, ui.editPartyButton)
    assert ui.given_name.text() == "جبار" and not ui.kind.isEnabled()
    ui.phone.clear()
    type_text(qtbot, ui.phone, "07811112222")
    choose(ui.role, "other")
    add_side_count = len(form.sides)
    press(qtbot, ui.addPartyButton)
    assert len(form.sides) == add_side_count and form.is_dirty()

    ui.partyList.selectRow(1)
    press(qtbot, ui.editPartyButton)
    assert ui.name.text() == "عشيرة السادة"
    type_person(qtbot, form, ("هاشم", "علوان", "سيد", "الموسوي"))
    type_text(qtbot, ui.relation, "وجيه")
    press(qtbot, ui.addPartyButton)
    press(qtbot, ui.saveDraftButton)

    person_side, tribe = cases.get_case_view(ctx, officer, case.id).parties
    assert (person_side.role, person_side.person.phone) == ("other", "07811112222")
    (rep,) = tribe.representatives
    assert (rep.person.full_name, rep.relation) == ("هاشم علوان سيد الموسوي", "وجيه")
    assert not form.is_dirty()


def test_the_close_button_in_a_main_window_tab_asks_then_closes_the_tab(
        qtbot, world, session_for, _boxes):
    from sulh.gui.main_window import MainWindow

    main = MainWindow(session_for("officer"), idle_ms=10**8)
    qtbot.addWidget(main.window)
    main.show()
    qtbot.waitExposed(main.window)
    tab = main.new_case()
    assert isinstance(tab, IntakeForm)
    tabs = main.window.tabs
    count = tabs.count()
    type_text(qtbot, tab.ui.request, "صلح عشائري")
    press(qtbot, tab.ui.closeButton)
    assert [kind for kind, _ in _boxes] == ["question"]
    assert tabs.count() == count - 1
