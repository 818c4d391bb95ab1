"""Export: the whole journal (and the own areas whose owners typed their passphrase)
as one plain-text JSON file.

Other engineers may change how storage builds the document (issue 16); this action is
the one place the GUI and the command line reach it from.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from tyoparipaivakirja.core.progress import Tick, no_progress
from tyoparipaivakirja.storage.files import check_output_target, write_export
from tyoparipaivakirja.storage.portable import encoded, export_text
from tyoparipaivakirja.storage.session import Journal


@dataclass(frozen=True, slots=True)
class Exported:
    """Where the export was written."""

    target: Path


def check_target(target: Path) -> None:
    """Refuse an output file that may not be written (before any passphrase is asked)."""
    check_output_target(target)


def export_journal(
    journal: Journal,
    target: Path,
    own_passphrases: Mapping[str, str],
    progress: Tick = no_progress,
) -> Exported:
    """Write everything of the journal to ``target`` as plain-text JSON, with the own
    areas whose owners gave their passphrase (``member_id → passphrase``; an own
    passphrase that does not open the area raises ``WrongPassphrase`` and nothing is
    written). ``progress`` may stop it before the file is written."""
    write_export(target, encoded(export_text(journal, own_passphrases, progress)))
    return Exported(target)
