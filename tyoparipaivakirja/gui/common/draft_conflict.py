"""The question asked when a draft meets a version saved after it: what differs, field
by field, and which to keep. Opened only through the dialog seam (``gui.dialogs``)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tyoparipaivakirja.gui.common.drafts import Difference, DraftChoice
from tyoparipaivakirja.gui.common.widgets import FlowLayout, paragraph, text_width


class DraftConflictDialog(QDialog):
    """Shows the differences and three choices; ``choice`` is set when one is pressed."""

    def __init__(
        self,
        title: str,
        intro: str,
        found: Sequence[Difference],
        allow_copy: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.choice: DraftChoice | None = None
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(intro))
        self.table = QTableWidget(len(found), 3)
        self.table.setAccessibleName(self.tr("Differences"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Your draft"), self.tr("Saved now")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, difference in enumerate(found):
            for column, text in enumerate((difference.label, difference.mine, difference.saved)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        # Rows as tall as their wrapped text once the columns have their final widths.
        header.sectionResized.connect(lambda *_args: self.table.resizeRowsToContents())
        layout.addWidget(self.table, 1)
        # The choices flow onto a second line at large text instead of widening the dialog.
        buttons = FlowLayout()
        self.mine_button = QPushButton(self.tr("Keep my draft"))
        self.saved_button = QPushButton(self.tr("Keep the saved version"))
        self.both_button = QPushButton(self.tr("Keep both (my draft as a copy)"))
        self.both_button.setVisible(allow_copy)
        for button, choice in (
            (self.mine_button, DraftChoice.MINE),
            (self.saved_button, DraftChoice.SAVED),
            (self.both_button, DraftChoice.BOTH),
        ):
            button.clicked.connect(lambda _checked=False, c=choice: self._choose(c))
            buttons.addWidget(button)
        later = QPushButton(self.tr("Decide later"))
        later.clicked.connect(self.reject)
        buttons.addWidget(later)
        layout.addLayout(buttons)
        # Room for the differences at any text size, never more than the screen has.
        width = max(760, text_width(self, 90))
        height = max(420, self.fontMetrics().lineSpacing() * 22)
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width() * 9 // 10), min(height, room.height() * 9 // 10)
        self.resize(width, height)

    def _choose(self, choice: DraftChoice) -> None:
        self.choice = choice
        self.accept()
