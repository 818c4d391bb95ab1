"""Helpers shared by the GUI tests: scripted dialogs, form filling, widget lookups."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Sequence
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.conftest import PAIR_PASSPHRASE
from tyoparipaivakirja.gui.common.dialogs import Dialogs
from tyoparipaivakirja.gui.common.drafts import Difference, DraftChoice
from tyoparipaivakirja.gui.common.widgets import FieldError
from tyoparipaivakirja.gui.journal.create_journal import CreateJournalPage
from tyoparipaivakirja.gui.journal.journal_view import JournalView
from tyoparipaivakirja.gui.main_window import MainWindow

JOURNAL_NAME = "Jarin ja Sannan työpari"
MEMBER_NAMES = ("Jari", "Sanna")
# An own passphrase for a personal area: strong, and different from the pair's.
OWN_PASSPHRASE = "omat ajatukset vain minulle 42"
NEW_PAIR_PASSPHRASE = "syksyn-sade ikkunassa, kuuma tee 7"
# Generous upper bound for anything the app does by itself (timers, deferred deletes).
LONG_WAIT_MS = 5000
LEFT = Qt.MouseButton.LeftButton
INTERACTIVE_KINDS = (QLineEdit, QPushButton, QComboBox, QSpinBox, QToolButton, QListWidget)


class UnexpectedDialog(AssertionError):
    """The app asked a question the test did not script an answer for."""


class FakeDialogs(Dialogs):
    """Answers the app's dialogs from what the test put here; never opens a window."""

    def __init__(self) -> None:
        self.folder_answers: deque[Path | None] = deque()
        self.file_answers: deque[Path | None] = deque()
        self.printer_answers: deque[QPrinter | None] = deque()
        self.confirm_answers: deque[bool] = deque()
        self.asked: list[tuple[str, str]] = []  # (kind, title) of every question asked
        self.confirmations: list[tuple[str, str, str]] = []  # (title, text, accept label)
        self.errors: list[tuple[str, str]] = []
        self.informs: list[tuple[str, str]] = []
        self.draft_answers: deque[DraftChoice | None] = deque()
        self.draft_questions: list[tuple[list[Difference], bool]] = []  # (differences, copy?)

    def choose_folder(self, parent: QWidget, title: str, start: Path) -> Path | None:
        self.asked.append(("choose_folder", title))
        if not self.folder_answers:
            raise UnexpectedDialog(f"unscripted folder dialog: {title!r}")
        return self.folder_answers.popleft()

    def choose_open_file(
        self, parent: QWidget, title: str, start: Path, file_filter: str
    ) -> Path | None:
        return self._file("choose_open_file", title)

    def choose_save_file(
        self, parent: QWidget, title: str, suggested: Path, file_filter: str
    ) -> Path | None:
        return self._file("choose_save_file", title)

    def choose_printer(self, parent: QWidget, title: str) -> QPrinter | None:
        self.asked.append(("choose_printer", title))
        if not self.printer_answers:
            raise UnexpectedDialog(f"unscripted print dialog: {title!r}")
        return self.printer_answers.popleft()

    def _file(self, kind: str, title: str) -> Path | None:
        self.asked.append((kind, title))
        if not self.file_answers:
            raise UnexpectedDialog(f"unscripted file dialog: {title!r}")
        return self.file_answers.popleft()

    def confirm(self, parent: QWidget, title: str, text: str, accept_label: str) -> bool:
        self.asked.append(("confirm", title))
        self.confirmations.append((title, text, accept_label))
        if not self.confirm_answers:
            raise UnexpectedDialog(f"unscripted confirmation: {title!r}")
        return self.confirm_answers.popleft()

    def inform(self, parent: QWidget, title: str, text: str) -> None:
        self.informs.append((title, text))

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.errors.append((title, text))

    def resolve_draft(
        self,
        parent: QWidget,
        title: str,
        intro: str,
        found: Sequence[Difference],
        allow_copy: bool,
    ) -> DraftChoice | None:
        self.asked.append(("resolve_draft", title))
        self.draft_questions.append((list(found), allow_copy))
        if not self.draft_answers:
            raise UnexpectedDialog(f"unscripted draft question: {title!r}")
        return self.draft_answers.popleft()


def click(widget: QWidget) -> None:
    """A left mouse click in the middle of ``widget``."""
    QTest.mouseClick(widget, LEFT)


def press(
    widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """One key press and release sent to ``widget`` (ASCII keys only)."""
    QTest.keyClick(widget, key, modifier)


def fill_create_form(
    page: CreateJournalPage,
    folder: Path,
    *,
    name: str = JOURNAL_NAME,
    members: tuple[str, ...] = MEMBER_NAMES,
    passphrase: str = PAIR_PASSPHRASE,
    repeat: str | None = None,
) -> None:
    """Fill the create form directly (the texts have ä, which key clicks cannot type)."""
    page.journal_name.setText(name)
    page.folder.setText(str(folder))
    for row, member in zip(page.member_rows, members, strict=True):
        row.name.setText(member)
    page.passphrase.set_text(passphrase)
    page.repeat.set_text(passphrase if repeat is None else repeat)


def visible_errors(root: QWidget) -> list[str]:
    """The texts of every shown inline error under ``root``."""
    return [e.text() for e in root.findChildren(FieldError) if e.isVisibleTo(root)]


def create_through_gui(window: MainWindow, folder: Path) -> None:
    """Welcome → create page → filled form → Create; the journal is open afterwards."""
    click(window.welcome.create_button)
    assert window.stack.currentWidget() is window.create_page
    fill_create_form(window.create_page, folder)
    click(window.create_page.create_button)
    wait_for_tasks(window)
    assert window.journal is not None, visible_errors(window.create_page)
    assert isinstance(window.view, JournalView)


def wait_for_tasks(window: MainWindow) -> None:
    """Let the window's background work end and show its outcome, as the running app's
    event loop would (an unlock, a restore, the daily backup after a lock)."""
    deadline = time.monotonic() + LONG_WAIT_MS / 1000
    while window.tasks.busy():
        assert time.monotonic() < deadline, "background work did not end"
        QTest.qWait(5)


def wait_while_busy(widget: QWidget) -> None:
    """Until the background work a page or dialog started (its ``busy``) has ended and
    its outcome shows, as the running app's event loop would."""
    deadline = time.monotonic() + LONG_WAIT_MS / 1000
    # A dialog whose work ended may be closed and deleted by its owner meanwhile.
    while shiboken6.isValid(widget) and getattr(widget, "busy"):  # noqa: B009 - each defines it
        assert time.monotonic() < deadline, "background work did not end"
        QTest.qWait(5)


def closed(dialog: QWidget) -> bool:
    """The dialog has closed: hidden, or already deleted by its owner after closing."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def unlock_with(window: MainWindow, passphrase: str) -> None:
    """Put the passphrase into the unlock page (set directly), click Unlock and wait
    until the journal is open or the refusal shows."""
    page = window.unlock_page
    assert window.stack.currentWidget() is page
    page.passphrase.set_text(passphrase)
    click(page.unlock_button)
    wait_for_tasks(window)


def type_text(widget: QWidget, text: str) -> None:
    """Type any text key by key; non-ASCII goes as a per-character key event."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def wait_view_deleted(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until no JournalView is left under the window (it is deleted later)."""
    qtbot.waitUntil(lambda: not window.findChildren(JournalView), timeout=LONG_WAIT_MS)


def close_modals() -> list[str]:
    """Close every modal widget still open; returns a description of each."""
    left: list[str] = []
    for _ in range(20):
        modal = QApplication.activeModalWidget()
        if modal is None:
            break
        left.append(f"{type(modal).__name__} {modal.windowTitle()!r}")
        if isinstance(modal, QDialog):
            modal.reject()
        modal.close()
        QApplication.processEvents()
    return left


def interactive_widgets(root: QWidget) -> list[QWidget]:
    """Every control under ``root`` a person operates with the keyboard or a mouse.

    The line edit inside a spin box or combo box is that control's own part: the
    screen reader announces the outer control, so only the outer one is listed. The
    same goes for Qt's own named parts (``qt_*``), such as the month buttons of a date
    field's calendar pop-up, which Qt names for assistive technology itself.
    """
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, INTERACTIVE_KINDS)
        and not isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox))
        and not w.objectName().startswith("qt_")
    ]


def shown_texts(root: QWidget) -> list[str]:
    """Every text a label, line edit or combo box under ``root`` holds."""
    texts: list[str] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, (QLabel, QLineEdit)):
            texts.append(widget.text())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
    return texts
