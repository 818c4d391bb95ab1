"""The base of every screen shown inside the unlocked journal."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget


class JournalPage(QWidget):
    """A screen of the unlocked journal, with hooks the main window calls.

    ``before_lock`` runs before the journal is locked or the app quits: an editor
    saves its draft there. ``leave`` runs when the user moves to another screen.
    """

    page_key = ""
    # Ask the journal view to show another page, by its ``page_key``.
    open_page_requested = Signal(str)

    def nav_title(self) -> str:
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
