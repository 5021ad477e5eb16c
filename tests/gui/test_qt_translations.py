"""Qt's own words on its dialogs (standard buttons, file dialogs) in the user's language:
Qt ships Arabic but no Kurdish, so Sulh brings its own Kurdish for them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from sulh import i18n
from sulh.gui.qt_i18n import install_language

Button = QDialogButtonBox.StandardButton
Box = QMessageBox.StandardButton


@pytest.fixture
def language(qapp: QApplication) -> Iterator[object]:
    yield lambda code: install_language(qapp, code)
    install_language(qapp, "en")
    i18n.set_translator(None)


def _texts(language, code: str) -> tuple[list[str], list[str]]:  # type: ignore[no-untyped-def]
    language(code)
    box = QMessageBox(QMessageBox.Icon.Question, "?", "?", Box.Yes | Box.No)
    buttons = QDialogButtonBox(Button.Ok | Button.Cancel | Button.Save | Button.Close)
    try:
        return ([box.button(b).text().replace("&", "") for b in (Box.Yes, Box.No)],
                [buttons.button(b).text().replace("&", "")
                 for b in (Button.Ok, Button.Cancel, Button.Save, Button.Close)])
    finally:
        box.deleteLater()
        buttons.deleteLater()


def test_kurdish_buttons_are_kurdish(language) -> None:  # type: ignore[no-untyped-def]
    box, buttons = _texts(language, "ckb")
    assert box == ["بەڵێ", "نەخێر"]
    assert buttons == ["باشە", "هەڵوەشاندنەوە", "پاشەکەوتکردن", "داخستن"]
    assert QApplication.isRightToLeft()


def test_arabic_buttons_come_from_qts_own_arabic(language) -> None:  # type: ignore[no-untyped-def]
    box, buttons = _texts(language, "ar")
    assert box == ["نعم", "لا"]
    assert buttons == ["حسنًا", "ألغِ", "احفظ", "أغلق"]


def test_english_is_qts_own_and_nothing_stays_installed(language) -> None:  # type: ignore[no-untyped-def]
    _texts(language, "ckb")
    box, buttons = _texts(language, "en")
    assert box == ["Yes", "No"] and buttons == ["OK", "Cancel", "Save", "Close"]
    assert not QApplication.isRightToLeft()


def test_the_kurdish_file_has_no_arabic_letters_and_is_compiled() -> None:
    from sulh.resource_files import resource_path

    source = resource_path("translations", "qtbase_ckb.ts")
    compiled = resource_path("translations", "qtbase_ckb.qm")
    text = source.read_text(encoding="utf-8")
    # Kurdish is written with ی and ک, never the Arabic ي and ك.
    assert "\u064a" not in text and "\u0643" not in text
    # The compiled file says what the source says, message by message (file times
    # mean nothing after a checkout or an install).
    import xml.etree.ElementTree as ET

    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(compiled))
    checked = 0
    for context in ET.fromstring(text).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.findtext("translation") or ""
            if translation:
                assert translator.translate(name, message.findtext("source") or "") == \
                    translation, (name, message.findtext("source"))
                checked += 1
    assert checked >= 100
