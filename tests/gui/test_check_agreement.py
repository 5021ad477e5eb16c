"""The "check a paper agreement" dialog: a code typed or scanned, checked against the
record, and the answer shown — green when the paper matches, amber when it is a true
copy of something no longer in force, red when it does not match."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from sulh.domain import verification as codes
from sulh.domain.workflow import Stage
from sulh.gui.check_agreement import BAD, GOOD, WARN, CheckAgreementDialog
from sulh.gui.main_window import MainWindow
from sulh.services import agreements
from sulh.services.verification import Verdict, make_code
from tests.flows import case_at


def open_dialog(qtbot: Any, session_for: Any, role: str = "viewer") -> CheckAgreementDialog:
    checker = CheckAgreementDialog(session_for(role))
    qtbot.addWidget(checker.dialog)
    checker.dialog.show()
    return checker


def check(qtbot: Any, checker: CheckAgreementDialog, typed: str, type_text: Any) -> None:
    d = checker.dialog
    d.code.clear()
    if typed.isascii():
        qtbot.keyClicks(d.code, typed)
    else:
        type_text(d.code, typed)
    qtbot.mouseClick(d.checkButton, Qt.MouseButton.LeftButton)


def test_a_true_copy_matches_and_a_changed_character_does_not(qtbot, world, session_for,
                                                              type_text, no_message_boxes):
    case = case_at(world, Stage.AGREEMENT_DRAFTED)
    a = case.agreement
    code = make_code(world.ctx, a.id)
    checker = open_dialog(qtbot, session_for)
    d = checker.dialog
    assert d.resultFrame.isHidden() and not d.openCase.isEnabled()

    # The QR code's text, as a scanner types it and presses Enter.
    qtbot.keyClicks(d.code, code.qr_payload)
    qtbot.keyClick(d.code, Qt.Key.Key_Return)
    r = checker.result
    assert r is not None and r.verdict is Verdict.MATCHES
    assert checker.tone == GOOD and "#1e7e34" in d.verdict.styleSheet()
    assert d.verdict.text() == "✔ Matches the record" and d.resultFrame.isVisible()
    assert "matches the record" in d.message.text()
    assert d.number.text() == a.number and d.caseNumber.text() == case.number
    names = d.parties.text().split("\n")
    assert names == [f"\u2068{p.name}\u2069" for p in case.parties]     # each in its own direction
    assert d.status.text() == "Draft"
    assert "Arabic + English" in d.content.text()
    assert d.signature.text().startswith("valid")
    assert "is a draft" in d.notes.text() and d.notes.isVisible()
    assert d.code.selectedText() == code.qr_payload                    # the next scan replaces it

    # The short form, typed with its "·": matches, and says it carries no signature.
    check(qtbot, checker, code.text, type_text)
    assert checker.result.verdict is Verdict.MATCHES and checker.tone == GOOD
    assert d.signature.text().startswith("none")

    # One character of the check value changed: red.
    check_value = codes.check_value(a.content_digest)
    wrong = check_value[:5] + ("A" if check_value[5] != "A" else "B") + check_value[6:]
    check(qtbot, checker, f"{a.number} {wrong}", type_text)
    assert checker.result.verdict is Verdict.CONTENT_DIFFERS and checker.tone == BAD
    assert d.verdict.text() == "✘ Does not match" and "#b02a37" in d.verdict.styleSheet()
    assert "typing mistakes" in d.message.text()
    assert d.number.text() == a.number                                  # which agreement it names

    # One character of the signed QR text changed: red, the signature is not valid.
    i = len(code.qr_payload) - 20
    tampered = code.qr_payload[:i] + ("A" if code.qr_payload[i] != "A" else "B") \
        + code.qr_payload[i + 1:]
    check(qtbot, checker, tampered, type_text)
    assert checker.result.verdict is Verdict.BAD_SIGNATURE and checker.tone == BAD
    assert d.signature.text().startswith("NOT valid")

    # An agreement number this database does not have.
    check(qtbot, checker, code.text.replace(case.number, case.number[:-1] + "9"), type_text)
    assert checker.result.verdict is Verdict.UNKNOWN_AGREEMENT and checker.tone == BAD
    assert d.agreementBox.isHidden() and not d.openCase.isEnabled()
    assert no_message_boxes == []


def test_a_copy_printed_before_an_amendment_is_amber(qtbot, world, session_for, type_text):
    case = case_at(world, Stage.SIGNED)
    a = case.agreement
    old = make_code(world.ctx, a.id)
    agreements.amend(world.ctx, world.mediator, a.id, version=a.version,
                     reason="الطرفان اتفقا على موعد جديد للدفعة",
                     add_clauses=[{"ar": "يدفع الطرف الثاني المبلغ قبل نهاية الشهر",
                                   "en": "The second party pays before the end of the month"}])
    checker = open_dialog(qtbot, session_for, "officer")
    d = checker.dialog
    check(qtbot, checker, old.qr_payload, type_text)
    assert checker.result.verdict is Verdict.AMENDED and checker.tone == WARN
    assert "#f0ad4e" in d.verdict.styleSheet() and "amended" in d.verdict.text()
    assert "amended after this copy" in d.message.text()
    assert d.amendments.isVisible()
    assert "Amendment 1 of" in d.amendments.text()
    assert "الطرفان اتفقا على موعد جديد للدفعة" in d.amendments.text()
    assert d.status.text().startswith("Signed and locked, signed on ")
    assert d.printed.isVisible() and d.printed.text().startswith("printed ")


def test_a_malformed_code_is_explained_at_the_field(qtbot, world, session_for, type_text):
    checker = open_dialog(qtbot, session_for)
    d = checker.dialog
    check(qtbot, checker, "not a code", type_text)
    assert checker.result.verdict is Verdict.MALFORMED and checker.tone is None
    assert d.codeError.isVisible() and "not a Sulh verification code" in d.codeError.text()
    assert d.resultFrame.isHidden()
    check(qtbot, checker, "", type_text)
    assert "Type or scan the code" in d.codeError.text()


def test_opened_from_the_main_window_and_opens_the_case(qtbot, world, session_for):
    case = case_at(world, Stage.SIGNED)
    code = make_code(world.ctx, case.agreement.id)
    for role in ("viewer", "admin"):
        mw = MainWindow(session_for(role))
        qtbot.addWidget(mw.window)
        action = mw.window.actionCheckAgreement
        assert action.isVisible() and action.isEnabled()
        assert action in mw.window.toolBar.actions()
    mw = MainWindow(session_for("officer"))
    qtbot.addWidget(mw.window)
    mw.show()
    mw.window.actionCheckAgreement.trigger()
    checker = mw.window.findChild(QDialog, "CheckAgreementDialog").property("controller")
    assert isinstance(checker, CheckAgreementDialog) and checker.dialog.isVisible()
    checker.check(code.text)
    assert checker.result.matches and checker.dialog.openCase.isEnabled()
    qtbot.mouseClick(checker.dialog.openCase, Qt.MouseButton.LeftButton)
    tabs = mw.window.tabs
    assert tabs.count() == 2 and tabs.currentWidget().property("caseId") == case.id
