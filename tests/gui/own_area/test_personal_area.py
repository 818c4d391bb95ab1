"""Own areas: created and opened with the owner's own passphrase, closed when left."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.conftest import PAIR_PASSPHRASE
from tests.gui.helpers import OWN_PASSPHRASE, click, unlock_with, wait_while_busy
from tyoparipaivakirja.core.errors import ValidationReason
from tyoparipaivakirja.gui.journal.overview import OverviewPage
from tyoparipaivakirja.gui.main_window import MainWindow
from tyoparipaivakirja.gui.own_area.personal_area import PersonalAreaPage
from tyoparipaivakirja.messages import passphrase_message
from tyoparipaivakirja.storage.database import personal_files
from tyoparipaivakirja.storage.session import Journal

CLOSED, OPEN = 0, 1  # the page's two views


def _go_to_personal(window: MainWindow) -> PersonalAreaPage:
    view = window.view
    assert view is not None
    click(view.overview.personal_button)
    assert view.current_page is view.personal
    return view.personal


def _go_to_overview(window: MainWindow) -> None:
    view = window.view
    assert view is not None
    view.nav.setCurrentRow(view.row_of(OverviewPage.page_key))
    assert isinstance(view.current_page, OverviewPage)


def _choose(page: PersonalAreaPage, journal: Journal, name: str) -> str:
    member_id = next(m.member_id for m in journal.members.all() if m.display_name == name)
    page.member_choice.setCurrentIndex(page.member_choice.findData(member_id))
    return member_id


def _submit(page: PersonalAreaPage, passphrase: str, repeat: bool) -> None:
    page.passphrase.set_text(passphrase)
    if repeat:
        page.repeat.set_text(passphrase)
    click(page.submit_button)
    wait_while_busy(page)


def test_create_own_area_opens_it(qtbot: QtBot, unlocked: MainWindow) -> None:
    """Choosing yourself and a new own passphrase creates your area and opens it."""
    window = unlocked
    journal = window.journal
    assert journal is not None
    page = _go_to_personal(window)
    member_id = _choose(page, journal, "Jari")
    assert page.repeat_box.isVisible()  # a new area asks the passphrase twice
    _submit(page, OWN_PASSPHRASE, repeat=True)

    assert page.stack.currentIndex() == OPEN
    assert page.area is not None and page.area.member.member_id == member_id
    assert journal.open_personal_area_of(member_id) is page.area
    assert "Jari" in page.open_title.text()
    assert personal_files(journal.folder, member_id).main.is_file()
    assert page.passphrase.text() == "" and page.repeat.text() == ""


def test_leaving_the_page_closes_own_area(qtbot: QtBot, unlocked: MainWindow) -> None:
    """Moving to another page closes the own area; coming back shows the closed form."""
    window = unlocked
    journal = window.journal
    assert journal is not None
    page = _go_to_personal(window)
    member_id = _choose(page, journal, "Jari")
    _submit(page, OWN_PASSPHRASE, repeat=True)
    area = page.area
    assert area is not None

    _go_to_overview(window)
    assert journal.open_personal_area_of(member_id) is None
    assert not area.is_open
    assert page.area is None
    assert page.stack.currentIndex() == CLOSED

    page = _go_to_personal(window)
    assert page.stack.currentIndex() == CLOSED
    assert not page.repeat_box.isVisible()  # the area exists now: one passphrase opens it


def test_pair_passphrase_does_not_open_own_area(qtbot: QtBot, unlocked: MainWindow) -> None:
    """The pair passphrase cannot open a member's own area; their own passphrase can."""
    window = unlocked
    journal = window.journal
    assert journal is not None
    page = _go_to_personal(window)
    member_id = _choose(page, journal, "Jari")
    _submit(page, OWN_PASSPHRASE, repeat=True)
    page.close_area()

    _choose(page, journal, "Jari")
    _submit(page, PAIR_PASSPHRASE, repeat=False)
    assert page.passphrase_error.isVisible() and page.passphrase_error.text()
    assert page.area is None
    assert journal.open_personal_area_of(member_id) is None
    assert page.stack.currentIndex() == CLOSED

    _submit(page, OWN_PASSPHRASE, repeat=False)
    assert page.stack.currentIndex() == OPEN
    assert journal.open_personal_area_of(member_id) is page.area
    assert not page.passphrase_error.isVisibleTo(page)


def test_locking_closes_own_area(qtbot: QtBot, unlocked: MainWindow) -> None:
    """Locking the journal closes an open own area; unlocking does not reopen it."""
    window = unlocked
    journal = window.journal
    assert journal is not None
    page = _go_to_personal(window)
    _choose(page, journal, "Sanna")
    _submit(page, OWN_PASSPHRASE, repeat=True)
    area = page.area
    assert area is not None and area.is_open

    window.lock_action.trigger()
    assert not area.is_open

    unlock_with(window, PAIR_PASSPHRASE)
    view = window.view
    assert view is not None and window.journal is not None
    assert view.current_page is view.personal  # back on the page, but closed
    assert view.personal.area is None
    assert view.personal.stack.currentIndex() == CLOSED
    assert all(
        window.journal.open_personal_area_of(m.member_id) is None
        for m in window.journal.members.all()
    )


def test_own_area_with_pair_passphrase_is_refused(qtbot: QtBot, unlocked: MainWindow) -> None:
    """An own area cannot use the pair passphrase, or the partner could open it."""
    window = unlocked
    journal = window.journal
    assert journal is not None
    page = _go_to_personal(window)
    member_id = _choose(page, journal, "Sanna")
    _submit(page, PAIR_PASSPHRASE, repeat=True)

    assert page.passphrase_error.isVisible()
    assert page.passphrase_error.text() == passphrase_message(ValidationReason.SAME_AS_PAIR)
    assert page.area is None
    assert page.stack.currentIndex() == CLOSED
    assert not personal_files(journal.folder, member_id).main.exists()
    assert not journal.has_personal_area(member_id)


def test_close_button_closes_own_area(qtbot: QtBot, unlocked: MainWindow) -> None:
    """The Close button closes the own area at once and shows the closed form."""
    window = unlocked
    journal = window.journal
    assert journal is not None
    page = _go_to_personal(window)
    member_id = _choose(page, journal, "Jari")
    _submit(page, OWN_PASSPHRASE, repeat=True)
    click(page.close_button)
    assert journal.open_personal_area_of(member_id) is None
    assert page.stack.currentIndex() == CLOSED
