"""The growing pause after wrong pair passphrases on the unlock screen."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import PAIR_PASSPHRASE
from tests.gui.helpers import LONG_WAIT_MS, click, press, unlock_with
from tyoparipaivakirja.core.errors import ErrorCode
from tyoparipaivakirja.gui.journal.unlock import (
    FIRST_PAUSE_SECONDS,
    FREE_ATTEMPTS,
    MAX_PAUSE_SECONDS,
    pause_after,
)
from tyoparipaivakirja.gui.main_window import MainWindow
from tyoparipaivakirja.messages import code_message
from tyoparipaivakirja.storage.session import Journal

WRONG = "väärä tunnuslause, ei tämä"


def test_pause_starts_after_free_attempts_grows_and_is_capped() -> None:
    """No pause for the first misses; then the pause doubles and never exceeds the cap."""
    assert [pause_after(n) for n in range(FREE_ATTEMPTS)] == [0] * FREE_ATTEMPTS
    assert pause_after(FREE_ATTEMPTS) == FIRST_PAUSE_SECONDS
    assert pause_after(FREE_ATTEMPTS + 1) == 2 * FIRST_PAUSE_SECONDS
    pauses = [pause_after(n) for n in range(FREE_ATTEMPTS, FREE_ATTEMPTS + 40)]
    assert pauses == sorted(pauses)
    assert max(pauses) == MAX_PAUSE_SECONDS
    assert pause_after(1000) == MAX_PAUSE_SECONDS


@pytest.fixture
def at_unlock(window: MainWindow, make_journal: Callable[..., Journal]) -> MainWindow:
    """The window on the unlock page of an existing, locked journal."""
    journal = make_journal()
    journal.lock()
    window.show_unlock(journal.folder)
    return window


def _miss(window: MainWindow, times: int) -> None:
    for _ in range(times):
        unlock_with(window, WRONG)


def test_three_misses_pause_unlocking(qtbot: QtBot, at_unlock: MainWindow) -> None:
    """After three wrong passphrases Unlock is paused with a message, then works again."""
    window = at_unlock
    page = window.unlock_page
    _miss(window, FREE_ATTEMPTS - 1)
    assert page.unlock_button.isEnabled()
    assert page.error.text() == code_message(ErrorCode.WRONG_PASSPHRASE)

    _miss(window, 1)
    assert not page.unlock_button.isEnabled()
    assert page.error.isVisible()
    assert str(pause_after(FREE_ATTEMPTS)) in page.error.text()  # says how long to wait

    # During the pause even the right passphrase and Enter do nothing.
    page.passphrase.set_text(PAIR_PASSPHRASE)
    press(page.passphrase.edit, Qt.Key.Key_Return)
    assert window.journal is None

    qtbot.waitUntil(page.unlock_button.isEnabled, timeout=LONG_WAIT_MS)
    assert str(pause_after(FREE_ATTEMPTS)) not in page.error.text()
    unlock_with(window, PAIR_PASSPHRASE)
    assert window.journal is not None


def test_miss_after_pause_pauses_longer(qtbot: QtBot, at_unlock: MainWindow) -> None:
    """A miss right after a pause pauses again at once, and for longer."""
    window = at_unlock
    page = window.unlock_page
    _miss(window, FREE_ATTEMPTS)
    qtbot.waitUntil(page.unlock_button.isEnabled, timeout=LONG_WAIT_MS)

    _miss(window, 1)
    assert not page.unlock_button.isEnabled()
    assert str(pause_after(FREE_ATTEMPTS + 1)) in page.error.text()
    click(page.unlock_button)
    assert window.journal is None
