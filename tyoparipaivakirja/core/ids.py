"""Ids of rows: time-ordered random ids that two copies of a journal never both hand out.

Every row a partner's copy could also create (a debrief, a follow-up, an agenda item…)
gets an id made here: a UUIDv7 (RFC 9562) written as 32 lower-case hex digits, the
same shape as the member ids and the export format's ``ID_PATTERN``. The first 48
bits are the Unix time in milliseconds, so ids sort in the order rows were made; the
other 74 bits are random, so two devices never clash (Python 3.12 has no
``uuid.uuid7``).

Rows made before ids were text (schema versions before pair 7 / own area 5, export
format 1) had local integer ids. ``legacy_id`` turns such an old key into an id with
the same layout, deterministically: the time part is ``LEGACY_EPOCH_MS`` plus the old
number (so migrated rows keep their old order and sort before every newer row), the
random part a hash of the journal id, the table and the old key. The pair journal and
an own area, migrated at different times, and an imported old export all arrive at
the same id for the same old row, with no mapping table.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import threading
import time

ID_PATTERN = "^[0-9a-f]{32}$"
_ID = re.compile(ID_PATTERN)
# 2020-01-01T00:00:00Z: before the first journal, after which every new id's time lies.
LEGACY_EPOCH_MS = 1_577_836_800_000
_MAX_MS = (1 << 48) - 1


def _layout(unix_ms: int, rand_a: int, rand_b: int) -> str:
    if not 0 <= unix_ms <= _MAX_MS:
        raise ValueError("the time does not fit in 48 bits")
    value = (unix_ms << 80) | (0x7 << 76) | (rand_a << 64) | (0b10 << 62) | rand_b
    return f"{value:032x}"


def uuid7_hex(unix_ms: int, random_bits: bytes) -> str:
    """The UUIDv7 of a moment and ten random bytes, as 32 lower-case hex digits.

    Layout: 48 bits of milliseconds, the version 7, 12 random bits, the RFC variant
    (binary 10), 62 random bits."""
    if len(random_bits) < 10:
        raise ValueError("ten random bytes are needed")
    rand = int.from_bytes(random_bits[:10], "big")
    return _layout(unix_ms, rand >> 68, rand & ((1 << 62) - 1))  # top 12 bits, low 62


_lock = threading.Lock()
_last = (0, 0)  # the milliseconds and the 12-bit counter of the last id made here


def next_after(last: tuple[int, int], unix_ms: int, start: int) -> tuple[int, int]:
    """The (milliseconds, counter) of the id after ``last``: at ``unix_ms`` with the
    counter ``start`` when the clock moved on, else one more in the same millisecond
    (RFC 9562's counter method), so ids made here always sort in the order made, even
    when the wall clock goes back."""
    last_ms, last_counter = last
    if unix_ms > last_ms:
        return unix_ms, start
    if last_counter < 0xFFF:
        return last_ms, last_counter + 1
    return last_ms + 1, start


def new_id() -> str:
    """A fresh id for a new row: now, a counter, and random bits from the system."""
    global _last
    random_bits = int.from_bytes(secrets.token_bytes(10), "big")
    with _lock:
        # A counter that starts low in each millisecond leaves room to count up in it.
        _last = next_after(_last, time.time_ns() // 1_000_000, random_bits >> 62 & 0x1FF)
        unix_ms, counter = _last
    return _layout(unix_ms, counter, random_bits & ((1 << 62) - 1))


def legacy_id(journal_id: str, table: str, key: str | int, order: int) -> str:
    """The id of a row that had the old key ``key`` in ``table`` of journal ``journal_id``.

    ``order`` (the old number, or a position) keeps migrated rows in their old order.
    A debrief's own reflections use the debrief's table, so they land on its id."""
    seed = f"{journal_id}\x1f{table}\x1f{key}".encode()
    return uuid7_hex(LEGACY_EPOCH_MS + order, hashlib.sha256(seed).digest())


def is_id(text: object) -> bool:
    """True for 32 lower-case hex digits (any id of the journal)."""
    return isinstance(text, str) and _ID.fullmatch(text) is not None


def id_time_ms(row_id: str) -> int:
    """The milliseconds part of an id (when it was made, or a legacy row's old order)."""
    return int(row_id[:12], 16)
