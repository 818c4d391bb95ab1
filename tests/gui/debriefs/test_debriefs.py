"""The debriefs page and editor: write a pikapurku, complete it, search, delete, privacy."""

from __future__ import annotations

import re
import threading
from dataclasses import replace
from datetime import date, timedelta
from typing import Any, Self

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tests.conftest import PAIR_PASSPHRASE
from tests.gui.debrief_helpers import (
    CTRL,
    box_of,
    button_with_text,
    cell,
    choose_visit_type,
    ctrl_s,
    debriefs_page,
    double_click_row,
    is_saved_text,
    journal_of,
    list_model,
    member_id,
    new_editor,
    own_area_for,
    row_texts,
    save_entry,
    wait_saved,
)
from tests.gui.helpers import (
    LONG_WAIT_MS,
    OWN_PASSPHRASE,
    FakeDialogs,
    click,
    press,
    type_text,
    unlock_with,
    wait_while_busy,
)
from tyoparipaivakirja.core.changes import Changes
from tyoparipaivakirja.core.debriefs import (
    EntryStatus,
    FollowUp,
    MemberPart,
    PastClose,
    SharedStrain,
    VisitType,
)
from tyoparipaivakirja.core.errors import (
    StorageFailed,
    ValidationError,
    ValidationField,
    ValidationReason,
)
from tyoparipaivakirja.core.members import Role
from tyoparipaivakirja.core.privacy import REPLACEMENT_HETU
from tyoparipaivakirja.core.role_items import default_items_for
from tyoparipaivakirja.core.roles import Lead, new_responsibility
from tyoparipaivakirja.gui.debriefs.debrief_editor import DebriefEditor
from tyoparipaivakirja.gui.debriefs.debrief_models import HTML_ROLE, SearchResultsModel
from tyoparipaivakirja.gui.debriefs.debriefs_page import DebriefsPage
from tyoparipaivakirja.gui.debriefs.vocabulary import status_label, visit_type_label
from tyoparipaivakirja.gui.main_window import MainWindow
from tyoparipaivakirja.gui.own_area.personal_area import PersonalAreaPage
from tyoparipaivakirja.messages import validation_message
from tyoparipaivakirja.storage.debriefs import DebriefStore

HETU = "131052-308T"
TODAY = date.today()


def _write_quick(editor: DebriefEditor, text: str = "Päällimmäisenä vuokrarästi") -> None:
    choose_visit_type(editor, VisitType.HOME_VISIT)
    click(editor.propose_button)
    editor.uppermost.edit.setFocus()
    type_text(editor.uppermost.edit, text)


# --- writing a pikapurku ----------------------------------------------------------------


def test_quick_debrief_saved_with_ctrl_s(
    qtbot: QtBot, unlocked: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pikapurku saved with Ctrl+S says "Saved" only after the commit and lists as quick."""
    journal = journal_of(unlocked)
    page = debriefs_page(unlocked)
    editor = new_editor(unlocked)
    _write_quick(editor, "Päällimmäisenä vuokrarästi, soitto tänään")
    assert editor.client_code.currentText() == "A-01"

    labels_during_save: list[str] = []
    real_save = DebriefStore.save

    def watched_save(store: DebriefStore, *args: object, **kwargs: object) -> str:
        labels_during_save.append(editor.saved_label.text())
        entry_id = real_save(store, *args, **kwargs)  # type: ignore[arg-type]
        labels_during_save.append(editor.saved_label.text())
        return entry_id

    at_signal: list[tuple[str, bool, int]] = []
    editor.saved.connect(
        lambda _id: at_signal.append(
            (
                editor.saved_label.text(),
                journal.connection().in_transaction,
                journal.debriefs.count(),
            )
        )
    )
    monkeypatch.setattr(DebriefStore, "save", watched_save)
    assert not is_saved_text(editor.saved_label.text())
    ctrl_s(editor)
    wait_saved(qtbot, editor)

    assert len(labels_during_save) == 2
    assert not any(is_saved_text(text) for text in labels_during_save)
    assert len(at_signal) == 1
    label, in_transaction, count = at_signal[0]
    assert is_saved_text(label) and not in_transaction and count == 1

    click(editor.back_button)
    assert page.stack.currentWidget() is page.list_page
    rows = row_texts(list_model(page))
    assert len(rows) == 1
    assert rows[0][1] == visit_type_label(VisitType.HOME_VISIT)
    assert rows[0][2] == "A-01"
    assert rows[0][4] == status_label(EntryStatus.QUICK)
    (summary,) = journal.debriefs.entries()
    assert journal.debriefs.get(summary.entry_id).uppermost == (
        "Päällimmäisenä vuokrarästi, soitto tänään"
    )


def test_the_visits_duration_is_kept_and_can_be_left_out(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    """The duration under the date is typed in minutes and saved with the entry; it reads
    "not given" until then, and set back to that it is saved as not given."""
    journal = journal_of(unlocked)
    page = debriefs_page(unlocked)
    editor = new_editor(unlocked)
    assert editor.duration.text() == editor.tr("not given")
    _write_quick(editor)
    editor.duration.setFocus()
    editor.duration.lineEdit().selectAll()
    QTest.keyClicks(editor.duration, "75")
    ctrl_s(editor)
    wait_saved(qtbot, editor)
    (summary,) = journal.debriefs.entries()
    assert journal.debriefs.get(summary.entry_id).duration_minutes == 75
    click(editor.back_button)
    page.open_entry(summary.entry_id)
    assert editor.duration.value() == 75
    editor.duration.setValue(editor.duration.minimum())
    assert editor.duration.text() == editor.tr("not given")
    ctrl_s(editor)
    wait_saved(qtbot, editor)
    assert journal.debriefs.get(summary.entry_id).duration_minutes is None


def test_saved_is_not_shown_when_the_commit_fails(
    qtbot: QtBot, unlocked: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the save fails the user sees an error, never "Saved", and the text stays."""
    editor = new_editor(unlocked)
    _write_quick(editor)

    def failing_save(*_args: object, **_kwargs: object) -> int:
        raise StorageFailed("disk went away")

    monkeypatch.setattr(DebriefStore, "save", failing_save)
    ctrl_s(editor)
    assert not is_saved_text(editor.saved_label.text())
    # Ctrl+S is the top Save's key: the refusal is said next to that button.
    assert editor.top_note.isVisibleTo(editor) and "Not saved" in editor.top_note.text()
    assert editor.uppermost.text() == "Päällimmäisenä vuokrarästi"
    monkeypatch.undo()
    assert journal_of(unlocked).debriefs.count() == 0


def test_visit_type_is_required(unlocked: MainWindow) -> None:
    """Saving without a visit type points at the field and saves nothing."""
    editor = new_editor(unlocked)
    editor.uppermost.set_text("Ilman tyyppiä")
    ctrl_s(editor)
    assert editor.type_error.isVisibleTo(editor) and editor.type_error.text()
    assert not is_saved_text(editor.saved_label.text())
    assert journal_of(unlocked).debriefs.count() == 0


def test_name_as_client_code_is_refused(unlocked: MainWindow) -> None:
    """A name typed as the client code is refused under the code field; nothing is saved."""
    editor = new_editor(unlocked)
    choose_visit_type(editor, VisitType.HOME_VISIT)
    editor.client_code.setEditText("Matti")
    ctrl_s(editor)
    assert editor.code_error.isVisibleTo(editor) and editor.code_error.text()
    assert journal_of(unlocked).debriefs.count() == 0


def test_complete_a_quick_debrief_later(qtbot: QtBot, unlocked: MainWindow) -> None:
    """Opening a quick debrief from the list and completing it makes it a full one."""
    journal = journal_of(unlocked)
    page = debriefs_page(unlocked)
    editor = new_editor(unlocked)
    _write_quick(editor)
    ctrl_s(editor)
    wait_saved(qtbot, editor)
    click(editor.back_button)

    double_click_row(page.list_view, 0)
    assert page.stack.currentWidget() is editor
    assert editor.uppermost.text() == "Päällimmäisenä vuokrarästi"
    assert not editor.goal.isVisibleTo(editor)
    click(editor.full_button)
    assert editor.goal.isVisibleTo(editor)
    editor.goal.set_text("Sopia maksusuunnitelmasta")
    editor.author.setCurrentIndex(editor.author.findData(member_id(journal, "Sanna")))
    ctrl_s(editor)
    wait_saved(qtbot, editor)

    (summary,) = journal.debriefs.entries()
    entry = journal.debriefs.get(summary.entry_id)
    assert entry.status is EntryStatus.FULL
    assert entry.goal == "Sopia maksusuunnitelmasta"
    assert entry.uppermost == "Päällimmäisenä vuokrarästi"
    assert [e.member_id for e in journal.debriefs.edits(summary.entry_id)] == [
        member_id(journal, "Sanna")
    ]
    assert "Sanna" in editor.history_label.text()
    click(editor.back_button)
    assert cell(list_model(page), 0, 4) == status_label(EntryStatus.FULL)


def test_ctrl_n_opens_a_new_debrief(unlocked: MainWindow) -> None:
    """Ctrl+N on the debriefs page opens an empty quick debrief."""
    page = debriefs_page(unlocked)
    assert page.stack.currentWidget() is page.list_page
    press(page.list_view, Qt.Key.Key_N, CTRL)
    editor = page.editor
    assert page.stack.currentWidget() is editor
    assert editor.visit_type.currentData() is None
    assert editor.uppermost.text() == ""
    assert editor.entry_id is None


def test_ctrl_n_while_writing_keeps_the_text_as_a_draft(unlocked: MainWindow) -> None:
    """Ctrl+N in the middle of writing keeps the unsaved text as a draft, then starts anew."""
    journal = journal_of(unlocked)
    editor = new_editor(unlocked)
    _write_quick(editor, "Kesken oleva ajatus")
    press(editor.uppermost.edit, Qt.Key.Key_N, CTRL)
    assert editor.uppermost.text() == ""
    assert [d.entry.uppermost for d in journal.debriefs.drafts()] == ["Kesken oleva ajatus"]


def test_ctrl_f_goes_to_search(unlocked: MainWindow) -> None:
    """Ctrl+F from the editor goes back to the list with the search field focused."""
    page = debriefs_page(unlocked)
    editor = new_editor(unlocked)
    editor.uppermost.edit.setFocus()
    press(editor.uppermost.edit, Qt.Key.Key_F, CTRL)
    assert page.stack.currentWidget() is page.list_page
    assert unlocked.focusWidget() is page.search


# --- search ----------------------------------------------------------------------------------


def test_search_from_the_list(qtbot: QtBot, unlocked: MainWindow) -> None:
    """Typing in the search field shows the matching entry with a highlighted snippet."""
    journal = journal_of(unlocked)
    page = debriefs_page(unlocked)
    wanted = save_entry(journal, uppermost="Asiakkaalla on velkaa pikavipeistä.")
    save_entry(journal, uppermost="Puhuttiin harrastuksista.")
    page.enter()
    assert list_model(page).rowCount() == 2

    page.search.setFocus()
    QTest.keyClicks(page.search, "velka")  # ASCII only: see architecture.md, Qt notes

    def one_hit() -> bool:
        model = page.list_view.model()
        return isinstance(model, SearchResultsModel) and model.rowCount() == 1

    qtbot.waitUntil(one_hit, timeout=LONG_WAIT_MS)
    model = page.list_view.model()
    assert isinstance(model, SearchResultsModel)
    assert model.entry_id(0) == wanted
    assert "<b>velkaa</b>" in str(cell(model, 0, 3, HTML_ROLE))
    assert "velkaa pikavipeistä" in str(cell(model, 0, 3))

    page.search.clear()
    qtbot.waitUntil(lambda: not isinstance(page.list_view.model(), SearchResultsModel))
    assert list_model(page).rowCount() == 2


def test_found_text_takes_the_room_of_a_search(qtbot: QtBot, unlocked: MainWindow) -> None:
    """In search results the found text is what the user reads: it gets the room, and
    the visit type keeps only the width of its words."""
    journal = journal_of(unlocked)
    page = debriefs_page(unlocked)
    save_entry(journal, uppermost="Asiakkaalla on velkaa pikavipeistä ja vuokrarästejä.")
    unlocked.resize(1366, 768)
    page.enter()
    page.search.setFocus()
    QTest.keyClicks(page.search, "velka")  # ASCII only: see architecture.md, Qt notes
    qtbot.waitUntil(
        lambda: isinstance(page.list_view.model(), SearchResultsModel), timeout=LONG_WAIT_MS
    )
    header = page.list_view.horizontalHeader()
    found = header.sectionSize(3)
    visit_type = header.sectionSize(1)
    assert found > 2 * visit_type, (found, visit_type)


def test_hits_below_the_first_screen_get_their_found_text_too(
    qtbot: QtBot, unlocked: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The found text is made at once only for the rows the list has room for; the hits
    below come with theirs a moment later, so scrolling down reaches every hit with its
    word marked, and the count says them all."""
    journal = journal_of(unlocked)
    page = debriefs_page(unlocked)
    wanted = [
        save_entry(
            journal,
            visit_date=date.today() - timedelta(days=days),
            uppermost=f"Käynti {days}: asiakkaalla on velkaa.",
        )
        for days in range(30)
    ]
    save_entry(journal, uppermost="Puhuttiin harrastuksista.")
    unlocked.resize(1000, 700)
    page.enter()
    asked: list[int | None] = []
    search = journal.debriefs.search

    def recording_search(*args: Any, **kwargs: Any) -> Any:
        asked.append(kwargs.get("snippets"))
        return search(*args, **kwargs)

    monkeypatch.setattr(journal.debriefs, "search", recording_search)
    page.search.setText("velka")
    unlocked.tasks.wait_all()  # the first screenful, then the found text of the rest
    model = page.list_view.model()
    assert isinstance(model, SearchResultsModel)
    assert asked and asked[0] is not None and 0 < asked[0] < len(wanted)
    assert [model.entry_id(row) for row in range(model.rowCount())] == wanted
    assert page.count_label.text() == page.tr("%n matches", "", len(wanted))
    page.list_view.scrollToBottom()
    last = model.rowCount() - 1
    assert "Käynti 29: asiakkaalla on <b>velkaa</b>" in str(cell(model, last, 3, HTML_ROLE))
    assert all("<b>velkaa</b>" in str(cell(model, row, 3, HTML_ROLE)) for row in range(last))
    assert "Käynti 29: asiakkaalla on velkaa." in str(cell(model, last, 3))


def test_search_keeps_the_chosen_filters(qtbot: QtBot, unlocked: MainWindow) -> None:
    """With a visit type chosen, searching finds matches of that type only."""
    journal = journal_of(unlocked)
    page = debriefs_page(unlocked)
    home = save_entry(journal, uppermost="Velkaa kotikäynnillä.")
    save_entry(journal, uppermost="Velkaa puhelussa.", visit_type=VisitType.PHONE_OR_REMOTE)
    page.enter()
    page.type_filter.setCurrentIndex(page.type_filter.findData(VisitType.HOME_VISIT.value))
    page.search.setText("velka")
    unlocked.tasks.wait_all()  # the query runs on the journal worker
    model = page.list_view.model()
    assert isinstance(model, SearchResultsModel)
    assert [model.entry_id(row) for row in range(model.rowCount())] == [home]


def test_search_hit_opens_the_entry(qtbot: QtBot, unlocked: MainWindow) -> None:
    """Double-clicking a search hit opens that entry in the editor."""
    journal = journal_of(unlocked)
    page = debriefs_page(unlocked)
    wanted = save_entry(journal, goal="Löytyvä tavoite")
    save_entry(journal, goal="Toinen")
    page.search.setText("löytyvä")
    qtbot.waitUntil(
        lambda: (
            isinstance(page.list_view.model(), SearchResultsModel)
            and list_model(page).rowCount() == 1
        ),
        timeout=LONG_WAIT_MS,
    )
    double_click_row(page.list_view, 0)
    assert page.stack.currentWidget() is page.editor
    assert page.editor.entry_id == wanted


def test_search_starts_at_the_keystroke_off_the_gui_thread(
    qtbot: QtBot, unlocked: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A keystroke starts the query at once (no typing delay), on a worker thread, so a
    slow query never freezes the window."""
    journal = journal_of(unlocked)
    page = debriefs_page(unlocked)
    wanted = save_entry(journal, uppermost="Asiakkaalla on velkaa pikavipeistä.")
    page.enter()
    threads: list[threading.Thread] = []
    search = journal.debriefs.search

    def recording_search(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        return search(*args, **kwargs)

    monkeypatch.setattr(journal.debriefs, "search", recording_search)
    page.search.setFocus()
    QTest.keyClicks(page.search, "v")
    # No timer may run: only the worker's outcome is delivered.
    unlocked.tasks.wait_all()
    model = page.list_view.model()
    assert isinstance(model, SearchResultsModel)
    assert [model.entry_id(row) for row in range(model.rowCount())] == [wanted]
    assert threads and all(thread is not threading.main_thread() for thread in threads)


def test_keys_typed_during_a_query_become_one_query_for_the_newest_text(
    qtbot: QtBot, unlocked: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While a query runs, the keys typed meanwhile run as one query for the newest text,
    and the results of the older text are never shown."""
    journal = journal_of(unlocked)
    page = debriefs_page(unlocked)
    save_entry(journal, uppermost="Asiakkaalla on velkaa pikavipeistä.")
    wanted = save_entry(journal, uppermost="Puhuttiin harrastuksista.")
    page.enter()
    release = threading.Event()
    texts: list[str] = []
    search = journal.debriefs.search

    def held_search(text: str, *args: Any, **kwargs: Any) -> Any:
        texts.append(text)
        release.wait(5)
        return search(text, *args, **kwargs)

    monkeypatch.setattr(journal.debriefs, "search", held_search)
    page.search.setText("velka")
    page.search.setText("harr")
    page.search.setText("harrastu")
    release.set()
    unlocked.tasks.wait_all()  # the first query ends; the newest text's query starts
    unlocked.tasks.wait_all()
    assert texts == ["velka", "harrastu"]
    model = page.list_view.model()
    assert isinstance(model, SearchResultsModel)
    assert [model.entry_id(row) for row in range(model.rowCount())] == [wanted]


def test_results_of_a_cleared_search_are_dropped(qtbot: QtBot, unlocked: MainWindow) -> None:
    """Clearing the field while a query runs shows the list, and its late results never
    replace it."""
    journal = journal_of(unlocked)
    page = debriefs_page(unlocked)
    save_entry(journal, uppermost="Asiakkaalla on velkaa pikavipeistä.")
    save_entry(journal, uppermost="Puhuttiin harrastuksista.")
    page.enter()
    page.search.setText("velka")
    page.search.clear()
    unlocked.tasks.wait_all()
    assert not isinstance(page.list_view.model(), SearchResultsModel)
    assert list_model(page).rowCount() == 2
    assert page.count_label.text() == page.tr("%n debriefs", "", 2)


def test_clearing_the_search_shows_the_list_without_a_query(
    qtbot: QtBot, unlocked: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Clearing the field shows the list as it was before the search, at once: the
    journal is not asked again."""
    journal = journal_of(unlocked)
    page = debriefs_page(unlocked)
    save_entry(journal, uppermost="Asiakkaalla on velkaa pikavipeistä.")
    save_entry(journal, uppermost="Puhuttiin harrastuksista.")
    page.enter()
    page.search.setText("velka")
    unlocked.tasks.wait_all()
    assert isinstance(page.list_view.model(), SearchResultsModel)
    asked: list[str] = []

    def asking(name: str) -> Any:
        def ask(*_args: Any, **_kwargs: Any) -> list[object]:
            asked.append(name)
            return []

        return ask

    for name in ("entries", "count", "search"):
        monkeypatch.setattr(journal.debriefs, name, asking(name))
    page.search.clear()
    assert asked == []
    assert not isinstance(page.list_view.model(), SearchResultsModel)
    assert list_model(page).rowCount() == 2
    assert page.count_label.text() == page.tr("%n debriefs", "", 2)


def test_a_saved_entry_shows_in_the_list_after_a_search(qtbot: QtBot, unlocked: MainWindow) -> None:
    """The list kept for clearing the search is read anew when the data changed."""
    journal = journal_of(unlocked)
    page = debriefs_page(unlocked)
    save_entry(journal, uppermost="Asiakkaalla on velkaa pikavipeistä.")
    page.enter()
    page.search.setText("velka")
    unlocked.tasks.wait_all()
    save_entry(journal, uppermost="Puhuttiin harrastuksista.")
    page.data_changed(Changes.DEBRIEFS)
    unlocked.tasks.wait_all()
    page.search.clear()
    assert list_model(page).rowCount() == 2


# --- privacy notice ----------------------------------------------------------------------


def test_hetu_shows_notice_and_one_click_replaces_it(qtbot: QtBot, unlocked: MainWindow) -> None:
    """A valid henkilötunnus shows the warning with a button that replaces the code."""
    editor = new_editor(unlocked)
    notice = editor.uppermost.privacy
    editor.uppermost.edit.setFocus()
    type_text(editor.uppermost.edit, f"Asiakkaan tunnus {HETU} näkyi paperissa")
    qtbot.waitUntil(lambda: notice.isVisibleTo(editor), timeout=LONG_WAIT_MS)
    assert notice.label.text()
    assert notice.replace_button.isVisibleTo(editor)

    click(notice.replace_button)
    assert editor.uppermost.text() == f"Asiakkaan tunnus {REPLACEMENT_HETU} näkyi paperissa"
    assert HETU not in editor.uppermost.text()
    assert not notice.isVisibleTo(editor)


def test_phone_number_gets_soft_notice_without_replace(qtbot: QtBot, unlocked: MainWindow) -> None:
    """A phone number gets a gentle warning, no replace button, and saving still works."""
    editor = new_editor(unlocked)
    notice = editor.uppermost.privacy
    choose_visit_type(editor, VisitType.PHONE_OR_REMOTE)
    editor.uppermost.set_text("Soita numeroon 040 123 4567")
    qtbot.waitUntil(lambda: notice.isVisibleTo(editor), timeout=LONG_WAIT_MS)
    assert not notice.replace_button.isVisibleTo(editor)
    ctrl_s(editor)
    wait_saved(qtbot, editor)
    assert journal_of(unlocked).debriefs.count() == 1


def _put_hetu_in_goal(editor: DebriefEditor) -> None:
    click(editor.full_button)
    editor.goal.set_text(f"Tunnus {HETU}")


def _put_hetu_in_topic(editor: DebriefEditor) -> None:
    click(editor.full_button)
    click(button_with_text(editor, "Add a topic"))
    editor.topic_rows[-1].text.setText(f"Nosto {HETU}")


def _put_hetu_in_uppermost(editor: DebriefEditor) -> None:
    editor.uppermost.set_text(f"Tunnus {HETU}")


def _put_hetu_in_follow_up(editor: DebriefEditor) -> None:
    click(editor.full_button)
    click(button_with_text(editor, "Add a follow-up"))
    editor.follow_up_rows[-1].task.setText(f"Soita, tunnus {HETU}")


@pytest.mark.parametrize(
    "put_hetu",
    [
        _put_hetu_in_uppermost,
        _put_hetu_in_goal,
        _put_hetu_in_topic,
        _put_hetu_in_follow_up,
    ],
    ids=["uppermost", "goal", "supervision-topic", "follow-up-task"],
)
def test_saving_is_refused_while_a_hetu_is_present(unlocked: MainWindow, put_hetu: object) -> None:
    """While any field holds a valid henkilötunnus, Save refuses and explains why."""
    editor = new_editor(unlocked)
    choose_visit_type(editor, VisitType.HOME_VISIT)
    assert callable(put_hetu)
    put_hetu(editor)
    ctrl_s(editor)
    assert journal_of(unlocked).debriefs.count() == 0
    assert not is_saved_text(editor.saved_label.text())
    assert editor.top_note.isVisibleTo(editor)
    assert "personal identity code" in editor.top_note.text()


def test_after_replacing_the_hetu_saving_works(qtbot: QtBot, unlocked: MainWindow) -> None:
    """Once the code is replaced, the same entry saves, without the code."""
    journal = journal_of(unlocked)
    editor = new_editor(unlocked)
    choose_visit_type(editor, VisitType.HOME_VISIT)
    editor.uppermost.set_text(f"Tunnus {HETU}")
    ctrl_s(editor)
    assert journal.debriefs.count() == 0
    editor.uppermost.privacy.rescan()
    click(editor.uppermost.privacy.replace_button)
    ctrl_s(editor)
    wait_saved(qtbot, editor)
    (summary,) = journal.debriefs.entries()
    assert HETU not in journal.debriefs.get(summary.entry_id).uppermost


def test_autosave_does_not_store_a_hetu(unlocked: MainWindow) -> None:
    """The autosaved draft never holds a henkilötunnus that Save would refuse."""
    journal = journal_of(unlocked)
    editor = new_editor(unlocked)
    choose_visit_type(editor, VisitType.HOME_VISIT)
    editor.uppermost.set_text(f"Tunnus {HETU} ja muuta tekstiä")
    editor.save_draft_now()  # what the autosave timer and the lock both call
    assert all(HETU not in d.entry.uppermost for d in journal.debriefs.drafts())
    assert not is_saved_text(editor.saved_label.text())

    editor.uppermost.privacy.rescan()
    click(editor.uppermost.privacy.replace_button)  # once the code is gone, drafts are kept
    editor.save_draft_now()
    assert [d.entry.uppermost for d in journal.debriefs.drafts()] == [
        f"Tunnus {REPLACEMENT_HETU} ja muuta tekstiä"
    ]


# --- validation ------------------------------------------------------------------------------


def test_future_date_cannot_be_chosen(unlocked: MainWindow) -> None:
    """The date field stops at today; storage refuses a future visit anyway."""
    journal = journal_of(unlocked)
    editor = new_editor(unlocked)
    today = QDate.currentDate()
    assert editor.visit_date.maximumDate() == today
    editor.visit_date.setDate(today.addDays(1))
    assert editor.visit_date.date() == today
    assert editor.current_entry().visit_date <= TODAY
    with pytest.raises(ValidationError) as caught:
        save_entry(journal, visit_date=TODAY + timedelta(days=1))
    assert caught.value.reason is ValidationReason.IN_FUTURE
    assert journal.debriefs.count() == 0


def test_too_long_text_shows_a_message_instead_of_a_crash(unlocked: MainWindow) -> None:
    """20,001 characters in a text field shows a message under that field; nothing saved."""
    editor = new_editor(unlocked)
    choose_visit_type(editor, VisitType.HOME_VISIT)
    click(editor.full_button)
    editor.what_happened.set_text("a" * 20_001)
    ctrl_s(editor)
    assert editor.what_happened.error.isVisibleTo(editor)
    assert editor.what_happened.error.text()
    assert not is_saved_text(editor.saved_label.text())
    assert journal_of(unlocked).debriefs.count() == 0


def _digits(text: str) -> str:
    return re.sub(r"[\s,.\u00a0\u202f]", "", text)


def _member_sentences() -> set[str]:
    """The sentences meant for member-name errors (which debrief errors must not reuse)."""
    return {
        validation_message(ValidationError(ValidationField.MEMBER_NAME, reason))
        for reason in ValidationReason
    }


def test_too_long_text_message_names_the_limit(unlocked: MainWindow) -> None:
    """The message under a too long text says how long it may be (20 000 characters)."""
    editor = new_editor(unlocked)
    choose_visit_type(editor, VisitType.HOME_VISIT)
    click(editor.full_button)
    editor.what_happened.set_text("a" * 20_001)
    ctrl_s(editor)
    message = editor.what_happened.error.text()
    assert "20000" in _digits(message)
    assert message not in _member_sentences()


@pytest.mark.parametrize(
    ("field", "reason"),
    [
        (ValidationField.VISIT_DATE, ValidationReason.IN_FUTURE),
        (ValidationField.CLIENT_CODE, ValidationReason.BAD_CODE),
        (ValidationField.CLIENT_CODE, ValidationReason.LOOKS_LIKE_YEAR),
        (ValidationField.FOLLOW_UP, ValidationReason.REQUIRED),
        (ValidationField.SUPERVISION_TOPIC, ValidationReason.REQUIRED),
    ],
)
def test_debrief_errors_have_their_own_sentences(
    field: ValidationField, reason: ValidationReason
) -> None:
    """A refused debrief value gets a sentence about that value, not about member names."""
    message = validation_message(ValidationError(field, reason))
    assert message
    assert message not in _member_sentences()


# --- delete and undo --------------------------------------------------------------------------


def test_delete_asks_and_undo_restores(unlocked: MainWindow, dialogs: FakeDialogs) -> None:
    """Delete asks for confirmation; the entry leaves the list, and Undo brings it back."""
    journal = journal_of(unlocked)
    page = debriefs_page(unlocked)
    entry_id = save_entry(journal, uppermost="Poistettava", follow_ups=(FollowUp("Soita"),))
    page.enter()
    double_click_row(page.list_view, 0)
    editor = page.editor
    assert editor.delete_button.isVisibleTo(editor)

    dialogs.confirm_answers.append(True)
    click(editor.delete_button)
    assert [kind for kind, _title in dialogs.asked] == ["confirm"]
    assert page.stack.currentWidget() is page.list_page
    assert journal.debriefs.count() == 0
    assert journal.debriefs.open_follow_ups() == []
    assert list_model(page).rowCount() == 0
    assert page.undo_banner.isVisibleTo(page)

    click(page.undo_button)
    assert [s.entry_id for s in journal.debriefs.entries()] == [entry_id]
    assert list_model(page).rowCount() == 1
    assert [f.task for f in journal.debriefs.open_follow_ups()] == ["Soita"]
    assert not page.undo_banner.isVisibleTo(page)


def test_delete_declined_keeps_the_entry(unlocked: MainWindow, dialogs: FakeDialogs) -> None:
    """Answering No to the confirmation keeps the entry and stays in the editor."""
    journal = journal_of(unlocked)
    page = debriefs_page(unlocked)
    entry_id = save_entry(journal, uppermost="Jää")
    page.enter()
    double_click_row(page.list_view, 0)
    dialogs.confirm_answers.append(False)
    click(page.editor.delete_button)
    assert dialogs.asked and dialogs.asked[0][0] == "confirm"
    assert [s.entry_id for s in journal.debriefs.entries()] == [entry_id]
    assert page.stack.currentWidget() is page.editor


def test_deleted_entry_is_gone_after_lock(
    qtbot: QtBot, unlocked: MainWindow, dialogs: FakeDialogs
) -> None:
    """Undo is possible until the journal locks; after that the entry is gone for good."""
    journal = journal_of(unlocked)
    page = debriefs_page(unlocked)
    gone = save_entry(journal, uppermost="Poistettava")
    kept = save_entry(journal, uppermost="Jää")
    page.open_entry(gone)
    dialogs.confirm_answers.append(True)
    click(page.editor.delete_button)
    assert journal.debriefs.count() == 1
    unlocked.lock()
    unlock_with(unlocked, PAIR_PASSPHRASE)
    again = journal_of(unlocked)
    again.debriefs.restore(gone)
    assert [s.entry_id for s in again.debriefs.entries()] == [kept]
    page = debriefs_page(unlocked)
    assert not page.undo_banner.isVisibleTo(page)
    assert list_model(page).rowCount() == 1


# --- own reflection ---------------------------------------------------------------------------


def test_own_answers_without_own_passphrase_save_nothing(unlocked: MainWindow) -> None:
    """Answering strain without the own passphrase shows an error and saves nothing at all."""
    journal = journal_of(unlocked)
    jari = own_area_for(journal, "Jari")
    editor = new_editor(unlocked)
    choose_visit_type(editor, VisitType.HOME_VISIT)
    box = box_of(editor, journal, "Jari")
    assert box.strain.isEnabled()
    box.strain.set_value(6)
    ctrl_s(editor)

    assert box.error.isVisibleTo(editor) and box.error.text()
    assert not is_saved_text(editor.saved_label.text())
    assert journal.debriefs.count() == 0
    assert journal.open_personal_area_of(jari) is None
    area = journal.open_personal_area(jari, OWN_PASSPHRASE)
    assert area.reflections.all() == []
    area.close()


def test_own_answers_with_wrong_passphrase_save_nothing(unlocked: MainWindow) -> None:
    """A wrong own passphrase is refused under the box; nothing is saved anywhere."""
    journal = journal_of(unlocked)
    jari = own_area_for(journal, "Jari")
    editor = new_editor(unlocked)
    choose_visit_type(editor, VisitType.HOME_VISIT)
    box = box_of(editor, journal, "Jari")
    box.strain.set_value(4)
    box.passphrase.set_text("ei ole Jarin oma tunnuslause 12")
    ctrl_s(editor)
    assert box.error.isVisibleTo(editor) and box.error.text()
    assert journal.debriefs.count() == 0
    assert journal.open_personal_area_of(jari) is None


def test_own_answers_go_to_own_area_which_closes_again(qtbot: QtBot, unlocked: MainWindow) -> None:
    """With the own passphrase the answers land in the own area, which is closed afterwards."""
    journal = journal_of(unlocked)
    jari = own_area_for(journal, "Jari")
    editor = new_editor(unlocked)
    choose_visit_type(editor, VisitType.HOME_VISIT)
    click(editor.full_button)
    box = box_of(editor, journal, "Jari")
    box.strain.set_value(7)
    box.past_close.setCurrentIndex(box.past_close.findData(PastClose.CLEARLY.value))
    box.wants_to_debrief.setChecked(True)
    box.feelings.set_text("Oma pelko nousi pintaan")
    box.passphrase.set_text(OWN_PASSPHRASE)
    ctrl_s(editor)
    wait_saved(qtbot, editor)

    assert journal.open_personal_area_of(jari) is None
    assert box.strain.value() is None  # answers are off the screen
    assert box.feelings.text() == "" and box.passphrase.text() == ""
    (summary,) = journal.debriefs.entries()
    assert journal.debriefs.get(summary.entry_id).shared_strain == ()
    area = journal.open_personal_area(jari, OWN_PASSPHRASE)
    reflection = area.reflections.get(summary.entry_id)
    area.close()
    assert reflection is not None
    assert (reflection.strain, reflection.past_close, reflection.wants_to_debrief) == (
        7,
        PastClose.CLEARLY,
        True,
    )
    assert reflection.feelings == "Oma pelko nousi pintaan"
    assert not reflection.shared_with_pair


def test_shared_strain_reaches_the_pair_but_feelings_do_not(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    """Ticking "share" puts the strain into the pair's entry; the feelings stay private."""
    journal = journal_of(unlocked)
    jari = own_area_for(journal, "Jari")
    editor = new_editor(unlocked)
    choose_visit_type(editor, VisitType.HOME_VISIT)
    click(editor.full_button)
    box = box_of(editor, journal, "Jari")
    box.strain.set_value(8)
    box.share.setChecked(True)
    box.feelings.set_text("Yksityinen tunnesana kuulakärkikynä")
    box.passphrase.set_text(OWN_PASSPHRASE)
    ctrl_s(editor)
    wait_saved(qtbot, editor)

    (summary,) = journal.debriefs.entries()
    entry = journal.debriefs.get(summary.entry_id)
    assert entry.shared_strain == (SharedStrain(jari, 8, PastClose.NO, False),)
    assert journal.debriefs.search("kuulakärkikynä") == []
    assert all("kuulakärkikynä" not in d.entry.uppermost for d in journal.debriefs.drafts())
    area = journal.open_personal_area(jari, OWN_PASSPHRASE)
    reflection = area.reflections.get(summary.entry_id)
    area.close()
    assert reflection is not None and reflection.shared_with_pair
    assert reflection.feelings == "Yksityinen tunnesana kuulakärkikynä"


def test_refused_own_reflection_does_not_duplicate_the_entry(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    """When the own reflection is refused, fixing it and saving again gives one entry."""
    journal = journal_of(unlocked)
    own_area_for(journal, "Jari")
    editor = new_editor(unlocked)
    choose_visit_type(editor, VisitType.HOME_VISIT)
    editor.uppermost.set_text("Yksi käynti")
    click(editor.full_button)
    box = box_of(editor, journal, "Jari")
    box.strain.set_value(5)
    box.feelings.set_text("a" * 20_001)
    box.passphrase.set_text(OWN_PASSPHRASE)
    ctrl_s(editor)
    assert not is_saved_text(editor.saved_label.text())
    box.feelings.set_text("lyhyempi")
    box.passphrase.set_text(OWN_PASSPHRASE)
    ctrl_s(editor)
    wait_saved(qtbot, editor)
    assert journal.debriefs.count() == 1


def test_own_area_created_later_takes_answers_in_the_editor(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    """An own area created after the editor was first used takes that person's answers."""
    journal = journal_of(unlocked)
    view = unlocked.view
    assert view is not None
    editor = new_editor(unlocked)  # the editor is built now, before Jari has an own area
    assert not box_of(editor, journal, "Jari").strain.isEnabled()
    click(editor.back_button)

    view.show_page(PersonalAreaPage.page_key)
    personal = view.personal
    jari = member_id(journal, "Jari")
    personal.member_choice.setCurrentIndex(personal.member_choice.findData(jari))
    personal.passphrase.set_text(OWN_PASSPHRASE)
    personal.repeat.set_text(OWN_PASSPHRASE)
    click(personal.submit_button)
    wait_while_busy(personal)
    assert journal.has_personal_area(jari)
    view.show_page(DebriefsPage.page_key)
    assert journal.open_personal_area_of(jari) is None

    editor = new_editor(unlocked)
    choose_visit_type(editor, VisitType.HOME_VISIT)
    box = box_of(editor, journal, "Jari")
    assert box.strain.isEnabled() and box.passphrase.isEnabled()
    box.strain.set_value(3)
    box.passphrase.set_text(OWN_PASSPHRASE)
    ctrl_s(editor)
    wait_saved(qtbot, editor)
    (summary,) = journal.debriefs.entries()
    area = journal.open_personal_area(jari, OWN_PASSPHRASE)
    reflection = area.reflections.get(summary.entry_id)
    area.close()
    assert reflection is not None and reflection.strain == 3


class _NextDay(date):
    """``date`` whose today() is tomorrow: the clock has passed midnight."""

    @classmethod
    def today(cls) -> Self:
        tomorrow = date.today() + timedelta(days=1)
        return cls(tomorrow.year, tomorrow.month, tomorrow.day)


def test_new_debrief_after_midnight_is_dated_the_new_day(
    unlocked: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A debrief started after midnight in a long session gets the new day's date."""
    editor = new_editor(unlocked)  # built before midnight
    click(editor.back_button)
    monkeypatch.setattr("tyoparipaivakirja.gui.debriefs.debrief_editor.date", _NextDay)
    editor = new_editor(unlocked)
    new_day = _NextDay.today()
    assert editor.visit_date.maximumDate() >= QDate(new_day.year, new_day.month, new_day.day)
    assert editor.current_entry().visit_date == new_day


def test_my_part_offers_the_tasks_of_the_role_split_in_force(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    """ "What did I do" offers each partner the tasks they lead in the agreed role split, then
    the shared ones; a visit dated before the split gets the guide's defaults; an old entry
    keeps a ticked task even after the split renamed it."""
    journal = journal_of(unlocked)
    agreed_on = date.today() - timedelta(days=10)
    jari_id = member_id(journal, "Jari")
    draft = journal.roles.start_draft_from_defaults(agreed_on)
    prison = new_responsibility("Vankilatapaamiset", Lead.EXPERT_BY_EXPERIENCE)
    content = replace(draft.content, items=(*draft.items, prison), effective_from=agreed_on)
    journal.roles.save_draft(draft.revision_id, content)
    journal.roles.propose(draft.revision_id, jari_id)
    for member in journal.members.all():
        journal.roles.accept(draft.revision_id, member.member_id)
    old_id = save_entry(
        journal,
        visit_date=agreed_on - timedelta(days=30),
        member_parts=(MemberPart(jari_id, ("tehtävä, jota ei enää ole",)),),
    )

    editor = new_editor(unlocked)
    click(editor.full_button)
    jari_box, sanna_box = editor.parts
    offered = list(jari_box.items.boxes)
    in_force = journal.roles.responsibilities_on(date.today())
    assert offered == [
        *(r.title for r in in_force if r.lead is Lead.EXPERT_BY_EXPERIENCE),
        *(r.title for r in in_force if r.lead is Lead.SHARED),
    ]
    assert "Vankilatapaamiset" in offered
    assert "Vankilatapaamiset" not in sanna_box.items.boxes
    jari_box.items.boxes["Vankilatapaamiset"].setChecked(True)

    editor.visit_date.setDate(QDate(*(agreed_on - timedelta(days=1)).timetuple()[:3]))
    assert list(jari_box.items.boxes)[:-1] == list(default_items_for(Role.EXPERT_BY_EXPERIENCE))
    assert jari_box.items.selected() == ("Vankilatapaamiset",)  # a tick is never dropped
    click(editor.back_button)

    debriefs_page(unlocked).open_entry(old_id)
    assert jari_box.items.selected() == ("tehtävä, jota ei enää ole",)
