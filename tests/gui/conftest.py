"""GUI test setup: private Qt paths, throwaway settings, scripted dialogs, the main window.

Nothing here opens a real dialog or touches the user's home folder. A test that leaves
a modal dialog open fails (``pytest_runtest_call`` below), because a real modal would
hang the whole run.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings, QStandardPaths
from pytestqt.qtbot import QtBot

from tests.gui.helpers import FakeDialogs, close_modals, create_through_gui
from tyoparipaivakirja.gui.common import i18n
from tyoparipaivakirja.gui.common.app_settings import AppSettings
from tyoparipaivakirja.gui.main_window import MainWindow


@pytest.fixture(scope="session", autouse=True)
def qt_test_paths() -> None:
    """Qt's standard paths point into a test folder, never the real home folder."""
    QStandardPaths.setTestModeEnabled(True)


@pytest.fixture(autouse=True)
def finnish_locale() -> Iterator[None]:
    """Dates, numbers and order as in the app's default language (Finnish), whatever
    the machine's locale; a test that switches language gets Finnish back after it."""
    QLocale.setDefault(i18n.locale_for(i18n.FINNISH))
    yield
    QLocale.setDefault(i18n.locale_for(i18n.FINNISH))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, object, object]:
    """Fail a test that leaves a modal dialog open, after closing it so the run goes on.

    The check runs right after the test body, before pytest-qt closes the test's
    widgets. A fixture's teardown would run only after the window (and the dialog,
    its child) was already destroyed, so it could never see the forgotten dialog.
    """
    try:
        result = yield
    except BaseException:
        close_modals()
        raise
    left = close_modals()
    if left:
        pytest.fail(f"the test left a modal dialog open: {', '.join(left)}")
    return result


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    """App preferences in a throwaway ini file of this test."""
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def dialogs() -> FakeDialogs:
    """The dialog seam, answered by the test."""
    return FakeDialogs()


def process_deferred_deletes() -> None:
    """Run the deletions ``deleteLater`` asked for, as the running app's event loop does:
    a page still holding a deleted dialog then fails its next use, as it would for a user."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def lock_as_the_app_would(main: MainWindow) -> None:
    """Lock after the event loop has turned (deferred deletes done); the lock must hold."""
    process_deferred_deletes()
    folder = main.journal.folder if main.journal is not None else None
    main.lock()
    main.tasks.wait_all()  # the daily backup, made after the lock screen shows
    if folder is not None:
        assert main.journal is None, "the lock did not close the journal"
        assert not (folder / "pair.db-wal").exists(), "the lock left pair.db-wal behind"


@pytest.fixture
def window(qtbot: QtBot, settings: AppSettings, dialogs: FakeDialogs) -> Iterator[MainWindow]:
    """The main window on its welcome screen, shown; its journal is locked at the end, after
    the event loop has turned, as when a user locks (a lock that fails fails the test)."""
    main = MainWindow(settings, dialogs=dialogs)
    # pytest-qt closes the window before fixtures are torn down: lock first, so every
    # connection and the folder's file lock are released whatever the test did.
    qtbot.addWidget(main, before_close_func=lambda _w: lock_as_the_app_would(main))
    main.show_welcome()
    main.show()
    qtbot.waitExposed(main)
    yield main
    lock_as_the_app_would(main)


@pytest.fixture
def unlocked(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> MainWindow:
    """The window with a journal just created through the create page, so unlocked."""
    create_through_gui(window, tmp_path / "uusi")
    return window
