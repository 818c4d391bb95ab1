"""The one app window: welcome, create, unlock, and the unlocked journal.

It owns the session (the unlocked ``Journal``), the task runner (``self.tasks``: all
work off the GUI thread) and the lock: the lock action, Ctrl+L, the idle timers, the
desktop's own lock and quitting all end in ``lock``, which lets every page keep what it
must, closes every connection and throws the journal's views away. Journal work still
running (an export, a backup by hand) is asked to stop and waited for first, with the
pages out of sight and a line saying why. The daily backup then copies the closed files
on the journal worker while the lock screen already shows; the folder stays locked
until it is made, and quitting waits for it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QScreen, QShowEvent, QWindow
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from tyoparipaivakirja.actions.start import is_journal_folder
from tyoparipaivakirja.core.errors import BackupOfAnotherJournal, JournalCorrupt, JournalError
from tyoparipaivakirja.gui.common.app_settings import PERSONAL_AREA_IDLE_MINUTES, AppSettings
from tyoparipaivakirja.gui.common.cleanup import alive, guarded, record_failure
from tyoparipaivakirja.gui.common.clipboard import ClipboardGuard
from tyoparipaivakirja.gui.common.dialogs import Dialogs
from tyoparipaivakirja.gui.common.idle import IdleWatcher
from tyoparipaivakirja.gui.common.locale_text import format_datetime
from tyoparipaivakirja.gui.common.session_events import SessionWatcher
from tyoparipaivakirja.gui.common.tasks import Failure, TaskLine, TaskRunner
from tyoparipaivakirja.gui.common.widgets import action, form_column, heading, paragraph
from tyoparipaivakirja.gui.journal.create_journal import CreateJournalPage
from tyoparipaivakirja.gui.journal.unlock import UnlockPage
from tyoparipaivakirja.gui.journal.welcome import WelcomePage

if TYPE_CHECKING:
    from tyoparipaivakirja.actions.backups import BackupInfo, BackupOutcome, FolderStillHeld
    from tyoparipaivakirja.actions.journal import Journal
    from tyoparipaivakirja.demo import DemoPassphrases
    from tyoparipaivakirja.gui.journal.about_dialog import AboutDialog
    from tyoparipaivakirja.gui.journal.backups_dialog import BackupsDialog
    from tyoparipaivakirja.gui.journal.change_passphrase import ChangePassphraseDialog
    from tyoparipaivakirja.gui.journal.import_dialog import ImportDialog
    from tyoparipaivakirja.gui.journal.journal_view import JournalView
    from tyoparipaivakirja.gui.journal.settings_dialog import SettingsDialog

# What start-up loads, and when (issue 16): the first window needs only the welcome,
# create and unlock pages, so it shows before the storage layer (the session and the
# domain behind it) is imported; that import then runs on a thread of its own
# (``load_storage``), not on this one, so typing the passphrase never waits for it and
# the unlock finds it loaded. The dialogs are imported when first opened (the function-level
# imports below), and the journal's pages when an unlock starts: their import then runs
# on this thread while the journal worker derives the key, never while the passphrase
# is typed. The PDF libraries (reportlab, pikepdf, QtPdf) load only when a PDF is made
# or shown (``roles.roles``, ``supervision.supervision_page``); a test keeps it so.


def load_storage() -> None:
    """Import the storage layer and the sentences of its errors (what an unlock uses)."""
    import tyoparipaivakirja.actions.backups
    import tyoparipaivakirja.actions.journal
    import tyoparipaivakirja.messages  # noqa: F401


# The longest the storage import waits for the first frame of a window the platform
# never reports on screen (the import is only a head start: an unlock imports what it
# needs itself).
FIRST_FRAME_WAIT_MS = 500


class AfterFirstFrame(QObject):
    """Starts ``work`` on a thread of its own once ``window`` has drawn its first frame
    (Qt draws a window while it handles the event that exposes it), or after
    ``FIRST_FRAME_WAIT_MS`` at the latest. Started any earlier (a zero timer from
    ``showEvent`` ran before the first expose), the import competes with the first
    frame for the interpreter."""

    def __init__(self, window: QWindow, work: Callable[[], None], name: str) -> None:
        super().__init__(window)
        self._window = window
        self._thread: threading.Thread | None = threading.Thread(
            target=work, name=name, daemon=True
        )
        window.installEventFilter(self)
        QTimer.singleShot(FIRST_FRAME_WAIT_MS, self, self._start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Expose and self._window.isExposed():
            QTimer.singleShot(0, self, self._start)  # once this expose has been drawn
        return False

    def _start(self) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            self._window.removeEventFilter(self)
            thread.start()


def load_journal_view() -> type[JournalView]:
    """The journal's pages (imported on first use)."""
    from tyoparipaivakirja.gui.journal.journal_view import JournalView

    return JournalView


type TrackedDialog = (
    ChangePassphraseDialog | SettingsDialog | BackupsDialog | ImportDialog | AboutDialog
)

MINUTE_MS = 60_000

PREFERRED_SIZE = (1280, 820)


def first_size(screen: QScreen | None) -> tuple[int, int]:
    """The window's opening size: roomy enough for the debrief list's columns on a large
    screen, never larger than most of a small one."""
    width, height = PREFERRED_SIZE
    if screen is None:
        return width, height
    room = screen.availableGeometry()
    return min(width, room.width() * 9 // 10), min(height, room.height() * 9 // 10)


class MainWindow(QMainWindow):
    """The app window and the owner of the unlocked journal."""

    def __init__(
        self,
        settings: AppSettings,
        dialogs: Dialogs | None = None,
        demo: DemoPassphrases | None = None,
    ) -> None:
        super().__init__()
        # Never any journal content here: the title is the app's name only.
        self.setWindowTitle("Työparipäiväkirja")
        self.settings = settings
        self.dialogs = dialogs or Dialogs()
        self.demo = demo
        self.journal: Journal | None = None
        self.view: JournalView | None = None
        self._started = False
        self.storage_loader: AfterFirstFrame | None = None  # made when first shown
        self.dialog: TrackedDialog | None = None
        self._last_page_key = ""
        self._asked_before_close = False
        self._demo_folder: Path | None = None
        # Locking waits for journal work to end (see ``lock``); meanwhile this is True.
        self._locking = False
        self._after_lock: list[Callable[[], object]] = []
        self._closing = False

        # The calm progress line of work that belongs to no dialog (the daily backup, a
        # restore, unlocking), and the one runner of all work off the GUI thread.
        self.task_line = TaskLine()
        self.task_line.setContentsMargins(6, 0, 6, 0)  # not flush with the window's edge
        self.tasks = TaskRunner(self.dialogs, self, line=self.task_line)

        self.stack = QStackedWidget()
        self.welcome = WelcomePage()
        self.create_page = CreateJournalPage(self.dialogs, tasks=self.tasks)
        self.unlock_page = UnlockPage(self.dialogs, self.tasks)
        self.locking_page = _locking_page()
        for page in (self.welcome, self.create_page, self.unlock_page, self.locking_page):
            self.stack.addWidget(page)
        self.setCentralWidget(self.stack)
        self.welcome.create_requested.connect(self.show_create)
        self.welcome.open_requested.connect(self.choose_journal)
        self.create_page.cancelled.connect(self._back_from_create)
        self.create_page.created.connect(self._journal_created)
        self.unlock_page.unlocked.connect(self._journal_unlocked)
        # The pages load while the key is derived (the worker then leaves the GIL free).
        self.unlock_page.open_started.connect(lambda: QTimer.singleShot(0, load_journal_view))
        self.unlock_page.other_journal_requested.connect(self.show_welcome)

        self._build_actions()
        self.lock_state = QLabel()
        self.lock_state.setAccessibleName(self.tr("Lock state"))
        self.statusBar().addWidget(self.task_line, 1)
        self.statusBar().addPermanentWidget(self.lock_state)

        self.idle = IdleWatcher(settings.auto_lock_minutes * MINUTE_MS, self)
        self.idle.idle.connect(self.lock)
        self.personal_idle = IdleWatcher(PERSONAL_AREA_IDLE_MINUTES * MINUTE_MS, self)
        self.personal_idle.idle.connect(self._personal_idle)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
            app.installEventFilter(self.personal_idle)
        # Text the app put on the clipboard is cleared when the journal locks.
        self.clipboard_guard = ClipboardGuard(self)
        # The desktop's own lock and sleep lock the journal too (started once shown).
        self.session_watcher = SessionWatcher(self)
        self.session_watcher.lock_requested.connect(self.lock)
        self._update_state()
        self.resize(*first_size(QGuiApplication.primaryScreen()))

    # --- actions -------------------------------------------------------------

    def _build_actions(self) -> None:
        self.new_action = action(self, self.tr("&New journal…"))
        self.new_action.triggered.connect(self.show_create)
        self.open_action = action(self, self.tr("&Open journal…"), "Ctrl+O")
        self.open_action.triggered.connect(self.choose_journal)
        self.passphrase_action = action(self, self.tr("Change the pair &passphrase…"))
        self.passphrase_action.triggered.connect(self.change_pair_passphrase)
        self.lock_action = action(self, self.tr("&Lock"), "Ctrl+L", self.tr("Lock the journal"))
        self.lock_action.triggered.connect(self.lock)
        self.backups_action = action(self, self.tr("&Backups and export…"))
        self.backups_action.triggered.connect(self.open_backups)
        self.import_action = action(self, self.tr("&Import from an export file…"))
        self.import_action.triggered.connect(self.open_import)
        self.settings_action = action(self, self.tr("&Settings…"), "Ctrl+,")
        self.settings_action.triggered.connect(self.open_settings)
        self.quit_action = action(self, self.tr("&Quit"), "Ctrl+Q")
        self.quit_action.triggered.connect(self.quit_asking)
        self.about_action = action(self, self.tr("&About Työparipäiväkirja…"), "F1")
        self.about_action.triggered.connect(self.open_about)

        menu = self.menuBar().addMenu(self.tr("&Journal"))
        for item in (
            self.new_action,
            self.open_action,
            None,
            self.passphrase_action,
            self.lock_action,
            None,
            self.backups_action,
            self.import_action,
            None,
            self.settings_action,
            None,
            self.quit_action,
        ):
            if item is None:
                menu.addSeparator()
            else:
                menu.addAction(item)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        self.toolbar = QToolBar(self.tr("Toolbar"))
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addAction(self.lock_action)
        self.addToolBar(self.toolbar)

    def _update_state(self) -> None:
        unlocked = self.journal is not None and not self._locking
        self.lock_action.setEnabled(unlocked)
        self.passphrase_action.setEnabled(unlocked)
        self.backups_action.setEnabled(unlocked)
        self.toolbar.setVisible(unlocked)
        if unlocked and self.journal is not None and self.journal.read_only:
            self.lock_state.setText(self.tr("Journal unlocked, for reading only"))
        elif unlocked:
            self.lock_state.setText(self.tr("Journal unlocked"))
        elif self._locking:
            self.lock_state.setText(self.tr("Locking…"))
        elif self.stack.currentWidget() is self.unlock_page:
            self.lock_state.setText(self.tr("Journal locked"))
        else:
            self.lock_state.setText("")

    # --- screens -------------------------------------------------------------

    def show_welcome(self) -> None:
        self.stack.setCurrentWidget(self.welcome)
        self.welcome.setFocus()
        self._update_state()

    def show_create(self) -> None:
        self.lock_then(self._show_create_page)

    def _show_create_page(self) -> None:
        self.create_page.reset()
        self.stack.setCurrentWidget(self.create_page)
        self.create_page.setFocus()
        self._update_state()

    def show_unlock(self, folder: Path) -> None:
        self.unlock_page.prepare(folder, self.demo if folder == self._demo_folder else None)
        self.stack.setCurrentWidget(self.unlock_page)
        self.unlock_page.setFocus()
        self._update_state()

    def set_demo_folder(self, folder: Path) -> None:
        self._demo_folder = folder

    def _back_from_create(self) -> None:
        last = self.unlock_page.folder
        if last is not None and is_journal_folder(last):
            self.show_unlock(last)
        else:
            self.show_welcome()

    def choose_journal(self) -> None:
        start = self.settings.last_journal or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        folder = self.dialogs.choose_folder(self, self.tr("Choose the journal folder"), start)
        if folder is None:
            return
        if not is_journal_folder(folder):
            self.dialogs.error(
                self,
                self.tr("Not a journal"),
                self.tr(
                    "This folder does not contain a Työparipäiväkirja journal. "
                    "Choose the folder the journal was created in."
                ),
            )
            return
        self.lock_then(lambda: self.show_unlock(folder))

    # --- session -------------------------------------------------------------

    def _journal_created(self, journal: Journal) -> None:
        self._enter_journal(journal)

    def _journal_unlocked(self, journal: Journal) -> None:
        self._enter_journal(journal, self._last_page_key)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self._started = True
            handle = self.windowHandle()
            self.session_watcher.start(handle)
            if handle is not None:
                self.storage_loader = AfterFirstFrame(handle, load_storage, "load-storage")

    def _enter_journal(self, journal: Journal, page_key: str = "") -> None:
        self.journal = journal
        if journal.folder != self._demo_folder:
            self.settings.last_journal = journal.folder
        try:
            self.view = load_journal_view()(journal, self.dialogs, self.tasks)
        except JournalCorrupt as error:
            # The unlock reads only what it needs: a damaged page may first be met by
            # the list's own read.
            self.journal_found_damaged(journal, error)
            return
        self.view.change_passphrase_requested.connect(self.change_pair_passphrase)
        self.view.lock_requested.connect(self.lock)
        self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)
        if page_key:
            self.view.show_page(page_key)
        self.idle.set_timeout_ms(self.settings.auto_lock_minutes * MINUTE_MS)
        self.idle.start()
        self.personal_idle.start()
        self.view.current_page.setFocus()
        self._update_state()
        # The unlock left out reading every page (it grew with the file): that check runs
        # now, after the list shows, on a connection of its own.
        self.tasks.run(
            journal.check_file,
            owner=self,
            label=self.tr("Checking the journal's files…"),
            failed=lambda failure: self._file_check_failed(journal, failure),
        )
        if not journal.read_only:  # base forms for Finnish search, when the analyser changed
            self.tasks.run(
                journal.debriefs.refresh_lemmas,
                owner=self,
                label=self.tr("Preparing the search…"),
                failed=lambda _failure: None,  # search still finds by word beginnings
            )

    def _file_check_failed(self, journal: Journal, failure: Failure) -> None:
        if failure.error is not None:
            self.journal_found_damaged(journal, failure.error)

    def journal_found_damaged(self, journal: Journal, error: JournalError) -> None:
        """A damaged page (met by the whole-file check after unlock or by any read): lock
        (with no daily backup of the damaged files) and show the unlock screen's way back
        to the newest intact backup, as an unlock that met the damage does."""
        if self.journal is not journal:
            return
        self.lock_then(lambda: self.unlock_page.show_error(error))

    def lock(self) -> None:
        """Lock now: pages keep what they must, every connection closes, views go away.

        Nothing a page or dialog does can stop it: each clean-up step runs on its own
        and a failing one is recorded (type and code location only, see ``gui.cleanup``)
        while the lock goes on. The journal's files are closed and the daily backup is
        made even when every page's clean-up failed.

        Journal work still running (an export, a backup by hand) would find its
        connection closed under it: it is asked to stop, the pages leave the screen at
        once with a line saying why, and the lock finishes as soon as the work has
        ended (``lock_then`` goes on from there).
        """
        if self.journal is None:
            if not self._locking:
                self._run_after_lock()
            return
        if self._locking:
            return
        guarded("stopping the idle timers", self._stop_idle_timers)
        guarded("closing the open dialog", self._close_tracked_dialog)
        if self.tasks.journal_busy():
            self._locking = True
            self.tasks.cancel_journal_tasks()
            guarded("showing why the lock waits", self._show_locking)
            self.tasks.when_journal_idle(self._finish_lock)
            return
        self._finish_lock()

    def lock_then(self, then: Callable[[], object]) -> None:
        """Lock, and run ``then`` once the journal is closed (at once when it is)."""
        self._after_lock.append(then)
        self.lock()

    def _show_locking(self) -> None:
        """The journal's pages leave the screen while the lock waits for work to end;
        the window's own line says what is being finished."""
        self.stack.setCurrentWidget(self.locking_page)
        self.tasks.show_journal_work_on(self.task_line)
        self._update_state()

    def _finish_lock(self) -> None:
        journal, view = self.journal, self.view
        self._locking = False
        if journal is None:
            self._run_after_lock()
            return
        self.journal = None
        self.view = None
        if view is not None:
            guarded("remembering the page", lambda: self._remember_page(view))
            guarded("the pages' before_lock", view.before_lock)
        still_held: FolderStillHeld | None = None
        try:
            still_held = journal.close_files(daily_backup=True)
        except Exception as error:  # journal.lock below closes what is left, and releases
            record_failure("locking the journal", error)
            guarded("closing the journal", journal.lock)
        guarded("clearing the clipboard", self.clipboard_guard.clear_own_text)
        if view is not None:
            guarded("removing the journal's pages", lambda: self._drop_view(view))
        self.show_unlock(journal.folder)
        if still_held is not None:
            self._start_daily_backup(still_held)
        self._run_after_lock()

    def _start_daily_backup(self, still_held: FolderStillHeld) -> None:
        """The daily backup copies the closed files on the journal worker, then gives the
        folder back; an unlock meanwhile waits behind it on the same worker."""
        self.tasks.run(
            still_held.finish,
            owner=self,
            label=self.tr("Backing up the journal…"),
            done=lambda outcome: guarded(
                "reporting the daily backup", lambda: self._report_daily_backup(outcome)
            ),
            failed=self._daily_backup_failed,
        )

    def _daily_backup_failed(self, failure: Failure) -> None:
        self.statusBar().showMessage(
            self.tr("The daily backup could not be made: %1").replace("%1", failure.message),
            20000,
        )

    def _run_after_lock(self) -> None:
        waiting, self._after_lock = self._after_lock, []
        for step in waiting:
            step()

    def _stop_idle_timers(self) -> None:
        self.idle.stop()
        self.personal_idle.stop()

    def _close_tracked_dialog(self) -> None:
        dialog, self.dialog = self.dialog, None
        if alive(dialog):
            assert dialog is not None
            dialog.reject()

    def _remember_page(self, view: JournalView) -> None:
        self._last_page_key = view.current_page.page_key

    def _drop_view(self, view: JournalView) -> None:
        """Throw the journal's pages away: nothing of the journal stays in widgets."""
        if not alive(view):
            return
        self.stack.removeWidget(view)
        view.hide()
        view.deleteLater()

    def _report_daily_backup(self, outcome: BackupOutcome | None) -> None:
        """Say so when the day's backup failed (a full disk, a missing USB stick)."""
        if outcome is None:
            return
        if outcome.error is not None:
            from tyoparipaivakirja.messages import error_message

            self.statusBar().showMessage(
                self.tr("The daily backup could not be made: %1").replace(
                    "%1", error_message(outcome.error)
                ),
                20000,
            )
        elif outcome.second_location_error is not None:
            self.statusBar().showMessage(
                self.tr(
                    "The daily backup was made, but not its second copy: check that the "
                    "folder (USB stick) is connected."
                ),
                20000,
            )

    def _personal_idle(self) -> None:
        if self.tasks.journal_busy():  # an own area may be in use by it: a moment later
            self.personal_idle.start()
            return
        if self.view is not None:
            self.view.close_personal_areas()

    def change_pair_passphrase(self) -> None:
        from tyoparipaivakirja.actions import passphrases

        journal = self.journal
        if journal is None:
            return
        from tyoparipaivakirja.gui.journal.change_passphrase import ChangePassphraseDialog

        self.dialog = ChangePassphraseDialog(
            self.tr("Change the pair passphrase"),
            self.tr(
                "The journal is re-encrypted with the new passphrase. Tell it to your "
                "partner in person. Own areas keep their own passphrases."
            ),
            partial(passphrases.change_pair_passphrase, journal),
            self,
            journal.passphrase_context,
            self.tasks,
        )
        self._track_dialog(self.dialog)
        self.dialog.accepted.connect(
            lambda: self.statusBar().showMessage(self.tr("The pair passphrase was changed."), 8000)
        )
        self.dialog.open()

    def open_settings(self) -> None:
        from tyoparipaivakirja.gui.journal.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        self.dialog = dialog
        self._track_dialog(dialog)
        dialog.accepted.connect(lambda: self._settings_saved(dialog))
        dialog.open()

    def open_about(self) -> None:
        from tyoparipaivakirja.gui.journal.about_dialog import AboutDialog

        dialog = AboutDialog(self)
        self.dialog = dialog
        self._track_dialog(dialog)
        dialog.open()

    def open_backups(self) -> None:
        journal = self.journal
        if journal is None:
            return
        from tyoparipaivakirja.gui.journal.backups_dialog import BackupsDialog

        dialog = BackupsDialog(journal, self.dialogs, self.tasks, self)
        self.dialog = dialog
        self._track_dialog(dialog)
        dialog.restore_requested.connect(self.restore)
        dialog.open()

    def restore(self, backup: Path, other_journal: bool = False) -> None:
        """Lock the journal, put the backup back, and ask for the passphrase again.

        ``other_journal``: the user chose to replace the journal with another journal's
        backup. Found to be another journal's only now, the backup gets that question
        here, explicitly, before anything is changed. The restore runs on the journal
        worker after the daily backup the lock made; an unlock asked for meanwhile waits
        behind it."""
        journal = self.journal
        folder = journal.folder if journal is not None else self.unlock_page.folder
        if folder is None:
            return
        self.lock_then(lambda: self._start_restore(folder, backup, other_journal))

    def _start_restore(self, folder: Path, backup: Path, other_journal: bool) -> None:
        self.show_unlock(folder)

        from tyoparipaivakirja.actions import backups

        def work() -> BackupInfo:
            return backups.restore(folder, backup, other_journal=other_journal).backup

        self.tasks.run(
            work,
            owner=self,
            label=self.tr("Restoring the backup…"),
            done=lambda info: self._restored(folder, info, other_journal),
            failed=lambda failure: self._restore_failed(folder, backup, failure),
        )

    def _restore_failed(self, folder: Path, backup: Path, failure: Failure) -> None:
        from tyoparipaivakirja.actions import backups
        from tyoparipaivakirja.messages import error_message

        if isinstance(failure.error, BackupOfAnotherJournal):
            try:
                info = backups.read_backup(backup)
            except JournalError as error:
                self.dialogs.error(
                    self, self.tr("The backup was not restored"), error_message(error)
                )
                return
            from tyoparipaivakirja.gui.journal.backups_dialog import confirm_restore

            if confirm_restore(self.dialogs, self, info, other_journal=True):
                self._start_restore(folder, backup, True)
            return  # else nothing changed; the journal stays locked as it was
        self.dialogs.error(self, self.tr("The backup was not restored"), failure.message)

    def _restored(self, folder: Path, info: BackupInfo, other_journal: bool) -> None:
        if self.journal is None and self.unlock_page.folder != folder:
            self.show_unlock(folder)
        if other_journal:
            done = self.tr(
                "The other journal's backup made %1 was restored into this folder: unlock it "
                "with that journal's pair passphrase. The journal that was here is kept as a "
                "backup."
            )
        else:
            done = self.tr(
                "The backup made %1 was restored. The journal as it was is kept as a backup."
            )
        self.statusBar().showMessage(done.replace("%1", format_datetime(info.created_at)), 20000)

    def open_import(self) -> None:
        from tyoparipaivakirja.gui.journal.import_dialog import ImportDialog

        dialog = ImportDialog(self.dialogs, self.tasks, self)
        self.dialog = dialog
        self._track_dialog(dialog)
        dialog.imported.connect(self._imported)
        dialog.open()

    def _imported(self, folder: Path) -> None:
        self.lock_then(lambda: self._show_imported(folder))

    def _show_imported(self, folder: Path) -> None:
        self.show_unlock(folder)
        self.statusBar().showMessage(
            self.tr("The new journal was made from the export. Unlock it with its new passphrase."),
            20000,
        )

    def _track_dialog(self, dialog: TrackedDialog) -> None:
        """Delete a dialog once it closes and forget it, so none pile up over a day."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))

    def _forget_dialog(self, dialog: TrackedDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _settings_saved(self, dialog: SettingsDialog) -> None:
        self.idle.set_timeout_ms(self.settings.auto_lock_minutes * MINUTE_MS)
        if dialog.language_changed:
            self.statusBar().showMessage(
                self.tr("The new language is used from the next start of the app."), 10000
            )

    def may_quit(self) -> bool:
        """Ask before quitting where something typed cannot be kept (own answers without
        their owner's passphrase); False when the user chose to stay."""
        view = self.view
        if view is None:
            return True
        try:
            return view.current_page.may_leave()
        except Exception as error:  # a question that fails never keeps the app open
            record_failure("asking before quitting", error)
            return True

    def quit_asking(self) -> None:
        """Quit (Ctrl+Q): asked first where typed text would be lost, then locked."""
        if self.may_quit():
            self._asked_before_close = True
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """However the window closes, the journal is locked first. Closed by the user (the
        window's close button), the user is asked first where typed text would be lost;
        a close by the system (logout, shutdown, SIGTERM) never waits for an answer."""
        asked, self._asked_before_close = self._asked_before_close, False
        if not self._closing and event.spontaneous() and not asked and not self.may_quit():
            event.ignore()
            return
        self.lock()
        if self._locking or self.tasks.journal_busy():
            # The lock waits for work, or the daily backup is being made: close after it.
            event.ignore()
            if not self._closing:
                self._closing = True
                self.statusBar().showMessage(
                    self.tr("The app closes as soon as the journal's backup is made.")
                )
            self.tasks.when_journal_idle(self._close_when_idle)
            return
        self._closing = False
        self.tasks.cancel_all()
        self.tasks.wait_all()
        event.accept()

    def _close_when_idle(self) -> None:
        if self._closing:
            self.close()

    def finish_before_quit(self) -> None:
        """The event loop has ended (the app quits): lock and make the daily backup here
        and now, waiting on this thread, since no event can deliver them any more."""
        self.tasks.cancel_journal_tasks()
        self.tasks.wait_journal_idle()
        self.lock()
        self.tasks.wait_journal_idle()
        self.tasks.cancel_all()
        self.tasks.wait_all()


def _locking_page() -> QWidget:
    """Shown while the lock waits for work under way to end: nothing of the journal."""
    content = QWidget()
    layout = QVBoxLayout(content)
    layout.addSpacing(24)
    layout.addWidget(heading(QApplication.translate("MainWindow", "Locking the journal")))
    layout.addWidget(
        paragraph(
            QApplication.translate(
                "MainWindow",
                "The journal locks as soon as the work under way has stopped. This takes a moment.",
            )
        )
    )
    layout.addStretch(1)
    page = QWidget()
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(form_column(content))
    return page
