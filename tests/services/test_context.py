"""The services' calendar date is the PC's local date, not UTC's."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from sulh.services.context import ServiceContext


def test_today_follows_the_local_calendar(monkeypatch: pytest.MonkeyPatch) -> None:
    late_evening_utc = dt.datetime(2026, 11, 21, 22, 30, tzinfo=dt.UTC)
    ctx = ServiceContext(engine=None, clock=lambda: late_evening_utc)  # type: ignore[arg-type]
    monkeypatch.setenv("TZ", "Asia/Baghdad")
    time.tzset()
    try:
        assert ctx.today() == dt.date(2026, 11, 22)      # 01:30 in Baghdad
    finally:
        monkeypatch.setenv("TZ", "UTC")
        time.tzset()
    assert ctx.today() == dt.date(2026, 11, 21)
