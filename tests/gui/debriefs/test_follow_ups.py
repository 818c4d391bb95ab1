"""Avoimet jatkotoimet: every open follow-up, overdue first, marked done right there."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QAbstractItemModel, Qt
from pytestqt.qtbot import QtBot

from tests.gui.debrief_helpers import (
    cell,
    choose_writer,
    ctrl_s,
    debriefs_page,
    double_click_row,
    follow_ups_page,
    journal_of,
    member_id,
    save_entry,
    wait_saved,
)
from tests.gui.helpers import click
from tyoparipaivakirja.core.debriefs import FollowUp
from tyoparipaivakirja.gui.debriefs.follow_ups_page import FollowUpModel, FollowUpsPage
from tyoparipaivakirja.gui.main_window import MainWindow

TODAY = date.today()
CHECKED = Qt.CheckState.Checked
CHECK_ROLE = Qt.ItemDataRole.CheckStateRole


def _model(page: FollowUpsPage) -> FollowUpModel:
    model = page.table.model()
    assert isinstance(model, FollowUpModel)
    return model


def _tasks(model: QAbstractItemModel) -> list[str]:
    return [str(cell(model, row, 2)) for row in range(model.rowCount())]


def _with_follow_ups(window: MainWindow) -> None:
    journal = journal_of(window)
    sanna = member_id(journal, "Sanna")
    save_entry(
        journal,
        visit_date=TODAY - timedelta(days=10),
        client_code="A-01",
        follow_ups=(
            FollowUp("Ilman päivää"),
            FollowUp("Myöhässä", sanna, TODAY - timedelta(days=3)),
            FollowUp("Jo tehty", due=TODAY - timedelta(days=9), done=True),
        ),
    )
    save_entry(journal, follow_ups=(FollowUp("Ensi viikolla", due=TODAY + timedelta(days=7)),))


def test_open_follow_ups_overdue_first(unlocked: MainWindow) -> None:
    """The page lists open follow-ups only: overdue first and marked so, undated last."""
    _with_follow_ups(unlocked)
    page = follow_ups_page(unlocked)
    model = _model(page)
    assert _tasks(model) == ["Myöhässä", "Ensi viikolla", "Ilman päivää"]
    assert "overdue" in str(cell(model, 0, 1)) or "myöhässä" in str(cell(model, 0, 1))
    assert cell(model, 0, 3) == "Sanna"
    assert "A-01" in str(cell(model, 0, 4))
    assert cell(model, 0, 0, CHECK_ROLE) == Qt.CheckState.Unchecked
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    assert page.table.isVisibleTo(page) and not page.empty.isVisibleTo(page)


def test_mark_done_then_undo(unlocked: MainWindow) -> None:
    """Ticking a follow-up done removes it from the list; Undo brings it back open."""
    journal = journal_of(unlocked)
    _with_follow_ups(unlocked)
    page = follow_ups_page(unlocked)
    model = _model(page)
    assert model.setData(model.index(0, 0), CHECKED, CHECK_ROLE)

    assert _tasks(_model(page)) == ["Ensi viikolla", "Ilman päivää"]
    assert [f.task for f in journal.debriefs.open_follow_ups()] == ["Ensi viikolla", "Ilman päivää"]
    assert page.undo_button.isVisibleTo(page)
    assert page.status.text()

    click(page.undo_button)
    assert _tasks(_model(page)) == ["Myöhässä", "Ensi viikolla", "Ilman päivää"]
    assert len(journal.debriefs.open_follow_ups()) == 3
    assert not page.undo_button.isVisibleTo(page)


def test_last_follow_up_done_shows_the_empty_note(unlocked: MainWindow) -> None:
    """When nothing is left open, the page says so instead of showing an empty table."""
    save_entry(journal_of(unlocked), follow_ups=(FollowUp("Ainoa"),))
    page = follow_ups_page(unlocked)
    model = _model(page)
    model.setData(model.index(0, 0), CHECKED, CHECK_ROLE)
    assert _model(page).rowCount() == 0
    assert page.empty.isVisibleTo(page) and not page.table.isVisibleTo(page)


def test_done_follow_up_shows_done_in_the_debrief(unlocked: MainWindow) -> None:
    """A follow-up marked done on this page is ticked done when its debrief is opened."""
    journal = journal_of(unlocked)
    entry_id = save_entry(journal, follow_ups=(FollowUp("Soita"), FollowUp("Kirjoita")))
    page = follow_ups_page(unlocked)
    model = _model(page)
    model.setData(model.index(0, 0), CHECKED, CHECK_ROLE)
    assert journal.debriefs.entries()[0].open_follow_ups == 1

    page.open_entry_requested.emit(entry_id)
    debriefs = debriefs_page(unlocked)
    assert debriefs.stack.currentWidget() is debriefs.editor
    rows = debriefs.editor.follow_up_rows
    assert [(r.task.text(), r.done.isChecked()) for r in rows] == [
        ("Soita", True),
        ("Kirjoita", False),
    ]


def test_double_click_opens_the_debrief(unlocked: MainWindow) -> None:
    """Double-clicking a follow-up opens the debrief it came from."""
    journal = journal_of(unlocked)
    save_entry(journal, uppermost="Toinen")
    entry_id = save_entry(journal, uppermost="Tästä", follow_ups=(FollowUp("Soita"),))
    page = follow_ups_page(unlocked)
    double_click_row(page.table, 0)
    view = unlocked.view
    assert view is not None and view.current_page is view.debriefs
    assert view.debriefs.editor.entry_id == entry_id
    assert view.debriefs.editor.uppermost.text() == "Tästä"


def test_done_on_this_page_survives_saving_an_open_editor(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    """Marking done here is not undone by then saving the debrief that was open meanwhile."""
    journal = journal_of(unlocked)
    entry_id = save_entry(journal, follow_ups=(FollowUp("Soita"),))
    debriefs = debriefs_page(unlocked)
    debriefs.open_entry(entry_id)
    editor = debriefs.editor

    page = follow_ups_page(unlocked)
    model = _model(page)
    model.setData(model.index(0, 0), CHECKED, CHECK_ROLE)
    assert journal.debriefs.open_follow_ups() == []

    view = unlocked.view
    assert view is not None
    view.show_page(debriefs.page_key)
    assert debriefs.stack.currentWidget() is editor
    editor.uppermost.set_text("Lisätty myöhemmin")
    choose_writer(editor, "Sanna")
    ctrl_s(editor)
    wait_saved(qtbot, editor)
    assert journal.debriefs.get(entry_id).uppermost == "Lisätty myöhemmin"
    assert journal.debriefs.open_follow_ups() == []
