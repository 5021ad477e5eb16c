"""The A4 page every document uses, and the two-language layout on it: the
right-to-left language in the right column, the other in the left one."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, Literal

from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
from reportlab.platypus.flowables import Flowable, Spacer

from sulh.documents import formatting as fmt
from sulh.documents.bidi_text import DIGIT_STYLES, TextStyle, draw_text
from sulh.documents.flowables import GREY, LIGHT, Block, Cell, NumberedCanvas, Row
from sulh.documents.labels import RTL_LANGUAGES, label
from sulh.documents.model import Place, in_language

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 42.0
MARGIN_TOP = 44.0
MARGIN_BOTTOM = 58.0
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

LANGUAGE_SETS = {("ar", "en"), ("ckb", "en"), ("ar", "ckb")}


def check_languages(languages: Sequence[str]) -> tuple[str, str]:
    pair = tuple(languages)
    if pair not in LANGUAGE_SETS:
        raise ValueError(f"unsupported languages {'+'.join(pair)}; use ar+en, ckb+en or ar+ckb")
    return pair[0], pair[1]


def check_digits(digits: str) -> str:
    if digits not in DIGIT_STYLES:
        raise ValueError(f"digits must be one of {', '.join(DIGIT_STYLES)}")
    return digits


@dataclass(frozen=True)
class Bilingual:
    """The two languages of a document and the styles each is printed in."""

    first: str          # always right-to-left: Arabic or Kurdish
    second: str
    digits: str

    @property
    def languages(self) -> tuple[str, str]:
        return self.first, self.second

    @property
    def columns(self) -> tuple[str, str]:
        """Languages in drawing order, left column first."""
        return self.second, self.first

    def style(self, lang: str, *, size: float | None = None, bold: bool = False,
              align: str = "start", rtl: bool | None | Literal["lang"] = "lang") -> TextStyle:
        """The style of `lang`'s column; `rtl` overrides its direction (None: from the
        text itself)."""
        base = 11.0 if lang in RTL_LANGUAGES else 10.0
        return TextStyle(size=size if size is not None else base,
                         weight="bold" if bold else "regular", lang=lang,
                         rtl=(lang in RTL_LANGUAGES) if rtl == "lang" else rtl,
                         digits=fmt.digits_for(lang, self.digits), align=align)

    def row(self, make: Callable[[str], Sequence[Block]], *, border: str = "none",
            background: Any = None, keep_with_next: bool = False,
            padding: float = 4.0) -> Row:
        half = FRAME_WIDTH / 2
        cells = [Cell(list(make(lang)), background) for lang in self.columns]
        return Row(cells, [half, half], border=border, padding=padding,
                   keep_with_next=keep_with_next)

    def heading(self, key: str, **params: object) -> Row:
        return self.row(lambda lang: [Block(label(lang, key, **params),
                                            self.style(lang, bold=True, size=12.0
                                                       if lang in RTL_LANGUAGES else 10.5))],
                        background=LIGHT, keep_with_next=True, padding=3.0)

    def text_row(self, texts: Callable[[str], str], *, border: str = "none",
                 bold: bool = False, align: str = "start") -> Row:
        return self.row(lambda lang: [Block(texts(lang), self.style(lang, bold=bold,
                                                                    align=align))],
                        border=border)


def place_blocks(place: Place, lang: str, bi: Bilingual) -> list[Block]:
    blocks = [Block(in_language(place.forum, lang), bi.style(lang, bold=True, size=13.0
                                                              if lang in RTL_LANGUAGES
                                                              else 11.5))]
    if place.station:
        blocks.append(Block(f"{label(lang, 'station')}: {in_language(place.station, lang)}",
                            bi.style(lang)))
    if place.governorate:
        blocks.append(Block(in_language(place.governorate, lang), bi.style(lang)))
    return blocks


def title_row(bi: Bilingual, key: str) -> Row:
    return bi.row(lambda lang: [Block(label(lang, key),
                                      bi.style(lang, bold=True, align="center",
                                               size=17.0 if lang in RTL_LANGUAGES else 15.0))],
                  padding=6.0)


def footer(bi: Bilingual, middle: str) -> Callable[[Any, int, int], None]:
    """Draws "page X of Y" in both languages and `middle` (the document's number)."""

    def decorate(canvas: Any, page: int, total: int) -> None:
        y = 30.0
        canvas.saveState()
        canvas.setStrokeColor(GREY)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y + 14, PAGE_WIDTH - MARGIN_X, y + 14)
        canvas.restoreState()
        third = FRAME_WIDTH / 3
        for lang, x, align in ((bi.second, MARGIN_X, "left"),
                               (bi.first, PAGE_WIDTH - MARGIN_X - third, "right")):
            text = label(lang, "page", x=fmt.number(page, lang, bi.digits),
                         y=fmt.number(total, lang, bi.digits))
            draw_text(canvas, text, x, y, third, bi.style(lang, size=8.5, align=align))
        if middle:
            draw_text(canvas, middle, MARGIN_X + third, y, third,
                      TextStyle(size=8.0, lang="en", rtl=False, align="center"))

    return decorate


def build_pdf(story: list[Flowable], decorate: Callable[[Any, int, int], None], *,
              title: str, subject: str = "") -> bytes:
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                          topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=title,
                          subject=subject, author="Sulh", creator="Sulh",
                          invariant=True)
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=partial(NumberedCanvas, decorate=decorate))
    return buffer.getvalue()


def gap(height: float = 6.0) -> Spacer:
    return Spacer(1, height)
