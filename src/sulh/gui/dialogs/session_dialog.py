"""Recording a mediation session: who came (the rest are no-shows), what happened, what next."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from sulh.domain.roles import Role
from sulh.gui.dialogs.base import CaseDialog, checked_data, set_date, to_date
from sulh.gui.dialogs.labels import SESSION_KINDS, SESSION_OUTCOMES, label
from sulh.gui.dialogs.referral import case_title
from sulh.gui.session import AppSession
from sulh.services import mediation, records, users


class SessionDialog(CaseDialog):
    form_name = "session_dialog"

    def __init__(self, session: AppSession, case: records.CaseView,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case, parent)
        d = self.dialog
        d.caseLabel.setText(case_title(session, case))
        today = session.ctx.today()
        set_date(d.held_on, today)
        d.held_on.setMaximumDate(d.held_on.date())
        for code in SESSION_KINDS:
            d.kind.addItem(label(SESSION_KINDS, code), code)
        for code in SESSION_OUTCOMES:
            d.outcome.addItem(label(SESSION_OUTCOMES, code), code)
        for p in case.parties:
            item = QListWidgetItem(p.name, d.present_party_ids)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setCheckState(Qt.CheckState.Checked)
        present = set(case.mediator_ids)
        if session.actor.role in (Role.MEDIATOR, Role.COORDINATOR):
            present.add(session.actor.user_id)
        # The case's mediators first (ticked), then the forum's others.
        names = users.user_names(session.ctx, session.actor)
        choices = [(uid, names.get(uid, "?")) for uid in sorted(present)]
        choices += [(uid, name) for uid, name in users.forum_mediators(
            session.ctx, session.actor, case.forum_id) if uid not in present]
        for user_id, name in choices:
            item = QListWidgetItem(name, d.mediator_ids)
            item.setData(Qt.ItemDataRole.UserRole, user_id)
            item.setCheckState(Qt.CheckState.Checked if user_id in present
                               else Qt.CheckState.Unchecked)
        set_date(d.next_date, today + dt.timedelta(days=14))
        d.next_date.setEnabled(False)
        d.hasNextDate.toggled.connect(d.next_date.setEnabled)
        self.mark_clean()

    def save(self) -> None:
        d = self.dialog
        ok, _view = self.run(
            mediation.record_session, self.session.ctx, self.session.actor, self.case.id,
            held_on=to_date(d.held_on), kind=d.kind.currentData(),
            outcome=d.outcome.currentData(),
            present_party_ids=checked_data(d.present_party_ids),
            mediator_ids=checked_data(d.mediator_ids), place=d.place.text(),
            summary=d.summary.toPlainText(),
            next_date=to_date(d.next_date) if d.hasNextDate.isChecked() else None)
        if ok:
            self.changed()
            self.done()
