"""A half-done check-in survives the own area closing: idle time, a section switch, a
lock. It is kept in the owner's own area only, and Cancel asks before dropping it."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import PAIR_PASSPHRASE
from tests.gui.helpers import OWN_PASSPHRASE, FakeDialogs, click, unlock_with, wait_while_busy
from tyoparipaivakirja.core.instruments import ELO_STRESS, ELO_STRESS_ITEM
from tyoparipaivakirja.gui.debriefs.debriefs_page import DebriefsPage
from tyoparipaivakirja.gui.journal.journal_view import JournalView
from tyoparipaivakirja.gui.main_window import MainWindow
from tyoparipaivakirja.gui.own_area.checkin_form import CheckInForm
from tyoparipaivakirja.gui.own_area.personal_area import PersonalAreaPage

NOTE = "Viikko oli raskas – yksityinen muistiinpano"
STRESS = 4


def _view(window: MainWindow) -> JournalView:
    assert isinstance(window.view, JournalView)
    return window.view


def _own_area_page(window: MainWindow) -> PersonalAreaPage:
    view = _view(window)
    view.show_page(PersonalAreaPage.page_key)
    return view.personal


def _open_area(window: MainWindow) -> PersonalAreaPage:
    """Jari (the first member) creates or opens his own area on the Oma osio page."""
    page = _own_area_page(window)
    page.passphrase.set_text(OWN_PASSPHRASE)
    if page.repeat_box.isVisibleTo(page):
        page.repeat.set_text(OWN_PASSPHRASE)
    click(page.submit_button)
    wait_while_busy(page)
    assert page.own is not None, page.passphrase_error.text()
    return page


def _half_done(window: MainWindow) -> CheckInForm:
    own = _open_area(window).own
    assert own is not None
    click(own.start_button)
    form = own.form
    assert form is not None
    form.choices[(ELO_STRESS, ELO_STRESS_ITEM)].buttons[STRESS].click()
    form.note.setPlainText(NOTE)
    return form


def _pair_dump(window: MainWindow) -> str:
    assert window.journal is not None
    conn = window.journal.connection()
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    return repr([conn.execute(f'SELECT * FROM "{t}"').fetchall() for t in tables])


def _comes_back(window: MainWindow) -> None:
    own = _open_area(window).own
    assert own is not None
    assert own.start_button.text() == "Continue the check-in"
    click(own.start_button)
    form = own.form
    assert form is not None
    assert form.note.toPlainText() == NOTE
    assert form.choices[(ELO_STRESS, ELO_STRESS_ITEM)].value() == STRESS


@pytest.mark.parametrize("how", ["own area idle", "section switch", "lock"])
def test_half_done_check_in_comes_back(unlocked: MainWindow, how: str) -> None:
    """The area closes mid-form (2 minutes idle, another section, the lock): the answers
    and the note are kept in the own area and come back with it."""
    _half_done(unlocked)
    if how == "own area idle":
        unlocked.personal_idle.idle.emit()
    elif how == "section switch":
        _view(unlocked).show_page(DebriefsPage.page_key)
    else:
        unlocked.lock()
        unlock_with(unlocked, PAIR_PASSPHRASE)
    page = _own_area_page(unlocked)
    assert page.area is None  # the area really closed
    if how == "own area idle":  # the owner is told why, and that the check-in is kept
        assert page.closed_status.isVisibleTo(page)
        assert "The check-in you began is kept" in page.closed_status.text()
    assert NOTE not in _pair_dump(unlocked)
    _comes_back(unlocked)


def test_saving_drops_the_draft(unlocked: MainWindow) -> None:
    form = _half_done(unlocked)
    form.drafts.flush()
    click(form.save_button)
    page = _own_area_page(unlocked)
    assert page.area is not None
    assert page.area.drafts.of_kind("checkin") == []
    assert page.own is not None and page.own.start_button.text() != "Continue the check-in"


@pytest.mark.parametrize("discard", [False, True])
def test_cancel_asks_before_dropping_answers(
    qtbot: QtBot, unlocked: MainWindow, dialogs: FakeDialogs, discard: bool
) -> None:
    form = _half_done(unlocked)
    form.drafts.flush()
    dialogs.confirm_answers.append(discard)
    click(form.cancel_button)
    page = _own_area_page(unlocked)
    assert page.own is not None and page.area is not None
    if discard:
        assert page.own.form is None
        assert page.area.drafts.of_kind("checkin") == []
    else:
        assert page.own.form is form and form.note.toPlainText() == NOTE
