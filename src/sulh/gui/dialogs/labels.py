"""Names shown for the codes that case records carry (session kinds, outcomes, roles ...).

Marked with `N_` and translated where they are shown, with `translate(*LABELS[code])`.
"""

from __future__ import annotations

from sulh.gui.qt_i18n import translate
from sulh.i18n import QT_TRANSLATE_NOOP

SESSION_KINDS = {
    "joint": QT_TRANSLATE_NOOP("Labels", "Joint meeting"),
    "separate": QT_TRANSLATE_NOOP("Labels", "Separate meetings"),
}
SESSION_OUTCOMES = {
    "progress": QT_TRANSLATE_NOOP("Labels", "Progress made"),
    "agreement_reached": QT_TRANSLATE_NOOP("Labels", "Agreement reached"),
    "no_agreement": QT_TRANSLATE_NOOP("Labels", "No agreement"),
    "postponed": QT_TRANSLATE_NOOP("Labels", "Postponed"),
    "no_show": QT_TRANSLATE_NOOP("Labels", "A party did not come"),
}
REFERRAL_OUTCOMES = {
    "pending": QT_TRANSLATE_NOOP("Labels", "Waiting for an answer"),
    "accepted": QT_TRANSLATE_NOOP("Labels", "Accepted"),
    "declined": QT_TRANSLATE_NOOP("Labels", "Declined"),
    "resolved": QT_TRANSLATE_NOOP("Labels", "Resolved there"),
    "unknown": QT_TRANSLATE_NOOP("Labels", "Not known"),
}
FOLLOW_UP_RESULTS = {
    "complied": QT_TRANSLATE_NOOP("Labels", "Complied"),
    "partly": QT_TRANSLATE_NOOP("Labels", "Partly complied"),
    "breached": QT_TRANSLATE_NOOP("Labels", "Breached"),
}
DECISIONS = {
    "mediate": QT_TRANSLATE_NOOP("Labels", "Mediate"),
    "refer": QT_TRANSLATE_NOOP("Labels", "Refer — do not mediate"),
}
SIGNATORY_ROLES = {
    "party": QT_TRANSLATE_NOOP("Labels", "Party"),
    "representative": QT_TRANSLATE_NOOP("Labels", "Representative"),
    "mediator": QT_TRANSLATE_NOOP("Labels", "Mediator"),
    "witness": QT_TRANSLATE_NOOP("Labels", "Witness"),
    "guarantor": QT_TRANSLATE_NOOP("Labels", "Guarantor (kafil)"),
    "officer": QT_TRANSLATE_NOOP("Labels", "Police officer"),
}
GUARANTEES = {
    "payment": QT_TRANSLATE_NOOP("Labels", "Guarantees the payment"),
    "no_revenge": QT_TRANSLATE_NOOP("Labels", "Guarantees no revenge"),
}
SIGNING_MODES = {
    "signature": QT_TRANSLATE_NOOP("Labels", "Signature"),
    "thumbprint": QT_TRANSLATE_NOOP("Labels", "Thumbprint"),
}
LANGUAGES = {
    "ar": QT_TRANSLATE_NOOP("Labels", "Arabic"),
    "ckb": QT_TRANSLATE_NOOP("Labels", "Kurdish (Sorani)"),
    "en": QT_TRANSLATE_NOOP("Labels", "English"),
}
LANGUAGE_PAIRS = {
    "ar+en": QT_TRANSLATE_NOOP("Labels", "Arabic + English"),
    "ckb+en": QT_TRANSLATE_NOOP("Labels", "Kurdish + English"),
    "ar+ckb": QT_TRANSLATE_NOOP("Labels", "Arabic + Kurdish"),
}
AGREEMENT_STATUS = {
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
    "signed": QT_TRANSLATE_NOOP("Labels", "Signed and locked"),
}
PARTY_ROLES = {
    "complainant": QT_TRANSLATE_NOOP("Labels", "Complainant"),
    "respondent": QT_TRANSLATE_NOOP("Labels", "Respondent"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other side"),
}
PARTY_KINDS = {
    "person": QT_TRANSLATE_NOOP("Labels", "Person"),
    "family": QT_TRANSLATE_NOOP("Labels", "Family"),
    "tribe": QT_TRANSLATE_NOOP("Labels", "Tribe"),
    "group": QT_TRANSLATE_NOOP("Labels", "Group"),
}
RISK_LEVELS = {
    "unknown": QT_TRANSLATE_NOOP("Labels", "Not known"),
    "low": QT_TRANSLATE_NOOP("Labels", "Low"),
    "medium": QT_TRANSLATE_NOOP("Labels", "Medium"),
    "high": QT_TRANSLATE_NOOP("Labels", "High"),
}
CLAUSE_KINDS = {
    "free_consent": QT_TRANSLATE_NOOP("Labels", "Free consent"),
    "acknowledgement": QT_TRANSLATE_NOOP("Labels", "Acknowledgement"),
    "apology": QT_TRANSLATE_NOOP("Labels", "Apology"),
    "compensation": QT_TRANSLATE_NOOP("Labels", "Compensation"),
    "instalments": QT_TRANSLATE_NOOP("Labels", "Instalments"),
    "property": QT_TRANSLATE_NOOP("Labels", "Property"),
    "security": QT_TRANSLATE_NOOP("Labels", "Security"),
    "guarantee": QT_TRANSLATE_NOOP("Labels", "Guarantee"),
    "breach": QT_TRANSLATE_NOOP("Labels", "Breach"),
    "follow_up": QT_TRANSLATE_NOOP("Labels", "Follow-up"),
    "rights_preserved": QT_TRANSLATE_NOOP("Labels", "Rights preserved"),
    "confidentiality": QT_TRANSLATE_NOOP("Labels", "Confidentiality"),
}
#: The values a library clause asks for, by placeholder name.
PLACEHOLDERS = {
    "party_a": QT_TRANSLATE_NOOP("Labels", "First party"),
    "party_b": QT_TRANSLATE_NOOP("Labels", "Second party"),
    "amount": QT_TRANSLATE_NOOP("Labels", "Amount (IQD)"),
    "deadline": QT_TRANSLATE_NOOP("Labels", "Deadline (date)"),
    "days": QT_TRANSLATE_NOOP("Labels", "Number of days"),
    "instalments": QT_TRANSLATE_NOOP("Labels", "Instalments (how many, how often)"),
}


def label(table: dict[str, tuple[str, str]], code: str | None) -> str:
    """The translated name of `code`, or the code itself when it is not in the table."""
    if code is None:
        return ""
    marked = table.get(code)
    return translate(*marked) if marked else code
