"""Names shown for the codes that case records carry (session kinds, outcomes, roles ...).

Marked with `N_` and translated where they are shown, with `tr(*LABELS[code])`.
"""

from __future__ import annotations

from sulh.gui.qt_i18n import tr
from sulh.i18n import N_

SESSION_KINDS = {
    "joint": N_("Labels", "Joint meeting"),
    "separate": N_("Labels", "Separate meetings"),
}
SESSION_OUTCOMES = {
    "progress": N_("Labels", "Progress made"),
    "agreement_reached": N_("Labels", "Agreement reached"),
    "no_agreement": N_("Labels", "No agreement"),
    "postponed": N_("Labels", "Postponed"),
    "no_show": N_("Labels", "A party did not come"),
}
REFERRAL_OUTCOMES = {
    "pending": N_("Labels", "Waiting for an answer"),
    "accepted": N_("Labels", "Accepted"),
    "declined": N_("Labels", "Declined"),
    "resolved": N_("Labels", "Resolved there"),
    "unknown": N_("Labels", "Not known"),
}
FOLLOW_UP_RESULTS = {
    "complied": N_("Labels", "Complied"),
    "partly": N_("Labels", "Partly complied"),
    "breached": N_("Labels", "Breached"),
}
DECISIONS = {
    "mediate": N_("Labels", "Mediate"),
    "refer": N_("Labels", "Refer — do not mediate"),
}
SIGNATORY_ROLES = {
    "party": N_("Labels", "Party"),
    "representative": N_("Labels", "Representative"),
    "mediator": N_("Labels", "Mediator"),
    "witness": N_("Labels", "Witness"),
    "guarantor": N_("Labels", "Guarantor (kafil)"),
    "officer": N_("Labels", "Police officer"),
}
GUARANTEES = {
    "payment": N_("Labels", "Guarantees the payment"),
    "no_revenge": N_("Labels", "Guarantees no revenge"),
}
SIGNING_MODES = {
    "signature": N_("Labels", "Signature"),
    "thumbprint": N_("Labels", "Thumbprint"),
}
LANGUAGES = {
    "ar": N_("Labels", "Arabic"),
    "ckb": N_("Labels", "Kurdish (Sorani)"),
    "en": N_("Labels", "English"),
}
LANGUAGE_PAIRS = {
    "ar+en": N_("Labels", "Arabic + English"),
    "ckb+en": N_("Labels", "Kurdish + English"),
    "ar+ckb": N_("Labels", "Arabic + Kurdish"),
}
AGREEMENT_STATUS = {
    "draft": N_("Labels", "Draft"),
    "signed": N_("Labels", "Signed and locked"),
}
PARTY_ROLES = {
    "complainant": N_("Labels", "Complainant"),
    "respondent": N_("Labels", "Respondent"),
    "other": N_("Labels", "Other side"),
}
PARTY_KINDS = {
    "person": N_("Labels", "Person"),
    "family": N_("Labels", "Family"),
    "tribe": N_("Labels", "Tribe"),
    "group": N_("Labels", "Group"),
}
RISK_LEVELS = {
    "unknown": N_("Labels", "Not known"),
    "low": N_("Labels", "Low"),
    "medium": N_("Labels", "Medium"),
    "high": N_("Labels", "High"),
}
CLAUSE_KINDS = {
    "free_consent": N_("Labels", "Free consent"),
    "acknowledgement": N_("Labels", "Acknowledgement"),
    "apology": N_("Labels", "Apology"),
    "compensation": N_("Labels", "Compensation"),
    "instalments": N_("Labels", "Instalments"),
    "property": N_("Labels", "Property"),
    "security": N_("Labels", "Security"),
    "guarantee": N_("Labels", "Guarantee"),
    "breach": N_("Labels", "Breach"),
    "follow_up": N_("Labels", "Follow-up"),
    "rights_preserved": N_("Labels", "Rights preserved"),
    "confidentiality": N_("Labels", "Confidentiality"),
}
#: The values a library clause asks for, by placeholder name.
PLACEHOLDERS = {
    "party_a": N_("Labels", "First party"),
    "party_b": N_("Labels", "Second party"),
    "amount": N_("Labels", "Amount (IQD)"),
    "deadline": N_("Labels", "Deadline (date)"),
    "days": N_("Labels", "Number of days"),
    "instalments": N_("Labels", "Instalments (how many, how often)"),
}


def label(table: dict[str, tuple[str, str]], code: str | None) -> str:
    """The translated name of `code`, or the code itself when it is not in the table."""
    if code is None:
        return ""
    marked = table.get(code)
    return tr(*marked) if marked else code
