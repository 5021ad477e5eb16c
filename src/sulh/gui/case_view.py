"""One case on screen: its summary, parties, a timeline of everything that happened, and
the actions the rules and the user's role allow now (the others greyed, with why not)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sulh.domain.errors import StaleRecord
from sulh.domain.roles import Action
from sulh.domain.workflow import FINAL_STAGES, MOVE_LABELS, STAGE_LABELS, Move, Stage
from sulh.gui import feedback
from sulh.gui.dialogs import (
    AgreementEditor,
    AssignMediatorDialog,
    CaseDialog,
    CloseCaseDialog,
    ConsentDialog,
    FollowUpDialog,
    FollowUpScheduleDialog,
    ReferralDialog,
    ReferralOutcomeDialog,
    ReopenDialog,
    ReturnToMediationDialog,
    ScreeningDialog,
    SessionDialog,
    SigningDialog,
    TruceDialog,
)
from sulh.gui.dialogs.base import isolate, show_date, show_datetime, show_iqd
from sulh.gui.dialogs.labels import (
    AGREEMENT_STATUS,
    DECISIONS,
    FOLLOW_UP_RESULTS,
    LANGUAGE_PAIRS,
    PARTY_KINDS,
    PARTY_ROLES,
    REFERRAL_OUTCOMES,
    RISK_LEVELS,
    SESSION_KINDS,
    SESSION_OUTCOMES,
    label,
)
from sulh.gui.dialogs.printing import (
    InvitationDialog,
    print_agreement,
    print_case_summary,
    print_referral_letter,
)
from sulh.gui.forms import load_form
from sulh.gui.pdf_preview import PdfPreview
from sulh.gui.qt_i18n import digits, translate
from sulh.gui.session import AppSession
from sulh.services import (
    agreements,
    cases,
    followup,
    intake,
    mediation,
    records,
)
from sulh.services.cases import MOVE_PERMISSION, MoveOption
from sulh.services.reference_data import reference_data

S = Stage
CONSENT_STAGES = {S.INTAKE, S.SCREENING, S.REOPENED, S.MEDIATION, S.AGREEMENT_DRAFTED}
MEDIATOR_STAGES = {S.SCREENING, S.REOPENED, S.MEDIATION, S.AGREEMENT_DRAFTED}
SESSION_STAGES = {S.MEDIATION, S.AGREEMENT_DRAFTED}
TRUCE_STAGES = {S.SCREENING, S.MEDIATION, S.AGREEMENT_DRAFTED, S.SIGNED, S.FOLLOW_UP,
                S.REOPENED}
STAGE_COLOURS = {
    S.INTAKE: "#6c757d", S.SCREENING: "#8a6d00", S.MEDIATION: "#1f5fa8",
    S.AGREEMENT_DRAFTED: "#5a3d99", S.SIGNED: "#1e7e34", S.FOLLOW_UP: "#117a8b",
    S.CLOSED: "#343a40", S.REFERRED: "#a0522d", S.WITHDRAWN: "#6c757d", S.REOPENED: "#c0392b",
}
RED = QColor("#c0392b")
GREY = QColor("#7a7a7a")


@dataclass(frozen=True)
class CaseAction:
    """A button in the actions area: an in-stage recording or a stage move."""

    key: str
    text: str
    run: Callable[[], None]
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Event:
    key: tuple[Any, ...]
    when: str
    what: str
    who: str
    details: str
    colour: QColor | None = None


class _WhyNot(QObject):
    """Clicking a greyed action says why it is not possible (a disabled button gets no
    click of its own, but its event filter still sees the press)."""

    def __init__(self, view: CaseView) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (event.type() == QEvent.Type.MouseButtonPress and isinstance(watched, QPushButton)
                and not watched.isEnabled()):
            self.view.explain(watched.objectName())
            return True
        return False


class CaseView(QWidget):
    """The case `case_id` as the signed-in user may see and work on it."""

    def __init__(self, session: AppSession, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.form: Any = load_form("case_view", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.view: records.CaseView | None = None
        self.options: list[MoveOption] = []
        self.actions: dict[str, CaseAction] = {}
        self.buttons: dict[str, QPushButton] = {}
        self.current: CaseDialog | None = None
        self.names: dict[int, str] = {}
        self._why = _WhyNot(self)
        self.forum: records.ForumView | None = None
        f = self.form
        big = QFont(f.caseNumber.font())
        big.setPointSizeF(big.pointSizeF() * 1.5)
        big.setBold(True)
        f.caseNumber.setFont(big)
        f.sensitiveBadge.setStyleSheet(_badge("#c0392b"))
        f.archivedBadge.setStyleSheet(_badge("#6c757d"))
        f.riskBadge.setStyleSheet(_badge("#a0522d"))
        f.whyNot.setStyleSheet("color: #8a4b00;")
        f.splitter.setStretchFactor(0, 2)
        f.splitter.setStretchFactor(1, 3)
        f.splitter.setStretchFactor(2, 1)
        f.splitter.setSizes([370, 630, 200])
        header = f.timeline.horizontalHeader()
        header.setStretchLastSection(True)
        f.timeline.verticalHeader().setVisible(False)
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        parties = f.partyTree.header()
        parties.setStretchLastSection(False)
        parties.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        parties.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        parties.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # Short values line up with their captions, whatever script they are written in.
        edge = (Qt.AlignmentFlag.AlignRight if self.layoutDirection() == Qt.LayoutDirection.RightToLeft
                else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignAbsolute
        for name in ("category", "forum", "place", "dates", "channel", "risk", "references",
                     "mediators", "closure", "agreementSummary", "whyNot"):
            getattr(f, name).setAlignment(edge | Qt.AlignmentFlag.AlignTop)
        session.events.case_changed.connect(self._case_changed)
        self.reload()

    # ------------------------------------------------------------ loading

    def _case_changed(self, case_id: int) -> None:
        if case_id == self.case_id:
            self.reload()

    def reload(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        try:
            opened = cases.open_case(ctx, actor, self.case_id)
        except Exception as e:  # noqa: BLE001 - shown; the view keeps what it showed
            feedback.show_error(self, e)
            return
        self.view, self.options, self.names = opened.view, opened.options, opened.user_names
        self.forum = opened.forum
        self._show_header()
        self._show_summary()
        self._show_parties()
        self._show_agreement()
        self._show_timeline()
        self._show_actions()

    # ------------------------------------------------------------ showing

    def _digits(self, text: str) -> str:
        return digits(text, self.session.settings.arabic_indic_digits)

    def _show_header(self) -> None:
        v, f = self._v(), self.form
        f.caseNumber.setText(self._digits(v.number).replace("-", "\u2011"))
        stage = Stage(v.stage)
        f.stageBadge.setText(translate(*STAGE_LABELS[stage]))
        f.stageBadge.setStyleSheet(_badge(STAGE_COLOURS.get(stage, "#6c757d")))
        f.sensitiveBadge.setVisible(v.sensitive)
        if v.identities_hidden:
            f.sensitiveBadge.setText(translate("CaseView", "Sensitive case — identities hidden"))
            f.sensitiveBadge.setToolTip(translate(
                "CaseView", "Names, phone numbers, documents, places and notes of this case are "
                            "shown only to those who work on it."))
        f.archivedBadge.setVisible(v.archived)
        risk = []
        if v.violence_risk == "high":
            risk.append(translate("CaseView", "High risk of violence"))
        if v.revenge_risk:
            risk.append(translate("CaseView", "Risk of revenge"))
        f.riskBadge.setText(" · ".join(risk))
        f.riskBadge.setVisible(bool(risk))
        self.setWindowTitle(translate("CaseView", "Case {number}").format(number=v.number))

    def _show_summary(self) -> None:
        v, f, lang = self._v(), self.form, self.session.language
        ref = reference_data(self.session.ctx)
        text = v.description.strip()
        if len(text) > 400:
            text = text[:398] + "…"
        if v.request.strip():
            text += "\n" + translate("CaseView", "Asks for: {request}").format(request=v.request.strip())
        f.description.setText(text)
        f.description.setToolTip(v.description)
        category = ref.categories.get(v.category or "")
        f.category.setText(category.name(lang) if category else translate("CaseView", "Not given"))
        forum = self.forum
        forum_text = ""
        if forum is not None:
            forum_text = {"ar": forum.name_ar, "ckb": forum.name_ckb,
                          "en": forum.name_en}.get(lang) or forum.name_ar
            station = next((s for s in forum.stations if s.id == v.station_id), None)
            if station is not None:
                name = {"ar": station.name_ar, "ckb": station.name_ckb,
                        "en": station.name_en}.get(lang) or station.name_ar
                forum_text += " — " + name
        f.forum.setText(forum_text)
        place = [p.name(lang) for p in (ref.governorates.get(v.governorate or ""),
                                        ref.districts.get(v.district or ""),
                                        ref.subdistricts.get(v.subdistrict or "")) if p]
        place += [x for x in (v.neighbourhood, v.camp) if x]
        f.place.setText(" › ".join(place) if place else translate("CaseView", "Not given"))
        f.dates.setText(translate("CaseView", "Brought on {date}, logged {at}").format(
            date=show_date(self.session, v.intake_date),
            at=show_datetime(self.session, v.created_at)))
        channel = ref.referral_sources.get(v.channel or "")
        f.channel.setText(channel.name(lang) if channel else translate("CaseView", "Not given"))
        risk = translate("CaseView", "Violence: {level}").format(level=label(RISK_LEVELS,
                                                                      v.violence_risk))
        if v.revenge_risk:
            risk += " · " + translate("CaseView", "risk of revenge")
        if v.vulnerable_notes.strip():
            risk += "\n" + v.vulnerable_notes.strip()
        f.risk.setText(risk)
        refs = []
        if v.police_ref:
            refs.append(translate("CaseView", "Police: {ref}").format(ref=v.police_ref))
        if v.court_ref:
            refs.append(translate("CaseView", "Court: {ref}").format(ref=v.court_ref))
        f.references.setText(" · ".join(refs) if refs else "—")
        f.mediators.setText(", ".join(self.names.get(u, "?") for u in v.mediator_ids)
                            or translate("CaseView", "None assigned"))
        closed = v.closure_reason is not None
        if closed:
            reason = ref.closure_reasons.get(v.closure_reason or "")
            text = reason.name(lang) if reason else (v.closure_reason or "")
            if v.closure_note:
                text += " — " + v.closure_note
            f.closure.setText(text)
        f.summaryForm.setRowVisible(8, closed)

    def _show_parties(self) -> None:
        v, tree = self._v(), self.form.partyTree
        tree.clear()
        for p in v.parties:
            name = p.name if p.kind == "person" else f"{label(PARTY_KINDS, p.kind)}: {p.name}"
            consent = translate("CaseView", "Yes") if p.consent else translate("CaseView", "Not yet")
            item = QTreeWidgetItem([name, label(PARTY_ROLES, p.role), consent])
            if p.consent_at:
                item.setToolTip(2, translate("CaseView", "Recorded {at}").format(
                    at=show_datetime(self.session, p.consent_at)))
            if not p.consent:
                item.setForeground(2, QBrush(RED))
            if p.vulnerable:
                item.setToolTip(0, translate("CaseView", "Vulnerable party"))
                item.setText(0, name + " ⚑")
            if p.person is not None and p.person.phone:
                item.setToolTip(0, self._digits(p.person.phone))
            for r in p.representatives:
                rep = translate("CaseView", "Represented by {name}").format(name=r.person.full_name)
                if r.relation:
                    rep += f" ({r.relation})"
                QTreeWidgetItem(item, [rep, "", ""])
            tree.addTopLevelItem(item)
            for i in range(item.childCount()):
                item.child(i).setFirstColumnSpanned(True)
        tree.expandAll()
        # As tall as its rows (up to a point), so the agreement below stays in view.
        rows = sum(1 + len(p.representatives) for p in v.parties)
        height = tree.header().sizeHint().height() + max(rows, 2) * (
            tree.fontMetrics().height() + 8) + 2 * tree.frameWidth() + 4
        tree.setFixedHeight(min(height, 260))

    def _show_agreement(self) -> None:
        a, f = self._v().agreement, self.form
        if a is None:
            f.agreementSummary.setText(translate("CaseView", "No agreement yet."))
            return
        in_force = [c for c in a.clauses if not c.superseded]
        lines = [f"{self._digits(a.number)} · {label(AGREEMENT_STATUS, a.status)} · "
                 f"{label(LANGUAGE_PAIRS, a.languages)}",
                 translate("CaseView", "Clauses: {n}").format(n=self._digits(str(len(in_force))))]
        if a.compensation_iqd:
            lines.append(translate("CaseView", "Compensation: {amount} IQD in {n} instalment(s)").format(
                amount=show_iqd(self.session, a.compensation_iqd),
                n=self._digits(str(len(a.instalments) or 1))))
        signed = sum(1 for s in a.signatories if s.signed_at)
        lines.append(translate("CaseView", "Signatories: {n}, signed: {signed}").format(
            n=self._digits(str(len(a.signatories))), signed=self._digits(str(signed))))
        if a.status == "draft":
            if a.printed_digest and a.printed_digest == a.content_digest:
                lines.append(translate("CaseView", "Printed {at}, as it stands now").format(
                    at=show_datetime(self.session, a.printed_at)))
            elif a.printed_digest:
                lines.append(translate("CaseView", "Changed since it was printed: print it again "
                                            "before signing"))
            else:
                lines.append(translate("CaseView", "Not printed yet"))
        f.agreementSummary.setText("\n".join(lines))

    # ------------------------------------------------------------ the timeline

    def _events(self) -> list[_Event]:
        v, s = self._v(), self.session
        ref = reference_data(s.ctx)
        today = s.ctx.today()
        names = self.names
        out: list[_Event] = []
        seq = 0
        arrow = "←" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "→"

        def at(moment: dt.datetime | None, what: str, details: str = "", who: str = "",
               colour: QColor | None = None) -> None:
            nonlocal seq
            if moment is None:
                return
            local = moment.astimezone() if moment.tzinfo else moment
            seq += 1
            out.append(_Event((local.date(), 0, local.time(), seq), show_datetime(s, moment),
                              what, who, details, colour))

        def on(day: dt.date | None, what: str, details: str = "", who: str = "",
               colour: QColor | None = None) -> None:
            nonlocal seq
            if day is None:
                return
            seq += 1
            # Something dated only by its day was recorded after that day's stage moves.
            out.append(_Event((day, 1, dt.time.max, seq), show_date(s, day), what, who,
                              details, colour))

        if not any(h.move == "log" for h in v.history):
            at(v.created_at, translate("CaseView", "Dispute logged"), "", names.get(v.created_by, ""))
        for h in v.history:
            move = (translate("CaseView", "Dispute logged") if h.move == "log"
                    else label({m.value: MOVE_LABELS[m] for m in Move}, h.move))
            before = translate(*STAGE_LABELS[Stage(h.from_stage)]) if h.from_stage else "—"
            change = f"{before} {arrow} {translate(*STAGE_LABELS[Stage(h.to_stage)])}"
            details = change + (f" — {h.reason}" if h.reason else "")
            at(h.at, move, details, names.get(h.user_id, h.username))
        for p in v.parties:
            if p.consent and p.consent_at:
                at(p.consent_at, translate("CaseView", "Consent to mediation"), p.name)
        for sc in v.screenings:
            flags = len(sc.red_flags)
            details = translate("CaseView", "Decision: {decision}; red flags: {n}").format(
                decision=label(DECISIONS, sc.decision), n=self._digits(str(flags)))
            if sc.notes:
                details += f" — {sc.notes}"
            at(sc.recorded_at, translate("CaseView", "Screening recorded"), details,
               names.get(sc.recorded_by, ""), RED if sc.decision == "refer" else None)
            at(sc.approved_at, translate("CaseView", "Screening approved"),
               label(DECISIONS, sc.decision), names.get(sc.approved_by or 0, ""))
        for r in v.referrals:
            place = ref.referral_destinations.get(r.destination)
            where = place.name(s.language) if place else r.destination
            consent = (translate("CaseView", "with consent") if r.consent
                       else translate("CaseView", "without consent"))
            on(r.referred_on, translate("CaseView", "Referred to {destination}").format(
                destination=where), f"{r.reason} ({consent})")
            if r.outcome != "pending":
                on(r.outcome_on, translate("CaseView", "Referral outcome: {outcome}").format(
                    outcome=label(REFERRAL_OUTCOMES, r.outcome)), r.outcome_note)
        parties = {p.id: p.name for p in v.parties}
        for x in v.sessions:
            parts = [label(SESSION_OUTCOMES, x.outcome)]
            if x.present_party_ids:
                parts.append(translate("CaseView", "Present: {names}").format(
                    names=", ".join(parties.get(i, "?") for i in x.present_party_ids)))
            if x.absent_party_ids:
                parts.append(translate("CaseView", "No-show: {names}").format(
                    names=", ".join(parties.get(i, "?") for i in x.absent_party_ids)))
            if x.place:
                parts.append(x.place)
            if x.next_date:
                parts.append(translate("CaseView", "Next session: {date}").format(
                    date=show_date(s, x.next_date)))
            if x.summary:
                parts.append(x.summary)
            on(x.held_on, translate("CaseView", "Session: {kind}").format(
                kind=label(SESSION_KINDS, x.kind)), "\n".join(parts),
               ", ".join(names.get(u, "?") for u in x.mediator_ids),
               RED if x.absent_party_ids else None)
        for t in v.truces:
            if t.expires_on < today:
                state = translate("CaseView", "expired")
            elif t.starts_on > today:
                state = translate("CaseView", "not started yet")
            else:
                state = translate("CaseView", "in force, {n} day(s) left").format(
                    n=self._digits(str((t.expires_on - today).days)))
            details = "\n".join(x for x in (
                state, translate("CaseView", "Guarantor: {name}").format(name=t.guarantor)
                if t.guarantor else "", t.terms) if x)
            on(t.starts_on, translate("CaseView", "Truce (atwa) until {date}").format(
                date=show_date(s, t.expires_on)), details)
            on(t.expires_on, translate("CaseView", "Truce ends"), "", "",
               GREY if t.expires_on > today else None)
        a = v.agreement
        if a is not None:
            at(a.printed_at, translate("CaseView", "Agreement printed"), a.number)
            at(a.signed_at, translate("CaseView", "Agreement signed"), a.number)
            for am in a.amendments:
                at(am.recorded_at, translate("CaseView", "Agreement amended"), am.reason,
                   names.get(am.recorded_by, ""))
        for fu in v.follow_ups:
            if fu.done_on is not None:
                details = fu.note
                if fu.instalment_paid is not None:
                    paid = (translate("CaseView", "instalment paid") if fu.instalment_paid
                            else translate("CaseView", "instalment not paid"))
                    details = f"{paid}. {details}" if details else paid
                on(fu.done_on, translate("CaseView", "Follow-up: {result}").format(
                    result=label(FOLLOW_UP_RESULTS, fu.result)), details, "",
                   RED if fu.result == "breached" else None)
            elif fu.due_on < today:
                on(fu.due_on, translate("CaseView", "Follow-up overdue"), "", "", RED)
            else:
                on(fu.due_on, translate("CaseView", "Follow-up due"), "", "", GREY)
        out.sort(key=lambda e: e.key)
        return out

    def _show_timeline(self) -> None:
        table = self.form.timeline
        table.setRowCount(0)
        for e in self._events():
            short = "\n".join(" ".join(line.split()) for line in e.details.splitlines()
                              if line.strip())
            if len(short) > 400:
                short = short[:398] + "…"
            row = table.rowCount()
            table.insertRow(row)
            for column, text in enumerate((e.when, e.what, isolate(e.who), isolate(short))):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
                if e.colour is not None:
                    item.setForeground(QBrush(e.colour))
                table.setItem(row, column, item)
            if e.details:
                table.item(row, 3).setToolTip(e.details)
        self._fit_rows()
        table.scrollToBottom()

    def _fit_rows(self) -> None:
        """Share the timeline's width out (the details get the most), then let each row
        be as tall as its wrapped text."""
        table = self.form.timeline
        fm = table.fontMetrics()
        em = fm.horizontalAdvance("M")
        date = fm.horizontalAdvance(self._digits("2026-12-31 23:59")) + em
        rest = max(table.viewport().width() - date, 24 * em)
        table.setColumnWidth(0, date)
        table.setColumnWidth(1, max(int(rest * 0.26), 8 * em))
        table.setColumnWidth(2, max(int(rest * 0.2), 6 * em))
        table.resizeRowsToContents()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        # Wrapped rows are measured at the columns' current widths.
        QTimer.singleShot(0, self._fit_rows)

    # ------------------------------------------------------------ actions

    def _recordings(self) -> list[CaseAction]:
        v, may = self._v(), self.session.may
        stage = Stage(v.stage)
        out: list[CaseAction] = []
        if v.archived:
            return out
        if not v.workable:
            # Another forum's, or another mediator's, case: read (and its summary
            # printed) but not worked on; the moves below say why.
            if may(Action.PRINT_DOCUMENTS):
                out.append(CaseAction("print_summary",
                                      translate("CaseView", "Print the case summary…"),
                                      self.print_case_summary))
            return out
        if stage is S.SCREENING and may(Action.RECORD_SCREENING):
            out.append(CaseAction("record_screening", translate("CaseView", "Record the screening…"),
                                  self.record_screening))
        if stage is S.SCREENING and may(Action.APPROVE_SCREENING):
            latest = v.screenings[-1] if v.screenings else None
            reasons = ()
            if latest is None:
                reasons = (translate("CaseView", "No screening has been recorded yet."),)
            elif latest.approved_at is not None:
                reasons = (translate("CaseView", "The latest screening is already approved."),)
            out.append(CaseAction("approve_screening",
                                  translate("CaseView", "Approve the screening…"),
                                  self.approve_screening, reasons))
        if stage in CONSENT_STAGES and may(Action.RECORD_CONSENT):
            reasons = () if v.parties else (translate("CaseView", "The case has no parties yet."),)
            out.append(CaseAction("record_consent", translate("CaseView", "Record consent…"),
                                  self.record_consent, reasons))
        if stage in MEDIATOR_STAGES and may(Action.ASSIGN_MEDIATOR):
            out.append(CaseAction("assign_mediator", translate("CaseView", "Assign a mediator…"),
                                  self.assign_mediator))
        if stage in SESSION_STAGES and may(Action.RECORD_SESSION):
            out.append(CaseAction("log_session", translate("CaseView", "Log a session…"),
                                  self.log_session))
        if stage in TRUCE_STAGES and may(Action.RECORD_TRUCE):
            out.append(CaseAction("record_truce", translate("CaseView", "Record a truce…"),
                                  self.record_truce))
        a = v.agreement
        draft = a is not None and a.status == "draft"
        if stage in SESSION_STAGES and may(Action.DRAFT_AGREEMENT):
            if draft:
                out.append(CaseAction("edit_agreement", translate("CaseView", "Edit the agreement…"),
                                      self.edit_agreement))
            elif stage is S.MEDIATION:
                out.append(CaseAction("draft_agreement",
                                      translate("CaseView", "Draft the agreement…"),
                                      self.edit_agreement))
        if a is not None and may(Action.PRINT_DOCUMENTS):
            reasons = () if any(not c.superseded for c in a.clauses) else (
                translate("CaseView", "The agreement has no clauses yet."),)
            out.append(CaseAction("print", translate("CaseView", "Print the agreement…"),
                                  self.print_agreement, reasons))
        if may(Action.PRINT_DOCUMENTS):
            if v.referrals:
                out.append(CaseAction("print_referral_letter",
                                      translate("CaseView", "Print the referral letter…"),
                                      self.print_referral_letter))
            if stage in SESSION_STAGES and v.parties:
                out.append(CaseAction("print_invitation",
                                      translate("CaseView", "Print an invitation…"),
                                      self.print_invitation))
            out.append(CaseAction("print_summary", translate("CaseView", "Print the case summary…"),
                                  self.print_case_summary))
        if stage is S.AGREEMENT_DRAFTED and draft and may(Action.MARK_SIGNED):
            out.append(CaseAction("signatures", translate("CaseView", "Signatures…"),
                                  self.signatures))
        if stage in (S.SIGNED, S.FOLLOW_UP) and may(Action.RECORD_FOLLOW_UP):
            out.append(CaseAction("schedule_follow_ups",
                                  translate("CaseView", "Schedule follow-ups…"),
                                  self.schedule_follow_ups))
        if stage is S.FOLLOW_UP and may(Action.RECORD_FOLLOW_UP):
            pending = any(f.done_on is None for f in v.follow_ups)
            reasons = () if pending else (translate("CaseView", "No follow-up is waiting."),)
            out.append(CaseAction("record_follow_up", translate("CaseView", "Record a follow-up…"),
                                  self.record_follow_up, reasons))
        if v.referrals and may(Action.REFER) and stage not in FINAL_STAGES:
            out.append(CaseAction("referral_outcome",
                                  translate("CaseView", "Outcome of the referral…"),
                                  self.referral_outcome))
        if stage in FINAL_STAGES and may(Action.ARCHIVE_CASE):
            out.append(CaseAction("archive", translate("CaseView", "Archive"), self.archive))
        return out

    def _moves(self) -> list[CaseAction]:
        handlers: dict[Move, Callable[[], None]] = {
            Move.SUBMIT_FOR_SCREENING: self.submit_for_screening,
            Move.START_MEDIATION: self.start_mediation,
            Move.REFER: self.refer,
            Move.DRAFT_AGREEMENT: self.finish_draft,
            Move.RETURN_TO_MEDIATION: self.return_to_mediation,
            Move.MARK_SIGNED: self.mark_signed,
            Move.START_FOLLOW_UP: self.start_follow_up,
            Move.CLOSE: self.close_case,
            Move.REOPEN: self.reopen,
            Move.RESCREEN: self.rescreen,
        }
        out = []
        for option in self.options:
            if not self.session.may(MOVE_PERMISSION[option.move]):
                continue      # not this role's to do: not offered at all
            out.append(CaseAction(f"move_{option.move.value}", translate(*MOVE_LABELS[option.move]),
                                  handlers[option.move], tuple(str(r) for r in option.reasons)))
        return out

    def _show_actions(self) -> None:
        f = self.form
        for button in self.buttons.values():
            button.hide()
            button.deleteLater()
        self.buttons.clear()
        self.actions.clear()
        f.whyNot.clear()
        f.whyNot.hide()
        recordings, moves = self._recordings(), self._moves()
        for layout, found in ((f.recordLayout, recordings), (f.moveLayout, moves)):
            for action in found:
                button = QPushButton(action.text)
                name = action.key if action.key.startswith("move_") else f"action_{action.key}"
                button.setObjectName(name)
                button.setAutoDefault(False)
                if action.reasons:
                    button.setEnabled(False)
                    button.setToolTip("\n".join(action.reasons))
                    button.installEventFilter(self._why)
                else:
                    button.clicked.connect(lambda _c=False, a=action: self._act(a))
                layout.addWidget(button)
                button.show()
                self.buttons[name] = button
                self.actions[name] = action
        f.recordCaption.setVisible(bool(recordings))
        f.moveCaption.setVisible(bool(moves))
        f.actionsBox.setVisible(bool(recordings or moves))

    def explain(self, name: str) -> None:
        """The "why not?" line for a greyed action."""
        action = self.actions.get(name)
        if action is None:
            return
        f = self.form
        f.whyNot.setText(translate("CaseView", "Why not “{action}”:").format(
            action=action.text.rstrip("…")) + "\n" + "\n".join(f"• {r}"
                                                             for r in action.reasons))
        f.whyNot.show()

    def _act(self, action: CaseAction) -> None:
        self.form.whyNot.hide()
        action.run()

    def offered(self) -> dict[str, bool]:
        """Every action on offer now and whether it is enabled (for tests and tools)."""
        return {name: b.isEnabled() for name, b in self.buttons.items()}

    # ------------------------------------------------------------ running actions

    def _v(self) -> records.CaseView:
        assert self.view is not None
        return self.view

    def _open(self, controller: CaseDialog) -> CaseDialog:
        self.current = controller
        controller.dialog.finished.connect(lambda _r, c=controller: self._closed(c))
        controller.open()
        return controller

    def _closed(self, controller: CaseDialog) -> None:
        if self.current is controller:
            self.current = None
        controller.dialog.deleteLater()

    def _direct(self, call: Callable[..., Any], *args: Any,
                confirm: tuple[str, str] | None = None, **kwargs: Any) -> bool:
        """A move that needs no form: ask when it matters, call the service, refresh."""
        if confirm is not None:
            answer = QMessageBox.question(self, confirm[0], confirm[1],
                                          QMessageBox.StandardButton.Yes
                                          | QMessageBox.StandardButton.No,
                                          QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            call(self.session.ctx, self.session.actor, *args, **kwargs)
        except StaleRecord as e:
            feedback.show_error(self, e)
            self.reload()
            return False
        except Exception as e:  # noqa: BLE001 - shown; nothing changed
            feedback.show_error(self, e)
            return False
        self.session.events.case_changed.emit(self.case_id)
        return True

    def may_close(self) -> bool:
        """Asked before the tab closes: a dialog with unsaved typing asks first."""
        if self.current is not None and self.current.dialog.isVisible():
            if not self.current.may_close():
                return False
            self.current.dialog.reject()
        return True

    # -- recordings

    def record_screening(self) -> CaseDialog:
        return self._open(ScreeningDialog(self.session, self._v(), self))

    def approve_screening(self) -> CaseDialog:
        return self._open(ScreeningDialog(self.session, self._v(), self, approve=True))

    def record_consent(self) -> CaseDialog:
        return self._open(ConsentDialog(self.session, self._v(), self))

    def assign_mediator(self) -> CaseDialog:
        return self._open(AssignMediatorDialog(self.session, self._v(), self))

    def log_session(self) -> CaseDialog:
        return self._open(SessionDialog(self.session, self._v(), self))

    def record_truce(self) -> CaseDialog:
        return self._open(TruceDialog(self.session, self._v(), self))

    def edit_agreement(self) -> CaseDialog:
        return self._open(AgreementEditor(self.session, self._v(), self))

    def print_agreement(self) -> PdfPreview | None:
        return print_agreement(self.session, self._v(), self)

    def print_referral_letter(self) -> PdfPreview | None:
        return print_referral_letter(self.session, self._v(), self)

    def print_invitation(self) -> CaseDialog:
        return self._open(InvitationDialog(self.session, self._v(), self))

    def print_case_summary(self) -> PdfPreview | None:
        return print_case_summary(self.session, self._v(), self)

    def signatures(self) -> CaseDialog:
        return self._open(SigningDialog(self.session, self._v(), self))

    def schedule_follow_ups(self) -> CaseDialog:
        return self._open(FollowUpScheduleDialog(self.session, self._v(), self))

    def record_follow_up(self) -> CaseDialog:
        return self._open(FollowUpDialog(self.session, self._v(), self))

    def referral_outcome(self) -> CaseDialog:
        return self._open(ReferralOutcomeDialog(self.session, self._v(), self))

    def archive(self) -> None:
        self._direct(followup.archive_case, self.case_id, confirm=(
            translate("CaseView", "Archive"),
            translate("CaseView", "Archive this case? It leaves the working lists; nothing is "
                           "deleted.")))

    # -- moves

    def submit_for_screening(self) -> None:
        self._direct(intake.submit_for_screening, self.case_id, version=self._v().version)

    def start_mediation(self) -> None:
        self._direct(mediation.start_mediation, self.case_id, version=self._v().version)

    def refer(self) -> CaseDialog:
        return self._open(ReferralDialog(self.session, self._v(), self))

    def finish_draft(self) -> None:
        self._direct(agreements.finish_draft, self.case_id, confirm=(
            translate("CaseView", "Agreement drafted"),
            translate("CaseView", "The parties accept this draft? It is then printed and signed.")))

    def return_to_mediation(self) -> CaseDialog:
        return self._open(ReturnToMediationDialog(self.session, self._v(), self))

    def mark_signed(self) -> None:
        self._direct(agreements.mark_signed, self.case_id, confirm=(
            translate("CaseView", "Mark signed"),
            translate("CaseView", "Lock the agreement as signed? After this it changes only by a "
                           "recorded amendment.")))

    def start_follow_up(self) -> None:
        self._direct(agreements.start_follow_up, self.case_id)

    def close_case(self) -> CaseDialog:
        return self._open(CloseCaseDialog(self.session, self._v(), self))

    def reopen(self) -> CaseDialog:
        return self._open(ReopenDialog(self.session, self._v(), self))

    def rescreen(self) -> None:
        self._direct(followup.rescreen, self.case_id)


def _badge(colour: str) -> str:
    return (f"QLabel {{ background: {colour}; color: white; border-radius: 8px; "
            "padding: 2px 10px; font-weight: bold; }")
