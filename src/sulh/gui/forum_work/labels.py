"""Names shown for the codes of forum work: member categories, sexes, kinds of
activity and the survey indicators. Marked here, translated where shown."""

from __future__ import annotations

from sulh.gui.qt_i18n import translate
from sulh.i18n import QT_TRANSLATE_NOOP

CATEGORIES = {
    "police": QT_TRANSLATE_NOOP("ForumWork", "Police"),
    "community": QT_TRANSLATE_NOOP("ForumWork", "Community"),
    "women": QT_TRANSLATE_NOOP("ForumWork", "Women's groups"),
    "youth": QT_TRANSLATE_NOOP("ForumWork", "Youth"),
    "displaced": QT_TRANSLATE_NOOP("ForumWork", "Displaced people"),
    "tribal": QT_TRANSLATE_NOOP("ForumWork", "Tribal leaders"),
    "religious": QT_TRANSLATE_NOOP("ForumWork", "Religious leaders"),
    "lawyer": QT_TRANSLATE_NOOP("ForumWork", "Lawyers"),
    "civil_society": QT_TRANSLATE_NOOP("ForumWork", "Civil society"),
}
SEXES = {
    "f": QT_TRANSLATE_NOOP("ForumWork", "Woman"),
    "m": QT_TRANSLATE_NOOP("ForumWork", "Man"),
}
SEXES_PLURAL = {
    "f": QT_TRANSLATE_NOOP("ForumWork", "Women"),
    "m": QT_TRANSLATE_NOOP("ForumWork", "Men"),
}
KINDS = {
    "training": QT_TRANSLATE_NOOP("ForumWork", "Training"),
    "awareness": QT_TRANSLATE_NOOP("ForumWork", "Awareness campaign"),
}
INDICATORS = {
    "feel_safe": QT_TRANSLATE_NOOP("ForumWork", "Feel safe"),
    "trust_police": QT_TRANSLATE_NOOP("ForumWork", "Trust the police"),
    "know_forum": QT_TRANSLATE_NOOP("ForumWork", "Know the forum"),
    "would_bring": QT_TRANSLATE_NOOP("ForumWork", "Would bring a problem to the forum"),
}
#: What a mapped column of a survey file holds.
MAPPED = {
    "sex": QT_TRANSLATE_NOOP("ForumWork", "Respondent's sex"),
    **INDICATORS,
}
LANGUAGE_PAIRS = {
    "ar+en": QT_TRANSLATE_NOOP("ForumWork", "Arabic + English"),
    "ckb+en": QT_TRANSLATE_NOOP("ForumWork", "Kurdish + English"),
    "ar+ckb": QT_TRANSLATE_NOOP("ForumWork", "Arabic + Kurdish"),
}


def label(table: dict[str, tuple[str, str]], code: str) -> str:
    marked = table.get(code)
    return translate(*marked) if marked else code
