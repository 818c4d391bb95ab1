"""Check-ins: validation, weeks, due dates, which items a person is asked."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.core.checkin_builders import TODAY, checkin
from tyoparipaivakirja.core.checkins import (
    Answer,
    CheckInSettings,
    NewCheckIn,
    TalkChoice,
    is_due,
    item_enabled,
    item_key,
    latest_per_week,
    validate_checkin,
    week_start,
    weekly_checkin_due,
)
from tyoparipaivakirja.core.errors import ValidationError, ValidationField, ValidationReason
from tyoparipaivakirja.core.instruments import (
    BURNOUT,
    ELO_STRESS,
    ELO_STRESS_ITEM,
    WHO5,
    WORK_STRAIN,
)
from tyoparipaivakirja.storage.instrument_files import load_instruments

STRESS = Answer(ELO_STRESS, ELO_STRESS_ITEM, 3)


def _refused(new: NewCheckIn) -> tuple[ValidationField, ValidationReason]:
    with pytest.raises(ValidationError) as caught:
        validate_checkin(new, load_instruments(), TODAY)
    return caught.value.field, caught.value.reason


def test_future_date_is_refused() -> None:
    """A check-in dated tomorrow is refused; today is fine."""
    assert _refused(NewCheckIn(TODAY + timedelta(days=1), (STRESS,))) == (
        ValidationField.CHECKIN_DAY,
        ValidationReason.IN_FUTURE,
    )
    assert validate_checkin(NewCheckIn(TODAY, (STRESS,)), load_instruments(), TODAY).day == TODAY


@pytest.mark.parametrize(
    ("answers", "reason"),
    [
        ((Answer(ELO_STRESS, ELO_STRESS_ITEM, 6),), ValidationReason.OUT_OF_RANGE),
        ((Answer(ELO_STRESS, ELO_STRESS_ITEM, 0),), ValidationReason.OUT_OF_RANGE),
        ((STRESS, Answer(WORK_STRAIN, "boundaries", 5)), ValidationReason.OUT_OF_RANGE),
        ((STRESS, Answer(WORK_STRAIN, "nothing", 1)), ValidationReason.UNKNOWN_ITEM),
        ((STRESS, Answer("no_such", "stress", 1)), ValidationReason.UNKNOWN_ITEM),
        ((STRESS, STRESS), ValidationReason.DUPLICATE),
        ((Answer(WORK_STRAIN, "boundaries", 2),), ValidationReason.REQUIRED),
    ],
)
def test_answers_must_be_on_the_scale_and_stress_is_required(
    answers: tuple[Answer, ...], reason: ValidationReason
) -> None:
    """Values outside an item's scale, unknown items, an item twice, or a check-in without
    the Elo stress answer are refused."""
    assert _refused(NewCheckIn(TODAY, answers)) == (ValidationField.CHECKIN_ANSWER, reason)


def test_note_is_cleaned_and_not_now_stands_alone() -> None:
    """The note is trimmed; "en nyt" chosen with others leaves only "en nyt"."""
    cleaned = validate_checkin(
        NewCheckIn(
            TODAY,
            (STRESS,),
            frozenset({TalkChoice.NOT_NOW, TalkChoice.PARTNER}),
            "  oma muistiinpano \n",
        ),
        load_instruments(),
        TODAY,
    )
    assert cleaned.note == "oma muistiinpano"
    assert cleaned.talk == frozenset({TalkChoice.NOT_NOW})
    assert _refused(NewCheckIn(TODAY, (STRESS,), note="x" * 4001)) == (
        ValidationField.CHECKIN_NOTE,
        ValidationReason.TOO_LONG,
    )


def test_week_start_is_monday() -> None:
    """ISO weeks start on Monday: Sunday belongs to the week before the next Monday."""
    assert week_start(date(2026, 11, 23)) == date(2026, 11, 23)  # Monday
    assert week_start(date(2026, 11, 29)) == date(2026, 11, 23)  # Sunday
    assert week_start(date(2026, 11, 30)) == date(2026, 11, 30)
    assert week_start(date(2027, 1, 1)) == date(2026, 12, 28)  # across the year


def test_latest_of_each_week_stands_for_it() -> None:
    """Several check-ins in one week: the latest by day (then by save order) is used; weeks
    without an answer are left out, never filled in."""
    history = [
        checkin(date(2026, 11, 23), 2),  # Monday
        checkin(date(2026, 11, 29), 4),  # Sunday, same week: the latest
        checkin(date(2026, 11, 25), 5),  # Wednesday, same week
        checkin(date(2026, 11, 9), 1),  # two weeks earlier; the week between is empty
        checkin(date(2026, 12, 1), 1, sequence=900),  # saved after the next one
        checkin(date(2026, 12, 1), 3, sequence=800),
    ]
    weeks = latest_per_week(history, ELO_STRESS, ELO_STRESS_ITEM)
    assert [(w.week, w.value) for w in weeks] == [
        (date(2026, 11, 9), 1),
        (date(2026, 11, 23), 4),
        (date(2026, 11, 30), 1),
    ]


def test_weekly_and_monthly_due() -> None:
    """Weekly is due until a stress answer is given this ISO week; the monthly burnout item
    until answered this calendar month; WHO-5 every two weeks."""
    instruments = load_instruments()
    last_week = [checkin(TODAY - timedelta(days=7), 2, burnout=1)]
    assert weekly_checkin_due(last_week, TODAY)
    assert not weekly_checkin_due([*last_week, checkin(week_start(TODAY), 2)], TODAY)
    burnout = instruments.require(BURNOUT)
    assert not is_due(burnout, last_week, TODAY)  # 18.11. is in November too
    assert is_due(burnout, last_week, date(2026, 12, 1))
    assert is_due(burnout, [], TODAY)
    who5 = instruments.require(WHO5)
    fortnight = [checkin(TODAY - timedelta(days=13), 2, who5_raw=15)]
    assert not is_due(who5, fortnight, TODAY)
    assert is_due(who5, fortnight, TODAY + timedelta(days=1))


def test_items_asked_follow_the_persons_settings() -> None:
    """The recovery item is asked only when switched on; the guidance item only of a
    person with a guiding role; the rest always."""
    work = load_instruments().require(WORK_STRAIN)
    default = CheckInSettings()
    asked = [item.item_id for item in work.items if item_enabled(work, item, default)]
    assert asked == ["past_close", "boundaries", "partner_support"]
    chosen = CheckInSettings(
        guiding_role=True, enabled_items=frozenset({item_key(WORK_STRAIN, "recovery_stability")})
    )
    assert [i.item_id for i in work.items if item_enabled(work, i, chosen)] == [
        "past_close",
        "boundaries",
        "partner_support",
        "recovery_stability",
        "guidance_load",
    ]
