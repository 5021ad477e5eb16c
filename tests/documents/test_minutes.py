"""The minutes of a forum meeting, rendered and read back with pdftotext: each
language's column, the attendance table and its totals, the agenda, issues and
actions, digits, and "page X of Y" on every page of long minutes."""

from __future__ import annotations

import datetime as dt
import subprocess
import tempfile
from pathlib import Path

import pytest

from sulh.documents import UnprintableCharacter
from sulh.documents.labels import label as common_label
from sulh.documents.minutes import Minutes, MinutesAction, category_label, label, render_minutes
from tests.documents.pdf import PLACE, arabic_indic, column, footer, norm, page_count, text

LANGUAGES = [("ar", "en"), ("ckb", "en"), ("ar", "ckb")]
ATTENDANCE = {"police": {"f": 1, "m": 4}, "women": {"f": 5, "m": 0},
              "displaced": {"f": 2, "m": 3}, "tribal": {"m": 2}, "youth": {"f": 1, "m": 2}}
ACTIONS = (
    MinutesAction(1, "متابعة إنارة الشارع الرئيسي في حي الجهاد مع البلدية", "مختار الحي",
                  dt.date(2026, 8, 1), True),
    MinutesAction(2, "Arrange a women's safety meeting in Camp 3", "Captain Haider Abbas",
                  dt.date(2026, 8, 2), False),
    MinutesAction(3, "گفتوگۆ لەگەڵ بنکەی پۆلیس دەربارەی دەرگای قوتابخانەکە", "هەڤاڵ کۆمەڵ ڕەشید",
                  dt.date(2026, 8, 3), False),
)


def minutes(**changes: object) -> Minutes:
    base = dict(place=PLACE, held_on=dt.date(2026, 7, 14), venue="قاعة مركز شرطة الكرخ",
                agenda="1. مراجعة الإجراءات السابقة\n2. الإنارة في حي الجهاد",
                issues="طرح ممثل النازحين مشكلة الدوريات الليلية قرب المخيم.",
                attendance=ATTENDANCE, attendance_total=20, actions=ACTIONS,
                signed_by="سامي عبد الله الربيعي")
    base.update(changes)
    return Minutes(**base)  # type: ignore[arg-type]


def shown(value: str, lang: str, digits: str) -> str:
    return arabic_indic(value) if digits == "arabic-indic" and lang != "en" else value


@pytest.mark.parametrize("digits", ["western", "arabic-indic"])
@pytest.mark.parametrize("languages", LANGUAGES)
def test_each_column_reads_in_its_language(languages: tuple[str, str], digits: str):
    doc = minutes()
    pdf = render_minutes(doc, languages=languages, digits=digits)
    pages = page_count(pdf)
    first, second = languages
    columns = {first: norm(column(pdf, "right", full_rows=False)),
               second: norm(column(pdf, "left", full_rows=False))}
    for lang, content in columns.items():
        for key in ("minutes_title", "attendance", "agenda", "issues", "actions"):
            assert norm(label(lang, key)) in content, (lang, key)
        assert norm(label(lang, "total_present", n=shown("20", lang, digits))) in content
        for code in ATTENDANCE:
            assert norm(category_label(lang, code)) in content, (lang, code)
        # Categories nobody came from are left out of the table.
        assert norm(category_label(lang, "lawyer")) not in content
        assert norm(PLACE.forum[lang]) in content
    whole = norm(text(pdf))
    for action in ACTIONS:
        assert norm(action.text) in whole and norm(action.owner) in whole
    assert norm(doc.agenda.splitlines()[1]) in whole and norm(doc.issues) in whole
    for lang in languages:
        assert shown("01/08/2026", lang, digits) in whole
    assert norm(footer(pdf, "right", 1)) == norm(shown(common_label(first, "page", x=1,
                                                                    y=pages), first, digits))


def test_the_attendance_table_totals_by_sex():
    pdf = render_minutes(minutes(), languages=("ar", "en"))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "minutes.pdf"
        path.write_bytes(pdf)
        laid_out = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
                                  capture_output=True, text=True, check=True).stdout
    table = [norm(line).split() for line in laid_out.splitlines()]
    # Each category line carries its women, men and total; the totals line the sums.
    women = sum(c.get("f", 0) for c in ATTENDANCE.values())
    men = sum(c.get("m", 0) for c in ATTENDANCE.values())
    rows = {" ".join(w for w in line if not w.isdigit()): [int(w) for w in line if w.isdigit()]
            for line in table if line}
    assert rows["Police الشرطة"] == [5, 4, 1]            # total, men, women (left to right)
    assert rows["Tribal leaders شيوخ العشائر"] == [2, 2, 0]
    assert rows["Total المجموع"] == [women + men, men, women]


def test_no_actions_and_no_attendance_say_so():
    pdf = render_minutes(minutes(attendance={}, attendance_total=0, actions=(), issues=""),
                         languages=("ckb", "en"))
    left = norm(column(pdf, "left", full_rows=False))
    right = norm(column(pdf, "right", full_rows=False))
    assert "No actions were agreed." in left and norm(label("ckb", "no_actions")) in right
    assert left.count("Nothing recorded.") == 2           # attendance and issues


def test_long_minutes_run_over_pages_with_page_x_of_y_and_lose_no_action():
    many = tuple(MinutesAction(n, f"الإجراء رقم {n}: " + "متابعة مع الدوائر المعنية " * 3,
                               f"Owner {n}", dt.date(2026, 8, 1) + dt.timedelta(days=n),
                               n % 2 == 0) for n in range(1, 41))
    pdf = render_minutes(minutes(actions=many, agenda="\n".join(
        f"{n}. بند من جدول الأعمال" for n in range(1, 30))), languages=("ar", "en"))
    pages = page_count(pdf)
    assert pages >= 3
    for page in range(1, pages + 1):
        assert norm(footer(pdf, "left", page)) == f"Page {page} of {pages}"
        assert norm(footer(pdf, "right", page)) == norm(common_label("ar", "page", x=page,
                                                                     y=pages))
    whole = norm(text(pdf))
    for action in many:
        assert whole.count(f"Owner {action.number} ") + whole.endswith(
            f"Owner {action.number}") == 1, action.number
    assert norm("29. بند من جدول الأعمال") in whole


def test_a_character_no_font_has_is_refused_before_printing():
    with pytest.raises(UnprintableCharacter, match="U\\+4E2D"):
        render_minutes(minutes(agenda="Agenda 中"))
