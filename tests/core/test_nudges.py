"""Nudge rules R1–R5 on constructed histories: firing, not firing, cool-down and snooze."""

from __future__ import annotations

from datetime import date, timedelta

from tests.core.checkin_builders import TODAY, checkin, visits, weekly
from tyoparipaivakirja.core.checkins import TalkChoice
from tyoparipaivakirja.core.instruments import WHO5
from tyoparipaivakirja.core.nudges import (
    Firing,
    History,
    NudgeMemory,
    Rule,
    RuleConfig,
    acknowledge,
    evaluate,
    has_usual_level,
    may_show,
    nudges_to_show,
    r1_talk,
    r2_stress,
    r3_who5,
    r4_burnout,
    r5_strain,
    snooze,
)
from tyoparipaivakirja.storage.instrument_files import load_instruments

CONFIG = RuleConfig()
WEEK = timedelta(weeks=1)


def _who5_history(raws: list[int], last_day: date = TODAY) -> History:
    count = len(raws)
    checkins = [
        checkin(last_day - timedelta(weeks=2 * (count - 1 - i)), 2, who5_raw=raw)
        for i, raw in enumerate(raws)
    ]
    return History(checkins, who5=load_instruments().require(WHO5))


# --- R1 -----------------------------------------------------------------------------


def test_r1_fires_on_a_wish_to_talk_in_the_latest_checkin() -> None:
    """A "haluan puhua" choice (other than "en nyt") in the latest check-in fires R1."""
    history = History([checkin(TODAY - WEEK, 2, talk=frozenset({TalkChoice.SUPERVISION}))])
    assert r1_talk(history, TODAY, CONFIG) == Firing(Rule.R1, TODAY - WEEK)


def test_r1_does_not_fire_for_not_now_old_or_superseded_wishes() -> None:
    """ "En nyt", a wish 14+ days old, or a wish followed by a check-in without one: no R1."""
    not_now = History([checkin(TODAY, 2, talk=frozenset({TalkChoice.NOT_NOW}))])
    old = History([checkin(TODAY - timedelta(days=14), 2, talk=frozenset({TalkChoice.PARTNER}))])
    superseded = History(
        [
            checkin(TODAY - WEEK, 2, talk=frozenset({TalkChoice.PARTNER})),
            checkin(TODAY, 2),
        ]
    )
    for history in (not_now, old, superseded, History([])):
        assert r1_talk(history, TODAY, CONFIG) is None


# --- R2 -----------------------------------------------------------------------------


def test_r2_fires_on_two_consecutive_weeks_at_four_or_more() -> None:
    """Elo stress ≥ 4 this week and last week fires R2."""
    assert r2_stress(History(weekly([2, 2, 4, 5])), TODAY, CONFIG) == Firing(Rule.R2, TODAY)


def test_r2_does_not_fire_on_one_high_week_a_gap_or_old_evidence() -> None:
    """One high week, two high weeks with an empty week between, or a pair of high weeks
    that ended more than a week ago: no R2."""
    one = History(weekly([2, 4, 3, 4]))
    gap = History([checkin(TODAY - 2 * WEEK, 4), checkin(TODAY, 4)])
    old = History(weekly([4, 4], last_day=TODAY - 2 * WEEK))
    for history in (one, gap, old):
        assert r2_stress(history, TODAY, CONFIG) is None
    # Last week's pair still counts early this week.
    assert r2_stress(History(weekly([4, 4], last_day=TODAY - WEEK)), TODAY, CONFIG)


def test_r2_uses_the_latest_checkin_of_each_week() -> None:
    """A high check-in corrected later the same week by a lower one does not count."""
    history = History(
        [
            checkin(TODAY - WEEK, 4),
            checkin(TODAY - timedelta(days=1), 5),
            checkin(TODAY, 2),
        ]
    )
    assert r2_stress(history, TODAY, CONFIG) is None


# --- R3 -----------------------------------------------------------------------------


def test_r3_fires_on_two_low_who5_in_a_row() -> None:
    """WHO-5 raw < 13 twice in a row fires R3 (not severe)."""
    assert r3_who5(_who5_history([20, 12, 11]), TODAY, CONFIG) == Firing(Rule.R3, TODAY)


def test_r3_fires_severe_on_seven_or_less_once() -> None:
    """WHO-5 raw ≤ 7 once fires R3 as severe."""
    firing = r3_who5(_who5_history([20, 7]), TODAY, CONFIG)
    assert firing is not None and firing.severe


def test_r3_fires_on_a_ten_point_fall_from_baseline() -> None:
    """A fall of ≥ 10 percentage points below the baseline median fires R3 even when the raw
    score is not low; a fall of 8 points does not."""
    assert r3_who5(_who5_history([20] * 6 + [17]), TODAY, CONFIG)  # 80 % → 68 %
    assert r3_who5(_who5_history([20] * 6 + [18]), TODAY, CONFIG) is None  # 80 % → 72 %


def test_r3_does_not_fire_on_one_low_old_or_absent_who5() -> None:
    """One low score, low scores more than 28 days old, or no WHO-5 at all: no R3."""
    assert r3_who5(_who5_history([20, 12]), TODAY, CONFIG) is None
    old = _who5_history([10, 10], last_day=TODAY - timedelta(days=28))
    assert r3_who5(old, TODAY, CONFIG) is None
    assert r3_who5(History(weekly([5, 5])), TODAY, CONFIG) is None


# --- R4 -----------------------------------------------------------------------------


def test_r4_fires_on_burnout_three_or_more_and_five_is_severe() -> None:
    """The latest burnout answer ≥ 3 fires R4; 5 also asks for the support contacts."""
    three = r4_burnout(History([checkin(TODAY, 2, burnout=3)]), TODAY, CONFIG)
    five = r4_burnout(History([checkin(TODAY, 2, burnout=5)]), TODAY, CONFIG)
    assert three == Firing(Rule.R4, TODAY, severe=False)
    assert five == Firing(Rule.R4, TODAY, severe=True)


def test_r4_does_not_fire_below_three_when_old_or_when_better_since() -> None:
    """Burnout 2, a 3 more than 35 days old, or a 4 followed by a 1: no R4."""
    low = History([checkin(TODAY, 2, burnout=2)])
    old = History([checkin(TODAY - timedelta(days=35), 2, burnout=3)])
    better = History(
        [checkin(TODAY - timedelta(days=30), 2, burnout=4), checkin(TODAY, 2, burnout=1)]
    )
    for history in (low, old, better):
        assert r4_burnout(history, TODAY, CONFIG) is None


# --- R5 -----------------------------------------------------------------------------


def _past_close(values: list[int]) -> History:
    count = len(values)
    return History(
        [checkin(TODAY - (count - 1 - i) * WEEK, 2, past_close=v) for i, v in enumerate(values)]
    )


def test_r5_fires_on_own_history_close_in_two_of_three_weeks() -> None:
    """Item 2 at "muutaman kerran" (2) or more in 2 of the last 3 weeks fires R5."""
    assert r5_strain(_past_close([0, 2, 0, 3]), TODAY, CONFIG) == Firing(Rule.R5, TODAY)


def test_r5_does_not_fire_on_one_of_three_weeks_or_when_switched_off() -> None:
    """Once in the last 3 weeks (the earlier one is outside the window), or R5 switched off:
    no R5."""
    assert r5_strain(_past_close([3, 0, 1, 2]), TODAY, CONFIG) is None
    off = RuleConfig(r5_enabled=False)
    assert r5_strain(_past_close([0, 2, 0, 3]), TODAY, off) is None


def test_r5_fires_on_heavy_recent_visits() -> None:
    """A mean visit strain ≥ 7 over the last 5 debriefs fires R5; 6.8 does not, nor
    fewer than 5 visits."""
    assert r5_strain(History([], visits([2, 7, 7, 8, 6, 7])), TODAY, CONFIG)
    assert r5_strain(History([], visits([9, 6, 7, 7, 6, 8])), TODAY, CONFIG) is None
    assert r5_strain(History([], visits([9, 9, 9, 9])), TODAY, CONFIG) is None


# --- showing: cool-down and snooze ----------------------------------------------------


def test_cool_down_hides_an_acknowledged_nudge_for_fourteen_days() -> None:
    """After the person acknowledges a nudge it is not shown again for 14 days even while
    the rule keeps firing; on day 14 it may come back."""
    history = History(weekly([2, 4, 4]))
    memory = {Rule.R2: acknowledge(Rule.R2, TODAY)}
    assert nudges_to_show(history, {}, TODAY, CONFIG) == [Firing(Rule.R2, TODAY)]
    assert nudges_to_show(history, memory, TODAY, CONFIG) == []
    later = TODAY + timedelta(days=13)
    history_later = History([*history.checkins, checkin(later - WEEK, 4), checkin(later, 5)])
    assert evaluate(history_later, later, CONFIG)
    assert nudges_to_show(history_later, memory, later, CONFIG) == []
    assert may_show(memory[Rule.R2], TODAY + timedelta(days=14), CONFIG)


def test_snooze_hides_for_a_week_then_shows_again_if_still_firing() -> None:
    """Snoozing hides the nudge for 7 days; afterwards it shows again while the rule fires."""
    history = History([checkin(TODAY, 2, burnout=4)])
    memory = {Rule.R4: snooze(None, Rule.R4, TODAY, CONFIG)}
    assert memory[Rule.R4].snoozed_until == TODAY + timedelta(days=7)
    assert nudges_to_show(history, memory, TODAY + timedelta(days=6), CONFIG) == []
    shown = nudges_to_show(history, memory, TODAY + timedelta(days=7), CONFIG)
    assert [f.rule for f in shown] == [Rule.R4]


def test_snooze_does_not_cut_a_cool_down_short() -> None:
    """A snooze keeps the earlier acknowledgement, so the cool-down still holds after it."""
    acknowledged = acknowledge(Rule.R2, TODAY)
    snoozed = snooze(acknowledged, Rule.R2, TODAY + timedelta(days=1), CONFIG)
    assert snoozed.acknowledged_on == TODAY
    assert not may_show(snoozed, TODAY + timedelta(days=10), CONFIG)
    assert may_show(snoozed, TODAY + timedelta(days=14), CONFIG)


def test_rules_are_independent() -> None:
    """Acknowledging R2 leaves R4 showing; evaluate lists every firing rule in order."""
    history = History(
        [
            checkin(TODAY - WEEK, 4),
            checkin(TODAY, 5, burnout=5, talk=frozenset({TalkChoice.PARTNER})),
        ]
    )
    assert [f.rule for f in evaluate(history, TODAY, CONFIG)] == [Rule.R1, Rule.R2, Rule.R4]
    memory = {Rule.R2: NudgeMemory(Rule.R2, acknowledged_on=TODAY)}
    assert [f.rule for f in nudges_to_show(history, memory, TODAY, CONFIG)] == [Rule.R1, Rule.R4]


# --- the person's usual level ------------------------------------------------------------


def test_the_usual_level_exists_from_six_checkins_on() -> None:
    """Like the trend's usual band: the first 6 stress answers make the usual level."""
    assert not has_usual_level(History(weekly([2, 3, 2, 3, 2])))
    assert has_usual_level(History(weekly([2, 3, 2, 3, 2, 3])))


def test_the_fall_from_the_usual_level_waits_for_it() -> None:
    """R3's fall from baseline is the rule that needs a usual level: with only the first
    six WHO-5 scores there is nothing yet to fall from."""
    assert r3_who5(_who5_history([20, 20, 20, 20, 20, 17]), TODAY, CONFIG) is None
