"""The lock always holds: whatever a page's clean-up does, locking closes the journal."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from pytestqt.qtbot import QtBot

from tests.gui.conftest import process_deferred_deletes
from tests.gui.helpers import click, press, wait_for_tasks
from tyoparipaivakirja.gui.common.clipboard import ClipboardGuard
from tyoparipaivakirja.gui.journal.journal_view import PAGE_CLASSES, JournalView
from tyoparipaivakirja.gui.main_window import MainWindow
from tyoparipaivakirja.gui.supervision.supervision_page import SupervisionPage


def assert_locked(window: MainWindow, folder: Path) -> None:
    assert window.journal is None
    assert window.view is None
    assert window.stack.currentWidget() is window.unlock_page
    assert not (folder / "pair.db-wal").exists()
    assert not (folder / "pair.db-shm").exists()


def test_lock_after_the_summary_dialog_was_closed(qtbot: QtBot, unlocked: MainWindow) -> None:
    """Työnohjaus → Make the summary → Close, its deletion processed, then Ctrl+L: the
    journal locks (it used to raise on the deleted dialog and stay open)."""
    assert unlocked.journal is not None
    folder = unlocked.journal.folder
    view = unlocked.view
    assert isinstance(view, JournalView)
    view.show_page(SupervisionPage.page_key)
    page = view.supervision
    click(page.empty_new_button)
    click(page.editor.summary_button)
    dialog = page.summary_dialog
    assert dialog is not None
    dialog.reject()
    process_deferred_deletes()
    unlocked.lock()
    assert_locked(unlocked, folder)


SECRET = "Asiakkaan salainen asia"


def _failing_before_lock() -> None:
    raise RuntimeError(SECRET)


def _backups_of_today(folder: Path) -> list[Path]:
    return [p for p in (folder / "backups").glob("*-daily") if p.is_dir()]


@pytest.mark.parametrize("how", ["lock", "close"])
def test_a_failing_page_cleanup_never_stops_lock_or_quit(
    qtbot: QtBot,
    unlocked: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    how: str,
) -> None:
    """Every page's before_lock raises: the journal still closes (no -wal/-shm left), the
    daily backup is still made, and each failure is logged as its type and code location,
    never its message."""
    assert unlocked.journal is not None
    folder = unlocked.journal.folder
    view = unlocked.view
    assert isinstance(view, JournalView)
    for page_class in PAGE_CLASSES:  # every page built, so every page's clean-up runs
        view.show_page(page_class.page_key)
    keys = [page_class.page_key for page_class in PAGE_CLASSES]
    assert [page.page_key for page in view.pages] == keys
    called: list[str] = []
    for page in view.pages:

        def fail(key: str = page.page_key) -> None:
            called.append(key)
            _failing_before_lock()

        monkeypatch.setattr(page, "before_lock", fail)
    caplog.set_level(logging.ERROR, logger="tyoparipaivakirja")
    if how == "lock":
        press(unlocked, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    else:
        unlocked.close()
    process_deferred_deletes()
    assert called == keys  # each page had its turn
    assert_locked(unlocked, folder)
    wait_for_tasks(unlocked)  # the daily backup, made after the lock screen shows
    assert _backups_of_today(folder)
    records = [r for r in caplog.records if r.name == "tyoparipaivakirja"]
    assert len(records) == len(keys)
    assert all("RuntimeError" in r.getMessage() for r in records)
    assert all("test_lock_holds.py" in r.getMessage() for r in records)
    assert SECRET not in caplog.text


def test_lock_clears_text_the_app_put_on_the_clipboard(qtbot: QtBot, unlocked: MainWindow) -> None:
    """A debrief text copied with Ctrl+C does not stay on the clipboard after the lock."""
    view = unlocked.view
    assert isinstance(view, JournalView)
    view.debriefs.new_debrief()
    field = view.debriefs.editor.uppermost.edit
    field.setPlainText(SECRET)
    field.selectAll()
    press(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == SECRET
    unlocked.lock()
    assert clipboard.text() == ""


class _OtherProgramsClipboard:
    """A clipboard whose text another program put there (the platform says so)."""

    def __init__(self, text: str) -> None:
        self.texts = {QClipboard.Mode.Clipboard: text, QClipboard.Mode.Selection: text}

    def text(self, mode: QClipboard.Mode) -> str:
        return self.texts[mode]

    def ownsClipboard(self) -> bool:
        return False

    def ownsSelection(self) -> bool:
        return False

    def supportsSelection(self) -> bool:
        return True

    def clear(self, mode: QClipboard.Mode) -> None:
        self.texts[mode] = ""


def test_lock_leaves_what_another_program_copied(monkeypatch: pytest.MonkeyPatch) -> None:
    """Text copied in another program is not the app's to clear."""
    clipboard = _OtherProgramsClipboard("toisen ohjelman teksti")
    guard = ClipboardGuard(clipboard=clipboard)  # type: ignore[arg-type]
    monkeypatch.setattr(guard, "_in_process", False)  # as on X11, Wayland, Windows, macOS
    guard.clear_own_text()
    assert clipboard.texts[QClipboard.Mode.Clipboard] == "toisen ohjelman teksti"
    assert clipboard.texts[QClipboard.Mode.Selection] == "toisen ohjelman teksti"
