"""Purut, the page the app opens on, carries what must not be missed: the role split's
review reminder, overdue follow-ups, and an own area reset with the pair passphrase."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from pytestqt.qtbot import QtBot

from tests.conftest import PAIR_PASSPHRASE
from tests.gui.debrief_helpers import debriefs_page, journal_of, member_id
from tests.gui.helpers import click, unlock_with
from tests.storage.helpers import PERSONAL_PASSPHRASE_JARI
from tyoparipaivakirja.core.debriefs import Debrief, FollowUp, VisitType
from tyoparipaivakirja.gui.common.locale_text import format_date
from tyoparipaivakirja.gui.main_window import MainWindow

TODAY = date.today()


def _relock(window: MainWindow) -> None:
    """Lock and unlock again: the app opens on Purut with what the journal holds now."""
    window.lock()
    unlock_with(window, PAIR_PASSPHRASE)
    assert window.view is not None and window.view.current_page is window.view.debriefs


def test_the_role_review_reminder_shows_on_the_start_page(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    journal = journal_of(unlocked)
    jari, sanna = member_id(journal, "Jari"), member_id(journal, "Sanna")
    start = TODAY - timedelta(days=120)
    draft = journal.roles.start_draft_from_defaults(start)
    content = replace(draft.content, next_review_on=TODAY - timedelta(days=5))
    moment = datetime.combine(start, time(9), UTC)
    journal.roles.propose(draft.revision_id, sanna, content, at=moment)
    journal.roles.accept(draft.revision_id, jari, at=moment)
    journal.roles.accept(draft.revision_id, sanna, at=moment)
    _relock(unlocked)
    notices = debriefs_page(unlocked).notices
    assert notices.role_reminder.isVisible()
    assert format_date(TODAY - timedelta(days=5)) in notices.role_reminder.text.text()
    click(notices.role_reminder.open_button)
    assert unlocked.view is not None
    assert unlocked.view.current_page is unlocked.view.roles


def test_overdue_follow_ups_show_on_the_start_page(qtbot: QtBot, unlocked: MainWindow) -> None:
    journal = journal_of(unlocked)
    jari = member_id(journal, "Jari")
    journal.debriefs.save(
        Debrief(
            visit_date=TODAY - timedelta(days=10),
            visit_type=VisitType.HOME_VISIT,
            follow_ups=(
                FollowUp("Soita velkaneuvontaan", jari, TODAY - timedelta(days=2)),
                FollowUp("Varaa aika Kelaan", jari, TODAY - timedelta(days=1)),
                FollowUp("Tulevaisuudessa", jari, TODAY + timedelta(days=3)),
                FollowUp("Tehty jo", jari, TODAY - timedelta(days=4), done=True),
            ),
        ),
        jari,
        TODAY,
    )
    _relock(unlocked)
    notices = debriefs_page(unlocked).notices
    assert notices.overdue.isVisible()
    text = notices.overdue_text.text()
    assert "2" in text and "Soita velkaneuvontaan" in text
    assert "Tulevaisuudessa" not in text and "Tehty jo" not in text
    click(notices.overdue_button)
    assert unlocked.view is not None
    assert unlocked.view.current_page is unlocked.view.follow_ups


def test_nothing_due_shows_nothing(qtbot: QtBot, unlocked: MainWindow) -> None:
    notices = debriefs_page(unlocked).notices
    assert not notices.role_reminder.isVisible()
    assert not notices.overdue.isVisible()
    assert not notices.resets.isVisible()


def test_a_reset_own_area_is_told_on_the_start_page(qtbot: QtBot, unlocked: MainWindow) -> None:
    """Whoever opens the journal next sees that Jari's area was reset, when, and until
    when Jari can bring it back; the button leads to the own area page."""
    journal = journal_of(unlocked)
    jari = member_id(journal, "Jari")
    journal.create_personal_area(jari, PERSONAL_PASSPHRASE_JARI).close()
    reset = journal.reset_personal_area(jari)
    _relock(unlocked)
    notices = debriefs_page(unlocked).notices
    assert notices.resets.isVisible()
    text = notices.resets_text.text()
    assert "Jari" in text
    assert format_date(reset.reset_at.astimezone().date()) in text
    assert format_date(reset.recoverable_until()) in text
    click(notices.resets_button)
    assert unlocked.view is not None
    assert unlocked.view.current_page is unlocked.view.personal
