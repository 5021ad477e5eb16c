"""Text layout for every printed line, right-to-left, left-to-right or mixed.

A paragraph is wrapped in logical (typed) order, measuring each word as
HarfBuzz shapes it; only then is each line put into visual order, piece by
piece, with the Unicode bidi algorithm (python-bidi's pure-Python resolver;
its compiled `get_display` does not mirror brackets). HarfBuzz shapes every
piece in its own direction, which joins Arabic and Kurdish letters, makes
lam-alef, places harakat and mirrors brackets in right-to-left runs.

Numbers, dates, amounts and case numbers (any word with a digit, made of
digits, Latin letters and - / . , :) are kept whole and left-to-right, as an
isolate would be, wherever they sit in a line; digits are printed Western or
Arabic-Indic as the style says, except inside identifiers with Latin letters.

The text layer: glyphs are drawn in visual order, each through a code whose
ToUnicode entry names its characters (see `fonts`). Readers such as poppler's
pdftotext rebuild reading order from that: they reverse right-to-left runs,
and decide once per page whether the page reads right to left (by counting
letters), so a two-language page is best read one column at a time. An
ActualText span holding a whole line in reading order was tried: poppler takes
its characters as drawn order and reverses them, so it is used only to silence
mark glyphs whose characters their base letters carry.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import uharfbuzz as hb
from bidi import algorithm as uba

from sulh.documents.fonts import Face, faces, unprintable

WESTERN = "western"
ARABIC_INDIC = "arabic-indic"
DIGIT_STYLES = (WESTERN, ARABIC_INDIC)

_TO_ARABIC_INDIC = str.maketrans("0123456789۰۱۲۳۴۵۶۷۸۹", "٠١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧٨٩")
_TO_WESTERN = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_ALNUM = "0-9A-Za-z\u0660-\u0669\u06f0-\u06f9"
_TOKEN = re.compile(f"[#+]?[{_ALNUM}]+(?:[-\u2011/.,:\u066b\u066c][{_ALNUM}]+)*[%\u066a]?")
_DIGIT = re.compile("[0-9\u0660-\u0669\u06f0-\u06f9]")
_LATIN = re.compile("[A-Za-z]")
_GROUPING = re.compile("(?<=[0-9\u0660-\u0669]),(?=[0-9\u0660-\u0669])")
_ARABIC_GROUPING = re.compile("(?<=[0-9])\u066c(?=[0-9])")
# Explicit embeddings and isolates: python-bidi's resolver predates isolates,
# and the layout keeps numbers whole by itself.
_EMBEDDING_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_NO_BREAK_SPACES = {"\u00a0", "\u2007", "\u202f"}
_ATTACHING = {"Mn", "Me", "Mc", "Cf", "Zs"}
_FEATURES = {"kern": True, "liga": True}
_PLACEHOLDER = "\ufffc"     # bidi class ON, like an isolate seen from outside


def localise_digits(text: str, digits: str) -> str:
    """Digits as the style says; identifiers with Latin letters keep theirs."""
    if digits == ARABIC_INDIC:
        def convert(m: re.Match[str]) -> str:
            token = m.group(0)
            if _LATIN.search(token):
                return token
            return _GROUPING.sub("\u066c", token.translate(_TO_ARABIC_INDIC))
        return _TOKEN.sub(convert, text)
    return _ARABIC_GROUPING.sub(",", text.translate(_TO_WESTERN))


def clean_for_print(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = _EMBEDDING_CONTROLS.sub("", text)
    return _CONTROL.sub(" ", text)


# ------------------------------------------------------------------ shaping

@dataclass(frozen=True, slots=True)
class Glyph:
    gid: int
    advance: float      # font units
    x_offset: float
    y_offset: float
    text: str           # the characters the glyph stands for in the text layer


@dataclass(frozen=True, slots=True)
class Shaped:
    glyphs: tuple[Glyph, ...]      # visual order, left to right
    advance: float                 # font units


def _hb_language(lang: str) -> str:
    return {"ar": "ar", "ckb": "ckb", "en": "en"}.get(lang, "und")


@lru_cache(maxsize=65536)
def shape(face: Face, text: str, rtl: bool, lang: str) -> Shaped:
    """Shape one piece of text (a single direction, a single face)."""
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    buf.language = _hb_language(lang)
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    hb.shape(face.hb_font, buf, _FEATURES)
    infos = buf.glyph_infos
    positions = buf.glyph_positions
    clusters = sorted({info.cluster for info in infos})
    ends = {c: (clusters[i + 1] if i + 1 < len(clusters) else len(text))
            for i, c in enumerate(clusters)}
    # Characters for each glyph: one cluster's text goes to its glyphs in
    # logical order; a glyph that is its own character's glyph claims it.
    members: dict[int, list[int]] = {}
    for i, info in enumerate(infos):
        members.setdefault(info.cluster, []).append(i)
    texts = [""] * len(infos)
    cmap = face.rl.face.charToGlyph
    for cluster, idxs in members.items():
        chars = list(text[cluster:ends[cluster]])
        ordered = list(reversed(idxs)) if rtl else idxs
        unclaimed: list[int] = []
        for i in ordered:
            gid = infos[i].codepoint
            if gid == 0:
                whole = text[cluster:ends[cluster]]
                raise unprintable(next((c for c in whole if not c.isspace()), whole[:1] or "?"))
            own = next((c for c in chars if cmap.get(ord(c)) == gid), None)
            if own is not None:
                texts[i] = own
                chars.remove(own)
            else:
                unclaimed.append(i)
        for n, i in enumerate(unclaimed):
            if n == len(unclaimed) - 1:
                texts[i] = "".join(chars)
                chars = []
            elif chars:
                texts[i] = chars.pop(0)
        if chars:       # every glyph claimed its own: the rest rides on the first
            texts[ordered[0]] += "".join(chars)
    # A mark (no advance of its own) gives its characters to the letter before it,
    # so a reader sees one character cell per letter, marks included; the mark
    # glyph itself is drawn silently.
    base: int | None = None
    for i in (range(len(infos) - 1, -1, -1) if rtl else range(len(infos))):
        if positions[i].x_advance == 0 and texts[i] and base is not None:
            texts[base] += texts[i]
            texts[i] = ""
        elif positions[i].x_advance != 0:
            base = i
    if rtl:
        # Readers put right-to-left text in reading order by reversing what is
        # drawn, a glyph's characters included: store them the way they come back.
        texts = [t[::-1] for t in texts]
    glyphs = tuple(Glyph(info.codepoint, float(pos.x_advance), float(pos.x_offset),
                         float(pos.y_offset), texts[i])
                   for i, (info, pos) in enumerate(zip(infos, positions, strict=True)))
    return Shaped(glyphs, sum(g.advance for g in glyphs))


# ------------------------------------------------------------------ itemising

def _is_break_space(ch: str) -> bool:
    return ch not in _NO_BREAK_SPACES and unicodedata.category(ch) == "Zs"


def choose_faces(text: str, fs: Sequence[Face]) -> list[Face]:
    """The face for each character: the first that has it; marks, joiners and
    spaces stay with their neighbours' face when it has them."""
    chosen: list[Face | None] = [None] * len(text)
    for i, ch in enumerate(text):
        if unicodedata.category(ch) in _ATTACHING:
            continue
        face = next((f for f in fs if f.has(ch)), None)
        if face is None:
            raise unprintable(ch)
        chosen[i] = face
    out: list[Face] = []
    for i, ch in enumerate(text):
        face = chosen[i]
        if face is None:
            prev = out[-1] if out else None
            nxt = next((f for f in chosen[i + 1:] if f is not None), None)
            candidates = [f for f in (prev, nxt, *fs) if f is not None]
            face = next((f for f in candidates if f.has(ch)), None)
            if face is None:
                if unicodedata.category(ch) in ("Cf", "Zs"):
                    face = candidates[0]     # HarfBuzz draws default-ignorables as nothing
                else:
                    raise unprintable(ch)
        out.append(face)
    return out


# ------------------------------------------------------------------ bidi

def bidi_levels(text: str, rtl: bool | None) -> tuple[list[int], int]:
    """Resolved embedding level of each character, and the paragraph level.

    Words with digits are resolved as one neutral each (like an isolate) and
    then drawn left to right at the next even level, so a date or a case
    number never breaks apart or turns around.
    """
    tokens = [m.span() for m in _TOKEN.finditer(text) if _DIGIT.search(m.group(0))]
    base = int(uba.get_base_level(text)) if rtl is None else int(rtl)
    # Characters the resolver sees (tokens folded to a placeholder, boundary
    # neutrals left out) and which of ours each stands for.
    seen: list[str] = []
    owners: list[tuple[int, int]] = []
    pos = 0
    for start, end in [*tokens, (len(text), len(text))]:
        for i in range(pos, start):
            if unicodedata.bidirectional(text[i]) == "BN":
                continue
            seen.append(text[i])
            owners.append((i, i + 1))
        if start < end:
            seen.append(_PLACEHOLDER)
            owners.append((start, end))
        pos = end
    levels = [base] * len(text)
    if seen:
        storage: dict[str, Any] = uba.get_empty_storage()
        storage["base_level"] = base
        storage["base_dir"] = ("L", "R")[base]
        uba.get_embedding_levels("".join(seen), storage)
        uba.explicit_embed_and_overrides(storage)
        uba.resolve_weak_types(storage)
        _resolve_bracket_pairs(storage["chars"], base)
        uba.resolve_neutral_types(storage, False)
        uba.resolve_implicit_levels(storage, False)
        for (start, end), ch in zip(owners, storage["chars"], strict=True):
            level = int(ch["level"])
            if end - start > 1 or ch["ch"] == _PLACEHOLDER:
                level += level % 2
            for i in range(start, end):
                levels[i] = level
    for i, ch in enumerate(text):       # boundary neutrals take their neighbour's level
        if unicodedata.bidirectional(ch) == "BN":
            levels[i] = levels[i - 1] if i else base
    return levels, base


_BRACKETS = {"(": ")", "[": "]", "{": "}"}
_CLOSING = {v: k for k, v in _BRACKETS.items()}


def _strong(kind: str) -> str | None:
    if kind == "L":
        return "L"
    if kind in ("R", "AL", "EN", "AN"):
        return "R"
    return None


def _resolve_bracket_pairs(chars: list[dict[str, Any]], base: int) -> None:
    """Rule N0 of the bidi algorithm, which python-bidi's resolver predates: a pair
    of brackets takes the direction of what it encloses, so "(ممثل العشيرة)" in
    English text keeps both brackets with the Arabic words."""
    pairs: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(chars):
        if ch["type"] != "ON":
            continue
        c = ch["ch"]
        if c in _BRACKETS:
            if len(stack) == 63:
                break
            stack.append((_BRACKETS[c], i))
        elif c in _CLOSING:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == c:
                    pairs.append((stack[depth][1], i))
                    del stack[depth:]
                    break
    embedding = "R" if base % 2 else "L"
    for opening, closing in sorted(pairs):
        inside = {_strong(chars[k]["type"]) for k in range(opening + 1, closing)} - {None}
        if not inside:
            continue
        if embedding in inside:
            direction = embedding
        else:
            before = next((d for k in range(opening - 1, -1, -1)
                           if (d := _strong(chars[k]["type"])) is not None), embedding)
            direction = before
        chars[opening]["type"] = chars[closing]["type"] = direction


def visual_order(levels: Sequence[int]) -> list[int]:
    """Rule L2 over items with the given levels: the order to draw them, left to right."""
    order = list(range(len(levels)))
    if not levels:
        return order
    highest = max(levels)
    odd = [lv for lv in levels if lv % 2]
    if not odd:
        return order
    lowest_odd = min(odd)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order


# ------------------------------------------------------------------ lines

@dataclass(frozen=True, slots=True)
class Piece:
    """A run of one level and one face inside a word or a gap between words."""

    text: str
    level: int
    face: Face
    shaped: Shaped
    width: float        # points


@dataclass(frozen=True, slots=True)
class Line:
    pieces: tuple[Piece, ...]      # visual order, left to right
    width: float
    text: str                      # the line's characters in reading order
    rtl: bool                      # the paragraph's direction


@dataclass(frozen=True)
class TextStyle:
    size: float = 10.0
    weight: str = "regular"
    lang: str = "en"
    rtl: bool | None = None        # None: from the first strong character
    digits: str | None = None       # None: as written
    align: str = "start"           # start, end, center, left, right
    leading: float | None = None

    @property
    def line_height(self) -> float:
        return self.leading if self.leading is not None else self.size * 1.55


def _pieces(text: str, start: int, end: int, levels: Sequence[int], fcs: Sequence[Face],
            size: float, lang: str) -> list[Piece]:
    out: list[Piece] = []
    i = start
    while i < end:
        j = i + 1
        while j < end and levels[j] == levels[i] and fcs[j] is fcs[i]:
            j += 1
        chunk = text[i:j]
        face = fcs[i]
        shaped = shape(face, chunk, bool(levels[i] % 2), lang)
        out.append(Piece(chunk, levels[i], face, shaped, shaped.advance * size / face.upem))
        i = j
    return out


def _graphemes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    i = start
    while i < end:
        j = i + 1
        while j < end and (unicodedata.category(text[j]) in ("Mn", "Me", "Mc")
                           or text[j] in "\u200c\u200d" or text[j - 1] == "\u200d"):
            j += 1
        spans.append((i, j))
        i = j
    return spans


@dataclass
class _Word:
    start: int
    end: int
    pieces: list[Piece]
    width: float


def _split_long_word(text: str, word: _Word, width: float, levels: Sequence[int],
                     fcs: Sequence[Face], style: TextStyle) -> list[_Word]:
    """A word wider than the line (a long code, a run of letters with no space)
    breaks between characters, never inside one with its marks."""
    out: list[_Word] = []
    spans = _graphemes(text, word.start, word.end)
    k = 0
    while k < len(spans):
        start = spans[k][0]
        best: _Word | None = None
        lo = k
        while lo < len(spans):
            end = spans[lo][1]
            pieces = _pieces(text, start, end, levels, fcs, style.size, style.lang)
            w = sum(p.width for p in pieces)
            if w > width and best is not None:
                break
            best = _Word(start, end, pieces, w)
            lo += 1
        assert best is not None
        out.append(best)
        k = lo
    return out


_LRM, _RLM = "\u200e", "\u200f"
# How readers that rebuild reading order from drawn order (poppler, pdf.js)
# class characters: right-to-left letters; letters, digits and the number
# punctuation that they treat like digits; everything else is neutral.
_RIGHT = {"R", "AL"}
_LEFT_OR_NUMBER = {"L", "EN", "AN", "CS", "ES", "ET"}


def _reader_class(text: str) -> str:
    kinds = {unicodedata.bidirectional(c) for c in text}
    if kinds & _RIGHT:
        return "R"
    if kinds & _LEFT_OR_NUMBER:
        return "L"
    return "N"


def _mark_direction_changes(visual: list[Piece], base: int) -> tuple[Piece, ...]:
    """Direction marks in the text layer where readers would otherwise misplace
    a character when they turn the drawn order back into reading order.

    Those readers reverse each run of right-to-left letters and let a run take
    in the neutral characters next to it; digits and number punctuation count
    as left-to-right. So, in the text layer only (nothing drawn changes):
    number punctuation inside right-to-left text (، . : / -) is closed off by
    RLMs, and a neutral (space, bracket) next to text of the other direction,
    or at the end of a line of the other direction, gets a mark of its own
    direction on that side (RLM or LRM).

    What such readers cannot rebuild is a run nested two deep (a number
    between Arabic words inside an English sentence); it is drawn right, and
    its characters are all in the text layer, but they may come out of it in
    another order.
    """
    spoken: list[tuple[int, int]] = [(i, k) for i, p in enumerate(visual)
                                     for k, g in enumerate(p.shaped.glyphs) if g.text]
    levels = [base] + [visual[i].level for i, _ in spoken] + [base]
    changes: dict[tuple[int, int], str] = {}
    for n, (i, k) in enumerate(spoken):
        text = visual[i].shaped.glyphs[k].text
        rtl = visual[i].level % 2
        left, right = levels[n] % 2 != rtl, levels[n + 2] % 2 != rtl
        kind = _reader_class(text)
        new = text
        if rtl and kind == "L":
            new = _RLM + new + (_RLM if right else "")
        elif kind == "N":
            mark = _RLM if rtl else _LRM
            new = (mark if left else "") + new + (mark if right else "")
        if new != text:
            changes[(i, k)] = new
    if not changes:
        return tuple(visual)
    out: list[Piece] = []
    for i, piece in enumerate(visual):
        glyphs = piece.shaped.glyphs
        if any((i, k) in changes for k in range(len(glyphs))):
            glyphs = tuple(Glyph(g.gid, g.advance, g.x_offset, g.y_offset,
                                 changes.get((i, k), g.text)) for k, g in enumerate(glyphs))
            piece = Piece(piece.text, piece.level, piece.face,
                          Shaped(glyphs, piece.shaped.advance), piece.width)
        out.append(piece)
    return tuple(out)


def layout(text: str, width: float, style: TextStyle) -> list[Line]:
    """Wrap `text` into lines no wider than `width` points, each in visual order.

    Hard line breaks in the text are kept; an empty paragraph is an empty line.
    """
    text = clean_for_print(text)
    if style.digits is not None:
        text = localise_digits(text, style.digits)
    lines: list[Line] = []
    for para in text.split("\n"):
        lines.extend(_layout_paragraph(para, width, style))
    return lines


def _layout_paragraph(text: str, width: float, style: TextStyle) -> list[Line]:
    levels, base = bidi_levels(text, style.rtl)
    rtl = bool(base % 2)
    if not text.strip():
        return [Line((), 0.0, "", rtl)]
    fcs = choose_faces(text, faces(style.weight))
    words: list[_Word] = []
    i = 0
    n = len(text)
    while i < n:
        if _is_break_space(text[i]):
            i += 1
            continue
        j = i
        while j < n and not _is_break_space(text[j]):
            j += 1
        pieces = _pieces(text, i, j, levels, fcs, style.size, style.lang)
        word = _Word(i, j, pieces, sum(p.width for p in pieces))
        if word.width > width:
            words.extend(_split_long_word(text, word, width, levels, fcs, style))
        else:
            words.append(word)
        i = j
    lines: list[Line] = []
    current: list[_Word] = []
    current_width = 0.0
    gap_cache: dict[tuple[int, int], list[Piece]] = {}

    def gap(a: _Word, b: _Word) -> list[Piece]:
        key = (a.end, b.start)
        if key not in gap_cache:
            gap_cache[key] = (_pieces(text, a.end, b.start, levels, fcs, style.size,
                                      style.lang) if b.start > a.end else [])
        return gap_cache[key]

    def flush() -> None:
        pieces: list[Piece] = []
        for k, w in enumerate(current):
            if k:
                pieces.extend(gap(current[k - 1], w))
            pieces.extend(w.pieces)
        order = visual_order([p.level for p in pieces])
        visual = _mark_direction_changes([pieces[k] for k in order], base)
        lines.append(Line(visual, sum(p.width for p in visual),
                          text[current[0].start:current[-1].end], rtl))

    for w in words:
        if current:
            extra = sum(p.width for p in gap(current[-1], w)) + w.width
            if current_width + extra > width + 1e-6:
                flush()
                current, current_width = [w], w.width
                continue
            current.append(w)
            current_width += extra
        else:
            current, current_width = [w], w.width
    if current:
        flush()
    return lines


# ------------------------------------------------------------------ drawing

def _hex(data: bytes) -> str:
    return "<" + data.hex().upper() + ">"


def _num(v: float) -> str:
    s = f"{v:.3f}".rstrip("0").rstrip(".")
    return s if s not in ("", "-0") else "0"


def line_x(line: Line, x: float, width: float, style: TextStyle) -> float:
    """Where a line starts, given the box it sits in and the alignment."""
    if style.align == "center":
        return x + (width - line.width) / 2
    if style.align in ("left", "right"):
        return x if style.align == "left" else x + width - line.width
    at_end = (style.align == "end") != line.rtl
    return x + width - line.width if at_end else x


def draw_line(canvas: Any, line: Line, x: float, baseline: float, size: float) -> None:
    """Draw a laid-out line with its left end at `x`.

    Each glyph that carries text is drawn with a PDF advance reaching exactly
    to the next such glyph, so a reader sees the letters of a word side by
    side (HarfBuzz moves some glyphs by an offset for kerning); marks, whose
    characters their base letters carry, are drawn inside an empty ActualText
    span.
    """
    if not line.pieces:
        return
    doc = canvas._doc
    placed: list[tuple[Face, Glyph, float, float]] = []
    pen = x
    for piece in line.pieces:
        scale = size / piece.face.upem
        for g in piece.shaped.glyphs:
            placed.append((piece.face, g, pen + g.x_offset * scale, baseline + g.y_offset * scale))
            pen += g.advance * scale
    spoken = [k for k, (_, g, _, _) in enumerate(placed) if g.text]
    width_of: dict[int, float] = {}
    for n, k in enumerate(spoken):
        face, g, gx, _ = placed[k]
        natural = g.advance * size / face.upem
        reach = (placed[spoken[n + 1]][2] if n + 1 < len(spoken) else pen) - gx
        width_of[k] = reach if 0.25 * natural <= reach <= natural + size else natural
    ops: list[str] = ["q", "BT"]
    tj: list[str] = []
    font: str | None = None
    cur_x: float | None = None
    cur_y = baseline

    def flush() -> None:
        if tj:
            ops.append("[" + " ".join(tj) + "] TJ" if len(tj) > 1 else tj[0] + " Tj")
            tj.clear()

    for k, (face, g, gx, gy) in enumerate(placed):
        silent = not g.text
        pdf_w = (width_of[k] if not silent else g.advance * size / face.upem) * 1000 / size
        code = face.code(g.gid, g.text, pdf_w)
        ((subset, data),) = face.rl.splitString(chr(code), doc)
        name = face.rl.getSubsetInternalName(subset, doc)
        if silent or name != font or cur_x is None or abs(gy - cur_y) > 0.0005:
            flush()
            if name != font:
                ops.append(f"{name} {_num(size)} Tf")
                font = name
            if silent:
                ops.append("/Span <</ActualText ()>> BDC")
            ops.append(f"1 0 0 1 {_num(gx)} {_num(gy)} Tm")
        else:
            delta = gx - cur_x
            if abs(delta) > 0.0005:
                tj.append(_num(-delta * 1000 / size))
        tj.append(_hex(data))
        cur_x = gx + face.rl.face.getCharWidth(code) * size / 1000
        cur_y = gy
        if silent:
            flush()
            ops.append("EMC")
            cur_x = None
    flush()
    ops += ["ET", "Q"]
    canvas.addLiteral("\n".join(ops))


def draw_text(canvas: Any, text: str, x: float, baseline: float, width: float,
              style: TextStyle) -> float:
    """Lay out and draw `text` in a box `width` wide from the first baseline down;
    returns the baseline after the last line."""
    for line in layout(text, width, style):
        draw_line(canvas, line, line_x(line, x, width, style), baseline, style.size)
        baseline -= style.line_height
    return baseline
