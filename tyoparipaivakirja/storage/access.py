"""What a store is built from: one database's connection provider and the session clock.

Every store (``DebriefStore``, ``CheckInStore`` …) is made once, when its session opens,
from an ``Access``: a callable that hands out the database's connection (raising
``JournalLocked`` once the session is locked), and the session's ``SessionClock``. A
store never sees the session itself, so stores do not import the session and the
session's shape can change without touching them.

``Access.write()`` is one write transaction that also ticks the clock once: every row
the transaction writes carries that stamp in ``updated_at`` (``storage.rows``), and the
stamp is kept in the database's ``meta`` table in the same transaction, so the clock
starts after it at the next unlock even if the wall clock went back meanwhile.
``Access.transaction()`` is a plain one, for what is this device's own (drafts).
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from tyoparipaivakirja.core import hlc
from tyoparipaivakirja.storage import database, rows
from tyoparipaivakirja.storage.cipher import Connection
from tyoparipaivakirja.storage.registry import Table

# Meta keys: this copy's device id (pair journal only) and the clock's last stamp.
DEVICE_KEY = "device_id"
CLOCK_KEY = "clock"

type WallClock = Callable[[], int]


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


class SessionClock:
    """The hybrid logical clock of one unlocked session (pair journal and own areas).

    Thread-safe: a background task and the GUI thread may both write."""

    def __init__(
        self, device: str, last: hlc.Stamp | None = None, wall: WallClock | None = None
    ) -> None:
        self.device = device
        self._last = last
        self._wall = wall
        self._lock = threading.Lock()

    def observe(self, text: str | None) -> None:
        """Take in a stamp read from a database (its last one), or seen from another copy."""
        if not text:
            return
        try:
            seen = hlc.parse(text)
        except ValueError:
            return
        with self._lock:
            self._last = hlc.observe(self._last, seen)

    def tick(self) -> str:
        with self._lock:
            now = self._wall() if self._wall is not None else wall_ms()
            self._last = hlc.tick(self._last, now, self.device)
            return self._last.text

    @property
    def last(self) -> str | None:
        return None if self._last is None else self._last.text


def read_clock(conn: Connection) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (CLOCK_KEY,)).fetchone()
    return None if row is None else str(row[0])


@dataclass(frozen=True, slots=True)
class Write:
    """One open write transaction: its connection and its clock stamp."""

    conn: Connection
    stamp: str

    def insert(self, described: Table, values: Mapping[str, object]) -> None:
        rows.insert(self.conn, described, values, self.stamp)

    def upsert(self, described: Table, values: Mapping[str, object]) -> None:
        rows.upsert(self.conn, described, values, self.stamp)

    def update(
        self, described: Table, key: Mapping[str, object], values: Mapping[str, object]
    ) -> bool:
        return rows.update(self.conn, described, key, values, self.stamp)

    def sync_children(
        self, described: Table, parent_id: object, values: Sequence[Mapping[str, object]]
    ) -> None:
        rows.sync_children(self.conn, described, parent_id, values, self.stamp)

    def delete(self, described: Table, where: str, params: Sequence[object]) -> int:
        return rows.delete(self.conn, described, where, params, self.stamp)


class Access:
    """One database as a store sees it: its connection, and stamped write transactions."""

    def __init__(self, connection: Callable[[], Connection], clock: SessionClock) -> None:
        self.connection = connection
        self.clock = clock

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A plain write transaction (for this device's own rows: drafts, settings)."""
        with database.transaction(self.connection()) as conn:
            yield conn

    @contextlib.contextmanager
    def write(self) -> Iterator[Write]:
        """A write transaction whose rows carry one fresh clock stamp."""
        with database.transaction(self.connection()) as conn:
            stamp = self.clock.tick()
            conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (CLOCK_KEY, stamp)
            )
            yield Write(conn, stamp)
