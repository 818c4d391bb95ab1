"""Schema migrations: an older journal is upgraded safely, with a backup taken first."""

from __future__ import annotations

import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import MEMBERS, PAIR_PASSPHRASE
from tests.storage import old_journal
from tests.storage.helpers import PERSONAL_PASSPHRASE_JARI
from tyoparipaivakirja.core import hlc
from tyoparipaivakirja.core.errors import StorageFailed
from tyoparipaivakirja.core.ids import legacy_id
from tyoparipaivakirja.storage import cipher, schema
from tyoparipaivakirja.storage import database as journal_module
from tyoparipaivakirja.storage.backups import BackupReason, backup_problems, list_backups
from tyoparipaivakirja.storage.cipher import PLAIN_SQLITE_HEADER
from tyoparipaivakirja.storage.folder import create_journal, open_journal
from tyoparipaivakirja.storage.session import Journal

ORIGINAL = schema.PAIR_MIGRATIONS
CURRENT = schema.latest_version(ORIGINAL)  # what today's app creates
NEXT = CURRENT + 1  # a step a future app would add
ADD_NOTES = schema.Migration(
    NEXT,
    "test: shared notes",
    (
        "CREATE TABLE test_notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT",
        "INSERT INTO test_notes (body) VALUES ('lisätty migraatiossa')",
    ),
)
BROKEN = schema.Migration(
    NEXT,
    "test: fails half-way",
    (
        "CREATE TABLE half_done (x INTEGER) STRICT",
        "INSERT INTO table_that_does_not_exist VALUES (1)",
    ),
)


def _version(path: Path) -> int:
    conn = cipher.connect(path, PAIR_PASSPHRASE, create=False)
    try:
        return schema.read_version(conn)
    finally:
        conn.close()


def _current_journal(make_journal: Callable[..., Journal]) -> Path:
    journal = make_journal()
    folder = journal.folder
    journal.lock()
    assert _version(folder / "pair.db") == CURRENT
    return folder


def test_pair_files_reads_migrations_at_call_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """The migration list is looked up when a journal is opened, so patching it in tests
    (and adding steps in code) takes effect."""
    monkeypatch.setattr(schema, "PAIR_MIGRATIONS", (*ORIGINAL, ADD_NOTES))
    assert journal_module.pair_files(Path("x")).migrations[-1] is ADD_NOTES


def test_open_migrates_old_journal_after_backup(
    make_journal: Callable[..., Journal], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening a journal with a newer app migrates it, after writing an encrypted,
    owner-only backup of the older file that opens with the pair passphrase."""
    folder = _current_journal(make_journal)
    monkeypatch.setattr(schema, "PAIR_MIGRATIONS", (*ORIGINAL, ADD_NOTES))

    journal = open_journal(folder, PAIR_PASSPHRASE)
    try:
        conn = journal.connection()
        assert schema.read_version(conn) == NEXT
        assert conn.execute("SELECT body FROM test_notes").fetchall() == [("lisätty migraatiossa",)]
        members = [(m.member_id, m.display_name) for m in journal.members.all()]
    finally:
        journal.lock()

    found = list_backups(folder / "backups")
    assert [info.reason for info in found] == [BackupReason.BEFORE_MIGRATION]
    assert backup_problems(found[0]) == []
    backup = found[0].folder / "pair.db"
    assert stat.S_IMODE((folder / "backups").stat().st_mode) == 0o700
    assert stat.S_IMODE(found[0].folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert backup.read_bytes()[: len(PLAIN_SQLITE_HEADER)] != PLAIN_SQLITE_HEADER

    conn = cipher.connect(backup, PAIR_PASSPHRASE, create=False)
    try:
        assert schema.read_version(conn) == CURRENT
        rows = conn.execute("SELECT member_id, display_name FROM members ORDER BY position")
        assert [tuple(row) for row in rows.fetchall()] == members
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        assert "test_notes" not in tables
    finally:
        conn.close()

    # Opening again at the new version takes no further backup.
    open_journal(folder, PAIR_PASSPHRASE).lock()
    assert list_backups(folder / "backups") == found


def test_fresh_journal_takes_no_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Creating a journal runs every migration without a backup (there is nothing to save)."""
    monkeypatch.setattr(schema, "PAIR_MIGRATIONS", (*ORIGINAL, ADD_NOTES))
    journal = create_journal(tmp_path / "uusi", "Työpari", MEMBERS, PAIR_PASSPHRASE)
    try:
        assert schema.read_version(journal.connection()) == NEXT
    finally:
        journal.lock()
    assert not (tmp_path / "uusi" / "backups").exists()
    open_journal(tmp_path / "uusi", PAIR_PASSPHRASE).lock()
    assert not (tmp_path / "uusi" / "backups").exists()


def test_failing_migration_rolls_back(
    make_journal: Callable[..., Journal], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A migration step that fails half-way is rolled back whole: the journal stays at
    its version without the step's partial changes, is not left locked, and opens normally
    with the original migrations."""
    folder = _current_journal(make_journal)
    monkeypatch.setattr(schema, "PAIR_MIGRATIONS", (*ORIGINAL, BROKEN))
    with pytest.raises(StorageFailed):
        open_journal(folder, PAIR_PASSPHRASE)

    monkeypatch.setattr(schema, "PAIR_MIGRATIONS", ORIGINAL)
    assert _version(folder / "pair.db") == CURRENT
    journal = open_journal(folder, PAIR_PASSPHRASE)
    try:
        conn = journal.connection()
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        assert "half_done" not in tables
        assert schema.read_version(conn) == CURRENT
        assert [m.display_name for m in journal.members.all()] == ["Jari", "Sanna"]
    finally:
        journal.lock()
    # The backup taken before the failed step is there for the user to fall back on.
    assert [b.reason for b in list_backups(folder / "backups")] == [BackupReason.BEFORE_MIGRATION]


# --- the journal of the previous version: integer ids become text ids -----------------


def _old_id(number: int) -> str:
    return legacy_id(old_journal.JOURNAL_ID, "debriefs", number, number)


def test_a_journal_of_the_previous_version_opens_with_every_row(tmp_path: Path) -> None:
    """A journal made by the version with integer ids (pair 6, own area 4) opens after a
    backup, keeps every row, and its debriefs, follow-ups, topics, edits, agenda items,
    agreements and drafts get text ids that still point at each other; search still
    finds what it found."""
    old = old_journal.make_old_journal(tmp_path / "vanha")
    journal = open_journal(old.folder, PAIR_PASSPHRASE)
    try:
        conn = journal.connection()
        assert schema.read_version(conn) == old_journal.schema_versions()[0]
        for table, rows in old.rows.items():
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == rows, table
        entries = {
            e.uppermost: e
            for e in (journal.debriefs.get(s.entry_id) for s in journal.debriefs.entries())
        }
        assert set(entries) == set(old.debriefs.values())
        first = entries[old.debriefs[1]]
        assert first.entry_id == _old_id(1) and first.client_code == "A-07"
        assert first.duration_minutes is None  # a field added since: not given
        assert [(f.task, f.done) for f in first.follow_ups] == [
            ("Soitetaan asumisneuvojalle", False),
            ("Kela-hakemus", True),
        ]
        assert first.follow_ups[0].follow_up_id == legacy_id(
            old_journal.JOURNAL_ID, "follow_ups", 5, 5
        )
        assert [t.text for t in first.supervision_topics] == ["Miten puhumme veloista?"]
        assert len(journal.debriefs.edits(_old_id(1))) == 2
        assert [hit.entry_id for hit in journal.debriefs.search("Velkaneuvonta")] == [_old_id(3)]
        (session,) = journal.supervision.sessions()
        assert [item.entry_id for item in session.agenda] == [_old_id(1), None]
        assert all(item.item_id for item in session.agenda)
        assert session.agreements[0].agreement_id
        (draft,) = journal.debriefs.drafts()
        assert draft.entry_id == _old_id(3)
        assert draft.entry.follow_ups[0].follow_up_id == legacy_id(
            old_journal.JOURNAL_ID, "follow_ups", 7, 7
        )
        assert journal.debriefs.draft_of(_old_id(3)) == draft
        assert hlc.is_device_id(journal.clock.device)
        stamps = {str(r[0]) for r in conn.execute("SELECT updated_at FROM debriefs")}
        assert stamps == {hlc.legacy(None).text}  # from before stamps existed
        # The entry deleted but not purged is still there to purge, with a tombstone.
        assert journal.debriefs.purge_deleted() == old.deleted
        assert len(conn.execute("SELECT * FROM tombstones").fetchall()) == 1
    finally:
        journal.lock()
    assert [b.reason for b in list_backups(old.folder / "backups")] == [
        BackupReason.BEFORE_MIGRATION
    ]


def test_an_own_area_migrated_later_finds_its_debriefs(tmp_path: Path) -> None:
    """The own area is migrated when its owner opens it, after the pair journal: each
    reflection lands on its debrief's new id with no mapping table, and a check-in's
    last change becomes its clock stamp. Drafts of own answers follow."""
    old = old_journal.make_old_journal(tmp_path / "vanha")
    journal = open_journal(old.folder, PAIR_PASSPHRASE)
    try:
        area = journal.open_personal_area(old_journal.JARI, PERSONAL_PASSPHRASE_JARI)
        assert schema.read_version(area.connection()) == old_journal.schema_versions()[1]
        for number, strain in ((1, 7), (3, 4)):
            reflection = area.reflections.get(_old_id(number))
            assert reflection is not None and reflection.strain == strain
            journal.debriefs.get(reflection.entry_id)  # its debrief is there
        assert [v.strain for v in area.reflections.strains()] == [7, 4]
        (checkin,) = area.checkins.all()
        assert checkin.updated_at == hlc.legacy("2026-01-14T18:00:00+00:00").text
        (draft,) = area.drafts.of_kind("reflection", target=_old_id(1))
        assert isinstance(draft.body, dict) and draft.body["entry_id"] == ""
        area.close()
    finally:
        journal.lock()


# --- 10: open follow-ups read their entry from an index ---------------------------------


def test_open_follow_ups_read_their_entries_from_an_index_after_migration_10(
    make_journal: Callable[..., Journal], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A journal of version 9 opens at 10 with the same open follow-ups (a deleted
    entry's left out), and reads each one's entry (live or not, date, client code) from
    the index the step adds instead of from the entry's row: the Jatkotoimet page at
    10,000 debriefs (``benchmarks``)."""
    from datetime import date, timedelta

    from tests.storage.test_debriefs import ids, quick
    from tyoparipaivakirja.core.debriefs import FollowUp
    from tyoparipaivakirja.storage.debriefs import _OPEN_FOLLOW_UP_ORDER, _OPEN_FOLLOW_UP_SQL

    assert CURRENT == 10
    monkeypatch.setattr(schema, "PAIR_MIGRATIONS", ORIGINAL[:-1])
    journal = make_journal()
    jari, _ = ids(journal)
    today = date.today()
    for days, code in ((3, "A-12"), (1, ""), (2, "CD-34")):
        journal.debriefs.save(
            quick(
                today - timedelta(days=days),
                client_code=code,
                uppermost=f"Käynti {days}",
                follow_ups=(
                    FollowUp(f"Soita {days}", due=today + timedelta(days=days)),
                    FollowUp(f"Ilman päivää {days}"),
                    FollowUp(f"Tehty {days}", done=True),
                ),
            ),
            jari,
            today,
        )
    gone = journal.debriefs.save(
        quick(today, follow_ups=(FollowUp("Poistetun tehtävä"),)), jari, today
    )
    journal.debriefs.delete(gone)
    before = journal.debriefs.open_follow_ups()
    folder = journal.folder
    assert schema.read_version(journal.connection()) == 9
    journal.lock()

    monkeypatch.setattr(schema, "PAIR_MIGRATIONS", ORIGINAL)
    journal = open_journal(folder, PAIR_PASSPHRASE)
    try:
        conn = journal.connection()
        assert schema.read_version(conn) == 10
        assert journal.debriefs.open_follow_ups() == before
        assert [f.task for f in before] == [
            "Soita 1",
            "Soita 2",
            "Soita 3",
            "Ilman päivää 1",
            "Ilman päivää 2",
            "Ilman päivää 3",
        ]
        assert {f.client_code for f in before} == {"A-12", "", "CD-34"}
        plan = " ".join(
            str(row[3])
            for row in conn.execute(
                f"EXPLAIN QUERY PLAN {_OPEN_FOLLOW_UP_SQL} WHERE f.done = 0"
                f" AND d.deleted_at IS NULL ORDER BY {_OPEN_FOLLOW_UP_ORDER}"
            )
        )
        assert "COVERING INDEX debriefs_by_entry" in plan, plan
    finally:
        journal.lock()
