"""Changing a police station: names, district, active; checked, audited, and refused
when saved from an older copy."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from sulh.db import models as m
from sulh.domain.errors import PermissionDenied, StaleRecord, ValidationError, ValidationErrors
from sulh.services import forums, intake
from sulh.services.reference_data import add_entry


def _station(world):  # type: ignore[no-untyped-def]
    (station,) = forums.forum_by_code(world.ctx, "BGD01").stations
    return station


def test_a_station_is_renamed_moved_and_made_inactive(world):
    ctx = world.ctx
    st = _station(world)
    # An added district of the forum's governorate is a district like any other.
    add_entry(ctx, world.admin, kind="district", code="BGD-11", parent="BGD",
              names={"ar": "الحسينية", "ckb": "حوسەینییە", "en": "Al-Husseiniya"})
    after = forums.update_station(ctx, world.admin, st.id, version=st.version,
                                  name_ckb="بنکەی کەرخ", district="BGD-11", active=False)
    assert (after.name_ckb, after.district, after.active, after.version) == (
        "بنکەی کەرخ", "BGD-11", False, st.version + 1)
    with ctx.reading() as uow:
        event = uow.session.execute(select(m.AuditEvent).where(
            m.AuditEvent.action == "station.update")).scalar_one()
        assert event.entity_id == st.id and "BGD-11" in event.after
    with pytest.raises(ValidationErrors) as exc:     # no new case at an inactive station
        intake.create_case(ctx, world.officer, forum_id=world.forum_id, station_id=st.id)
    assert [e.field for e in exc.value.errors] == ["station_id"]


def test_a_station_change_is_checked(world):
    ctx = world.ctx
    st = _station(world)
    with pytest.raises(ValidationError) as exc:
        forums.update_station(ctx, world.admin, st.id, version=st.version, district="ERB-01")
    assert exc.value.field == "district"
    with pytest.raises(ValidationError) as exc:
        forums.update_station(ctx, world.admin, st.id, version=st.version, name_ar=" ")
    assert exc.value.field == "name_ar"
    with pytest.raises(ValidationError) as exc:
        forums.update_station(ctx, world.admin, st.id, version=st.version,
                              forum_id=world.other_forum_id)
    assert exc.value.field == "forum_id"
    with pytest.raises(PermissionDenied):
        forums.update_station(ctx, world.officer, st.id, version=st.version, name_en="x")
    assert _station(world) == st


def test_a_stale_station_save_is_refused(world):
    ctx = world.ctx
    st = _station(world)
    forums.update_station(ctx, world.admin, st.id, version=st.version, name_en="Karkh")
    with pytest.raises(StaleRecord) as exc:
        forums.update_station(ctx, world.admin, st.id, version=st.version, name_en="Other")
    assert exc.value.details.name_en == "Karkh"
    assert _station(world).name_en == "Karkh"
