"""The automatic lock of the journal and the shorter idle close of an own area."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.helpers import (
    OWN_PASSPHRASE,
    click,
    create_through_gui,
    press,
    wait_view_deleted,
    wait_while_busy,
)
from tyoparipaivakirja.gui.common.app_settings import PERSONAL_AREA_IDLE_MINUTES, AppSettings
from tyoparipaivakirja.gui.common.idle import IdleWatcher
from tyoparipaivakirja.gui.main_window import MINUTE_MS, MainWindow
from tyoparipaivakirja.gui.own_area.personal_area import PersonalAreaPage

LOCK_WAIT_MS = 3000


def _personal_page(window: MainWindow) -> PersonalAreaPage:
    view = window.view
    assert view is not None
    view.show_page(PersonalAreaPage.page_key)
    assert view.current_page is view.personal
    return view.personal


def _open_own_area(window: MainWindow) -> PersonalAreaPage:
    page = _personal_page(window)
    page.passphrase.set_text(OWN_PASSPHRASE)
    page.repeat.set_text(OWN_PASSPHRASE)
    click(page.submit_button)
    wait_while_busy(page)
    assert page.area is not None and page.area.is_open
    return page


def test_idle_timeout_comes_from_settings(
    window: MainWindow, settings: AppSettings, tmp_path: Path
) -> None:
    """Unlocking arms the automatic lock with the minutes chosen in the settings."""
    settings.auto_lock_minutes = 3
    create_through_gui(window, tmp_path / "uusi")
    assert window.idle.running
    assert window.idle.timeout_ms == 3 * MINUTE_MS
    assert window.personal_idle.running
    assert window.personal_idle.timeout_ms == PERSONAL_AREA_IDLE_MINUTES * MINUTE_MS


def test_journal_locks_itself_when_idle(qtbot: QtBot, unlocked: MainWindow) -> None:
    """Left alone, the journal locks by itself and the unlock screen is shown."""
    window = unlocked
    journal = window.journal
    assert journal is not None
    window.idle.set_timeout_ms(300)
    qtbot.waitUntil(lambda: window.journal is None, timeout=LOCK_WAIT_MS)
    assert journal.is_locked
    assert window.stack.currentWidget() is window.unlock_page
    assert not window.idle.running
    wait_view_deleted(qtbot, window)


def test_no_auto_lock_while_the_user_types(qtbot: QtBot, unlocked: MainWindow) -> None:
    """Typing keeps the journal open past the idle time; once typing stops it locks."""
    window = unlocked
    field = _personal_page(window).passphrase.edit
    field.setFocus()
    window.idle.set_timeout_ms(400)
    presses = 12  # one every 100 ms: three times the idle time in all
    for _ in range(presses):
        press(field, Qt.Key.Key_A)
        qtbot.wait(100)
    assert field.text() == "a" * presses  # the keys really reached the field
    assert window.journal is not None
    qtbot.waitUntil(lambda: window.journal is None, timeout=LOCK_WAIT_MS)


def test_own_area_closes_when_idle_but_journal_stays(qtbot: QtBot, unlocked: MainWindow) -> None:
    """An open own area closes after its short idle time while the pair journal stays open."""
    window = unlocked
    page = _open_own_area(window)
    area = page.area
    assert area is not None
    window.personal_idle.set_timeout_ms(300)
    qtbot.waitUntil(lambda: page.area is None, timeout=LOCK_WAIT_MS)
    assert not area.is_open
    assert page.stack.currentIndex() == 0  # the closed form again
    assert window.journal is not None


def test_own_area_closes_when_idle_after_an_earlier_idle_spell(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    """An own area opened after an earlier quiet spell still closes after its idle time."""
    window = unlocked
    window.personal_idle.set_timeout_ms(300)
    qtbot.waitUntil(lambda: not window.personal_idle.running, timeout=LOCK_WAIT_MS)
    page = _open_own_area(window)  # the user is back and opens their area
    qtbot.waitUntil(lambda: page.area is None, timeout=LOCK_WAIT_MS)


def test_idle_watcher_fires_only_when_started(qtbot: QtBot) -> None:
    """A stopped idle watcher never fires; a started one fires after its timeout."""
    watcher = IdleWatcher(200)
    fired: list[int] = []
    watcher.idle.connect(lambda: fired.append(1))
    qtbot.wait(300)
    assert fired == []
    watcher.start()
    qtbot.waitUntil(lambda: fired == [1], timeout=LOCK_WAIT_MS)
    assert not watcher.running
