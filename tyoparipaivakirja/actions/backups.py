"""Backups: make one now, see what one holds, put one back.

Run off the GUI thread (they copy and hash every file): the GUI hands them to its task
runner, the command line calls them directly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tyoparipaivakirja.core.changes import Changes
from tyoparipaivakirja.core.errors import JournalError
from tyoparipaivakirja.core.progress import Tick, no_progress
from tyoparipaivakirja.storage import backups as snapshots
from tyoparipaivakirja.storage import folder as lifecycle
from tyoparipaivakirja.storage.backups import BackupContents, BackupInfo, BackupReason
from tyoparipaivakirja.storage.layout import journal_tag
from tyoparipaivakirja.storage.session import BackupOutcome, FolderStillHeld, Journal

__all__ = [
    "BackupContents",
    "BackupInfo",
    "BackupOutcome",
    "BackupReason",
    "FolderStillHeld",
    "Restored",
    "back_up_locked_folder",
    "back_up_now",
    "inspect_all",
    "is_other_journals",
    "list_backups",
    "read_backup",
    "restore",
    "restore_newest_good",
]


@dataclass(frozen=True, slots=True)
class Restored:
    """A backup put back: which one, the safety copy of what was there before (None
    when there was nothing to keep), and what the pages must show anew."""

    backup: BackupInfo
    safety: BackupInfo | None

    @property
    def changes(self) -> Changes:
        return Changes.everything()


def back_up_now(journal: Journal) -> BackupOutcome:
    """A manual backup of the open journal (and its copy to the second location)."""
    return journal.back_up_now()


def back_up_locked_folder(folder: Path, out: Path) -> BackupInfo:
    """Back up a journal that is not open, without its passphrase, into ``out``'s own
    subfolder for this journal (the command line's ``backup``)."""
    return lifecycle.back_up_folder(folder, out)


def read_backup(folder: Path) -> BackupInfo:
    """What a backup folder is (when and why it was made); ``BackupInvalid`` if it is none."""
    return snapshots.read_backup(folder)


def list_backups(root: Path) -> list[BackupInfo]:
    """The backups in one backup folder, newest first."""
    return snapshots.list_backups(root)


def restore(folder: Path, backup: Path, *, other_journal: bool = False) -> Restored:
    """Put the backup in ``backup`` back in place of the locked journal in ``folder``,
    keeping the journal as it was as a backup first. ``BackupOfAnotherJournal`` unless
    ``other_journal`` says the user chose a backup of another journal."""
    info = snapshots.read_backup(backup)
    safety = lifecycle.restore_backup(folder, backup, other_journal=other_journal)
    return Restored(info, safety)


def restore_newest_good(folder: Path, pair_passphrase: str) -> Restored:
    """Restore the newest whole backup that opens with ``pair_passphrase`` (a journal
    found damaged at unlock); ``NoUsableBackup`` when there is none."""
    chosen, safety = lifecycle.restore_newest_good_backup(folder, pair_passphrase)
    return Restored(chosen, safety)


def inspect_all(
    infos: Sequence[BackupInfo], pair_passphrase: str, progress: Tick = no_progress
) -> list[BackupContents | JournalError]:
    """What each backup holds, or the error that kept it from opening; ``progress`` is
    ticked before each backup and may stop the work."""
    results: list[BackupContents | JournalError] = []
    for done, info in enumerate(infos):
        progress(done, len(infos))
        try:
            results.append(snapshots.inspect_backup(info, pair_passphrase))
        except JournalError as error:
            results.append(error)
    return results


def is_other_journals(info: BackupInfo, journal: Journal) -> bool:
    """True when the backup was made of another journal than ``journal``."""
    return info.journal_tag is not None and info.journal_tag != journal_tag(journal.info.journal_id)
