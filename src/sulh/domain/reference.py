"""Reference data shipped in resources/reference: governorates and districts,
categories, referral sources and destinations, closure reasons, the clause library.

Every label has Arabic, Kurdish (ckb) and English; codes are stable identifiers.
An installation may add entries of its own (`Addition`); `merged` lays them over the
shipped data, which stays the base and is never changed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any, TypeVar

from sulh.resource_files import resource_path


@dataclass(frozen=True)
class Label:
    code: str
    names: dict[str, str]
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def name(self, lang: str = "en") -> str:
        return self.names.get(lang) or self.names.get("en") or self.code


@dataclass(frozen=True)
class Place(Label):
    children: tuple[Place, ...] = ()


@dataclass(frozen=True)
class LibraryClause:
    code: str
    kind: str
    texts: dict[str, str]
    added: bool = False         # by this installation (or one it imported from)
    active: bool = True         # offered for new agreements


def _load(name: str) -> dict[str, Any]:
    path = resource_path("reference", f"{name}.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _labels(name: str, key: str) -> dict[str, Label]:
    out: dict[str, Label] = {}
    for item in _load(name)[key]:
        extra = {k: v for k, v in item.items() if k not in ("code", "names")}
        out[item["code"]] = Label(item["code"], dict(item["names"]), extra)
    return out


@dataclass(frozen=True)
class ReferenceData:
    governorates: dict[str, Place]
    districts: dict[str, Place]
    subdistricts: dict[str, Place]
    categories: dict[str, Label]
    referral_sources: dict[str, Label]
    referral_destinations: dict[str, Label]
    closure_reasons: dict[str, Label]
    clauses: dict[str, LibraryClause]

    def must_refer(self, category: str | None) -> bool:
        label = self.categories.get(category or "")
        return bool(label and label.extra.get("must_refer"))

    def district_in(self, district: str, governorate: str) -> bool:
        return district in {d.code for d in self.governorates[governorate].children}

    def subdistrict_in(self, subdistrict: str, district: str) -> bool:
        return subdistrict in {s.code for s in self.districts[district].children}


@cache
def reference() -> ReferenceData:
    governorates: dict[str, Place] = {}
    districts: dict[str, Place] = {}
    subdistricts: dict[str, Place] = {}
    for g in _load("governorates")["governorates"]:
        dplaces = []
        for d in g.get("districts", []):
            splaces = tuple(Place(s["code"], dict(s["names"])) for s in d.get("subdistricts", []))
            for s in splaces:
                subdistricts[s.code] = s
            dp = Place(d["code"], dict(d["names"]), {"governorate": g["code"]}, splaces)
            districts[dp.code] = dp
            dplaces.append(dp)
        governorates[g["code"]] = Place(g["code"], dict(g["names"]),
                                        {"region": g.get("region")}, tuple(dplaces))
    clauses = {c["code"]: LibraryClause(c["code"], c["kind"], dict(c["texts"]))
               for c in _load("clauses")["clauses"]}
    return ReferenceData(
        governorates=governorates, districts=districts, subdistricts=subdistricts,
        categories=_labels("categories", "categories"),
        referral_sources=_labels("referral_sources", "referral_sources"),
        referral_destinations=_labels("referral_destinations", "referral_destinations"),
        closure_reasons=_labels("closure_reasons", "closure_reasons"),
        clauses=clauses,
    )


# ---------------------------------------------------------------- entries an installation adds

#: The lists an administrator may extend, by the kind stored with each added entry.
ADDABLE_KINDS = ("category", "referral_source", "referral_destination", "closure_reason",
                 "district", "subdistrict", "clause")

#: Why a category must be referred (the shipped categories use the same reasons).
REFER_REASONS = ("serious_crime", "gbv", "child_at_risk", "court_approval")
DESTINATION_KINDS = ("court", "police_investigation", "family_protection", "gbv_service",
                     "legal_aid", "child_protection", "health", "other_agency")
CLAUSE_KINDS = ("acknowledgement", "apology", "compensation", "instalments", "property",
                "security", "guarantee", "breach", "confidentiality", "follow_up",
                "free_consent", "rights_preserved")
#: The shipped closure reasons, which the case workflow knows; an added reason counts
#: as one of them for the rules that decide when a case may close with it.
SHIPPED_CLOSURE_REASONS = ("resolved_fully", "resolved_partly", "no_agreement", "withdrawn",
                           "referred", "unreachable")

#: A code is a stable identifier: lower-case Latin letters, digits and "_", as the
#: shipped ones are; it fits the shortest column that stores one (24 characters).
LABEL_CODE = re.compile(r"^[a-z][a-z0-9_]{1,23}$")


def place_code_pattern(parent: str) -> re.Pattern[str]:
    """Districts are coded `<governorate>-NN`, sub-districts `<district>-NN`."""
    return re.compile(rf"^{re.escape(parent)}-\d{{2}}$")


@dataclass(frozen=True)
class Addition:
    """One entry added to a reference list.  `names` holds, for a clause, its texts;
    `parent` is the governorate of a district or the district of a sub-district;
    `extra` what the kind needs (must_refer and refer_reason of a category, kind of a
    destination or a clause, counts_as of a closure reason)."""

    kind: str
    code: str
    names: Mapping[str, str]
    parent: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)
    active: bool = True


def is_active(entry: Label | LibraryClause) -> bool:
    """Whether the entry is still offered (a withdrawn addition only names old records)."""
    if isinstance(entry, LibraryClause):
        return entry.active
    return bool(entry.extra.get("active", True))


def is_added(entry: Label | LibraryClause) -> bool:
    if isinstance(entry, LibraryClause):
        return entry.added
    return bool(entry.extra.get("added", False))


E = TypeVar("E", Label, LibraryClause)


def choices(entries: Mapping[str, E]) -> dict[str, E]:
    """The entries to offer in a list: every shipped one, and the active additions."""
    return {code: e for code, e in entries.items() if is_active(e)}


def merged(base: ReferenceData, additions: Iterable[Addition]) -> ReferenceData:
    """`base` with `additions` laid over it.  A shipped code always wins (an addition
    never replaces a shipped entry); districts join their governorate's and
    sub-districts their district's list of places."""
    categories = dict(base.categories)
    sources = dict(base.referral_sources)
    destinations = dict(base.referral_destinations)
    reasons = dict(base.closure_reasons)
    clauses = dict(base.clauses)
    new_districts: dict[str, list[Place]] = {}
    new_subdistricts: dict[str, list[Place]] = {}
    for a in additions:
        names = {lang: text for lang, text in a.names.items() if text}
        extra = {**a.extra, "added": True, "active": a.active}
        table = {"category": categories, "referral_source": sources,
                 "referral_destination": destinations, "closure_reason": reasons
                 }.get(a.kind)
        if table is not None:
            if a.code not in table or is_added(table[a.code]):
                table[a.code] = Label(a.code, names, extra)
        elif a.kind == "clause":
            if a.code not in clauses or clauses[a.code].added:
                clauses[a.code] = LibraryClause(a.code, str(a.extra.get("kind", "")), names,
                                                added=True, active=a.active)
        elif a.kind == "district" and a.parent in base.governorates \
                and a.code not in base.districts:
            new_districts.setdefault(a.parent, []).append(
                Place(a.code, names, {**extra, "governorate": a.parent}))
        elif a.kind == "subdistrict" and a.code not in base.subdistricts and a.parent:
            new_subdistricts.setdefault(a.parent, []).append(Place(a.code, names, extra))
    # Places are trees of frozen nodes: a district with new sub-districts, and a
    # governorate with new (or changed) districts, are made anew.
    districts: dict[str, Place] = {}
    for code, d in base.districts.items():
        extra_subs = tuple(new_subdistricts.get(code, ()))
        districts[code] = replace(d, children=d.children + extra_subs) if extra_subs else d
    governorates: dict[str, Place] = {}
    for code, g in base.governorates.items():
        added = [replace(d, children=tuple(new_subdistricts.get(d.code, ())))
                 for d in new_districts.get(code, ())]
        for d in added:
            districts[d.code] = d
        children = tuple(districts[d.code] for d in g.children) + tuple(added)
        governorates[code] = replace(g, children=children)
    subdistricts = dict(base.subdistricts)
    for district, places in new_subdistricts.items():
        if district in districts:
            for s in places:
                subdistricts[s.code] = s
    return ReferenceData(
        governorates=governorates, districts=districts, subdistricts=subdistricts,
        categories=categories, referral_sources=sources, referral_destinations=destinations,
        closure_reasons=reasons, clauses=clauses)


def table_of(ref: ReferenceData, kind: str) -> Mapping[str, Label | LibraryClause]:
    """The list an added entry of `kind` belongs to."""
    tables: dict[str, Mapping[str, Any]] = {
        "category": ref.categories, "referral_source": ref.referral_sources,
        "referral_destination": ref.referral_destinations,
        "closure_reason": ref.closure_reasons, "district": ref.districts,
        "subdistrict": ref.subdistricts, "clause": ref.clauses}
    return tables[kind]
