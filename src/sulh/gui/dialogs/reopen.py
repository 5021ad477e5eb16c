"""A move that needs a reason: reopening a case (coordinators), or taking a drafted
agreement back to mediation."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from sulh.gui.dialogs.base import CaseDialog
from sulh.gui.dialogs.referral import case_title
from sulh.gui.qt_i18n import translate
from sulh.gui.session import AppSession
from sulh.services import agreements, followup, records


class ReopenDialog(CaseDialog):
    form_name = "reason_dialog"

    def __init__(self, session: AppSession, case: records.CaseView,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case, parent)
        d = self.dialog
        d.caseLabel.setText(case_title(session, case))
        d.setWindowTitle(translate("CaseDialog", "Reopen the case"))
        d.prompt.setText(translate("CaseDialog", "Say why the case is reopened (for example, the "
                                          "breach a follow-up found)."))
        self.mark_clean()

    def save(self) -> None:
        ok, _view = self.run(followup.reopen_case, self.session.ctx, self.session.actor,
                             self.case.id, reason=self.dialog.reason.toPlainText(),
                             version=self.case.version, refusal_field="reason")
        if ok:
            self.changed()
            self.done()


class ReturnToMediationDialog(CaseDialog):
    form_name = "reason_dialog"

    def __init__(self, session: AppSession, case: records.CaseView,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case, parent)
        d = self.dialog
        d.caseLabel.setText(case_title(session, case))
        d.setWindowTitle(translate("CaseDialog", "Back to mediation"))
        d.prompt.setText(translate("CaseDialog", "Say why the drafted agreement goes back to "
                                          "mediation."))
        self.mark_clean()

    def save(self) -> None:
        ok, _view = self.run(agreements.return_to_mediation, self.session.ctx,
                             self.session.actor, self.case.id,
                             reason=self.dialog.reason.toPlainText(), refusal_field="reason")
        if ok:
            self.changed()
            self.done()
