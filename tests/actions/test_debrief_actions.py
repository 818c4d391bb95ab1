"""Saving a debrief with each partner's own part, headless: the use case without widgets
(the editor only gathers the values and shows the outcome)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest

from tests.storage.helpers import PERSONAL_PASSPHRASE_JARI, PERSONAL_PASSPHRASE_SANNA
from tyoparipaivakirja.actions.debriefs import (
    OwnPart,
    OwnPassphraseRefused,
    SaveAttempt,
    save_debrief,
)
from tyoparipaivakirja.core.changes import Changes
from tyoparipaivakirja.core.debriefs import Debrief, PrivateReflection, VisitType
from tyoparipaivakirja.core.errors import StorageFailed, ValidationError
from tyoparipaivakirja.storage.reflections import ReflectionStore
from tyoparipaivakirja.storage.session import Journal

TODAY = date(2026, 11, 20)


def _ids(journal: Journal) -> tuple[str, str]:
    jari, sanna = (m.member_id for m in journal.members.all())
    return jari, sanna


def _with_areas(journal: Journal) -> tuple[str, str]:
    jari, sanna = _ids(journal)
    journal.create_personal_area(jari, PERSONAL_PASSPHRASE_JARI).close()
    journal.create_personal_area(sanna, PERSONAL_PASSPHRASE_SANNA).close()
    return jari, sanna


def _entry() -> Debrief:
    return Debrief(visit_date=TODAY, visit_type=VisitType.HOME_VISIT, uppermost="Käynti")


def _own(member_id: str, passphrase: str, feelings: str) -> OwnPart:
    return OwnPart(member_id, passphrase, PrivateReflection("", date.min, 6, feelings=feelings))


def test_each_partners_reflection_goes_to_their_own_area_only(
    make_journal: Callable[..., Journal],
) -> None:
    """The shared part is saved in the pair journal; each partner's reflection in their
    own area, under the new entry's id and visit date; every area is closed again; the
    result names the entry and the kinds of data that changed."""
    journal = make_journal()
    jari, sanna = _with_areas(journal)
    saved = save_debrief(
        journal,
        _entry(),
        jari,
        TODAY,
        own=[
            _own(jari, PERSONAL_PASSPHRASE_JARI, "Jarin tunteet"),
            _own(sanna, PERSONAL_PASSPHRASE_SANNA, "Sannan tunteet"),
        ],
    )
    assert journal.debriefs.get(saved.entry_id).uppermost == "Käynti"
    assert saved.version == journal.debriefs.version(saved.entry_id)
    assert saved.changes == Changes.DEBRIEFS | Changes.FOLLOW_UPS | Changes.OWN_AREA
    assert journal.open_personal_area_of(jari) is None
    assert journal.open_personal_area_of(sanna) is None
    for member, passphrase, mine in (
        (jari, PERSONAL_PASSPHRASE_JARI, "Jarin tunteet"),
        (sanna, PERSONAL_PASSPHRASE_SANNA, "Sannan tunteet"),
    ):
        area = journal.open_personal_area(member, passphrase)
        reflection = area.reflections.get(saved.entry_id)
        area.close()
        assert reflection is not None
        assert (reflection.feelings, reflection.visit_date) == (mine, TODAY)


def test_a_wrong_own_passphrase_says_whose_and_saves_nothing(
    make_journal: Callable[..., Journal],
) -> None:
    journal = make_journal()
    jari, sanna = _with_areas(journal)
    with pytest.raises(OwnPassphraseRefused) as refused:
        save_debrief(
            journal,
            _entry(),
            jari,
            TODAY,
            own=[
                _own(jari, PERSONAL_PASSPHRASE_JARI, "Jarin tunteet"),
                _own(sanna, PERSONAL_PASSPHRASE_JARI, "Sannan tunteet"),  # Jari's, not hers
            ],
        )
    assert refused.value.member_id == sanna
    assert journal.debriefs.count() == 0
    assert journal.open_personal_area_of(jari) is None  # opened first, closed again
    area = journal.open_personal_area(jari, PERSONAL_PASSPHRASE_JARI)
    assert area.reflections.all() == []
    area.close()


def test_a_refused_own_reflection_saves_nothing_at_all(
    make_journal: Callable[..., Journal],
) -> None:
    """An own reflection is checked before the shared part is saved."""
    journal = make_journal()
    jari, _sanna = _with_areas(journal)
    with pytest.raises(ValidationError) as refused:
        save_debrief(
            journal, _entry(), jari, TODAY, own=[_own(jari, PERSONAL_PASSPHRASE_JARI, "a" * 20_001)]
        )
    assert refused.value.name == "feelings"
    assert journal.debriefs.count() == 0
    assert journal.open_personal_area_of(jari) is None


def test_a_failure_after_the_shared_save_tells_the_entry_id_for_a_retry(
    make_journal: Callable[..., Journal], monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the own part fails after the shared part was saved, the attempt knows the
    entry's id: saving again edits that entry instead of making a second one."""
    journal = make_journal()
    jari, _sanna = _with_areas(journal)

    def failing(*_args: object, **_kwargs: object) -> None:
        raise StorageFailed("disk went away")

    attempt = SaveAttempt()
    own = [_own(jari, PERSONAL_PASSPHRASE_JARI, "Jarin tunteet")]
    with monkeypatch.context() as patch:
        patch.setattr(ReflectionStore, "save", failing)
        with pytest.raises(StorageFailed):
            save_debrief(journal, _entry(), jari, TODAY, own=own, attempt=attempt)
    assert attempt.entry_id is not None
    assert journal.open_personal_area_of(jari) is None
    again = save_debrief(
        journal, replace(_entry(), entry_id=attempt.entry_id), jari, TODAY, own=own
    )
    assert again.entry_id == attempt.entry_id
    assert journal.debriefs.count() == 1


def test_the_own_draft_of_the_form_is_dropped_with_the_save(
    make_journal: Callable[..., Journal],
) -> None:
    journal = make_journal()
    jari, _sanna = _with_areas(journal)
    area = journal.open_personal_area(jari, PERSONAL_PASSPHRASE_JARI)
    area.drafts.save("reflection:lomake", "reflection", {"feelings": "kesken"})
    area.close()
    save_debrief(
        journal,
        _entry(),
        jari,
        TODAY,
        own=[_own(jari, PERSONAL_PASSPHRASE_JARI, "valmis")],
        own_draft_form_id="reflection:lomake",
    )
    area = journal.open_personal_area(jari, PERSONAL_PASSPHRASE_JARI)
    assert area.drafts.of_kind("reflection") == []
    area.close()


def test_without_own_parts_only_the_pair_journal_changes(
    make_journal: Callable[..., Journal],
) -> None:
    journal = make_journal()
    jari, _sanna = _ids(journal)
    saved = save_debrief(journal, _entry(), jari, TODAY)
    assert saved.changes == Changes.DEBRIEFS | Changes.FOLLOW_UPS
    assert journal.debriefs.count() == 1
