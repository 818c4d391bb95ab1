"""The dialog seam: every message box and file dialog of the app goes through here.

Tests replace the ``Dialogs`` instance with one that answers from a script, so no
modal dialog ever blocks a test run.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from tyoparipaivakirja.gui.common.drafts import Difference, DraftChoice


class Dialogs:
    """Real, modal dialogs for the running app."""

    def choose_folder(self, parent: QWidget, title: str, start: Path) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(parent, title, str(start))
        return Path(chosen) if chosen else None

    def choose_new_folder(self, parent: QWidget, title: str, start: Path) -> Path | None:
        """A folder where something new will be created (the dialog may create it)."""
        return self.choose_folder(parent, title, start)

    def choose_save_file(
        self, parent: QWidget, title: str, suggested: Path, file_filter: str
    ) -> Path | None:
        """Where to save a new file (a PDF); the dialog asks before replacing one."""
        chosen, _selected = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
        if not chosen:
            return None
        path = Path(chosen)
        with_suffix = path.with_suffix(suggested.suffix)
        # Add the missing .pdf only where that replaces nothing the dialog did not ask about.
        return with_suffix if not path.suffix and not with_suffix.exists() else path

    def choose_output_file(
        self, parent: QWidget, title: str, suggested: Path, file_filter: str
    ) -> Path | None:
        """Where to save a file the user asked for (an export, a PDF).

        A place inside a journal folder or onto a database file is refused with the
        reason (the same rule as the command line: ``storage.files.check_output_target``)
        and the save dialog opens again; None when the user cancels.
        """
        from tyoparipaivakirja.actions.journal import check_output_target
        from tyoparipaivakirja.core.errors import ValidationError
        from tyoparipaivakirja.messages import validation_message

        while True:
            chosen = self.choose_save_file(parent, title, suggested, file_filter)
            if chosen is None:
                return None
            try:
                check_output_target(chosen)
            except ValidationError as error:
                self.error(parent, title, validation_message(error))
                continue
            return chosen

    def choose_printer(self, parent: QWidget, title: str) -> QPrinter | None:
        """The system print dialog; the chosen printer, or None when cancelled."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # printing is rare

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(title)
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    def choose_open_file(
        self, parent: QWidget, title: str, start: Path, file_filter: str
    ) -> Path | None:
        """An existing file to read (an export to import)."""
        chosen, _selected = QFileDialog.getOpenFileName(parent, title, str(start), file_filter)
        return Path(chosen) if chosen else None

    def confirm(self, parent: QWidget, title: str, text: str, accept_label: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
        )
        accept = box.addButton(accept_label, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is accept

    def inform(self, parent: QWidget, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def resolve_draft(
        self,
        parent: QWidget,
        title: str,
        intro: str,
        found: Sequence[Difference],
        allow_copy: bool,
    ) -> DraftChoice | None:
        """A draft meets a version saved after it: which to keep (None: decide later)."""
        from tyoparipaivakirja.gui.common.draft_conflict import DraftConflictDialog

        dialog = DraftConflictDialog(title, intro, found, allow_copy, parent)
        dialog.exec()
        choice = dialog.choice
        dialog.deleteLater()
        return choice
