"""Default responsibilities of a work pair (domain.md §3), offered as "what did I do".

Until a role split is agreed in the journal, debriefs offer these items.
"""

from __future__ import annotations

from tyoparipaivakirja.core.members import Role

PROFESSIONAL_ITEMS = (
    "työskentelyn koordinointi ja ohjaus",
    "sidosryhmäyhteistyö",
    "palvelujärjestelmän kanssa työskentely",
    "asiakkaan tilanteen ja tuen tarpeen kartoitus",
    "asiakkaan asioiden vieminen verkostoon",
    "yhteydenotot yhteistyötahoihin ja kirjalliset dokumentit",
)
EXPERT_BY_EXPERIENCE_ITEMS = (
    "vertaistukeva ja motivoiva asiakastyö",
    "ongelmien esiin nostaminen asiakaslähtöisesti",
    "tulkkina toimiminen ammattilaisen ja asiakkaan välillä",
    "hälytysmerkkien tunnistaminen",
    "jään rikkominen ensitapaamisissa",
    "sillanrakennus viranomaisasioinnissa",
    "asiakkaan tilanteen realistinen arviointi",
)
SHARED_ITEMS = (
    "ensitapaaminen",
    "työparin purku",
    "verkostotyö",
    "läheistyö",
)


def default_items_for(role: Role) -> tuple[str, ...]:
    """The items a member of ``role`` most likely did: their own lead items, then shared."""
    own = PROFESSIONAL_ITEMS if role is Role.PROFESSIONAL else EXPERT_BY_EXPERIENCE_ITEMS
    return own + SHARED_ITEMS
