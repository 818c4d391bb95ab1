"""Opening a journal fails with the right typed error, and a failed open changes nothing."""

from __future__ import annotations

import hashlib
import signal
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import MEMBERS, PAIR_PASSPHRASE
from tests.storage.helpers import PAGE_SIZE, fill, sha256, snapshot, start_child
from tyoparipaivakirja.core.errors import (
    ErrorCode,
    JournalCorrupt,
    JournalError,
    JournalInUse,
    NotAJournal,
    SchemaTooNew,
    ValidationError,
    ValidationField,
    ValidationReason,
    WrongPassphrase,
)
from tyoparipaivakirja.storage import cipher, schema
from tyoparipaivakirja.storage.folder import create_journal, open_journal
from tyoparipaivakirja.storage.session import Journal

WRONG_PASSPHRASE = "väärä mutta vahva tunnuslause 42"
EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()


def _closed_journal(make_journal: Callable[..., Journal], rows: int = 200) -> Path:
    journal = make_journal()
    fill(journal, rows)
    folder = journal.folder
    journal.lock()
    return folder


def _open_refused(folder: Path, passphrase: str, error: type[JournalError]) -> JournalError:
    """Try to open; assert ``error`` and that no file in the folder changed."""
    before = snapshot(folder) if folder.is_dir() else None
    with pytest.raises(error) as caught:
        open_journal(folder, passphrase)
    after = snapshot(folder) if folder.is_dir() else None
    assert after == before
    return caught.value


def _flip_byte(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def test_wrong_passphrase_is_refused_and_right_one_still_opens(
    make_journal: Callable[..., Journal],
) -> None:
    """A wrong passphrase gives WrongPassphrase (not "corrupt"), changes no file, and the
    right passphrase opens the journal afterwards."""
    folder = _closed_journal(make_journal, rows=5)
    error = _open_refused(folder, WRONG_PASSPHRASE, WrongPassphrase)
    assert error.code is ErrorCode.WRONG_PASSPHRASE
    _open_refused(folder, PAIR_PASSPHRASE.upper(), WrongPassphrase)
    journal = open_journal(folder, PAIR_PASSPHRASE)
    try:
        assert [m.display_name for m in journal.members.all()] == ["Jari", "Sanna"]
    finally:
        journal.lock()


def test_empty_passphrase_is_wrong(make_journal: Callable[..., Journal]) -> None:
    """An empty passphrase is refused as wrong without touching the files."""
    folder = _closed_journal(make_journal, rows=1)
    _open_refused(folder, "", WrongPassphrase)


def test_second_open_in_same_process_is_refused(make_journal: Callable[..., Journal]) -> None:
    """While a journal is open, opening it again (a second window) gives JournalInUse and
    the first session keeps working."""
    journal = make_journal()
    with pytest.raises(JournalInUse) as caught:
        open_journal(journal.folder, PAIR_PASSPHRASE)
    assert caught.value.code is ErrorCode.JOURNAL_IN_USE
    with pytest.raises(JournalInUse):
        open_journal(journal.folder, PAIR_PASSPHRASE)  # a failed try did not free the lock
    with journal.transaction() as conn:
        conn.execute("CREATE TABLE still_writable (x)")
    assert not journal.is_locked


def test_other_process_holding_the_journal_blocks_until_killed(
    make_journal: Callable[..., Journal],
) -> None:
    """A journal held open by another process gives JournalInUse; once that process is
    killed (no clean shutdown), its stale lock does not block opening."""
    folder = _closed_journal(make_journal, rows=5)
    child = start_child("hold", folder)
    try:
        with pytest.raises(JournalInUse):
            open_journal(folder, PAIR_PASSPHRASE)
        assert child.poll() is None  # the holder is still alive: the refusal was real
    finally:
        child.send_signal(signal.SIGKILL)
        child.communicate()
    assert child.returncode == -signal.SIGKILL
    assert (folder / "journal.lock").exists()  # the file stays; the OS lock went with the process
    journal = open_journal(folder, PAIR_PASSPHRASE)
    try:
        assert len(journal.members.all()) == 2
    finally:
        journal.lock()


def test_damaged_data_page_is_corrupt(make_journal: Callable[..., Journal]) -> None:
    """A flipped byte in a data page (page 2 or later) gives JournalCorrupt, not a wrong
    passphrase, and the damaged file is left byte-for-byte as it was.

    The unlock no longer reads every page (that grew with the file): the whole-file
    check after it (``check_file``, run in the background by the app) finds the damage,
    and the lock that follows makes no daily backup of the damaged files."""
    folder = _closed_journal(make_journal)
    pair = folder / "pair.db"
    assert pair.stat().st_size >= 10 * PAGE_SIZE
    _flip_byte(pair, 3 * PAGE_SIZE + 100)
    damaged = sha256(pair)
    journal = open_journal(folder, PAIR_PASSPHRASE)
    try:
        with pytest.raises(JournalCorrupt) as caught:
            journal.check_file()
        assert caught.value.code is ErrorCode.JOURNAL_CORRUPT
    finally:
        outcome = journal.lock(daily_backup=True)
    assert outcome is None
    assert not (folder / "backups").exists() or not any((folder / "backups").iterdir())
    assert sha256(pair) == damaged


def test_whole_file_check_passes_an_intact_journal_once(
    make_journal: Callable[..., Journal],
) -> None:
    """On an intact journal the check after unlock passes, and the session keeps
    working; a second call does nothing (the key is not kept after it)."""
    folder = _closed_journal(make_journal)
    journal = open_journal(folder, PAIR_PASSPHRASE)
    try:
        journal.check_file()
        assert journal._file_check_key is None
        journal.check_file()
        assert [m.display_name for m in journal.members.all()] == ["Jari", "Sanna"]
    finally:
        journal.lock()


def test_backup_by_hand_refuses_a_damaged_journal(make_journal: Callable[..., Journal]) -> None:
    """Before a backup the whole file is checked: a damaged page stops it with
    JournalCorrupt and no backup is made from the damaged files."""
    folder = _closed_journal(make_journal)
    _flip_byte(folder / "pair.db", 3 * PAGE_SIZE + 100)
    journal = open_journal(folder, PAIR_PASSPHRASE)
    try:
        with pytest.raises(JournalCorrupt):
            journal.back_up_now()
        assert not (folder / "backups").exists() or not any((folder / "backups").iterdir())
    finally:
        journal.lock()


@pytest.mark.parametrize("offset", [5, 20, 100, PAGE_SIZE - 10])
def test_damaged_first_page_is_corrupt_not_wrong_passphrase(
    make_journal: Callable[..., Journal], offset: int
) -> None:
    """A flipped byte in page 1 gives JournalCorrupt with the right passphrase (the check
    file tells damage from a wrong key), while a wrong passphrase stays WrongPassphrase."""
    folder = _closed_journal(make_journal, rows=20)
    _open_refused(folder, WRONG_PASSPHRASE, WrongPassphrase)
    _flip_byte(folder / "pair.db", offset)
    _open_refused(folder, PAIR_PASSPHRASE, JournalCorrupt)
    _open_refused(folder, WRONG_PASSPHRASE, WrongPassphrase)


@pytest.mark.parametrize("keep", ["nothing", "100 bytes", "one page", "half"])
def test_truncated_journal_is_corrupt(make_journal: Callable[..., Journal], keep: str) -> None:
    """A pair file cut short (to nothing, a partial page, one page, or half) gives
    JournalCorrupt and is not written to by the failed open."""
    folder = _closed_journal(make_journal)
    pair = folder / "pair.db"
    size = {
        "nothing": 0,
        "100 bytes": 100,
        "one page": PAGE_SIZE,
        "half": pair.stat().st_size // 2,
    }[keep]
    with pair.open("r+b") as handle:
        handle.truncate(size)
    _open_refused(folder, PAIR_PASSPHRASE, JournalCorrupt)
    assert pair.stat().st_size == size


def test_plain_sqlite_file_is_not_a_journal(tmp_path: Path) -> None:
    """An unencrypted SQLite file named pair.db gives NotAJournal and stays untouched
    (and unencrypted: the app never keys or rewrites a foreign file)."""
    folder = tmp_path / "plain"
    folder.mkdir()
    plain = sqlite3.connect(folder / "pair.db")
    plain.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    plain.execute("INSERT INTO meta VALUES ('app', 'tyoparipaivakirja')")
    plain.commit()
    plain.close()
    error = _open_refused(folder, PAIR_PASSPHRASE, NotAJournal)
    assert error.code is ErrorCode.NOT_A_JOURNAL
    assert cipher.is_plain_sqlite(folder / "pair.db")


def test_empty_folder_is_not_a_journal(tmp_path: Path) -> None:
    """An empty folder gives NotAJournal and nothing (not even a lock file) is created."""
    folder = tmp_path / "empty"
    folder.mkdir()
    _open_refused(folder, PAIR_PASSPHRASE, NotAJournal)
    assert list(folder.iterdir()) == []


def test_missing_folder_is_not_a_journal(tmp_path: Path) -> None:
    """A folder that does not exist gives NotAJournal and is not created."""
    _open_refused(tmp_path / "ei-ole", PAIR_PASSPHRASE, NotAJournal)
    assert not (tmp_path / "ei-ole").exists()


def test_newer_schema_is_refused_untouched(make_journal: Callable[..., Journal]) -> None:
    """A journal written by a newer app version gives SchemaTooNew with the version found,
    and neither pair.db nor the folder's file list changes (no WAL switch, no migration)."""
    folder = _closed_journal(make_journal, rows=5)
    conn = cipher.connect(folder / "pair.db", PAIR_PASSPHRASE, create=False)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    pair_before = sha256(folder / "pair.db")
    files_before = sorted(snapshot(folder))
    error = _open_refused(folder, PAIR_PASSPHRASE, SchemaTooNew)
    assert isinstance(error, SchemaTooNew)
    assert error.found == 99
    assert error.supported == schema.latest_version(schema.PAIR_MIGRATIONS)
    assert error.code is ErrorCode.SCHEMA_TOO_NEW
    assert sha256(folder / "pair.db") == pair_before
    assert sorted(snapshot(folder)) == files_before


def test_create_into_non_empty_folder_is_refused(tmp_path: Path) -> None:
    """Creating a journal in a folder that holds other files is refused (FOLDER) and the
    folder is left as it was, so a user's files are never mixed with a journal."""
    folder = tmp_path / "muistiot"
    folder.mkdir()
    (folder / "muistio.txt").write_text("omia juttuja", encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        create_journal(folder, "Työpari", MEMBERS, PAIR_PASSPHRASE)
    assert (caught.value.field, caught.value.reason) == (
        ValidationField.FOLDER,
        ValidationReason.FOLDER_NOT_EMPTY,
    )
    assert [p.name for p in folder.iterdir()] == ["muistio.txt"]
    assert (folder / "muistio.txt").read_text(encoding="utf-8") == "omia juttuja"


def test_create_over_existing_journal_is_refused(make_journal: Callable[..., Journal]) -> None:
    """Creating a journal where one exists is refused (JOURNAL_EXISTS); the existing journal
    is untouched and still opens with its own passphrase."""
    folder = _closed_journal(make_journal, rows=5)
    before = snapshot(folder)
    with pytest.raises(ValidationError) as caught:
        create_journal(folder, "Uusi", MEMBERS, "toinen kanerva majakka routa 7")
    assert (caught.value.field, caught.value.reason) == (
        ValidationField.FOLDER,
        ValidationReason.JOURNAL_EXISTS,
    )
    assert snapshot(folder) == before
    journal = open_journal(folder, PAIR_PASSPHRASE)
    journal.lock()


def test_personal_passphrase_equal_to_pair_is_refused(
    make_journal: Callable[..., Journal],
) -> None:
    """A personal area cannot be created with the pair passphrase (the partner knows it);
    no personal file is written."""
    journal = make_journal()
    member_id = journal.members.all()[0].member_id
    with pytest.raises(ValidationError) as caught:
        journal.create_personal_area(member_id, PAIR_PASSPHRASE)
    assert (caught.value.field, caught.value.reason) == (
        ValidationField.PASSPHRASE,
        ValidationReason.SAME_AS_PAIR,
    )
    assert not journal.has_personal_area(member_id)
    assert journal.open_personal_area_of(member_id) is None
