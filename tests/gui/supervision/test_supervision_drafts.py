"""Työnohjaus keeps what is typed: a new session is saved only by Save (a stray click
leaves nothing), and an unsaved session, own topic or agreement survives a lock and a
section switch."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tests.conftest import PAIR_PASSPHRASE
from tests.gui.helpers import FakeDialogs, click, unlock_with
from tyoparipaivakirja.core.supervision import Agreement
from tyoparipaivakirja.gui.common.drafts import DraftChoice
from tyoparipaivakirja.gui.debriefs.debriefs_page import DebriefsPage
from tyoparipaivakirja.gui.journal.journal_view import JournalView
from tyoparipaivakirja.gui.main_window import MainWindow
from tyoparipaivakirja.gui.supervision.supervision_page import SupervisionPage

SUPERVISOR = "Outi"
OWN_TOPIC = "Työaikojen joustot ja jaksaminen"
AGREEMENT = "Kokeillaan lyhyttä purkua heti autossa"


def _page(window: MainWindow) -> SupervisionPage:
    view = window.view
    assert isinstance(view, JournalView)
    view.show_page(SupervisionPage.page_key)
    return view.supervision


def _type_new_session(window: MainWindow) -> SupervisionPage:
    page = _page(window)
    click(page.empty_new_button)
    editor = page.editor
    editor.supervisor.setText(SUPERVISOR)
    editor.own_topic.setText(OWN_TOPIC)  # written, not yet added to the agenda
    click(editor.add_agreement_button)
    editor.agreements.item(0, 0).setText(AGREEMENT)  # type: ignore[union-attr]
    return page


@pytest.mark.parametrize("how", ["section switch", "lock"])
def test_a_stray_new_session_leaves_nothing(unlocked: MainWindow, how: str) -> None:
    """New session, then away: nothing is saved and no draft is kept."""
    assert unlocked.journal is not None
    page = _page(unlocked)
    click(page.empty_new_button)
    assert page.right.currentIndex() == 1
    if how == "lock":
        unlocked.lock()
        unlock_with(unlocked, PAIR_PASSPHRASE)
    else:
        view = unlocked.view
        assert view is not None
        view.show_page(DebriefsPage.page_key)
    journal = unlocked.journal
    assert journal is not None
    assert journal.supervision.sessions() == []
    assert journal.drafts.of_kind("supervision") == []
    assert _page(unlocked).right.currentIndex() == 0  # the empty state again


@pytest.mark.parametrize("how", ["section switch", "lock"])
def test_an_unsaved_new_session_comes_back(unlocked: MainWindow, how: str) -> None:
    """Supervisor, a half-written own topic and an agreement survive; nothing is saved
    as a session until Save."""
    _type_new_session(unlocked)
    if how == "lock":
        unlocked.lock()
        unlock_with(unlocked, PAIR_PASSPHRASE)
    else:
        view = unlocked.view
        assert view is not None
        view.show_page(DebriefsPage.page_key)
    journal = unlocked.journal
    assert journal is not None
    assert journal.supervision.sessions() == []
    page = _page(unlocked)
    editor = page.editor
    assert editor.is_new
    assert editor.supervisor.text() == SUPERVISOR
    assert editor.own_topic.text() == OWN_TOPIC
    (row,) = editor.agreement_rows()
    assert replace(row, agreement_id=None) == Agreement(AGREEMENT)
    click(editor.save_button)
    (session,) = journal.supervision.sessions()
    # Saved with the id it was given when it was added, kept through the draft.
    assert session.supervisor == SUPERVISOR and session.agreements == (row,)
    assert journal.drafts.get("supervision:new") is None  # dropped with the save
    assert editor.own_topic.text() == OWN_TOPIC  # still being written: not thrown away


def test_an_agreement_being_typed_is_kept(qtbot: QtBot, unlocked: MainWindow) -> None:
    """Text still in the table's cell editor is part of the draft."""
    page = _page(unlocked)
    click(page.empty_new_button)
    editor = page.editor
    click(editor.add_agreement_button)  # opens the cell's editor
    QTest.keyClicks(editor.agreements.viewport().focusWidget(), "Soitto Kelaan")  # ASCII only
    assert editor.agreement_rows()[0].text == "Soitto Kelaan"
    editor.drafts.flush()
    assert unlocked.journal is not None
    (kept,) = unlocked.journal.drafts.of_kind("supervision")
    assert isinstance(kept.body, dict)
    assert kept.body["agreements"][0]["text"] == "Soitto Kelaan"  # type: ignore[index,call-overload]


def _saved_session(window: MainWindow) -> str:
    journal = window.journal
    assert journal is not None
    session = journal.supervision.create_session(date.today(), "Outi", (), ())
    return session.session_id


@pytest.mark.parametrize("choice", [DraftChoice.MINE, DraftChoice.SAVED, DraftChoice.BOTH])
def test_a_session_saved_again_since_the_draft_asks(
    unlocked: MainWindow, dialogs: FakeDialogs, choice: DraftChoice
) -> None:
    """Jari's unsaved edit of a session, then the session is saved again elsewhere: coming
    back shows the differences and does what was chosen."""
    journal = unlocked.journal
    assert journal is not None
    session_id = _saved_session(unlocked)
    page = _page(unlocked)
    page.editor.supervisor.setText("Jarin versio")
    view = unlocked.view
    assert view is not None
    view.show_page(DebriefsPage.page_key)
    session = journal.supervision.session(session_id)
    journal.supervision.save_session(session_id, session.held_on, "Sannan versio", (), ())

    dialogs.draft_answers.append(choice)
    page = _page(unlocked)
    ((found, _copy),) = dialogs.draft_questions
    assert [(d.mine, d.saved) for d in found] == [("Jarin versio", "Sannan versio")]
    editor = page.editor
    if choice is DraftChoice.SAVED:
        assert editor.supervisor.text() == "Sannan versio"
        assert journal.drafts.of_kind("supervision") == []
    elif choice is DraftChoice.MINE:
        assert editor.supervisor.text() == "Jarin versio" and not editor.is_new
    else:
        assert editor.is_new and editor.supervisor.text() == "Jarin versio"
        (copy,) = journal.drafts.of_kind("supervision")  # the copy is kept at once
        assert copy.target is None
        click(editor.save_button)
        assert len(journal.supervision.sessions()) == 2
        assert journal.supervision.session(session_id).supervisor == "Sannan versio"


@pytest.mark.parametrize("discard", [False, True])
def test_discarding_a_new_session_asks(
    unlocked: MainWindow, dialogs: FakeDialogs, discard: bool
) -> None:
    page = _type_new_session(unlocked)
    dialogs.confirm_answers.append(discard)
    click(page.editor.delete_button)
    journal = unlocked.journal
    assert journal is not None
    if discard:
        assert journal.drafts.of_kind("supervision") == []
        assert page.right.currentIndex() == 0
    else:
        assert page.editor.supervisor.text() == SUPERVISOR
    assert journal.supervision.sessions() == []
