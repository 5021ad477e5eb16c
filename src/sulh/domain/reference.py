"""Reference data shipped in resources/reference: governorates and districts,
categories, referral sources and destinations, closure reasons, the clause library.

Every label has Arabic, Kurdish (ckb) and English; codes are stable identifiers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from typing import Any

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
