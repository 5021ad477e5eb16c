"""The statistics report for the directorate and donors, as a bilingual PDF, an XLSX
workbook or a CSV file: the same tables in each, with the filters they were made with,
names and not ids, and how each figure is counted.

The figures come from `services.statistics`; this module only names and lays them out.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from sulh.documents.bidi_text import WESTERN
from sulh.documents.formatting import short_date
from sulh.documents.labels import CODES
from sulh.documents.model import Localised
from sulh.documents.report import (
    ReportFilter,
    ReportLine,
    ReportTable,
    StatisticsReport,
    render_report,
)
from sulh.documents.report_labels import LANGUAGES, all_languages
from sulh.domain.errors import ValidationError
from sulh.domain.reference import Label, reference
from sulh.i18n import QT_TRANSLATE_NOOP, msg
from sulh.services.context import Actor, ServiceContext
from sulh.services.figures import NOT_RECORDED
from sulh.services.statistics import Breakdown, Filters, Statistics, compute

#: The language pairs a report is made in: Arabic or Kurdish, with English.
REPORT_LANGUAGES = {"ar": ("ar", "en"), "ckb": ("ckb", "en")}
FORMATS = ("pdf", "xlsx", "csv")
#: What a line's code is in the CSV and XLSX for a row with nothing recorded.
NOT_RECORDED_KEY = "not_recorded"


def report_languages(lang: str) -> tuple[str, str]:
    try:
        return REPORT_LANGUAGES[lang]
    except KeyError:
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Statistics", "The report is made in "
                                                                  "Arabic (ar) or Kurdish (ckb), "
                                                                  "each with English.")),
                              field="lang") from None


# ------------------------------------------------------------------ naming the rows

def _names(label: Label | None, code: str) -> Localised:
    if code == NOT_RECORDED:
        return all_languages("not_recorded")
    return dict(label.names) if label is not None else {lang: code for lang in LANGUAGES}


def _code_names(code: str) -> Localised:
    return {lang: CODES[lang].get(code) or CODES["en"].get(code) or code for lang in LANGUAGES}


def _labelled(prefix: str) -> Callable[[str], Localised]:
    def name(code: str) -> Localised:
        if code == NOT_RECORDED:
            return all_languages("not_recorded")
        return all_languages(f"{prefix}_{code}")
    return name


def _key(code: str) -> str:
    return code if code != NOT_RECORDED else NOT_RECORDED_KEY


def _lines(b: Breakdown, name: Callable[[str], Localised], *, zeros: bool = True,
           share_of: int | None = None) -> tuple[ReportLine, ...]:
    of = b.total if share_of is None else share_of
    return tuple(ReportLine(_key(r.key), name(r.key), r.count, of) for r in b.rows
                 if zeros or r.count)


def _total(b: Breakdown) -> ReportLine:
    return ReportLine("total", all_languages("total"), b.total)


def _forum_names(stats: Statistics) -> Callable[[str], Localised]:
    def name(code: str) -> Localised:
        forum = stats.forums[code]
        fallback = forum.names.get("ar") or code
        return {lang: f"{forum.names.get(lang) or fallback} ({code})" for lang in LANGUAGES}
    return name


# ------------------------------------------------------------------ the report

def _dates(day: dt.date) -> Localised:
    return {lang: short_date(day, lang, WESTERN) for lang in LANGUAGES}


def _filters(stats: Statistics) -> tuple[ReportFilter, ...]:
    f = stats.filters
    if f.period is None:
        period = all_languages("all_time")
    else:
        quarter = f.period.quarter_of
        period = {}
        for lang in LANGUAGES:
            label = (all_languages("quarter", year=quarter[0], q=quarter[1])[lang]
                     if quarter else f.period.label)
            period[lang] = all_languages(
                "period_value", label=label, start=short_date(f.period.start, lang, WESTERN),
                end=short_date(f.period.end, lang, WESTERN))[lang]
    forum = stats.forum
    forum_value = (_forum_names(stats)(forum.code) if forum is not None
                   else all_languages("all_forums"))
    governorate = (_names(reference().governorates.get(f.governorate), f.governorate)
                   if f.governorate else all_languages("all_governorates"))
    return (ReportFilter("period", all_languages("period"), period),
            ReportFilter("forum", all_languages("forum"), forum_value),
            ReportFilter("governorate", all_languages("governorate"), governorate),
            ReportFilter("counted_by", all_languages("counted_by"),
                         all_languages("counted_by_value")),
            ReportFilter("as_of", all_languages("as_of"), _dates(stats.as_of)))


def _key_figures(stats: Statistics) -> ReportTable:
    p, mem, fu = stats.parties, stats.members, stats.follow_ups
    line = ReportLine
    return ReportTable("key_figures", all_languages("key_figures"), (
        line("cases", all_languages("cases"), stats.cases),
        line("resolution_rate", all_languages("resolution_rate"), stats.resolution.numerator,
             stats.resolution.denominator),
        line("referral_rate", all_languages("referral_rate"), stats.referral.numerator,
             stats.referral.denominator),
        line("median_days", all_languages("median_days"), stats.days_to_agreement.median,
             days=True),
        line("no_show_share", all_languages("no_show_share"),
             stats.no_shows.sessions_with_absence, stats.no_shows.sessions),
        line("women_parties", all_languages("women_parties"), p.women, p.people),
        line("displaced_parties", all_languages("displaced_parties"), p.displaced, p.people),
        line("women_members", all_languages("women_members"), mem.women, mem.members),
        line("displaced_members", all_languages("displaced_members"), mem.displaced,
             mem.members),
        line("compliance", all_languages("compliance"), fu.results.count("complied"),
             fu.results.total),
        line("overdue_checks", all_languages("overdue_checks"), fu.overdue_checks),
    ), fractions=True)


def build_report(stats: Statistics) -> StatisticsReport:
    """Name and order every figure of `stats` for the PDF, XLSX and CSV."""
    ref = reference()
    f = stats.filters
    quarter = f.period.quarter_of if f.period is not None else None
    d = stats.days_to_agreement
    ns = stats.no_shows
    p = stats.parties
    # Dates are day/month/year with Western digits in every language of the report.
    member_day = short_date(stats.members.on, "en", WESTERN)

    people = ReportLine("people", all_languages("people"), p.people)

    def days(key: str, value: float | None) -> ReportLine:
        return ReportLine(key, all_languages(key), value, days=True)

    tables = (
        _key_figures(stats),
        ReportTable("by_category", all_languages("by_category"),
                    _lines(stats.by_category,
                           lambda c: _names(ref.categories.get(c), c)),
                    _total(stats.by_category), chart=True),
        ReportTable("by_channel", all_languages("by_channel"),
                    _lines(stats.by_channel,
                           lambda c: _names(ref.referral_sources.get(c), c)),
                    _total(stats.by_channel), chart=True),
        ReportTable("by_stage", all_languages("by_stage"),
                    _lines(stats.by_stage, _code_names, zeros=False),
                    _total(stats.by_stage), chart=True),
        ReportTable("by_outcome", all_languages("by_outcome"),
                    _lines(stats.by_outcome,
                           lambda c: _names(ref.closure_reasons.get(c), c)),
                    _total(stats.by_outcome), chart=True),
        ReportTable("by_forum", all_languages("by_forum"),
                    _lines(stats.by_forum, _forum_names(stats)), _total(stats.by_forum),
                    chart=True),
        ReportTable("by_governorate", all_languages("by_governorate"),
                    _lines(stats.by_governorate,
                           lambda c: _names(ref.governorates.get(c), c)),
                    _total(stats.by_governorate), chart=True),
        ReportTable("days", all_languages("days"), (
            ReportLine("days_count", all_languages("days_count"), d.count),
            days("days_min", d.minimum), days("days_q1", d.q1),
            days("days_median", d.median), days("days_q3", d.q3),
            days("days_max", d.maximum), days("days_mean", d.mean)),
                    value_header="days_unit"),
        ReportTable("no_shows", all_languages("no_shows"), (
            ReportLine("sessions", all_languages("sessions"), ns.sessions),
            ReportLine("sessions_absent", all_languages("sessions_absent"),
                       ns.sessions_with_absence, ns.sessions),
            ReportLine("absences", all_languages("absences"), ns.absences),
            ReportLine("cases_absent", all_languages("cases_absent"), ns.cases_with_absence,
                       stats.cases)), fractions=True),
        ReportTable("party_sex", all_languages("party_sex"),
                    (people,) + _lines(p.by_sex, _labelled("sex"), zeros=False) + (
                        ReportLine("cases_with_women", all_languages("cases_with_women"),
                                   p.cases_with_women, stats.cases),), fractions=True),
        ReportTable("party_displacement", all_languages("party_displacement"),
                    (people,) + _lines(p.by_displacement, _labelled("displacement"),
                                       zeros=False) + (
                        ReportLine("cases_with_displaced",
                                   all_languages("cases_with_displaced"),
                                   p.cases_with_displaced, stats.cases),), fractions=True),
        ReportTable("member_sex", all_languages("member_sex", date=member_day),
                    _lines(stats.members.by_sex, _member_sex), _total(stats.members.by_sex)),
        ReportTable("member_category", all_languages("member_category", date=member_day),
                    _lines(stats.members.by_category, _labelled("member"), zeros=False),
                    _total(stats.members.by_category), chart=True),
        ReportTable("follow_ups", all_languages("follow_ups"),
                    _lines(stats.follow_ups.results, _code_names),
                    _total(stats.follow_ups.results), chart=True),
        ReportTable("overdue", all_languages("overdue"), (
            ReportLine("overdue_checks", all_languages("overdue_checks"),
                       stats.follow_ups.overdue_checks),
            ReportLine("overdue_cases", all_languages("overdue_cases"),
                       stats.follow_ups.overdue_cases, stats.cases)), fractions=True),
    )
    as_of = short_date(stats.as_of, "en", WESTERN)
    notes = (all_languages("note_counted", date=as_of), all_languages("note_resolution"),
             all_languages("note_referral"), all_languages("note_days"),
             all_languages("note_no_shows"), all_languages("note_parties"),
             all_languages("note_members", date=member_day),
             all_languages("note_follow_ups", date=as_of))
    reference_text = f.period.label if f.period is not None else "all"
    if stats.forum is not None:
        reference_text += f" · {stats.forum.code}"
    if f.governorate:
        reference_text += f" · {f.governorate}"
    return StatisticsReport(
        title=all_languages("title_quarter" if quarter else "title_other"),
        subtitle=all_languages("subtitle"), reference=reference_text,
        filters=_filters(stats), tables=tables, notes=notes)


def _member_sex(code: str) -> Localised:
    return all_languages({"f": "sex_female", "m": "sex_male"}.get(code, "not_recorded"))


# ------------------------------------------------------------------ the files

def _label(texts: Localised, lang: str) -> str:
    return texts.get(lang) or texts.get("en") or ""


def report_pdf(report: StatisticsReport, languages: Sequence[str]) -> bytes:
    return render_report(report, languages=languages)


#: The workbook's sheet for each table (a sheet name is at most 31 characters).
SHEET_NAMES = {
    "key_figures": "Key figures", "by_category": "Kind of dispute",
    "by_channel": "Referral source", "by_stage": "Stage", "by_outcome": "Outcome",
    "by_forum": "Forum", "by_governorate": "Governorate", "days": "Days to agreement",
    "no_shows": "No-shows", "party_sex": "Parties by sex",
    "party_displacement": "Parties by displacement", "member_sex": "Members by sex",
    "member_category": "Members by category", "follow_ups": "Follow-ups",
    "overdue": "Overdue follow-ups",
}
#: Rows above a table sheet's column headings: its title in each language.
TITLE_ROWS = 2


def report_xlsx(report: StatisticsReport, languages: Sequence[str]) -> bytes:
    """One sheet with the filters and notes, then one sheet per table; each line with its
    code, its name in both languages, the number, what its share is of, and the share."""
    first, second = languages
    wb = Workbook()
    bold = Font(bold=True)
    head = PatternFill("solid", fgColor="DDDDDD")
    ws = wb.active
    ws.title = "Filters"
    ws.append(["filter", f"name ({first})", f"name ({second})", f"value ({first})",
               f"value ({second})"])
    for f in report.filters:
        ws.append([f.key, _label(f.label, first), _label(f.label, second),
                   _label(f.value, first), _label(f.value, second)])
    ws.append([])
    ws.append(["note", _label(all_languages("notes"), first),
               _label(all_languages("notes"), second)])
    for n, note in enumerate(report.notes, start=1):
        ws.append([f"note {n}", _label(note, first), _label(note, second)])
    _style(ws, bold, head, widths=[14, 40, 40, 50, 50])
    for table in report.tables:
        sheet = wb.create_sheet(SHEET_NAMES.get(table.key, table.key)[:31])
        sheet.append([_label(table.title, first)])
        sheet.append([_label(table.title, second)])
        sheet.append(["code", f"name ({first})", f"name ({second})",
                      "days" if table.value_header == "days_unit" else "number",
                      "out of", "share"])
        lines = list(table.lines) + ([table.total] if table.total is not None else [])
        for line in lines:
            sheet.append([line.key, _label(line.label, first), _label(line.label, second),
                          line.value, line.of, line.share])
            sheet.cell(sheet.max_row, 6).number_format = "0.0%"
        if table.total is not None:
            for cell in sheet[sheet.max_row]:
                cell.font = bold
        _style(sheet, bold, head, widths=[18, 44, 44, 10, 10, 10], header=TITLE_ROWS + 1)
        sheet["A1"].font = sheet["A2"].font = Font(bold=True, size=12)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _style(ws: Any, bold: Font, fill: PatternFill, *, widths: Sequence[int],
           header: int = 1) -> None:
    for cell in ws[header]:
        cell.font = bold
        cell.fill = fill
    for n, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(n)].width = width
    for row in ws.iter_rows(min_row=header + 1):
        for cell in row:
            if isinstance(cell.value, str):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = f"A{header + 1}"


CSV_COLUMNS = ("table", "code", "name_{first}", "name_{second}", "value", "out_of", "share")


def report_csv(report: StatisticsReport, languages: Sequence[str]) -> bytes:
    """One row per figure (the filters first), UTF-8 with a byte order mark so that
    spreadsheet programs read the Arabic and Kurdish names correctly."""
    first, second = languages
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([c.format(first=first, second=second) for c in CSV_COLUMNS])
    for f in report.filters:
        w.writerow(["filters", f.key, _label(f.value, first), _label(f.value, second),
                    "", "", ""])
    for table in report.tables:
        lines = list(table.lines) + ([table.total] if table.total is not None else [])
        for line in lines:
            share = line.share
            w.writerow([table.key, line.key, _label(line.label, first),
                        _label(line.label, second),
                        "" if line.value is None else _number(line.value),
                        "" if line.of is None else line.of,
                        "" if share is None else f"{share:.4f}"])
    for n, note in enumerate(report.notes, start=1):
        w.writerow(["notes", f"note {n}", _label(note, first), _label(note, second),
                    "", "", ""])
    return buf.getvalue().encode("utf-8-sig")


def _number(value: float) -> str:
    return str(int(value)) if float(value) == int(value) else f"{value:.2f}"


WRITERS: dict[str, Callable[[StatisticsReport, Sequence[str]], bytes]] = {
    "pdf": report_pdf, "xlsx": report_xlsx, "csv": report_csv}


def format_of(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Statistics", "A report is saved as .pdf, "
                                                                  ".xlsx or .csv.")),
                              field="output")
    return suffix


def make_report(ctx: ServiceContext, actor: Actor, filters: Filters, fmt: str, *,
                lang: str = "ar") -> bytes:
    """The report for `filters` as the bytes of a `fmt` file ("pdf", "xlsx", "csv")."""
    if fmt not in FORMATS:
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Statistics", "A report is saved as .pdf, "
                                                                  ".xlsx or .csv.")),
                              field="output")
    languages = report_languages(lang)
    report = build_report(compute(ctx, actor, filters))
    return WRITERS[fmt](report, languages)


def save_report(ctx: ServiceContext, actor: Actor, filters: Filters, path: Path, *,
                lang: str = "ar") -> int:
    """Write the report to `path` (its suffix chooses the format); a file is only ever
    replaced whole. Returns the size written."""
    data = make_report(ctx, actor, filters, format_of(path), lang=lang)
    part = path.with_name(f".{path.name}.part")
    try:
        part.write_bytes(data)
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)
    return len(data)
