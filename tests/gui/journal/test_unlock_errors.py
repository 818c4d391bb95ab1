"""Unlocking fails in a way a person can act on, never with a traceback or a stuck cursor."""

from __future__ import annotations

import errno
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import PAIR_PASSPHRASE
from tests.gui.helpers import unlock_with
from tyoparipaivakirja.core.errors import ErrorCode
from tyoparipaivakirja.gui.main_window import MainWindow
from tyoparipaivakirja.messages import code_message
from tyoparipaivakirja.storage.folder import open_journal
from tyoparipaivakirja.storage.lockfile import FolderLock
from tyoparipaivakirja.storage.session import Journal


@pytest.fixture(autouse=True)
def restore_cursor() -> Iterator[None]:
    """A failed test must not leave the wait cursor on for the tests after it."""
    yield
    while QApplication.overrideCursor() is not None:
        QApplication.restoreOverrideCursor()


@pytest.fixture
def at_unlock(window: MainWindow, make_journal: Callable[..., Journal]) -> MainWindow:
    """The window on the unlock page of an existing, locked journal."""
    journal = make_journal()
    journal.lock()
    window.show_unlock(journal.folder)
    return window


def test_journal_open_elsewhere_is_explained(at_unlock: MainWindow) -> None:
    """A journal open in another program gives the 'open elsewhere' message, not a crash."""
    window = at_unlock
    folder = window.unlock_page.folder
    assert folder is not None
    other = open_journal(folder, PAIR_PASSPHRASE)
    try:
        unlock_with(window, PAIR_PASSPHRASE)
        assert window.journal is None
        assert window.unlock_page.error.isVisible()
        assert window.unlock_page.error.text() == code_message(ErrorCode.JOURNAL_IN_USE)
        assert window.unlock_page.unlock_button.isEnabled()  # not a wrong passphrase
        assert QApplication.overrideCursor() is None
    finally:
        other.lock()


def test_read_only_journal_folder_is_explained(
    qtbot: QtBot, at_unlock: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A journal on read-only media shows a message under the field and restores the cursor."""

    def read_only(self: FolderLock) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(FolderLock, "acquire", read_only)
    window = at_unlock
    with qtbot.captureExceptions() as escaped:
        unlock_with(window, PAIR_PASSPHRASE)
    assert [str(exc) for _, exc, _ in escaped] == []
    assert QApplication.overrideCursor() is None
    assert window.journal is None
    assert window.unlock_page.error.isVisible() and window.unlock_page.error.text()
