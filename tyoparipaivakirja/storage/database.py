"""One encrypted database file with its passphrase check file, opened safely.

Each database (the pair journal, and each personal area) is accompanied by a tiny
check file keyed with the same passphrase. SQLCipher cannot tell a wrong passphrase
from a damaged first page: both read as "not a database". When the main file refuses
a passphrase that the check file accepts, the main file is damaged, and the user is
told to restore a backup instead of retrying passphrases.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from tyoparipaivakirja.core.errors import (
    JournalCorrupt,
    JournalError,
    NotAJournal,
    StorageFailed,
    WrongPassphrase,
)
from tyoparipaivakirja.storage import backups, cipher, recovery, schema, serial
from tyoparipaivakirja.storage.cipher import Connection, DatabaseError
from tyoparipaivakirja.storage.files import copy_file, fsync_file, fsync_folder, remove_path

APP_MARKER = "tyoparipaivakirja"


@dataclass(frozen=True, slots=True)
class DatabaseFiles:
    """Where one database lives, what it is, and how it evolves."""

    main: Path
    keycheck: Path
    kind: str
    migrations: Sequence[schema.Migration]
    # The journal folder this file belongs to: a migration backs all of it up first.
    journal_folder: Path


def now_iso() -> str:
    """The current time in UTC, ISO 8601 with seconds."""
    return datetime.now(UTC).isoformat(timespec="seconds")


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """Run the block as one write transaction; roll back and translate any failure.

    A session's connection (``serial.SerialConnection``) is held by this thread from
    BEGIN to COMMIT or ROLLBACK: no other thread's statement lands in between."""
    with serial.held(conn):
        try:
            conn.execute("BEGIN IMMEDIATE")
        except DatabaseError as exc:
            raise cipher.translate_error(exc) from None
        try:
            yield conn
            conn.execute("COMMIT")
        except DatabaseError as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise cipher.translate_error(exc) from None
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def read_meta(conn: Connection) -> dict[str, str]:
    try:
        rows = conn.execute("SELECT key, value FROM meta").fetchall()
    except DatabaseError as exc:
        if "no such table" in str(exc):
            raise NotAJournal("no meta table") from None
        raise cipher.translate_error(exc) from None
    return {str(key): str(value) for key, value in rows}


def _write_meta(conn: Connection, meta: Mapping[str, str]) -> None:
    with transaction(conn):
        conn.executemany(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", sorted(meta.items())
        )


def _create_one(
    path: Path, passphrase: str, migrations: Sequence[schema.Migration], meta: Mapping[str, str]
) -> Connection:
    conn = cipher.connect(path, passphrase, create=True)
    try:
        cipher.configure(conn)
        schema.migrate(conn, migrations)
        _write_meta(conn, meta)
    except BaseException:
        cipher.close_quietly(conn)
        raise
    if cipher.is_plain_sqlite(path):  # defence in depth: never leave a readable file
        cipher.close_quietly(conn)
        path.unlink(missing_ok=True)
        raise JournalCorrupt("created file is not encrypted")
    return conn


def create_database(files: DatabaseFiles, passphrase: str, meta: Mapping[str, str]) -> Connection:
    """Create the check file and the main file; return an open connection to the main file."""
    full_meta = {"app": APP_MARKER, "kind": files.kind, "created_at": now_iso(), **meta}
    created: list[Path] = []
    try:
        check = _create_one(files.keycheck, passphrase, schema.KEYCHECK_MIGRATIONS, full_meta)
        created.append(files.keycheck)
        cipher.close_quietly(check)
        conn = _create_one(files.main, passphrase, files.migrations, full_meta)
        created.append(files.main)
        return conn
    except BaseException:
        for path in (files.main, files.keycheck):
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise


def passphrase_opens(keycheck: Path, passphrase: str) -> bool:
    """True when ``passphrase`` opens the check file (costs one key derivation)."""
    try:
        conn = cipher.connect(keycheck, passphrase, create=False)
    except JournalError:
        return False
    cipher.close_quietly(conn)
    return True


def _backup_before_migration(files: DatabaseFiles, conn: Connection, version: int) -> None:
    """A whole-journal backup before the first migration step of an existing file."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    backups.create_snapshot(
        files.journal_folder,
        files.journal_folder / backups.BACKUP_FOLDER,
        backups.BackupReason.BEFORE_MIGRATION,
    )


def open_database(
    files: DatabaseFiles, passphrase: str, expected_meta: Mapping[str, str]
) -> tuple[Connection, dict[str, str]]:
    """Open, check and migrate one database. Returns the connection and its metadata.

    Nothing is written to a file that is refused: the version is read before any
    setting that could touch the header, and a too-new file is closed at once.
    """
    try:
        conn = cipher.connect(files.main, passphrase, create=False)
    except WrongPassphrase:
        if files.keycheck.exists() and passphrase_opens(files.keycheck, passphrase):
            raise JournalCorrupt(
                f"{files.main.name} refuses a passphrase its check accepts"
            ) from None
        raise
    try:
        schema.check_not_too_new(conn, files.migrations)
        cipher.configure(conn)
        _check_integrity(conn, quick=True)
        meta = read_meta(conn)
        if meta.get("app") != APP_MARKER or meta.get("kind") != files.kind:
            raise NotAJournal(f"{files.main.name} is not a {files.kind} database")
        for key, value in expected_meta.items():
            if meta.get(key) != value:
                raise NotAJournal(f"{files.main.name} belongs elsewhere ({key})")
        schema.migrate(
            conn,
            files.migrations,
            before_first_step=lambda version: _backup_before_migration(files, conn, version),
        )
    except BaseException:
        cipher.close_quietly(conn)
        raise
    return conn, meta


def _check_integrity(conn: Connection, *, quick: bool) -> None:
    pragma = "quick_check" if quick else "integrity_check"
    try:
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except DatabaseError as exc:
        raise JournalCorrupt(f"{pragma} failed: {exc}") from None
    if [tuple(row) for row in rows] != [("ok",)]:
        raise JournalCorrupt(f"{pragma} reported {len(rows)} problems")


def change_passphrase(
    files: DatabaseFiles, conn: Connection, old_passphrase: str, new_passphrase: str
) -> Connection:
    """Re-key the main file and its check file together, crash-atomically.

    Both files are copied beside themselves and the copies re-keyed (the journal is
    unchanged meanwhile); an intent file then commits the switch, and the copies are
    renamed into place (``storage.recovery``). A kill at any moment leaves both files
    under the old passphrase or both under the new one; the next open finishes a
    committed switch. ``conn`` is closed; the returned connection is the main file's,
    opened with the new passphrase.
    """
    check = cipher.connect(files.keycheck, old_passphrase, create=False)
    cipher.close_quietly(check)  # the old passphrase opens the check file
    try:
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except DatabaseError as exc:
        raise cipher.translate_error(exc) from None
    if busy is None or int(busy[0]) != 0:
        raise StorageFailed("the journal is busy: its log could not be written into it")
    folder = files.journal_folder
    token = secrets.token_hex(6)
    staged = [
        (recovery.staged_rekey_name(path, token), path) for path in (files.main, files.keycheck)
    ]
    try:
        for copy, original in staged:
            _rekeyed_copy(original, copy, old_passphrase, new_passphrase)
        fsync_folder(files.main.parent)
        recovery.commit(folder, recovery.Intent("rekey", recovery.moves_for(folder, staged)))
    except BaseException:
        if not recovery.intent_path(folder, "rekey").exists():
            for copy, _original in staged:
                for suffix in ("", "-wal", "-shm"):
                    remove_path(Path(f"{copy}{suffix}"))
        raise
    # Committed: from here on the next open finishes the switch if this one is cut short.
    cipher.close_quietly(conn)
    recovery.finish(folder, recovery.Intent("rekey", recovery.moves_for(folder, staged)))
    reopened = cipher.connect(files.main, new_passphrase, create=False)
    try:
        cipher.configure(reopened)
    except BaseException:
        cipher.close_quietly(reopened)
        raise
    return reopened


def _rekeyed_copy(original: Path, copy: Path, old_passphrase: str, new_passphrase: str) -> None:
    """A byte copy of ``original`` re-keyed to ``new_passphrase``, fsynced, without logs."""
    copy_file(original, copy)
    conn = cipher.connect(copy, old_passphrase, create=False)
    try:
        cipher.rekey(conn, new_passphrase)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")  # drops the log files on close
    except DatabaseError as exc:
        raise cipher.translate_error(exc) from None
    finally:
        cipher.close_quietly(conn)
    for suffix in ("-wal", "-shm"):
        remove_path(Path(f"{copy}{suffix}"))
    fsync_file(copy)
