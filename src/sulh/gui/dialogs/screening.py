"""The screening checklist: six yes/no questions, the decision they lead to, and the
coordinator's approval of that decision."""

from __future__ import annotations

from PySide6.QtWidgets import QRadioButton, QWidget

from sulh.domain import screening as rules
from sulh.domain.errors import SulhError, ValidationError, ValidationErrors
from sulh.domain.roles import Action
from sulh.domain.screening import QUESTION_LABELS, Question
from sulh.domain.workflow import Stage
from sulh.gui import feedback
from sulh.gui.dialogs.base import CaseDialog, show_datetime
from sulh.gui.dialogs.labels import DECISIONS, label
from sulh.gui.qt_i18n import translate
from sulh.gui.session import AppSession
from sulh.i18n import QT_TRANSLATE_NOOP, msg
from sulh.services import records, screening, users
from sulh.services.reference_data import reference_data

RED = "color: #c0392b; font-weight: bold;"
GREEN = "color: #1e7e34; font-weight: bold;"


class ScreeningDialog(CaseDialog):
    """Record a screening (officers, coordinators) or approve the latest one
    (coordinators).  With `approve=True` the latest screening is shown read-only."""

    form_name = "screening_dialog"

    def __init__(self, session: AppSession, case: records.CaseView,
                 parent: QWidget | None = None, *, approve: bool = False) -> None:
        super().__init__(session, case, parent)
        d = self.dialog
        self.names = users.user_names(session.ctx, session.actor)
        at_screening = case.stage == Stage.SCREENING.value
        self.may_record = session.may(Action.RECORD_SCREENING) and at_screening and not approve
        self.may_approve = session.may(Action.APPROVE_SCREENING) and at_screening
        self.recorded: records.ScreeningView | None = (
            case.screenings[-1] if approve and case.screenings else None)
        category = reference_data(session.ctx).categories.get(case.category or "")
        d.caseLabel.setText(translate("ScreeningDialog", "Case {number} — {category}").format(
            number=case.number, category=category.name(session.language) if category else "—"))
        for q in Question:
            getattr(d, f"{q.value}Label").setText(translate(*QUESTION_LABELS[q]))
            for answer in ("yes", "no"):
                self._radio(q, answer).toggled.connect(lambda _on: self._preview())
        d.approveButton.clicked.connect(self.approve)
        d.approveButton.setVisible(self.may_approve)
        if self.recorded is not None:
            self._show_recorded(self.recorded)
        else:
            self._preview()
        self._update_buttons()
        self.mark_clean()

    def _radio(self, q: Question, answer: str) -> QRadioButton:
        radio: QRadioButton = getattr(self.dialog, f"{q.value}_{answer}")
        return radio

    def answers(self) -> dict[str, bool | None]:
        out: dict[str, bool | None] = {}
        for q in Question:
            yes, no = self._radio(q, "yes").isChecked(), self._radio(q, "no").isChecked()
            out[q.value] = True if yes else False if no else None
        return out

    # -- showing the decision

    def _flag_text(self, flags: tuple[str, ...]) -> str:
        lines = []
        for flag in flags:
            if flag == "category":
                lines.append(translate("ScreeningDialog", "This category of dispute is always "
                                                   "referred."))
            else:
                lines.append(translate(*QUESTION_LABELS[Question(flag)]))
        if not lines:
            return translate("ScreeningDialog", "No red flag.")
        return translate("ScreeningDialog", "Red flags:") + "\n" + "\n".join(f"• {x}" for x in lines)

    def _show_decision(self, decision: str, flags: tuple[str, ...], *, final: bool) -> None:
        d = self.dialog
        text = label(DECISIONS, decision)
        d.decisionLabel.setText(
            (translate("ScreeningDialog", "Decision: {decision}") if final else
             translate("ScreeningDialog", "Decision when recorded: {decision}")).format(decision=text))
        d.decisionLabel.setStyleSheet(RED if decision == rules.Decision.REFER.value else GREEN)
        d.redFlagsLabel.setText(self._flag_text(flags))

    def _preview(self) -> None:
        if self.recorded is not None:
            return
        answers = self.answers()
        d = self.dialog
        if any(v is None for v in answers.values()):
            d.decisionLabel.setText(translate("ScreeningDialog", "Answer every question to see the "
                                                          "decision."))
            d.decisionLabel.setStyleSheet("")
            d.redFlagsLabel.setText("")
            return
        result = rules.evaluate(answers, category_must_refer=reference_data(
            self.session.ctx).must_refer(
            self.case.category))
        self._show_decision(result.decision.value, result.red_flags, final=False)

    def _show_recorded(self, s: records.ScreeningView) -> None:
        d = self.dialog
        for q in Question:
            value = s.answers.get(q.value)
            self._radio(q, "yes").setChecked(value is True)
            self._radio(q, "no").setChecked(value is False)
            getattr(d, q.value).setEnabled(False)
        d.notes.setPlainText(s.notes)
        d.notes.setReadOnly(True)
        self._show_decision(s.decision, s.red_flags, final=True)
        who = self.names.get(s.recorded_by, "?")
        lines = [translate("ScreeningDialog", "Recorded by {name} on {at}.").format(
            name=who, at=show_datetime(self.session, s.recorded_at))]
        if s.approved_at is not None:
            lines.append(translate("ScreeningDialog", "Approved by {name} on {at}.").format(
                name=self.names.get(s.approved_by or 0, "?"),
                at=show_datetime(self.session, s.approved_at)))
        else:
            lines.append(translate("ScreeningDialog", "Waiting for a coordinator's approval."))
        d.approvalLabel.setText("\n".join(lines))

    def _update_buttons(self) -> None:
        d = self.dialog
        save = d.buttons.button(d.buttons.StandardButton.Save)
        save.setText(translate("ScreeningDialog", "&Record screening"))
        save.setVisible(self.may_record and self.recorded is None)
        approvable = (self.recorded is not None and self.recorded.approved_at is None)
        d.approveButton.setEnabled(self.may_approve and approvable)
        if self.may_approve and not approvable:
            d.approveButton.setToolTip(
                translate("ScreeningDialog", "Record the screening first.") if self.recorded is None
                else translate("ScreeningDialog", "This screening is already approved."))
        else:
            d.approveButton.setToolTip("")

    # -- saving

    def save(self) -> None:
        if not self.may_record or self.recorded is not None:
            return
        answers = self.answers()
        missing = [q for q, v in answers.items() if v is None]
        if missing:
            feedback.clear_marks(self.dialog)
            feedback.mark_fields(self.dialog, ValidationErrors(
                msg(QT_TRANSLATE_NOOP("Field", "Some fields need correcting.")),
                [ValidationError(msg(QT_TRANSLATE_NOOP("Screening", "Every screening question must be "
                                                     "answered yes or no.")), field=q)
                 for q in missing]))
            return
        ok, view = self.run(screening.record_screening, self.session.ctx, self.session.actor,
                            self.case.id, answers=answers,
                            notes=self.dialog.notes.toPlainText())
        if not ok:
            return
        self.recorded = view
        self._show_recorded(view)
        self._update_buttons()
        self.mark_clean()
        self.changed()

    def approve(self) -> None:
        if self.recorded is None or not self.may_approve:
            return
        ok, view = self.run(screening.approve_screening, self.session.ctx, self.session.actor,
                            self.recorded.id, version=self.recorded.version)
        if not ok:
            return
        self.recorded = view
        self._show_recorded(view)
        self._update_buttons()
        self.mark_clean()
        self.changed()

    def stale_record(self) -> object:
        return self.recorded

    def reload(self) -> None:
        super().reload()
        if self.recorded is not None:
            latest = next((s for s in self.case.screenings if s.id == self.recorded.id), None)
            if latest is None:
                raise SulhError(msg(QT_TRANSLATE_NOOP("ScreeningDialog", "This screening is no longer on "
                                                          "record.")))
            self.recorded = latest
            self._show_recorded(latest)
            self._update_buttons()
            self.mark_clean()
