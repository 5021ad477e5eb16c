"""Signing: tick each signatory who signed the printed copy, then mark the agreement signed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QMessageBox, QWidget

from sulh.domain.roles import Action
from sulh.gui.dialogs.base import CaseDialog, isolate, show_datetime
from sulh.gui.dialogs.labels import GUARANTEES, SIGNATORY_ROLES, SIGNING_MODES, label
from sulh.gui.dialogs.referral import case_title
from sulh.gui.qt_i18n import translate
from sulh.gui.session import AppSession
from sulh.services import agreements, cases, records


def signatory_text(s: records.SignatoryView) -> str:
    role = label(SIGNATORY_ROLES, s.role)
    if s.guarantee:
        role = f"{role}: {label(GUARANTEES, s.guarantee)}"
    return f"{isolate(s.name)} — {role} — {label(SIGNING_MODES, s.mode)}"


class SigningDialog(CaseDialog):
    form_name = "signing_dialog"

    def __init__(self, session: AppSession, case: records.CaseView,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case, parent)
        d = self.dialog
        d.caseLabel.setText(case_title(session, case))
        d.buttons.button(d.buttons.StandardButton.Save).setText(translate("CaseDialog",
                                                                   "&Save the ticks"))
        d.markSigned.clicked.connect(self.mark_signed)
        d.markSigned.setVisible(session.may(Action.MARK_SIGNED))
        self._fill()

    def _fill(self) -> None:
        d = self.dialog
        a = self.case.agreement
        d.signatories.clear()
        if a is None:
            d.printStatus.setText(translate("CaseDialog", "This case has no agreement."))
            self.mark_clean()
            return
        if a.printed_digest and a.printed_digest == a.content_digest:
            d.printStatus.setText(translate("CaseDialog", "Agreement {number}, printed on {at} as it "
                                                   "stands now: signatures on that copy "
                                                   "count.").format(
                number=a.number, at=show_datetime(self.session, a.printed_at)))
            d.printStatus.setStyleSheet("")
        else:
            d.printStatus.setText(translate("CaseDialog", "Agreement {number} has not been printed "
                                                   "as it stands now. Print it before "
                                                   "collecting signatures.").format(
                number=a.number))
            d.printStatus.setStyleSheet("color: #c0392b;")
        for s in a.signatories:
            item = QListWidgetItem(signatory_text(s), d.signatories)
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            item.setCheckState(Qt.CheckState.Checked if s.signed_at else Qt.CheckState.Unchecked)
        self.mark_clean()

    def _apply_ticks(self) -> bool:
        a = self.case.agreement
        if a is None:
            return False
        d = self.dialog
        signed = {s.id: s.signed_at is not None for s in a.signatories}
        for i in range(d.signatories.count()):
            item = d.signatories.item(i)
            sid = item.data(Qt.ItemDataRole.UserRole)
            wanted = item.checkState() == Qt.CheckState.Checked
            if signed.get(sid) == wanted:
                continue
            ok, _view = self.run(agreements.record_signature, self.session.ctx,
                                 self.session.actor, sid, signed=wanted)
            if not ok:
                return False
        return True

    def _reread(self) -> None:
        self.case = cases.get_case_view(self.session.ctx, self.session.actor, self.case.id)

    def save(self) -> None:
        ok = self._apply_ticks()
        self.changed()
        if ok:
            self.done()
        else:
            self._reread()

    def mark_signed(self) -> None:
        if not self._apply_ticks():
            self.changed()
            self._reread()
            return
        self._reread()
        answer = QMessageBox.question(
            self.dialog, translate("CaseDialog", "Mark signed"),
            translate("CaseDialog", "Lock the agreement as signed? After this it changes only by a "
                             "recorded amendment."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            self.changed()
            self._fill()
            return
        ok, _view = self.run(agreements.mark_signed, self.session.ctx, self.session.actor,
                             self.case.id, refusal_field="markSigned")
        self.changed()
        if ok:
            self.done()
        else:
            self._fill()
