"""Loading translations: the app's own catalogue and Qt's for standard buttons.

Finnish is the default language. English is the source language, so choosing it
loads nothing. The language follows the system locale until the user picks one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from tyoparipaivakirja.paths import translations_dir

FINNISH = "fi"
ENGLISH = "en"
SUPPORTED_LANGUAGES = (FINNISH, ENGLISH)
CATALOGUE = "tyoparipaivakirja"

_installed: list[QTranslator] = []


def system_language() -> str:
    """The supported language closest to the system locale; Finnish when unsure."""
    if QLocale.system().language() == QLocale.Language.English:
        return ENGLISH
    return FINNISH


def locale_for(language: str) -> QLocale:
    if language == ENGLISH:
        return QLocale(QLocale.Language.English, QLocale.Country.Finland)
    return QLocale(QLocale.Language.Finnish, QLocale.Country.Finland)


def install(app: QCoreApplication, language: str) -> None:
    """Replace the installed translators with those of ``language``."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(locale_for(language))
    if language == ENGLISH:
        return
    own = QTranslator(app)
    if own.load(f"{CATALOGUE}_{language}", str(translations_dir())):
        app.installTranslator(own)
        _installed.append(own)
    qt_base = QTranslator(app)
    qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(f"qtbase_{language}", qt_path):
        app.installTranslator(qt_base)
        _installed.append(qt_base)


def current_language() -> str:
    """The language texts from data files (instrument wording) should be shown in."""
    if QLocale().language() == QLocale.Language.English:
        return ENGLISH
    return FINNISH
