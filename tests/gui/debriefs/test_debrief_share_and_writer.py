"""A share reaches the partner, the strain is a keyboard-operable 0–10 row, and the
writer of an entry is the person who says so.

"Jaa työparille" and "Haluan purkaa tämän työparin kanssa" must show where the partner
reads the entry and in the list, and survive the partner's later edit; "Kirjaaja" is
asked once per unlock instead of defaulting to the first member.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QRadioButton
from pytestqt.qtbot import QtBot

from tests.conftest import PAIR_PASSPHRASE
from tests.gui.debrief_helpers import (
    choose_visit_type,
    choose_writer,
    ctrl_s,
    debriefs_page,
    is_saved_text,
    journal_of,
    list_model,
    member_id,
    new_editor,
    row_texts,
    wait_saved,
)
from tests.gui.helpers import OWN_PASSPHRASE, click, unlock_with
from tyoparipaivakirja.core.debriefs import PastClose, SharedStrain, VisitType
from tyoparipaivakirja.gui.debriefs.debrief_editor import DebriefEditor
from tyoparipaivakirja.gui.debriefs.reflection_box import ReflectionBox
from tyoparipaivakirja.gui.main_window import MainWindow
from tyoparipaivakirja.storage.session import Journal

TODAY = date.today()


def _box(editor: DebriefEditor, journal: Journal, name: str) -> ReflectionBox:
    wanted = member_id(journal, name)
    return next(b for b in editor.reflections if b.member.member_id == wanted)


def _share_as_jari(qtbot: QtBot, window: MainWindow) -> str:
    """Jari answers 7, "a little", wants to debrief, shares; returns the entry id."""
    journal = journal_of(window)
    journal.create_personal_area(member_id(journal, "Jari"), OWN_PASSPHRASE).close()
    editor = new_editor(window)
    choose_writer(editor, "Jari")
    choose_visit_type(editor, VisitType.HOME_VISIT)
    box = _box(editor, journal, "Jari")
    box.strain.set_value(7)
    box.past_close.setCurrentIndex(box.past_close.findData(PastClose.A_LITTLE.value))
    box.wants_to_debrief.setChecked(True)
    box.share.setChecked(True)
    box.passphrase.set_text(OWN_PASSPHRASE)
    ctrl_s(editor)
    wait_saved(qtbot, editor)
    (summary,) = journal.debriefs.entries()
    return summary.entry_id


def test_reopening_shows_what_was_shared_not_unanswered(qtbot: QtBot, unlocked: MainWindow) -> None:
    """The shared answers are shown again when the entry is opened (the share box is not
    ticked over "not answered"), with a line saying what the pair sees."""
    journal = journal_of(unlocked)
    entry_id = _share_as_jari(qtbot, unlocked)
    page = debriefs_page(unlocked)
    click(page.editor.back_button)
    page.open_entry(entry_id)
    box = _box(page.editor, journal, "Jari")
    assert box.strain.value() == 7
    assert box.past_close.currentData() == PastClose.A_LITTLE.value
    assert box.wants_to_debrief.isChecked() and box.share.isChecked()
    assert box.shared_note.isVisibleTo(box)
    note = box.shared_note.text()
    assert "7/10" in note and "debrief" in note


def test_the_partner_sees_the_share_in_the_list_and_her_edit_keeps_it(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    """Sanna sees Jari's shared strain and wish to debrief in the list; editing the entry
    needs no passphrase of Jari's, and Jari's share stays in the entry."""
    journal = journal_of(unlocked)
    entry_id = _share_as_jari(qtbot, unlocked)
    page = debriefs_page(unlocked)
    click(page.editor.back_button)
    model = list_model(page)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    shared_column = headers.index("Shared with the pair")
    cell = row_texts(model)[0][shared_column]
    assert "Jari" in cell and "7/10" in cell and "debrief" in cell

    page.open_entry(entry_id)
    editor = page.editor
    choose_writer(editor, "Sanna")
    editor.uppermost.set_text("Sanna täydensi")
    ctrl_s(editor)
    wait_saved(qtbot, editor)
    entry = journal.debriefs.get(entry_id)
    jari = member_id(journal, "Jari")
    assert entry.shared_strain == (SharedStrain(jari, 7, PastClose.A_LITTLE, True),)
    assert entry.uppermost == "Sanna täydensi"


def test_sharing_without_a_strain_is_refused_not_silently_dropped(unlocked: MainWindow) -> None:
    journal = journal_of(unlocked)
    journal.create_personal_area(member_id(journal, "Jari"), OWN_PASSPHRASE).close()
    editor = new_editor(unlocked)
    choose_writer(editor, "Jari")
    choose_visit_type(editor, VisitType.HOME_VISIT)
    box = _box(editor, journal, "Jari")
    box.wants_to_debrief.setChecked(True)
    box.share.setChecked(True)
    box.passphrase.set_text(OWN_PASSPHRASE)
    ctrl_s(editor)
    assert not is_saved_text(editor.saved_label.text())
    assert "0–10" in box.error.text()
    assert journal.debriefs.count() == 0


def test_the_strain_row_answers_from_the_keyboard(unlocked: MainWindow) -> None:
    """The 0–10 strain is the same row of choices as the check-in: arrow keys move the
    answer; nothing is chosen at first."""
    journal = journal_of(unlocked)
    journal.create_personal_area(member_id(journal, "Jari"), OWN_PASSPHRASE).close()
    unlocked.resize(900, 700)  # half a column each: the row of numbers wraps
    editor = new_editor(unlocked)
    box = _box(editor, journal, "Jari")
    assert box.strain.value() is None
    assert len(box.strain.buttons) == 11
    assert all(isinstance(b, QRadioButton) for b in box.strain.buttons.values())
    box.strain.buttons[3].click()
    box.strain.buttons[3].setFocus()
    for _ in range(2):
        QTest.keyClick(box.strain.buttons[box.strain.value() or 0], Qt.Key.Key_Right)
    assert box.strain.value() == 5
    QTest.keyClick(box.strain.buttons[5], Qt.Key.Key_Left)
    assert box.strain.value() == 4
    # Along the scale to its end, also where the numbers flow onto a second line.
    for _ in range(8):
        QTest.keyClick(box.strain.buttons[box.strain.value() or 0], Qt.Key.Key_Right)
    assert box.strain.value() == 10
    assert box.strain.buttons[10].hasFocus()
    QTest.keyClick(box.strain.buttons[10], Qt.Key.Key_Up)
    assert box.strain.value() == 9
    click(box.clear_strain)
    assert box.strain.value() is None


def test_the_writer_is_asked_once_per_unlock(qtbot: QtBot, unlocked: MainWindow) -> None:
    """No one is preselected: saving first asks who is writing; the choice is kept for
    the next entries until the journal locks, and the entry records that person."""
    journal = journal_of(unlocked)
    editor = new_editor(unlocked, writer=None)
    assert editor.author.currentData() is None
    choose_visit_type(editor, VisitType.HOME_VISIT)
    ctrl_s(editor)
    assert not is_saved_text(editor.saved_label.text())
    assert editor.author_error.isVisibleTo(editor)
    assert editor.author.hasFocus()
    assert journal.debriefs.count() == 0
    choose_writer(editor, "Sanna")
    assert not editor.author_error.isVisibleTo(editor)  # the answer clears the question
    ctrl_s(editor)
    wait_saved(qtbot, editor)
    (summary,) = journal.debriefs.entries()
    assert journal.debriefs.created(summary.entry_id).member_id == member_id(journal, "Sanna")

    editor = new_editor(unlocked, writer=None)
    assert editor.author.currentData() == member_id(journal, "Sanna")
    unlocked.lock()
    unlock_with(unlocked, PAIR_PASSPHRASE)
    editor = new_editor(unlocked, writer=None)
    assert editor.author.currentData() is None
