"""Schema versions and their ordered migrations, per kind of database file.

Each database records its version in ``PRAGMA user_version``. A file at a version
above the newest one known here was made by a newer app and is refused untouched.
Migrations run in order, each in one transaction with the version bump, so a crash
leaves the file at the old or at the new version, never between.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tyoparipaivakirja.core.errors import SchemaTooNew
from tyoparipaivakirja.storage.cipher import Connection, DatabaseError, translate_error


@dataclass(frozen=True, slots=True)
class Migration:
    """One step from ``version - 1`` to ``version``."""

    version: int
    description: str
    statements: tuple[str, ...]


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
    for step in pending:
        try:
            conn.execute("BEGIN IMMEDIATE")
            for statement in step.statements:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {int(step.version)}")
            conn.execute("COMMIT")
        except DatabaseError as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise translate_error(exc) from None
        current = step.version
    return current
