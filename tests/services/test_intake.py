"""Intake: drafts, field checks that name each field, text kept exactly as typed,
duplicate people found however their names and numbers were typed, and search."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from sulh.db import models as m
from sulh.domain.errors import ValidationErrors
from sulh.services import cases, intake
from tests.flows import new_case

AHMED = "أحمد جاسم محمد العبيدي"      # the second party of every tests.flows case
AHMED_PHONE = "07701234561"


def stored(ctx) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    with ctx.reading() as uow:
        s = uow.session
        return tuple(int(s.scalar(select(func.count()).select_from(t)) or 0)  # type: ignore[return-value]
                     for t in (m.Case, m.CaseNumberCounter, m.AuditEvent))


def test_a_draft_needs_only_the_forum(world):
    ctx = world.ctx
    draft = intake.create_case(ctx, world.officer, forum_id=world.forum_id)
    assert draft.stage == "intake"
    assert draft.number == f"BGD01-{ctx.today().year}-00001"
    assert (draft.category, draft.channel, draft.description) == (None, None, "")
    assert draft.governorate == "BGD"          # the forum's
    assert draft.intake_date == ctx.today()
    assert draft.created_by == world.officer.user_id
    assert set(draft.missing_for_screening) == {"category", "description", "channel"}
    v = cases.get_case_view(ctx, world.officer, draft.id)
    assert [(h.from_stage, h.to_stage, h.move) for h in v.history] == [(None, "intake", "log")]
    # Completed later, it is no longer missing anything.
    done = intake.update_case(ctx, world.officer, draft.id, version=v.version, category="debt",
                              channel="phone", description="دين غير مسدد")
    assert done.missing_for_screening == ()


def test_a_district_of_the_forums_governorate_is_accepted_without_naming_it(world):
    v = intake.create_case(world.ctx, world.officer, forum_id=world.forum_id,
                           district="BGD-01")
    assert (v.governorate, v.district) == ("BGD", "BGD-01")
    with pytest.raises(ValidationErrors) as info:
        intake.create_case(world.ctx, world.officer, forum_id=world.forum_id,
                           district="ERB-01")
    assert [e.field for e in info.value.errors] == ["district"]


BAD_FIELDS = {
    "district": {"governorate": "BGD", "district": "ERB-01"},
    "category": {"category": "no_such_category"},
    "intake_date": {"intake_date": dt.date.today() + dt.timedelta(days=2)},
    "neighbourhood": {"neighbourhood": "حي\x07 الجامعة"},
    "police_ref": {"police_ref": "12/2026\nextra line"},
    "description": {"description": "ن" * 10_001},
    "channel": {"channel": "pigeon"},
    "violence_risk": {"violence_risk": "extreme"},
    "colour": {"colour": "blue"},
}


def test_each_bad_field_is_named(world):
    ctx = world.ctx
    nothing = stored(ctx)
    for field, values in BAD_FIELDS.items():
        with pytest.raises(ValidationErrors) as info:
            intake.create_case(ctx, world.officer, forum_id=world.forum_id, **values)
        assert [e.field for e in info.value.errors] == [field], field
        assert field in str(info.value)
    # All at once: every field is named in one refusal, so the form can mark each.
    together = {k: v for values in BAD_FIELDS.values() for k, v in values.items()}
    with pytest.raises(ValidationErrors) as info:
        intake.create_case(ctx, world.officer, forum_id=world.forum_id, **together)
    assert sorted(e.field for e in info.value.errors) == sorted(BAD_FIELDS)
    assert stored(ctx) == nothing


def test_limits_are_exact_and_line_breaks_belong_only_in_long_text(world):
    ctx = world.ctx
    v = intake.create_case(ctx, world.officer, forum_id=world.forum_id,
                           description="ن" * 10_000, request="سطر أول\nسطر ثانٍ",
                           intake_date=dt.date(2000, 1, 1))
    assert len(v.description) == 10_000 and v.request == "سطر أول\nسطر ثانٍ"
    with pytest.raises(ValidationErrors) as info:
        intake.create_case(ctx, world.officer, forum_id=world.forum_id,
                           intake_date=dt.date(1999, 12, 31))
    assert [e.field for e in info.value.errors] == ["intake_date"]


def test_update_checks_the_district_against_the_governorate_it_will_have(world):
    ctx = world.ctx
    case = intake.create_case(ctx, world.officer, forum_id=world.forum_id, district="BGD-02")
    with pytest.raises(ValidationErrors) as info:
        intake.update_case(ctx, world.officer, case.id, version=case.version,
                           governorate="ERB")
    assert [e.field for e in info.value.errors] == ["district"]
    moved = intake.update_case(ctx, world.officer, case.id, version=case.version,
                               governorate="ERB", district="ERB-01")
    assert (moved.governorate, moved.district) == ("ERB", "ERB-01")


TEXTS = {
    # Harakat, tatweel, hamza forms, a zero-width non-joiner, a right-to-left mark,
    # Arabic-Indic and Persian digits, a combining madda left uncomposed.
    "description": "نزاعٌ على أرضٍ زراعيّة — ١٢٣ دونماً\nقرب قرية الـمـحـمـودية\u200c ۴۵۶ "
                   "\u200fطريق ا\u0653لمطار",
    # Sorani Kurdish with its own letters.
    "request": "ڕێککەوتن لەسەر سنووری زەوییەکە لە هەولێر، گوندی شێخان",
    "neighbourhood": "حيّ الأُمَّة",
}
PERSON = {"given_name": "عبدالله", "father_name": "ئاراس", "grandfather_name": "ڕەحیم",
          "family_name": "آل فتلة", "latin_name": "Abdullah Aras", "phone": "٠٧٥٠ ١٢٣ ٤٥٦٧"}


def test_arabic_and_kurdish_text_comes_back_byte_for_byte(world):
    ctx = world.ctx
    case = intake.create_case(ctx, world.officer, forum_id=world.forum_id, **TEXTS)
    party = intake.add_party(ctx, world.officer, case.id, person=PERSON)
    v = cases.get_case_view(ctx, world.officer, case.id)
    for field, value in TEXTS.items():
        assert getattr(v, field).encode("utf-8") == value.encode("utf-8"), field
    person = v.parties[0].person
    assert person is not None
    for field, value in PERSON.items():
        assert getattr(person, field).encode("utf-8") == value.encode("utf-8"), field
    assert party.name == "عبدالله ئاراس ڕەحیم آل فتلة"
    # What the database holds, read without the ORM, is the same too.
    with ctx.engine.connect() as conn:
        row = conn.execute(select(m.Case.__table__.c.description, m.Case.__table__.c.request)
                           .where(m.Case.__table__.c.id == case.id)).one()
        conn.rollback()
    assert (row.description, row.request) == (TEXTS["description"], TEXTS["request"])


def test_possible_duplicates_across_spellings_and_phone_forms(world):
    ctx, off = world.ctx, world.officer
    new_case(world)

    def dupes(**person: str) -> list[tuple[str, str]]:
        return [(d.person.full_name, d.reason)
                for d in intake.possible_duplicates(ctx, off, person)]

    # Without the hamza, and only two of the four names.
    assert dupes(given_name="احمد", father_name="جاسم") == [(AHMED, "name")]
    # Phone typed with Arabic-Indic digits and the country code.
    assert dupes(given_name="محمد", phone="+964 ٧٧٠ ١٢٣ ٤٥٦١") == [(AHMED, "phone")]
    assert dupes(given_name="حمودي", phone="00964-770-123-4561") == [(AHMED, "phone")]
    assert dupes(given_name="أحمد", father_name="جاسم", phone="٠٧٧٠١٢٣٤٥٦١") == [
        (AHMED, "name+phone")]
    # Someone else: another father, or the same family name only.
    assert dupes(given_name="احمد", father_name="كريم", family_name="العبيدي",
                 phone="07809998877") == []
    assert dupes(given_name="محمود", father_name="جاسم", grandfather_name="محمد") == []
    # The person being edited is not their own duplicate.
    ahmed = next(d.person for d in intake.possible_duplicates(
        ctx, off, {"given_name": "أحمد", "father_name": "جاسم"}))
    assert intake.possible_duplicates(ctx, off, {"given_name": "أحمد", "father_name": "جاسم"},
                                      exclude_id=ahmed.id) == []


def test_search_by_number_phone_and_name_variant(world):
    ctx, off = world.ctx, world.officer
    target = new_case(world)                    # parties: علي ... and أحمد جاسم ...
    other = new_case(world, parties=1)          # only علي ...

    def found(text: str) -> list[int]:
        return [c.id for c in cases.search_cases(ctx, off, text)]

    assert found(target.number) == [target.id]
    assert found(target.number.lower()) == [target.id]
    assert found(f"  {other.number} ") == [other.id]
    assert found("٠٧٧٠١٢٣٤٥٦١") == [target.id]
    assert found("+964 770 123 4561") == [target.id]
    assert found("احمد جاسم") == [target.id]
    assert found("أحمد جاسم محمد العبيدي") == [target.id]
    assert found("احمد") == [target.id]
    assert sorted(found("علي حسين")) == sorted([target.id, other.id])
    assert found("محمود") == [] and found("07809998877") == [] and found("") == []
    summary = cases.search_cases(ctx, off, target.number)[0]
    assert summary.number == target.number and summary.first_parties == "علي حسين كاظم الجبوري"
