"""The debrief store: entries, follow-ups, topics, client codes, drafts and search.

Each public method is one user action in one transaction. Everything here is the
pair's shared entry in the pair journal; a partner's own reflection on the visit is
``storage.reflections``' (in that partner's own area).

Rows are read and written by column name through the table registry
(``storage.rows.RowMapper``): a column described in ``storage.registry`` and a field
of the same name in ``core.debriefs.Debrief`` need nothing here. Follow-ups and
supervision topics have ids of their own: saving an entry upserts them by id and
leaves a tombstone for each one taken away. The search index (FTS5) is keyed by the
debrief's local ``rowid``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from tyoparipaivakirja.core.debriefs import (
    Debrief,
    DebriefSummary,
    EditRecord,
    FollowUp,
    SharingLevel,
    SupervisionTopic,
    VisitType,
    long_text_fields,
    propose_client_code,
    validate_debrief,
)
from tyoparipaivakirja.core.drafts import DraftUnreadable, fingerprint, from_plain, to_plain
from tyoparipaivakirja.core.errors import ValidationError, ValidationField, ValidationReason
from tyoparipaivakirja.core.ids import new_id
from tyoparipaivakirja.core.search import DebriefFilter, fts_query
from tyoparipaivakirja.storage import database
from tyoparipaivakirja.storage.access import Access, Write
from tyoparipaivakirja.storage.drafts import DraftStore
from tyoparipaivakirja.storage.registry import UPDATED_AT, Database, table
from tyoparipaivakirja.storage.rows import RowMapper, positioned, with_new_ids

SNIPPET_START = "\x02"
SNIPPET_END = "\x03"

DEBRIEFS = table(Database.PAIR, "debriefs")
FOLLOW_UPS = table(Database.PAIR, "follow_ups")
TOPICS = table(Database.PAIR, "supervision_topics")
EDITS = table(Database.PAIR, "debrief_edits")


@dataclass(frozen=True, slots=True)
class SearchHit:
    entry_id: str
    visit_date: date
    visit_type: VisitType
    client_code: str
    snippet: str  # matches wrapped in SNIPPET_START … SNIPPET_END


@dataclass(frozen=True, slots=True)
class OpenFollowUp:
    follow_up_id: str
    entry_id: str
    task: str
    owner: str
    due: date | None
    visit_date: date
    client_code: str


DRAFT_KIND = "debrief"


@dataclass(frozen=True, slots=True)
class Draft:
    draft_key: str
    entry_id: str | None
    entry: Debrief
    saved_at: datetime
    base: str | None = None  # fingerprint of the saved entry the editing started from


_ENTRY = RowMapper(DEBRIEFS, Debrief)
_FOLLOW_UP = RowMapper(FOLLOW_UPS, FollowUp)
_TOPIC = RowMapper(TOPICS, SupervisionTopic)
_SUMMARY = RowMapper(DEBRIEFS, DebriefSummary)
_HIT = RowMapper(DEBRIEFS, SearchHit)
_UPDATE_ENTRY = (
    "UPDATE debriefs SET "
    + ", ".join(f"{c.name} = ?" for c in _ENTRY.columns if c.name != "entry_id")
    + f", {UPDATED_AT} = ? WHERE entry_id = ? AND deleted_at IS NULL"
)
_SUMMARY_SQL = (
    f"SELECT {_SUMMARY.select_list('d')},"
    " (SELECT count(*) FROM follow_ups f WHERE f.entry_id = d.entry_id AND f.done = 0),"
    " d.warning_signs <> '[]'"
)


def _date(value: object) -> date | None:
    return date.fromisoformat(str(value)) if value else None


def _search_text(entry: Debrief) -> str:
    return "\n".join(text for text in long_text_fields(entry).values() if text)


def _summary(row: tuple[object, ...]) -> DebriefSummary:
    count = len(_SUMMARY.columns)
    return _SUMMARY.read(
        row[:count], open_follow_ups=int(str(row[count])), has_warning_signs=bool(row[count + 1])
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
    """Debriefs of one unlocked pair journal (``Journal.debriefs``)."""

    def __init__(self, access: Access, drafts: DraftStore) -> None:
        self._access = access
        self._drafts = drafts

    # --- entries -------------------------------------------------------------

    def save(self, entry: Debrief, author: str, today: date, draft_key: str | None = None) -> str:
        """Save a new or edited entry (and drop its draft); returns the entry id."""
        entry = validate_debrief(entry, today)
        now = database.now_iso()
        with self._access.write() as write:
            conn = write.conn
            if entry.client_code:
                conn.execute(
                    "INSERT OR IGNORE INTO client_codes (code, created_at, updated_at)"
                    " VALUES (?, ?, ?)",
                    (entry.client_code, now, write.stamp),
                )
            if entry.entry_id is None:
                entry = replace(entry, entry_id=new_id())
                write.insert(
                    DEBRIEFS, {**_ENTRY.values(entry), "created_at": now, "created_by": author}
                )
            else:
                values = _ENTRY.values(entry)
                changed = conn.execute(
                    _UPDATE_ENTRY,
                    (
                        *(v for k, v in values.items() if k != "entry_id"),
                        write.stamp,
                        entry.entry_id,
                    ),
                )
                if changed.rowcount != 1:
                    raise ValidationError(ValidationField.ENTRY, ValidationReason.NOT_FOUND)
                write.insert(
                    EDITS,
                    {
                        "edit_id": new_id(),
                        "entry_id": entry.entry_id,
                        "member_id": author,
                        "at": now,
                    },
                )
            entry_id = entry.entry_id
            assert entry_id is not None
            self._write_follow_ups(write, entry_id, entry.follow_ups, now)
            topics = with_new_ids(entry.supervision_topics, "topic_id", new_id)
            write.sync_children(
                TOPICS,
                entry_id,
                positioned(_TOPIC.values(t) for t in topics),  # type: ignore[arg-type]
            )
            rowid = conn.execute(
                "SELECT rowid FROM debriefs WHERE entry_id = ?", (entry_id,)
            ).fetchone()[0]
            conn.execute("DELETE FROM debrief_search WHERE rowid = ?", (rowid,))
            conn.execute(
                "INSERT INTO debrief_search (rowid, body) VALUES (?, ?)",
                (rowid, _search_text(entry)),
            )
            if draft_key is not None:
                self._drafts.discard_in(conn, draft_key)
        return entry_id

    @staticmethod
    def _write_follow_ups(
        write: Write, entry_id: str, follow_ups: tuple[FollowUp, ...], now: str
    ) -> None:
        """Upsert the entry's follow-ups by id; one ticked done now gets ``done_at``,
        one done before keeps its own."""
        done_at = {
            str(fid): at
            for fid, at in write.conn.execute(
                "SELECT follow_up_id, done_at FROM follow_ups WHERE entry_id = ?", (entry_id,)
            )
        }
        rows = []
        for item in with_new_ids(follow_ups, "follow_up_id", new_id):
            assert isinstance(item, FollowUp) and item.follow_up_id is not None
            earlier = done_at.get(item.follow_up_id)
            values = {
                **_FOLLOW_UP.values(replace(item, task=item.task.strip())),
                "done_at": (earlier or now) if item.done else None,
            }
            rows.append(values)
        write.sync_children(FOLLOW_UPS, entry_id, positioned(rows))

    def get(self, entry_id: str) -> Debrief:
        conn = self._access.connection()
        row = conn.execute(
            f"SELECT {_ENTRY.select_list()} FROM debriefs"
            " WHERE entry_id = ? AND deleted_at IS NULL",
            (entry_id,),
        ).fetchone()
        if row is None:
            raise ValidationError(ValidationField.ENTRY, ValidationReason.NOT_FOUND)
        follow_ups = tuple(
            _FOLLOW_UP.read(r)
            for r in conn.execute(
                f"SELECT {_FOLLOW_UP.select_list()} FROM follow_ups"
                " WHERE entry_id = ? ORDER BY position",
                (entry_id,),
            )
        )
        topics = tuple(
            _TOPIC.read(r)
            for r in conn.execute(
                f"SELECT {_TOPIC.select_list()} FROM supervision_topics"
                " WHERE entry_id = ? ORDER BY position",
                (entry_id,),
            )
        )
        return _ENTRY.read(row, follow_ups=follow_ups, supervision_topics=topics)

    def full_entries(self, filters: DebriefFilter | None = None) -> list[Debrief]:
        """Whole live entries (follow-ups and topics included) that ``filters`` lets
        through, the earliest first: three queries, however many entries (a summary's
        period, an import's read-back)."""
        where, params = _filter_sql(filters or DebriefFilter())
        conn = self._access.connection()
        rows = conn.execute(
            f"SELECT {_ENTRY.select_list('d')} FROM debriefs d WHERE {where}"
            " ORDER BY d.visit_date, d.entry_id",
            params,
        ).fetchall()
        follow_ups: dict[str, list[FollowUp]] = {}
        topics: dict[str, list[SupervisionTopic]] = {}
        for child, mapper, into in (
            ("follow_ups", _FOLLOW_UP, follow_ups),
            ("supervision_topics", _TOPIC, topics),
        ):
            for row in conn.execute(
                f"SELECT c.entry_id, {mapper.select_list('c')} FROM {child} c"
                f" JOIN debriefs d ON d.entry_id = c.entry_id WHERE {where}"
                " ORDER BY c.entry_id, c.position",
                params,
            ):
                into.setdefault(str(row[0]), []).append(mapper.read(tuple(row)[1:]))  # type: ignore[arg-type]
        entry_id = _ENTRY.columns.index(DEBRIEFS.column("entry_id"))
        return [
            _ENTRY.read(
                row,
                follow_ups=tuple(follow_ups.get(str(row[entry_id]), ())),
                supervision_topics=tuple(topics.get(str(row[entry_id]), ())),
            )
            for row in rows
        ]

    def entries(
        self, filters: DebriefFilter | None = None, limit: int = 200, offset: int = 0
    ) -> list[DebriefSummary]:
        """Entries newest first, a page at a time."""
        where, params = _filter_sql(filters or DebriefFilter())
        rows = (
            self._access.connection()
            .execute(
                f"{_SUMMARY_SQL} FROM debriefs d WHERE {where}"
                " ORDER BY d.visit_date DESC, d.entry_id DESC LIMIT ? OFFSET ?",
                (*params, limit, offset),
            )
            .fetchall()
        )
        return [_summary(tuple(row)) for row in rows]

    def count(self, filters: DebriefFilter | None = None) -> int:
        where, params = _filter_sql(filters or DebriefFilter())
        row = self._access.connection().execute(
            f"SELECT count(*) FROM debriefs d WHERE {where}", params
        )
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
            self._access.connection()
            .execute(
                f"SELECT {_HIT.select_list('d')},"
                f" snippet(debrief_search, 0, '{SNIPPET_START}', '{SNIPPET_END}', '…', 12)"
                " FROM debrief_search JOIN debriefs d ON d.rowid = debrief_search.rowid"
                f" WHERE debrief_search MATCH ? AND {where}"
                " ORDER BY rank LIMIT ? OFFSET ?",
                (query, *params, limit, offset),
            )
            .fetchall()
        )
        count = len(_HIT.columns)
        return [_HIT.read(tuple(r)[:count], snippet=str(r[count])) for r in rows]

    def delete(self, entry_id: str) -> None:
        """Move an entry out of sight; ``restore`` brings it back until the journal locks
        (a local mark: the purge at lock deletes it for good, with tombstones)."""
        with self._access.transaction() as conn:
            conn.execute(
                "UPDATE debriefs SET deleted_at = ? WHERE entry_id = ? AND deleted_at IS NULL",
                (database.now_iso(), entry_id),
            )

    def restore(self, entry_id: str) -> None:
        with self._access.transaction() as conn:
            conn.execute("UPDATE debriefs SET deleted_at = NULL WHERE entry_id = ?", (entry_id,))

    def purge_deleted(self) -> int:
        """Remove deleted entries for good (at lock and unlock), each with its follow-ups,
        topics and edits, leaving tombstones; returns how many."""
        with self._access.write() as write:
            conn = write.conn
            rowids = [
                (r[0],)
                for r in conn.execute("SELECT rowid FROM debriefs WHERE deleted_at IS NOT NULL")
            ]
            if not rowids:
                return 0
            conn.executemany("DELETE FROM debrief_search WHERE rowid = ?", rowids)
            write.delete(DEBRIEFS, "deleted_at IS NOT NULL", ())
            # FTS5 only marks deleted rows; merging drops their words for good.
            conn.execute("INSERT INTO debrief_search (debrief_search) VALUES ('optimize')")
        return len(rowids)

    def rebuild_search_index(self) -> int:
        """Index every live entry anew (after an import); returns how many were indexed.

        Each entry is read whole, so an entry the app cannot read fails here."""
        conn = self._access.connection()
        rowids = {
            str(entry_id): int(rowid)
            for rowid, entry_id in conn.execute(
                "SELECT rowid, entry_id FROM debriefs WHERE deleted_at IS NULL"
            )
        }
        bodies = sorted(
            (rowids[str(entry.entry_id)], _search_text(entry)) for entry in self.full_entries()
        )
        with self._access.transaction() as conn:
            conn.execute("DELETE FROM debrief_search")
            conn.executemany("INSERT INTO debrief_search (rowid, body) VALUES (?, ?)", bodies)
        return len(bodies)

    def all_edits(self) -> dict[str, list[EditRecord]]:
        """Every live entry's edit history by entry id (an import's read-back)."""
        found: dict[str, list[EditRecord]] = {}
        for entry_id, member_id, at in self._access.connection().execute(
            "SELECT e.entry_id, e.member_id, e.at FROM debrief_edits e"
            " JOIN debriefs d ON d.entry_id = e.entry_id WHERE d.deleted_at IS NULL"
            " ORDER BY e.at, e.edit_id"
        ):
            found.setdefault(str(entry_id), []).append(
                EditRecord(str(member_id), datetime.fromisoformat(str(at)))
            )
        return found

    def edits(self, entry_id: str) -> list[EditRecord]:
        rows = self._access.connection().execute(
            "SELECT member_id, at FROM debrief_edits WHERE entry_id = ? ORDER BY at, edit_id",
            (entry_id,),
        )
        return [EditRecord(str(m), datetime.fromisoformat(at)) for m, at in rows]

    def created(self, entry_id: str) -> EditRecord:
        row = (
            self._access.connection()
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
        names = ("follow_up_id", "entry_id", "task", "owner", "due", "visit_date", "client_code")
        rows = self._access.connection().execute(
            "SELECT f.follow_up_id, f.entry_id, f.task, f.owner, f.due, d.visit_date,"
            " coalesce(d.client_code, '') FROM follow_ups f"
            " JOIN debriefs d ON d.entry_id = f.entry_id"
            " WHERE f.done = 0 AND d.deleted_at IS NULL"
            " ORDER BY f.due IS NULL, f.due, d.visit_date DESC, f.position"
        )
        found = []
        for values in rows.fetchall():
            row = dict(zip(names, values, strict=True))
            found.append(
                OpenFollowUp(
                    follow_up_id=str(row["follow_up_id"]),
                    entry_id=str(row["entry_id"]),
                    task=str(row["task"]),
                    owner=str(row["owner"]),
                    due=_date(row["due"]),
                    visit_date=date.fromisoformat(str(row["visit_date"])),
                    client_code=str(row["client_code"]),
                )
            )
        return found

    def set_follow_up_done(self, follow_up_id: str, done: bool) -> None:
        with self._access.write() as write:
            write.conn.execute(
                "UPDATE follow_ups SET done = ?, done_at = ?, updated_at = ?"
                " WHERE follow_up_id = ? AND done <> ?",
                (
                    int(done),
                    database.now_iso() if done else None,
                    write.stamp,
                    follow_up_id,
                    int(done),
                ),
            )

    def topics_between(
        self, start: date, end: date
    ) -> list[tuple[str, SharingLevel, SupervisionTopic]]:
        """The supervision topics of live entries dated from ``start`` to ``end``, with
        their entry's id and sharing level (what of them goes to supervision is decided
        in ``core.supervision.new_topics``): the earliest entry first, each entry's
        topics in their order. One query, however many entries the period holds."""
        rows = self._access.connection().execute(
            f"SELECT t.entry_id, d.sharing, {_TOPIC.select_list('t')}"
            " FROM supervision_topics t JOIN debriefs d ON d.entry_id = t.entry_id"
            " WHERE d.deleted_at IS NULL"
            " AND d.visit_date >= ? AND d.visit_date <= ?"
            " ORDER BY d.visit_date, d.entry_id, t.position",
            (start.isoformat(), end.isoformat()),
        )
        return [(str(row[0]), SharingLevel(row[1]), _TOPIC.read(tuple(row)[2:])) for row in rows]

    # --- client codes --------------------------------------------------------

    def client_codes(self) -> list[str]:
        rows = self._access.connection().execute("SELECT code FROM client_codes ORDER BY code")
        return [str(r[0]) for r in rows]

    def propose_client_code(self) -> str:
        return propose_client_code(set(self.client_codes()))

    # --- drafts --------------------------------------------------------------

    def version(self, entry_id: str) -> str:
        """The fingerprint of the entry as saved now (what a draft of it started from)."""
        return fingerprint(self.get(entry_id))

    def save_draft(self, draft_key: str, entry: Debrief, base: str | None = None) -> None:
        """Keep an unfinished entry, encrypted like everything else (autosave). ``base``
        is the fingerprint of the saved entry the editing started from."""
        self._drafts.save(draft_key, DRAFT_KIND, to_plain(entry), target=entry.entry_id, base=base)

    def drafts(self) -> list[Draft]:
        """Every kept debrief draft, the newest first (one that no longer reads is skipped)."""
        found: list[Draft] = []
        for draft in self._drafts.of_kind(DRAFT_KIND):
            try:
                entry = from_plain(Debrief, draft.body)
            except DraftUnreadable:
                continue
            found.append(Draft(draft.form_id, draft.target, entry, draft.saved_at, draft.base))
        return found

    def draft_of(self, entry_id: str) -> Draft | None:
        """The newest draft of a saved entry, if there is one."""
        return next((d for d in self.drafts() if d.entry_id == entry_id), None)

    def discard_draft(self, draft_key: str) -> None:
        self._drafts.discard(draft_key)
