"""The draft store of one database: unfinished forms, encrypted like everything else.

The pair journal keeps drafts of shared forms (debriefs, supervision sessions, the
role-split draft); each own area keeps its owner's (check-ins, own reflections on a
visit), so nothing private ever lands in the pair journal. A draft is one row per
form (``form_id``): its kind, the entity it edits (``target``, None for a new one),
the fingerprint of the saved version it started from (``base``) and the form's value
as JSON (``core.drafts.to_plain``). Drafts are this device's own: not stamped, not
exported, never merged.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from tyoparipaivakirja.core.drafts import Plain
from tyoparipaivakirja.storage import database
from tyoparipaivakirja.storage.access import Access
from tyoparipaivakirja.storage.cipher import Connection


@dataclass(frozen=True, slots=True)
class FormDraft:
    form_id: str
    kind: str
    target: str | None
    base: str | None
    body: Plain
    saved_at: datetime


_COLUMNS = "form_id, kind, target, base, body, saved_at"


def _draft(row: tuple[object, ...]) -> FormDraft:
    form_id, kind, target, base, body, saved_at = row
    return FormDraft(
        str(form_id),
        str(kind),
        None if target is None else str(target),
        None if base is None else str(base),
        json.loads(str(body)),
        datetime.fromisoformat(str(saved_at)),
    )


class DraftStore:
    """Drafts in one database; every method is one transaction."""

    def __init__(self, access: Access) -> None:
        self._access = access
        self._connection = access.connection

    def save(
        self,
        form_id: str,
        kind: str,
        body: Plain,
        *,
        target: str | None = None,
        base: str | None = None,
    ) -> FormDraft:
        """Keep (or replace) the draft of one form."""
        saved_at = database.now_iso()
        text = json.dumps(body, ensure_ascii=False, sort_keys=True)
        with self._access.transaction() as conn:
            conn.execute(
                f"INSERT OR REPLACE INTO form_drafts ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
                (form_id, kind, target, base, text, saved_at),
            )
        return FormDraft(form_id, kind, target, base, body, datetime.fromisoformat(saved_at))

    def get(self, form_id: str) -> FormDraft | None:
        row = (
            self._connection()
            .execute(f"SELECT {_COLUMNS} FROM form_drafts WHERE form_id = ?", (form_id,))
            .fetchone()
        )
        return None if row is None else _draft(tuple(row))

    def of_kind(self, kind: str, target: str | None = None) -> list[FormDraft]:
        """The drafts of one kind (of one target, when given), the newest first."""
        sql = f"SELECT {_COLUMNS} FROM form_drafts WHERE kind = ?"
        params: tuple[str, ...] = (kind,)
        if target is not None:
            sql += " AND target = ?"
            params += (target,)
        rows = self._connection().execute(sql + " ORDER BY saved_at DESC, form_id", params)
        return [_draft(tuple(row)) for row in rows.fetchall()]

    def discard(self, form_id: str) -> None:
        with self._access.transaction() as conn:
            conn.execute("DELETE FROM form_drafts WHERE form_id = ?", (form_id,))

    def discard_in(self, conn: Connection, form_id: str) -> None:
        """Drop a draft inside the caller's transaction (saving its form for real)."""
        conn.execute("DELETE FROM form_drafts WHERE form_id = ?", (form_id,))
