"""The whole life of a dispute at one shared station PC, driven through the real app:
sign in, log the dispute in the intake form, find it in the list, act on it from the
case view, and hand the PC over at shift change when the next step belongs to
another role.

One path is led by the station officer, one by the forum mediator, and one ends in
a referral.  Each user only ever sees the actions their role allows; the steps that
belong to someone else are done by that person taking over the PC through the lock
screen, as they would at the station.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from sulh.domain.workflow import Stage
from sulh.gui.app import AppController
from sulh.gui.case_view import CaseView
from sulh.gui.intake_form import IntakeForm
from sulh.gui.main_window import VIEW_MINE, MainWindow
from sulh.services import cases, users
from sulh.settings import Settings
from tests.gui.test_case_dialogs import (
    CLOSE,
    SAVE,
    act,
    answer_screening,
    check,
    choose,
    click,
    press,
    tick,
    type_in,
)
from tests.gui.test_intake_form import add_side, type_person, type_text

pytestmark = pytest.mark.gui

#: The people at the desk: user name → (role, password).
STAFF = {
    "huda": ("officer", "huda's long pass phrase"),
    "karwan": ("mediator", "کاروان pass phrase"),
    "layla": ("coordinator", "layla's pass phrase 2026"),
}

#: What each role may do on a case, whatever its stage (the case view's buttons).
NEVER_OFFERED = {
    "officer": {"action_approve_screening", "action_assign_mediator", "move_start_mediation",
                "action_record_truce", "action_draft_agreement", "move_close", "move_reopen",
                "action_archive"},
    "mediator": {"action_record_screening", "action_approve_screening",
                 "action_assign_mediator", "move_close", "move_reopen", "action_archive"},
}


class Desk:
    """The station PC: the app's controller, with people signing in and taking over."""

    def __init__(self, qtbot: Any, world: Any) -> None:
        self.qtbot = qtbot
        self.world = world
        self.controller = AppController(world.ctx, Settings(language="en"))
        self.signed_in: list[str] = []

    def _answer_sign_in(self, username: str) -> None:
        """Type into the sign-in (or lock) screen once it is up: it is modal."""
        _role, password = STAFF[username]

        def fill() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None or dialog.objectName() != "SignInDialog":
                QTimer.singleShot(10, fill)
                return
            dialog.username.setText(username)
            dialog.password.setText(password)
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

        QTimer.singleShot(0, fill)

    def sign_in(self, username: str) -> MainWindow:
        self._answer_sign_in(username)
        assert self.controller.start()
        return self._arrived(username)

    def take_over(self, username: str) -> MainWindow:
        """Lock the screen and let `username` sign in in place of whoever was there."""
        before = self.main
        self._answer_sign_in(username)
        before.window.actionLock.trigger()
        assert self.main is not before
        assert not before.window.isVisible()          # the previous user's window is gone
        return self._arrived(username)

    def _arrived(self, username: str) -> MainWindow:
        mw = self.main
        self.qtbot.addWidget(mw.window)
        assert mw.session.actor.username == username
        assert username in mw.window.statusBar().currentMessage() or \
            mw.session.actor.full_name in mw.window.statusBar().currentMessage()
        self.signed_in.append(username)
        return mw

    @property
    def main(self) -> MainWindow:
        assert self.controller.main is not None
        return self.controller.main

    @property
    def role(self) -> str:
        return self.main.session.actor.role

    def find(self, number: str) -> CaseView:
        """Type the case number in the search box and press Enter: the case opens."""
        w = self.main.window
        w.tabs.setCurrentIndex(0)
        w.searchBox.clear()
        self.qtbot.keyClicks(w.searchBox, number)
        self.qtbot.waitUntil(lambda: self.main.model.rowCount() == 1, timeout=3000)
        self.qtbot.keyClick(w.searchBox, Qt.Key.Key_Return)
        view = w.tabs.currentWidget().property("controller")
        assert isinstance(view, CaseView), "the case did not open"
        assert view.case_id == cases.find_case_id(self.world.ctx, self.main.session.actor,
                                                  number)
        self.check_role_sees_only_its_actions(view)
        return view

    def check_role_sees_only_its_actions(self, view: CaseView) -> None:
        offered = set(view.offered())
        assert not offered & NEVER_OFFERED.get(self.role, set()), (self.role, offered)

    def log_dispute(self, *, category: str, description: str,
                    sides: list[tuple[str, ...]]) -> str:
        """Log a dispute in the intake form from the main window; send it to screening."""
        self.main.window.actionNewCase.trigger()
        form = self.main.window.tabs.currentWidget()
        assert isinstance(form, IntakeForm)
        ui = form.ui
        choose(ui.station_id, self.world.station_id)
        choose(ui.channel, "walk_in")
        choose(ui.category, category)
        type_text(self.qtbot, ui.description, description)
        for i, side in enumerate(sides):
            choose(ui.role, "complainant" if i == 0 else "respondent")
            type_person(self.qtbot, form, side, phone=f"0770{i}123456", sex="male")
            add_side(self.qtbot, form)
        press_key(self.qtbot, ui.submitButton)
        assert form.case is not None, ui.statusLabel.text()
        number = form.case.number
        saved = cases.get_case_view(self.world.ctx, self.main.session.actor, form.case.id)
        assert saved.stage == Stage.SCREENING.value, ui.statusLabel.text()
        assert [p.person.given_name for p in saved.parties] == [s[0] for s in sides]
        self.main.close_tab(self.main.window.tabs.indexOf(form))
        return number


def press_key(qtbot: Any, button: Any) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def case_now(world: Any, number: str) -> Any:
    cid = cases.find_case_id(world.ctx, world.coordinator, number)
    return cases.get_case_view(world.ctx, world.coordinator, cid)


@pytest.fixture
def desk(qtbot: Any, world: Any, no_message_boxes: Any, monkeypatch: pytest.MonkeyPatch,
         tmp_path: Any) -> Iterator[Desk]:
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    for username, (role, password) in STAFF.items():
        users.create_user(world.ctx, world.system, username=username,
                          full_name=username.title(), role=role, password=password,
                          forum_id=world.forum_id)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "printed.pdf"), ""))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    d = Desk(qtbot, world)
    yield d
    assert [k for k, _ in no_message_boxes if k not in ("question", "information")] == [], \
        no_message_boxes


def screen_and_approve(desk: Desk, number: str, *, red_flags: set[str]) -> None:
    """The officer screens; the coordinator takes over and approves the decision."""
    qtbot = desk.qtbot
    assert desk.role == "officer"
    view = desk.find(number)
    assert "action_approve_screening" not in view.offered()
    d = act(qtbot, view, "action_record_screening")
    answer_screening(qtbot, d.dialog, red_flags)
    press(qtbot, d.dialog, SAVE)
    assert not d.dialog.approveButton.isVisible()       # an officer does not approve
    press(qtbot, d.dialog, CLOSE)
    assert case_now(desk.world, number).screenings[-1].approved_at is None

    desk.take_over("layla")
    view = desk.find(number)
    d = act(qtbot, view, "action_approve_screening")
    click(qtbot, d.dialog.approveButton)
    press(qtbot, d.dialog, CLOSE)
    s = case_now(desk.world, number).screenings[-1]
    assert s.approved_by == users.actor_for(desk.world.ctx, "layla").user_id


def test_officer_led_path_from_intake_to_closed(desk, qtbot, world):
    mw = desk.sign_in("huda")
    assert mw.window.actionNewCase.isEnabled()
    number = desk.log_dispute(category="land", description="نزاع على حدود أرض زراعية",
                              sides=[("علي", "حسين", "كاظم", "الجبوري"),
                                     ("هێمن", "کەریم", "ڕەسووڵ", "ئەحمەد")])
    screen_and_approve(desk, number, red_flags=set())

    # The coordinator assigns the mediator and starts mediation; the officer takes the
    # PC back to record consent and the first session.
    view = desk.find(number)
    d = act(qtbot, view, "action_assign_mediator")
    karwan = users.actor_for(world.ctx, "karwan").user_id
    choose(d.dialog.user_id, karwan)
    press(qtbot, d.dialog, SAVE)
    desk.take_over("huda")
    view = desk.find(number)
    assert "move_start_mediation" not in view.offered()   # a mediator's or coordinator's
    d = act(qtbot, view, "action_record_consent")
    tick(d.dialog.parties, {0: True, 1: True})
    press(qtbot, d.dialog, SAVE)
    assert all(p.consent for p in case_now(world, number).parties)

    desk.take_over("karwan")
    view = desk.find(number)
    click(qtbot, view.buttons["move_start_mediation"])
    assert case_now(world, number).stage == Stage.MEDIATION.value

    desk.take_over("huda")
    view = desk.find(number)
    d = act(qtbot, view, "action_log_session")
    qtbot.keyClicks(d.dialog.place, "Station meeting room")
    qtbot.keyClicks(d.dialog.summary, "Both sides heard; they will meet again")
    press(qtbot, d.dialog, SAVE)
    (session,) = case_now(world, number).sessions
    assert session.place == "Station meeting room"
    assert set(session.present_party_ids) == {p.id for p in case_now(world, number).parties}
    assert "action_draft_agreement" not in view.offered()    # the mediator drafts

    # The mediator drafts the agreement and the parties accept it.
    desk.take_over("karwan")
    view = desk.find(number)
    d = act(qtbot, view, "action_draft_agreement")
    e = d.dialog
    e.addTabs.setCurrentWidget(e.freeTab)
    type_in(qtbot, e.text_ar, "يتفق الطرفان على ترسيم الحدود بحضور لجنة المنتدى")
    qtbot.keyClicks(e.text_en, "Both parties agree to mark the boundary before the forum")
    click(qtbot, e.addFreeClause)
    e.tabs.setCurrentWidget(e.signatoriesTab)
    for _ in range(2):
        choose(e.role, "party")
        click(qtbot, e.addSignatory)
    press(qtbot, e, CLOSE)
    click(qtbot, view.buttons["move_draft_agreement"])
    assert case_now(world, number).stage == Stage.AGREEMENT_DRAFTED.value

    # The officer prints it, the parties sign, the officer marks it signed and follows up.
    desk.take_over("huda")
    view = desk.find(number)
    assert not view.offered()["move_mark_signed"]        # not printed yet
    click(qtbot, view.buttons["action_print"])
    (preview,) = [w for w in view.findChildren(QDialog, "PrintPreviewDialog") if w.isVisible()]
    preview.reject()
    a = case_now(world, number).agreement
    assert a.printed_digest == a.content_digest
    d = act(qtbot, view, "action_signatures")
    tick(d.dialog.signatories, {0: True, 1: True})
    click(qtbot, d.dialog.markSigned)
    assert case_now(world, number).stage == Stage.SIGNED.value
    d = act(qtbot, view, "action_schedule_follow_ups")
    press(qtbot, d.dialog, SAVE)
    click(qtbot, view.buttons["move_start_follow_up"])
    for _ in range(2):
        d = act(qtbot, view, "action_record_follow_up")
        choose(d.result, "complied")
        press(qtbot, d.dialog, SAVE)
    done = case_now(world, number)
    assert done.stage == Stage.FOLLOW_UP.value
    assert [f.result for f in done.follow_ups] == ["complied", "complied"]
    assert "move_close" not in view.offered()

    desk.take_over("layla")
    view = desk.find(number)
    d = act(qtbot, view, "move_close")
    choose(d.dialog.reason, "resolved_fully")
    press(qtbot, d.dialog, SAVE)
    closed = case_now(world, number)
    assert closed.stage == Stage.CLOSED.value and closed.closure_reason == "resolved_fully"
    # Who did what is on record, each under their own name.
    huda, layla = (users.actor_for(world.ctx, n).user_id for n in ("huda", "layla"))
    assert closed.created_by == huda
    assert closed.agreement.signatories[0].signed_at is not None
    assert desk.signed_in == ["huda", "layla", "huda", "karwan", "huda", "karwan", "huda",
                              "layla"]


def test_mediator_led_path_from_my_cases_to_closed(desk, qtbot, world):
    # The officer logs and screens it; the coordinator approves and assigns Karwan.
    desk.sign_in("huda")
    number = desk.log_dispute(category="debt", description="دين لم يسدد منذ سنتين",
                              sides=[("سامي", "جبار", "علوان"), ("کاروخ", "ئازاد", "ڕەشید")])
    screen_and_approve(desk, number, red_flags=set())
    view = desk.find(number)
    d = act(qtbot, view, "action_assign_mediator")
    choose(d.dialog.user_id, users.actor_for(world.ctx, "karwan").user_id)
    press(qtbot, d.dialog, SAVE)

    # From here on the mediator does the work: the case waits in "my cases".
    mw = desk.take_over("karwan")
    assert not mw.window.actionNewCase.isEnabled()
    mw.window.viewList.setCurrentRow(VIEW_MINE)
    table = mw.window.caseTable
    qtbot.waitUntil(lambda: mw.model.rowCount() == 1, timeout=3000)
    index = mw.model.index(0, 0)
    assert mw.model.data(index).replace("\u2011", "-") == number
    # Click the row, then Enter opens it.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(index).center())
    qtbot.keyClick(table, Qt.Key.Key_Return)
    view = mw.window.tabs.currentWidget().property("controller")
    assert isinstance(view, CaseView)
    desk.check_role_sees_only_its_actions(view)

    d = act(qtbot, view, "action_record_consent")
    tick(d.dialog.parties, {0: True, 1: True})
    press(qtbot, d.dialog, SAVE)
    click(qtbot, view.buttons["move_start_mediation"])
    p1, p2 = case_now(world, number).parties
    d = act(qtbot, view, "action_log_session")            # the respondent does not come
    tick(d.dialog.present_party_ids, {1: False})
    choose(d.dialog.outcome, "no_show")
    qtbot.keyClicks(d.dialog.summary, "Respondent absent")
    press(qtbot, d.dialog, SAVE)
    d = act(qtbot, view, "action_record_truce")
    type_in(qtbot, d.dialog.guarantor, "الشيخ حميد")
    press(qtbot, d.dialog, SAVE)
    d = act(qtbot, view, "action_log_session")
    qtbot.keyClicks(d.dialog.summary, "Both came; terms agreed")
    press(qtbot, d.dialog, SAVE)
    mediated = case_now(world, number)
    assert [s.absent_party_ids for s in mediated.sessions] == [(p2.id,), ()]
    assert mediated.truces[0].guarantor == "الشيخ حميد"

    d = act(qtbot, view, "action_draft_agreement")
    e = d.dialog
    e.addTabs.setCurrentWidget(e.freeTab)
    type_in(qtbot, e.text_ar, "يسدد الطرف الثاني الدين على قسطين")
    qtbot.keyClicks(e.text_en, "The second party repays the debt in two instalments")
    click(qtbot, e.addFreeClause)
    e.tabs.setCurrentWidget(e.moneyTab)
    qtbot.keyClicks(e.amount_iqd, "500000")
    click(qtbot, e.addInstalment)
    first = e.instalments.cellWidget(0, 1)
    first.clear()
    qtbot.keyClicks(first, "250000")
    click(qtbot, e.addInstalment)
    click(qtbot, e.saveCompensation)
    e.tabs.setCurrentWidget(e.signatoriesTab)
    for _ in range(2):
        choose(e.role, "party")
        click(qtbot, e.addSignatory)
    press(qtbot, e, CLOSE)
    click(qtbot, view.buttons["move_draft_agreement"])
    click(qtbot, view.buttons["action_print"])
    (preview,) = [w for w in view.findChildren(QDialog, "PrintPreviewDialog") if w.isVisible()]
    preview.reject()
    d = act(qtbot, view, "action_signatures")
    tick(d.dialog.signatories, {0: True, 1: True})
    click(qtbot, d.dialog.markSigned)
    d = act(qtbot, view, "action_schedule_follow_ups")
    press(qtbot, d.dialog, SAVE)
    click(qtbot, view.buttons["move_start_follow_up"])
    for paid in (True, True):
        d = act(qtbot, view, "action_record_follow_up")
        choose(d.result, "complied")
        choose(d.dialog.instalment_paid, paid)
        press(qtbot, d.dialog, SAVE)
    followed = case_now(world, number)
    assert followed.stage == Stage.FOLLOW_UP.value
    assert followed.agreement.status == "signed"
    assert [i.amount_iqd for i in followed.agreement.instalments] == [250_000, 250_000]
    assert [f.instalment_paid for f in followed.follow_ups] == [True, True]
    karwan = users.actor_for(world.ctx, "karwan").user_id
    assert {s.mediator_ids for s in followed.sessions} == {(karwan,)}
    assert "move_close" not in view.offered()               # closing is the coordinator's

    desk.take_over("layla")
    view = desk.find(number)
    d = act(qtbot, view, "move_close")
    choose(d.dialog.reason, "resolved_fully")
    press(qtbot, d.dialog, SAVE)
    assert case_now(world, number).stage == Stage.CLOSED.value


def test_referred_case_from_intake_to_closed(desk, qtbot, world):
    desk.sign_in("huda")
    number = desk.log_dispute(category="domestic_violence", description="خلاف عائلي مع تهديد بالعنف",
                              sides=[("زينب", "علي", "حسن"), ("كريم", "جاسم", "محمد")])
    screen_and_approve(desk, number, red_flags={"gbv_or_domestic"})
    assert case_now(world, number).screenings[-1].decision == "refer"

    # Karwan, as mediator, is told why this one cannot be mediated.
    desk.take_over("karwan")
    view = desk.find(number)
    assert not view.offered().get("move_start_mediation", False)

    desk.take_over("huda")
    view = desk.find(number)
    d = act(qtbot, view, "move_refer")
    qtbot.keyClicks(d.dialog.reason, "Domestic violence: family protection")
    choose(d.dialog.destination, "family_child_protection")
    check(qtbot, d.dialog.consent)
    press(qtbot, d.dialog, SAVE)
    assert case_now(world, number).stage == Stage.REFERRED.value
    d = act(qtbot, view, "action_referral_outcome")
    choose(d.dialog.outcome, "accepted")
    press(qtbot, d.dialog, SAVE)
    (r,) = case_now(world, number).referrals
    assert (r.destination, r.consent, r.outcome) == ("family_child_protection", True, "accepted")
    assert "move_close" not in view.offered()

    desk.take_over("layla")
    view = desk.find(number)
    d = act(qtbot, view, "move_close")
    press(qtbot, d.dialog, SAVE)
    closed = case_now(world, number)
    assert (closed.stage, closed.closure_reason) == (Stage.CLOSED.value, "referred")
    assert closed.sessions == () and closed.agreement is None
    assert dt.date.today() - closed.intake_date <= dt.timedelta(days=1)
