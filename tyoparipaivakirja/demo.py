"""The demo journal: invented, realistic Finnish sample data for newcomers to explore.

Everything here is fiction. Each feature adds its own sample data to ``write_demo``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from tyoparipaivakirja.core.checkins import (
    Answer,
    CheckInSettings,
    NewCheckIn,
    TalkChoice,
    item_key,
    week_start,
)
from tyoparipaivakirja.core.dates import add_months
from tyoparipaivakirja.core.instruments import (
    BURNOUT,
    BURNOUT_ITEM,
    ELO_STRESS,
    ELO_STRESS_ITEM,
    WORK_STRAIN,
)
from tyoparipaivakirja.core.members import NewMember, Role
from tyoparipaivakirja.core.roles import (
    NETWORK_WORK_TITLE,
    Frame,
    Lead,
    ReasonCategory,
    Responsibility,
    Revision,
    RevisionContent,
    Training,
    WorkingTime,
    new_responsibility,
    propose_next_review,
)
from tyoparipaivakirja.demo_debriefs import add_demo_debriefs
from tyoparipaivakirja.demo_supervision import add_demo_supervision
from tyoparipaivakirja.storage.folder import create_journal
from tyoparipaivakirja.storage.session import Journal, PersonalArea

DEMO_JOURNAL_NAME = "Jarin ja Sannan työpari (demo)"
DEMO_PAIR_PASSPHRASE = "demo-kanerva-majakka-routa"
DEMO_MEMBERS = (
    NewMember("Jari", Role.EXPERT_BY_EXPERIENCE),
    NewMember("Sanna", Role.PROFESSIONAL),
)
DEMO_PERSONAL_PASSPHRASES = {
    "Jari": "jarin-oma-vihko-kuusi-pilvi",
    "Sanna": "sannan-oma-vihko-sammal-hiili",
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
        day = today or date.today()
        areas = _add_personal_areas(journal)
        _add_jaris_checkins(areas["Jari"], day)
        areas["Sanna"].checkins.save_settings(CheckInSettings(guiding_role=True))
        for area in areas.values():
            area.close()
        _add_role_split(journal, day)
        add_demo_debriefs(journal, DEMO_PERSONAL_PASSPHRASES, day)
        add_demo_supervision(journal, day)
    finally:
        journal.lock()
    return DemoPassphrases(pair_passphrase, dict(DEMO_PERSONAL_PASSPHRASES))


def _add_personal_areas(journal: Journal) -> dict[str, PersonalArea]:
    return {
        member.display_name: journal.create_personal_area(
            member.member_id, DEMO_PERSONAL_PASSPHRASES[member.display_name]
        )
        for member in journal.members.all()
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
_RECOVERY_FROM_WEEK = 16  # Jari switched the recovery question on here


def _add_jaris_checkins(area: PersonalArea, today: date) -> None:
    """26 weeks of Jari's check-ins ending last week and one earlier shared stress summary;
    this week's check-in is still to do. His per-visit strain comes from the demo debriefs."""
    area.checkins.save_settings(
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
            area.checkins.add(
                _jari_checkin(monday + timedelta(days=early_day), early_stress, 1, 3, 4), today
            )
        answers = list(_jari_checkin(day, stress, close, bounds, support).answers)
        if (day.year, day.month) not in months:
            months.add((day.year, day.month))
            answers.append(Answer(BURNOUT, BURNOUT_ITEM, _JARI_BURNOUT[len(months) - 1]))
        if index >= _RECOVERY_FROM_WEEK:
            answers.append(Answer(WORK_STRAIN, "recovery_stability", 8 - (stress - 2) * 2))
        talk = _JARI_TALK.get(index, frozenset())
        area.checkins.add(NewCheckIn(day, tuple(answers), talk, note), today)
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


def _at(day: date, hour: int, minute: int) -> datetime:
    """A local time on ``day``, as the demo's made-up moments of acceptance."""
    return datetime.combine(day, time(hour, minute)).astimezone()


def _with_lead(
    items: tuple[Responsibility, ...], title: str, lead: Lead
) -> tuple[Responsibility, ...]:
    return tuple(replace(item, lead=lead) if item.title == title else item for item in items)


def _agree(
    journal: Journal,
    draft: Revision,
    content: RevisionContent,
    proposer: str,
    accepters: tuple[str, str],
) -> None:
    """Propose and accept ``content`` on its effective day, as the pair would have."""
    day = content.effective_from
    journal.roles.propose(draft.revision_id, proposer, content, at=_at(day, 9, 15))
    journal.roles.accept(draft.revision_id, accepters[0], at=_at(day, 9, 40))
    journal.roles.accept(draft.revision_id, accepters[1], at=_at(day, 9, 42))


def _add_role_split(journal: Journal, today: date) -> None:
    """Three versions over nine months: network work moves from Sanna (professional) to
    both of them (agreed in work supervision) and on to Jari (expert by experience)."""
    jari, sanna = (m.member_id for m in journal.members.all())
    started = add_months(today, -10)
    frame = Frame(
        ka_working_time=WorkingTime.PART_TIME,
        professional_working_time=WorkingTime.FULL_TIME,
        shared_weekdays=frozenset({0, 1, 2, 3}),
        same_town=True,
        shared_office=True,
        line_manager="Tiina Koskinen",
        professional_guides=True,
        ka_support="Kokemusasiantuntijoiden vertaisryhmä ja oma työnohjaus",
        supervision_every_weeks=4,
        training=Training.APPRENTICESHIP,
        training_note="Oppisopimus, valmistuu kesällä",
        ka_started_on=started,
    )

    first_day = add_months(today, -9)
    draft = journal.roles.start_draft_from_defaults(first_day, at=_at(first_day, 8, 30))
    items = _with_lead(draft.items, NETWORK_WORK_TITLE, Lead.PROFESSIONAL)
    first = RevisionContent(
        items=items,
        frame=frame,
        effective_from=first_day,
        next_review_on=propose_next_review(first_day, started),
        reason_text="Ensimmäinen roolijako oppaan oletustehtävistä. Sanna vetää aluksi "
        "verkostotyön, Jari tulee mukaan palavereihin tutustumaan.",
    )
    _agree(journal, draft, first, sanna, (jari, sanna))

    second_day = add_months(today, -6)
    draft = journal.roles.start_draft_from_current(second_day, at=_at(second_day, 8, 30))
    prison = new_responsibility(
        "Vankilatapaamiset ennen vapautumista", Lead.SHARED, "Jari aloittaa, Sanna sopii luvat"
    )
    second = RevisionContent(
        items=(*_with_lead(draft.items, NETWORK_WORK_TITLE, Lead.SHARED), prison),
        frame=frame,
        effective_from=second_day,
        next_review_on=propose_next_review(second_day, started),
        reason=ReasonCategory.AGREED_IN_SUPERVISION,
        reason_text="Työnohjauksessa sovittiin, että verkostopalaverit valmistellaan yhdessä "
        "ja Jari vetää osan niistä Sannan tukemana.",
        discussed_in_supervision=True,
    )
    _agree(journal, draft, second, sanna, (sanna, jari))

    review_day = add_months(today, -3)
    journal.roles.record_review_without_changes(
        jari,
        review_day,
        propose_next_review(review_day, started),
        note="Roolijako toimii. Jari ottaa verkostotyötä vähitellen enemmän.",
        at=_at(review_day, 13, 5),
    )

    third_day = add_months(today, -1)
    draft = journal.roles.start_draft_from_current(third_day, at=_at(third_day, 8, 30))
    renamed = tuple(
        replace(item, title="Vertaisryhmien ohjaaminen") if item.title == "Vertaisryhmät" else item
        for item in _with_lead(draft.items, NETWORK_WORK_TITLE, Lead.EXPERT_BY_EXPERIENCE)
    )
    third_frame = replace(frame, ka_working_time=WorkingTime.FULL_TIME, supervision_every_weeks=3)
    third = RevisionContent(
        items=renamed,
        frame=third_frame,
        effective_from=third_day,
        next_review_on=propose_next_review(third_day, started),
        reason=ReasonCategory.TRUST_GREW,
        reason_text="Jari on vetänyt verkostopalaverit keväästä asti varmasti. Hän siirtyy "
        "kokoaikaiseksi, ja verkostotyö siirtyy hänen vetovastuulleen.",
    )
    _agree(journal, draft, third, jari, (jari, sanna))
