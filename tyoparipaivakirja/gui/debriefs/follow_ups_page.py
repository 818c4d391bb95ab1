"""Avoimet jatkotoimet: every open follow-up across debriefs, overdue first."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tyoparipaivakirja.actions.debriefs import OpenFollowUp
from tyoparipaivakirja.actions.journal import Journal
from tyoparipaivakirja.core.changes import Changes
from tyoparipaivakirja.core.errors import JournalError
from tyoparipaivakirja.core.members import Member
from tyoparipaivakirja.gui.common.locale_text import format_date
from tyoparipaivakirja.gui.common.page import JournalPage
from tyoparipaivakirja.gui.common.widgets import heading, paragraph
from tyoparipaivakirja.gui.debriefs.vocabulary import owner_label
from tyoparipaivakirja.messages import error_message

type AnyIndex = QModelIndex | QPersistentModelIndex

TASK_COLUMN = 2
WRAPPED_COLUMNS = (3, 4)  # who, and the debrief it is from


class FollowUpModel(QAbstractTableModel):
    """Open follow-ups; the first column is a checkbox that marks one done."""

    done_requested = Signal(str)

    def __init__(self, items: list[OpenFollowUp], members: list[Member], today: date) -> None:
        super().__init__()
        self._items = items
        self._members = members
        self._today = today

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Done"),
                self.tr("Due"),
                self.tr("Task"),
                self.tr("Who"),
                self.tr("From the debrief of"),
            ][section]
        return None

    def item(self, row: int) -> OpenFollowUp:
        return self._items[row]

    def _overdue(self, item: OpenFollowUp) -> bool:
        return item.due is not None and item.due < self._today

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            self.done_requested.emit(self._items[index.row()].follow_up_id)
            return True
        return False

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and self._overdue(item):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
            return self.tr("Mark done: %1").replace("%1", item.task)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        match column:
            case 0:
                return ""
            case 1:
                if item.due is None:
                    return self.tr("no date")
                due = format_date(item.due)
                return self.tr("%1 (overdue)").replace("%1", due) if self._overdue(item) else due
            case 2:
                return item.task
            case 3:
                return owner_label(item.owner, self._members)
            case _:
                code = f" · {item.client_code}" if item.client_code else ""
                return f"{format_date(item.visit_date)}{code}"


class FollowUpsPage(JournalPage):
    """Every open follow-up of the pair, markable done right here."""

    page_key = "follow_ups"
    shows = Changes.FOLLOW_UPS | Changes.DEBRIEFS
    open_entry_requested = Signal(str)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._last_done: str | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Open follow-ups")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "The pair's own reminders from the debriefs, overdue first. "
                    "Tick one when it is done."
                )
            )
        )
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Open follow-ups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.doubleClicked.connect(self._open_entry)
        layout.addWidget(self.table, 1)
        self.status = QLabel()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo_done)
        self.undo_button.setVisible(False)
        layout.addWidget(self.status)
        layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.empty = paragraph(
            self.tr("No open follow-ups. New ones are added in a debrief, under Follow-ups.")
        )
        layout.addWidget(self.empty)

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("FollowUpsPage", "Follow-ups")

    def enter(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        items = self._journal.debriefs.open_follow_ups()
        model = FollowUpModel(items, self._journal.members.all(), date.today())
        model.done_requested.connect(self.mark_done)
        old = self.table.model()
        self.table.setModel(model)
        if old is not None:
            old.deleteLater()
        self._size_columns()
        self.empty.setVisible(not items)
        self.table.setVisible(bool(items))

    def _size_columns(self) -> None:
        """The task keeps most of the width: at 200 % text the who and the debrief
        columns, sized to their contents, left the task a few letters. They get at most a
        sixth of the width each and wrap; rows grow to show every line."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TASK_COLUMN, QHeaderView.ResizeMode.Stretch)
        room = self.table.viewport().width()
        for column in WRAPPED_COLUMNS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            wanted = max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))
            header.resizeSection(column, min(wanted, max(60, room // 6)))
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.table.model() is not None:
            self._size_columns()

    def mark_done(self, follow_up_id: str) -> None:
        try:
            self._journal.debriefs.set_follow_up_done(follow_up_id, True)
        except JournalError as error:
            self.status.setText(error_message(error))
            return
        self._last_done = follow_up_id
        self.status.setText(self.tr("Marked done."))
        self.undo_button.setVisible(True)
        self.refresh()
        self.saved_changes.emit(Changes.FOLLOW_UPS)

    def undo_done(self) -> None:
        if self._last_done is not None:
            self._journal.debriefs.set_follow_up_done(self._last_done, False)
            self._last_done = None
        self.status.setText("")
        self.undo_button.setVisible(False)
        self.refresh()
        self.saved_changes.emit(Changes.FOLLOW_UPS)

    def _open_entry(self, index: QModelIndex) -> None:
        model = self.table.model()
        if isinstance(model, FollowUpModel):
            self.open_entry_requested.emit(model.item(index.row()).entry_id)
