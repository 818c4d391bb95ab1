"""The walk through a whole journey in the real main window, with the event loop
turning (timers, deferred deletes), locking after every step.

``Journey.checkpoint`` is called after each step of a journey: the window is locked
(and the lock is checked to have really closed the journal: no session, no journal
view left, no ``-wal``/``-shm`` file anywhere in the journal, the folder lock free),
unlocked again, the journey's ``restore`` puts the user back where they were (as a
person would: continue the draft, type the own passphrase), and ``verify`` checks
that every text typed so far is there. Then the same after a switch to another
section and back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import PAIR_PASSPHRASE
from tests.gui.helpers import OWN_PASSPHRASE, FakeDialogs, unlock_with, wait_for_tasks
from tyoparipaivakirja.gui.debriefs.debriefs_page import DebriefsPage
from tyoparipaivakirja.gui.debriefs.follow_ups_page import FollowUpsPage
from tyoparipaivakirja.gui.journal.journal_view import JournalView
from tyoparipaivakirja.gui.main_window import MainWindow
from tyoparipaivakirja.storage.lockfile import FolderLock
from tyoparipaivakirja.storage.session import Journal

type Check = Callable[[], None]


def nothing() -> None:
    """A restore or verify step with nothing to do."""


class Journey:
    """One journey's window, journal folder and scripted dialogs."""

    def __init__(
        self, qtbot: QtBot, window: MainWindow, folder: Path, dialogs: FakeDialogs
    ) -> None:
        self.qtbot = qtbot
        self.window = window
        self.folder = folder
        self.dialogs = dialogs
        self.locks = 0

    @property
    def journal(self) -> Journal:
        journal = self.window.journal
        assert journal is not None, "the journal is not open"
        return journal

    @property
    def view(self) -> JournalView:
        view = self.window.view
        assert isinstance(view, JournalView), "the journal is not open"
        return view

    def member_id(self, name: str) -> str:
        return next(m.member_id for m in self.journal.members.all() if m.display_name == name)

    def settle(self) -> None:
        """Let the event loop turn: posted events, timers due now, deferred deletes, and
        the work handed to the task runner (a save, opening an own area) end, as a user
        waits for it."""
        self.qtbot.waitUntil(lambda: not self.window.tasks.busy(), timeout=10_000)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.qtbot.wait(5)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def show(self, page_key: str) -> None:
        self.view.show_page(page_key)
        assert self.view.current_page.page_key == page_key
        self.settle()

    def lock_and_unlock(self) -> None:
        """Ctrl+L as the user would, proof that the journal really closed, then unlock."""
        page_key = self.view.current_page.page_key
        self.settle()
        self.window.lock_action.trigger()
        self.settle()
        self.locks += 1
        assert self.window.journal is None and self.window.view is None
        wait_for_tasks(self.window)  # the daily backup copies the closed files
        assert not self.window.findChildren(JournalView), "the journal's pages outlived the lock"
        left = sorted(
            str(p.relative_to(self.folder))
            for pattern in ("*-wal", "*-shm")
            for p in self.folder.rglob(pattern)
        )
        assert left == [], f"the lock left {left}"
        free = FolderLock(self.folder)
        free.acquire()  # the session gave the folder back
        free.release()
        unlock_with(self.window, PAIR_PASSPHRASE)
        self.settle()
        assert self.window.journal is not None, "the journal did not unlock again"
        assert self.view.current_page.page_key == page_key

    def switch_away_and_back(self) -> None:
        page_key = self.view.current_page.page_key
        other = (
            FollowUpsPage.page_key if page_key != FollowUpsPage.page_key else DebriefsPage.page_key
        )
        self.show(other)
        self.show(page_key)

    def checkpoint(self, restore: Check = nothing, verify: Check = nothing) -> None:
        """After a step: what was typed survives a lock, and a section switch."""
        verify()
        self.lock_and_unlock()
        restore()
        self.settle()
        verify()
        self.switch_away_and_back()
        restore()
        self.settle()
        verify()

    def type_own_passphrase(self, field: QWidget, name: str) -> None:
        """The owner types their own passphrase and presses Enter (ASCII, so key clicks)."""
        field.setFocus()
        QTest.keyClicks(field, own_passphrase(name))
        QTest.keyClick(field, Qt.Key.Key_Return)
        wait_for_tasks(self.window)  # the own area opens on the journal worker
        self.settle()


def own_passphrase(name: str) -> str:
    """Each member's own passphrase in the journeys' journal (ASCII: typed key by key)."""
    return f"{OWN_PASSPHRASE} {name.lower()}"
