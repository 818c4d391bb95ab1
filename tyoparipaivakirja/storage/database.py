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
    FullDiskOnOpen,
    JournalCorrupt,
    JournalError,
    NotAJournal,
    ReadOnlyFullDisk,
    StorageFailed,
    StorageFull,
    WrongPassphrase,
)
from tyoparipaivakirja.storage import backups, cipher, recovery, schema, serial
from tyoparipaivakirja.storage.cipher import Connection, DatabaseError
from tyoparipaivakirja.storage.files import (
    copy_file,
    disk_is_full,
    fsync_file,
    fsync_folder,
    remove_path,
)
from tyoparipaivakirja.storage.layout import PAIR_CHECK_FILE, PAIR_FILE, PERSONAL_FOLDER

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


def pair_files(folder: Path) -> DatabaseFiles:
    """The pair journal of the journal folder ``folder``."""
    return DatabaseFiles(
        main=folder / PAIR_FILE,
        keycheck=folder / PAIR_CHECK_FILE,
        kind="pair",
        migrations=schema.PAIR_MIGRATIONS,
        journal_folder=folder,
    )


def personal_files(folder: Path, member_id: str) -> DatabaseFiles:
    """A member's own area in the journal folder ``folder``."""
    return DatabaseFiles(
        main=folder / PERSONAL_FOLDER / f"{member_id}.db",
        keycheck=folder / PERSONAL_FOLDER / f"{member_id}.check.db",
        kind="personal",
        migrations=schema.PERSONAL_MIGRATIONS,
        journal_folder=folder,
    )


def now_iso() -> str:
    """The current time in UTC, ISO 8601 with seconds."""
    return datetime.now(UTC).isoformat(timespec="seconds")


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """Run the block as one write transaction; roll back and translate any failure.

    On a database opened for reading only because the disk was full
    (``open_read_only_database``) every write is refused with ``ReadOnlyFullDisk``.
    A session's connection (``serial.SerialConnection``) is held by this thread from
    BEGIN to COMMIT or ROLLBACK: no other thread's statement lands in between."""
    with serial.held(conn):
        try:
            conn.execute("BEGIN IMMEDIATE")
        except DatabaseError as exc:
            raise _write_error(conn, exc) from None
        try:
            yield conn
            conn.execute("COMMIT")
        except DatabaseError as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise _write_error(conn, exc) from None
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def is_read_only(conn: Connection) -> bool:
    """True for a connection that refuses every write (``open_read_only_database``)."""
    try:
        return bool(conn.execute("PRAGMA query_only").fetchone()[0])
    except DatabaseError:
        return False


def _write_error(conn: Connection, exc: Exception) -> JournalError:
    if is_read_only(conn):
        return ReadOnlyFullDisk("the database was opened read-only on a full disk")
    return cipher.translate_error(exc)


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
        conn = _after_rebuild(conn, path, passphrase, migrations, 0)
    except BaseException:
        cipher.close_quietly(conn)
        raise
    if cipher.is_plain_sqlite(path):  # defence in depth: never leave a readable file
        cipher.close_quietly(conn)
        path.unlink(missing_ok=True)
        raise JournalCorrupt("created file is not encrypted")
    return conn


def _after_rebuild(
    conn: Connection,
    path: Path,
    passphrase: str,
    migrations: Sequence[schema.Migration],
    from_version: int,
) -> Connection:
    """A fresh connection when a migration just rebuilt tables (``rebuilds_tables``).

    The connection that ran such a step stays slow afterwards (measured: a full-text
    index insert twice as slow, a debrief read seven times slower during an import, until
    the journal is unlocked again), so the rest of the session gets a new one; it costs
    one key derivation, once, when the journal is created or migrated.
    """
    if not any(m.rebuilds_tables and m.version > from_version for m in migrations):
        return conn
    cipher.close_quietly(conn)
    fresh = cipher.connect(path, passphrase, create=False)
    try:
        cipher.configure(fresh)
    except BaseException:
        cipher.close_quietly(fresh)
        raise
    return fresh


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
    """True when ``passphrase`` opens the check file (costs one key derivation). Only
    reads: it answers on a full disk too."""
    try:
        conn = cipher.connect_to_read(keycheck, passphrase)
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
    files: DatabaseFiles,
    passphrase: str,
    expected_meta: Mapping[str, str],
    *,
    check_pages: bool = True,
) -> tuple[Connection, dict[str, str]]:
    """Open, check and migrate one database. Returns the connection and its metadata.

    Nothing is written to a file that is refused: the version is read before any
    setting that could touch the header, and a too-new file is closed at once.
    Without ``check_pages`` the whole-file check (every page read, 0.7 s at 10,000
    debriefs) is left to the caller, who runs ``check_file`` later off the unlock path;
    a damaged page met by a read still raises ``JournalCorrupt`` then.
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
        meta = _check_opened(files, conn, expected_meta, check_pages=check_pages)
        found = schema.read_version(conn)
        schema.migrate(
            conn,
            files.migrations,
            before_first_step=lambda version: _backup_before_migration(files, conn, version),
        )
        conn = _after_rebuild(conn, files.main, passphrase, files.migrations, found)
    except BaseException:
        cipher.close_quietly(conn)
        raise
    return conn, meta


def _check_opened(
    files: DatabaseFiles,
    conn: Connection,
    expected_meta: Mapping[str, str],
    *,
    check_pages: bool = True,
) -> dict[str, str]:
    """The checks every opened database passes before use; returns its metadata."""
    if check_pages:
        _check_integrity(conn, quick=True)
    meta = read_meta(conn)
    if meta.get("app") != APP_MARKER or meta.get("kind") != files.kind:
        raise NotAJournal(f"{files.main.name} is not a {files.kind} database")
    for key, value in expected_meta.items():
        if meta.get(key) != value:
            raise NotAJournal(f"{files.main.name} belongs elsewhere ({key})")
    return meta


@dataclass(frozen=True, slots=True)
class OpenedDatabase:
    """An opened database; ``read_only`` when the disk was full and it could only be read
    (every write on it is refused with ``ReadOnlyFullDisk``)."""

    conn: Connection
    meta: dict[str, str]
    read_only: bool = False


def open_database_or_read_only(
    files: DatabaseFiles,
    passphrase: str,
    expected_meta: Mapping[str, str],
    *,
    check_pages: bool = True,
) -> OpenedDatabase:
    """Open a database for use; on a full disk, open it for reading only instead.

    A full disk shows as ``StorageFull`` or as a plain I/O error while the disk has no
    room (``files.disk_is_full``): SQLite cannot grow the log's shared index then. The
    journal is never written on that path. Raises ``FullDiskOnOpen`` when it cannot even
    be read (its log holds changes that cannot be read without room for the index, or
    it needs an update first), and the usual typed errors otherwise.
    """
    try:
        conn, meta = open_database(files, passphrase, expected_meta, check_pages=check_pages)
        return OpenedDatabase(conn, meta)
    except (StorageFull, StorageFailed) as error:
        folder = files.main.parent
        if not isinstance(error, StorageFull) and not disk_is_full(folder):
            raise
    remove_empty_log(files.main)  # what the refused open left behind, holding nothing
    conn, meta = open_read_only_database(files, passphrase, expected_meta, check_pages=check_pages)
    return OpenedDatabase(conn, meta, read_only=True)


def open_read_only_database(
    files: DatabaseFiles,
    passphrase: str,
    expected_meta: Mapping[str, str],
    *,
    check_pages: bool = True,
) -> tuple[Connection, dict[str, str]]:
    """Open a database for reading only, writing nothing anywhere (not even side files).

    Sound only where what is read is the whole saved state: a database whose log is empty
    (as after every clean close) is read as it is on disk; one whose log holds changes
    needs SQLite's shared index, which may be read where it already exists. When neither
    works (or the file needs an update first), ``FullDiskOnOpen`` says so.
    """
    try:
        conn = cipher.connect_to_read(files.main, passphrase)
    except WrongPassphrase:
        raise
    except (StorageFull, StorageFailed):
        raise FullDiskOnOpen(f"{files.main.name}: cannot read it on a full disk") from None
    try:
        found = schema.check_not_too_new(conn, files.migrations)
        if found < schema.latest_version(files.migrations):
            raise FullDiskOnOpen(f"{files.main.name} needs an update, which needs room")
        meta = _check_opened(files, conn, expected_meta, check_pages=check_pages)
    except BaseException:
        cipher.close_quietly(conn)
        raise
    return conn, meta


def check_file(main: Path, passphrase: str, *, read_only: bool = False) -> None:
    """The whole-file check the unlock leaves out (``check_pages=False``): every page is
    read and checked on a second connection that only reads, so the session's own
    connection stays free meanwhile. Raises ``JournalCorrupt`` for a damaged page.

    ``read_only``: the journal was opened for reading only (a full disk), and this
    connection must not make the log's side files either (``cipher.connect_to_read``)."""
    if read_only:
        conn = cipher.connect_to_read(main, passphrase)
    else:
        conn = cipher.connect_read_only(main, passphrase, with_log=True)
    try:
        conn.execute(f"PRAGMA cache_size = -{int(cipher.CHECK_PAGE_CACHE_KIB)}")
        _check_integrity(conn, quick=True)
    finally:
        cipher.close_quietly(conn)


def check_connection(conn: Connection) -> None:
    """The whole-file check on an open connection (before a backup, the session held)."""
    _check_integrity(conn, quick=True)


def remove_empty_log(main: Path) -> None:
    """Remove an empty log and its index beside ``main`` (as SQLite does on a clean close).

    Called only while the journal's folder lock is held and no connection to ``main`` is
    open, so nothing else can be using them; a log with anything in it is left alone."""
    log, index = Path(f"{main}-wal"), Path(f"{main}-shm")
    try:
        if log.exists() and log.stat().st_size > 0:
            return
        for path in (log, index):
            path.unlink(missing_ok=True)
    except OSError:
        pass  # left for SQLite: an empty log and its index hold nothing


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
