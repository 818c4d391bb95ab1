"""One session's connections used by one thread at a time.

The GUI thread and a background task (a backup, an export) may both use the unlocked
session's connections, which are made with ``check_same_thread=False``. SQLite itself
would serialise single calls, but not what belongs together: a transaction is several
statements, a consistent export is several reads, and a cursor stepped on one thread
while another thread runs a statement on the same connection reads rows of a moment
that never existed. So every connection of a session (the pair journal and each open
own area) is wrapped in a ``SerialConnection`` that shares the session's one
re-entrant ``SessionLock``:

- ``execute`` / ``executemany`` run the statement and fetch its rows under the lock and
  return a ``Result`` (``fetchone``, ``fetchall``, ``rowcount``, ``lastrowid``, iteration),
  so no cursor is ever stepped outside the lock;
- ``transaction()`` holds the lock for the whole transaction (``database.transaction``
  takes it, whichever connection it is given);
- ``exclusive()`` holds it across several reads: a consistent snapshot (export, the
  checkpoint and file copy of a backup);
- ``in_use_elsewhere()`` says, without waiting, whether another thread holds it now, so
  optional work on the GUI thread (a draft autosave, a refresh timer) can skip or retry
  instead of freezing the window; ``attempt()`` takes it only when free.

The lock is re-entrant: a thread holding it (inside a transaction, or an exclusive read)
runs further statements on any of the session's connections without waiting on itself.
No Qt here: the command line and the GUI share it.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from tyoparipaivakirja.core.errors import JournalCorrupt
from tyoparipaivakirja.storage.cipher import DatabaseError, is_damage


class DamagedPage(JournalCorrupt, DatabaseError):  # type: ignore[misc]  # driver types are Any
    """A page of the file failed its check while read (SQLite: "database disk image is
    malformed"; SQLCipher: a page whose authentication code does not match). The unlock
    no longer reads every page, so a damaged one can first be met here, by any read. It
    is a ``JournalCorrupt`` for the GUI and the command line (the restore offer), and
    still a driver ``DatabaseError`` for storage code that handles those itself."""


type Row = tuple[Any, ...]


class Result:
    """The rows and counts of one statement, fetched while the lock was held."""

    __slots__ = ("_next", "lastrowid", "rowcount", "rows")

    def __init__(self, rows: list[Row], rowcount: int, lastrowid: int | None) -> None:
        self.rows = rows
        self.rowcount = rowcount
        self.lastrowid = lastrowid
        self._next = 0

    def fetchone(self) -> Row | None:
        """The next row, or None after the last (like a driver cursor)."""
        if self._next >= len(self.rows):
            return None
        row = self.rows[self._next]
        self._next += 1
        return row

    def fetchall(self) -> list[Row]:
        """Every row not fetched yet."""
        rest = self.rows[self._next :]
        self._next = len(self.rows)
        return rest

    def __iter__(self) -> Iterator[Row]:
        while (row := self.fetchone()) is not None:
            yield row


class SessionLock:
    """The one re-entrant lock of a session; every connection of the session shares it."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        # Set when a read met a damaged page: the lock then backs up nothing of the file.
        self.damaged = False

    def __enter__(self) -> SessionLock:
        self._lock.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._lock.release()

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[None]:
        """Hold the lock for the block: nothing else uses the session meanwhile."""
        with self._lock:
            yield

    def in_use_elsewhere(self) -> bool:
        """True when another thread holds the lock right now (never waits). The thread
        that holds it itself is not "elsewhere": the lock is re-entrant."""
        if self._lock.acquire(blocking=False):
            self._lock.release()
            return False
        return True

    @contextlib.contextmanager
    def attempt(self) -> Iterator[bool]:
        """Hold the lock for the block if it is free now; yields whether it was taken.
        For optional work that should rather skip than wait."""
        taken = self._lock.acquire(blocking=False)
        try:
            yield taken
        finally:
            if taken:
                self._lock.release()

    def wrap(self, conn: Any) -> SerialConnection:
        """``conn`` used only under this lock (an already wrapped one is re-wrapped)."""
        if isinstance(conn, SerialConnection):
            conn = conn.driver
        return SerialConnection(conn, self)


class SerialConnection:
    """A driver connection whose every use holds the session's lock (see the module)."""

    __slots__ = ("driver", "lock")

    def __init__(self, driver: Any, lock: SessionLock) -> None:
        self.driver = driver
        self.lock = lock

    @contextlib.contextmanager
    def _damage_said(self) -> Iterator[None]:
        """A driver error that means a damaged page becomes ``DamagedPage``."""
        try:
            yield
        except DamagedPage:
            raise
        except DatabaseError as error:
            if not is_damage(error):
                raise
            self.lock.damaged = True
            raise DamagedPage(str(error)) from None

    def execute(self, sql: str, parameters: Sequence[object] = ()) -> Result:
        """Run one statement and fetch all its rows under the lock."""
        with self.lock, self._damage_said():
            cursor = self.driver.execute(sql, parameters)
            try:
                rows = [tuple(row) for row in cursor.fetchall()]
                return Result(rows, cursor.rowcount, cursor.lastrowid)
            finally:
                cursor.close()

    def executemany(self, sql: str, parameters: Iterable[Sequence[object]]) -> Result:
        """Run one statement for each set of parameters under the lock."""
        with self.lock, self._damage_said():
            cursor = self.driver.executemany(sql, parameters)
            try:
                return Result([], cursor.rowcount, cursor.lastrowid)
            finally:
                cursor.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[SerialConnection]:
        """One write transaction, the lock held from BEGIN to COMMIT or ROLLBACK."""
        from tyoparipaivakirja.storage import database  # database imports this module

        with database.transaction(self) as conn:
            yield conn

    def exclusive(self) -> contextlib.AbstractContextManager[None]:
        """Hold the session's lock across several reads (a consistent snapshot)."""
        return self.lock.exclusive()

    def in_use_elsewhere(self) -> bool:
        """True when another thread uses the session right now (never waits)."""
        return self.lock.in_use_elsewhere()

    @property
    def in_transaction(self) -> bool:
        with self.lock:
            return bool(self.driver.in_transaction)

    def close(self) -> None:
        """Close the connection once no other thread is using it."""
        with self.lock:
            self.driver.close()


def held(conn: Any) -> contextlib.AbstractContextManager[object]:
    """The session's lock of ``conn`` when it is a ``SerialConnection``, else nothing:
    helpers that take any connection (``database.transaction``) hold it this way."""
    if isinstance(conn, SerialConnection):
        return conn.lock
    return contextlib.nullcontext()


def rewrap(old: Any, new: Any) -> Any:
    """``new`` (a connection replacing ``old``, as after a passphrase change) under the
    same session lock as ``old``; unwrapped when ``old`` was not wrapped."""
    if isinstance(old, SerialConnection):
        return old.lock.wrap(new)
    return new
