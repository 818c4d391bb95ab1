"""The supervision rules decided once, in core: what is shared for supervision, "since
the previous session", and one topic raised twice being one agenda item."""

from __future__ import annotations

from datetime import date

from tyoparipaivakirja.core.debriefs import SharingLevel, SupervisionTopic
from tyoparipaivakirja.core.supervision import (
    AgendaItem,
    SupervisionSession,
    new_topics,
    since_previous,
)


def test_what_each_sharing_level_gives_to_supervision() -> None:
    assert [level.topics_shared for level in SharingLevel] == [False, True, True]
    assert [level.reflection_shared for level in SharingLevel] == [False, False, True]


def test_since_the_previous_session_is_the_day_after_it() -> None:
    assert since_previous(None) is None
    held = SupervisionSession("s1", date(2026, 10, 1), "Outi")
    assert since_previous(held) == date(2026, 10, 2)


def test_new_topics_are_shared_once_and_not_on_the_agenda() -> None:
    raised = [
        ("e1", SharingLevel.TOPICS_ONLY, SupervisionTopic("Työnjako")),
        ("e2", SharingLevel.TOPICS_AND_REFLECTION, SupervisionTopic(" TYÖNJAKO  ")),
        ("e3", SharingLevel.NONE, SupervisionTopic("Ei jaettu")),
        ("e4", SharingLevel.TOPICS_ONLY, SupervisionTopic("Jo  listalla")),
        ("e5", SharingLevel.TOPICS_ONLY, SupervisionTopic("Jaksaminen")),
    ]
    found = new_topics([AgendaItem("jo listalla")], raised)
    assert [(item.text, item.entry_id) for item in found] == [
        ("Työnjako", "e1"),
        ("Jaksaminen", "e5"),
    ]
