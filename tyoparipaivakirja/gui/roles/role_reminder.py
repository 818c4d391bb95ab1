"""A calm reminder that the role split is due for its review.

Shown from the agreed review date on, until the pair reviews: a new accepted version
or a "reviewed, no changes" record moves the date on. No alarm colours: a quiet panel
with a sentence and a way to the role split.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from tyoparipaivakirja.core.roles import ReviewState
from tyoparipaivakirja.gui.common.locale_text import format_date
from tyoparipaivakirja.gui.common.widgets import paragraph


class RoleReviewReminder(QFrame):
    """Visible only while a review is due; ``open_requested`` leads to the role split."""

    open_requested = Signal()

    def __init__(self, with_open_button: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roleReviewReminder")
        accent = self.palette().color(QPalette.ColorRole.Highlight).name()
        self.setStyleSheet(
            "#roleReviewReminder { background: palette(alternate-base);"
            f" border-left: 4px solid {accent}; border-radius: 4px; }}"
        )
        self.text = paragraph("")
        self.text.setAccessibleName(self.tr("Role split review"))
        self.open_button = QPushButton(self.tr("Go to the role split"))
        self.open_button.clicked.connect(self.open_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignVCenter)
        # Only once the button has a parent: a parentless widget made visible becomes a
        # window of its own and takes keyboard focus (and shortcuts) from the app.
        self.open_button.setVisible(with_open_button)
        self.setVisible(False)

    def show_state(self, state: ReviewState) -> None:
        if not state.due or state.next_review_on is None:
            self.setVisible(False)
            return
        self.text.setText(self.reminder_text(state.next_review_on))
        self.setAccessibleDescription(self.text.text())
        self.setVisible(True)

    def reminder_text(self, review_on: date) -> str:
        return self.tr(
            "It is time to review your role split together (agreed for %1). Either make a "
            "change, or mark that you reviewed it and keep it as it is."
        ).replace("%1", format_date(review_on))
