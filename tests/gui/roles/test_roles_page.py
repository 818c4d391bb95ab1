"""The Roolijako page, driven as the pair would: draft, propose, accept, review, print."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.helpers import closed, wait_while_busy
from tests.gui.roles_helpers import ScriptedDialogs, dialogs, no_modal_left_open
from tests.report.pdf_text import needs_poppler, pdf_text
from tests.storage.helpers import PERSONAL_PASSPHRASE_JARI, PERSONAL_PASSPHRASE_SANNA
from tyoparipaivakirja.core.dates import add_months
from tyoparipaivakirja.core.roles import NETWORK_WORK_TITLE, Lead, ReasonCategory, RevisionStatus
from tyoparipaivakirja.gui.journal.journal_view import JournalView
from tyoparipaivakirja.gui.roles.roles import EDITOR, EMPTY, OVERVIEW, RolesPage
from tyoparipaivakirja.storage.session import Journal

__all__ = ["dialogs", "no_modal_left_open"]  # fixtures used by name


def click(widget: QWidget) -> None:
    """A real mouse click, as a person would press the button."""
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def make_page(qtbot: QtBot, journal: Journal, dialogs: ScriptedDialogs) -> RolesPage:
    page = RolesPage(journal, dialogs)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    return page


def accept_button(page: RolesPage, name: str) -> QPushButton:
    member = next(m for m in page.members if m.display_name == name)
    button = page.findChild(QPushButton, f"accept-{member.member_id}")
    assert button is not None, f"no accept button for {name}"
    return button


OWN_PASSPHRASES = {"Jari": PERSONAL_PASSPHRASE_JARI, "Sanna": PERSONAL_PASSPHRASE_SANNA}


def accept_as(page: RolesPage, name: str) -> None:
    """The member's accept button, then their own passphrase in the consent dialog (made
    there the first time, when the member has no own area yet)."""
    click(accept_button(page, name))
    dialog = page.consent_dialog
    assert dialog is not None and dialog.isVisible()
    assert name in dialog.member.display_name
    dialog.passphrase.set_text(OWN_PASSPHRASES[name])
    if dialog.repeat_box.isVisibleTo(dialog):
        dialog.repeat.set_text(OWN_PASSPHRASES[name])
    click(dialog.accept_button)
    wait_while_busy(dialog)
    assert closed(dialog), dialog.passphrase_error.text()


def network_row(page: RolesPage) -> list[Lead]:
    timeline = page.timeline.timeline
    assert timeline is not None
    row = next(row for row in timeline.rows if row.title == NETWORK_WORK_TITLE)
    return [stretch.lead for stretch in row.stretches]


def set_lead(page: RolesPage, title: str, lead: Lead) -> None:
    row = next(row for row in page.editor.rows if row.title.text() == title)
    row.lead.setCurrentIndex(row.lead.findData(lead.value))


def agree_first_version(journal: Journal, effective_from: date, next_review: date) -> None:
    jari, sanna = (m.member_id for m in journal.members.all())
    draft = journal.roles.start_draft_from_defaults(effective_from)
    content = replace(draft.content, next_review_on=next_review)
    moment = datetime.combine(effective_from, time(9), UTC)
    journal.roles.propose(draft.revision_id, sanna, content, at=moment)
    journal.roles.accept(draft.revision_id, jari, at=moment)
    journal.roles.accept(draft.revision_id, sanna, at=moment)


def test_pair_edits_proposes_and_both_accept_and_the_timeline_moves(
    qtbot: QtBot, make_journal: Callable[..., Journal], dialogs: ScriptedDialogs
) -> None:
    """From the empty state the pair starts from the defaults, edits the draft (rename,
    lead, add, remove, reorder), proposes it, each accepts with their own button, and the
    timeline shows it; a second version moves network work and the timeline shows the
    move from the professional to shared."""
    journal = make_journal()
    page = make_page(qtbot, journal, dialogs)
    assert page.stack.currentIndex() == EMPTY

    click(page.start_button)
    assert page.stack.currentIndex() == EDITOR
    editor = page.editor
    count = len(editor.rows)
    editor.rows[0].title.setText("Työn koordinointi")
    set_lead(page, NETWORK_WORK_TITLE, Lead.PROFESSIONAL)
    editor.add_task()
    editor.rows[-1].title.setText("Kahvihetket asiakkaan kanssa")
    editor.rows[-1].note.setText("kerran viikossa")
    editor.remove_task(editor.rows[1])
    editor.move_task(editor.rows[-1], -1)
    started = add_months(date.today(), -3)
    editor.effective.setDate(QDate(started.year, started.month, started.day))
    editor.proposer.setCurrentIndex(editor.proposer.findText("Sanna"))
    click(editor.propose_button)

    assert page.stack.currentIndex() == OVERVIEW
    proposal = journal.roles.open_revision()
    assert proposal is not None and proposal.status is RevisionStatus.PROPOSED
    titles = [item.title for item in proposal.items]
    assert len(titles) == count
    assert titles[0] == "Työn koordinointi"
    assert titles[-2] == "Kahvihetket asiakkaan kanssa"
    assert proposal.items[-2].note == "kerran viikossa"
    assert page.timeline.timeline is None  # nothing accepted yet

    accept_as(page, "Jari")
    assert journal.roles.open_revision() is not None
    assert "Jari" in page.status.text()
    accept_as(page, "Sanna")
    first = journal.roles.in_force(date.today())
    assert first is not None and first.version == 1
    assert [a.member_id for a in first.acceptances] == [m.member_id for m in journal.members.all()]
    assert network_row(page) == [Lead.PROFESSIONAL]
    assert not page.open_section.isVisible()
    qtbot.wait(1)  # widgets added to a shown page appear with the next event loop turn
    shown = " ".join(label.text() for label in page.findChildren(QLabel) if label.isVisible())
    assert "Kahvihetket asiakkaan kanssa" in shown  # the new task is listed under its lead
    assert "Shared tasks" in shown

    click(page.change_button)
    assert page.stack.currentIndex() == EDITOR
    set_lead(page, NETWORK_WORK_TITLE, Lead.SHARED)
    editor.reason.setCurrentIndex(editor.reason.findData(ReasonCategory.TRUST_GREW.value))
    editor.discussed.setChecked(True)
    click(editor.propose_button)
    assert "Verkostotyö" in page.open_diff.text()  # the lead move is shown before accepting
    accept_as(page, "Sanna")
    accept_as(page, "Jari")

    second = journal.roles.in_force(date.today())
    assert second is not None and second.version == 2
    assert network_row(page) == [Lead.PROFESSIONAL, Lead.SHARED]
    timeline = page.timeline.timeline
    assert timeline is not None
    assert [(m.version, m.discussed_in_supervision) for m in timeline.markers] == [
        (1, False),
        (2, True),
    ]
    assert "Verkostotyö" in page.timeline.accessibleDescription()
    page.compare_from.setCurrentIndex(0)
    page.compare_to.setCurrentIndex(1)
    assert page.compare_diff.diff is not None
    assert [move.title for move in page.compare_diff.diff.lead_moves] == [NETWORK_WORK_TITLE]


def test_refused_draft_shows_the_reason_under_the_field_and_declined_accept_records_nothing(
    qtbot: QtBot, make_journal: Callable[..., Journal], dialogs: ScriptedDialogs
) -> None:
    """An empty task name is shown under the tasks with its number and nothing is
    proposed; a member who cancels the consent dialog has not accepted."""
    journal = make_journal()
    page = make_page(qtbot, journal, dialogs)
    page.start_from_defaults()
    page.editor.rows[2].title.setText("   ")
    page.editor.propose()
    assert page.stack.currentIndex() == EDITOR
    row_error = page.editor.rows[2].error
    assert row_error.isVisible()  # right under the task it concerns
    assert row_error.text().startswith("Task 3:")
    revision = journal.roles.open_revision()
    assert revision is not None and revision.status is RevisionStatus.DRAFT

    page.editor.rows[2].title.setText("Uusi nimi")
    page.editor.propose()
    click(accept_button(page, "Jari"))
    assert page.consent_dialog is not None
    page.consent_dialog.reject()
    proposal = journal.roles.open_revision()
    assert proposal is not None and proposal.acceptances == ()


def test_leaving_the_editor_keeps_the_draft(
    qtbot: QtBot, make_journal: Callable[..., Journal], dialogs: ScriptedDialogs
) -> None:
    """Moving to another page or locking saves the draft as it is, so nothing typed is
    lost; a row still without a name is left out."""
    journal = make_journal()
    view = JournalView(journal, dialogs)
    qtbot.addWidget(view)
    page = view.roles
    view.show_page("roles")
    page.start_from_defaults()
    page.editor.rows[0].title.setText("Koordinointi")
    page.editor.add_task()
    view.show_page("overview")
    draft = journal.roles.open_revision()
    assert draft is not None
    assert draft.items[0].title == "Koordinointi"
    assert all(item.title for item in draft.items)


def test_review_reminder_shows_until_the_pair_reviews(
    qtbot: QtBot, make_journal: Callable[..., Journal], dialogs: ScriptedDialogs
) -> None:
    """With the review date passed, the home page and the role split show a calm
    reminder; recording "reviewed, no changes" in the dialog ends it."""
    journal = make_journal()
    today = date.today()
    agree_first_version(journal, today - timedelta(days=200), today - timedelta(days=10))
    view = JournalView(journal, dialogs)
    qtbot.addWidget(view)
    view.show()
    view.show_page("overview")
    assert view.overview.role_reminder.isVisible()
    assert "review" in view.overview.role_reminder.text.text()
    with qtbot.waitSignal(view.overview.role_reminder.open_requested):
        click(view.overview.role_reminder.open_button)
    page = view.current_page
    assert isinstance(page, RolesPage)
    assert page.reminder.isVisible()

    page.open_review_dialog()
    dialog = page.review_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.note.setPlainText("Roolijako toimii.")
    dialog.discussed.setChecked(True)
    dialog.submit()
    assert not dialog.isVisible()
    assert not page.reminder.isVisible()
    assert "Roolijako toimii." in page.history.text()
    record = journal.roles.reviews()[-1]
    assert record.reviewed_on == today and record.discussed_in_supervision
    view.show_page("overview")
    assert not view.overview.role_reminder.isVisible()


@needs_poppler
def test_role_description_pdf_shows_items_and_leads(
    qtbot: QtBot, make_journal: Callable[..., Journal], dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    """Saving the role description writes a PDF, off the GUI thread, that reads back with
    the version, the acceptances, every task under its lead, and the next review date."""
    journal = make_journal()
    start = date.today() - timedelta(days=30)
    agree_first_version(journal, start, start + timedelta(days=90))
    page = make_page(qtbot, journal, dialogs)
    dialogs.save_target = tmp_path / "tehtävänkuva.pdf"
    page.save_pdf()
    assert page.export is not None
    # Wait for the effect, not the signal: the worker may emit before a late waitSignal
    # connects (it did on a loaded CI machine), and the signal would be missed.
    qtbot.waitUntil(lambda: "tehtävänkuva.pdf" in page.status.text(), timeout=20_000)
    text = " ".join(pdf_text(dialogs.save_target).split())
    revision = journal.roles.in_force(date.today())
    assert revision is not None
    for item in revision.items:
        assert " ".join(item.title.split()) in text, item.title
    assert "Led by the professional – Sanna" in text
    assert "Led by the expert by experience – Jari" in text
    assert "Shared tasks – Jari and Sanna" in text
    assert f"{start.day}.{start.month}.{start.year}" in text
    next_review = start + timedelta(days=90)
    assert f"{next_review.day}.{next_review.month}.{next_review.year}" in text
    assert "Jari (expert by experience)" in text


def test_pdf_write_failure_is_a_sentence_not_a_traceback(
    qtbot: QtBot,
    make_journal: Callable[..., Journal],
    dialogs: ScriptedDialogs,
    tmp_path: Path,
) -> None:
    """A folder that does not exist gives a plain sentence under the button."""
    journal = make_journal()
    agree_first_version(journal, date.today(), date.today() + timedelta(days=90))
    page = make_page(qtbot, journal, dialogs)
    dialogs.save_target = tmp_path / "ei-ole" / "tehtavankuva.pdf"
    page.save_pdf()
    assert page.export is not None
    qtbot.waitUntil(page.pdf_error.isVisible, timeout=20_000)  # the effect, not the signal
    assert "folder" in page.pdf_error.text()
