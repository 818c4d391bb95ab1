"""The role-split draft editor keeps what is typed: a task row without a name yet and
everything else survive a lock, and a draft saved differently since asks first."""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot

from tests.conftest import PAIR_PASSPHRASE
from tests.gui.helpers import FakeDialogs, click, unlock_with
from tyoparipaivakirja.gui.common.drafts import DraftChoice
from tyoparipaivakirja.gui.journal.journal_view import JournalView
from tyoparipaivakirja.gui.main_window import MainWindow
from tyoparipaivakirja.gui.roles.roles import EDITOR, RolesPage

NOTE = "Nimi puuttuu vielä – tämä muistiinpano ei saa kadota"


def _roles(window: MainWindow) -> RolesPage:
    view = window.view
    assert isinstance(view, JournalView)
    view.show_page(RolesPage.page_key)
    return view.roles


def test_an_unnamed_task_survives_a_lock(unlocked: MainWindow) -> None:
    """A task still without a name (with its note) was left out by the quiet save; now it
    is kept as a form draft and comes back with the draft."""
    page = _roles(unlocked)
    click(page.start_button)
    editor = page.editor
    editor.rows[0].title.setText("Koordinointi")
    editor.add_task()
    editor.rows[-1].note.setText(NOTE)
    count = len(editor.rows)
    unlocked.lock()
    unlock_with(unlocked, PAIR_PASSPHRASE)
    page = _roles(unlocked)
    click(page.edit_button)
    assert page.stack.currentIndex() == EDITOR
    editor = page.editor
    assert len(editor.rows) == count
    assert editor.rows[0].title.text() == "Koordinointi"
    assert (editor.rows[-1].title.text(), editor.rows[-1].note.text()) == ("", NOTE)


def test_reading_the_draft_leaves_no_form_draft(qtbot: QtBot, unlocked: MainWindow) -> None:
    page = _roles(unlocked)
    click(page.start_button)
    view = unlocked.view
    assert view is not None
    view.show_page("debriefs")
    page = _roles(unlocked)
    click(page.edit_button)
    qtbot.wait(2200)
    view.show_page("debriefs")
    assert unlocked.journal is not None
    assert unlocked.journal.drafts.of_kind("roles") == []


def test_a_draft_saved_differently_since_asks(unlocked: MainWindow, dialogs: FakeDialogs) -> None:
    """Jari's unsaved edit is kept; Sanna then saves the draft differently: opening it
    shows both and keeps what Jari chooses (no copy: one draft at a time)."""
    journal = unlocked.journal
    assert journal is not None
    page = _roles(unlocked)
    click(page.start_button)
    editor = page.editor
    editor.rows[0].title.setText("Jarin nimi")
    editor.drafts.flush()
    revision = journal.roles.open_revision()
    assert revision is not None
    renamed = replace(revision.items[0], title="Sannan nimi")
    journal.roles.save_draft(
        revision.revision_id,
        replace(revision.content, items=(renamed, *revision.items[1:])),
    )
    editor.revision = None  # the page is left without saving (as after a kill)
    editor.drafts.stop()
    page.refresh()
    dialogs.draft_answers.append(DraftChoice.MINE)
    click(page.edit_button)
    ((found, allow_copy),) = dialogs.draft_questions
    assert not allow_copy
    assert "Jarin nimi" in found[0].mine and "Sannan nimi" in found[0].saved
    assert page.editor.rows[0].title.text() == "Jarin nimi"
