"""Which cases stand behind a figure of the statistics: the SQL condition on a case for
each kind of figure, shared by the figures themselves (`services.statistics`) and the
case list that a figure opens to (`services.cases.CaseFilter.figure`).

Kept apart from `statistics` so that `cases` can use it without importing the
statistics (which import `cases` for `CaseFilter`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import and_, exists, select

from sulh.db import models as m

#: Closure reasons that count as a resolved dispute (the resolution rate's numerator).
RESOLVED_REASONS = ("resolved_fully", "resolved_partly")
#: Displacement statuses counted as "displaced": people living away from home, inside
#: Iraq (IDPs) or from abroad (refugees). Returnees and host-community members are not.
DISPLACED = ("idp", "refugee")
#: A value of a figure's row for "not recorded" (a draft intake without a category ...).
NOT_RECORDED = ""


def _person_parties(*conditions: Any) -> Any:
    """Some individual party (a side that is one person) of the case meets `conditions`."""
    return exists(select(m.Party.id).join(m.Person, m.Person.id == m.Party.person_id).where(
        m.Party.case_id == m.Case.id, m.Party.kind == "person", *conditions))


def _column(column: Any, value: str) -> Any:
    return column.is_(None) if value == NOT_RECORDED else column == value


def figure_condition(kind: str, value: str = "") -> Any:
    """The condition on `m.Case` that picks the cases behind a figure.

    `kind` names the figure (its breakdown or its measure), `value` the row: a code,
    or `NOT_RECORDED`.
    """
    if kind == "category":
        return _column(m.Case.category, value)
    if kind == "channel":
        return _column(m.Case.channel, value)
    if kind == "governorate":
        return _column(m.Case.governorate, value)
    if kind == "stage":
        return m.Case.stage == value
    if kind == "outcome":
        # "any": every case that was closed with a reason (the outcome table's total).
        return m.Case.closure_reason.is_not(None) if value == "any" \
            else m.Case.closure_reason == value
    if kind == "resolved":
        return m.Case.closure_reason.in_(RESOLVED_REASONS)
    if kind == "referred":
        return exists(select(m.Referral.id).where(m.Referral.case_id == m.Case.id))
    if kind == "signed":
        return exists(select(m.Agreement.id).where(m.Agreement.case_id == m.Case.id,
                                                   m.Agreement.signed_at.is_not(None)))
    if kind == "no_show":
        return exists(select(m.SessionAttendance.id)
                      .join(m.MediationSession,
                            m.MediationSession.id == m.SessionAttendance.session_id)
                      .where(m.MediationSession.case_id == m.Case.id,
                             m.SessionAttendance.party_id.is_not(None),
                             m.SessionAttendance.attended.is_(False)))
    if kind == "party_sex":
        return _person_parties(_column(m.Person.sex, value))
    if kind == "party_displacement":
        if value == "displaced":
            return _person_parties(m.Person.displacement.in_(DISPLACED))
        return _person_parties(_column(m.Person.displacement, value))
    if kind == "follow_up":
        return exists(select(m.FollowUp.id).where(
            m.FollowUp.case_id == m.Case.id, m.FollowUp.done_on.is_not(None),
            m.FollowUp.result == value))
    if kind == "follow_up_done":
        return exists(select(m.FollowUp.id).where(
            m.FollowUp.case_id == m.Case.id, m.FollowUp.done_on.is_not(None)))
    if kind == "overdue":
        return overdue_condition(dt.date.fromisoformat(value))
    raise ValueError(f"no such figure: {kind}")


def overdue_condition(today: dt.date) -> Any:
    """A check due before `today` and not done, on a case still in follow-up (a check
    left undone on a case closed or reopened since can no longer be recorded)."""
    return and_(m.Case.stage == "follow_up", exists(select(m.FollowUp.id).where(
        m.FollowUp.case_id == m.Case.id, m.FollowUp.done_on.is_(None),
        m.FollowUp.due_on < today)))
