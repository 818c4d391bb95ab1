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
)

PERSONAL_MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "personal area metadata", (_META_TABLE,)),
    Migration(
        2,
        "strain check-ins, visit strain, nudge memory and check-in settings",
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
            CREATE TABLE visit_strain (
                visit_id   TEXT PRIMARY KEY,
                day        TEXT NOT NULL,
                strain     INTEGER NOT NULL CHECK (strain BETWEEN 0 AND 10),
                debrief_id TEXT,
                created_at TEXT NOT NULL
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
