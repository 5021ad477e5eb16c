"""Recording a truce (عطوة): from when, until when, who guarantees it, on what terms."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from sulh.gui.dialogs.base import CaseDialog, set_date, to_date
from sulh.gui.dialogs.referral import case_title
from sulh.gui.session import AppSession
from sulh.services import mediation, records


class TruceDialog(CaseDialog):
    form_name = "truce_dialog"

    def __init__(self, session: AppSession, case: records.CaseView,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case, parent)
        d = self.dialog
        d.caseLabel.setText(case_title(session, case))
        today = session.ctx.today()
        set_date(d.starts_on, today)
        set_date(d.expires_on, today + dt.timedelta(days=30))
        self.mark_clean()

    def save(self) -> None:
        d = self.dialog
        ok, _view = self.run(mediation.record_truce, self.session.ctx, self.session.actor,
                             self.case.id, starts_on=to_date(d.starts_on),
                             expires_on=to_date(d.expires_on), guarantor=d.guarantor.text(),
                             terms=d.terms.toPlainText())
        if ok:
            self.changed()
            self.done()
