"""Creating a journal: its name and folder, the members, and the pair passphrase."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tyoparipaivakirja.core.errors import ValidationError, ValidationField
from tyoparipaivakirja.core.members import (
    MAX_MEMBERS,
    MAX_NAME_LENGTH,
    NewMember,
    Role,
    validate_journal_name,
    validate_members,
)
from tyoparipaivakirja.gui.common.dialogs import Dialogs
from tyoparipaivakirja.gui.common.tasks import Failure, TaskRunner
from tyoparipaivakirja.gui.common.widgets import (
    FieldError,
    PassphraseField,
    form_column,
    heading,
    labelled,
    paragraph,
    reveal,
)

# The storage layer (and the actions over it) is imported when first used (see
# main_window).
if TYPE_CHECKING:
    from tyoparipaivakirja.actions.journal import Journal


def default_journal_folder() -> Path:
    """A sensible, not yet existing folder in the user's documents."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    base = Path(documents or Path.home()) / "Työparipäiväkirja"
    candidate, number = base, 2
    while candidate.exists() and any(candidate.iterdir()):
        candidate = base.with_name(f"{base.name} {number}")
        number += 1
    return candidate


class MemberRow(QWidget):
    """One member: first name and role."""

    def __init__(self, number: int, role: Role, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME_LENGTH)
        self.name.setPlaceholderText(self.tr("First name"))
        self.name.setAccessibleName(self.tr("Member %1, first name").replace("%1", str(number)))
        self.role = QComboBox()
        self.role.addItem(
            self.tr("Expert by experience (kokemusasiantuntija)"), Role.EXPERT_BY_EXPERIENCE.value
        )
        self.role.addItem(self.tr("Professional (ammattilainen)"), Role.PROFESSIONAL.value)
        self.role.setCurrentIndex(self.role.findData(role.value))
        self.role.setAccessibleName(self.tr("Member %1, role").replace("%1", str(number)))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name, 2)
        layout.addWidget(self.role, 3)

    def value(self) -> NewMember:
        return NewMember(self.name.text(), Role(str(self.role.currentData())))


class CreateJournalPage(QWidget):
    """The form for a new journal. Emits ``created`` with the new, unlocked journal."""

    created = Signal(object)  # Journal
    cancelled = Signal()

    def __init__(
        self, dialogs: Dialogs, parent: QWidget | None = None, tasks: TaskRunner | None = None
    ) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        # Creating writes two encrypted files (two key derivations): on the journal worker.
        self._tasks = tasks or TaskRunner(dialogs, self)
        self._creating = False
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addSpacing(16)
        layout.addWidget(heading(self.tr("Create a new journal")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "The journal is a folder on this computer. Everything in it is encrypted "
                    "with the pair passphrase you choose below."
                )
            )
        )

        layout.addWidget(heading(self.tr("The journal"), 2))
        self.journal_name = QLineEdit(self.tr("Our work pair journal"))
        self.journal_name.setMaxLength(80)
        self.name_error = FieldError()
        layout.addWidget(
            labelled(
                self.tr("Name of the journal"),
                self.journal_name,
                self.name_error,
                self.tr("Shown only after unlocking. No client names."),
            )
        )
        self.folder = QLineEdit(str(default_journal_folder()))
        self.folder.setAccessibleName(self.tr("Folder"))
        self.choose_folder_button = QPushButton(self.tr("Choose…"))
        self.choose_folder_button.setAccessibleName(self.tr("Choose the folder"))
        self.choose_folder_button.clicked.connect(self._choose_folder)
        folder_row = QWidget()
        folder_layout = QHBoxLayout(folder_row)
        folder_layout.setContentsMargins(0, 0, 0, 0)
        folder_layout.addWidget(self.folder, 1)
        folder_layout.addWidget(self.choose_folder_button)
        folder_row.setFocusProxy(self.folder)
        self.folder_error = FieldError()
        layout.addWidget(
            labelled(
                self.tr("Folder"), folder_row, self.folder_error, self.tr("A new or empty folder.")
            )
        )

        layout.addWidget(heading(self.tr("Members"), 2))
        layout.addWidget(
            paragraph(
                self.tr(
                    "First names only. A pair has at least one expert by "
                    "experience and one professional."
                )
            )
        )
        self.members_box = QVBoxLayout()
        self.member_rows: list[MemberRow] = []
        layout.addLayout(self.members_box)
        self._add_member(Role.EXPERT_BY_EXPERIENCE)
        self._add_member(Role.PROFESSIONAL)
        self.add_member_button = QPushButton(self.tr("Add a member"))
        self.add_member_button.clicked.connect(lambda: self._add_member(Role.PROFESSIONAL))
        layout.addWidget(self.add_member_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.members_error = FieldError()
        layout.addWidget(self.members_error)

        layout.addWidget(heading(self.tr("Pair passphrase"), 2))
        warning = QFrame()
        warning.setFrameShape(QFrame.Shape.StyledPanel)
        warning_layout = QVBoxLayout(warning)
        warning_layout.addWidget(
            paragraph(
                self.tr(
                    "Both of you use this passphrase to open the journal. A lost passphrase "
                    "cannot be recovered by anyone, and the journal cannot be opened without "
                    "it. Agree where you keep it safe."
                )
            )
        )
        layout.addWidget(warning)
        self.passphrase = PassphraseField(self.tr("Pair passphrase"), with_strength=True)
        self.passphrase.context = self._known_names
        self.passphrase_error = FieldError()
        layout.addWidget(
            labelled(self.tr("Pair passphrase"), self.passphrase, self.passphrase_error)
        )
        self.repeat = PassphraseField(self.tr("Pair passphrase again"))
        self.repeat_error = FieldError()
        layout.addWidget(labelled(self.tr("Pair passphrase again"), self.repeat, self.repeat_error))

        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancelled)
        self.create_button = QPushButton(self.tr("Create the journal"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.submit)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)
        self.general_error = FieldError()
        layout.addWidget(self.general_error)
        layout.addStretch(1)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(form_column(content))
        self.setFocusProxy(self.journal_name)

    def _add_member(self, role: Role) -> None:
        if len(self.member_rows) >= MAX_MEMBERS:
            return
        row = MemberRow(len(self.member_rows) + 1, role)
        self.member_rows.append(row)
        self.members_box.addWidget(row)
        if len(self.member_rows) > 2:
            row.name.setFocus()
        if hasattr(self, "add_member_button"):
            self.add_member_button.setEnabled(len(self.member_rows) < MAX_MEMBERS)

    def _choose_folder(self) -> None:
        chosen = self._dialogs.choose_new_folder(
            self, self.tr("Choose a folder for the journal"), Path(self.folder.text()).parent
        )
        if chosen is not None:
            self.folder.setText(str(chosen))

    def _clear_errors(self) -> None:
        for error in (
            self.name_error,
            self.folder_error,
            self.members_error,
            self.passphrase_error,
            self.repeat_error,
            self.general_error,
        ):
            error.clear_message()

    def _known_names(self) -> list[str]:
        """The journal's and the members' names as typed: an attacker's first guesses."""
        return [self.journal_name.text(), *(row.name.text() for row in self.member_rows)]

    def submit(self) -> None:
        """Check every field at once and show each problem under its field; then create."""
        from tyoparipaivakirja.actions import journal as journals
        from tyoparipaivakirja.actions.passphrases import require_new

        self._clear_errors()
        folder_text = self.folder.text().strip()
        members = [row.value() for row in self.member_rows if row.name.text().strip()]
        problems: list[ValidationError] = []
        checks: list[Callable[[], object]] = [
            lambda: validate_journal_name(self.journal_name.text()),
            lambda: validate_members(members),
            lambda: require_new(
                self.passphrase.text(), self.repeat.text(), self.passphrase.context()
            ),
        ]
        for check in checks:
            try:
                check()
            except ValidationError as error:
                problems.append(error)
        if not folder_text:
            self.folder_error.show_message(self.tr("Choose a folder for the journal."))
        if problems or not folder_text:
            focus = [self._show_validation(problem) for problem in problems]
            # At 200 % text the first problem can be below the window: scroll to it.
            reveal(focus[0] if focus else self.folder)
            return
        if self._creating:
            return
        folder, name = Path(folder_text).expanduser(), self.journal_name.text()
        passphrase, repeated = self.passphrase.text(), self.repeat.text()
        self._set_creating(True)
        self._tasks.run(
            lambda: journals.create(folder, name, members, passphrase, repeated),
            owner=self,
            label=self.tr("Creating the journal…"),
            done=self._made,
            failed=self._refused,
        )

    @property
    def creating(self) -> bool:
        """True while the journal is being created (the outcome is not shown yet)."""
        return self._creating

    def _set_creating(self, creating: bool) -> None:
        self._creating = creating
        self.create_button.setEnabled(not creating)
        self.cancel_button.setEnabled(not creating)

    def _made(self, journal: Journal) -> None:
        self._set_creating(False)
        self.reset()
        self.created.emit(journal)

    def _refused(self, failure: Failure) -> None:
        self._set_creating(False)
        if isinstance(failure.error, ValidationError):
            reveal(self._show_validation(failure.error))
            return
        self.general_error.show_message(failure.message)

    def reset(self) -> None:
        """An empty form: nothing of a journal made earlier stays on screen."""
        self._clear_errors()
        self.journal_name.setText(self.tr("Our work pair journal"))
        self.folder.setText(str(default_journal_folder()))
        for row in self.member_rows[2:]:
            row.deleteLater()
        del self.member_rows[2:]
        for row, role in zip(
            self.member_rows, (Role.EXPERT_BY_EXPERIENCE, Role.PROFESSIONAL), strict=True
        ):
            row.name.clear()
            row.role.setCurrentIndex(row.role.findData(role.value))
        self.add_member_button.setEnabled(True)
        self.passphrase.clear()
        self.repeat.clear()

    def _show_validation(self, error: ValidationError) -> QWidget:
        """Show the message under its field and return the widget to focus."""
        from tyoparipaivakirja.messages import error_message

        message = error_message(error)
        targets: dict[ValidationField, tuple[FieldError, QWidget]] = {
            ValidationField.JOURNAL_NAME: (self.name_error, self.journal_name),
            ValidationField.FOLDER: (self.folder_error, self.folder),
            ValidationField.PASSPHRASE: (self.passphrase_error, self.passphrase),
            ValidationField.PASSPHRASE_REPEAT: (self.repeat_error, self.repeat),
        }
        label, widget = targets.get(error.field, (self.members_error, self._member_focus(error)))
        label.show_message(message)
        return widget

    def _member_focus(self, error: ValidationError) -> QWidget:
        filled = [row for row in self.member_rows if row.name.text().strip()]
        if 0 <= error.index < len(filled):
            return filled[error.index].name
        return self.member_rows[0].name
