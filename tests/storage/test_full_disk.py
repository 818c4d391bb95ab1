"""A full disk when opening: the journal opens for reading only, or says plainly why not.

Measured on a full tmpfs (see ``test_full_disk_for_real``): SQLite's first read of a
journal in WAL mode creates the log's shared index, which cannot grow on a full disk, and
reports a plain I/O error (SQLITE_IOERR), not SQLITE_FULL. The injection here does the same
at that layer: the key is checked by the real first read, then the open fails with that
I/O error while the file system says there is no room.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.cli.test_cli import ENGLISH
from tests.conftest import PAIR_PASSPHRASE
from tests.storage.helpers import PERSONAL_PASSPHRASE_JARI, ROOT, FullDisk, snapshot
from tyoparipaivakirja.core.debriefs import Debrief, VisitType
from tyoparipaivakirja.core.errors import (
    FullDiskOnOpen,
    ReadOnlyFullDisk,
    StorageFailed,
    WrongPassphrase,
)
from tyoparipaivakirja.storage import cipher, files, lockfile
from tyoparipaivakirja.storage.folder import open_journal
from tyoparipaivakirja.storage.session import Journal
from tyoparipaivakirja.storage.verify import verify_journal

MakeJournal = Callable[..., Journal]
NEW_PASSPHRASE = "uusi yhteinen polku: koivikko 2027"
TODAY = date.today()


def _entry(text: str) -> Debrief:
    return Debrief(visit_date=TODAY, visit_type=VisitType.HOME_VISIT, uppermost=text)


def _uppermosts(journal: Journal) -> list[str]:
    rows = journal.connection().execute("SELECT uppermost FROM debriefs ORDER BY uppermost")
    return [str(row[0]) for row in rows]


@pytest.fixture
def disk(monkeypatch: pytest.MonkeyPatch) -> FullDisk:
    return FullDisk(monkeypatch)


@pytest.fixture
def saved(make_journal: MakeJournal) -> Path:
    """A locked journal with one debrief and Jari's own area with a check-in setting."""
    journal = make_journal()
    jari = journal.members.all()[0].member_id
    journal.debriefs.save(_entry("Ennen täyttä levyä"), jari, TODAY)
    journal.create_personal_area(jari, PERSONAL_PASSPHRASE_JARI).close()
    folder = journal.folder
    journal.lock()
    return folder


def test_a_full_disk_opens_the_journal_for_reading_only(saved: Path, disk: FullDisk) -> None:
    """Everything can be read; every kind of change is refused with the read-only error;
    locking writes nothing (no checkpoint, no daily backup); the files are byte for byte
    as they were and no log or index file is left behind."""
    before = snapshot(saved)
    disk.full = True
    journal = open_journal(saved, PAIR_PASSPHRASE)
    assert journal.read_only
    assert _uppermosts(journal) == ["Ennen täyttä levyä"]
    assert [m.display_name for m in journal.members.all()] == ["Jari", "Sanna"]
    jari, sanna = (m.member_id for m in journal.members.all())

    refused: list[Callable[[], object]] = [
        lambda: journal.debriefs.save(_entry("Uusi"), jari, TODAY),
        lambda: journal.drafts.save("purku-1", "debrief", {"uppermost": "luonnos"}),
        lambda: journal.set_second_backup_location(saved.parent),
        lambda: journal.change_passphrase(PAIR_PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE),
        lambda: journal.create_personal_area(sanna, "Sannan omat sanat: kanerva-sammal 7"),
        lambda: journal.reset_personal_area(jari),
        lambda: journal.back_up_now(),
        lambda: journal.roles.start_draft_from_defaults(TODAY),
    ]
    for change in refused:
        with pytest.raises(ReadOnlyFullDisk):
            change()
    area = journal.open_personal_area(jari, PERSONAL_PASSPHRASE_JARI)
    assert area.read_only
    assert area.checkins.settings() is not None  # readable
    with pytest.raises(ReadOnlyFullDisk):
        area.checkins.save_settings(area.checkins.settings())
    with pytest.raises(ReadOnlyFullDisk):
        area.change_passphrase(PERSONAL_PASSPHRASE_JARI, NEW_PASSPHRASE, NEW_PASSPHRASE)

    assert journal.lock(daily_backup=True) is None
    assert snapshot(saved) == before
    assert not list(saved.rglob("*-wal")) and not list(saved.rglob("*-shm"))

    disk.full = False  # space was freed: the next open is the usual one, nothing lost
    again = open_journal(saved, PAIR_PASSPHRASE)
    assert not again.read_only
    again.debriefs.save(_entry("Tilaa vapautettiin"), jari, TODAY)
    assert _uppermosts(again) == ["Ennen täyttä levyä", "Tilaa vapautettiin"]
    again.lock()


def test_read_only_still_checks_the_passphrase(saved: Path, disk: FullDisk) -> None:
    disk.full = True
    with pytest.raises(WrongPassphrase):
        open_journal(saved, "väärä tunnuslause, ei tämä")


def test_an_io_error_with_room_on_the_disk_is_not_a_full_disk(
    saved: Path, disk: FullDisk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An I/O error while the disk has room is a storage failure as before: no read-only
    journal is handed out for a fault that freeing space would not fix."""
    disk.full = True
    monkeypatch.setattr(files, "free_bytes", lambda folder: 10 * files.FULL_DISK_MARGIN)
    with pytest.raises(StorageFailed):
        open_journal(saved, PAIR_PASSPHRASE)


def test_changes_still_in_the_log_are_not_hidden_by_a_read_only_open(
    saved: Path, disk: FullDisk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a crash the log can hold saved changes. Where the log cannot be read without
    room for its index, the journal is not shown without them: the open is refused with
    the full-disk sentence, and nothing is changed or lost."""
    journal = open_journal(saved, PAIR_PASSPHRASE)
    journal.debriefs.save(_entry("Vain lokissa"), journal.members.all()[0].member_id, TODAY)
    log = saved / "pair.db-wal"
    assert log.stat().st_size > 0
    kept = {p.name: p.read_bytes() for p in saved.glob("pair.db*")}
    journal.lock()  # (its checkpoint empties the log: put the crashed state back)
    for name, data in kept.items():
        (saved / name).write_bytes(data)
    before = snapshot(saved)

    disk.full = True
    real_read_only = cipher.connect_read_only

    def no_room_for_the_index(path: Path, passphrase: str, *, with_log: bool = False) -> Any:
        if with_log:
            raise cipher.translate_error(cipher.DatabaseError("disk I/O error"))
        return real_read_only(path, passphrase, with_log=with_log)

    monkeypatch.setattr(cipher, "connect_read_only", no_room_for_the_index)
    with pytest.raises(FullDiskOnOpen):
        open_journal(saved, PAIR_PASSPHRASE)
    assert snapshot(saved) == before
    disk.full = False
    monkeypatch.setattr(cipher, "connect_read_only", real_read_only)
    again = open_journal(saved, PAIR_PASSPHRASE)
    assert "Vain lokissa" in _uppermosts(again)
    again.lock()


def test_no_room_even_for_the_lock_file_says_the_disk_is_full(
    make_journal: MakeJournal, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = make_journal()
    folder = journal.folder
    journal.lock()
    (folder / lockfile.LOCK_FILE_NAME).unlink()
    real_open = os.open

    def open_without_room(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if str(path).endswith(lockfile.LOCK_FILE_NAME) and flags & os.O_CREAT:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", open_without_room)
    with pytest.raises(FullDiskOnOpen):
        open_journal(folder, PAIR_PASSPHRASE)


def test_verify_reads_a_full_disk_journal_without_false_alarms(saved: Path, disk: FullDisk) -> None:
    """verify only reads: on a read-only journal every file still checks out intact."""
    disk.full = True
    journal = open_journal(saved, PAIR_PASSPHRASE)
    jari = journal.members.all()[0].member_id
    try:
        report = verify_journal(journal, PAIR_PASSPHRASE, {jari: PERSONAL_PASSPHRASE_JARI})
    finally:
        journal.lock()
    assert report.ok, report.problems
    assert report.checked_personal_areas == 1


# --- for real: a small full file system ------------------------------------------------

_CHILD = textwrap.dedent(
    """
    import os, subprocess, sys
    from pathlib import Path

    mount, journal, python = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    # Fill the file system, as a download or a video recording would.
    with open(mount / "filler", "wb") as filler:
        try:
            while True:
                filler.write(b"\\0" * 65536)
                filler.flush()
        except OSError:
            pass
    def cli(*args, stdin):
        done = subprocess.run(
            [python, "-m", "tyoparipaivakirja", *args, "--passphrase-stdin"],
            input=stdin, capture_output=True, text=True, encoding="utf-8",
        )
        print(f"{args[0]} exit {done.returncode}: {done.stderr.strip()!r}", flush=True)
    cli("verify", str(journal), stdin=sys.argv[4] + "\\n\\n")
    old, new = sys.argv[4], sys.argv[5]
    cli("passwd", str(journal), stdin=f"{old}\\n{new}\\n{new}\\n")
    print("files:", sorted(p.name for p in journal.iterdir()), flush=True)
    (mount / "filler").unlink()
    cli("verify", str(journal), stdin=sys.argv[4] + "\\n\\n")
    """
)


def _user_namespaces_work() -> bool:
    if shutil.which("unshare") is None or sys.platform != "linux":
        return False
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt || exit 1"],
        capture_output=True,
    )
    return probe.returncode == 0


@pytest.mark.real_kdf
@pytest.mark.skipif(
    not _user_namespaces_work(),
    reason="needs unprivileged user namespaces (unshare -rm) to mount a small tmpfs",
)
def test_full_disk_for_real(make_journal: MakeJournal, tmp_path: Path) -> None:
    """On a real, full tmpfs: verify reads the journal and says first that it is open for
    reading only (exit 0); passwd is refused with the full-disk sentence (exit 9) and
    changes nothing; once space is freed, verify finds the journal intact as before."""
    journal = make_journal()
    journal.debriefs.save(_entry("Täydellä levyllä"), journal.members.all()[0].member_id, TODAY)
    folder = journal.folder
    journal.lock()
    mount = tmp_path / "levy"
    mount.mkdir()
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("LC_") and key not in {"LANG", "LANGUAGE"}
    }
    env.update(PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", LANG=ENGLISH, LC_ALL=ENGLISH)
    script = (
        f"mount -t tmpfs -o size=2m tmpfs {mount} && cp -a {folder} {mount}/journal && "
        f'exec "$0" -c "$1" {mount} {mount}/journal "$0" "$2" "$3"'
    )
    done = subprocess.run(
        [
            "unshare",
            "-rm",
            "sh",
            "-c",
            script,
            sys.executable,
            _CHILD,
            PAIR_PASSPHRASE,
            NEW_PASSPHRASE,
        ],
        input="",
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("verify exit 0"), lines
    assert "The disk is full, so the journal was opened for reading only" in lines[0]
    assert lines[1].startswith("passwd exit 9"), lines
    assert lines[1].count("The disk is full") == 1, lines  # said once
    assert "then run the command again" in lines[1]
    assert "pair.db-wal" not in lines[2] and "pair.db-shm" not in lines[2], lines
    assert lines[3].startswith("verify exit 0") and "reading only" not in lines[3], lines
