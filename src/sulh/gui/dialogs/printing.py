"""Printing a case's documents: the agreement, a referral letter, an invitation to a
session and the case summary.

The documents service makes the PDF and records the print in the audit trail (an
agreement's print at the content digest it was made from, which is what lets the paper
be signed); the preview then shows that PDF, prints it through the system's print
dialog or saves it, byte for byte.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from sulh.gui import feedback
from sulh.gui.dialogs.base import CaseDialog, set_date, to_date
from sulh.gui.dialogs.labels import LANGUAGE_PAIRS, label
from sulh.gui.dialogs.referral import case_title
from sulh.gui.pdf_preview import PdfPreview
from sulh.gui.qt_i18n import translate
from sulh.gui.session import AppSession
from sulh.services import documents, records


def digit_style(session: AppSession) -> str:
    return "arabic-indic" if session.settings.arabic_indic_digits else "western"


def letter_languages(session: AppSession, case: records.CaseView) -> str:
    """The language pair for a letter about the case: the agreement's when it has one,
    else the user's language with English (Arabic and Kurdish for an English user)."""
    if case.agreement is not None:
        return case.agreement.languages
    return "ckb+en" if session.language == "ckb" else "ar+en"


def show_pdf(session: AppSession, case: records.CaseView, parent: QWidget | None,
             make: Callable[[], bytes], title: str, file_name: str) -> PdfPreview | None:
    """Make a document with `make` (a documents service call, which records the print)
    and open its preview; None when it could not be made (the error is shown)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        pdf = make()
    except Exception as e:  # noqa: BLE001 - shown to the user; nothing was printed
        QApplication.restoreOverrideCursor()
        feedback.show_error(parent, e)
        return None
    QApplication.restoreOverrideCursor()
    session.events.case_changed.emit(case.id)
    preview = PdfPreview(pdf, title, parent, file_name=file_name,
                         arabic_indic=session.settings.arabic_indic_digits)
    preview.open()
    return preview


def print_agreement(session: AppSession, case: records.CaseView,
                    parent: QWidget | None = None) -> PdfPreview | None:
    """The agreement's PDF in the preview; its print is recorded against the content it
    was made from."""
    a = case.agreement
    if a is None:
        return None
    ctx, actor = session.ctx, session.actor
    return show_pdf(session, case, parent,
                    lambda: documents.print_agreement(ctx, actor, case.id,
                                                      digits=digit_style(session)),
                    translate("Printing", "Agreement {number}").format(number=a.number),
                    f"{a.number}.pdf")


def print_referral_letter(session: AppSession, case: records.CaseView,
                          parent: QWidget | None = None) -> PdfPreview | None:
    """The letter for the case's latest referral."""
    if not case.referrals:
        return None
    ctx, actor = session.ctx, session.actor
    referral = case.referrals[-1]
    return show_pdf(session, case, parent,
                    lambda: documents.print_referral_letter(
                        ctx, actor, case.id, referral_id=referral.id,
                        languages=letter_languages(session, case), digits=digit_style(session)),
                    translate("Printing", "Referral letter, case {number}").format(
                        number=case.number),
                    f"{case.number}-referral.pdf")


def print_case_summary(session: AppSession, case: records.CaseView,
                       parent: QWidget | None = None) -> PdfPreview | None:
    ctx, actor = session.ctx, session.actor
    return show_pdf(session, case, parent,
                    lambda: documents.print_case_summary(
                        ctx, actor, case.id, languages=letter_languages(session, case),
                        digits=digit_style(session)),
                    translate("Printing", "Case summary {number}").format(number=case.number),
                    f"{case.number}-summary.pdf")


class InvitationDialog(CaseDialog):
    """Who is invited, to which session, where and when; then the invitation's preview."""

    form_name = "invitation_dialog"

    def __init__(self, session: AppSession, case: records.CaseView,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case, parent)
        d = self.dialog
        self.preview: PdfPreview | None = None
        d.caseLabel.setText(case_title(session, case))
        d.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("Printing", "&Preview…"))
        for p in case.parties:
            d.party.addItem(p.name, p.position)
        for code in LANGUAGE_PAIRS:
            d.languages.addItem(label(LANGUAGE_PAIRS, code), code)
        d.languages.setCurrentIndex(d.languages.findData(letter_languages(session, case)))
        today = session.ctx.today()
        latest = max(case.sessions, key=lambda s: s.held_on, default=None)
        day = latest.next_date if latest and latest.next_date and latest.next_date >= today \
            else today + dt.timedelta(days=7)
        set_date(d.session_date, day)
        if latest is not None:
            d.place.setText(latest.place)
        self.mark_clean()

    def widget_for(self, field: str) -> str:
        return {"date": "session_date"}.get(field, field)

    def save(self) -> None:
        d = self.dialog
        ctx, actor = self.session.ctx, self.session.actor
        party = d.party.currentData()
        ok, pdf = self.run(documents.print_invitation, ctx, actor, self.case.id,
                           party=party if party is not None else 0,
                           session_date=to_date(d.session_date), place=d.place.text(),
                           time=d.time.text(), languages=d.languages.currentData(),
                           digits=digit_style(self.session))
        if not ok:
            return
        self.done()
        name = d.party.currentText()
        self.preview = show_pdf(
            self.session, self.case, self.dialog.parentWidget(), lambda: pdf,
            translate("Printing", "Invitation to {name}, case {number}").format(
                name=name, number=self.case.number),
            f"{self.case.number}-invitation-{party}.pdf")
