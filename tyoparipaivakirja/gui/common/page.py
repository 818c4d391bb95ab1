"""The base of every screen shown inside the unlocked journal."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from tyoparipaivakirja.core.changes import Changes


class JournalPage(QWidget):
    """A screen of the unlocked journal, with hooks the main window calls.

    ``before_lock`` runs before the journal is locked or the app quits: an editor
    saves its draft there. ``leave`` runs when the user moves to another screen.

    Pages keep themselves up to date: ``shows`` names the kinds of data a page shows,
    and when a task or another page changed one of them (the task runner's ``changed``,
    passed on by the journal view) ``data_changed`` refreshes the page if it is on
    screen; a page out of sight refreshes on ``enter`` anyway. A page says what it
    saved itself with ``saved_changes``; it is not told of its own changes again.
    """

    page_key = ""
    shows: Changes = Changes.NONE
    # Ask the journal view to show another page, by its ``page_key``.
    open_page_requested = Signal(str)
    # What this page just saved (Changes): the other pages showing it refresh.
    saved_changes = Signal(object)

    @classmethod
    def nav_title(cls) -> str:
        """The page's name in the section list (known before the page is built)."""
        raise NotImplementedError

    def enter(self) -> None:
        """The page became visible."""

    def may_leave(self) -> bool:
        """The user asks to move to another page: False keeps them here (the page asked
        them and they chose to stay). Never asked before a lock."""
        return True

    def leave(self) -> None:
        """The user moved to another page."""

    def before_lock(self) -> None:
        """The journal is about to lock: keep what must not be lost."""

    def data_changed(self, changes: Changes) -> None:
        """Data changed elsewhere: refresh now if this page is on screen and shows it."""
        if changes & self.shows and self.isVisible():
            self.refresh_shown()

    def refresh_shown(self) -> None:
        """Show the journal's data again without losing what the user is doing there
        (by default as on ``enter``)."""
        self.enter()
