"""Debriefs: saving one with each partner's own part.

A debrief has a shared part (the pair journal) and, for each partner who answered, an
own reflection kept in that partner's own area, opened with their own passphrase. Saving
is one action: every own passphrase is checked and every own reflection validated
first (a refusal there saves nothing at all), then the shared part is saved, then each
own reflection, and every own area it used is closed again. It takes one key
derivation per partner: the GUI runs it on its task runner.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from tyoparipaivakirja.core.changes import Changes
from tyoparipaivakirja.core.debriefs import Debrief, PrivateReflection, validate_private
from tyoparipaivakirja.core.errors import JournalError, WrongPassphrase
from tyoparipaivakirja.storage.debriefs import (
    SNIPPET_END,
    SNIPPET_START,
    Draft,
    OpenFollowUp,
    SearchHit,
)
from tyoparipaivakirja.storage.session import Journal, PersonalArea


@dataclass(frozen=True, slots=True)
class OwnPart:
    """One partner's own reflection on the visit, and their own passphrase to keep it.
    ``reflection.entry_id`` is filled in by the save."""

    member_id: str
    passphrase: str
    reflection: PrivateReflection


class OwnPassphraseRefused(WrongPassphrase):
    """A partner's own passphrase did not open their own area (``member_id`` says whose)."""

    def __init__(self, member_id: str) -> None:
        super().__init__("not the member's own passphrase")
        self.member_id = member_id


class SaveAttempt:
    """What a save got as far as, for a retry after a later failure: once the shared
    part is saved, ``entry_id`` is its id, so saving again edits it, never duplicates."""

    def __init__(self) -> None:
        self.entry_id: str | None = None


@dataclass(frozen=True, slots=True)
class SavedDebrief:
    """A saved debrief: its id, its fingerprint as saved (None if it could not be read
    back), and what the pages on screen should show anew."""

    entry_id: str
    version: str | None
    changes: Changes


def open_own_areas(journal: Journal, own: Sequence[OwnPart]) -> list[PersonalArea]:
    """Open each partner's own area with their own passphrase, in order; the first that
    refuses raises ``OwnPassphraseRefused`` and closes those opened before it."""
    opened: list[PersonalArea] = []
    for part in own:
        try:
            opened.append(journal.open_personal_area(part.member_id, part.passphrase))
        except WrongPassphrase:
            close_all(opened)
            raise OwnPassphraseRefused(part.member_id) from None
        except BaseException:
            close_all(opened)
            raise
    return opened


def close_all(areas: Sequence[PersonalArea]) -> None:
    for area in areas:
        area.close()


def save_debrief(
    journal: Journal,
    entry: Debrief,
    author: str,
    today: date,
    *,
    draft_key: str | None = None,
    own: Sequence[OwnPart] = (),
    own_draft_form_id: str | None = None,
    attempt: SaveAttempt | None = None,
) -> SavedDebrief:
    """Save ``entry`` written by ``author`` and each partner's own reflection.

    ``draft_key`` names the entry's draft (dropped with the save); ``own_draft_form_id``
    the own drafts of this form in the partners' areas (dropped once each own part is
    saved). Refusals: ``OwnPassphraseRefused`` (whose), ``ValidationError`` (the entry
    or an own reflection: nothing is saved), any other ``JournalError``. Every own area
    used is closed again, whatever happens.
    """
    areas = open_own_areas(journal, own)
    try:
        for part in own:  # checked first: a refusal there saves nothing at all
            validate_private(replace(part.reflection, visit_date=entry.visit_date), today)
        entry_id = journal.debriefs.save(entry, author, today, draft_key)
        if attempt is not None:
            attempt.entry_id = entry_id
        for part, area in zip(own, areas, strict=True):
            reflection = replace(part.reflection, entry_id=entry_id, visit_date=entry.visit_date)
            area.reflections.save(reflection, today)
            if own_draft_form_id is not None:
                area.drafts.discard(own_draft_form_id)
    finally:
        close_all(areas)
    try:
        version: str | None = journal.debriefs.version(entry_id)
    except JournalError:
        version = None
    changes = Changes.DEBRIEFS | Changes.FOLLOW_UPS
    return SavedDebrief(entry_id, version, changes | (Changes.OWN_AREA if own else Changes.NONE))


__all__ = [
    "SNIPPET_END",
    "SNIPPET_START",
    "Draft",
    "OpenFollowUp",
    "OwnPart",
    "OwnPassphraseRefused",
    "SaveAttempt",
    "SavedDebrief",
    "SearchHit",
    "close_all",
    "open_own_areas",
    "save_debrief",
]
