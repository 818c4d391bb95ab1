"""The role split: a member's consent, proven with that member's own passphrase."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from tyoparipaivakirja.core.changes import Changes
from tyoparipaivakirja.core.roles import Revision
from tyoparipaivakirja.storage.files import write_export

if TYPE_CHECKING:
    from tyoparipaivakirja.report.role_description import RoleDescriptionDocument
from tyoparipaivakirja.storage.session import Journal


@dataclass(frozen=True, slots=True)
class Consented:
    """An acceptance recorded: the revision as it is now, and whether the member's own
    area was made in the same step."""

    revision: Revision
    made_own_area: bool
    changes: Changes


def accept_role_split(
    journal: Journal,
    revision_id: str,
    member_id: str,
    own_passphrase: str,
    repeated: str | None = None,
    *,
    make_own_area: bool = False,
    at: datetime | None = None,
) -> Consented:
    """The member accepts the proposed role split with their own passphrase (a partner
    at the same laptop cannot accept in their name). With ``make_own_area`` a member
    without an own area makes it first with this new passphrase (typed twice:
    ``repeated``), in the same step. Refusals: ``WrongPassphrase``, ``ValidationError``
    (an easy or repeated-wrong new passphrase, no own area)."""
    made = False
    if make_own_area and not journal.has_personal_area(member_id):
        journal.create_personal_area(member_id, own_passphrase, repeated).close()
        made = True
    revision = journal.accept_role_split(revision_id, member_id, own_passphrase, at=at)
    changes = Changes.ROLES | (Changes.OWN_AREA if made else Changes.NONE)
    return Consented(revision, made, changes)


def save_role_description(document: RoleDescriptionDocument, target: Path) -> Path:
    """Build the role description PDF (the words already in the reader's language) and
    write it atomically to ``target``. Needs no session: the GUI runs it on its pool."""
    # reportlab loads with the first PDF, not with the pages (issue 16).
    from tyoparipaivakirja.report.role_description import build_role_description

    write_export(target, build_role_description(document))
    return target
