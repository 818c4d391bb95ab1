"""The hybrid logical clock: stamps that sort in time order and never go backwards."""

from __future__ import annotations

import pytest

from tyoparipaivakirja.core import hlc

DEVICE = "3f9a1c2b4d5e6f70"
OTHER = "0123456789abcdef"


def test_a_stamp_reads_back_and_sorts_as_its_text() -> None:
    stamps = [
        hlc.Stamp(1_800_000_000_000, 0, DEVICE),
        hlc.Stamp(1_800_000_000_000, 1, OTHER),
        hlc.Stamp(1_800_000_000_001, 0, OTHER),
    ]
    assert [hlc.parse(s.text) for s in stamps] == stamps
    assert sorted(stamps) == stamps
    assert sorted(s.text for s in stamps) == [s.text for s in stamps]


def test_the_clock_never_goes_backwards_when_the_wall_clock_does() -> None:
    """A laptop clock set back an hour: the next stamps still come after the last one."""
    first = hlc.tick(None, 1_800_000_000_000, DEVICE)
    second = hlc.tick(first, 1_800_000_000_000 - 3_600_000, DEVICE)
    third = hlc.tick(second, 1_800_000_000_000 - 3_599_000, DEVICE)
    assert first < second < third
    assert third.ms == first.ms and third.counter == 2
    later = hlc.tick(third, 1_800_000_000_500, DEVICE)
    assert later == hlc.Stamp(1_800_000_000_500, 0, DEVICE)


def test_a_full_counter_moves_to_the_next_millisecond() -> None:
    full = hlc.Stamp(10, 0xFFFF, DEVICE)
    assert hlc.tick(full, 5, DEVICE) == hlc.Stamp(11, 0, DEVICE)


def test_what_is_written_after_seeing_another_copy_comes_after_it() -> None:
    """A stamp from another device ahead of this wall clock: the next tick is after it."""
    seen = hlc.Stamp(1_900_000_000_000, 4, OTHER)
    last = hlc.observe(hlc.Stamp(1_800_000_000_000, 0, DEVICE), seen)
    assert hlc.tick(last, 1_800_000_000_001, DEVICE) > seen


def test_a_legacy_stamp_is_its_moment_on_no_device() -> None:
    stamp = hlc.legacy("2026-01-14T18:00:00+00:00")
    assert stamp.device == hlc.LEGACY_DEVICE and stamp.counter == 0
    assert stamp.ms == 1_768_413_600_000
    assert hlc.legacy(None).ms == 0 and hlc.legacy("not a moment").ms == 0


@pytest.mark.parametrize("text", ["", "1-2-3", "0193a4c2f1e0-0000-3F9A1C2B4D5E6F70", "x" * 34])
def test_anything_else_is_not_a_stamp(text: str) -> None:
    with pytest.raises(ValueError):
        hlc.parse(text)
