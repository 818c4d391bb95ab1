"""Strain trends: a series per item, its moving average, the person's own baseline,
the period chooser, and the small stress summary a person may share.

- A check-in item's series has one value per ISO week, the latest of that week
  (``checkins.latest_per_week``). The per-visit strain from debriefs is a series of
  its own with one value per visit.
- Moving average: the mean of the last ``MOVING_WINDOW`` (4) entries, from the 4th
  entry on (earlier entries have none, rather than a mean of fewer values).
- Baseline: the median and inter-quartile band (Q1–Q3, the "inclusive" quartile
  method, like a spreadsheet's QUARTILE.INC) of the person's first ``BASELINE_SIZE``
  (6) entries of that series, shown once those 6 exist.
- Trend word (shared with the pair): see ``trend_word``.

Pure: no Qt, no SQL, no files.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from tyoparipaivakirja.core.checkins import CheckIn, latest_per_week, sort_checkins, week_start
from tyoparipaivakirja.core.errors import ValidationError, ValidationField, ValidationReason
from tyoparipaivakirja.core.instruments import ELO_STRESS, ELO_STRESS_ITEM, Instrument

MOVING_WINDOW = 4
BASELINE_SIZE = 6
# Trend word: halves of the period whose means differ by at least this much (on the
# 1–5 stress scale) make the trend rising or falling; less is steady.
TREND_STEP = 0.5
MIN_SHARED_WEEKS = 3
# The Elo single-item stress scale (its instrument file says the same; a test checks).
ELO_STRESS_MIN = 1
ELO_STRESS_MAX = 5
VISIT_STRAIN_MAX = 10


class Period(StrEnum):
    """The periods the trend view offers."""

    THREE_MONTHS = "3m"
    SIX_MONTHS = "6m"
    YEAR = "12m"
    ALL = "all"


_PERIOD_MONTHS = {Period.THREE_MONTHS: 3, Period.SIX_MONTHS: 6, Period.YEAR: 12}


def months_before(day: date, months: int) -> date:
    """The same day ``months`` calendar months earlier (the month's last day if shorter)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    for candidate_day in (day.day, 30, 29, 28):
        try:
            return date(year, month, candidate_day)
        except ValueError:
            continue
    raise AssertionError("every month has 28 days")  # pragma: no cover


def period_start(period: Period, today: date) -> date | None:
    """First day shown for ``period`` (None: everything)."""
    if period is Period.ALL:
        return None
    return months_before(today, _PERIOD_MONTHS[period])


class TrendWord(StrEnum):
    """The one word shared with the pair about the direction of stress (stored values)."""

    STEADY = "tasainen"
    RISING = "nouseva"
    FALLING = "laskeva"


class MarkerKind(StrEnum):
    """Events marked on the time axis of a trend."""

    SUPERVISION = "supervision"
    ROLE_REVISION = "role_revision"


@dataclass(frozen=True, slots=True)
class Marker:
    """A supervision session or a role-split revision on the time axis."""

    day: date
    kind: MarkerKind
    label: str = ""


@dataclass(frozen=True, slots=True)
class Point:
    """One value of a series. ``week`` is the Monday of its ISO week for weekly series."""

    day: date
    value: int
    week: date | None = None


@dataclass(frozen=True, slots=True)
class Baseline:
    """The person's own usual level: median and inter-quartile band of their first entries."""

    median: float
    low: float  # Q1
    high: float  # Q3


@dataclass(frozen=True, slots=True)
class TrendData:
    """What the trend view draws and tabulates for one series and period."""

    points: tuple[Point, ...]
    moving_average: tuple[float | None, ...]  # aligned with ``points``
    baseline: Baseline | None
    markers: tuple[Marker, ...]
    start: date | None
    end: date
    minimum: int
    maximum: int


@dataclass(frozen=True, slots=True)
class VisitStrain:
    """The strain one partner recorded for one client visit (from a debrief), 0–10.
    ``sequence`` is the order the visits were saved in."""

    visit_id: str
    day: date
    strain: int
    sequence: int


def item_points(checkins: Iterable[CheckIn], instrument_id: str, item_id: str) -> list[Point]:
    """The weekly series of one item: the latest answer of each ISO week."""
    return [
        Point(entry.day, entry.value, entry.week)
        for entry in latest_per_week(checkins, instrument_id, item_id)
    ]


def score_points(checkins: Iterable[CheckIn], instrument: Instrument) -> list[Point]:
    """The weekly series of an instrument's raw score (WHO-5): complete answers only, the
    latest of each ISO week."""
    by_week: dict[date, Point] = {}
    for checkin in sort_checkins(checkins):
        raw = instrument.raw_score(checkin.values_of(instrument.instrument_id))
        if raw is not None:
            monday = week_start(checkin.day)
            by_week[monday] = Point(checkin.day, raw, monday)
    return [by_week[monday] for monday in sorted(by_week)]


def visit_points(visits: Iterable[VisitStrain]) -> list[Point]:
    """The per-visit strain series, one point per visit, oldest first."""
    ordered = sorted(visits, key=lambda v: (v.day, v.sequence))
    return [Point(visit.day, visit.strain) for visit in ordered]


def moving_average(values: Sequence[float], window: int = MOVING_WINDOW) -> list[float | None]:
    """Trailing mean of the last ``window`` values; None before ``window`` values exist."""
    averages: list[float | None] = []
    for index in range(len(values)):
        if index + 1 < window:
            averages.append(None)
        else:
            averages.append(statistics.fmean(values[index + 1 - window : index + 1]))
    return averages


def baseline(values: Sequence[float], size: int = BASELINE_SIZE) -> Baseline | None:
    """Median and Q1–Q3 of the first ``size`` values; None until there are that many."""
    if len(values) < size:
        return None
    first = list(values[:size])
    q1, median, q3 = statistics.quantiles(first, n=4, method="inclusive")
    return Baseline(median=median, low=q1, high=q3)


def trend_data(
    points: Sequence[Point],
    start: date | None,
    end: date,
    minimum: int,
    maximum: int,
    markers: Sequence[Marker] = (),
) -> TrendData:
    """The part of a series inside [start, end], with averages computed on the whole series
    (so the first average in the period also counts the weeks just before it) and the
    baseline from the person's very first entries."""
    values = [point.value for point in points]
    averages = moving_average(values)
    keep = [
        index
        for index, point in enumerate(points)
        if (start is None or point.day >= start) and point.day <= end
    ]
    return TrendData(
        points=tuple(points[index] for index in keep),
        moving_average=tuple(averages[index] for index in keep),
        baseline=baseline(values),
        markers=tuple(
            marker
            for marker in sorted(markers, key=lambda m: m.day)
            if (start is None or marker.day >= start) and marker.day <= end
        ),
        start=start,
        end=end,
        minimum=minimum,
        maximum=maximum,
    )


# --- the shared stress summary -------------------------------------------------------


def trend_word(values: Sequence[float]) -> TrendWord:
    """The direction of weekly stress values over a period.

    Rule: split the values (oldest first) into an earlier and a later half, leaving the
    middle value out when the count is odd; compare the halves' means. If the later
    half is at least ``TREND_STEP`` (0.5) points higher, the trend is *nouseva*; at
    least 0.5 lower, *laskeva*; otherwise *tasainen*. Fewer than two values are steady.
    """
    if len(values) < 2:
        return TrendWord.STEADY
    half = len(values) // 2
    earlier = statistics.fmean(values[:half])
    later = statistics.fmean(values[-half:])
    if later - earlier >= TREND_STEP:
        return TrendWord.RISING
    if earlier - later >= TREND_STEP:
        return TrendWord.FALLING
    return TrendWord.STEADY


@dataclass(frozen=True, slots=True)
class SharedWeek:
    """One week's Elo stress value (1–5) in a shared summary."""

    week: date  # Monday
    stress: int


@dataclass(frozen=True, slots=True)
class TrendShare:
    """Exactly what a person shares with the pair journal: whose, which period, the
    weekly stress values and the trend word. Nothing else ever goes into it."""

    member_id: str
    period_start: date
    period_end: date
    weeks: tuple[SharedWeek, ...]
    trend: TrendWord


@dataclass(frozen=True, slots=True)
class SharedTrend:
    """A summary that is in the pair journal now."""

    share_id: str
    share: TrendShare


def build_share(
    member_id: str, checkins: Iterable[CheckIn], start: date, end: date, today: date
) -> TrendShare:
    """The stress summary for [start, end]: the latest Elo stress value of each ISO week
    (counting only check-ins inside the period) and the trend word.

    Refuses a period that ends before it starts or in the future, and one with fewer
    than ``MIN_SHARED_WEEKS`` weeks of answers (too little to call a trend).
    """
    if end < start:
        raise ValidationError(ValidationField.SHARE_PERIOD, ValidationReason.PERIOD_ORDER)
    if end > today:
        raise ValidationError(ValidationField.SHARE_PERIOD, ValidationReason.IN_FUTURE)
    inside = [checkin for checkin in checkins if start <= checkin.day <= end]
    weeks = tuple(
        SharedWeek(entry.week, entry.value)
        for entry in latest_per_week(inside, ELO_STRESS, ELO_STRESS_ITEM)
    )
    if len(weeks) < MIN_SHARED_WEEKS:
        raise ValidationError(ValidationField.SHARE_PERIOD, ValidationReason.TOO_FEW_WEEKS)
    return TrendShare(
        member_id=member_id,
        period_start=start,
        period_end=end,
        weeks=weeks,
        trend=trend_word([week.stress for week in weeks]),
    )


def default_share_start(today: date, weeks: int = 6) -> date:
    """A sensible default period start: the Monday ``weeks`` - 1 weeks before this week."""
    return week_start(today) - timedelta(weeks=weeks - 1)
