"""Case and agreement numbers that people can read aloud: `BGD01-2026-00042`."""

from __future__ import annotations

import re

CASE_NUMBER = re.compile(r"^(?P<forum>[A-Z]{3}\d{2})-(?P<year>\d{4})-(?P<seq>\d{5,})$")
FORUM_CODE = re.compile(r"^[A-Z]{3}\d{2}$")


def case_number(forum_code: str, year: int, seq: int) -> str:
    return f"{forum_code}-{year:04d}-{seq:05d}"


def agreement_number(case_no: str, seq: int) -> str:
    return f"{case_no}-A{seq}"


def parse_case_number(text: str) -> tuple[str, int, int] | None:
    m = CASE_NUMBER.match(text.strip().upper())
    if not m:
        return None
    return m["forum"], int(m["year"]), int(m["seq"])
