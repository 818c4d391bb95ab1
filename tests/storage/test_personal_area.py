"""Personal areas stay private to their owner; passphrase changes and locking hold."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import sqlcipher3

from tests.conftest import PAIR_PASSPHRASE
from tests.storage.helpers import (
    PERSONAL_PASSPHRASE_JARI,
    PERSONAL_PASSPHRASE_SANNA,
    snapshot,
)
from tyoparipaivakirja.core.errors import (
    JournalInUse,
    JournalLocked,
    ValidationError,
    ValidationField,
    ValidationReason,
    WrongPassphrase,
)
from tyoparipaivakirja.storage.folder import open_journal
from tyoparipaivakirja.storage.session import Journal, PersonalArea

NEW_PASSPHRASE = "uusi syksyinen tunnuslause: ruska & routa 11"


def _ids(journal: Journal) -> tuple[str, str]:
    jari, sanna = journal.members.all()
    return jari.member_id, sanna.member_id


def _with_areas(journal: Journal) -> tuple[str, str]:
    """Give both members a personal area with a private note, then close both areas."""
    jari, sanna = _ids(journal)
    for member_id, passphrase in (
        (jari, PERSONAL_PASSPHRASE_JARI),
        (sanna, PERSONAL_PASSPHRASE_SANNA),
    ):
        area = journal.create_personal_area(member_id, passphrase)
        area.connection().execute("CREATE TABLE notes (body TEXT)")
        area.connection().execute(
            "INSERT INTO notes VALUES (?)", (f"oma muistiinpano {member_id}",)
        )
        area.close()
    return jari, sanna


def _note(area: PersonalArea) -> str:
    return str(area.connection().execute("SELECT body FROM notes").fetchone()[0])


def test_partner_cannot_open_area_with_pair_or_own_passphrase(
    make_journal: Callable[..., Journal],
) -> None:
    """Sanna cannot open Jari's personal area with the pair passphrase nor with her own
    personal passphrase; the failed tries leave the area closed and unchanged."""
    journal = make_journal()
    jari, _sanna = _with_areas(journal)
    before = snapshot(journal.folder / "personal")
    for passphrase in (PAIR_PASSPHRASE, PERSONAL_PASSPHRASE_SANNA):
        with pytest.raises(WrongPassphrase):
            journal.open_personal_area(jari, passphrase)
        assert journal.open_personal_area_of(jari) is None
    assert snapshot(journal.folder / "personal") == before


def test_owner_opens_own_area(make_journal: Callable[..., Journal]) -> None:
    """The owner's own passphrase opens their area and shows what they wrote, and only theirs."""
    journal = make_journal()
    jari, sanna = _with_areas(journal)
    area = journal.open_personal_area(jari, PERSONAL_PASSPHRASE_JARI)
    assert area.is_open
    assert area.member.member_id == jari
    assert _note(area) == f"oma muistiinpano {jari}"
    assert journal.open_personal_area_of(jari) is area
    assert journal.open_personal_area_of(sanna) is None
    area.close()
    assert not area.is_open
    assert journal.open_personal_area_of(jari) is None


def test_area_reopens_after_journal_reopen(make_journal: Callable[..., Journal]) -> None:
    """A personal area survives locking the journal: after unlocking again, the owner's
    passphrase still opens it with its content."""
    journal = make_journal()
    jari, _sanna = _with_areas(journal)
    folder = journal.folder
    journal.lock()
    reopened = open_journal(folder, PAIR_PASSPHRASE)
    try:
        assert reopened.has_personal_area(jari)
        assert _note(reopened.open_personal_area(jari, PERSONAL_PASSPHRASE_JARI)).endswith(jari)
    finally:
        reopened.lock()


def test_change_personal_passphrase(make_journal: Callable[..., Journal]) -> None:
    """After changing a personal passphrase the old one no longer opens the area and the
    new one does, with the content intact."""
    journal = make_journal()
    jari, _sanna = _with_areas(journal)
    area = journal.open_personal_area(jari, PERSONAL_PASSPHRASE_JARI)
    area.change_passphrase(PERSONAL_PASSPHRASE_JARI, NEW_PASSPHRASE, NEW_PASSPHRASE)
    area.close()
    with pytest.raises(WrongPassphrase):
        journal.open_personal_area(jari, PERSONAL_PASSPHRASE_JARI)
    area = journal.open_personal_area(jari, NEW_PASSPHRASE)
    assert _note(area) == f"oma muistiinpano {jari}"


def test_change_personal_passphrase_with_wrong_old_changes_nothing(
    make_journal: Callable[..., Journal],
) -> None:
    """A wrong old personal passphrase is refused and the area keeps its passphrase."""
    journal = make_journal()
    jari, _sanna = _with_areas(journal)
    area = journal.open_personal_area(jari, PERSONAL_PASSPHRASE_JARI)
    with pytest.raises(WrongPassphrase):
        area.change_passphrase(PERSONAL_PASSPHRASE_SANNA, NEW_PASSPHRASE)
    area.close()
    with pytest.raises(WrongPassphrase):
        journal.open_personal_area(jari, NEW_PASSPHRASE)
    assert journal.open_personal_area(jari, PERSONAL_PASSPHRASE_JARI).is_open


def test_personal_passphrase_cannot_be_changed_to_pair_passphrase(
    make_journal: Callable[..., Journal],
) -> None:
    """Changing a personal passphrase to the pair passphrase is refused (SAME_AS_PAIR), so the
    partner can still not open the area with the pair passphrase."""
    journal = make_journal()
    jari, _sanna = _with_areas(journal)
    area = journal.open_personal_area(jari, PERSONAL_PASSPHRASE_JARI)
    with pytest.raises(ValidationError) as caught:
        area.change_passphrase(PERSONAL_PASSPHRASE_JARI, PAIR_PASSPHRASE, PAIR_PASSPHRASE)
    assert (caught.value.field, caught.value.reason) == (
        ValidationField.PASSPHRASE,
        ValidationReason.SAME_AS_PAIR,
    )
    area.close()
    with pytest.raises(WrongPassphrase):
        journal.open_personal_area(jari, PAIR_PASSPHRASE)
    assert journal.open_personal_area(jari, PERSONAL_PASSPHRASE_JARI).is_open


def test_pair_passphrase_cannot_be_changed_to_a_members_own_passphrase(
    make_journal: Callable[..., Journal],
) -> None:
    """The pair passphrase cannot become a member's own passphrase (SAME_AS_OWN): the partner
    would then hold the key to that member's own area. Nothing changes."""
    journal = make_journal()
    jari, _sanna = _with_areas(journal)
    with pytest.raises(ValidationError) as caught:
        journal.change_passphrase(
            PAIR_PASSPHRASE, PERSONAL_PASSPHRASE_JARI, PERSONAL_PASSPHRASE_JARI
        )
    assert caught.value.reason is ValidationReason.SAME_AS_OWN
    folder = journal.folder
    journal.lock()
    reopened = open_journal(folder, PAIR_PASSPHRASE)
    try:
        with pytest.raises(WrongPassphrase):
            reopened.open_personal_area(jari, PAIR_PASSPHRASE)
    finally:
        reopened.lock()


def test_weak_new_personal_passphrase_is_refused(make_journal: Callable[..., Journal]) -> None:
    """A weak new personal passphrase is refused before anything is re-keyed."""
    journal = make_journal()
    jari, _sanna = _with_areas(journal)
    area = journal.open_personal_area(jari, PERSONAL_PASSPHRASE_JARI)
    with pytest.raises(ValidationError) as caught:
        area.change_passphrase(PERSONAL_PASSPHRASE_JARI, "salasana1234")
    assert caught.value.reason is ValidationReason.TOO_WEAK
    area.close()
    assert journal.open_personal_area(jari, PERSONAL_PASSPHRASE_JARI).is_open


def test_change_pair_passphrase(make_journal: Callable[..., Journal]) -> None:
    """After changing the pair passphrase the old one is refused and the new one opens the
    journal with its members; personal areas are unaffected."""
    journal = make_journal()
    jari, _sanna = _with_areas(journal)
    folder = journal.folder
    journal.change_passphrase(PAIR_PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE)
    with journal.transaction() as conn:  # the open session keeps working after re-keying
        conn.execute("CREATE TABLE after_rekey (x)")
    journal.lock()
    with pytest.raises(WrongPassphrase):
        open_journal(folder, PAIR_PASSPHRASE)
    reopened = open_journal(folder, NEW_PASSPHRASE)
    try:
        assert [m.display_name for m in reopened.members.all()] == ["Jari", "Sanna"]
        reopened.connection().execute("SELECT * FROM after_rekey").fetchall()
        assert reopened.open_personal_area(jari, PERSONAL_PASSPHRASE_JARI).is_open
    finally:
        reopened.lock()


def test_change_pair_passphrase_with_wrong_old_changes_nothing(
    make_journal: Callable[..., Journal],
) -> None:
    """A wrong old pair passphrase raises WrongPassphrase; no file changes and the original
    passphrase still opens the journal."""
    journal = make_journal()
    folder = journal.folder
    journal.lock()
    journal = open_journal(folder, PAIR_PASSPHRASE)
    before = snapshot(folder)
    with pytest.raises(WrongPassphrase):
        journal.change_passphrase("väärä vanha tunnuslause 99", NEW_PASSPHRASE, NEW_PASSPHRASE)
    journal.lock()
    assert {k: v for k, v in snapshot(folder).items() if "-wal" not in k and "-shm" not in k} == {
        k: v for k, v in before.items() if "-wal" not in k and "-shm" not in k
    }
    with pytest.raises(WrongPassphrase):
        open_journal(folder, NEW_PASSPHRASE)
    reopened = open_journal(folder, PAIR_PASSPHRASE)
    reopened.lock()


def test_lock_closes_every_connection(make_journal: Callable[..., Journal]) -> None:
    """Locking closes the pair connection and any open personal area: connections captured
    before no longer work, the session refuses access, and the folder can be opened again."""
    journal = make_journal()
    jari, _sanna = _with_areas(journal)
    folder = journal.folder
    area = journal.open_personal_area(jari, PERSONAL_PASSPHRASE_JARI)
    pair_conn = journal.connection()
    area_conn = area.connection()
    assert pair_conn.execute("SELECT count(*) FROM members").fetchone()[0] == 2
    assert area_conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 1

    journal.lock()

    for conn in (pair_conn, area_conn):
        with pytest.raises(sqlcipher3.Error):
            conn.execute("SELECT 1")
    assert journal.is_locked
    with pytest.raises(JournalLocked):
        journal.connection()
    with pytest.raises(JournalLocked):
        journal.members.all()
    assert not area.is_open
    with pytest.raises(JournalLocked):
        area.connection()
    assert journal.open_personal_area_of(jari) is None
    journal.lock()  # twice is harmless

    reopened = open_journal(folder, PAIR_PASSPHRASE)
    try:
        assert len(reopened.members.all()) == 2
    finally:
        reopened.lock()


def test_lock_releases_folder_lock_for_other_sessions(
    make_journal: Callable[..., Journal], tmp_path: Path
) -> None:
    """A locked journal no longer counts as "in use", while an unlocked one does."""
    journal = make_journal()
    with pytest.raises(JournalInUse):
        open_journal(tmp_path / "journal", PAIR_PASSPHRASE)
    journal.lock()
    open_journal(tmp_path / "journal", PAIR_PASSPHRASE).lock()
