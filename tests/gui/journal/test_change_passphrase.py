"""Changing the pair passphrase from the unlocked journal."""

from __future__ import annotations

from tests.conftest import PAIR_PASSPHRASE
from tests.gui.helpers import NEW_PAIR_PASSPHRASE, click, unlock_with, wait_for_tasks
from tyoparipaivakirja.core.errors import ErrorCode, ValidationReason
from tyoparipaivakirja.gui.journal.change_passphrase import ChangePassphraseDialog
from tyoparipaivakirja.gui.main_window import MainWindow
from tyoparipaivakirja.messages import code_message, passphrase_message

WRONG = "väärä tunnuslause, ei tämä"


def _open_dialog(window: MainWindow) -> ChangePassphraseDialog:
    window.passphrase_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, ChangePassphraseDialog)
    assert dialog.isVisible()
    return dialog


def _fill(dialog: ChangePassphraseDialog, old: str, new: str, repeat: str | None = None) -> None:
    dialog.old.set_text(old)
    dialog.new.set_text(new)
    dialog.repeat.set_text(new if repeat is None else repeat)


def test_changed_pair_passphrase_unlocks(unlocked: MainWindow) -> None:
    """After a change (made on the journal worker, off the GUI thread), the new pair
    passphrase unlocks the journal and the old one does not."""
    window = unlocked
    dialog = _open_dialog(window)
    _fill(dialog, PAIR_PASSPHRASE, NEW_PAIR_PASSPHRASE)
    results: list[int] = []
    dialog.finished.connect(results.append)
    dialog.submit()
    assert dialog.busy  # under way on the worker: the window is not waiting for it
    wait_for_tasks(window)  # the dialog closes (and is deleted) when the change is made
    assert results == [ChangePassphraseDialog.DialogCode.Accepted.value]
    assert window.dialog is None
    assert window.statusBar().currentMessage()

    window.lock_action.trigger()
    unlock_with(window, PAIR_PASSPHRASE)
    assert window.journal is None
    unlock_with(window, NEW_PAIR_PASSPHRASE)
    assert window.journal is not None


def test_wrong_current_passphrase_is_refused(unlocked: MainWindow) -> None:
    """A wrong current passphrase is explained in the dialog, which stays open; nothing changes."""
    window = unlocked
    assert window.view is not None
    click(window.view.overview.change_button)  # the overview's own button
    dialog = window.dialog
    assert isinstance(dialog, ChangePassphraseDialog)
    _fill(dialog, WRONG, NEW_PAIR_PASSPHRASE)
    dialog.submit()
    wait_for_tasks(window)

    assert dialog.isVisible()
    assert dialog.old_error.isVisible()
    assert dialog.old_error.text() == code_message(ErrorCode.WRONG_PASSPHRASE)
    dialog.reject()

    window.lock()
    unlock_with(window, NEW_PAIR_PASSPHRASE)
    assert window.journal is None
    unlock_with(window, PAIR_PASSPHRASE)
    assert window.journal is not None


def test_mismatched_new_passphrase_is_refused(unlocked: MainWindow) -> None:
    """A new passphrase typed differently twice is explained under the repeat field."""
    dialog = _open_dialog(unlocked)
    _fill(dialog, PAIR_PASSPHRASE, NEW_PAIR_PASSPHRASE, NEW_PAIR_PASSPHRASE + "x")
    dialog.submit()
    wait_for_tasks(unlocked)
    assert dialog.isVisible()
    assert dialog.repeat_error.text() == passphrase_message(ValidationReason.MISMATCH)
    dialog.reject()


def test_locking_closes_the_change_dialog(unlocked: MainWindow) -> None:
    """Locking the journal (as the idle lock does) closes an open change-passphrase dialog."""
    window = unlocked
    dialog = _open_dialog(window)
    window.lock()
    assert not dialog.isVisible()
    assert window.dialog is None
