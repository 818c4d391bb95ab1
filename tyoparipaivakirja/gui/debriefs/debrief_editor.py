"""The debrief editor: a two-minute pikapurku, completed later into a full reflection.

The form is one scrolling column grouped under the stages of reflection. Shared
content is saved to the pair journal; each partner's own reflection only into that
partner's own area. Unsaved text is kept as an encrypted draft (``gui.drafts``) within
two seconds of an edit and every two seconds while typing goes on, and before a lock,
a section switch and going back to the list: the shared part in the pair journal, a
partner's own answers in that partner's own area once their own passphrase is typed.
An entry that is only read leaves no draft. A draft of a saved entry remembers the
version it started from; resuming it after someone saved again asks what to keep.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tyoparipaivakirja.actions import own_area
from tyoparipaivakirja.actions.debriefs import (
    Draft,
    OwnPart,
    OwnPassphraseRefused,
    SaveAttempt,
    SavedDebrief,
    save_debrief,
)
from tyoparipaivakirja.actions.journal import Journal
from tyoparipaivakirja.actions.own_area import FormDraft, OpenedForForm, PersonalArea
from tyoparipaivakirja.core.debriefs import (
    MAX_VISIT_MINUTES,
    URGENT_NOTE_FI,
    Debrief,
    EntryStatus,
    MemberPart,
    Presence,
    PrivateReflection,
    RoleSplitWorked,
    SharingLevel,
    Theme,
    VisitType,
    WarningSign,
    WarningSignNote,
)
from tyoparipaivakirja.core.drafts import DraftUnreadable, fingerprint, from_plain, to_plain
from tyoparipaivakirja.core.errors import JournalError, ValidationError, ValidationField
from tyoparipaivakirja.core.members import Member
from tyoparipaivakirja.core.roles import Responsibility, debrief_items_for
from tyoparipaivakirja.gui.common.cleanup import guarded
from tyoparipaivakirja.gui.common.dialogs import Dialogs
from tyoparipaivakirja.gui.common.drafts import DraftKeeper
from tyoparipaivakirja.gui.common.i18n import sort_key
from tyoparipaivakirja.gui.common.locale_text import format_date, format_time
from tyoparipaivakirja.gui.common.privacy_notice import PrivacyNotice
from tyoparipaivakirja.gui.common.tasks import Failure, TaskRunner
from tyoparipaivakirja.gui.common.widgets import (
    FORM_MAX_WIDTH,
    FieldError,
    ResponsiveRow,
    TypingSpinBox,
    form_column,
    heading,
    labelled,
    not_saved_text,
    paragraph,
    reveal,
    shrinkable,
    text_width,
)
from tyoparipaivakirja.gui.debriefs.debrief_fields import (
    CheckGrid,
    FollowUpRow,
    TextBlock,
    TopicRow,
    date_edit,
    from_qdate,
    owner_combo,
    select_data,
    to_qdate,
)
from tyoparipaivakirja.gui.debriefs.reflection_box import ReflectionBox
from tyoparipaivakirja.gui.debriefs.vocabulary import (
    owner_label,
    presence_label,
    role_split_worked_label,
    sharing_label,
    theme_label,
    visit_type_label,
    warning_sign_label,
)
from tyoparipaivakirja.messages import error_message

REFLECTION_DRAFT = "reflection"


class MemberPartBox(QWidget):
    """'What did I do on this visit?' for one partner: role-split items and free text."""

    changed = Signal()

    def __init__(self, member: Member) -> None:
        super().__init__()
        self.member = member
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(QLabel(f"<b>{member.display_name}</b>"))
        self.items: CheckGrid[str] = CheckGrid((), {}, 2)
        layout.addWidget(self.items)
        self.free_text = TextBlock(
            self.tr("What did I do on this visit? (in my own words)"), lines=2
        )
        layout.addWidget(self.free_text)
        self.items.changed.connect(self.changed)
        self.free_text.edit.textChanged.connect(self.changed)

    def value(self) -> MemberPart:
        return MemberPart(
            self.member.member_id, tuple(self.items.selected()), self.free_text.text()
        )

    def offer(self, in_force: Sequence[Responsibility], also: Iterable[str] = ()) -> None:
        """Offer the items of the role split in force on the visit day, and ``also`` those
        already ticked (an older entry keeps the tasks of its own time)."""
        items = debrief_items_for(self.member.role, in_force)
        items += tuple(item for item in dict.fromkeys(also) if item not in items)
        self.items.set_values(items, {item: item[:1].upper() + item[1:] for item in items})

    def set_value(self, part: MemberPart | None) -> None:
        self.items.set_selected(part.role_items if part else ())
        self.free_text.set_text(part.free_text if part else "")


class DebriefEditor(QWidget):
    """Writes one entry. Emits ``closed`` when the user goes back to the list."""

    closed = Signal()
    saved = Signal(str)
    changes_saved = Signal(object)  # core.changes.Changes: what the last save changed
    delete_requested = Signal(str)

    def __init__(
        self,
        journal: Journal,
        dialogs: Dialogs,
        parent: QWidget | None = None,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._dialogs = dialogs
        # Saving (a key derivation per partner's own area) and opening an own area run
        # on the task runner, so typing never freezes.
        self._tasks = tasks or TaskRunner(dialogs, self)
        self._saving = False
        self._opening: set[str] = set()  # own areas being opened from their passphrase box
        self._members = journal.members.all()
        self._entry_id: str | None = None
        self._draft_key = uuid.uuid4().hex
        # The fingerprint of the saved entry this editing started from (None: a new one).
        self._base: str | None = None
        self._loading = False
        self._full = False
        self.drafts = DraftKeeper(
            self._draft_state,
            self._keep_draft,
            self._drop_draft,
            self,
            busy=self._journal.in_use_elsewhere,
        )
        # Own areas opened with a partner's own passphrase while this form shows: their own
        # answers are kept there as a draft. Closed on leaving, saving and locking.
        self._areas: dict[str, PersonalArea] = {}
        self._own_drafts: dict[str, DraftKeeper] = {}

        content = QWidget()
        self._layout = QVBoxLayout(content)
        self._build_header()
        self._build_quick()
        self._full_part = QWidget()
        self._full_layout = QVBoxLayout(self._full_part)
        self._full_layout.setContentsMargins(0, 0, 0, 0)
        self._build_description()
        self._build_parts()
        self._build_evaluation()
        self._build_warning_signs()
        self._build_conclusions()
        self._build_follow_ups()
        self._build_supervision()
        self._layout.addWidget(self._full_part)
        self._build_footer()
        self._layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        header = QWidget()  # as wide as the form column below, and centred like it
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(0, 6, 0, 2)
        header_layout.addWidget(self.header)
        header_layout.addWidget(self.top_note)
        header.setMaximumWidth(max(FORM_MAX_WIDTH, text_width(header, 100)))
        holder = QWidget()
        centred = QHBoxLayout(holder)
        centred.setContentsMargins(9, 0, 9 + 14, 0)  # the scroll bar's room on the right
        centred.addStretch(1)
        centred.addWidget(header, 100)
        centred.addStretch(1)
        outer.addWidget(holder)
        self.scroll_area = form_column(content)
        outer.addWidget(self.scroll_area)
        QShortcut(QKeySequence.StandardKey.Save, self, lambda: self.save())
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.go_back)
        self._connect_changes()
        self.load_new()

    # --- building ------------------------------------------------------------

    def _build_header(self) -> None:
        # The header stays above the scrolling form: the top Save and what it says are
        # in view however far down the form the first problem is.
        self.header = QWidget()
        top = QHBoxLayout(self.header)
        top.setContentsMargins(0, 0, 0, 0)
        self.back_button = QPushButton(self.tr("‹ Back to the list"))
        self.back_button.setToolTip(self.tr("Back to the list (Esc)"))
        self.back_button.clicked.connect(self.go_back)
        top.addWidget(self.back_button)
        self.saved_label = QLabel()
        self.saved_label.setAccessibleName(self.tr("Save state"))
        self.saved_label.setWordWrap(True)  # never pushes the top Save off the page
        self.saved_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.saved_label, 1)
        # Save is at hand at the top too: the quick debrief never needs scrolling.
        self.top_save_button = QPushButton(self.tr("Save"))
        self.top_save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.top_save_button.clicked.connect(lambda: self.save())
        top.addWidget(self.top_save_button)
        # Why a save from the top (or Ctrl+S) was refused, said next to that button.
        self.top_note = FieldError()
        self.top_note.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.title = heading(self.tr("Quick debrief"))
        self._layout.addWidget(self.title)
        self.history_label = QLabel()
        self.history_label.setWordWrap(True)
        self.history_label.setVisible(False)
        self._layout.addWidget(self.history_label)
        # Who is writing is asked once per unlock (this editor lives until the lock),
        # never assumed: the partner's edits must not go under the first member's name.
        self.author = QComboBox()
        self.author.addItem(self.tr("Choose who is writing"), None)
        for member in self._members:
            self.author.addItem(member.display_name, member.member_id)
        self.author_error = FieldError()
        self._writer: str | None = None

    def _build_quick(self) -> None:
        row = ResponsiveRow()
        self.visit_date = date_edit(self.tr("Date"), date.today())
        self.date_error = FieldError()
        # The visit's duration, under its date (optional; the fee log counts it).
        self.duration = TypingSpinBox()
        self.duration.setRange(-1, MAX_VISIT_MINUTES)
        self.duration.setSpecialValueText(self.tr("not given"))
        self.duration.setValue(-1)
        self.duration_error = FieldError()
        date_box = QWidget()
        date_column = QVBoxLayout(date_box)
        date_column.setContentsMargins(0, 0, 0, 0)
        date_column.setSpacing(0)
        date_column.addWidget(labelled(self.tr("Date"), self.visit_date, self.date_error))
        date_column.addWidget(
            labelled(self.tr("Duration (min)"), self.duration, self.duration_error)
        )
        self.visit_type = QComboBox()
        self.visit_type.addItem(self.tr("Choose the visit type"), None)
        for value in VisitType:
            self.visit_type.addItem(visit_type_label(value), value.value)
        self.type_error = FieldError()
        type_box = labelled(self.tr("Visit type"), self.visit_type, self.type_error)
        shrinkable(self.visit_type, 14)
        shrinkable(self.author)
        row.add(date_box, 2)
        row.add(type_box, 3)
        row.add(labelled(self.tr("Who is writing"), self.author, self.author_error), 2)
        self._layout.addWidget(row)

        code_row = ResponsiveRow(spacing=6)
        self.client_code = QComboBox()
        self.client_code.setEditable(True)
        self.client_code.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.client_code.setAccessibleName(self.tr("Client code"))
        self.propose_button = QPushButton(self.tr("Propose a new code"))
        self.propose_button.clicked.connect(self._propose_code)
        # Side by side; the button goes under the field where both do not fit (200 %).
        shrinkable(self.client_code, 10)
        code_row.add(self.client_code, 1)
        code_row.add(self.propose_button, 0)
        code_widget = code_row
        code_widget.setFocusProxy(self.client_code)
        self.code_error = FieldError()
        self._layout.addWidget(
            labelled(
                self.tr("Client code"),
                code_widget,
                self.code_error,
                self.tr(
                    "A pseudonym code like A-07. Never names, initials, birth years or places."
                ),
            )
        )
        self.uppermost = TextBlock(
            self.tr("What is uppermost right now? Is anything still needed today?"),
            self.tr("Briefly, without identifying details."),
            lines=2,
        )
        self._layout.addWidget(self.uppermost)
        # Side by side, so the quick debrief fits one screen without scrolling; one under
        # the other where they do not fit (large text).
        self.reflections: list[ReflectionBox] = []
        self.reflection_row = ResponsiveRow()
        for member in self._members:
            box = ReflectionBox(member, self._journal.has_personal_area(member.member_id))
            self.reflections.append(box)
            self.reflection_row.add(box)
        self._layout.addWidget(self.reflection_row)
        self.full_button = QPushButton(self.tr("Complete the full reflection"))
        self.full_button.clicked.connect(lambda: self.set_full(True))
        self._layout.addWidget(self.full_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _section(self, title: str) -> None:
        self._full_layout.addWidget(heading(title, 2))

    def _build_description(self) -> None:
        self._section(self.tr("What happened"))
        self.presence = QComboBox()
        for value in Presence:
            self.presence.addItem(presence_label(value), value.value)
        self._full_layout.addWidget(labelled(self.tr("Present"), self.presence))
        self.themes = CheckGrid(list(Theme), {t: theme_label(t) for t in Theme}, 3)
        self._full_layout.addWidget(labelled(self.tr("Themes"), self.themes))
        self.goal = TextBlock(self.tr("What was the goal of the visit?"), lines=2)
        self.what_happened = TextBlock(
            self.tr("What happened?"), self.tr("Briefly, without identifying details.")
        )
        self._full_layout.addWidget(self.goal)
        self._full_layout.addWidget(self.what_happened)

    def _build_parts(self) -> None:
        self._section(self.tr("My part"))
        self._full_layout.addWidget(
            paragraph(self.tr("What did I do on this visit? Each partner ticks their own part."))
        )
        self.parts = [MemberPartBox(member) for member in self._members]
        for box in self.parts:
            self._full_layout.addWidget(box)

    def _build_evaluation(self) -> None:
        self._section(self.tr("How it went"))
        worked_row = QHBoxLayout()
        self.worked_group = QButtonGroup(self)
        self.worked_buttons: dict[RoleSplitWorked, QRadioButton] = {}
        for value in RoleSplitWorked:
            button = QRadioButton(role_split_worked_label(value))
            self.worked_group.addButton(button)
            self.worked_buttons[value] = button
            worked_row.addWidget(button)
        worked_row.addStretch(1)
        worked = QWidget()
        worked.setLayout(worked_row)
        worked_row.setContentsMargins(0, 0, 0, 0)
        self._full_layout.addWidget(labelled(self.tr("Did the role split work as agreed?"), worked))
        self.role_split_note = TextBlock(self.tr("How did the role split work?"), lines=2)
        self.went_well = TextBlock(self.tr("What went well, and why?"), lines=3)
        self.was_hard = TextBlock(self.tr("What was hard, and why?"), lines=3)
        for block in (self.role_split_note, self.went_well, self.was_hard):
            self._full_layout.addWidget(block)

    def _build_warning_signs(self) -> None:
        self._section(self.tr("Warning signs"))
        self.warning_signs = CheckGrid(
            list(WarningSign), {w: warning_sign_label(w) for w in WarningSign}, 2
        )
        self._full_layout.addWidget(self.warning_signs)
        self.noticed_by = owner_combo(self._members, self.tr("Who noticed"))
        self._full_layout.addWidget(labelled(self.tr("Who noticed"), self.noticed_by))
        self.noticed_from = TextBlock(self.tr("Noticed from what?"), lines=2)
        self.agreed = TextBlock(self.tr("What was agreed?"), lines=2)
        self._full_layout.addWidget(self.noticed_from)
        self._full_layout.addWidget(self.agreed)
        urgent = QFrame()
        urgent.setFrameShape(QFrame.Shape.StyledPanel)
        urgent_layout = QVBoxLayout(urgent)
        urgent_layout.addWidget(paragraph(URGENT_NOTE_FI))
        self._full_layout.addWidget(urgent)

    def _build_conclusions(self) -> None:
        self._section(self.tr("What we learned"))
        self.learning = TextBlock(
            self.tr("What did we learn? What would we do differently?"), lines=3
        )
        self._full_layout.addWidget(self.learning)

    def _build_follow_ups(self) -> None:
        self._section(self.tr("Follow-ups"))
        self._full_layout.addWidget(
            paragraph(
                self.tr(
                    "The pair's own reminders. Official client tasks belong in the client record."
                )
            )
        )
        self.follow_up_box = QVBoxLayout()
        self._full_layout.addLayout(self.follow_up_box)
        self.follow_up_rows: list[FollowUpRow] = []
        self.follow_up_error = FieldError()
        self._full_layout.addWidget(self.follow_up_error)
        self.follow_up_add_button = QPushButton(self.tr("Add a follow-up"))
        self.follow_up_add_button.clicked.connect(lambda: self._add_follow_up(None, focus=True))
        self._full_layout.addWidget(self.follow_up_add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _build_supervision(self) -> None:
        self._section(self.tr("Topics for work supervision"))
        self.topic_box = QVBoxLayout()
        self._full_layout.addLayout(self.topic_box)
        self.topic_rows: list[TopicRow] = []
        self.topic_error = FieldError()
        self._full_layout.addWidget(self.topic_error)
        add = QPushButton(self.tr("Add a topic"))
        add.clicked.connect(lambda: self._add_topic(None, focus=True))
        self._full_layout.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        self.sharing = QComboBox()
        for value in SharingLevel:
            self.sharing.addItem(sharing_label(value), value.value)
        self._full_layout.addWidget(
            labelled(
                self.tr("Share with work supervision"),
                self.sharing,
                hint=self.tr(
                    "Only what you share here can go into the supervision summary. "
                    "Own reflections are never in it."
                ),
            )
        )

    def _build_footer(self) -> None:
        row = QHBoxLayout()
        self.delete_button = QPushButton(self.tr("Delete this debrief…"))
        self.delete_button.clicked.connect(self._request_delete)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(lambda: self.save(from_bottom=True))
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        self._layout.addLayout(row)
        self.general_error = FieldError()
        self._layout.addWidget(self.general_error)

    def _connect_changes(self) -> None:
        for block in self.findChildren(TextBlock):
            block.edit.textChanged.connect(self._changed)
        for combo in (self.visit_type, self.presence, self.noticed_by, self.sharing, self.author):
            combo.currentIndexChanged.connect(self._changed)
        self.client_code.editTextChanged.connect(self._changed)
        self.visit_date.dateChanged.connect(self._changed)
        self.duration.valueChanged.connect(self._changed)
        self.duration.valueChanged.connect(self.duration_error.clear_message)
        # An answered question loses its message at once ("Choose the visit type.").
        self.visit_type.currentIndexChanged.connect(self.type_error.clear_message)
        self.visit_date.dateChanged.connect(self.date_error.clear_message)
        self.client_code.editTextChanged.connect(self.code_error.clear_message)
        self.author.currentIndexChanged.connect(self.author_error.clear_message)
        self.author.currentIndexChanged.connect(self._writer_chosen)
        self.visit_date.dateChanged.connect(self._offer_items_of_visit_day)
        self.themes.changed.connect(self._changed)
        self.warning_signs.changed.connect(self._changed)
        self.worked_group.buttonToggled.connect(self._changed)
        for box in self.parts:
            box.changed.connect(self._changed)
        for reflection in self.reflections:
            reflection.changed.connect(self._changed)  # shared strain is part of the draft
            self._plug_own_draft(reflection)

    def _plug_own_draft(self, box: ReflectionBox) -> None:
        """A partner's own answers get a draft keeper of their own, writing into their area."""

        def answers() -> PrivateReflection:
            return box.reflection("", date.min)

        def keep(_value: object) -> bool:
            return self._keep_own_draft(box)

        def drop() -> None:
            self._drop_own_draft(box)

        keeper = DraftKeeper(answers, keep, drop, self, busy=self._journal.in_use_elsewhere)
        self._own_drafts[box.member.member_id] = keeper
        box.changed.connect(lambda: self._own_changed(box, keeper))
        box.passphrase.edit.editingFinished.connect(lambda: self._open_own_area(box))

    # --- rows ----------------------------------------------------------------

    def _add_follow_up(self, item: object, focus: bool = False) -> None:
        from tyoparipaivakirja.core.debriefs import FollowUp

        row = FollowUpRow(self._members, item if isinstance(item, FollowUp) else None)
        row.removed.connect(self._remove_follow_up)
        row.changed.connect(self._changed)
        self.follow_up_rows.append(row)
        self.follow_up_box.addWidget(row)
        if focus:
            row.setFocus()
            self._changed()

    def _remove_follow_up(self, row: QWidget) -> None:
        if isinstance(row, FollowUpRow) and row in self.follow_up_rows:
            self.follow_up_rows.remove(row)
            row.deleteLater()
            self._changed()

    def _add_topic(self, item: object, focus: bool = False) -> None:
        from tyoparipaivakirja.core.debriefs import SupervisionTopic

        row = TopicRow(self._members, item if isinstance(item, SupervisionTopic) else None)
        row.removed.connect(self._remove_topic)
        row.changed.connect(self._changed)
        self.topic_rows.append(row)
        self.topic_box.addWidget(row)
        if focus:
            row.setFocus()
            self._changed()

    def _remove_topic(self, row: QWidget) -> None:
        if isinstance(row, TopicRow) and row in self.topic_rows:
            self.topic_rows.remove(row)
            row.deleteLater()
            self._changed()

    def _clear_rows(self) -> None:
        for row in self.follow_up_rows + self.topic_rows:
            row.deleteLater()
        self.follow_up_rows, self.topic_rows = [], []

    # --- state ---------------------------------------------------------------

    @property
    def entry_id(self) -> str | None:
        return self._entry_id

    @property
    def is_dirty(self) -> bool:
        """True when the form holds shared content that is not saved."""
        return self.drafts.has_unsaved()

    def set_full(self, full: bool) -> None:
        self._full = full
        self._full_part.setVisible(full)
        self.full_button.setVisible(not full)
        for box in self.reflections:
            box.set_full(full)
        self.title.setText(self.tr("Debrief") if full else self.tr("Quick debrief"))
        if full:
            self.goal.setFocus()

    def _writer_chosen(self) -> None:
        if not self._loading:
            chosen = self.author.currentData()
            self._writer = None if chosen is None else str(chosen)

    def _changed(self) -> None:
        if self._loading:
            return
        self.top_note.clear_message()
        self.general_error.clear_message()
        self.saved_label.setText(self.tr("Not saved yet"))
        self.drafts.touched()

    def _own_changed(self, box: ReflectionBox, keeper: DraftKeeper) -> None:
        if self._loading:
            return
        keeper.touched()
        if box.member.member_id not in self._areas and box.has_answers():
            # Said before it matters: a lock or a crash would lose these answers.
            box.set_note(
                self.tr(
                    "Not kept yet: type your own passphrase below to keep these answers as a "
                    "draft in your own area."
                )
            )

    def _offer_items_of_visit_day(self) -> None:
        """A visit dated before a role-split change is described with the tasks of then."""
        if self._loading:
            return
        in_force = self._journal.roles.responsibilities_on(from_qdate(self.visit_date.date()))
        for box in self.parts:
            box.offer(in_force, box.items.selected())

    def load_new(self) -> None:
        """An empty pikapurku for today."""
        self._show_new()
        self._start_keepers()
        self.visit_type.setFocus()

    def _show_new(self, draft_key: str | None = None) -> None:
        self._load(Debrief(visit_date=date.today(), visit_type=VisitType.OTHER), None, draft_key)
        self._loading = True
        try:
            self.visit_type.setCurrentIndex(0)
        finally:
            self._loading = False
        self.set_full(False)
        self.delete_button.setVisible(False)
        self.history_label.setVisible(False)
        self.saved_label.setText("")
        self._base = None

    def load_entry(self, entry_id: str) -> None:
        """Show a saved entry; reading it and leaving writes nothing."""
        entry = self._journal.debriefs.get(entry_id)
        self._show_saved(entry, None)
        self._start_keepers()

    def _show_saved(self, entry: Debrief, draft_key: str | None) -> None:
        assert entry.entry_id is not None
        self._load(entry, entry.entry_id, draft_key)
        self.set_full(entry.status is EntryStatus.FULL)
        self.delete_button.setVisible(True)
        self._show_history(entry.entry_id)
        self.saved_label.setText("")
        self._base = fingerprint(entry)

    def load_draft(self, draft: Draft, saved: Debrief | None = None) -> None:
        """Go on with a draft. ``saved`` is the entry as saved now (for a draft of a saved
        entry): what the form compares with, and the version the editing now starts from."""
        if saved is not None:
            self._show_saved(saved, draft.draft_key)
        else:
            self._show_new(draft.draft_key)
        baseline = self._draft_state()
        self._load(draft.entry, saved.entry_id if saved else None, draft.draft_key)
        self.set_full(draft.entry.status is EntryStatus.FULL)
        self._start_keepers(baseline, from_draft=True)
        if draft.base != self._base:  # the draft goes on from the version saved now
            self._keep_draft(self._draft_state())
        self.saved_label.setText(
            self.tr("Recovered from a draft saved at %1").replace("%1", format_time(draft.saved_at))
        )

    def _start_keepers(self, baseline: object = None, *, from_draft: bool = False) -> None:
        """The form shows what it starts from: no draft until something changes."""
        if baseline is None:
            self.drafts.start_from()
        else:
            self.drafts.start_from(baseline, from_draft=from_draft)
        for keeper in self._own_drafts.values():
            keeper.start_from()

    def _draft_state(self) -> Debrief:
        """What the form holds, for telling an edit from reading: "Complete the full
        reflection" alone is not an edit (the entry's kind follows what is written)."""
        return replace(self.current_entry(), status=EntryStatus.QUICK)

    def _load(self, entry: Debrief, entry_id: str | None, draft_key: str | None) -> None:
        self._close_own_areas()
        self._loading = True
        try:
            self._entry_id = entry_id
            self._draft_key = draft_key or uuid.uuid4().hex
            for error in self.findChildren(FieldError):
                error.clear_message()
            # "Today" moves on at midnight in an app that stays open for days.
            self.visit_date.setMaximumDate(to_qdate(date.today()))
            self.visit_date.setDate(to_qdate(entry.visit_date))
            minutes = entry.duration_minutes
            self.duration.setValue(-1 if minutes is None else minutes)
            for reflection in self.reflections:
                reflection.set_has_area(
                    self._journal.has_personal_area(reflection.member.member_id)
                )
            select_data(self.visit_type, entry.visit_type.value)
            self.client_code.clear()
            self.client_code.addItems(sorted(self._journal.debriefs.client_codes(), key=sort_key))
            self.client_code.setEditText(entry.client_code)
            self.uppermost.set_text(entry.uppermost)
            select_data(self.presence, entry.presence.value)
            self.themes.set_selected(entry.themes)
            self.goal.set_text(entry.goal)
            self.what_happened.set_text(entry.what_happened)
            parts = {part.member_id: part for part in entry.member_parts}
            in_force = self._journal.roles.responsibilities_on(entry.visit_date)
            for box in self.parts:
                part = parts.get(box.member.member_id)
                box.offer(in_force, part.role_items if part else ())
                box.set_value(part)
            self.worked_group.setExclusive(False)
            for value, button in self.worked_buttons.items():
                button.setChecked(value is entry.role_split_worked)
            self.worked_group.setExclusive(True)
            self.role_split_note.set_text(entry.role_split_note)
            self.went_well.set_text(entry.went_well)
            self.was_hard.set_text(entry.was_hard)
            self.warning_signs.set_selected(entry.warning_signs.signs)
            select_data(self.noticed_by, entry.warning_signs.noticed_by or "yhdessä")
            self.noticed_from.set_text(entry.warning_signs.noticed_from)
            self.agreed.set_text(entry.warning_signs.agreed)
            self.learning.set_text(entry.learning)
            self._clear_rows()
            for follow_up in entry.follow_ups:
                self._add_follow_up(follow_up)
            for topic in entry.supervision_topics:
                self._add_topic(topic)
            select_data(self.sharing, entry.sharing.value)
            shared = {s.member_id: s for s in entry.shared_strain}
            for reflection in self.reflections:
                reflection.load_shared(shared.get(reflection.member.member_id))
            self.author.setCurrentIndex(max(0, self.author.findData(self._writer)))
            self.top_note.clear_message()
        finally:
            self._loading = False
        for notice in self.findChildren(PrivacyNotice):
            notice.rescan()

    def _show_history(self, entry_id: str) -> None:
        created = self._journal.debriefs.created(entry_id)
        parts = [
            self.tr("Written by %1 on %2")
            .replace("%1", owner_label(created.member_id, self._members))
            .replace("%2", format_date(created.at.astimezone().date()))
        ]
        edits = self._journal.debriefs.edits(entry_id)
        if edits:
            last = edits[-1]
            parts.append(
                self.tr("last edited by %1 on %2 at %3")
                .replace("%1", owner_label(last.member_id, self._members))
                .replace("%2", format_date(last.at.astimezone().date()))
                .replace("%3", format_time(last.at))
            )
        self.history_label.setText(" · ".join(parts))
        self.history_label.setVisible(True)

    def current_entry(self) -> Debrief:
        """What is on screen now, unvalidated (drafts keep unfinished entries too)."""
        type_value = self.visit_type.currentData()
        worked = next(
            (value for value, button in self.worked_buttons.items() if button.isChecked()), None
        )
        return Debrief(
            entry_id=self._entry_id,
            visit_date=from_qdate(self.visit_date.date()),
            duration_minutes=self.duration.value() if self.duration.value() >= 0 else None,
            visit_type=VisitType(type_value) if type_value else VisitType.OTHER,
            presence=Presence(str(self.presence.currentData())),
            client_code=self.client_code.currentText(),
            themes=self.themes.selected(),
            uppermost=self.uppermost.text(),
            goal=self.goal.text(),
            what_happened=self.what_happened.text(),
            member_parts=tuple(box.value() for box in self.parts),
            role_split_worked=worked,
            role_split_note=self.role_split_note.text(),
            warning_signs=WarningSignNote(
                self.warning_signs.selected(),
                str(self.noticed_by.currentData()),
                self.noticed_from.text(),
                self.agreed.text(),
            ),
            went_well=self.went_well.text(),
            was_hard=self.was_hard.text(),
            learning=self.learning.text(),
            follow_ups=tuple(row.value() for row in self.follow_up_rows),
            supervision_topics=tuple(row.value() for row in self.topic_rows),
            sharing=SharingLevel(str(self.sharing.currentData())),
            status=EntryStatus.FULL if self._full else EntryStatus.QUICK,
            shared_strain=tuple(s for box in self.reflections if (s := box.shared()) is not None),
        )

    def field_labels(self) -> dict[str, str]:
        """The form's words for each field of an entry (for showing what differs)."""
        return {
            "visit_date": self.tr("Date"),
            "duration_minutes": self.tr("Duration (min)"),
            "visit_type": self.tr("Visit type"),
            "presence": self.tr("Present"),
            "client_code": self.tr("Client code"),
            "themes": self.tr("Themes"),
            "uppermost": self.tr("What is uppermost right now? Is anything still needed today?"),
            "goal": self.tr("What was the goal of the visit?"),
            "what_happened": self.tr("What happened?"),
            "member_parts": self.tr("My part"),
            "role_split_worked": self.tr("Did the role split work as agreed?"),
            "role_split_note": self.tr("How did the role split work?"),
            "warning_signs": self.tr("Warning signs"),
            "went_well": self.tr("What went well, and why?"),
            "was_hard": self.tr("What was hard, and why?"),
            "learning": self.tr("What did we learn? What would we do differently?"),
            "follow_ups": self.tr("Follow-ups"),
            "supervision_topics": self.tr("Topics for work supervision"),
            "sharing": self.tr("Share with work supervision"),
            "shared_strain": self.tr("Shared with the pair"),
        }

    def as_shown(self, entry: Debrief) -> Debrief:
        """A saved entry as this form holds it (the form shows it now): what a draft,
        made from the form, is compared with."""
        self._show_saved(entry, None)
        return self.current_entry()

    @staticmethod
    def as_new_entry(entry: Debrief) -> Debrief:
        """The same content as a new entry (keeping a draft as a copy)."""
        return replace(
            entry,
            entry_id=None,
            follow_ups=tuple(replace(f, follow_up_id=None) for f in entry.follow_ups),
            supervision_topics=tuple(replace(t, topic_id=None) for t in entry.supervision_topics),
        )

    # --- actions -------------------------------------------------------------

    def _propose_code(self) -> None:
        self.client_code.setEditText(self._journal.debriefs.propose_client_code())

    def save_draft_now(self) -> None:
        """Keep what is not saved as encrypted drafts now: the shared part in the pair
        journal, each partner's own answers in their own area where it is open."""
        self.drafts.flush()
        for keeper in self._own_drafts.values():
            keeper.flush()

    def _keep_draft(self, _state: object) -> bool:
        if self._journal.is_locked or self._saving:  # the save drops the draft it keeps
            return False
        if self._blocking_privacy_finding():
            # A henkilötunnus is never written anywhere, not even into an encrypted draft.
            self.saved_label.setText(
                self.tr("Not kept as a draft while the text has a personal identity code")
            )
            return False
        try:
            self._journal.debriefs.save_draft(self._draft_key, self.current_entry(), self._base)
        except JournalError:
            return False  # the next edit tries again; the text is still on screen
        self.saved_label.setText(
            self.tr("Draft kept at %1 (not yet saved)").replace("%1", format_time(datetime_now()))
        )
        return True

    def _drop_draft(self) -> None:
        if not self._journal.is_locked:
            guarded(
                "dropping a debrief draft",
                lambda: self._journal.debriefs.discard_draft(self._draft_key),
            )

    # --- own answers, kept in their owner's own area --------------------------------

    def _own_form_id(self) -> str:
        return f"{REFLECTION_DRAFT}:{self._draft_key}"

    def _keep_own_draft(self, box: ReflectionBox) -> bool:
        area = self._areas.get(box.member.member_id)
        if area is None or not area.is_open or self._blocking_privacy_finding():
            return False
        if self._saving:  # the save drops this draft: not kept again behind its back
            return False
        target = None if self._entry_id is None else str(self._entry_id)
        try:
            area.drafts.save(
                self._own_form_id(),
                REFLECTION_DRAFT,
                to_plain(box.reflection("", date.min)),
                target=target,
            )
        except JournalError:
            return False
        box.set_note(self.tr("Your answers are kept in your own area as a draft (not yet saved)."))
        return True

    def _drop_own_draft(self, box: ReflectionBox) -> None:
        area = self._areas.get(box.member.member_id)
        if area is not None and area.is_open:
            guarded("dropping an own draft", lambda: area.drafts.discard(self._own_form_id()))

    def _own_draft_in(self, area: PersonalArea) -> FormDraft | None:
        """The own answers kept for this form: by this form's id, or for this entry."""
        found = area.drafts.get(self._own_form_id())
        if found is None and self._entry_id is not None:
            kept = area.drafts.of_kind(REFLECTION_DRAFT, target=str(self._entry_id))
            found = kept[0] if kept else None
        return found

    def _open_own_area(self, box: ReflectionBox) -> None:
        """The partner typed their own passphrase: open their area for this form (off the
        GUI thread: one key derivation), bring back answers they left as a draft, and
        keep what they write there from now on."""
        member_id = box.member.member_id
        passphrase = box.passphrase.text()
        if not passphrase or not box.has_area or member_id in self._areas:
            return
        if self._journal.is_locked or member_id in self._opening:
            return
        journal, form_id, entry_id = self._journal, self._own_form_id(), self._entry_id
        self._opening.add(member_id)

        def opened(result: OpenedForForm) -> None:
            self._opening.discard(member_id)
            if self._journal.is_locked or member_id in self._areas:
                guarded("closing an own area", result.area.close)
                return
            self._own_area_opened(box, result)

        def refused(failure: Failure) -> None:
            self._opening.discard(member_id)
            if failure.error is None:  # a fault in the app: its sentence and error id
                box.error.show_message(failure.message)
                return
            box.error.show_message(
                self.tr("This is not %1's own passphrase.").replace("%1", box.member.display_name)
            )

        self._tasks.run(
            lambda: own_area.open_for_form(
                journal, member_id, passphrase, form_id, REFLECTION_DRAFT, entry_id
            ),
            owner=self,
            label=self.tr("Opening the own area…"),
            done=opened,
            failed=refused,
            cancelled=lambda: self._opening.discard(member_id),
        )

    def _own_area_opened(self, box: ReflectionBox, result: OpenedForForm) -> None:
        member_id = box.member.member_id
        area, kept = result.area, result.kept
        box.error.clear_message()
        self._areas[member_id] = area
        keeper = self._own_drafts[member_id]
        try:
            answers = from_plain(PrivateReflection, kept.body) if kept is not None else None
        except (JournalError, DraftUnreadable):
            answers = None
        if answers is not None and kept is not None and not box.has_answers():
            baseline = box.reflection("", date.min)
            self._loading = True
            try:
                box.set_answers(answers)
            finally:
                self._loading = False
            keeper.start_from(baseline, from_draft=True)
            if kept.form_id != self._own_form_id():
                keeper.flush()  # under this form's id from now on
                guarded("moving an own draft", lambda: area.drafts.discard(kept.form_id))
            box.set_note(
                self.tr("Your answers kept as a draft at %1 are back.").replace(
                    "%1", format_time(kept.saved_at)
                )
            )
            self._changed()  # a shared strain in them belongs to the shared draft too
        else:
            keeper.flush()

    def _close_own_areas(self) -> None:
        if self._saving:
            # The save on the task runner uses them and closes them; the rest close as
            # soon as it has ended (_saved, _save_failed call here again).
            for box in self.reflections:
                box.set_note(None)
            return
        areas, self._areas = self._areas, {}
        for area in areas.values():
            guarded("closing an own area", area.close)
        for box in self.reflections:
            box.set_note(None)

    def _unkept_own_answers(self) -> list[ReflectionBox]:
        """Partners whose own answers are on screen, not saved, and cannot be kept (their
        own area is not open: no own passphrase typed)."""
        return [
            box
            for box in self.reflections
            if box.has_answers()
            and self._own_drafts[box.member.member_id].has_unsaved()
            and box.member.member_id not in self._areas
        ]

    def may_leave(self) -> bool:
        """Ask before leaving own answers that cannot be kept; True when leaving is fine."""
        unkept = self._unkept_own_answers()
        if not unkept:
            return True
        names = ", ".join(box.member.display_name for box in unkept)
        return self._dialogs.confirm(
            self,
            self.tr("Leave without the own answers?"),
            self.tr(
                "The own answers of %1 are not saved, and they can be kept as a draft only in "
                "their own area. Type the own passphrase in the box to keep them, or leave "
                "without them."
            ).replace("%1", names),
            self.tr("Leave without them"),
        )

    def leave_form(self) -> None:
        """The form closes: keep every draft, close the own areas, clear the own answers."""
        self.step_away()
        self.drafts.stop()

    def step_away(self) -> None:
        """The user goes to another section; the form stays for their return. Every draft
        is kept, the own areas close and the own answers leave the screen (typing the own
        passphrase again brings back those that were kept)."""
        self.save_draft_now()
        self._close_own_areas()
        self._loading = True
        try:
            for box in self.reflections:
                box.forget_answers()
        finally:
            self._loading = False
        for keeper in self._own_drafts.values():
            keeper.start_from()

    def close_own_areas(self) -> None:
        """The own areas' idle time ran out: keep the own answers that can be kept as
        drafts, take them off the screen and close the areas (typing the own passphrase
        again brings them back). Answers that cannot be kept stay on screen."""
        if self._saving:
            return  # the save closes them when it ends
        for member_id, keeper in self._own_drafts.items():
            if member_id in self._areas:
                keeper.flush()
        held = [box for box in self.reflections if box.member.member_id in self._areas]
        self._close_own_areas()
        for box in held:
            keeper = self._own_drafts[box.member.member_id]
            self._loading = True
            try:
                box.forget_answers()
            finally:
                self._loading = False
            keeper.start_from()
            box.set_note(
                self.tr(
                    "Closed after a while without use. Your answers are kept in your own area: "
                    "type your own passphrase to go on."
                )
            )
        if held:
            self._changed()

    def save(self, *, from_bottom: bool = False) -> bool:
        """Validate, save shared content, then each partner's own reflection.

        A refusal scrolls to the first problem, focuses it, says it under the field and
        next to the button that was pressed (the top one for Ctrl+S)."""
        note = self.general_error if from_bottom else self.top_note
        for error in self.findChildren(FieldError):
            error.clear_message()
        if self.author.currentData() is None:
            return self._refuse(
                note, self.author_error, self.author, self.tr("Choose who is writing.")
            )
        if self.visit_type.currentData() is None:
            return self._refuse(
                note, self.type_error, self.visit_type, self.tr("Choose the visit type.")
            )
        blocking = self._first_blocking_privacy_finding()
        if blocking is not None:
            return self._refuse(
                note,
                None,
                blocking,
                self.tr(
                    "Remove the personal identity code before saving: use the button "
                    "under the text."
                ),
            )
        for box in self.reflections:
            if box.has_area and box.has_answers() and box.shares_without_strain():
                return self._refuse(
                    note,
                    box.error,
                    box.strain,
                    self.tr(
                        "Choose the strain 0–10 to share it, or untick sharing for %1."
                    ).replace("%1", box.member.display_name),
                )
        own = self._own_parts()
        if own is None:
            refused = next(box for box in self.reflections if box.error.text())
            return self._refuse(note, None, refused.passphrase.edit, refused.error.text())
        if self._saving:
            return False
        entry = self.current_entry()
        author = str(self.author.currentData())
        journal, draft_key, form_id = self._journal, self._draft_key, self._own_form_id()
        attempt = SaveAttempt()
        today = date.today()
        self._set_saving(True)
        self._tasks.run(
            lambda: save_debrief(
                journal,
                entry,
                author,
                today,
                draft_key=draft_key,
                own=own,
                own_draft_form_id=form_id,
                attempt=attempt,
            ),
            owner=self,
            label=self.tr("Saving the debrief…"),
            done=lambda saved: self._saved(saved, entry),
            failed=lambda failure: self._save_failed(failure, note, attempt),
        )
        return True

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        for button in (self.save_button, self.top_save_button):
            button.setEnabled(not saving)

    @property
    def saving(self) -> bool:
        """True while a save runs (on the task runner) and its outcome is not shown yet."""
        return self._saving

    @property
    def busy(self) -> bool:
        """True while a save or the opening of an own area runs on the task runner."""
        return self._saving or bool(self._opening)

    def _save_failed(self, failure: Failure, note: FieldError, attempt: SaveAttempt) -> None:
        self._set_saving(False)
        if attempt.entry_id is not None:
            self._entry_id = attempt.entry_id  # a retry edits it, never duplicates
        self._close_own_areas()
        error = failure.error
        if isinstance(error, OwnPassphraseRefused):
            box = next(b for b in self.reflections if b.member.member_id == error.member_id)
            box.error.show_message(
                self.tr("This is not %1's own passphrase.").replace("%1", box.member.display_name)
            )
            box.passphrase.edit.selectAll()
            box.passphrase.setFocus()
            self._refuse(note, None, box.passphrase.edit, box.error.text())
            return
        if isinstance(error, ValidationError):
            label, widget = self._validation_target(error)
            self._refuse(note, label, widget, error_message(error))
            return
        note.show_message(not_saved_text(failure.message))

    def _saved(self, saved: SavedDebrief, entry: Debrief) -> None:
        self._set_saving(False)
        self._close_own_areas()
        entry_id = saved.entry_id
        shared = {s.member_id: s for s in entry.shared_strain}
        self._loading = True
        try:
            for box in self.reflections:
                box.load_shared(shared.get(box.member.member_id))  # the feelings leave the screen
        finally:
            self._loading = False
        self._entry_id = entry_id
        self._draft_key = uuid.uuid4().hex
        self._base = saved.version
        self.drafts.saved()
        for keeper in self._own_drafts.values():
            keeper.start_from()
        self.delete_button.setVisible(True)
        self._show_history(entry_id)
        self.saved_label.setText(self.tr("Saved at %1").replace("%1", format_time(datetime_now())))
        self.saved.emit(entry_id)
        self.changes_saved.emit(saved.changes)

    def _refuse(
        self, note: FieldError, label: FieldError | None, widget: QWidget, message: str
    ) -> bool:
        """Say why the save was refused where the user looks, and go to the problem."""
        if label is not None:
            label.show_message(message)
        note.show_message(not_saved_text(message))
        reveal(widget)
        return False

    def _own_parts(self) -> list[OwnPart] | None:
        """The own reflection of every partner who answered, with the own passphrase
        typed for it; None (said under the box) when one has no passphrase typed."""
        parts: list[OwnPart] = []
        for box in self.reflections:
            if not box.has_area or not box.has_answers():
                continue
            if not box.passphrase.text():
                box.error.show_message(
                    self.tr(
                        "Type %1's own passphrase to save these answers, or clear them."
                    ).replace("%1", box.member.display_name)
                )
                box.passphrase.setFocus()
                return None
            parts.append(
                OwnPart(box.member.member_id, box.passphrase.text(), box.reflection("", date.min))
            )
        return parts

    def _blocking_privacy_finding(self) -> bool:
        return self._first_blocking_privacy_finding() is not None

    def _first_blocking_privacy_finding(self) -> QWidget | None:
        """The first text field (in the form's order) holding a henkilötunnus."""
        blocking = [
            notice.watched or notice
            for notice in self.findChildren(PrivacyNotice)
            if notice.has_blocking_finding
        ]
        found = [field for field in blocking if field.isVisibleTo(self)] or blocking
        return min(found, key=self._form_position, default=None)

    def _form_position(self, widget: QWidget) -> int:
        return widget.mapTo(self, widget.rect().topLeft()).y()

    def sync_follow_ups(self) -> None:
        """Take done states marked elsewhere (the follow-ups page) into the open entry."""
        if self._entry_id is None:
            return
        try:
            stored = {
                f.follow_up_id: f.done
                for f in self._journal.debriefs.get(self._entry_id).follow_ups
            }
        except JournalError:
            return
        for row in self.follow_up_rows:
            if row.follow_up_id in stored:
                row.sync_done(stored[row.follow_up_id])

    def _validation_target(self, error: ValidationError) -> tuple[FieldError | None, QWidget]:
        """Where a refused value is said (its field's message line) and the field itself."""
        if error.name == "feelings":
            box = next((b for b in self.reflections if len(b.feelings.text()) > 0), None)
            if box is not None:
                return box.feelings.error, box.feelings.edit
        match error.field:
            case ValidationField.VISIT_DATE:
                return self.date_error, self.visit_date
            case ValidationField.NUMBER if error.name == "duration_minutes":
                return self.duration_error, self.duration
            case ValidationField.CLIENT_CODE:
                return self.code_error, self.client_code
            case ValidationField.FOLLOW_UP:
                row = next((r for r in self.follow_up_rows if not r.task.text().strip()), None)
                return self.follow_up_error, row.task if row else self.follow_up_error
            case ValidationField.SUPERVISION_TOPIC:
                topic = next((t for t in self.topic_rows if not t.text.text().strip()), None)
                return self.topic_error, topic.text if topic else self.topic_error
        target = self._text_block_for(error.name)
        if target is not None:
            return target.error, target.edit
        return self.general_error, self.save_button

    def _text_block_for(self, name: str) -> TextBlock | None:
        blocks = {
            "uppermost": self.uppermost,
            "goal": self.goal,
            "what_happened": self.what_happened,
            "role_split_note": self.role_split_note,
            "warning_noticed_from": self.noticed_from,
            "warning_agreed": self.agreed,
            "went_well": self.went_well,
            "was_hard": self.was_hard,
            "learning": self.learning,
        }
        if name.startswith("member_part_"):
            index = int(name.rsplit("_", 1)[1])
            return self.parts[index].free_text if index < len(self.parts) else None
        return blocks.get(name)

    def _request_delete(self) -> None:
        if self._entry_id is not None:
            self.delete_requested.emit(self._entry_id)

    def go_back(self) -> None:
        """Back to the list; what is not saved stays as drafts (asked first where own
        answers cannot be kept)."""
        if not self.may_leave():
            return
        self.leave_form()
        self.closed.emit()

    def before_lock(self) -> None:
        """The journal locks: keep every draft that can be kept, ask nothing."""
        self.leave_form()

    def grab_full(self) -> QPixmap:
        """The whole form as one image, for looking at it by eye (tools/screenshots.py)."""
        content = self._full_part.parentWidget()
        return content.grab() if content is not None else self.grab()

    def discard_current_draft(self) -> None:
        """The entry was deleted: its drafts go too."""
        self._journal.debriefs.discard_draft(self._draft_key)
        form_id = self._own_form_id()
        for area in self._areas.values():
            guarded("dropping an own draft", partial(area.drafts.discard, form_id))
        self.drafts.stop()
        for keeper in self._own_drafts.values():
            keeper.stop()


def datetime_now() -> datetime:
    return datetime.now(UTC)
