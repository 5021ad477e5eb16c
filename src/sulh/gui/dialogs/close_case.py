"""Closing a case with one of the reasons that fit its stage."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from sulh.domain.reference import reference
from sulh.domain.workflow import CLOSURE_FROM, ClosureReason, Stage
from sulh.gui.dialogs.base import CaseDialog
from sulh.gui.dialogs.referral import case_title
from sulh.gui.session import AppSession
from sulh.services import followup, records


class CloseCaseDialog(CaseDialog):
    form_name = "close_case_dialog"

    def __init__(self, session: AppSession, case: records.CaseView,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case, parent)
        d = self.dialog
        d.caseLabel.setText(case_title(session, case))
        names = reference().closure_reasons
        stage = Stage(case.stage)
        for reason in ClosureReason:
            if stage in CLOSURE_FROM[reason]:
                name = names[reason.value].name(session.language) if reason.value in names \
                    else reason.value
                d.reason.addItem(name, reason.value)
        self.mark_clean()

    def save(self) -> None:
        d = self.dialog
        ok, _view = self.run(followup.close_case, self.session.ctx, self.session.actor,
                             self.case.id, reason=d.reason.currentData() or "",
                             note=d.note.toPlainText(), version=self.case.version,
                             refusal_field="reason")
        if ok:
            self.changed()
            self.done()
