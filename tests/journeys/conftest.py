"""The journeys run in the real main window on a journal of their own, both members
with their own areas, the GUI tests' scripted dialogs answering every question."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from tests.conftest import MEMBERS, PAIR_PASSPHRASE
from tests.gui.conftest import (  # noqa: F401 - the GUI tests' fixtures, used by name
    finnish_locale,
    pytest_runtest_call,
    qt_test_paths,
)
from tests.gui.helpers import JOURNAL_NAME, FakeDialogs, unlock_with
from tests.journeys.journey import Journey, own_passphrase
from tyoparipaivakirja.gui.common.app_settings import AppSettings
from tyoparipaivakirja.gui.main_window import MainWindow
from tyoparipaivakirja.storage.folder import create_journal


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    """App preferences in a throwaway ini file of this journey."""
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def dialogs() -> FakeDialogs:
    """The dialog seam, answered by the journey."""
    return FakeDialogs()


@pytest.fixture
def journey(
    qtbot: QtBot, tmp_path: Path, settings: AppSettings, dialogs: FakeDialogs
) -> Iterator[Journey]:
    folder = tmp_path / "paivakirja"
    journal = create_journal(folder, JOURNAL_NAME, MEMBERS, PAIR_PASSPHRASE)
    for member in journal.members.all():
        journal.create_personal_area(member.member_id, own_passphrase(member.display_name))
    journal.lock()
    window = MainWindow(settings, dialogs=dialogs)
    qtbot.addWidget(window, before_close_func=lambda _w: window.lock())
    window.show_unlock(folder)
    window.show()
    qtbot.waitExposed(window)
    unlock_with(window, PAIR_PASSPHRASE)
    assert window.journal is not None
    yield Journey(qtbot, window, folder, dialogs)
    window.lock()
