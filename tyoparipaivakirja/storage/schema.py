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
)

PERSONAL_MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "personal area metadata", (_META_TABLE,)),
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
