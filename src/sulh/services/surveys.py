"""Quarterly community survey rounds: entered by hand or imported from a survey
tool's export (CSV or XLSX, e.g. KoboToolbox), compared with the forum's baseline.

An export has one row per respondent: their sex and a yes/no answer per headline
indicator. Which column holds what is mapped once and saved under a name per
forum, so next quarter's file is read the same way. A file with any fault is
refused whole, each fault named by row and column; nothing is half-imported.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sulh.db import models as m
from sulh.domain import forum_work as fw
from sulh.domain.errors import NotFound, SulhError, ValidationError
from sulh.domain.roles import Action
from sulh.domain.text import clean_text
from sulh.i18n import QT_TRANSLATE_NOOP, Message, msg
from sulh.services import records
from sulh.services._common import check_version, diff, get, log
from sulh.services.context import Actor, ServiceContext
from sulh.services.forum_work import fields_error, require_forum, touch

#: Larger than any quarterly survey of one forum's area; a bigger file is a mistake.
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 100_000
FILE_TYPES = (".csv", ".xlsx")


# ---------------------------------------------------------------- faults in a file

@dataclass(frozen=True)
class Fault:
    """Something wrong in a survey file: where (row as a spreadsheet numbers it, the
    header being row 1; column letter and header) and what."""

    row: int | None
    column: str | None
    message: Message

    def where(self) -> str:
        parts = []
        if self.row is not None:
            parts.append(msg(QT_TRANSLATE_NOOP("Survey", "row {n}"), n=self.row).render())
        if self.column is not None:
            parts.append(msg(QT_TRANSLATE_NOOP("Survey", "column {name}"),
                             name=self.column).render())
        return ", ".join(parts)

    def __str__(self) -> str:
        where = self.where()
        return f"{where}: {self.message}" if where else str(self.message)


class SurveyFileRefused(SulhError):
    """The file was not imported; `faults` says where and why."""

    def __init__(self, faults: list[Fault]) -> None:
        super().__init__(msg(QT_TRANSLATE_NOOP(
            "Survey", "The file was not imported: {n} problem(s) found. Nothing was saved."),
            n=len(faults)), rule="survey_file", details=faults)
        self.faults = faults

    def __str__(self) -> str:
        return "\n".join([self.message.render(), *(f"  {f}" for f in self.faults)])


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: as a spreadsheet names its columns."""
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(ord("A") + rest) + out
    return out


def _column(index: int, header: str) -> str:
    return f"{column_letter(index)} ({header})" if header else column_letter(index)


def _refuse(text: tuple[str, str], row: int | None = None, column: str | None = None,
            **params: object) -> SurveyFileRefused:
    return SurveyFileRefused([Fault(row, column, msg(text, **params))])


# ---------------------------------------------------------------- reading a file

@dataclass(frozen=True)
class SurveyTable:
    name: str
    headers: list[str]
    rows: list[list[Any]]           # data rows; rows[0] is the file's row 2


def _cell(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


def _read_csv(data: bytes) -> list[list[Any]]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            line = data[:e.start].count(b"\n") + 1
            raise _refuse(QT_TRANSLATE_NOOP(
                "Survey", "The file is not UTF-8 text. Save it again as \"CSV UTF-8\"."),
                row=line) from e
    sample = text[:20_000]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        return [[_cell(v) for v in row] for row in csv.reader(io.StringIO(text), dialect)]
    except csv.Error as e:
        raise _refuse(QT_TRANSLATE_NOOP("Survey", "The file is not a readable CSV file."),
                      ) from e


def _read_xlsx(path: Path) -> list[list[Any]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as e:
        raise _refuse(QT_TRANSLATE_NOOP("Survey", "The file is not a readable XLSX workbook."),
                      ) from e
    try:
        sheet = book.worksheets[0]
        rows = []
        for row in sheet.iter_rows(values_only=True):
            rows.append([_cell(v) for v in row])
            if len(rows) > MAX_ROWS + 1:
                break
        return rows
    finally:
        book.close()


def read_table(path: Path | str) -> SurveyTable:
    """The header and data rows of a CSV or XLSX export (its first sheet)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FILE_TYPES:
        raise _refuse(QT_TRANSLATE_NOOP("Survey", "Choose a CSV or XLSX file (this is {kind})."),
                      kind=suffix or "?")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _refuse(QT_TRANSLATE_NOOP("Survey", "The file is too large for one survey round "
                                                      "({size} MB)."),
                          size=round(size / 1_048_576, 1))
        rows = _read_csv(path.read_bytes()) if suffix == ".csv" else _read_xlsx(path)
    except OSError as e:
        raise _refuse(QT_TRANSLATE_NOOP("Survey", "The file cannot be read: {reason}"),
                      reason=e.strerror or str(e)) from e
    while rows and all(v in (None, "") for v in rows[-1]):
        rows.pop()
    if not rows or all(v in (None, "") for v in rows[0]):
        raise _refuse(QT_TRANSLATE_NOOP("Survey", "The file has no header row."), row=1)
    if len(rows) - 1 > MAX_ROWS:
        raise _refuse(QT_TRANSLATE_NOOP("Survey", "The file has more than {n} rows."), n=MAX_ROWS)
    headers = ["" if v is None else str(v).strip() for v in rows[0]]
    return SurveyTable(path.name, headers, rows[1:])


def read_headers(path: Path | str) -> list[str]:
    return read_table(path).headers


def guess_columns(headers: Sequence[str]) -> dict[str, str | None]:
    """A first guess at which column holds what, from the headers' words."""
    return fw.guess_columns(list(headers))


# ---------------------------------------------------------------- counting answers

@dataclass(frozen=True)
class Tally:
    """What a file says, counted: respondents by sex; per indicator and sex, the
    answers and the yes answers. `faults` empty means the file can be imported."""

    rows: int
    respondents: dict[str, int]
    results: dict[str, dict[str, dict[str, int]]]
    faults: list[Fault] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict)

    def indicator_results(self) -> tuple[records.IndicatorResult, ...]:
        return tuple(records.IndicatorResult(
            i, {s: self.results[i][s]["yes"] for s in fw.SEXES},
            {s: self.results[i][s]["answered"] for s in fw.SEXES}) for i in fw.INDICATORS)


_FIELD_NAMES = {
    "sex": QT_TRANSLATE_NOOP("Survey", "sex"),
    "feel_safe": QT_TRANSLATE_NOOP("Survey", "feels safe"),
    "trust_police": QT_TRANSLATE_NOOP("Survey", "trusts the police"),
    "know_forum": QT_TRANSLATE_NOOP("Survey", "knows the forum"),
    "would_bring": QT_TRANSLATE_NOOP("Survey", "would bring a problem to the forum"),
}


def _check_columns(table: SurveyTable, columns: Mapping[str, str | None]) -> tuple[
        dict[str, int], list[Fault]]:
    faults: list[Fault] = []
    where: dict[str, int] = {}
    used: dict[str, str] = {}
    for name in fw.MAPPED_FIELDS:
        header = columns.get(name)
        what = msg(_FIELD_NAMES[name]).render()
        if not header:
            faults.append(Fault(1, None, msg(QT_TRANSLATE_NOOP(
                "Survey", "No column is chosen for \"{field}\". The file's columns are: "
                          "{headers}."), field=what, headers=", ".join(h for h in table.headers
                                                                       if h))))
            continue
        hits = [i for i, h in enumerate(table.headers) if h == header]
        if not hits:
            faults.append(Fault(1, None, msg(QT_TRANSLATE_NOOP(
                "Survey", "The column \"{header}\" chosen for \"{field}\" is not in this file."),
                header=header, field=what)))
        elif len(hits) > 1:
            faults.append(Fault(1, _column(hits[1], header), msg(QT_TRANSLATE_NOOP(
                "Survey", "The file has two columns named \"{header}\"."), header=header)))
        elif header in used:
            faults.append(Fault(1, _column(hits[0], header), msg(QT_TRANSLATE_NOOP(
                "Survey", "One column cannot hold both \"{a}\" and \"{b}\"."),
                a=msg(_FIELD_NAMES[used[header]]).render(), b=what)))
        else:
            where[name] = hits[0]
            used[header] = name
    return where, faults


def tally(table: SurveyTable, columns: Mapping[str, str | None]) -> Tally:
    """Count a file's answers with a column mapping; every fault is listed, none stops
    the count, so a person can fix them all at once."""
    where, faults = _check_columns(table, columns)
    respondents = {s: 0 for s in fw.SEXES}
    results = {i: {s: {"yes": 0, "answered": 0} for s in fw.SEXES} for i in fw.INDICATORS}
    counted = 0
    if faults:
        return Tally(0, respondents, results, faults)
    for n, row in enumerate(table.rows, start=2):
        if all(v in (None, "") for v in row):
            continue                # blank lines between records are not respondents
        counted += 1

        def value(name: str, row: list[Any] = row) -> Any:
            index = where[name]
            return row[index] if index < len(row) else None

        raw_sex = value("sex")
        sex = fw.sex_of(raw_sex)
        if sex is None:
            col = _column(where["sex"], table.headers[where["sex"]])
            if raw_sex in (None, ""):
                faults.append(Fault(n, col, msg(QT_TRANSLATE_NOOP(
                    "Survey", "The respondent's sex is blank."))))
            else:
                faults.append(Fault(n, col, msg(QT_TRANSLATE_NOOP(
                    "Survey", "\"{value}\" is not a sex this app knows: use female or male "
                              "(أنثى / ذكر, مێ / نێر)."), value=raw_sex)))
        else:
            respondents[sex] += 1
        for indicator in fw.INDICATORS:
            raw = value(indicator)
            answer = fw.answer_of(raw)
            if answer is None:
                faults.append(Fault(n, _column(where[indicator], table.headers[where[indicator]]),
                                    msg(QT_TRANSLATE_NOOP(
                                        "Survey", "\"{value}\" is not an answer this app knows: "
                                                  "use yes, no or don't know (نعم / لا / لا أعرف, "
                                                  "بەڵێ / نەخێر / نازانم), or leave it blank."),
                                        value=raw)))
            elif sex is not None and answer:
                results[indicator][sex]["answered"] += 1
                results[indicator][sex]["yes"] += answer == "yes"
    if not counted and not faults:
        faults.append(Fault(None, None, msg(QT_TRANSLATE_NOOP(
            "Survey", "The file has a header row but no answers."))))
    return Tally(counted, respondents, results, faults,
                 {k: str(columns[k]) for k in fw.MAPPED_FIELDS})


# ---------------------------------------------------------------- views

def round_view(x: m.SurveyRound) -> records.SurveyRoundView:
    yes: dict[str, dict[str, int]] = {i: {s: 0 for s in fw.SEXES} for i in fw.INDICATORS}
    answered: dict[str, dict[str, int]] = {i: {s: 0 for s in fw.SEXES} for i in fw.INDICATORS}
    for r in x.results:
        if r.indicator in yes:
            yes[r.indicator][r.sex] = r.yes
            answered[r.indicator][r.sex] = r.answered
    return records.SurveyRoundView(
        id=x.id, forum_id=x.forum_id, quarter=str(fw.Quarter(x.year, x.quarter)),
        baseline=x.baseline, respondents={"f": x.respondents_f, "m": x.respondents_m},
        results=tuple(records.IndicatorResult(i, yes[i], answered[i]) for i in fw.INDICATORS),
        source=x.source, source_file=x.source_file, mapping_name=x.mapping_name, note=x.note,
        version=x.version)


def mapping_view(x: m.SurveyMapping) -> records.SurveyMappingView:
    return records.SurveyMappingView(x.id, x.forum_id, x.name, dict(x.columns), x.version)


def _record(x: m.SurveyRound) -> dict[str, Any]:
    """The round as the audit trail keeps it."""
    return {"forum_id": x.forum_id, "quarter": str(fw.Quarter(x.year, x.quarter)),
            "baseline": x.baseline, "respondents": [x.respondents_f, x.respondents_m],
            "results": {r.indicator + "." + r.sex: [r.yes, r.answered] for r in x.results},
            "source": x.source, "source_file": x.source_file, "mapping": x.mapping_name,
            "note": x.note}


# ---------------------------------------------------------------- rounds

def _round(s: Session, round_id: int) -> m.SurveyRound:
    row = s.get(m.SurveyRound, round_id)
    if row is None:
        raise NotFound(msg(QT_TRANSLATE_NOOP("Error", "No such survey round: {id}."), id=round_id))
    return row


def _check_quarter(s: Session, forum: m.Forum, quarter: fw.Quarter, today: dt.date,
                   round_id: int | None = None) -> None:
    if quarter.start > today:
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Survey", "The quarter {q} has not begun yet."),
                                  q=str(quarter)), field="quarter")
    if forum.established_on is not None and quarter.end < forum.established_on:
        raise ValidationError(msg(QT_TRANSLATE_NOOP(
            "Survey", "The quarter {q} is before the forum was established."), q=str(quarter)),
            field="quarter")
    taken = s.execute(select(m.SurveyRound.id).where(
        m.SurveyRound.forum_id == forum.id, m.SurveyRound.year == quarter.year,
        m.SurveyRound.quarter == quarter.number)).scalar_one_or_none()
    if taken is not None and taken != round_id:
        raise ValidationError(msg(QT_TRANSLATE_NOOP(
            "Survey", "This forum already has a survey round for {q}."), q=str(quarter)),
            field="quarter")


def _baseline_of(s: Session, forum_id: int) -> m.SurveyRound | None:
    return s.execute(select(m.SurveyRound).where(m.SurveyRound.forum_id == forum_id,
                                                 m.SurveyRound.baseline)).scalar_one_or_none()


def _check_baseline(s: Session, forum_id: int, wanted: bool, round_id: int | None = None
                    ) -> None:
    current = _baseline_of(s, forum_id) if wanted else None
    if current is not None and current.id != round_id:
        raise ValidationError(msg(QT_TRANSLATE_NOOP(
            "Survey", "The baseline of this forum is the round of {q}. To compare with this "
                      "round instead, make it the baseline from the list of rounds."),
            q=str(fw.Quarter(current.year, current.quarter))), field="baseline")


def _set_results(row: m.SurveyRound, people: Mapping[str, int],
                 results: Mapping[str, Mapping[str, Mapping[str, int]]]) -> None:
    row.respondents_f, row.respondents_m = people["f"], people["m"]
    have = {(r.indicator, r.sex): r for r in row.results}
    for indicator in fw.INDICATORS:
        for sex in fw.SEXES:
            cell = results[indicator][sex]
            r = have.get((indicator, sex))
            if r is None:
                r = m.SurveyResult(indicator=indicator, sex=sex)
                row.results.append(r)
            r.yes, r.answered = cell["yes"], cell["answered"]


def _check_round(respondents: Mapping[str, object],
                 results: Mapping[str, Mapping[str, Mapping[str, object]]], note: object
                 ) -> tuple[dict[str, int], dict[str, dict[str, dict[str, int]]], str]:
    people, clean, errors = fw.check_results(respondents, results)
    try:
        text = clean_text(note, "note", max_length=2000, multiline=True)
    except ValidationError as e:
        errors.append(e)
        text = ""
    if errors:
        raise fields_error(errors)
    return people, clean, text


def list_rounds(ctx: ServiceContext, actor: Actor, forum_id: int
                ) -> list[records.SurveyRoundView]:
    """A forum's survey rounds, oldest quarter first."""
    actor.require(Action.VIEW_CASES)
    with ctx.reading() as uow:
        get(uow.session, m.Forum, forum_id, "forum")
        rows = uow.session.execute(select(m.SurveyRound).where(
            m.SurveyRound.forum_id == forum_id).order_by(m.SurveyRound.year,
                                                         m.SurveyRound.quarter)).scalars()
        return [round_view(x) for x in rows]


def get_round(ctx: ServiceContext, actor: Actor, round_id: int) -> records.SurveyRoundView:
    actor.require(Action.VIEW_CASES)
    with ctx.reading() as uow:
        return round_view(_round(uow.session, round_id))


def record_round(ctx: ServiceContext, actor: Actor, forum_id: int, *, quarter: str,
                 respondents: Mapping[str, int],
                 results: Mapping[str, Mapping[str, Mapping[str, int]]],
                 baseline: bool = False, note: str = "") -> records.SurveyRoundView:
    """A round entered by hand: respondents {"f": n, "m": n} and, per indicator and sex,
    {"yes": n, "answered": n} ("answered" defaults to that sex's respondents)."""
    actor.require(Action.MANAGE_FORUM_WORK)
    q = fw.Quarter.parse(quarter)
    people, clean, text = _check_round(respondents, results, note)
    with ctx.writing() as uow:
        s = uow.session
        forum: m.Forum = require_forum(actor, get(s, m.Forum, forum_id, "forum"))
        _check_quarter(s, forum, q, ctx.today())
        _check_baseline(s, forum.id, baseline)
        row = _new_round(s, ctx, actor, forum, q, baseline, people, clean, note=text)
        log(s, ctx, actor, "survey.create", "survey_round", row.id, after=_record(row))
        view = round_view(row)
        uow.commit()
        return view


def _new_round(s: Session, ctx: ServiceContext, actor: Actor, forum: m.Forum,
               q: fw.Quarter, baseline: bool, people: Mapping[str, int],
               results: Mapping[str, Mapping[str, Mapping[str, int]]], **extra: Any
               ) -> m.SurveyRound:
    row = m.SurveyRound(forum_id=forum.id, year=q.year, quarter=q.number, baseline=baseline,
                        recorded_by=actor.user_id, created_at=ctx.now(), updated_at=ctx.now(),
                        **extra)
    _set_results(row, people, results)
    s.add(row)
    s.flush()
    return row


def update_round(ctx: ServiceContext, actor: Actor, round_id: int, *, version: int,
                 quarter: str, respondents: Mapping[str, int],
                 results: Mapping[str, Mapping[str, Mapping[str, int]]],
                 note: str = "") -> records.SurveyRoundView:
    """Correct a round's figures or quarter (the baseline moves with set_baseline)."""
    actor.require(Action.MANAGE_FORUM_WORK)
    q = fw.Quarter.parse(quarter)
    people, clean, text = _check_round(respondents, results, note)
    with ctx.writing() as uow:
        s = uow.session
        row = _round(s, round_id)
        forum: m.Forum = require_forum(actor, get(s, m.Forum, row.forum_id, "forum"))
        check_version(row, version, round_view(row))
        _check_quarter(s, forum, q, ctx.today(), round_id=row.id)
        before = _record(row)
        row.year, row.quarter, row.note = q.year, q.number, text
        _set_results(row, people, clean)
        touch(row, ctx.now())
        s.flush()
        b, a = diff(before, _record(row))
        log(s, ctx, actor, "survey.update", "survey_round", row.id, before=b, after=a)
        view = round_view(row)
        uow.commit()
        return view


def set_baseline(ctx: ServiceContext, actor: Actor, round_id: int, *, version: int
                 ) -> records.SurveyRoundView:
    """Make this round the one its forum's later rounds are compared with."""
    actor.require(Action.MANAGE_FORUM_WORK)
    with ctx.writing() as uow:
        s = uow.session
        row = _round(s, round_id)
        require_forum(actor, get(s, m.Forum, row.forum_id, "forum"))
        check_version(row, version, round_view(row))
        old = _baseline_of(s, row.forum_id)
        if old is not None and old.id != row.id:
            old.baseline = False
            touch(old, ctx.now())
            s.flush()            # the one-baseline index is checked row by row
        row.baseline = True
        touch(row, ctx.now())
        s.flush()
        log(s, ctx, actor, "survey.baseline", "survey_round", row.id,
            before={"baseline": str(fw.Quarter(old.year, old.quarter)) if old else None},
            after={"baseline": str(fw.Quarter(row.year, row.quarter))})
        view = round_view(row)
        uow.commit()
        return view


def indicator_series(ctx: ServiceContext, actor: Actor, forum_id: int, indicator: str
                     ) -> records.IndicatorSeries:
    """One indicator across the forum's rounds, by sex, with its baseline value."""
    if indicator not in fw.INDICATORS:
        raise ValidationError(msg(QT_TRANSLATE_NOOP("ForumWork", "Unknown indicator: {code}."),
                                  code=indicator), field="indicator")
    points = []
    base = None
    for r in list_rounds(ctx, actor, forum_id):
        result = r.result(indicator)
        point = records.IndicatorPoint(r.quarter, r.baseline, result.percent("f"),
                                       result.percent("m"), result.percent())
        points.append(point)
        if r.baseline:
            base = point
    return records.IndicatorSeries(indicator, tuple(points), base)


# ---------------------------------------------------------------- mappings and import

def list_mappings(ctx: ServiceContext, actor: Actor, forum_id: int
                  ) -> list[records.SurveyMappingView]:
    """The forum's saved column mappings, the most recently used first."""
    actor.require(Action.VIEW_CASES)
    with ctx.reading() as uow:
        rows = uow.session.execute(select(m.SurveyMapping).where(
            m.SurveyMapping.forum_id == forum_id).order_by(m.SurveyMapping.updated_at.desc(),
                                                           m.SurveyMapping.id.desc())).scalars()
        return [mapping_view(x) for x in rows]


def _mapping(s: Session, forum_id: int, name: str) -> m.SurveyMapping | None:
    return s.execute(select(m.SurveyMapping).where(m.SurveyMapping.forum_id == forum_id,
                                                   m.SurveyMapping.name == name)
                     ).scalar_one_or_none()


def _save_mapping(s: Session, ctx: ServiceContext, actor: Actor, forum_id: int, name: str,
                  columns: Mapping[str, str]) -> m.SurveyMapping:
    row = _mapping(s, forum_id, name)
    wanted = {k: columns[k] for k in fw.MAPPED_FIELDS}
    if row is None:
        row = m.SurveyMapping(forum_id=forum_id, name=name, columns=wanted,
                              created_at=ctx.now(), updated_at=ctx.now())
        s.add(row)
        s.flush()
        log(s, ctx, actor, "survey_mapping.create", "survey_mapping", row.id,
            after={"forum_id": forum_id, "name": name, "columns": wanted})
    else:
        before = dict(row.columns)
        touch(row, ctx.now())          # the most recently used comes first next time
        if before != wanted:
            row.columns = wanted
            s.flush()
            log(s, ctx, actor, "survey_mapping.update", "survey_mapping", row.id,
                before={"columns": before}, after={"columns": wanted})
        s.flush()
    return row


def _mapping_name(name: str | None) -> str | None:
    if name is None:
        return None
    return clean_text(name, "mapping", max_length=64, required=True)


def _columns_for(ctx: ServiceContext, forum_id: int, table: SurveyTable, mapping: str | None,
                 columns: Mapping[str, str | None] | None) -> dict[str, str | None]:
    """The saved mapping (if named and saved) or a guess, with `columns` on top."""
    chosen: dict[str, str | None] = {}
    with ctx.reading() as uow:
        get(uow.session, m.Forum, forum_id, "forum")
        saved = _mapping(uow.session, forum_id, mapping) if mapping else None
        if saved is not None:
            chosen = dict(saved.columns)
    if saved is None:
        chosen = guess_columns(table.headers)
    chosen.update(columns or {})
    return chosen


def check_file(ctx: ServiceContext, actor: Actor, forum_id: int, path: Path | str, *,
               mapping: str | None = None, columns: Mapping[str, str | None] | None = None
               ) -> Tally:
    """What importing the file would record, and every fault that stops it; writes
    nothing."""
    actor.require(Action.VIEW_CASES)
    table = read_table(path)
    return tally(table, _columns_for(ctx, forum_id, table, _mapping_name(mapping), columns))


def import_round(ctx: ServiceContext, actor: Actor, forum_id: int, path: Path | str, *,
                 quarter: str, mapping: str | None = None,
                 columns: Mapping[str, str | None] | None = None, baseline: bool = False,
                 note: str = "") -> records.SurveyRoundView:
    """A round from a survey tool's export, in one transaction.

    The columns come from the forum's mapping called `mapping` when it is saved, else
    from a guess from the headers; `columns` overrides either. When `mapping` is
    named, the columns used are saved under that name with the round.
    """
    actor.require(Action.MANAGE_FORUM_WORK)
    q = fw.Quarter.parse(quarter)
    name = _mapping_name(mapping)
    text = clean_text(note, "note", max_length=2000, multiline=True)
    table = read_table(path)
    counted = tally(table, _columns_for(ctx, forum_id, table, name, columns))
    if counted.faults:
        raise SurveyFileRefused(counted.faults)
    with ctx.writing() as uow:
        s = uow.session
        forum: m.Forum = require_forum(actor, get(s, m.Forum, forum_id, "forum"))
        _check_quarter(s, forum, q, ctx.today())
        _check_baseline(s, forum.id, baseline)
        row = _new_round(s, ctx, actor, forum, q, baseline, counted.respondents,
                         counted.results, source="file", source_file=table.name[:260],
                         mapping_name=name or "", note=text)
        if name:
            _save_mapping(s, ctx, actor, forum.id, name, counted.columns)
        log(s, ctx, actor, "survey.import", "survey_round", row.id,
            after={**_record(row), "rows": counted.rows, "columns": counted.columns})
        view = round_view(row)
        uow.commit()
        return view
