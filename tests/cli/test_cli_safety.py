"""The command line cannot destroy a journal, and never shows a traceback."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_cli import (
    _QT_LOCALE_WARNING,
    ENGLISH,
    PASSPHRASE,
    ROOT,
    _env,
    assert_clean_sentence,
    init,
    run,
    said,
    sha256,
    verify,
)
from tyoparipaivakirja import cli, process_guard
from tyoparipaivakirja.storage import files

INSIDE_JOURNAL = (
    "That folder belongs to a journal, and a file saved there could damage it. "
    "Nothing was saved. Choose a folder outside the journal, for example your "
    "documents folder."
)
ONTO_DATABASE = (
    "A database file already has that name, and saving over it could destroy a "
    "journal. Nothing was saved. Choose another name."
)


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return init(tmp_path_factory.mktemp("turva") / "r1")


@pytest.mark.parametrize("command", ["export", "summary"])
@pytest.mark.parametrize(
    ("target", "sentence"), [("pair.db", ONTO_DATABASE), ("x.out", INSIDE_JOURNAL)]
)
def test_output_onto_the_journal_exits_7_and_changes_nothing(
    journal: Path, command: str, target: str, sentence: str
) -> None:
    """`export --out r1/pair.db` (or any file inside the journal folder) is refused with
    exit 7 and a clear sentence before a passphrase is read; verify still passes."""
    before = sha256(journal / "pair.db")
    extra = ["--from", "2026-01-01", "--to", "2026-02-01"] if command == "summary" else []
    result = run(
        command,
        journal,
        *extra,
        "--out",
        journal / target,
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert result.returncode == 7
    assert_clean_sentence(result, sentence)
    assert sha256(journal / "pair.db") == before
    assert not (journal / "x.out").exists()
    assert verify(journal, PASSPHRASE).returncode == 0


def test_absurd_summary_period_is_refused_without_a_traceback(
    journal: Path, tmp_path: Path
) -> None:
    """`summary --from 0001-01-01 --to 9999-12-31` exits 7 with a sentence, writes nothing."""
    result = run(
        "summary",
        journal,
        "--from",
        "0001-01-01",
        "--to",
        "9999-12-31",
        "--out",
        tmp_path / "s.pdf",
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert result.returncode == 7, result.stderr
    assert_clean_sentence(
        result, "Choose a period between 1.1.2000 and 31.12.2099. Nothing was written."
    )
    assert not (tmp_path / "s.pdf").exists()


def test_standard_input_that_is_not_utf8_is_a_usage_error(journal: Path) -> None:
    """Passphrases that are not UTF-8 text give exit 2 and a sentence, not a traceback."""
    result = subprocess.run(
        [sys.executable, "-m", "tyoparipaivakirja", "verify", str(journal), "--passphrase-stdin"],
        input=b"\xff\xfe rikki \xc3\n",
        capture_output=True,
        env=_env(ENGLISH),
        cwd=ROOT,
        start_new_session=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    text = _QT_LOCALE_WARNING.sub("", result.stderr.decode("utf-8"))
    assert "Traceback" not in text
    assert text.startswith("Standard input is not UTF-8 text.")


def test_restore_of_another_journals_backup_needs_other_journal(tmp_path: Path) -> None:
    """Restoring journal B's backup into A exits 7 saying so; with --foreign-backup it is
    done, and A then opens with B's passphrase."""
    other_passphrase = "toinen vahva polku: kanerva ja kallio 77"
    ours = init(tmp_path / "a")
    theirs = init(tmp_path / "b", other_passphrase)
    backup = Path(run("backup", theirs, "--out", tmp_path / "out").stdout.strip())
    before = sha256(ours / "pair.db")
    refused = run("restore", ours, backup)
    assert refused.returncode == 7
    assert "another journal" in said(refused) and "--foreign-backup" in said(refused)
    assert sha256(ours / "pair.db") == before
    done = run("restore", ours, backup, "--foreign-backup")
    assert done.returncode == 0, done.stderr
    assert verify(ours, other_passphrase).returncode == 0


def test_unexpected_error_is_a_sentence_with_an_id_and_a_private_log(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A fault in the app prints a sentence with an error id, never the exception's text
    (which can quote what a user typed); the owner-only log has the id and where, no text."""
    monkeypatch.setattr(process_guard, "disable_core_dumps", lambda: True)  # not on pytest
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")  # the sentence's words below are English

    def broken(*_args: object) -> int:
        raise ValueError("Invalid isoformat string: 'huomenna'")

    monkeypatch.setitem(cli._RUNNERS, "verify", broken)
    code = cli.main(["verify", str(ROOT / "nowhere")])
    err = capsys.readouterr().err
    assert code == 1
    assert "huomenna" not in err and "Traceback" not in err
    match = re.search(r"\(error ([A-Z0-9]{6})\)", err)
    assert match is not None, err
    log = process_guard.log_path().read_text(encoding="utf-8")
    assert match.group(1) in log and "ValueError" in log and "huomenna" not in log
    assert stat.S_IMODE(process_guard.log_path().stat().st_mode) == 0o600
    assert process_guard.log_path().parent == files.state_dir()


def test_core_dumps_are_off_in_the_app_process() -> None:
    """The process that may hold decrypted content writes no core file: RLIMIT_CORE is 0
    and (Linux) the process is not dumpable."""
    probe = (
        "import ctypes, resource, sys\n"
        "from tyoparipaivakirja.process_guard import disable_core_dumps\n"
        "assert disable_core_dumps()\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE))\n"
        "if sys.platform.startswith('linux'):\n"
        "    print(ctypes.CDLL(None).prctl(3, 0, 0, 0, 0))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.split()
    assert "".join(lines[:2]) == "(0,0)"
    if sys.platform.startswith("linux"):
        assert lines[2] == "0"
