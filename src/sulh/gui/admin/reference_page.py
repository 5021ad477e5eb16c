"""The reference data page: the lists every form chooses from, each entry with its code
and its Arabic, Kurdish and English names, read-only (ui/admin_reference.ui)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QVBoxLayout, QWidget

from sulh.domain.reference import Label, reference
from sulh.gui.admin.common import ltr, rtl
from sulh.gui.forms import load_form
from sulh.gui.qt_i18n import digits, translate
from sulh.gui.session import AppSession

LANGUAGES = ("ar", "ckb", "en")
Row = tuple[str, str, dict[str, str]]       # code, the "belongs to" column, names


def _labels(items: dict[str, Label], parent: Callable[[Label], str] | None = None
            ) -> list[Row]:
    return [(code, parent(label) if parent else "", label.names)
            for code, label in items.items()]


class ReferencePage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = load_form("admin_reference", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.ui)
        ref, lang = reference(), session.language

        def place(label: Label, key: str, within: dict[str, Label]) -> str:
            owner = within.get(str(label.extra.get(key, "")))
            return owner.name(lang) if owner else ""

        district_of = {s.code: d for d in ref.districts.values() for s in d.children}
        # (label, heading of the "belongs to" column or "", rows)
        self.kinds: list[tuple[str, str, Callable[[], list[Row]]]] = [
            (translate("ReferencePage", "Governorates"),
             translate("ReferencePage", "Region"),
             lambda: _labels(ref.governorates, lambda g: _region(g.extra.get("region")))),
            (translate("ReferencePage", "Districts"),
             translate("ReferencePage", "Governorate"),
             lambda: _labels(ref.districts,
                             lambda d: place(d, "governorate", ref.governorates))),
            (translate("ReferencePage", "Sub-districts"),
             translate("ReferencePage", "District"),
             lambda: [(code, district_of[code].name(lang) if code in district_of else "",
                       s.names) for code, s in ref.subdistricts.items()]),
            (translate("ReferencePage", "Dispute categories"),
             translate("ReferencePage", "Must be referred"),
             lambda: _labels(ref.categories,
                             lambda c: translate("ReferencePage", "Yes")
                             if c.extra.get("must_refer") else "")),
            (translate("ReferencePage", "Referral sources"), "",
             lambda: _labels(ref.referral_sources)),
            (translate("ReferencePage", "Referral destinations"), "",
             lambda: _labels(ref.referral_destinations)),
            (translate("ReferencePage", "Closure reasons"), "",
             lambda: _labels(ref.closure_reasons)),
            (translate("ReferencePage", "Agreement clauses"),
             translate("ReferencePage", "Kind"),
             lambda: [(c.code, c.kind, c.texts) for c in ref.clauses.values()]),
        ]
        for label, _parent, _rows in self.kinds:
            self.ui.kind.addItem(label)
        table = self.ui.referenceTable
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        self.ui.kind.currentIndexChanged.connect(lambda _i: self.show_kind())
        self.ui.filterText.textChanged.connect(lambda _t: self._filter())
        self.show_kind()

    def show_kind(self) -> None:
        _label, parent_heading, rows_of = self.kinds[self.ui.kind.currentIndex()]
        lang = self.session.language
        rows = sorted(rows_of(), key=lambda r: (r[1], r[2].get(lang) or r[2].get("en", "")))
        headings = [translate("ReferencePage", "Code")]
        if parent_heading:
            headings.append(parent_heading)
        headings += [translate("ReferencePage", "Arabic"), translate("ReferencePage", "Kurdish"),
                     translate("ReferencePage", "English")]
        table = self.ui.referenceTable
        long_texts = any(len(r[2].get("en", "")) > 80 for r in rows)
        table.clear()
        table.setRowCount(0)            # rows made tall for long clauses start afresh
        table.setWordWrap(long_texts)
        table.setColumnCount(len(headings))
        table.setHorizontalHeaderLabels(headings)
        table.setRowCount(len(rows))
        for row, (code, parent, names) in enumerate(rows):
            cells = [code] + ([parent] if parent_heading else []) + \
                [names.get(language, "") for language in LANGUAGES]
            first_name = len(cells) - 3
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col >= first_name:
                    # Each language in its own direction and on its own side, whichever
                    # way the window is laid out.
                    right_to_left = LANGUAGES[col - first_name] != "en"
                    item.setText(rtl(text) if right_to_left else ltr(text))
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
                        | (Qt.AlignmentFlag.AlignRight if right_to_left
                           else Qt.AlignmentFlag.AlignLeft))
                    item.setToolTip(text)
                table.setItem(row, col, item)
        header = table.horizontalHeader()
        names_from = len(headings) - 3
        for col in range(names_from):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for col in range(names_from, len(headings)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        if long_texts:
            table.resizeRowsToContents()
        self._filter()

    def _filter(self) -> None:
        table, wanted = self.ui.referenceTable, self.ui.filterText.text().strip().casefold()
        shown = 0
        for row in range(table.rowCount()):
            texts = (table.item(row, col).text().casefold() for col in range(table.columnCount()))
            hide = bool(wanted) and not any(wanted in t for t in texts)
            table.setRowHidden(row, hide)
            shown += not hide
        self.ui.countLabel.setText(digits(
            translate("ReferencePage", "{n} entries").format(n=shown),
            self.session.settings.arabic_indic_digits))
        self.ui.countLabel.setAlignment(Qt.AlignmentFlag.AlignVCenter)


def _region(code: object) -> str:
    if code == "kurdistan":
        return translate("ReferencePage", "Kurdistan Region")
    if code == "federal":
        return translate("ReferencePage", "Federal Iraq")
    return str(code or "")
