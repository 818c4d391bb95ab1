"""The unlock screen: one passphrase field, a clear message, a growing pause after misses.

Opening the journal (a key derivation, an integrity check, perhaps a migration with its
backup) runs on the task runner's journal worker: after the daily backup the lock
started, so the folder is free by then, and never on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from tyoparipaivakirja.core.errors import ErrorCode, JournalError
from tyoparipaivakirja.gui.common.dialogs import Dialogs
from tyoparipaivakirja.gui.common.locale_text import format_datetime
from tyoparipaivakirja.gui.common.tasks import Failure, TaskRunner
from tyoparipaivakirja.gui.common.widgets import (
    FieldError,
    PassphraseField,
    form_column,
    heading,
    labelled,
)

# The storage layer (and the actions over it) is imported when first used (see
# main_window): this page is on screen before it is loaded.
if TYPE_CHECKING:
    from tyoparipaivakirja.actions.backups import BackupInfo
    from tyoparipaivakirja.actions.journal import Journal
    from tyoparipaivakirja.demo import DemoPassphrases


def _unlock(folder: Path, passphrase: str) -> Journal:
    from tyoparipaivakirja.actions import journal as journals

    return journals.unlock(folder, passphrase)


# Misses allowed before a pause; then the pause doubles up to the maximum.
FREE_ATTEMPTS = 3
FIRST_PAUSE_SECONDS = 2
MAX_PAUSE_SECONDS = 30


def pause_after(failures: int) -> int:
    """Seconds to wait after ``failures`` wrong passphrases in a row."""
    if failures < FREE_ATTEMPTS:
        return 0
    return int(min(FIRST_PAUSE_SECONDS * 2 ** (failures - FREE_ATTEMPTS), MAX_PAUSE_SECONDS))


class UnlockPage(QWidget):
    """Asks the pair passphrase for one journal folder and emits the unlocked journal."""

    unlocked = Signal(object)  # Journal
    other_journal_requested = Signal()
    open_started = Signal()  # an unlock started: the key is being derived on the journal worker

    def __init__(
        self,
        dialogs: Dialogs | None = None,
        tasks: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._dialogs = dialogs or Dialogs()
        self._tasks = tasks or TaskRunner(self._dialogs, self)
        self._opening = False
        self._folder: Path | None = None
        self._failures = 0
        self._pause_left = 0
        self._pause_timer = QTimer(self)
        self._pause_timer.setInterval(1000)
        self._pause_timer.timeout.connect(self._tick_pause)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addSpacing(24)
        self.title = heading(self.tr("The journal is locked"))
        layout.addWidget(self.title)
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.folder_label)
        layout.addSpacing(12)
        self.passphrase = PassphraseField(self.tr("Pair passphrase"))
        self.error = FieldError()
        layout.addWidget(labelled(self.tr("Pair passphrase"), self.passphrase, self.error))
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.setAccessibleName(self.tr("Unlock the journal"))
        self.unlock_button.setToolTip(self.tr("Unlock the journal (Enter)"))
        self.unlock_button.clicked.connect(self.try_unlock)
        self.passphrase.return_pressed.connect(self.try_unlock)
        self.unlock_button.setMinimumWidth(160)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignLeft)
        # Shown only when the journal turned out damaged: the way back to the last good state.
        self.damage_box = QFrame()
        self.damage_box.setFrameShape(QFrame.Shape.StyledPanel)
        damage_layout = QVBoxLayout(self.damage_box)
        self.damage_text = QLabel(
            self.tr(
                "The journal files on this computer are damaged, for example by a disk fault "
                "or a power cut in the middle of saving. The app can put back the newest "
                "backup that is intact; the damaged files are kept as a backup of their own, "
                "so nothing is deleted. Entries written after that backup are not in it."
            )
        )
        self.damage_text.setWordWrap(True)
        damage_layout.addWidget(self.damage_text)
        self.restore_button = QPushButton(self.tr("Restore the newest intact backup…"))
        self.restore_button.clicked.connect(self.restore_newest)
        damage_layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.damage_box.setVisible(False)
        layout.addSpacing(12)
        layout.addWidget(self.damage_box)
        self.demo_box = QFrame()
        self.demo_box.setFrameShape(QFrame.Shape.StyledPanel)
        demo_layout = QVBoxLayout(self.demo_box)
        self.demo_label = QLabel()
        self.demo_label.setWordWrap(True)
        self.demo_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        demo_layout.addWidget(self.demo_label)
        self.demo_box.setVisible(False)
        layout.addSpacing(12)
        layout.addWidget(self.demo_box)
        layout.addSpacing(12)
        self.other_button = QPushButton(self.tr("Open another journal or create a new one"))
        self.other_button.setFlat(True)
        self.other_button.clicked.connect(self.other_journal_requested)
        layout.addWidget(self.other_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(form_column(content))
        self.setFocusProxy(self.passphrase)

    @property
    def folder(self) -> Path | None:
        return self._folder

    def prepare(self, folder: Path, demo: DemoPassphrases | None = None) -> None:
        """Show the screen for ``folder``; a demo journal shows its passphrases."""
        if folder != self._folder:
            self._failures = 0
        self._folder = folder
        self.folder_label.setText(self.tr("Journal folder: %1").replace("%1", str(folder)))
        self.passphrase.clear()
        self.error.clear_message()
        self.damage_box.setVisible(False)
        if demo is not None:
            lines = [
                self.tr("This is a demo journal with invented content."),
                self.tr("Pair passphrase: %1").replace("%1", demo.pair),
            ]
            lines += [
                self.tr("Personal area of %1: %2").replace("%1", name).replace("%2", phrase)
                for name, phrase in demo.personal.items()
            ]
            self.demo_label.setText("\n".join(lines))
        self.demo_box.setVisible(demo is not None)
        self.passphrase.setFocus()

    @property
    def opening(self) -> bool:
        """True while the journal is being opened (the outcome is not shown yet)."""
        return self._opening

    def _set_opening(self, opening: bool) -> None:
        self._opening = opening
        self.unlock_button.setEnabled(not opening and self._pause_left <= 0)
        self.restore_button.setEnabled(not opening)
        self.other_button.setEnabled(not opening)

    def try_unlock(self) -> None:
        if self._folder is None or self._pause_left > 0 or self._opening:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.error.show_message(self.tr("Type the pair passphrase."))
            return
        folder = self._folder
        self._set_opening(True)
        self._tasks.run(
            lambda: _unlock(folder, passphrase),
            owner=self,
            label=self.tr("Opening the journal…"),
            done=self._opened,
            failed=self._open_failed,
        )
        self.open_started.emit()

    def _opened(self, journal: Journal) -> None:
        self._set_opening(False)
        self._failures = 0
        self.passphrase.clear()
        self.error.clear_message()
        self.unlocked.emit(journal)

    def _open_failed(self, failure: Failure) -> None:
        self._set_opening(False)
        self.passphrase.setFocus()
        if failure.error is None:
            self.error.show_message(failure.message)
            return
        self._failed(failure.error)

    def show_error(self, error: JournalError) -> None:
        """Say why the journal is locked again (a damaged page found after the unlock),
        with the restore offer a damaged journal gets."""
        self._failed(error)

    def _failed(self, error: JournalError) -> None:
        from tyoparipaivakirja.messages import error_message

        message = error_message(error)
        self.damage_box.setVisible(error.code is ErrorCode.JOURNAL_CORRUPT)
        if error.code is ErrorCode.WRONG_PASSPHRASE:
            self._failures += 1
            self.passphrase.edit.selectAll()
            pause = pause_after(self._failures)
            if pause:
                self._start_pause(pause)
                return
        self.error.show_message(message)

    def restore_newest(self) -> None:
        """Put back the newest intact backup that opens with the typed passphrase, then unlock."""
        if self._folder is None:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.error.show_message(
                self.tr("Type the pair passphrase: it picks the backups that open with it.")
            )
            self.passphrase.setFocus()
            return
        confirmed = self._dialogs.confirm(
            self,
            self.tr("Restore the newest intact backup"),
            self.tr(
                "The damaged journal is replaced by its newest intact backup. The damaged "
                "files are kept as a backup of their own."
            ),
            self.tr("Restore"),
        )
        if not confirmed:
            return
        folder = self._folder

        def work() -> tuple[BackupInfo, Journal]:
            from tyoparipaivakirja.actions import backups

            restored = backups.restore_newest_good(folder, passphrase)
            return restored.backup, _unlock(folder, passphrase)

        self._set_opening(True)
        self._tasks.run(
            work,
            owner=self,
            label=self.tr("Restoring the backup…"),
            done=self._restored,
            failed=self._restore_failed,
        )

    def _restore_failed(self, failure: Failure) -> None:
        self._set_opening(False)
        self.error.show_message(failure.message)

    def _restored(self, outcome: tuple[BackupInfo, Journal]) -> None:
        chosen, journal = outcome
        self._set_opening(False)
        self.damage_box.setVisible(False)
        self.passphrase.clear()
        self.error.clear_message()
        self._dialogs.inform(
            self,
            self.tr("Backup restored"),
            self.tr(
                "The backup made %1 was restored. Check the newest entries: anything written "
                "after that time needs to be written again."
            ).replace("%1", format_datetime(chosen.created_at)),
        )
        self.unlocked.emit(journal)

    def _start_pause(self, seconds: int) -> None:
        self._pause_left = seconds
        self.unlock_button.setEnabled(False)
        self._show_pause()
        self._pause_timer.start()

    def _show_pause(self) -> None:
        self.error.show_message(
            self.tr(
                "The passphrase is not correct. You can try again in %n seconds.",
                "",
                self._pause_left,
            )
        )

    def _tick_pause(self) -> None:
        self._pause_left -= 1
        if self._pause_left > 0:
            self._show_pause()
            return
        self._pause_timer.stop()
        self.unlock_button.setEnabled(not self._opening)
        self.error.show_message(self.tr("You can try again now."))
        self.passphrase.setFocus()
