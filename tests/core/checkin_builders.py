"""Small builders for constructed check-in histories in tests."""

from __future__ import annotations

from datetime import date, timedelta

from tyoparipaivakirja.core.checkins import Answer, CheckIn, TalkChoice
from tyoparipaivakirja.core.instruments import (
    BURNOUT,
    BURNOUT_ITEM,
    ELO_STRESS,
    ELO_STRESS_ITEM,
    PAST_CLOSE_ITEM,
    WHO5,
    WORK_STRAIN,
)
from tyoparipaivakirja.core.trends import VisitStrain

# A Wednesday; its ISO week starts on Monday 2026-11-23.
TODAY = date(2026, 11, 25)
WHO5_ITEMS = ("cheerful", "calm", "active", "rested", "interest")

_counter = 0


def checkin(
    day: date,
    stress: int | None = None,
    *,
    past_close: int | None = None,
    burnout: int | None = None,
    who5_raw: int | None = None,
    talk: frozenset[TalkChoice] = frozenset(),
    note: str = "",
    sequence: int | None = None,
) -> CheckIn:
    """A saved check-in with the given answers (WHO-5 raw spread over its five items)."""
    global _counter
    _counter += 1
    answers: list[Answer] = []
    if stress is not None:
        answers.append(Answer(ELO_STRESS, ELO_STRESS_ITEM, stress))
    if past_close is not None:
        answers.append(Answer(WORK_STRAIN, PAST_CLOSE_ITEM, past_close))
    if burnout is not None:
        answers.append(Answer(BURNOUT, BURNOUT_ITEM, burnout))
    if who5_raw is not None:
        base, extra = divmod(who5_raw, 5)
        for index, item in enumerate(WHO5_ITEMS):
            answers.append(Answer(WHO5, item, base + (1 if index < extra else 0)))
    stamp = f"{day.isoformat()}T12:00:00+00:00"
    return CheckIn(
        checkin_id=f"c{_counter:05d}",
        day=day,
        answers=tuple(answers),
        talk=talk,
        note=note,
        created_at=stamp,
        updated_at=stamp,
        sequence=_counter if sequence is None else sequence,
    )


def weekly(stress_values: list[int], last_day: date = TODAY) -> list[CheckIn]:
    """One check-in per week, the last one on ``last_day``, stress values oldest first."""
    count = len(stress_values)
    return [
        checkin(last_day - timedelta(weeks=count - 1 - index), value)
        for index, value in enumerate(stress_values)
    ]


def visits(strains: list[int], last_day: date = TODAY) -> list[VisitStrain]:
    """One visit per day ending on ``last_day``."""
    count = len(strains)
    return [
        VisitStrain(f"v{index}", last_day - timedelta(days=count - 1 - index), value, index)
        for index, value in enumerate(strains)
    ]
