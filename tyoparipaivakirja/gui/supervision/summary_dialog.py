"""Tee yhteenveto: the supervision summary — period, privacy check, build, preview, save, print.

Everything slow runs on the task runner: reading the period and the privacy gate on the
journal worker (it uses the session), building and encrypting the PDF and saving it on
the pool. The build can be stopped from the dialog's progress line. The preview loads
the bytes from memory: no plaintext PDF is ever written anywhere but where the user
chooses to save it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPainter, QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tyoparipaivakirja.actions import summary as summaries
from tyoparipaivakirja.actions.journal import Journal
from tyoparipaivakirja.actions.summary import CheckedSummary
from tyoparipaivakirja.core.progress import Progress
from tyoparipaivakirja.core.summary import (
    GateResult,
    Place,
    PlaceKind,
    SupervisionSummary,
)
from tyoparipaivakirja.gui.common.dialogs import Dialogs
from tyoparipaivakirja.gui.common.locale_text import date_pattern, pydate, qdate
from tyoparipaivakirja.gui.common.tasks import Failure, Task, TaskLine, TaskRunner
from tyoparipaivakirja.gui.common.widgets import (
    FieldError,
    PassphraseField,
    fit_to_screen,
    heading,
    labelled,
    paragraph,
    text_width,
)
from tyoparipaivakirja.messages import (
    finding_kind_text,
    privacy_place_text,
    unprotected_pdf_warning,
)

# lupdate reads translate("Context", "…") calls: the context is spelled out in each.
translate = QCoreApplication.translate


def suggested_file_name(summary: SupervisionSummary) -> str:
    """tyonohjausyhteenveto-2026-09-01-2026-10-31.pdf: ASCII and sortable."""
    return (
        f"tyonohjausyhteenveto-{summary.period_start.isoformat()}"
        f"-{summary.period_end.isoformat()}.pdf"
    )


def print_pdf(document: QPdfDocument, printer: QPrinter) -> None:
    """Print every page of a loaded PDF, each scaled to fit the printer's page."""
    painter = QPainter()
    if not painter.begin(printer):
        return
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            target = painter.viewport()
            size = document.pagePointSize(page).toSize()
            size.scale(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            image = document.render(page, QSize(size.width(), size.height()))
            painter.drawImage(target.topLeft(), image)
    finally:
        painter.end()


class FindingRow(QFrame):
    """One finding of the privacy check: what and where, in words that wrap, and under
    them the button that opens that place (when it can be opened)."""

    open_requested = Signal(object)  # the Place

    def __init__(self, text: str, place: Place | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.place = place
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.text = paragraph(text)
        layout.addWidget(self.text)
        self.fix_button: QPushButton | None = None
        if place is not None:
            self.fix_button = QPushButton(fix_button_text(place))
            self.fix_button.setAccessibleDescription(text)
            self.fix_button.clicked.connect(lambda: self.open_requested.emit(place))
            layout.addWidget(self.fix_button, 0, Qt.AlignmentFlag.AlignLeft)


class FindingsList(QWidget):
    """The privacy check's findings, one under another, each with its own "fix it"
    button: every finding is read whole, at 200 % text too, and nothing is a list row
    that cuts its text."""

    open_requested = Signal(object)  # the Place of the finding whose button was pressed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.rows: list[FindingRow] = []

    def clear(self) -> None:
        for row in self.rows:
            row.hide()
            row.deleteLater()
        self.rows = []

    def add(self, text: str, place: Place | None) -> FindingRow:
        row = FindingRow(text, place)
        row.open_requested.connect(self.open_requested)
        self._layout.addWidget(row)
        self.rows.append(row)
        return row

    def count(self) -> int:
        return len(self.rows)


def fix_button_text(place: Place) -> str:
    """The "fix it" button of a finding: it says what it opens."""
    if place.kind is PlaceKind.DEBRIEF:
        return translate("SummaryDialog", "&Open the debrief to fix it")
    if place.kind is PlaceKind.AGENDA:
        return translate("SummaryDialog", "&Open the agenda item to fix it")
    return translate("SummaryDialog", "&Open the agreement to fix it")


class SummaryDialog(QDialog):
    """Make, check, preview, save and print one supervision summary."""

    open_entry_requested = Signal(str)
    # A session's agenda item or agreement to fix: session id, PlaceKind value, number.
    open_session_item_requested = Signal(str, str, int)
    saved = Signal(Path)

    def __init__(
        self,
        journal: Journal,
        dialogs: Dialogs,
        session_id: str | None,
        start: date,
        end: date,
        today: date,
        parent: QWidget | None = None,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.dialogs = dialogs
        self._tasks = tasks or TaskRunner(dialogs, self)
        self.session_id = session_id
        self.today = today
        self.summary: SupervisionSummary | None = None
        self.gate: GateResult | None = None
        self.pdf: bytes | None = None
        self.protected = False
        self._task: Task[object] | None = None
        self._password: str | None = None
        self._bytes = QByteArray()
        self._buffer = QBuffer(self)
        self.setWindowTitle(self.tr("Summary for work supervision"))

        self.start = QDateEdit(qdate(start))
        self.end = QDateEdit(qdate(end))
        for edit, name in (
            (self.start, self.tr("Period starts")),
            (self.end, self.tr("Period ends")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_pattern())
            edit.setMaximumDate(qdate(today))
            edit.setAccessibleName(name)
        self.period_error = FieldError()
        self.password = PassphraseField(self.tr("PDF password (optional)"))
        self.password_again = PassphraseField(self.tr("The same PDF password again"))
        self.password_error = FieldError()
        self.unprotected = paragraph(unprotected_pdf_warning())
        self.password.text_changed.connect(self._password_changed)

        self.build_button = QPushButton(self.tr("&Check and make the summary"))
        self.build_button.setDefault(True)
        self.build_button.clicked.connect(self.check_and_build)
        self.task_line = TaskLine()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))

        self.findings = FindingsList()
        self.findings.setAccessibleName(self.tr("Privacy check"))
        self.findings.setVisible(False)
        self.findings.open_requested.connect(self._open_place)
        self.accept_warnings = QCheckBox(
            self.tr("I have checked these and they may go to the supervisor")
        )
        self.accept_warnings.setVisible(False)
        self.accept_warnings.toggled.connect(self._warnings_accepted)

        self.document = QPdfDocument(self)
        self.preview = QPdfView()
        self.preview.setAccessibleName(self.tr("Preview of the summary"))
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        placeholder = QLabel(self.tr("The preview appears here once the summary is made."))
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        placeholder.setWordWrap(True)
        self.preview_area = QStackedWidget()
        self.preview_area.addWidget(placeholder)
        self.preview_area.addWidget(self.preview)
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_summary)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        for button in (self.save_button, self.print_button):
            button.setEnabled(False)

        period = QHBoxLayout()
        period.addWidget(labelled(self.tr("From"), self.start))
        period.addWidget(labelled(self.tr("To"), self.end))
        period.addStretch(1)
        passwords = QHBoxLayout()
        passwords.addWidget(labelled(self.tr("PDF password (optional)"), self.password))
        passwords.addWidget(labelled(self.tr("Same password again"), self.password_again))
        actions = QHBoxLayout()
        actions.addWidget(self.build_button)
        actions.addWidget(self.task_line, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        controls = QWidget()
        top = QVBoxLayout(controls)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(heading(self.tr("Summary for work supervision"), 2))
        top.addWidget(
            paragraph(
                self.tr(
                    "Only what you shared for supervision goes into it: topics, counts, "
                    "reflections shared with \u201ctopics and reflection\u201d, the role split, "
                    "well-being trends each of you shared, and agreements. Clients are "
                    "lettered A, B, C…; client codes never appear."
                )
            )
        )
        top.addLayout(period)
        top.addWidget(self.period_error)
        top.addLayout(passwords)
        top.addWidget(self.password_error)
        top.addWidget(self.unprotected)
        top.addLayout(actions)
        top.addWidget(self.status)
        top.addWidget(self.findings)
        top.addWidget(self.accept_warnings)
        self.controls_area = QScrollArea()
        self.controls_area.setWidgetResizable(True)
        self.controls_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.controls_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.controls_area.setWidget(controls)

        layout = QVBoxLayout(self)
        layout.addWidget(self.controls_area)
        layout.addWidget(self.preview_area, 1)
        layout.addLayout(buttons)
        self._layout = layout
        self.close_button = close
        # 900 × 760 put the buttons below the screen of a 1366 × 768 laptop: the dialog
        # takes at most most of the screen it opens on, and the controls above the
        # preview scroll inside it, so Save, Print and Close are always on screen.
        self.resize(fit_to_screen(self, max(900, text_width(self, 110)), 760))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_controls()

    def _fit_controls(self) -> None:
        """The controls take what they need; once there is a preview, at most about half
        the height, the preview the rest. When the privacy check's findings need more
        room than is left beside the empty preview (at 200 % text), the empty preview
        gives way and the controls take the whole height above the buttons, which always
        stay in view."""
        inner = self.controls_area.widget()
        wanted = 0
        if inner is not None and (inner_layout := inner.layout()) is not None:
            inner_layout.activate()  # rows just added or removed count in its size
            width = self.controls_area.viewport().width()
            wanted = 4 + (
                inner_layout.totalHeightForWidth(width)
                if inner_layout.hasHeightForWidth()
                else inner.sizeHint().height()
            )
        previewing = self.preview_area.currentWidget() is self.preview
        room = self.height() // 2 if previewing else self.height() - 4 * self._button_height()
        crowded = self.findings.count() > 0 and not previewing and wanted > room
        self.preview_area.setVisible(not crowded)
        self._layout.setStretchFactor(self.controls_area, 1 if crowded else 0)
        height = max(120, min(wanted, self.height() if crowded else room))
        self.controls_area.setMaximumHeight(height)
        # What the controls need, not the scroll area's own small size hint: the empty
        # preview takes only the room that is left.
        self.controls_area.setMinimumHeight(0 if crowded else height)

    def _button_height(self) -> int:
        return self.close_button.sizeHint().height()

    # --- checking and building ----------------------------------------------------

    def _password_changed(self, text: str) -> None:
        self.unprotected.setVisible(not text)

    def _chosen_password(self) -> str | None:
        first, again = self.password.text(), self.password_again.text()
        if not first and not again:
            return None
        if first != again:
            raise ValueError(self.tr("The passwords differ. Type the same password twice."))
        return first

    def check_and_build(self) -> None:
        """Read the period, run the privacy gate, and build the PDF if nothing blocks."""
        self.period_error.clear_message()
        self.password_error.clear_message()
        try:
            password = self._chosen_password()
        except ValueError as error:
            self.password_error.show_message(str(error))
            return
        journal, session_id, today = self.journal, self.session_id, self.today
        start, end = pydate(self.start.date()), pydate(self.end.date())

        def check() -> CheckedSummary:
            return summaries.check(journal, start, end, today, session_id)

        self._set_working(True)
        self.status.setText(self.tr("Checking the summary…"))
        self._run(
            check,
            label=self.tr("Checking the summary…"),
            done=lambda checked: self._checked(checked, password),
            failed=self._check_failed,
            journal=True,
        )

    def _run(
        self,
        work: Callable[[], object],
        *,
        label: str,
        done: Callable[[object], object],
        failed: Callable[[Failure], object],
        journal: bool,
        progress: Progress | None = None,
    ) -> None:
        def finished(result: object) -> None:
            self._task = None
            done(result)

        def refused(failure: Failure) -> None:
            self._task = None
            failed(failure)

        self._task = self._tasks.run(
            work,
            owner=self,
            label=label,
            done=finished,
            failed=refused,
            cancelled=self._stopped,
            journal=journal,
            cancellable=progress is not None,
            progress=progress,
            line=self.task_line,
        )

    @property
    def busy(self) -> bool:
        """True while the summary is checked, made or saved (the outcome is not shown)."""
        return self._task is not None

    def _set_working(self, working: bool) -> None:
        self.build_button.setEnabled(not working)
        if working:
            self.save_button.setEnabled(False)
            self.print_button.setEnabled(False)

    def _check_failed(self, failure: Failure) -> None:
        self._set_working(False)
        self.status.clear()
        self.period_error.show_message(failure.message)

    def _stopped(self) -> None:
        self._task = None
        self._set_working(False)
        self.status.setText(self.tr("Stopped: the summary was not made."))

    def _checked(self, checked: object, password: str | None) -> None:
        assert isinstance(checked, CheckedSummary)
        summary, gate = checked.summary, checked.gate
        self.summary, self.gate = summary, gate
        self._show_gate(gate)
        if gate.blocked:
            self._set_working(False)
            self.status.setText(
                self.tr(
                    "The summary was not made: it would print a personal identity code. "
                    "Open the place named below, remove the code, and try again."
                )
            )
            return
        if gate.warnings and not self.accept_warnings.isChecked():
            self._set_working(False)
            self.status.setText(
                self.tr(
                    "Check the items below. When they may go to the supervisor, tick the box; "
                    "otherwise fix them first."
                )
            )
            return
        self._start_build(summary, password)

    def _show_gate(self, gate: GateResult) -> None:
        self.findings.clear()
        for finding in gate.findings:
            text = (
                self.tr("Blocks: %1 in %2 (%3)")
                if finding.blocking
                else self.tr("Check: %1 in %2 (%3)")
            )
            self.findings.add(
                text.replace("%1", finding_kind_text(finding.kind))
                .replace("%2", privacy_place_text(finding.place))
                .replace("%3", finding.excerpt),
                finding.place if _can_open(finding.place) else None,
            )
        self.findings.setVisible(bool(gate.findings))
        self.accept_warnings.setVisible(bool(gate.warnings) and not gate.blocked)
        if self.pdf is None:
            self.preview_area.setCurrentIndex(0)
        self._fit_controls()
        if self.findings.rows:
            # Once the new rows are laid out (the event loop turns first).
            QTimer.singleShot(0, self, self._bring_findings_into_view)

    def _bring_findings_into_view(self) -> None:
        """The check's sentence at the top, the first finding with its button below it,
        and focus on that button: where the user looks next, at 200 % text too."""
        rows, inner = self.findings.rows, self.controls_area.widget()
        if not rows or inner is None:
            return
        self._fit_controls()
        bar = self.controls_area.verticalScrollBar()
        bar.setValue(self.status.mapTo(inner, QPoint(0, 0)).y())
        first = rows[0]
        self.controls_area.ensureWidgetVisible(first, 0, 8)
        (first.fix_button or first.text).setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_place(self, place: Place) -> None:
        """Close the dialog and open where a finding is: the debrief, or the session at
        its agenda item or agreement."""
        if place.kind is PlaceKind.DEBRIEF and place.entry_id is not None:
            self.open_entry_requested.emit(place.entry_id)
        elif place.session_id is not None:
            self.open_session_item_requested.emit(place.session_id, place.kind.value, place.number)
        self.accept()

    def _warnings_accepted(self, checked: bool) -> None:
        if checked and self.status.text():
            self.status.setText(self.tr("Press \u201cCheck and make the summary\u201d again."))

    def _start_build(self, summary: SupervisionSummary, password: str | None) -> None:
        self._set_working(True)
        self.status.setText(self.tr("Making the summary…"))
        self.protected = password is not None
        self._password = password
        progress = Progress()
        self._run(
            lambda: summaries.make_pdf(summary, password, progress),
            label=self.tr("Making the summary…"),
            done=self._built,
            failed=self._build_failed,
            journal=False,
            progress=progress,
        )

    def _built(self, data: object) -> None:
        assert isinstance(data, bytes)
        password = self._password
        self.build_button.setEnabled(True)
        self.pdf = data
        self.document.close()
        self._buffer.close()
        self._bytes = QByteArray(data)
        self._buffer.setData(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        if password:
            self.document.setPassword(password)
        self.document.load(self._buffer)
        self.preview_area.setCurrentWidget(self.preview)
        self._fit_controls()
        self.save_button.setEnabled(True)
        self.print_button.setEnabled(self.document.pageCount() > 0)
        self.status.setText(
            self.tr("The summary is ready: %1 pages. Look it over, then save or print it.").replace(
                "%1", str(self.document.pageCount())
            )
        )

    def _build_failed(self, failure: Failure) -> None:
        self.build_button.setEnabled(True)
        self.status.setText(failure.message)

    # --- saving and printing ------------------------------------------------------

    def save(self) -> None:
        if self.pdf is None or self.summary is None:
            return
        target = self.dialogs.choose_output_file(
            self,
            self.tr("Save the summary"),
            Path.home() / suggested_file_name(self.summary),
            self.tr("PDF documents (*.pdf)"),
        )
        if target is None:
            return
        pdf = self.pdf
        self.save_button.setEnabled(False)

        def write() -> Path:
            return summaries.save_pdf(target, pdf)

        self._run(
            write,
            label=self.tr("Saving the summary…"),
            done=self._saved,
            failed=self._save_failed,
            journal=False,
        )

    def _save_failed(self, failure: Failure) -> None:
        self.save_button.setEnabled(True)
        self.dialogs.error(self, self.tr("The summary was not saved"), failure.message)

    def _saved(self, target: object) -> None:
        assert isinstance(target, Path)
        self.save_button.setEnabled(True)
        saved = self.tr("Saved as %1.").replace("%1", target.name)
        if not self.protected:
            saved += " " + unprotected_pdf_warning()
        self.status.setText(saved)
        self.saved.emit(target)

    def print_summary(self) -> None:
        if self.document.pageCount() <= 0:
            return
        printer = self.dialogs.choose_printer(self, self.tr("Print the summary"))
        if printer is not None:
            print_pdf(self.document, printer)
            self.status.setText(self.tr("Sent to the printer."))


def _can_open(place: Place) -> bool:
    """A debrief, an agenda item and an agreement can be opened to be fixed."""
    if place.kind is PlaceKind.DEBRIEF:
        return place.entry_id is not None
    return place.kind in (PlaceKind.AGENDA, PlaceKind.AGREEMENT) and place.session_id is not None
