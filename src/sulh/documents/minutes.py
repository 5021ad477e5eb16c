"""The minutes of a forum meeting: who came (by category and sex), the agenda, the
issues raised and the actions agreed, in the two languages of a pair side by side."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.platypus.flowables import Flowable

from sulh.documents import formatting as fmt
from sulh.documents.bidi_text import WESTERN, TextStyle
from sulh.documents.flowables import LIGHT, Block, Cell, Row, Rule
from sulh.documents.fonts import check_printable
from sulh.documents.labels import RTL_LANGUAGES
from sulh.documents.labels import label as common_label
from sulh.documents.letters import free_text, signature_line
from sulh.documents.model import Place
from sulh.documents.page import (
    FRAME_WIDTH,
    Bilingual,
    build_pdf,
    check_digits,
    check_languages,
    footer,
    gap,
    place_blocks,
)

#: The categories in the order the forum counts them (domain.forum_work.MEMBER_CATEGORIES).
CATEGORIES = ("police", "community", "women", "youth", "displaced", "tribal", "religious",
              "lawyer", "civil_society")

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "minutes_title": "Minutes of the forum meeting",
        "meeting_date": "Date of the meeting",
        "venue": "Place",
        "attendance": "Attendance",
        "category": "Category",
        "women": "Women",
        "men": "Men",
        "total": "Total",
        "total_present": "Total present (attendance sheet): {n}",
        "agenda": "Agenda",
        "issues": "Issues raised",
        "actions": "Actions agreed",
        "action": "Action",
        "owner": "Responsible",
        "due": "Due by",
        "done": "Done",
        "no_actions": "No actions were agreed.",
        "nothing": "Nothing recorded.",
        "police": "Police",
        "community": "Community",
        "cat_women": "Women",
        "youth": "Youth",
        "displaced": "Displaced people",
        "tribal": "Tribal leaders",
        "religious": "Religious leaders",
        "lawyer": "Lawyers",
        "civil_society": "Civil society",
    },
    "ar": {
        "minutes_title": "محضر اجتماع المنتدى",
        "meeting_date": "تاريخ الاجتماع",
        "venue": "مكان الاجتماع",
        "attendance": "الحضور",
        "category": "الفئة",
        "women": "نساء",
        "men": "رجال",
        "total": "المجموع",
        "total_present": "مجموع الحاضرين (حسب ورقة الحضور): {n}",
        "agenda": "جدول الأعمال",
        "issues": "القضايا المطروحة",
        "actions": "الإجراءات المتفق عليها",
        "action": "الإجراء",
        "owner": "المسؤول",
        "due": "الموعد",
        "done": "أُنجز",
        "no_actions": "لم يُتفق على أي إجراء.",
        "nothing": "لم يُسجَّل شيء.",
        "police": "الشرطة",
        "community": "المجتمع المحلي",
        "cat_women": "النساء",
        "youth": "الشباب",
        "displaced": "النازحون",
        "tribal": "شيوخ العشائر",
        "religious": "رجال الدين",
        "lawyer": "المحامون",
        "civil_society": "المجتمع المدني",
    },
    "ckb": {
        "minutes_title": "کۆنووسی کۆبوونەوەی مەکۆ",
        "meeting_date": "ڕێکەوتی کۆبوونەوە",
        "venue": "شوێنی کۆبوونەوە",
        "attendance": "ئامادەبووان",
        "category": "توێژ",
        "women": "ئافرەت",
        "men": "پیاو",
        "total": "کۆ",
        "total_present": "کۆی ئامادەبووان (بەپێی لیستی ئامادەبوون): {n}",
        "agenda": "بەرنامەی کار",
        "issues": "ئەو بابەتانەی باسکران",
        "actions": "ئەو کارانەی لەسەری ڕێککەوتن",
        "action": "کار",
        "owner": "بەرپرسیار",
        "due": "وادە",
        "done": "ئەنجامدرا",
        "no_actions": "هیچ کارێک لەسەری ڕێککەوتن نەکرا.",
        "nothing": "هیچ شتێک تۆمار نەکراوە.",
        "police": "پۆلیس",
        "community": "کۆمەڵگای ناوچە",
        "cat_women": "ئافرەتان",
        "youth": "گەنجان",
        "displaced": "ئاوارەکان",
        "tribal": "سەرۆک هۆزەکان",
        "religious": "پیاوانی ئایینی",
        "lawyer": "پارێزەران",
        "civil_society": "کۆمەڵگای مەدەنی",
    },
}


def label(lang: str, key: str, **params: object) -> str:
    text = LABELS[lang][key]
    return text.format(**params) if params else text


def category_label(lang: str, code: str) -> str:
    key = "cat_women" if code == "women" else code
    return LABELS[lang].get(key, code)


@dataclass(frozen=True)
class MinutesAction:
    number: int
    text: str
    owner: str
    due_on: dt.date
    done: bool


@dataclass(frozen=True)
class Minutes:
    """What the minutes say, as plain data (filled by services.forum_work)."""

    place: Place                    # the forum that met
    held_on: dt.date
    venue: str
    agenda: str
    issues: str
    attendance: Mapping[str, Mapping[str, int]]     # category -> {"f": n, "m": n}
    attendance_total: int
    actions: tuple[MinutesAction, ...] = ()
    signed_by: str = ""


def _texts(doc: Minutes) -> list[str]:
    """Everything the paper prints from the record, to check it can be printed."""
    return [doc.venue, doc.agenda, doc.issues, doc.signed_by, *doc.place.forum.values(),
            *(a.text + a.owner for a in doc.actions)]


def _header_cell(bi: Bilingual, key: str) -> Cell:
    return Cell([Block(label(lang, key), bi.style(lang, bold=True, align="center", size=9.0))
                 for lang in bi.languages], LIGHT)


def _both(bi: Bilingual, texts: Sequence[str], *, bold: bool = False) -> Cell:
    """One value in each language's form, each distinct form once (digits may differ)."""
    shown = dict(zip(texts, bi.languages, strict=True))
    return Cell([Block(t, bi.style(lang, size=9.5, align="center", bold=bold))
                 for t, lang in shown.items()])


def _attendance_rows(doc: Minutes, bi: Bilingual) -> list[Flowable]:
    """One line a category: its name in each language on that language's side, and
    between them, as the first language reads (right to left): women, men, total."""
    side = FRAME_WIDTH * 0.31
    widths = [side, *[(FRAME_WIDTH - 2 * side) / 3] * 3, side]

    def name(lang: str, text: str, *, bold: bool = False, background: Any = None) -> Cell:
        return Cell([Block(text, bi.style(lang, size=9.5, bold=bold))], background)

    def numbers(n: int, *, bold: bool = False) -> Cell:
        return _both(bi, [fmt.number(n, lang, bi.digits) for lang in bi.languages], bold=bold)

    left, right = bi.columns
    rows: list[Flowable] = [Row([name(left, label(left, "category"), bold=True, background=LIGHT),
                                 _header_cell(bi, "total"), _header_cell(bi, "men"),
                                 _header_cell(bi, "women"),
                                 name(right, label(right, "category"), bold=True,
                                      background=LIGHT)],
                                widths, border="grid", keep_with_next=True)]
    women = men = 0
    for code in CATEGORIES:
        counts = doc.attendance.get(code, {})
        f, m = counts.get("f", 0), counts.get("m", 0)
        if not f and not m:
            continue
        women, men = women + f, men + m
        rows.append(Row([name(left, category_label(left, code)), numbers(f + m), numbers(m),
                         numbers(f), name(right, category_label(right, code))],
                        widths, border="grid"))
    if len(rows) == 1:
        rows.append(bi.text_row(lambda lang: label(lang, "nothing"), border="grid"))
    rows.append(Row([name(left, label(left, "total"), bold=True, background=LIGHT),
                     numbers(women + men, bold=True), numbers(men, bold=True),
                     numbers(women, bold=True),
                     name(right, label(right, "total"), bold=True, background=LIGHT)],
                    widths, border="grid"))
    return rows


#: Column widths of the actions table, left to right: done, due, responsible, action, no.
NUMBER_WIDTH = 26.0
_ACTION_WIDTHS = [FRAME_WIDTH * 0.10, FRAME_WIDTH * 0.15, FRAME_WIDTH * 0.22]
_ACTION_WIDTHS += [FRAME_WIDTH - sum(_ACTION_WIDTHS) - NUMBER_WIDTH, NUMBER_WIDTH]


def _action_rows(doc: Minutes, bi: Bilingual) -> list[Flowable]:
    rows: list[Flowable] = [Row([_header_cell(bi, "done"), _header_cell(bi, "due"),
                                 _header_cell(bi, "owner"), _header_cell(bi, "action"),
                                 _both(bi, [common_label(lang, "instalment_no")
                                            for lang in bi.languages], bold=True)],
                                _ACTION_WIDTHS, border="grid", keep_with_next=True)]
    typed = TextStyle(size=10.0, lang=bi.first, rtl=None, digits=None)
    for action in doc.actions:
        done = [common_label(lang, "yes" if action.done else "no") for lang in bi.languages]
        rows.append(Row([
            _both(bi, done),
            _both(bi, [fmt.short_date(action.due_on, lang, bi.digits) for lang in bi.languages]),
            Cell([Block(action.owner, typed)]),
            Cell([Block(action.text, typed)]),
            _both(bi, [fmt.number(action.number, lang, bi.digits) for lang in bi.languages]),
        ], _ACTION_WIDTHS, border="grid"))
    return rows


def render_minutes(doc: Minutes, *, languages: Sequence[str] = ("ar", "en"),
                   digits: str = WESTERN) -> bytes:
    """The minutes as PDF bytes."""
    first, second = check_languages(languages)
    bi = Bilingual(first, second, check_digits(digits))
    check_printable(_texts(doc))
    check_printable(_texts(doc), "bold")
    title = bi.row(lambda lang: [Block(label(lang, "minutes_title"),
                                       bi.style(lang, bold=True, align="center",
                                                size=17.0 if lang in RTL_LANGUAGES
                                                else 15.0))], padding=6.0)
    story: list[Flowable] = [bi.row(lambda lang: place_blocks(doc.place, lang, bi)), title]

    def facts(lang: str) -> list[Block]:
        rows = [f"{label(lang, 'meeting_date')}: {fmt.long_date(doc.held_on, lang, bi.digits)}"]
        if doc.venue:
            rows.append(f"{label(lang, 'venue')}: {doc.venue}")
        rows.append(label(lang, "total_present",
                          n=fmt.number(doc.attendance_total, lang, bi.digits)))
        return [Block(r, bi.style(lang)) for r in rows]

    story += [bi.row(facts), Rule(FRAME_WIDTH)]
    story.append(heading(bi, "attendance"))
    story += _attendance_rows(doc, bi)
    story.append(gap())
    for key, text in (("agenda", doc.agenda), ("issues", doc.issues)):
        story.append(heading(bi, key))
        if text.strip():
            story.append(free_text(text))
        else:
            story.append(bi.text_row(lambda lang: label(lang, "nothing")))
        story.append(gap())
    story.append(heading(bi, "actions"))
    if doc.actions:
        story += _action_rows(doc, bi)
    else:
        story.append(bi.text_row(lambda lang: label(lang, "no_actions")))
    story += signature_line(bi, doc.signed_by)
    middle = f"{doc.place.forum_code}  ·  {doc.held_on.isoformat()}"
    return build_pdf(story, footer(bi, middle),
                     title=f"{doc.place.forum_code} {doc.held_on.isoformat()} minutes",
                     subject=label("en", "minutes_title"))


def heading(bi: Bilingual, key: str) -> Row:
    """A section heading from this document's own labels (Bilingual.heading reads the
    shared ones)."""
    return bi.row(lambda lang: [Block(label(lang, key),
                                      bi.style(lang, bold=True, size=12.0
                                               if lang in RTL_LANGUAGES else 10.5))],
                  background=LIGHT, keep_with_next=True, padding=3.0)
