"""The user's settings: language, digits, idle lock."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from sulh.gui.forms import load_form
from sulh.settings import Settings

#: Each language named in itself, so anyone can find their own.
LANGUAGE_NAMES = {"ar": "العربية", "ckb": "کوردی (سۆرانی)", "en": "English"}


class SettingsDialog:
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        self.settings = settings
        self.dialog: QDialog = load_form("settings_dialog", parent)
        d = self.dialog
        for code, name in LANGUAGE_NAMES.items():
            d.language.addItem(name, code)
        d.language.setCurrentIndex(list(LANGUAGE_NAMES).index(settings.language))
        d.arabicIndicDigits.setChecked(settings.arabic_indic_digits)
        d.idleMinutes.setValue(settings.idle_lock_minutes)
        d.buttons.accepted.connect(self._save)
        d.buttons.rejected.connect(d.reject)

    def _save(self) -> None:
        d = self.dialog
        self.settings.language = d.language.currentData()
        self.settings.arabic_indic_digits = d.arabicIndicDigits.isChecked()
        self.settings.idle_lock_minutes = d.idleMinutes.value()
        self.settings.save()
        d.accept()

    def exec(self) -> bool:
        return self.dialog.exec() == QDialog.DialogCode.Accepted
