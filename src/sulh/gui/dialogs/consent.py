"""Each side's free consent to mediation, and assigning mediators to the case."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from sulh.gui.dialogs.base import CaseDialog, show_datetime
from sulh.gui.dialogs.referral import case_title
from sulh.gui.qt_i18n import translate
from sulh.gui.session import AppSession
from sulh.services import cases, intake, mediation, records, users


class ConsentDialog(CaseDialog):
    form_name = "consent_dialog"

    def __init__(self, session: AppSession, case: records.CaseView,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case, parent)
        d = self.dialog
        d.caseLabel.setText(case_title(session, case))
        for p in case.parties:
            item = QListWidgetItem(p.name, d.parties)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setCheckState(Qt.CheckState.Checked if p.consent else Qt.CheckState.Unchecked)
            if p.consent_at:
                item.setToolTip(translate("CaseDialog", "Consent recorded on {at}").format(
                    at=show_datetime(session, p.consent_at)))
        self.mark_clean()

    def stale_record(self) -> object:
        return self.case.parties

    def save(self) -> None:
        d = self.dialog
        for i in range(d.parties.count()):
            item = d.parties.item(i)
            pid = item.data(Qt.ItemDataRole.UserRole)
            party = next((p for p in self.case.parties if p.id == pid), None)
            wanted = item.checkState() == Qt.CheckState.Checked
            if party is None or party.consent == wanted:
                continue
            ok, _view = self.run(intake.record_consent, self.session.ctx, self.session.actor,
                                 pid, consent=wanted, version=party.version)
            if not ok:
                # What was saved before stays saved: read the case again (new versions)
                # and keep the ticks, so a second "Save" does only what is left.
                self.changed()
                self.case = cases.get_case_view(self.session.ctx, self.session.actor,
                                                self.case.id)
                return
        self.changed()
        self.done()


class AssignMediatorDialog(CaseDialog):
    form_name = "assign_mediator_dialog"

    def __init__(self, session: AppSession, case: records.CaseView,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case, parent)
        d = self.dialog
        d.caseLabel.setText(case_title(session, case))
        names = users.user_names(session.ctx, session.actor)
        assigned = [names.get(uid, "?") for uid in case.mediator_ids]
        d.assigned.setText(translate("CaseDialog", "Mediators now: {names}").format(
            names=", ".join(assigned)) if assigned else translate("CaseDialog", "No mediator yet."))
        for uid, name in users.forum_mediators(session.ctx, session.actor, case.forum_id):
            if uid not in case.mediator_ids:
                d.user_id.addItem(name, uid)
        self.mark_clean()

    def save(self) -> None:
        uid = self.dialog.user_id.currentData()
        if uid is None:
            self.cancel()
            return
        ok, _view = self.run(mediation.assign_mediator, self.session.ctx, self.session.actor,
                             self.case.id, uid)
        if ok:
            self.changed()
            self.done()
