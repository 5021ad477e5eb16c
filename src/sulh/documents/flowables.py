"""ReportLab building blocks that print through the bidi layout: rows of text
cells that split between lines across pages, signature blocks that never
split, the verification block, and a canvas that knows the page count.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import groupby
from typing import Any

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.colors import Color, black
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus.flowables import Flowable

from sulh.documents.bidi_text import Line, TextStyle, draw_line, layout, line_x

GREY = Color(0.45, 0.45, 0.45)
LIGHT = Color(0.93, 0.93, 0.93)
RULE = Color(0.6, 0.6, 0.6)


def baseline_offset(style: TextStyle) -> float:
    """From the top of a line box down to its baseline."""
    return style.line_height - style.size * 0.45


@dataclass(frozen=True)
class Block:
    """A paragraph inside a cell."""

    text: str
    style: TextStyle
    space_before: float = 0.0


@dataclass(frozen=True)
class _Item:
    height: float
    line: Line | None = None
    style: TextStyle | None = None


def lay_out(blocks: Sequence[Block], width: float) -> list[_Item]:
    items: list[_Item] = []
    for block in blocks:
        if block.space_before and items:
            items.append(_Item(block.space_before))
        for line in layout(block.text, width, block.style):
            items.append(_Item(block.style.line_height, line, block.style))
    return items


def _draw_items(canvas: Any, items: Sequence[_Item], x: float, top: float,
                width: float) -> None:
    y = top
    for item in items:
        if item.line is not None and item.style is not None:
            base = y - baseline_offset(item.style)
            draw_line(canvas, item.line, line_x(item.line, x, width, item.style), base,
                      item.style.size)
        y -= item.height


@dataclass
class Cell:
    blocks: Sequence[Block] = ()
    background: Color | None = None
    items: list[_Item] | None = field(default=None)   # laid out, when split


class Row(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """Cells side by side, each a few paragraphs; a row taller than the space
    left on the page splits between lines, each cell on its own, so no line
    is lost or printed twice."""

    def __init__(self, cells: Sequence[Cell], widths: Sequence[float], *,
                 padding: float = 4.0, border: str = "grid", keep_with_next: bool = False
                 ) -> None:
        super().__init__()
        self.cells = list(cells)
        self.widths = list(widths)
        self.padding = padding
        self.border = border
        self.keepWithNext = keep_with_next
        self._items: list[list[_Item]] | None = None
        self.width = sum(widths)
        self.height = 0.0

    def _lay_out(self) -> list[list[_Item]]:
        if self._items is None:
            self._items = [c.items if c.items is not None
                           else lay_out(c.blocks, w - 2 * self.padding)
                           for c, w in zip(self.cells, self.widths, strict=True)]
        return self._items

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        items = self._lay_out()
        content = max((sum(i.height for i in cell) for cell in items), default=0.0)
        self.height = content + 2 * self.padding
        return self.width, self.height

    #: A row shorter than this moves to the next page whole rather than split.
    MIN_SPLIT_HEIGHT = 150.0

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        items = self._lay_out()
        if self.height < self.MIN_SPLIT_HEIGHT:
            return []
        room = avail_height - 2 * self.padding
        heads: list[list[_Item]] = []
        tails: list[list[_Item]] = []
        for cell in items:
            used = 0.0
            k = 0
            while k < len(cell) and used + cell[k].height <= room + 1e-6:
                used += cell[k].height
                k += 1
            lines = [n for n, i in enumerate(cell) if i.line is not None]
            before = sum(1 for n in lines if n < k)
            after = len(lines) - before
            if after == 1 and before >= 3:        # no single line left over
                k = lines[before - 1]
            elif after and before < 2:            # nor a single line on its own
                k = 0
            head, tail = cell[:k], cell[k:]
            while tail and tail[0].line is None:      # no blank space at the top of a page
                tail = tail[1:]
            heads.append(head)
            tails.append(tail)
        lines_on_this_page = sum(1 for cell in heads for i in cell if i.line is not None)
        if lines_on_this_page == 0 or not any(tails):
            return []
        first = Row([Cell(c.blocks, c.background, h) for c, h in zip(self.cells, heads,
                                                                       strict=True)],
                    self.widths, padding=self.padding, border=self.border)
        second = Row([Cell(c.blocks, c.background, t) for c, t in zip(self.cells, tails,
                                                                        strict=True)],
                     self.widths, padding=self.padding, border=self.border,
                     keep_with_next=self.keepWithNext)
        return [first, second]

    def draw(self) -> None:
        canvas = self.canv
        items = self._lay_out()
        x = 0.0
        for cell, cell_items, w in zip(self.cells, items, self.widths, strict=True):
            if cell.background is not None:
                canvas.saveState()
                canvas.setFillColor(cell.background)
                canvas.rect(x, 0, w, self.height, stroke=0, fill=1)
                canvas.restoreState()
            _draw_items(canvas, cell_items, x + self.padding, self.height - self.padding,
                        w - 2 * self.padding)
            x += w
        if self.border == "none":
            return
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        if self.border == "grid":
            canvas.rect(0, 0, self.width, self.height, stroke=1, fill=0)
            x = 0.0
            for w in self.widths[:-1]:
                x += w
                canvas.line(x, 0, x, self.height)
        elif self.border == "bottom":
            canvas.line(0, 0, self.width, 0)
        canvas.restoreState()


@dataclass(frozen=True)
class SignatureSpec:
    """One signatory's block: captions (one per language), the box their mode
    asks for drawn solid and the other one dotted, the name under both."""

    captions: Sequence[tuple[str, TextStyle]]
    name: str
    name_style: TextStyle
    mode: str
    box_labels: Mapping[str, Sequence[tuple[str, TextStyle]]]   # "signature"/"thumbprint"


class SignatureRow(Flowable):  # type: ignore[misc]
    """Signature blocks side by side; never split, so a box stays with its name."""

    BOX_HEIGHT = 62.0

    def __init__(self, specs: Sequence[SignatureSpec], width: float, per_row: int = 2,
                 rtl: bool = True) -> None:
        super().__init__()
        self.specs = list(specs)
        self.width = width
        self.per_row = per_row
        self.rtl = rtl
        self.gap = 12.0
        self.block_width = (width - self.gap * (per_row - 1)) / per_row
        self._laid: list[tuple[list[_Item], list[_Item]]] = []
        self.height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        w = self.block_width
        self._laid = [(lay_out([Block(t, s) for t, s in spec.captions], w),
                       lay_out([Block(spec.name, spec.name_style)], w)) for spec in self.specs]
        tallest = max((sum(i.height for i in cap) + sum(i.height for i in name)
                       for cap, name in self._laid), default=0.0)
        self.height = tallest + self.BOX_HEIGHT + 14
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        canvas = self.canv
        w = self.block_width
        for n, (spec, (caps, name)) in enumerate(zip(self.specs, self._laid, strict=True)):
            slot = (self.per_row - 1 - n) if self.rtl else n
            x = slot * (w + self.gap)
            top = self.height - 4
            _draw_items(canvas, caps, x, top, w)
            top -= sum(i.height for i in caps) + 2
            sig_w = w * 0.6
            boxes = [("signature", sig_w), ("thumbprint", w - sig_w - 6)]
            if self.rtl:
                boxes.reverse()
            bx = x
            for kind, bw in boxes:
                self._box(canvas, bx, top - self.BOX_HEIGHT, bw, self.BOX_HEIGHT,
                          spec.box_labels[kind], solid=kind == spec.mode)
                bx += bw + 6
            top -= self.BOX_HEIGHT + 4
            _draw_items(canvas, name, x, top, w)

    @staticmethod
    def _box(canvas: Any, x: float, y: float, w: float, h: float,
             labels: Sequence[tuple[str, TextStyle]], *, solid: bool) -> None:
        canvas.saveState()
        canvas.setStrokeColor(black if solid else RULE)
        canvas.setLineWidth(1.0 if solid else 0.5)
        if not solid:
            canvas.setDash(2, 2)
        canvas.rect(x, y, w, h, stroke=1, fill=0)
        canvas.restoreState()
        top = y + h - 2
        for text, style in labels:
            items = lay_out([Block(text, style)], w - 6)
            _draw_items(canvas, items[:1], x + 3, top, w - 6)
            top -= style.line_height


def draw_qr(canvas: Any, payload: str, x: float, y: float, size: float,
            border: int = 2) -> None:
    """The QR code of `payload` (ReportLab's encoder, error correction level M) as
    one filled path, each run of dark modules in a row one rectangle."""
    widget = QrCodeWidget(payload, barLevel="M")
    widget.qr.make()
    modules = widget.qr.modules
    count = len(modules)
    box = size / (count + 2 * border)
    path = canvas.beginPath()
    for r, row in enumerate(modules):
        c = 0
        for dark, run in groupby(bool(v) for v in row):
            n = len(list(run))
            if dark:
                path.rect(x + (c + border) * box, y + size - (r + border + 1) * box,
                          n * box, box)
            c += n
    canvas.saveState()
    canvas.setFillColor(black)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


class VerificationBlock(Flowable):  # type: ignore[misc]
    """The QR code in the middle, the code's text form and what it is for on
    each side of it, one language a side."""

    QR_SIZE = 80.0
    GAP = 12.0

    def __init__(self, payload: str, left: Sequence[Block], right: Sequence[Block],
                 width: float) -> None:
        super().__init__()
        self.payload = payload
        self.sides = (list(left), list(right))
        self.width = width
        self.side_width = (width - self.QR_SIZE - 2 * self.GAP) / 2
        self._items: tuple[list[_Item], list[_Item]] = ([], [])
        self.height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._items = (lay_out(self.sides[0], self.side_width),
                       lay_out(self.sides[1], self.side_width))
        self.height = max(self.QR_SIZE, *(sum(i.height for i in side)
                                          for side in self._items)) + 4
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        canvas = self.canv
        draw_qr(canvas, self.payload, self.side_width + self.GAP,
                self.height - self.QR_SIZE - 2, self.QR_SIZE)
        _draw_items(canvas, self._items[0], 0.0, self.height - 2, self.side_width)
        _draw_items(canvas, self._items[1], self.width - self.side_width, self.height - 2,
                    self.side_width)


class Rule(Flowable):  # type: ignore[misc]
    def __init__(self, width: float, thickness: float = 0.8, space: float = 4.0) -> None:
        super().__init__()
        self.width = width
        self.thickness = thickness
        self.space = space
        self.height = thickness + 2 * space

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setLineWidth(self.thickness)
        self.canv.setStrokeColor(GREY)
        self.canv.line(0, self.space, self.width, self.space)
        self.canv.restoreState()


PageDecorator = Callable[[Any, int, int], None]


class NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds every page back until the end, so that each can say "page X of Y"."""

    def __init__(self, *args: Any, decorate: PageDecorator, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._decorate = decorate

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._decorate(self, number, total)
            super().showPage()
        super().save()
