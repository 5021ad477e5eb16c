"""Reference data an administrator adds: checked like the shipped lists, used by every
service of *that* database only, withdrawn but never removed, and carried in exchange
files to the installations that import its cases."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from sulh.db import models as m
from sulh.domain.errors import (
    ClauseRefused,
    MoveRefused,
    PermissionDenied,
    StaleRecord,
    ValidationError,
    ValidationErrors,
)
from sulh.domain.reference import choices, reference
from sulh.domain.workflow import Stage
from sulh.services import agreements, cases, exchange, followup, intake, screening
from sulh.services.context import ServiceContext
from sulh.services.reference_data import (
    add_entry,
    list_additions,
    reference_data,
    set_entry_active,
    suggest_place_code,
)
from tests.conftest import make_world, new_database_url
from tests.flows import case_at, new_case

WATER = {"ar": "نزاع على مياه الري", "ckb": "ناکۆکی لەسەر ئاوی کشتوکاڵ",
         "en": "Irrigation water"}


def _fields(exc: ValidationErrors) -> set[str]:
    return {e.field or "" for e in exc.errors}


def _events(ctx: ServiceContext, action: str) -> list[tuple[str, int | None, str]]:
    """(action, entity id, after) of the audit events of one kind."""
    with ctx.reading() as uow:
        return [tuple(r) for r in uow.session.execute(  # type: ignore[misc]
            select(m.AuditEvent.action, m.AuditEvent.entity_id, m.AuditEvent.after)
            .where(m.AuditEvent.action == action))]


def test_an_added_category_is_offered_used_and_audited(world):
    ctx = world.ctx
    entry = add_entry(ctx, world.admin, kind="category", code="irrigation_water", names=WATER,
                      extra={"must_refer": False})
    ref = reference_data(ctx)
    assert ref.categories["irrigation_water"].name("ckb") == WATER["ckb"]
    assert "irrigation_water" in choices(ref.categories)
    assert "irrigation_water" not in reference().categories      # the shipped base stays
    case = intake.create_case(ctx, world.officer, forum_id=world.forum_id,
                              category="irrigation_water")
    assert cases.get_case_view(ctx, world.officer, case.id).category == "irrigation_water"
    ((_, entity_id, after),) = _events(ctx, "reference.add")
    assert entity_id == entry.id and "irrigation_water" in after
    assert [e.code for e in list_additions(ctx, world.admin)] == ["irrigation_water"]


def test_a_category_that_must_be_referred_makes_its_cases_sensitive(world):
    ctx = world.ctx
    add_entry(ctx, world.admin, kind="category", code="forced_labour",
              names={"ar": "العمل القسري", "ckb": "کاری زۆرەملێ", "en": "Forced labour"},
              extra={"must_refer": True, "refer_reason": "child_at_risk"})
    case = new_case(world, category="forced_labour")
    assert case.sensitive
    assert reference_data(ctx).must_refer("forced_labour")


def test_names_in_three_languages_and_a_free_code_are_required(world):
    ctx = world.ctx
    with pytest.raises(ValidationErrors) as exc:
        add_entry(ctx, world.admin, kind="category", code="Bad Code",
                  names={"ar": "اسم", "ckb": " ", "en": ""})
    assert _fields(exc.value) == {"name_ckb", "name_en", "code"}
    for code in ("land", "debt"):                        # shipped codes are taken
        with pytest.raises(ValidationErrors) as exc:
            add_entry(ctx, world.admin, kind="category", code=code, names=WATER)
        assert _fields(exc.value) == {"code"} and code in str(exc.value)
    add_entry(ctx, world.admin, kind="referral_source", code="school", extra={},
              names={"ar": "مدرسة", "ckb": "قوتابخانە", "en": "School"})
    with pytest.raises(ValidationErrors) as exc:         # and so are added ones
        add_entry(ctx, world.admin, kind="referral_source", code="school",
                  names={"ar": "مدرسة", "ckb": "قوتابخانە", "en": "School"})
    assert _fields(exc.value) == {"code"}
    with pytest.raises(ValidationErrors) as exc:
        add_entry(ctx, world.admin, kind="category", code="feud", names=WATER,
                  extra={"must_refer": True})            # referred, but why?
    assert _fields(exc.value) == {"refer_reason"}
    with pytest.raises(ValidationErrors) as exc:
        add_entry(ctx, world.admin, kind="referral_destination", code="mayor", names=WATER,
                  extra={"kind": "somewhere"})
    assert _fields(exc.value) == {"destination_kind"}
    assert list_additions(ctx, world.admin) == [list_additions(ctx, world.admin)[0]]


def test_only_an_administrator_extends_the_lists(world):
    for role in ("officer", "mediator", "coordinator", "viewer"):
        with pytest.raises(PermissionDenied):
            add_entry(world.ctx, world.actor(role), kind="category", code="water", names=WATER)
    assert list_additions(world.ctx, world.admin) == []


@pytest.mark.parametrize(("texts", "rule"), [
    pytest.param({"ar": "يتعهد {party_a} بتزويج ابنته إلى {party_b} تسوية للنزاع.",
                  "ckb": "{party_a} کچەکەی دەدات بە {party_b} بۆ چارەسەرکردنی ناکۆکییەکە.",
                  "en": "{party_a} gives his daughter in marriage to {party_b}."},
                 "person_as_compensation", id="fasliya"),
    pytest.param({"ar": "يتنازل الطرفان عن قضية القتل مقابل التعويض.",
                  "ckb": "هەردوو لایەن واز لە دۆسیەی کوشتنەکە دەهێنن.",
                  "en": "The parties waive the murder case for compensation."},
                 "unsettleable_offence", id="murder"),
])
def test_a_library_clause_is_refused_like_a_free_clause(world, texts, rule):
    with pytest.raises(ClauseRefused) as exc:
        add_entry(world.ctx, world.admin, kind="clause", code="bad_clause", names=texts,
                  extra={"kind": "compensation"})
    assert exc.value.rule == rule and (exc.value.field or "").startswith("text_")
    assert list_additions(world.ctx, world.admin) == []
    assert "bad_clause" not in reference_data(world.ctx).clauses


def test_a_library_clause_asks_only_for_known_values_in_every_language(world):
    ctx = world.ctx
    with pytest.raises(ValidationErrors) as exc:
        add_entry(ctx, world.admin, kind="clause", code="visit", extra={"kind": "security"},
                  names={"ar": "يزور {party_a} الطرف الآخر خلال {days} يوماً.",
                         "ckb": "{party_a} لە ماوەی {days} ڕۆژدا سەردانی لایەنەکەی تر دەکات.",
                         "en": "{party_a} visits {the_sheikh} within {days} days."})
    assert _fields(exc.value) == {"text_en"}
    with pytest.raises(ValidationErrors) as exc:
        add_entry(ctx, world.admin, kind="clause", code="visit", extra={"kind": "security"},
                  names={"ar": "يزور {party_a} الطرف الآخر خلال {days} يوماً.",
                         "ckb": "{party_a} سەردانی لایەنەکەی تر دەکات.",
                         "en": "{party_a} visits the other side within {days} days."})
    assert _fields(exc.value) == {"text_en"} and "same values" in str(exc.value)


def test_an_added_clause_goes_into_an_agreement_filled_in(world):
    ctx = world.ctx
    add_entry(ctx, world.admin, kind="clause", code="eid_visit", extra={"kind": "security"},
              names={"ar": "يزور {party_a} بيت {party_b} في العيد.",
                     "ckb": "{party_a} لە جەژندا سەردانی ماڵی {party_b} دەکات.",
                     "en": "{party_a} visits the house of {party_b} at Eid."})
    case = case_at(world, Stage.MEDIATION)
    a = agreements.create_agreement(ctx, world.mediator, case.id)
    a = agreements.add_clause(ctx, world.mediator, a.id, version=a.version,
                              library_code="eid_visit",
                              params={"party_a": "علي", "party_b": "أحمد"})
    (clause,) = a.clauses
    assert clause.library_code == "eid_visit"
    assert clause.texts["ar"] == "يزور علي بيت أحمد في العيد."


def test_districts_and_sub_districts_join_their_places(world):
    ctx = world.ctx
    assert suggest_place_code(ctx, "district", "BGD") == "BGD-11"
    add_entry(ctx, world.admin, kind="district", code="BGD-11", parent="BGD",
              names={"ar": "الحسينية", "ckb": "حوسەینییە", "en": "Al-Husseiniya"})
    assert suggest_place_code(ctx, "subdistrict", "BGD-11") == "BGD-11-01"
    add_entry(ctx, world.admin, kind="subdistrict", code="bgd-11-01", parent="BGD-11",
              names={"ar": "المعامل", "ckb": "مەعامیل", "en": "Al-Maamil"})
    ref = reference_data(ctx)
    assert ref.district_in("BGD-11", "BGD") and ref.subdistrict_in("BGD-11-01", "BGD-11")
    assert "BGD-11" in [d.code for d in ref.governorates["BGD"].children]
    case = intake.create_case(ctx, world.officer, forum_id=world.forum_id, governorate="BGD",
                              district="BGD-11", subdistrict="BGD-11-01")
    assert (case.district, case.subdistrict) == ("BGD-11", "BGD-11-01")
    with pytest.raises(ValidationErrors) as exc:
        intake.create_case(ctx, world.officer, forum_id=world.forum_id, governorate="ERB",
                           district="BGD-11")
    assert _fields(exc.value) == {"district"}
    with pytest.raises(ValidationErrors) as exc:   # a code that does not fit its parent
        add_entry(ctx, world.admin, kind="district", code="ERB-40", parent="BGD",
                  names={"ar": "س", "ckb": "س", "en": "S"})
    assert _fields(exc.value) == {"code"}


def test_a_withdrawn_entry_names_old_cases_but_is_not_chosen_again(world):
    ctx = world.ctx
    entry = add_entry(ctx, world.admin, kind="category", code="irrigation_water", names=WATER)
    old = intake.create_case(ctx, world.officer, forum_id=world.forum_id,
                             category="irrigation_water")
    withdrawn = set_entry_active(ctx, world.admin, entry.id, active=False,
                                 version=entry.version)
    ref = reference_data(ctx)
    assert ref.categories["irrigation_water"].name("en") == "Irrigation water"
    assert "irrigation_water" not in choices(ref.categories)
    with pytest.raises(ValidationErrors) as exc:
        intake.create_case(ctx, world.officer, forum_id=world.forum_id,
                           category="irrigation_water")
    assert _fields(exc.value) == {"category"} and "no longer offered" in str(exc.value)
    # The old case still has it, and can be edited otherwise.
    view = cases.get_case_view(ctx, world.officer, old.id)
    intake.update_case(ctx, world.officer, old.id, version=view.version, police_ref="P/1")
    assert cases.get_case_view(ctx, world.officer, old.id).category == "irrigation_water"
    with pytest.raises(StaleRecord):                        # saved from an old copy
        set_entry_active(ctx, world.admin, entry.id, active=True, version=entry.version)
    set_entry_active(ctx, world.admin, entry.id, active=True, version=withdrawn.version)
    assert "irrigation_water" in choices(reference_data(ctx).categories)
    assert [e[0] for e in _events(ctx, "reference.deactivate")] == ["reference.deactivate"]


def test_an_added_closure_reason_follows_the_rule_it_counts_as(world):
    ctx = world.ctx
    add_entry(ctx, world.admin, kind="closure_reason", code="settled_by_elders",
              names={"ar": "سويت عشائرياً", "ckb": "بە ڕێگای هۆزایەتی چارەسەر کرا",
                     "en": "Settled by the elders"}, extra={"counts_as": "no_agreement"})
    at_intake = new_case(world)
    with pytest.raises(MoveRefused) as exc:               # no_agreement does not fit intake
        followup.close_case(ctx, world.coordinator, at_intake.id, reason="settled_by_elders")
    assert exc.value.rule == "closure_reason_stage"
    assert "“Settled by the elders”" in str(exc.value) and "“Intake”" in str(exc.value)
    mediated = case_at(world, Stage.MEDIATION)
    closed = followup.close_case(ctx, world.coordinator, mediated.id,
                                 reason="settled_by_elders")
    assert (closed.stage, closed.closure_reason) == ("closed", "settled_by_elders")
    with pytest.raises(ValidationError):
        followup.close_case(ctx, world.coordinator, at_intake.id, reason="no_such_reason")


def test_an_added_destination_takes_referrals(world):
    ctx = world.ctx
    add_entry(ctx, world.admin, kind="referral_destination", code="women_shelter",
              names={"ar": "دار إيواء النساء", "ckb": "خانەی حەوانەوەی ئافرەتان",
                     "en": "Women's shelter"}, extra={"kind": "gbv_service"})
    case = case_at(world, Stage.SCREENING)
    view = screening.refer_case(ctx, world.officer, case.id, destination="women_shelter",
                                reason="خطر على الزوجة", consent=True)
    assert view.stage == "referred" and view.referrals[-1].destination == "women_shelter"


def test_databases_never_see_each_others_additions(world, backend, request, tmp_path):
    other = ServiceContext.open(new_database_url(backend, request, tmp_path))
    try:
        elsewhere = make_world(other)
        add_entry(world.ctx, world.admin, kind="category", code="irrigation_water",
                  names=WATER)
        assert "irrigation_water" in reference_data(world.ctx).categories
        assert "irrigation_water" not in reference_data(other).categories
        with pytest.raises(ValidationErrors):
            intake.create_case(other, elsewhere.officer, forum_id=elsewhere.forum_id,
                               category="irrigation_water")
    finally:
        other.close()


def test_another_pc_sees_an_addition_at_its_next_save(world, db_url):
    # Two PCs on one database: each its own engine.
    second = ServiceContext.open(db_url)
    try:
        assert "irrigation_water" not in reference_data(second).categories
        add_entry(world.ctx, world.admin, kind="category", code="irrigation_water",
                  names=WATER)
        case = intake.create_case(second, world.officer, forum_id=world.forum_id,
                                  category="irrigation_water")
        assert case.category == "irrigation_water"
    finally:
        second.close()


def test_additions_travel_with_the_cases_that_use_them(world, backend, request, tmp_path):
    ctx = world.ctx
    add_entry(ctx, world.admin, kind="category", code="irrigation_water", names=WATER)
    add_entry(ctx, world.admin, kind="district", code="BGD-11", parent="BGD",
              names={"ar": "الحسينية", "ckb": "حوسەینییە", "en": "Al-Husseiniya"})
    withdrawn = add_entry(ctx, world.admin, kind="referral_source", code="school",
                          names={"ar": "مدرسة", "ckb": "قوتابخانە", "en": "School"})
    set_entry_active(ctx, world.admin, withdrawn.id, active=False, version=withdrawn.version)
    case = intake.create_case(ctx, world.officer, forum_id=world.forum_id,
                              category="irrigation_water", district="BGD-11")
    path = tmp_path / "station.sulh.json"
    exchange.export_cases(ctx, world.admin, path)
    there = ServiceContext.open(new_database_url(backend, request, tmp_path))
    try:
        hq = make_world(there)
        preview = exchange.preview_file(there, hq.admin, path)
        assert preview.ok and {(a.kind, a.code) for a in preview.additions} == {
            ("category", "irrigation_water"), ("district", "BGD-11"),
            ("referral_source", "school")}
        report = exchange.import_file(there, hq.admin, path)
        assert report.created == 1
        ref = reference_data(there)
        assert ref.categories["irrigation_water"].name("ar") == WATER["ar"]
        assert ref.district_in("BGD-11", "BGD")
        assert "school" in ref.referral_sources and "school" not in choices(
            ref.referral_sources)                           # withdrawn there as here
        imported = cases.get_case_view(there, hq.admin, cases.find_case_id(
            there, hq.admin, case.number))
        assert (imported.category, imported.district) == ("irrigation_water", "BGD-11")
        origins = {e.code: e.origin for e in list_additions(there, hq.admin)}
        assert set(origins.values()) == {exchange.installation_id(ctx, world.admin)}
        # Importing again adds nothing twice.
        again = exchange.import_file(there, hq.admin, path)
        assert again.created == 0 and len(list_additions(there, hq.admin)) == 3
    finally:
        there.close()


def test_an_entry_known_elsewhere_with_another_meaning_stops_the_import(world, backend,
                                                                         request, tmp_path):
    ctx = world.ctx
    add_entry(ctx, world.admin, kind="category", code="feud", names=WATER,
              extra={"must_refer": False})
    intake.create_case(ctx, world.officer, forum_id=world.forum_id, category="feud")
    path = tmp_path / "station.sulh.json"
    exchange.export_cases(ctx, world.admin, path)
    there = ServiceContext.open(new_database_url(backend, request, tmp_path))
    try:
        hq = make_world(there)
        # Headquarters has its own "feud", which must be referred.
        add_entry(there, hq.admin, kind="category", code="feud", names=WATER,
                  extra={"must_refer": True, "refer_reason": "serious_crime"})
        problems = exchange.check_file(there, path)
        assert [(p.record, p.field) for p in problems] == [("reference entry feud", "extra")]
        with pytest.raises(exchange.ImportRefused):
            exchange.import_file(there, hq.admin, path)
        assert cases.count_cases(there, hq.admin) == 0
    finally:
        there.close()


def test_a_file_with_a_refused_clause_addition_is_refused_whole(world, tmp_path):
    import json

    ctx = world.ctx
    new_case(world)
    path = tmp_path / "station.sulh.json"
    exchange.export_cases(ctx, world.admin, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["reference_additions"] = [{
        "kind": "clause", "code": "bad", "extra": {"kind": "compensation"},
        "names": {"ar": "فصلية", "ckb": "ژن بە ژن", "en": "a bride is given"}}]
    bad = Path(tmp_path / "bad.sulh.json")
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    problems = exchange.check_file(ctx, bad)
    assert [(p.record, p.field) for p in problems] == [("reference entry bad", "text_ar")]
    assert "may never offer a person" in str(problems[0])
