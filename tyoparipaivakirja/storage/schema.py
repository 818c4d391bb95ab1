"""Schema versions and their ordered migrations, per kind of database file.

Each database records its version in ``PRAGMA user_version``. A file at a version
above the newest one known here was made by a newer app and is refused untouched.
Migrations run in order, each in one transaction with the version bump, so a crash
leaves the file at the old or at the new version, never between.

A migration is history: once released it never changes. What the tables look like
after all of them is described in ``storage.registry`` (a test compares the two). A
step is SQL statements, or a Python function where SQL alone cannot say it (rewriting
the JSON of drafts); both run in the step's one transaction. A step that rebuilds a
table others refer to (``rebuilds_tables``) runs with the references unchecked, and is
refused before its commit if any row then points nowhere. Two SQL functions are there
for every step: ``legacy_id(journal_id, table, key, order)`` (``core.ids.legacy_id``)
and ``legacy_stamp(moment)`` (``core.hlc.legacy``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tyoparipaivakirja.core import hlc, ids
from tyoparipaivakirja.core.errors import JournalCorrupt, SchemaTooNew
from tyoparipaivakirja.storage.cipher import Connection, DatabaseError, translate_error

type Step = str | Callable[[Connection], None]


@dataclass(frozen=True, slots=True)
class Migration:
    """One step from ``version - 1`` to ``version``: SQL statements and Python steps,
    in order, in one transaction."""

    version: int
    description: str
    statements: tuple[Step, ...]
    # Tables that others refer to are rebuilt: references are checked at the end.
    rebuilds_tables: bool = False
    # Much was dropped: the file is compacted (VACUUM) after the step, once.
    compacts: bool = False


_META_TABLE = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT
"""

# The role split (roolijako). A revision is edited while it is a draft, frozen while
# proposed, and never changes again once every member has accepted it: the triggers
# refuse it even if a bug in the app tried. Their message starts with the marker that
# ``cipher.translate_error`` turns into ``RevisionAccepted``.
_REFUSE_ACCEPTED = "SELECT RAISE(ABORT, 'revision_accepted: an accepted role split never changes')"
_ROLE_SPLIT_STATEMENTS: tuple[str, ...] = (
    """
    CREATE TABLE role_revisions (
        revision_id              TEXT PRIMARY KEY,
        version                  INTEGER NOT NULL UNIQUE CHECK (version >= 1),
        status                   TEXT NOT NULL
                                 CHECK (status IN ('draft', 'proposed', 'accepted')),
        effective_from           TEXT NOT NULL,
        next_review_on           TEXT,
        reason                   TEXT CHECK (reason IS NULL OR reason IN (
                                     'luottamus_kasvanut', 'koulutus_valmistunut',
                                     'tyoaika_muuttunut', 'kuormitus', 'asiakaskunta',
                                     'organisaatio', 'sovittu_tyonohjauksessa', 'muu')),
        reason_text              TEXT NOT NULL DEFAULT '',
        discussed_in_supervision INTEGER NOT NULL DEFAULT 0
                                 CHECK (discussed_in_supervision IN (0, 1)),
        frame                    TEXT NOT NULL CHECK (json_valid(frame)),
        created_at               TEXT NOT NULL,
        proposed_by              TEXT REFERENCES members (member_id),
        proposed_at              TEXT,
        accepted_at              TEXT
    ) STRICT
    """,
    # At most one revision is open (a draft or a proposal) at a time.
    """
    CREATE UNIQUE INDEX role_revisions_one_open
        ON role_revisions ((status <> 'accepted')) WHERE status <> 'accepted'
    """,
    """
    CREATE TABLE role_items (
        revision_id TEXT NOT NULL REFERENCES role_revisions (revision_id) ON DELETE CASCADE,
        item_id     TEXT NOT NULL,
        position    INTEGER NOT NULL,
        title       TEXT NOT NULL,
        lead        TEXT NOT NULL
                    CHECK (lead IN ('ammattilainen', 'kokemusasiantuntija', 'yhteinen')),
        note        TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (revision_id, item_id)
    ) STRICT
    """,
    """
    CREATE TABLE role_acceptances (
        revision_id TEXT NOT NULL REFERENCES role_revisions (revision_id) ON DELETE CASCADE,
        member_id   TEXT NOT NULL REFERENCES members (member_id),
        accepted_at TEXT NOT NULL,
        PRIMARY KEY (revision_id, member_id)
    ) STRICT
    """,
    """
    CREATE TABLE role_reviews (
        review_id                TEXT PRIMARY KEY,
        revision_id              TEXT NOT NULL REFERENCES role_revisions (revision_id),
        reviewed_on              TEXT NOT NULL,
        next_review_on           TEXT NOT NULL,
        discussed_in_supervision INTEGER NOT NULL CHECK (discussed_in_supervision IN (0, 1)),
        note                     TEXT NOT NULL DEFAULT '',
        recorded_by              TEXT NOT NULL REFERENCES members (member_id),
        recorded_at              TEXT NOT NULL
    ) STRICT
    """,
    # A revision is accepted only by an update, once every member has accepted it.
    f"""
    CREATE TRIGGER role_revisions_born_open BEFORE INSERT ON role_revisions
    WHEN NEW.status = 'accepted'
    BEGIN {_REFUSE_ACCEPTED}; END
    """,
    """
    CREATE TRIGGER role_revisions_accepted_by_all BEFORE UPDATE OF status ON role_revisions
    WHEN NEW.status = 'accepted' AND OLD.status <> 'accepted'
         AND (SELECT count(*) FROM role_acceptances WHERE revision_id = NEW.revision_id)
             < (SELECT count(*) FROM members)
    BEGIN SELECT RAISE(ABORT, 'role split not accepted by every member'); END
    """,
    f"""
    CREATE TRIGGER role_revisions_frozen_update BEFORE UPDATE ON role_revisions
    WHEN OLD.status = 'accepted'
    BEGIN {_REFUSE_ACCEPTED}; END
    """,
    f"""
    CREATE TRIGGER role_revisions_frozen_delete BEFORE DELETE ON role_revisions
    WHEN OLD.status = 'accepted'
    BEGIN {_REFUSE_ACCEPTED}; END
    """,
    *(
        f"""
        CREATE TRIGGER {table}_frozen_{event.lower()} BEFORE {event} ON {table}
        WHEN EXISTS (SELECT 1 FROM role_revisions
                     WHERE revision_id IN ({rows}) AND status = 'accepted')
        BEGIN {_REFUSE_ACCEPTED}; END
        """
        for table in ("role_items", "role_acceptances")
        for event, rows in (
            ("INSERT", "NEW.revision_id"),
            ("UPDATE", "OLD.revision_id, NEW.revision_id"),
            ("DELETE", "OLD.revision_id"),
        )
    ),
    """
    CREATE TRIGGER role_acceptances_only_proposed BEFORE INSERT ON role_acceptances
    WHEN (SELECT status FROM role_revisions WHERE revision_id = NEW.revision_id) = 'draft'
    BEGIN SELECT RAISE(ABORT, 'a draft role split cannot be accepted'); END
    """,
    # "Reviewed, no changes" is a record of what happened: written once, never changed.
    *(
        f"""
        CREATE TRIGGER role_reviews_frozen_{event.lower()} BEFORE {event} ON role_reviews
        BEGIN {_REFUSE_ACCEPTED}; END
        """
        for event in ("UPDATE", "DELETE")
    ),
)

ROLE_SPLIT_MIGRATION = Migration(
    2, "role split: revisions, responsibilities, acceptances, reviews", _ROLE_SPLIT_STATEMENTS
)

# Drafts of unfinished forms (see core.drafts and storage.drafts): one row per form,
# with the entity it edits (``target``) and the fingerprint of the saved version it
# started from (``base``). The same table in the pair journal and in each own area.
_FORM_DRAFTS_TABLE = """
CREATE TABLE form_drafts (
    form_id  TEXT PRIMARY KEY,
    kind     TEXT NOT NULL,
    target   TEXT,
    base     TEXT,
    body     TEXT NOT NULL CHECK (json_valid(body)),
    saved_at TEXT NOT NULL
) STRICT
"""

# --- version 2 of the data: text ids and a history that can be merged -------------------
#
# Pair journal 7 and own area 5. Rows a partner's copy could also create get text ids
# (``core.ids``): the integer ids of debriefs, follow-ups and topics become
# ``legacy_id``s, derived from the journal id, the table and the old number, so an own
# area migrated later finds its reflections' debriefs without a mapping table; agenda
# items, agreements and debrief edits, keyed by position or not at all, get ids of
# their own. Every mergeable row gets ``updated_at`` (a clock stamp; the legacy stamp
# for rows that existed before), deletions leave tombstones, and the pair journal gets
# this copy's device id.

_JOURNAL = "(SELECT value FROM meta WHERE key = 'journal_id')"
_REBUILT = (
    "debriefs",
    "follow_ups",
    "supervision_topics",
    "debrief_edits",
    "supervision_agenda",
    "supervision_agreements",
)
_LEGACY_STAMP = hlc.legacy(None).text
_ADD_UPDATED_AT = (
    "ALTER TABLE {} ADD COLUMN updated_at TEXT NOT NULL DEFAULT '" + _LEGACY_STAMP + "'"
)
_TOMBSTONES_TABLE = """
CREATE TABLE tombstones (
    table_name TEXT NOT NULL,
    row_id     TEXT NOT NULL,
    deleted_at TEXT NOT NULL,
    PRIMARY KEY (table_name, row_id)
) STRICT
"""


def _legacy(table: str, column: str) -> str:
    return f"legacy_id({_JOURNAL}, '{table}', {column}, {column})"


def _map_draft_ids(
    conn: Connection, kind: str, rewrite: Callable[[dict[str, object], str], None]
) -> None:
    """Rewrite the JSON of every draft of ``kind`` (a draft that no longer reads is left
    as it is: the app skips it)."""
    journal_id = str(conn.execute(f"SELECT {_JOURNAL}").fetchone()[0])
    rows = conn.execute(
        "SELECT form_id, target, body FROM form_drafts WHERE kind = ?", (kind,)
    ).fetchall()
    for form_id, target, body in rows:
        try:
            plain = json.loads(str(body))
        except ValueError:
            continue
        if not isinstance(plain, dict):
            continue
        rewrite(plain, journal_id)
        new_target = target
        if isinstance(target, str) and target.isdigit():
            new_target = ids.legacy_id(journal_id, "debriefs", int(target), int(target))
        conn.execute(
            "UPDATE form_drafts SET target = ?, body = ? WHERE form_id = ?",
            (new_target, json.dumps(plain, ensure_ascii=False, sort_keys=True), form_id),
        )


def _old_int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _debrief_draft_ids(plain: dict[str, object], journal_id: str) -> None:
    entry = _old_int(plain.get("entry_id"))
    if entry is not None:
        plain["entry_id"] = ids.legacy_id(journal_id, "debriefs", entry, entry)
    follow_ups = plain.get("follow_ups")
    for follow_up in follow_ups if isinstance(follow_ups, list) else []:
        if isinstance(follow_up, dict):
            old = _old_int(follow_up.get("follow_up_id"))
            if old is not None:
                follow_up["follow_up_id"] = ids.legacy_id(journal_id, "follow_ups", old, old)


def _session_draft_ids(plain: dict[str, object], journal_id: str) -> None:
    agenda = plain.get("agenda")
    for item in agenda if isinstance(agenda, list) else []:
        if isinstance(item, dict):
            old = _old_int(item.get("entry_id"))
            if old is not None:
                item["entry_id"] = ids.legacy_id(journal_id, "debriefs", old, old)


def _reflection_draft_ids(plain: dict[str, object], journal_id: str) -> None:
    old = _old_int(plain.get("entry_id"))
    if old is not None:  # 0 in a draft of a debrief not saved yet
        plain["entry_id"] = ids.legacy_id(journal_id, "debriefs", old, old) if old else ""


def _pair_drafts(conn: Connection) -> None:
    _map_draft_ids(conn, "debrief", _debrief_draft_ids)
    _map_draft_ids(conn, "supervision", _session_draft_ids)


def _own_drafts(conn: Connection) -> None:
    _map_draft_ids(conn, "reflection", _reflection_draft_ids)


PAIR_IDS_AND_HISTORY = Migration(
    7,
    "text ids, a device id, clock stamps and tombstones (a history two copies can merge)",
    (
        _TOMBSTONES_TABLE,
        "INSERT OR IGNORE INTO meta (key, value) VALUES ('device_id', lower(hex(randomblob(8))))",
        *(
            _ADD_UPDATED_AT.format(table)
            for table in (
                "members",
                "client_codes",
                "role_revisions",
                "role_items",
                "role_acceptances",
                "role_reviews",
                "shared_stress_trends",
                "shared_stress_weeks",
                "supervision_sessions",
            )
        ),
        # The rebuilt tables are copied aside (in memory) and made anew; no RENAME, which
        # re-reads the whole schema each time (about 17 ms a table, also for a new journal).
        *(
            f"CREATE TEMP TABLE old_{table} AS SELECT rowid AS old_rowid, * FROM {table}"
            for table in _REBUILT
        ),
        *(f"DROP TABLE {table}" for table in _REBUILT),
        # The explicit rowid is the search index's key: declared, VACUUM never renumbers it.
        """
        CREATE TABLE debriefs (
            rowid                INTEGER PRIMARY KEY,
            entry_id             TEXT NOT NULL UNIQUE,
            visit_date           TEXT NOT NULL,
            visit_type           TEXT NOT NULL,
            presence             TEXT NOT NULL,
            client_code          TEXT REFERENCES client_codes (code),
            themes               TEXT NOT NULL DEFAULT '[]',
            uppermost            TEXT NOT NULL DEFAULT '',
            goal                 TEXT NOT NULL DEFAULT '',
            what_happened        TEXT NOT NULL DEFAULT '',
            member_parts         TEXT NOT NULL DEFAULT '[]',
            role_split_worked    TEXT,
            role_split_note      TEXT NOT NULL DEFAULT '',
            warning_signs        TEXT NOT NULL DEFAULT '[]',
            warning_noticed_by   TEXT NOT NULL DEFAULT '',
            warning_noticed_from TEXT NOT NULL DEFAULT '',
            warning_agreed       TEXT NOT NULL DEFAULT '',
            went_well            TEXT NOT NULL DEFAULT '',
            was_hard             TEXT NOT NULL DEFAULT '',
            learning             TEXT NOT NULL DEFAULT '',
            sharing              TEXT NOT NULL,
            status               TEXT NOT NULL,
            shared_strain        TEXT NOT NULL DEFAULT '[]',
            created_at           TEXT NOT NULL,
            created_by           TEXT NOT NULL,
            updated_at           TEXT NOT NULL,
            deleted_at           TEXT
        ) STRICT
        """,
        # The old integer id stays the row number, so the search index still fits.
        f"""
        INSERT INTO debriefs
        SELECT entry_id, {_legacy("debriefs", "entry_id")}, visit_date, visit_type, presence,
               client_code, themes, uppermost, goal, what_happened, member_parts,
               role_split_worked, role_split_note, warning_signs, warning_noticed_by,
               warning_noticed_from, warning_agreed, went_well, was_hard, learning, sharing,
               status, shared_strain, created_at, created_by, '{_LEGACY_STAMP}', deleted_at
        FROM temp.old_debriefs
        """,
        """
        CREATE TABLE follow_ups (
            follow_up_id TEXT PRIMARY KEY,
            entry_id     TEXT NOT NULL REFERENCES debriefs (entry_id) ON DELETE CASCADE,
            position     INTEGER NOT NULL,
            task         TEXT NOT NULL,
            owner        TEXT NOT NULL,
            due          TEXT,
            done         INTEGER NOT NULL DEFAULT 0,
            done_at      TEXT,
            updated_at   TEXT NOT NULL
        ) STRICT
        """,
        f"""
        INSERT INTO follow_ups
        SELECT {_legacy("follow_ups", "follow_up_id")}, {_legacy("debriefs", "entry_id")},
               position, task, owner, due, done, done_at, '{_LEGACY_STAMP}'
        FROM temp.old_follow_ups
        """,
        """
        CREATE TABLE supervision_topics (
            topic_id   TEXT PRIMARY KEY,
            entry_id   TEXT NOT NULL REFERENCES debriefs (entry_id) ON DELETE CASCADE,
            position   INTEGER NOT NULL,
            text       TEXT NOT NULL,
            tags       TEXT NOT NULL DEFAULT '[]',
            raised_by  TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) STRICT
        """,
        f"""
        INSERT INTO supervision_topics
        SELECT {_legacy("supervision_topics", "topic_id")}, {_legacy("debriefs", "entry_id")},
               position, text, tags, raised_by, '{_LEGACY_STAMP}'
        FROM temp.old_supervision_topics
        """,
        """
        CREATE TABLE debrief_edits (
            edit_id    TEXT PRIMARY KEY,
            entry_id   TEXT NOT NULL REFERENCES debriefs (entry_id) ON DELETE CASCADE,
            member_id  TEXT NOT NULL,
            at         TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) STRICT
        """,
        # An edit had no id: its own is derived from what it records (and, for the same
        # member saving twice within a second, its place among those).
        f"""
        INSERT INTO debrief_edits
        SELECT legacy_id({_JOURNAL}, 'debrief_edits',
                         entry_id || '/' || member_id || '/' || at || '/' || duplicate, 0),
               {_legacy("debriefs", "entry_id")}, member_id, at, '{_LEGACY_STAMP}'
        FROM (SELECT entry_id, member_id, at, old_rowid AS row_number,
                     row_number() OVER (PARTITION BY entry_id, member_id, at ORDER BY old_rowid)
                         - 1 AS duplicate
              FROM temp.old_debrief_edits)
        ORDER BY row_number
        """,
        # Live entries by date: the list, its count and its paging read only this index.
        "CREATE INDEX debriefs_live_by_date"
        " ON debriefs (deleted_at, visit_date DESC, entry_id DESC)",
        "CREATE INDEX follow_ups_by_entry ON follow_ups (entry_id, position)",
        "CREATE INDEX follow_ups_open ON follow_ups (done, due)",
        "CREATE INDEX supervision_topics_by_entry ON supervision_topics (entry_id, position)",
        "CREATE INDEX debrief_edits_by_entry ON debrief_edits (entry_id, at)",
        """
        CREATE TABLE supervision_agenda (
            item_id    TEXT PRIMARY KEY,
            session_id TEXT NOT NULL
                       REFERENCES supervision_sessions (session_id) ON DELETE CASCADE,
            position   INTEGER NOT NULL,
            text       TEXT NOT NULL,
            tags       TEXT NOT NULL DEFAULT '[]',
            raised_by  TEXT NOT NULL,
            entry_id   TEXT,
            updated_at TEXT NOT NULL
        ) STRICT
        """,
        f"""
        INSERT INTO supervision_agenda
        SELECT legacy_id({_JOURNAL}, 'supervision_agenda', session_id || '/' || position,
                         position),
               session_id, position, text, tags, raised_by,
               CASE WHEN entry_id IS NULL THEN NULL ELSE {_legacy("debriefs", "entry_id")} END,
               '{_LEGACY_STAMP}'
        FROM temp.old_supervision_agenda
        """,
        """
        CREATE TABLE supervision_agreements (
            agreement_id TEXT PRIMARY KEY,
            session_id   TEXT NOT NULL
                         REFERENCES supervision_sessions (session_id) ON DELETE CASCADE,
            position     INTEGER NOT NULL,
            text         TEXT NOT NULL,
            owner        TEXT NOT NULL,
            status       TEXT NOT NULL
                         CHECK (status IN ('avoin', 'kesken', 'tehty', 'luovuttu')),
            updated_at   TEXT NOT NULL
        ) STRICT
        """,
        f"""
        INSERT INTO supervision_agreements
        SELECT legacy_id({_JOURNAL}, 'supervision_agreements', session_id || '/' || position,
                         position),
               session_id, position, text, owner, status, '{_LEGACY_STAMP}'
        FROM temp.old_supervision_agreements
        """,
        "CREATE INDEX supervision_agenda_by_session ON supervision_agenda (session_id, position)",
        "CREATE INDEX supervision_agreements_by_session"
        " ON supervision_agreements (session_id, position)",
        *(f"DROP TABLE temp.old_{table}" for table in _REBUILT),
        _pair_drafts,
    ),
    rebuilds_tables=True,
)

OWN_IDS_AND_HISTORY = Migration(
    5,
    "text ids of reflections (the debrief's own), clock stamps and tombstones",
    (
        _TOMBSTONES_TABLE,
        "CREATE TEMP TABLE old_visit_reflections AS SELECT * FROM visit_reflections",
        "DROP TABLE visit_reflections",
        """
        CREATE TABLE visit_reflections (
            entry_id         TEXT PRIMARY KEY,
            visit_date       TEXT NOT NULL,
            strain           INTEGER CHECK (strain BETWEEN 0 AND 10),
            past_close       TEXT,
            wants_to_debrief INTEGER NOT NULL DEFAULT 0,
            feelings         TEXT NOT NULL DEFAULT '',
            shared_with_pair INTEGER NOT NULL DEFAULT 0,
            saved_at         TEXT NOT NULL,
            updated_at       TEXT NOT NULL
        ) STRICT
        """,
        f"""
        INSERT INTO visit_reflections
        SELECT {_legacy("debriefs", "entry_id")}, visit_date, strain, past_close,
               wants_to_debrief, feelings, shared_with_pair, saved_at, '{_LEGACY_STAMP}'
        FROM temp.old_visit_reflections
        """,
        "DROP TABLE temp.old_visit_reflections",
        "CREATE INDEX visit_reflections_date ON visit_reflections (visit_date)",
        # A check-in's last change was a moment: it becomes the stamp of that moment.
        "UPDATE checkins SET updated_at = legacy_stamp(updated_at)",
        *(
            _ADD_UPDATED_AT.format(table)
            for table in ("checkin_answers", "checkin_talk", "nudge_memory", "checkin_settings")
        ),
        _own_drafts,
    ),
)

# How many members' parts the view below reads (core.members.MAX_MEMBERS as migration 9
# was written); ``storage.debriefs._search_text`` gives the index the same ones.
SEARCH_TEXT_MEMBER_PARTS = 6
# The text the search index reads (an external-content FTS5 table keeps no copy of it):
# every free-text field of a debrief, as ``core.debriefs.long_text_fields`` lists them,
# one per line. The index is kept by ``storage.debriefs`` in the same transaction as the
# rows, and merged at lock (``storage.debriefs.DebriefStore.compact_search``).
SEARCH_TEXT_VIEW = """
CREATE VIEW debrief_search_text AS
SELECT
    d.rowid AS entry_rowid,
    concat_ws(
        char(10),
        nullif(d.uppermost, ''),
        nullif(d.goal, ''),
        nullif(d.what_happened, ''),
        nullif(d.role_split_note, ''),
        nullif(d.warning_noticed_from, ''),
        nullif(d.warning_agreed, ''),
        nullif(d.went_well, ''),
        nullif(d.was_hard, ''),
        nullif(d.learning, ''),
        {member_parts},
        (SELECT group_concat(nullif(f.task, ''), char(10) ORDER BY f.position)
         FROM follow_ups f WHERE f.entry_id = d.entry_id),
        (SELECT group_concat(nullif(t.text, ''), char(10) ORDER BY t.position)
         FROM supervision_topics t WHERE t.entry_id = d.entry_id)
    ) AS body
FROM debriefs d
""".format(
    # json_each() cannot be used here: FTS5 reads the view as main.debrief_search_text,
    # and a table-valued function inside it would then be looked up as a table of main.
    member_parts=", ".join(
        f"nullif(d.member_parts ->> '$[{index}].free_text', '')"
        for index in range(SEARCH_TEXT_MEMBER_PARTS)
    )
)

# ä, ö and å stay letters of their own: no diacritic folding.
SEARCH_INDEX = (
    "CREATE VIRTUAL TABLE debrief_search USING fts5(body,"
    " content = 'debrief_search_text', content_rowid = 'entry_rowid',"
    " tokenize = 'unicode61 remove_diacritics 0')"
)

# Base forms and compound parts of the words of each debrief (``core.finnish``), keyed by
# the debrief's rowid: an index only (no text kept), so a row can be deleted by rowid.
LEMMA_INDEX = (
    "CREATE VIRTUAL TABLE debrief_lemmas USING fts5(lemmas, content = '',"
    " contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0')"
)


PAIR_MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "journal metadata and members",
        (
            _META_TABLE,
            """
            CREATE TABLE members (
                member_id    TEXT PRIMARY KEY,
                display_name TEXT NOT NULL,
                role         TEXT NOT NULL
                             CHECK (role IN ('kokemusasiantuntija', 'ammattilainen')),
                position     INTEGER NOT NULL,
                created_at   TEXT NOT NULL
            ) STRICT
            """,
        ),
    ),
    ROLE_SPLIT_MIGRATION,
    Migration(
        3,
        "debrief entries, follow-ups, supervision topics, drafts and search",
        (
            "CREATE TABLE client_codes (code TEXT PRIMARY KEY, created_at TEXT NOT NULL) STRICT",
            """
            CREATE TABLE debriefs (
                entry_id             INTEGER PRIMARY KEY,
                visit_date           TEXT NOT NULL,
                visit_type           TEXT NOT NULL,
                presence             TEXT NOT NULL,
                client_code          TEXT REFERENCES client_codes (code),
                themes               TEXT NOT NULL DEFAULT '[]',
                uppermost            TEXT NOT NULL DEFAULT '',
                goal                 TEXT NOT NULL DEFAULT '',
                what_happened        TEXT NOT NULL DEFAULT '',
                member_parts         TEXT NOT NULL DEFAULT '[]',
                role_split_worked    TEXT,
                role_split_note      TEXT NOT NULL DEFAULT '',
                warning_signs        TEXT NOT NULL DEFAULT '[]',
                warning_noticed_by   TEXT NOT NULL DEFAULT '',
                warning_noticed_from TEXT NOT NULL DEFAULT '',
                warning_agreed       TEXT NOT NULL DEFAULT '',
                went_well            TEXT NOT NULL DEFAULT '',
                was_hard             TEXT NOT NULL DEFAULT '',
                learning             TEXT NOT NULL DEFAULT '',
                sharing              TEXT NOT NULL,
                status               TEXT NOT NULL,
                shared_strain        TEXT NOT NULL DEFAULT '[]',
                created_at           TEXT NOT NULL,
                created_by           TEXT NOT NULL,
                deleted_at           TEXT
            ) STRICT
            """,
            # Live entries by date: the list, its count and its paging read only this index.
            "CREATE INDEX debriefs_live_by_date"
            " ON debriefs (deleted_at, visit_date DESC, entry_id DESC)",
            """
            CREATE TABLE follow_ups (
                follow_up_id INTEGER PRIMARY KEY,
                entry_id     INTEGER NOT NULL REFERENCES debriefs (entry_id) ON DELETE CASCADE,
                position     INTEGER NOT NULL,
                task         TEXT NOT NULL,
                owner        TEXT NOT NULL,
                due          TEXT,
                done         INTEGER NOT NULL DEFAULT 0,
                done_at      TEXT
            ) STRICT
            """,
            "CREATE INDEX follow_ups_by_entry ON follow_ups (entry_id)",
            "CREATE INDEX follow_ups_open ON follow_ups (done, due)",
            """
            CREATE TABLE supervision_topics (
                topic_id  INTEGER PRIMARY KEY,
                entry_id  INTEGER NOT NULL REFERENCES debriefs (entry_id) ON DELETE CASCADE,
                position  INTEGER NOT NULL,
                text      TEXT NOT NULL,
                tags      TEXT NOT NULL DEFAULT '[]',
                raised_by TEXT NOT NULL
            ) STRICT
            """,
            "CREATE INDEX supervision_topics_by_entry ON supervision_topics (entry_id)",
            """
            CREATE TABLE debrief_edits (
                entry_id  INTEGER NOT NULL REFERENCES debriefs (entry_id) ON DELETE CASCADE,
                member_id TEXT NOT NULL,
                at        TEXT NOT NULL
            ) STRICT
            """,
            "CREATE INDEX debrief_edits_by_entry ON debrief_edits (entry_id)",
            """
            CREATE TABLE drafts (
                draft_key TEXT PRIMARY KEY,
                entry_id  INTEGER,
                body      TEXT NOT NULL,
                saved_at  TEXT NOT NULL
            ) STRICT
            """,
            # ä, ö and å stay letters of their own: no diacritic folding.
            "CREATE VIRTUAL TABLE debrief_search USING fts5("
            "body, tokenize = 'unicode61 remove_diacritics 0')",
            # Edited-out or deleted words leave the index at once, not at a later merge.
            "INSERT INTO debrief_search (debrief_search, rank) VALUES ('secure-delete', 1)",
        ),
    ),
    Migration(
        4,
        "well-being trends a member chose to share (weekly stress values and a word only)",
        (
            """
            CREATE TABLE shared_stress_trends (
                share_id     TEXT PRIMARY KEY,
                member_id    TEXT NOT NULL REFERENCES members (member_id),
                period_start TEXT NOT NULL,
                period_end   TEXT NOT NULL,
                trend        TEXT NOT NULL CHECK (trend IN ('tasainen', 'nouseva', 'laskeva')),
                CHECK (period_start <= period_end)
            ) STRICT
            """,
            """
            CREATE TABLE shared_stress_weeks (
                share_id   TEXT NOT NULL
                           REFERENCES shared_stress_trends (share_id) ON DELETE CASCADE,
                week_start TEXT NOT NULL,
                stress     INTEGER NOT NULL CHECK (stress BETWEEN 1 AND 5),
                PRIMARY KEY (share_id, week_start)
            ) STRICT
            """,
        ),
    ),
    Migration(
        5,
        "work supervision sessions, their agendas and agreements",
        (
            """
            CREATE TABLE supervision_sessions (
                session_id TEXT PRIMARY KEY,
                held_on    TEXT NOT NULL,
                supervisor TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL
            ) STRICT
            """,
            "CREATE INDEX supervision_sessions_by_date ON supervision_sessions (held_on)",
            """
            CREATE TABLE supervision_agenda (
                session_id TEXT NOT NULL
                           REFERENCES supervision_sessions (session_id) ON DELETE CASCADE,
                position   INTEGER NOT NULL,
                text       TEXT NOT NULL,
                tags       TEXT NOT NULL DEFAULT '[]',
                raised_by  TEXT NOT NULL,
                entry_id   INTEGER,
                PRIMARY KEY (session_id, position)
            ) STRICT
            """,
            """
            CREATE TABLE supervision_agreements (
                session_id TEXT NOT NULL
                           REFERENCES supervision_sessions (session_id) ON DELETE CASCADE,
                position   INTEGER NOT NULL,
                text       TEXT NOT NULL,
                owner      TEXT NOT NULL,
                status     TEXT NOT NULL
                           CHECK (status IN ('avoin', 'kesken', 'tehty', 'luovuttu')),
                PRIMARY KEY (session_id, position)
            ) STRICT
            """,
        ),
    ),
    Migration(
        6,
        "drafts of every form in one table (debrief drafts move into it)",
        (
            _FORM_DRAFTS_TABLE,
            "CREATE INDEX form_drafts_by_kind ON form_drafts (kind, target)",
            "INSERT INTO form_drafts (form_id, kind, target, base, body, saved_at)"
            " SELECT draft_key, 'debrief', CAST(entry_id AS TEXT), NULL, body, saved_at"
            " FROM drafts WHERE json_valid(body)",
            "DROP TABLE drafts",
        ),
    ),
    PAIR_IDS_AND_HISTORY,
    Migration(
        8,
        "the visit's duration in minutes (for the fee log)",
        (
            "ALTER TABLE debriefs ADD COLUMN duration_minutes INTEGER"
            " CHECK (duration_minutes BETWEEN 0 AND 1440)",
        ),
    ),
    Migration(
        9,
        "the search index reads the text from the debriefs (no second copy of it); "
        "Finnish base forms are indexed beside it",
        (
            "DROP TABLE debrief_search",
            SEARCH_TEXT_VIEW,
            SEARCH_INDEX,
            LEMMA_INDEX,
            "INSERT INTO debrief_search (debrief_search) VALUES ('rebuild')",
        ),
        compacts=True,
    ),
    Migration(
        10,
        "open follow-ups read their entry's date and client code from an index",
        (
            # ``DebriefStore.open_follow_ups``: each follow-up's entry (live or not, its
            # date, its client code) from this index alone, not from the entry's row.
            "CREATE INDEX debriefs_by_entry"
            " ON debriefs (entry_id, deleted_at, visit_date, client_code)",
        ),
    ),
)

PERSONAL_MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "personal area metadata", (_META_TABLE,)),
    Migration(
        2,
        "own reflections on visits",
        (
            """
            CREATE TABLE visit_reflections (
                entry_id         INTEGER PRIMARY KEY,
                visit_date       TEXT NOT NULL,
                strain           INTEGER CHECK (strain BETWEEN 0 AND 10),
                past_close       TEXT,
                wants_to_debrief INTEGER NOT NULL DEFAULT 0,
                feelings         TEXT NOT NULL DEFAULT '',
                shared_with_pair INTEGER NOT NULL DEFAULT 0,
                saved_at         TEXT NOT NULL
            ) STRICT
            """,
            "CREATE INDEX visit_reflections_date ON visit_reflections (visit_date)",
        ),
    ),
    Migration(
        3,
        "strain check-ins, nudge memory and check-in settings",
        (
            """
            CREATE TABLE checkins (
                checkin_id TEXT PRIMARY KEY,
                day        TEXT NOT NULL,
                note       TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            ) STRICT
            """,
            "CREATE INDEX checkins_by_day ON checkins (day)",
            """
            CREATE TABLE checkin_answers (
                checkin_id    TEXT NOT NULL REFERENCES checkins (checkin_id) ON DELETE CASCADE,
                instrument_id TEXT NOT NULL,
                item_id       TEXT NOT NULL,
                value         INTEGER NOT NULL,
                PRIMARY KEY (checkin_id, instrument_id, item_id)
            ) STRICT
            """,
            """
            CREATE TABLE checkin_talk (
                checkin_id TEXT NOT NULL REFERENCES checkins (checkin_id) ON DELETE CASCADE,
                choice     TEXT NOT NULL CHECK (
                    choice IN ('tyopari', 'tyonohjaus', 'esihenkilo', 'tyoterveyshuolto', 'en_nyt')
                ),
                PRIMARY KEY (checkin_id, choice)
            ) STRICT
            """,
            """
            CREATE TABLE nudge_memory (
                rule            TEXT PRIMARY KEY,
                acknowledged_on TEXT,
                snoozed_until   TEXT
            ) STRICT
            """,
            """
            CREATE TABLE checkin_settings (
                key   TEXT PRIMARY KEY,
                value TEXT NOT NULL
            ) STRICT
            """,
        ),
    ),
    Migration(
        4,
        "drafts of the owner's unfinished forms (check-ins, own reflections)",
        (
            _FORM_DRAFTS_TABLE,
            "CREATE INDEX form_drafts_by_kind ON form_drafts (kind, target)",
        ),
    ),
    OWN_IDS_AND_HISTORY,
)

KEYCHECK_MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "passphrase check metadata", (_META_TABLE,)),
)


def latest_version(migrations: Sequence[Migration]) -> int:
    return migrations[-1].version if migrations else 0


def read_version(conn: Connection) -> int:
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    except DatabaseError as exc:
        raise translate_error(exc) from None


def check_not_too_new(conn: Connection, migrations: Sequence[Migration]) -> int:
    """Return the file's version; raise ``SchemaTooNew`` before anything is written."""
    found = read_version(conn)
    supported = latest_version(migrations)
    if found > supported:
        raise SchemaTooNew(found, supported)
    return found


def migrate(
    conn: Connection,
    migrations: Sequence[Migration],
    *,
    before_first_step: Callable[[int], None] | None = None,
) -> int:
    """Bring the database up to the newest version and return it.

    ``before_first_step`` is called with the current version when at least one
    migration will run on an existing (non-empty) database: the place to take a backup.
    """
    current = check_not_too_new(conn, migrations)
    pending = [step for step in migrations if step.version > current]
    if not pending:
        return current
    if current > 0 and before_first_step is not None:
        before_first_step(current)
    _add_functions(conn)
    if current == 0:
        # A new, empty database: every step in one transaction (one write to disk
        # instead of one per step; a crash leaves nothing half made either).
        _run(conn, *pending)
        return pending[-1].version
    for step in pending:
        _run(conn, step)
        current = step.version
    if any(step.compacts for step in pending):
        try:
            conn.execute("VACUUM")  # outside a transaction; freed pages leave the file
        except DatabaseError as exc:
            raise translate_error(exc) from None
    return current


def _add_functions(conn: Connection) -> None:
    """The SQL functions migration statements may call."""
    conn.create_function("legacy_id", 4, _legacy_id_sql, deterministic=True)
    conn.create_function("legacy_stamp", 1, _legacy_stamp_sql, deterministic=True)


def _legacy_id_sql(journal_id: str, table: str, key: object, order: int) -> str:
    return ids.legacy_id(str(journal_id), str(table), str(key), int(order))


def _legacy_stamp_sql(moment: str | None) -> str:
    return hlc.legacy(moment).text


def _run(conn: Connection, *steps: Migration) -> None:
    """Migration steps in one transaction with the version bump to the last of them."""
    rebuilds = any(step.rebuilds_tables for step in steps)
    if rebuilds:
        conn.execute("PRAGMA foreign_keys = OFF")  # only outside a transaction
    try:
        conn.execute("BEGIN IMMEDIATE")
        for step in steps:
            for statement in step.statements:
                if isinstance(statement, str):
                    conn.execute(statement)
                else:
                    statement(conn)
        if rebuilds and conn.execute("PRAGMA foreign_key_check").fetchall():
            raise JournalCorrupt(f"migration {steps[-1].version} left rows pointing nowhere")
        conn.execute(f"PRAGMA user_version = {int(steps[-1].version)}")
        conn.execute("COMMIT")
    except DatabaseError as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise translate_error(exc) from None
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        if rebuilds:
            conn.execute("PRAGMA foreign_keys = ON")
