"""Referring a dispute the forum must not mediate, and recording what became of it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from sulh.domain.reference import choices
from sulh.gui.dialogs.base import CaseDialog, set_date, show_date, to_date
from sulh.gui.dialogs.labels import REFERRAL_OUTCOMES, label
from sulh.gui.qt_i18n import translate
from sulh.gui.session import AppSession
from sulh.services import records, screening
from sulh.services.reference_data import reference_data


def case_title(session: AppSession, case: records.CaseView) -> str:
    category = reference_data(session.ctx).categories.get(case.category or "")
    return translate("CaseDialog", "Case {number} — {category}").format(
        number=case.number, category=category.name(session.language) if category else "—")


class ReferralDialog(CaseDialog):
    """Refer the case (destination, reason, consent, date); it moves to "referred"."""

    form_name = "referral_dialog"

    def __init__(self, session: AppSession, case: records.CaseView,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case, parent)
        d = self.dialog
        d.caseLabel.setText(case_title(session, case))
        for code, place in choices(reference_data(session.ctx).referral_destinations).items():
            d.destination.addItem(place.name(session.language), code)
        d.destination.setPlaceholderText(translate("CaseDialog", "Choose…"))
        d.destination.setCurrentIndex(-1)
        today = session.ctx.today()
        set_date(d.referred_on, today)
        d.referred_on.setMaximumDate(d.referred_on.date())
        self.mark_clean()

    def save(self) -> None:
        d = self.dialog
        ok, _view = self.run(screening.refer_case, self.session.ctx, self.session.actor,
                             self.case.id, destination=d.destination.currentData() or "",
                             reason=d.reason.toPlainText(), consent=d.consent.isChecked(),
                             referred_on=to_date(d.referred_on))
        if ok:
            self.changed()
            self.done()


class ReferralOutcomeDialog(CaseDialog):
    """What the court, police or service did with a referral."""

    form_name = "referral_outcome_dialog"

    def __init__(self, session: AppSession, case: records.CaseView,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case, parent)
        d = self.dialog
        d.caseLabel.setText(case_title(session, case))
        destinations = reference_data(session.ctx).referral_destinations
        for r in case.referrals:
            place = destinations.get(r.destination)
            d.referral.addItem(translate("CaseDialog", "{destination}, {date}").format(
                destination=place.name(session.language) if place else r.destination,
                date=show_date(session, r.referred_on)), r.id)
        for code in REFERRAL_OUTCOMES:
            d.outcome.addItem(label(REFERRAL_OUTCOMES, code), code)
        set_date(d.on, session.ctx.today())
        pending = [i for i, r in enumerate(case.referrals) if r.outcome == "pending"]
        d.referral.setCurrentIndex(pending[0] if pending else len(case.referrals) - 1)
        self._fill()
        d.referral.currentIndexChanged.connect(lambda _i: self._fill())
        self.mark_clean()

    def referral(self) -> records.ReferralView | None:
        rid = self.dialog.referral.currentData()
        return next((r for r in self.case.referrals if r.id == rid), None)

    def stale_record(self) -> object:
        return self.referral()

    def _fill(self) -> None:
        r = self.referral()
        if r is None:
            return
        d = self.dialog
        d.outcome.setCurrentIndex(max(0, d.outcome.findData(
            "accepted" if r.outcome == "pending" else r.outcome)))
        d.note.setPlainText(r.outcome_note)
        if r.outcome_on:
            set_date(d.on, r.outcome_on)

    def save(self) -> None:
        r = self.referral()
        if r is None:
            return
        d = self.dialog
        ok, _view = self.run(screening.record_referral_outcome, self.session.ctx,
                             self.session.actor, r.id, outcome=d.outcome.currentData(),
                             note=d.note.toPlainText(), on=to_date(d.on), version=r.version)
        if ok:
            self.changed()
            self.done()
