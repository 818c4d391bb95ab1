"""One encrypted database file with its passphrase check file, opened safely.

Each database (the pair journal, and each personal area) is accompanied by a tiny
check file keyed with the same passphrase. SQLCipher cannot tell a wrong passphrase
from a damaged first page: both read as "not a database". When the main file refuses
a passphrase that the check file accepts, the main file is damaged, and the user is
told to restore a backup instead of retrying passphrases.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from tyoparipaivakirja.core.errors import (
    JournalCorrupt,
    JournalError,
    NotAJournal,
    WrongPassphrase,
)
from tyoparipaivakirja.storage import backups, cipher, schema
from tyoparipaivakirja.storage.cipher import Connection, DatabaseError

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
    """Run the block as one write transaction; roll back and translate any failure."""
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


def full_check(conn: Connection) -> list[str]:
    """The thorough checks behind ``verify``; returns problems (empty when all is well)."""
    problems: list[str] = []
    try:
        cipher_rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        problems.extend(f"cipher: {row[0]}" for row in cipher_rows)
        integrity = conn.execute("PRAGMA integrity_check").fetchall()
        if [tuple(row) for row in integrity] != [("ok",)]:
            problems.extend(f"integrity: {row[0]}" for row in integrity)
        foreign = conn.execute("PRAGMA foreign_key_check").fetchall()
        problems.extend(f"foreign key: {tuple(row)}" for row in foreign)
    except DatabaseError as exc:
        problems.append(f"read failed: {exc}")
    return problems


def change_passphrase(
    files: DatabaseFiles, conn: Connection, old_passphrase: str, new_passphrase: str
) -> None:
    """Check the old passphrase, then re-key the check file and the open main file.

    If re-keying the main file fails, the check file is put back to the old key, so
    the pair never ends up with two files that disagree.
    """
    check = cipher.connect(files.keycheck, old_passphrase, create=False)
    try:
        cipher.rekey(check, new_passphrase)
    finally:
        cipher.close_quietly(check)
    try:
        cipher.rekey(conn, new_passphrase)
    except BaseException:
        check = cipher.connect(files.keycheck, new_passphrase, create=False)
        try:
            cipher.rekey(check, old_passphrase)
        finally:
            cipher.close_quietly(check)
        raise
