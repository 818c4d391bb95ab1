"""A small, realistic summary input for the summary tests (pure data, no journal)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from tyoparipaivakirja.core.debriefs import (
    TOGETHER,
    Debrief,
    Presence,
    RoleSplitWorked,
    SharingLevel,
    SupervisionTag,
    SupervisionTopic,
    Theme,
    VisitType,
    WarningSign,
    WarningSignNote,
)
from tyoparipaivakirja.core.members import Member, Role
from tyoparipaivakirja.core.roles import (
    Acceptance,
    Frame,
    Lead,
    Responsibility,
    Revision,
    RevisionStatus,
    default_content,
)
from tyoparipaivakirja.core.summary import (
    SharedWellbeing,
    SummaryInput,
    WeeklyStress,
)
from tyoparipaivakirja.core.supervision import (
    AgendaItem,
    Agreement,
    AgreementStatus,
    SupervisionSession,
)
from tyoparipaivakirja.core.trends import TrendWord

JARI = Member("m-jari", "Jari", Role.EXPERT_BY_EXPERIENCE)
SANNA = Member("m-sanna", "Sanna", Role.PROFESSIONAL)
START = date(2026, 9, 1)
END = date(2026, 10, 31)
SHARED_TEXT = "Rajojen pitäminen onnistui, kun sovimme etukäteen kuka puhuu."
UNSHARED_TEXT = "Tämä purku jäi vain työparin omaksi muistiinpanoksi."
TOPICS_ONLY_TEXT = "Tämä reflektio ei saa näkyä, koska jaettiin vain nostot."
TOPIC = "Kuinka paljon omasta taustasta kerrotaan?"
PREVIOUS_AGREEMENT = "Kokeillaan purkua heti käynnin jälkeen autossa."


def revisions() -> tuple[Revision, Revision]:
    """Version 1 from the guide's defaults, and version 2 where network work moved to the
    expert by experience (the guide's own example of a role change)."""
    first = _revision(1, date(2026, 1, 1), default_content(date(2026, 1, 1)).items)
    moved = tuple(
        replace(item, lead=Lead.EXPERT_BY_EXPERIENCE) if item.title == "Verkostotyö" else item
        for item in first.items
    )
    return first, _revision(2, date(2026, 9, 15), moved)


def _revision(version: int, effective: date, items: tuple[Responsibility, ...]) -> Revision:
    at = datetime.combine(effective, datetime.min.time())
    return Revision(
        revision_id=f"r{version}",
        version=version,
        status=RevisionStatus.ACCEPTED,
        items=items,
        frame=Frame(),
        effective_from=effective,
        next_review_on=effective + timedelta(days=90),
        reason=None,
        reason_text="",
        discussed_in_supervision=False,
        created_at=at,
        acceptances=(Acceptance(JARI.member_id, at), Acceptance(SANNA.member_id, at)),
        accepted_at=at,
    )


def eid(number: int) -> str:
    """The id of test debrief ``number`` (ids are 32 hex digits; these sort by number)."""
    return f"{number:032x}"


def entry(
    entry_id: int,
    day: date,
    *,
    code: str = "A-01",
    sharing: SharingLevel = SharingLevel.NONE,
    went_well: str = "",
    visit: VisitType = VisitType.HOME_VISIT,
    presence: Presence = Presence.BOTH,
    topic: str = "",
    signs: tuple[WarningSign, ...] = (),
) -> Debrief:
    return Debrief(
        entry_id=eid(entry_id),
        visit_date=day,
        visit_type=visit,
        presence=presence,
        client_code=code,
        themes=(Theme.HOUSING,),
        what_happened=f"Asiakas {code} kertoi asunnosta.",
        went_well=went_well,
        role_split_worked=RoleSplitWorked.YES,
        warning_signs=WarningSignNote(signs, JARI.member_id if signs else "", "", ""),
        supervision_topics=(SupervisionTopic(topic, (SupervisionTag.BOUNDARIES,), JARI.member_id),)
        if topic
        else (),
        sharing=sharing,
    )


def sample_input(**changes: object) -> SummaryInput:
    debriefs = [
        entry(1, date(2026, 9, 3), code="B-07", sharing=SharingLevel.TOPICS_AND_REFLECTION,
              went_well=SHARED_TEXT + " B-07 otti ohjat.", topic=TOPIC),
        entry(2, date(2026, 9, 10), code="C-02", went_well=UNSHARED_TEXT),
        entry(3, date(2026, 9, 17), code="C-02", sharing=SharingLevel.TOPICS_ONLY,
              went_well=TOPICS_ONLY_TEXT, topic="Verkostopalaverin vetovastuu"),
        *(entry(10 + n, date(2026, 10, 1) + timedelta(days=n), code="B-07",
                visit=VisitType.PHONE_OR_REMOTE, presence=Presence.PROFESSIONAL)
          for n in range(4)),
        entry(20, date(2026, 10, 20), code="D-11", visit=VisitType.PRISON_MEETING,
              signs=(WarningSign.NEW_DEBTS,)),
        entry(30, date(2026, 12, 1), code="E-01", sharing=SharingLevel.TOPICS_AND_REFLECTION,
              went_well="Jakson ulkopuolella."),
    ]  # fmt: skip
    previous = SupervisionSession(
        "s1",
        date(2026, 8, 28),
        "Outi",
        agreements=(
            Agreement(PREVIOUS_AGREEMENT, TOGETHER, AgreementStatus.DONE),
            Agreement("Sanna selvittää koulutusmahdollisuudet.", SANNA.member_id),
        ),
    )
    session = SupervisionSession(
        "s2",
        date(2026, 11, 5),
        "Outi",
        agenda=(
            AgendaItem("Kuinka paljon omasta taustasta kerrotaan?", (), JARI.member_id, eid(1)),
        ),
    )
    wellbeing = (
        SharedWellbeing(
            "Jari",
            START,
            END,
            tuple(WeeklyStress(START + timedelta(weeks=n), 2 + n % 3) for n in range(8)),
            TrendWord.RISING,
        ),
    )
    values: dict[str, object] = {
        "journal_name": "Jarin ja Sannan työpari",
        "members": (JARI, SANNA),
        "period_start": START,
        "period_end": END,
        "made_on": date(2026, 11, 1),
        "debriefs": debriefs,
        "revisions": revisions(),
        "session": session,
        "previous_session": previous,
        "wellbeing": wellbeing,
    }
    values.update(changes)
    return SummaryInput(**values)  # type: ignore[arg-type]
