"""The app's words in the user's language, without Qt: for messages, the CLI and reports.

The GUI translates its widgets with Qt's translators; everything else that speaks to the
user (``messages``, ``cli``) calls ``translate`` here, which reads the same catalogues
(``resources/i18n/tyoparipaivakirja_<language>.ts``), so the headless command line needs
no Qt at all and both say the same sentence in the same words.

``translate(context, source, disambiguation, n)`` has the signature of
``QCoreApplication.translate``, so ``pyside6-lupdate`` finds the strings in calls to it
(the context must be spelled out in each call). English is the source language: an
English string is its own translation, and ``%n`` takes the count.
"""

from __future__ import annotations

import locale
import os
import threading
import xml.etree.ElementTree as ET
from functools import cache

from tyoparipaivakirja.paths import translations_dir

FINNISH = "fi"
SWEDISH = "sv"
ENGLISH = "en"
SUPPORTED_LANGUAGES = (FINNISH, SWEDISH, ENGLISH)
CATALOGUE = "tyoparipaivakirja"

type _Key = tuple[str, str, str]

_language = FINNISH
_lock = threading.Lock()


def set_language(language: str) -> None:
    """Speak ``language`` from now on (Finnish for one the app does not have)."""
    global _language
    with _lock:
        _language = language if language in SUPPORTED_LANGUAGES else FINNISH


def language() -> str:
    """The language ``translate`` speaks."""
    return _language


def language_of_locale_name(name: str) -> str | None:
    """``fi_FI.UTF-8`` → ``fi``; None for a locale of a language the app does not have."""
    code = name.replace("-", "_").split("_", 1)[0].split(".", 1)[0].casefold()
    return code if code in SUPPORTED_LANGUAGES else None


def system_language() -> str:
    """The supported language of the environment's locale; Finnish when unsure.

    The same variables a POSIX program reads (LC_ALL, LC_MESSAGES, LANG, LANGUAGE), then
    the platform's own default (Windows and macOS set no variables).
    """
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable, "")
        if value and value not in {"C", "POSIX"}:
            found = language_of_locale_name(value.split(":", 1)[0])
            return found or FINNISH
    name = locale.getlocale()[0] or ""
    return language_of_locale_name(name) or FINNISH


@cache
def _catalogue(language: str) -> dict[_Key, tuple[str, ...]]:
    """(context, source, disambiguation) → the finished forms, read from the ``.ts``."""
    path = translations_dir() / f"{CATALOGUE}_{language}.ts"
    found: dict[_Key, tuple[str, ...]] = {}
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return found
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type"):
                continue
            if message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in translation.findall("numerusform"))
            else:
                forms = (translation.text or "",)
            if all(forms):
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                found[key] = forms
    return found


def _plural_index(n: int) -> int:
    # Finnish, Swedish and English: one form for exactly one, another for the rest.
    return 0 if n == 1 else 1


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` (English) in the current language; ``%n`` becomes ``n`` when given."""
    forms = _catalogue(_language).get((context, source, disambiguation or ""))
    if forms:
        text = forms[min(_plural_index(n), len(forms) - 1)] if n >= 0 else forms[0]
    else:
        text = source
    return text.replace("%n", str(n)) if n >= 0 else text


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 (lupdate's name)
    """Mark ``source`` for translation where it is defined; ``translate`` it when shown."""
    del context
    return source
