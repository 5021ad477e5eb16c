"""The accounts page: who may sign in, with which role and forum; adding accounts,
changing them and setting new passwords (ui/admin_users.ui, ui/admin_user_dialog.ui,
ui/admin_password_dialog.ui)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QVBoxLayout, QWidget

from sulh.domain.errors import ValidationError
from sulh.domain.roles import ROLE_LABELS, Role
from sulh.gui import feedback
from sulh.gui.admin.common import AdminDialog, name_in, select_data, yes_no
from sulh.gui.forms import load_form
from sulh.gui.qt_i18n import translate
from sulh.gui.session import AppSession
from sulh.i18n import QT_TRANSLATE_NOOP, msg
from sulh.services import forums, users
from sulh.services.records import ForumView, UserView

USER_ROLE = Qt.ItemDataRole.UserRole


def role_label(role: str) -> str:
    try:
        return translate(*ROLE_LABELS[Role(role)])
    except ValueError:
        return role


def _password_hint() -> str:
    return translate("UserDialog", "At least {min} characters. A long phrase that is easy to "
                                   "remember is better than a short, complicated word."
                     ).format(min=users.MIN_PASSWORD)


def _check_confirm(password: str, confirm: str) -> None:
    if password != confirm:
        raise ValidationError(msg(QT_TRANSLATE_NOOP("UserDialog", "The two passwords are not the "
                                                                  "same. Type them again.")),
                              field="confirm")


class UserDialog(AdminDialog):
    """A new account (user None) or changes to one: name, role, forum, active."""

    form_name = "admin_user_dialog"

    def __init__(self, session: AppSession, user: UserView | None,
                 forum_list: list[ForumView], parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.user = user
        # What the form was filled with: only fields changed from these are saved, so a
        # save after someone else's change (stale, reloaded) keeps their other changes.
        self.loaded = user
        ui = self.dialog
        for role in Role:
            ui.role.addItem(role_label(role.value), role.value)
        if user is None or user.forum_id is None:
            # The service can set a forum but not take it away again.
            ui.forum_id.addItem(translate("UserDialog", "(no forum)"), None)
        for f in forum_list:
            ui.forum_id.addItem(f"{f.code} — {name_in(f, session.language)}", f.id)
        ui.passwordHint.setText(_password_hint())
        if user is None:
            ui.setWindowTitle(translate("UserDialog", "New user"))
            select_data(ui.role, Role.OFFICER.value)
            ui.form.setRowVisible(ui.active, False)
        else:
            ui.setWindowTitle(translate("UserDialog", "User {name}").format(name=user.username))
            ui.username.setText(user.username)
            ui.username.setReadOnly(True)
            ui.full_name.setText(user.full_name)
            select_data(ui.role, user.role)
            select_data(ui.forum_id, user.forum_id)
            ui.active.setChecked(user.active)
            for widget in (ui.password, ui.confirm, ui.passwordHint):
                ui.form.setRowVisible(widget, False)
            ui.form.setRowVisible(ui.passwordError, False)
            ui.form.setRowVisible(ui.confirmError, False)
            if user.id == session.actor.user_id:
                # Taking one's own administrator role or account away would leave
                # nobody at this PC able to put it right.
                why = translate("UserDialog", "You cannot change your own role or make "
                                              "yourself inactive.")
                for widget in (ui.role, ui.active):
                    widget.setEnabled(False)
                    widget.setToolTip(why)
            ui.full_name.setFocus()

    def save(self) -> None:
        ui, s = self.dialog, self.session
        if self.user is None:
            def create() -> UserView:
                _check_confirm(ui.password.text(), ui.confirm.text())
                return users.create_user(
                    s.ctx, s.actor, username=ui.username.text(),
                    full_name=ui.full_name.text(), role=ui.role.currentData(),
                    password=ui.password.text(), forum_id=ui.forum_id.currentData())
            ok, view = self.run(create)
        else:
            loaded = self.loaded
            assert loaded is not None
            changes: dict[str, Any] = {}
            if ui.full_name.text() != loaded.full_name:
                changes["full_name"] = ui.full_name.text()
            if ui.role.currentData() != loaded.role:
                changes["role"] = ui.role.currentData()
            if ui.forum_id.currentData() != loaded.forum_id:
                changes["forum_id"] = ui.forum_id.currentData()
            if ui.active.isChecked() != loaded.active:
                changes["active"] = ui.active.isChecked()
            if not changes:
                self.done(self.user)
                return
            ok, view = self.run(users.update_user, s.ctx, s.actor, self.user.id,
                                version=self.user.version, **changes)
        if ok:
            self.done(view)

    def reload(self) -> None:
        assert self.user is not None
        self.user = _fresh(self.session, self.user) or self.user

    def stale_record(self) -> object:
        return self.user


class PasswordDialog(AdminDialog):
    """A new password for an account, set by the administrator."""

    form_name = "admin_password_dialog"

    def __init__(self, session: AppSession, user: UserView,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.user = user
        ui = self.dialog
        ui.setWindowTitle(translate("UserDialog", "New password"))
        ui.intro.setText(translate("UserDialog", "A new password for {name} ({username}). Tell "
                                                 "it to them in person; they can sign in with "
                                                 "it at once.")
                         .format(name=user.full_name, username=user.username))
        ui.passwordHint.setText(_password_hint())
        ui.password.setFocus()

    def save(self) -> None:
        ui, s = self.dialog, self.session

        def change() -> UserView:
            _check_confirm(ui.password.text(), ui.confirm.text())
            return users.update_user(s.ctx, s.actor, self.user.id, version=self.user.version,
                                     password=ui.password.text())
        ok, view = self.run(change)
        if ok:
            self.done(view)

    def reload(self) -> None:
        self.user = _fresh(self.session, self.user) or self.user


def _fresh(session: AppSession, user: UserView) -> UserView | None:
    return next((u for u in users.list_users(session.ctx, session.actor) if u.id == user.id),
                None)


class UsersPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dialog: AdminDialog | None = None
        self.users: list[UserView] = []
        self.ui = load_form("admin_users", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.ui)
        table = self.ui.userTable
        table.horizontalHeader().setStretchLastSection(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.itemSelectionChanged.connect(self._update_buttons)
        table.activated.connect(lambda _index: self.edit_user())
        self.ui.addUser.clicked.connect(self.add_user)
        self.ui.editUser.clicked.connect(self.edit_user)
        self.ui.resetPassword.clicked.connect(self.reset_password)
        self.ui.refresh.clicked.connect(lambda: self.refresh())
        self.refresh()

    def refresh(self, select_user: int | None = None) -> None:
        current = self.selected_user()
        if select_user is None and current is not None:
            select_user = current.id
        try:
            self.users = users.list_users(self.session.ctx, self.session.actor)
            forum_names = {f.id: f"{f.code} — {name_in(f, self.session.language)}"
                           for f in self._forums()}
        except Exception as e:  # noqa: BLE001 - shown; the page stays usable
            feedback.show_error(self, e)
            return
        table = self.ui.userTable
        table.setRowCount(len(self.users))
        grey = QBrush(self.palette().color(QPalette.ColorGroup.Disabled,
                                           QPalette.ColorRole.Text))
        for row, u in enumerate(self.users):
            cells = (u.username, u.full_name, role_label(u.role),
                     forum_names.get(u.forum_id, "") if u.forum_id else "", yes_no(u.active))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(USER_ROLE, u.id)
                if not u.active:
                    item.setForeground(grey)
                table.setItem(row, col, item)
            if u.id == select_user:
                table.selectRow(row)
        self._update_buttons()

    def _forums(self) -> list[ForumView]:
        return forums.list_forums(self.session.ctx, self.session.actor)

    def selected_user(self) -> UserView | None:
        rows = self.ui.userTable.selectionModel().selectedRows()
        if not rows:
            return None
        user_id = self.ui.userTable.item(rows[0].row(), 0).data(USER_ROLE)
        return next((u for u in self.users if u.id == user_id), None)

    def _update_buttons(self) -> None:
        chosen = self.selected_user() is not None
        self.ui.editUser.setEnabled(chosen)
        self.ui.resetPassword.setEnabled(chosen)

    def _open(self, dialog: AdminDialog) -> None:
        self.dialog = dialog
        dialog.saved.connect(lambda view: self.refresh(select_user=view.id))
        dialog.open()

    def add_user(self) -> None:
        self._open(UserDialog(self.session, None, self._forums(), self))

    def edit_user(self) -> None:
        user = self.selected_user()
        if user is not None:
            self._open(UserDialog(self.session, user, self._forums(), self))

    def reset_password(self) -> None:
        user = self.selected_user()
        if user is not None:
            self._open(PasswordDialog(self.session, user, self))
