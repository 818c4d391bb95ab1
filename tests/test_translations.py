"""The Finnish translation is complete, current with the code, and compiled."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = ROOT / "resources" / "i18n" / "tyoparipaivakirja_fi.ts"
QM_FILE = TS_FILE.with_suffix(".qm")
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


def test_every_finnish_string_is_finished() -> None:
    """No source string is left unfinished, vanished or empty in the Finnish catalogue."""
    problems = []
    for message in _messages(TS_FILE):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in {"unfinished", "vanished", "obsolete"} or not all(
            text.strip() for text in _translations(message)
        ):
            problems.append(source)
    assert problems == []


def test_catalogue_covers_every_string_in_the_code(tmp_path: Path) -> None:
    """Running lupdate over today's code finds no string the catalogue lacks."""
    copy = tmp_path / TS_FILE.name
    shutil.copy(TS_FILE, copy)
    update_translations.lupdate(copy)
    unfinished = [
        message.findtext("source")
        for message in _messages(copy)
        if message.find("translation[@type='unfinished']") is not None
    ]
    assert unfinished == []


def test_compiled_catalogue_matches_the_source(tmp_path: Path) -> None:
    """The shipped .qm is what lrelease makes of the shipped .ts."""
    rebuilt = tmp_path / "rebuilt.qm"
    update_translations.lrelease(TS_FILE, rebuilt)
    assert rebuilt.read_bytes() == QM_FILE.read_bytes()


@pytest.mark.parametrize("placeholder", ["%1", "%2", "%n"])
def test_placeholders_survive_translation(placeholder: str) -> None:
    """Every %1, %2 and %n of an English string is also in its Finnish translation."""
    broken = []
    for message in _messages(TS_FILE):
        source = message.findtext("source") or ""
        if placeholder in source:
            broken += [source for text in _translations(message) if placeholder not in text]
    assert broken == []


def test_finnish_is_loaded_for_a_known_string() -> None:
    """With Finnish installed, an error sentence reads in Finnish."""
    code = (
        "from PySide6.QtCore import QCoreApplication\n"
        "from tyoparipaivakirja import i18n\n"
        "from tyoparipaivakirja.core.errors import WrongPassphrase\n"
        "from tyoparipaivakirja.messages import error_message\n"
        "app = QCoreApplication([])\n"
        "i18n.install(app, i18n.FINNISH)\n"
        "print(error_message(WrongPassphrase()))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.strip() == "Tunnuslause ei ole oikea. Tarkista se ja yritä uudelleen."


def test_no_english_word_left_in_common_finnish_strings() -> None:
    """Finnish translations do not contain the English words 'passphrase' or 'journal'."""
    leaks = [
        text
        for message in _messages(TS_FILE)
        for text in _translations(message)
        if re.search(r"\b(passphrase|journal)\b", text)
        and "--passphrase-stdin" not in text
        and "tyoparipaivakirja" not in text
    ]
    assert leaks == []
