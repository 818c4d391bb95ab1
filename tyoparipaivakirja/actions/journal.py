"""The journal folder itself: create, unlock, check; what happens before a session exists.

These take a folder and plain values and return the session (``Journal``) the GUI and
the command line then hand to every other action.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from tyoparipaivakirja.actions import start
from tyoparipaivakirja.core.members import NewMember
from tyoparipaivakirja.storage import folder as lifecycle
from tyoparipaivakirja.storage.files import check_output_target, ensure_private_folder
from tyoparipaivakirja.storage.instrument_files import load_instruments
from tyoparipaivakirja.storage.session import Journal
from tyoparipaivakirja.storage.verify import VerifyReport, verify_journal

__all__ = [
    "Journal",
    "VerifyReport",
    "check_output_target",
    "create",
    "ensure_private_folder",
    "is_journal_folder",
    "load_instruments",
    "unlock",
    "verify",
]


def create(
    folder: Path,
    name: str,
    members: Sequence[NewMember],
    passphrase: str,
    repeated: str | None = None,
) -> Journal:
    """Make a new journal in an empty (or new) folder and return it unlocked; refuses an
    easy passphrase, a folder in use, bad names (``ValidationError``)."""
    return lifecycle.create_journal(folder, name, members, passphrase, repeated)


def unlock(folder: Path, passphrase: str) -> Journal:
    """Unlock the journal in ``folder`` (``WrongPassphrase``, ``JournalInUse``, …; on a
    full disk it opens for reading only, see ``Journal.read_only``)."""
    return lifecycle.open_journal(folder, passphrase)


def is_journal_folder(folder: Path) -> bool:
    """True when ``folder`` holds a pair journal."""
    return start.is_journal_folder(folder)


def verify(
    journal: Journal, pair_passphrase: str, own_passphrases: Mapping[str, str] | None = None
) -> VerifyReport:
    """Check every file of the open journal (and the own areas whose passphrase is given)."""
    return verify_journal(journal, pair_passphrase, own_passphrases)
