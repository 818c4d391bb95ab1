"""Errors where the user looks: a refused save scrolls to the first problem, focuses it,
and says it next to the button that was pressed; a message goes once it is answered.

The debrief editor is long: a wrong own passphrase or a henkilötunnus sits far below the
top "Save", which used to say only "Not saved yet".
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.debrief_helpers import (
    choose_visit_type,
    choose_writer,
    journal_of,
    member_id,
    new_editor,
)
from tests.gui.helpers import OWN_PASSPHRASE, click, wait_while_busy
from tests.gui.supervision.test_supervision_gui import _page
from tyoparipaivakirja.core.debriefs import VisitType
from tyoparipaivakirja.core.instruments import ELO_STRESS, ELO_STRESS_ITEM
from tyoparipaivakirja.core.supervision import Agreement
from tyoparipaivakirja.gui.common.dialogs import Dialogs
from tyoparipaivakirja.gui.common.widgets import TypingSpinBox
from tyoparipaivakirja.gui.debriefs.debrief_editor import DebriefEditor
from tyoparipaivakirja.gui.main_window import MainWindow
from tyoparipaivakirja.gui.own_area.personal_area import PersonalAreaPage
from tyoparipaivakirja.gui.roles.roles import RolesPage
from tyoparipaivakirja.storage.session import Journal

HETU = "131052-308T"


def shown_in_its_scroll_area(widget: QWidget) -> bool:
    """True when ``widget`` lies within the visible part of the scroll area around it."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    assert isinstance(parent, QScrollArea), "not in a scroll area"
    viewport = parent.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    rect = QRect(top_left, widget.size())
    return viewport.rect().intersects(rect) and rect.top() >= 0


def scroll_to_bottom(editor: DebriefEditor) -> None:
    bar = editor.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())


@pytest.fixture
def full_editor(qtbot: QtBot, unlocked: MainWindow) -> DebriefEditor:
    """A full debrief, written, scrolled to its bottom: the top Save is out of sight of
    the fields below, and the fields above are out of sight of the bottom Save."""
    unlocked.resize(1000, 700)
    editor = new_editor(unlocked)
    choose_writer(editor, "Jari")
    choose_visit_type(editor, VisitType.HOME_VISIT)
    click(editor.full_button)
    editor.what_happened.set_text("Kävimme läpi kirjeet.")
    qtbot.wait(10)
    return editor


def test_top_save_names_the_first_problem_and_goes_there(
    qtbot: QtBot, full_editor: DebriefEditor
) -> None:
    editor = full_editor
    editor.visit_type.setCurrentIndex(0)
    scroll_to_bottom(editor)
    click(editor.top_save_button)
    wait_while_busy(editor)
    assert editor.type_error.isVisibleTo(editor)
    assert editor.visit_type.hasFocus()
    assert shown_in_its_scroll_area(editor.visit_type)
    assert editor.top_note.isVisibleTo(editor)
    assert "Not saved" in editor.top_note.text()
    assert editor.type_error.text() in editor.top_note.text()
    choose_visit_type(editor, VisitType.HOME_VISIT)
    assert not editor.type_error.isVisibleTo(editor)  # "Choose the visit type." goes
    assert not editor.top_note.isVisibleTo(editor)


def test_a_wrong_own_passphrase_is_shown_and_said_at_the_top(
    qtbot: QtBot, full_editor: DebriefEditor, unlocked: MainWindow
) -> None:
    editor = full_editor
    journal = journal_of(unlocked)
    jari = member_id(journal, "Jari")
    journal.create_personal_area(jari, OWN_PASSPHRASE).close()
    editor.load_new()
    choose_visit_type(editor, VisitType.HOME_VISIT)
    click(editor.full_button)
    box = next(b for b in editor.reflections if b.member.member_id == jari)
    box.set_has_area(True)
    box.strain.set_value(6)
    box.passphrase.set_text("tämä ei ole Jarin tunnuslause")
    scroll_to_bottom(editor)
    click(editor.save_button)  # the bottom one this time
    wait_while_busy(editor)
    assert box.passphrase.edit.hasFocus()
    assert shown_in_its_scroll_area(box.passphrase)
    assert "Not saved" in editor.general_error.text()
    assert box.error.text() in editor.general_error.text()
    box.passphrase.set_text(OWN_PASSPHRASE)
    assert not box.error.isVisibleTo(editor)  # answered: the message goes


def test_a_henkilotunnus_far_down_is_reached_from_the_top_save(
    qtbot: QtBot, full_editor: DebriefEditor
) -> None:
    editor = full_editor
    editor.learning.set_text(f"Asiakkaan tunnus {HETU} jäi papereihin.")
    editor.learning.privacy.rescan()
    editor.scroll_area.verticalScrollBar().setValue(0)
    click(editor.top_save_button)
    wait_while_busy(editor)
    assert editor.learning.edit.hasFocus()
    assert shown_in_its_scroll_area(editor.learning.edit)
    assert shown_in_its_scroll_area(editor.learning.privacy)  # the notice under it too
    assert "personal identity code" in editor.top_note.text()
    # The top Save and its note stay above the scrolling form, in view with the problem.
    assert editor.top_note.isVisible() and editor.scroll_area not in _ancestors(editor.top_note)


def _ancestors(widget: QWidget) -> list[QWidget]:
    found = []
    parent = widget.parentWidget()
    while parent is not None:
        found.append(parent)
        parent = parent.parentWidget()
    return found


# --- the agreements table ---------------------------------------------------------------


@pytest.fixture
def qt_warnings() -> Iterator[list[str]]:
    """Qt's warnings while the test runs."""
    seen: list[str] = []

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg):
            seen.append(message)

    previous = qInstallMessageHandler(handler)
    yield seen
    qInstallMessageHandler(previous)


def test_an_agreement_being_typed_is_saved_and_qt_does_not_warn(
    qtbot: QtBot, unlocked: MainWindow, qt_warnings: list[str]
) -> None:
    """Saving with Alt+S while an agreement's text is still in its editor keeps the text
    (it used to be dropped, and the table's later reset warned "commitData called with
    an editor that does not belong to this view")."""
    _view, page = _page(unlocked)
    click(page.empty_new_button)
    editor = page.editor
    click(editor.add_agreement_button)
    qtbot.wait(10)
    cell_editor = QApplication.focusWidget()
    assert cell_editor is not None
    QTest.keyClicks(cell_editor, "Kokeillaan lyhytta purkua")
    # Alt+S (the Save button's mnemonic) saves with the focus still in the cell editor.
    QTest.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    # A mnemonic "animates" the click: the button fires a moment later.
    qtbot.waitUntil(lambda: editor.status.text().startswith("Saved at"), timeout=2000)
    (session,) = journal_of(unlocked).supervision.sessions()
    assert [a.text for a in session.agreements] == ["Kokeillaan lyhytta purkua"]

    cell = editor.agreements.item(0, 0)
    assert cell is not None
    editor.agreements.editItem(cell)
    qtbot.wait(10)
    cell_editor = QApplication.focusWidget()
    assert cell_editor is not None
    QTest.keyClick(cell_editor, Qt.Key.Key_End)  # the editor opens with the text selected
    QTest.keyClicks(cell_editor, " autossa")
    editor.status.clear()
    QTest.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: editor.status.text().startswith("Saved at"), timeout=2000)
    click(page.new_button)
    qtbot.wait(50)
    saved = journal_of(unlocked).supervision.sessions()
    texts = [a.text for s in saved for a in s.agreements]
    assert texts == ["Kokeillaan lyhytta purkua autossa"]
    assert not [w for w in qt_warnings if "commitData" in w]


# --- the other forms ------------------------------------------------------------------------


def test_role_editor_refusal_is_said_beside_its_buttons_and_shows_the_task(
    qtbot: QtBot, make_journal: Callable[..., Journal]
) -> None:
    """Proposing with an empty first task, scrolled down to the buttons: the task comes
    into view with its cursor, and the refusal is said beside the buttons too; naming
    the task takes both messages away."""
    journal = make_journal()
    page = RolesPage(journal, Dialogs())
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.start_from_defaults()
    editor = page.editor
    editor.rows[0].title.setText("")
    bar = editor.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    click(editor.propose_button)
    assert editor.rows[0].title.hasFocus()
    assert shown_in_its_scroll_area(editor.rows[0].title)
    assert editor.general_error.text().startswith("Not saved: Task 1:")
    editor.rows[0].title.setText("Koordinointi")
    assert not editor.rows[0].error.isVisibleTo(editor)
    assert not editor.general_error.isVisibleTo(editor)


def test_checkin_without_the_stress_answer_goes_back_up_to_it(
    qtbot: QtBot, make_journal: Callable[..., Journal]
) -> None:
    journal = make_journal()
    jari = journal.members.all()[0].member_id
    area = journal.create_personal_area(jari, OWN_PASSPHRASE)
    page = PersonalAreaPage(journal)
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.passphrase.set_text(OWN_PASSPHRASE)
    area.close()
    page.submit()
    wait_while_busy(page)
    own = page.own
    assert own is not None
    form = own.start_checkin()
    assert form is not None
    form.save_button.setFocus()
    click(form.save_button)
    stress = form.choices[(ELO_STRESS, ELO_STRESS_ITEM)]
    assert stress.buttons[1].hasFocus()
    assert shown_in_its_scroll_area(stress.buttons[1])
    assert "Not saved" in form.form_error.text()
    stress.buttons[2].click()
    assert not form.item_errors[(ELO_STRESS, ELO_STRESS_ITEM)].isVisibleTo(form)
    assert not form.form_error.isVisibleTo(form)
    page.close_area()


@pytest.mark.parametrize("special", [True, False], ids=["over-not-agreed", "over-a-number"])
def test_number_fields_take_a_digit_typed_after_a_click(qtbot: QtBot, special: bool) -> None:
    """A click into "not agreed" or "10 min" and a typed digit give that number (a plain
    spin box put the cursor inside the text and dropped the digit)."""
    spin = TypingSpinBox()
    qtbot.addWidget(spin)
    if special:
        spin.setRange(0, 52)
        spin.setSpecialValueText("not agreed")
        spin.setSuffix(" weeks apart")
    else:
        spin.setRange(1, 60)
        spin.setValue(10)
        spin.setSuffix(" min")
    spin.show()
    QTest.mouseClick(spin.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.wait(10)
    QTest.keyClicks(spin.lineEdit(), "4")
    assert spin.value() == 4


def test_the_pages_number_fields_take_typing() -> None:
    """Every spin box the app shows is one that takes typing."""
    import ast
    from pathlib import Path

    gui = Path(__file__).resolve().parents[2] / "tyoparipaivakirja" / "gui"
    modules = sorted(gui.rglob("*.py"))
    assert len(modules) > 40, "the walk must see every module of the GUI"
    plain = [
        f"{path.name}:{node.lineno}"
        for path in modules
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in {"QSpinBox", "QDoubleSpinBox"}
    ]
    assert plain == []


def test_an_empty_agreement_row_is_opened_for_typing_when_refused(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    _view, page = _page(unlocked)
    click(page.empty_new_button)
    editor = page.editor
    editor.add_agreement(Agreement("Kokeillaan"))
    editor.add_agreement(Agreement(""))
    editor.finish_editing()
    editor.agreements.setCurrentCell(0, 0)
    click(editor.save_button)
    assert editor.error.text()
    assert editor.agreements.currentRow() == 1
    assert editor.agreements.state() == QAbstractItemView.State.EditingState
