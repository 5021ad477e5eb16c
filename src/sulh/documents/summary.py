"""The case summary: what a case is about, who is in it and what has happened."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.platypus.flowables import Flowable

from sulh.documents import formatting as fmt
from sulh.documents.bidi_text import WESTERN
from sulh.documents.flowables import Block, Rule
from sulh.documents.fonts import check_printable
from sulh.documents.labels import RTL_LANGUAGES, code_label, comma, label
from sulh.documents.letters import free_text, party_rows
from sulh.documents.model import (
    CaseSummary,
    FollowUpEntry,
    Localised,
    ReferralEntry,
    SessionEntry,
    StageChange,
    in_language,
)
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


def _arrow(lang: str) -> str:
    return " ← " if lang in RTL_LANGUAGES else " → "


def render_case_summary(summary: CaseSummary, *, languages: Sequence[str] = ("ar", "en"),
                        digits: str = WESTERN) -> bytes:
    first, second = check_languages(languages)
    bi = Bilingual(first, second, check_digits(digits))
    s = summary
    check_printable([s.description, s.request, s.case_number, *(p.name for p in s.parties),
                     *s.mediators, *(h.reason + h.by for h in s.history),
                     *(x.summary + x.place for x in s.sessions),
                     *(r.reason for r in s.referrals), *(f.note for f in s.follow_ups),
                     *s.place.forum.values()])
    story: list[Flowable] = [bi.row(lambda lang: place_blocks(s.place, lang, bi)),
                             title_row(bi, "summary_title")]

    def loc(value: Localised | None, lang: str) -> str:
        return in_language(value, lang) if value else "-"

    def facts(lang: str) -> list[Block]:
        d = bi.digits
        rows = [f"{label(lang, 'case_no')}: {s.case_number}",
                f"{label(lang, 'stage')}: {code_label(lang, s.stage)}",
                f"{label(lang, 'intake_date')}: {fmt.short_date(s.intake_date, lang, d)}",
                f"{label(lang, 'category')}: {loc(s.category, lang)}",
                f"{label(lang, 'governorate')}: {loc(s.governorate, lang)}",
                f"{label(lang, 'channel')}: {loc(s.channel, lang)}",
                f"{label(lang, 'violence_risk')}: {code_label(lang, s.violence_risk)}",
                label(lang, "printed_on", date=fmt.short_date(s.date, lang, d))]
        if s.agreement_number:
            rows.append(f"{label(lang, 'agreement')}: {s.agreement_number} "
                        f"({code_label(lang, s.agreement_status)})")
        if s.audit_anchor is not None:
            event, head = s.audit_anchor
            rows.append(label(lang, "audit_anchor", events=event, hash=head))
        return [Block(r, bi.style(lang)) for r in rows]

    story += [bi.row(facts), Rule(FRAME_WIDTH)]
    if s.identities_hidden:
        story.append(bi.text_row(lambda lang: label(lang, "identities_hidden"), bold=True))
    for key, text in (("description", s.description), ("request", s.request)):
        if text:
            story += [bi.heading(key), free_text(text)]
    story.append(bi.heading("parties"))
    story += party_rows(bi, s.parties, representatives=True)
    if s.mediators:
        story += [bi.heading("mediators"),
                  bi.row(lambda lang: [Block(m, bi.style(lang)) for m in s.mediators])]

    def section(key: str, rows: list[tuple[Callable[[str], str], str]]) -> None:
        if not rows:
            return
        story.append(bi.heading(key))
        for line, note in rows:
            story.append(bi.text_row(line, border="bottom"))
            if note:
                story.append(free_text(note, size=9.5))

    d = bi.digits

    def change(h: StageChange) -> Callable[[str], str]:
        return lambda lang: (f"{fmt.short_date(h.at.date(), lang, d)}: "
                             + (code_label(lang, h.from_stage) + _arrow(lang)
                                if h.from_stage else "")
                             + f"{code_label(lang, h.to_stage)}{comma(lang)}"
                             + label(lang, "by", name=h.by))

    def session(x: SessionEntry) -> Callable[[str], str]:
        return lambda lang: (f"{fmt.short_date(x.held_on, lang, d)}: {code_label(lang, x.kind)}"
                             f"{comma(lang)}{code_label(lang, x.outcome)}"
                             + (f"{comma(lang)}{x.place}" if x.place else ""))

    def referral(r: ReferralEntry) -> Callable[[str], str]:
        return lambda lang: (f"{fmt.short_date(r.referred_on, lang, d)}: "
                             f"{in_language(r.destination, lang)}{comma(lang)}"
                             f"{code_label(lang, r.outcome)}")

    def follow_up(f: FollowUpEntry) -> Callable[[str], str]:
        def text(lang: str) -> str:
            due = label(lang, "due", date=fmt.short_date(f.due_on, lang, d))
            if f.done_on is None:
                return f"{due}{comma(lang)}{code_label(lang, 'pending')}"
            done = label(lang, "done", date=fmt.short_date(f.done_on, lang, d))
            return f"{due}{comma(lang)}{done}{comma(lang)}{code_label(lang, f.result)}"
        return text

    section("timeline", [(change(h), h.reason) for h in s.history])
    section("sessions", [(session(x), x.summary) for x in s.sessions])
    section("referrals", [(referral(r), r.reason) for r in s.referrals])
    section("follow_ups", [(follow_up(f), f.note) for f in s.follow_ups])
    story.append(gap())
    return build_pdf(story, footer(bi, s.case_number), title=f"{s.case_number} summary",
                     subject=label("en", "summary_title"))
