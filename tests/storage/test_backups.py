"""Backups: daily on lock, rotation, manifests without content, restore, and faults."""

from __future__ import annotations

import errno
import json
import random
import signal
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import PAIR_PASSPHRASE
from tests.storage.helpers import (
    PAGE_SIZE,
    PERSONAL_PASSPHRASE_JARI,
    fill,
    sha256,
    snapshot,
    start_child,
)
from tyoparipaivakirja.core.debriefs import Debrief, VisitType
from tyoparipaivakirja.core.errors import (
    BackupInvalid,
    JournalCorrupt,
    JournalInUse,
    NoUsableBackup,
    StorageFull,
    WrongPassphrase,
)
from tyoparipaivakirja.storage import backups, files, schema
from tyoparipaivakirja.storage.backups import BackupReason
from tyoparipaivakirja.storage.cipher import PLAIN_SQLITE_HEADER
from tyoparipaivakirja.storage.files import Copied
from tyoparipaivakirja.storage.folder import (
    back_up_folder,
    backup_root_in,
    open_journal,
    restore_backup,
    restore_newest_good_backup,
)
from tyoparipaivakirja.storage.session import Journal

MakeJournal = Callable[..., Journal]
TODAY = date.today()
SECRET_TEXT = "Asiakas kertoi muutosta Kuopioon"


def add_debrief(journal: Journal, text: str = SECRET_TEXT) -> str:
    author = journal.members.all()[0].member_id
    entry = Debrief(visit_date=TODAY, visit_type=VisitType.HOME_VISIT, uppermost=text)
    return journal.debriefs.save(entry, author, TODAY)


def uppermost_texts(journal: Journal) -> list[str]:
    rows = journal.connection().execute("SELECT uppermost FROM debriefs ORDER BY entry_id")
    return [str(row[0]) for row in rows]


def test_lock_makes_one_daily_backup_a_day(make_journal: MakeJournal, tmp_path: Path) -> None:
    """The app's lock backs up the whole journal once a day: the second lock that day adds
    nothing; the backup is whole, encrypted and owner-only."""
    journal = make_journal()
    add_debrief(journal)
    journal.create_personal_area(journal.members.all()[0].member_id, PERSONAL_PASSPHRASE_JARI)
    folder = journal.folder
    outcome = journal.lock(daily_backup=True)
    assert outcome is not None and outcome.ok and outcome.backup is not None
    again = open_journal(folder, PAIR_PASSPHRASE)
    assert again.lock(daily_backup=True) is None
    found = backups.list_backups(folder / "backups")
    assert [b.reason for b in found] == [BackupReason.DAILY]
    info = found[0]
    assert backups.backup_problems(info) == []
    assert info.personal_areas == 1
    assert {f.path.split("/")[0] for f in info.files} == {"pair.db", "pair.check.db", "personal"}
    for item in info.files:
        data = (info.folder / item.path).read_bytes()
        assert not data.startswith(PLAIN_SQLITE_HEADER)
        assert (info.folder / item.path).stat().st_mode & 0o077 == 0


def test_manifest_holds_no_content_and_counts_need_the_passphrase(
    make_journal: MakeJournal,
) -> None:
    """The manifest has dates, versions and checksums only; what a backup holds is read
    by unlocking it, without changing a byte of it."""
    journal = make_journal()
    add_debrief(journal)
    add_debrief(journal, "toinen")
    journal.supervision.add_session(date(2026, 11, 20), "Outi")
    outcome = journal.back_up_now()
    journal.lock()
    info = outcome.backup
    assert info is not None
    manifest = (info.folder / "manifest.json").read_text(encoding="utf-8")
    for secret in (
        "Jari",
        "Sanna",
        "Jarin ja Sannan",
        "Outi",
        SECRET_TEXT,
        journal.info.journal_id,
    ):
        assert secret not in manifest
    assert set(json.loads(manifest)) == {
        "format",
        "format_version",
        "created_at",
        "reason",
        "app_version",
        "app_schema_versions",
        "journal_tag",
        "files",
    }
    before = snapshot(info.folder)
    contents = backups.inspect_backup(info, PAIR_PASSPHRASE)
    assert contents.counts == (
        ("debriefs", 2),
        ("role_revisions", 0),
        ("shared_stress_trends", 0),
        ("supervision_sessions", 1),
    )
    assert contents.personal_areas == 0
    with pytest.raises(WrongPassphrase):
        backups.inspect_backup(info, "väärä tunnuslause on tämä")
    assert snapshot(info.folder) == before


def test_rotation_keeps_seven_daily_and_four_weekly(tmp_path: Path) -> None:
    """Of 40 daily backups, the newest 7 days and the first backup of each of the last
    4 weeks stay; backups made by hand or before a migration are never removed."""
    journal_folder = tmp_path / "j"
    journal_folder.mkdir()
    (journal_folder / "pair.db").write_bytes(b"encrypted bytes stand-in")
    root = tmp_path / "backups"
    start = datetime(2026, 9, 1, 16, 0, tzinfo=UTC)  # a Tuesday
    for day in range(40):
        backups.create_snapshot(journal_folder, root, BackupReason.DAILY, start + timedelta(day))
    manual = backups.create_snapshot(journal_folder, root, BackupReason.MANUAL, start)
    migration = backups.create_snapshot(journal_folder, root, BackupReason.BEFORE_MIGRATION, start)

    removed = backups.rotate(root)

    kept = backups.list_backups(root)
    daily = sorted(b.created_at.date() for b in kept if b.reason is BackupReason.DAILY)
    newest = (start + timedelta(39)).date()
    last_seven = [newest - timedelta(days=n) for n in range(6, -1, -1)]
    assert daily[-7:] == last_seven
    mondays = {d for d in daily if d.weekday() == 0}
    weekly_firsts = sorted(set(daily) - set(last_seven))
    assert set(weekly_firsts) <= mondays
    weeks = {d.isocalendar()[:2] for d in daily}
    assert len(weeks) == 4
    assert len(removed) == 40 - len(daily)
    assert manual.folder.exists() and migration.folder.exists()


def test_restore_brings_back_exactly_the_backed_up_content(make_journal: MakeJournal) -> None:
    """Restore puts back the backed-up files byte for byte; the state it replaced is kept
    as a before-restore backup, with the newer entry in it."""
    journal = make_journal()
    add_debrief(journal)
    info = journal.back_up_now().backup
    assert info is not None
    add_debrief(journal, "kirjoitettu varmuuskopion jälkeen")
    folder = journal.folder
    journal.lock()

    safety = restore_backup(folder, info.folder)

    for item in info.files:
        assert sha256(folder / item.path) == item.sha256
    assert safety is not None and safety.reason is BackupReason.BEFORE_RESTORE
    reopened = open_journal(folder, PAIR_PASSPHRASE)
    try:
        assert uppermost_texts(reopened) == [SECRET_TEXT]
        assert reopened.debriefs.search("Kuopioon")
    finally:
        reopened.lock()
    assert backups.inspect_backup(safety, PAIR_PASSPHRASE).count("debriefs") == 2


def test_restore_removes_areas_made_later_but_keeps_them_in_the_safety_copy(
    make_journal: MakeJournal,
) -> None:
    """A personal area created after the backup is not part of the restored journal, and
    is not lost either: the before-restore backup holds it."""
    journal = make_journal()
    info = journal.back_up_now().backup
    assert info is not None
    jari = journal.members.all()[0].member_id
    journal.create_personal_area(jari, PERSONAL_PASSPHRASE_JARI)
    folder = journal.folder
    journal.lock()
    safety = restore_backup(folder, info.folder)
    assert not (folder / "personal" / f"{jari}.db").exists()
    assert safety is not None and safety.personal_areas == 1


def test_restore_refuses_damaged_backup_and_changes_nothing(make_journal: MakeJournal) -> None:
    """A backup whose file no longer matches its manifest is refused; the journal stays."""
    journal = make_journal()
    info = journal.back_up_now().backup
    assert info is not None
    folder = journal.folder
    journal.lock()
    damaged = info.folder / "pair.db"
    data = bytearray(damaged.read_bytes())
    data[PAGE_SIZE + 100] ^= 0xFF
    damaged.write_bytes(bytes(data))
    before = snapshot(folder)
    with pytest.raises(BackupInvalid):
        restore_backup(folder, info.folder)
    assert snapshot(folder) == before


def test_full_disk_during_restore_leaves_the_journal_as_it_was(
    make_journal: MakeJournal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every file of the backup is copied beside its place before any is put in place, so
    a disk that fills during a restore leaves the journal's files untouched."""
    journal = make_journal()
    journal.create_personal_area(journal.members.all()[0].member_id, PERSONAL_PASSPHRASE_JARI)
    info = journal.back_up_now().backup
    assert info is not None
    add_debrief(journal, "uudempi")
    folder = journal.folder
    journal.lock()
    live = {k: v for k, v in snapshot(folder).items() if not k.startswith("backups")}
    real = files.copy_file
    copies: list[Path] = []

    def fill_up(source: Path, target: Path) -> Copied:
        copies.append(target)
        if len(copies) == len(info.files) + 3:  # after the safety copy, mid-way
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(source, target)

    monkeypatch.setattr("tyoparipaivakirja.storage.backups.copy_file", fill_up)
    with pytest.raises(StorageFull):
        restore_backup(folder, info.folder)
    assert {k: v for k, v in snapshot(folder).items() if not k.startswith("backups")} == live


def test_restore_waits_for_an_open_journal(make_journal: MakeJournal) -> None:
    """Restoring under an open session is refused: the journal is in use."""
    journal = make_journal()
    info = journal.back_up_now().backup
    assert info is not None
    with pytest.raises(JournalInUse):
        restore_backup(journal.folder, info.folder)


def test_flipped_byte_in_closed_journal_is_corrupt_and_left_as_is(
    make_journal: MakeJournal,
) -> None:
    """A flipped byte deep in a closed journal is reported as damage (not as a wrong
    passphrase), and opening it leaves the file byte for byte as it was."""
    journal = make_journal()
    fill(journal)
    folder = journal.folder
    journal.lock()
    pair = folder / "pair.db"
    data = bytearray(pair.read_bytes())
    data[len(data) // 2] ^= 0x01
    pair.write_bytes(bytes(data))
    before = sha256(pair)
    with pytest.raises(JournalCorrupt):
        open_journal(folder, PAIR_PASSPHRASE)
    assert sha256(pair) == before
    assert not (folder / "pair.db-wal").exists() or (folder / "pair.db-wal").stat().st_size == 0


def test_damaged_journal_gets_the_newest_good_backup(make_journal: MakeJournal) -> None:
    """With the journal damaged, the newest intact backup that opens with the passphrase is
    restored (a damaged newer one is skipped), and the damaged files are kept."""
    journal = make_journal()
    add_debrief(journal)
    good = journal.back_up_now().backup
    add_debrief(journal, "vain rikkinäisessä")
    newer = journal.back_up_now().backup
    assert good is not None and newer is not None
    folder = journal.folder
    journal.lock()
    (newer.folder / "pair.db").write_bytes(b"broken")
    pair = folder / "pair.db"
    pair.write_bytes(pair.read_bytes()[: PAGE_SIZE * 2])
    with pytest.raises(JournalCorrupt):
        open_journal(folder, PAIR_PASSPHRASE)

    chosen, safety = restore_newest_good_backup(folder, PAIR_PASSPHRASE)

    assert chosen.folder == good.folder
    assert safety is not None
    reopened = open_journal(folder, PAIR_PASSPHRASE)
    try:
        assert uppermost_texts(reopened) == [SECRET_TEXT]
    finally:
        reopened.lock()


def test_no_usable_backup_changes_nothing(make_journal: MakeJournal) -> None:
    """Without a backup that opens with the passphrase, nothing is touched."""
    journal = make_journal()
    journal.back_up_now()
    folder = journal.folder
    journal.lock()
    before = snapshot(folder)
    with pytest.raises(NoUsableBackup):
        restore_newest_good_backup(folder, "joku aivan muu tunnuslause 5")
    assert snapshot(folder) == before


def test_second_location_gets_a_copy_and_missing_one_is_reported(
    make_journal: MakeJournal, tmp_path: Path
) -> None:
    """A chosen second folder (a USB stick) gets its own copy; when it is gone, the main
    backup is still made, the problem is reported, and no folder is created in its place."""
    journal = make_journal()
    stick = tmp_path / "usb"
    stick.mkdir()
    journal.set_second_backup_location(stick)
    assert journal.second_backup_location() == stick
    outcome = journal.back_up_now()
    assert outcome.ok
    copies = backups.list_backups(journal.backup_roots()[1])
    assert len(copies) == 1 and backups.backup_problems(copies[0]) == []
    stick.rename(tmp_path / "unplugged")
    locked = journal.lock(daily_backup=True)
    assert locked is not None and locked.backup is not None
    assert locked.second_location_error is not None
    assert not stick.exists()


def test_reset_area_leaves_the_backups_manifests_and_comes_back_on_restore(
    make_journal: MakeJournal,
) -> None:
    """Resetting a forgotten own area takes it out of every backup too (the manifests are
    rewritten, so restoring the backup does not bring it back; the backups stay whole),
    and restoring the area with its old passphrase puts the copies back in the manifest."""
    journal = make_journal()
    jari = journal.members.all()[0].member_id
    journal.create_personal_area(jari, PERSONAL_PASSPHRASE_JARI).close()
    info = journal.back_up_now().backup
    assert info is not None and info.personal_areas == 1
    listed = sorted(f.path for f in info.files)
    journal.reset_personal_area(jari)
    again = backups.read_backup(info.folder)
    assert again.personal_areas == 0
    assert backups.backup_problems(again) == []
    assert not list((info.folder / "personal").glob(f"{jari}*"))
    journal.restore_reset_area(jari, PERSONAL_PASSPHRASE_JARI)
    restored = backups.read_backup(info.folder)
    assert sorted(f.path for f in restored.files) == listed
    assert backups.backup_problems(restored) == []
    assert not (info.folder / "reset").exists()
    journal.lock()


def test_full_disk_during_backup_leaves_no_partial_backup(
    make_journal: MakeJournal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the disk fills during a backup, StorageFull is raised and no partial backup
    (nor a temporary folder) is left; earlier backups stay."""
    journal = make_journal()
    first = journal.back_up_now().backup
    assert first is not None

    real = files.copy_file

    def fill_up(source: Path, target: Path) -> Copied:
        if source.name == "pair.check.db":
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(source, target)

    monkeypatch.setattr("tyoparipaivakirja.storage.backups.copy_file", fill_up)
    with pytest.raises(StorageFull):
        journal.back_up_now()
    assert [b.folder for b in backups.list_backups(journal.backup_folder)] == [first.folder]
    assert sorted(p.name for p in journal.backup_folder.iterdir()) == [first.folder.name]
    journal.lock()


def test_full_disk_during_save_rolls_back_and_loses_nothing(make_journal: MakeJournal) -> None:
    """With the database unable to grow (max_page_count), a large save fails as StorageFull,
    is rolled back whole, and every earlier entry is still there and readable."""
    journal = make_journal()
    add_debrief(journal)
    conn = journal.connection()
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StorageFull):
        add_debrief(journal, "pitkä teksti " * 600)
    assert not conn.in_transaction
    assert uppermost_texts(journal) == [SECRET_TEXT]
    conn.execute("PRAGMA max_page_count = 1073741823")
    add_debrief(journal, "tilaa taas")
    folder = journal.folder
    journal.lock()
    reopened = open_journal(folder, PAIR_PASSPHRASE)
    try:
        assert uppermost_texts(reopened) == [SECRET_TEXT, "tilaa taas"]
    finally:
        reopened.lock()


def test_sigkill_during_backup_leaves_earlier_backups_intact(make_journal: MakeJournal) -> None:
    """A backup process killed (SIGKILL) at random moments never leaves a backup that looks
    complete but is not: every listed backup matches its manifest, and the next backup
    clears the unfinished temporary folder."""
    journal = make_journal()
    with journal.transaction() as conn:
        conn.execute("CREATE TABLE ballast (id INTEGER PRIMARY KEY, body BLOB)")
        conn.executemany(
            "INSERT INTO ballast (body) VALUES (?)",
            [(random.Random(n).randbytes(64 * 1024),) for n in range(160)],
        )
    folder = journal.folder
    journal.lock()
    out = backup_root_in(folder, Path(f"{folder}-backups"))  # the journal's own subfolder
    rng = random.Random(20261127)
    interrupted = 0
    for _round in range(6):
        child = start_child("backup", folder)
        try:
            time.sleep(rng.uniform(0.02, 0.3))
        finally:
            child.send_signal(signal.SIGKILL)
            assert child.stdout is not None
            child.stdout.read()
            child.wait()
        found = backups.list_backups(out)
        for info in found:
            assert backups.backup_problems(info) == [], info.folder.name
        interrupted += any(p.name.startswith(backups.TEMP_PREFIX) for p in out.iterdir())
    assert found, "no backup finished in any round"
    assert interrupted >= 1, "no round was interrupted mid-backup"
    newest = back_up_folder(folder, out.parent)
    assert not any(p.name.startswith(backups.TEMP_PREFIX) for p in out.iterdir())
    newest_version = backups.inspect_backup(newest, PAIR_PASSPHRASE).schema_version
    assert newest_version == schema.latest_version(schema.PAIR_MIGRATIONS)
