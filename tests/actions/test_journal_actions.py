"""Backups, restore, export and import as the GUI and the command line both run them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import PAIR_PASSPHRASE
from tests.storage.helpers import PERSONAL_PASSPHRASE_JARI
from tyoparipaivakirja.actions import backups, export, imports
from tyoparipaivakirja.actions import journal as journals
from tyoparipaivakirja.actions.passphrases import change_pair_passphrase
from tyoparipaivakirja.core.changes import Changes
from tyoparipaivakirja.core.debriefs import Debrief, VisitType
from tyoparipaivakirja.core.errors import JournalError, WrongPassphrase
from tyoparipaivakirja.storage.session import Journal

TODAY = date(2026, 11, 20)
NEW_PAIR = "uusi yhteinen tunnuslause: sininen-vene-31"
NEW_OWN = "Jarin uusi polku: kirkas-lähde-58"


def _save(journal: Journal, text: str) -> str:
    author = journal.members.all()[0].member_id
    entry = Debrief(visit_date=TODAY, visit_type=VisitType.HOME_VISIT, uppermost=text)
    return journal.debriefs.save(entry, author, TODAY)


def test_a_backup_put_back_keeps_the_journal_as_it_was_first(
    make_journal: Callable[..., Journal],
) -> None:
    journal = make_journal()
    _save(journal, "Ennen varmuuskopiota")
    outcome = backups.back_up_now(journal)
    assert outcome.ok and outcome.backup is not None
    _save(journal, "Varmuuskopion jälkeen")
    folder = journal.folder
    journal.lock()

    restored = backups.restore(folder, outcome.backup.folder)
    assert restored.backup.folder == outcome.backup.folder
    assert restored.safety is not None and restored.safety.folder.is_dir()
    assert restored.changes == Changes.everything()
    reopened = journals.unlock(folder, PAIR_PASSPHRASE)
    try:
        assert [e.uppermost for e in reopened.debriefs.full_entries()] == ["Ennen varmuuskopiota"]
    finally:
        reopened.lock()


def test_inspect_all_says_what_each_backup_holds_or_why_not(
    make_journal: Callable[..., Journal],
) -> None:
    journal = make_journal()
    _save(journal, "Yksi")
    outcome = backups.back_up_now(journal)
    assert outcome.backup is not None
    ticks: list[tuple[int, int]] = []
    (found,) = backups.inspect_all(
        [outcome.backup], PAIR_PASSPHRASE, lambda d, t: ticks.append((d, t))
    )
    assert not isinstance(found, JournalError) and found.count("debriefs") == 1
    assert ticks == [(0, 1)]
    (refused,) = backups.inspect_all([outcome.backup], "väärä tunnuslause")
    assert isinstance(refused, WrongPassphrase)


def test_export_then_import_makes_the_same_journal_anew(
    make_journal: Callable[..., Journal], tmp_path: Path
) -> None:
    """The export writes the journal with the own areas whose passphrase was given; the
    import makes a new journal from it under new passphrases."""
    journal = make_journal()
    jari = journal.members.all()[0].member_id
    journal.create_personal_area(jari, PERSONAL_PASSPHRASE_JARI).close()
    _save(journal, "Viety ja tuotu")
    target = tmp_path / "vienti.json"
    export.check_target(target)
    with pytest.raises(WrongPassphrase):
        export.export_journal(journal, target, {jari: "ei Jarin"})
    assert not target.exists()
    assert export.export_journal(journal, target, {jari: PERSONAL_PASSPHRASE_JARI}).target == target

    document = imports.read_export_file(target)
    summary = imports.summarize(document)
    assert (summary.debriefs, summary.personal_area_members) == (1, (jari,))
    report = imports.import_into_new_journal(document, tmp_path / "uusi", NEW_PAIR, {jari: NEW_OWN})
    assert report.debriefs == 1
    made = journals.unlock(tmp_path / "uusi", NEW_PAIR)
    try:
        assert [e.uppermost for e in made.debriefs.full_entries()] == ["Viety ja tuotu"]
        made.open_personal_area(jari, NEW_OWN).close()
    finally:
        made.lock()


def test_changing_the_pair_passphrase_checks_the_old_one(
    make_journal: Callable[..., Journal],
) -> None:
    journal = make_journal()
    with pytest.raises(WrongPassphrase):
        change_pair_passphrase(journal, "väärä vanha", NEW_PAIR, NEW_PAIR)
    assert change_pair_passphrase(journal, PAIR_PASSPHRASE, NEW_PAIR, NEW_PAIR) == Changes.JOURNAL
    folder = journal.folder
    journal.lock()
    journals.unlock(folder, NEW_PAIR).lock()
