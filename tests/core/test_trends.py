"""Trends: moving average, baseline, periods, the trend word and the shared summary."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.core.checkin_builders import TODAY, checkin, visits, weekly
from tyoparipaivakirja.core.errors import ValidationError, ValidationReason
from tyoparipaivakirja.core.instruments import ELO_STRESS, ELO_STRESS_ITEM, WHO5
from tyoparipaivakirja.core.trends import (
    Baseline,
    Marker,
    MarkerKind,
    Period,
    SharedWeek,
    TrendWord,
    baseline,
    build_share,
    item_points,
    moving_average,
    period_start,
    score_points,
    trend_data,
    trend_word,
    visit_points,
)
from tyoparipaivakirja.storage.instrument_files import load_instruments


def test_moving_average_of_four_entries() -> None:
    """Each entry from the 4th on has the mean of itself and the 3 before; earlier ones none."""
    assert moving_average([1, 2, 3, 4, 5, 1]) == [None, None, None, 2.5, 3.5, 3.25]
    assert moving_average([2, 2]) == [None, None]
    assert moving_average([]) == []


def test_baseline_is_median_and_quartiles_of_the_first_six() -> None:
    """Baseline: median and Q1–Q3 (inclusive method) of the first 6 entries only; none
    before 6 exist."""
    assert baseline([2, 3, 2, 4, 3, 2]) == Baseline(median=2.5, low=2.0, high=3.0)
    assert baseline([1, 2, 3, 4, 5, 6, 5, 5, 5]) == Baseline(median=3.5, low=2.25, high=4.75)
    assert baseline([1, 2, 3, 4, 5]) is None


def test_trend_data_clips_to_period_but_averages_across_it() -> None:
    """The period shows only its own points; the first average in it still counts the weeks
    just before; markers outside the period are left out."""
    history = weekly([1, 1, 1, 5, 5, 5, 5, 5])
    points = item_points(history, ELO_STRESS, ELO_STRESS_ITEM)
    start = TODAY - timedelta(weeks=2)
    markers = [
        Marker(TODAY - timedelta(days=3), MarkerKind.SUPERVISION),
        Marker(TODAY - timedelta(weeks=6), MarkerKind.ROLE_REVISION),
    ]
    data = trend_data(points, start, TODAY, 1, 5, markers)
    assert [p.value for p in data.points] == [5, 5, 5]
    assert data.moving_average == (4.0, 5.0, 5.0)
    assert data.baseline == baseline([1, 1, 1, 5, 5, 5])
    assert [m.kind for m in data.markers] == [MarkerKind.SUPERVISION]


def test_periods() -> None:
    """3 months, 6 months and a year count back calendar months; "all" has no start."""
    assert period_start(Period.THREE_MONTHS, date(2026, 5, 31)) == date(2026, 2, 28)
    assert period_start(Period.SIX_MONTHS, TODAY) == date(2026, 5, 25)
    assert period_start(Period.YEAR, TODAY) == date(2025, 11, 25)
    assert period_start(Period.ALL, TODAY) is None


def test_summed_score_is_weekly_and_needs_every_item() -> None:
    """WHO-5's raw-score series keeps complete answers only, the latest of each week."""
    who5 = load_instruments().require(WHO5)
    history = [
        checkin(TODAY - timedelta(weeks=1), 2, who5_raw=20),
        checkin(TODAY - timedelta(days=1), 2, who5_raw=10),
        checkin(TODAY, 2, who5_raw=12),
        checkin(TODAY, 2, past_close=1),  # no WHO-5 in it: ignored
    ]
    assert [(p.day, p.value) for p in score_points(history, who5)] == [
        (TODAY - timedelta(weeks=1), 20),
        (TODAY, 12),
    ]


def test_visit_strain_is_a_series_per_visit() -> None:
    """Per-visit strain keeps every visit (two on one day included), oldest first."""
    series = visit_points(visits([3, 7, 5]))
    assert [p.value for p in series] == [3, 7, 5]


@pytest.mark.parametrize(
    ("values", "word"),
    [
        ([2, 2, 3, 2, 2, 3], TrendWord.STEADY),
        ([2, 2, 2, 3, 3, 4], TrendWord.RISING),
        ([4, 4, 3, 2, 2, 2], TrendWord.FALLING),
        ([2, 5, 2], TrendWord.STEADY),  # the middle of an odd count is left out
        ([2, 9, 3], TrendWord.RISING),
        ([3], TrendWord.STEADY),
        ([2, 2, 2, 2, 2, 3], TrendWord.STEADY),  # halves differ by 1/3 < 0.5
    ],
)
def test_trend_word(values: list[int], word: TrendWord) -> None:
    """Later half's mean ≥ 0.5 above the earlier half's: nouseva; ≥ 0.5 below: laskeva."""
    assert trend_word(values) is word


def test_share_holds_only_weekly_stress_in_the_period() -> None:
    """The share has the latest stress value of each week inside the period, the word and
    the period; check-ins outside the period do not count."""
    history = weekly([1, 2, 2, 3, 4])
    history.append(checkin(TODAY - timedelta(days=1), 5, past_close=3, note="salainen"))
    start = TODAY - timedelta(weeks=3)
    share = build_share("m1", history, start, TODAY, TODAY)
    assert share.weeks == (
        SharedWeek(date(2026, 11, 2), 2),
        SharedWeek(date(2026, 11, 9), 2),
        SharedWeek(date(2026, 11, 16), 3),
        SharedWeek(date(2026, 11, 23), 4),  # Wednesday's 4 is later than Tuesday's 5
    )
    assert share.trend is TrendWord.RISING
    assert (share.member_id, share.period_start, share.period_end) == ("m1", start, TODAY)


@pytest.mark.parametrize(
    ("start", "end", "reason"),
    [
        (TODAY, TODAY - timedelta(days=1), ValidationReason.PERIOD_ORDER),
        (TODAY - timedelta(weeks=4), TODAY + timedelta(days=1), ValidationReason.IN_FUTURE),
        (TODAY - timedelta(weeks=1), TODAY, ValidationReason.TOO_FEW_WEEKS),
    ],
)
def test_share_period_is_checked(start: date, end: date, reason: ValidationReason) -> None:
    """A period backwards, into the future, or with fewer than 3 weeks of answers is refused."""
    with pytest.raises(ValidationError) as caught:
        build_share("m1", weekly([2, 2, 2, 2]), start, end, TODAY)
    assert caught.value.reason is reason
