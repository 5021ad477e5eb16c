"""GUI test set-up: real widgets, offscreen, on a real database through the services."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from sulh.gui.session import AppSession
from sulh.settings import Settings


@pytest.fixture
def session_for(world) -> Callable[[str], AppSession]:  # type: ignore[no-untyped-def]
    """An AppSession for the given role of the `world` installation (English UI)."""

    def make(role: str = "officer", **settings: object) -> AppSession:
        return AppSession(ctx=world.ctx, actor=world.actor(role),
                          settings=replace(Settings(language="en"), **settings))

    return make


@pytest.fixture
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Record message boxes instead of showing them (they would block a test)."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []

    def record(kind: str, answer: QMessageBox.StandardButton) -> Callable[..., object]:
        def box(parent: object, title: str, text: str, *a: object, **k: object) -> object:
            shown.append((kind, f"{title}: {text}"))
            return answer
        return box

    monkeypatch.setattr(QMessageBox, "warning", record("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "critical", record("critical", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "information",
                        record("information", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.Yes))
    return shown


def type_text(widget: object, text: str) -> None:
    """Type any text, Arabic and Kurdish included, as key presses into `widget`.

    `qtbot.keyClicks` goes through QTest's ASCII key table and aborts the process
    on a non-ASCII character; a key event carrying the text is what a keyboard
    with an Arabic layout sends.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, ch))


@pytest.fixture(name="type_text")
def type_text_fixture() -> Callable[[object, str], None]:
    return type_text
