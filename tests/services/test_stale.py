"""Optimistic locking: a save made from a copy that someone else has since changed is
refused, the other user's change is kept, and a save from the current copy works."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from sulh.db import models as m
from sulh.domain.errors import StaleRecord
from sulh.domain.workflow import Stage
from sulh.services import agreements, cases, followup, intake, screening
from tests.flows import case_at, new_case


def audit_count(ctx) -> int:  # type: ignore[no-untyped-def]
    with ctx.reading() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(m.AuditEvent)) or 0)


def test_two_users_edit_the_same_case(world):
    ctx, first, second = world.ctx, world.officer, world.coordinator
    case = new_case(world)
    opened_by_first = cases.get_case_view(ctx, first, case.id)
    opened_by_second = cases.get_case_view(ctx, second, case.id)
    assert opened_by_first.version == opened_by_second.version

    saved = intake.update_case(ctx, first, case.id, version=opened_by_first.version,
                               request="إعادة ترسيم الحد بحضور الطرفين")
    assert saved.version > opened_by_first.version
    events = audit_count(ctx)

    with pytest.raises(StaleRecord) as info:
        intake.update_case(ctx, second, case.id, version=opened_by_second.version,
                           request="تعويض مالي", police_ref="123/2026")
    assert info.value.rule == "stale"
    # The refusal carries the record as it is now, so the screen can show what changed.
    assert info.value.details.request == "إعادة ترسيم الحد بحضور الطرفين"
    assert info.value.details.version == saved.version

    now = cases.get_case_view(ctx, second, case.id)
    assert now.request == "إعادة ترسيم الحد بحضور الطرفين" and now.police_ref == ""
    assert now.version == saved.version
    assert audit_count(ctx) == events

    again = intake.update_case(ctx, second, case.id, version=now.version,
                               request="تعويض مالي", police_ref="123/2026")
    assert (again.request, again.police_ref) == ("تعويض مالي", "123/2026")
    assert again.version > now.version


def test_a_stage_move_from_an_old_copy_is_refused(world):
    ctx = world.ctx
    case = case_at(world, Stage.MEDIATION)
    seen = cases.get_case_view(ctx, world.coordinator, case.id)
    intake.update_case(ctx, world.officer, case.id, version=seen.version, court_ref="7/ب")
    with pytest.raises(StaleRecord):
        followup.close_case(ctx, world.coordinator, case.id, reason="no_agreement",
                            version=seen.version)
    assert cases.get_case_view(ctx, world.coordinator, case.id).stage == "mediation"
    current = cases.get_case_view(ctx, world.coordinator, case.id)
    closed = followup.close_case(ctx, world.coordinator, case.id, reason="no_agreement",
                                 version=current.version)
    assert closed.stage == "closed"


def test_two_users_edit_the_same_party_and_person(world):
    ctx, first, second = world.ctx, world.officer, world.coordinator
    case = new_case(world)
    p = cases.get_case_view(ctx, first, case.id).parties[0]
    intake.update_party(ctx, first, p.id, version=p.version, name="عائلة الجبوري", kind="family")
    with pytest.raises(StaleRecord) as info:
        intake.update_party(ctx, second, p.id, version=p.version, vulnerable=True)
    assert info.value.details.name == "عائلة الجبوري"
    with pytest.raises(StaleRecord):
        intake.record_consent(ctx, second, p.id, consent=True, version=p.version)
    now = cases.get_case_view(ctx, second, case.id).parties[0]
    assert (now.name, now.kind, now.vulnerable, now.consent) == (
        "عائلة الجبوري", "family", False, False)
    updated = intake.update_party(ctx, second, p.id, version=now.version, vulnerable=True)
    assert updated.vulnerable and updated.name == "عائلة الجبوري"

    person = cases.get_case_view(ctx, first, case.id).parties[1].person
    assert person is not None
    intake.update_person(ctx, first, person.id, version=person.version, phone="07801112233")
    with pytest.raises(StaleRecord) as info:
        intake.update_person(ctx, second, person.id, version=person.version, birth_year=1980)
    assert info.value.details.phone == "07801112233"
    after = cases.get_case_view(ctx, second, case.id).parties[1].person
    assert after is not None and after.phone == "07801112233" and after.birth_year is None


def test_two_mediators_edit_the_same_agreement(world):
    ctx, med = world.ctx, world.mediator
    case = case_at(world, Stage.MEDIATION)
    a = agreements.create_agreement(ctx, med, case.id, languages="ar+en")
    mine = agreements.get_agreement(ctx, med, a.id)
    theirs = agreements.get_agreement(ctx, world.coordinator, a.id)

    saved = agreements.add_clause(ctx, med, a.id, version=mine.version, library_code="no_revenge")
    for attempt in (
        lambda: agreements.add_clause(ctx, world.coordinator, a.id, version=theirs.version,
                                      library_code="no_threats"),
        lambda: agreements.set_compensation(ctx, world.coordinator, a.id,
                                            version=theirs.version, amount_iqd=750_000),
        lambda: agreements.set_languages(ctx, world.coordinator, a.id, languages="ar+ckb",
                                         version=theirs.version),
    ):
        with pytest.raises(StaleRecord):
            attempt()
    now = agreements.get_agreement(ctx, world.coordinator, a.id)
    assert [c.library_code for c in now.clauses] == ["no_revenge"]
    assert (now.compensation_iqd, now.languages, now.version) == (0, "ar+en", saved.version)

    # A change to a clause moves the whole agreement's version: the clause edit
    # made from the old copy of the agreement is stale too.
    clause = now.clauses[0]
    agreements.update_clause(ctx, med, clause.id, version=now.version,
                             texts={"en": "No revenge, by word or deed."})
    with pytest.raises(StaleRecord):
        agreements.update_clause(ctx, world.coordinator, clause.id, version=now.version,
                                 texts={"en": "Something else."})
    latest = agreements.get_agreement(ctx, world.coordinator, a.id)
    assert latest.clauses[0].texts["en"] == "No revenge, by word or deed."
    done = agreements.set_compensation(ctx, world.coordinator, a.id, version=latest.version,
                                       amount_iqd=750_000)
    assert done.compensation_iqd == 750_000


def test_a_screening_approved_from_an_old_copy_is_refused(world):
    ctx = world.ctx
    case = case_at(world, Stage.SCREENING)
    s = screening.record_screening(ctx, world.officer, case.id, answers={
        "serious_crime": False, "needs_court_approval": False, "gbv_or_domestic": False,
        "child_at_risk": False, "coercion_or_imbalance": False, "all_consent_freely": True})
    first = screening.approve_screening(ctx, world.coordinator, s.id, version=s.version)
    with pytest.raises(StaleRecord):
        screening.approve_screening(ctx, world.coordinator, s.id, version=s.version)
    assert cases.get_case_view(ctx, world.coordinator, case.id).screenings[0].version == \
        first.version


def test_two_sessions_on_one_row_raise_stale_data_error(world):
    """The guarantee underneath: `version_id_col` makes the second UPDATE match no row.

    Each side reads in its own transaction and writes in a later one, as a screen
    does (a read transaction kept open on SQLite would instead fail to upgrade to a
    write lock once the other side has committed).
    """
    engine = world.ctx.engine
    case = new_case(world)
    with Session(engine, expire_on_commit=False) as one, \
            Session(engine, expire_on_commit=False) as two:
        row_one = one.get(m.Case, case.id)
        row_two = two.get(m.Case, case.id)
        assert row_one is not None and row_two is not None
        base = row_one.version
        assert row_two.version == base
        one.commit()
        two.commit()

        row_one.request = "first"
        one.commit()
        assert row_one.version == base + 1

        row_two.request = "second"
        with pytest.raises(StaleDataError):
            two.commit()
        two.rollback()

    with Session(engine) as check:
        row = check.get(m.Case, case.id)
        assert row is not None and (row.request, row.version) == ("first", base + 1)
