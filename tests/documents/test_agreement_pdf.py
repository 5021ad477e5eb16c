"""The agreement PDF read back with pdftotext: every language pair, both digit
styles, mixed runs, page numbers, and long agreements that flow over pages
without losing or repeating a line."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace

import pytest

from sulh.documents import model as M
from sulh.documents import render_agreement
from sulh.documents.labels import label
from tests.documents.pdf import (
    agreement,
    arabic_indic,
    column,
    footer,
    norm,
    page_count,
    squeeze,
    text,
)

PAIRS = ["ar+en", "ckb+en", "ar+ckb"]


def shown(value: str, lang: str, digits: str) -> str:
    return arabic_indic(value) if digits == "arabic-indic" and lang != "en" else value


@pytest.mark.parametrize("digits", ["western", "arabic-indic"])
@pytest.mark.parametrize("pair", PAIRS)
def test_every_clause_and_name_reads_back_in_both_columns(pair: str, digits: str):
    doc = agreement(pair)
    pdf = render_agreement(doc, digits=digits)
    first, second = pair.split("+")
    # Clause rows have the clause number between the columns; the other rows are
    # split down the middle.
    clause_columns = {first: norm(column(pdf, "right")), second: norm(column(pdf, "left"))}
    columns = {first: norm(column(pdf, "right", full_rows=False)),
               second: norm(column(pdf, "left", full_rows=False))}
    for lang, content in columns.items():
        for clause in doc.clauses:
            assert norm(shown(clause.texts[lang], lang, digits)) in clause_columns[lang], \
                (lang, clause.number)
        for party in doc.parties:
            assert norm(party.name) in content
        assert norm(shown(doc.breach_terms[lang], lang, digits)) in content
        assert norm(label(lang, "consent_statement")) in content
        assert norm(label(lang, "agreement_title")) in content
        assert doc.number in content and doc.case_number in content
    if digits == "arabic-indic":
        assert "٢٬٥٠٠٬٠٠٠" in clause_columns[first] and "٠١/١٢/٢٠٢٦" in clause_columns[first]
        assert "BGD01-2026-00042" in clause_columns[first]   # identifiers keep their digits
        if second == "en":
            assert "2,500,000" in clause_columns["en"]
    else:
        assert not any("\u0660" <= c <= "\u0669" for c in columns[first])


def test_kurdish_letters_are_in_the_text_layer():
    pdf = render_agreement(agreement("ckb+en"))
    kurdish = column(pdf, "right")
    for letter in "ڕێڵەۆ":
        assert letter in kurdish, letter
    assert not any(0xE000 <= ord(c) <= 0xF8FF for c in text(pdf))


def test_page_x_of_y_on_every_page_in_both_languages():
    doc = agreement("ar+en", clauses=tuple(
        M.Clause(n, {"ar": f"البند {n}: " + "نص البند " * 40,
                     "en": f"Clause {n}: " + "clause text " * 40}) for n in range(1, 13)))
    for digits in ("western", "arabic-indic"):
        pdf = render_agreement(doc, digits=digits)
        pages = page_count(pdf)
        assert pages >= 3
        for page in range(1, pages + 1):
            assert norm(footer(pdf, "left", page)) == f"Page {page} of {pages}"
            ar = label("ar", "page", x=page, y=pages)
            assert norm(footer(pdf, "right", page)) == norm(shown(ar, "ar", digits))


def test_the_hijri_date_is_printed_when_asked():
    doc = agreement("ar+en", date=dt.date(2026, 11, 21))
    plain = norm(text(render_agreement(doc)))
    with_hijri = render_agreement(doc, hijri=True)
    assert "جمادى الآخرة 1448" not in plain
    assert "11 جمادى الآخرة 1448 هـ" in norm(column(with_hijri, "right", full_rows=False))
    assert "11 Jumada al-Akhira 1448 AH" in norm(column(with_hijri, "left", full_rows=False))


GIVEN = ["سامي", "هدى", "كريم", "زينب", "حيدر", "نادية", "مرتضى", "سلوى", "ياسر", "رنا",
         "عمار", "بشرى"]


def test_a_long_agreement_loses_and_repeats_nothing():
    long_tail = " ".join(["بن عبد الرحمن بن محمد بن عبد الله الجبوري"] * 7)[:280]
    # Parties and representatives: their names are printed under their boxes only.
    roles = ["party", "party", "representative"] * 4
    signers = tuple(M.Signatory(
        role, f"{given} {long_tail}" if n % 4 == 0 else f"{given} الموقع",
        "thumbprint" if n % 3 else "signature",
        party_position=1 + n % 2)
        for n, (role, given) in enumerate(zip(roles, GIVEN, strict=True), start=1))
    huge = ("يلتزم الطرف الأول بإصلاح الضرر الذي لحق بأرض الطرف الثاني، "
            "وإعادة الحدود إلى ما كانت عليه قبل النزاع ") * 30
    huge = huge[:3000]
    clauses = [M.Clause(n, {"ar": f"نص البند المميز {n} يتعهد فيه الطرفان بالوفاء.",
                            "en": f"Distinct clause {n}: the parties keep their word."})
               for n in range(1, 31)]
    clauses[14] = M.Clause(15, {"ar": huge, "en": "Clause 15: " + "the first party repairs "
                                "the damage to the second party's land; " * 40})
    doc = agreement("ar+en", clauses=tuple(clauses), signatories=signers,
                    parties=(M.Party(1, "طرف أول " + long_tail, "complainant"),
                             M.Party(2, "ئازاد ڕەنج", "respondent")))
    pdf = render_agreement(doc)
    pages = page_count(pdf)
    assert pages >= 5
    right, left = norm(column(pdf, "right")), norm(column(pdf, "left"))
    for clause in doc.clauses:
        assert right.count(norm(clause.texts["ar"])) == 1, clause.number
        assert left.count(norm(clause.texts["en"])) == 1, clause.number
    assert squeeze(right).count(squeeze(huge)) == 1
    # A signature block is never split from its name: each name is on one page,
    # with as many thumbprint boxes on that page as names under them.
    seen: Counter[str] = Counter()
    for page in range(1, pages + 1):
        content = norm(text(pdf, page=page))
        names = [s.name for s in signers if norm(s.name) in content]
        seen.update(names)
        assert content.count("Thumbprint") == len(names), page
    assert seen == Counter(s.name for s in signers)


def test_words_never_split_a_number_or_a_code_across_lines():
    clause = {"ar": "يدفع " + " ".join(f"المبلغ {n},250,000 دينار بتاريخ {n:02d}/12/2026 "
                                        f"للقضية BGD01-2026-{n:05d}" for n in range(1, 9)),
              "en": "Pays " + " ".join(f"{n},250,000 IQD on {n:02d}/12/2026 for case "
                                       f"BGD01-2026-{n:05d}" for n in range(1, 9))}
    pdf = render_agreement(agreement("ar+en", clauses=(M.Clause(1, clause),)))
    lines = [norm(x) for x in column(pdf, "right").splitlines()]
    for n in range(1, 9):
        for token in (f"{n},250,000", f"{n:02d}/12/2026", f"BGD01-2026-{n:05d}"):
            assert any(token in line for line in lines), token
    assert norm(clause["ar"]) in norm(" ".join(lines))


def test_unprintable_text_in_a_clause_is_refused_by_name():
    from sulh.documents import UnprintableCharacter

    doc = agreement("ar+en", clauses=(M.Clause(1, {"ar": "بند", "en": "A clause 中"}),))
    with pytest.raises(UnprintableCharacter, match="U\\+4E2D"):
        render_agreement(doc)


def test_the_same_document_gives_the_same_bytes():
    doc = agreement("ckb+en")
    assert render_agreement(doc) == render_agreement(doc)
    other = render_agreement(replace(doc, clauses=doc.clauses[:2]))
    assert other != render_agreement(doc)
