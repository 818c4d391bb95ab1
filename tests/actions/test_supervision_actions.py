"""The supervision use cases headless: agenda suggestions, the summary's period, the
check (summary and privacy gate), the PDF. The rules are core's; these read through
the session's stores."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from tests.storage.helpers import save_topic_debrief
from tyoparipaivakirja.actions import summary as summaries
from tyoparipaivakirja.actions.supervision import suggested_for
from tyoparipaivakirja.core.debriefs import SharingLevel
from tyoparipaivakirja.core.supervision import AgendaItem
from tyoparipaivakirja.storage.session import Journal

TODAY = date(2026, 11, 20)


def test_suggestions_are_shared_new_topics_since_the_previous_session(
    make_journal: Callable[..., Journal],
) -> None:
    """Shared topics after the previous session's day (not on it), once each whatever
    their spelling, never an unshared entry's, never what the agenda already holds."""
    journal = make_journal()
    journal.supervision.add_session(date(2026, 10, 1), "Outi")
    save_topic_debrief(journal, date(2026, 10, 1), "Sen päivän nosto", SharingLevel.TOPICS_ONLY)
    save_topic_debrief(journal, date(2026, 10, 5), "Työnjako", SharingLevel.TOPICS_ONLY)
    save_topic_debrief(
        journal, date(2026, 10, 6), "  työnjako ", SharingLevel.TOPICS_AND_REFLECTION
    )
    save_topic_debrief(journal, date(2026, 10, 7), "Ei jaettu", SharingLevel.NONE)
    save_topic_debrief(journal, date(2026, 10, 8), "Jo listalla", SharingLevel.TOPICS_ONLY)
    agenda = [AgendaItem("jo  listalla")]
    suggested = suggested_for(journal, date(2026, 11, 5), agenda, TODAY)
    assert [item.text for item in suggested] == ["Työnjako"]


def test_the_default_period_starts_the_day_after_the_previous_session(
    make_journal: Callable[..., Journal],
) -> None:
    journal = make_journal()
    assert summaries.default_period(journal, None, TODAY) == (date(2026, 8, 20), TODAY)
    journal.supervision.add_session(date(2026, 10, 1), "Outi")
    planned = journal.supervision.add_session(date(2026, 12, 3), "Outi")
    assert summaries.default_period(journal, None, TODAY) == (date(2026, 10, 2), TODAY)
    assert summaries.default_period(journal, planned.session_id, TODAY) == (
        date(2026, 10, 2),
        TODAY,
    )


def test_check_makes_the_summary_of_shared_entries_and_runs_the_gate(
    make_journal: Callable[..., Journal], tmp_path: Path
) -> None:
    """Only shared topics reach the summary; a henkilötunnus blocks it; the PDF is
    made and written from the checked summary."""
    journal = make_journal()
    save_topic_debrief(journal, TODAY - timedelta(days=3), "Jaettu nosto", SharingLevel.TOPICS_ONLY)
    save_topic_debrief(journal, TODAY - timedelta(days=2), "Salainen nosto", SharingLevel.NONE)
    checked = summaries.check(journal, TODAY - timedelta(days=30), TODAY, TODAY)
    assert [topic.text for topic in checked.summary.topics] == ["Jaettu nosto"]
    assert not checked.gate.blocked
    pdf = summaries.make_pdf(checked.summary, None)
    target = summaries.save_pdf(tmp_path / "yhteenveto.pdf", pdf)
    assert target.read_bytes().startswith(b"%PDF-")

    save_topic_debrief(
        journal, TODAY - timedelta(days=1), "Asiakas 131052-308T", SharingLevel.TOPICS_ONLY
    )
    assert summaries.check(journal, TODAY - timedelta(days=30), TODAY, TODAY).gate.blocked


def test_the_summary_is_for_the_first_session_on_or_after_its_end(
    make_journal: Callable[..., Journal],
) -> None:
    journal = make_journal()
    assert summaries.upcoming_session_id(journal, TODAY) is None
    journal.supervision.add_session(TODAY - timedelta(days=1), "Outi")
    later = journal.supervision.add_session(TODAY + timedelta(days=7), "Outi")
    assert summaries.upcoming_session_id(journal, TODAY) == later.session_id
