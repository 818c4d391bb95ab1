"""Creating a journal in the window, locking it, and unlocking it again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import PAIR_PASSPHRASE
from tests.gui.helpers import (
    JOURNAL_NAME,
    MEMBER_NAMES,
    FakeDialogs,
    click,
    create_through_gui,
    fill_create_form,
    press,
    shown_texts,
    type_text,
    unlock_with,
    visible_errors,
    wait_for_tasks,
    wait_view_deleted,
)
from tyoparipaivakirja.core.errors import ErrorCode, JournalInUse, ValidationReason
from tyoparipaivakirja.core.members import Role
from tyoparipaivakirja.core.passphrase import Strength, Weakness
from tyoparipaivakirja.gui.common.app_settings import AppSettings
from tyoparipaivakirja.gui.debriefs.debriefs_page import DebriefsPage
from tyoparipaivakirja.gui.debriefs.follow_ups_page import FollowUpsPage
from tyoparipaivakirja.gui.journal.journal_view import JournalView
from tyoparipaivakirja.gui.journal.overview import OverviewPage
from tyoparipaivakirja.gui.main_window import MainWindow
from tyoparipaivakirja.gui.own_area.personal_area import PersonalAreaPage
from tyoparipaivakirja.gui.roles.roles import RolesPage
from tyoparipaivakirja.gui.supervision.supervision_page import SupervisionPage
from tyoparipaivakirja.messages import code_message, passphrase_advice, passphrase_message
from tyoparipaivakirja.storage.folder import open_journal
from tyoparipaivakirja.storage.layout import PAIR_CHECK_FILE, PAIR_FILE
from tyoparipaivakirja.storage.passphrases import estimate
from tyoparipaivakirja.storage.session import Journal

APP_TITLE = "Työparipäiväkirja"
WRONG_PASSPHRASE = "väärä tunnuslause, ei tämä"


def _nav_texts(view: JournalView) -> list[str]:
    return [view.nav.item(row).text() for row in range(view.nav.count())]


# --- creating ------------------------------------------------------------------


def test_create_journal_opens_it(window: MainWindow, dialogs: FakeDialogs, tmp_path: Path) -> None:
    """Filling the create form and clicking Create makes the journal and opens it at once."""
    folder = tmp_path / "uusi"
    click(window.welcome.create_button)
    page = window.create_page
    assert window.stack.currentWidget() is page

    dialogs.folder_answers.append(folder)
    click(page.choose_folder_button)
    assert page.folder.text() == str(folder)
    fill_create_form(page, folder)
    click(page.create_button)
    wait_for_tasks(window)

    assert window.journal is not None, visible_errors(page)
    view = window.view
    assert isinstance(view, JournalView)
    assert window.stack.currentWidget() is view
    # Writing a debrief is the daily task, so the journal opens on the debriefs.
    assert isinstance(view.current_page, DebriefsPage)
    # Only the page shown is built at unlock; each other page on its first show.
    assert view.pages == [view.current_page]
    for key in ("follow_ups", "roles", "supervision", "personal", "overview"):
        view.show_page(key)
        assert view.current_page.page_key == key and view.current_page.isVisible()
    assert _nav_texts(view) == [p.nav_title() for p in view.pages]
    assert all(_nav_texts(view))
    assert [type(p) for p in view.pages] == [
        DebriefsPage,
        FollowUpsPage,
        RolesPage,
        SupervisionPage,
        PersonalAreaPage,
        OverviewPage,
    ]
    assert (folder / PAIR_FILE).is_file() and (folder / PAIR_CHECK_FILE).is_file()
    assert [m.display_name for m in window.journal.members.all()] == list(MEMBER_NAMES)
    assert window.journal.info.name == JOURNAL_NAME
    assert window.lock_action.isEnabled()
    # The passphrase does not linger in the form once the journal exists.
    assert page.passphrase.text() == "" and page.repeat.text() == ""


def test_created_journal_is_remembered(
    window: MainWindow, settings: AppSettings, tmp_path: Path
) -> None:
    """The new journal's folder is saved as the last journal, so the next start offers it."""
    folder = tmp_path / "uusi"
    create_through_gui(window, folder)
    assert settings.last_journal == folder
    reread = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert reread.last_journal == folder


@pytest.mark.parametrize(
    ("change", "expected_reason", "error_of"),
    [
        pytest.param(
            lambda page: page.repeat.set_text(PAIR_PASSPHRASE + "x"),
            ValidationReason.MISMATCH,
            "repeat_error",
            id="passphrases-differ",
        ),
        pytest.param(
            lambda page: (
                page.passphrase.set_text("salasana1234"),
                page.repeat.set_text("salasana1234"),
            ),
            ValidationReason.TOO_WEAK,
            "passphrase_error",
            id="weak-passphrase",
        ),
    ],
)
def test_create_refuses_bad_passphrase(
    window: MainWindow,
    tmp_path: Path,
    change: Callable[..., object],
    expected_reason: ValidationReason,
    error_of: str,
) -> None:
    """A weak or mistyped pair passphrase is explained under its field and nothing is created."""
    assert estimate("salasana1234").strength is Strength.WEAK
    folder = tmp_path / "uusi"
    window.show_create()
    page = window.create_page
    fill_create_form(page, folder)
    change(page)
    click(page.create_button)
    wait_for_tasks(window)

    error = getattr(page, error_of)
    assert error.isVisible()
    # A weak passphrase also gets the reasons and what would be strong after the sentence.
    assert error.text().startswith(passphrase_message(expected_reason))
    if expected_reason is ValidationReason.TOO_WEAK:
        assert error.text().endswith(passphrase_advice([Weakness.SEQUENCE]).split(". ")[-1])
    assert visible_errors(page) == [error.text()]
    assert window.journal is None
    assert window.stack.currentWidget() is page
    assert not folder.exists()


def test_create_refuses_two_members_of_the_same_role(window: MainWindow, tmp_path: Path) -> None:
    """A pair without both roles is refused with a message under the members."""
    folder = tmp_path / "uusi"
    window.show_create()
    page = window.create_page
    fill_create_form(page, folder)
    second_role = page.member_rows[1].role
    second_role.setCurrentIndex(second_role.findData(Role.EXPERT_BY_EXPERIENCE.value))
    click(page.create_button)
    wait_for_tasks(window)

    assert page.members_error.isVisible()
    assert page.members_error.text()
    assert visible_errors(page) == [page.members_error.text()]
    assert window.journal is None
    assert not folder.exists()


def test_create_shows_every_problem_at_once(window: MainWindow, tmp_path: Path) -> None:
    """All mistakes in the create form are shown together, each under its own field."""
    folder = tmp_path / "uusi"
    window.show_create()
    page = window.create_page
    fill_create_form(page, folder, name="   ", passphrase="salasana1234")
    click(page.create_button)
    wait_for_tasks(window)

    assert page.name_error.isVisible() and page.name_error.text()
    assert page.passphrase_error.text().startswith(passphrase_message(ValidationReason.TOO_WEAK))
    assert page.passphrase_error.isVisible()
    assert len(visible_errors(page)) == 2
    assert window.journal is None
    assert not folder.exists()


# --- locking and unlocking -----------------------------------------------------


def _lock_with_action(window: MainWindow) -> None:
    window.lock_action.trigger()


def _lock_with_ctrl_l(window: MainWindow) -> None:
    press(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


@pytest.mark.parametrize(
    "lock", [_lock_with_action, _lock_with_ctrl_l], ids=["lock-action", "ctrl-l"]
)
def test_lock_closes_the_journal(
    qtbot: QtBot, unlocked: MainWindow, lock: Callable[[MainWindow], None]
) -> None:
    """The Lock action and Ctrl+L close the journal and throw its view away."""
    window = unlocked
    journal = window.journal
    assert journal is not None
    lock(window)

    assert window.journal is None
    assert window.view is None
    assert journal.is_locked
    assert window.stack.currentWidget() is window.unlock_page
    assert window.unlock_page.passphrase.text() == ""
    assert not window.lock_action.isEnabled()
    wait_view_deleted(qtbot, window)


def test_lock_releases_the_journal_folder(unlocked: MainWindow, tmp_path: Path) -> None:
    """After locking (and the daily backup the lock makes), nothing holds the journal:
    another program can open it."""
    folder = tmp_path / "uusi"
    with pytest.raises(JournalInUse):
        open_journal(folder, PAIR_PASSPHRASE)
    unlocked.lock()
    wait_for_tasks(unlocked)
    other = open_journal(folder, PAIR_PASSPHRASE)
    other.lock()


def test_wrong_passphrase_keeps_journal_locked(unlocked: MainWindow) -> None:
    """A wrong passphrase shows a plain message under the field and the journal stays locked."""
    window = unlocked
    window.lock()
    unlock_with(window, WRONG_PASSPHRASE)

    assert window.journal is None
    assert window.stack.currentWidget() is window.unlock_page
    assert window.unlock_page.error.isVisible()
    assert window.unlock_page.error.text() == code_message(ErrorCode.WRONG_PASSPHRASE)


def test_right_passphrase_unlocks(unlocked: MainWindow) -> None:
    """The right pair passphrase opens the journal view again, without an error left over."""
    window = unlocked
    window.lock()
    unlock_with(window, WRONG_PASSPHRASE)
    unlock_with(window, PAIR_PASSPHRASE)

    assert window.journal is not None
    assert isinstance(window.view, JournalView)
    assert window.stack.currentWidget() is window.view
    assert window.unlock_page.passphrase.text() == ""
    assert not window.unlock_page.error.isVisibleTo(window.unlock_page)


def test_typed_passphrase_and_enter_unlock(unlocked: MainWindow) -> None:
    """Typing the passphrase key by key (with ä) and pressing Enter unlocks."""
    window = unlocked
    window.lock()
    edit = window.unlock_page.passphrase.edit
    type_text(edit, PAIR_PASSPHRASE)
    assert edit.text() == PAIR_PASSPHRASE
    press(edit, Qt.Key.Key_Return)
    wait_for_tasks(window)
    assert window.journal is not None


def test_unlock_returns_to_the_page_in_use(unlocked: MainWindow) -> None:
    """After lock and unlock the user is back on the page they were on."""
    window = unlocked
    assert window.view is not None
    click(window.view.overview.personal_button)
    assert isinstance(window.view.current_page, PersonalAreaPage)

    window.lock_action.trigger()
    unlock_with(window, PAIR_PASSPHRASE)

    view = window.view
    assert view is not None
    assert isinstance(view.current_page, PersonalAreaPage)
    assert view.stack.currentWidget() is view.personal
    assert view.nav.currentRow() == view.row_of(PersonalAreaPage.page_key)


def test_open_existing_journal_from_welcome(
    window: MainWindow,
    dialogs: FakeDialogs,
    settings: AppSettings,
    make_journal: Callable[..., Journal],
) -> None:
    """Open an existing journal: choose its folder, then unlock it with the pair passphrase."""
    journal = make_journal("olemassa")
    journal.lock()
    dialogs.folder_answers.append(journal.folder)
    click(window.welcome.open_button)
    assert window.stack.currentWidget() is window.unlock_page
    assert window.unlock_page.folder == journal.folder

    unlock_with(window, PAIR_PASSPHRASE)
    assert window.journal is not None
    assert settings.last_journal == journal.folder


def test_open_folder_without_journal_explains(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    """Choosing a folder that holds no journal tells the user so and stays on the welcome."""
    empty = tmp_path / "tyhjä"
    empty.mkdir()
    dialogs.folder_answers.extend([empty, None])
    click(window.welcome.open_button)
    assert len(dialogs.errors) == 1
    assert window.stack.currentWidget() is window.welcome

    # Cancelling the folder dialog does nothing at all.
    click(window.welcome.open_button)
    assert len(dialogs.errors) == 1
    assert window.stack.currentWidget() is window.welcome


# --- privacy -------------------------------------------------------------------


def _titles_in_app() -> list[str]:
    return [w.windowTitle() for w in QApplication.topLevelWidgets()]


def test_window_title_never_shows_journal_content(unlocked: MainWindow) -> None:
    """The window title stays the app's name: no journal name or member name in it."""
    window = unlocked
    assert window.windowTitle() == APP_TITLE
    window.lock()
    unlock_with(window, PAIR_PASSPHRASE)
    assert window.windowTitle() == APP_TITLE
    window.change_pair_passphrase()  # a dialog of the unlocked journal
    assert window.dialog is not None and window.dialog.isVisible()
    for title in _titles_in_app():
        for secret in (JOURNAL_NAME, *MEMBER_NAMES):
            assert secret not in title
    window.dialog.reject()


def test_locked_window_holds_no_journal_content(qtbot: QtBot, unlocked: MainWindow) -> None:
    """Once locked, no widget of the window still shows the journal's name or its members."""
    window = unlocked
    window.lock()
    wait_view_deleted(qtbot, window)
    texts = " | ".join(shown_texts(window))
    for secret in (JOURNAL_NAME, *MEMBER_NAMES):
        assert secret not in texts


def test_new_journal_form_after_lock_is_blank(unlocked: MainWindow) -> None:
    """At the locked window, 'create a new journal' shows a blank form, not the last pair's."""
    window = unlocked
    window.lock()
    click(window.unlock_page.other_button)
    click(window.welcome.create_button)
    page = window.create_page
    assert window.stack.currentWidget() is page
    assert [row.name.text() for row in page.member_rows] == ["", ""]
    assert page.journal_name.text() != JOURNAL_NAME
