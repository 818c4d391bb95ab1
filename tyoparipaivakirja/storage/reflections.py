"""The reflection store of an own area: a partner's own reflection on each visit.

One store writes and reads them. A reflection is keyed by its debrief's id (the same
text id the pair journal gives the debrief), so a partner has at most one reflection
per visit and it finds its debrief without a mapping. It lives only in the partner's
own area: strain, whether the past came close, the wish to debrief, the feelings.
"""

from __future__ import annotations

from datetime import date

from tyoparipaivakirja.core.debriefs import PrivateReflection, validate_private
from tyoparipaivakirja.core.trends import VisitStrain
from tyoparipaivakirja.storage import database
from tyoparipaivakirja.storage.access import Access
from tyoparipaivakirja.storage.registry import Database, table
from tyoparipaivakirja.storage.rows import RowMapper

REFLECTIONS = table(Database.OWN, "visit_reflections")
_REFLECTION = RowMapper(REFLECTIONS, PrivateReflection)


class ReflectionStore:
    """The owner's reflections on visits, in their own area."""

    def __init__(self, access: Access) -> None:
        self._access = access

    def save(self, reflection: PrivateReflection, today: date) -> None:
        """Keep the owner's reflection on a visit (replacing an earlier one of it)."""
        clean = validate_private(reflection, today)
        with self._access.write() as write:
            write.upsert(REFLECTIONS, {**_REFLECTION.values(clean), "saved_at": database.now_iso()})

    def get(self, entry_id: str) -> PrivateReflection | None:
        row = (
            self._access.connection()
            .execute(
                f"SELECT {_REFLECTION.select_list()} FROM visit_reflections WHERE entry_id = ?",
                (entry_id,),
            )
            .fetchone()
        )
        return None if row is None else _REFLECTION.read(row)

    def all(self) -> list[PrivateReflection]:
        """Every reflection, oldest visit first (for the owner's strain series)."""
        rows = self._access.connection().execute(
            f"SELECT {_REFLECTION.select_list()} FROM visit_reflections"
            " ORDER BY visit_date, entry_id"
        )
        return [_REFLECTION.read(row) for row in rows.fetchall()]

    def strains(self) -> list[VisitStrain]:
        """The strain of each visit reflected on, oldest first; ``sequence`` is the
        order the debriefs were made in (their ids are time-ordered)."""
        rows = (
            self._access.connection()
            .execute(
                "SELECT entry_id, visit_date, strain FROM visit_reflections"
                " WHERE strain IS NOT NULL ORDER BY visit_date, entry_id"
            )
            .fetchall()
        )
        order = {entry_id: index for index, entry_id in enumerate(sorted(str(r[0]) for r in rows))}
        return [
            VisitStrain(
                str(entry_id), date.fromisoformat(str(day)), int(strain), order[str(entry_id)]
            )
            for entry_id, day, strain in rows
        ]
