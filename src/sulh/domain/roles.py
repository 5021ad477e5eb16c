"""Roles and what each may do.  Services call `require` before every change."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

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
    MANAGE_FORUM_WORK = "manage_forum_work"  # members, meetings, trainings, survey rounds


#: What each permission lets a user do, for the message that refuses it.
ACTION_LABELS: dict[Action, tuple[str, str]] = {
    Action.VIEW_CASES: QT_TRANSLATE_NOOP("Action", "see cases"),
    Action.LOG_CASE: QT_TRANSLATE_NOOP("Action", "log a dispute or change its intake"),
    Action.RECORD_CONSENT: QT_TRANSLATE_NOOP("Action", "record the parties' consent"),
    Action.RECORD_SCREENING: QT_TRANSLATE_NOOP("Action", "record a screening"),
    Action.APPROVE_SCREENING: QT_TRANSLATE_NOOP("Action", "approve a screening"),
    Action.REFER: QT_TRANSLATE_NOOP("Action", "refer a case"),
    Action.ASSIGN_MEDIATOR: QT_TRANSLATE_NOOP("Action", "assign a mediator"),
    Action.START_MEDIATION: QT_TRANSLATE_NOOP("Action", "start mediation"),
    Action.RECORD_SESSION: QT_TRANSLATE_NOOP("Action", "record a mediation session"),
    Action.RECORD_TRUCE: QT_TRANSLATE_NOOP("Action", "record a truce"),
    Action.DRAFT_AGREEMENT: QT_TRANSLATE_NOOP("Action", "draft an agreement"),
    Action.PRINT_DOCUMENTS: QT_TRANSLATE_NOOP("Action", "print documents"),
    Action.MARK_SIGNED: QT_TRANSLATE_NOOP("Action", "mark an agreement signed"),
    Action.AMEND_AGREEMENT: QT_TRANSLATE_NOOP("Action", "amend a signed agreement"),
    Action.RECORD_FOLLOW_UP: QT_TRANSLATE_NOOP("Action", "record follow-ups"),
    Action.CLOSE_CASE: QT_TRANSLATE_NOOP("Action", "close a case"),
    Action.REOPEN_CASE: QT_TRANSLATE_NOOP("Action", "reopen a case"),
    Action.ARCHIVE_CASE: QT_TRANSLATE_NOOP("Action", "archive a case"),
    Action.MANAGE_FORUMS: QT_TRANSLATE_NOOP("Action", "manage forums and stations"),
    Action.MANAGE_USERS: QT_TRANSLATE_NOOP("Action", "manage user accounts"),
    Action.MANAGE_REFERENCE: QT_TRANSLATE_NOOP("Action", "extend the reference data"),
    Action.BACKUP: QT_TRANSLATE_NOOP("Action", "back up or restore the database"),
    Action.EXPORT: QT_TRANSLATE_NOOP("Action", "export cases"),
    Action.IMPORT: QT_TRANSLATE_NOOP("Action", "import cases"),
    Action.VIEW_STATISTICS: QT_TRANSLATE_NOOP("Action", "see statistics"),
    Action.VERIFY: QT_TRANSLATE_NOOP("Action", "check the database"),
    Action.MANAGE_FORUM_WORK: QT_TRANSLATE_NOOP("Action", "record the forums' members, "
                                                          "meetings, trainings and surveys"),
}


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
        Action.MANAGE_FORUMS, Action.EXPORT, Action.MANAGE_FORUM_WORK,
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
                role=msg(ROLE_LABELS[role]),
                action=msg(ACTION_LABELS[action]) if action in ACTION_LABELS else action.value),
            rule="permission")


# ---------------------------------------------------------------- scope: which cases

class Scope(StrEnum):
    OWN = "own"          # the cases I logged, and those I am assigned to mediate
    FORUM = "forum"      # my forum's cases (and my own, wherever they are)
    ALL = "all"


@dataclass(frozen=True)
class CaseScope:
    """Which cases a role sees (lists, search, a case on screen, exports) and which it
    works on (every change to a case, and the papers printed for its parties);
    `identities`: whether it sees who the people are in the sensitive cases it works on."""

    view: Scope
    work: Scope
    identities: bool


#: Why each row is what it is (DESIGN.md, "The people who use the app"):
#: - An officer's station shares its forum's cases across a shift: whoever is on duty
#:   logs, screens and prints for any of them.
#: - A mediator is given cases by the coordinator.  They see the forum's list (they may
#:   be asked to take over a colleague's case) but record sessions, draft agreements and
#:   follow up only on the cases assigned to them; in a sensitive case of the forum that
#:   is not theirs they see no names.
#: - A coordinator supervises the forum: sees and works on all its cases.
#: - Viewers (directorate, M&E) and administrators see every forum, for statistics and
#:   installation work.  Neither does casework (their permissions refuse every change
#:   to a case), and neither needs to know who the people in a sensitive case are.
#: - A user with no forum is directorate staff: there is no forum to limit them to, so
#:   FORUM means ALL for them.
CASE_SCOPES: dict[Role, CaseScope] = {
    Role.OFFICER: CaseScope(view=Scope.FORUM, work=Scope.FORUM, identities=True),
    Role.MEDIATOR: CaseScope(view=Scope.FORUM, work=Scope.OWN, identities=True),
    Role.COORDINATOR: CaseScope(view=Scope.FORUM, work=Scope.FORUM, identities=True),
    Role.ADMIN: CaseScope(view=Scope.ALL, work=Scope.ALL, identities=False),
    Role.VIEWER: CaseScope(view=Scope.ALL, work=Scope.ALL, identities=False),
}

#: Roles whose exchange files carry sensitive cases whole.  An administrator moves an
#: installation's records to headquarters (and already holds everything in the backups
#: they make); an export is that move, so a hole in it would lose the case there.  Any
#: other exporter's file leaves out the sensitive cases whose identities they may not
#: see, rather than carrying placeholders that an import would plant as names.
EXPORTS_IDENTITIES: frozenset[Role] = frozenset({Role.ADMIN})


class Someone(Protocol):
    """Who is acting, as far as scope goes (services.context.Actor is one)."""

    @property
    def user_id(self) -> int: ...
    @property
    def role(self) -> Role: ...
    @property
    def forum_id(self) -> int | None: ...


@dataclass(frozen=True)
class CaseRef:
    """What the scope rules need to know about a case."""

    forum_id: int
    created_by: int
    mediator_ids: Collection[int]
    sensitive: bool = False


def effective(scope: Scope, who: Someone) -> Scope:
    """The scope as it applies to this user: FORUM without a forum is ALL."""
    return Scope.ALL if scope is Scope.FORUM and who.forum_id is None else scope


def in_scope(scope: Scope, who: Someone, case: CaseRef) -> bool:
    scope = effective(scope, who)
    if scope is Scope.ALL:
        return True
    own = case.created_by == who.user_id or who.user_id in case.mediator_ids
    return own or (scope is Scope.FORUM and case.forum_id == who.forum_id)


def may_see_case(who: Someone, case: CaseRef) -> bool:
    return in_scope(CASE_SCOPES[Role(who.role)].view, who, case)


def may_work_on_case(who: Someone, case: CaseRef) -> bool:
    return in_scope(CASE_SCOPES[Role(who.role)].work, who, case)


def sees_identities(who: Someone, case: CaseRef, *, exporting: bool = False) -> bool:
    """Whether the names, phones, documents and places of the people in this case are
    shown to this user: always in an ordinary case; in a sensitive one, only to those
    who work on it (and, in an exchange file, to the roles of EXPORTS_IDENTITIES)."""
    if not case.sensitive:
        return True
    role = Role(who.role)
    if exporting and role in EXPORTS_IDENTITIES:
        return True
    return CASE_SCOPES[role].identities and may_work_on_case(who, case)


def require_case(who: Someone, case: CaseRef, number: str, *, work: bool) -> None:
    """Refuse a user acting on, or opening, a case outside their scope."""
    if (may_work_on_case if work else may_see_case)(who, case):
        return
    scope = effective(CASE_SCOPES[Role(who.role)].work if work
                      else CASE_SCOPES[Role(who.role)].view, who)
    text = (QT_TRANSLATE_NOOP("Rule", "Case {number} is not assigned to you: only its "
                                      "mediators, and whoever logged it, work on it.")
            if scope is Scope.OWN else
            QT_TRANSLATE_NOOP("Rule", "Case {number} belongs to another forum."))
    raise PermissionDenied(msg(text, number=number), rule="scope")


def require_forum(who: Someone, forum_id: int) -> None:
    """Refuse logging a case for a forum outside the user's scope."""
    if effective(CASE_SCOPES[Role(who.role)].work, who) is Scope.ALL or forum_id == who.forum_id:
        return
    raise PermissionDenied(msg(QT_TRANSLATE_NOOP("Rule", "You log cases for your own forum "
                                                         "only.")), rule="scope")
