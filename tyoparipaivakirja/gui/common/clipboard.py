"""Clearing, at lock, text the app itself put on the clipboard.

A debrief copied with Ctrl+C would otherwise stay on the system clipboard (and in the
X11 selection) after the journal locks, readable by anyone at the laptop. Only what
the app put there is cleared: the platform says whether the app still owns the
clipboard (X11, Wayland, Windows and macOS all tell), so what the user copied in
another program since then is left alone. Platforms that keep the clipboard inside the
process (offscreen, minimal: no other program can reach it) cannot tell, and everything
on them is the app's own.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QClipboard, QGuiApplication

IN_PROCESS_PLATFORMS = frozenset({"offscreen", "minimal"})


class ClipboardGuard(QObject):
    """Clears the clipboard and the selection where they hold the app's own data."""

    def __init__(self, parent: QObject | None = None, clipboard: QClipboard | None = None) -> None:
        super().__init__(parent)
        self._clipboard = clipboard or QGuiApplication.clipboard()
        self._in_process = QGuiApplication.platformName() in IN_PROCESS_PLATFORMS

    def clear_own_text(self) -> None:
        clipboard = self._clipboard
        if self._in_process or clipboard.ownsClipboard():
            clipboard.clear(QClipboard.Mode.Clipboard)
        if clipboard.supportsSelection() and clipboard.ownsSelection():
            clipboard.clear(QClipboard.Mode.Selection)
