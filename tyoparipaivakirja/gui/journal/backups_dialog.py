"""Varmuuskopiot: the backups of the open journal, restoring one, and exporting to a file.

Everything here goes through the session (``Journal``) and the storage backup service;
restoring is handed to the main window, which must lock the journal first. Backing up,
exporting and opening backups run on the task runner, with the dialog's own progress
line; an export and opening backups can be stopped there.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tyoparipaivakirja.actions import backups
from tyoparipaivakirja.actions.backups import (
    BackupContents,
    BackupInfo,
    BackupOutcome,
    BackupReason,
    is_other_journals,
)
from tyoparipaivakirja.actions.export import export_journal
from tyoparipaivakirja.actions.journal import Journal
from tyoparipaivakirja.core.changes import Changes
from tyoparipaivakirja.core.errors import ErrorCode, JournalError
from tyoparipaivakirja.core.progress import Progress
from tyoparipaivakirja.gui.common.dialogs import Dialogs
from tyoparipaivakirja.gui.common.locale_text import format_datetime
from tyoparipaivakirja.gui.common.tasks import Failure, Task, TaskLine, TaskRunner
from tyoparipaivakirja.gui.common.widgets import (
    FieldError,
    PassphraseField,
    fit_to_screen,
    form_column,
    heading,
    labelled,
    paragraph,
    text_lines,
    text_width,
)
from tyoparipaivakirja.messages import error_message, table_count_text

FOLDER_ROLE = Qt.ItemDataRole.UserRole + 1
# lupdate reads translate("Context", "…") calls: the context is spelled out in each.
translate = QCoreApplication.translate


class BackupsDialog(QDialog):
    """Lists the journal's backups, makes one now, and exports the journal to a file."""

    # The backup folder to restore, and True when it is another journal's backup and the
    # user chose to replace this journal with it (asked by ``confirm_restore``).
    restore_requested = Signal(object, bool)

    def __init__(
        self,
        journal: Journal,
        dialogs: Dialogs,
        tasks: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups and export"))
        self._journal = journal
        self._dialogs = dialogs
        self._tasks = tasks or TaskRunner(dialogs, self)
        self._infos: list[tuple[BackupInfo, bool]] = []  # (backup, at the second location)
        self._task: Task[object] | None = None
        self.last_task: Task[object] | None = None  # kept after it ended (tests look)
        self._has_second = False
        self.task_line = TaskLine()

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(heading(self.tr("Backups"), 2))
        layout.addWidget(
            paragraph(
                self.tr(
                    "A backup is an encrypted copy of the whole journal, own areas included. "
                    "One is made when the journal locks, at most once a day; the last 7 daily "
                    "and 4 weekly copies are kept. Backups made by hand are never removed."
                )
            )
        )
        now_row = QHBoxLayout()
        self.back_up_button = QPushButton(self.tr("Back up now"))
        self.back_up_button.clicked.connect(self.back_up_now)
        now_row.addWidget(self.back_up_button)
        now_row.addStretch(1)
        layout.addLayout(now_row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Backup status"))
        layout.addWidget(self.status)

        self.second_label = QLabel()
        self.second_label.setWordWrap(True)
        self.second_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        second_row = QHBoxLayout()
        self.choose_second_button = QPushButton(self.tr("Choose a folder…"))
        self.choose_second_button.clicked.connect(self.choose_second_location)
        self.clear_second_button = QPushButton(self.tr("Stop using it"))
        self.clear_second_button.clicked.connect(self.clear_second_location)
        second_row.addWidget(self.choose_second_button)
        second_row.addWidget(self.clear_second_button)
        second_row.addStretch(1)
        second_box = QWidget()
        second_layout = QVBoxLayout(second_box)
        second_layout.setContentsMargins(0, 0, 0, 0)
        second_layout.addWidget(self.second_label)
        second_layout.addLayout(second_row)
        layout.addWidget(
            labelled(
                self.tr("Second copy"),
                second_box,
                hint=self.tr(
                    "For example a USB stick or a network folder: every backup is copied "
                    "there too, still encrypted."
                ),
            )
        )

        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setHeaderLabels(
            [self.tr("Made"), self.tr("Why"), self.tr("Where"), self.tr("Contents")]
        )
        self.table.setAccessibleName(self.tr("Backups"))
        header = self.table.header()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setMinimumHeight(180)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(labelled(self.tr("Backups of this journal"), self.table))

        self.passphrase = PassphraseField(self.tr("Pair passphrase to show the contents"))
        self.passphrase_error = FieldError()
        self.show_contents_button = QPushButton(self.tr("Read contents"))
        self.show_contents_button.clicked.connect(self.show_contents)
        self.passphrase.return_pressed.connect(self.show_contents)
        contents_row = QHBoxLayout()
        contents_row.setContentsMargins(0, 0, 0, 0)
        contents_row.addWidget(self.passphrase, 1)
        contents_row.addWidget(self.show_contents_button)
        contents_box = QWidget()
        contents_box.setLayout(contents_row)
        contents_box.setFocusProxy(self.passphrase)
        layout.addWidget(
            labelled(
                self.tr("Pair passphrase"),
                contents_box,
                self.passphrase_error,
                hint=self.tr("What each backup holds is shown once it is opened."),
            )
        )
        restore_row = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("Restore the chosen backup…"))
        self.restore_button.clicked.connect(self.restore_selected)
        restore_row.addWidget(self.restore_button)
        restore_row.addStretch(1)
        layout.addLayout(restore_row)

        layout.addWidget(heading(self.tr("Export to a file"), 2))
        layout.addWidget(
            paragraph(
                self.tr(
                    "An export holds everything in the pair journal as plain text (JSON), "
                    "to take your data to another program. Anyone who gets the file can read "
                    "it: keep it safe and delete it when it is no longer needed."
                )
            )
        )
        self.own_fields: dict[str, PassphraseField] = {}
        for member in journal.members.all():
            if not journal.has_personal_area(member.member_id):
                continue
            field = PassphraseField(
                self.tr("Own passphrase of %1").replace("%1", member.display_name)
            )
            self.own_fields[member.member_id] = field
            layout.addWidget(
                labelled(
                    self.tr("Own area of %1 (optional)").replace("%1", member.display_name),
                    field,
                    hint=self.tr("Only with the owner's own passphrase."),
                )
            )
        self.export_error = FieldError()
        export_row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export to a file…"))
        self.export_button.clicked.connect(self.export)
        export_row.addWidget(self.export_button)
        export_row.addStretch(1)
        layout.addLayout(export_row)
        layout.addWidget(self.export_error)
        layout.addStretch(1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 8)
        outer.addWidget(form_column(content), 1)
        button_row = QHBoxLayout()
        button_row.setContentsMargins(12, 0, 12, 0)
        button_row.addWidget(self.task_line, 1)
        button_row.addWidget(buttons)
        outer.addLayout(button_row)
        # Roomier with large text (the list's columns), within the screen.
        self.resize(
            fit_to_screen(self, max(760, text_width(self, 100)), max(720, text_lines(self, 40)))
        )
        self.refresh()

    # --- list ----------------------------------------------------------------

    def refresh(self) -> None:
        """Read the backup folders again and show them, newest first."""
        try:
            second = self._journal.second_backup_location()
            roots = self._journal.backup_roots()
        except JournalError as error:
            self.status.setText(error_message(error))
            return
        if second is None:
            self.second_label.setText(self.tr("Not in use."))
        else:
            self.second_label.setText(str(second))
        self._has_second = second is not None
        self.clear_second_button.setEnabled(second is not None and not self.busy)
        self._infos = []
        for index, root in enumerate(roots):
            self._infos += [(info, index > 0) for info in backups.list_backups(root)]
        self._infos.sort(key=lambda pair: pair[0].created_at, reverse=True)
        self.table.clear()
        for info, elsewhere in self._infos:
            why = self.reason_text(info.reason)
            if is_other_journals(info, self._journal):
                why = self.tr("%1, of another journal").replace("%1", why)
            item = QTreeWidgetItem(
                [
                    format_datetime(info.created_at),
                    why,
                    self.tr("Second copy") if elsewhere else self.tr("Journal folder"),
                    self.tr("Type the pair passphrase to see"),
                ]
            )
            item.setData(0, FOLDER_ROLE, str(info.folder))
            self.table.addTopLevelItem(item)
        if not self._infos:
            item = QTreeWidgetItem([self.tr("No backups yet."), "", "", ""])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.table.addTopLevelItem(item)
        elif (first := self.table.topLevelItem(0)) is not None:
            self.table.setCurrentItem(first)
        self._update_buttons()

    def reason_text(self, reason: BackupReason) -> str:
        match reason:
            case BackupReason.DAILY:
                return self.tr("Daily")
            case BackupReason.MANUAL:
                return self.tr("Made by hand")
            case BackupReason.BEFORE_MIGRATION:
                return self.tr("Before an update")
            case _:
                return self.tr("Before a restore")

    def contents_text(self, contents: BackupContents) -> str:
        parts = [table_count_text(table, count) for table, count in contents.counts]
        parts.append(self.tr("%n own areas", "", contents.personal_areas))
        return ", ".join(parts)

    def _selected(self) -> BackupInfo | None:
        item = self.table.currentItem()
        if item is None or item.data(0, FOLDER_ROLE) is None:
            return None
        folder = Path(str(item.data(0, FOLDER_ROLE)))
        return next((info for info, _ in self._infos if info.folder == folder), None)

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self._selected() is not None and not self.busy)

    def show_contents(self) -> None:
        """Open each backup read-only with the pair passphrase (off the GUI thread: each
        takes one key derivation) and show what it holds; Stop ends it between backups."""
        self.passphrase_error.clear_message()
        passphrase = self.passphrase.text()
        if not passphrase:
            self.passphrase_error.show_message(self.tr("Type the pair passphrase."))
            self.passphrase.setFocus()
            return
        infos = [info for info, _elsewhere in self._infos]
        self.passphrase.clear()
        for row in range(len(infos)):
            item = self.table.topLevelItem(row)
            if item is not None:
                item.setText(3, self.tr("Opening…"))
        progress = Progress()
        self._start(
            lambda: backups.inspect_all(infos, passphrase, progress),
            label=self.tr("Opening the backups…"),
            done=self._show_inspected,
            journal=False,
            progress=progress,
        )

    def _start(
        self,
        work: Callable[[], object],
        *,
        label: str,
        done: Callable[[object], object],
        failed: Callable[[Failure], object] | None = None,
        journal: bool = True,
        progress: Progress | None = None,
        changes: Changes = Changes.NONE,
    ) -> None:
        """Run one piece of this dialog's work; its buttons wait until it has ended."""
        self._set_busy(True)

        def finished(result: object) -> None:
            self._set_busy(False)
            done(result)

        def refused(failure: Failure) -> None:
            self._set_busy(False)
            (failed or self._show_failure)(failure)

        self._task = self.last_task = self._tasks.run(
            work,
            owner=self,
            label=label,
            done=finished,
            failed=refused,
            cancelled=self._stopped,
            journal=journal,
            cancellable=progress is not None,
            progress=progress,
            changes=changes,
            line=self.task_line,
        )

    def _set_busy(self, busy: bool) -> None:
        if not busy:
            self._task = None
        for button in (
            self.back_up_button,
            self.show_contents_button,
            self.export_button,
            self.choose_second_button,
        ):
            button.setEnabled(not busy)
        self.clear_second_button.setEnabled(not busy and self._has_second)
        self.restore_button.setEnabled(not busy and self._selected() is not None)

    def _show_failure(self, failure: Failure) -> None:
        self.status.setText(failure.message)

    def _stopped(self) -> None:
        self._set_busy(False)
        self.status.setText(self.tr("Stopped. Nothing was written."))
        self._reset_contents_column()

    def _reset_contents_column(self) -> None:
        for row in range(len(self._infos)):
            item = self.table.topLevelItem(row)
            if item is not None and item.text(3) == self.tr("Opening…"):
                item.setText(3, self.tr("Type the pair passphrase to see"))

    def _show_inspected(self, results: object) -> None:
        assert isinstance(results, list)
        opened = 0
        for row, result in enumerate(results):
            item = self.table.topLevelItem(row)
            if item is None:
                continue
            if isinstance(result, BackupContents):
                item.setText(3, self.contents_text(result))
                opened += 1
            elif isinstance(result, JournalError) and result.code is ErrorCode.WRONG_PASSPHRASE:
                item.setText(3, self.tr("Made under another passphrase"))
            else:
                item.setText(3, self.tr("Damaged: cannot be read"))
        if results and not opened:
            self.passphrase_error.show_message(
                self.tr("The passphrase opens none of the backups. Check it and try again.")
            )

    @property
    def busy(self) -> bool:
        """True while work of this dialog runs (its outcome is not shown yet)."""
        return self._task is not None

    # --- actions -------------------------------------------------------------

    def back_up_now(self) -> None:
        self.status.clear()
        self._start(
            self._journal.back_up_now,
            label=self.tr("Backing up…"),
            done=self._backed_up,
            changes=Changes.JOURNAL,
        )

    def _backed_up(self, outcome: object) -> None:
        assert isinstance(outcome, BackupOutcome)
        self.status.setText(self.outcome_text(outcome))
        self.refresh()

    def outcome_text(self, outcome: BackupOutcome) -> str:
        if outcome.backup is None:
            failure = outcome.error
            return error_message(failure) if failure is not None else ""
        text = self.tr("Backed up at %1.").replace("%1", format_datetime(outcome.backup.created_at))
        if outcome.second_location_error is not None:
            text += " " + self.tr(
                "The second copy could not be made: check that the folder (USB stick) is connected."
            )
        return text

    def choose_second_location(self) -> None:
        start = self._journal.second_backup_location() or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
        )
        folder = self._dialogs.choose_folder(
            self, self.tr("Choose a folder for the second copy"), start
        )
        if folder is None:
            return
        if folder.resolve().is_relative_to(self._journal.folder.resolve()):
            self.status.setText(
                self.tr("Choose a folder outside the journal folder, on another disk if you can.")
            )
            return
        try:
            self._journal.set_second_backup_location(folder)
        except JournalError as error:
            self.status.setText(error_message(error))
            return
        self.refresh()

    def clear_second_location(self) -> None:
        try:
            self._journal.set_second_backup_location(None)
        except JournalError as error:
            self.status.setText(error_message(error))
            return
        self.refresh()

    def restore_selected(self) -> None:
        info = self._selected()
        if info is None:
            return
        other = is_other_journals(info, self._journal)
        if not confirm_restore(self._dialogs, self, info, other_journal=other):
            return
        self.accept()
        self.restore_requested.emit(info.folder, other)

    def export(self) -> None:
        self.export_error.clear_message()
        confirmed = self._dialogs.confirm(
            self,
            self.tr("Export as plain text"),
            self.tr(
                "The export file is not encrypted: anyone who gets it can read every debrief "
                "and, if you include them, own areas. Save it only where others cannot reach "
                "it, and delete it when it is no longer needed."
            ),
            self.tr("Export"),
        )
        if not confirmed:
            return
        documents = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        suggested = documents / f"tyoparipaivakirja-{format_date_for_file()}.json"
        target = self._dialogs.choose_output_file(
            self, self.tr("Save the export"), suggested, self.tr("JSON files (*.json)")
        )
        if target is None:
            return
        own = {mid: field.text() for mid, field in self.own_fields.items() if field.text()}
        for field in self.own_fields.values():
            field.clear()  # the own passphrases are not kept, whatever happens next
        journal = self._journal
        progress = Progress()

        def work() -> Path:
            return export_journal(journal, target, own, progress).target

        self.status.clear()
        self._start(
            work,
            label=self.tr("Exporting…"),
            done=self._exported,
            failed=self._export_failed,
            progress=progress,
        )

    def _export_failed(self, failure: Failure) -> None:
        error = failure.error
        if error is not None and error.code is ErrorCode.WRONG_PASSPHRASE:
            self.export_error.show_message(
                self.tr("An own passphrase is not correct. Check it, or leave it empty.")
            )
        else:
            self.export_error.show_message(failure.message)

    def _exported(self, target: object) -> None:
        assert isinstance(target, Path)
        self.status.setText(self.tr("Exported to %1.").replace("%1", str(target)))
        self.export_error.clear_message()
        self._dialogs.inform(
            self,
            self.tr("Export ready"),
            self.tr("The export was saved to %1. Remember it is not encrypted.").replace(
                "%1", str(target)
            ),
        )


def confirm_restore(
    dialogs: Dialogs, parent: QWidget, info: BackupInfo, *, other_journal: bool
) -> bool:
    """Ask before a restore. Another journal's backup gets its own question, which says
    so and what becomes of the journal open now: the user chooses that explicitly."""
    made = format_datetime(info.created_at)
    if not other_journal:
        return dialogs.confirm(
            parent,
            translate("BackupsDialog", "Restore a backup"),
            translate(
                "BackupsDialog",
                "The journal locks and is replaced by the backup made %1. The journal as it "
                "is now is first kept as a backup of its own, so nothing is lost. Unlock the "
                "journal afterwards with the passphrase it had when the backup was made.",
            ).replace("%1", made),
            translate("BackupsDialog", "Restore"),
        )
    return dialogs.confirm(
        parent,
        translate("BackupsDialog", "Restore another journal's backup?"),
        translate(
            "BackupsDialog",
            "This backup, made %1, belongs to a different journal, not to the one open now. "
            "Restoring it replaces this journal with that other journal: its entries, its "
            "members and its passphrase. The journal as it is now is first kept as a backup "
            "in this folder (\u201cBefore a restore\u201d), so it can be put back. Afterwards, "
            "unlock with the pair passphrase of that other journal.",
        ).replace("%1", made),
        translate("BackupsDialog", "Replace with the other journal"),
    )


def format_date_for_file() -> str:
    """Today as part of a file name (``2026-11-27``), which sorts well in folders."""
    return date.today().isoformat()
