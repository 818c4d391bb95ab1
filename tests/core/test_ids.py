"""Row ids: UUIDv7 as 32 hex digits, time-ordered, and the same legacy id everywhere."""

from __future__ import annotations

import uuid

from tyoparipaivakirja.core import ids


def test_a_new_id_is_a_uuid7_of_32_lower_case_hex_digits() -> None:
    """The same shape as the member ids and the export's id pattern, and a real UUIDv7."""
    made = ids.new_id()
    assert ids.is_id(made)
    parsed = uuid.UUID(hex=made)
    assert parsed.version == 7 and parsed.variant == uuid.RFC_4122


def test_ids_sort_in_the_order_they_were_made() -> None:
    """Many ids in one millisecond still sort in the order made (a counter, RFC 9562)."""
    made = [ids.new_id() for _ in range(5000)]
    assert made == sorted(made) and len(set(made)) == len(made)


def test_the_counter_keeps_order_when_the_wall_clock_goes_back() -> None:
    """After a clock set back, the next id still comes after the last one."""
    last = (1_800_000_000_000, 7)
    assert ids.next_after(last, 1_700_000_000_000, 3) == (1_800_000_000_000, 8)
    assert ids.next_after(last, 1_800_000_000_001, 3) == (1_800_000_000_001, 3)
    assert ids.next_after((5, 0xFFF), 5, 2) == (6, 2)  # the counter full: the next ms


def test_uuid7_layout_puts_the_time_first() -> None:
    made = ids.uuid7_hex(0x0193A4C2F1E0, bytes(range(10)))
    assert made.startswith("0193a4c2f1e07")
    assert ids.id_time_ms(made) == 0x0193A4C2F1E0
    assert int(made[16], 16) >> 2 == 0b10  # the RFC variant


def test_a_legacy_id_is_the_same_wherever_it_is_derived() -> None:
    """The pair journal, an own area and an old export all give old debrief 7 of one
    journal the same id; another journal, table or number gives another."""
    journal = "c3" * 16
    first = ids.legacy_id(journal, "debriefs", 7, 7)
    assert first == ids.legacy_id(journal, "debriefs", "7", 7)
    assert ids.is_id(first)
    others = {
        ids.legacy_id("d4" * 16, "debriefs", 7, 7),
        ids.legacy_id(journal, "follow_ups", 7, 7),
        ids.legacy_id(journal, "debriefs", 8, 8),
    }
    assert first not in others and len(others) == 3


def test_legacy_ids_keep_the_old_order_and_come_before_new_ones() -> None:
    journal = "c3" * 16
    old = [ids.legacy_id(journal, "debriefs", n, n) for n in (1, 2, 10, 300)]
    assert old == sorted(old)
    assert max(old) < ids.new_id()
