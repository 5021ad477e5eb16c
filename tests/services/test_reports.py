"""The statistics report as XLSX and CSV, read back with openpyxl and csv: every figure
against counts made independently from the case views, the filters it was made with,
names and not ids; and `sulh report` on the command line."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from sulh.domain.errors import ValidationError
from sulh.services import reports
from sulh.services.statistics import Filters
from tests.services.statistics_data import (
    PERIOD,
    DataSet,
    Line,
    dataset,
    expected,
    report_lines,
)

__all__ = ["dataset"]

ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
KURDISH_ONLY = set("ێۆڕڵەڤ")
Found = dict[str, dict[str, tuple[float | None, int | None, float | None, str, str]]]


def _filters(data: DataSet, forum: str | None = None, governorate: str | None = None
             ) -> Filters:
    forum_id = None if forum is None else (data.world.forum_id if forum == "BGD01"
                                           else data.world.other_forum_id)
    return Filters(PERIOD, forum_id, governorate)


def check_figures(found: Found, want: dict[str, dict[str, Line]]) -> None:
    """Every table holds exactly the lines counted from the case views, each with its
    number, what its share is of, the share, and a name in both languages."""
    assert set(found) == set(want)
    for table, lines in want.items():
        assert set(found[table]) == set(lines), table
        for code, (value, of) in lines.items():
            got, got_of, share, first, second = found[table][code]
            if value is None:
                assert got is None, (table, code)
            else:
                assert got == pytest.approx(value), (table, code)
            assert got_of == of, (table, code)
            if of and value is not None:
                assert share == pytest.approx(value / of, abs=1e-4), (table, code)
            else:
                assert share is None, (table, code)
            assert first and second and first != code and second != code, (table, code)


def _xlsx_figures(data: bytes) -> tuple[Found, dict[str, tuple[str, ...]]]:
    wb = load_workbook(io.BytesIO(data), read_only=True)
    filters = {row[0]: tuple(str(v) for v in row[1:]) for row in
               wb["Filters"].iter_rows(min_row=2, values_only=True) if row and row[0]}
    found: Found = {}
    tables = {name: key for key, name in reports.SHEET_NAMES.items()}
    for name in wb.sheetnames[1:]:
        rows = list(wb[name].iter_rows(values_only=True))
        assert ARABIC_SCRIPT.search(str(rows[0][0])) and rows[1][0]      # the titles
        assert rows[reports.TITLE_ROWS][0] == "code"
        found[tables[name]] = {str(r[0]): (r[3], r[4], r[5], str(r[1] or ""), str(r[2] or ""))
                               for r in rows[reports.TITLE_ROWS + 1:]}
    return found, filters


def _csv_figures(data: bytes) -> tuple[Found, dict[str, tuple[str, ...]]]:
    assert data.startswith(b"\xef\xbb\xbf")          # read as UTF-8 by spreadsheets
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][:2] == ["table", "code"]
    found: Found = {}
    filters: dict[str, tuple[str, ...]] = {}

    def number(text: str) -> float | None:
        return None if text == "" else float(text)

    for table, code, first, second, value, of, share in rows[1:]:
        if table == "filters":
            filters[code] = (first, second)
        elif table != "notes":
            found.setdefault(table, {})[code] = (
                number(value), None if of == "" else int(of), number(share), first, second)
    return found, filters


READERS = {"xlsx": _xlsx_figures, "csv": _csv_figures}


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
@pytest.mark.parametrize("variant", [pytest.param({}, id="all-forums"),
                                     pytest.param({"forum": "ERB01"}, id="forum"),
                                     pytest.param({"governorate": "BGD"}, id="governorate")])
def test_every_figure_of_the_report_matches_counts_from_the_case_views(dataset: DataSet,
                                                                       fmt, variant):
    data = reports.make_report(dataset.ctx, dataset.world.viewer,
                               _filters(dataset, **variant), fmt, lang="ar")
    found, _ = READERS[fmt](data)
    check_figures(found, report_lines(expected(dataset, **variant)))


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_the_report_keeps_its_filters_and_names_things(dataset: DataSet, fmt):
    data = reports.make_report(dataset.ctx, dataset.world.viewer,
                               _filters(dataset, forum="BGD01", governorate="BGD"), fmt,
                               lang="ar")
    found, filters = READERS[fmt](data)
    period = " ".join(filters["period"])
    assert "01/04/2025" in period and "30/06/2025" in period and "2025 Q2" in period
    assert "الربع 2 لسنة 2025" in period
    assert filters["forum"][-2:] == ("منتدى الكرخ (BGD01)", "Karkh forum (BGD01)") \
        or filters["forum"] == ("منتدى الكرخ (BGD01)", "Karkh forum (BGD01)")
    assert "Baghdad" in " ".join(filters["governorate"])
    assert "بغداد" in " ".join(filters["governorate"])
    assert "intake date" in " ".join(filters["counted_by"])
    assert "01/12/2025" in " ".join(filters["as_of"])
    # Names in both languages, never ids or codes alone.
    assert found["by_forum"]["BGD01"][3:] == ("منتدى الكرخ (BGD01)", "Karkh forum (BGD01)")
    assert found["by_category"]["land"][3:] == ("الأراضي وحدود العقارات",
                                                "Land and property boundaries")
    assert found["by_stage"]["follow_up"][4] == "Follow-up"
    for table in found.values():
        for *_, first, second in table.values():
            assert ARABIC_SCRIPT.search(first) and not ARABIC_SCRIPT.search(second)


def test_a_kurdish_report_names_things_in_kurdish(dataset: DataSet):
    found, filters = _csv_figures(reports.make_report(
        dataset.ctx, dataset.world.viewer, _filters(dataset), "csv", lang="ckb"))
    assert found["by_forum"]["ERB01"][3] == "مەکۆی هەولێر (ERB01)"
    assert found["key_figures"]["cases"][3] == "دۆسیە تۆمارکراوەکان"
    assert "چارەکی 2ی ساڵی 2025" in filters["period"][0]
    assert any(KURDISH_ONLY & set(first) for table in found.values()
               for *_, first, _second in table.values())


def test_a_report_is_written_whole_in_the_format_its_name_asks_for(dataset: DataSet,
                                                                     tmp_path: Path):
    for name in ("r.pdf", "r.xlsx", "r.csv"):
        size = reports.save_report(dataset.ctx, dataset.world.viewer, _filters(dataset),
                                   tmp_path / name, lang="ckb")
        assert (tmp_path / name).stat().st_size == size
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "r.xlsx").read_bytes().startswith(b"PK")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.csv", "r.pdf", "r.xlsx"]
    with pytest.raises(ValidationError) as e:
        reports.save_report(dataset.ctx, dataset.world.viewer, _filters(dataset),
                            tmp_path / "r.docx")
    assert e.value.field == "output"
    with pytest.raises(ValidationError) as e:
        reports.make_report(dataset.ctx, dataset.world.viewer, _filters(dataset), "csv",
                            lang="fr")
    assert e.value.field == "lang"


def _sulh(*args: str, url: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "SULH_DATABASE_URL"}
    return subprocess.run([sys.executable, "-m", "sulh", "--db", url, *args],
                          capture_output=True, text=True, env=env, timeout=300, check=False)


def test_sulh_report_on_the_command_line(dataset: DataSet, tmp_path: Path):
    url = dataset.ctx.engine.url.render_as_string(hide_password=False)
    out = tmp_path / "erbil.csv"
    r = _sulh("report", "--period", "2025Q2", "--forum", "ERB01", "--lang", "ckb", "-o",
              str(out), url=url)
    assert r.returncode == 0, r.stderr
    assert "erbil.csv" in r.stdout
    found, filters = _csv_figures(out.read_bytes())
    # The command runs on the real clock: stages, outcomes and overdue checks as of today.
    check_figures(found, report_lines(expected(dataset, forum="ERB01",
                                               today=dt.date.today())))
    assert filters["forum"] == ("مەکۆی هەولێر (ERB01)", "Erbil forum (ERB01)")
    for args, words in ((("--period", "2025Q5"), "period"),
                        (("--period", "2025Q2", "--forum", "XXX01"), "XXX01")):
        r = _sulh("report", *args, "-o", str(tmp_path / "x.pdf"), url=url)
        assert r.returncode == 2 and words in r.stderr, r.stderr
        assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
    assert not (tmp_path / "x.pdf").exists()
