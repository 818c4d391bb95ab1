"""A member's own area: make it, open it, reset it when the own passphrase is lost."""

from __future__ import annotations

from dataclasses import dataclass

from tyoparipaivakirja.core.errors import JournalError
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
