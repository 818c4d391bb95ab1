"""User interface preferences kept in QSettings: language, auto-lock time, last journal.

Only preferences live here, never content: the last journal's folder path is the
one piece of state the app remembers between starts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from tyoparipaivakirja.gui.common import i18n

DEFAULT_AUTO_LOCK_MINUTES = 5
MIN_AUTO_LOCK_MINUTES = 1
MAX_AUTO_LOCK_MINUTES = 60
# The personal area closes sooner: its owner may have turned the laptop to the partner.
PERSONAL_AREA_IDLE_MINUTES = 2

_LANGUAGE = "ui/language"
_AUTO_LOCK = "security/auto_lock_minutes"
_LAST_JOURNAL = "journal/last_folder"


class AppSettings:
    """Typed access to the app's QSettings."""

    def __init__(self, store: QSettings) -> None:
        self._store = store

    @property
    def language(self) -> str | None:
        """The chosen language, or None to follow the system."""
        value = self._store.value(_LANGUAGE, None)
        return str(value) if value in i18n.SUPPORTED_LANGUAGES else None

    @language.setter
    def language(self, value: str | None) -> None:
        if value is None:
            self._store.remove(_LANGUAGE)
        else:
            self._store.setValue(_LANGUAGE, value)
        self._store.sync()

    def effective_language(self) -> str:
        return self.language or i18n.system_language()

    @property
    def auto_lock_minutes(self) -> int:
        raw = self._store.value(_AUTO_LOCK, DEFAULT_AUTO_LOCK_MINUTES)
        try:
            minutes = int(str(raw))
        except ValueError:
            return DEFAULT_AUTO_LOCK_MINUTES
        return min(max(minutes, MIN_AUTO_LOCK_MINUTES), MAX_AUTO_LOCK_MINUTES)

    @auto_lock_minutes.setter
    def auto_lock_minutes(self, minutes: int) -> None:
        clamped = min(max(int(minutes), MIN_AUTO_LOCK_MINUTES), MAX_AUTO_LOCK_MINUTES)
        self._store.setValue(_AUTO_LOCK, clamped)
        self._store.sync()

    @property
    def last_journal(self) -> Path | None:
        value = self._store.value(_LAST_JOURNAL, None)
        return Path(str(value)) if value else None

    @last_journal.setter
    def last_journal(self, folder: Path | None) -> None:
        if folder is None:
            self._store.remove(_LAST_JOURNAL)
        else:
            self._store.setValue(_LAST_JOURNAL, str(folder))
        self._store.sync()
