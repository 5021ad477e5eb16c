"""Closing a case with one of the reasons that fit its stage."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from sulh.domain.reference import choices
from sulh.domain.workflow import CLOSURE_FROM, Stage
from sulh.gui.dialogs.base import CaseDialog
from sulh.gui.dialogs.referral import case_title
from sulh.gui.session import AppSession
from sulh.services import followup, records
from sulh.services.reference_data import closure_rule, reference_data


class CloseCaseDialog(CaseDialog):
    form_name = "close_case_dialog"

    def __init__(self, session: AppSession, case: records.CaseView,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case, parent)
        d = self.dialog
        d.caseLabel.setText(case_title(session, case))
        # The shipped reasons and this installation's own, each offered where the rule it
        # follows fits the stage.
        ref = reference_data(session.ctx)
        stage = Stage(case.stage)
        for code, label in choices(ref.closure_reasons).items():
            rule = closure_rule(ref, code)
            if rule is not None and stage in CLOSURE_FROM[rule]:
                d.reason.addItem(label.name(session.language), code)
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
