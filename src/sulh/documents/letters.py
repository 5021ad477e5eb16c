"""The letters the forum sends: a referral to a court, a family-protection
directorate or a service, and an invitation to a party to attend a session."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus.flowables import Flowable

from sulh.documents import formatting as fmt
from sulh.documents.bidi_text import WESTERN, TextStyle
from sulh.documents.flowables import Block, Cell, Row, Rule
from sulh.documents.fonts import check_printable
from sulh.documents.labels import LABELS, label
from sulh.documents.model import Invitation, Party, Place, ReferralLetter, in_language
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


def party_line(lang: str, party: Party, bi: Bilingual) -> str:
    n = fmt.number(party.position, lang, bi.digits)
    key = f"party_{party.role}"
    role = label(lang, key) if key in LABELS[lang] else party.role
    return f"{label(lang, 'party_n', n=n)} ({role}): {party.name}"


def party_rows(bi: Bilingual, parties: Sequence[Party], *,
               representatives: bool = False) -> list[Flowable]:
    rows: list[Flowable] = []
    for party in parties:
        def line(lang: str, party: Party = party) -> str:
            return party_line(lang, party, bi)

        rows.append(bi.text_row(line))
        for rep in party.representatives if representatives else ():
            def rep_line(lang: str, name: str = rep.name, relation: str = rep.relation) -> str:
                return (f"{label(lang, 'represented_by')}: {name}"
                        + (f" ({relation})" if relation else ""))

            rows.append(bi.text_row(rep_line))
    return rows


def free_text(text: str, size: float = 10.5) -> Row:
    """Text as someone typed it, in whatever language, across the whole width."""
    return Row([Cell([Block(text, TextStyle(size=size, lang="ar", rtl=None))])],
               [FRAME_WIDTH], border="grid", padding=5.0)


def signature_line(bi: Bilingual, signed_by: str) -> list[Flowable]:
    return [gap(18), bi.row(lambda lang: [
        Block(label(lang, "for_the_forum"), bi.style(lang, bold=True)),
        Block(signed_by or " ", bi.style(lang)),
        Block(f"{label(lang, 'signature')}: ____________________", bi.style(lang),
              space_before=14)])]


def _place_texts(place: Place) -> list[str]:
    return [*place.forum.values(), *(place.station or {}).values()]


def render_referral_letter(letter: ReferralLetter, *, languages: Sequence[str] = ("ar", "en"),
                           digits: str = WESTERN) -> bytes:
    first, second = check_languages(languages)
    bi = Bilingual(first, second, check_digits(digits))
    check_printable([letter.reason, letter.case_number, letter.signed_by, letter.court_ref,
                     letter.police_ref, *(p.name for p in letter.parties),
                     *letter.destination.values(), *_place_texts(letter.place)])
    story: list[Flowable] = [bi.row(lambda lang: place_blocks(letter.place, lang, bi)),
                             title_row(bi, "referral_title")]

    def facts(lang: str) -> list[Block]:
        rows = [f"{label(lang, 'date')}: {fmt.long_date(letter.date, lang, bi.digits)}",
                f"{label(lang, 'case_no')}: {letter.case_number}",
                f"{label(lang, 'referred_on')}: "
                f"{fmt.short_date(letter.referred_on, lang, bi.digits)}"]
        if letter.court_ref:
            rows.append(f"{label(lang, 'court_ref')}: {letter.court_ref}")
        if letter.police_ref:
            rows.append(f"{label(lang, 'police_ref')}: {letter.police_ref}")
        return [Block(r, bi.style(lang)) for r in rows]

    story += [bi.row(facts), Rule(FRAME_WIDTH)]
    story.append(bi.row(lambda lang: [
        Block(f"{label(lang, 'to')}: {in_language(letter.destination, lang)}",
              bi.style(lang, bold=True, size=12.0)),
        Block(label(lang, "referral_body"), bi.style(lang), space_before=4)]))
    story.append(bi.heading("parties"))
    story += party_rows(bi, letter.parties)
    if letter.category:
        category = letter.category
        story.append(bi.text_row(
            lambda lang: f"{label(lang, 'category')}: {in_language(category, lang)}"))
    story.append(bi.heading("reason"))
    story.append(free_text(letter.reason or "-"))
    story.append(gap())
    story.append(bi.text_row(lambda lang: f"{label(lang, 'consent')}: "
                             f"{label(lang, 'yes' if letter.consent else 'no')}", bold=True))
    story += signature_line(bi, letter.signed_by)
    return build_pdf(story, footer(bi, letter.case_number),
                     title=f"{letter.case_number} referral", subject=label("en",
                                                                          "referral_title"))


def render_invitation(invitation: Invitation, *, languages: Sequence[str] = ("ar", "en"),
                      digits: str = WESTERN) -> bytes:
    first, second = check_languages(languages)
    bi = Bilingual(first, second, check_digits(digits))
    inv = invitation
    check_printable([inv.session_place, inv.session_time, inv.party.name, inv.case_number,
                     inv.signed_by, *_place_texts(inv.place)])
    story: list[Flowable] = [bi.row(lambda lang: place_blocks(inv.place, lang, bi)),
                             title_row(bi, "invitation_title")]
    story.append(bi.row(lambda lang: [
        Block(f"{label(lang, 'date')}: {fmt.long_date(inv.date, lang, bi.digits)}",
              bi.style(lang)),
        Block(f"{label(lang, 'case_no')}: {inv.case_number}", bi.style(lang))]))
    story.append(Rule(FRAME_WIDTH))
    story.append(bi.row(lambda lang: [
        Block(f"{label(lang, 'to')}: {inv.party.name}", bi.style(lang, bold=True, size=12.0)),
        Block(party_line(lang, inv.party, bi), bi.style(lang, size=9.5))]))
    story.append(gap())

    def body(lang: str) -> list[Block]:
        blocks = [Block(label(lang, "invitation_body", case=inv.case_number,
                              date=fmt.long_date(inv.session_date, lang, bi.digits),
                              place=inv.session_place), bi.style(lang, size=12.0
                                                                 if lang != "en" else 11.0))]
        if inv.session_time:
            blocks.append(Block(label(lang, "invitation_time", time=inv.session_time),
                                bi.style(lang), space_before=4))
        blocks.append(Block(label(lang, "invitation_bring"), bi.style(lang), space_before=8))
        return blocks

    story.append(bi.row(body))
    story += signature_line(bi, inv.signed_by)
    return build_pdf(story, footer(bi, inv.case_number),
                     title=f"{inv.case_number} invitation",
                     subject=label("en", "invitation_title"))
