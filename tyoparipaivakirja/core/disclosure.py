"""Small counts in the supervision summary: what may be printed so that no count below
3 can be read off the page or worked out from what is on it.

Pure rules, no I/O. The summary prints counts of debriefs by visit type, by who was
present, by theme and by warning sign. A count of 1 or 2 could point at one client or
one visit, so it is never printed (primary suppression, "<3"). That alone is not
enough where rows add up to a printed total: with "Käyntipurkuja 5 / Molemmat paikalla
3 / Toinen yksin <3", 5 − 3 = 2. So this module also applies secondary suppression, as
statistical offices do.

**Partitions.** A table whose rows add up to the number of debriefs (visit types, who
was present) is a partition of that total; tables that share the total are protected
together. Rows with no debriefs are left out, so every listed row is known to be at
least 1, or at least its ``floor``: what the reader can count elsewhere in the same
document (a visit type's shared reflections print with their visit type).

1. Rows below 3 are not printed one by one: they are printed together as one combined
   row that names them ("muut: kotikäynti, vankilatapaaminen").
2. A combined row must leave every row in it open: it holds at least two rows and its
   sum is larger than the sum of its rows' floors (with floors of 1: not all could be
   1). Otherwise the smallest printed row joins it, and so on.
3. While the total is printed exactly, the combined row prints its sum (which the
   reader could subtract anyway). When no combination keeps every row open under the
   exact total (a total below 3, or three visit types in three debriefs), the total is
   printed as a band ("alle 10", "alle 20", …) and combined rows print no sum; then every
   partition combines at least one row, and the total must stay open too: at least two
   values in the band fit what is printed.

**Other tables** (themes, warning signs: a debrief can have several or none, so their
rows add up to nothing printed) only need rule 1's "<3". A table of only "<3" rows is
printed as one sentence naming them instead (the summary's wording).

The property test in ``tests/core/test_disclosure.py`` checks, over random tables,
that an attacker who enumerates every table consistent with the printed page never
pins down a hidden count.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

SMALL_COUNT_LIMIT = 3
BAND_STEP = 10


@dataclass(frozen=True, slots=True)
class Row:
    """One row of a table: a label, its count, and the least the reader knows it is."""

    label: str
    count: int
    floor: int = 1


@dataclass(frozen=True, slots=True)
class PrintedTotal:
    """The total as printed: ``count`` exactly, or "below ``below``" when it is None."""

    count: int | None
    below: int = 0

    @property
    def exact(self) -> bool:
        return self.count is not None


@dataclass(frozen=True, slots=True)
class PrintedPartition:
    """A partition as printed: rows with their counts, and the rest as one combined row
    that names its rows (with their sum while the total is exact)."""

    shown: tuple[Row, ...]
    combined: tuple[str, ...] = ()
    combined_count: int | None = None

    @property
    def all_combined(self) -> bool:
        """Nothing is printed row by row: only the names of the rows."""
        return not self.shown and bool(self.combined)


def _rows(rows: Sequence[Row]) -> list[Row]:
    """The listed rows: those with a count, each floor at least 1 and at most its count."""
    return [
        Row(row.label, row.count, min(row.count, max(1, row.floor)))
        for row in rows
        if row.count > 0
    ]


def _split(
    rows: list[Row], open_enough: tuple[bool, int] | None
) -> tuple[list[Row], list[Row]] | None:
    """Shown and combined rows: the small rows combined, grown by the smallest shown rows
    until the combination is safe. ``open_enough`` is None for an exact total, else
    (True, the band's top): under a band every partition combines at least one row and
    its shown rows plus its combined floors must stay below the band's top.
    """
    combined = [row for row in rows if row.count < SMALL_COUNT_LIMIT]
    shown = sorted((row for row in rows if row.count >= SMALL_COUNT_LIMIT), key=lambda r: r.count)
    while True:
        if open_enough is None:
            total = sum(row.count for row in combined)
            floors = sum(row.floor for row in combined)
            safe = not combined or (len(combined) >= 2 and total - floors >= 1)
        else:
            top = open_enough[1]
            known = sum(row.count for row in shown) + sum(row.floor for row in combined)
            safe = bool(combined) and top - known >= 1
        if safe:
            order = {row.label: index for index, row in enumerate(rows)}
            shown.sort(key=lambda row: order[row.label])
            combined.sort(key=lambda row: order[row.label])
            return shown, combined
        if not shown:
            return None
        combined.append(shown.pop(0))


def protect(
    total: int, partitions: Sequence[Sequence[Row]]
) -> tuple[PrintedTotal, tuple[PrintedPartition, ...]]:
    """What to print of a total and the partitions of it that share it (rules 1–3).

    Each partition's rows must add up to ``total``; rows keep their order.
    """
    listed = [_rows(rows) for rows in partitions]
    if total <= 0:
        return PrintedTotal(0), tuple(PrintedPartition(()) for _rows_ in listed)
    if any(sum(row.count for row in rows) != total for rows in listed):
        raise ValueError("every partition must add up to the total")
    if total >= SMALL_COUNT_LIMIT:
        splits = [_split(rows, None) for rows in listed]
        if all(split is not None for split in splits):
            printed = []
            for split in splits:
                assert split is not None
                shown, combined = split
                printed.append(
                    PrintedPartition(
                        tuple(shown),
                        tuple(row.label for row in combined),
                        sum(row.count for row in combined) if combined else None,
                    )
                )
            return PrintedTotal(total), tuple(printed)
    below = (total // BAND_STEP + 1) * BAND_STEP
    while True:
        # The band is 1 … below − 1; at least two of its values must fit the page.
        splits = [_split(rows, (True, below - 1)) for rows in listed]
        if all(split is not None for split in splits):
            printed = []
            for split in splits:
                assert split is not None
                shown, combined = split
                printed.append(PrintedPartition(tuple(shown), tuple(r.label for r in combined)))
            return PrintedTotal(None, below), tuple(printed)
        below += BAND_STEP


def count_text(count: int) -> str:
    """A count in a table whose rows add up to nothing printed: below 3 it is "<3"."""
    return f"<{SMALL_COUNT_LIMIT}" if count < SMALL_COUNT_LIMIT else str(count)
