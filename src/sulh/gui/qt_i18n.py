"""Languages in the app: Qt translators, right-to-left layout, the bundled fonts,
and dates and numbers in the user's locale."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from sulh import i18n
from sulh.resource_files import resource_path

_LOCALES = {"ar": "ar_IQ", "ckb": "ckb_IQ", "en": "en_GB"}
_installed: list[QTranslator] = []


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def install_language(app: QApplication, language: str) -> None:
    """Load Sulh's and Qt's translations for `language` and set the layout direction."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language != "en":
        ours = QTranslator(app)
        if ours.load(str(resource_path("translations", f"sulh_{language}.qm"))):
            app.installTranslator(ours)
            _installed.append(ours)
        qt_own = QTranslator(app)
        # Qt has no Kurdish translation; Arabic is the closer fallback for its dialogs.
        qt_lang = "ar" if language in ("ar", "ckb") else language
        if qt_own.load(f"qtbase_{qt_lang}",
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
        if language == "ckb":
            # Our own Kurdish words for Qt's buttons and dialogs, installed last so that
            # Qt asks it first; what it lacks still comes from the Arabic above.
            kurdish = QTranslator(app)
            if kurdish.load(str(resource_path("translations", "qtbase_ckb.qm"))):
                app.installTranslator(kurdish)
                _installed.append(kurdish)
    QLocale.setDefault(QLocale(_LOCALES.get(language, "en_GB")))
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language in ("ar", "ckb")
                           else Qt.LayoutDirection.LeftToRight)
    i18n.set_translator(translate)
    i18n.set_language(language)


def register_fonts() -> list[str]:
    """Register the fonts shipped with Sulh so Arabic and Kurdish look the same on any PC."""
    families: list[str] = []
    folder = resource_path("fonts")
    if folder.is_dir():
        for path in sorted(folder.glob("*.ttf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                families += QFontDatabase.applicationFontFamilies(font_id)
    return families


_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def digits(text: str, arabic_indic: bool) -> str:
    """Show numbers with Arabic-Indic digits when the user chose them."""
    return text.translate(_ARABIC_INDIC) if arabic_indic else text
