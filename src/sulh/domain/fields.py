"""The names of the fields of the records, as users know them, for messages that name a
field (what is missing before screening, what someone else changed meanwhile)."""

from __future__ import annotations

from sulh.i18n import QT_TRANSLATE_NOOP, Message, msg

FIELD_LABELS: dict[str, tuple[str, str]] = {
    # a case
    "stage": QT_TRANSLATE_NOOP("FieldName", "Stage"),
    "intake_date": QT_TRANSLATE_NOOP("FieldName", "Intake date"),
    "channel": QT_TRANSLATE_NOOP("FieldName", "How the case came"),
    "governorate": QT_TRANSLATE_NOOP("FieldName", "Governorate"),
    "district": QT_TRANSLATE_NOOP("FieldName", "District"),
    "subdistrict": QT_TRANSLATE_NOOP("FieldName", "Sub-district"),
    "neighbourhood": QT_TRANSLATE_NOOP("FieldName", "Neighbourhood"),
    "camp": QT_TRANSLATE_NOOP("FieldName", "Camp"),
    "category": QT_TRANSLATE_NOOP("FieldName", "Category"),
    "description": QT_TRANSLATE_NOOP("FieldName", "Description"),
    "request": QT_TRANSLATE_NOOP("FieldName", "What the complainant asks for"),
    "violence_risk": QT_TRANSLATE_NOOP("FieldName", "Risk of violence"),
    "revenge_risk": QT_TRANSLATE_NOOP("FieldName", "Risk of revenge"),
    "vulnerable_notes": QT_TRANSLATE_NOOP("FieldName", "Vulnerable people"),
    "police_ref": QT_TRANSLATE_NOOP("FieldName", "Police reference"),
    "court_ref": QT_TRANSLATE_NOOP("FieldName", "Court reference"),
    "closure_reason": QT_TRANSLATE_NOOP("FieldName", "Closure reason"),
    "closure_note": QT_TRANSLATE_NOOP("FieldName", "Closure note"),
    "archived": QT_TRANSLATE_NOOP("FieldName", "Archived"),
    "sensitive": QT_TRANSLATE_NOOP("FieldName", "Sensitive case"),
    "parties": QT_TRANSLATE_NOOP("FieldName", "Parties"),
    "mediators": QT_TRANSLATE_NOOP("FieldName", "Mediators"),
    # a party or a person
    "kind": QT_TRANSLATE_NOOP("FieldName", "Kind"),
    "role": QT_TRANSLATE_NOOP("FieldName", "Role"),
    "name": QT_TRANSLATE_NOOP("FieldName", "Name"),
    "vulnerable": QT_TRANSLATE_NOOP("FieldName", "Vulnerable"),
    "consent": QT_TRANSLATE_NOOP("FieldName", "Consent"),
    "given_name": QT_TRANSLATE_NOOP("FieldName", "Own name"),
    "father_name": QT_TRANSLATE_NOOP("FieldName", "Father's name"),
    "grandfather_name": QT_TRANSLATE_NOOP("FieldName", "Grandfather's name"),
    "family_name": QT_TRANSLATE_NOOP("FieldName", "Family or tribe"),
    "latin_name": QT_TRANSLATE_NOOP("FieldName", "Name in Latin letters"),
    "sex": QT_TRANSLATE_NOOP("FieldName", "Sex"),
    "birth_year": QT_TRANSLATE_NOOP("FieldName", "Birth year"),
    "phone": QT_TRANSLATE_NOOP("FieldName", "Phone"),
    "id_document": QT_TRANSLATE_NOOP("FieldName", "ID document"),
    "displacement": QT_TRANSLATE_NOOP("FieldName", "Displacement"),
    "can_sign": QT_TRANSLATE_NOOP("FieldName", "Can sign"),
    # screening, referral, follow-up
    "decision": QT_TRANSLATE_NOOP("FieldName", "Decision"),
    "notes": QT_TRANSLATE_NOOP("FieldName", "Notes"),
    "approved_at": QT_TRANSLATE_NOOP("FieldName", "Approved"),
    "destination": QT_TRANSLATE_NOOP("FieldName", "Referred to"),
    "reason": QT_TRANSLATE_NOOP("FieldName", "Reason"),
    "referred_on": QT_TRANSLATE_NOOP("FieldName", "Referred on"),
    "outcome": QT_TRANSLATE_NOOP("FieldName", "Outcome"),
    "outcome_note": QT_TRANSLATE_NOOP("FieldName", "What became of it"),
    "outcome_on": QT_TRANSLATE_NOOP("FieldName", "Outcome date"),
    "due_on": QT_TRANSLATE_NOOP("FieldName", "Due on"),
    "done_on": QT_TRANSLATE_NOOP("FieldName", "Done on"),
    "result": QT_TRANSLATE_NOOP("FieldName", "Result"),
    "instalment_paid": QT_TRANSLATE_NOOP("FieldName", "Instalment paid"),
    "note": QT_TRANSLATE_NOOP("FieldName", "Note"),
    # an agreement
    "languages": QT_TRANSLATE_NOOP("FieldName", "Languages"),
    "status": QT_TRANSLATE_NOOP("FieldName", "Status"),
    "compensation_iqd": QT_TRANSLATE_NOOP("FieldName", "Compensation (IQD)"),
    "breach_terms": QT_TRANSLATE_NOOP("FieldName", "What happens on a breach"),
    "clauses": QT_TRANSLATE_NOOP("FieldName", "Clauses"),
    "instalments": QT_TRANSLATE_NOOP("FieldName", "Instalments"),
    "signatories": QT_TRANSLATE_NOOP("FieldName", "Signatories"),
    # forums, stations, accounts
    "code": QT_TRANSLATE_NOOP("FieldName", "Code"),
    "name_ar": QT_TRANSLATE_NOOP("FieldName", "Name in Arabic"),
    "name_ckb": QT_TRANSLATE_NOOP("FieldName", "Name in Kurdish"),
    "name_en": QT_TRANSLATE_NOOP("FieldName", "Name in English"),
    "active": QT_TRANSLATE_NOOP("FieldName", "Active"),
    "full_name": QT_TRANSLATE_NOOP("FieldName", "Full name"),
    "forum_id": QT_TRANSLATE_NOOP("FieldName", "Forum"),
    "username": QT_TRANSLATE_NOOP("FieldName", "User name"),
}


def field_label(name: str) -> Message | str:
    """The field's name for a message parameter (the code itself for an unknown one)."""
    marked = FIELD_LABELS.get(name)
    return msg(marked) if marked else name
