"""A member's own area: make it, open it, reset it when the own passphrase is lost."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tyoparipaivakirja.core.errors import JournalError
from tyoparipaivakirja.core.trends import SharedTrend, TrendShare
from tyoparipaivakirja.storage.area_reset import ResetArea
from tyoparipaivakirja.storage.drafts import FormDraft
from tyoparipaivakirja.storage.session import Journal, PersonalArea

__all__ = [
    "FormDraft",
    "OpenedForForm",
    "PersonalArea",
    "ResetArea",
    "create",
    "open_area",
    "open_for_form",
    "open_or_create",
    "reset",
    "restore_reset",
    "share_trend",
    "withdraw_shared_trend",
]


@dataclass(frozen=True, slots=True)
class OpenedForForm:
    """An own area opened from a form's passphrase box, with the answers its owner left
    there as a draft for this form (None when there are none, or they cannot be read)."""

    area: PersonalArea
    kept: FormDraft | None


def create(
    journal: Journal, member_id: str, passphrase: str, repeated: str | None = None
) -> PersonalArea:
    """Make the member's own area with a new own passphrase (different from the pair's)."""
    return journal.create_personal_area(member_id, passphrase, repeated)


def open_area(journal: Journal, member_id: str, passphrase: str) -> PersonalArea:
    """Open the member's own area with their own passphrase (``WrongPassphrase``)."""
    return journal.open_personal_area(member_id, passphrase)


def open_for_form(
    journal: Journal,
    member_id: str,
    passphrase: str,
    form_id: str,
    draft_kind: str,
    entry_id: str | None,
) -> OpenedForForm:
    """Open the member's own area for a form and find the answers they kept there as a
    draft: under this form's id, or (for a saved entry) any draft of ``draft_kind`` for
    ``entry_id``. One key derivation: the GUI runs it on its task runner."""
    area = journal.open_personal_area(member_id, passphrase)
    try:
        kept = area.drafts.get(form_id)
        if kept is None and entry_id is not None:
            found = area.drafts.of_kind(draft_kind, target=entry_id)
            kept = found[0] if found else None
    except JournalError:
        kept = None
    return OpenedForForm(area, kept)


def open_or_create(
    journal: Journal, member_id: str, passphrase: str, repeated: str | None = None
) -> PersonalArea:
    """The own area page's one form: open the member's area with their own passphrase,
    or, when they have none yet, make it with this new passphrase (typed twice)."""
    if journal.has_personal_area(member_id):
        return journal.open_personal_area(member_id, passphrase)
    return journal.create_personal_area(member_id, passphrase, repeated)


def reset(journal: Journal, member_id: str) -> ResetArea:
    """Put the member's own area (and its copies in every backup) aside after a lost
    own passphrase; restorable with the old passphrase for ``area_reset.KEEP_DAYS``
    days. Moves files in every backup: the GUI runs it on its task runner."""
    return journal.reset_personal_area(member_id)


def restore_reset(journal: Journal, member_id: str, old_passphrase: str) -> ResetArea:
    """Bring back the member's reset area that opens with ``old_passphrase`` (an area
    made since is put aside in its place); ``WrongPassphrase`` when none does."""
    return journal.restore_reset_area(member_id, old_passphrase)


def share_trend(area: PersonalArea, preview: TrendShare, today: date) -> SharedTrend:
    """Copy the owner's previewed stress trend into the pair journal, for supervision;
    refused (``ValidationError`` CHANGED) when the check-ins no longer give exactly what
    the owner saw. Only the weekly stress values and the trend word go over."""
    return area.share_trend(preview, today)


def withdraw_shared_trend(area: PersonalArea, share_id: str) -> None:
    """The owner takes one of their shared trends back out of the pair journal."""
    area.withdraw_shared_trend(share_id)
