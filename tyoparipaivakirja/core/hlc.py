"""A hybrid logical clock: when a row last changed, in a form two copies can compare.

Every mergeable row carries ``updated_at``, a stamp made here when the row is written.
A stamp is the wall clock in milliseconds, a counter, and the id of the device (the
copy of the journal) that wrote it, as text that sorts in time order::

    0193a4c2f1e0-0000-3f9a1c2b4d5e6f70
    └── ms ────┘ └cnt┘ └── device ────┘

The clock never goes backwards, even when the wall clock does (a laptop's clock set
back, a time zone change): a stamp is always after the previous one, by taking the
later of the wall clock and the last stamp and counting up within one millisecond.
``observe`` takes in a stamp seen from another copy, so what is written after a merge
is later than everything merged. Ties between two devices are broken by the device id.

This module is pure: the caller passes the wall clock and keeps the last stamp
(``storage.session`` keeps it in each database's ``meta`` table).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

STAMP_PATTERN = "^[0-9a-f]{12}-[0-9a-f]{4}-[0-9a-f]{16}$"
DEVICE_PATTERN = "^[0-9a-f]{16}$"
_STAMP = re.compile(STAMP_PATTERN)
_DEVICE = re.compile(DEVICE_PATTERN)
_MAX_COUNTER = 0xFFFF
# The device of rows written before stamps existed (migrated or imported from an old
# export): unknown, and the same on every copy, so unchanged old rows compare equal.
LEGACY_DEVICE = "0" * 16


@dataclass(frozen=True, slots=True, order=True)
class Stamp:
    """One moment of the clock; orders as its text does."""

    ms: int
    counter: int
    device: str

    def __post_init__(self) -> None:
        if not 0 <= self.ms < 1 << 48 or not 0 <= self.counter <= _MAX_COUNTER:
            raise ValueError("stamp out of range")
        if not _DEVICE.fullmatch(self.device):
            raise ValueError("a device id is 16 hex digits")

    @property
    def text(self) -> str:
        return f"{self.ms:012x}-{self.counter:04x}-{self.device}"


def parse(text: str) -> Stamp:
    """Read a stamp written by ``Stamp.text``; raises ``ValueError`` for anything else."""
    if not _STAMP.fullmatch(text):
        raise ValueError("not a clock stamp")
    ms, counter, device = text.split("-")
    return Stamp(int(ms, 16), int(counter, 16), device)


def tick(last: Stamp | None, wall_ms: int, device: str) -> Stamp:
    """The next stamp of ``device``: after ``last`` (from any device), at the wall clock
    when that is later."""
    if last is None or wall_ms > last.ms:
        return Stamp(wall_ms, 0, device)
    if last.counter < _MAX_COUNTER:
        return Stamp(last.ms, last.counter + 1, device)
    return Stamp(last.ms + 1, 0, device)  # 65,536 stamps in one millisecond: move on


def observe(last: Stamp | None, seen: Stamp) -> Stamp:
    """The clock's last stamp after seeing ``seen`` (from this or another copy): the
    later of the two, so the next ``tick`` comes after both."""
    return seen if last is None or seen > last else last


def legacy(moment: str | None) -> Stamp:
    """The stamp of a row written before stamps existed: its own recorded moment (ISO
    8601 with a time zone) when it has one, else the very beginning."""
    ms = 0
    if moment:
        try:
            ms = max(0, int(datetime.fromisoformat(moment).timestamp() * 1000))
        except ValueError:
            ms = 0
    return Stamp(ms, 0, LEGACY_DEVICE)


def is_device_id(text: object) -> bool:
    return isinstance(text, str) and _DEVICE.fullmatch(text) is not None
