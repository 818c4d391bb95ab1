"""Import: a new journal from an export file, with new passphrases.

The file is checked as soon as it is chosen, and what it holds is shown; nothing is
written until the whole import succeeds (storage builds it aside and moves it in).
Reading the file and the import itself run on the task runner's pool (they do not use
the open journal), with the dialog's progress line; the import can be stopped there
until the new journal is moved into place, and closing the dialog stops it too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tyoparipaivakirja.actions import imports
from tyoparipaivakirja.actions.imports import ImportReport, ImportSummary, Row
from tyoparipaivakirja.actions.passphrases import require_new
from tyoparipaivakirja.core.errors import (
    ValidationError,
    ValidationField,
    ValidationReason,
)
from tyoparipaivakirja.core.progress import Progress
from tyoparipaivakirja.gui.common.dialogs import Dialogs
from tyoparipaivakirja.gui.common.tasks import Failure, Task, TaskLine, TaskRunner
from tyoparipaivakirja.gui.common.widgets import (
    FieldError,
    PassphraseField,
    fit_to_screen,
    form_column,
    labelled,
    paragraph,
    text_lines,
    text_width,
)
from tyoparipaivakirja.messages import error_message, import_findings_text


class ImportDialog(QDialog):
    """Choose the file, the folder for the new journal and its passphrases; then import."""

    imported = Signal(object)  # Path of the new journal folder

    def __init__(
        self, dialogs: Dialogs, tasks: TaskRunner | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import from an export file"))
        self._dialogs = dialogs
        self._tasks = tasks or TaskRunner(dialogs, self)
        self._document: Row | None = None
        self._summary: ImportSummary | None = None
        self._task: Task[object] | None = None
        self._target = Path()
        self.own_fields: dict[str, tuple[PassphraseField, PassphraseField, FieldError]] = {}

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Makes a new journal from a Työparipäiväkirja export file. The file is "
                    "checked first, and nothing is written unless everything in it is right."
                )
            )
        )
        self.source = QLineEdit()
        self.source.setReadOnly(True)
        self.source.setAccessibleName(self.tr("Export file"))
        self.source_button = QPushButton(self.tr("Choose the file…"))
        self.source_button.clicked.connect(self.choose_source)
        self.source_error = FieldError()
        layout.addWidget(
            labelled(
                self.tr("Export file"), _row(self.source, self.source_button), self.source_error
            )
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Folder for the new journal"))
        self.folder_button = QPushButton(self.tr("Choose…"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.folder_error = FieldError()
        layout.addWidget(
            labelled(
                self.tr("Folder for the new journal"),
                _row(self.folder, self.folder_button),
                self.folder_error,
                hint=self.tr("A new or empty folder."),
            )
        )
        self.pair = PassphraseField(self.tr("New pair passphrase"), with_strength=True)
        self.pair.context = self._known_names
        self.pair_error = FieldError()
        layout.addWidget(labelled(self.tr("New pair passphrase"), self.pair, self.pair_error))
        self.pair_repeat = PassphraseField(self.tr("New pair passphrase again"))
        layout.addWidget(labelled(self.tr("New pair passphrase again"), self.pair_repeat))
        self.own_box = QVBoxLayout()
        self.own_box.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.own_box)
        self.general_error = FieldError()
        layout.addWidget(self.general_error)
        # Below the scrolling form, beside the buttons: always in sight, at any text size.
        self.status = QLabel()  # a calm line: what the user's own choice did
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setVisible(False)
        self.task_line = TaskLine()
        layout.addStretch(1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(form_column(content), 1)
        outer.addWidget(self.status)
        bottom = QHBoxLayout()
        bottom.addWidget(self.task_line, 1)
        bottom.addWidget(self.buttons)
        outer.addLayout(bottom)
        # Roomier with large text (the passphrase's reasons wrap), within the screen.
        self.resize(
            fit_to_screen(self, max(640, text_width(self, 80)), max(640, text_lines(self, 30)))
        )

    def _known_names(self) -> list[str]:
        """The names in the file: the first guesses of anyone who knows the pair."""
        if self._summary is None:
            return []
        return [self._summary.journal_name, *(name for _id, name in self._summary.members)]

    def choose_source(self) -> None:
        start = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        chosen = self._dialogs.choose_open_file(
            self, self.tr("Choose the export file"), start, self.tr("JSON files (*.json)")
        )
        if chosen is not None:
            self.load(chosen)

    def load(self, source: Path) -> None:
        """Read and check ``source`` (off the GUI thread: an export of a busy journal is
        tens of megabytes); show what it holds or its first problem."""
        self.source.setText(str(source))
        self.source_error.clear_message()
        self._document, self._summary = None, None
        self.summary.clear()
        self.import_button.setEnabled(False)

        def work() -> tuple[Row, ImportSummary]:
            document = imports.read_export_file(source)
            return document, imports.summarize(document)

        self._start(
            work,
            label=self.tr("Checking the file…"),
            done=self._loaded,
            failed=self._load_failed,
        )

    def _load_failed(self, failure: Failure) -> None:
        self.source_error.show_message(failure.message)
        self._set_own_fields(None)
        self.import_button.setEnabled(False)

    def _loaded(self, result: object) -> None:
        assert isinstance(result, tuple)
        document, summary = result
        self._document, self._summary = document, summary
        names = ", ".join(name for _id, name in self._summary.members)
        self.summary.setText(
            self.tr("“%1”: members %2; %n debriefs.", "", self._summary.debriefs)
            .replace("%1", self._summary.journal_name)
            .replace("%2", names)
        )
        self._set_own_fields(self._summary)
        self.import_button.setEnabled(True)

    def _set_own_fields(self, summary: ImportSummary | None) -> None:
        while self.own_box.count():
            item = self.own_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.own_fields = {}
        if summary is None:
            return
        names = dict(summary.members)
        for member_id in summary.personal_area_members:
            name = names.get(member_id, "")
            field = PassphraseField(self.tr("New own passphrase of %1").replace("%1", name))
            repeat = PassphraseField(self.tr("New own passphrase of %1 again").replace("%1", name))
            error = FieldError()
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(
                labelled(
                    self.tr("New own passphrase of %1").replace("%1", name),
                    field,
                    hint=self.tr(
                        "The file holds %1's own area; it gets a passphrase of its own."
                    ).replace("%1", name),
                )
            )
            box_layout.addWidget(labelled(self.tr("The same again"), repeat, error))
            self.own_box.addWidget(box)
            self.own_fields[member_id] = (field, repeat, error)

    def choose_folder(self) -> None:
        start = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        chosen = self._dialogs.choose_new_folder(
            self, self.tr("Choose a folder for the new journal"), start
        )
        if chosen is not None:
            self.folder.setText(str(chosen))

    def submit(self) -> None:
        for error in (self.folder_error, self.pair_error, self.general_error):
            error.clear_message()
        for _field, _repeat, own_error in self.own_fields.values():
            own_error.clear_message()
        if self._document is None:
            self.source_error.show_message(self.tr("Choose an export file first."))
            return
        if not self.folder.text().strip():
            self.folder_error.show_message(self.tr("Choose a folder for the new journal."))
            return
        folder = Path(self.folder.text().strip())
        own: dict[str, str] = {}
        for member_id, (field, repeat, own_error) in self.own_fields.items():
            # Own passphrases are checked here, so a refusal from the import is the pair's.
            try:
                require_new(field.text(), repeat.text(), self._known_names())
                if field.text() == self.pair.text():
                    raise ValidationError(ValidationField.PASSPHRASE, ValidationReason.SAME_AS_PAIR)
            except ValidationError as error:
                own_error.show_message(error_message(error))
                field.setFocus()
                return
            own[member_id] = field.text()
        try:
            require_new(self.pair.text(), self.pair_repeat.text(), self._known_names())
        except ValidationError as error:
            self._show_validation(error)
            return
        document, pair, repeated = self._document, self.pair.text(), self.pair_repeat.text()
        # A large journal takes seconds to import: the window stays responsive meanwhile.
        progress = Progress()
        self._target = folder
        self._start(
            lambda: imports.import_into_new_journal(
                document, folder, pair, own, repeated, progress
            ),
            label=self.tr("Importing…"),
            done=self._finished,
            failed=self._failed,
            progress=progress,
        )

    def _start(
        self,
        work: Callable[[], object],
        *,
        label: str,
        done: Callable[[object], object],
        failed: Callable[[Failure], object],
        progress: Progress | None = None,
    ) -> None:
        """Run one step of this dialog off the GUI thread; its controls wait meanwhile."""
        self._set_busy(True)

        def finished(result: object) -> None:
            self._set_busy(False)
            done(result)

        def refused(failure: Failure) -> None:
            self._set_busy(False)
            failed(failure)

        def stopped() -> None:
            self._set_busy(False)
            self.status.setText(self.tr("The import was stopped. Nothing was made."))
            self.status.setVisible(True)

        self.status.clear()
        self.status.setVisible(False)

        self._task = self._tasks.run(
            work,
            owner=self,
            label=label,
            done=finished,
            failed=refused,
            cancelled=stopped,
            journal=False,
            cancellable=progress is not None,
            progress=progress,
            line=self.task_line,
        )

    def _set_busy(self, busy: bool) -> None:
        if not busy:
            self._task = None
        self.import_button.setEnabled(not busy and self._document is not None)
        for widget in (
            self.source_button,
            self.folder_button,
            self.folder,
            self.pair,
            self.pair_repeat,
        ):
            widget.setEnabled(not busy)

    def _finished(self, result: object) -> None:
        if isinstance(result, ImportReport) and result.findings:
            self._dialogs.inform(
                self,
                self.tr("Check the imported texts"),
                import_findings_text([(f.kind, f.path) for f in result.findings]),
            )
        self.imported.emit(self._target)
        self.accept()

    def _failed(self, failure: Failure) -> None:
        if isinstance(failure.error, ValidationError):
            self._show_validation(failure.error)
        else:
            self.general_error.show_message(failure.message)

    @property
    def busy(self) -> bool:
        """True while the file is read or an import runs (the outcome is not shown yet)."""
        return self._task is not None

    def _show_validation(self, error: ValidationError) -> None:
        target = self.folder_error if error.field is ValidationField.FOLDER else self.pair_error
        target.show_message(error_message(error))
        if target is self.pair_error:
            self.pair.setFocus()


def _row(edit: QLineEdit, button: QPushButton) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(edit, 1)
    row.addWidget(button)
    box.setFocusProxy(edit)
    return box
