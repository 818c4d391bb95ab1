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
