"""Roles and what each may do.  Services call `require` before every change."""

from __future__ import annotations

from enum import StrEnum

from sulh.domain.errors import PermissionDenied
from sulh.i18n import QT_TRANSLATE_NOOP, msg


class Role(StrEnum):
    OFFICER = "officer"
    MEDIATOR = "mediator"
    COORDINATOR = "coordinator"
    ADMIN = "admin"
    VIEWER = "viewer"


ROLE_LABELS = {
    Role.OFFICER: QT_TRANSLATE_NOOP("Role", "Station officer"),
    Role.MEDIATOR: QT_TRANSLATE_NOOP("Role", "Forum mediator"),
    Role.COORDINATOR: QT_TRANSLATE_NOOP("Role", "Forum coordinator"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Role", "Administrator"),
    Role.VIEWER: QT_TRANSLATE_NOOP("Role", "Viewer"),
}


class Action(StrEnum):
    VIEW_CASES = "view_cases"
    LOG_CASE = "log_case"                    # intake: create and edit a case, its parties
    RECORD_CONSENT = "record_consent"
    RECORD_SCREENING = "record_screening"
    APPROVE_SCREENING = "approve_screening"
    REFER = "refer"
    ASSIGN_MEDIATOR = "assign_mediator"
    START_MEDIATION = "start_mediation"
    RECORD_SESSION = "record_session"
    RECORD_TRUCE = "record_truce"
    DRAFT_AGREEMENT = "draft_agreement"
    PRINT_DOCUMENTS = "print_documents"
    MARK_SIGNED = "mark_signed"
    AMEND_AGREEMENT = "amend_agreement"
    RECORD_FOLLOW_UP = "record_follow_up"
    CLOSE_CASE = "close_case"
    REOPEN_CASE = "reopen_case"
    ARCHIVE_CASE = "archive_case"
    MANAGE_FORUMS = "manage_forums"
    MANAGE_USERS = "manage_users"
    MANAGE_REFERENCE = "manage_reference"
    BACKUP = "backup"
    EXPORT = "export"
    IMPORT = "import"
    VIEW_STATISTICS = "view_statistics"
    VERIFY = "verify"


_CASEWORK_COMMON = {Action.VIEW_CASES, Action.PRINT_DOCUMENTS, Action.MARK_SIGNED,
                    Action.RECORD_CONSENT, Action.VIEW_STATISTICS}

PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.OFFICER: frozenset(_CASEWORK_COMMON | {
        Action.LOG_CASE, Action.RECORD_SCREENING, Action.REFER, Action.RECORD_SESSION,
        Action.RECORD_FOLLOW_UP,
    }),
    Role.MEDIATOR: frozenset(_CASEWORK_COMMON | {
        Action.START_MEDIATION, Action.RECORD_SESSION, Action.RECORD_TRUCE,
        Action.DRAFT_AGREEMENT, Action.AMEND_AGREEMENT, Action.RECORD_FOLLOW_UP,
        Action.REFER,
    }),
    Role.COORDINATOR: frozenset(_CASEWORK_COMMON | {
        Action.LOG_CASE, Action.RECORD_SCREENING, Action.APPROVE_SCREENING, Action.REFER,
        Action.ASSIGN_MEDIATOR, Action.START_MEDIATION, Action.RECORD_SESSION,
        Action.RECORD_TRUCE, Action.DRAFT_AGREEMENT, Action.AMEND_AGREEMENT,
        Action.RECORD_FOLLOW_UP, Action.CLOSE_CASE, Action.REOPEN_CASE, Action.ARCHIVE_CASE,
        Action.MANAGE_FORUMS, Action.EXPORT,
    }),
    Role.ADMIN: frozenset({
        Action.VIEW_CASES, Action.MANAGE_FORUMS, Action.MANAGE_USERS, Action.MANAGE_REFERENCE,
        Action.BACKUP, Action.EXPORT, Action.IMPORT, Action.VIEW_STATISTICS, Action.VERIFY,
    }),
    Role.VIEWER: frozenset({Action.VIEW_CASES, Action.VIEW_STATISTICS, Action.EXPORT}),
}


def may(role: Role, action: Action) -> bool:
    return action in PERMISSIONS[role]


def require(role: Role, action: Action) -> None:
    if not may(role, action):
        raise PermissionDenied(
            msg(QT_TRANSLATE_NOOP("Rule", "Your role ({role}) may not do this: {action}."),
                role=role.value, action=action.value),
            rule="permission")
