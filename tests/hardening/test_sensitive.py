"""Who the people of a sensitive case are (a child at risk, gender-based violence) is shown
only to those who work on the case: on screen, in lists and search, in duplicate
suggestions, in exchange files, on printed summaries and when checking a paper.

Everyone else who may see the case gets it masked (services.scope): the same case, its
stage, dates and codes, with «—» for every name, phone, document, place and note.
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sulh.domain.workflow import Stage
from sulh.gui.case_view import CaseView
from sulh.gui.main_window import MainWindow
from sulh.gui.session import AppSession
from sulh.services import (
    agreements,
    cases,
    documents,
    exchange,
    intake,
    mediation,
    users,
    verification,
)
from sulh.services.context import Actor, ServiceContext
from sulh.services.scope import MASK
from sulh.settings import Settings
from tests.conftest import BACKENDS, World, make_world, new_database_url
from tests.documents.pdf import norm, text
from tests.flows import advance

#: What must never reach someone who may not know the people of the case.
SECRETS = ("زينب", "Zainab", "ئاسۆ", "Aso", "هەژار", "9991234", "999 1234", "ID-77881",
           "حي الزهراء", "مخيم الخازر", "PR-5512", "2010")


@dataclasses.dataclass
class Sensitive:
    world: World
    backend: str
    case_id: int
    number: str
    agreement_id: int
    stranger: Actor          # a mediator of the same forum, not assigned to the case


@pytest.fixture(scope="module", params=BACKENDS)
def sensitive(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
              ) -> Iterator[Sensitive]:
    """A dispute over land in which a child is at risk, marked sensitive at intake, taken
    to a drafted agreement by the forum's officer, coordinator and assigned mediator.
    One per backend, shared by the tests below (which only read it, print and export)."""
    ctx = ServiceContext.open(new_database_url(request.param, request,
                                               tmp_path_factory.mktemp("sensitive")))
    world = make_world(ctx)
    off = world.officer
    case = intake.create_case(
        ctx, off, forum_id=world.forum_id, station_id=world.station_id, category="land",
        channel="walk_in", sensitive=True, neighbourhood="حي الزهراء", camp="مخيم الخازر",
        police_ref="PR-5512",
        description="نزاع على أرض؛ الطفلة زينب (Zainab) مهددة بالطرد",
        vulnerable_notes="زينب تسكن مع جدتها")
    first = intake.add_party(ctx, off, case.id, role="complainant", person={
        "given_name": "زينب", "father_name": "كاوە", "family_name": "الجبوري",
        "latin_name": "Zainab Kawa", "phone": "0770 999 1234", "id_document": "ID-77881",
        "sex": "female", "birth_year": 2010})
    intake.add_party(ctx, off, case.id, role="respondent", person={
        "given_name": "ئاسۆ", "father_name": "عومەر", "latin_name": "Aso Omar",
        "sex": "male"})
    intake.add_representative(ctx, off, first.id, relation="خاڵ",
                              person={"given_name": "هەژار", "family_name": "کەریم"})
    view = advance(world, case.id, Stage.AGREEMENT_DRAFTED)
    mediation.record_truce(ctx, world.mediator, case.id, starts_on=ctx.today(),
                           expires_on=ctx.today().replace(year=ctx.today().year + 1),
                           guarantor="هەژار کەریم", terms="زينب تبقى في البيت")
    assert view.sensitive and view.agreement is not None
    yield Sensitive(world, request.param, case.id, view.number, view.agreement.id,
                    world.colleague("mediator", world.forum_id))
    ctx.close()


def _leaks(value: Any) -> list[str]:
    shown = repr(value)
    return [s for s in SECRETS if s in shown]


def _readers(s: Sensitive) -> dict[str, Actor]:
    w = s.world
    return {"officer": w.officer, "assigned mediator": w.mediator,
            "coordinator": w.coordinator, "other mediator": s.stranger,
            "viewer": w.viewer, "admin": w.admin}


KNOW = {"officer", "assigned mediator", "coordinator"}


# ---------------------------------------------------------------- on screen

def test_the_case_on_screen_is_masked_for_those_who_do_not_work_on_it(sensitive):
    ctx = sensitive.world.ctx
    for who, actor in _readers(sensitive).items():
        view = cases.get_case_view(ctx, actor, sensitive.case_id)
        if who in KNOW:
            assert not view.identities_hidden, who
            assert view.parties[0].person.latin_name == "Zainab Kawa", who
            assert view.parties[0].representatives[0].person.given_name == "هەژار", who
        else:
            assert view.identities_hidden and view.sensitive, who
            assert _leaks(view) == [], who
            # What is not about who they are stays: the stage, codes, sexes, counts.
            assert view.stage == Stage.AGREEMENT_DRAFTED and view.category == "land"
            assert [p.name for p in view.parties] == [MASK, MASK]
            assert view.parties[0].person.sex == "female"
            assert view.description == MASK and view.neighbourhood == MASK
            assert len(view.agreement.clauses) == 1 and len(view.sessions) == 1
    agreement = agreements.get_agreement(ctx, sensitive.stranger, sensitive.agreement_id)
    assert _leaks(agreement) == [] and {s.name for s in agreement.signatories} == {MASK}
    # Why a move is not possible yet names no one either ("not signed yet: ...").
    for who, actor in _readers(sensitive).items():
        reasons = " ".join(str(r) for o in cases.move_options(ctx, actor, sensitive.case_id)
                           for r in o.reasons)
        if who in KNOW:
            assert "زينب" in reasons, who
        else:
            assert reasons and _leaks(reasons) == [], who


def test_the_case_list_masks_the_first_party_and_says_why(sensitive):
    ctx = sensitive.world.ctx
    for who, actor in _readers(sensitive).items():
        (row,) = [r for r in cases.list_cases(ctx, actor, limit=1000)
                  if r.id == sensitive.case_id]
        if who in KNOW:
            assert row.first_parties.startswith("زينب") and not row.identities_hidden, who
        else:
            assert (row.first_parties, row.identities_hidden) == (MASK, True), who


def test_searching_a_hidden_name_or_phone_does_not_reveal_the_case(sensitive):
    ctx = sensitive.world.ctx
    for query in ("زينب كاوە", "زينب كاوه الجبوري", "0770 999 1234", "+964 770 999 1234",
                  "ئاسۆ عومەر"):
        for who, actor in _readers(sensitive).items():
            found = [r.id for r in cases.search_cases(ctx, actor, query)]
            assert (sensitive.case_id in found) == (who in KNOW), (who, query)
    # Its number finds it for anyone who may see it, masked.
    (row,) = cases.search_cases(ctx, sensitive.world.viewer, sensitive.number)
    assert row.identities_hidden and row.first_parties == MASK


def test_duplicate_suggestions_leave_out_people_known_only_from_hidden_cases(sensitive):
    w = sensitive.world
    typed = {"given_name": "زينب", "father_name": "كاوه", "family_name": "الجبوري",
             "phone": "07709991234"}
    mine = intake.possible_duplicates(w.ctx, w.officer, typed)
    assert [d.person.latin_name for d in mine] == ["Zainab Kawa"]
    # An officer of another forum typing the same name and phone learns nothing.
    erbil = w.colleague("officer", w.other_forum_id)
    assert intake.possible_duplicates(w.ctx, erbil, typed) == []
    # Nor can they name that person in a case of theirs by number.
    other_case = intake.create_case(w.ctx, erbil, forum_id=w.other_forum_id)
    from sulh.domain.errors import NotFound

    with pytest.raises(NotFound):
        intake.add_party(w.ctx, erbil, other_case.id, person_id=mine[0].person.id)


def test_the_screen_shows_the_mask_and_why(qtbot, sensitive):
    w = sensitive.world
    for who, actor in (("viewer", w.viewer), ("officer", w.officer)):
        session = AppSession(w.ctx, actor, Settings(language="en"))
        view = CaseView(session, sensitive.case_id)
        qtbot.addWidget(view)
        f = view.form
        tree = "\n".join(f.partyTree.topLevelItem(i).text(0)
                         for i in range(f.partyTree.topLevelItemCount()))
        if who == "viewer":
            assert f.sensitiveBadge.text() == "Sensitive case — identities hidden"
            assert "زينب" not in tree and MASK in tree and f.description.text() == MASK
            assert not any(s in f.place.text() for s in SECRETS)
        else:
            assert f.sensitiveBadge.text() == "Sensitive case" and "زينب" in tree
        main = MainWindow(session)
        qtbot.addWidget(main.window)
        rows = {main.model.case_id(r): main.model.index(r, 5).data()
                for r in range(main.model.rowCount())}
        expected = (f"{MASK} (hidden: sensitive case)" if who == "viewer"
                    else rows[sensitive.case_id])
        assert rows[sensitive.case_id] == expected
        if who == "officer":
            assert rows[sensitive.case_id].startswith("زينب")
        main.close(force=True)


# ---------------------------------------------------------------- on paper

def test_a_printed_summary_masks_the_people_for_those_who_do_not_work_on_the_case(sensitive):
    w = sensitive.world
    hidden = norm(text(documents.print_case_summary(w.ctx, sensitive.stranger,
                                                    sensitive.case_id)))
    assert [s for s in SECRETS if s in hidden] == []
    assert "Sensitive case: the names of the people" in hidden
    shown = norm(text(documents.print_case_summary(w.ctx, w.officer, sensitive.case_id)))
    assert "Zainab" in shown and "PR-5512" not in hidden
    assert "Sensitive case: the names" not in shown
    # The papers that name the parties to them are the case workers' only.
    from sulh.domain.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        documents.print_agreement(w.ctx, sensitive.stranger, sensitive.case_id)


def test_checking_a_paper_does_not_name_the_people_to_those_who_may_not_know(sensitive):
    w = sensitive.world
    code = verification.make_code(w.ctx, sensitive.agreement_id)
    masked = verification.check_code(w.ctx, w.viewer, code.text)
    assert masked.matches and set(masked.agreement.party_names) == {MASK}
    assert _leaks(masked) == []
    named = verification.check_code(w.ctx, w.officer, code.text)
    assert named.agreement.party_names[0].startswith("زينب")


# ---------------------------------------------------------------- in exchange files

def _export(ctx: ServiceContext, actor: Actor, path: Path) -> tuple[exchange.ExportReport, str]:
    report = exchange.export_cases(ctx, actor, path)
    return report, path.read_text(encoding="utf-8")


def test_an_export_leaves_the_case_out_for_those_who_may_not_know_its_people(sensitive,
                                                                              tmp_path):
    w = sensitive.world
    report, data = _export(w.ctx, w.viewer, tmp_path / "viewer.json")
    doc = json.loads(data)
    assert sensitive.number not in {c["number"] for c in doc["cases"]}
    assert report.withheld == doc["source"]["withheld_sensitive_cases"] == 1
    assert [s for s in SECRETS if s in data] == []
    # The forum's coordinator, and an administrator moving the records to
    # headquarters, carry it whole.
    for actor in (w.coordinator, w.admin):
        report, data = _export(w.ctx, actor, tmp_path / f"{actor.username}.json")
        assert report.withheld == 0 and sensitive.number in data and "Zainab Kawa" in data


def test_importing_a_masked_or_partial_file_overwrites_no_real_name(sensitive, tmp_path,
                                                                   request):
    w = sensitive.world
    _, full = _export(w.ctx, w.admin, tmp_path / "full.json")
    _, partial = _export(w.ctx, w.viewer, tmp_path / "partial.json")
    hq = ServiceContext.open(new_database_url(sensitive.backend, request, tmp_path))
    request.addfinalizer(hq.close)
    admin = users.system_actor(hq)
    exchange.import_file(hq, admin, tmp_path / "full.json")
    users.create_user(hq, admin, username="hq.coordinator", full_name="HQ", role="coordinator")
    reader = users.actor_for(hq, "hq.coordinator")

    def names_at_hq() -> list[str]:
        case_id = cases.find_case_id(hq, reader, sensitive.number)
        view = cases.get_case_view(hq, reader, case_id)
        return [p.person.latin_name for p in view.parties] + [view.description]

    before = names_at_hq()
    assert before[0] == "Zainab Kawa"
    # The viewer's file does not have the case: nothing about it changes.
    again = exchange.import_file(hq, admin, tmp_path / "partial.json")
    assert again.created == 0 and names_at_hq() == before
    # A file whose people were masked by hand, carrying a new case that names the same
    # people: the case comes in, the people already here keep their names.
    doc = json.loads(full)
    for person in doc["persons"]:
        person.update(given_name=MASK, father_name="", grandfather_name="", family_name="",
                      latin_name=MASK, phone="", id_document="")
    case = next(c for c in doc["cases"] if c["number"] == sensitive.number)
    case["uid"] = str(uuid.uuid4())
    case["number"] = sensitive.number[:-5] + "00099"
    for a in case["agreements"]:
        a["number"] = case["number"] + "-A1"
    doc["cases"] = [case]
    masked = tmp_path / "masked.json"
    masked.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    report = exchange.import_file(hq, admin, masked)
    assert report.created == 1 and report.persons_created == 0
    assert names_at_hq() == before


def test_the_case_tab_reads_the_same_in_one_unit_of_work(sensitive):
    # The tab's single read (cases.open_case) must show exactly what the separate
    # services show each reader: the same masking, the same moves and reasons.
    ctx = sensitive.world.ctx
    for who, actor in _readers(sensitive).items():
        opened = cases.open_case(ctx, actor, sensitive.case_id)
        assert opened.view == cases.get_case_view(ctx, actor, sensitive.case_id), who
        assert opened.options == cases.move_options(ctx, actor, sensitive.case_id), who
        assert opened.user_names == users.user_names(ctx, actor), who
        assert opened.forum is not None and opened.forum.id == sensitive.world.forum_id
        assert sensitive.world.station_id in {s.id for s in opened.forum.stations}
        if who not in KNOW:
            assert _leaks(opened.view) == [] and opened.view.identities_hidden, who
