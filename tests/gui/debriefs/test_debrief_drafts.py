"""Nothing typed in a debrief is lost, and reading one leaves nothing behind.

Reading and leaving writes no draft; steady typing is kept every two seconds; a draft
of an entry saved again since never overwrites it silently; each partner's own answers
are kept as a draft in their own area, and leaving answers that cannot be kept asks.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import PAIR_PASSPHRASE
from tests.gui.debrief_helpers import (
    box_of,
    choose_visit_type,
    choose_writer,
    ctrl_s,
    debriefs_page,
    journal_of,
    member_id,
    new_editor,
    own_area_for,
    wait_saved,
)
from tests.gui.helpers import (
    OWN_PASSPHRASE,
    FakeDialogs,
    click,
    press,
    unlock_with,
    wait_for_tasks,
)
from tyoparipaivakirja.core.debriefs import Debrief, PastClose, VisitType
from tyoparipaivakirja.gui.common.drafts import DraftChoice
from tyoparipaivakirja.gui.debriefs.debriefs_page import DebriefsPage
from tyoparipaivakirja.gui.main_window import MainWindow
from tyoparipaivakirja.gui.own_area.personal_area import PersonalAreaPage
from tyoparipaivakirja.storage.session import Journal

TODAY = date.today()
FEELINGS = "Oma pelko nousi pintaan"


def _saved_entries(journal: Journal, count: int) -> list[str]:
    author = journal.members.all()[0].member_id
    return [
        journal.debriefs.save(
            Debrief(
                TODAY - timedelta(days=n),
                VisitType.HOME_VISIT,
                client_code=f"A-{n:02d}",
                uppermost=f"Luettava purku {n}",
                goal="Tavoite",
                shared_strain=(),
            ),
            author,
            TODAY,
        )
        for n in range(count)
    ]


@pytest.mark.parametrize("how", ["back button", "escape"])
def test_reading_and_leaving_leaves_no_draft(qtbot: QtBot, unlocked: MainWindow, how: str) -> None:
    """Four entries opened, read and left with Back or Esc: no draft, no banner, even
    after the autosave interval has passed."""
    journal = journal_of(unlocked)
    jari = own_area_for(journal, "Jari")
    assert jari
    page = debriefs_page(unlocked)
    for entry_id in _saved_entries(journal, 4):
        page.open_entry(entry_id)
        editor = page.editor
        if how == "escape":
            press(editor.uppermost.edit, Qt.Key.Key_Escape)
        else:
            click(editor.back_button)
        assert page.stack.currentWidget() is page.list_page
    qtbot.wait(2500)
    assert journal.debriefs.drafts() == []
    assert not page.draft_banner.isVisibleTo(page)


def test_steady_typing_is_kept_while_it_goes_on(qtbot: QtBot, unlocked: MainWindow) -> None:
    """Someone typing without a pause is drafted within the interval, not only after
    they stop."""
    journal = journal_of(unlocked)
    editor = new_editor(unlocked)
    choose_visit_type(editor, VisitType.HOME_VISIT)
    field = editor.uppermost.edit
    typed = ""
    for step in range(14):  # a key every 0.25 s for 3.5 s
        typed += "abcdefghijklmn"[step]
        field.insertPlainText(typed[-1])
        qtbot.wait(250)
        drafts = journal.debriefs.drafts()
        if drafts:
            break
    assert drafts, "typing for 3.5 s without a pause was never drafted"
    assert typed.startswith(drafts[0].entry.uppermost) and drafts[0].entry.uppermost


def test_every_draft_is_shown(unlocked: MainWindow) -> None:
    """Two kept drafts are two rows, each with its own Continue."""
    journal = journal_of(unlocked)
    journal.debriefs.save_draft("a", Debrief(TODAY, VisitType.HOME_VISIT, uppermost="Eka"))
    journal.debriefs.save_draft("b", Debrief(TODAY, VisitType.GROUP, uppermost="Toka"))
    page = debriefs_page(unlocked)
    page.show_list()
    assert len(page.draft_rows) == 2
    click(page.draft_rows[1].resume_button)
    assert page.editor.uppermost.text() in {"Eka", "Toka"}
    kept = {d.entry.uppermost for d in journal.debriefs.drafts()}
    assert kept == {"Eka", "Toka"}


def _draft_then_saved_again(journal: Journal) -> tuple[str, str]:
    """Jari's draft of an entry, then Sanna saves the entry again: (entry, Sanna's text)."""
    (entry_id,) = _saved_entries(journal, 1)
    saved = journal.debriefs.get(entry_id)
    journal.debriefs.save_draft(
        "jarin-luonnos",
        replace(saved, goal="Jarin keskeneräinen"),
        journal.debriefs.version(entry_id),
    )
    sanna = member_id(journal, "Sanna")
    journal.debriefs.save(replace(saved, went_well="Sannan myöhempi lisäys"), sanna, TODAY)
    return entry_id, "Sannan myöhempi lisäys"


@pytest.mark.parametrize("choice", list(DraftChoice))
def test_an_older_draft_never_overwrites_a_later_save_silently(
    qtbot: QtBot, unlocked: MainWindow, dialogs: FakeDialogs, choice: DraftChoice
) -> None:
    """Resuming a draft after the partner saved the entry again shows what differs and
    does what the user chose: their draft, the saved version, or both (as a copy)."""
    journal = journal_of(unlocked)
    entry_id, later = _draft_then_saved_again(journal)
    page = debriefs_page(unlocked)
    page.show_list()
    dialogs.draft_answers.append(choice)
    click(page.resume_button)
    ((found, allow_copy),) = dialogs.draft_questions
    shown = {d.label: (d.mine, d.saved) for d in found}
    editor = page.editor
    labels = editor.field_labels()
    assert shown[labels["goal"]] == ("Jarin keskeneräinen", "Tavoite")
    assert shown[labels["went_well"]] == ("—", later)
    assert allow_copy

    if choice is DraftChoice.SAVED:
        assert journal.debriefs.drafts() == []
        assert editor.goal.text() == "Tavoite" and editor.went_well.text() == later
        return
    assert editor.goal.text() == "Jarin keskeneräinen"
    choose_writer(editor, "Jari")
    ctrl_s(editor)
    wait_saved(qtbot, editor)
    entries = {s.entry_id: journal.debriefs.get(s.entry_id) for s in journal.debriefs.entries()}
    if choice is DraftChoice.MINE:
        assert list(entries) == [entry_id]
        assert entries[entry_id].goal == "Jarin keskeneräinen"
    else:
        assert len(entries) == 2
        assert entries[entry_id].goal == "Tavoite" and entries[entry_id].went_well == later
        (copy,) = [e for key, e in entries.items() if key != entry_id]
        assert copy.goal == "Jarin keskeneräinen"
    assert journal.debriefs.drafts() == []


def test_deciding_later_keeps_the_draft(unlocked: MainWindow, dialogs: FakeDialogs) -> None:
    """ "Decide later" opens nothing and changes nothing."""
    journal = journal_of(unlocked)
    entry_id, later = _draft_then_saved_again(journal)
    page = debriefs_page(unlocked)
    page.show_list()
    dialogs.draft_answers.append(None)
    click(page.resume_button)
    assert page.stack.currentWidget() is page.list_page
    assert len(journal.debriefs.drafts()) == 1
    assert journal.debriefs.get(entry_id).went_well == later


def test_a_draft_from_the_version_saved_now_resumes_without_asking(
    unlocked: MainWindow, dialogs: FakeDialogs
) -> None:
    """Nobody saved since the draft began: it simply goes on, and opening the entry from
    the list goes on with it too."""
    journal = journal_of(unlocked)
    (entry_id,) = _saved_entries(journal, 1)
    saved = journal.debriefs.get(entry_id)
    journal.debriefs.save_draft(
        "k", replace(saved, goal="Jatkuu"), journal.debriefs.version(entry_id)
    )
    page = debriefs_page(unlocked)
    page.open_entry(entry_id)
    assert page.editor.goal.text() == "Jatkuu"
    assert dialogs.draft_questions == []


# --- own answers ---------------------------------------------------------------------


def _own_answers(window: MainWindow, journal: Journal, passphrase: str | None) -> Debrief:
    editor = new_editor(window)
    choose_visit_type(editor, VisitType.HOME_VISIT)
    editor.uppermost.set_text("Yhteinen teksti")
    click(editor.full_button)
    box = box_of(editor, journal, "Jari")
    box.strain.set_value(8)
    box.past_close.setCurrentIndex(box.past_close.findData(PastClose.CLEARLY.value))
    box.feelings.set_text(FEELINGS)
    if passphrase is not None:
        box.passphrase.set_text(passphrase)
        box.passphrase.edit.editingFinished.emit()  # focus left the field, or Enter
        window.tasks.wait_all()  # the own area opens on the task runner
    return editor.current_entry()


def _pair_dump(journal: Journal) -> str:
    conn = journal.connection()
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    return repr([conn.execute(f'SELECT * FROM "{t}"').fetchall() for t in tables])


def test_own_answers_are_kept_in_the_own_area_and_come_back(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    """With the own passphrase typed, the own answers are drafted into the own area (never
    the pair journal); after a lock they come back when the passphrase is typed again."""
    journal = journal_of(unlocked)
    jari = own_area_for(journal, "Jari")
    _own_answers(unlocked, journal, OWN_PASSPHRASE)
    page = debriefs_page(unlocked)
    page.editor.save_draft_now()
    assert FEELINGS not in _pair_dump(journal)

    unlocked.lock()
    assert unlocked.journal is None
    unlock_with(unlocked, PAIR_PASSPHRASE)
    journal = journal_of(unlocked)
    area = journal.open_personal_area(jari, OWN_PASSPHRASE)
    (kept,) = area.drafts.of_kind("reflection")
    assert isinstance(kept.body, dict) and kept.body["feelings"] == FEELINGS
    area.close()

    page = debriefs_page(unlocked)
    click(page.resume_button)
    editor = page.editor
    assert editor.uppermost.text() == "Yhteinen teksti"
    box = box_of(editor, journal, "Jari")
    assert box.feelings.text() == ""  # not on screen before the owner's passphrase
    box.passphrase.set_text(OWN_PASSPHRASE)
    box.passphrase.edit.editingFinished.emit()
    unlocked.tasks.wait_all()  # the own area opens on the task runner
    assert (box.strain.value(), box.feelings.text()) == (8, FEELINGS)
    choose_writer(editor, "Jari")
    ctrl_s(editor)
    wait_saved(qtbot, editor)
    area = journal.open_personal_area(jari, OWN_PASSPHRASE)
    assert area.drafts.of_kind("reflection") == []
    (summary,) = journal.debriefs.entries()
    reflection = area.reflections.get(summary.entry_id)
    area.close()
    assert reflection is not None and reflection.feelings == FEELINGS


@pytest.mark.parametrize("stay", [True, False])
def test_leaving_own_answers_that_cannot_be_kept_asks(
    unlocked: MainWindow, dialogs: FakeDialogs, stay: bool
) -> None:
    """Own answers without the own passphrase cannot be kept: Back asks first; staying
    keeps them on screen, leaving drops them (and only them)."""
    journal = journal_of(unlocked)
    own_area_for(journal, "Jari")
    _own_answers(unlocked, journal, None)
    page = debriefs_page(unlocked)
    dialogs.confirm_answers.append(not stay)
    click(page.editor.back_button)
    assert dialogs.asked[-1][0] == "confirm"
    if stay:
        assert page.stack.currentWidget() is page.editor
        assert box_of(page.editor, journal, "Jari").feelings.text() == FEELINGS
    else:
        assert page.stack.currentWidget() is page.list_page
        (draft,) = journal.debriefs.drafts()
        assert draft.entry.uppermost == "Yhteinen teksti"


def test_section_switch_with_unkept_own_answers_asks(
    unlocked: MainWindow, dialogs: FakeDialogs
) -> None:
    """Choosing another section asks too; staying keeps the Purut section and the text."""
    journal = journal_of(unlocked)
    own_area_for(journal, "Jari")
    _own_answers(unlocked, journal, None)
    view = unlocked.view
    assert view is not None
    dialogs.confirm_answers.append(False)
    view.show_page(PersonalAreaPage.page_key)
    assert view.current_page.page_key == DebriefsPage.page_key
    assert view.nav.currentRow() == 0
    assert box_of(view.debriefs.editor, journal, "Jari").feelings.text() == FEELINGS


def test_own_area_idle_keeps_the_answers_and_takes_them_off_screen(
    unlocked: MainWindow,
) -> None:
    """The own areas' idle time: answers typed with the own passphrase go into the own
    area as a draft and off the screen; the area is closed."""
    journal = journal_of(unlocked)
    jari = own_area_for(journal, "Jari")
    _own_answers(unlocked, journal, OWN_PASSPHRASE)
    assert journal.open_personal_area_of(jari) is not None
    unlocked.personal_idle.idle.emit()
    box = box_of(debriefs_page(unlocked).editor, journal, "Jari")
    assert box.feelings.text() == "" and box.passphrase.text() == ""
    assert journal.open_personal_area_of(jari) is None
    area = journal.open_personal_area(jari, OWN_PASSPHRASE)
    (kept,) = area.drafts.of_kind("reflection")
    area.close()
    assert isinstance(kept.body, dict) and kept.body["feelings"] == FEELINGS


@pytest.mark.parametrize("stay", [True, False])
def test_quit_asks_where_own_answers_cannot_be_kept(
    unlocked: MainWindow, dialogs: FakeDialogs, stay: bool
) -> None:
    """Ctrl+Q with own answers that cannot be kept asks first; staying keeps the journal
    open with the answers, quitting locks it (the shared text kept as a draft)."""
    journal = journal_of(unlocked)
    own_area_for(journal, "Jari")
    _own_answers(unlocked, journal, None)
    dialogs.confirm_answers.append(not stay)
    unlocked.quit_action.trigger()
    assert dialogs.asked[-1][0] == "confirm"
    if stay:
        assert unlocked.journal is not None and unlocked.isVisible()
        assert box_of(debriefs_page(unlocked).editor, journal, "Jari").feelings.text() == FEELINGS
    else:
        assert unlocked.journal is None
        wait_for_tasks(unlocked)  # the window closes once the daily backup is made
        assert not unlocked.isVisible()
        unlock_with(unlocked, PAIR_PASSPHRASE)
        (draft,) = journal_of(unlocked).debriefs.drafts()
        assert draft.entry.uppermost == "Yhteinen teksti"


def test_the_system_closing_the_window_never_waits_for_an_answer(
    unlocked: MainWindow, dialogs: FakeDialogs
) -> None:
    """A logout or shutdown closes the window without a question: the journal locks."""
    journal = journal_of(unlocked)
    own_area_for(journal, "Jari")
    _own_answers(unlocked, journal, None)
    unlocked.close()
    assert unlocked.journal is None
    assert [kind for kind, _title in dialogs.asked] == []
