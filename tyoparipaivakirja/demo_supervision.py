"""Demo work supervision: two past sessions with agendas and agreements, one planned.

Invented sample data. The agendas come from the topics the demo debriefs raised, as
the pair would build them; the agreements of the latest past session are what the
next summary reports on.
"""

from __future__ import annotations

from datetime import date, timedelta

from tyoparipaivakirja.actions.supervision import suggested_topics
from tyoparipaivakirja.core.debriefs import TOGETHER
from tyoparipaivakirja.core.members import Role
from tyoparipaivakirja.core.supervision import AgendaItem, Agreement, AgreementStatus
from tyoparipaivakirja.storage.session import Journal

SUPERVISOR = "Outi"


def add_demo_supervision(journal: Journal, today: date) -> None:
    """Sessions about 18 and 9 weeks ago, and the next one planned a week ahead."""
    members = journal.members.all()
    jari = next(m for m in members if m.role is Role.EXPERT_BY_EXPERIENCE).member_id
    sanna = next(m for m in members if m.role is Role.PROFESSIONAL).member_id
    plans: list[tuple[int, tuple[AgendaItem, ...], tuple[Agreement, ...]]] = [
        (
            -126,
            (AgendaItem("Miten puramme raskaan käynnin, kun aikaa on vähän?"),),
            (
                Agreement(
                    "Kokeillaan lyhyttä purkua autossa heti käynnin jälkeen.",
                    TOGETHER,
                    AgreementStatus.DONE,
                ),
                Agreement("Jari kirjaa hälytysmerkit samana päivänä.", jari, AgreementStatus.DONE),
            ),
        ),
        (
            -63,
            (AgendaItem("Työaikojen joustot ja palautuminen", (), sanna),),
            (
                Agreement(
                    "Verkostopalaverin vetovastuu siirtyy kokeiluna Jarille.",
                    TOGETHER,
                    AgreementStatus.IN_PROGRESS,
                ),
                Agreement(
                    "Sanna selvittää oppisopimuskoulutuksen aikataulun.",
                    sanna,
                    AgreementStatus.OPEN,
                ),
                Agreement(
                    "Otetaan jaksaminen puheeksi jokaisen purun lopuksi.",
                    TOGETHER,
                    AgreementStatus.DONE,
                ),
            ),
        ),
        (7, (AgendaItem("Kevään lomat ja sijaisjärjestelyt", (), TOGETHER),), ()),
    ]
    for offset, own_items, agreements in plans:
        held_on = today + timedelta(days=offset)
        session = journal.supervision.add_session(held_on, SUPERVISOR)
        raised = suggested_topics(journal, session.session_id, today)
        journal.supervision.save_session(
            session.session_id, held_on, SUPERVISOR, [*raised, *own_items], agreements
        )
