"""An acceptance means its member, and the next review date has one source.

On a shared laptop either partner can click "Sanna accepts version 2…": the record
"accepted by both" must be proven with each member's own passphrase. After "Reviewed,
no changes" the status line, the header and both PDFs must show the same next date.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import PAIR_PASSPHRASE
from tests.gui.helpers import closed, wait_while_busy
from tests.gui.roles_helpers import ScriptedDialogs, dialogs, no_modal_left_open
from tests.storage.helpers import PERSONAL_PASSPHRASE_JARI, PERSONAL_PASSPHRASE_SANNA
from tyoparipaivakirja.actions.summary import summary_input
from tyoparipaivakirja.core.roles import RevisionStatus
from tyoparipaivakirja.core.summary import build_summary
from tyoparipaivakirja.gui.common.consent_dialog import ConsentDialog
from tyoparipaivakirja.gui.common.locale_text import format_date
from tyoparipaivakirja.gui.roles.role_description_pdf import role_description_document
from tyoparipaivakirja.gui.roles.roles import RolesPage
from tyoparipaivakirja.storage.session import Journal

__all__ = ["dialogs", "no_modal_left_open"]  # fixtures used by name

TODAY = date.today()


def click(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def make_page(qtbot: QtBot, journal: Journal, dialogs: ScriptedDialogs) -> RolesPage:
    page = RolesPage(journal, dialogs)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    return page


def member_id(journal: Journal, name: str) -> str:
    return next(m.member_id for m in journal.members.all() if m.display_name == name)


def propose_first(journal: Journal) -> None:
    draft = journal.roles.start_draft_from_defaults(TODAY)
    journal.roles.propose(draft.revision_id, member_id(journal, "Jari"))


def press_accept(page: RolesPage, name: str) -> ConsentDialog:
    member = next(m for m in page.members if m.display_name == name)
    button = page.findChild(QPushButton, f"accept-{member.member_id}")
    assert button is not None, f"no accept button for {name}"
    click(button)
    dialog = page.consent_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_the_partner_cannot_accept_in_a_members_name(
    qtbot: QtBot, make_journal: Callable[..., Journal], dialogs: ScriptedDialogs
) -> None:
    """Sanna's button asks for Sanna's own passphrase: the pair passphrase or Jari's own
    records nothing and says why; Sanna's own records her acceptance."""
    journal = make_journal()
    journal.create_personal_area(member_id(journal, "Jari"), PERSONAL_PASSPHRASE_JARI).close()
    journal.create_personal_area(member_id(journal, "Sanna"), PERSONAL_PASSPHRASE_SANNA).close()
    propose_first(journal)
    page = make_page(qtbot, journal, dialogs)

    dialog = press_accept(page, "Sanna")
    for wrong in (PAIR_PASSPHRASE, PERSONAL_PASSPHRASE_JARI):
        dialog.passphrase.set_text(wrong)
        click(dialog.accept_button)
        wait_while_busy(dialog)
        assert dialog.isVisible()
        assert "not the own passphrase of Sanna" in dialog.passphrase_error.text()
        proposal = journal.roles.open_revision()
        assert proposal is not None and proposal.acceptances == ()

    dialog.passphrase.set_text(PERSONAL_PASSPHRASE_SANNA)
    click(dialog.accept_button)
    wait_while_busy(dialog)
    assert closed(dialog)
    proposal = journal.roles.open_revision()
    assert proposal is not None
    assert [a.member_id for a in proposal.acceptances] == [member_id(journal, "Sanna")]
    assert "Sanna accepted version 1" in page.status.text()


def test_a_member_without_an_own_area_makes_one_while_accepting(
    qtbot: QtBot, make_journal: Callable[..., Journal], dialogs: ScriptedDialogs
) -> None:
    """Without an own area the dialog asks for a new own passphrase twice, makes the area
    and records the acceptance in the same step; the pair passphrase is refused there."""
    journal = make_journal()
    propose_first(journal)
    page = make_page(qtbot, journal, dialogs)
    dialog = press_accept(page, "Jari")
    assert dialog.new_area_notice.isVisibleTo(dialog)
    assert dialog.repeat_box.isVisibleTo(dialog)

    dialog.passphrase.set_text(PAIR_PASSPHRASE)
    dialog.repeat.set_text(PAIR_PASSPHRASE)
    click(dialog.accept_button)
    wait_while_busy(dialog)
    assert dialog.isVisible()
    assert "differ from the pair's passphrase" in dialog.passphrase_error.text()
    assert not journal.has_personal_area(member_id(journal, "Jari"))

    dialog.passphrase.set_text(PERSONAL_PASSPHRASE_JARI)
    dialog.repeat.set_text(PERSONAL_PASSPHRASE_JARI)
    click(dialog.accept_button)
    wait_while_busy(dialog)
    assert closed(dialog)
    jari = member_id(journal, "Jari")
    assert journal.has_personal_area(jari)
    assert journal.open_personal_area_of(jari) is None  # made, and closed again at once
    proposal = journal.roles.open_revision()
    assert proposal is not None and [a.member_id for a in proposal.acceptances] == [jari]


def test_cancelling_records_nothing_and_locking_closes_the_dialog(
    qtbot: QtBot, make_journal: Callable[..., Journal], dialogs: ScriptedDialogs
) -> None:
    journal = make_journal()
    propose_first(journal)
    page = make_page(qtbot, journal, dialogs)
    dialog = press_accept(page, "Jari")
    dialog.reject()
    dialog = press_accept(page, "Sanna")
    page.before_lock()
    assert not dialog.isVisible()
    proposal = journal.roles.open_revision()
    assert proposal is not None and proposal.acceptances == ()
    assert proposal.status is RevisionStatus.PROPOSED


# --- one next review date ------------------------------------------------------------------


@pytest.fixture
def reviewed(make_journal: Callable[..., Journal]) -> tuple[Journal, date]:
    """A role split in force since 100 days, reviewed today without changes."""
    journal = make_journal()
    jari, sanna = member_id(journal, "Jari"), member_id(journal, "Sanna")
    start = TODAY - timedelta(days=100)
    draft = journal.roles.start_draft_from_defaults(start)
    content = replace(draft.content, next_review_on=TODAY - timedelta(days=10))
    moment = datetime.combine(start, time(9), UTC)
    journal.roles.propose(draft.revision_id, sanna, content, at=moment)
    journal.roles.accept(draft.revision_id, jari, at=moment)
    journal.roles.accept(draft.revision_id, sanna, at=moment)
    return journal, TODAY + timedelta(days=60)


def test_after_a_review_the_header_and_the_status_say_the_same_date(
    qtbot: QtBot, reviewed: tuple[Journal, date], dialogs: ScriptedDialogs
) -> None:
    journal, next_review = reviewed
    page = make_page(qtbot, journal, dialogs)
    page.open_review_dialog()
    dialog = page.review_dialog
    assert dialog is not None
    dialog.next_review.setDate(QDate(next_review.year, next_review.month, next_review.day))
    dialog.submit()
    shown = format_date(next_review)
    assert shown in page.status.text()
    assert f"next review {shown}" in page.current_summary.text()
    stale = format_date(TODAY - timedelta(days=10))
    assert stale not in page.current_summary.text()


def test_both_pdfs_print_the_reviewed_date(reviewed: tuple[Journal, date]) -> None:
    journal, next_review = reviewed
    journal.roles.record_review_without_changes(
        member_id(journal, "Jari"), TODAY, next_review, note=""
    )
    current = journal.roles.in_force(TODAY)
    assert current is not None
    document = role_description_document(
        journal.info.name,
        journal.members.all(),
        current,
        TODAY,
        journal.roles.review_state(TODAY).next_review_on,
    )
    facts = {fact.label: fact.value for fact in document.facts}
    assert facts["Next review"] == format_date(next_review)

    summary = build_summary(summary_input(journal, TODAY - timedelta(days=30), TODAY, TODAY))
    assert summary.role_split is not None
    assert summary.role_split.next_review_on == next_review
