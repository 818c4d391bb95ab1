"""The member store: who the pair journal's members are (names, roles, order).

Members are written once, when the journal is created (or imported); the app reads
them everywhere (who wrote what, whose own area, the first names on a summary).
"""

from __future__ import annotations

from collections.abc import Sequence

from tyoparipaivakirja.core.errors import ValidationError, ValidationField, ValidationReason
from tyoparipaivakirja.core.ids import new_id
from tyoparipaivakirja.core.members import Member, NewMember
from tyoparipaivakirja.storage import database
from tyoparipaivakirja.storage.access import Access
from tyoparipaivakirja.storage.registry import Database, table
from tyoparipaivakirja.storage.rows import RowMapper

MEMBERS = table(Database.PAIR, "members")
_MEMBER = RowMapper(MEMBERS, Member)


class MemberStore:
    """The members of one pair journal, in their order."""

    def __init__(self, access: Access) -> None:
        self._access = access

    def all(self) -> list[Member]:
        rows = self._access.connection().execute(
            f"SELECT {_MEMBER.select_list()} FROM members ORDER BY position"
        )
        return [_MEMBER.read(row) for row in rows.fetchall()]

    def get(self, member_id: str) -> Member:
        """One member; ``ValidationError(MEMBERS, UNKNOWN_MEMBER)`` for anyone else."""
        for candidate in self.all():
            if candidate.member_id == member_id:
                return candidate
        raise ValidationError(ValidationField.MEMBERS, ValidationReason.UNKNOWN_MEMBER)

    def add_all(self, members: Sequence[NewMember]) -> list[Member]:
        """Record the (validated) members of a new journal, each with a new id."""
        created_at = database.now_iso()
        made = [Member(new_id(), m.display_name, m.role) for m in members]
        with self._access.write() as write:
            for position, member in enumerate(made):
                values = {**_MEMBER.values(member), "position": position}
                write.insert(MEMBERS, {**values, "created_at": created_at})
        return made
