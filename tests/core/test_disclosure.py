"""Small counts: no count below 3 can be read off the summary or worked out from it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from tyoparipaivakirja.core.disclosure import (
    SMALL_COUNT_LIMIT,
    PrintedPartition,
    PrintedTotal,
    Row,
    count_text,
    protect,
)


def test_the_issue_example_no_longer_subtracts() -> None:
    """5 debriefs, 3 together, 2 alone: "5 − 3 = 2" is gone; the split is not printed."""
    total, (presence,) = protect(5, [[Row("molemmat", 3), Row("yksin", 2)]])
    assert total == PrintedTotal(5)
    assert presence.shown == ()
    assert presence.all_combined


def test_one_rare_row_takes_the_smallest_shown_row_with_it() -> None:
    """8 visits: phone 4, home 3, prison 1. Prison alone would be 8 − 4 − 3 = 1, so the
    home visits join it: "muut (kotikäynti, vankilatapaaminen): 4", phone 4 stays."""
    rows = [Row("puhelu", 4), Row("koti", 3), Row("vankila", 1)]
    total, (visits,) = protect(8, [rows])
    assert total.count == 8
    assert [row.label for row in visits.shown] == ["puhelu"]
    assert visits.combined == ("koti", "vankila")
    assert visits.combined_count == 4


def test_two_rare_rows_that_are_both_one_are_not_enough() -> None:
    """Two rare rows summing to 2 are both 1: a shown row must join them."""
    rows = [Row("a", 10), Row("b", 5), Row("c", 1), Row("d", 1)]
    _total, (printed,) = protect(17, [rows])
    assert printed.combined == ("b", "c", "d")
    assert printed.combined_count == 7


def test_rows_of_ones_fall_back_to_a_band() -> None:
    """Three visit types in three debriefs would each be 1: the total prints as
    "alle 10" and the types are only named."""
    rows = [Row("a", 1), Row("b", 1), Row("c", 1)]
    total, (printed,) = protect(3, [rows])
    assert total == PrintedTotal(None, 10)
    assert printed.shown == () and printed.combined == ("a", "b", "c")
    assert printed.combined_count is None


def test_a_total_below_three_is_a_band() -> None:
    total, (printed,) = protect(2, [[Row("a", 2)]])
    assert total == PrintedTotal(None, 10)
    assert printed.combined == ("a",)


def test_floor_from_shared_reflections_counts() -> None:
    """Prison 2 with both prison visits shared as reflections (floor 2) and home 3 with
    all three shared (floor 3): "koti + vankila = 5" would pin both, since the reader
    counts 2 + 3 in the reflections. So the phone visits join them too."""
    rows = [Row("puhelu", 6), Row("koti", 3, floor=3), Row("vankila", 2, floor=2)]
    _total, (printed,) = protect(11, [rows])
    assert printed.combined == ("puhelu", "koti", "vankila")


def test_large_tables_print_every_row() -> None:
    total, (printed,) = protect(30, [[Row("a", 20), Row("b", 10)]])
    assert total == PrintedTotal(30)
    assert [row.count for row in printed.shown] == [20, 10]
    assert printed.combined == ()


def test_count_text_for_tables_without_a_total() -> None:
    assert [count_text(n) for n in (1, 2, 3, 17)] == ["<3", "<3", "3", "17"]


# --- the property: an attacker who tries every table that fits the page ----------------


@dataclass(frozen=True)
class Table:
    total: int
    partitions: tuple[tuple[Row, ...], ...]


@st.composite
def tables(draw: st.DrawFn) -> Table:
    """A total of 1–14 debriefs and one or two partitions of it (like visit types and
    who was present), rows of 0 dropped, some rows with a floor above 1."""
    total = draw(st.integers(min_value=1, max_value=14))
    partitions = []
    for number in range(draw(st.integers(min_value=1, max_value=2))):
        parts = draw(st.integers(min_value=1, max_value=min(5, total)))
        cuts = sorted(draw(st.sets(st.integers(1, total - 1), min_size=parts - 1,
                                   max_size=parts - 1))) if parts > 1 else []  # fmt: skip
        counts = [b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True)]
        rows = tuple(
            Row(f"p{number}r{index}", count, draw(st.integers(1, max(1, count))))
            for index, count in enumerate(counts)
        )
        partitions.append(rows)
    return Table(total, tuple(partitions))


def _sums(floors: Sequence[int], top: int) -> set[int]:
    """Every sum the given rows can reach, each at least its floor, up to ``top``."""
    reachable = {0}
    for floor in floors:
        reachable = {s + v for s in reachable for v in range(floor, top + 1) if s + v <= top}
    return reachable


def _possible_values(
    printed_total: PrintedTotal, partitions: Sequence[tuple[PrintedPartition, dict[str, int]]]
) -> tuple[set[int], dict[str, set[int]]]:
    """What an attacker can still believe: the possible totals, and each combined row's
    possible counts, over every table that fits everything printed."""
    if printed_total.count is not None:
        candidates = [printed_total.count]
    else:
        candidates = list(range(1, printed_total.below))
    feasible_totals: set[int] = set()
    values: dict[str, set[int]] = {}
    for total in candidates:
        found: dict[str, set[int]] = {}
        ok = True
        for printed, floors in partitions:
            rest = total - sum(row.count for row in printed.shown)
            if printed.combined_count is not None and rest != printed.combined_count:
                ok = False
                break
            names = list(printed.combined)
            if not names:
                ok = ok and rest == 0
                continue
            options_here: dict[str, set[int]] = {}
            for name in names:
                others = [floors[n] for n in names if n != name]
                options_here[name] = {
                    v for v in range(floors[name], rest + 1) if rest - v in _sums(others, rest)
                }
                if not options_here[name]:
                    ok = False
            found.update(options_here)
        if ok:
            feasible_totals.add(total)
            for name, options in found.items():
                values.setdefault(name, set()).update(options)
    return feasible_totals, values


@settings(max_examples=400, deadline=None)
@given(tables())
def test_no_hidden_count_can_be_worked_out(table: Table) -> None:
    """Whatever the tables, no printed row is below 3, and every count not printed (and
    a total printed as a band) has at least two values that fit the page, the true one
    among them."""
    printed_total, printed = protect(table.total, table.partitions)
    truth = {row.label: row.count for rows in table.partitions for row in rows}
    partitions = []
    for rows, part in zip(table.partitions, printed, strict=True):
        assert all(row.count >= SMALL_COUNT_LIMIT for row in part.shown)
        assert {row.label for row in part.shown} | set(part.combined) == {r.label for r in rows}
        partitions.append((part, {row.label: row.floor for row in rows}))
    totals, values = _possible_values(printed_total, partitions)
    assert table.total in totals
    if printed_total.count is None:
        assert len(totals) >= 2, "a total printed as a band can be worked out"
    else:
        assert printed_total.count >= SMALL_COUNT_LIMIT
    for name, options in values.items():
        assert truth[name] in options
        assert len(options) >= 2, f"{name} = {truth[name]} can be worked out from the page"
