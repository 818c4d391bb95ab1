"""A reset own area stays restorable for 30 days with its old passphrase; a consent is
proven with the member's own passphrase.

"Forgot your own passphrase?" needs only the pair passphrase, so either partner can use
it: nothing may be destroyed there at once.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import PAIR_PASSPHRASE
from tests.storage.helpers import PERSONAL_PASSPHRASE_JARI, PERSONAL_PASSPHRASE_SANNA
from tyoparipaivakirja.core.checkins import Answer, NewCheckIn
from tyoparipaivakirja.core.errors import (
    JournalLocked,
    NotAJournal,
    ValidationError,
    ValidationReason,
    WrongPassphrase,
)
from tyoparipaivakirja.core.instruments import ELO_STRESS, ELO_STRESS_ITEM
from tyoparipaivakirja.core.roles import RevisionStatus
from tyoparipaivakirja.storage import backups
from tyoparipaivakirja.storage.folder import open_journal
from tyoparipaivakirja.storage.session import Journal

type MakeJournal = Callable[..., Journal]

TODAY = date(2026, 11, 25)
RESET_AT = datetime(2026, 11, 25, 12, 30, tzinfo=UTC)
NEW_PASSPHRASE = "uusi alku: tunturi & puro 2027"


def _checkin(stress: int) -> NewCheckIn:
    return NewCheckIn(TODAY, (Answer(ELO_STRESS, ELO_STRESS_ITEM, stress),))


def _jari_with_checkin(journal: Journal) -> str:
    jari = journal.members.all()[0].member_id
    area = journal.create_personal_area(jari, PERSONAL_PASSPHRASE_JARI)
    area.checkins.add(_checkin(4), TODAY)
    area.close()
    return jari


def test_reset_area_is_restorable_with_its_old_passphrase(make_journal: MakeJournal) -> None:
    """After a reset the area cannot be opened, but the old passphrase brings it back
    whole (its check-ins included) within the 30 days, and it says when it was reset."""
    journal = make_journal()
    jari = _jari_with_checkin(journal)
    reset = journal.reset_personal_area(jari, now=RESET_AT)
    assert not journal.has_personal_area(jari)
    with pytest.raises(NotAJournal):
        journal.open_personal_area(jari, PERSONAL_PASSPHRASE_JARI)
    listed = journal.reset_areas(now=RESET_AT + timedelta(days=29))
    assert [(a.member_id, a.reset_at) for a in listed] == [(jari, RESET_AT)]
    assert listed[0].recoverable_until() == date(2026, 12, 25)
    assert reset.folder.parent == journal.folder / "personal" / "reset"

    journal.restore_reset_area(jari, PERSONAL_PASSPHRASE_JARI, now=RESET_AT + timedelta(days=29))
    area = journal.open_personal_area(jari, PERSONAL_PASSPHRASE_JARI)
    assert [c.value(ELO_STRESS, ELO_STRESS_ITEM) for c in area.checkins.all()] == [4]
    assert journal.reset_areas(now=RESET_AT) == []


def test_a_wrong_passphrase_restores_nothing(make_journal: MakeJournal) -> None:
    journal = make_journal()
    jari = _jari_with_checkin(journal)
    journal.reset_personal_area(jari, now=RESET_AT)
    for wrong in (PAIR_PASSPHRASE, PERSONAL_PASSPHRASE_SANNA):
        with pytest.raises(WrongPassphrase):
            journal.restore_reset_area(jari, wrong, now=RESET_AT)
    assert not journal.has_personal_area(jari)
    assert len(journal.reset_areas(now=RESET_AT)) == 1


def test_restoring_over_a_new_area_sets_the_new_one_aside(make_journal: MakeJournal) -> None:
    """An own area made after the reset is not lost when the old one comes back: it is
    set aside in its turn and restorable with its own passphrase."""
    journal = make_journal()
    jari = _jari_with_checkin(journal)
    journal.reset_personal_area(jari, now=RESET_AT)
    fresh = journal.create_personal_area(jari, NEW_PASSPHRASE)
    fresh.checkins.add(_checkin(1), TODAY)
    fresh.close()

    later = RESET_AT + timedelta(days=2)
    journal.restore_reset_area(jari, PERSONAL_PASSPHRASE_JARI, now=later)
    old = journal.open_personal_area(jari, PERSONAL_PASSPHRASE_JARI)
    assert [c.value(ELO_STRESS, ELO_STRESS_ITEM) for c in old.checkins.all()] == [4]
    old.close()
    assert [a.reset_at for a in journal.reset_areas(now=later)] == [later]

    journal.restore_reset_area(jari, NEW_PASSPHRASE, now=later)
    new = journal.open_personal_area(jari, NEW_PASSPHRASE)
    assert [c.value(ELO_STRESS, ELO_STRESS_ITEM) for c in new.checkins.all()] == [1]


def test_after_30_days_the_reset_area_is_gone_for_good(make_journal: MakeJournal) -> None:
    """At the first unlock after the waiting time the area and its backup copies are
    removed; it can no longer be restored."""
    journal = make_journal()
    jari = _jari_with_checkin(journal)
    info = journal.back_up_now().backup
    assert info is not None
    reset = journal.reset_personal_area(jari, now=RESET_AT)
    assert (info.folder / "reset" / reset.name).is_dir()
    journal.tidy_reset_areas(now=RESET_AT + timedelta(days=29))
    assert reset.folder.is_dir()  # not yet

    journal.tidy_reset_areas(now=RESET_AT + timedelta(days=30))
    assert not reset.folder.exists()
    assert not (info.folder / "reset").exists()
    assert backups.backup_problems(backups.read_backup(info.folder)) == []
    assert journal.reset_areas(now=RESET_AT + timedelta(days=30)) == []
    with pytest.raises(WrongPassphrase):
        journal.restore_reset_area(jari, PERSONAL_PASSPHRASE_JARI)


def test_unlocking_removes_expired_reset_areas(make_journal: MakeJournal) -> None:
    """open_journal tidies by itself (the real clock: a reset made 31 days ago)."""
    journal = make_journal()
    jari = _jari_with_checkin(journal)
    reset = journal.reset_personal_area(jari, now=datetime.now(UTC) - timedelta(days=31))
    folder = journal.folder
    journal.lock()
    reopened = open_journal(folder, PAIR_PASSPHRASE)
    try:
        assert not reset.folder.exists()
    finally:
        reopened.lock()


def test_the_reset_folder_is_owner_only(make_journal: MakeJournal) -> None:
    journal = make_journal()
    jari = _jari_with_checkin(journal)
    reset = journal.reset_personal_area(jari, now=RESET_AT)
    for folder in (reset.folder, reset.folder.parent):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in reset.folder.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_reset_killed_half_way_leaves_the_area_in_place(
    make_journal: MakeJournal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The process dies after the first file moved: at the next unlock the area is back
    where it was and opens with its passphrase."""
    journal = make_journal()
    jari = _jari_with_checkin(journal)
    real_replace = os.replace
    moves: list[str] = []

    def die_on_second_move(source: str | Path, target: str | Path) -> None:
        moves.append(str(source))
        if len(moves) == 2:
            raise KeyboardInterrupt  # stands in for the killed process
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", die_on_second_move)
    with pytest.raises(KeyboardInterrupt):
        journal.reset_personal_area(jari, now=RESET_AT)
    monkeypatch.setattr(os, "replace", real_replace)
    folder = journal.folder
    journal.lock()
    reopened = open_journal(folder, PAIR_PASSPHRASE)
    try:
        area = reopened.open_personal_area(jari, PERSONAL_PASSPHRASE_JARI)
        assert len(area.checkins.all()) == 1
        assert reopened.reset_areas() == []
        assert not list((folder / "personal" / "reset").iterdir())
    finally:
        reopened.lock()


def test_the_owner_can_delete_the_old_area_now_from_the_new_one(
    make_journal: MakeJournal,
) -> None:
    """Only with the new own area open (the owner's own passphrase) can the waiting time be
    cut short; the old area is then gone."""
    journal = make_journal()
    jari = _jari_with_checkin(journal)
    reset = journal.reset_personal_area(jari, now=RESET_AT)
    fresh = journal.create_personal_area(jari, NEW_PASSPHRASE)
    fresh.close()
    with pytest.raises(JournalLocked):
        journal.forget_reset_areas(fresh)
    fresh = journal.open_personal_area(jari, NEW_PASSPHRASE)
    assert journal.forget_reset_areas(fresh) == 1
    assert not reset.folder.exists()


# --- consent with the member's own passphrase ------------------------------------------


def _proposed(journal: Journal) -> str:
    draft = journal.roles.start_draft_from_defaults(TODAY)
    proposed = journal.roles.propose(draft.revision_id, journal.members.all()[0].member_id)
    return proposed.revision_id


def test_accepting_a_role_split_needs_the_members_own_passphrase(
    make_journal: MakeJournal,
) -> None:
    """The pair passphrase or the partner's own passphrase does not accept in a member's
    name; the member's own does, and only their acceptance is recorded."""
    journal = make_journal()
    jari, sanna = (m.member_id for m in journal.members.all())
    journal.create_personal_area(jari, PERSONAL_PASSPHRASE_JARI).close()
    journal.create_personal_area(sanna, PERSONAL_PASSPHRASE_SANNA).close()
    revision_id = _proposed(journal)
    for wrong in (PAIR_PASSPHRASE, PERSONAL_PASSPHRASE_JARI, ""):
        with pytest.raises(WrongPassphrase):
            journal.accept_role_split(revision_id, sanna, wrong)
    assert journal.roles.revisions()[0].acceptances == ()
    accepted = journal.accept_role_split(revision_id, sanna, PERSONAL_PASSPHRASE_SANNA)
    assert [a.member_id for a in accepted.acceptances] == [sanna]
    accepted = journal.accept_role_split(revision_id, jari, PERSONAL_PASSPHRASE_JARI)
    assert accepted.status is RevisionStatus.ACCEPTED


def test_a_member_without_an_own_area_cannot_accept_yet(make_journal: MakeJournal) -> None:
    journal = make_journal()
    sanna = journal.members.all()[1].member_id
    revision_id = _proposed(journal)
    with pytest.raises(ValidationError) as refused:
        journal.accept_role_split(revision_id, sanna, PAIR_PASSPHRASE)
    assert refused.value.reason is ValidationReason.NO_OWN_AREA
    assert journal.roles.revisions()[0].acceptances == ()
