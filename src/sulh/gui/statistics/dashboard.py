"""The statistics dashboard (ui/statistics_dashboard.ui): filters at the top, the key
figures as tiles, then one tab per breakdown with its chart and table. The figures
are counted by the database in a pool thread (gui.worker), so the window keeps
repainting on a large database; every figure opens to the cases behind it."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sulh.domain.reference import Label, reference
from sulh.domain.workflow import STAGE_LABELS, Stage
from sulh.gui import feedback
from sulh.gui.forms import load_form
from sulh.gui.qt_i18n import digits, translate
from sulh.gui.session import AppSession
from sulh.gui.statistics.charts import ChartItem, bar_chart, box_chart, pie_chart
from sulh.gui.worker import Job, start
from sulh.i18n import QT_TRANSLATE_NOOP
from sulh.services import forums, reports, statistics
from sulh.services.cases import CaseFilter
from sulh.services.figures import NOT_RECORDED
from sulh.services.statistics import Breakdown, Filters, Period, Statistics

_SEXES = {"female": QT_TRANSLATE_NOOP("Statistics", "Women"),
          "male": QT_TRANSLATE_NOOP("Statistics", "Men"),
          "f": QT_TRANSLATE_NOOP("Statistics", "Women"),
          "m": QT_TRANSLATE_NOOP("Statistics", "Men")}
_DISPLACEMENT = {"idp": QT_TRANSLATE_NOOP("Statistics", "Internally displaced (IDP)"),
                 "returnee": QT_TRANSLATE_NOOP("Statistics", "Returnee"),
                 "host": QT_TRANSLATE_NOOP("Statistics", "Host community"),
                 "refugee": QT_TRANSLATE_NOOP("Statistics", "Refugee")}
_RESULTS = {"complied": QT_TRANSLATE_NOOP("Statistics", "Kept"),
            "partly": QT_TRANSLATE_NOOP("Statistics", "Partly kept"),
            "breached": QT_TRANSLATE_NOOP("Statistics", "Broken")}
_MEMBER_CATEGORIES = {
    "police": QT_TRANSLATE_NOOP("Statistics", "Police"),
    "community": QT_TRANSLATE_NOOP("Statistics", "Community"),
    "women": QT_TRANSLATE_NOOP("Statistics", "Women"),
    "youth": QT_TRANSLATE_NOOP("Statistics", "Youth"),
    "displaced": QT_TRANSLATE_NOOP("Statistics", "Displaced"),
    "tribal": QT_TRANSLATE_NOOP("Statistics", "Tribal leaders"),
    "religious": QT_TRANSLATE_NOOP("Statistics", "Religious leaders"),
    "lawyer": QT_TRANSLATE_NOOP("Statistics", "Lawyers"),
    "civil_society": QT_TRANSLATE_NOOP("Statistics", "Civil society"),
}

#: Special choices of the period list (besides the quarters).
THIS_YEAR, LAST_YEAR, ALL_DATES, CHOOSE_DATES = "this_year", "last_year", "all", "dates"


@dataclass(frozen=True)
class SectionRow:
    label: str
    number: str
    share: str
    drill: CaseFilter | None
    value: float | None = None        # the bar or slice; None: not in the chart


@dataclass(frozen=True)
class Tile:
    key: str
    value: str
    title: str
    detail: str
    drill: CaseFilter | None


def _tile(parent: QWidget, key: str) -> QPushButton:
    """A key figure: its number large, what it is below; a click lists its cases."""
    button = QPushButton(parent)
    button.setObjectName(f"tile_{key}")
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    layout = QVBoxLayout(button)
    layout.setContentsMargins(6, 4, 6, 4)
    layout.setSpacing(0)
    for name, scale, bold in (("value", 1.5, True), ("caption", 1.0, False)):
        label = QLabel(button)
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Clicks go through to the button.
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        label.setFont(font)
        layout.addWidget(label)
    metrics = button.fontMetrics()
    button.setMinimumHeight(int(metrics.height() * 2.6) + 12)
    return button


class Section(QWidget):
    """One tab: a chart beside a table; double-clicking a bar, a slice or a row asks
    for the cases behind it."""

    def __init__(self, title: str, rows: Sequence[SectionRow], chart: str,
                 drill: Callable[[CaseFilter, str], None], parent: QWidget | None = None,
                 *, box: tuple[float, float, float, float, float] | None = None,
                 box_drill: CaseFilter | None = None, localize: bool = False) -> None:
        super().__init__(parent)
        self.title = title
        self.rows = list(rows)
        self._drill = drill
        self.ui = load_form("statistics_section", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.ui)
        table = self.ui.table
        table.setHorizontalHeaderLabels([translate("Statistics", "Figure"),
                                         translate("Statistics", "Number"),
                                         translate("Statistics", "Share")])
        table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            for c, text in enumerate((row.label, row.number, row.share)):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if row.drill is None:
                    item.setToolTip(translate("Statistics", "Not a count of cases."))
                table.setItem(r, c, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.cellDoubleClicked.connect(lambda r, _c: self.open_row(r))
        table.activated.connect(lambda index: self.open_row(index.row()))
        self.charted = [n for n, row in enumerate(self.rows) if row.value is not None]
        items = [ChartItem(self.rows[n].label, self.rows[n].value or 0.0) for n in self.charted]
        if chart == "box":
            self.chart = box_chart(title, box, lambda: self._open(box_drill, title),
                                   localize=localize)
        elif chart == "pie":
            self.chart = pie_chart(items, lambda i: self.open_row(self.charted[i]),
                                   localize=localize)
        else:
            self.chart = bar_chart(items, lambda i: self.open_row(self.charted[i]),
                                   localize=localize)
        self.ui.chartLayout.addWidget(self.chart)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.splitter.setSizes([600, 400])

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self._open(self.rows[row].drill, f"{self.title}: {self.rows[row].label}")

    def _open(self, drill: CaseFilter | None, title: str) -> None:
        if drill is not None:
            self._drill(drill, title)


class StatisticsDashboard(QWidget):
    #: The cases behind a figure, and a title naming the figure.
    drill_down = Signal(object, str)
    updated = Signal()
    failed = Signal(object)
    report_saved = Signal(str)

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.language = session.language
        self.arabic_indic = session.settings.arabic_indic_digits
        self.ui = load_form("statistics_dashboard", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.ui)
        self.stats: Statistics | None = None
        self.tiles: dict[str, QPushButton] = {}
        self.sections: dict[str, Section] = {}
        self._jobs: set[Job] = set()
        self._counting: Job | None = None
        self._again = False
        self._forum_names: dict[str, str] = {}
        self._fill_filters()
        ui = self.ui
        ui.busyLabel.hide()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.refresh)
        for combo in (ui.periodFilter, ui.forumFilter, ui.governorateFilter):
            combo.currentIndexChanged.connect(lambda _i: self._filters_changed())
        for edit in (ui.dateFrom, ui.dateTo):
            edit.dateChanged.connect(lambda _d: self._filters_changed())
        ui.refreshButton.clicked.connect(self.refresh)
        ui.saveReport.clicked.connect(self.save_report)
        self._filters_changed()
        self._debounce.stop()
        self.refresh()

    # -- filters

    def _fill_filters(self) -> None:
        ui, lang = self.ui, self.language
        today = self.session.ctx.today()
        for period in statistics.period_choices(today):
            year, q = period.quarter_of or (period.start.year, 0)
            ui.periodFilter.addItem(translate("Statistics", "{year} Q{q}").format(
                year=self._digits(str(year)), q=self._digits(str(q))), period)
        ui.periodFilter.addItem(translate("Statistics", "This year"), THIS_YEAR)
        ui.periodFilter.addItem(translate("Statistics", "Last year"), LAST_YEAR)
        ui.periodFilter.addItem(translate("Statistics", "All dates"), ALL_DATES)
        ui.periodFilter.addItem(translate("Statistics", "Choose dates…"), CHOOSE_DATES)
        start = statistics.period_choices(today, 1)[0]
        ui.dateFrom.setDate(QDate(start.start.year, start.start.month, start.start.day))
        ui.dateTo.setDate(QDate(today.year, today.month, today.day))
        ui.forumFilter.addItem(translate("Statistics", "All forums"), None)
        for f in forums.list_forums(self.session.ctx, self.session.actor):
            name = {"ar": f.name_ar, "ckb": f.name_ckb, "en": f.name_en}.get(lang) or f.name_ar
            self._forum_names[f.code] = name
            ui.forumFilter.addItem(f"{f.code} — {name}", f.id)
        ui.governorateFilter.addItem(translate("Statistics", "All governorates"), None)
        for code, place in sorted(reference().governorates.items(),
                                  key=lambda kv: kv[1].name(lang)):
            ui.governorateFilter.addItem(place.name(lang), code)

    def _filters_changed(self) -> None:
        custom = self.ui.periodFilter.currentData() == CHOOSE_DATES
        self.ui.dateFrom.setVisible(custom)
        self.ui.dateTo.setVisible(custom)
        self._debounce.start()

    def period(self) -> Period | None:
        choice = self.ui.periodFilter.currentData()
        year = self.session.ctx.today().year
        if isinstance(choice, Period):
            return choice
        if choice == THIS_YEAR:
            return Period.year(year)
        if choice == LAST_YEAR:
            return Period.year(year - 1)
        if choice == CHOOSE_DATES:
            start = self.ui.dateFrom.date().toPython()
            end = self.ui.dateTo.date().toPython()
            return Period.days(start, max(start, end))
        return None

    def filters(self) -> Filters:
        return Filters(self.period(), self.ui.forumFilter.currentData(),
                       self.ui.governorateFilter.currentData())

    def set_filters(self, *, period: Any = None, forum_id: int | None = None,
                    governorate: str | None = None) -> None:
        """Choose filters as a user would in the lists (period: an item's data)."""
        def index(combo: Any, data: Any) -> int:
            return next((i for i in range(combo.count()) if combo.itemData(i) == data), 0)

        ui = self.ui
        if period is not None:
            ui.periodFilter.setCurrentIndex(index(ui.periodFilter, period))
        ui.forumFilter.setCurrentIndex(index(ui.forumFilter, forum_id))
        ui.governorateFilter.setCurrentIndex(index(ui.governorateFilter, governorate))

    # -- counting

    @property
    def busy(self) -> bool:
        return self._counting is not None

    def refresh(self) -> None:
        """Count again with the filters shown; one count at a time, the latest wins."""
        self._debounce.stop()
        if self._counting is not None:
            self._again = True
            return
        filters = self.filters()
        ctx, actor = self.session.ctx, self.session.actor

        def count(report: Callable[[int, int], None], cancelled: threading.Event
                  ) -> Statistics:
            return statistics.compute(ctx, actor, filters)

        job = Job(count)
        # Bound methods: Qt drops the connection if this tab is closed meanwhile.
        job.signals.finished.connect(self._counted)
        job.signals.failed.connect(self._count_failed)
        self._counting = job
        self._jobs.add(job)
        self.ui.busyLabel.setText(translate("Statistics", "Counting…"))
        self.ui.busyLabel.show()
        start(job)

    def _finished_job(self) -> None:
        sender = self.sender()
        self._jobs = {j for j in self._jobs if j.signals is not sender}

    def _done(self) -> bool:
        self._finished_job()
        self._counting = None
        self.ui.busyLabel.hide()
        if self._again:
            self._again = False
            self.refresh()
            return False
        return True

    def _counted(self, result: Statistics) -> None:
        if not self._done():
            return
        self.stats = result
        self._show(result)
        self.updated.emit()

    def _count_failed(self, error: Exception) -> None:
        if not self._done():
            return
        feedback.show_error(self, error)
        self.failed.emit(error)

    # -- showing the figures

    def _digits(self, text: str) -> str:
        return digits(text, self.arabic_indic)

    def _n(self, value: float | None) -> str:
        if value is None:
            return "–"
        v = float(value)
        return self._digits(f"{v:,.0f}" if v == int(v) else f"{v:,.1f}")

    def _share(self, part: float | None, whole: int | None) -> str:
        if part is None or not whole:
            return ""
        return self._digits(f"{part / whole * 100:.1f}%")

    def _of(self, part: int, whole: int) -> str:
        return translate("Statistics", "{part} of {whole}").format(part=self._n(part),
                                                                   whole=self._n(whole))

    def _ref_name(self, table: Mapping[str, Label], code: str) -> str:
        if code == NOT_RECORDED:
            return translate("Statistics", "Not recorded")
        label = table.get(code)
        return label.name(self.language) if label else code

    def _marked(self, names: dict[str, tuple[str, str]], code: str) -> str:
        if code == NOT_RECORDED:
            return translate("Statistics", "Not recorded")
        return translate(*names[code]) if code in names else code

    def names(self, kind: str) -> Callable[[str], str]:
        ref = reference()
        if kind == "category":
            return lambda c: self._ref_name(ref.categories, c)
        if kind == "channel":
            return lambda c: self._ref_name(ref.referral_sources, c)
        if kind == "outcome":
            return lambda c: self._ref_name(ref.closure_reasons, c)
        if kind == "governorate":
            return lambda c: self._ref_name(ref.governorates, c)
        if kind == "stage":
            return lambda c: translate(*STAGE_LABELS[Stage(c)])
        if kind == "forum":
            return lambda c: f"{c} — {self._forum_names.get(c, c)}"
        if kind == "sex":
            return lambda c: self._marked(_SEXES, c)
        if kind == "displacement":
            return lambda c: self._marked(_DISPLACEMENT, c)
        if kind == "result":
            return lambda c: self._marked(_RESULTS, c)
        return lambda c: self._marked(_MEMBER_CATEGORIES, c)

    def _rows(self, b: Breakdown, kind: str, *, zeros: bool = True) -> list[SectionRow]:
        name = self.names(kind)
        return [SectionRow(name(r.key), self._n(r.count), self._share(r.count, b.total),
                           r.drill, float(r.count)) for r in b.rows if zeros or r.count]

    def _total(self, b: Breakdown, drill: CaseFilter | None) -> SectionRow:
        return SectionRow(translate("Statistics", "Total"), self._n(b.total), "", drill)

    def _show(self, s: Statistics) -> None:
        self._show_scope(s)
        self._show_tiles(s)
        current = self.ui.sections.currentIndex()
        while self.ui.sections.count():
            page = self.ui.sections.widget(0)
            self.ui.sections.removeTab(0)
            page.deleteLater()
        self.sections.clear()
        for key, title, rows, chart, extra in self._section_specs(s):
            section = Section(title, rows, chart, self.drill_down.emit,
                              localize=self.arabic_indic, **extra)
            section.setObjectName(f"section_{key}")
            self.sections[key] = section
            self.ui.sections.addTab(section, title)
        if 0 <= current < self.ui.sections.count():
            self.ui.sections.setCurrentIndex(current)

    def _show_scope(self, s: Statistics) -> None:
        f = s.filters
        if f.period is None:
            period = translate("Statistics", "all dates")
        else:
            period = translate("Statistics", "{start} to {end}").format(
                start=self._date(f.period.start), end=self._date(f.period.end))
        forum = (f"{s.forum.code} — {self._forum_names.get(s.forum.code, s.forum.code)}"
                 if s.forum is not None else translate("Statistics", "all forums"))
        governorate = (self.names("governorate")(f.governorate) if f.governorate
                       else translate("Statistics", "all governorates"))
        self.ui.scopeLabel.setText(translate(
            "Statistics", "Cases logged {period} (counted by intake date) · {forum} · "
                          "{governorate} · stages and outcomes as of {today}").format(
            period=period, forum=forum, governorate=governorate, today=self._date(s.as_of)))

    def _date(self, day: dt.date) -> str:
        return self._digits(day.strftime("%d/%m/%Y"))

    def _tile_specs(self, s: Statistics) -> list[Tile]:
        p, mem, fu, d = s.parties, s.members, s.follow_ups, s.days_to_agreement
        return [
            Tile("cases", self._n(s.cases), translate("Statistics", "Cases logged"), "",
                 s.all_drill),
            Tile("resolution", self._share(s.resolution.numerator, s.resolution.denominator)
                 or "–", translate("Statistics", "Resolution rate"),
                 translate("Statistics", "{part} of {whole} closed cases resolved").format(
                     part=self._n(s.resolution.numerator),
                     whole=self._n(s.resolution.denominator)), s.resolution.drill),
            Tile("referral", self._share(s.referral.numerator, s.referral.denominator) or "–",
                 translate("Statistics", "Referral rate"),
                 translate("Statistics", "{part} of {whole} cases referred").format(
                     part=self._n(s.referral.numerator), whole=self._n(s.referral.denominator)),
                 s.referral.drill),
            Tile("median_days", self._n(d.median),
                 translate("Statistics", "Median days to agreement"),
                 translate("Statistics", "Middle half: {q1} to {q3} days, over {n} signed "
                                 "agreements").format(q1=self._n(d.q1), q3=self._n(d.q3),
                                                      n=self._n(d.count)), d.drill),
            Tile("no_shows", self._share(s.no_shows.sessions_with_absence, s.no_shows.sessions)
                 or "–", translate("Statistics", "Sessions with a no-show"),
                 self._of(s.no_shows.sessions_with_absence, s.no_shows.sessions),
                 s.no_shows.drill),
            Tile("women_parties", self._share(p.women, p.people) or "–",
                 translate("Statistics", "Women among parties"), self._of(p.women, p.people),
                 p.women_drill),
            Tile("displaced_parties", self._share(p.displaced, p.people) or "–",
                 translate("Statistics", "Displaced among parties"),
                 self._of(p.displaced, p.people),
                 p.displaced_drill),
            Tile("women_members", self._share(mem.women, mem.members) or "–",
                 translate("Statistics", "Women among members"), self._of(mem.women, mem.members),
                 None),
            Tile("kept", self._share(fu.results.count("complied"), fu.results.total) or "–",
                 translate("Statistics", "Follow-ups kept"),
                 self._of(fu.results.count("complied"), fu.results.total),
                 next((r.drill for r in fu.results.rows if r.key == "complied"), None)),
            Tile("overdue", self._n(fu.overdue_checks),
                 translate("Statistics", "Overdue follow-ups"),
                 translate("Statistics", "in {n} cases").format(n=self._n(fu.overdue_cases)),
                 fu.overdue_drill),
        ]

    def _show_tiles(self, s: Statistics) -> None:
        grid = self.ui.tileGrid
        per_row = 5
        for n, spec in enumerate(self._tile_specs(s)):
            button = self.tiles.get(spec.key)
            if button is None:
                button = _tile(self.ui.tiles, spec.key)
                button.clicked.connect(lambda _c=False, key=spec.key: self.open_tile(key))
                self.tiles[spec.key] = button
                grid.addWidget(button, n // per_row, n % per_row)
            button.findChild(QLabel, "value").setText(spec.value)
            button.findChild(QLabel, "caption").setText(spec.title)
            button.setAccessibleName(f"{spec.title}: {spec.value}")
            button.setToolTip(spec.detail)
            button.setProperty("drill", spec.drill)
            button.setProperty("title", spec.title)

    def open_tile(self, key: str) -> None:
        button = self.tiles[key]
        drill = button.property("drill")
        if isinstance(drill, CaseFilter):
            self.drill_down.emit(drill, str(button.property("title")))

    def _section_specs(self, s: Statistics) -> list[tuple[str, str, list[SectionRow], str,
                                                          dict[str, Any]]]:
        outcome = self._rows(s.by_outcome, "outcome") + [
            self._total(s.by_outcome, s.resolution.base_drill)]
        d = s.days_to_agreement
        spread = [SectionRow(translate("Statistics", "Cases with a signed agreement"),
                             self._n(d.count),
                             "", d.drill)]
        for label, value in ((translate("Statistics", "Shortest"), d.minimum),
                             (translate("Statistics", "Lower quartile"), d.q1),
                             (translate("Statistics", "Median"), d.median),
                             (translate("Statistics", "Upper quartile"), d.q3),
                             (translate("Statistics", "Longest"), d.maximum),
                             (translate("Statistics", "Average"), d.mean)):
            spread.append(SectionRow(label, self._n(value), "", d.drill))
        box = None
        if d.count:
            box = (float(d.minimum or 0), float(d.q1 or 0), float(d.median or 0),
                   float(d.q3 or 0), float(d.maximum or 0))
        ns = s.no_shows
        no_shows = [
            SectionRow(translate("Statistics", "Sessions where every party came"),
                       self._n(ns.sessions - ns.sessions_with_absence),
                       self._share(ns.sessions - ns.sessions_with_absence, ns.sessions), None,
                       float(ns.sessions - ns.sessions_with_absence)),
            SectionRow(translate("Statistics", "Sessions where a party did not come"),
                       self._n(ns.sessions_with_absence),
                       self._share(ns.sessions_with_absence, ns.sessions), ns.drill,
                       float(ns.sessions_with_absence)),
            SectionRow(translate("Statistics", "Absences (one per absent party per session)"),
                       self._n(ns.absences), "", ns.drill),
            SectionRow(translate("Statistics", "Cases with a no-show"),
                       self._n(ns.cases_with_absence),
                       self._share(ns.cases_with_absence, s.cases), ns.drill)]
        p = s.parties
        sexes = self._rows(p.by_sex, "sex", zeros=False) + [
            SectionRow(translate("Statistics", "Cases with a woman as a party"),
                       self._n(p.cases_with_women), self._share(p.cases_with_women, s.cases),
                       p.women_drill)]
        displaced = self._rows(p.by_displacement, "displacement", zeros=False) + [
            SectionRow(translate("Statistics", "Cases with a displaced person as a party"),
                       self._n(p.cases_with_displaced),
                       self._share(p.cases_with_displaced, s.cases), p.displaced_drill)]
        mem = s.members
        members = [SectionRow(r.label, r.number, r.share, None, r.value)
                   for r in self._rows(mem.by_category, "member", zeros=False)]
        members += [SectionRow(self.names("sex")(r.key), self._n(r.count),
                               self._share(r.count, mem.members), None)
                    for r in mem.by_sex.rows]
        members.append(SectionRow(translate("Statistics", "Total"), self._n(mem.members), "", None))
        fu = s.follow_ups
        follow_ups = self._rows(fu.results, "result") + [
            SectionRow(translate("Statistics", "Overdue checks"), self._n(fu.overdue_checks), "",
                       fu.overdue_drill),
            SectionRow(translate("Statistics", "Cases with an overdue check"),
                       self._n(fu.overdue_cases), self._share(fu.overdue_cases, s.cases),
                       fu.overdue_drill)]
        none: dict[str, Any] = {}
        return [
            ("category", translate("Statistics", "Kind of dispute"),
             self._rows(s.by_category, "category"), "bars", none),
            ("channel", translate("Statistics", "Referral source"),
             self._rows(s.by_channel, "channel"), "bars", none),
            ("stage", translate("Statistics", "Stage"), self._rows(s.by_stage, "stage"), "bars",
             none),
            ("outcome", translate("Statistics", "Outcome"), outcome, "pie", none),
            ("forum", translate("Statistics", "Forum"), self._rows(s.by_forum, "forum"), "bars",
             none),
            ("governorate", translate("Statistics", "Governorate"),
             self._rows(s.by_governorate, "governorate"), "bars", none),
            ("days", translate("Statistics", "Days to agreement"), spread, "box",
             {"box": box, "box_drill": d.drill}),
            ("no_shows", translate("Statistics", "No-shows"), no_shows, "pie", none),
            ("party_sex", translate("Statistics", "Parties by sex"), sexes, "pie", none),
            ("party_displacement", translate("Statistics", "Parties by displacement"), displaced,
             "bars", none),
            ("members", translate("Statistics", "Forum members"), members, "bars", none),
            ("follow_ups", translate("Statistics", "Follow-ups"), follow_ups, "pie", none),
        ]

    # -- the report

    def save_report(self) -> None:
        """Save the figures shown as a PDF, XLSX or CSV report (the file's suffix says)."""
        period = self.filters().period
        name = f"sulh-report-{period.label if period else 'all'}.pdf".replace("..", "_")
        pdf = translate("Statistics", "PDF report (*.pdf)")
        xlsx = translate("Statistics", "Excel workbook (*.xlsx)")
        csv = translate("Statistics", "CSV file (*.csv)")
        path, chosen = QFileDialog.getSaveFileName(
            self, translate("Statistics", "Save the report"), name, ";;".join((pdf, xlsx, csv)))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".pdf", ".xlsx", ".csv"):
            target = target.with_suffix({xlsx: ".xlsx", csv: ".csv"}.get(chosen, ".pdf"))
        filters = self.filters()
        lang = "ckb" if self.language == "ckb" else "ar"
        ctx, actor = self.session.ctx, self.session.actor

        def write(report: Callable[[int, int], None], cancelled: threading.Event) -> str:
            reports.save_report(ctx, actor, filters, target, lang=lang)
            return str(target)

        job = Job(write)
        job.signals.finished.connect(self._saved)
        job.signals.failed.connect(self._save_failed)
        self._jobs.add(job)
        self.ui.saveReport.setEnabled(False)
        self.ui.busyLabel.setText(translate("Statistics", "Saving the report…"))
        self.ui.busyLabel.show()
        start(job)

    def _saved(self, path: str) -> None:
        self._finished_job()
        self.ui.saveReport.setEnabled(True)
        self.ui.busyLabel.setText(translate("Statistics", "Report saved: {path}").format(
            path=path))
        self.report_saved.emit(path)

    def _save_failed(self, error: Exception) -> None:
        self._finished_job()
        self.ui.saveReport.setEnabled(True)
        self.ui.busyLabel.hide()
        feedback.show_error(self, error)
