"""The only place where database connections are made: always keyed, always encrypted.

Every connection is keyed before its first read or write, so a plain SQLite file can
never be written by this app. SQLCipher 4 defaults are kept (PBKDF2-HMAC-SHA512,
256,000 iterations); tests lower ``KDF_ITERATIONS`` for speed, production never does.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path
from typing import Any

import sqlcipher3

from tyoparipaivakirja.core.errors import (
    JournalCorrupt,
    JournalError,
    NotAJournal,
    RevisionAccepted,
    StorageFailed,
    StorageFull,
    WrongPassphrase,
)
from tyoparipaivakirja.storage.files import make_private

KDF_ITERATIONS = 256_000
# Decrypted pages a connection keeps, in KiB: SQLite's own default. sqlcipher3 is built
# with four times as much (8 MB), which a 10,000-entry journal fills as it is read and
# keeps for the life of the session, with no measurable gain in search or save (issue 16).
PAGE_CACHE_KIB = 2000
# The whole-file check reads each page once: a cache would only hold memory.
CHECK_PAGE_CACHE_KIB = 512
PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
# The start of the message of the triggers that keep accepted role splits unchanged.
REVISION_ACCEPTED_MARKER = "revision_accepted"

Connection = Any  # sqlcipher3 ships no type information
DatabaseError = sqlcipher3.dbapi2.DatabaseError

_quiet_lock = threading.Lock()
_quieted = False


def _quiet_sqlcipher() -> None:
    """Once per process: no HMAC errors printed to stderr.

    SQLCipher's memory security (``cipher_memory_security``: every SQLite allocation
    locked out of swap and wiped when freed) stays at SQLCipher's default, off. Issue 13
    turned it on "if the benchmarks stay within their targets"; issue 16's save target
    (2 ms p95) they do not: it made each statement several times slower (an edited save
    at 10,000 debriefs 2.0 ms p50 with it, 0.7 ms without; ``benchmarks/save_cost.py``).
    The same text lives unwiped in Python's strings and Qt's widgets anyway; what keeps
    it from leaving the process is that core dumps are off (``process_guard``)."""
    global _quieted
    with _quiet_lock:
        if _quieted:
            return
        probe = sqlcipher3.connect(":memory:")
        try:
            probe.execute("PRAGMA cipher_log_level = NONE")
        finally:
            probe.close()
        _quieted = True


def is_plain_sqlite(path: Path) -> bool:
    """True when the file starts with an unencrypted SQLite header."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(PLAIN_SQLITE_HEADER)) == PLAIN_SQLITE_HEADER
    except OSError:
        return False


def connect(path: Path, passphrase: str, *, create: bool) -> Connection:
    """Open ``path`` keyed with ``passphrase`` and verify the key by a first read.

    Raises ``WrongPassphrase`` when the key does not open the file, ``NotAJournal``
    for a plain SQLite file, ``JournalCorrupt`` for an empty (truncated) one,
    ``StorageFailed`` when the file cannot be opened at all.
    The returned connection is in autocommit mode; use ``transaction`` to write.
    """
    if not passphrase:
        raise WrongPassphrase("empty passphrase")
    _quiet_sqlcipher()
    if not create and not path.exists():
        raise NotAJournal(f"missing file {path.name}")
    if create and path.exists():
        raise StorageFailed(f"refusing to create over {path.name}")
    if not create and is_plain_sqlite(path):
        raise NotAJournal(f"{path.name} is an unencrypted database")
    if not create and path.stat().st_size == 0:
        # SQLite would open an empty file as a new, empty database under any key and
        # write into it; a journal file is never empty, so this one was truncated.
        raise JournalCorrupt(f"{path.name} is empty")
    try:
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    except DatabaseError as exc:
        raise StorageFailed(f"cannot open {path.name}: {exc}") from None
    try:
        conn.set_key(passphrase)
        conn.execute(f"PRAGMA kdf_iter = {int(KDF_ITERATIONS)}")
        # The first read checks the key: a wrong one fails here, before anything is written.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc):
            raise WrongPassphrase(path.name) from None
        raise translate_error(exc) from None
    make_private(path)
    return conn


def connect_read_only(path: Path, passphrase: str, *, with_log: bool = False) -> Connection:
    """Open ``path`` for reading only, keyed with ``passphrase``; the file never changes.

    Used for backups, whose files must stay byte for byte as their manifest says. A file
    without a write-ahead log is opened as immutable, so not even lock or index side
    files appear beside it; one with a log (``with_log``) needs SQLite's shared index
    file to read the log, which it may create next to it (its content is not read back).
    """
    if not passphrase:
        raise WrongPassphrase("empty passphrase")
    _quiet_sqlcipher()
    if not path.is_file():
        raise NotAJournal(f"missing file {path.name}")
    if is_plain_sqlite(path):
        raise NotAJournal(f"{path.name} is an unencrypted database")
    if path.stat().st_size == 0:
        raise JournalCorrupt(f"{path.name} is empty")
    mode = "mode=ro" if with_log else "immutable=1"
    try:
        conn = sqlcipher3.connect(
            f"{path.resolve().as_uri()}?{mode}",
            uri=True,
            isolation_level=None,
            check_same_thread=False,
        )
    except DatabaseError as exc:
        raise StorageFailed(f"cannot open {path.name}: {exc}") from None
    try:
        conn.set_key(passphrase)
        conn.execute(f"PRAGMA kdf_iter = {int(KDF_ITERATIONS)}")
        conn.execute("PRAGMA query_only = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc):
            raise WrongPassphrase(path.name) from None
        raise translate_error(exc) from None
    return conn


def log_has_content(path: Path) -> bool:
    """True when the database's write-ahead log holds changes not yet in the file."""
    log = Path(f"{path}-wal")
    try:
        return log.stat().st_size > 0
    except OSError:
        return False


def connect_to_read(path: Path, passphrase: str) -> Connection:
    """A read-only connection that sees the whole saved state and writes nothing beside
    the file when its log is empty (so it works on a full disk too): for checks that
    only read (a passphrase check, verify)."""
    return connect_read_only(path, passphrase, with_log=log_has_content(path))


def configure(conn: Connection) -> None:
    """Apply the per-connection settings. May write the header (WAL), so call it only
    after the schema version has been checked."""
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA busy_timeout = 2000")
    conn.execute(f"PRAGMA cache_size = -{int(PAGE_CACHE_KIB)}")
    # Freed pages are zeroed: a deleted text (or an index segment merged away) does not
    # linger in the file's free space.
    conn.execute("PRAGMA secure_delete = ON")


def rekey(conn: Connection, new_passphrase: str) -> None:
    """Re-encrypt the open database with a new passphrase."""
    try:
        conn.reset_key(new_passphrase)
    except DatabaseError as exc:
        raise translate_error(exc) from None


def is_damage(error: BaseException) -> bool:
    """True for a driver error that says a page of the file is damaged."""
    text = str(error).lower()
    return isinstance(error, DatabaseError) and (
        "malformed" in text or "not a database" in text or "corrupt" in text
    )


def translate_error(exc: Exception) -> JournalError:
    """Turn a driver error into one of the app's typed errors."""
    text = str(exc).lower()
    if REVISION_ACCEPTED_MARKER in text:
        return RevisionAccepted(str(exc))  # a schema trigger refused changing the past
    if "disk is full" in text or "database or disk is full" in text:
        return StorageFull(str(exc))
    if is_damage(exc):
        return JournalCorrupt(str(exc))
    return StorageFailed(str(exc))


def close_quietly(conn: Connection | None) -> None:
    """Close a connection, ignoring errors from one that is already broken."""
    if conn is None:
        return
    with contextlib.suppress(DatabaseError):
        conn.close()
