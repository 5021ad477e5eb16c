"""Follow-up checks after signing: scheduling them, and recording what each found."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from sulh.gui.dialogs.base import CaseDialog, set_date, show_date, to_date
from sulh.gui.dialogs.labels import FOLLOW_UP_RESULTS, label
from sulh.gui.dialogs.referral import case_title
from sulh.gui.qt_i18n import translate
from sulh.gui.session import AppSession
from sulh.services import followup, records


class FollowUpScheduleDialog(CaseDialog):
    form_name = "follow_up_schedule_dialog"

    def __init__(self, session: AppSession, case: records.CaseView,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case, parent)
        d = self.dialog
        d.caseLabel.setText(case_title(session, case))
        signed = case.agreement.signed_at if case.agreement else None
        set_date(d.start, signed.astimezone().date() if signed else session.ctx.today())
        d.otherDays.setEnabled(False)
        d.daysOther.toggled.connect(d.otherDays.setEnabled)
        self.mark_clean()

    def days(self) -> list[int]:
        d = self.dialog
        out = [n for box, n in ((d.days30, 30), (d.days90, 90)) if box.isChecked()]
        if d.daysOther.isChecked():
            out.append(d.otherDays.value())
        return out

    def save(self) -> None:
        ok, _views = self.run(followup.schedule_follow_ups, self.session.ctx,
                              self.session.actor, self.case.id, days=self.days(),
                              start=to_date(self.dialog.start))
        if ok:
            self.changed()
            self.done()


class FollowUpDialog(CaseDialog):
    """Record a check: complied, partly complied or breached; the instalment due paid."""

    form_name = "follow_up_dialog"

    def __init__(self, session: AppSession, case: records.CaseView,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case, parent)
        d = self.dialog
        d.caseLabel.setText(case_title(session, case))
        today = session.ctx.today()
        for f in case.follow_ups:
            if f.done_on is None:
                text = translate("CaseDialog", "Due {date}").format(date=show_date(session, f.due_on))
                if f.due_on < today:
                    text = translate("CaseDialog", "Due {date} (overdue)").format(
                        date=show_date(session, f.due_on))
                d.follow_up.addItem(text, f.id)
        # `result` is also a QDialog method, so the form's attribute is not the combo box.
        self.result: QComboBox = d.findChild(QComboBox, "result")
        for code in FOLLOW_UP_RESULTS:
            self.result.addItem(label(FOLLOW_UP_RESULTS, code), code)
        d.instalment_paid.addItem(translate("CaseDialog", "No instalment was due"), None)
        d.instalment_paid.addItem(translate("CaseDialog", "Yes, paid"), True)
        d.instalment_paid.addItem(translate("CaseDialog", "No, not paid"), False)
        has_instalments = bool(case.agreement and case.agreement.instalments)
        d.instalment_paid.setEnabled(has_instalments)
        set_date(d.done_on, today)
        d.done_on.setMaximumDate(d.done_on.date())
        self.mark_clean()

    def follow_up(self) -> records.FollowUpView | None:
        fid = self.dialog.follow_up.currentData()
        return next((f for f in self.case.follow_ups if f.id == fid), None)

    def stale_record(self) -> object:
        return self.follow_up()

    def save(self) -> None:
        f = self.follow_up()
        if f is None:
            return
        d = self.dialog
        ok, _view = self.run(followup.record_follow_up, self.session.ctx, self.session.actor,
                             f.id, result=self.result.currentData(), done_on=to_date(d.done_on),
                             instalment_paid=d.instalment_paid.currentData(),
                             note=d.note.toPlainText(), version=f.version)
        if ok:
            self.changed()
            self.done()
