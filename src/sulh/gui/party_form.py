"""The parties section of the intake form: one side at a time, in the editor under the
list, with a warning when the person being typed may already be recorded."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QListWidgetItem

from sulh.gui.qt_i18n import digits, translate
from sulh.gui.session import AppSession
from sulh.services import intake
from sulh.services.records import PartyView, PersonView, PossibleDuplicate

NAME_PARTS = ("given_name", "father_name", "grandfather_name", "family_name")
PERSON_TEXT = (*NAME_PARTS, "latin_name", "phone", "id_document")
#: Wait this long after the last key before looking for people already recorded.
DUPLICATE_DELAY_MS = 300


def kind_labels() -> dict[str, str]:
    return {"person": translate("PartyForm", "Person"), "family": translate("PartyForm", "Family"),
            "tribe": translate("PartyForm", "Tribe"), "group": translate("PartyForm", "Group")}


def role_labels() -> dict[str, str]:
    return {"complainant": translate("PartyForm", "Complainant"),
            "respondent": translate("PartyForm", "Respondent"), "other": translate("PartyForm", "Other")}


def sex_labels() -> dict[str, str]:
    return {"female": translate("PartyForm", "Female"), "male": translate("PartyForm", "Male")}


def displacement_labels() -> dict[str, str]:
    return {"idp": translate("PartyForm", "Displaced (IDP)"), "returnee": translate("PartyForm", "Returnee"),
            "host": translate("PartyForm", "Host community"), "refugee": translate("PartyForm", "Refugee")}


def person_values(p: PersonView) -> dict[str, Any]:
    """A recorded person in the shape the editor reads."""
    return {"given_name": p.given_name, "father_name": p.father_name,
            "grandfather_name": p.grandfather_name, "family_name": p.family_name,
            "latin_name": p.latin_name, "phone": p.phone, "id_document": p.id_document,
            "sex": p.sex, "displacement": p.displacement, "can_sign": p.can_sign,
            "birth_year": p.birth_year}


def person_is_empty(person: dict[str, Any] | None) -> bool:
    if person is None:
        return True
    return (not any(str(person.get(k) or "").strip() for k in PERSON_TEXT)
            and person.get("sex") is None and person.get("displacement") is None
            and person.get("birth_year") is None and person.get("age") is None)


def _comparable(person: dict[str, Any] | None) -> tuple[object, ...] | None:
    if person_is_empty(person):
        return None
    assert person is not None
    keys = (*PERSON_TEXT, "sex", "displacement", "can_sign", "birth_year", "age")
    return tuple(str(person.get(k) or "").strip() if k in PERSON_TEXT else person.get(k)
                 for k in keys)


def _same(a: object, b: object) -> bool:
    if isinstance(a, str) or isinstance(b, str):
        return str(a or "").strip() == str(b or "").strip()
    return a == b


@dataclass
class Side:
    """One side of the dispute as the form holds it: typed, and once saved, its record."""

    kind: str = "person"
    role: str = "complainant"
    name: str = ""
    vulnerable: bool = False
    relation: str = ""
    person: dict[str, Any] | None = None   # details typed for the person or representative
    linked: PersonView | None = None       # an existing person chosen instead of typing one
    party: PartyView | None = None         # the saved side
    saved_person: PersonView | None = None  # its person, or its first representative

    @classmethod
    def from_party(cls, party: PartyView) -> Side:
        reps = party.representatives
        person = party.person or (reps[0].person if reps else None)
        return cls(kind=party.kind, role=party.role,
                   name=party.name if party.kind != "person" else "",
                   vulnerable=party.vulnerable, relation=reps[0].relation if reps else "",
                   person=person_values(person) if person else None,
                   party=party, saved_person=person)

    @property
    def person_id(self) -> int | None:
        return self.linked.id if self.linked else None

    def new_person(self) -> dict[str, Any] | None:
        """The typed person to create, if any (none when an existing one is linked)."""
        if self.linked is not None or person_is_empty(self.person):
            return None
        return self.person

    def display_name(self) -> str:
        if self.kind != "person":
            return self.name.strip()
        if self.linked is not None:
            return self.linked.full_name
        return " ".join(str((self.person or {}).get(k) or "").strip()
                        for k in NAME_PARTS).strip()

    def representative_name(self) -> str:
        if self.kind == "person":
            return ""
        if self.linked is not None:
            return self.linked.full_name
        return " ".join(str((self.person or {}).get(k) or "").strip()
                        for k in NAME_PARTS).strip()

    def check_arguments(self) -> dict[str, Any]:
        """Keywords for intake.check_party: what add_party and add_representative get."""
        return {"kind": self.kind, "role": self.role, "name": self.name,
                "person": self.new_person(), "person_id": self.person_id,
                "relation": self.relation}

    def party_changes(self) -> dict[str, Any]:
        if self.party is None:
            return {}
        out: dict[str, Any] = {}
        if self.role != self.party.role:
            out["role"] = self.role
        if self.kind != "person" and not _same(self.name, self.party.name):
            out["name"] = self.name
        if self.vulnerable != self.party.vulnerable:
            out["vulnerable"] = self.vulnerable
        return out

    def person_changes(self) -> dict[str, Any]:
        if self.saved_person is None or self.person is None or self.linked is not None:
            return {}
        saved = person_values(self.saved_person)
        out = {k: v for k, v in self.person.items() if k != "age" and not _same(v, saved.get(k))}
        if self.person.get("age") is not None and self.person.get("birth_year") is None:
            out["age"] = self.person["age"]
            out.pop("birth_year", None)
        return out

    def needs_representative(self) -> bool:
        """A family, tribe or group side saved without the person who represents it,
        who has now been given."""
        return (self.kind != "person" and self.saved_person is None
                and (self.linked is not None or not person_is_empty(self.person)))

    def unsaved(self) -> bool:
        return (self.party is None or bool(self.party_changes()) or bool(self.person_changes())
                or self.needs_representative())


class PartyEditor(QObject):
    """Drives the side editor widgets of the intake form (they live in its .ui)."""

    changed = Signal()

    def __init__(self, ui: Any, session: AppSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.session = session
        self.index: int | None = None     # which side of the list is being changed
        self.base: Side | None = None     # that side as it was before the change
        self.linked: PersonView | None = None
        self.duplicates: list[PossibleDuplicate] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DUPLICATE_DELAY_MS)
        self.timer.timeout.connect(self.search_duplicates)

        fill_combo(ui.kind, kind_labels())
        fill_combo(ui.role, role_labels())
        fill_combo(ui.sex, sex_labels(), blank=True)
        fill_combo(ui.displacement, displacement_labels(), blank=True)
        ui.can_sign.setChecked(True)
        ui.birth_year.setMaximum(session.ctx.today().year)
        ui.birth_year.setMinimum(session.ctx.today().year - 121)
        ui.birth_year.setValue(ui.birth_year.minimum())
        ui.latin_name.setPlaceholderText(translate("PartyForm", "as on the ID card, if any"))
        ui.relation.setPlaceholderText(translate("PartyForm", "e.g. sheikh, eldest son, lawyer"))
        ui.duplicatesBox.hide()
        ui.existingPersonBox.hide()

        ui.kind.currentIndexChanged.connect(self._kind_changed)
        for name in (*NAME_PARTS, "phone"):
            getattr(ui, name).textEdited.connect(self._name_typed)
        for name in ("latin_name", "id_document", "name", "relation"):
            getattr(ui, name).textEdited.connect(self.changed)
        for name in ("kind", "role", "sex", "displacement"):
            getattr(ui, name).currentIndexChanged.connect(self.changed)
        for name in ("birth_year", "age"):
            getattr(ui, name).valueChanged.connect(self.changed)
        for name in ("can_sign", "vulnerable"):
            getattr(ui, name).toggled.connect(self.changed)
        ui.useExistingButton.clicked.connect(self.use_selected_duplicate)
        ui.duplicateList.itemActivated.connect(lambda _item: self.use_selected_duplicate())
        ui.newPersonButton.clicked.connect(self.forget_existing)
        self._kind_changed()

    # -- showing the right fields for the kind of side

    def _row_visible(self, field: str, visible: bool) -> None:
        layout: QFormLayout = self.ui.partyLayout
        layout.setRowVisible(getattr(self.ui, f"{field}Label"), visible)

    def _kind_changed(self) -> None:
        person = self.kind() == "person"
        self._row_visible("name", not person)
        self._row_visible("relation", not person)
        self.ui.personHeading.setText(
            translate("PartyForm", "The person") if person
            else translate("PartyForm", "Who represents this side (may be added later)"))

    def kind(self) -> str:
        return str(self.ui.kind.currentData())

    # -- reading and filling

    def person(self) -> dict[str, Any]:
        ui = self.ui
        out: dict[str, Any] = {k: getattr(ui, k).text() for k in PERSON_TEXT}
        out["sex"] = ui.sex.currentData()
        out["displacement"] = ui.displacement.currentData()
        out["can_sign"] = ui.can_sign.isChecked()
        year = ui.birth_year.value()
        out["birth_year"] = None if year == ui.birth_year.minimum() else year
        age = ui.age.value()
        out["age"] = None if age == ui.age.minimum() or out["birth_year"] is not None else age
        return out

    def read(self) -> Side:
        base = self.base or Side()
        person = None if self.linked is not None else self.person()
        return Side(kind=self.kind(), role=str(self.ui.role.currentData()),
                    name=self.ui.name.text() if self.kind() != "person" else "",
                    vulnerable=self.ui.vulnerable.isChecked(),
                    relation=self.ui.relation.text() if self.kind() != "person" else "",
                    person=person, linked=self.linked,
                    party=base.party, saved_person=base.saved_person)

    def load(self, side: Side | None, index: int | None = None) -> None:
        """Show a side for changing (or an empty editor for a new one)."""
        ui = self.ui
        self.timer.stop()
        self.index = index
        self.base = side
        side = side or Side()
        select_data(ui.kind, side.kind)
        select_data(ui.role, side.role)
        ui.name.setText(side.name)
        ui.relation.setText(side.relation)
        ui.vulnerable.setChecked(side.vulnerable)
        self._fill_person(side.person or {})
        self._set_linked(side.linked)
        saved = side.party is not None
        ui.kind.setEnabled(not saved)
        # A representative once recorded keeps the relation it was recorded with.
        ui.relation.setReadOnly(saved and side.saved_person is not None)
        ui.partyEditor.setTitle(translate("PartyForm", "Change this side") if index is not None
                                else translate("PartyForm", "Add a side"))
        ui.addPartyButton.setText(translate("PartyForm", "&Apply to the side") if index is not None
                                  else translate("PartyForm", "&Add side"))
        ui.clearPartyButton.setText(translate("PartyForm", "Cancel") if index is not None
                                    else translate("PartyForm", "Clear"))
        self._show_duplicates([])
        self._kind_changed()

    def clear(self) -> None:
        self.load(None)

    def _fill_person(self, p: dict[str, Any]) -> None:
        ui = self.ui
        for k in PERSON_TEXT:
            getattr(ui, k).setText(str(p.get(k) or ""))
        select_data(ui.sex, p.get("sex"))
        select_data(ui.displacement, p.get("displacement"))
        ui.can_sign.setChecked(bool(p.get("can_sign", True)))
        year = p.get("birth_year")
        ui.birth_year.setValue(year if isinstance(year, int) else ui.birth_year.minimum())
        age = p.get("age")
        ui.age.setValue(age if isinstance(age, int) else ui.age.minimum())

    def has_content(self) -> bool:
        """Anything typed into an editor for a new side."""
        return (self.linked is not None or not person_is_empty(self.person())
                or bool(self.ui.name.text().strip()) or bool(self.ui.relation.text().strip()))

    def has_changes(self) -> bool:
        if self.index is None:
            return self.has_content()
        base, now = self.base or Side(), self.read()
        return (base.kind, base.role, base.name, base.vulnerable, base.relation, base.person_id,
                _comparable(base.person)) != (now.kind, now.role, now.name, now.vulnerable,
                                              now.relation, now.person_id,
                                              _comparable(now.person))

    # -- people already recorded

    def _name_typed(self) -> None:
        self.changed.emit()
        if self.linked is None:
            self.timer.start()

    def search_duplicates(self) -> None:
        if self.linked is not None:
            return
        typed = {k: getattr(self.ui, k).text() for k in (*NAME_PARTS, "phone")}
        exclude = self.base.saved_person.id if self.base and self.base.saved_person else None
        found = intake.possible_duplicates(self.session.ctx, self.session.actor, typed,
                                           limit=8, exclude_id=exclude)
        self._show_duplicates(found)

    def _show_duplicates(self, found: list[PossibleDuplicate]) -> None:
        self.duplicates = found
        ui = self.ui
        ui.duplicateList.clear()
        arabic_indic = self.session.settings.arabic_indic_digits
        for d in found:
            p = d.person
            details = [p.latin_name] if p.latin_name else []
            details.append(translate("PartyForm", "phone {phone}").format(phone=_isolated(p.phone))
                           if p.phone else translate("PartyForm", "no phone"))
            if p.birth_year:
                details.append(translate("PartyForm", "born {year}").format(
                    year=digits(str(p.birth_year), arabic_indic)))
            # Each part keeps its own direction, whatever the others are written in.
            item = QListWidgetItem(_isolated(p.full_name) + "\n"
                                   + "  ·  ".join(_isolated(x) for x in details))
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            ui.duplicateList.addItem(item)
        if found:
            ui.duplicateList.setCurrentRow(0)
        ui.duplicatesBox.setVisible(bool(found))

    def use_selected_duplicate(self) -> None:
        row = self.ui.duplicateList.currentRow()
        if 0 <= row < len(self.duplicates):
            self.use_existing(self.duplicates[row].person)

    def use_existing(self, person: PersonView) -> None:
        """Link the side to a person already recorded instead of creating a new one."""
        self.timer.stop()
        self._fill_person(person_values(person))
        self._set_linked(person)
        self._show_duplicates([])
        self.changed.emit()
        self.ui.newPersonButton.setFocus()

    def forget_existing(self) -> None:
        self._set_linked(None)
        self._fill_person({})
        self.changed.emit()
        self.ui.given_name.setFocus()

    def _set_linked(self, person: PersonView | None) -> None:
        ui = self.ui
        self.linked = person
        linked = person is not None
        for k in PERSON_TEXT:
            getattr(ui, k).setReadOnly(linked)
        for k in ("sex", "displacement", "birth_year", "age", "can_sign"):
            getattr(ui, k).setEnabled(not linked)
        ui.existingPersonBox.setVisible(linked)
        if person is not None:
            ui.existingPersonLabel.setText(
                translate("PartyForm", "The person already recorded: {name}").format(
                    name=person.full_name))


def _isolated(text: str) -> str:
    """Text set apart for the bidi algorithm (FSI … PDI), so a name in Arabic beside a
    number or a Latin spelling is not reordered with them."""
    return f"\u2068{text}\u2069"


def fill_combo(combo: QComboBox, labels: dict[str, str], *, blank: bool = False) -> None:
    combo.clear()
    if blank:
        combo.addItem("", None)
    for code, label in labels.items():
        combo.addItem(label, code)


def select_data(combo: QComboBox, code: object) -> None:
    for i in range(combo.count()):
        if combo.itemData(i) == code:
            combo.setCurrentIndex(i)
            return
    combo.setCurrentIndex(0)

