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
    Migration(
        2,
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
