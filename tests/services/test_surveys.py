"""Quarterly community survey rounds on both databases: entered by hand, imported from
the sample exports in tests/data/surveys (counted again here, independently, with the
csv module and openpyxl), mappings saved and reused, bad files refused whole with
the row and column of every fault, one baseline per forum, and the command line."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from sulh import cli
from sulh.db import models as m
from sulh.domain.errors import StaleRecord, ValidationError, ValidationErrors
from sulh.domain.forum_work import INDICATORS
from sulh.services import surveys
from sulh.services.surveys import SurveyFileRefused
from tests.services.test_forum_work import NOW, events_after, fields, head, row_counts

DATA = Path(__file__).resolve().parents[1] / "data" / "surveys"

#: How the sample files were written (tests/data/surveys/make_samples.py): the column of
#: each field, and the words for female, male and yes.
EN = {"sex": "group_resp/sex", "feel_safe": "group_safety/feel_safe",
      "trust_police": "group_safety/trust_police", "know_forum": "group_forum/know_forum",
      "would_bring": "group_forum/would_bring"}
AR = {"sex": "الجنس", "feel_safe": "هل تشعر بالأمان في منطقتك؟", "trust_police": "هل تثق بالشرطة؟",
      "know_forum": "هل تعرف منتدى الشرطة المجتمعية؟",
      "would_bring": "هل تلجأ إلى المنتدى إذا واجهتك مشكلة؟"}
CKB = {"sex": "ڕەگەز", "feel_safe": "ئایا هەست بە ئاسایش دەکەیت؟",
       "trust_police": "ئایا متمانەت بە پۆلیس هەیە؟",
       "know_forum": "ئایا مەکۆی پۆلیسی کۆمەڵگا دەناسیت؟",
       "would_bring": "ئایا کێشەکەت دەبەیتە لای مەکۆ؟"}
WORDS = {"en": ("female", "male", "yes"), "ar": ("أنثى", "ذكر", "نعم"),
         "ckb": ("مێ", "نێر", "بەڵێ")}
GOOD = [("kobo_en.csv", EN, "en"), ("kobo_ar.csv", AR, "ar"), ("kobo_ar.xlsx", AR, "ar"),
        ("kobo_ckb.xlsx", CKB, "ckb")]


@pytest.fixture
def w(world):  # type: ignore[no-untyped-def]
    world.ctx.clock = lambda: NOW
    return world


def rows_of(path: Path) -> list[dict[str, str]]:
    """The file's rows as header -> text, read without the app's code."""
    if path.suffix == ".csv":
        text = path.read_text(encoding="utf-8")
        delimiter = ";" if text.split("\n", 1)[0].count(";") else ","
        return list(csv.DictReader(text.splitlines(), delimiter=delimiter))
    book = load_workbook(path, read_only=True)
    values = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    return [{h: "" if v is None else str(v) for h, v in zip(values[0], r, strict=True)}
            for r in values[1:]]


def counted(path: Path, columns: dict[str, str], lang: str) -> tuple[dict[str, int], dict]:  # type: ignore[type-arg]
    female, male, yes = WORDS[lang]
    rows = rows_of(path)
    sex = {female: "f", male: "m"}
    people = {s: sum(1 for r in rows if sex[r[columns["sex"]]] == s) for s in "fm"}
    results = {i: {s: {"yes": sum(1 for r in rows if sex[r[columns["sex"]]] == s
                                  and r[columns[i]] == yes),
                       "answered": sum(1 for r in rows if sex[r[columns["sex"]]] == s
                                       and r[columns[i]] != "")}
                   for s in "fm"} for i in INDICATORS}
    return people, results


def as_counts(view) -> dict:  # type: ignore[no-untyped-def,type-arg]
    return {x.indicator: {s: {"yes": x.yes[s], "answered": x.answered[s]} for s in "fm"}
            for x in view.results}


# ---------------------------------------------------------------- by hand

def test_a_round_entered_by_hand_gives_percentages_by_sex(w):
    ctx, coord = w.ctx, w.coordinator
    seq = head(ctx)
    view = surveys.record_round(
        ctx, coord, w.forum_id, quarter="2026Q3", respondents={"f": 40, "m": 60},
        results={"feel_safe": {"f": {"yes": 22, "answered": 38}, "m": {"yes": 45}},
                 "trust_police": {"f": {"yes": 10}, "m": {"yes": 30, "answered": 50}}},
        note="أجري المسح في حي الجهاد")
    assert (view.quarter, view.baseline, view.total_respondents, view.source) == \
        ("2026Q3", False, 100, "manual")
    feel = view.result("feel_safe")
    # "answered" defaults to the respondents of that sex.
    assert (feel.answered, feel.yes) == ({"f": 38, "m": 60}, {"f": 22, "m": 45})
    assert (feel.percent("f"), feel.percent("m"), feel.percent()) == \
        (round(100 * 22 / 38, 1), 75.0, round(100 * 67 / 98, 1))
    assert view.result("know_forum").percent() == 0.0
    assert surveys.get_round(ctx, w.viewer, view.id) == view
    [event] = events_after(ctx, seq)
    assert (event.action, event.entity_id, event.user_id) == ("survey.create", view.id,
                                                              coord.user_id)
    assert '"feel_safe.f":[22,38]' in event.after and "2026Q3" in event.after


def test_round_figures_and_quarters_are_checked_with_the_field_named(w):
    ctx, coord = w.ctx, w.coordinator
    before = row_counts(ctx)
    cases = [
        ({"respondents": {"f": 10, "m": 5},
          "results": {"feel_safe": {"f": {"yes": 11, "answered": 10}}}}, {"feel_safe_f_yes"}),
        ({"respondents": {"f": 10, "m": 5},
          "results": {"trust_police": {"m": {"yes": 1, "answered": 6}}}},
         {"trust_police_m_answered"}),
        ({"respondents": {"f": -1, "m": 5}, "results": {}}, {"respondents_f"}),
        ({"respondents": {"f": 0, "m": 0}, "results": {}}, {"respondents_f"}),
        ({"respondents": {"f": 3, "m": 3}, "results": {"happiness": {}}}, {"results"}),
    ]
    for kwargs, wrong in cases:
        with pytest.raises(ValidationErrors) as exc:
            surveys.record_round(ctx, coord, w.forum_id, quarter="2026Q2", **kwargs)
        assert fields(exc.value) == wrong, kwargs
    for quarter in ("2027Q1", "summer 2026", "1999Q4"):
        with pytest.raises(ValidationError) as one:
            surveys.record_round(ctx, coord, w.forum_id, quarter=quarter,
                                 respondents={"f": 1, "m": 1}, results={})
        assert one.value.field == "quarter", quarter
    assert row_counts(ctx) == before
    # 2026Q4 began on 1 October, so it may be recorded (written any usual way) once.
    made = surveys.record_round(ctx, coord, w.forum_id, quarter=" 2026-q4",
                                respondents={"f": 1, "m": 1}, results={})
    assert made.quarter == "2026Q4"
    with pytest.raises(ValidationError) as one:
        surveys.record_round(ctx, coord, w.forum_id, quarter="Q4 ٢٠٢٦",
                             respondents={"f": 1, "m": 1}, results={})
    assert one.value.field == "quarter" and "2026Q4" in str(one.value)


def test_one_baseline_per_forum_and_the_series_against_it(w):
    ctx, coord = w.ctx, w.coordinator

    def record(quarter: str, f_yes: int, m_yes: int, *, baseline: bool = False):  # type: ignore[no-untyped-def]
        return surveys.record_round(
            ctx, coord, w.forum_id, quarter=quarter, respondents={"f": 20, "m": 30},
            results={"feel_safe": {"f": {"yes": f_yes}, "m": {"yes": m_yes}}},
            baseline=baseline)

    q1 = record("2026Q1", 8, 15, baseline=True)
    with pytest.raises(ValidationError) as exc:
        record("2026Q2", 10, 18, baseline=True)
    assert exc.value.field == "baseline" and "2026Q1" in str(exc.value)
    q2 = record("2026Q2", 10, 18)
    q3 = record("2025Q4", 6, 12)
    series = surveys.indicator_series(ctx, w.viewer, w.forum_id, "feel_safe")
    assert [p.quarter for p in series.points] == ["2025Q4", "2026Q1", "2026Q2"]
    assert series.baseline is not None and series.baseline.quarter == "2026Q1"
    assert [(p.women, p.men, p.everyone) for p in series.points] == [
        (30.0, 40.0, 36.0), (40.0, 50.0, 46.0), (50.0, 60.0, 56.0)]
    # The baseline moves to the earliest round, in one step.
    seq = head(ctx)
    moved = surveys.set_baseline(ctx, coord, q3.id, version=q3.version)
    assert moved.baseline
    assert [r.baseline for r in surveys.list_rounds(ctx, w.viewer, w.forum_id)] == \
        [True, False, False]
    assert surveys.indicator_series(ctx, w.viewer, w.forum_id,
                                    "feel_safe").baseline.quarter == "2025Q4"
    [event] = events_after(ctx, seq)
    assert event.action == "survey.baseline" and '"2026Q1"' in event.before
    with pytest.raises(StaleRecord):
        surveys.set_baseline(ctx, coord, q1.id, version=q1.version)
    # The database keeps the rule too, whatever writes to it.
    with pytest.raises(IntegrityError), ctx.writing() as uow:
        row = uow.session.get(m.SurveyRound, q2.id)
        row.baseline = True
        uow.session.flush()
    with pytest.raises(ValidationError):
        surveys.indicator_series(ctx, w.viewer, w.forum_id, "happiness")


def test_a_stale_round_correction_is_refused_with_the_round_as_it_is_now(w):
    ctx, coord = w.ctx, w.coordinator
    view = surveys.record_round(ctx, coord, w.forum_id, quarter="2026Q1",
                                respondents={"f": 5, "m": 5}, results={})
    theirs = surveys.update_round(ctx, coord, view.id, version=view.version, quarter="2026Q1",
                                  respondents={"f": 6, "m": 5},
                                  results={"know_forum": {"f": {"yes": 4}}})
    assert theirs.result("know_forum").percent("f") == round(100 * 4 / 6, 1)
    with pytest.raises(StaleRecord) as exc:
        surveys.update_round(ctx, coord, view.id, version=view.version, quarter="2026Q2",
                             respondents={"f": 5, "m": 5}, results={})
    assert exc.value.details == theirs


# ---------------------------------------------------------------- importing files

def test_good_exports_import_with_the_counts_the_files_hold(w):
    ctx, coord = w.ctx, w.coordinator
    quarters = ["2025Q4", "2026Q1", "2026Q2", "2026Q3"]
    for (name, columns, lang), quarter in zip(GOOD, quarters, strict=True):
        path = DATA / name
        # The headers alone are enough to find the columns (the user confirms them).
        assert surveys.guess_columns(surveys.read_headers(path)) == columns, name
        seq = head(ctx)
        view = surveys.import_round(ctx, coord, w.forum_id, path, quarter=quarter,
                                    baseline=quarter == "2025Q4")
        people, results = counted(path, columns, lang)
        assert view.respondents == people, name
        assert as_counts(view) == results, name
        assert view.total_respondents == len(rows_of(path))
        assert (view.source, view.source_file, view.quarter) == ("file", name, quarter)
        [event] = events_after(ctx, seq)
        assert event.action == "survey.import" and name in event.after
    assert [r.quarter for r in surveys.list_rounds(ctx, w.viewer, w.forum_id)] == quarters


def test_a_mapping_saved_with_one_quarter_reads_the_next_quarters_file(w, tmp_path):
    ctx, coord = w.ctx, w.coordinator
    # The forum's survey tool names its columns in its own way; the user maps them.
    renamed = tmp_path / "round-2.csv"
    text = (DATA / "kobo_ar.csv").read_text(encoding="utf-8")
    renamed.write_text(text.replace("هل تعرف منتدى الشرطة المجتمعية؟", "س4"), encoding="utf-8")
    guess = surveys.guess_columns(surveys.read_headers(renamed))
    assert guess["know_forum"] is None
    with pytest.raises(SurveyFileRefused):
        surveys.import_round(ctx, coord, w.forum_id, renamed, quarter="2026Q2",
                             mapping="Kobo (عربي)")
    assert surveys.list_mappings(ctx, coord, w.forum_id) == []   # not saved either
    columns = {**AR, "know_forum": "س4"}
    first = surveys.import_round(ctx, coord, w.forum_id, renamed, quarter="2026Q2",
                                 mapping="Kobo (عربي)", columns={"know_forum": "س4"})
    assert first.mapping_name == "Kobo (عربي)"
    [saved] = surveys.list_mappings(ctx, coord, w.forum_id)
    assert (saved.name, saved.columns) == ("Kobo (عربي)", columns)
    # Next quarter: the same tool, the mapping's name only.
    nxt = tmp_path / "round-3.xlsx"
    book = load_workbook(DATA / "kobo_ar.xlsx")
    book.worksheets[0]["E1"] = "س4"
    book.save(nxt)
    second = surveys.import_round(ctx, coord, w.forum_id, nxt, quarter="2026Q3",
                                  mapping="Kobo (عربي)")
    people, results = counted(DATA / "kobo_ar.xlsx", AR, "ar")
    assert second.respondents == people and as_counts(second) == results
    assert [x.name for x in surveys.list_mappings(ctx, coord, w.forum_id)] == ["Kobo (عربي)"]
    # A file the mapping does not fit is refused, naming the missing column.
    found = surveys.check_file(ctx, coord, w.forum_id, DATA / "kobo_en.csv",
                               mapping="Kobo (عربي)")
    assert {f.row for f in found.faults} == {1} and len(found.faults) == 5
    assert any("س4" in str(f) for f in found.faults)


BAD = [
    ("bad_values.csv", [(4, "D"), (6, "D"), (8, "G"), (11, "I")]),
    ("bad_ar.xlsx", [(5, "A"), (9, "E")]),
    ("missing_column.csv", [(1, None)]),
    ("header_only.csv", [(None, None)]),
    ("cp1256.csv", [(1, None)]),
    ("not_a_workbook.xlsx", [(None, None)]),
]


def test_bad_files_are_refused_whole_naming_row_and_column(w, tmp_path):
    ctx, coord = w.ctx, w.coordinator
    before, seq = row_counts(ctx), head(ctx)
    for name, where in BAD:
        with pytest.raises(SurveyFileRefused) as exc:
            surveys.import_round(ctx, coord, w.forum_id, DATA / name, quarter="2026Q3",
                                 mapping="new mapping", baseline=True)
        assert [(f.row, f.column.split(" ")[0] if f.column else None)
                for f in exc.value.faults] == where, name
        for fault in exc.value.faults:
            if fault.row is not None:
                assert f"row {fault.row}" in str(exc.value)
    assert row_counts(ctx) == before and head(ctx) == seq
    wrong = tmp_path / "answers.txt"
    shutil.copy(DATA / "kobo_en.csv", wrong)
    with pytest.raises(SurveyFileRefused) as exc:
        surveys.read_table(wrong)
    assert "CSV or XLSX" in str(exc.value)
    # The faults say what is wrong with the value found.
    with pytest.raises(SurveyFileRefused) as exc:
        surveys.import_round(ctx, coord, w.forum_id, DATA / "bad_ar.xlsx", quarter="2026Q3")
    assert "ربما" in str(exc.value) and "blank" in str(exc.value)


def test_a_file_for_a_quarter_already_recorded_is_refused_and_nothing_saved(w):
    ctx, coord = w.ctx, w.coordinator
    surveys.import_round(ctx, coord, w.forum_id, DATA / "kobo_en.csv", quarter="2026Q3")
    before = row_counts(ctx)
    with pytest.raises(ValidationError) as exc:
        surveys.import_round(ctx, coord, w.forum_id, DATA / "kobo_ar.csv", quarter="2026Q3",
                             mapping="Arabic")
    assert exc.value.field == "quarter"
    assert row_counts(ctx) == before


# ---------------------------------------------------------------- command line

def test_cli_imports_checks_and_lists_survey_rounds(w, db_url, capsys):
    def sulh(*args: str) -> int:
        return cli.run(["--db", db_url, "survey", *args])

    assert sulh("import", str(DATA / "kobo_ar.csv"), "--forum", "BGD01", "--quarter", "2026Q2",
                "--mapping", "Kobo", "--baseline", "--as", "coordinator") == 0
    out = capsys.readouterr().out
    people, results = counted(DATA / "kobo_ar.csv", AR, "ar")
    assert f"{people['f']} women and {people['m']} men" in out
    # Next quarter with the saved mapping: first checked, then imported.
    assert sulh("import", str(DATA / "kobo_ar.xlsx"), "--forum", "BGD01", "--quarter", "2026Q3",
                "--mapping", "Kobo", "--check", "--as", "coordinator") == 0
    assert "the file is good" in capsys.readouterr().out
    assert surveys.list_rounds(w.ctx, w.viewer, w.forum_id)[-1].quarter == "2026Q2"
    assert sulh("import", str(DATA / "kobo_ar.xlsx"), "--forum", "BGD01", "--quarter", "2026Q3",
                "--mapping", "Kobo", "--as", "coordinator") == 0
    capsys.readouterr()
    assert sulh("list", "--forum", "BGD01") == 0
    listing = capsys.readouterr().out
    assert "2026Q2 *" in listing and "2026Q3" in listing
    feel = results["feel_safe"]
    share = 100 * (feel["f"]["yes"] + feel["m"]["yes"]) / (feel["f"]["answered"]
                                                            + feel["m"]["answered"])
    assert f"{share:.1f}%" in listing
    # A bad file: one line per fault on stderr, exit 2, nothing recorded.
    before = row_counts(w.ctx)
    assert sulh("import", str(DATA / "bad_values.csv"), "--forum", "BGD01", "--quarter",
                "2026Q1", "--as", "coordinator") == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("sulh: row 4, column D (group_resp/sex)")
    assert err[-1] == "sulh: error: nothing imported: 4 problem(s)"
    assert row_counts(w.ctx) == before
    # Who records it must be named, and allowed to.
    assert sulh("import", str(DATA / "kobo_en.csv"), "--forum", "BGD01", "--quarter", "2026Q1",
                "--as", "viewer") == 2
    assert "may not" in capsys.readouterr().err
    assert sulh("import", str(DATA / "kobo_en.csv"), "--forum", "BGD01", "--quarter", "2026Q1",
                "--column", "gender=x", "--as", "coordinator") == 2
    assert "FIELD=HEADER" in capsys.readouterr().err
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv("SULH_USER", raising=False)
        assert sulh("import", str(DATA / "kobo_en.csv"), "--forum", "BGD01", "--quarter",
                    "2026Q1") == 2
    assert "--as USERNAME" in capsys.readouterr().err
    assert row_counts(w.ctx) == before
    with w.ctx.reading() as uow:
        assert uow.session.scalar(select(func.count()).select_from(m.SurveyMapping)) == 1
