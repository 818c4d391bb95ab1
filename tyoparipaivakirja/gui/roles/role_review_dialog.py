"""Reviewed, no changes: the pair looked at the role split and keeps it as it is.

The record keeps who wrote it, the day, whether it came up in work supervision, a
note, and the next review date (proposed the same way as for a new version).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tyoparipaivakirja.actions.journal import Journal
from tyoparipaivakirja.core.errors import JournalError, ValidationError, ValidationField
from tyoparipaivakirja.core.members import Member
from tyoparipaivakirja.core.roles import ReviewRecord, Revision, propose_next_review
from tyoparipaivakirja.gui.common.widgets import FieldError, labelled, paragraph, text_lines
from tyoparipaivakirja.gui.roles.role_editor import date_edit, to_date, to_qdate
from tyoparipaivakirja.messages import error_message


class ReviewDialog(QDialog):
    """Record a review without changes; ``recorded`` carries the new record."""

    recorded = Signal(object)

    def __init__(
        self,
        journal: Journal,
        members: Sequence[Member],
        current: Revision,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self.setWindowTitle(self.tr("Reviewed, no changes"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "You looked at version %1 of the role split together and keep it as it "
                    "is. The review is recorded and the reminder moves to the next date."
                ).replace("%1", str(current.version))
            )
        )
        self.recorder = QComboBox()
        for member in members:
            self.recorder.addItem(member.display_name, member.member_id)
        layout.addWidget(labelled(self.tr("Who records it?"), self.recorder))
        self.reviewed_on = date_edit(self.tr("Reviewed on"))
        self.reviewed_on.setDate(to_qdate(today))
        layout.addWidget(labelled(self.tr("Reviewed on"), self.reviewed_on))
        self.next_review = date_edit(self.tr("Next review"))
        self.next_review.setDate(to_qdate(propose_next_review(today, current.frame.ka_started_on)))
        self.next_review_error = FieldError()
        layout.addWidget(labelled(self.tr("Next review"), self.next_review, self.next_review_error))
        self.discussed = QCheckBox(self.tr("Discussed in work supervision"))
        layout.addWidget(self.discussed)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(text_lines(self.note, 3))
        self.note_error = FieldError()
        layout.addWidget(labelled(self.tr("Note (optional)"), self.note, self.note_error))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Record the review"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        self.next_review_error.clear_message()
        self.note_error.clear_message()
        try:
            record: ReviewRecord = self._journal.roles.record_review_without_changes(
                str(self.recorder.currentData()),
                to_date(self.reviewed_on.date()),
                to_date(self.next_review.date()),
                note=self.note.toPlainText(),
                discussed_in_supervision=self.discussed.isChecked(),
            )
        except JournalError as error:
            if (
                isinstance(error, ValidationError)
                and error.field is ValidationField.ROLE_REVIEW_NOTE
            ):
                self.note_error.show_message(error_message(error))
                self.note.setFocus()
            else:
                self.next_review_error.show_message(error_message(error))
                self.next_review.setFocus()
            return
        self.recorded.emit(record)
        self.accept()
