"""The fonts printed documents use, shaped with HarfBuzz, with a text layer that reads.

Amiri draws Arabic, Kurdish, Latin and digits; DejaVu Sans is the fallback for
anything else. HarfBuzz picks the glyph for each letter in its context (Kurdish
ڕ ێ ڵ ە have no Unicode presentation forms, so only the font's own rules join
them). Many of those glyphs have no character of their own; each is drawn
through a private code whose ToUnicode entry names the characters it stands
for, so copying or searching the PDF gives the words that were typed.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import uharfbuzz as hb
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

from sulh.domain.errors import SulhError
from sulh.i18n import QT_TRANSLATE_NOOP, msg
from sulh.resource_files import resource_path


class UnprintableCharacter(SulhError):
    """No bundled font has a glyph for a character in the text."""


def describe_char(ch: str) -> str:
    return f"“{ch}” (U+{ord(ch):04X} {unicodedata.name(ch, 'unnamed character')})"


def unprintable(ch: str) -> UnprintableCharacter:
    return UnprintableCharacter(
        msg(QT_TRANSLATE_NOOP("Document", "No font can print the character {char}; remove or replace it."),
            char=describe_char(ch)), rule="unprintable_character", details=ch)


#: Font files per weight, in the order they are tried for a character.
FONT_FILES: dict[str, tuple[tuple[str, str], ...]] = {
    "regular": (("SulhAmiri", "Amiri-Regular.ttf"), ("SulhDejaVu", "DejaVuSans.ttf")),
    "bold": (("SulhAmiri-Bold", "Amiri-Bold.ttf"), ("SulhDejaVu-Bold", "DejaVuSans-Bold.ttf")),
}

# Private-use code points for glyphs that have no character of their own (the
# BMP area first, then plane 15).
_PRIVATE_RANGES = ((0xE000, 0xF8FF), (0xF0000, 0xFFFFD))


class _TextLayerTTFont(TTFont):  # type: ignore[misc]  # ReportLab has no type hints
    """A TrueType font whose ToUnicode map carries the text each drawn code stands for."""

    def __init__(self, name: str, filename: str) -> None:
        # ReportLab's own shaping stays off: the layout shapes each run itself,
        # with the direction the bidi algorithm gave it.
        super().__init__(name, filename, shapable=False)
        self.code_text: dict[int, str] = {}

    def addObjects(self, doc: Any) -> None:  # noqa: N802 - ReportLab's name
        state = self.state.get(doc)
        subsets = [list(s) for s in state.subsets] if state is not None else []
        super().addObjects(doc)
        for n, subset in enumerate(subsets):
            base = (b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))
                    ).decode("pdfdoc")
            stream = doc.idToObject["toUnicodeCMap:" + base]
            stream.content = _to_unicode_cmap(base, [self.code_text.get(c, chr(c))
                                                     for c in subset])



def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def _to_unicode_cmap(name: str, texts: list[str]) -> str:
    # A glyph drawn for no character of its own (a mark whose character its base
    # carries) has no entry; it is drawn inside an empty ActualText span.
    entries = [f"<{i:02X}> <{_utf16_hex(t)}>" for i, t in enumerate(texts) if t]
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
             f"/CMapName /{name} def", "/CMapType 2 def",
             "1 begincodespacerange", f"<00> <{len(texts) - 1:02X}>", "endcodespacerange"]
    for start in range(0, len(entries), 100):      # at most 100 entries per block
        chunk = entries[start:start + 100]
        lines += [f"{len(chunk)} beginbfchar", *chunk, "endbfchar"]
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


@dataclass(eq=False)
class Face:
    """One font file: ReportLab's embedding and HarfBuzz's shaping of the same glyphs."""

    name: str
    rl: _TextLayerTTFont
    hb_font: Any
    upem: int
    cmap: frozenset[int]
    _codes: dict[tuple[int, str, float], int] = field(default_factory=dict)
    _next_private: int = _PRIVATE_RANGES[0][0]
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def has(self, ch: str) -> bool:
        return ord(ch) in self.cmap

    def code(self, gid: int, text: str, width: float) -> int:
        """The code to draw glyph `gid` with: its ToUnicode entry is `text` and its
        advance in the PDF is `width` (thousandths of the font size), so that a
        reader sees the characters side by side exactly as they are drawn."""
        width = round(width, 3)
        key = (gid, text, width)
        found = self._codes.get(key)
        if found is not None:
            return found
        with self._lock:
            found = self._codes.get(key)
            if found is not None:
                return found
            face = self.rl.face
            if (len(text) == 1 and face.charToGlyph.get(ord(text)) == gid
                    and abs(face.getCharWidth(ord(text)) - width) < 0.001):
                code = ord(text)
            else:
                code = self._allocate()
                face.charToGlyph[code] = gid
                face.glyphToChar.setdefault(gid, []).append(code)
                face.charWidths[code] = width
                self.rl.code_text[code] = text
            self._codes[key] = code
            return code

    def _allocate(self) -> int:
        taken = self.rl.face.charToGlyph
        code = self._next_private
        for start, end in _PRIVATE_RANGES:
            code = max(code, start)
            while code <= end and code in taken:
                code += 1
            if code <= end:
                self._next_private = code + 1
                return code
        raise RuntimeError("no private code points left for glyphs")


def _load_face(name: str, filename: str) -> Face:
    path = resource_path("fonts", filename)
    rl = _TextLayerTTFont(name, str(path))
    pdfmetrics.registerFont(rl)
    blob = hb.Blob(path.read_bytes())
    hb_face = hb.Face(blob)
    hb_font = hb.Font(hb_face)
    return Face(name=name, rl=rl, hb_font=hb_font, upem=int(hb_face.upem),
                cmap=frozenset(rl.face.charToGlyph))


_faces_lock = threading.Lock()


@cache
def _faces(weight: str) -> tuple[Face, ...]:
    with _faces_lock:
        return tuple(_load_face(name, filename) for name, filename in FONT_FILES[weight])


def faces(weight: str = "regular") -> tuple[Face, ...]:
    """The faces of a weight ("regular" or "bold"), in fallback order."""
    return _faces(weight)


def check_printable(texts: Iterable[str], weight: str = "regular") -> None:
    """Raise UnprintableCharacter for the first character no face can draw."""
    fs = faces(weight)
    for text in texts:
        for ch in text:
            if ch in "\n\t" or unicodedata.category(ch) in ("Zs", "Cf"):
                continue
            if not any(f.has(ch) for f in fs):
                raise unprintable(ch)
