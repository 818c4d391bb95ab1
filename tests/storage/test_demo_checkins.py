"""The demo journal's well-being data: 26 weeks for Jari with one two-week rise (R2 once)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from tyoparipaivakirja.core.checkins import latest_per_week, week_start
from tyoparipaivakirja.core.instruments import ELO_STRESS, ELO_STRESS_ITEM
from tyoparipaivakirja.core.nudges import History, Rule, r2_stress, rule_config
from tyoparipaivakirja.demo import DEMO_PAIR_PASSPHRASE, DEMO_PERSONAL_PASSPHRASES, write_demo
from tyoparipaivakirja.storage.folder import open_journal
from tyoparipaivakirja.storage.instrument_files import load_instruments


@pytest.mark.parametrize(
    "today",
    [date(2026, 11, 27), date(2026, 11, 23), date(2026, 11, 29), date(2027, 1, 1)],
    ids=["friday", "monday", "sunday", "new-year"],
)
def test_jari_has_26_weeks_and_r2_fires_exactly_once(tmp_path: Path, today: date) -> None:
    """Jari's demo check-ins cover the 26 weeks before this one (one week has two); replaying
    the history day by day, R2 starts firing exactly once, at the end, so it shows when the
    demo opens; this week's check-in is still due; one earlier summary is shared; his own
    reflections in the demo debriefs are his per-visit strain series."""
    folder = tmp_path / "demo"
    write_demo(folder, today=today)
    journal = open_journal(folder, DEMO_PAIR_PASSPHRASE)
    try:
        jari, sanna = journal.members.all()
        area = journal.open_personal_area(jari.member_id, DEMO_PERSONAL_PASSPHRASES["Jari"])
        checkins = area.checkins.all()
        weeks = latest_per_week(checkins, ELO_STRESS, ELO_STRESS_ITEM)
        this_monday = week_start(today)
        assert [w.week for w in weeks] == [this_monday - timedelta(weeks=26 - i) for i in range(26)]
        assert len(checkins) == 27  # one week has two check-ins

        config = rule_config(load_instruments())
        firing_days = []
        was_firing = False
        for day in sorted({c.day for c in checkins}):
            history = History([c for c in checkins if c.day <= day])
            firing = r2_stress(history, day, config) is not None
            if firing and not was_firing:
                firing_days.append(day)
            was_firing = firing
        assert firing_days == [checkins[-1].day]

        snapshot = area.snapshot(today)
        assert snapshot.weekly_due
        assert Rule.R2 in {f.rule for f in snapshot.nudges}
        assert len(snapshot.shares) == 1
        reflected = [r for r in area.reflections.all() if r.strain is not None]
        assert reflected, "the demo debriefs give Jari a per-visit strain series"
        assert [v.strain for v in snapshot.visits] == [r.strain for r in reflected]
        assert any(c.note for c in checkins)
        sanna_area = journal.open_personal_area(sanna.member_id, DEMO_PERSONAL_PASSPHRASES["Sanna"])
        assert sanna_area.checkins.all() == [] and sanna_area.checkins.settings().guiding_role
    finally:
        journal.lock()
