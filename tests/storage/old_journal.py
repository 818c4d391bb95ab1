"""Journals as earlier versions of the app made them, for the migration tests.

A journal of pair schema 6 / own area schema 4 (the last with integer ids) is built from
the old migrations, with the SQL those versions wrote: integer debrief, follow-up and
topic ids, agenda items and agreements keyed by position, edits without ids, own
reflections keyed by the debrief's integer id, a check-in's ``updated_at`` as a moment,
and drafts whose JSON holds integer ids. Nothing of today's stores is used to write it.
"""

from __future__ import annotations

import contextlib
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tests.conftest import PAIR_PASSPHRASE
from tests.storage.helpers import PERSONAL_PASSPHRASE_JARI
from tyoparipaivakirja.storage import cipher, database, schema
from tyoparipaivakirja.storage.files import ensure_private_folder

PAIR_VERSION = 6
OWN_VERSION = 4
JOURNAL_ID = "c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3"
JARI = "a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1"
SANNA = "b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2"
CREATED = "2026-01-05T09:00:00+00:00"


@dataclass
class OldJournal:
    """What was written, to compare with what the migrated journal holds."""

    folder: Path
    debriefs: dict[int, str] = field(default_factory=dict)  # old id → uppermost
    deleted: int = 0  # an entry deleted but not purged
    rows: dict[str, int] = field(default_factory=dict)  # table → rows written


def _create(files: database.DatabaseFiles, passphrase: str, meta: dict[str, str]) -> None:
    conn = database.create_database(files, passphrase, meta)
    cipher.close_quietly(conn)


def _old_files(files: database.DatabaseFiles, version: int) -> database.DatabaseFiles:
    old = tuple(m for m in files.migrations if m.version <= version)
    return database.DatabaseFiles(files.main, files.keycheck, files.kind, old, files.journal_folder)


def _open(path: Path, passphrase: str) -> cipher.Connection:
    conn = cipher.connect(path, passphrase, create=False)
    cipher.configure(conn)
    return conn


@contextlib.contextmanager
def old_pair(folder: Path) -> Iterator[cipher.Connection]:
    """One write transaction on the (old) pair journal of ``folder``, as that version."""
    conn = _open(folder / "pair.db", PAIR_PASSPHRASE)
    try:
        with database.transaction(conn):
            yield conn
    finally:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cipher.close_quietly(conn)


def make_pair(folder: Path, version: int = PAIR_VERSION) -> None:
    """An empty pair journal of ``version`` with its two members, as that version made it."""
    ensure_private_folder(folder)
    files = _old_files(database.pair_files(folder), version)
    _create(files, PAIR_PASSPHRASE, {"journal_id": JOURNAL_ID, "name": "Vanha työpari"})
    conn = _open(files.main, PAIR_PASSPHRASE)
    try:
        with database.transaction(conn):
            conn.executemany(
                "INSERT INTO members (member_id, display_name, role, position, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                [
                    (JARI, "Jari", "kokemusasiantuntija", 0, CREATED),
                    (SANNA, "Sanna", "ammattilainen", 1, CREATED),
                ],
            )
    finally:
        cipher.close_quietly(conn)


def make_old_journal(folder: Path) -> OldJournal:
    """A pair journal of schema 6 with debriefs, supervision and drafts, and Jari's own
    area of schema 4 with reflections on two of the debriefs, a check-in and a draft."""
    make_pair(folder)
    old = OldJournal(folder)
    conn = _open(folder / "pair.db", PAIR_PASSPHRASE)
    try:
        with database.transaction(conn):
            _write_pair(conn, old)
    finally:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cipher.close_quietly(conn)
    ensure_private_folder(folder / "personal")
    files = _old_files(database.personal_files(folder, JARI), OWN_VERSION)
    _create(files, PERSONAL_PASSPHRASE_JARI, {"journal_id": JOURNAL_ID, "member_id": JARI})
    own = _open(files.main, PERSONAL_PASSPHRASE_JARI)
    try:
        with database.transaction(own):
            _write_own(own, old)
    finally:
        own.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cipher.close_quietly(own)
    return old


def _write_pair(conn: cipher.Connection, old: OldJournal) -> None:
    conn.execute("INSERT INTO client_codes (code, created_at) VALUES ('A-07', ?)", (CREATED,))
    # Debrief 2 is deleted and purged before the migration: ids 1, 3, 4 remain; 4 is the
    # deleted-but-not-purged one.
    texts = {1: "Vuokrarästit huolettavat", 3: "Velkaneuvonta sovittu", 4: "Poistettu purku"}
    for entry_id, text in texts.items():
        conn.execute(
            "INSERT INTO debriefs (entry_id, visit_date, visit_type, presence, client_code,"
            " themes, uppermost, member_parts, warning_signs, sharing, status, shared_strain,"
            " created_at, created_by, deleted_at)"
            " VALUES (?, ?, 'kotikäynti', 'molemmat', ?, '[\"asuminen\"]', ?, ?, ?, ?,"
            " 'täysi', '[]', ?, ?, ?)",
            (
                entry_id,
                f"2026-01-{10 + entry_id:02d}",
                "A-07" if entry_id == 1 else None,
                text,
                json.dumps([{"member_id": JARI, "role_items": [], "free_text": "Kerroin"}]),
                '["uudet velat"]' if entry_id == 3 else "[]",
                "nostot ja reflektio" if entry_id == 1 else "ei",
                CREATED,
                JARI,
                CREATED if entry_id == 4 else None,
            ),
        )
        conn.execute("INSERT INTO debrief_search (rowid, body) VALUES (?, ?)", (entry_id, text))
        if entry_id != 4:
            old.debriefs[entry_id] = text
    old.deleted = 1
    conn.executemany(
        "INSERT INTO follow_ups (follow_up_id, entry_id, position, task, owner, due, done,"
        " done_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (5, 1, 0, "Soitetaan asumisneuvojalle", "yhdessä", "2026-01-20", 0, None),
            (6, 1, 1, "Kela-hakemus", JARI, None, 1, CREATED),
            (7, 3, 0, "Velkaneuvojan aika", SANNA, None, 0, None),
        ],
    )
    conn.executemany(
        "INSERT INTO supervision_topics (topic_id, entry_id, position, text, tags, raised_by)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [(8, 1, 0, "Miten puhumme veloista?", '["menetelmä"]', JARI)],
    )
    conn.executemany(
        "INSERT INTO debrief_edits (entry_id, member_id, at) VALUES (?, ?, ?)",
        [(1, SANNA, "2026-01-12T10:00:00+00:00"), (1, SANNA, "2026-01-12T10:00:00+00:00")],
    )
    conn.execute(
        "INSERT INTO supervision_sessions (session_id, held_on, supervisor, created_at)"
        " VALUES ('s1', '2026-01-30', 'Outi', ?)",
        (CREATED,),
    )
    conn.executemany(
        "INSERT INTO supervision_agenda (session_id, position, text, tags, raised_by, entry_id)"
        " VALUES ('s1', ?, ?, '[]', ?, ?)",
        [(0, "Miten puhumme veloista?", JARI, 1), (1, "Oma aihe", "yhdessä", None)],
    )
    conn.execute(
        "INSERT INTO supervision_agreements (session_id, position, text, owner, status)"
        " VALUES ('s1', 0, 'Kokeillaan lyhyttä purkua', 'yhdessä', 'kesken')"
    )
    draft = {
        "entry_id": 3,
        "visit_date": "2026-01-13",
        "visit_type": "kotikäynti",
        "uppermost": "Velkaneuvonta sovittu, jatkoa",
        "follow_ups": [
            {
                "task": "Velkaneuvojan aika",
                "owner": SANNA,
                "due": None,
                "done": True,
                "follow_up_id": 7,
            },
        ],
    }
    conn.execute(
        "INSERT INTO form_drafts (form_id, kind, target, base, body, saved_at)"
        " VALUES (?, 'debrief', '3', NULL, ?, ?)",
        (uuid.uuid4().hex, json.dumps(draft), CREATED),
    )
    old.rows = {
        "debriefs": 3,
        "follow_ups": 3,
        "supervision_topics": 1,
        "debrief_edits": 2,
        "supervision_agenda": 2,
        "supervision_agreements": 1,
        "form_drafts": 1,
    }


def _write_own(conn: cipher.Connection, old: OldJournal) -> None:
    conn.executemany(
        "INSERT INTO visit_reflections (entry_id, visit_date, strain, past_close,"
        " wants_to_debrief, feelings, shared_with_pair, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (1, "2026-01-11", 7, "selvästi", 1, "Pelotti vähän", 0, CREATED),
            (3, "2026-01-13", 4, "ei", 0, "Rauhallinen", 0, CREATED),
        ],
    )
    conn.execute(
        "INSERT INTO checkins (checkin_id, day, note, created_at, updated_at)"
        " VALUES ('k1', '2026-01-14', 'oma muistiinpano', ?, '2026-01-14T18:00:00+00:00')",
        (CREATED,),
    )
    conn.execute(
        "INSERT INTO checkin_answers (checkin_id, instrument_id, item_id, value)"
        " VALUES ('k1', 'elo_stress', 'stress', 3)"
    )
    reflection_draft = {"entry_id": 0, "visit_date": "0001-01-01", "strain": 5, "feelings": "x"}
    conn.execute(
        "INSERT INTO form_drafts (form_id, kind, target, base, body, saved_at)"
        " VALUES ('reflection:abc', 'reflection', '1', NULL, ?, ?)",
        (json.dumps(reflection_draft), CREATED),
    )


def schema_versions() -> tuple[int, int]:
    """The versions today's app migrates these journals to."""
    return (
        schema.latest_version(schema.PAIR_MIGRATIONS),
        schema.latest_version(schema.PERSONAL_MIGRATIONS),
    )
