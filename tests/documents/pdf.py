"""Reading printed PDFs back the way a person's tools would: poppler's pdftotext
and pdfinfo, and sample documents to print."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import tempfile
import unicodedata
from dataclasses import replace
from pathlib import Path

from sulh.documents import model as M
from sulh.documents.agreement import NUMBER_WIDTH
from sulh.documents.page import FRAME_WIDTH, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE_HEIGHT

_MARKS = re.compile("[\u200e\u200f\u202a-\u202e]")
_ARABIC_INDIC = str.maketrans("0123456789,", "٠١٢٣٤٥٦٧٨٩٬")


def norm(text: str) -> str:
    """NFKC, without the direction marks readers add or keep, one space between words."""
    return " ".join(_MARKS.sub("", unicodedata.normalize("NFKC", text)).split())


def squeeze(text: str) -> str:
    """`norm` without any whitespace: for text broken inside a word (a long code)."""
    return norm(text).replace(" ", "")


def arabic_indic(text: str) -> str:
    """Digits as the documents print them with the Arabic-Indic setting (no Latin
    letters around them)."""
    return re.sub(r"[0-9A-Za-z,/.\-:]+",
                  lambda m: m.group(0) if re.search("[A-Za-z]", m.group(0))
                  else re.sub(r"(?<=\d),(?=\d)", "٬", m.group(0)).translate(_ARABIC_INDIC),
                  text)


def _run(args: list[str], pdf: bytes) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.pdf"
        path.write_bytes(pdf)
        return subprocess.run([*args, str(path), "-"], capture_output=True, text=True,
                              check=True, timeout=60).stdout


def text(pdf: bytes, *, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return _run(["pdftotext", "-enc", "UTF-8", *pages], pdf)


def column(pdf: bytes, side: str, *, page: int | None = None, full_rows: bool = True,
           raw: bool = False) -> str:
    """The text of one language column of a two-language document, every page, without
    the page footer. (pdftotext decides a page's reading direction from its majority
    script, so each column is read on its own.)  `raw` reads in drawing order, which
    also keeps a hyphen that ends a line: the default mode joins "0-" + "0000" into
    one word and drops the hyphen."""
    side_width = (FRAME_WIDTH - NUMBER_WIDTH) / 2 if full_rows else FRAME_WIDTH / 2
    x = 0.0 if side == "left" else MARGIN_X + FRAME_WIDTH - side_width
    crop = ["-x", str(int(x)), "-y", str(int(MARGIN_TOP)), "-W", str(int(MARGIN_X + side_width)),
            "-H", str(int(PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM))]
    pages = ["-f", str(page), "-l", str(page)] if page else []
    mode = ["-raw"] if raw else []
    return _run(["pdftotext", "-enc", "UTF-8", *mode, *crop, *pages], pdf)


def footer(pdf: bytes, side: str, page: int) -> str:
    """The page footer's left or right third (page X of Y in one language)."""
    third = FRAME_WIDTH / 3
    x = 0.0 if side == "left" else MARGIN_X + 2 * third
    crop = ["-x", str(int(x)), "-y", str(int(PAGE_HEIGHT - MARGIN_BOTTOM)),
            "-W", str(int(MARGIN_X + third)), "-H", str(int(MARGIN_BOTTOM))]
    return _run(["pdftotext", "-enc", "UTF-8", *crop, "-f", str(page), "-l", str(page)], pdf)


def page_count(pdf: bytes) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.pdf"
        path.write_bytes(pdf)
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                              check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))  # type: ignore[union-attr]


def png(pdf: bytes, page: int, dpi: int, out: Path, *, crop: tuple[int, int, int, int] | None
        = None) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.pdf"
        path.write_bytes(pdf)
        args = ["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page),
                "-singlefile"]
        if crop:
            x, y, w, h = crop
            args += ["-x", str(x), "-y", str(y), "-W", str(w), "-H", str(h)]
        subprocess.run([*args, str(path), str(out.with_suffix(""))], check=True, timeout=60)
    return out.with_suffix(".png")


# ---------------------------------------------------------------- sample documents

PLACE = M.Place(forum={"ar": "منتدى الكرخ", "ckb": "مەکۆی کەرخ", "en": "Karkh forum"},
                forum_code="BGD01",
                station={"ar": "مركز شرطة الكرخ", "ckb": "بنکەی پۆلیسی کەرخ",
                         "en": "Karkh police station"},
                governorate={"ar": "بغداد", "ckb": "بەغدا", "en": "Baghdad"})

PARTIES = (
    M.Party(1, "علي حسين كاظم الجبوري", "complainant", latin_name="Ali Hussein Kadhim",
            representatives=(M.Representative("حسين كاظم الجبوري", "الأب"),)),
    M.Party(2, "ئازاد ڕەنج عەبدوڵڵا زەنگەنە", "respondent", kind="family"),
)

CLAUSES = (
    M.Clause(1, {
        "ar": "يدفع الطرف الأول إلى الطرف الثاني مبلغ 2,500,000 دينار عراقي عن القضية "
              "BGD01-2026-00042 على دفعتين، الأولى بتاريخ 01/12/2026.",
        "ckb": "لایەنی یەکەم بڕی 2,500,000 دیناری عێراقی دەدات بە لایەنی دووەم بۆ دۆسیەی "
               "BGD01-2026-00042 لە دوو قیستدا، یەکەمیان لە ڕێکەوتی 01/12/2026.",
        "en": "The first party pays the second party 2,500,000 Iraqi dinars for case "
              "BGD01-2026-00042 in two instalments, the first on 01/12/2026."}),
    M.Clause(2, {
        "ar": "يتعهد الطرفان بعدم الاعتداء أو الثأر (رقم القضية BGD01-2026-00042)، "
              "وتُحفظ نسخة لدى المنتدى.",
        "ckb": "هەردوو لایەن بەڵێن دەدەن کە دەستدرێژی و تۆڵەسەندنەوە نەکەن (ژمارەی دۆسیە "
               "BGD01-2026-00042)، و کۆپییەک لای مەکۆ دەمێنێتەوە.",
        "en": "Both parties undertake not to attack or take revenge (case number "
              "BGD01-2026-00042), and the forum keeps a copy."}),
    M.Clause(3, {
        "ar": "لا إله إلا الله، مُحَمَّد رسول الله؛ يقسم الطرفان على احترام هذا الاتفاق.",
        "ckb": "ڕێگەی ئاشتی، هەڵبژاردن، کۆمەڵ: لایەنەکان سوێند دەخۆن ڕێز لەم ڕێککەوتنە بگرن.",
        "en": "The parties swear to respect this agreement; Karkh forum (Baghdad) witnesses "
              "it."}),
)

SIGNATORIES = (
    M.Signatory("party", "علي حسين كاظم الجبوري", "signature", party_position=1),
    M.Signatory("party", "ئازاد ڕەنج عەبدوڵڵا زەنگەنە", "thumbprint", party_position=2),
    M.Signatory("mediator", "سامي عبد الله الربيعي", "signature"),
    M.Signatory("witness", "هەڤاڵ کۆمەڵ ڕەشید", "signature"),
    M.Signatory("guarantor", "الشيخ محمود العبيدي", "thumbprint", guarantee="no_revenge"),
)


def agreement(languages: str = "ar+en", **changes: object) -> M.AgreementDocument:
    base = M.AgreementDocument(
        languages=languages, number="BGD01-2026-00042-A1", case_number="BGD01-2026-00042",
        date=dt.date(2026, 11, 21), place=PLACE, parties=PARTIES, signatories=SIGNATORIES,
        clauses=CLAUSES, compensation_iqd=2_500_000,
        instalments=(M.Instalment(1, dt.date(2026, 12, 1), 1_000_000),
                     M.Instalment(2, dt.date(2027, 1, 1), 1_500_000)),
        breach_terms={"ar": "يعاد عرض النزاع على المنتدى خلال 7 أيام.",
                      "ckb": "ناکۆکییەکە لە ماوەی 7 ڕۆژدا دەگەڕێتەوە بۆ مەکۆ.",
                      "en": "The dispute returns to the forum within 7 days."},
        verification=M.Verification("BGD01-2026-00042-A1 · 7KQ2-M4XD-9PLA",
                                    "SULH1:BGD01-2026-00042-A1:TESTPAYLOAD"))
    return replace(base, **changes)  # type: ignore[arg-type]
