"""Passphrases: how strong a new one is, and changing the pair's or an own one."""

from __future__ import annotations

from collections.abc import Iterable

from tyoparipaivakirja.core.changes import Changes
from tyoparipaivakirja.core.passphrase import StrengthReport
from tyoparipaivakirja.storage import passphrases as word_list
from tyoparipaivakirja.storage.session import Journal, PersonalArea

__all__ = [
    "StrengthReport",
    "change_own_passphrase",
    "change_pair_passphrase",
    "estimate",
    "require_new",
]


def estimate(passphrase: str, context: Iterable[str] = ()) -> StrengthReport:
    """How strong ``passphrase`` is against someone who knows ``context`` (names)."""
    return word_list.estimate(passphrase, context)


def require_new(passphrase: str, repeated: str | None = None, context: Iterable[str] = ()) -> str:
    """Refuse a new passphrase that is too easy to guess or typed differently twice."""
    return word_list.require_new(passphrase, repeated, context)


def change_pair_passphrase(
    journal: Journal, old: str, new: str, repeated: str | None = None
) -> Changes:
    """Re-key the pair journal after checking the old passphrase (``WrongPassphrase``);
    the new one must differ from every own passphrase."""
    journal.change_passphrase(old, new, repeated)
    return Changes.JOURNAL


def change_own_passphrase(
    area: PersonalArea, old: str, new: str, repeated: str | None = None
) -> Changes:
    """Re-key a member's own area after checking the old passphrase."""
    area.change_passphrase(old, new, repeated)
    return Changes.OWN_AREA
