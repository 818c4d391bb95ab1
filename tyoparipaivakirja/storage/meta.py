"""The meta store: facts a database keeps about itself, as keys and values.

The pair journal's ``meta`` holds its id, name and creation time (exported as the
file's ``journal`` section), and what belongs to this copy only: its device id, the
clock's last stamp (``storage.access``) and the second backup folder the user chose.
"""

from __future__ import annotations

from pathlib import Path

from tyoparipaivakirja.storage.access import Access

# The folder the user chose for a second copy of every backup (a USB stick).
SECOND_LOCATION_KEY = "backup_second_location"


class MetaStore:
    """The ``meta`` table of one database."""

    def __init__(self, access: Access) -> None:
        self._access = access

    def get(self, key: str) -> str | None:
        row = (
            self._access.connection()
            .execute("SELECT value FROM meta WHERE key = ?", (key,))
            .fetchone()
        )
        return None if row is None or row[0] is None else str(row[0])

    def set(self, key: str, value: str | None) -> None:
        """Keep ``value`` under ``key`` (None removes it)."""
        with self._access.transaction() as conn:
            if value is None:
                conn.execute("DELETE FROM meta WHERE key = ?", (key,))
            else:
                conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def second_backup_location(self) -> Path | None:
        """The folder the user chose for a second copy of every backup, if any."""
        value = self.get(SECOND_LOCATION_KEY)
        return Path(value) if value else None

    def set_second_backup_location(self, folder: Path | None) -> None:
        self.set(SECOND_LOCATION_KEY, None if folder is None else str(folder))
