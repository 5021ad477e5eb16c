"""The reconciliation agreement: the paper the parties sign, in the two languages
of its pair side by side, clause by clause."""

from __future__ import annotations

from reportlab.platypus.flowables import Flowable

from sulh.documents import formatting as fmt
from sulh.documents.bidi_text import WESTERN, TextStyle
from sulh.documents.flowables import (
    LIGHT,
    Block,
    Cell,
    Row,
    Rule,
    SignatureRow,
    SignatureSpec,
    VerificationBlock,
)
from sulh.documents.fonts import check_printable
from sulh.documents.labels import LABELS, RTL_LANGUAGES, comma, label
from sulh.documents.model import AgreementDocument, Party, Signatory
from sulh.documents.page import (
    FRAME_WIDTH,
    Bilingual,
    build_pdf,
    check_digits,
    check_languages,
    footer,
    gap,
    place_blocks,
    title_row,
)

NUMBER_WIDTH = 26.0


def _party_role(lang: str, party: Party) -> str:
    role = label(lang, f"party_{party.role}") if f"party_{party.role}" in LABELS[lang] \
        else party.role
    kind = label(lang, f"kind_{party.kind}") if f"kind_{party.kind}" in LABELS[lang] else ""
    return f"{role}{comma(lang)}{kind}" if kind and party.kind != "person" else role


def _signatory_caption(lang: str, s: Signatory, bi: Bilingual) -> str:
    key = f"role_{s.role}"
    text = label(lang, key) if key in LABELS[lang] else s.role
    if s.party_position is not None and s.role in ("party", "representative"):
        n = fmt.number(s.party_position, lang, bi.digits)
        party = label(lang, "party_n", n=n)
        text = party if s.role == "party" else f"{text}{comma(lang)}{party}"
    if s.role == "guarantor" and s.guarantee:
        text = f"{text}: {label(lang, 'guarantee_' + s.guarantee)}"
    return text


def _texts(doc: AgreementDocument) -> list[str]:
    """Everything the paper prints from the record, to check it can be printed."""
    out = [doc.number, doc.case_number]
    out += [p.name for p in doc.parties] + [p.latin_name for p in doc.parties]
    out += [r.name + r.relation for p in doc.parties for r in p.representatives]
    out += [s.name for s in doc.signatories]
    out += [t for c in doc.clauses for t in c.texts.values()]
    out += list(doc.breach_terms.values())
    out += [t for t in doc.place.forum.values()]
    out += [t for t in (doc.place.station or {}).values()]
    if doc.verification:
        out.append(doc.verification.text)
    return out


def render_agreement(doc: AgreementDocument, *, digits: str = WESTERN,
                     hijri: bool = False) -> bytes:
    """The agreement as PDF bytes."""
    first, second = check_languages(doc.languages.split("+"))
    bi = Bilingual(first, second, check_digits(digits))
    check_printable(_texts(doc))
    check_printable(_texts(doc), "bold")
    story: list[Flowable] = []
    story.append(bi.row(lambda lang: place_blocks(doc.place, lang, bi)))
    story.append(title_row(bi, "agreement_title"))
    if doc.draft:
        story.append(bi.text_row(lambda lang: label(lang, "draft"), align="center"))

    def facts(lang: str) -> list[Block]:
        style = bi.style(lang)
        rows = [f"{label(lang, 'agreement_no')}: {doc.number}",
                f"{label(lang, 'case_no')}: {doc.case_number}",
                f"{label(lang, 'date')}: {fmt.long_date(doc.date, lang, bi.digits)}"]
        if hijri:
            rows.append(f"{label(lang, 'hijri')}: {fmt.hijri_date(doc.date, lang, bi.digits)}")
        return [Block(r, style) for r in rows]

    story.append(bi.row(facts))
    story.append(Rule(FRAME_WIDTH))

    # The parties and who stands for them.
    story.append(bi.heading("parties"))
    for party in doc.parties:
        def party_blocks(lang: str, party: Party = party) -> list[Block]:
            n = fmt.number(party.position, lang, bi.digits)
            blocks = [Block(f"{label(lang, 'party_n', n=n)}: {_party_role(lang, party)}",
                            bi.style(lang, bold=True)),
                      Block(party.name, bi.style(lang))]
            if party.latin_name and lang == "en":
                blocks.append(Block(party.latin_name, bi.style(lang)))
            for rep in party.representatives:
                relation = f" ({rep.relation})" if rep.relation else ""
                blocks.append(Block(f"{label(lang, 'represented_by')}: {rep.name}{relation}",
                                    bi.style(lang)))
            return blocks
        story.append(bi.row(party_blocks, border="bottom"))

    # Mediators, witnesses, guarantors and the officer, by name.
    for key, role in (("mediators", "mediator"), ("witnesses", "witness"),
                      ("guarantors", "guarantor"), ("officers", "officer")):
        people = [s for s in doc.signatories if s.role == role]
        if not people and role != "mediator":
            continue
        story.append(bi.heading(key))

        def names(lang: str, people: list[Signatory] = people) -> list[Block]:
            if not people:
                return [Block(label(lang, "none"), bi.style(lang))]
            out = []
            for s in people:
                text = s.name
                if s.role == "guarantor" and s.guarantee:
                    text = f"{s.name}: {label(lang, 'guarantee_' + s.guarantee)}"
                out.append(Block(text, bi.style(lang)))
            return out
        story.append(bi.row(names))

    # The clauses, side by side, one row each.
    story.append(bi.heading("clauses"))
    side = (FRAME_WIDTH - NUMBER_WIDTH) / 2
    for clause in doc.clauses:
        cells = []
        for lang in bi.columns:
            cells.append(Cell([Block(clause.texts.get(lang, ""), bi.style(lang))]))
        numbers = [fmt.number(clause.number, lang, bi.digits) for lang in bi.languages]
        number_blocks = [Block(numbers[0], bi.style(first, bold=True, size=10.5,
                                                    align="center"))]
        if numbers[1] != numbers[0]:
            number_blocks.append(Block(numbers[1], bi.style(second, size=9.0,
                                                            align="center")))
        cells.insert(1, Cell(number_blocks, LIGHT))
        story.append(Row(cells, [side, NUMBER_WIDTH, side], border="grid"))

    # Compensation and its instalments.
    story.append(gap())
    story.append(bi.heading("compensation"))
    story.append(bi.text_row(
        lambda lang: label(lang, "compensation_amount",
                           amount=fmt.amount(doc.compensation_iqd, lang, bi.digits))
        if doc.compensation_iqd else label(lang, "no_compensation")))
    if doc.instalments:
        story.append(bi.heading("instalments"))
        story.extend(_instalment_rows(doc, bi))

    story.append(gap())
    story.append(bi.heading("breach"))
    story.append(bi.text_row(lambda lang: doc.breach_terms.get(lang)
                             or label(lang, "no_breach_terms")))
    story.append(bi.heading("consent_heading"))
    story.append(bi.text_row(lambda lang: label(lang, "consent_statement")))

    # Signature and thumbprint boxes, each with the name under it.
    story.append(gap())
    story.append(bi.heading("signatures"))
    specs = [_signature_spec(s, bi) for s in doc.signatories]
    for k in range(0, len(specs), 2):
        story.append(SignatureRow(specs[k:k + 2], FRAME_WIDTH))

    if doc.verification is not None:
        story.append(gap(10))
        code = doc.verification.text

        def side(lang: str) -> list[Block]:
            return [Block(label(lang, "verification"), bi.style(lang, bold=True, size=9.5)),
                    Block(code, bi.style(lang, size=10.0, bold=True, rtl=False,
                                         align="right" if lang in RTL_LANGUAGES else "left")),
                    Block(label(lang, "verification_hint"), bi.style(lang, size=8.5))]
        left, right = (side(lang) for lang in bi.columns)
        story.append(VerificationBlock(doc.verification.qr_payload, left, right, FRAME_WIDTH))

    middle = doc.number + (f"  ·  {doc.verification.text.split('·')[-1].strip()}"
                           if doc.verification else "")
    return build_pdf(story, footer(bi, middle), title=f"{doc.number}",
                     subject=label("en", "agreement_title"))


def _instalment_rows(doc: AgreementDocument, bi: Bilingual) -> list[Flowable]:
    widths = [FRAME_WIDTH * 0.4, FRAME_WIDTH * 0.4, FRAME_WIDTH * 0.2]   # amount, due, no.

    def header(key: str) -> Cell:
        return Cell([Block(label(lang, key), bi.style(lang, bold=True, align="center",
                                                      size=9.5)) for lang in bi.languages],
                    LIGHT)

    rows: list[Flowable] = [Row([header("amount"), header("due_date"), header("instalment_no")],
                                widths, border="grid", keep_with_next=True)]

    def value(texts: list[str]) -> Cell:
        shown = dict(zip(texts, bi.languages, strict=True))    # each distinct form once
        return Cell([Block(t, bi.style(lang, size=10.0, align="center"))
                     for t, lang in shown.items()])

    for inst in doc.instalments:
        rows.append(Row([
            value([fmt.amount(inst.amount_iqd, lang, bi.digits) for lang in bi.languages]),
            value([fmt.short_date(inst.due_on, lang, bi.digits) for lang in bi.languages]),
            value([fmt.number(inst.seq, lang, bi.digits) for lang in bi.languages]),
        ], widths, border="grid"))
    return rows


def _signature_spec(s: Signatory, bi: Bilingual) -> SignatureSpec:
    captions = [(_signatory_caption(lang, s, bi), bi.style(lang, bold=True, size=9.5,
                                                           align="center"))
                for lang in bi.languages]
    small = {lang: bi.style(lang, size=7.5) for lang in bi.languages}
    box_labels = {kind: [(label(lang, kind), small[lang]) for lang in bi.languages]
                  for kind in ("signature", "thumbprint")}
    return SignatureSpec(captions=captions, name=s.name,
                         name_style=TextStyle(size=10.5, lang=bi.first, rtl=None,
                                              align="center",
                                              digits=fmt.digits_for(bi.first, bi.digits)),
                         mode=s.mode, box_labels=box_labels)
