"""The Qt-free words: the command line and messages speak the user's language."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tyoparipaivakirja import words

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _keep_language() -> Iterator[None]:
    before = words.language()
    yield
    words.set_language(before)


def test_finnish_and_swedish_come_from_the_catalogues() -> None:
    """A source string reads as the shipped Finnish and Swedish translation."""
    words.set_language(words.FINNISH)
    assert words.translate("Cli", "Pair passphrase: ") == "Parin tunnuslause: "
    words.set_language(words.SWEDISH)
    assert words.translate("Cli", "Pair passphrase: ") == "Parets lösenfras: "
    words.set_language(words.ENGLISH)
    assert words.translate("Cli", "Pair passphrase: ") == "Pair passphrase: "


def test_counts_take_their_plural_form() -> None:
    """%n strings pick the singular for one and the plural otherwise, in every language."""
    words.set_language(words.FINNISH)
    assert words.translate("Tables", "%n debriefs", None, 1) == "1 purku"
    assert words.translate("Tables", "%n debriefs", None, 4) == "4 purkua"
    words.set_language(words.ENGLISH)
    assert words.translate("Tables", "%n debriefs", None, 1) == "1 debrief"
    assert words.translate("Tables", "%n debriefs", None, 0) == "0 debriefs"


def test_an_unknown_string_or_language_falls_back_to_the_source() -> None:
    """A string without a translation is shown as written; an unknown language is Finnish."""
    words.set_language("de")
    assert words.language() == words.FINNISH
    assert words.translate("Cli", "No such string anywhere") == "No such string anywhere"


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({"LC_ALL": "sv_FI.UTF-8"}, "sv"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LC_MESSAGES": "fi_FI.UTF-8", "LANG": "en_GB.UTF-8"}, "fi"),
        ({"LANG": "de_DE.UTF-8"}, "fi"),
    ],
)
def test_the_system_language_follows_the_locale_variables(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], expected: str
) -> None:
    """LC_ALL, LC_MESSAGES, LANG in POSIX order decide; a language the app lacks is Finnish."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in environment.items():
        monkeypatch.setenv(variable, value)
    assert words.system_language() == expected


def test_the_command_line_speaks_finnish_without_qt() -> None:
    """A refused command prints its sentence and usage in Finnish under a Finnish locale,
    and the process never loads Qt to do it."""
    probe = (
        "import sys\n"
        "from tyoparipaivakirja import cli\n"
        "code = cli.main(['verify', '/nonexistent/journal'])\n"
        "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NOQT')\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"LC_ALL": "fi_FI.UTF-8", "PATH": "/usr/bin:/bin"},
        check=False,
        timeout=60,
    )
    assert result.returncode == 2, result.stderr
    assert result.stdout.strip() == "NOQT"
    assert "Tunnuslausetta ei voi kysyä" in result.stderr, result.stderr
    assert "Käyttö:" in result.stderr
