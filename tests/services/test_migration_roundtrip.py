"""Migrations run on a database full of cases: down to the first revision and back up,
with every row and reference intact (on SQLite the downgrade rebuilds `cases`)."""

from __future__ import annotations

from sqlalchemy import func, select, text

from sulh.db import models as m
from sulh.db.migrate import current_revision, downgrade, head_revision, is_behind, upgrade
from sulh.domain.workflow import Stage
from sulh.services import maintenance
from tests.flows import case_at, new_case

CHILD_TABLES = (m.Party, m.Person, m.Screening, m.MediationSession, m.Agreement,
                m.AgreementClause, m.Signatory, m.FollowUp, m.StageChange, m.AuditEvent)


def _counts(ctx) -> dict[str, int]:
    with ctx.reading() as uow:
        return {t.__tablename__: int(uow.session.scalar(select(func.count()).select_from(t)))
                for t in (m.Case, *CHILD_TABLES)}


def test_down_and_up_again_keeps_every_row(world, backend):
    ctx = world.ctx
    new_case(world)
    case_at(world, Stage.FOLLOW_UP)
    case_at(world, Stage.SIGNED, category="debt")
    before = _counts(ctx)
    assert before["parties"] >= 6 and before["signatories"] >= 6
    downgrade(ctx.engine, "0001")
    assert current_revision(ctx.engine) == "0001"
    assert is_behind(ctx.engine)
    assert _counts_raw(ctx) == before
    upgrade(ctx.engine)
    assert current_revision(ctx.engine) == head_revision()
    assert _counts(ctx) == before
    report = maintenance.verify(ctx, world.admin)
    assert report.ok, report.findings
    if backend == "sqlite":
        with ctx.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            conn.rollback()


def _counts_raw(ctx) -> dict[str, int]:
    """Row counts without the ORM (whose models are at head, ahead of the schema)."""
    with ctx.engine.connect() as conn:
        out = {t.__tablename__: int(conn.execute(text(
            f"SELECT count(*) FROM {t.__tablename__}")).scalar_one())
            for t in (m.Case, *CHILD_TABLES)}
        conn.rollback()
        return out


def test_gbv_cases_are_marked_sensitive(world):
    from sulh.domain.reference import reference

    gbv = next(c for c, label in reference().categories.items()
               if label.extra.get("refer_reason") == "gbv")
    assert new_case(world, category=gbv).sensitive
    assert not new_case(world, category="land").sensitive
