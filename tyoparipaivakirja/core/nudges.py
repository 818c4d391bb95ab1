"""Gentle nudges R1–R5: pure functions of a person's own history.

Nudges are shown only to the person, in their own area; nothing is ever sent
anywhere. Each rule looks at recent evidence only, so an old episode does not nag
for ever. Thresholds come from the instrument definitions (``rule_config``); the
defaults below are those of domain.md section 2.

- R1: the latest check-in (at most 14 days old) has a "haluan puhua tästä" choice
  other than "en nyt" → offer to bring it to the pair's debrief or supervision.
- R2: Elo stress ≥ 4 on two consecutive ISO weeks, the later one this week or last.
- R3: WHO-5 raw score < 13 on the last two WHO-5 check-ins, or ≤ 7 on the latest
  (severe), or the latest percentage score at least 10 points below the person's
  baseline (median of their first 6 WHO-5 scores). The latest within 28 days.
- R4: the latest single-item burnout answer (within 35 days) ≥ 3; 5 is severe.
- R5 (proposal, can be switched off): item 2 ("työssä tuli vastaan asioita, jotka
  koskettivat omaa historiaani") at "muutaman kerran" or more in at least 2 of the
  last 3 ISO weeks (the latest this week or last), or a mean visit strain ≥ 7 over the
  last 5 debriefs (the latest within 14 days).

Rules R2, R4 and R5 use fixed cut-offs, so they need no usual level and fire from the
first check-ins on (a new kokemusasiantuntija's first weeks matter most); only the words
of their card depend on ``has_usual_level``. R3's fall from baseline needs the usual level
and waits for it.

Showing: a firing rule is shown unless the person snoozed it (``snooze``: hidden for
7 days) or acknowledged it less than 14 days ago (``acknowledge``: the cool-down), so
each rule is shown at most once per 14 days. A shown nudge stays until the person
acknowledges or snoozes it.
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from tyoparipaivakirja.core.checkins import (
    CheckIn,
    latest_per_week,
    sort_checkins,
    week_start,
)
from tyoparipaivakirja.core.instruments import (
    BURNOUT,
    BURNOUT_ITEM,
    ELO_STRESS,
    ELO_STRESS_ITEM,
    PAST_CLOSE_ITEM,
    WHO5,
    WORK_STRAIN,
    Instrument,
    InstrumentSet,
)
from tyoparipaivakirja.core.trends import BASELINE_SIZE, VisitStrain


class Rule(StrEnum):
    """The nudge rules of domain.md (stored values)."""

    R1 = "r1"
    R2 = "r2"
    R3 = "r3"
    R4 = "r4"
    R5 = "r5"


STRAIN_RULES = (Rule.R2, Rule.R3, Rule.R4, Rule.R5)


@dataclass(frozen=True, slots=True)
class RuleConfig:
    """Cut-offs and windows of the rules; defaults are domain.md's."""

    elo_risk_at_least: float = 4
    who5_low_below: float = 13
    who5_severe_at_most: float = 7
    who5_fall_percent: float = 10
    burnout_at_least: float = 3
    burnout_severe_at_least: float = 5
    past_close_at_least: float = 2
    past_close_weeks: int = 2
    past_close_window_weeks: int = 3
    visit_strain_mean_at_least: float = 7
    visit_strain_count: int = 5
    r5_enabled: bool = True
    talk_recent_days: int = 14
    who5_recent_days: int = 28
    burnout_recent_days: int = 35
    visit_recent_days: int = 14
    cooldown_days: int = 14
    snooze_days: int = 7


def _threshold_value(instrument: Instrument | None, threshold_id: str, default: float) -> float:
    if instrument is None:
        return default
    threshold = instrument.threshold(threshold_id)
    return default if threshold is None else threshold.value


def rule_config(instruments: InstrumentSet, *, r5_enabled: bool = True) -> RuleConfig:
    """The rule settings, with cut-offs read from the instrument definitions."""
    base = RuleConfig()
    elo = instruments.get(ELO_STRESS)
    who5 = instruments.get(WHO5)
    burnout = instruments.get(BURNOUT)
    work = instruments.get(WORK_STRAIN)
    return replace(
        base,
        elo_risk_at_least=_threshold_value(elo, "risk_signal", base.elo_risk_at_least),
        who5_low_below=_threshold_value(who5, "low", base.who5_low_below),
        who5_severe_at_most=_threshold_value(who5, "very_low", base.who5_severe_at_most),
        who5_fall_percent=_threshold_value(who5, "meaningful_fall", base.who5_fall_percent),
        burnout_at_least=_threshold_value(burnout, "burnout", base.burnout_at_least),
        burnout_severe_at_least=_threshold_value(burnout, "severe", base.burnout_severe_at_least),
        past_close_at_least=_threshold_value(work, "often_close", base.past_close_at_least),
        r5_enabled=r5_enabled,
    )


@dataclass(frozen=True, slots=True)
class History:
    """Everything the rules may look at: the person's own check-ins and visit strains."""

    checkins: Sequence[CheckIn]
    visits: Sequence[VisitStrain] = ()
    who5: Instrument | None = None


@dataclass(frozen=True, slots=True)
class Firing:
    """A rule whose condition holds today. ``severe`` asks for the support contacts."""

    rule: Rule
    evidence_day: date
    severe: bool = False


def _recent(day: date, today: date, days: int) -> bool:
    return today - timedelta(days=days - 1) <= day <= today


def _this_or_last_week(week: date, today: date) -> bool:
    return week >= week_start(today) - timedelta(days=7)


def has_usual_level(history: History, today: date | None = None) -> bool:
    """True once the person has a usual level: their first ``BASELINE_SIZE`` stress
    answers, as the trend view draws it. Before that no nudge may speak of strain being
    "higher than usual", and rules that compare with the usual level (R3's fall from
    baseline) wait for it."""
    answered = [
        c
        for c in history.checkins
        if (today is None or c.day <= today) and c.value(ELO_STRESS, ELO_STRESS_ITEM) is not None
    ]
    return len(answered) >= BASELINE_SIZE


def r1_talk(history: History, today: date, config: RuleConfig) -> Firing | None:
    """R1: the latest check-in asks to talk with someone."""
    ordered = sort_checkins(c for c in history.checkins if c.day <= today)
    if not ordered:
        return None
    latest = ordered[-1]
    if latest.wants_to_talk and _recent(latest.day, today, config.talk_recent_days):
        return Firing(Rule.R1, latest.day)
    return None


def r2_stress(history: History, today: date, config: RuleConfig) -> Firing | None:
    """R2: Elo stress at the risk level on two consecutive weeks, recently."""
    past = [c for c in history.checkins if c.day <= today]
    weeks = latest_per_week(past, ELO_STRESS, ELO_STRESS_ITEM)
    if len(weeks) < 2:
        return None
    before, latest = weeks[-2], weeks[-1]
    if (
        latest.week - before.week == timedelta(days=7)
        and before.value >= config.elo_risk_at_least
        and latest.value >= config.elo_risk_at_least
        and _this_or_last_week(latest.week, today)
    ):
        return Firing(Rule.R2, latest.day)
    return None


def r3_who5(history: History, today: date, config: RuleConfig) -> Firing | None:
    """R3: low WHO-5 twice in a row, very low once, or a fall from the person's baseline."""
    instrument = history.who5
    if instrument is None:
        return None
    scores: list[tuple[date, int]] = []
    for checkin in sort_checkins(c for c in history.checkins if c.day <= today):
        raw = instrument.raw_score(checkin.values_of(WHO5))
        if raw is not None:
            scores.append((checkin.day, raw))
    if not scores:
        return None
    latest_day, latest = scores[-1]
    if not _recent(latest_day, today, config.who5_recent_days):
        return None
    if latest <= config.who5_severe_at_most:
        return Firing(Rule.R3, latest_day, severe=True)
    if len(scores) >= 2 and all(raw < config.who5_low_below for _day, raw in scores[-2:]):
        return Firing(Rule.R3, latest_day)
    if len(scores) > BASELINE_SIZE:
        usual = statistics.median(
            instrument.percent_score(raw) for _day, raw in scores[:BASELINE_SIZE]
        )
        if usual - instrument.percent_score(latest) >= config.who5_fall_percent:
            return Firing(Rule.R3, latest_day)
    return None


def r4_burnout(history: History, today: date, config: RuleConfig) -> Firing | None:
    """R4: the latest burnout answer indicates burnout (≥ 3); 5 is severe."""
    answered = [
        (c.day, value)
        for c in sort_checkins(c for c in history.checkins if c.day <= today)
        if (value := c.value(BURNOUT, BURNOUT_ITEM)) is not None
    ]
    if not answered:
        return None
    day, value = answered[-1]
    if value >= config.burnout_at_least and _recent(day, today, config.burnout_recent_days):
        return Firing(Rule.R4, day, severe=value >= config.burnout_severe_at_least)
    return None


def r5_strain(history: History, today: date, config: RuleConfig) -> Firing | None:
    """R5: own past often close in 2 of the last 3 weeks, or heavy recent visits."""
    if not config.r5_enabled:
        return None
    past = [c for c in history.checkins if c.day <= today]
    weeks = latest_per_week(past, WORK_STRAIN, PAST_CLOSE_ITEM)
    if weeks and _this_or_last_week(weeks[-1].week, today):
        window_start = weeks[-1].week - timedelta(weeks=config.past_close_window_weeks - 1)
        often = [
            w for w in weeks if w.week >= window_start and w.value >= config.past_close_at_least
        ]
        if len(often) >= config.past_close_weeks:
            return Firing(Rule.R5, weeks[-1].day)
    visits = sorted(
        (v for v in history.visits if v.day <= today),
        key=lambda v: (v.day, v.sequence),
    )
    last = visits[-config.visit_strain_count :]
    if (
        len(last) == config.visit_strain_count
        and _recent(last[-1].day, today, config.visit_recent_days)
        and statistics.fmean(v.strain for v in last) >= config.visit_strain_mean_at_least
    ):
        return Firing(Rule.R5, last[-1].day)
    return None


RULES = {
    Rule.R1: r1_talk,
    Rule.R2: r2_stress,
    Rule.R3: r3_who5,
    Rule.R4: r4_burnout,
    Rule.R5: r5_strain,
}


def evaluate(history: History, today: date, config: RuleConfig) -> list[Firing]:
    """Every rule whose condition holds today, in rule order (cool-down not applied)."""
    return [firing for rule in Rule if (firing := RULES[rule](history, today, config))]


# --- cool-down and snooze --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NudgeMemory:
    """What the person did with a rule's nudge: acknowledged on a day, snoozed until a day."""

    rule: Rule
    acknowledged_on: date | None = None
    snoozed_until: date | None = None


def may_show(memory: NudgeMemory | None, today: date, config: RuleConfig) -> bool:
    """False while snoozed, or within the cool-down after the last acknowledgement."""
    if memory is None:
        return True
    if memory.snoozed_until is not None and today < memory.snoozed_until:
        return False
    if memory.acknowledged_on is not None:
        return (today - memory.acknowledged_on).days >= config.cooldown_days
    return True


def nudges_to_show(
    history: History,
    memories: Mapping[Rule, NudgeMemory],
    today: date,
    config: RuleConfig,
) -> list[Firing]:
    """The firing rules the person should see today."""
    return [
        firing
        for firing in evaluate(history, today, config)
        if may_show(memories.get(firing.rule), today, config)
    ]


def acknowledge(rule: Rule, today: date) -> NudgeMemory:
    """The person read the nudge: it stays away for the cool-down."""
    return NudgeMemory(rule, acknowledged_on=today, snoozed_until=None)


def snooze(memory: NudgeMemory | None, rule: Rule, today: date, config: RuleConfig) -> NudgeMemory:
    """ "Remind me later": hidden for ``snooze_days``, then shown again if still firing."""
    acknowledged = memory.acknowledged_on if memory is not None else None
    return NudgeMemory(rule, acknowledged, today + timedelta(days=config.snooze_days))
