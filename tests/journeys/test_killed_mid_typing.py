"""A process killed while someone types steadily loses at most the last moments: each
form's draft holds everything typed until about two seconds before the kill. And when
the session ends (SIGTERM) the window closes like Quit: the journal locks and backs up.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import MEMBERS, PAIR_PASSPHRASE
from tests.gui.helpers import JOURNAL_NAME
from tests.journeys.journey import own_passphrase
from tyoparipaivakirja.storage import cipher
from tyoparipaivakirja.storage.folder import create_journal, open_journal
from tyoparipaivakirja.storage.session import Journal

ROOT = Path(__file__).resolve().parents[2]
# A steady typist: no pause anywhere in ~8 s of typing.
TEXT = ("Vankilatapaaminen jäi kesken, vapautuminen lähestyy ja asunto puuttuu. " * 3).strip()
TYPE_FOR_S = 4.0  # how long the child types before it is killed
# Drafts are kept at most 2 s after an edit; one more second for a loaded CI machine.
ALLOWED_LOSS_S = 3.0
CHILD_TIMEOUT_S = 60


def _journal(folder: Path) -> None:
    journal = create_journal(folder, JOURNAL_NAME, MEMBERS, PAIR_PASSPHRASE)
    for member in journal.members.all():
        journal.create_personal_area(member.member_id, own_passphrase(member.display_name))
    journal.lock()


def _first_member_area_draft(journal: Journal, form_id: str, field: str) -> str:
    jari = journal.members.all()[0]
    area = journal.open_personal_area(jari.member_id, own_passphrase(jari.display_name))
    try:
        kept = area.drafts.get(form_id)
        if kept is None:
            kept = next(iter(area.drafts.of_kind(form_id.split(":")[0])), None)
        return "" if kept is None else str(kept.body[field])  # type: ignore[index,call-overload]
    finally:
        area.close()


def _pair_draft(journal: Journal, kind: str, read: Callable[[object], str]) -> str:
    kept = journal.drafts.of_kind(kind)
    return read(kept[0].body) if kept else ""


KEPT: dict[str, Callable[[Journal], str]] = {
    "debrief": lambda j: j.debriefs.drafts()[0].entry.uppermost if j.debriefs.drafts() else "",
    "own reflection": lambda j: _first_member_area_draft(j, "reflection", "feelings"),
    "check-in note": lambda j: _first_member_area_draft(j, "checkin:new", "note"),
    "supervision topic": lambda j: _pair_draft(j, "supervision", lambda b: b["own_topic"]),  # type: ignore[index]
    "role task": lambda j: _pair_draft(j, "roles", lambda b: b["items"][-1]["title"]),  # type: ignore[index]
}


def _start(form: str, folder: Path, settings: Path) -> subprocess.Popen[str]:
    env = dict(os.environ)
    env["PYTHONIOENCODING"] = "utf-8"
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.journeys.typing_child",
            form,
            str(folder),
            str(settings),
            str(cipher.KDF_ITERATIONS),
        ],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(f"{PAIR_PASSPHRASE}\n{TEXT}\n")
    child.stdin.flush()
    first = child.stdout.readline()
    if first != "ready\n":
        child.kill()
        _out, err = child.communicate(timeout=CHILD_TIMEOUT_S)
        pytest.fail(f"the child said {first!r}: {err[-2000:]}")
    return child


def _type_then(child: subprocess.Popen[str], how: signal.Signals) -> tuple[int, float]:
    """Let the child type for ``TYPE_FOR_S``, then send ``how``. Returns how many
    characters it had typed ``ALLOWED_LOSS_S`` before the signal, and when it was sent."""
    assert child.stdout is not None
    typed: list[tuple[float, int]] = []
    started: float | None = None
    while True:
        line = child.stdout.readline()
        if not line.startswith("typed "):
            pytest.fail(f"the child stopped typing: {line!r}")
        now = time.monotonic()
        typed.append((now, int(line.split()[1])))
        started = started or now
        if now - started >= TYPE_FOR_S:
            break
    child.send_signal(how)
    sent = time.monotonic()
    assert typed[-1][1] < len(TEXT), "the typing was over before the signal: not mid-typing"
    must = max((count for at, count in typed if at <= sent - ALLOWED_LOSS_S), default=0)
    return must, sent


@pytest.mark.parametrize("form", list(KEPT))
def test_killed_while_typing_keeps_what_was_typed(tmp_path: Path, form: str) -> None:
    """SIGKILL mid-typing, with no pause in the typing: the form's draft has every
    character typed until ``ALLOWED_LOSS_S`` before the kill (a debounce kept nothing)."""
    folder = tmp_path / "paivakirja"
    _journal(folder)
    child = _start(form, folder, tmp_path / "child.ini")
    try:
        must, _sent = _type_then(child, signal.SIGKILL)
    finally:
        child.kill()
        _out, err = child.communicate(timeout=CHILD_TIMEOUT_S)
    assert child.returncode == -signal.SIGKILL, err[-2000:]
    assert must > 0
    journal = open_journal(folder, PAIR_PASSPHRASE)
    try:
        kept = KEPT[form](journal)
    finally:
        journal.lock()
    assert TEXT.startswith(kept), "the draft is not what was typed"
    assert len(kept) >= must, f"kept {len(kept)} characters, {must} were typed by then"


def test_session_end_locks_and_backs_up(tmp_path: Path) -> None:
    """SIGTERM (a logout, a shutdown) mid-typing closes the window as Quit does: the
    draft is kept, the journal is locked with no -wal/-shm left, and the day's backup
    is made."""
    folder = tmp_path / "paivakirja"
    _journal(folder)
    child = _start("debrief", folder, tmp_path / "child.ini")
    try:
        _type_then(child, signal.SIGTERM)
        _out, err = child.communicate(timeout=CHILD_TIMEOUT_S)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate(timeout=CHILD_TIMEOUT_S)
    assert child.returncode == 0, err[-2000:]
    assert [p.name for p in folder.rglob("*-wal")] + [p.name for p in folder.rglob("*-shm")] == []
    assert [p for p in (folder / "backups").glob("*-daily") if p.is_dir()]
    journal = open_journal(folder, PAIR_PASSPHRASE)
    try:
        (draft,) = journal.debriefs.drafts()
    finally:
        journal.lock()
    assert draft.entry.uppermost and TEXT.startswith(draft.entry.uppermost)
