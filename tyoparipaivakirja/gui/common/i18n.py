"""Languages: the app's catalogues, Qt's own, and the locale for dates, numbers and order.

Finnish is the default, Swedish (Finland's second official language) and English are
complete too. English is the source language; its catalogue only holds the plural
forms (``%n``). The language follows the system locale until the user picks one, and
the chosen language also sets ``QLocale``'s default, so dates, numbers and sorting
(``collator``: å, ä, ö after z in Finnish and Swedish) follow it.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCollator,
    QCollatorSortKey,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)

from tyoparipaivakirja import words
from tyoparipaivakirja.paths import translations_dir
from tyoparipaivakirja.words import CATALOGUE, ENGLISH, FINNISH, SUPPORTED_LANGUAGES, SWEDISH

__all__ = ["ENGLISH", "FINNISH", "SUPPORTED_LANGUAGES", "SWEDISH"]

# Each language's own name, as the language choice shows it.
LANGUAGE_NAMES = {FINNISH: "suomi", SWEDISH: "svenska", ENGLISH: "English"}

_LANGUAGE_CODES = {
    QLocale.Language.Finnish: FINNISH,
    QLocale.Language.Swedish: SWEDISH,
    QLocale.Language.English: ENGLISH,
}
_installed: list[QTranslator] = []


def language_of(locale: QLocale) -> str:
    """The supported language of ``locale``; Finnish for any other language."""
    return _LANGUAGE_CODES.get(locale.language(), FINNISH)


def system_language() -> str:
    """The supported language closest to the system locale; Finnish when unsure."""
    return language_of(QLocale.system())


def locale_for(language: str) -> QLocale:
    """The locale whose dates, numbers and order go with ``language``.

    Finnish and Swedish as written in Finland (1.3.2026, 14.32, 1,5); English as in
    the UK (01/03/2026, 14:32, 1.5), since a Finland-English mix reads as neither.
    """
    if language == ENGLISH:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    if language == SWEDISH:
        return QLocale(QLocale.Language.Swedish, QLocale.Country.Finland)
    return QLocale(QLocale.Language.Finnish, QLocale.Country.Finland)


def install(app: QCoreApplication, language: str) -> None:
    """Replace the installed translators with those of ``language``; ``words`` (messages
    shared with the command line) speaks it too."""
    words.set_language(language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(locale_for(language))
    own = QTranslator(app)
    if own.load(f"{CATALOGUE}_{language}", str(translations_dir())):
        app.installTranslator(own)
        _installed.append(own)
    if language == ENGLISH:
        return
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{language}", qt_translations_dir()):
        app.installTranslator(qt_base)
        _installed.append(qt_base)


def qt_translations_dir() -> str:
    """Qt's own catalogues (standard buttons), from the wheel or the frozen bundle."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def current_language() -> str:
    """The language the interface is shown in (as set by ``install``)."""
    return language_of(QLocale())


def collator() -> QCollator:
    """Alphabetical order in the current language: in Finnish and Swedish å, ä, ö come
    after z; case and accents matter less than letters."""
    order = QCollator(QLocale())
    order.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    order.setNumericMode(True)
    return order


def sort_key(text: str) -> QCollatorSortKey:
    """A key for ``sorted`` that follows ``collator()``."""
    return collator().sortKey(text)


def instrument_language() -> str:
    """The language the well-being questions are shown in.

    The interface's language when the instrument files hold wording in it (Finnish,
    English); otherwise Finnish. No instrument ships an official Swedish wording yet and
    a validated instrument is never translated by us, so in Swedish the questions are
    shown in Finnish and the own area says so.
    """
    from tyoparipaivakirja.core.instruments import LANGUAGES

    language = current_language()
    return language if language in LANGUAGES else FINNISH
