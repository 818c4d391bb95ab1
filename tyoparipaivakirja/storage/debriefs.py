"""The debrief store: entries, follow-ups, client codes, drafts and full-text search.

Each public method is one user action in one transaction. Shared content goes to the
pair journal; ``save_reflection`` writes a partner's own reflection into that
partner's unlocked own area only.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from tyoparipaivakirja.core import debrief_codec
from tyoparipaivakirja.core.debriefs import (
    Debrief,
    DebriefSummary,
    EditRecord,
    EntryStatus,
    FollowUp,
    PastClose,
    Presence,
    PrivateReflection,
    RoleSplitWorked,
    SharingLevel,
    SupervisionTag,
    SupervisionTopic,
    Theme,
    VisitType,
    WarningSign,
    WarningSignNote,
    long_text_fields,
    propose_client_code,
    validate_debrief,
    validate_private,
)
from tyoparipaivakirja.core.drafts import fingerprint
from tyoparipaivakirja.core.errors import ValidationError, ValidationField, ValidationReason
from tyoparipaivakirja.core.search import DebriefFilter, fts_query
from tyoparipaivakirja.storage import database
from tyoparipaivakirja.storage.cipher import Connection
from tyoparipaivakirja.storage.drafts import DraftStore

if TYPE_CHECKING:
    from tyoparipaivakirja.storage.journal import Journal, PersonalArea

SNIPPET_START = "\x02"
SNIPPET_END = "\x03"


@dataclass(frozen=True, slots=True)
class SearchHit:
    entry_id: int
    visit_date: date
    visit_type: VisitType
    client_code: str
    snippet: str  # matches wrapped in SNIPPET_START … SNIPPET_END


@dataclass(frozen=True, slots=True)
class OpenFollowUp:
    follow_up_id: int
    entry_id: int
    task: str
    owner: str
    due: date | None
    visit_date: date
    client_code: str


DRAFT_KIND = "debrief"


@dataclass(frozen=True, slots=True)
class Draft:
    draft_key: str
    entry_id: int | None
    entry: Debrief
    saved_at: datetime
    base: str | None = None  # fingerprint of the saved entry the editing started from


def _date(value: object) -> date | None:
    return date.fromisoformat(str(value)) if value else None


def _search_text(entry: Debrief) -> str:
    return "\n".join(text for text in long_text_fields(entry).values() if text)


_SUMMARY_COLUMNS = (
    "d.entry_id, d.visit_date, d.visit_type, coalesce(d.client_code, ''), d.themes, d.status,"
    " d.sharing, d.warning_signs,"
    " (SELECT count(*) FROM follow_ups f WHERE f.entry_id = d.entry_id AND f.done = 0),"
    " d.shared_strain"
)


def _summary(row: Sequence[Any]) -> DebriefSummary:
    return DebriefSummary(
        entry_id=int(row[0]),
        visit_date=date.fromisoformat(row[1]),
        visit_type=VisitType(row[2]),
        client_code=str(row[3]),
        themes=tuple(Theme(t) for t in json.loads(row[4])),
        status=EntryStatus(row[5]),
        sharing=SharingLevel(row[6]),
        has_warning_signs=bool(json.loads(row[7])),
        open_follow_ups=int(row[8]),
        shared_strain=debrief_codec.shared_strain_from_list(json.loads(row[9])),
    )


def _filter_sql(filters: DebriefFilter) -> tuple[str, list[object]]:
    clauses: list[str] = ["d.deleted_at IS NULL"]
    params: list[object] = []
    if filters.date_from is not None:
        clauses.append("d.visit_date >= ?")
        params.append(filters.date_from.isoformat())
    if filters.date_to is not None:
        clauses.append("d.visit_date <= ?")
        params.append(filters.date_to.isoformat())
    if filters.visit_type is not None:
        clauses.append("d.visit_type = ?")
        params.append(filters.visit_type.value)
    if filters.theme is not None:
        clauses.append("EXISTS (SELECT 1 FROM json_each(d.themes) WHERE value = ?)")
        params.append(filters.theme.value)
    if filters.client_code:
        clauses.append("d.client_code = ?")
        params.append(filters.client_code)
    if filters.warning_signs_only:
        clauses.append("d.warning_signs <> '[]'")
    if filters.sharing is not None:
        clauses.append("d.sharing = ?")
        params.append(filters.sharing.value)
    if filters.open_follow_ups_only:
        clauses.append(
            "EXISTS (SELECT 1 FROM follow_ups f WHERE f.entry_id = d.entry_id AND f.done = 0)"
        )
    return " AND ".join(clauses), params


class DebriefStore:
    """Debriefs of one unlocked journal. Get it from ``Journal.debriefs``."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal

    def _conn(self) -> Connection:
        return self._journal.connection()

    # --- entries -------------------------------------------------------------

    def save(self, entry: Debrief, author: str, today: date, draft_key: str | None = None) -> int:
        """Save a new or edited entry (and drop its draft); returns the entry id."""
        entry = validate_debrief(entry, today)
        now = database.now_iso()
        with self._journal.transaction() as conn:
            if entry.client_code:
                conn.execute(
                    "INSERT OR IGNORE INTO client_codes (code, created_at) VALUES (?, ?)",
                    (entry.client_code, now),
                )
            values = self._row_values(entry)
            if entry.entry_id is None:
                cursor = conn.execute(
                    "INSERT INTO debriefs (visit_date, visit_type, presence, client_code, themes,"
                    " uppermost, goal, what_happened, member_parts, role_split_worked,"
                    " role_split_note, warning_signs, warning_noticed_by, warning_noticed_from,"
                    " warning_agreed, went_well, was_hard, learning, sharing, status,"
                    " shared_strain, created_at, created_by)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (*values, now, author),
                )
                entry_id = int(cursor.lastrowid)
            else:
                entry_id = entry.entry_id
                updated = conn.execute(
                    "UPDATE debriefs SET visit_date = ?, visit_type = ?, presence = ?,"
                    " client_code = ?, themes = ?, uppermost = ?, goal = ?, what_happened = ?,"
                    " member_parts = ?, role_split_worked = ?, role_split_note = ?,"
                    " warning_signs = ?, warning_noticed_by = ?, warning_noticed_from = ?,"
                    " warning_agreed = ?, went_well = ?, was_hard = ?, learning = ?, sharing = ?,"
                    " status = ?, shared_strain = ? WHERE entry_id = ? AND deleted_at IS NULL",
                    (*values, entry_id),
                )
                if updated.rowcount != 1:
                    raise ValidationError(ValidationField.ENTRY, ValidationReason.NOT_FOUND)
                conn.execute(
                    "INSERT INTO debrief_edits (entry_id, member_id, at) VALUES (?, ?, ?)",
                    (entry_id, author, now),
                )
            self._replace_follow_ups(conn, entry_id, entry.follow_ups, now)
            conn.execute("DELETE FROM supervision_topics WHERE entry_id = ?", (entry_id,))
            conn.executemany(
                "INSERT INTO supervision_topics (entry_id, position, text, tags, raised_by)"
                " VALUES (?, ?, ?, ?, ?)",
                [
                    (
                        entry_id,
                        i,
                        t.text.strip(),
                        json.dumps([x.value for x in t.tags]),
                        t.raised_by,
                    )
                    for i, t in enumerate(entry.supervision_topics)
                ],
            )
            conn.execute("DELETE FROM debrief_search WHERE rowid = ?", (entry_id,))
            conn.execute(
                "INSERT INTO debrief_search (rowid, body) VALUES (?, ?)",
                (entry_id, _search_text(entry)),
            )
            if draft_key is not None:
                self._drafts().discard_in(conn, draft_key)
        return entry_id

    @staticmethod
    def _row_values(entry: Debrief) -> tuple[object, ...]:
        signs = entry.warning_signs
        return (
            entry.visit_date.isoformat(),
            entry.visit_type.value,
            entry.presence.value,
            entry.client_code or None,
            json.dumps([t.value for t in entry.themes]),
            entry.uppermost,
            entry.goal,
            entry.what_happened,
            json.dumps(debrief_codec.member_parts_to_list(entry.member_parts)),
            entry.role_split_worked.value if entry.role_split_worked else None,
            entry.role_split_note,
            json.dumps([s.value for s in signs.signs]),
            signs.noticed_by,
            signs.noticed_from,
            signs.agreed,
            entry.went_well,
            entry.was_hard,
            entry.learning,
            entry.sharing.value,
            entry.status.value,
            json.dumps(debrief_codec.shared_strain_to_list(entry.shared_strain)),
        )

    @staticmethod
    def _replace_follow_ups(
        conn: Connection, entry_id: int, follow_ups: Sequence[FollowUp], now: str
    ) -> None:
        kept = [f.follow_up_id for f in follow_ups if f.follow_up_id is not None]
        placeholders = ",".join("?" * len(kept))
        conn.execute(
            f"DELETE FROM follow_ups WHERE entry_id = ? AND follow_up_id NOT IN ({placeholders})",
            (entry_id, *kept),
        )
        for position, item in enumerate(follow_ups):
            values = (
                position,
                item.task.strip(),
                item.owner,
                item.due.isoformat() if item.due else None,
                int(item.done),
                now if item.done else None,
            )
            if item.follow_up_id is None:
                conn.execute(
                    "INSERT INTO follow_ups (position, task, owner, due, done, done_at, entry_id)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (*values, entry_id),
                )
            else:
                conn.execute(
                    "UPDATE follow_ups SET position = ?, task = ?, owner = ?, due = ?, done = ?,"
                    " done_at = coalesce(CASE WHEN ? IS NULL THEN NULL ELSE done_at END, ?)"
                    " WHERE follow_up_id = ? AND entry_id = ?",
                    (*values[:5], values[5], values[5], item.follow_up_id, entry_id),
                )

    def get(self, entry_id: int) -> Debrief:
        conn = self._conn()
        row = conn.execute(
            "SELECT entry_id, visit_date, visit_type, presence, coalesce(client_code, ''), themes,"
            " uppermost, goal, what_happened, member_parts, role_split_worked, role_split_note,"
            " warning_signs, warning_noticed_by, warning_noticed_from, warning_agreed, went_well,"
            " was_hard, learning, sharing, status, shared_strain"
            " FROM debriefs WHERE entry_id = ? AND deleted_at IS NULL",
            (entry_id,),
        ).fetchone()
        if row is None:
            raise ValidationError(ValidationField.ENTRY, ValidationReason.NOT_FOUND)
        follow_ups = tuple(
            FollowUp(str(task), str(owner), _date(due), bool(done), int(fid))
            for fid, task, owner, due, done in conn.execute(
                "SELECT follow_up_id, task, owner, due, done FROM follow_ups"
                " WHERE entry_id = ? ORDER BY position",
                (entry_id,),
            )
        )
        topics = tuple(
            SupervisionTopic(
                str(text), tuple(SupervisionTag(t) for t in json.loads(tags)), str(raised_by)
            )
            for text, tags, raised_by in conn.execute(
                "SELECT text, tags, raised_by FROM supervision_topics"
                " WHERE entry_id = ? ORDER BY position",
                (entry_id,),
            )
        )
        return Debrief(
            entry_id=int(row[0]),
            visit_date=date.fromisoformat(row[1]),
            visit_type=VisitType(row[2]),
            presence=Presence(row[3]),
            client_code=str(row[4]),
            themes=tuple(Theme(t) for t in json.loads(row[5])),
            uppermost=row[6],
            goal=row[7],
            what_happened=row[8],
            member_parts=debrief_codec.member_parts_from_list(json.loads(row[9])),
            role_split_worked=RoleSplitWorked(row[10]) if row[10] else None,
            role_split_note=row[11],
            warning_signs=WarningSignNote(
                tuple(WarningSign(s) for s in json.loads(row[12])), row[13], row[14], row[15]
            ),
            went_well=row[16],
            was_hard=row[17],
            learning=row[18],
            sharing=SharingLevel(row[19]),
            status=EntryStatus(row[20]),
            shared_strain=debrief_codec.shared_strain_from_list(json.loads(row[21])),
            follow_ups=follow_ups,
            supervision_topics=topics,
        )

    def entries(
        self, filters: DebriefFilter | None = None, limit: int = 200, offset: int = 0
    ) -> list[DebriefSummary]:
        """Entries newest first, a page at a time."""
        where, params = _filter_sql(filters or DebriefFilter())
        rows = (
            self._conn()
            .execute(
                f"SELECT {_SUMMARY_COLUMNS} FROM debriefs d WHERE {where}"
                " ORDER BY d.visit_date DESC, d.entry_id DESC LIMIT ? OFFSET ?",
                (*params, limit, offset),
            )
            .fetchall()
        )
        return [_summary(row) for row in rows]

    def count(self, filters: DebriefFilter | None = None) -> int:
        where, params = _filter_sql(filters or DebriefFilter())
        row = self._conn().execute(f"SELECT count(*) FROM debriefs d WHERE {where}", params)
        return int(row.fetchone()[0])

    def search(
        self,
        text: str,
        filters: DebriefFilter | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[SearchHit]:
        """Full-text search over every text field of the entries ``filters`` lets through;
        best matches first."""
        query = fts_query(text)
        if not query:
            return []
        where, params = _filter_sql(filters or DebriefFilter())
        rows = (
            self._conn()
            .execute(
                "SELECT d.entry_id, d.visit_date, d.visit_type, coalesce(d.client_code, ''),"
                f" snippet(debrief_search, 0, '{SNIPPET_START}', '{SNIPPET_END}', '…', 12)"
                " FROM debrief_search JOIN debriefs d ON d.entry_id = debrief_search.rowid"
                f" WHERE debrief_search MATCH ? AND {where}"
                " ORDER BY rank LIMIT ? OFFSET ?",
                (query, *params, limit, offset),
            )
            .fetchall()
        )
        return [
            SearchHit(int(r[0]), date.fromisoformat(r[1]), VisitType(r[2]), str(r[3]), str(r[4]))
            for r in rows
        ]

    def delete(self, entry_id: int) -> None:
        """Move an entry out of sight; ``restore`` brings it back until the journal locks."""
        with self._journal.transaction() as conn:
            conn.execute(
                "UPDATE debriefs SET deleted_at = ? WHERE entry_id = ? AND deleted_at IS NULL",
                (database.now_iso(), entry_id),
            )

    def restore(self, entry_id: int) -> None:
        with self._journal.transaction() as conn:
            conn.execute("UPDATE debriefs SET deleted_at = NULL WHERE entry_id = ?", (entry_id,))

    def purge_deleted(self) -> int:
        """Remove deleted entries for good (at lock and unlock); returns how many."""
        with self._journal.transaction() as conn:
            ids = [
                r[0]
                for r in conn.execute("SELECT entry_id FROM debriefs WHERE deleted_at IS NOT NULL")
            ]
            conn.executemany("DELETE FROM debrief_search WHERE rowid = ?", [(i,) for i in ids])
            conn.execute("DELETE FROM debriefs WHERE deleted_at IS NOT NULL")
            if ids:
                # FTS5 only marks deleted rows; merging drops their words for good.
                conn.execute("INSERT INTO debrief_search (debrief_search) VALUES ('optimize')")
        return len(ids)

    def rebuild_search_index(self) -> int:
        """Index every live entry anew (after an import); returns how many were indexed.

        Each entry is read through ``get``, so an entry the app cannot read fails here."""
        conn = self._conn()
        ids = [
            int(r[0])
            for r in conn.execute(
                "SELECT entry_id FROM debriefs WHERE deleted_at IS NULL ORDER BY entry_id"
            )
        ]
        bodies = [(entry_id, _search_text(self.get(entry_id))) for entry_id in ids]
        with self._journal.transaction() as conn:
            conn.execute("DELETE FROM debrief_search")
            conn.executemany("INSERT INTO debrief_search (rowid, body) VALUES (?, ?)", bodies)
        return len(bodies)

    def edits(self, entry_id: int) -> list[EditRecord]:
        rows = self._conn().execute(
            "SELECT member_id, at FROM debrief_edits WHERE entry_id = ? ORDER BY at", (entry_id,)
        )
        return [EditRecord(str(m), datetime.fromisoformat(at)) for m, at in rows]

    def created(self, entry_id: int) -> EditRecord:
        row = (
            self._conn()
            .execute("SELECT created_by, created_at FROM debriefs WHERE entry_id = ?", (entry_id,))
            .fetchone()
        )
        if row is None:
            raise ValidationError(ValidationField.ENTRY, ValidationReason.NOT_FOUND)
        return EditRecord(str(row[0]), datetime.fromisoformat(row[1]))

    # --- follow-ups ----------------------------------------------------------

    def open_follow_ups(self) -> list[OpenFollowUp]:
        """Every open follow-up across entries: those with a due date first, earliest first
        (so overdue ones lead), then those without a date."""
        rows = (
            self._conn()
            .execute(
                "SELECT f.follow_up_id, f.entry_id, f.task, f.owner, f.due, d.visit_date,"
                " coalesce(d.client_code, '') FROM follow_ups f"
                " JOIN debriefs d ON d.entry_id = f.entry_id"
                " WHERE f.done = 0 AND d.deleted_at IS NULL"
                " ORDER BY f.due IS NULL, f.due, d.visit_date DESC, f.position"
            )
            .fetchall()
        )
        return [
            OpenFollowUp(
                int(r[0]),
                int(r[1]),
                str(r[2]),
                str(r[3]),
                _date(r[4]),
                date.fromisoformat(r[5]),
                str(r[6]),
            )
            for r in rows
        ]

    def set_follow_up_done(self, follow_up_id: int, done: bool) -> None:
        with self._journal.transaction() as conn:
            conn.execute(
                "UPDATE follow_ups SET done = ?, done_at = ? WHERE follow_up_id = ?",
                (int(done), database.now_iso() if done else None, follow_up_id),
            )

    def shared_topics(self, start: date, end: date) -> list[tuple[int, SupervisionTopic]]:
        """The supervision topics of live entries shared for supervision and dated from
        ``start`` to ``end``, with their entry ids: the earliest entry first, each entry's
        topics in their order. One query, however many entries the period holds."""
        rows = self._conn().execute(
            "SELECT t.entry_id, t.text, t.tags, t.raised_by"
            " FROM supervision_topics t JOIN debriefs d ON d.entry_id = t.entry_id"
            " WHERE d.deleted_at IS NULL AND d.sharing <> ?"
            " AND d.visit_date >= ? AND d.visit_date <= ?"
            " ORDER BY d.visit_date, d.entry_id, t.position",
            (SharingLevel.NONE.value, start.isoformat(), end.isoformat()),
        )
        return [
            (
                int(entry_id),
                SupervisionTopic(
                    str(text), tuple(SupervisionTag(t) for t in json.loads(tags)), str(raised_by)
                ),
            )
            for entry_id, text, tags, raised_by in rows
        ]

    # --- client codes --------------------------------------------------------

    def client_codes(self) -> list[str]:
        rows = self._conn().execute("SELECT code FROM client_codes ORDER BY code")
        return [str(r[0]) for r in rows]

    def propose_client_code(self) -> str:
        return propose_client_code(set(self.client_codes()))

    # --- drafts --------------------------------------------------------------

    def version(self, entry_id: int) -> str:
        """The fingerprint of the entry as saved now (what a draft of it started from)."""
        return fingerprint(self.get(entry_id))

    def save_draft(self, draft_key: str, entry: Debrief, base: str | None = None) -> None:
        """Keep an unfinished entry, encrypted like everything else (autosave). ``base``
        is the fingerprint of the saved entry the editing started from."""
        self._drafts().save(
            draft_key,
            DRAFT_KIND,
            debrief_codec.debrief_to_dict(entry),
            target=None if entry.entry_id is None else str(entry.entry_id),
            base=base,
        )

    def drafts(self) -> list[Draft]:
        """Every kept debrief draft, the newest first (one that no longer reads is skipped)."""
        found: list[Draft] = []
        for draft in self._drafts().of_kind(DRAFT_KIND):
            if not isinstance(draft.body, dict):
                continue
            try:
                entry = debrief_codec.debrief_from_dict(draft.body)
            except (KeyError, TypeError, ValueError):
                continue
            target = None if draft.target is None else int(draft.target)
            found.append(Draft(draft.form_id, target, entry, draft.saved_at, draft.base))
        return found

    def draft_of(self, entry_id: int) -> Draft | None:
        """The newest draft of a saved entry, if there is one."""
        return next((d for d in self.drafts() if d.entry_id == entry_id), None)

    def discard_draft(self, draft_key: str) -> None:
        self._drafts().discard(draft_key)

    def _drafts(self) -> DraftStore:
        return DraftStore(self._journal.connection)

    # --- own reflections (personal area) -------------------------------------

    @staticmethod
    def save_reflection(area: PersonalArea, reflection: PrivateReflection, today: date) -> None:
        """Write a partner's own reflection into that partner's own area."""
        reflection = validate_private(reflection, today)
        with database.transaction(area.connection()) as conn:
            conn.execute(
                "INSERT OR REPLACE INTO visit_reflections (entry_id, visit_date, strain,"
                " past_close, wants_to_debrief, feelings, shared_with_pair, saved_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    reflection.entry_id,
                    reflection.visit_date.isoformat(),
                    reflection.strain,
                    reflection.past_close.value if reflection.past_close else None,
                    int(reflection.wants_to_debrief),
                    reflection.feelings,
                    int(reflection.shared_with_pair),
                    database.now_iso(),
                ),
            )

    @staticmethod
    def reflection(area: PersonalArea, entry_id: int) -> PrivateReflection | None:
        row = (
            area.connection()
            .execute(
                f"SELECT {_REFLECTION_COLUMNS} FROM visit_reflections WHERE entry_id = ?",
                (entry_id,),
            )
            .fetchone()
        )
        return None if row is None else _reflection(row)

    @staticmethod
    def reflections(area: PersonalArea) -> list[PrivateReflection]:
        """All of a partner's own visit reflections, oldest first (for their strain series)."""
        rows = (
            area.connection()
            .execute(
                f"SELECT {_REFLECTION_COLUMNS} FROM visit_reflections ORDER BY visit_date, entry_id"
            )
            .fetchall()
        )
        return [_reflection(row) for row in rows]


_REFLECTION_COLUMNS = (
    "entry_id, visit_date, strain, past_close, wants_to_debrief, feelings, shared_with_pair"
)


def _reflection(row: Sequence[Any]) -> PrivateReflection:
    return PrivateReflection(
        entry_id=int(row[0]),
        visit_date=date.fromisoformat(row[1]),
        strain=None if row[2] is None else int(row[2]),
        past_close=PastClose(row[3]) if row[3] else None,
        wants_to_debrief=bool(row[4]),
        feelings=str(row[5]),
        shared_with_pair=bool(row[6]),
    )
