"""The case list read by keyset pages (after a row, before a row, from the end, and by
offset) in the same order as one long read, ties and missing values included; and the
name search over its full-text index, finding every spelling of a name."""

from __future__ import annotations

import datetime as dt

import pytest

from sulh.db.migrate import downgrade, upgrade
from sulh.services import cases, intake
from sulh.services.cases import SORT_COLUMNS, CaseFilter

SORTS = [pytest.param(s, d, id=f"{s}-{'desc' if d else 'asc'}")
         for s in [*SORT_COLUMNS, None] for d in [True, False] if s is not None or d]


@pytest.fixture
def listed(world):
    """Eleven cases: intake dates with ties, some with no category (a draft) or place."""
    ctx, officer = world.ctx, world.officer
    today = ctx.today()
    specs = [(3, "land", "BGD"), (3, None, "BGD"), (1, "debt", "BGD"), (3, "debt", None),
             (0, None, None), (1, "land", "BGD"), (5, "neighbours", "BGD"), (3, "land", "BGD"),
             (0, "debt", "BGD"), (5, None, "BGD"), (1, "neighbours", "BGD")]
    for days, category, governorate in specs:
        fields = {"intake_date": today - dt.timedelta(days=days)}
        if category:
            fields["category"] = category
        case = intake.create_case(ctx, officer, forum_id=world.forum_id, **fields)
        if governorate is None:
            # No place at all: the column sorts as missing (a case imported without one).
            with ctx.writing() as uow:
                from sulh.db import models as m

                uow.session.get(m.Case, case.id).governorate = None
                uow.commit()
    return world


def _expected(rows, sort, descending):
    """The documented order: the sort column (missing values below every value), then id."""
    def key(r):
        value = r.id if sort is None else getattr(r, sort)
        return (value is not None, value if value is not None else "", r.id)
    return [r.id for r in sorted(rows, key=key, reverse=descending)]


@pytest.mark.parametrize(("sort", "descending"), SORTS)
def test_keyset_pages_give_the_whole_list_in_order_every_way_they_are_read(listed, sort,
                                                                             descending):
    ctx, viewer = listed.ctx, listed.viewer

    def page(**kw):
        return cases.list_cases(ctx, viewer, sort=sort, descending=descending, limit=3, **kw)

    whole = cases.list_cases(ctx, viewer, sort=sort, descending=descending, limit=100)
    assert len(whole) == 11
    assert [r.id for r in whole] == _expected(whole, sort, descending)

    forward, rows = [], page()
    while rows:
        forward += rows
        rows = page(after=rows[-1])
    assert [r.id for r in forward] == [r.id for r in whole]

    backward, rows = [], page(from_end=True)
    while rows:
        backward = rows + backward
        rows = page(before=rows[0])
    assert [r.id for r in backward] == [r.id for r in whole]

    for offset in (0, 2, 4, 7, 9, 11):
        assert [r.id for r in page(offset=offset)] == [r.id for r in whole][offset:offset + 3]
        tail = [r.id for r in whole][max(0, 11 - offset - 3):11 - offset]
        assert [r.id for r in page(from_end=True, offset=offset)] == tail


def test_filters_and_the_old_after_id_still_page(listed):
    ctx, viewer = listed.ctx, listed.viewer
    f = CaseFilter(category="land")
    lands = cases.list_cases(ctx, viewer, filter=f, sort="intake_date", limit=100)
    assert len(lands) == 3 and {r.category for r in lands} == {"land"}
    first = cases.list_cases(ctx, viewer, filter=f, sort="intake_date", limit=2)
    rest = cases.list_cases(ctx, viewer, filter=f, sort="intake_date", limit=2, after=first[-1])
    assert [r.id for r in first + rest] == [r.id for r in lands]
    newest = cases.list_cases(ctx, viewer, limit=4)
    older = cases.list_cases(ctx, viewer, limit=100, after_id=newest[-1].id)
    every = cases.list_cases(ctx, viewer, sort="number", limit=100)
    assert [r.id for r in newest + older] == sorted((r.id for r in every), reverse=True)
    assert cases.count_matching(ctx, viewer, f) == 3


SPELLINGS = [
    # (as recorded, as searched): hamza, taa marbuta, alef maqsura, joined particle,
    # tatweel, Kurdish letters typed on an Arabic keyboard, Latin with and without accents.
    ({"given_name": "أحمد", "father_name": "عبد الله", "family_name": "الجبوري"},
     ["احمد عبدالله", "أحمد عبد الله الجبوري", "الجبوري احمد", "احمـد عبد"]),
    ({"given_name": "فاطمة", "father_name": "مصطفى", "family_name": "العبيدي"},
     ["فاطمه مصطفي", "فاطمة", "العبيدى فاطمه"]),
    ({"given_name": "هێمن", "father_name": "ڕەشید", "latin_name": "Hêmin Rashid"},
     ["هيمن رهشيد", "هێمن ڕەشید", "Hemin Rashid", "hêmin", "HEMIN"]),
]


@pytest.mark.parametrize(("person", "searches"), SPELLINGS)
def test_a_name_is_found_in_every_spelling(world, person, searches):
    ctx, officer = world.ctx, world.officer
    case = intake.create_case(ctx, officer, forum_id=world.forum_id)
    intake.add_party(ctx, officer, case.id, person=person)
    other = intake.create_case(ctx, officer, forum_id=world.forum_id)
    intake.add_party(ctx, officer, other.id, person={"given_name": "سعاد", "father_name": "كريم"})
    for text in searches:
        assert [c.id for c in cases.search_cases(ctx, officer, text)] == [case.id], text
    assert cases.search_cases(ctx, officer, "محمود") == []


def test_search_follows_renames_representatives_and_number_fragments(world):
    ctx, officer = world.ctx, world.officer
    case = intake.create_case(ctx, officer, forum_id=world.forum_id)
    party = intake.add_party(ctx, officer, case.id,
                             person={"given_name": "زينب", "father_name": "كاظم"})
    tribe = intake.add_party(ctx, officer, case.id, kind="tribe", name="عشيرة ربيعة",
                             role="respondent")
    intake.add_representative(ctx, officer, tribe.id, relation="شيخ",
                              person={"given_name": "ستار", "father_name": "جبار"})
    assert [c.id for c in cases.search_cases(ctx, officer, "ستار جبار")] == [case.id]
    assert party.person is not None
    intake.update_person(ctx, officer, party.person.id, version=party.person.version,
                         given_name="زينة")
    assert [c.id for c in cases.search_cases(ctx, officer, "زينه كاظم")] == [case.id]
    assert cases.search_cases(ctx, officer, "زينب كاظم") == []
    # Part of the number: from the forum code on, or the year and sequence.
    for fragment in (case.number[:9], case.number[2:], case.number[-10:], case.number.lower()):
        assert case.id in [c.id for c in cases.search_cases(ctx, officer, fragment)], fragment


def test_the_name_index_is_rebuilt_by_the_migration(world):
    """Downgraded past revision 0005 and upgraded again, the people already recorded are
    found: the index is filled from the table, and kept in step from then on."""
    ctx, officer = world.ctx, world.officer
    before = intake.create_case(ctx, officer, forum_id=world.forum_id)
    intake.add_party(ctx, officer, before.id, person={"given_name": "نور", "father_name": "هادي"})
    downgrade(ctx.engine, "0004")
    upgrade(ctx.engine)
    after = intake.create_case(ctx, officer, forum_id=world.forum_id)
    intake.add_party(ctx, officer, after.id, person={"given_name": "نور", "father_name": "سالم"})
    assert [c.id for c in cases.search_cases(ctx, officer, "نور هادي")] == [before.id]
    assert {c.id for c in cases.search_cases(ctx, officer, "نور")} == {before.id, after.id}
