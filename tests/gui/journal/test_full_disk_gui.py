"""A full disk when unlocking: the app opens the journal for reading only and says so once,
above every page, with the way out; every save is refused with the same sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PAIR_PASSPHRASE
from tests.gui.debrief_helpers import (
    choose_visit_type,
    journal_of,
    new_editor,
    save_entry,
)
from tests.gui.helpers import FakeDialogs, click, unlock_with, wait_for_tasks, wait_while_busy
from tests.storage.helpers import FullDisk, snapshot
from tyoparipaivakirja.core.debriefs import VisitType
from tyoparipaivakirja.gui.common.widgets import not_saved_text
from tyoparipaivakirja.gui.main_window import MainWindow
from tyoparipaivakirja.messages import code_message, read_only_full_disk_message


@pytest.fixture
def disk(monkeypatch: pytest.MonkeyPatch) -> FullDisk:
    return FullDisk(monkeypatch)


def locked_with_one_entry(window: MainWindow) -> Path:
    save_entry(journal_of(window), uppermost="Ennen täyttä levyä")
    folder = journal_of(window).folder
    window.lock()
    wait_for_tasks(window)  # the lock's daily backup, made after the lock screen shows
    return folder


def test_full_disk_unlocks_for_reading_only_and_refuses_saves_with_one_sentence(
    unlocked: MainWindow, disk: FullDisk
) -> None:
    window = unlocked
    folder = locked_with_one_entry(window)
    before = snapshot(folder)
    disk.full = True
    unlock_with(window, PAIR_PASSPHRASE)

    journal = journal_of(window)
    assert journal.read_only
    view = window.view
    assert view is not None
    notice = view.read_only_notice
    assert notice.isVisible()
    assert notice.text.text() == read_only_full_disk_message()
    assert "reading only" in window.lock_state.text()
    assert view.debriefs.list_view.model().rowCount() == 1  # what was saved is readable

    editor = new_editor(window)
    choose_visit_type(editor, VisitType.HOME_VISIT)
    editor.uppermost.set_text("Uusi merkintä")
    click(editor.save_button)
    wait_while_busy(editor)  # the save runs on the task runner
    assert editor.general_error.text() == not_saved_text(read_only_full_disk_message())
    assert editor.uppermost.text() == "Uusi merkintä"  # still on screen

    click(notice.button)  # "Lock now", the way out the sentence names
    assert window.journal is None
    assert window.stack.currentWidget() is window.unlock_page
    assert snapshot(folder) == before  # no draft, no checkpoint, no daily backup

    disk.full = False
    unlock_with(window, PAIR_PASSPHRASE)
    assert not journal_of(window).read_only
    assert window.view is not None and not window.view.read_only_notice.isVisible()
    assert window.lock_state.text() == "Journal unlocked"


def test_no_room_to_read_says_the_disk_is_full_on_the_unlock_page(
    unlocked: MainWindow, disk: FullDisk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the journal cannot be read either, the unlock page says the disk is full and
    what to do, not the generic storage sentence."""
    from tyoparipaivakirja.core.errors import ErrorCode, FullDiskOnOpen
    from tyoparipaivakirja.storage import database

    window = unlocked
    locked_with_one_entry(window)
    disk.full = True

    def cannot_read(*_args: object) -> object:
        raise FullDiskOnOpen("test")

    monkeypatch.setattr(database, "open_read_only_database", cannot_read)
    unlock_with(window, PAIR_PASSPHRASE)
    assert window.journal is None
    text = window.unlock_page.error.text()
    assert text == code_message(ErrorCode.FULL_DISK_ON_OPEN)
    assert "disk is full" in text and "Free up space" in text


def test_the_notice_is_not_shown_for_a_journal_with_room(
    unlocked: MainWindow, dialogs: FakeDialogs
) -> None:
    view = unlocked.view
    assert view is not None
    assert not view.read_only_notice.isVisible()
