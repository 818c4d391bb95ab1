"""What must not be missed, on the page the app opens on (Purut).

Three calm panels, each shown only while it has something to say, each with one way
on: the role split's review is due, follow-ups are past their date, or an own area was
reset with the pair passphrase (its owner can still bring it back). No alarm colours.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from tyoparipaivakirja.actions.debriefs import OpenFollowUp
from tyoparipaivakirja.actions.journal import Journal
from tyoparipaivakirja.actions.own_area import ResetArea
from tyoparipaivakirja.core.errors import JournalError
from tyoparipaivakirja.core.members import Member
from tyoparipaivakirja.gui.common.locale_text import format_date, format_time
from tyoparipaivakirja.gui.common.widgets import paragraph
from tyoparipaivakirja.gui.roles.role_reminder import RoleReviewReminder

translate = QCoreApplication.translate


def reset_notice_text(member_name: str, reset: ResetArea) -> str:
    """When an own area was reset and until when its owner can bring it back."""
    moment = reset.reset_at.astimezone()
    return (
        translate(
            "StartNotices",
            "The own area of %1 was reset on %2 at %3 (with the pair passphrase). With its "
            "old own passphrase %1 can bring it back on the Own area page until %4; after "
            "that it is deleted for good.",
        )
        .replace("%1", member_name)
        .replace("%2", format_date(moment.date()))
        .replace("%3", format_time(moment))
        .replace("%4", format_date(reset.recoverable_until()))
    )


def overdue_text(count: int, first: OpenFollowUp) -> str:
    """``count`` follow-ups are past their date, ``first`` the earliest of them."""
    return (
        translate("StartNotices", "%n follow-ups are past their date.", "", count)
        + " "
        + translate("StartNotices", "The earliest: %1 (by %2).")
        .replace("%1", first.task)
        .replace("%2", format_date(first.due) if first.due else "")
    )


class NoticePanel(QFrame):
    """A quiet panel: a sentence and one button, the accent as a left edge."""

    def __init__(self, name: str, button_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        accent = self.palette().color(QPalette.ColorRole.Highlight).name()
        self.setStyleSheet(
            f"#{name} {{ background: palette(alternate-base);"
            f" border-left: 4px solid {accent}; border-radius: 4px; }}"
        )
        self.text = paragraph("")
        self.button = QPushButton(button_text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)

    def say(self, text: str) -> None:
        self.text.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))


class StartNotices(QWidget):
    """The start page's reminders; ``open_page_requested`` names the page to go to."""

    open_page_requested = Signal(str)
    changed = Signal()  # what is shown changed (the page fits its room to it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.role_reminder = RoleReviewReminder()
        self.role_reminder.open_requested.connect(lambda: self.open_page_requested.emit("roles"))
        self.overdue = NoticePanel("overdueNotice", self.tr("Show the follow-ups"))
        self.overdue.setAccessibleName(self.tr("Overdue follow-ups"))
        self.overdue.button.clicked.connect(lambda: self.open_page_requested.emit("follow_ups"))
        self.resets = NoticePanel("resetNotice", self.tr("Go to the own area"))
        self.resets.setAccessibleName(self.tr("Reset own area"))
        self.resets.button.clicked.connect(lambda: self.open_page_requested.emit("personal"))
        for panel in (self.role_reminder, self.overdue, self.resets):
            layout.addWidget(panel)
            panel.setVisible(False)

    @property
    def overdue_text(self) -> QLabel:
        return self.overdue.text

    @property
    def overdue_button(self) -> QPushButton:
        return self.overdue.button

    @property
    def resets_text(self) -> QLabel:
        return self.resets.text

    @property
    def resets_button(self) -> QPushButton:
        return self.resets.button

    def refresh(self, journal: Journal, today: date) -> None:
        """Read what is due now; a failure (a locked journal) shows nothing."""
        try:
            state = journal.roles.review_state(today)
            overdue, earliest = journal.debriefs.overdue_follow_ups(today)
            resets = journal.reset_areas()
            members = {member.member_id: member for member in journal.members.all()}
        except JournalError:
            for panel in (self.role_reminder, self.overdue, self.resets):
                panel.setVisible(False)
            self.changed.emit()
            return
        self.role_reminder.show_state(state)
        self.overdue.say(overdue_text(overdue, earliest) if earliest is not None else "")
        self.resets.say(
            "\n".join(reset_notice_text(_name(members, reset.member_id), reset) for reset in resets)
        )
        self.changed.emit()

    def has_notices(self) -> bool:
        return any(
            not panel.isHidden() for panel in (self.role_reminder, self.overdue, self.resets)
        )


def _name(members: dict[str, Member], member_id: str) -> str:
    member = members.get(member_id)
    return member.display_name if member is not None else "–"
