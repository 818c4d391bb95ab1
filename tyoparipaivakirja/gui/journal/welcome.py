"""The first screen when no journal is known: create a journal or open one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from tyoparipaivakirja.gui.common.widgets import form_column, heading, paragraph


class WelcomePage(QWidget):
    """Two clear choices and a sentence about what the journal is."""

    create_requested = Signal()
    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addSpacing(24)
        layout.addWidget(heading(self.tr("Welcome to Työparipäiväkirja")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "A shared journal for a work pair: debriefs after client visits, your own "
                    "check-ins on how you are coping, the agreed role split, and summaries for "
                    "work supervision. Everything stays on this computer, encrypted with a "
                    "passphrase only you know."
                )
            )
        )
        layout.addSpacing(16)
        self.create_button = QPushButton(self.tr("Create a new journal"))
        self.create_button.setAccessibleName(self.tr("Create a new journal"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_requested)
        self.open_button = QPushButton(self.tr("Open an existing journal…"))
        self.open_button.setAccessibleName(self.tr("Open an existing journal"))
        self.open_button.clicked.connect(self.open_requested)
        layout.addWidget(self.create_button)
        layout.addWidget(self.open_button)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(form_column(content))
        self.setFocusProxy(self.create_button)
