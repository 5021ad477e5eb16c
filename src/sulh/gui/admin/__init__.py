"""The administration tab (ui/admin_panel.ui): forums and stations, user accounts,
reference data, importing cases, backup and restore — each page only for the roles that
may use it.
The services check the role again on every call."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from sulh.domain.roles import Action
from sulh.gui.admin.backup_page import BackupPage
from sulh.gui.admin.forums_page import ForumsPage
from sulh.gui.admin.import_page import ImportPage
from sulh.gui.admin.reference_page import ReferencePage
from sulh.gui.admin.users_page import UsersPage
from sulh.gui.forms import load_form
from sulh.gui.qt_i18n import translate
from sulh.gui.session import AppSession
from sulh.services import reference_data

ADMIN_ACTIONS = (Action.MANAGE_FORUMS, Action.MANAGE_USERS, Action.MANAGE_REFERENCE,
                 Action.IMPORT, Action.BACKUP)


def may_administer(session: AppSession) -> bool:
    return any(session.may(a) for a in ADMIN_ACTIONS)


class AdminPanel(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = load_form("admin_panel", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.ui)
        pages = self.ui.pages
        self.forums_page: ForumsPage | None = None
        self.users_page: UsersPage | None = None
        self.reference_page: ReferencePage | None = None
        self.import_page: ImportPage | None = None
        self.backup_page: BackupPage | None = None
        if session.may(Action.MANAGE_FORUMS):
            self.forums_page = ForumsPage(session, self)
            pages.addTab(self.forums_page, translate("AdminPanel", "&Forums and stations"))
        if session.may(Action.MANAGE_USERS):
            self.users_page = UsersPage(session, self)
            pages.addTab(self.users_page, translate("AdminPanel", "&Users"))
        if session.may(Action.MANAGE_REFERENCE):
            self.reference_page = ReferencePage(session, self)
            pages.addTab(self.reference_page, translate("AdminPanel", "Reference &data"))
        if session.may(Action.IMPORT):
            self.import_page = ImportPage(session, self)
            self.import_page.imported.connect(self.refresh)
            pages.addTab(self.import_page, translate("AdminPanel", "&Import cases"))
        if session.may(Action.BACKUP):
            self.backup_page = BackupPage(session, self)
            self.backup_page.restored.connect(self.refresh)
            pages.addTab(self.backup_page, translate("AdminPanel", "&Backup and restore"))

    def page_titles(self) -> list[str]:
        pages = self.ui.pages
        return [pages.tabText(i).replace("&", "") for i in range(pages.count())]

    def refresh(self) -> None:
        """Read forums, accounts and the lists again (after a restore or an import every
        record may differ)."""
        reference_data.forget(self.session.ctx)
        if self.forums_page is not None:
            self.forums_page.refresh()
        if self.users_page is not None:
            self.users_page.refresh()
        if self.reference_page is not None:
            self.reference_page.show_kind()

    def may_close(self) -> bool:
        if self.import_page is not None and self.import_page.busy:
            QMessageBox.information(
                self, translate("AdminPanel", "Please wait"),
                translate("AdminPanel", "An import or the check of a file is still running. "
                                        "Close this tab when it has finished."))
            return False
        if self.backup_page is not None and self.backup_page.busy:
            QMessageBox.information(
                self, translate("AdminPanel", "Please wait"),
                translate("AdminPanel", "A backup, restore or check is still running. Close "
                                        "this tab when it has finished."))
            return False
        return True
