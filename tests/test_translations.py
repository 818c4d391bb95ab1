"""The Finnish, Swedish and English catalogues are complete, current and compiled.

Finnish and Swedish translate every string; English (the source language) holds the
singular and plural forms of every string with a count (%n).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
FI_TS = I18N / "tyoparipaivakirja_fi.ts"
SV_TS = I18N / "tyoparipaivakirja_sv.ts"
EN_TS = I18N / "tyoparipaivakirja_en.ts"
CATALOGUES = [FI_TS, SV_TS, EN_TS]
FULL_CATALOGUES = [FI_TS, SV_TS]
sys.path.insert(0, str(ROOT / "tools"))

import update_translations  # noqa: E402  (tools/ is not a package)


def _messages(ts_file: Path) -> list[ET.Element]:
    return list(ET.parse(ts_file).getroot().iter("message"))


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def _sources(ts_file: Path) -> set[str]:
    return {message.findtext("source") or "" for message in _messages(ts_file)}


def test_the_tool_keeps_all_three_catalogues() -> None:
    """tools/update_translations.py refreshes Finnish, Swedish and English."""
    assert set(update_translations.CATALOGUES) == set(CATALOGUES)


@pytest.mark.parametrize("ts_file", CATALOGUES, ids=lambda path: path.stem)
def test_every_string_is_finished(ts_file: Path) -> None:
    """No string is left unfinished, vanished or empty, in any form, in any catalogue."""
    assert _messages(ts_file), "an empty catalogue proves nothing"
    problems = []
    for message in _messages(ts_file):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in {"unfinished", "vanished", "obsolete"} or not all(
            text.strip() for text in _translations(message)
        ):
            problems.append(source)
    assert problems == []


def test_swedish_and_finnish_cover_the_same_strings() -> None:
    """Swedish is as complete as Finnish: the same source strings, none missing."""
    assert _sources(SV_TS) == _sources(FI_TS)


def test_english_catalogue_has_every_plural_with_two_forms() -> None:
    """Every %n string of the code has an English singular and plural form."""
    plurals = {
        message.findtext("source") or ""
        for message in _messages(FI_TS)
        if message.get("numerus") == "yes"
    }
    assert plurals, "no plural strings found: the lookup is broken"
    english = {m.findtext("source"): _translations(m) for m in _messages(EN_TS)}
    assert set(english) == plurals
    assert all(len(forms) == 2 for forms in english.values())


@pytest.mark.parametrize("ts_file", CATALOGUES, ids=lambda path: path.stem)
def test_catalogue_covers_every_string_in_the_code(ts_file: Path, tmp_path: Path) -> None:
    """Running lupdate over today's code finds no string the catalogue lacks."""
    copy = tmp_path / ts_file.name
    shutil.copy(ts_file, copy)
    update_translations.lupdate(copy)
    unfinished = [
        message.findtext("source")
        for message in _messages(copy)
        if message.find("translation[@type='unfinished']") is not None
    ]
    assert unfinished == []


@pytest.mark.parametrize("ts_file", CATALOGUES, ids=lambda path: path.stem)
def test_compiled_catalogue_matches_the_source(ts_file: Path, tmp_path: Path) -> None:
    """The shipped .qm is what lrelease makes of the shipped .ts."""
    rebuilt = tmp_path / "rebuilt.qm"
    update_translations.lrelease(ts_file, rebuilt)
    assert rebuilt.read_bytes() == ts_file.with_suffix(".qm").read_bytes()


@pytest.mark.parametrize("ts_file", CATALOGUES, ids=lambda path: path.stem)
@pytest.mark.parametrize("placeholder", ["%1", "%2", "%3", "%n"])
def test_placeholders_survive_translation(ts_file: Path, placeholder: str) -> None:
    """Every %1, %2, %3 and %n of an English string is also in its translation; only a
    plural's singular form (n = 1) may spell the count out instead of %n."""
    broken = []
    for message in _messages(ts_file):
        source = message.findtext("source") or ""
        if placeholder not in source:
            continue
        forms = _translations(message)
        if placeholder == "%n" and len(forms) > 1:
            forms = forms[1:]
        broken += [source for text in forms if placeholder not in text]
    assert broken == []


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("FINNISH", "Tunnuslause ei ole oikea. Tarkista se ja yritä uudelleen."),
        ("SWEDISH", "Lösenfrasen är inte rätt. Kontrollera den och försök igen."),
        ("ENGLISH", "The passphrase is not correct. Check it and try again."),
    ],
)
def test_each_language_is_loaded_for_a_known_string(language: str, expected: str) -> None:
    """With a language installed, an error sentence reads in that language."""
    code = (
        "from PySide6.QtCore import QCoreApplication\n"
        "from tyoparipaivakirja.gui.common import i18n\n"
        "from tyoparipaivakirja.core.errors import WrongPassphrase\n"
        "from tyoparipaivakirja.messages import error_message\n"
        "app = QCoreApplication([])\n"
        f"i18n.install(app, i18n.{language})\n"
        "print(error_message(WrongPassphrase()))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.strip() == expected


def test_english_plural_reads_right_for_one_and_many() -> None:
    """English says '1 debrief' and '2 debriefs', not '1 debriefs'."""
    code = (
        "from PySide6.QtCore import QCoreApplication\n"
        "from tyoparipaivakirja.gui.common import i18n\n"
        "app = QCoreApplication([])\n"
        "i18n.install(app, i18n.ENGLISH)\n"
        "print(QCoreApplication.translate('DebriefsPage', '%n debriefs', '', 1))\n"
        "print(QCoreApplication.translate('DebriefsPage', '%n debriefs', '', 2))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.split("\n")[:2] == ["1 debrief", "2 debriefs"]


@pytest.mark.parametrize(
    ("ts_file", "pattern"),
    [
        (FI_TS, r"\b(passphrase|journal)\b"),
        (SV_TS, r"\b(passphrase|journal|debrief|supervision)\b"),
    ],
    ids=["fi", "sv"],
)
def test_no_english_word_left_in_common_strings(ts_file: Path, pattern: str) -> None:
    """Translations do not contain common English words of the app's vocabulary."""
    leaks = [
        text
        for message in _messages(ts_file)
        for text in _translations(message)
        if re.search(pattern, text)
        and "--passphrase-stdin" not in text
        and "tyoparipaivakirja" not in text
    ]
    assert leaks == []


def test_swedish_uses_the_finland_swedish_terms() -> None:
    """Swedish says arbetspar, erfarenhetsexpert and handledning where the English says
    work pair, expert by experience and (work) supervision."""
    terms = {
        "work pair": "arbetspar",
        "expert by experience": "erfarenhetsexpert",
        "supervision": "handledning",
    }
    wrong = []
    for message in _messages(SV_TS):
        source = (message.findtext("source") or "").lower()
        for english, swedish in terms.items():
            if english in source:
                wrong += [text for text in _translations(message) if swedish not in text.lower()]
    assert wrong == []
