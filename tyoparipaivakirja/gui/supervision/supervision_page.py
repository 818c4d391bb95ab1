"""Työnohjaus: the work supervision sessions, their agenda and agreements, and the summary.

The list on the left holds the sessions (newest first). The editor on the right keeps
one session: its date and supervisor, the agenda built from the topics raised in shared
debriefs since the previous session (add, reorder, drop, or write your own), and the
agreements made (text, who, status). The agenda and the agreements are scanned as they
are typed, like a debrief's texts: a henkilötunnus gets a notice with one-click removal
(and the session is not saved with it), a phone number or an e-mail address a softer
one. "Make the summary" opens the summary dialog, whose privacy check can bring the user
back here to the very agenda item or agreement to fix.

"New session" fills the editor without saving anything: a stray click leaves nothing
behind. What is typed and not saved (date, supervisor, agenda, an own topic half
written, agreements) is kept as a draft in the pair journal (``gui.drafts``) and
comes back with the session (or with "New session").
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tyoparipaivakirja.actions.journal import Journal
from tyoparipaivakirja.actions.summary import default_period
from tyoparipaivakirja.actions.supervision import suggested_for
from tyoparipaivakirja.core.changes import Changes
from tyoparipaivakirja.core.debriefs import TOGETHER
from tyoparipaivakirja.core.drafts import DraftUnreadable, fingerprint, from_plain, to_plain
from tyoparipaivakirja.core.errors import JournalError, ValidationError, ValidationField
from tyoparipaivakirja.core.ids import new_id
from tyoparipaivakirja.core.members import Member
from tyoparipaivakirja.core.privacy import redact_hetus
from tyoparipaivakirja.core.summary import PlaceKind
from tyoparipaivakirja.core.supervision import (
    MAX_ITEM_LENGTH,
    MAX_SUPERVISOR_LENGTH,
    AgendaItem,
    Agreement,
    AgreementStatus,
    SupervisionSession,
)
from tyoparipaivakirja.gui.common.cleanup import alive, guarded
from tyoparipaivakirja.gui.common.dialogs import Dialogs
from tyoparipaivakirja.gui.common.drafts import DraftChoice, DraftKeeper, resolve_conflict
from tyoparipaivakirja.gui.common.locale_text import (
    date_pattern,
    format_date,
    format_time,
    pydate,
    qdate,
)
from tyoparipaivakirja.gui.common.page import JournalPage
from tyoparipaivakirja.gui.common.privacy_notice import PrivacyNotice
from tyoparipaivakirja.gui.common.tasks import TaskRunner
from tyoparipaivakirja.gui.common.widgets import (
    FieldError,
    FlowLayout,
    form_column,
    heading,
    labelled,
    paragraph,
    reveal,
    text_width,
)
from tyoparipaivakirja.gui.debriefs.vocabulary import owner_label, supervision_tag_label
from tyoparipaivakirja.messages import error_message

if TYPE_CHECKING:
    from tyoparipaivakirja.gui.supervision.summary_dialog import SummaryDialog

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
LIST_WIDTH = 250
SESSION_DRAFT = "supervision"
NEW = ""  # the session id of a session not saved yet


@dataclass(frozen=True, slots=True)
class SessionForm:
    """What the session editor holds: the session and an own topic being written."""

    held_on: date
    supervisor: str
    agenda: tuple[AgendaItem, ...]
    agreements: tuple[Agreement, ...]
    own_topic: str = ""

    @staticmethod
    def of(session: SupervisionSession) -> SessionForm:
        return SessionForm(session.held_on, session.supervisor, session.agenda, session.agreements)


def session_form_id(session_id: str) -> str:
    return f"{SESSION_DRAFT}:{session_id or 'new'}"


# lupdate reads translate("Context", "…") calls: the context is spelled out in each.
translate = QCoreApplication.translate


def status_label(status: AgreementStatus) -> str:
    """Where an agreement stands, in the users' words."""
    return {
        AgreementStatus.OPEN: translate("Supervision", "Open"),
        AgreementStatus.IN_PROGRESS: translate("Supervision", "In progress"),
        AgreementStatus.DONE: translate("Supervision", "Done"),
        AgreementStatus.DROPPED: translate("Supervision", "Dropped"),
    }[status]


class AgreementTextDelegate(QStyledItemDelegate):
    """The agreement text editor in the table, named for screen readers and limited in
    length; ``editing`` is the open editor, so its text is scanned while it is typed (and
    kept in the session's draft)."""

    typing = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editing: QLineEdit | None = None
        self.closeEditor.connect(self._closed)

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        editor.setAccessibleName(translate("Supervision", "Agreement text"))
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(MAX_ITEM_LENGTH)
            editor.textChanged.connect(self.typing)
            self.editing = editor
        return editor

    def _closed(self, _editor: QWidget, _hint: object = None) -> None:
        self.editing = None
        self.typing.emit("")


class SessionEditor(QWidget):
    """One session: date, supervisor, agenda and agreements, saved in one step."""

    saved = Signal(str)
    summary_requested = Signal(str)
    delete_requested = Signal(str)

    def __init__(self, journal: Journal, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.today = today
        self.session: SupervisionSession | None = None
        self.members: list[Member] = []

        self.title = heading("", 2)
        self.held_on = QDateEdit()
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat(date_pattern())
        self.supervisor = QLineEdit()
        self.supervisor.setMaxLength(MAX_SUPERVISOR_LENGTH)
        self.supervisor.setPlaceholderText(self.tr("First name is enough (optional)"))

        self.agenda = QListWidget()
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.agenda.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.agenda.setMinimumHeight(110)
        self.agenda.setWordWrap(True)
        self.agenda.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.drop_button = QPushButton(self.tr("&Remove from agenda"))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.drop_button.clicked.connect(self._drop_agenda_item)
        self.own_topic = QLineEdit()
        self.own_topic.setMaxLength(MAX_ITEM_LENGTH)
        self.own_topic.setAccessibleName(self.tr("A topic of your own"))
        self.own_topic.setPlaceholderText(self.tr("Something else to talk about"))
        self.add_topic_button = QPushButton(self.tr("&Add topic"))
        self.add_topic_button.clicked.connect(self._add_own_topic)
        self.own_topic.returnPressed.connect(self._add_own_topic)

        self.suggestions = QListWidget()
        self.suggestions.setAccessibleName(self.tr("Topics raised in debriefs"))
        self.suggestions.setMinimumHeight(90)
        self.suggestions.setWordWrap(True)
        self.suggestions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.suggestions.itemDoubleClicked.connect(lambda _item: self._take_suggestion())
        self.take_button = QPushButton(self.tr("Add to agenda"))
        self.take_button.clicked.connect(self._take_suggestion)
        self.no_suggestions = QLabel(
            self.tr("No topics were raised in shared debriefs since the previous session.")
        )
        self.no_suggestions.setWordWrap(True)

        self.agreements = QTableWidget(0, 3)
        self.agreements.setAccessibleName(self.tr("Agreements"))
        self.agreements.setHorizontalHeaderLabels(
            [self.tr("Agreement"), self.tr("Who"), self.tr("Status")]
        )
        header = self.agreements.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The who and status columns hold combo boxes, which ResizeToContents ignores.
        for column, width in ((1, 130), (2, 130)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.agreements.setColumnWidth(column, width)
        self.agreements.verticalHeader().setVisible(False)
        self.agreements.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.agreements.setWordWrap(True)
        self.agreement_delegate = AgreementTextDelegate(self.agreements)
        self.agreements.setItemDelegateForColumn(0, self.agreement_delegate)
        self.agreements.setMinimumHeight(120)
        self.add_agreement_button = QPushButton(self.tr("Add a&greement"))
        self.add_agreement_button.clicked.connect(lambda: self.add_agreement(Agreement("")))
        self.remove_agreement_button = QPushButton(self.tr("Remove agreement"))
        self.remove_agreement_button.clicked.connect(self._remove_agreement)

        # The same scan as a debrief's texts, while typing.
        self.own_topic_notice = PrivacyNotice(self.own_topic)
        self.agenda_notice = PrivacyNotice(
            texts=lambda: [item.text for item in self.agenda_items()], redact=self._redact_agenda
        )
        for signal in (
            self.agenda.model().rowsInserted,
            self.agenda.model().rowsRemoved,
            self.agenda.model().dataChanged,
        ):
            self.agenda_notice.watch(signal)
        self.agreements_notice = PrivacyNotice(
            texts=self._agreement_texts, redact=self._redact_agreements
        )
        self.agreements_notice.watch(self.agreements.itemChanged)
        self.agreements_notice.watch(self.agreement_delegate.typing)
        self.agreements_notice.watch(self.agreements.model().rowsRemoved)

        self.error = FieldError()
        self.agreements.itemChanged.connect(self.error.clear_message)  # answered: it goes
        self.save_button = QPushButton(self.tr("&Save session"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.summary_button = QPushButton(self.tr("Make the su&mmary…"))
        self.summary_button.setToolTip(
            self.tr("Saves the session, then makes the summary for the supervisor")
        )
        self.summary_button.clicked.connect(self._request_summary)
        self.delete_button = QPushButton(self.tr("Delete session…"))
        self.delete_button.clicked.connect(
            lambda: self.delete_requested.emit(self.session.session_id if self.session else "")
        )
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Status"))

        # Button rows flow onto a second line at 200 % text instead of widening the page.
        agenda_buttons = FlowLayout()
        for button in (self.up_button, self.down_button, self.drop_button):
            agenda_buttons.addWidget(button)
        own_row = QHBoxLayout()
        own_row.addWidget(self.own_topic, 1)
        own_row.addWidget(self.add_topic_button)
        suggestion_row = QHBoxLayout()
        suggestion_row.addStretch(1)
        suggestion_row.addWidget(self.take_button)
        agreement_buttons = FlowLayout()
        agreement_buttons.addWidget(self.add_agreement_button)
        agreement_buttons.addWidget(self.remove_agreement_button)
        actions = FlowLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.summary_button)
        actions.addWidget(self.delete_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        dates_row = QHBoxLayout()
        dates_row.addWidget(labelled(self.tr("Date"), self.held_on))
        dates_row.addWidget(labelled(self.tr("Supervisor"), self.supervisor), 1)
        layout.addLayout(dates_row)
        layout.addWidget(heading(self.tr("Agenda"), 3))
        layout.addWidget(
            paragraph(self.tr("In the order you want to talk about them. Drag or use the buttons."))
        )
        layout.addWidget(self.agenda)
        layout.addWidget(self.agenda_notice)
        layout.addLayout(agenda_buttons)
        layout.addLayout(own_row)
        layout.addWidget(self.own_topic_notice)
        layout.addWidget(
            heading(self.tr("Topics raised in debriefs since the previous session"), 3)
        )
        layout.addWidget(self.suggestions)
        layout.addWidget(self.no_suggestions)
        layout.addLayout(suggestion_row)
        layout.addWidget(heading(self.tr("Agreements"), 3))
        layout.addWidget(
            paragraph(self.tr("What was agreed in this session; the next summary reports on them."))
        )
        layout.addWidget(self.agreements)
        layout.addWidget(self.agreements_notice)
        layout.addLayout(agreement_buttons)
        layout.addWidget(self.error)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addStretch(1)

        self.drafts = DraftKeeper(
            self.form_value,
            self._keep_draft,
            self._drop_draft,
            self,
            busy=self.journal.in_use_elsewhere,
        )
        self._base: str | None = None
        self._loading = False
        self.held_on.dateChanged.connect(self._touched)
        self.supervisor.textChanged.connect(self._touched)
        self.own_topic.textChanged.connect(self._touched)
        agenda_model = self.agenda.model()
        for signal in (agenda_model.rowsInserted, agenda_model.rowsRemoved, agenda_model.rowsMoved):
            signal.connect(self._touched)
        self.agreements.itemChanged.connect(self._touched)
        agreement_model = self.agreements.model()
        for signal in (agreement_model.rowsInserted, agreement_model.rowsRemoved):
            signal.connect(self._touched)
        self.agreement_delegate.typing.connect(lambda _text: self._touched())

    # --- drafts ---------------------------------------------------------------------

    def _touched(self) -> None:
        if not self._loading:
            self.drafts.touched()

    def form_value(self) -> SessionForm:
        """What the editor holds now (an agreement being typed included)."""
        return SessionForm(
            pydate(self.held_on.date()),
            self.supervisor.text(),
            tuple(self.agenda_items()),
            tuple(self.agreement_rows()),
            self.own_topic.text(),
        )

    @property
    def form_id(self) -> str:
        return session_form_id(self.session.session_id if self.session else NEW)

    def _keep_draft(self, value: object) -> bool:
        session = self.session
        if session is None or self.journal.is_locked:
            return False
        notices = (self.agenda_notice, self.own_topic_notice, self.agreements_notice)
        if any(notice.has_blocking_finding for notice in notices):
            return False  # a henkilötunnus is never written anywhere, not even into a draft
        try:
            self.journal.drafts.save(
                self.form_id,
                SESSION_DRAFT,
                to_plain(value),
                target=session.session_id or None,
                base=self._base,
            )
        except JournalError:
            return False
        self.status.setText(
            self.tr("Draft kept at %1 (not yet saved)").replace("%1", format_time(datetime.now()))
        )
        return True

    def _drop_draft(self) -> None:
        if self.session is not None and not self.journal.is_locked:
            form_id = self.form_id
            guarded("dropping a session draft", lambda: self.journal.drafts.discard(form_id))

    def restore(
        self, kept: SessionForm, saved_at: datetime, base: str | None, *, is_kept: bool = True
    ) -> None:
        """Put a draft into the editor: one already kept (begun from the saved version
        ``base``; from now on it goes on from the version saved now), or with ``is_kept``
        False a copy, kept now."""
        baseline = self.drafts_baseline()
        self._fill(kept)
        self._loading = True
        try:
            self.own_topic.setText(kept.own_topic)
        finally:
            self._loading = False
        self.drafts.start_from(baseline, from_draft=is_kept)
        if not is_kept:
            self.drafts.flush()
        elif base != self._base:
            self._keep_draft(self.form_value())
        self.status.setText(
            self.tr("Recovered from a draft saved at %1").replace("%1", format_time(saved_at))
        )

    def field_labels(self) -> dict[str, str]:
        """The editor's words for each part of a session (for showing what differs)."""
        return {
            "held_on": self.tr("Date"),
            "supervisor": self.tr("Supervisor"),
            "agenda": self.tr("Agenda"),
            "agreements": self.tr("Agreements"),
            "own_topic": self.tr("A topic of your own"),
        }

    @property
    def is_new(self) -> bool:
        return self.session is not None and self.session.session_id == NEW

    # --- showing a session --------------------------------------------------------

    def finish_editing(self) -> None:
        """Take an agreement text still in its cell editor into the table and close the
        editor. A save by keyboard (Alt+S) leaves the focus in the editor: its text was
        lost, and resetting the rows under the open editor made Qt warn that "commitData
        [was] called with an editor that does not belong to this view"."""
        editor = self.agreement_delegate.editing
        if editor is None or self.agreements.state() != QAbstractItemView.State.EditingState:
            return
        # As if the editor itself finished: the view takes the text and closes it, and the
        # delegate forgets it (its scan of the text being typed stops).
        self.agreement_delegate.commitData.emit(editor)
        self.agreement_delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def show_session(self, session: SupervisionSession, members: list[Member]) -> None:
        self.finish_editing()
        same = self.session is not None and self.session.session_id == session.session_id
        self.drafts.flush()  # what the previous session held stays as its draft
        self.session = session
        self.members = members
        if session.session_id == NEW:
            self.title.setText(self.tr("New session (not saved yet)"))
        else:
            self.title.setText(self.tr("Session of %1").replace("%1", format_date(session.held_on)))
        self._fill(SessionForm.of(session))
        if not same:
            self.own_topic.clear()
        self.error.clear_message()
        if not same:
            self.status.clear()  # "Saved at…" stays after the list is refreshed by a save
        self.delete_button.setText(
            self.tr("Discard this new session…")
            if session.session_id == NEW
            else self.tr("Delete session…")
        )
        self._base = None if session.session_id == NEW else fingerprint(SessionForm.of(session))
        self.drafts.start_from(self.drafts_baseline())

    def drafts_baseline(self) -> SessionForm:
        """What the editor shows of the saved session; an own topic still being written is
        not part of it."""
        return replace(self.form_value(), own_topic="")

    def _fill(self, value: SessionForm) -> None:
        self._loading = True
        try:
            self.held_on.setDate(qdate(value.held_on))
            self.supervisor.setText(value.supervisor)
            self.agenda.clear()
            for item in value.agenda:
                self._add_agenda_item(item)
            self.agreements.setRowCount(0)
            for agreement in value.agreements:
                self.add_agreement(agreement)
        finally:
            self._loading = False
        self._refresh_suggestions()
        for notice in (self.agenda_notice, self.agreements_notice):
            notice.rescan()  # at once: a code already saved shows when the session opens

    def _item_text(self, item: AgendaItem) -> str:
        who = owner_label(item.raised_by, self.members)
        tags = ", ".join(supervision_tag_label(tag) for tag in item.tags)
        return f"{item.text} — {who}" + (f" · {tags}" if tags else "")

    def _add_agenda_item(self, item: AgendaItem) -> None:
        if item.item_id is None:  # its own id from the start: saving again updates it
            item = replace(item, item_id=new_id())
        row = QListWidgetItem(self._item_text(item))
        row.setData(ITEM_ROLE, item)
        self.agenda.addItem(row)

    def _redact_agenda(self) -> None:
        """Replace every henkilötunnus in the agenda's items (one click in the notice)."""
        for row in range(self.agenda.count()):
            widget_item = self.agenda.item(row)
            item: AgendaItem = widget_item.data(ITEM_ROLE)
            cleaned = redact_hetus(item.text)
            if cleaned != item.text:
                item = replace(item, text=cleaned)
                widget_item.setData(ITEM_ROLE, item)
                widget_item.setText(self._item_text(item))

    def _agreement_texts(self) -> list[str]:
        texts = [row.text for row in self.agreement_rows()]
        editor = self.agreement_delegate.editing
        if editor is not None:
            texts.append(editor.text())  # what is being typed, before it is committed
        return texts

    def _redact_agreements(self) -> None:
        """Replace every henkilötunnus in the agreements, the one being typed included."""
        editor = self.agreement_delegate.editing
        if editor is not None:
            editor.setText(redact_hetus(editor.text()))
        for row in range(self.agreements.rowCount()):
            cell = self.agreements.item(row, 0)
            if cell is not None and redact_hetus(cell.text()) != cell.text():
                cell.setText(redact_hetus(cell.text()))

    def show_item(self, kind: PlaceKind, number: int) -> None:
        """Select and focus agenda item or agreement ``number`` (1-based) to be fixed, and
        scroll the page so that it and its notice are in view."""
        if kind is PlaceKind.AGENDA and 0 < number <= self.agenda.count():
            self.agenda.setCurrentRow(number - 1)
            self.agenda.scrollToItem(self.agenda.item(number - 1))
            self.agenda.setFocus()
            self._reveal(self.agenda_notice, self.agenda)
        elif kind is PlaceKind.AGREEMENT and 0 < number <= self.agreements.rowCount():
            self.agreements.setCurrentCell(number - 1, 0)
            cell = self.agreements.item(number - 1, 0)
            if cell is not None:
                self.agreements.scrollToItem(cell)
            self.agreements.setFocus()
            self._reveal(self.agreements_notice, self.agreements)

    def _reveal(self, notice: QWidget, field: QWidget) -> None:
        """Scroll the page's scroll area to ``field`` and the notice under it."""
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if not isinstance(area, QScrollArea):
            return
        scroll_area = area

        def reveal() -> None:
            scroll_area.ensureWidgetVisible(notice if notice.isVisible() else field, 0, 40)
            scroll_area.ensureWidgetVisible(field, 0, 20)

        reveal()
        # Again once the newly shown session is laid out (not after the area is gone).
        QTimer.singleShot(0, scroll_area, reveal)

    def _refresh_suggestions(self) -> None:
        self.suggestions.clear()
        if self.session is None:
            return
        agenda = self.agenda_items()
        suggested = suggested_for(
            self.journal,
            pydate(self.held_on.date()),
            agenda,
            self.today,
            self.session.session_id or None,
        )
        for item in suggested:  # the agenda's own topics are left out (core.supervision)
            row = QListWidgetItem(self._item_text(item))
            row.setData(ITEM_ROLE, item)
            self.suggestions.addItem(row)
        has = self.suggestions.count() > 0
        self.suggestions.setVisible(has)
        self.take_button.setVisible(has)
        self.no_suggestions.setVisible(not has)

    # --- editing ------------------------------------------------------------------

    def agenda_items(self) -> list[AgendaItem]:
        return [self.agenda.item(row).data(ITEM_ROLE) for row in range(self.agenda.count())]

    def _move(self, step: int) -> None:
        row = self.agenda.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.agenda.count():
            return
        item = self.agenda.takeItem(row)
        self.agenda.insertItem(target, item)
        self.agenda.setCurrentRow(target)

    def _drop_agenda_item(self) -> None:
        row = self.agenda.currentRow()
        if row >= 0:
            self.agenda.takeItem(row)
            self._refresh_suggestions()

    def _add_own_topic(self) -> None:
        text = self.own_topic.text().strip()
        if not text:
            return
        self._add_agenda_item(AgendaItem(text, (), TOGETHER, None))
        self.own_topic.clear()

    def _take_suggestion(self) -> None:
        row = self.suggestions.currentRow()
        if row < 0 and self.suggestions.count():
            row = 0
        if row < 0:
            return
        item = self.suggestions.takeItem(row)
        self._add_agenda_item(item.data(ITEM_ROLE))
        self._refresh_suggestions()

    def add_agreement(self, agreement: Agreement) -> None:
        row = self.agreements.rowCount()
        self.agreements.insertRow(row)
        text_cell = QTableWidgetItem(agreement.text)
        text_cell.setData(ITEM_ROLE, agreement.agreement_id or new_id())  # saving again updates it
        self.agreements.setItem(row, 0, text_cell)
        owner = QComboBox()
        owner.setAccessibleName(self.tr("Who sees to it"))
        owner.addItem(owner_label(TOGETHER, self.members), TOGETHER)
        for member in self.members:
            owner.addItem(member.display_name, member.member_id)
        owner.setCurrentIndex(max(0, owner.findData(agreement.owner)))
        owner.currentIndexChanged.connect(self._touched)
        status = QComboBox()
        status.setAccessibleName(self.tr("Status"))
        for value in AgreementStatus:
            status.addItem(status_label(value), value.value)
        status.setCurrentIndex(max(0, status.findData(agreement.status.value)))
        status.currentIndexChanged.connect(self._touched)
        self.agreements.setCellWidget(row, 1, owner)
        self.agreements.setCellWidget(row, 2, status)
        if not agreement.text and not self._loading:
            self.agreements.setCurrentCell(row, 0)
            cell = self.agreements.item(row, 0)
            if cell is not None:
                self.agreements.editItem(cell)

    def _remove_agreement(self) -> None:
        self.finish_editing()
        row = self.agreements.currentRow()
        if row >= 0:
            self.agreements.removeRow(row)

    def _text_being_typed(self) -> tuple[int, str] | None:
        """The agreement whose text is being typed in its cell right now, and that text."""
        editor = self.agreement_delegate.editing
        index = self.agreements.currentIndex()
        if editor is None or not alive(editor) or index.column() != 0:
            return None
        return index.row(), editor.text()

    def agreement_rows(self) -> list[Agreement]:
        rows: list[Agreement] = []
        typing = self._text_being_typed()
        for row in range(self.agreements.rowCount()):
            text_item = self.agreements.item(row, 0)
            owner = self.agreements.cellWidget(row, 1)
            status = self.agreements.cellWidget(row, 2)
            assert isinstance(owner, QComboBox) and isinstance(status, QComboBox)
            text = text_item.text() if text_item else ""
            if typing is not None and typing[0] == row:
                text = typing[1]
            agreement_id = text_item.data(ITEM_ROLE) if text_item else None
            rows.append(
                Agreement(
                    text,
                    str(owner.currentData()),
                    AgreementStatus(str(status.currentData())),
                    str(agreement_id) if agreement_id else None,
                )
            )
        return rows

    def save(self) -> bool:
        """Save the session as shown (a new one is recorded now); True when it was saved."""
        if self.session is None:
            return False
        self.finish_editing()  # a save by keyboard leaves the typed agreement in its editor
        notices = (self.agenda_notice, self.own_topic_notice, self.agreements_notice)
        if any(notice.has_blocking_finding for notice in notices):
            for notice in notices:
                notice.rescan()
            self.error.show_message(
                self.tr(
                    "Remove the personal identity code before saving: use the button "
                    "under the text."
                )
            )
            return False
        form_id = self.form_id
        store = self.journal.supervision
        values = (
            pydate(self.held_on.date()),
            self.supervisor.text(),
            self.agenda_items(),
            self.agreement_rows(),
        )
        try:
            if self.is_new:
                self.session = store.create_session(*values, draft=form_id)
            else:
                self.session = store.save_session(self.session.session_id, *values, draft=form_id)
        except JournalError as error:
            self.error.show_message(error_message(error))
            self._go_to_problem(error)
            return False
        self._base = fingerprint(SessionForm.of(self.session))
        self.drafts.saved()
        self.delete_button.setText(self.tr("Delete session…"))
        self.error.clear_message()
        self.title.setText(
            self.tr("Session of %1").replace("%1", format_date(self.session.held_on))
        )
        self.status.setText(self.tr("Saved at %1").replace("%1", format_time(datetime.now())))
        self._refresh_suggestions()
        self.saved.emit(self.session.session_id)
        return True

    def _go_to_problem(self, error: JournalError) -> None:
        """Bring the refused agreement or topic into view with the cursor in it."""
        if not isinstance(error, ValidationError):
            return
        if error.field is ValidationField.AGREEMENT:
            for row, agreement in enumerate(self.agreement_rows()):
                if not agreement.text.strip() or len(agreement.text) > MAX_ITEM_LENGTH:
                    self.agreements.setCurrentCell(row, 0)
                    reveal(self.agreements)
                    cell = self.agreements.item(row, 0)
                    if cell is not None:
                        self.agreements.editItem(cell)
                    return
        elif error.field is ValidationField.AGENDA_ITEM:
            reveal(self.agenda)
        elif error.field is ValidationField.SUPERVISION_SESSION:
            reveal(self.supervisor)

    def _request_summary(self) -> None:
        if self.session is not None and self.save():
            self.summary_requested.emit(self.session.session_id)


class SupervisionPage(JournalPage):
    """The sessions register, one session's editor, and the summary."""

    page_key = "supervision"
    shows = Changes.SUPERVISION | Changes.DEBRIEFS | Changes.ROLES
    open_entry_requested = Signal(str)

    def __init__(
        self,
        journal: Journal,
        dialogs: Dialogs,
        today: date | None = None,
        parent: QWidget | None = None,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.dialogs = dialogs
        self._tasks = tasks or TaskRunner(dialogs, self)
        self.today = today or date.today()
        self.summary_dialog: SummaryDialog | None = None

        self.sessions = QListWidget()
        self.sessions.setAccessibleName(self.tr("Supervision sessions"))
        self.sessions.currentItemChanged.connect(self._session_chosen)
        self.new_button = QPushButton(self.tr("&New session"))
        self.new_button.clicked.connect(self.new_session)
        self.summary_button = QPushButton(self.tr("Summary without a session…"))
        self.summary_button.setToolTip(
            self.tr("A summary for any period, without an agenda from a session")
        )
        self.summary_button.clicked.connect(lambda: self.open_summary(None))

        side = QWidget()
        # The list grows with the text size, so dates and buttons stay whole at 200 %.
        widest_button = max(b.sizeHint().width() for b in (self.new_button, self.summary_button))
        least = max(LIST_WIDTH * 3 // 4, widest_button + 12)
        side.setMinimumWidth(least)
        side.setMaximumWidth(max(least, LIST_WIDTH, text_width(side, 30)))
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(heading(self.tr("Work supervision"), 1))
        side_layout.addWidget(self.new_button)
        side_layout.addWidget(self.sessions, 1)
        side_layout.addWidget(self.summary_button)

        self.editor = SessionEditor(journal, self.today)
        self.editor.saved.connect(self._reload_keep)
        self.editor.summary_requested.connect(self.open_summary)
        self.editor.delete_requested.connect(self.delete_session)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addWidget(
            paragraph(
                self.tr(
                    "Record your work supervision sessions here: the agenda from the topics you "
                    "raised in debriefs, what was agreed, and the summary for the supervisor."
                )
            )
        )
        self.empty_new_button = QPushButton(self.tr("Start the first session"))
        self.empty_new_button.clicked.connect(self.new_session)
        empty_layout.addWidget(self.empty_new_button, 0, Qt.AlignmentFlag.AlignLeft)
        empty_layout.addStretch(1)
        self.right = QStackedWidget()
        self.right.addWidget(form_column(empty))
        self.right.addWidget(form_column(self.editor))

        splitter = QSplitter()
        splitter.addWidget(side)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([LIST_WIDTH, 4 * LIST_WIDTH])
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("SupervisionPage", "Work supervision")

    def enter(self) -> None:
        """Show the sessions; a new session begun and not saved comes back first."""
        try:
            unsaved_new = self.journal.drafts.get(session_form_id(NEW)) is not None
        except JournalError:
            unsaved_new = False
        if unsaved_new:
            self.reload_list()
            self.new_session()
        else:
            self.reload()

    def leave(self) -> None:
        self.editor.drafts.flush()

    def reload_list(self) -> list[SupervisionSession]:
        """Fill the sessions list only (nothing chosen)."""
        try:
            sessions = self.journal.supervision.sessions()
        except JournalError:
            return []
        self.sessions.blockSignals(True)
        self.sessions.clear()
        for session in reversed(sessions):
            self.sessions.addItem(self._list_item(session))
        self.sessions.setCurrentRow(-1)
        self.sessions.blockSignals(False)
        return sessions

    def _list_item(self, session: SupervisionSession) -> QListWidgetItem:
        text = format_date(session.held_on)
        if session.supervisor:
            text += f" · {session.supervisor}"
        if session.held_on > self.today:
            text += " " + self.tr("(planned)")
        item = QListWidgetItem(text)
        item.setData(ITEM_ROLE, session.session_id)
        return item

    def reload(self, keep: str | None = None) -> None:
        try:
            sessions = self.journal.supervision.sessions()
        except JournalError:
            return
        shown = self.editor.session.session_id if self.editor.session else None
        current = keep or (shown or None)
        self.sessions.blockSignals(True)
        self.sessions.clear()
        chosen_row = 0
        for row, session in enumerate(reversed(sessions)):
            self.sessions.addItem(self._list_item(session))
            if session.session_id == current:
                chosen_row = row
        if sessions:
            self.sessions.setCurrentRow(chosen_row)
        self.sessions.blockSignals(False)
        if sessions:
            self._session_chosen(self.sessions.currentItem())
        else:
            self.editor.session = None
            self.right.setCurrentIndex(0)

    def _reload_keep(self, session_id: str) -> None:
        self.reload(session_id)
        self.saved_changes.emit(Changes.SUPERVISION)

    def refresh_shown(self) -> None:
        """Sessions changed elsewhere: show them again, unless the open session has
        unsaved edits (those stay as they are; its draft keeps them)."""
        if not self.editor.drafts.has_unsaved():
            self.reload()

    def _session_chosen(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        session = self.journal.supervision.session(str(item.data(ITEM_ROLE)))
        self.editor.show_session(session, self.journal.members.all())
        self.right.setCurrentIndex(1)
        self._resume(session)

    def _resume(self, session: SupervisionSession) -> None:
        """Put back what was typed in this session and not saved; if the session was saved
        again since, show what differs and let the user choose."""
        try:
            kept = self.journal.drafts.get(session_form_id(session.session_id))
            value = from_plain(SessionForm, kept.body) if kept is not None else None
        except (JournalError, DraftUnreadable):
            return
        if kept is None or value is None:
            return
        if session.session_id != NEW:
            choice = resolve_conflict(
                self.dialogs,
                self,
                base=kept.base,
                saved_version=fingerprint(SessionForm.of(session)),
                mine=value,
                saved=self.editor.drafts_baseline(),  # the session as the editor holds it
                labels=self.editor.field_labels(),
                names={m.member_id: m.display_name for m in self.editor.members},
                saved_at=kept.saved_at,
            )
            if choice is None:
                return
            if choice is DraftChoice.SAVED:
                self.journal.drafts.discard(kept.form_id)
                return
            if choice is DraftChoice.BOTH:
                self.journal.drafts.discard(kept.form_id)
                self._show_new(value, kept.saved_at, is_kept=False)  # the copy, kept now
                return
        self.editor.restore(value, kept.saved_at, kept.base)

    def new_session(self) -> None:
        """A new session dated today, with the topics raised since the previous one. Nothing
        is saved until Save: a stray click leaves nothing behind. A new session begun
        earlier and not saved comes back."""
        try:
            kept = self.journal.drafts.get(session_form_id(NEW))
            value = from_plain(SessionForm, kept.body) if kept is not None else None
        except (JournalError, DraftUnreadable):
            kept, value = None, None
        self._show_new(value, kept.saved_at if kept is not None else None)
        self.editor.held_on.setFocus()

    def _show_new(
        self, value: SessionForm | None, saved_at: datetime | None, *, is_kept: bool = True
    ) -> None:
        suggested = suggested_for(self.journal, self.today, (), self.today)
        session = SupervisionSession(NEW, self.today, "", tuple(suggested))
        self.sessions.blockSignals(True)
        self.sessions.clearSelection()
        self.sessions.setCurrentRow(-1)
        self.sessions.blockSignals(False)
        self.editor.show_session(session, self.journal.members.all())
        self.right.setCurrentIndex(1)
        if value is not None:
            self.editor.restore(value, saved_at or datetime.now(), None, is_kept=is_kept)

    def delete_session(self, session_id: str) -> None:
        if not session_id:
            self._discard_new()
            return
        if not self.dialogs.confirm(
            self,
            self.tr("Delete session"),
            self.tr("Delete this session with its agenda and agreements? This cannot be undone."),
            self.tr("Delete"),
        ):
            return
        self.journal.supervision.delete_session(session_id)
        self.journal.drafts.discard(session_form_id(session_id))
        self.editor.drafts.stop()
        self.editor.session = None
        self.reload()
        self.saved_changes.emit(Changes.SUPERVISION)

    def _discard_new(self) -> None:
        """Drop a new session that was never saved (asked first when something was typed)."""
        if self.editor.drafts.has_unsaved() and not self.dialogs.confirm(
            self,
            self.tr("Discard the new session"),
            self.tr("The new session has not been saved. What you wrote in it is removed."),
            self.tr("Discard"),
        ):
            return
        self.editor.drafts.stop()
        self.journal.drafts.discard(session_form_id(NEW))
        self.editor.session = None
        self.reload()

    def open_summary(self, session_id: str | None) -> None:
        """Open the summary dialog (not modal to the test run: ``open()``)."""
        # With the PDF libraries behind it: loaded when first opened (main_window's note).
        from tyoparipaivakirja.gui.supervision.summary_dialog import SummaryDialog

        start, end = default_period(self.journal, session_id, self.today)
        dialog = SummaryDialog(
            self.journal, self.dialogs, session_id, start, end, self.today, self, self._tasks
        )
        dialog.open_entry_requested.connect(self.open_entry_requested)
        dialog.open_session_item_requested.connect(self.show_session_item)
        # Forget the dialog as it closes: it is deleted later, and a reference kept to it
        # would raise on its next use (it once stopped the lock).
        dialog.finished.connect(lambda _result: self._summary_closed(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.summary_dialog = dialog
        dialog.open()

    def show_session_item(self, session_id: str, kind: str, number: int) -> None:
        """Open a session at one agenda item or agreement (the summary's "fix it")."""
        self.reload(session_id)
        if self.editor.session is not None and self.editor.session.session_id == session_id:
            self.editor.show_item(PlaceKind(kind), number)

    def _summary_closed(self, dialog: SummaryDialog) -> None:
        if self.summary_dialog is dialog:
            self.summary_dialog = None

    def before_lock(self) -> None:
        dialog, self.summary_dialog = self.summary_dialog, None
        if alive(dialog):
            assert dialog is not None
            dialog.reject()
        self.editor.drafts.flush()
        self.editor.drafts.stop()
