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
