"""The command line, run as a real subprocess: exit codes, messages and what it writes.

Each subprocess derives keys with the real KDF, so journals are made with the CLI
itself, and the few opened in this process are opened in ``real_kdf`` tests.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from tyoparipaivakirja.demo import DEMO_PAIR_PASSPHRASE
from tyoparipaivakirja.storage import cipher
from tyoparipaivakirja.storage.folder import open_journal

ROOT = Path(__file__).resolve().parents[2]
QM_FILE = ROOT / "resources" / "i18n" / "tyoparipaivakirja_fi.qm"
CONSOLE_SCRIPT = Path(sys.executable).parent / "tyoparipaivakirja"
ENGLISH = "en_US.UTF-8"
FINNISH = "fi_FI.UTF-8"
PAGE_SIZE = 4096  # SQLCipher 4 default

PASSPHRASE = "kesä-aamu 'kahvi' \"termos\" 2026"
NEW_PASSPHRASE = "Sannan kanerva & sammal 1984 🌲"
WRONG_PASSPHRASE = "väärä mutta vahva tunnuslause 42"
WEAK_PASSPHRASE = "salasana1234"
PAIR_MEMBERS = ("--member", "Jari:kokemusasiantuntija", "--member", "Sanna:ammattilainen")

# The English source sentences of tyoparipaivakirja.messages that a user reads.
WRONG_PASSPHRASE_MESSAGE = "The passphrase is not correct. Check it and try again."
WRONG_PASSPHRASE_MESSAGE_FI = "Tunnuslause ei ole oikea. Tarkista se ja yritä uudelleen."
IN_USE_MESSAGE = (
    "The journal is open in another window or program. Close it there first, then try again."
)
CORRUPT_MESSAGE = (
    "The journal file is damaged and cannot be opened safely. "
    "Nothing was changed. Restore it from a backup or ask your IT support."
)
NOT_A_JOURNAL_MESSAGE = (
    "This folder does not contain a Työparipäiväkirja journal. "
    "Choose the folder the journal was created in."
)
TOO_NEW_MESSAGE = (
    "This journal was saved by a newer version of Työparipäiväkirja. "
    "Update the app to open it; the journal was not changed."
)
NEED_BOTH_ROLES_MESSAGE = (
    "A work pair needs at least one expert by experience and one professional."
)
TOO_WEAK_MESSAGE = (  # "salasana1234": a word of the work, then a sequence
    "This passphrase is too easy to guess for someone who knows you. "
    "Your names, the journal's name and the words of your work are the first guesses of "
    "anyone who knows you. Keyboard runs and sequences like 1234 or qwerty add almost "
    "nothing. Strong is four or more words that have nothing to do with each other or with "
    "you, in an order only you know."
)
JOURNAL_EXISTS_MESSAGE = (
    "There is already a journal in this folder. Open it, or choose another folder."
)
NO_TERMINAL_MESSAGE = "There is no terminal to ask the passphrase from. Use --passphrase-stdin."
NOT_UNDERSTOOD_MESSAGE = "The command or its options were not understood."

# Qt prints this when the requested locale is not installed on the machine (as with
# fi_FI.UTF-8 on a bare CI image); it is Qt's, not the app's, so it is set aside.
_QT_LOCALE_WARNING = re.compile(
    r'Detected locale "[^"\n]*" with character encoding "[^"\n]*", which is not UTF-8\.\n'
    r'Qt depends on a UTF-8 locale, and has switched to "[^"\n]*" instead\.\n'
    r"If this causes problems, reconfigure your locale\. See the locale\(1\) manual\n"
    r"for more information\.\n"
)


def _env(language: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("LC_") and key not in {"LANG", "LANGUAGE"}
    }
    env.update(QT_QPA_PLATFORM="offscreen", LANG=language, LC_ALL=language)
    return env


def run(
    *args: str | Path,
    stdin: str = "",
    language: str = ENGLISH,
    program: Sequence[str] = (sys.executable, "-m", "tyoparipaivakirja"),
) -> subprocess.CompletedProcess[str]:
    """Run the CLI with ``stdin`` as a pipe and no controlling terminal."""
    return subprocess.run(
        [*program, *map(str, args)],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_env(language),
        cwd=ROOT,
        start_new_session=True,  # no /dev/tty: a stray terminal prompt cannot hang the test
        timeout=120,  # a guard against a hang, not a timing assertion
        check=False,
    )


def said(result: subprocess.CompletedProcess[str]) -> str:
    """What the app itself wrote to stderr (without Qt's missing-locale notice)."""
    return _QT_LOCALE_WARNING.sub("", result.stderr)


def assert_clean_sentence(result: subprocess.CompletedProcess[str], sentence: str) -> None:
    """stderr is exactly ``sentence``: no traceback, nothing from SQLCipher."""
    text = said(result)
    assert "Traceback" not in text
    assert "hmac" not in text.casefold()
    assert "sqlcipher" not in text.casefold()
    assert text == sentence + "\n"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def init(folder: Path, passphrase: str = PASSPHRASE) -> Path:
    """Create a journal with the CLI (real KDF) and return its folder."""
    result = run("init", folder, *PAIR_MEMBERS, "--passphrase-stdin", stdin=passphrase + "\n")
    assert result.returncode == 0, result.stderr
    return folder


def verify(folder: Path, passphrase: str) -> subprocess.CompletedProcess[str]:
    return run("verify", folder, "--passphrase-stdin", stdin=passphrase + "\n")


@pytest.fixture(scope="module")
def shared_journal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One journal for the tests that only read it."""
    return init(tmp_path_factory.mktemp("shared") / "journal")


# --- init and verify ----------------------------------------------------------------


def test_init_creates_a_journal_that_verify_reports_intact(tmp_path: Path) -> None:
    """init with two members makes a journal; verify opens it and reports it intact."""
    folder = tmp_path / "journal"
    created = run("init", folder, *PAIR_MEMBERS, "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert created.returncode == 0, created.stderr
    assert PASSPHRASE not in created.stdout + created.stderr

    checked = verify(folder, PASSPHRASE)

    assert checked.returncode == 0, checked.stderr
    database_files = len(list(folder.rglob("*.db")))
    assert database_files >= 2
    lines = checked.stdout.splitlines()
    assert "Members: 2" in lines
    assert "Personal areas: 0" in lines
    assert f"Encrypted files: {database_files}" in lines
    assert "Result: the journal is intact and every file is encrypted." in lines


def test_init_refuses_two_experts_by_experience(tmp_path: Path) -> None:
    """A pair without a professional is refused with exit 7 and no journal is written."""
    folder = tmp_path / "journal"
    members = ("--member", "Jari:kokemusasiantuntija", "--member", "Sanna:kokemusasiantuntija")

    result = run("init", folder, *members, "--passphrase-stdin", stdin=PASSPHRASE + "\n")

    assert result.returncode == 7
    assert_clean_sentence(result, NEED_BOTH_ROLES_MESSAGE)
    assert not (folder / "pair.db").exists()


def test_init_refuses_a_weak_passphrase(tmp_path: Path) -> None:
    """A weak pair passphrase is refused with exit 7 and no journal is written."""
    folder = tmp_path / "journal"

    result = run("init", folder, *PAIR_MEMBERS, "--passphrase-stdin", stdin=WEAK_PASSPHRASE)

    assert result.returncode == 7
    assert_clean_sentence(result, TOO_WEAK_MESSAGE)
    assert not (folder / "pair.db").exists()


def test_init_refuses_a_folder_that_already_holds_a_journal(tmp_path: Path) -> None:
    """init over an existing journal exits 7 and leaves that journal's files untouched."""
    folder = init(tmp_path / "journal")
    before = {path.name: sha256(path) for path in folder.glob("*.db")}

    result = run("init", folder, *PAIR_MEMBERS, "--passphrase-stdin", stdin=NEW_PASSPHRASE + "\n")

    assert result.returncode == 7
    assert_clean_sentence(result, JOURNAL_EXISTS_MESSAGE)
    assert {path.name: sha256(path) for path in folder.glob("*.db")} == before


def test_init_into_a_path_that_is_a_file_is_refused_with_a_sentence(tmp_path: Path) -> None:
    """init on a path that is a regular file exits 7 with a sentence, not a traceback."""
    target = tmp_path / "notes.txt"
    target.write_text("muistiinpanoja\n", encoding="utf-8")

    result = run("init", target, *PAIR_MEMBERS, "--passphrase-stdin", stdin=PASSPHRASE + "\n")

    assert "Traceback" not in result.stderr
    assert result.returncode == 7
    assert target.read_text(encoding="utf-8") == "muistiinpanoja\n"


def test_a_passphrase_given_as_an_argument_is_a_usage_error(tmp_path: Path) -> None:
    """An extra argument (a passphrase typed on the command line) is refused with exit 2,
    is not echoed back, and nothing is created."""
    folder = tmp_path / "journal"

    result = run(
        "init",
        folder,
        *PAIR_MEMBERS,
        PASSPHRASE,
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )

    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert said(result).startswith(NOT_UNDERSTOOD_MESSAGE + "\n")
    assert PASSPHRASE not in result.stdout + result.stderr
    assert not folder.exists()


@pytest.mark.parametrize(
    "option",
    [
        pytest.param(("--passphrase", PASSPHRASE), id="separate-value"),
        pytest.param((f"--passphrase={PASSPHRASE}",), id="equals-value"),
        pytest.param(("--passphrase",), id="bare"),
    ],
)
def test_passphrase_is_not_an_option(shared_journal: Path, option: tuple[str, ...]) -> None:
    """``--passphrase`` in any spelling is a usage error (exit 2), never a way in."""
    result = run("verify", shared_journal, *option, stdin=PASSPHRASE + "\n")

    assert result.returncode == 2
    assert said(result).startswith(NOT_UNDERSTOOD_MESSAGE + "\n")
    assert PASSPHRASE not in result.stdout + result.stderr


# --- demo ---------------------------------------------------------------------------


def _printed_passphrases(stdout: str) -> tuple[str, dict[str, str]]:
    pair = re.findall(r"^Pair passphrase: (.+)$", stdout, re.MULTILINE)
    personal = dict(re.findall(r"^Personal area of (.+?): (.+)$", stdout, re.MULTILINE))
    assert len(pair) == 1, stdout
    return pair[0], personal


@pytest.mark.real_kdf
def test_demo_prints_passphrases_that_open_the_journal(tmp_path: Path) -> None:
    """demo prints the fixed pair passphrase and one personal passphrase per member,
    and each printed passphrase opens what it names."""
    folder = tmp_path / "demo"

    result = run("demo", folder)

    assert result.returncode == 0, result.stderr
    pair, personal = _printed_passphrases(result.stdout)
    assert pair == DEMO_PAIR_PASSPHRASE
    assert len(result.stdout.splitlines()) == 1 + len(personal)
    checked = verify(folder, pair)
    assert checked.returncode == 0, checked.stderr
    assert f"Personal areas: {len(personal)}" in checked.stdout.splitlines()
    journal = open_journal(folder, pair)
    try:
        members = journal.members.all()
        assert sorted(member.display_name for member in members) == sorted(personal)
        for member in members:
            area = journal.open_personal_area(member.member_id, personal[member.display_name])
            assert area.is_open
            area.close()
    finally:
        journal.lock()


def test_demo_uses_the_passphrase_from_stdin(tmp_path: Path) -> None:
    """demo --passphrase-stdin keys the journal with the given passphrase and prints it."""
    folder = tmp_path / "demo"

    result = run("demo", folder, "--passphrase-stdin", stdin=NEW_PASSPHRASE + "\n")

    assert result.returncode == 0, result.stderr
    pair, _personal = _printed_passphrases(result.stdout)
    assert pair == NEW_PASSPHRASE
    assert verify(folder, NEW_PASSPHRASE).returncode == 0
    assert verify(folder, DEMO_PAIR_PASSPHRASE).returncode == 3


# --- errors on opening -----------------------------------------------------------------


def test_wrong_passphrase_exits_3_with_one_sentence(shared_journal: Path) -> None:
    """A wrong passphrase exits 3 with one plain sentence: no traceback, no SQLCipher text."""
    result = verify(shared_journal, WRONG_PASSPHRASE)

    assert result.returncode == 3
    assert_clean_sentence(result, WRONG_PASSPHRASE_MESSAGE)
    assert result.stdout == ""


@pytest.mark.real_kdf
def test_journal_open_elsewhere_exits_4(shared_journal: Path) -> None:
    """While another program holds the journal open, verify exits 4 with a sentence."""
    journal = open_journal(shared_journal, PASSPHRASE)
    try:
        result = verify(shared_journal, PASSPHRASE)
    finally:
        journal.lock()

    assert result.returncode == 4
    assert_clean_sentence(result, IN_USE_MESSAGE)


@pytest.mark.parametrize("page", [1, 3], ids=["first-page", "middle-page"])
def test_damaged_journal_exits_5_and_is_left_as_it_was(tmp_path: Path, page: int) -> None:
    """Flipped bytes in pair.db give exit 5 with the damage sentence, and verify changes
    nothing (the right passphrase is not mistaken for a wrong one)."""
    folder = init(tmp_path / "journal")
    pair_db = folder / "pair.db"
    assert pair_db.stat().st_size >= page * PAGE_SIZE
    data = bytearray(pair_db.read_bytes())
    start = (page - 1) * PAGE_SIZE + 1000
    for offset in range(start, start + 32):
        data[offset] ^= 0xFF
    pair_db.write_bytes(bytes(data))
    before = sha256(pair_db)

    result = verify(folder, PASSPHRASE)

    assert result.returncode == 5
    assert_clean_sentence(result, CORRUPT_MESSAGE)
    assert sha256(pair_db) == before


@pytest.mark.parametrize("make", ["empty", "missing"])
def test_folder_without_a_journal_exits_5(tmp_path: Path, make: str) -> None:
    """verify on an empty or missing folder exits 5 saying there is no journal there."""
    folder = tmp_path / "nothing-here"
    if make == "empty":
        folder.mkdir()

    result = verify(folder, PASSPHRASE)

    assert result.returncode == 5
    assert_clean_sentence(result, NOT_A_JOURNAL_MESSAGE)


@pytest.mark.real_kdf
def test_journal_from_a_newer_version_exits_6_untouched(tmp_path: Path) -> None:
    """A journal with a newer schema version exits 6 and pair.db is not changed."""
    folder = init(tmp_path / "journal")
    pair_db = folder / "pair.db"
    conn = cipher.connect(pair_db, PASSPHRASE, create=False)
    try:
        conn.execute("PRAGMA user_version = 99")
    finally:
        conn.close()
    before = sha256(pair_db)

    result = verify(folder, PASSPHRASE)

    assert result.returncode == 6
    assert_clean_sentence(result, TOO_NEW_MESSAGE)
    assert sha256(pair_db) == before


# --- passwd -------------------------------------------------------------------------


def test_passwd_changes_the_pair_passphrase(tmp_path: Path) -> None:
    """passwd reads old and new from two stdin lines; afterwards only the new one opens."""
    folder = init(tmp_path / "journal")

    result = run("passwd", folder, "--passphrase-stdin", stdin=f"{PASSPHRASE}\n{NEW_PASSPHRASE}\n")

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert verify(folder, PASSPHRASE).returncode == 3
    assert verify(folder, NEW_PASSPHRASE).returncode == 0


@pytest.mark.parametrize(
    ("old", "new", "code"),
    [
        pytest.param(WRONG_PASSPHRASE, NEW_PASSPHRASE, 3, id="wrong-old"),
        pytest.param(PASSPHRASE, WEAK_PASSPHRASE, 7, id="weak-new"),
    ],
)
def test_refused_passwd_keeps_the_old_passphrase(
    tmp_path: Path, old: str, new: str, code: int
) -> None:
    """A passwd refused for a wrong old or a weak new passphrase exits with its code and
    the journal still opens with the old passphrase only."""
    folder = init(tmp_path / "journal")

    result = run("passwd", folder, "--passphrase-stdin", stdin=f"{old}\n{new}\n")

    assert result.returncode == code
    assert "Traceback" not in result.stderr
    assert verify(folder, PASSPHRASE).returncode == 0
    assert verify(folder, new).returncode == 3


# --- how passphrases are read -----------------------------------------------------------


def test_without_terminal_or_passphrase_stdin_exits_2(shared_journal: Path) -> None:
    """With stdin a pipe and no --passphrase-stdin, the CLI exits 2 and says to use
    --passphrase-stdin, without reading the pipe as a passphrase."""
    result = run("verify", shared_journal, stdin=PASSPHRASE + "\n")

    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert said(result).startswith(NO_TERMINAL_MESSAGE + "\n")
    assert result.stdout == ""


# --- language -----------------------------------------------------------------------


def test_messages_are_finnish_in_a_finnish_locale(shared_journal: Path) -> None:
    """With a Finnish locale the wrong-passphrase sentence is the Finnish one from the
    shipped translation file."""
    translator = QTranslator()
    assert translator.load(str(QM_FILE))
    finnish = translator.translate("Messages", WRONG_PASSPHRASE_MESSAGE)
    assert finnish == WRONG_PASSPHRASE_MESSAGE_FI

    result = run(
        "verify",
        shared_journal,
        "--passphrase-stdin",
        stdin=WRONG_PASSPHRASE + "\n",
        language=FINNISH,
    )

    assert result.returncode == 3
    assert_clean_sentence(result, finnish)


# --- help and entry points ----------------------------------------------------------------


@pytest.mark.parametrize(
    "program",
    [
        pytest.param((sys.executable, "-m", "tyoparipaivakirja"), id="python-m"),
        pytest.param((str(CONSOLE_SCRIPT),), id="console-script"),
    ],
)
def test_help_prints_the_usage_from_both_entry_points(program: tuple[str, ...]) -> None:
    """``python -m tyoparipaivakirja --help`` and the installed ``tyoparipaivakirja``
    script both exist, exit 0 and print the usage of every command."""
    assert Path(program[0]).is_file()

    result = run("--help", program=program)

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Usage:\n")
    for command in ("init", "demo", "verify", "passwd"):
        assert f"tyoparipaivakirja {command} JOURNAL_DIR" in result.stdout
    assert "--passphrase-stdin" in result.stdout
