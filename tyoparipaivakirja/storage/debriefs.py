"""The debrief store: entries, follow-ups, topics, client codes, drafts and search.

Each public method is one user action in one transaction. Everything here is the
pair's shared entry in the pair journal; a partner's own reflection on the visit is
``storage.reflections``' (in that partner's own area).

Rows are read and written by column name through the table registry
(``storage.rows.RowMapper``): a column described in ``storage.registry`` and a field
of the same name in ``core.debriefs.Debrief`` need nothing here. Follow-ups and
supervision topics have ids of their own: saving an entry upserts them by id and
leaves a tombstone for each one taken away.

The search index (FTS5, keyed by the debrief's local ``rowid``) keeps no copy of the text:
it reads it from the view ``debrief_search_text`` (``storage.schema``). This store keeps it
in step in the same transaction as the rows: the old words are taken out of it (read
from the view before the rows change) and the new ones put in after. An index segment
may still hold a removed word until the index is merged: ``compact_search`` does that at
lock and before a backup (see ``docs/storage.md``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
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
from tyoparipaivakirja.core.finnish import PORTABLE, Analyser, analyser, words
from tyoparipaivakirja.core.ids import new_id
from tyoparipaivakirja.core.search import DebriefFilter, fts_query, word_query
from tyoparipaivakirja.storage import database
from tyoparipaivakirja.storage.access import Access, Write
from tyoparipaivakirja.storage.cipher import Connection
from tyoparipaivakirja.storage.drafts import DraftStore
from tyoparipaivakirja.storage.registry import UPDATED_AT, Database, table
from tyoparipaivakirja.storage.rows import RowMapper, positioned, with_new_ids
from tyoparipaivakirja.storage.schema import SEARCH_TEXT_MEMBER_PARTS

SNIPPET_START = "\x02"
_TOKEN = re.compile(r"\w+", re.UNICODE)
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
# Take an entry's words out of the index (the 'delete' command needs the text that was
# indexed, which is what the view reads before the rows change) and put them in.
_UNINDEX = (
    "INSERT INTO debrief_search (debrief_search, rowid, body)"
    " SELECT 'delete', entry_rowid, body FROM debrief_search_text WHERE entry_rowid = ?"
)
# The same with the text given: a save reads the old text once (``_indexed_text``) and
# knows the new one (``_search_text``), so the view (two sorted subqueries) is not read
# again for each command.
_UNINDEX_TEXT = "INSERT INTO debrief_search (debrief_search, rowid, body) VALUES ('delete', ?, ?)"
_INDEX_TEXT = "INSERT INTO debrief_search (rowid, body) VALUES (?, ?)"
# Which analyser filled ``debrief_lemmas`` (``core.finnish``): another one (Voikko installed
# or gone) means the base forms are made anew (``refresh_lemmas``).
ANALYSER_KEY = "search_analyser"
REFRESH_BATCH = 250
# More matches than this are shown newest first rather than ranked (``_newest_rows``),
# looked for first among this many newest entries.
RANKED_AT_MOST = 2000
NEWEST_WINDOW = 500
_SNIPPET = f"snippet(debrief_search, 0, '{SNIPPET_START}', '{SNIPPET_END}', '…', 12)"
_SUMMARY_SQL = (
    f"SELECT {_SUMMARY.select_list('d')},"
    " (SELECT count(*) FROM follow_ups f WHERE f.entry_id = d.entry_id AND +f.done = 0),"
    " d.warning_signs <> '[]'"
)


def _date(value: object) -> date | None:
    return date.fromisoformat(str(value)) if value else None


def _search_text(entry: Debrief) -> str:
    """The text the view ``debrief_search_text`` reads for ``entry`` once it is saved:
    every non-empty free-text field on a line of its own, in the view's order (the same
    words in the same order is what the index needs; a test checks it against the view)."""
    shown = replace(entry, member_parts=entry.member_parts[:SEARCH_TEXT_MEMBER_PARTS])
    return "\n".join(text for text in long_text_fields(shown).values() if text)


def _indexed_text(conn: Connection, rowid: int) -> str:
    """The text of the saved entry ``rowid`` as the index holds it (read from the view)."""
    row = conn.execute(
        "SELECT body FROM debrief_search_text WHERE entry_rowid = ?", (rowid,)
    ).fetchone()
    return str(row[0] or "") if row is not None else ""


def _marked(body: str, bases: set[str], words_of: Analyser, around: int = 6) -> str | None:
    """A snippet of ``body`` with the first word whose base forms meet ``bases`` marked
    ("katuvelat" for "velka"), a few words either side; None when no word does. Only
    words sharing three letters with a base form are analysed (a hit's text, once)."""
    heads = {base[:3] for base in bases}
    tokens = list(_TOKEN.finditer(body))
    for index, token in enumerate(tokens):
        word = token.group().casefold()
        if not any(head in word for head in heads) or not words_of.bases(word) & bases:
            continue
        first = tokens[max(0, index - around)].start()
        last = tokens[min(len(tokens) - 1, index + around)].end()
        text = (
            body[first : token.start()]
            + SNIPPET_START
            + token.group()
            + SNIPPET_END
            + body[token.end() : last]
        )
        lead = "…" if first > 0 else ""
        tail = "…" if last < len(body) else ""
        return f"{lead}{text}{tail}"
    return None


def _rowid(row: tuple[object, ...]) -> int:
    rowid = row[0]
    assert isinstance(rowid, int)
    return rowid


def _snippets(conn: Connection, query: str, rowids: Sequence[int]) -> dict[int, str]:
    """The snippet of ``query`` in each of these entries it matches, by rowid. "+rowid":
    FTS5 scans the matches once and makes snippets for these rows only (a query per
    row would evaluate the whole query again each time)."""
    marks = ", ".join("?" * len(rowids))
    return {
        int(rowid): str(snippet)
        for rowid, snippet in conn.execute(
            f"SELECT rowid, {_SNIPPET} FROM debrief_search"
            f" WHERE debrief_search MATCH ? AND +rowid IN ({marks})",
            (query, *rowids),
        )
    }


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


# An open follow-up with its entry's date and client code (``open_follow_ups``).
_OPEN_FOLLOW_UP_SQL = (
    "SELECT f.follow_up_id, f.entry_id, f.task, f.owner, f.due, d.visit_date,"
    " coalesce(d.client_code, '') FROM follow_ups f JOIN debriefs d ON d.entry_id = f.entry_id"
)
# Those with a due date first, the earliest first, then those without a date.
_OPEN_FOLLOW_UP_ORDER = "f.due IS NULL, f.due, d.visit_date DESC, f.position"
# A follow-up of a live entry, without looking its entry up: the deleted entries are few
# and read from the live-by-date index.
_LIVE = (
    "f.entry_id NOT IN (SELECT entry_id FROM debriefs INDEXED BY debriefs_live_by_date"
    " WHERE deleted_at IS NOT NULL)"
)


def _open_follow_up(values: Sequence[object]) -> OpenFollowUp:
    follow_up_id, entry_id, task, owner, due, visit_date, client_code = values
    return OpenFollowUp(
        follow_up_id=str(follow_up_id),
        entry_id=str(entry_id),
        task=str(task),
        owner=str(owner),
        due=_date(due),
        visit_date=date.fromisoformat(str(visit_date)),
        client_code=str(client_code),
    )


class DebriefStore:
    """Debriefs of one unlocked pair journal (``Journal.debriefs``)."""

    def __init__(
        self, access: Access, drafts: DraftStore, words_of: Analyser | None = None
    ) -> None:
        self._access = access
        self._drafts = drafts
        self._words_of = words_of  # chosen when first needed (``core.finnish.analyser``)
        self._lemmas_current: bool | None = None

    def _analyser(self) -> Analyser:
        if self._words_of is None:
            self._words_of = analyser()
        return self._words_of

    def _use_lemmas(self, conn: Connection) -> bool:
        """True when the base-form index was filled by this process's analyser (and it
        gives base forms at all)."""
        if self._lemmas_current is None:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (ANALYSER_KEY,))
            found = row.fetchone()
            words_of = self._analyser()
            self._lemmas_current = (
                words_of is not PORTABLE
                and found is not None
                and str(found[0]) == words_of.analyser_id
            )
        return self._lemmas_current

    def _index_lemmas(
        self, conn: Connection, rowid: int, text: str, before: str | None = None
    ) -> None:
        """The base forms of an entry's ``text``; ``before`` is its text as saved until
        now (None for a new entry): when it has the same base forms, the row is kept.
        Written whenever the analyser gives base forms, also while ``refresh_lemmas`` is
        still making the rest (it is then not used for search yet; it re-reads every
        entry after emptying the table, so a row kept here is made anew there)."""
        words_of = self._analyser()
        if words_of is not PORTABLE:
            bases = words_of.text_bases(text)
            if before is not None and words_of.text_bases(before) == bases:
                return
            conn.execute("DELETE FROM debrief_lemmas WHERE rowid = ?", (rowid,))
            if bases:
                conn.execute(
                    "INSERT INTO debrief_lemmas (rowid, lemmas) VALUES (?, ?)", (rowid, bases)
                )

    def lemmas_need_refresh(self) -> bool:
        """True when the base-form index was made by another analyser than this one."""
        conn = self._access.connection()
        found = conn.execute("SELECT value FROM meta WHERE key = ?", (ANALYSER_KEY,)).fetchone()
        wanted = self._analyser().analyser_id
        return found is None or str(found[0]) != wanted

    def refresh_lemmas(self) -> int:
        """Make the base-form index anew when the analyser changed (Voikko installed
        later, or gone); run in the background after unlock. Returns how many entries
        were analysed (0 when it was current)."""
        if not self.lemmas_need_refresh():
            self._lemmas_current = None
            return 0
        words_of = self._analyser()
        with self._access.transaction() as conn:
            conn.execute("DELETE FROM meta WHERE key = ?", (ANALYSER_KEY,))
            conn.execute("INSERT INTO debrief_lemmas (debrief_lemmas) VALUES ('delete-all')")
        self._lemmas_current = None
        rowids = [
            int(r[0])
            for r in self._access.connection().execute("SELECT rowid FROM debriefs ORDER BY rowid")
        ]
        # A few hundred entries a transaction: the session is never held for long, and an
        # entry saved meanwhile writes its own base forms (``_index_lemmas``).
        for start in range(0, len(rowids), REFRESH_BATCH):
            batch = rowids[start : start + REFRESH_BATCH]
            marks = ", ".join("?" * len(batch))
            with self._access.transaction() as conn:
                for rowid, body in conn.execute(
                    "SELECT entry_rowid, body FROM debrief_search_text"
                    f" WHERE entry_rowid IN ({marks})",
                    batch,
                ).fetchall():
                    conn.execute("DELETE FROM debrief_lemmas WHERE rowid = ?", (rowid,))
                    bases = words_of.text_bases(str(body or ""))
                    if bases:
                        conn.execute(
                            "INSERT INTO debrief_lemmas (rowid, lemmas) VALUES (?, ?)",
                            (rowid, bases),
                        )
        with self._access.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                (ANALYSER_KEY, words_of.analyser_id),
            )
        self._lemmas_current = None
        return len(rowids)

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
            before: str | None = None  # the text as indexed until now (an edit)
            if entry.entry_id is None:
                entry = replace(entry, entry_id=new_id())
                write.insert(
                    DEBRIEFS, {**_ENTRY.values(entry), "created_at": now, "created_by": author}
                )
                rowid = int(
                    conn.execute(
                        "SELECT rowid FROM debriefs WHERE entry_id = ?", (entry.entry_id,)
                    ).fetchone()[0]
                )
            else:
                found = conn.execute(
                    "SELECT rowid FROM debriefs WHERE entry_id = ? AND deleted_at IS NULL",
                    (entry.entry_id,),
                ).fetchone()
                if found is None:
                    raise ValidationError(ValidationField.ENTRY, ValidationReason.NOT_FOUND)
                rowid = int(found[0])
                before = _indexed_text(conn, rowid)  # read before the rows change
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
            text = _search_text(entry)
            if text != before:  # an edit of other fields leaves the indexes as they are
                if before is not None:
                    conn.execute(_UNINDEX_TEXT, (rowid, before))
                conn.execute(_INDEX_TEXT, (rowid, text))
                self._index_lemmas(conn, rowid, text, before)
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
        snippets: int | None = None,
    ) -> list[SearchHit]:
        """Full-text search over every text field of the entries ``filters`` lets through.

        Every word is required, found by the prefixes of its inflected forms
        (``core.finnish.prefixes``), best matches first; where the base-form index is
        current, entries that hold a word only as another form of it (a compound,
        "katuvelat" for "velka") follow, newest first.

        ``snippets``: the found text is made for the first this many hits only (the rows
        on screen; each costs 0.03 ms at 10,000 entries, 0.3 ms with SQLCipher's memory
        security on), the others come with an empty one for ``found_texts`` to make
        (None: every hit has its found text)."""
        query = fts_query(text)
        if not query:
            return []
        where, params = _filter_sql(filters or DebriefFilter())
        conn = self._access.connection()
        matches = conn.execute(
            "SELECT count(*) FROM (SELECT 1 FROM debrief_search WHERE debrief_search MATCH ?"
            " LIMIT ?)",
            (query, RANKED_AT_MOST + 1),
        ).fetchone()[0]
        if int(matches) > RANKED_AT_MOST:
            rows = self._newest_rows(conn, query, where, params, limit, offset)
        else:
            rows = [
                tuple(row)
                for row in conn.execute(
                    f"SELECT d.rowid, {_HIT.select_list('d')}"
                    " FROM debrief_search JOIN debriefs d ON d.rowid = debrief_search.rowid"
                    f" WHERE debrief_search MATCH ? AND {where}"
                    " ORDER BY rank LIMIT ? OFFSET ?",
                    (query, *params, limit, offset),
                )
            ]
        if len(rows) < limit and self._use_lemmas(conn):
            rows += self._lemma_rows(
                conn, text, query, where, params, limit - len(rows), offset, len(rows)
            )
        rowids = [_rowid(row) for row in rows]
        texts = self._found_texts(conn, text, query, rowids[:snippets])
        return [
            _HIT.read(row[1:], snippet=texts.get(rowid, ""))
            for rowid, row in zip(rowids, rows, strict=True)
        ]

    def found_texts(self, text: str, entry_ids: Sequence[str]) -> dict[str, str]:
        """The found text of each of these search hits of ``text`` (those ``search`` left
        without one), by entry id: the same text ``search`` makes."""
        query = fts_query(text)
        if not query or not entry_ids:
            return {}
        conn = self._access.connection()
        marks = ", ".join("?" * len(entry_ids))
        rowids = {
            int(rowid): str(entry_id)
            for rowid, entry_id in conn.execute(
                f"SELECT rowid, entry_id FROM debriefs WHERE entry_id IN ({marks})",
                tuple(entry_ids),
            )
        }
        texts = self._found_texts(conn, text, query, list(rowids))
        return {rowids[rowid]: found for rowid, found in texts.items()}

    @staticmethod
    def _newest_rows(
        conn: Connection, query: str, where: str, params: list[object], limit: int, offset: int
    ) -> list[tuple[object, ...]]:
        """Hits of a query found in very many entries, newest first (ranking them all,
        bm25 for each, cost 0.2 s at 10,000 debriefs, and a word in nearly every entry
        ranks them by length alone).

        First among the newest ``NEWEST_WINDOW`` entries only: when they hold the page,
        it is the same page the whole journal gives (every entry left out is older than
        all of them), without gathering every match; otherwise from all entries."""
        select = f"SELECT d.rowid, {_HIT.select_list('d')} FROM debriefs d WHERE "
        order = " ORDER BY d.visit_date DESC, d.entry_id DESC"
        rows = conn.execute(
            f"WITH recent AS (SELECT d.rowid AS r FROM debriefs d WHERE {where}{order} LIMIT ?)"
            f" {select}d.rowid IN (SELECT rowid FROM debrief_search"
            # "+rowid": FTS5 scans its matches once, instead of a lookup per entry.
            " WHERE debrief_search MATCH ? AND +rowid IN (SELECT r FROM recent))"
            f"{order} LIMIT ? OFFSET ?",
            (*params, max(NEWEST_WINDOW, 4 * (limit + offset)), query, limit, offset),
        ).fetchall()
        if len(rows) == limit:
            return [tuple(row) for row in rows]
        return [
            tuple(row)
            for row in conn.execute(
                f"{select}{where} AND d.rowid IN"
                f" (SELECT rowid FROM debrief_search WHERE debrief_search MATCH ?){order}"
                " LIMIT ? OFFSET ?",
                (*params, query, limit, offset),
            )
        ]

    def _lemma_rows(
        self,
        conn: Connection,
        text: str,
        query: str,
        where: str,
        params: list[object],
        limit: int,
        offset: int,
        found: int,
    ) -> list[tuple[object, ...]]:
        """The entries the prefixes miss but the base forms find: each word in the text
        by a prefix or in the base-form index by one of its base forms."""
        words_of = self._analyser()
        clauses: list[str] = []
        values: list[object] = []
        by_base = False
        for word in words(text):
            bases = sorted(words_of.bases(word))
            by_prefix = "d.rowid IN (SELECT rowid FROM debrief_search WHERE debrief_search MATCH ?)"
            if not bases:
                clauses.append(by_prefix)
                values.append(word_query(word))
                continue
            clauses.append(
                f"({by_prefix} OR d.rowid IN"
                " (SELECT rowid FROM debrief_lemmas WHERE debrief_lemmas MATCH ?))"
            )
            values.extend((word_query(word), " OR ".join(f'"{b}"' for b in bases)))
            by_base = True
        if not by_base:  # every word by its prefixes only: the prefixes found them all
            return []
        if offset:  # the pages before took ``offset`` rows of both lists together
            before = conn.execute(
                "SELECT count(*) FROM debrief_search JOIN debriefs d"
                f" ON d.rowid = debrief_search.rowid WHERE debrief_search MATCH ? AND {where}",
                (query, *params),
            ).fetchone()[0]
            offset = max(0, offset - int(before))
        # Walked in date order, it stops at the page's last hit: starting from the entries
        # a base form finds instead was 7x slower for a word in thousands of them ("velan"
        # for "velka"), though faster where a base form finds few.
        rows = conn.execute(
            f"SELECT d.rowid, {_HIT.select_list('d')} FROM debriefs d"
            f" WHERE {where} AND {' AND '.join(clauses)}"
            " AND d.rowid NOT IN (SELECT rowid FROM debrief_search WHERE debrief_search MATCH ?)"
            " ORDER BY d.visit_date DESC, d.entry_id DESC LIMIT ? OFFSET ?",
            (*params, *values, query, limit, offset),
        ).fetchall()
        return [tuple(row) for row in rows]

    def _found_texts(
        self, conn: Connection, text: str, query: str, rowids: Sequence[int]
    ) -> dict[int, str]:
        """The found text of each hit by rowid: the query's snippet with its words marked;
        for a hit found by a base form only, the first word of that base form marked (or
        the snippet of any of the words). One pass over the matches for all of them."""
        if not rowids:
            return {}
        texts = _snippets(conn, query, rowids)
        by_base = [rowid for rowid in rowids if rowid not in texts]
        if not by_base:
            return texts
        words_of = self._analyser()
        bases = {b for word in words(text) for b in words_of.bases(word)}
        any_word = " OR ".join(word_query(word) for word in words(text))
        snippets = _snippets(conn, any_word, by_base)
        marks = ", ".join("?" * len(by_base))
        bodies = {
            int(rowid): str(body or "")
            for rowid, body in conn.execute(
                f"SELECT entry_rowid, body FROM debrief_search_text WHERE entry_rowid IN ({marks})",
                tuple(by_base),
            )
        }
        for rowid in by_base:
            shown = _marked(bodies.get(rowid, ""), bases, words_of)
            if shown is None:
                shown = snippets.get(rowid)
            texts[rowid] = shown or ""
        return texts

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
            conn.executemany(_UNINDEX, rowids)
            conn.executemany("DELETE FROM debrief_lemmas WHERE rowid = ?", rowids)
            write.delete(DEBRIEFS, "deleted_at IS NOT NULL", ())
            # FTS5 only marks deleted rows; merging drops their words for good.
            self._merge_index(conn)
        return len(rowids)

    @staticmethod
    def _merge_index(conn: Connection) -> None:
        conn.execute("INSERT INTO debrief_search (debrief_search) VALUES ('optimize')")

    def compact_search(self) -> None:
        """Merge the search index into one segment, so words taken out by edits and
        deletions leave the file's live pages (``PRAGMA secure_delete`` zeroes the freed
        ones). At lock and before a backup; about 0.1 s at 10,000 entries."""
        with self._access.transaction() as conn:
            self._merge_index(conn)

    def rebuild_search_index(self) -> int:
        """Index every entry anew from its rows (after an import); returns how many live
        entries there are.

        Each entry is read whole first, so an entry the app cannot read fails here."""
        live = len(self.full_entries())
        with self._access.transaction() as conn:
            conn.execute("INSERT INTO debrief_search (debrief_search) VALUES ('rebuild')")
            conn.execute("DELETE FROM meta WHERE key = ?", (ANALYSER_KEY,))
        self.refresh_lemmas()
        return live

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
        rows = self._access.connection().execute(
            f"{_OPEN_FOLLOW_UP_SQL} WHERE f.done = 0 AND d.deleted_at IS NULL"
            f" ORDER BY {_OPEN_FOLLOW_UP_ORDER}"
        )
        return [_open_follow_up(values) for values in rows.fetchall()]

    def overdue_follow_ups(self, today: date) -> tuple[int, OpenFollowUp | None]:
        """How many open follow-ups are past their date, and the earliest of them (first
        as in ``open_follow_ups``): the start notice, read without reading them all (there
        may be thousands at 10,000 debriefs, and looking up each one's entry cost 60 ms)."""
        conn = self._access.connection()
        day = today.isoformat()
        count = conn.execute(
            f"SELECT count(*) FROM follow_ups f WHERE f.done = 0 AND f.due < ? AND {_LIVE}",
            (day,),
        ).fetchone()[0]
        if not count:
            return 0, None
        first = conn.execute(
            f"{_OPEN_FOLLOW_UP_SQL} WHERE f.done = 0 AND f.due = (SELECT min(f.due)"
            f" FROM follow_ups f WHERE f.done = 0 AND f.due < ? AND {_LIVE})"
            f" AND d.deleted_at IS NULL ORDER BY {_OPEN_FOLLOW_UP_ORDER} LIMIT 1",
            (day,),
        ).fetchone()
        return int(count), _open_follow_up(first)

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
