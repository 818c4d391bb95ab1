"""Backups, restore, export and import in the app, and a full disk while saving."""

from __future__ import annotations

import json
import shutil
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import MEMBERS, PAIR_PASSPHRASE
from tests.gui.debrief_helpers import (
    choose_visit_type,
    journal_of,
    member_id,
    new_editor,
    save_entry,
)
from tests.gui.helpers import (
    LONG_WAIT_MS,
    FakeDialogs,
    click,
    unlock_with,
    wait_for_tasks,
    wait_while_busy,
)
from tests.storage.helpers import PAGE_SIZE
from tests.storage.raw_pages import needs_openssl, pages_holding
from tyoparipaivakirja.core.debriefs import VisitType
from tyoparipaivakirja.core.errors import (
    ErrorCode,
    JournalCorrupt,
    ValidationError,
    ValidationField,
    ValidationReason,
)
from tyoparipaivakirja.gui.common.widgets import not_saved_text
from tyoparipaivakirja.gui.journal.backups_dialog import FOLDER_ROLE, BackupsDialog
from tyoparipaivakirja.gui.journal.import_dialog import ImportDialog
from tyoparipaivakirja.gui.main_window import MainWindow
from tyoparipaivakirja.messages import code_message, validation_message
from tyoparipaivakirja.storage import backups, database
from tyoparipaivakirja.storage.backups import BackupReason
from tyoparipaivakirja.storage.folder import back_up_folder, create_journal

OWN = "omat ajatukset vain minulle 42"
NEW_PAIR = "uusi yhteinen polku: koivikko 2027"


@pytest.fixture(autouse=True)
def restore_cursor() -> Iterator[None]:
    yield
    while QApplication.overrideCursor() is not None:
        QApplication.restoreOverrideCursor()


def open_backups(window: MainWindow) -> BackupsDialog:
    window.backups_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, BackupsDialog)
    return dialog


def uppermosts(window: MainWindow) -> list[str]:
    rows = journal_of(window).connection().execute("SELECT uppermost FROM debriefs")
    return sorted(str(r[0]) for r in rows)


def test_lock_makes_the_daily_backup(unlocked: MainWindow) -> None:
    """Locking in the app backs the journal up once that day (after the lock screen
    shows, on the journal worker)."""
    folder = journal_of(unlocked).folder
    unlocked.lock()
    wait_for_tasks(unlocked)
    assert [b.reason for b in backups.list_backups(folder / "backups")] == [BackupReason.DAILY]


def test_back_up_now_and_show_contents(
    qtbot: QtBot, unlocked: MainWindow, dialogs: FakeDialogs
) -> None:
    """'Back up now' adds a backup to the list; the pair passphrase shows what it holds."""
    save_entry(journal_of(unlocked), uppermost="Ensimmäinen")
    dialog = open_backups(unlocked)
    assert dialog.table.topLevelItemCount() == 1  # the "no backups yet" line
    click(dialog.back_up_button)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=LONG_WAIT_MS)
    assert dialog.status.text().startswith(("Backed up", "Varmuuskopioitu"))
    assert len(dialog._infos) == 1
    dialog.passphrase.set_text(PAIR_PASSPHRASE)
    click(dialog.show_contents_button)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=LONG_WAIT_MS)
    item = dialog.table.topLevelItem(0)
    assert item is not None
    assert "1" in item.text(3) and item.text(3) != dialog.tr("Type the pair passphrase to see")
    dialog.passphrase.set_text("väärä tunnuslause aivan varmasti")
    click(dialog.show_contents_button)
    qtbot.waitUntil(dialog.passphrase_error.isVisible, timeout=LONG_WAIT_MS)
    dialog.reject()


def test_restore_from_the_dialog_brings_the_backup_back(
    qtbot: QtBot, unlocked: MainWindow, dialogs: FakeDialogs
) -> None:
    """Restoring asks first, locks the journal, puts the backup back and keeps the state it
    replaced as a backup; after unlocking, only what the backup held is there."""
    save_entry(journal_of(unlocked), uppermost="Ennen varmuuskopiota")
    folder = journal_of(unlocked).folder
    dialog = open_backups(unlocked)
    click(dialog.back_up_button)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=LONG_WAIT_MS)
    save_entry(journal_of(unlocked), uppermost="Varmuuskopion jälkeen")
    dialog.refresh()
    dialogs.confirm_answers.append(True)
    click(dialog.restore_button)
    assert unlocked.journal is None
    assert unlocked.stack.currentWidget() is unlocked.unlock_page
    wait_for_tasks(unlocked)  # the daily backup, then the restore, on the journal worker
    assert not dialogs.errors
    unlock_with(unlocked, PAIR_PASSPHRASE)
    assert uppermosts(unlocked) == ["Ennen varmuuskopiota"]
    reasons = {b.reason for b in backups.list_backups(folder / "backups")}
    assert BackupReason.BEFORE_RESTORE in reasons


def test_second_location_is_chosen_and_used(
    qtbot: QtBot, unlocked: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    """A chosen second folder is shown and gets a copy of the next backup."""
    stick = tmp_path / "usb"
    stick.mkdir()
    dialog = open_backups(unlocked)
    dialogs.folder_answers.append(stick)
    click(dialog.choose_second_button)
    assert dialog.second_label.text() == str(stick)
    click(dialog.back_up_button)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=LONG_WAIT_MS)
    assert len(list(stick.glob("tyoparipaivakirja-*/*/manifest.json"))) == 1
    click(dialog.clear_second_button)
    assert journal_of(unlocked).second_backup_location() is None
    dialog.reject()


def test_export_warns_first_and_writes_owner_only(
    qtbot: QtBot, unlocked: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    """Export asks before writing plain text; declining writes nothing; accepting writes an
    owner-only file, with the own area when its passphrase is given."""
    journal = journal_of(unlocked)
    jari = member_id(journal, "Jari")
    journal.create_personal_area(jari, OWN).close()
    save_entry(journal, uppermost="Viety")
    dialog = open_backups(unlocked)
    target = tmp_path / "vienti.json"
    dialogs.confirm_answers.append(False)
    click(dialog.export_button)
    assert not target.exists()
    dialogs.confirm_answers.append(True)
    dialogs.file_answers.append(target)
    dialog.own_fields[jari].set_text(OWN)
    click(dialog.export_button)
    assert dialog.own_fields[jari].text() == ""  # the own passphrase is not kept
    qtbot.waitUntil(lambda: not dialog.busy, timeout=LONG_WAIT_MS)
    task = dialog.last_task
    assert task is not None and task.thread_name != threading.main_thread().name
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    document = json.loads(target.read_text(encoding="utf-8"))
    assert [d["uppermost"] for d in document["pair"]["debriefs"]] == ["Viety"]
    assert [a["member_id"] for a in document["personal_areas"]] == [jari]
    assert dialog.own_fields[jari].text() == ""  # the own passphrase is not kept
    dialog.reject()


def test_export_into_the_journal_folder_is_refused_and_asked_again(
    qtbot: QtBot, unlocked: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    """Saving the export over pair.db or inside the journal folder is refused with the
    reason, the save dialog opens again, and the journal's files stay as they were."""
    journal = journal_of(unlocked)
    save_entry(journal, uppermost="Viety")
    folder = journal.folder
    pair_before = (folder / "pair.db").read_bytes()
    dialog = open_backups(unlocked)
    target = tmp_path / "vienti.json"
    dialogs.confirm_answers.append(True)
    dialogs.file_answers.extend([folder / "pair.db", folder / "vienti.json", target])
    click(dialog.export_button)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=LONG_WAIT_MS)
    assert [text for _title, text in dialogs.errors] == [
        validation_message(ValidationError(ValidationField.OUTPUT, reason))
        for reason in (ValidationReason.ONTO_DATABASE, ValidationReason.INSIDE_JOURNAL)
    ]
    assert (folder / "pair.db").read_bytes() == pair_before
    assert not (folder / "vienti.json").exists()
    assert json.loads(target.read_text(encoding="utf-8"))["pair"]["debriefs"]
    dialog.reject()


def test_import_dialog_checks_the_file_and_makes_a_journal(
    qtbot: QtBot, unlocked: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    """A broken file shows its problem and cannot be imported; a good one makes a new
    journal that the window then offers to unlock."""
    journal = journal_of(unlocked)
    save_entry(journal, uppermost="Tuotu")
    target = tmp_path / "vienti.json"
    dialog = open_backups(unlocked)
    dialogs.confirm_answers.append(True)
    dialogs.file_answers.append(target)
    click(dialog.export_button)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=LONG_WAIT_MS)
    dialog.reject()
    broken = tmp_path / "rikki.json"
    broken.write_text("{}", encoding="utf-8")

    unlocked.import_action.trigger()
    importer = unlocked.dialog
    assert isinstance(importer, ImportDialog)
    importer.load(broken)
    qtbot.waitUntil(lambda: not importer.busy, timeout=LONG_WAIT_MS)
    assert importer.source_error.isVisible() and "$" in importer.source_error.text()
    assert not importer.import_button.isEnabled()
    importer.load(target)
    qtbot.waitUntil(lambda: not importer.busy, timeout=LONG_WAIT_MS)
    assert importer.import_button.isEnabled()
    new_folder = tmp_path / "tuotu"
    importer.folder.setText(str(new_folder))
    importer.pair.set_text(NEW_PAIR)
    importer.pair_repeat.set_text("jotain muuta")
    click(importer.import_button)
    assert importer.pair_error.isVisible() and not new_folder.exists()
    importer.pair_repeat.set_text(NEW_PAIR)
    click(importer.import_button)
    qtbot.waitUntil(lambda: unlocked.unlock_page.folder == new_folder, timeout=LONG_WAIT_MS)
    wait_for_tasks(unlocked)

    assert unlocked.journal is None
    assert unlocked.unlock_page.folder == new_folder
    unlock_with(unlocked, NEW_PAIR)
    assert uppermosts(unlocked) == ["Tuotu"]


def test_damaged_journal_offers_the_newest_good_backup(
    dialogs: FakeDialogs, unlocked: MainWindow
) -> None:
    """A damaged journal explains itself on the unlock screen and offers to restore; after
    confirming, the newest intact backup is back and the journal opens."""
    save_entry(journal_of(unlocked), uppermost="Talteen")
    folder = journal_of(unlocked).folder
    unlocked.lock()  # the daily backup
    wait_for_tasks(unlocked)
    pair = folder / "pair.db"
    data = bytearray(pair.read_bytes())
    data[len(data) // 2] ^= 0x40
    pair.write_bytes(bytes(data))

    unlock_with(unlocked, PAIR_PASSPHRASE)
    page = unlocked.unlock_page
    assert unlocked.journal is None
    assert page.error.text() == code_message(ErrorCode.JOURNAL_CORRUPT)
    assert page.damage_box.isVisible()
    page.passphrase.set_text(PAIR_PASSPHRASE)
    dialogs.confirm_answers.append(True)
    click(page.restore_button)
    wait_for_tasks(unlocked)
    assert unlocked.journal is not None, page.error.text()
    assert uppermosts(unlocked) == ["Talteen"]
    assert dialogs.informs and not page.damage_box.isVisible()


def test_damage_found_after_unlock_locks_with_the_restore_offer(
    dialogs: FakeDialogs, unlocked: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole-file check runs after the list shows (the unlock no longer reads every
    page); when it finds a damaged page the window locks, makes no daily backup of the
    damaged files, and the unlock screen shows the damage and the restore offer."""
    save_entry(journal_of(unlocked), uppermost="Talteen")
    folder = journal_of(unlocked).folder
    unlocked.lock()  # the daily backup of the intact journal
    wait_for_tasks(unlocked)
    before = backups.list_backups(folder / "backups")
    checked: list[str] = []

    def damaged(main: Path, passphrase: str, *, read_only: bool = False) -> None:
        checked.append(threading.current_thread().name)
        raise JournalCorrupt("a page does not match its authentication code")

    monkeypatch.setattr(database, "check_file", damaged)
    monkeypatch.setattr(backups, "has_daily_backup_on", lambda *_args: False)
    unlock_with(unlocked, PAIR_PASSPHRASE)
    wait_for_tasks(unlocked)

    assert checked and checked[0] != threading.main_thread().name
    page = unlocked.unlock_page
    assert unlocked.journal is None
    assert unlocked.stack.currentWidget() is page
    assert page.error.text() == code_message(ErrorCode.JOURNAL_CORRUPT)
    assert page.damage_box.isVisible()
    assert backups.list_backups(folder / "backups") == before


@needs_openssl
def test_damaged_page_met_by_the_first_list_read_locks_with_the_restore_offer(
    unlocked: MainWindow,
) -> None:
    """The unlock no longer reads every page, so a damaged page may first be met when
    the list reads the newest entries: the window does not stay half open with an
    "unexpected error"; it locks (backing up nothing of the damaged file) and the unlock
    screen shows the damage and the restore offer, as an unlock that met it does."""
    journal = journal_of(unlocked)
    for number in range(30):
        save_entry(journal, uppermost=f"Aiempi merkintä {number}")
    marker = "Talteen:Q7-merkki"
    save_entry(journal, uppermost=marker)
    folder = journal.folder
    unlocked.lock()  # the daily backup of the intact journal
    wait_for_tasks(unlocked)
    before = backups.list_backups(folder / "backups")
    pair = folder / "pair.db"
    [page] = pages_holding(pair, PAIR_PASSPHRASE, marker)
    assert page > 1
    data = bytearray(pair.read_bytes())
    data[(page - 1) * PAGE_SIZE + 100] ^= 0x40  # inside the encrypted body of that page
    pair.write_bytes(bytes(data))

    unlock_with(unlocked, PAIR_PASSPHRASE)
    wait_for_tasks(unlocked)

    page_shown = unlocked.unlock_page
    assert unlocked.journal is None
    assert unlocked.stack.currentWidget() is page_shown
    assert page_shown.error.text() == code_message(ErrorCode.JOURNAL_CORRUPT)
    assert page_shown.damage_box.isVisible()
    assert backups.list_backups(folder / "backups") == before


def test_full_disk_while_saving_says_so_and_keeps_earlier_entries(
    unlocked: MainWindow,
) -> None:
    """When the disk is full (the database cannot grow), saving a debrief shows the
    disk-full sentence, nothing is half-saved, and earlier entries are untouched."""
    journal = journal_of(unlocked)
    save_entry(journal, uppermost="Aiempi merkintä")
    conn = journal.connection()
    conn.execute(f"PRAGMA max_page_count = {int(conn.execute('PRAGMA page_count').fetchone()[0])}")
    editor = new_editor(unlocked)
    choose_visit_type(editor, VisitType.HOME_VISIT)
    editor.uppermost.set_text("Iso teksti " * 1500)
    click(editor.save_button)
    wait_while_busy(editor)  # the save runs on the task runner
    assert editor.general_error.text() == not_saved_text(code_message(ErrorCode.STORAGE_FULL))
    assert uppermosts(unlocked) == ["Aiempi merkintä"]
    assert not conn.in_transaction
    assert editor.uppermost.text().startswith("Iso teksti")


# --- another journal's backup ----------------------------------------------------------

OTHER_PASSPHRASE = "toisen parin oma polku: kuusikko 2025"


def other_journals_backup(tmp_path: Path, into: Path) -> Path:
    """A backup of another journal (one debrief), copied into ``into`` (a backups folder),
    as when a pair copies an old journal's backup over from another computer."""
    other = create_journal(tmp_path / "toinen", "Toinen työpari", MEMBERS, OTHER_PASSPHRASE)
    save_entry(other, uppermost="Toisen päiväkirjan purku")
    other_folder = other.folder
    other.lock()
    made = back_up_folder(other_folder, other_folder / "backups")
    copied = into / f"{made.folder.name}-toisesta"  # the name as it was copied
    shutil.copytree(made.folder, copied)
    return copied


def choose_backup(dialog: BackupsDialog, folder: Path) -> None:
    for row in range(dialog.table.topLevelItemCount()):
        item = dialog.table.topLevelItem(row)
        if item is not None and item.data(0, FOLDER_ROLE) == str(folder):
            dialog.table.setCurrentItem(item)
            return
    raise AssertionError(f"{folder.name} is not in the list")


def test_another_journals_backup_is_restored_after_an_explicit_choice(
    unlocked: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    """Choosing another journal's backup asks once, saying that it belongs to a different
    journal and what happens to the current one; yes restores it, and the journal as it
    was stays as a backup of its own."""
    save_entry(journal_of(unlocked), uppermost="Meidän purku")
    folder = journal_of(unlocked).folder
    foreign = other_journals_backup(tmp_path, folder / "backups")
    dialog = open_backups(unlocked)
    dialog.refresh()
    choose_backup(dialog, foreign)
    dialogs.confirm_answers.append(True)
    click(dialog.restore_button)

    assert len(dialogs.confirmations) == 1  # one question, the right one
    _title, text, accept_label = dialogs.confirmations[0]
    assert "different journal" in text
    assert "kept as a backup" in text
    assert "pair passphrase of that other journal" in text
    assert accept_label.replace("&", "") == "Replace with the other journal"
    assert not dialogs.errors
    assert unlocked.journal is None
    unlock_with(unlocked, OTHER_PASSPHRASE)
    assert unlocked.journal is not None
    assert uppermosts(unlocked) == ["Toisen päiväkirjan purku"]
    kept = [
        b
        for b in backups.list_backups(folder / "backups")
        if b.reason is BackupReason.BEFORE_RESTORE
    ]
    assert kept, "the journal as it was is not kept"


def test_declining_another_journals_backup_changes_nothing(
    unlocked: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    save_entry(journal_of(unlocked), uppermost="Meidän purku")
    journal_id = journal_of(unlocked).info.journal_id
    folder = journal_of(unlocked).folder
    foreign = other_journals_backup(tmp_path, folder / "backups")
    dialog = open_backups(unlocked)
    dialog.refresh()
    choose_backup(dialog, foreign)
    dialogs.confirm_answers.append(False)
    click(dialog.restore_button)
    assert "different journal" in dialogs.confirmations[0][1]
    assert unlocked.journal is not None and unlocked.journal.info.journal_id == journal_id
    assert uppermosts(unlocked) == ["Meidän purku"]
    dialog.reject()


def test_the_backup_list_says_which_backup_is_another_journals(
    unlocked: MainWindow, tmp_path: Path
) -> None:
    folder = journal_of(unlocked).folder
    dialog = open_backups(unlocked)
    click(dialog.back_up_button)
    foreign = other_journals_backup(tmp_path, folder / "backups")
    dialog.refresh()
    rows = {}
    for row in range(dialog.table.topLevelItemCount()):
        item = dialog.table.topLevelItem(row)
        assert item is not None
        rows[item.data(0, FOLDER_ROLE)] = item.text(1)
    assert "another journal" in rows.pop(str(foreign))
    assert rows and not any("another journal" in why for why in rows.values())
    dialog.reject()


def test_restore_asks_when_the_backup_turns_out_to_be_another_journals(
    unlocked: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    """However the restore was started, a refusal for another journal becomes the same
    explicit question, never only a sentence; no restores it, and nothing changed."""
    folder = journal_of(unlocked).folder
    save_entry(journal_of(unlocked), uppermost="Meidän purku")
    foreign = other_journals_backup(tmp_path, folder / "backups")
    dialogs.confirm_answers.append(False)
    unlocked.restore(foreign)
    wait_for_tasks(unlocked)  # the lock's daily backup, then the restore, on the worker
    assert "different journal" in dialogs.confirmations[0][1]
    assert not dialogs.errors
    unlock_with(unlocked, PAIR_PASSPHRASE)
    assert uppermosts(unlocked) == ["Meidän purku"]
    dialogs.confirm_answers.append(True)
    unlocked.restore(foreign)
    wait_for_tasks(unlocked)
    unlock_with(unlocked, OTHER_PASSPHRASE)
    assert uppermosts(unlocked) == ["Toisen päiväkirjan purku"]
