"""The demo journal: invented, realistic Finnish sample data for newcomers to explore.

Everything here is fiction. Each feature adds its own sample data to ``write_demo``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tyoparipaivakirja.core.members import NewMember, Role
from tyoparipaivakirja.demo_debriefs import add_demo_debriefs
from tyoparipaivakirja.storage.journal import Journal, create_journal

DEMO_JOURNAL_NAME = "Jarin ja Sannan työpari (demo)"
DEMO_PAIR_PASSPHRASE = "demo-kahvi-termos-2026"
DEMO_MEMBERS = (
    NewMember("Jari", Role.EXPERT_BY_EXPERIENCE),
    NewMember("Sanna", Role.PROFESSIONAL),
)
DEMO_PERSONAL_PASSPHRASES = {
    "Jari": "jarin-oma-vihko-2026",
    "Sanna": "sannan-oma-vihko-2026",
}


@dataclass(frozen=True, slots=True)
class DemoPassphrases:
    """What a newcomer needs to get into the demo journal."""

    pair: str
    personal: dict[str, str]


def write_demo(folder: Path, pair_passphrase: str = DEMO_PAIR_PASSPHRASE) -> DemoPassphrases:
    """Create a demo journal in ``folder`` (new or empty) and leave it locked."""
    journal = create_journal(folder, DEMO_JOURNAL_NAME, DEMO_MEMBERS, pair_passphrase)
    try:
        _add_personal_areas(journal)
        add_demo_debriefs(journal, DEMO_PERSONAL_PASSPHRASES, date.today())
    finally:
        journal.lock()
    return DemoPassphrases(pair_passphrase, dict(DEMO_PERSONAL_PASSPHRASES))


def _add_personal_areas(journal: Journal) -> None:
    for member in journal.members():
        area = journal.create_personal_area(
            member.member_id, DEMO_PERSONAL_PASSPHRASES[member.display_name]
        )
        area.close()
