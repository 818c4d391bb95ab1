"""Building blocks of the debrief editor: text areas, checkbox grids, list rows."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tyoparipaivakirja.core.debriefs import (
    MAX_SHORT_TEXT_LENGTH,
    TOGETHER,
    FollowUp,
    SupervisionTag,
    SupervisionTopic,
)
from tyoparipaivakirja.core.ids import new_id
from tyoparipaivakirja.core.members import Member
from tyoparipaivakirja.gui.common.locale_text import date_pattern
from tyoparipaivakirja.gui.common.privacy_notice import PrivacyNotice
from tyoparipaivakirja.gui.common.scale_choice import WrappedCheckBox
from tyoparipaivakirja.gui.common.widgets import FieldError, FlowLayout, ResponsiveRow
from tyoparipaivakirja.gui.debriefs.vocabulary import owner_label, supervision_tag_label


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(accessible_name: str, maximum: date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_pattern())
    edit.setAccessibleName(accessible_name)
    if maximum is not None:
        edit.setMaximumDate(to_qdate(maximum))
    return edit


class TextArea(QPlainTextEdit):
    """Multi-line text where Tab moves on (keyboard users are not trapped)."""

    def __init__(self, accessible_name: str, lines: int = 4) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setAccessibleName(accessible_name)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * lines + 12)
        self.setMaximumHeight(self.fontMetrics().lineSpacing() * (lines * 3) + 12)


class TextBlock(QWidget):
    """Label above, the text area, then the privacy notice and an error line."""

    def __init__(self, label: str, hint: str = "", lines: int = 4) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        title = QLabel(f"<b>{label}</b>")
        title.setWordWrap(True)
        layout.addWidget(title)
        if hint:
            hint_label = QLabel(hint)
            hint_label.setWordWrap(True)
            layout.addWidget(hint_label)
        self.edit = TextArea(label, lines)
        title.setBuddy(self.edit)
        layout.addWidget(self.edit)
        self.privacy = PrivacyNotice(self.edit)
        layout.addWidget(self.privacy)
        self.error = FieldError()
        layout.addWidget(self.error)
        self.edit.textChanged.connect(self.error.clear_message)  # answered: the message goes
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        self.edit.setPlainText(text)


class CheckGrid[E: str](QWidget):
    """A set of check boxes for a set of values (enum members or plain items), labelled.

    The labels wrap instead of being cut (long role-split tasks) and never widen the
    form; with ``flow`` the boxes run left to right and wrap onto new lines (short tags
    at 200 % text), else they stand in ``columns`` columns."""

    changed = Signal()

    def __init__(
        self, values: Iterable[E], label_of: dict[E, str], columns: int = 2, flow: bool = False
    ) -> None:
        super().__init__()
        self._flow = flow
        self._layout: QGridLayout | FlowLayout
        if flow:
            self._layout = FlowLayout(self, spacing=10)
        else:
            self._layout = QGridLayout(self)
            self._layout.setContentsMargins(0, 0, 0, 0)
        self._columns = columns
        self.boxes: dict[E, QCheckBox] = {}
        self._rows: list[WrappedCheckBox] = []
        self.set_values(values, label_of)

    def set_values(self, values: Iterable[E], label_of: dict[E, str]) -> None:
        """Offer these values instead, keeping the ticks of those still offered."""
        chosen = set(self.selected())
        for row in self._rows:
            self._layout.removeWidget(row)
            row.hide()  # at once: the deletion itself waits for the event loop
            row.deleteLater()
        self.boxes = {}
        self._rows = []
        for index, value in enumerate(values):
            row = WrappedCheckBox(label_of[value], wrap=not self._flow)
            row.box.setChecked(value in chosen)
            row.box.toggled.connect(self.changed)
            self.boxes[value] = row.box
            self._rows.append(row)
            if isinstance(self._layout, QGridLayout):
                self._layout.addWidget(row, index // self._columns, index % self._columns)
            else:
                self._layout.addWidget(row)
        if isinstance(self._layout, QGridLayout):
            for column in range(self._columns):
                self._layout.setColumnStretch(column, 1)

    def selected(self) -> tuple[E, ...]:
        return tuple(value for value, box in self.boxes.items() if box.isChecked())

    def set_selected(self, values: Iterable[E]) -> None:
        chosen = set(values)
        for value, box in self.boxes.items():
            box.setChecked(value in chosen)


def owner_combo(members: list[Member], accessible_name: str) -> QComboBox:
    combo = QComboBox()
    for member in members:
        combo.addItem(member.display_name, member.member_id)
    combo.addItem(owner_label(TOGETHER, members), TOGETHER)
    combo.setCurrentIndex(combo.count() - 1)
    combo.setAccessibleName(accessible_name)
    return combo


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


class FollowUpRow(QWidget):
    """Task · owner · due date · done, with a remove button."""

    removed = Signal(QWidget)
    changed = Signal()

    def __init__(self, members: list[Member], item: FollowUp | None = None) -> None:
        super().__init__()
        # Its own id from the start, so saving again updates it (core.ids).
        self.follow_up_id = item.follow_up_id if item and item.follow_up_id else new_id()
        self.task = QLineEdit(item.task if item else "")
        self.task.setMaxLength(MAX_SHORT_TEXT_LENGTH)
        self.task.setPlaceholderText(self.tr("What needs doing"))
        self.task.setAccessibleName(self.tr("Follow-up task"))
        self.privacy = PrivacyNotice(self.task)
        self._done_touched = False
        self.owner = owner_combo(members, self.tr("Who does it"))
        if item:
            select_data(self.owner, item.owner)
        self.has_due = QCheckBox(self.tr("By"))
        self.has_due.setAccessibleName(self.tr("Has a due date"))
        self.due = date_edit(self.tr("Due date"))
        self.due.setDate(to_qdate(item.due) if item and item.due else QDate.currentDate())
        self.has_due.setChecked(bool(item and item.due))
        self.due.setEnabled(self.has_due.isChecked())
        self.has_due.toggled.connect(self.due.setEnabled)
        self.done = QCheckBox(self.tr("Done"))
        self.done.setChecked(bool(item and item.done))
        remove = QPushButton(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove this follow-up"))
        remove.clicked.connect(lambda: self.removed.emit(self))
        # The task has the whole width: beside five other controls it shrank to a few
        # letters at 200 % text. Who, when, done and remove flow on the line below.
        details = QWidget()
        row = FlowLayout(details, spacing=8)
        row.addWidget(self.owner)
        row.addWidget(self.has_due)
        row.addWidget(self.due)
        row.addWidget(self.done)
        row.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(2)
        layout.addWidget(self.task)
        layout.addWidget(details)
        layout.addWidget(self.privacy)
        self.done.clicked.connect(self._mark_done_touched)
        for signal in (
            self.task.textChanged,
            self.owner.currentIndexChanged,
            self.has_due.toggled,
            self.due.dateChanged,
            self.done.toggled,
        ):
            signal.connect(self.changed)
        self.setFocusProxy(self.task)

    def _mark_done_touched(self) -> None:
        self._done_touched = True

    def sync_done(self, done: bool) -> None:
        """Take the stored done state, unless the user ticked the box here."""
        if not self._done_touched:
            self.done.blockSignals(True)
            self.done.setChecked(done)
            self.done.blockSignals(False)

    def value(self) -> FollowUp:
        return FollowUp(
            task=self.task.text(),
            owner=str(self.owner.currentData()),
            due=from_qdate(self.due.date()) if self.has_due.isChecked() else None,
            done=self.done.isChecked(),
            follow_up_id=self.follow_up_id,
        )


class TopicRow(QWidget):
    """A topic for work supervision with its tags and who raises it."""

    removed = Signal(QWidget)
    changed = Signal()

    def __init__(self, members: list[Member], item: SupervisionTopic | None = None) -> None:
        super().__init__()
        self.topic_id = item.topic_id if item and item.topic_id else new_id()
        self.text = QLineEdit(item.text if item else "")
        self.text.setMaxLength(MAX_SHORT_TEXT_LENGTH)
        self.text.setPlaceholderText(self.tr("What we want to bring to supervision"))
        self.text.setAccessibleName(self.tr("Supervision topic"))
        self.privacy = PrivacyNotice(self.text)
        self.raised_by = owner_combo(members, self.tr("Who raises it"))
        if item:
            select_data(self.raised_by, item.raised_by)
        self.tags = CheckGrid(
            list(SupervisionTag), {t: supervision_tag_label(t) for t in SupervisionTag}, flow=True
        )
        if item:
            self.tags.set_selected(item.tags)
        remove = QPushButton(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove this topic"))
        remove.clicked.connect(lambda: self.removed.emit(self))
        top = ResponsiveRow()
        top.add(self.text, 3)
        top.add(self.raised_by, 1)
        top.add(remove, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.addWidget(top)
        layout.addWidget(self.privacy)
        layout.addWidget(self.tags)
        self.text.textChanged.connect(self.changed)
        self.raised_by.currentIndexChanged.connect(self.changed)
        self.tags.changed.connect(self.changed)
        self.setFocusProxy(self.text)

    def value(self) -> SupervisionTopic:
        return SupervisionTopic(
            self.text.text(), self.tags.selected(), str(self.raised_by.currentData()), self.topic_id
        )
