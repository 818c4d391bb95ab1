"""Slow work runs off the GUI thread, and the lock and quit wait for it without failing.

Each slow operation is proven to run on a worker thread by recording
``threading.current_thread()`` inside it. The lock during a running backup or export, the
daily backup after the lock screen (the folder lock held until it is made) and closing
the window during it are walked through with the work held back by an event.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPdf import QPdfDocument
from pytestqt.qtbot import QtBot

from tests.conftest import PAIR_PASSPHRASE
from tests.gui.debrief_helpers import (
    follow_ups_page,
    journal_of,
    new_editor,
    save_entry,
)
from tests.gui.helpers import (
    LONG_WAIT_MS,
    OWN_PASSPHRASE,
    FakeDialogs,
    click,
    unlock_with,
    wait_for_tasks,
)
from tests.gui.roles.test_roles_page import agree_first_version
from tyoparipaivakirja.actions import backups as backup_actions
from tyoparipaivakirja.actions import export as export_actions
from tyoparipaivakirja.actions import imports as import_actions
from tyoparipaivakirja.actions import journal as journal_actions
from tyoparipaivakirja.actions import summary as summary_actions
from tyoparipaivakirja.core.changes import Changes
from tyoparipaivakirja.core.debriefs import FollowUp, SharingLevel, VisitType
from tyoparipaivakirja.core.errors import JournalInUse
from tyoparipaivakirja.gui.journal.backups_dialog import BackupsDialog
from tyoparipaivakirja.gui.journal.import_dialog import ImportDialog
from tyoparipaivakirja.gui.main_window import MainWindow
from tyoparipaivakirja.gui.own_area.personal_area import PersonalAreaPage
from tyoparipaivakirja.gui.supervision.supervision_page import SupervisionPage
from tyoparipaivakirja.report import role_description, supervision_summary
from tyoparipaivakirja.storage import backups
from tyoparipaivakirja.storage.backups import BackupReason
from tyoparipaivakirja.storage.folder import open_journal
from tyoparipaivakirja.storage.reflections import ReflectionStore
from tyoparipaivakirja.storage.session import Journal

GUI = threading.main_thread().name
TYPED = "Kesken jäänyt purku"


class Gate:
    """Holds work back until the test lets it go; records the threads it ran on."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.release = threading.Event()
        self.threads: list[str] = []

    def hold(self) -> None:
        self.threads.append(threading.current_thread().name)
        self.entered.set()
        assert self.release.wait(10), "the test never let the work go"


@pytest.fixture
def gate() -> Iterator[Gate]:
    made = Gate()
    yield made
    made.release.set()  # never leave a worker waiting


def record_threads(
    monkeypatch: pytest.MonkeyPatch, owner: object, name: str, gate: Gate | None = None
) -> list[str]:
    """Replace ``owner.name`` by a wrapper that notes the thread it runs on (and waits
    at ``gate``, if given) before calling the original."""
    threads: list[str] = []
    original: Callable[..., Any] = getattr(owner, name)

    def recording(*args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread().name)
        if gate is not None:
            gate.hold()
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, recording)
    return threads


def hold_backups(monkeypatch: pytest.MonkeyPatch, gate: Gate, reason: BackupReason) -> None:
    """Backups made for ``reason`` wait at ``gate`` before copying anything."""
    original = backups.create_snapshot

    def held(folder: Path, root: Path, why: BackupReason, *rest: Any) -> backups.BackupInfo:
        if why is reason:
            gate.hold()
        return original(folder, root, why, *rest)

    monkeypatch.setattr(backups, "create_snapshot", held)


def open_backups(window: MainWindow) -> BackupsDialog:
    window.backups_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, BackupsDialog)
    return dialog


def no_log_files(folder: Path) -> list[str]:
    return sorted(
        str(p.relative_to(folder)) for pattern in ("*-wal", "*-shm") for p in folder.rglob(pattern)
    )


def typed_debrief(window: MainWindow) -> None:
    """Something typed in a new debrief and not saved (a draft must keep it)."""
    editor = new_editor(window)
    editor.uppermost.set_text(TYPED)


def kept_draft(journal: Journal) -> list[str]:
    return [d.entry.uppermost for d in journal.debriefs.drafts()]


def kept_draft_unlocked(journal: Journal) -> list[str]:
    """The kept drafts, read without the session's lock (the test's own peek while a
    worker holds it; the GUI never does this)."""
    rows = journal.connection().driver.execute("SELECT count(*) FROM form_drafts").fetchone()
    return ["?"] * int(rows[0])


# --- the lock while work runs ----------------------------------------------------------


def test_lock_during_a_backup_waits_for_it_then_locks(
    qtbot: QtBot, unlocked: MainWindow, monkeypatch: pytest.MonkeyPatch, gate: Gate
) -> None:
    """The idle lock while "Back up now" copies the journal: the pages leave the screen
    at once and the lock waits; when the copy is made the journal locks as always: no
    log file left, the typed text kept as a draft, the backup by hand whole."""
    journal = journal_of(unlocked)
    folder = journal.folder
    save_entry(journal, uppermost="Tallennettu ennen")
    typed_debrief(unlocked)
    hold_backups(monkeypatch, gate, BackupReason.MANUAL)
    dialog = open_backups(unlocked)
    click(dialog.back_up_button)
    assert gate.entered.wait(10)
    unlocked.idle.idle.emit()  # the idle time ran out
    assert unlocked.stack.currentWidget() is unlocked.locking_page
    assert unlocked.journal is not None  # still open: the backup uses it
    assert not unlocked.lock_action.isEnabled()
    qtbot.waitUntil(unlocked.task_line.isVisible, timeout=LONG_WAIT_MS)  # says why
    gate.release.set()
    wait_for_tasks(unlocked)
    assert unlocked.journal is None and unlocked.view is None
    assert unlocked.stack.currentWidget() is unlocked.unlock_page
    assert no_log_files(folder) == []
    assert gate.threads and GUI not in gate.threads
    reasons = sorted(b.reason for b in backups.list_backups(folder / "backups"))
    assert reasons == sorted([BackupReason.MANUAL, BackupReason.DAILY])
    unlock_with(unlocked, PAIR_PASSPHRASE)
    again = journal_of(unlocked)
    (saved,) = again.debriefs.entries()
    assert again.debriefs.get(saved.entry_id).uppermost == "Tallennettu ennen"
    assert kept_draft(again) == [TYPED]


def test_lock_during_an_export_stops_it(
    qtbot: QtBot,
    unlocked: MainWindow,
    dialogs: FakeDialogs,
    monkeypatch: pytest.MonkeyPatch,
    gate: Gate,
    tmp_path: Path,
) -> None:
    """The desktop locks while an export runs: the export is stopped at its next step
    (no file is written), and the journal locks with nothing lost and no log file."""
    journal = journal_of(unlocked)
    folder = journal.folder
    save_entry(journal, uppermost="Viety")
    typed_debrief(unlocked)
    threads = record_threads(monkeypatch, export_actions, "export_text", gate)
    dialog = open_backups(unlocked)
    target = tmp_path / "vienti.json"
    dialogs.confirm_answers.append(True)
    dialogs.file_answers.append(target)
    click(dialog.export_button)
    assert gate.entered.wait(10)
    unlocked.session_watcher.lock_requested.emit()
    assert unlocked.stack.currentWidget() is unlocked.locking_page
    gate.release.set()
    wait_for_tasks(unlocked)
    assert unlocked.journal is None
    assert not target.exists() and list(tmp_path.glob("*.json")) == []
    assert no_log_files(folder) == []
    assert threads and GUI not in threads
    unlock_with(unlocked, PAIR_PASSPHRASE)
    assert kept_draft(journal_of(unlocked)) == [TYPED]


def test_daily_backup_runs_after_the_lock_screen_and_holds_the_folder(
    qtbot: QtBot, unlocked: MainWindow, monkeypatch: pytest.MonkeyPatch, gate: Gate
) -> None:
    """Ctrl+L: the lock screen shows at once and the daily backup copies the closed files
    on a worker; until it is made no other program can open the journal, and an unlock
    typed meanwhile opens it right after the backup."""
    folder = journal_of(unlocked).folder
    hold_backups(monkeypatch, gate, BackupReason.DAILY)
    unlocked.lock_action.trigger()
    assert unlocked.journal is None
    assert unlocked.stack.currentWidget() is unlocked.unlock_page
    assert gate.entered.wait(10)
    assert GUI not in gate.threads
    assert no_log_files(folder) == []
    with pytest.raises(JournalInUse):
        open_journal(folder, PAIR_PASSPHRASE)
    page = unlocked.unlock_page
    page.passphrase.set_text(PAIR_PASSPHRASE)
    click(page.unlock_button)
    qtbot.wait(50)
    assert unlocked.journal is None and page.opening  # waits behind the backup
    gate.release.set()
    wait_for_tasks(unlocked)
    assert unlocked.journal is not None, page.error.text()
    assert [b.reason for b in backups.list_backups(folder / "backups")] == [BackupReason.DAILY]


def test_closing_the_window_waits_for_the_daily_backup(
    qtbot: QtBot, unlocked: MainWindow, monkeypatch: pytest.MonkeyPatch, gate: Gate
) -> None:
    """Quit while the daily backup is made: the window stays (saying why) until the copy
    is whole, then closes; the folder is free afterwards."""
    folder = journal_of(unlocked).folder
    hold_backups(monkeypatch, gate, BackupReason.DAILY)
    unlocked.quit_action.trigger()
    assert gate.entered.wait(10)
    assert unlocked.isVisible() and unlocked.journal is None
    assert unlocked.statusBar().currentMessage()
    gate.release.set()
    qtbot.waitUntil(lambda: not unlocked.isVisible(), timeout=LONG_WAIT_MS)
    assert [b.reason for b in backups.list_backups(folder / "backups")] == [BackupReason.DAILY]
    open_journal(folder, PAIR_PASSPHRASE).lock()


def test_quitting_after_the_event_loop_still_locks_and_backs_up(
    unlocked: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The application quits some other way (the event loop is over): the journal is
    locked and the daily backup made on the spot, waiting for it."""
    folder = journal_of(unlocked).folder
    unlocked.finish_before_quit()
    assert unlocked.journal is None and not unlocked.tasks.busy()
    assert [b.reason for b in backups.list_backups(folder / "backups")] == [BackupReason.DAILY]
    assert no_log_files(folder) == []
    open_journal(folder, PAIR_PASSPHRASE).lock()


# --- every slow operation runs off the GUI thread -------------------------------------


def test_backups_dialog_work_runs_off_the_gui_thread(
    qtbot: QtBot,
    unlocked: MainWindow,
    dialogs: FakeDialogs,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """Back up now, reading what backups hold, and the export each run on a worker."""
    journal = journal_of(unlocked)
    save_entry(journal)
    backed_up = record_threads(monkeypatch, backups, "create_snapshot")
    inspected = record_threads(monkeypatch, backups, "inspect_backup")
    exported = record_threads(monkeypatch, export_actions, "export_text")
    written = record_threads(monkeypatch, export_actions, "write_export")
    dialog = open_backups(unlocked)
    click(dialog.back_up_button)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=LONG_WAIT_MS)
    dialog.passphrase.set_text(PAIR_PASSPHRASE)
    click(dialog.show_contents_button)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=LONG_WAIT_MS)
    dialogs.confirm_answers.append(True)
    dialogs.file_answers.append(tmp_path / "vienti.json")
    click(dialog.export_button)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=LONG_WAIT_MS)
    assert (tmp_path / "vienti.json").is_file()
    for threads in (backed_up, inspected, exported, written):
        assert threads and GUI not in threads
    dialog.reject()


def test_restore_and_unlock_run_off_the_gui_thread(
    qtbot: QtBot, unlocked: MainWindow, dialogs: FakeDialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Restoring a backup and opening the journal again run on the journal worker."""
    restored = record_threads(monkeypatch, backup_actions, "restore")
    opened = record_threads(monkeypatch, journal_actions, "unlock")
    dialog = open_backups(unlocked)
    click(dialog.back_up_button)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=LONG_WAIT_MS)
    dialogs.confirm_answers.append(True)
    click(dialog.restore_button)
    wait_for_tasks(unlocked)
    assert not dialogs.errors
    unlock_with(unlocked, PAIR_PASSPHRASE)
    assert unlocked.journal is not None
    for threads in (restored, opened):
        assert threads and GUI not in threads


def test_import_runs_off_the_gui_thread(
    qtbot: QtBot,
    unlocked: MainWindow,
    dialogs: FakeDialogs,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """Reading and checking the export file and the import itself run on a worker."""
    save_entry(journal_of(unlocked))
    dialog = open_backups(unlocked)
    target = tmp_path / "vienti.json"
    dialogs.confirm_answers.append(True)
    dialogs.file_answers.append(target)
    click(dialog.export_button)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=LONG_WAIT_MS)
    dialog.reject()
    read = record_threads(monkeypatch, import_actions, "read_export_file")
    imported = record_threads(monkeypatch, import_actions, "import_into_new_journal")
    unlocked.import_action.trigger()
    importer = unlocked.dialog
    assert isinstance(importer, ImportDialog)
    importer.load(target)
    qtbot.waitUntil(lambda: not importer.busy, timeout=LONG_WAIT_MS)
    importer.folder.setText(str(tmp_path / "tuotu"))
    importer.pair.set_text("uusi yhteinen polku: koivikko 2027")
    importer.pair_repeat.set_text("uusi yhteinen polku: koivikko 2027")
    click(importer.import_button)
    qtbot.waitUntil(lambda: (tmp_path / "tuotu").is_dir(), timeout=LONG_WAIT_MS)
    wait_for_tasks(unlocked)
    for threads in (read, imported):
        assert threads and GUI not in threads


def test_closing_the_import_dialog_stops_the_import(
    qtbot: QtBot,
    unlocked: MainWindow,
    dialogs: FakeDialogs,
    monkeypatch: pytest.MonkeyPatch,
    gate: Gate,
    tmp_path: Path,
) -> None:
    """Closing the import dialog (or its Stop) while the import runs stops it before the
    new journal is moved into place: no folder, no temporary folder left."""
    save_entry(journal_of(unlocked))
    dialog = open_backups(unlocked)
    target = tmp_path / "vienti.json"
    dialogs.confirm_answers.append(True)
    dialogs.file_answers.append(target)
    click(dialog.export_button)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=LONG_WAIT_MS)
    dialog.reject()
    record_threads(monkeypatch, import_actions, "import_into_new_journal", gate)
    unlocked.import_action.trigger()
    importer = unlocked.dialog
    assert isinstance(importer, ImportDialog)
    importer.load(target)
    qtbot.waitUntil(lambda: not importer.busy, timeout=LONG_WAIT_MS)
    new_folder = tmp_path / "tuotu"
    importer.folder.setText(str(new_folder))
    importer.pair.set_text("uusi yhteinen polku: koivikko 2027")
    importer.pair_repeat.set_text("uusi yhteinen polku: koivikko 2027")
    click(importer.import_button)
    assert gate.entered.wait(10)
    importer.reject()
    gate.release.set()
    wait_for_tasks(unlocked)
    before = {p.name for p in tmp_path.iterdir()}
    assert not new_folder.exists()
    assert {p.name for p in tmp_path.iterdir()} == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_summary_check_build_and_save_run_off_the_gui_thread(
    qtbot: QtBot,
    unlocked: MainWindow,
    dialogs: FakeDialogs,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """The supervision summary: reading the period and the privacy check, building the
    PDF and saving it each run on a worker."""
    journal = journal_of(unlocked)
    save_entry(
        journal,
        sharing=SharingLevel.TOPICS_AND_REFLECTION,
        went_well="Yhteinen suunnitelma piti.",
        visit_date=date.today() - timedelta(days=3),
    )
    checked = record_threads(monkeypatch, summary_actions, "build_summary")
    # The action imports the PDF maker when first used: record it where it lives.
    built = record_threads(monkeypatch, supervision_summary, "finished_pdf")
    saved = record_threads(monkeypatch, summary_actions, "write_export")
    view = unlocked.view
    assert view is not None
    view.show_page(SupervisionPage.page_key)
    page = view.supervision
    page.open_summary(None)
    dialog = page.summary_dialog
    assert dialog is not None
    click(dialog.build_button)
    qtbot.waitUntil(
        lambda: dialog.document.status() == QPdfDocument.Status.Ready, timeout=LONG_WAIT_MS
    )
    dialogs.file_answers.append(tmp_path / "yhteenveto.pdf")
    click(dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=LONG_WAIT_MS)
    assert (tmp_path / "yhteenveto.pdf").is_file()
    for threads in (checked, built, saved):
        assert threads and GUI not in threads
    dialog.reject()


def test_role_description_pdf_runs_off_the_gui_thread(
    qtbot: QtBot,
    unlocked: MainWindow,
    dialogs: FakeDialogs,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """Building and writing the role description PDF runs on a worker."""
    journal = journal_of(unlocked)
    start = date.today() - timedelta(days=10)
    agree_first_version(journal, start, start + timedelta(days=90))
    # The action imports the PDF maker when first used: record it where it lives.
    built = record_threads(monkeypatch, role_description, "build_role_description")
    view = unlocked.view
    assert view is not None
    view.show_page("roles")
    page = view.roles
    page.refresh()
    dialogs.file_answers.append(tmp_path / "tehtavankuva.pdf")
    page.save_pdf()
    qtbot.waitUntil(lambda: (tmp_path / "tehtavankuva.pdf").is_file(), timeout=LONG_WAIT_MS)
    wait_for_tasks(unlocked)
    assert built and GUI not in built


# --- the GUI thread never waits for a task's hold on the session ------------------------


def test_autosave_waits_its_turn_instead_of_freezing(qtbot: QtBot, unlocked: MainWindow) -> None:
    """While a task holds the session (an export's snapshot), the draft autosave does not
    wait for it on the GUI thread: it tries again a moment later and then keeps the text."""
    journal = journal_of(unlocked)
    editor = new_editor(unlocked)
    editor.uppermost.set_text(TYPED)
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        with journal.exclusive():
            held.set()
            release.wait(5)

    worker = threading.Thread(target=hold)
    worker.start()
    try:
        assert held.wait(10)
        started = time.monotonic()
        editor.drafts._autosave()  # the interval ran out while the task holds the session
        assert time.monotonic() - started < 0.5  # put off, not waited for
        assert editor.drafts.pending and kept_draft_unlocked(journal) == []
    finally:
        release.set()
        worker.join(10)
    qtbot.waitUntil(lambda: kept_draft(journal) == [TYPED], timeout=LONG_WAIT_MS)


# --- pages hear what changed ---------------------------------------------------------------


def test_a_page_on_screen_refreshes_when_a_task_changes_its_data(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    """A task that marks a follow-up done elsewhere says so; the follow-ups page on
    screen shows it gone without anyone calling it."""
    journal = journal_of(unlocked)
    save_entry(journal, follow_ups=(FollowUp("Soita"), FollowUp("Kirjoita")))
    page = follow_ups_page(unlocked)
    model = page.table.model()
    assert model is not None and model.rowCount() == 2
    first = journal.debriefs.open_follow_ups()[0].follow_up_id
    done: list[None] = []
    unlocked.tasks.run(
        lambda: journal.debriefs.set_follow_up_done(first, True),
        owner=None,
        changes=Changes.FOLLOW_UPS,
        done=done.append,
    )
    qtbot.waitUntil(lambda: bool(done), timeout=LONG_WAIT_MS)
    model = page.table.model()
    assert model is not None and model.rowCount() == 1


def test_an_own_area_opens_off_the_gui_thread_and_never_behind_its_owner(
    qtbot: QtBot, unlocked: MainWindow, monkeypatch: pytest.MonkeyPatch, gate: Gate
) -> None:
    """Opening an own area (a key derivation) runs on the journal worker; when the owner
    leaves the page before it is open, it is closed at once instead of staying open."""
    journal = journal_of(unlocked)
    jari = journal.members.all()[0].member_id
    journal.create_personal_area(jari, OWN_PASSPHRASE).close()
    threads = record_threads(monkeypatch, journal, "open_personal_area", gate)
    view = unlocked.view
    assert view is not None
    view.show_page(PersonalAreaPage.page_key)
    page = view.personal
    page.member_choice.setCurrentIndex(page.member_choice.findData(jari))
    page.passphrase.set_text(OWN_PASSPHRASE)
    click(page.submit_button)
    assert gate.entered.wait(10)
    view.show_page("overview")  # the owner walks away while it opens
    gate.release.set()
    wait_for_tasks(unlocked)
    assert threads and GUI not in threads
    assert page.own is None and journal.open_personal_area_of(jari) is None
    view.show_page(PersonalAreaPage.page_key)
    gate.release.set()
    page.passphrase.set_text(OWN_PASSPHRASE)
    click(page.submit_button)
    wait_for_tasks(unlocked)
    assert page.own is not None and journal.open_personal_area_of(jari) is not None


def test_a_debrief_with_an_own_part_is_saved_off_the_gui_thread(
    qtbot: QtBot, unlocked: MainWindow, monkeypatch: pytest.MonkeyPatch, gate: Gate
) -> None:
    """Saving with a partner's own passphrase (a key derivation per partner) runs on the
    journal worker: the window goes on meanwhile, and stepping away from the form while
    it runs neither closes the own area under the save nor loses the reflection."""
    journal = journal_of(unlocked)
    jari = journal.members.all()[0].member_id
    journal.create_personal_area(jari, OWN_PASSPHRASE).close()
    editor = new_editor(unlocked)
    editor.visit_type.setCurrentIndex(editor.visit_type.findData(VisitType.HOME_VISIT.value))
    editor.uppermost.set_text("Kotikäynti")
    editor.set_full(True)
    box = next(b for b in editor.reflections if b.member.member_id == jari)
    box.passphrase.set_text(OWN_PASSPHRASE)
    box.passphrase.edit.editingFinished.emit()  # the area opens for the form first
    wait_for_tasks(unlocked)
    assert journal.open_personal_area_of(jari) is not None
    box.strain.set_value(7)
    box.feelings.set_text("Jäi mietityttämään")
    opened = record_threads(monkeypatch, journal, "open_personal_area")
    saved = record_threads(monkeypatch, ReflectionStore, "save", gate)
    heard: list[Changes] = []
    unlocked.tasks.changed.connect(heard.append)
    click(editor.save_button)
    assert gate.entered.wait(10)
    assert editor.busy and not editor.save_button.isEnabled()
    qtbot.wait(20)  # the event loop turns while the save runs
    editor.step_away()  # the user goes to another section meanwhile
    gate.release.set()
    wait_for_tasks(unlocked)
    assert opened and saved and GUI not in opened + saved
    assert not editor.busy and editor.save_button.isEnabled()
    assert journal.open_personal_area_of(jari) is None
    (row,) = journal.debriefs.entries()
    area = journal.open_personal_area(jari, OWN_PASSPHRASE)
    reflection = area.reflections.get(row.entry_id)
    area.close()
    assert reflection is not None and reflection.feelings == "Jäi mietityttämään"
    # Every page on screen hears what changed: the debriefs and Jari's own area.
    assert Changes.DEBRIEFS | Changes.FOLLOW_UPS | Changes.OWN_AREA in heard


def test_the_editor_opens_an_own_area_off_the_gui_thread(
    unlocked: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Typing the own passphrase into the editor's box opens the area on the worker."""
    journal = journal_of(unlocked)
    jari = journal.members.all()[0].member_id
    journal.create_personal_area(jari, OWN_PASSPHRASE).close()
    editor = new_editor(unlocked)
    threads = record_threads(monkeypatch, journal, "open_personal_area")
    box = next(b for b in editor.reflections if b.member.member_id == jari)
    box.passphrase.set_text(OWN_PASSPHRASE)
    box.passphrase.edit.editingFinished.emit()
    wait_for_tasks(unlocked)
    assert threads and GUI not in threads
    assert journal.open_personal_area_of(jari) is not None
    editor.step_away()
    assert journal.open_personal_area_of(jari) is None


def test_a_consent_is_checked_and_recorded_off_the_gui_thread(
    qtbot: QtBot, unlocked: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Accepting the role split with a new own passphrase (making the own area: two key
    derivations) runs on the journal worker; the own area page hears that an area was made."""
    journal = journal_of(unlocked)
    sanna = journal.members.all()[1].member_id
    draft = journal.roles.start_draft_from_defaults(date.today())
    journal.roles.propose(draft.revision_id, journal.members.all()[0].member_id)
    made = record_threads(monkeypatch, journal, "create_personal_area")
    accepted = record_threads(monkeypatch, journal, "accept_role_split")
    heard: list[Changes] = []
    unlocked.tasks.changed.connect(heard.append)
    view = unlocked.view
    assert view is not None
    view.show_page("roles")
    page = view.roles
    page.refresh()
    sanna_member = next(m for m in page.members if m.member_id == sanna)
    page.accept(sanna_member)
    dialog = page.consent_dialog
    assert dialog is not None
    dialog.passphrase.set_text(OWN_PASSPHRASE)
    dialog.repeat.set_text(OWN_PASSPHRASE)
    dialog.submit()
    wait_for_tasks(unlocked)
    assert made and accepted and GUI not in made + accepted
    assert page.consent_dialog is None
    assert journal.has_personal_area(sanna)
    assert any(Changes.OWN_AREA in changes and Changes.ROLES in changes for changes in heard)
