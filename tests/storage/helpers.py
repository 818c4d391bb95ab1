"""Helpers shared by the storage tests: file snapshots, a child process, test data."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PAIR_PASSPHRASE
from tyoparipaivakirja.core.debriefs import (
    Debrief,
    SharingLevel,
    SupervisionTag,
    SupervisionTopic,
    VisitType,
)
from tyoparipaivakirja.storage import cipher, files
from tyoparipaivakirja.storage.session import Journal

ROOT = Path(__file__).resolve().parents[2]
PAGE_SIZE = 4096  # SQLCipher 4 default
PERSONAL_PASSPHRASE_JARI = "Jarin oma polku: hiljainen-järvi-7"
PERSONAL_PASSPHRASE_SANNA = "Sannan kanerva & sammal 1984 🌲"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (relative path → sha256)."""
    return {
        str(path.relative_to(folder)): sha256(path)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def fill(journal: Journal, rows: int = 200) -> None:
    """Write enough into the pair journal that the file spans many pages."""
    with journal.transaction() as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS filler (id INTEGER PRIMARY KEY, body TEXT)")
        conn.executemany(
            "INSERT INTO filler (body) VALUES (?)", [(f"täyte {i} " * 50,) for i in range(rows)]
        )


def start_child(
    mode: str, folder: Path, passphrase: str = PAIR_PASSPHRASE, more: str = ""
) -> subprocess.Popen[str]:
    """Start ``journal_child`` in ``mode`` on ``folder`` and wait until it has the journal open.

    The child derives keys with this process's current ``KDF_ITERATIONS``.
    """
    env = dict(os.environ)
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.storage.journal_child",
            mode,
            str(folder),
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
    child.stdin.write(passphrase + "\n" + more)
    child.stdin.flush()
    first = child.stdout.readline()
    if first != "ready\n":
        child.kill()
        _out, err = child.communicate()
        raise AssertionError(f"child did not open the journal: {first!r} {err}")
    return child


class FullDisk:
    """Switch a simulated full disk on and off.

    Measured on a full tmpfs (``test_full_disk.test_full_disk_for_real``): SQLite's first
    read of a journal in WAL mode makes the log's shared index, which cannot grow on a
    full disk, and reports a plain I/O error (SQLITE_IOERR), not SQLITE_FULL. This does
    the same at that layer, while the file system says there is no room."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.full = False
        real_connect, real_read_only = cipher.connect, cipher.connect_read_only

        def connect(path: Path, passphrase: str, *, create: bool) -> Any:
            if self.full and not create:
                # The key is checked on the file's first page (a wrong one fails there, as
                # on a real full disk); then the log's index cannot be made.
                cipher.close_quietly(real_read_only(path, passphrase))
                raise cipher.translate_error(cipher.DatabaseError("disk I/O error"))
            return real_connect(path, passphrase, create=create)

        real_free = files.free_bytes
        monkeypatch.setattr(cipher, "connect", connect)
        monkeypatch.setattr(
            files, "free_bytes", lambda folder: 0 if self.full else real_free(folder)
        )


def save_topic_debrief(journal: Journal, day: date, topic: str, sharing: SharingLevel) -> str:
    """Save a home visit on ``day`` that raises ``topic`` for supervision."""
    author = journal.members.all()[0].member_id
    entry = Debrief(
        visit_date=day,
        visit_type=VisitType.HOME_VISIT,
        client_code="A-05",
        went_well=f"Onnistui {topic}",
        supervision_topics=(SupervisionTopic(topic, (SupervisionTag.ROLES,), author),),
        sharing=sharing,
    )
    return journal.debriefs.save(entry, author, day)
