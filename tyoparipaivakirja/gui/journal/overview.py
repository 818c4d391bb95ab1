"""Etusivu: the journal at a glance — its members and their personal areas."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from tyoparipaivakirja.actions.journal import Journal
from tyoparipaivakirja.core.changes import Changes
from tyoparipaivakirja.gui.common.page import JournalPage
from tyoparipaivakirja.gui.common.widgets import form_column, heading, paragraph
from tyoparipaivakirja.gui.roles.role_reminder import RoleReviewReminder
from tyoparipaivakirja.messages import role_label


class OverviewPage(JournalPage):
    """Who is in the pair, and where each member's personal area stands."""

    page_key = "overview"
    shows = Changes.JOURNAL | Changes.ROLES | Changes.OWN_AREA
    change_passphrase_requested = Signal()
    personal_area_requested = Signal()

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        content = QWidget()
        self._layout = QVBoxLayout(content)
        self._layout.addSpacing(8)
        self._layout.addWidget(heading(journal.info.name))
        self.role_reminder = RoleReviewReminder()
        self.role_reminder.open_requested.connect(lambda: self.open_page_requested.emit("roles"))
        self._layout.addWidget(self.role_reminder)
        self._layout.addWidget(
            paragraph(
                self.tr(
                    "This journal is encrypted on this computer. Lock it whenever you step "
                    "away; it also locks by itself when nobody uses it."
                )
            )
        )
        self._layout.addWidget(heading(self.tr("Members"), 2))
        self.members_form = QFormLayout()
        self._layout.addLayout(self.members_form)
        self.personal_button = QPushButton(self.tr("Go to your own area"))
        self.personal_button.clicked.connect(self.personal_area_requested)
        self._layout.addWidget(self.personal_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._layout.addWidget(heading(self.tr("Journal"), 2))
        folder = QLabel(str(journal.folder))
        folder.setWordWrap(True)
        folder.setAccessibleName(self.tr("Journal folder"))
        info = QFormLayout()
        info.addRow(self.tr("Folder:"), folder)
        self._layout.addLayout(info)
        self.change_button = QPushButton(self.tr("Change the pair passphrase…"))
        self.change_button.clicked.connect(self.change_passphrase_requested)
        self._layout.addWidget(self.change_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(form_column(content))
        self.refresh()

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("OverviewPage", "Journal")

    def enter(self) -> None:
        self.refresh()

    def refresh_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.role_reminder.show_state(self._journal.roles.review_state(date.today()))
        while self.members_form.rowCount():
            self.members_form.removeRow(0)
        for member in self._journal.members.all():
            status = (
                self.tr("has a personal area")
                if self._journal.has_personal_area(member.member_id)
                else self.tr("no personal area yet")
            )
            value = QLabel(f"{role_label(member.role)} · {status}")
            value.setAccessibleName(f"{member.display_name}: {value.text()}")
            self.members_form.addRow(QLabel(member.display_name), value)
