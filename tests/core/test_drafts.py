"""One draft codec for every form, content fingerprints and field-by-field differences."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from tyoparipaivakirja.core.checkins import Answer, NewCheckIn, TalkChoice
from tyoparipaivakirja.core.debriefs import (
    Debrief,
    FollowUp,
    PastClose,
    PrivateReflection,
    SharedStrain,
    SupervisionTag,
    SupervisionTopic,
    Theme,
    VisitType,
)
from tyoparipaivakirja.core.drafts import (
    DraftUnreadable,
    changed_fields,
    fingerprint,
    from_plain,
    to_plain,
)
from tyoparipaivakirja.core.roles import (
    Frame,
    Lead,
    ReasonCategory,
    Responsibility,
    RevisionContent,
    Training,
)
from tyoparipaivakirja.core.supervision import AgendaItem, Agreement, AgreementStatus

DEBRIEF = Debrief(
    visit_date=date(2026, 3, 4),
    visit_type=VisitType.HOME_VISIT,
    client_code="Ö-07",
    themes=(Theme.HOUSING, Theme.MONEY_AND_DEBT),
    uppermost="Asunto löytyi – äiti mukana 😀",
    follow_ups=(
        FollowUp(
            "Soita Kelaan", due=date(2026, 3, 9), follow_up_id="0193a4c2f1e07000800000000000000d"
        ),
    ),
    supervision_topics=(SupervisionTopic("Rajat", (SupervisionTag.BOUNDARIES,), "m1"),),
    shared_strain=(SharedStrain("m1", 7, PastClose.A_LITTLE, True),),
    entry_id="0193a4c2f1e07000800000000000000c",
)

VALUES = [
    DEBRIEF,
    PrivateReflection(
        "0193a4c2f1e07000800000000000000c",
        date(2026, 3, 4),
        8,
        PastClose.CLEARLY,
        True,
        "Pelotti",
        False,
    ),
    NewCheckIn(
        date(2026, 3, 2),
        (Answer("elo_stress", "stress", 4),),
        frozenset({TalkChoice.PARTNER, TalkChoice.SUPERVISION}),
        "Oma muistiinpano",
    ),
    RevisionContent(
        (Responsibility("t1", "Verkostotyö", Lead.SHARED, "siirtyy KA:lle"),),
        Frame(shared_weekdays=frozenset({0, 2}), training=Training.APPRENTICESHIP),
        date(2026, 4, 1),
        date(2026, 7, 1),
        ReasonCategory.TRUST_GREW,
        "Luottamus kasvoi",
        True,
    ),
    AgendaItem("Jaksaminen", (SupervisionTag.COPING,), "m2", "0193a4c2f1e07000800000000000000e"),
    Agreement("Lyhyt purku autossa", "m1", AgreementStatus.IN_PROGRESS),
]


@pytest.mark.parametrize("value", VALUES, ids=lambda v: type(v).__name__)
def test_every_form_value_survives_json(value: object) -> None:
    """What a form holds comes back equal after JSON, whatever its shape."""
    text = json.dumps(to_plain(value), ensure_ascii=False)
    assert from_plain(type(value), json.loads(text)) == value


def test_fingerprint_follows_content() -> None:
    """Equal content gives the same fingerprint; any edit gives another."""
    assert fingerprint(replace(DEBRIEF)) == fingerprint(DEBRIEF)
    assert fingerprint(replace(DEBRIEF, goal="x")) != fingerprint(DEBRIEF)
    assert fingerprint(replace(DEBRIEF, themes=(Theme.HOUSING,))) != fingerprint(DEBRIEF)


def test_changed_fields_in_form_order() -> None:
    """Differences are named field by field, in the order the form shows them."""
    other = replace(DEBRIEF, uppermost="Toinen teksti", follow_ups=())
    assert changed_fields(DEBRIEF, other) == ["uppermost", "follow_ups"]
    assert changed_fields(DEBRIEF, DEBRIEF) == []


@pytest.mark.parametrize(
    "body",
    [
        {"visit_date": "not a date", "visit_type": "kotikäynti"},
        {"visit_date": "2026-01-01", "visit_type": "no such type"},
        {"visit_date": "2026-01-01", "visit_type": "kotikäynti", "themes": "asuminen"},
        [],
    ],
)
def test_a_draft_that_no_longer_fits_is_refused(body: object) -> None:
    """A draft from another version of the app is refused with one typed error."""
    with pytest.raises(DraftUnreadable):
        from_plain(Debrief, body)  # type: ignore[arg-type]
