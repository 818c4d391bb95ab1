"""The supervision register: sessions, agendas from shared topics, agreements."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.conftest import PAIR_PASSPHRASE
from tests.storage.helpers import save_topic_debrief
from tyoparipaivakirja.actions.summary import summary_input
from tyoparipaivakirja.actions.supervision import suggested_topics
from tyoparipaivakirja.core.debriefs import (
    TOGETHER,
    SharingLevel,
    SupervisionTag,
)
from tyoparipaivakirja.core.errors import ValidationError
from tyoparipaivakirja.core.summary import WeeklyStress, build_summary
from tyoparipaivakirja.core.supervision import AgendaItem, Agreement, AgreementStatus
from tyoparipaivakirja.core.trends import SharedWeek, TrendShare, TrendWord
from tyoparipaivakirja.storage import portable, schema
from tyoparipaivakirja.storage.folder import open_journal
from tyoparipaivakirja.storage.session import Journal

TODAY = date(2026, 11, 27)


def test_register_is_pair_migration_five(make_journal: Callable[..., Journal]) -> None:
    """The register is pair migration 5, after the check-ins' shared trends (4); a new
    journal is made at the newest version."""
    journal = make_journal()
    (register,) = [
        step for step in schema.PAIR_MIGRATIONS if "supervision sessions" in step.description
    ]
    assert register.version == 5
    assert schema.read_version(journal.connection()) == schema.latest_version(
        schema.PAIR_MIGRATIONS
    )
    versions = [step.version for step in schema.PAIR_MIGRATIONS]
    assert versions == sorted(set(versions))


def test_session_round_trip(make_journal: Callable[..., Journal]) -> None:
    """A session keeps its date, supervisor, agenda order and agreements with status."""
    journal = make_journal()
    jari = journal.members.all()[0].member_id
    session = journal.supervision.add_session(date(2026, 11, 5), "  Outi   Ohjaaja ")
    assert session.supervisor == "Outi Ohjaaja"
    saved = journal.supervision.save_session(
        session.session_id,
        date(2026, 11, 6),
        "Outi",
        [AgendaItem("Toinen"), AgendaItem("Ensimmäinen", (SupervisionTag.ETHICS,), jari, None)],
        [Agreement("Kokeillaan uutta", jari, AgreementStatus.IN_PROGRESS)],
    )
    again = journal.supervision.session(session.session_id)
    assert again == saved
    assert [item.text for item in again.agenda] == ["Toinen", "Ensimmäinen"]
    assert again.agenda[1].tags == (SupervisionTag.ETHICS,)
    (agreement,) = again.agreements
    assert agreement.agreement_id is not None  # given its own id when saved
    assert replace(agreement, agreement_id=None) == Agreement(
        "Kokeillaan uutta", jari, AgreementStatus.IN_PROGRESS
    )
    assert again.held_on == date(2026, 11, 6)


def test_empty_agenda_item_is_refused(make_journal: Callable[..., Journal]) -> None:
    journal = make_journal()
    session = journal.supervision.add_session(date(2026, 11, 5))
    with pytest.raises(ValidationError):
        journal.supervision.save_session(
            session.session_id, session.held_on, "", [AgendaItem("  ")], []
        )
    assert journal.supervision.session(session.session_id).agenda == ()


def test_suggested_topics_are_shared_ones_since_previous_session(
    make_journal: Callable[..., Journal],
) -> None:
    """Suggestions: topics of shared entries after the previous session, not unshared
    ones, not older ones, and not what is already on the agenda."""
    journal = make_journal()
    save_topic_debrief(journal, date(2026, 9, 1), "Vanha nosto", SharingLevel.TOPICS_ONLY)
    new_id = save_topic_debrief(journal, date(2026, 10, 10), "Uusi nosto", SharingLevel.TOPICS_ONLY)
    save_topic_debrief(journal, date(2026, 10, 12), "Ei jaettu", SharingLevel.NONE)
    save_topic_debrief(
        journal, date(2026, 10, 15), "Jo listalla", SharingLevel.TOPICS_AND_REFLECTION
    )
    journal.supervision.add_session(date(2026, 10, 1), "Outi")
    session = journal.supervision.add_session(date(2026, 11, 5), "Outi")
    suggested = suggested_topics(journal, session.session_id, TODAY)
    assert [item.text for item in suggested] == ["Uusi nosto", "Jo listalla"]
    assert suggested[0].entry_id == new_id
    journal.supervision.save_session(
        session.session_id, session.held_on, "Outi", [suggested[1]], []
    )
    again = suggested_topics(journal, session.session_id, TODAY)
    assert [item.text for item in again] == ["Uusi nosto"]


def test_summary_input_reads_the_period_and_previous_agreements(
    make_journal: Callable[..., Journal],
) -> None:
    journal = make_journal()
    save_topic_debrief(journal, date(2026, 10, 10), "Jaettu", SharingLevel.TOPICS_AND_REFLECTION)
    save_topic_debrief(
        journal, date(2026, 8, 10), "Liian vanha", SharingLevel.TOPICS_AND_REFLECTION
    )
    earlier = journal.supervision.add_session(date(2026, 10, 1), "Outi")
    journal.supervision.save_session(
        earlier.session_id, earlier.held_on, "Outi", [], [Agreement("Sovittu asia", TOGETHER)]
    )
    data = summary_input(journal, date(2026, 10, 1), TODAY, TODAY)
    assert [e.went_well for e in data.debriefs] == ["Onnistui Jaettu"]
    assert data.previous_session is not None
    assert data.previous_session.session_id == earlier.session_id
    assert data.wellbeing == []  # nobody shared a trend
    summary = build_summary(data)
    assert summary.reflections[0].client == "Asiakas A"
    assert [a.text for a in summary.agreements] == ["Sovittu asia"]


def test_delete_session_removes_agenda_and_agreements(
    make_journal: Callable[..., Journal],
) -> None:
    journal = make_journal()
    session = journal.supervision.add_session(date(2026, 11, 5))
    journal.supervision.save_session(
        session.session_id, session.held_on, "", [AgendaItem("x")], [Agreement("y")]
    )
    journal.supervision.delete_session(session.session_id)
    assert journal.supervision.sessions() == []
    conn = journal.connection()
    assert conn.execute("SELECT count(*) FROM supervision_agenda").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM supervision_agreements").fetchone()[0] == 0


def test_shared_stress_trends_reach_the_summary_input(
    make_journal: Callable[..., Journal],
) -> None:
    """A trend a member shared into the pair journal is the summary's well-being input:
    the newest overlapping share per member, with its weeks and word; a share outside
    the period is not."""
    journal = make_journal()
    jari, sanna = journal.members.all()
    monday = date(2026, 10, 5)
    journal.shared_trends.add(
        TrendShare(
            jari.member_id,
            monday,
            monday + timedelta(days=27),
            tuple(SharedWeek(monday + timedelta(weeks=n), 2 + n % 2) for n in range(4)),
            TrendWord.RISING,
        ),
    )
    journal.shared_trends.add(
        TrendShare(
            sanna.member_id,
            date(2026, 6, 1),
            date(2026, 6, 28),
            (SharedWeek(date(2026, 6, 1), 3), SharedWeek(date(2026, 6, 8), 3)),
            TrendWord.STEADY,
        ),
    )
    data = summary_input(journal, date(2026, 10, 1), TODAY, TODAY)
    assert [(w.member_name, w.trend, len(w.weeks)) for w in data.wellbeing] == [
        (jari.display_name, TrendWord.RISING, 4)
    ]
    assert data.wellbeing[0].weeks[1] == WeeklyStress(monday + timedelta(weeks=1), 3)


def test_export_and_import_keep_the_supervision_register(
    make_journal: Callable[..., Journal], tmp_path: Path
) -> None:
    """An export carries the sessions, agendas and agreements, and an import brings them
    back as they were."""
    journal = make_journal()
    entry_id = save_topic_debrief(journal, date(2026, 10, 10), "Nosto", SharingLevel.TOPICS_ONLY)
    jari = journal.members.all()[0].member_id
    session = journal.supervision.add_session(date(2026, 11, 5), "Outi")
    saved = journal.supervision.save_session(
        session.session_id,
        session.held_on,
        "Outi",
        [AgendaItem("Nosto", (SupervisionTag.ROLES,), jari, entry_id), AgendaItem("Oma")],
        [Agreement("Kokeillaan", jari, AgreementStatus.DONE)],
    )
    document = portable.export_document(journal, {})
    assert [row["text"] for row in document["pair"]["supervision_agenda"]] == ["Nosto", "Oma"]
    portable.import_document(
        json.loads(portable.encode(document).decode("utf-8")),
        tmp_path / "tuotu",
        PAIR_PASSPHRASE,
        {},
    )
    again = open_journal(tmp_path / "tuotu", PAIR_PASSPHRASE)
    try:
        assert again.supervision.sessions() == [saved]
    finally:
        again.lock()
