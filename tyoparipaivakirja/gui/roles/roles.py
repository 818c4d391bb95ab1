"""Roolijako: the role split in force, the version being prepared, and the history.

Three views: an empty state (one sentence, one button), the overview, and the draft
editor. The overview shows the tasks in force grouped by lead (leads written out,
not only coloured), the proposal waiting for acceptance with a button per member,
the timeline of how roles moved, the list of versions and reviews, and the
difference between any two versions. The printable role description is saved from
here as a PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QStandardPaths, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tyoparipaivakirja.actions import roles as role_actions
from tyoparipaivakirja.actions.journal import Journal
from tyoparipaivakirja.actions.roles import Consented
from tyoparipaivakirja.core.changes import Changes
from tyoparipaivakirja.core.errors import JournalError
from tyoparipaivakirja.core.members import Member
from tyoparipaivakirja.core.roles import (
    Lead,
    ReasonCategory,
    ReviewRecord,
    Revision,
    RevisionStatus,
    build_timeline,
    diff_revisions,
    in_force,
    latest_accepted,
    review_state,
)
from tyoparipaivakirja.gui.common.cleanup import alive
from tyoparipaivakirja.gui.common.consent_dialog import ConsentDialog
from tyoparipaivakirja.gui.common.dialogs import Dialogs
from tyoparipaivakirja.gui.common.locale_text import format_date
from tyoparipaivakirja.gui.common.page import JournalPage
from tyoparipaivakirja.gui.common.tasks import Failure, Task, TaskRunner
from tyoparipaivakirja.gui.common.widgets import FieldError, form_column, heading, paragraph
from tyoparipaivakirja.gui.roles.role_diff import DiffView
from tyoparipaivakirja.gui.roles.role_editor import DraftEditor
from tyoparipaivakirja.gui.roles.role_labels import (
    LEAD_ORDER,
    lead_group_heading,
    lead_members_text,
    member_name,
    moment_text,
    reason_label,
    status_label,
)
from tyoparipaivakirja.gui.roles.role_reminder import RoleReviewReminder
from tyoparipaivakirja.gui.roles.role_review_dialog import ReviewDialog
from tyoparipaivakirja.gui.roles.role_timeline import RoleTimeline, paint_lead_fill
from tyoparipaivakirja.messages import error_message

WIDE_COLUMN = 960
EMPTY, OVERVIEW, EDITOR = range(3)


def today() -> date:
    """The day the page works with (tests may replace it)."""
    return date.today()


class LeadSwatch(QWidget):
    """A small sample of a lead's colour and pattern, beside the lead's name."""

    def __init__(self, lead: Lead, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lead = lead
        self.setFixedSize(26, 14)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_lead_fill(painter, QRectF(self.rect()), self.lead, 2)
        painter.end()


class RolesPage(JournalPage):
    """The Roolijako page."""

    page_key = "roles"
    shows = Changes.ROLES | Changes.JOURNAL

    def __init__(
        self,
        journal: Journal,
        dialogs: Dialogs | None = None,
        parent: QWidget | None = None,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self.dialogs = dialogs or Dialogs()
        self._tasks = tasks or TaskRunner(self.dialogs, self)
        self.members: list[Member] = []
        self.members_by_id: dict[str, Member] = {}
        self.revisions: list[Revision] = []
        self.reviews: list[ReviewRecord] = []
        self.review_dialog: ReviewDialog | None = None
        self.consent_dialog: ConsentDialog | None = None
        self.export: Task[Path] | None = None

        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_empty_view())
        self.stack.addWidget(self._build_overview())
        self._editor: DraftEditor | None = None  # built when first needed: it is large
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.refresh()

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("RolesPage", "Role split")

    @property
    def editor(self) -> DraftEditor:
        """The draft editor, built on first use so that unlocking stays quick."""
        if self._editor is None:
            self._editor = DraftEditor(self._journal, self.dialogs)
            self._editor.back_requested.connect(self.refresh)
            self._editor.proposed.connect(self._after_proposal)
            self._editor.discarded.connect(lambda: self._after(self.tr("The draft was discarded.")))
            self.stack.insertWidget(EDITOR, self._editor)
        return self._editor

    # --- building ---------------------------------------------------------------------

    def _build_empty_view(self) -> QWidget:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addSpacing(8)
        layout.addWidget(heading(self.tr("Role split")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Here you agree together who leads which task; start from the guide's "
                    "default tasks and shape them to fit your pair."
                )
            )
        )
        self.start_button = QPushButton(self.tr("Start the role split from the default tasks"))
        self.start_button.clicked.connect(self.start_from_defaults)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return form_column(content)

    def _build_overview(self) -> QWidget:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addSpacing(8)
        layout.addWidget(heading(self.tr("Role split")))
        self.reminder = RoleReviewReminder(with_open_button=False)
        layout.addWidget(self.reminder)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        layout.addWidget(self.status)

        self.open_section = QWidget()
        open_layout = QVBoxLayout(self.open_section)
        open_layout.setContentsMargins(0, 0, 0, 0)
        self.open_heading = heading("", 2)
        open_layout.addWidget(self.open_heading)
        self.open_summary = paragraph("")
        open_layout.addWidget(self.open_summary)
        self.open_diff = DiffView()
        open_layout.addWidget(self.open_diff)
        self.acceptance_box = QVBoxLayout()
        open_layout.addLayout(self.acceptance_box)
        self.open_error = FieldError()
        open_layout.addWidget(self.open_error)
        open_buttons = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Continue editing"))
        self.edit_button.clicked.connect(self.edit_open_revision)
        self.withdraw_button = QPushButton(self.tr("Return to a draft"))
        self.withdraw_button.setToolTip(
            self.tr("Make the proposal a draft again to change it; acceptances given are cleared")
        )
        self.withdraw_button.clicked.connect(self.withdraw)
        open_buttons.addWidget(self.edit_button)
        open_buttons.addWidget(self.withdraw_button)
        open_buttons.addStretch(1)
        open_layout.addLayout(open_buttons)
        layout.addWidget(self.open_section)
        layout.addWidget(heading(self.tr("Role split in force"), 2))
        self.current_summary = paragraph("")
        layout.addWidget(self.current_summary)
        self.groups_box = QVBoxLayout()
        layout.addLayout(self.groups_box)
        current_buttons = QHBoxLayout()
        self.change_button = QPushButton(self.tr("Make a change"))
        self.change_button.setToolTip(self.tr("Start a new version from the one in force"))
        self.change_button.clicked.connect(self.start_change)
        self.review_button = QPushButton(self.tr("Reviewed, no changes…"))
        self.review_button.clicked.connect(self.open_review_dialog)
        self.pdf_button = QPushButton(self.tr("Save the role description as PDF…"))
        self.pdf_button.clicked.connect(self.save_pdf)
        for button in (self.change_button, self.review_button, self.pdf_button):
            current_buttons.addWidget(button)
        current_buttons.addStretch(1)
        layout.addLayout(current_buttons)
        self.pdf_error = FieldError()
        layout.addWidget(self.pdf_error)

        layout.addWidget(heading(self.tr("How the roles have moved"), 2))
        self.timeline = RoleTimeline()
        layout.addWidget(self.timeline)

        self.history_section = QWidget()
        history_layout = QVBoxLayout(self.history_section)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(heading(self.tr("History"), 2))
        self.history = paragraph("")
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.history.setAccessibleName(self.tr("Versions and reviews"))
        history_layout.addWidget(self.history)
        compare = QHBoxLayout()
        compare_label = QLabel(self.tr("Compare version"))
        self.compare_from = QComboBox()
        self.compare_from.setAccessibleName(self.tr("Compare from version"))
        compare_label.setBuddy(self.compare_from)
        to_label = QLabel(self.tr("with version"))
        self.compare_to = QComboBox()
        self.compare_to.setAccessibleName(self.tr("Compare with version"))
        to_label.setBuddy(self.compare_to)
        for widget in (compare_label, self.compare_from, to_label, self.compare_to):
            compare.addWidget(widget)
        compare.addStretch(1)
        for combo in (self.compare_from, self.compare_to):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        history_layout.addLayout(compare)
        self.compare_diff = DiffView()
        history_layout.addWidget(self.compare_diff)
        self.compare_from.currentIndexChanged.connect(self._update_compare)
        self.compare_to.currentIndexChanged.connect(self._update_compare)
        layout.addWidget(self.history_section)
        layout.addStretch(1)
        scroll = form_column(content)
        content.setMaximumWidth(WIDE_COLUMN)
        return scroll

    # --- state ------------------------------------------------------------------------

    def current(self) -> Revision | None:
        """The revision in force today, or the newest agreed one if none is yet."""
        return in_force(self.revisions, today()) or latest_accepted(self.revisions)

    def next_review_on(self) -> date | None:
        """The agreed next review: the one the pair's latest review act set (a new version
        or "reviewed, no changes"). The reminder, this page and both PDFs use it."""
        return review_state(self.revisions, self.reviews, today()).next_review_on

    def open_revision(self) -> Revision | None:
        return next((r for r in self.revisions if r.is_open), None)

    def refresh(self) -> None:
        """Read the role split again and show the right view."""
        self.members = self._journal.members.all()
        self.members_by_id = {member.member_id: member for member in self.members}
        self.revisions = self._journal.roles.revisions()
        self.reviews = self._journal.roles.reviews()
        if not self.revisions:
            self.stack.setCurrentIndex(EMPTY)
            return
        self.stack.setCurrentIndex(OVERVIEW)
        self.reminder.show_state(review_state(self.revisions, self.reviews, today()))
        self._show_current()
        self._show_open()
        self.timeline.set_timeline(build_timeline(self.revisions, today()), today())
        self._show_history()

    def _show_current(self) -> None:
        current = self.current()
        _clear_layout(self.groups_box)
        has_open = self.open_revision() is not None
        self.change_button.setEnabled(current is not None and not has_open)
        self.review_button.setEnabled(current is not None)
        self.pdf_button.setEnabled(current is not None)
        if current is None:
            self.current_summary.setText(
                self.tr("No role split is in force yet: the first version is being prepared.")
            )
            return
        facts = [
            self.tr("Version %1").replace("%1", str(current.version)),
            self.tr("in force from %1").replace("%1", format_date(current.effective_from)),
        ]
        next_review = self.next_review_on()
        if next_review is not None:
            facts.append(self.tr("next review %1").replace("%1", format_date(next_review)))
        accepted = ", ".join(
            f"{member_name(self.members_by_id, a.member_id)} {moment_text(a.accepted_at)}"
            for a in current.acceptances
        )
        lines = [" · ".join(facts), self.tr("Accepted by %1").replace("%1", accepted)]
        if current.discussed_in_supervision:
            lines.append(self.tr("Discussed in work supervision."))
        self.current_summary.setText("\n".join(lines))
        for lead in LEAD_ORDER:
            self.groups_box.addWidget(self._lead_group(lead, current))

    def _lead_group(self, lead: Lead, revision: Revision) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(2)
        title_row = QHBoxLayout()
        title_row.addWidget(LeadSwatch(lead))
        people = lead_members_text(lead, self.members)
        title = QLabel(f"<b>{escape(lead_group_heading(lead))}</b> – {escape(people)}")
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setAccessibleName(f"{lead_group_heading(lead)} – {people}")
        title_row.addWidget(title, 1)
        layout.addLayout(title_row)
        items = revision.items_led_by(lead)
        if not items:
            layout.addWidget(paragraph(self.tr("No tasks.")))
        lines = []
        for item in items:
            note = f"<br/><span style='margin-left:1em'><i>{escape(item.note)}</i></span>"
            lines.append(f"<li>{escape(item.title)}{note if item.note else ''}</li>")
        if lines:
            tasks = paragraph("")
            tasks.setTextFormat(Qt.TextFormat.RichText)
            tasks.setText(f"<ul style='margin-top:0;margin-bottom:0'>{''.join(lines)}</ul>")
            tasks.setAccessibleName(lead_group_heading(lead))
            tasks.setAccessibleDescription("; ".join(item.title for item in items))
            layout.addWidget(tasks)
        return box

    def _show_open(self) -> None:
        revision = self.open_revision()
        self.open_error.clear_message()
        self.open_section.setVisible(revision is not None)
        _clear_layout(self.acceptance_box)
        if revision is None:
            return
        proposed = revision.status is RevisionStatus.PROPOSED
        self.open_heading.setText(
            self.tr("Version %1 is being prepared").replace("%1", str(revision.version))
        )
        if proposed:
            summary = (
                self.tr(
                    "%1 proposed it on %2. It comes into force on %3 once every member has "
                    "accepted it."
                )
                .replace("%1", member_name(self.members_by_id, revision.proposed_by))
                .replace("%2", moment_text(revision.proposed_at) if revision.proposed_at else "")
                .replace("%3", format_date(revision.effective_from))
            )
        else:
            summary = self.tr(
                "The draft is not in force. Continue editing it and propose it when it is ready."
            )
        self.open_summary.setText(summary)
        base = self.current()
        if base is None:
            self.open_diff.show_diff(None, self.tr("This will be the first version."))
        else:
            self.open_diff.show_diff(diff_revisions(base, revision))
        self.open_diff.setVisible(True)
        self.edit_button.setVisible(not proposed)
        self.withdraw_button.setVisible(proposed)
        if proposed:
            for member in self.members:
                self.acceptance_box.addWidget(self._acceptance_row(revision, member))

    def _acceptance_row(self, revision: Revision, member: Member) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 2, 0, 2)
        accepted = revision.accepted_by(member.member_id)
        if accepted is not None:
            label = QLabel(
                self.tr("%1 accepted on %2.")
                .replace("%1", member.display_name)
                .replace("%2", moment_text(accepted.accepted_at))
            )
            layout.addWidget(label)
        else:
            button = QPushButton(
                self.tr("%1 accepts version %2…")
                .replace("%1", member.display_name)
                .replace("%2", str(revision.version))
            )
            button.setObjectName(f"accept-{member.member_id}")
            button.clicked.connect(lambda: self.accept(member))
            layout.addWidget(button)
            layout.addWidget(QLabel(self.tr("has not accepted yet")))
        layout.addStretch(1)
        return row

    def _show_history(self) -> None:
        accepted = [r for r in self.revisions if r.status is RevisionStatus.ACCEPTED]
        self.history_section.setVisible(bool(accepted))
        entries: list[tuple[datetime, str]] = []
        for revision in accepted:
            when = revision.accepted_at or revision.created_at
            text = (
                self.tr("Version %1, in force from %2")
                .replace("%1", str(revision.version))
                .replace("%2", format_date(revision.effective_from))
            )
            details = [reason_label(revision.reason)] if revision.reason else []
            if (
                revision.discussed_in_supervision
                and revision.reason is not ReasonCategory.AGREED_IN_SUPERVISION
            ):
                details.append(self.tr("discussed in work supervision"))
            if details:
                text += f" ({', '.join(details)})"
            entries.append((when, f"<b>{escape(text)}</b>"))
        for review in self.reviews:
            text = (
                self.tr("Reviewed on %1, no changes (%2); next review %3")
                .replace("%1", format_date(review.reviewed_on))
                .replace("%2", member_name(self.members_by_id, review.recorded_by))
                .replace("%3", format_date(review.next_review_on))
            )
            line = escape(text)
            if review.note:
                line += f"<br/><i>{escape(review.note)}</i>"
            entries.append((review.recorded_at, line))
        entries.sort(key=lambda entry: entry[0], reverse=True)
        self.history.setText("<br/>".join(text for _when, text in entries))

        def choice(revision: Revision) -> str:
            return (
                self.tr("%1 (%2)")
                .replace("%1", str(revision.version))
                .replace("%2", status_label(revision.status))
                if revision.is_open
                else str(revision.version)
            )

        for combo, default in ((self.compare_from, -2), (self.compare_to, -1)):
            combo.blockSignals(True)
            combo.clear()
            for revision in self.revisions:
                combo.addItem(choice(revision), revision.version)
            combo.setCurrentIndex(max(0, len(self.revisions) + default))
            combo.blockSignals(False)
        self._update_compare()

    def _update_compare(self) -> None:
        versions = {r.version: r for r in self.revisions}
        before = versions.get(self.compare_from.currentData())
        after = versions.get(self.compare_to.currentData())
        if before is None or after is None or before is after:
            self.compare_diff.show_diff(None, self.tr("Choose two different versions."))
            return
        self.compare_diff.show_diff(diff_revisions(before, after))

    # --- actions ----------------------------------------------------------------------

    def start_from_defaults(self) -> None:
        self._start(lambda: self._journal.roles.start_draft_from_defaults(today()))

    def start_change(self) -> None:
        self._start(lambda: self._journal.roles.start_draft_from_current(today()))

    def _start(self, create: Callable[[], Revision]) -> None:
        try:
            draft = create()
        except JournalError as error:
            self._report(error)
            return
        self._edit(draft)

    def edit_open_revision(self) -> None:
        revision = self.open_revision()
        if revision is not None:
            self._edit(revision)

    def _edit(self, revision: Revision) -> None:
        self.editor.load(revision, self.members)
        self.stack.setCurrentIndex(EDITOR)
        if self.editor.rows:
            self.editor.rows[0].title.setFocus()

    def accept(self, member: Member) -> None:
        """The member accepts the proposal, proving it with their own passphrase (a
        partner at the same laptop cannot accept in their name)."""
        revision = self.open_revision()
        if revision is None:
            return
        self.open_error.clear_message()
        revision_id = revision.revision_id
        journal = self._journal
        dialog = ConsentDialog(
            self._journal,
            member,
            self.tr("Accept the role split"),
            self.tr(
                "%1, do you accept version %2 of the role split? Your acceptance is recorded "
                "with your name and the time. When every member has accepted, the version is "
                "in force from %3 and can no longer be changed."
            )
            .replace("%1", member.display_name)
            .replace("%2", str(revision.version))
            .replace("%3", format_date(revision.effective_from)),
            self.tr("I accept"),
            lambda passphrase, repeated: role_actions.accept_role_split(
                journal, revision_id, member.member_id, passphrase, repeated, make_own_area=True
            ),
            self,
            self._tasks,
        )
        dialog.consented.connect(lambda accepted: self._accepted(member, accepted))
        dialog.finished.connect(lambda _result: self._forget_consent(dialog))
        self.consent_dialog = dialog
        dialog.open()

    def _forget_consent(self, dialog: ConsentDialog) -> None:
        if self.consent_dialog is dialog:
            self.consent_dialog = None
        dialog.deleteLater()

    def _accepted(self, member: Member, consented: Consented) -> None:
        accepted = consented.revision
        if accepted.status is RevisionStatus.ACCEPTED:
            message = (
                self.tr("Everyone has accepted: version %1 is in force from %2.")
                .replace("%1", str(accepted.version))
                .replace("%2", format_date(accepted.effective_from))
            )
        else:
            message = self.tr("%1 accepted version %2.").replace("%1", member.display_name)
            message = message.replace("%2", str(accepted.version))
        self._after(message, consented.changes)

    def withdraw(self) -> None:
        revision = self.open_revision()
        if revision is None:
            return
        if revision.acceptances and not self.dialogs.confirm(
            self,
            self.tr("Return to a draft?"),
            self.tr(
                "The acceptances given so far are cleared, and everyone accepts again after "
                "the draft is proposed anew."
            ),
            self.tr("Return to a draft"),
        ):
            return
        try:
            draft = self._journal.roles.withdraw_proposal(revision.revision_id)
        except JournalError as error:
            self.open_error.show_message(error_message(error))
            return
        self.refresh()
        self._edit(draft)

    def open_review_dialog(self) -> None:
        current = self.current()
        if current is None:
            return
        dialog = ReviewDialog(self._journal, self.members, current, today(), self)
        self.review_dialog = dialog
        # Forgotten and deleted as it closes, so no reference to a deleted dialog remains.
        dialog.finished.connect(lambda _result: self._review_closed(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.recorded.connect(self._review_recorded)
        dialog.open()

    def _review_recorded(self, _record: ReviewRecord) -> None:
        self.refresh()
        next_review = self.next_review_on()
        self._set_status(
            self.tr("The review was recorded. Next review %1.").replace(
                "%1", format_date(next_review) if next_review else ""
            )
        )

    def _review_closed(self, dialog: ReviewDialog) -> None:
        if self.review_dialog is dialog:
            self.review_dialog = None

    def save_pdf(self) -> None:
        # reportlab is loaded when the first PDF is made (main_window's note).
        from tyoparipaivakirja.gui.roles.role_description_pdf import (
            role_description_document,
            suggested_file_name,
            write_pdf,
        )

        current = self.current()
        if current is None:
            return
        documents = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        target = self.dialogs.choose_output_file(
            self,
            self.tr("Save the role description"),
            documents / suggested_file_name(current),
            self.tr("PDF documents (*.pdf)"),
        )
        if target is None:
            return
        document = role_description_document(
            self._journal.info.name, self.members, current, today(), self.next_review_on()
        )
        self.pdf_error.clear_message()
        self.pdf_button.setEnabled(False)
        self._set_status(self.tr("Saving the role description…"))
        self.export = self._tasks.run(
            lambda: write_pdf(document, target),
            owner=self,
            label=self.tr("Saving the role description…"),
            done=self._pdf_saved,
            failed=self._pdf_failed,
            journal=False,
        )

    def _pdf_saved(self, target: Path) -> None:
        self.pdf_button.setEnabled(True)
        self._set_status(
            self.tr("The role description was saved as %1.").replace("%1", target.name)
        )

    def _pdf_failed(self, failure: Failure) -> None:
        self.pdf_button.setEnabled(self.current() is not None)
        self._set_status("")
        self.pdf_error.show_message(failure.message)

    # --- after actions ----------------------------------------------------------------

    def _set_status(self, text: str) -> None:
        """The quiet line under the heading: what just happened; hidden when empty."""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _after_proposal(self, revision: Revision) -> None:
        self._after(
            self.tr("Version %1 was proposed. Each member now accepts it.").replace(
                "%1", str(revision.version)
            )
        )

    def _after(self, message: str, changes: Changes = Changes.ROLES) -> None:
        self.refresh()
        self._set_status(message)
        self.saved_changes.emit(changes)

    def _report(self, error: JournalError) -> None:
        self.refresh()
        self._set_status(error_message(error))

    # --- page hooks -------------------------------------------------------------------

    def enter(self) -> None:
        if self.stack.currentIndex() != EDITOR:
            self._set_status("")
            self.refresh()

    def refresh_shown(self) -> None:
        """The role split changed elsewhere: show it again (the editor keeps its draft)."""
        if self.stack.currentIndex() != EDITOR:
            self.refresh()

    def leave(self) -> None:
        if self._editor is not None:
            self._editor.save_quietly()

    def before_lock(self) -> None:
        consent, self.consent_dialog = self.consent_dialog, None
        if alive(consent):
            assert consent is not None
            consent.reject()
        dialog, self.review_dialog = self.review_dialog, None
        if alive(dialog):
            assert dialog is not None
            dialog.reject()
        if self._editor is not None:
            self._editor.save_quietly()


def _clear_layout(layout: QVBoxLayout) -> None:
    """Remove and delete every widget in ``layout``."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()  # at once: the deletion itself waits for the event loop
            widget.deleteLater()
