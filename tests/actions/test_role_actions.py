"""Accepting the role split with the member's own passphrase (consent), headless."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from tests.conftest import PAIR_PASSPHRASE
from tests.storage.helpers import PERSONAL_PASSPHRASE_JARI, PERSONAL_PASSPHRASE_SANNA
from tyoparipaivakirja.actions.roles import accept_role_split
from tyoparipaivakirja.core.changes import Changes
from tyoparipaivakirja.core.errors import ValidationError, ValidationField, WrongPassphrase
from tyoparipaivakirja.storage.session import Journal

TODAY = date(2026, 11, 20)


def _proposed(journal: Journal) -> str:
    jari = journal.members.all()[0].member_id
    draft = journal.roles.start_draft_from_defaults(TODAY)
    journal.roles.propose(draft.revision_id, jari)
    return draft.revision_id


def test_only_the_members_own_passphrase_accepts_in_their_name(
    make_journal: Callable[..., Journal],
) -> None:
    journal = make_journal()
    jari, sanna = (m.member_id for m in journal.members.all())
    journal.create_personal_area(jari, PERSONAL_PASSPHRASE_JARI).close()
    journal.create_personal_area(sanna, PERSONAL_PASSPHRASE_SANNA).close()
    revision_id = _proposed(journal)
    for wrong in (PAIR_PASSPHRASE, PERSONAL_PASSPHRASE_JARI):
        with pytest.raises(WrongPassphrase):
            accept_role_split(journal, revision_id, sanna, wrong, make_own_area=True)
    consented = accept_role_split(journal, revision_id, sanna, PERSONAL_PASSPHRASE_SANNA)
    assert [a.member_id for a in consented.revision.acceptances] == [sanna]
    assert not consented.made_own_area
    assert consented.changes == Changes.ROLES


def test_a_member_without_an_own_area_makes_it_in_the_same_step(
    make_journal: Callable[..., Journal],
) -> None:
    """The new own passphrase must differ from the pair's (nothing is made or recorded
    then); a good one makes the area, closes it again and records the acceptance."""
    journal = make_journal()
    jari = journal.members.all()[0].member_id
    revision_id = _proposed(journal)
    with pytest.raises(ValidationError) as refused:
        accept_role_split(
            journal, revision_id, jari, PAIR_PASSPHRASE, PAIR_PASSPHRASE, make_own_area=True
        )
    assert refused.value.field is ValidationField.PASSPHRASE
    assert not journal.has_personal_area(jari)
    with pytest.raises(ValidationError) as mistyped:
        accept_role_split(
            journal, revision_id, jari, PERSONAL_PASSPHRASE_JARI, "toinen", make_own_area=True
        )
    assert mistyped.value.field is ValidationField.PASSPHRASE_REPEAT
    consented = accept_role_split(
        journal,
        revision_id,
        jari,
        PERSONAL_PASSPHRASE_JARI,
        PERSONAL_PASSPHRASE_JARI,
        make_own_area=True,
    )
    assert consented.made_own_area
    assert consented.changes == Changes.ROLES | Changes.OWN_AREA
    assert journal.has_personal_area(jari)
    assert journal.open_personal_area_of(jari) is None
    assert [a.member_id for a in consented.revision.acceptances] == [jari]


def test_without_an_own_area_and_not_asked_to_make_one_it_is_refused(
    make_journal: Callable[..., Journal],
) -> None:
    journal = make_journal()
    jari = journal.members.all()[0].member_id
    revision_id = _proposed(journal)
    with pytest.raises(ValidationError):
        accept_role_split(journal, revision_id, jari, PERSONAL_PASSPHRASE_JARI)
    assert not journal.has_personal_area(jari)
