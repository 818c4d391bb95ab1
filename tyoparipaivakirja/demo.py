"""The demo journal: invented, realistic Finnish sample data for newcomers to explore.

Everything here is fiction. Each feature adds its own sample data to ``write_demo``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from tyoparipaivakirja.core.checkins import (
    Answer,
    CheckInSettings,
    NewCheckIn,
    TalkChoice,
    item_key,
    week_start,
)
from tyoparipaivakirja.core.instruments import (
    BURNOUT,
    BURNOUT_ITEM,
    ELO_STRESS,
    ELO_STRESS_ITEM,
    WORK_STRAIN,
)
from tyoparipaivakirja.core.members import NewMember, Role
from tyoparipaivakirja.storage.journal import Journal, PersonalArea, create_journal

DEMO_JOURNAL_NAME = "Jarin ja Sannan työpari (demo)"
DEMO_PAIR_PASSPHRASE = "demo-kahvi-termos-2026"
DEMO_MEMBERS = (
    NewMember("Jari", Role.EXPERT_BY_EXPERIENCE),
    NewMember("Sanna", Role.PROFESSIONAL),
)
DEMO_PERSONAL_PASSPHRASES = {
    "Jari": "jarin-oma-vihko-2026",
    "Sanna": "sannan-oma-vihko-2026",
}


@dataclass(frozen=True, slots=True)
class DemoPassphrases:
    """What a newcomer needs to get into the demo journal."""

    pair: str
    personal: dict[str, str]


def write_demo(
    folder: Path, pair_passphrase: str = DEMO_PAIR_PASSPHRASE, today: date | None = None
) -> DemoPassphrases:
    """Create a demo journal in ``folder`` (new or empty) and leave it locked."""
    journal = create_journal(folder, DEMO_JOURNAL_NAME, DEMO_MEMBERS, pair_passphrase)
    try:
        areas = _add_personal_areas(journal)
        _add_jaris_checkins(areas["Jari"], today or date.today())
        areas["Sanna"].save_settings(CheckInSettings(guiding_role=True))
        for area in areas.values():
            area.close()
    finally:
        journal.lock()
    return DemoPassphrases(pair_passphrase, dict(DEMO_PERSONAL_PASSPHRASES))


def _add_personal_areas(journal: Journal) -> dict[str, PersonalArea]:
    return {
        member.display_name: journal.create_personal_area(
            member.member_id, DEMO_PERSONAL_PASSPHRASES[member.display_name]
        )
        for member in journal.members()
    }


# Jari's 26 weeks, oldest first: (weekday 0=Mon, stress 1-5, own history close 0-3,
# boundaries 0-4, partner support 0-4, note). A calm spring and summer, a prison visit
# that came close in week 13, and a two-week rise at the end (stress 4 and 4): rule R2
# fires once, on the last of those weeks. Everything here is invented.
_JARI_WEEKS: tuple[tuple[int, int, int, int, int, str], ...] = (
    (3, 2, 0, 3, 4, ""),
    (4, 3, 1, 3, 4, "Ensimmäiset viikot uudessa työssä: paljon uutta, mutta hyvällä tavalla."),
    (3, 2, 0, 3, 4, ""),
    (2, 2, 1, 3, 3, ""),
    (4, 3, 1, 2, 4, ""),
    (3, 2, 0, 3, 4, ""),
    (3, 2, 0, 4, 4, ""),
    (4, 3, 1, 3, 3, ""),
    (3, 2, 1, 3, 4, ""),
    (1, 2, 0, 4, 4, "Lomaviikon jälkeen olo levännyt."),
    (3, 2, 0, 3, 4, ""),
    (4, 3, 1, 3, 4, ""),
    (
        3,
        3,
        2,
        2,
        4,
        "Vankilatapaaminen toi mieleen oman tuomion ajan. Purettiin Sannan "
        "kanssa autossa, helpotti.",
    ),
    (3, 2, 1, 3, 4, ""),
    (2, 2, 0, 3, 4, ""),
    (3, 3, 1, 3, 3, ""),
    (4, 2, 0, 3, 4, ""),
    (3, 2, 1, 3, 4, ""),
    (3, 3, 1, 2, 3, ""),
    (3, 2, 0, 3, 4, ""),
    (4, 3, 1, 3, 4, ""),
    (3, 3, 1, 3, 4, ""),
    (2, 3, 1, 2, 4, ""),
    (3, 3, 1, 2, 3, ""),
    (
        3,
        4,
        2,
        2,
        3,
        "Kaksi raskasta kotikäyntiä peräkkäin, toisessa vanhoja tuttuja. Nukkunut huonosti.",
    ),
    (2, 4, 2, 2, 4, "Väsyttää edelleen."),
)
# Weeks (counted from the oldest, 0-based) with a second, earlier check-in that the
# later one of the same week replaces in the trend.
_JARI_EXTRA: dict[int, tuple[int, int]] = {7: (0, 4)}  # week 7: Monday stress 4, then 3
_JARI_TALK: dict[int, frozenset[TalkChoice]] = {
    12: frozenset({TalkChoice.PARTNER}),
    24: frozenset({TalkChoice.SUPERVISION}),
}
_JARI_BURNOUT = (1, 2, 1, 2, 2, 2, 2)  # once a month, on the first check-in of the month
_JARI_VISITS = (4, 5, 3, 6, 5, 4, 6, 5, 7, 6, 5, 6)  # the last six weeks, two a week
_RECOVERY_FROM_WEEK = 16  # Jari switched the recovery question on here


def _add_jaris_checkins(area: PersonalArea, today: date) -> None:
    """26 weeks of Jari's check-ins ending last week, his visit strains and one earlier
    shared stress summary; this week's check-in is still to do."""
    area.save_settings(
        CheckInSettings(enabled_items=frozenset({item_key(WORK_STRAIN, "recovery_stability")}))
    )
    this_monday = week_start(today)
    months: set[tuple[int, int]] = set()
    count = len(_JARI_WEEKS)
    for index, (weekday, stress, close, bounds, support, note) in enumerate(_JARI_WEEKS):
        monday = this_monday - timedelta(weeks=count - index)
        day = monday + timedelta(days=weekday)
        if index in _JARI_EXTRA:
            early_day, early_stress = _JARI_EXTRA[index]
            area.add_checkin(
                _jari_checkin(monday + timedelta(days=early_day), early_stress, 1, 3, 4), today
            )
        answers = list(_jari_checkin(day, stress, close, bounds, support).answers)
        if (day.year, day.month) not in months:
            months.add((day.year, day.month))
            answers.append(Answer(BURNOUT, BURNOUT_ITEM, _JARI_BURNOUT[len(months) - 1]))
        if index >= _RECOVERY_FROM_WEEK:
            answers.append(Answer(WORK_STRAIN, "recovery_stability", 8 - (stress - 2) * 2))
        talk = _JARI_TALK.get(index, frozenset())
        area.add_checkin(NewCheckIn(day, tuple(answers), talk, note), today)
    for index, strain in enumerate(_JARI_VISITS):
        weeks_back = 6 - index // 2
        day = this_monday - timedelta(weeks=weeks_back) + timedelta(days=1 + 2 * (index % 2))
        area.record_visit_strain(day, strain, today)
    shared_end = this_monday - timedelta(weeks=6, days=3)
    area.share_trend(
        area.preview_share(shared_end - timedelta(weeks=6, days=-4), shared_end, today), today
    )


def _jari_checkin(day: date, stress: int, close: int, bounds: int, support: int) -> NewCheckIn:
    return NewCheckIn(
        day,
        (
            Answer(ELO_STRESS, ELO_STRESS_ITEM, stress),
            Answer(WORK_STRAIN, "past_close", close),
            Answer(WORK_STRAIN, "boundaries", bounds),
            Answer(WORK_STRAIN, "partner_support", support),
        ),
    )
