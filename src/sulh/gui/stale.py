"""A save that found the record changed by someone else: what they changed, field by field,
with the old and the new value in the user's language — shown by every form and dialog
that edits a record, before the user applies their own typing again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from sulh.domain.errors import StaleRecord
from sulh.domain.fields import FIELD_LABELS
from sulh.domain.roles import ROLE_LABELS, Role
from sulh.domain.workflow import STAGE_LABELS, Stage
from sulh.gui.dialogs import labels as L
from sulh.gui.qt_i18n import digits, translate
from sulh.gui.session import AppSession
from sulh.services import records
from sulh.services.reference_data import reference_data

FSI, PDI = "\u2068", "\u2069"
#: How much of a long text (a description, a clause) a line of the list shows.
SHORT = 70


@dataclass(frozen=True)
class Change:
    """One field someone else changed: its name as the user knows it, before and after."""

    field: str
    label: str
    old: str
    new: str


# ---------------------------------------------------------------- which fields, per record

CASE_FIELDS = ("stage", "intake_date", "channel", "governorate", "district", "subdistrict",
               "neighbourhood", "camp", "category", "description", "request", "violence_risk",
               "revenge_risk", "vulnerable_notes", "police_ref", "court_ref", "closure_reason",
               "closure_note", "archived")
_FIELDS: dict[type, tuple[str, ...]] = {
    records.CaseView: CASE_FIELDS,
    records.PartyView: ("kind", "role", "name", "vulnerable", "consent"),
    records.PersonView: ("given_name", "father_name", "grandfather_name", "family_name",
                         "latin_name", "sex", "birth_year", "phone", "id_document",
                         "displacement", "can_sign"),
    records.FollowUpView: ("due_on", "done_on", "result", "instalment_paid", "note"),
    records.ReferralView: ("destination", "reason", "consent", "referred_on", "outcome",
                           "outcome_note", "outcome_on"),
    records.ScreeningView: ("decision", "notes", "approved_at"),
    records.SessionView: ("held_on", "place", "kind", "summary", "outcome", "next_date"),
    records.TruceView: ("starts_on", "expires_on", "guarantor", "terms"),
    records.ForumView: ("name_ar", "name_ckb", "name_en", "governorate", "district", "active"),
    records.StationView: ("name_ar", "name_ckb", "name_en", "district", "active"),
    records.UserView: ("full_name", "role", "forum_id", "active"),
}

#: Codes shown by their names, per record kind where one field name means two things.
_CODE_LABELS: dict[tuple[type | None, str], Mapping[str, tuple[str, str]]] = {
    (None, "violence_risk"): L.RISK_LEVELS,
    (None, "result"): L.FOLLOW_UP_RESULTS,
    (None, "decision"): L.DECISIONS,
    (None, "languages"): L.LANGUAGE_PAIRS,
    (None, "status"): L.AGREEMENT_STATUS,
    (records.PartyView, "kind"): L.PARTY_KINDS,
    (records.PartyView, "role"): L.PARTY_ROLES,
    (records.ReferralView, "outcome"): L.REFERRAL_OUTCOMES,
    (records.SessionView, "outcome"): L.SESSION_OUTCOMES,
    (records.SessionView, "kind"): L.SESSION_KINDS,
}
_REFERENCE = {"category": "categories", "channel": "referral_sources",
              "governorate": "governorates", "district": "districts",
              "subdistrict": "subdistricts", "closure_reason": "closure_reasons",
              "destination": "referral_destinations"}


def field_label(name: str) -> str:
    marked = FIELD_LABELS.get(name)
    return translate(*marked) if marked else name


def show_value(session: AppSession, field: str, value: Any, kind: type | None = None) -> str:
    """A value as the user reads it: names for codes, dates in their digits, short texts."""
    arabic_indic = session.settings.arabic_indic_digits
    if value is None or value == "" or value == ():
        return translate("StaleSave", "(empty)")
    if isinstance(value, bool):
        return translate("StaleSave", "Yes") if value else translate("StaleSave", "No")
    if isinstance(value, dt.datetime):
        local = value.astimezone() if value.tzinfo else value
        return digits(local.strftime("%Y-%m-%d %H:%M"), arabic_indic)
    if isinstance(value, dt.date):
        return digits(value.isoformat(), arabic_indic)
    if isinstance(value, int):
        return digits(f"{value:,}" if field.endswith("_iqd") else str(value), arabic_indic)
    text = str(value)
    table = _CODE_LABELS.get((kind, field)) or _CODE_LABELS.get((None, field))
    if table is not None and text in table:
        return translate(*table[text])
    if field == "stage" and text in {s.value for s in Stage}:
        return translate(*STAGE_LABELS[Stage(text)])
    if kind is records.UserView and field == "role" and text in {r.value for r in Role}:
        return translate(*ROLE_LABELS[Role(text)])
    if field in _REFERENCE:
        entry = getattr(reference_data(session.ctx), _REFERENCE[field]).get(text)
        if entry is not None:
            return str(entry.name(session.language))
    text = " ".join(text.split())
    return text if len(text) <= SHORT else text[:SHORT - 1].rstrip() + "…"


# ---------------------------------------------------------------- comparing

def compare(session: AppSession, fields: Iterable[str], old: Mapping[str, Any],
            new: Mapping[str, Any], *, labels: Mapping[str, str] | None = None,
            kind: type | None = None, prefix: str = "") -> list[Change]:
    """The fields whose value differs between `old` and `new`."""
    out = []
    for name in fields:
        before, after = old.get(name), new.get(name)
        if before == after:
            continue
        label = (labels or {}).get(name) or field_label(name)
        if name == "forum_id" and kind is records.UserView:
            before, after = _forum_code(session, before), _forum_code(session, after)
        elif name == "station_id":
            before, after = _station_name(session, before), _station_name(session, after)
        out.append(Change(name, f"{prefix}{label}", show_value(session, name, before, kind),
                          show_value(session, name, after, kind)))
    return out


def _forum_code(session: AppSession, forum_id: object) -> str | None:
    from sulh.services import forums

    if forum_id is None:
        return None
    found = [f.code for f in forums.list_forums(session.ctx, session.actor) if f.id == forum_id]
    return found[0] if found else str(forum_id)


def _station_name(session: AppSession, station_id: object) -> str | None:
    from sulh.services import forums

    if station_id is None:
        return None
    for f in forums.list_forums(session.ctx, session.actor):
        for st in f.stations:
            if st.id == station_id:
                return str(getattr(st, f"name_{session.language}", "") or st.name_ar)
    return str(station_id)


def _as_dict(record: object, fields: Iterable[str]) -> dict[str, Any]:
    return {f: getattr(record, f, None) for f in fields}


def changes(session: AppSession, before: Any, after: Any) -> list[Change]:
    """What differs between two copies of a record (or two lists of records with ids)."""
    if before is None or after is None:
        return []
    if isinstance(before, Sequence) and not isinstance(before, str):
        return _changes_of_many(session, list(before), list(after))
    if isinstance(before, records.AgreementView):
        return _agreement_changes(session, before, after)
    fields = _FIELDS.get(type(before), ())
    return compare(session, fields, _as_dict(before, fields), _as_dict(after, fields),
                   kind=type(before))


def _changes_of_many(session: AppSession, before: list[Any], after: list[Any]) -> list[Change]:
    out: list[Change] = []
    now = {getattr(r, "id", None): r for r in after}
    for old in before:
        new = now.get(getattr(old, "id", None))
        name = getattr(old, "name", "")
        prefix = f"{name} — " if name else ""
        if new is None:
            out.append(Change("record", prefix.rstrip(" —") or "—", show_value(session, "", name),
                              translate("StaleSave", "(removed)")))
            continue
        fields = _FIELDS.get(type(old), ())
        out += compare(session, fields, _as_dict(old, fields), _as_dict(new, fields),
                       kind=type(old), prefix=prefix)
    return out


def _agreement_changes(session: AppSession, old: records.AgreementView,
                       new: records.AgreementView) -> list[Change]:
    out = compare(session, ("languages", "status", "compensation_iqd"),
                  _as_dict(old, ("languages", "status", "compensation_iqd")),
                  _as_dict(new, ("languages", "status", "compensation_iqd")))
    first = new.languages.split("+")[0]
    language = translate(*L.LANGUAGES[first]) if first in L.LANGUAGES else first
    old_clauses = {c.position: c.texts.get(first, "") for c in old.clauses if not c.superseded}
    new_clauses = {c.position: c.texts.get(first, "") for c in new.clauses if not c.superseded}
    for position in sorted(set(old_clauses) | set(new_clauses)):
        if old_clauses.get(position) != new_clauses.get(position):
            out.append(Change("clauses", translate("StaleSave", "Clause {n} ({language})").format(
                n=digits(str(position), session.settings.arabic_indic_digits),
                language=language),
                show_value(session, "clause", old_clauses.get(position)),
                show_value(session, "clause", new_clauses.get(position))))
    for lang in ("ar", "ckb", "en"):
        if old.breach_terms.get(lang, "") != new.breach_terms.get(lang, ""):
            out.append(Change("breach_terms", f"{field_label('breach_terms')} "
                              f"({translate(*L.LANGUAGES[lang])})",
                              show_value(session, "breach", old.breach_terms.get(lang)),
                              show_value(session, "breach", new.breach_terms.get(lang))))

    def plan(a: records.AgreementView) -> str:
        return "; ".join(f"{show_value(session, 'due', i.due_on)}: "
                         f"{show_value(session, 'amount_iqd', i.amount_iqd)}"
                         for i in a.instalments)

    def signers(a: records.AgreementView) -> str:
        return "، ".join(s.name for s in a.signatories) if session.language != "en" \
            else ", ".join(s.name for s in a.signatories)

    for field, show in (("instalments", plan), ("signatories", signers)):
        before, after = show(old), show(new)
        if before != after:
            out.append(Change(field, field_label(field), before or show_value(session, "", None),
                              after or show_value(session, "", None)))
    return out


# ---------------------------------------------------------------- telling the user

#: Changes longer than this (old and new together) are shown on two lines of their own,
#: which a message box does not break in the middle of a value.
ONE_LINE = 48


def lines(session: AppSession, found: Sequence[Change]) -> str:
    """One line per change, "• Label: old → new" (the arrow points the way the user
    reads), or for long values "• Label:" with the old and the new value below it."""
    arrow = "←" if session.language in ("ar", "ckb") else "→"
    out: list[str] = []
    for c in found:
        old, new = f"{FSI}{c.old}{PDI}", f"{FSI}{c.new}{PDI}"
        if len(c.old) + len(c.new) <= ONE_LINE:
            out.append(f"• {c.label}: {old} {arrow} {new}")
        else:
            out.append(f"• {c.label}:")
            out.append("    " + translate("StaleSave", "before: {value}").format(value=old))
            out.append("    " + translate("StaleSave", "now: {value}").format(value=new))
    return "\n".join(out)


def message(session: AppSession, exc: StaleRecord, found: Sequence[Change], tail: str) -> str:
    text = str(exc)
    if found:
        text += "\n\n" + translate("StaleSave", "What they changed:") + "\n" + lines(session, found)
    else:
        text += "\n\n" + translate("StaleSave", "Nothing you see in this form was changed; "
                                                "something else in the record was.")
    return text + "\n\n" + tail


def explain(parent: QWidget | None, session: AppSession, exc: StaleRecord,
            found: Sequence[Change], *, tail: str | None = None) -> None:
    """Say what changed; the caller has already loaded their version under the typing."""
    QMessageBox.warning(
        parent, translate("StaleSave", "Changed by someone else"),
        message(session, exc, found, tail or translate(
            "StaleSave", "The form now shows the record as it is; what you typed is still "
                         "there. Check it and save again.")))


def handle(parent: QWidget | None, session: AppSession, exc: StaleRecord,
           current: Callable[[], Any], reload: Callable[[], None],
           show_error: Callable[[QWidget | None, BaseException], None]) -> bool:
    """The whole stale-save answer of a dialog: note the record as the form had it,
    reload (the typing stays), and say what changed.  False when reloading failed."""
    before = current()
    try:
        reload()
    except Exception as e:  # noqa: BLE001 - shown; the typing stays in the form
        show_error(parent, e)
        return False
    explain(parent, session, exc, changes(session, before, current()))
    return True
