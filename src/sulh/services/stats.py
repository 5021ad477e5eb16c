"""Figures computed by the database."""

from __future__ import annotations

from sqlalchemy import func, select

from sulh.db import models as m
from sulh.services.context import ServiceContext


def cases_by_stage(ctx: ServiceContext) -> dict[str, int]:
    with ctx.reading() as uow:
        rows = uow.session.execute(select(m.Case.stage, func.count()).group_by(m.Case.stage))
        return {stage: int(n) for stage, n in rows}
