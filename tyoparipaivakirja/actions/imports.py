"""Import: make a new journal from an export file (never into an existing one)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from tyoparipaivakirja.core.progress import Tick, no_progress
from tyoparipaivakirja.storage import portable
from tyoparipaivakirja.storage.portable import ImportReport, ImportSummary, Row

__all__ = [
    "ImportReport",
    "ImportSummary",
    "Row",
    "import_into_new_journal",
    "read_export_file",
    "summarize",
]


def read_export_file(source: Path) -> Row:
    """Read and check an export file (``ImportInvalid`` at the first problem)."""
    return portable.read_import_file(source)


def summarize(document: Row) -> ImportSummary:
    """What an export file holds, to show before importing it."""
    return portable.summarize(document)


def import_into_new_journal(
    document: Row,
    folder: Path,
    pair_passphrase: str,
    own_passphrases: Mapping[str, str],
    repeated: str | None = None,
    progress: Tick = no_progress,
) -> ImportReport:
    """Make a new journal in ``folder`` (new or empty) from a checked document, each own
    area under its owner's new passphrase; nothing is left behind when it is refused or
    stopped."""
    return portable.import_document(
        document, folder, pair_passphrase, own_passphrases, repeated, progress
    )
