"""Helpers for the debrief GUI tests: getting at the pages, filling the editor, reading rows."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QTableView, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.helpers import LEFT, LONG_WAIT_MS, OWN_PASSPHRASE, press, wait_while_busy
from tyoparipaivakirja.core.debriefs import Debrief, VisitType
from tyoparipaivakirja.gui.debriefs.debrief_editor import DebriefEditor
from tyoparipaivakirja.gui.debriefs.debriefs_page import DebriefsPage
from tyoparipaivakirja.gui.debriefs.follow_ups_page import FollowUpsPage
from tyoparipaivakirja.gui.debriefs.reflection_box import ReflectionBox
from tyoparipaivakirja.gui.main_window import MainWindow
from tyoparipaivakirja.storage.session import Journal

SAVED_PREFIXES = ("Saved", "Tallennettu")
CTRL = Qt.KeyboardModifier.ControlModifier


def journal_of(window: MainWindow) -> Journal:
    journal = window.journal
    assert journal is not None, "the journal is not open"
    return journal


def debriefs_page(window: MainWindow) -> DebriefsPage:
    view = window.view
    assert view is not None, "the journal is not open"
    return view.debriefs


def follow_ups_page(window: MainWindow) -> FollowUpsPage:
    view = window.view
    assert view is not None, "the journal is not open"
    view.show_page(FollowUpsPage.page_key)
    assert view.current_page is view.follow_ups
    return view.follow_ups


def member_id(journal: Journal, name: str) -> str:
    return next(m.member_id for m in journal.members.all() if m.display_name == name)


def box_of(editor: DebriefEditor, journal: Journal, name: str) -> ReflectionBox:
    """The own reflection box of the member called ``name``."""
    wanted = member_id(journal, name)
    return next(b for b in editor.reflections if b.member.member_id == wanted)


def own_area_for(journal: Journal, name: str) -> str:
    """Create the member's own area (then close it, as after leaving the Own area page)."""
    owner = member_id(journal, name)
    journal.create_personal_area(owner, OWN_PASSPHRASE).close()
    assert journal.open_personal_area_of(owner) is None
    return owner


def new_editor(window: MainWindow, writer: str | None = "Jari") -> DebriefEditor:
    """The debriefs page's New button: an empty quick debrief in the editor, and ``writer``
    chosen as the one writing when nobody is chosen yet (asked once per unlock)."""
    page = debriefs_page(window)
    QTest.mouseClick(page.new_button, LEFT)
    assert page.stack.currentWidget() is page.editor
    if writer is not None and page.editor.author.currentData() is None:
        choose_writer(page.editor, writer)
    return page.editor


def choose_visit_type(editor: DebriefEditor, value: VisitType) -> None:
    index = editor.visit_type.findData(value.value)
    assert index > 0, value
    editor.visit_type.setCurrentIndex(index)


def choose_writer(editor: DebriefEditor, name: str) -> None:
    """Say who is writing (asked once per unlock; the editor keeps it until the lock)."""
    index = editor.author.findText(name)
    assert index >= 0, name
    editor.author.setCurrentIndex(index)


def ctrl_s(editor: DebriefEditor) -> None:
    """Ctrl+S, sent where the user's keyboard focus would be (the editor), and the save
    (on the task runner) let finish."""
    press(editor.focusWidget() or editor, Qt.Key.Key_S, CTRL)
    wait_while_busy(editor)


def is_saved_text(text: str) -> bool:
    """True for the "Saved at …" state, never for "Draft kept … (not yet saved)"."""
    return text.startswith(SAVED_PREFIXES)


def wait_saved(qtbot: QtBot, editor: DebriefEditor) -> None:
    qtbot.waitUntil(lambda: is_saved_text(editor.saved_label.text()), timeout=LONG_WAIT_MS)


def button_with_text(root: QWidget, text: str) -> QPushButton:
    """The one push button under ``root`` whose text is ``text`` (English UI in tests)."""
    found = [b for b in root.findChildren(QPushButton) if b.text() == text]
    assert len(found) == 1, f"{len(found)} buttons say {text!r}"
    return found[0]


def cell(model: QAbstractItemModel, row: int, column: int, role: int | None = None) -> object:
    return model.data(model.index(row, column), role or Qt.ItemDataRole.DisplayRole)


def row_texts(model: QAbstractItemModel) -> list[list[str]]:
    return [
        [str(cell(model, row, column)) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def list_model(page: DebriefsPage) -> QAbstractItemModel:
    model = page.list_view.model()
    assert model is not None
    return model


def double_click_row(view: QTableView, row: int) -> None:
    """Double-click the first cell of ``row`` like a person would."""
    model = view.model()
    assert model is not None
    view.scrollTo(model.index(row, 0))
    rect = view.visualRect(model.index(row, 0))
    assert rect.isValid(), "row is not on screen"
    none = Qt.KeyboardModifier.NoModifier
    # A real double click starts with a press: the view opens only the row it saw pressed.
    QTest.mouseClick(view.viewport(), LEFT, none, rect.center())
    QTest.mouseDClick(view.viewport(), LEFT, none, rect.center())


def save_entry(journal: Journal, author: str = "Jari", **fields: object) -> str:
    """Save an entry through storage, as if written earlier (a home visit today)."""
    entry = replace(Debrief(visit_date=date.today(), visit_type=VisitType.HOME_VISIT), **fields)  # type: ignore[arg-type]
    return journal.debriefs.save(entry, member_id(journal, author), date.today())
