"""The journal folder: making one, unlocking it into a session, and what is done to a
closed folder (restoring a backup, backing it up without opening it).

Layout of a journal folder (see architecture.md, "Journal layout")::

    pair.db, pair.check.db            the pair journal, keyed with the pair's passphrase
    personal/<member_id>.db (+ .check.db)
                                      one own area per member, keyed with that
                                      member's own passphrase
    backups/                          encrypted backups (see storage.backups): daily
                                      on lock, by hand, before migrations and restores
    journal.lock                      the one-writer lock (empty; held by the OS)
    journal.tag                       a hint of which journal this is (for backups)

File names carry random ids only: nothing about the pair is readable without a key.
Every way into a folder takes the folder lock first (``take_folder_lock``), so no
database file is ever read in the middle of a passphrase change or a restore. What an
unlocked journal offers is ``storage.session``.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from pathlib import Path

from tyoparipaivakirja.core.errors import (
    BackupOfAnotherJournal,
    FullDiskOnOpen,
    NotAJournal,
    StorageFull,
    ValidationError,
    ValidationField,
    ValidationReason,
)
from tyoparipaivakirja.core.ids import new_id
from tyoparipaivakirja.core.members import NewMember, validate_journal_name, validate_members
from tyoparipaivakirja.storage import backups, cipher, database, recovery
from tyoparipaivakirja.storage import files as files_mod
from tyoparipaivakirja.storage.database import pair_files
from tyoparipaivakirja.storage.files import ensure_private_folder, os_errors_as_storage_failed
from tyoparipaivakirja.storage.layout import (
    BACKUP_FOLDER,
    JOURNAL_TAG,
    PAIR_CHECK_FILE,
    PAIR_FILE,
    PERSONAL_FOLDER,
    TAG_FILE,
    is_journal_folder,
    journal_tag,
    read_journal_tag,
)
from tyoparipaivakirja.storage.lockfile import LOCK_FILE_NAME, FolderLock
from tyoparipaivakirja.storage.passphrases import require_new
from tyoparipaivakirja.storage.session import Journal


def write_journal_tag(folder: Path, tag: str) -> None:
    """Keep ``journal.tag`` in step with the journal (atomic; written only on change)."""
    if read_journal_tag(folder) == tag or not JOURNAL_TAG.fullmatch(tag):
        return
    files_mod.atomic_write_bytes(folder / TAG_FILE, f"{tag}\n".encode("ascii"))


def take_folder_lock(folder: Path) -> FolderLock:
    """Lock the journal folder and finish or roll back an interrupted operation first.

    Every way into a journal (open, verify, backup, restore) comes through here, so no
    database file is ever read in the middle of a passphrase change or a restore.
    """
    folder_lock = FolderLock(folder)
    folder_lock.acquire()
    try:
        recovery.recover(folder)
    except BaseException:
        folder_lock.release()
        raise
    return folder_lock


@os_errors_as_storage_failed
def create_journal(
    folder: Path,
    name: str,
    members: Sequence[NewMember],
    passphrase: str,
    repeated: str | None = None,
) -> Journal:
    """Create a new journal in an empty (or new) folder and return it unlocked."""
    clean_name = validate_journal_name(name)
    clean_members = validate_members(members)
    require_new(passphrase, repeated, [clean_name, *(m.display_name for m in clean_members)])
    if is_journal_folder(folder):
        raise ValidationError(ValidationField.FOLDER, ValidationReason.JOURNAL_EXISTS)
    if folder.exists() and not folder.is_dir():
        raise ValidationError(ValidationField.FOLDER, ValidationReason.NOT_A_FOLDER)
    if folder.exists() and any(p.name != LOCK_FILE_NAME for p in folder.iterdir()):
        raise ValidationError(ValidationField.FOLDER, ValidationReason.FOLDER_NOT_EMPTY)
    ensure_private_folder(folder)
    folder_lock = take_folder_lock(folder)
    conn: cipher.Connection | None = None
    try:
        journal_id = new_id()
        conn = database.create_database(
            pair_files(folder), passphrase, {"journal_id": journal_id, "name": clean_name}
        )
        journal = Journal(folder, conn, database.read_meta(conn), folder_lock)
        journal.members.add_all(clean_members)
        write_journal_tag(folder, journal_tag(journal_id))
    except BaseException:
        if conn is not None:
            cipher.close_quietly(conn)
        folder_lock.release()
        raise
    return journal


def open_journal(folder: Path, passphrase: str) -> Journal:
    """Unlock an existing journal; raises the typed errors of ``core.errors``.

    On a full disk the journal opens for reading only (``Journal.read_only``: every
    change is refused with ``ReadOnlyFullDisk``), or, where even that is not sound, is
    refused with ``FullDiskOnOpen``; either way nothing is written.
    """
    try:
        return _open_journal(folder, passphrase)
    except StorageFull as error:
        if isinstance(error, FullDiskOnOpen):
            raise
        raise FullDiskOnOpen(error.detail) from None


@os_errors_as_storage_failed
def _open_journal(folder: Path, passphrase: str) -> Journal:
    if not folder.is_dir() or not is_journal_folder(folder):
        raise NotAJournal("no pair journal in this folder")
    if cipher.is_plain_sqlite(folder / PAIR_FILE):
        raise NotAJournal("unencrypted database")  # before the lock: leave a stranger's folder be
    folder_lock = take_folder_lock(folder)
    try:
        # The whole-file check runs later, off the unlock path (``Journal.check_file``).
        opened = database.open_database_or_read_only(
            pair_files(folder), passphrase, {}, check_pages=False
        )
        conn, meta = opened.conn, opened.meta
        if "journal_id" not in meta:
            cipher.close_quietly(conn)
            raise NotAJournal("pair journal without an id")
        if not opened.read_only:
            # On a read-only disk the journal still opens: the id file is only a hint.
            with contextlib.suppress(OSError):
                write_journal_tag(folder, journal_tag(meta["journal_id"]))
        meta = database.read_meta(conn)  # a migration may have added this copy's device id
    except BaseException:
        folder_lock.release()
        raise
    try:
        journal = Journal(folder, conn, meta, folder_lock, read_only=opened.read_only)
    except cipher.DatabaseError as exc:  # a damaged page met by the first reads
        cipher.close_quietly(conn)
        folder_lock.release()
        raise cipher.translate_error(exc) from None
    except BaseException:
        cipher.close_quietly(conn)
        folder_lock.release()
        raise
    journal.file_check_pending(passphrase)
    try:
        journal.tidy_reset_areas()
    except BaseException:  # interrupted (Ctrl+C): never leave the lock held
        journal.lock()
        raise
    return journal


def _may_restore_into(folder: Path) -> bool:
    """A journal folder, or one that clearly was (its files or backups), or a new one."""
    if not folder.exists():
        return True
    if not folder.is_dir():
        return False
    names = {p.name for p in folder.iterdir()} - {LOCK_FILE_NAME}
    return not names or bool(names & {PAIR_FILE, PAIR_CHECK_FILE, PERSONAL_FOLDER, BACKUP_FOLDER})


@os_errors_as_storage_failed
def restore_backup(
    folder: Path, backup: Path, *, other_journal: bool = False
) -> backups.BackupInfo | None:
    """Put a backup back in place of the (locked) journal in ``folder``, crash-atomically.

    The current files are first kept as a ``before-restore`` backup in the journal's
    backup folder (returned). Raises ``JournalInUse`` while the journal is open
    anywhere, ``BackupInvalid`` for a damaged backup or one with names or links that are
    not the journal's own, and ``BackupOfAnotherJournal`` for a backup of another
    journal unless ``other_journal`` says the user chose exactly that. Nothing changes
    when it raises.
    """
    info = backups.read_backup(backup)
    if not _may_restore_into(folder):
        raise NotAJournal("the folder holds something other than a journal")
    ensure_private_folder(folder)
    folder_lock = take_folder_lock(folder)
    try:
        current = read_journal_tag(folder)
        if (
            not other_journal
            and current is not None
            and info.journal_tag is not None
            and info.journal_tag != current
        ):
            raise BackupOfAnotherJournal("the backup is of another journal")
        safety = backups.restore_snapshot(folder, info)
        if info.journal_tag is not None:
            write_journal_tag(folder, info.journal_tag)
        return safety
    finally:
        folder_lock.release()


@os_errors_as_storage_failed
def restore_newest_good_backup(
    folder: Path, pair_passphrase: str
) -> tuple[backups.BackupInfo, backups.BackupInfo | None]:
    """Restore the newest backup in the journal's backup folder that is whole and opens
    with ``pair_passphrase`` (for a journal found damaged). Returns it and the safety copy.
    Raises ``NoUsableBackup`` when there is none; the journal is then left as it was."""
    chosen = backups.newest_good_backup([folder / BACKUP_FOLDER], pair_passphrase)
    return chosen, restore_backup(folder, chosen.folder)


@os_errors_as_storage_failed
def back_up_folder(folder: Path, out: Path) -> backups.BackupInfo:
    """Back up a locked journal without opening it (no passphrase needed): the encrypted
    files are copied as they are, under the folder lock.

    ``out`` itself is never made private (it may be ``/tmp`` or a USB stick's root): the
    backup goes into the app's own subfolder of it, ``tyoparipaivakirja-<id>``, made
    owner-only. The journal's own ``backups`` folder and such a subfolder are used as
    they are. A place inside a journal folder is refused.
    """
    if not folder.is_dir() or not is_journal_folder(folder):
        raise NotAJournal("no pair journal in this folder")
    folder_lock = take_folder_lock(folder)
    try:
        root = backup_root_in(folder, out)
        return backups.create_snapshot(folder, root, backups.BackupReason.MANUAL)
    finally:
        folder_lock.release()


def backup_root_in(folder: Path, out: Path) -> Path:
    """Where ``backup --out OUT`` puts this journal's backups (see ``back_up_folder``)."""
    own = folder / BACKUP_FOLDER
    if out.absolute() == own.absolute() or (
        out.exists() and own.exists() and os.path.samefile(out, own)
    ):
        return own
    files_mod.check_output_target(out / "x")
    tag = read_journal_tag(folder)
    name = f"{backups.SECOND_LOCATION_PREFIX}{tag[:12] if tag else 'backups'}"
    if out.name == name:
        return out
    if not out.exists():
        out.mkdir(parents=True, mode=files_mod.FOLDER_MODE)
    return out / name
