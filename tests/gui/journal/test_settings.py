"""The settings dialog: language and automatic lock time, saved and applied."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from tests.gui.helpers import click
from tyoparipaivakirja.gui.common import i18n
from tyoparipaivakirja.gui.common.app_settings import (
    DEFAULT_AUTO_LOCK_MINUTES,
    MAX_AUTO_LOCK_MINUTES,
    MIN_AUTO_LOCK_MINUTES,
    AppSettings,
)
from tyoparipaivakirja.gui.journal.settings_dialog import SettingsDialog
from tyoparipaivakirja.gui.main_window import MINUTE_MS, MainWindow


def _open(window: MainWindow) -> SettingsDialog:
    window.open_settings()
    dialog = window.dialog
    assert isinstance(dialog, SettingsDialog)
    assert dialog.isVisible()  # opened without blocking the caller
    return dialog


def _button(dialog: SettingsDialog, which: QDialogButtonBox.StandardButton) -> QPushButton:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(which)
    assert button is not None
    return button


def _reread(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def test_settings_ok_saves_and_applies(unlocked: MainWindow, tmp_path: Path) -> None:
    """OK saves the language and lock time, and the new lock time applies at once."""
    window = unlocked
    dialog = _open(window)
    assert dialog.auto_lock.value() == DEFAULT_AUTO_LOCK_MINUTES
    dialog.auto_lock.setValue(7)
    dialog.language.setCurrentIndex(dialog.language.findData(i18n.ENGLISH))
    click(_button(dialog, QDialogButtonBox.StandardButton.Ok))

    assert not dialog.isVisible()
    saved = _reread(tmp_path)
    assert saved.auto_lock_minutes == 7
    assert saved.language == i18n.ENGLISH
    assert window.idle.timeout_ms == 7 * MINUTE_MS
    assert window.idle.running
    assert window.statusBar().currentMessage()  # tells that the language changes on restart

    again = _open(window)
    assert again.auto_lock.value() == 7
    assert again.language.currentData() == i18n.ENGLISH
    again.reject()


def test_settings_cancel_changes_nothing(unlocked: MainWindow, tmp_path: Path) -> None:
    """Cancel leaves the saved settings and the lock time as they were."""
    window = unlocked
    before = window.idle.timeout_ms
    dialog = _open(window)
    dialog.auto_lock.setValue(42)
    dialog.language.setCurrentIndex(dialog.language.findData(i18n.FINNISH))
    click(_button(dialog, QDialogButtonBox.StandardButton.Cancel))

    assert not dialog.isVisible()
    saved = _reread(tmp_path)
    assert saved.auto_lock_minutes == DEFAULT_AUTO_LOCK_MINUTES
    assert saved.language is None
    assert window.idle.timeout_ms == before


def test_settings_lock_time_is_bounded(window: MainWindow) -> None:
    """The lock time can only be set within the allowed minutes."""
    dialog = _open(window)
    dialog.auto_lock.setValue(MAX_AUTO_LOCK_MINUTES + 100)
    assert dialog.auto_lock.value() == MAX_AUTO_LOCK_MINUTES
    dialog.auto_lock.setValue(0)
    assert dialog.auto_lock.value() == MIN_AUTO_LOCK_MINUTES
    dialog.reject()


def test_locking_closes_the_settings_dialog(unlocked: MainWindow) -> None:
    """Locking the journal closes an open settings dialog."""
    window = unlocked
    dialog = _open(window)
    window.lock()
    assert not dialog.isVisible()
