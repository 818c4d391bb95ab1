"""Purut: the list of debriefs with search and filters, and the editor.

The list is model/view and pages itself in as the user scrolls. Search starts at the
first keystroke: the query runs on the journal worker (the window never waits for it),
and while one runs the keys that arrive meanwhile wait for it and then run as one query
for the latest text. Results of a text no longer in the field are dropped (a generation
counter). Clearing the field shows the list that was there before the search, as it was.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QKeySequence, QPainter, QResizeEvent, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tyoparipaivakirja.actions.debriefs import Draft, SearchHit
from tyoparipaivakirja.actions.journal import Journal
from tyoparipaivakirja.core.changes import Changes
from tyoparipaivakirja.core.debriefs import Debrief, SharingLevel, Theme, VisitType
from tyoparipaivakirja.core.drafts import fingerprint
from tyoparipaivakirja.core.errors import JournalError
from tyoparipaivakirja.core.search import DebriefFilter
from tyoparipaivakirja.gui.common.dialogs import Dialogs
from tyoparipaivakirja.gui.common.drafts import DraftChoice, resolve_conflict
from tyoparipaivakirja.gui.common.i18n import sort_key
from tyoparipaivakirja.gui.common.locale_text import format_date, format_time
from tyoparipaivakirja.gui.common.page import JournalPage
from tyoparipaivakirja.gui.common.tasks import Failure, TaskRunner
from tyoparipaivakirja.gui.common.widgets import heading, paragraph, shrinkable
from tyoparipaivakirja.gui.debriefs.debrief_editor import DebriefEditor
from tyoparipaivakirja.gui.debriefs.debrief_models import (
    ELIDED_COLUMNS,
    HTML_ROLE,
    DebriefListModel,
    SearchResultsModel,
)
from tyoparipaivakirja.gui.debriefs.start_notices import StartNotices
from tyoparipaivakirja.gui.debriefs.vocabulary import (
    sharing_label,
    theme_label,
    visit_type_label,
)
from tyoparipaivakirja.messages import error_message

SEARCH_PAGE = 50
SNIPPET_LINES = 3
PERIODS = {"all": None, "month": 31, "quarter": 92, "year": 365}
# Laid-out snippets kept by the delegate: a few screens of rows.
SNIPPET_CACHE_SIZE = 200


def whole_lines_height(document: QTextDocument, height: float) -> float:
    """How far down ``document``'s lines reach that end within ``height``: a line the
    row's end would cut (a sliver of a fourth line at large text) is not drawn at all."""
    layout = document.documentLayout()
    reached = 0.0
    block = document.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        lines = block.layout()
        for index in range(lines.lineCount()):
            line = lines.lineAt(index)
            bottom = top + line.y() + line.height()
            if bottom > height:
                return reached
            reached = bottom
        block = block.next()
    return float(height)


class SnippetDelegate(QStyledItemDelegate):
    """Draws a search snippet with the matched words in bold.

    A snippet is laid out once (a ``QTextDocument`` per snippet, width and font) and
    kept: painting a row again, as scrolling and every repaint do, only draws it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._documents: dict[tuple[str, int, str], QTextDocument] = {}

    def clear_cache(self) -> None:
        """Forget the laid-out snippets (new results are shown)."""
        self._documents.clear()

    def document(self, markup: str, width: int, font: QFont) -> QTextDocument:
        """The snippet laid out for this width and font, made once."""
        key = (markup, width, font.key())
        document = self._documents.get(key)
        if document is None:
            if len(self._documents) >= SNIPPET_CACHE_SIZE:
                self._documents.pop(next(iter(self._documents)))
            document = QTextDocument()
            document.setDefaultFont(font)
            document.setHtml(markup)
            document.setTextWidth(width)
            self._documents[key] = document
        return document

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        markup = index.data(HTML_ROLE)
        if not markup:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        if style is not None:
            option.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        document = self.document(str(markup), option.rect.width(), option.font)
        painter.save()
        painter.translate(option.rect.topLeft())
        shown = whole_lines_height(document, option.rect.height())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), shown))
        document.drawContents(painter)
        painter.restore()

    def sizeHint(
        self,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() * SNIPPET_LINES + 10)


class DraftRow(QWidget):
    """One kept draft in the banner: what it is, continue, discard."""

    def __init__(self, text: str) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.resume_button = QPushButton(self.tr("Continue writing"))
        self.resume_button.setAccessibleName(self.tr("Continue writing: %1").replace("%1", text))
        self.discard_button = QPushButton(self.tr("Discard the draft…"))
        self.discard_button.setAccessibleName(self.tr("Discard the draft: %1").replace("%1", text))
        layout.addWidget(self.label, 1)
        layout.addWidget(self.resume_button)
        layout.addWidget(self.discard_button)


class DebriefsPage(JournalPage):
    """The pair's debriefs: find, read, write."""

    page_key = "debriefs"
    shows = Changes.DEBRIEFS | Changes.FOLLOW_UPS | Changes.ROLES | Changes.JOURNAL

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
        self._tasks = tasks or TaskRunner(dialogs, self)
        self._members = journal.members.all()
        self._deleted_entry: str | None = None
        # Search: each change of the text (or of the filters while searching) is a new
        # generation; only the results of the newest are shown. One query at a time.
        self._search_generation = 0
        self._searching = False
        # The list shown before a search, kept so clearing the field shows it at once;
        # forgotten whenever the list itself is shown again (data or filters changed).
        self._list_model: DebriefListModel | None = None

        self.stack = QStackedWidget()
        self.list_page = self._build_list()
        self.stack.addWidget(self.list_page)
        self._editor: DebriefEditor | None = None  # built on first use: unlock stays quick
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_debrief)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("DebriefsPage", "Debriefs")

    @property
    def editor(self) -> DebriefEditor:
        if self._editor is None:
            self._editor = DebriefEditor(self._journal, self._dialogs, tasks=self._tasks)
            self._editor.closed.connect(self.show_list)
            self._editor.delete_requested.connect(self.delete_entry)
            # What the save changed (the action says: an own area too, when a partner's
            # own part was saved) reaches every page on screen.
            self._editor.changes_saved.connect(self.saved_changes.emit)
            self.stack.addWidget(self._editor)
        return self._editor

    def _editing(self) -> bool:
        return self._editor is not None and self.stack.currentWidget() is self._editor

    # --- building ------------------------------------------------------------

    def _build_list(self) -> QWidget:
        view = QWidget()
        layout = QVBoxLayout(view)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Debriefs")))
        top.addStretch(1)
        self.new_button = QPushButton(self.tr("New debrief"))
        self.new_button.setToolTip(self.tr("New quick debrief (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_debrief)
        top.addWidget(self.new_button)
        layout.addLayout(top)
        # The app opens here: what is due (a role split review, overdue follow-ups, a
        # reset own area) is said here, not only on the pages it belongs to.
        self.notices = StartNotices()
        self.notices.open_page_requested.connect(self.open_page_requested)
        # Whole sentences, never cut: at 200 % text they may take up to a quarter of the page
        # and scroll there, so the list keeps its room.
        self.notices_area = QScrollArea()
        self.notices_area.setWidgetResizable(True)
        self.notices_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.notices_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.notices_area.setWidget(self.notices)
        self.notices.changed.connect(self._fit_notices)
        layout.addWidget(self.notices_area)

        # Every kept draft, one row each: a draft is never hidden behind another.
        self.draft_banner = QFrame()
        self.draft_banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner = QVBoxLayout(self.draft_banner)
        self.draft_label = QLabel()
        self.draft_label.setWordWrap(True)
        banner.addWidget(self.draft_label)
        self.draft_rows_box = QVBoxLayout()
        banner.addLayout(self.draft_rows_box)
        self.draft_rows: list[DraftRow] = []
        layout.addWidget(self.draft_banner)

        self.undo_banner = QFrame()
        self.undo_banner.setFrameShape(QFrame.Shape.StyledPanel)
        undo = QHBoxLayout(self.undo_banner)
        undo.addWidget(QLabel(self.tr("The debrief was deleted.")), 1)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo_delete)
        undo.addWidget(self.undo_button)
        self.undo_banner.setVisible(False)
        layout.addWidget(self.undo_banner)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the debriefs' text (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search the debriefs"))
        self.search.setClearButtonEnabled(True)
        for button in self.search.findChildren(QToolButton):
            button.setAccessibleName(self.tr("Clear the search"))
        self.search.textChanged.connect(self._search_changed)
        layout.addWidget(self.search)
        layout.addLayout(self._build_filters())

        self.list_view = QTableView()
        self.list_view.setAccessibleName(self.tr("Debriefs"))
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.verticalHeader().setVisible(False)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setWordWrap(False)
        self.list_view.activated.connect(self._open_row)
        self.list_view.doubleClicked.connect(self._open_row)
        self.snippet_delegate = SnippetDelegate(self.list_view)
        self.plain_delegate = QStyledItemDelegate(self.list_view)
        self._row_height = self.list_view.fontMetrics().lineSpacing()
        layout.addWidget(self.list_view, 1)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)

        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addWidget(
            paragraph(
                self.tr(
                    "Debriefs after client visits go here. Start one right after "
                    "a visit: the quick debrief takes two minutes."
                )
            )
        )
        start = QPushButton(self.tr("Write a quick debrief"))
        start.clicked.connect(self.new_debrief)
        empty_layout.addWidget(start, 0, Qt.AlignmentFlag.AlignLeft)
        empty_layout.addStretch(1)
        layout.addWidget(self.empty)
        return view

    def _build_filters(self) -> QGridLayout:
        grid = QGridLayout()
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        for key, label in (
            ("all", self.tr("All time")),
            ("month", self.tr("Last month")),
            ("quarter", self.tr("Last 3 months")),
            ("year", self.tr("Last year")),
        ):
            self.period.addItem(label, key)
        self.type_filter = QComboBox()
        self.type_filter.setAccessibleName(self.tr("Visit type"))
        self.type_filter.addItem(self.tr("All visit types"), None)
        for value in VisitType:
            self.type_filter.addItem(visit_type_label(value), value.value)
        self.theme_filter = QComboBox()
        self.theme_filter.setAccessibleName(self.tr("Theme"))
        self.theme_filter.addItem(self.tr("All themes"), None)
        for theme in Theme:
            self.theme_filter.addItem(theme_label(theme), theme.value)
        self.code_filter = QComboBox()
        self.code_filter.setAccessibleName(self.tr("Client code"))
        self.sharing_filter = QComboBox()
        self.sharing_filter.setAccessibleName(self.tr("Sharing"))
        self.sharing_filter.addItem(self.tr("Any sharing"), None)
        for level in SharingLevel:
            self.sharing_filter.addItem(sharing_label(level), level.value)
        for combo in (
            self.period,
            self.type_filter,
            self.theme_filter,
            self.code_filter,
            self.sharing_filter,
        ):
            shrinkable(combo)
        self.warning_filter = QCheckBox(self.tr("Warning signs"))
        self.follow_up_filter = QCheckBox(self.tr("Open follow-ups"))
        # Two rows, so the list stays usable on a narrow laptop screen and at large text.
        for column, combo in enumerate(
            (self.period, self.type_filter, self.theme_filter, self.code_filter)
        ):
            combo.currentIndexChanged.connect(self.refresh)
            grid.addWidget(combo, 0, column)
        self.sharing_filter.currentIndexChanged.connect(self.refresh)
        grid.addWidget(self.sharing_filter, 1, 0)
        for column, box in enumerate((self.warning_filter, self.follow_up_filter), start=1):
            box.toggled.connect(self.refresh)
            grid.addWidget(box, 1, column)
        return grid

    def _fit_notices(self) -> None:
        """The notices area is as tall as its sentences, at most a quarter of the page."""
        width = self.notices_area.viewport().width() or self.width()
        layout = self.notices.layout()
        wanted = layout.totalHeightForWidth(width) if layout is not None else 0
        shown = self.notices.has_notices()
        self.notices_area.setVisible(shown)
        if shown:
            self.notices_area.setFixedHeight(max(1, min(wanted, self.height() // 4)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_notices()

    # --- list ----------------------------------------------------------------

    def enter(self) -> None:
        if self._editing():
            self.editor.sync_follow_ups()
            return
        self._reload_codes()
        self.refresh()
        self._show_drafts()
        self.notices.refresh(self._journal, date.today())

    def _reload_codes(self) -> None:
        current = self.code_filter.currentData()
        self.code_filter.blockSignals(True)
        self.code_filter.clear()
        self.code_filter.addItem(self.tr("All clients"), None)
        for code in sorted(self._journal.debriefs.client_codes(), key=sort_key):
            self.code_filter.addItem(code, code)
        index = self.code_filter.findData(current)
        self.code_filter.setCurrentIndex(max(index, 0))
        self.code_filter.blockSignals(False)

    def filters(self) -> DebriefFilter:
        days = PERIODS[str(self.period.currentData())]
        visit = self.type_filter.currentData()
        theme = self.theme_filter.currentData()
        sharing = self.sharing_filter.currentData()
        code = self.code_filter.currentData()
        return DebriefFilter(
            date_from=date.today() - timedelta(days=days) if days else None,
            visit_type=VisitType(visit) if visit else None,
            theme=Theme(theme) if theme else None,
            client_code=str(code) if code else None,
            warning_signs_only=self.warning_filter.isChecked(),
            sharing=SharingLevel(sharing) if sharing else None,
            open_follow_ups_only=self.follow_up_filter.isChecked(),
        )

    def refresh(self) -> None:
        """Show the list, or search results when there is text in the search field (the
        search runs on the journal worker and shows its results when they come)."""
        self._list_model = None  # the data or the filters changed: read the list anew
        if self.search.text().strip():
            self._search_generation += 1
            self._start_search()
            return
        try:
            self._show_entries()
        except JournalError as error:
            self.count_label.setText(error_message(error))

    def searching(self) -> bool:
        """True while a search query runs (tests and benchmarks wait for it)."""
        return self._searching

    def _search_changed(self, text: str) -> None:
        self._search_generation += 1  # whatever runs now is for an older text
        if text.strip():
            self._start_search()
            return
        if self._list_model is not None:
            self._show_list_model(self._list_model)  # as it was: no query at all
            return
        try:
            self._show_entries()
        except JournalError as error:
            self.count_label.setText(error_message(error))

    def _start_search(self) -> None:
        """Run the query for the text in the field now, or, while one runs, right after it
        (the keys typed meanwhile become one query)."""
        if self._searching:
            return  # ``_search_done`` starts the newest text's query
        text = self.search.text()
        if not text.strip():
            return
        filters = self.filters()
        generation = self._search_generation
        journal = self._journal
        # The found text (0.03 ms a hit at 10,000 entries, ten times that with SQLCipher's
        # memory security on) is made at once only for the rows the list has room for;
        # the rest follows in a second step.
        on_screen = self.list_view.viewport().height() // self._search_row_height() + 1
        self._searching = True
        self._tasks.run(
            lambda: journal.debriefs.search(text, filters, limit=SEARCH_PAGE, snippets=on_screen),
            owner=self,
            done=lambda hits: self._search_done(generation, text, hits, on_screen),
            failed=lambda failure: self._search_failed(generation, failure),
            label=self.tr("Searching the debriefs…"),
        )

    def _search_row_height(self) -> int:
        """A search result's row: a snippet wraps to three lines in a column of ordinary
        width, and all three show."""
        return self.list_view.fontMetrics().lineSpacing() * SNIPPET_LINES + 10

    def _search_done(
        self, generation: int, text: str, hits: list[SearchHit], with_text: int
    ) -> None:
        self._searching = False
        if generation == self._search_generation:
            if self.search.text().strip():
                self._show_search(hits, with_text)
                self._fill_found_texts(generation, text)
        else:
            self._start_search()  # the text changed meanwhile: its query now

    def _fill_found_texts(self, generation: int, text: str) -> None:
        """Make the found text of the hits shown without it (below the first screenful),
        on the journal worker; dropped when another search or the list is shown."""
        model = self.list_view.model()
        if not isinstance(model, SearchResultsModel) or not model.without_text():
            return
        wanted = model.without_text()
        journal = self._journal

        def fill(texts: dict[str, str]) -> None:
            if generation == self._search_generation and self.list_view.model() is model:
                model.set_found_texts(texts)

        def fill_failed(failure: Failure) -> None:
            if generation == self._search_generation:
                self.count_label.setText(failure.message)

        self._tasks.run(
            lambda: journal.debriefs.found_texts(text, wanted),
            owner=self,
            done=fill,
            failed=fill_failed,
            label=self.tr("Searching the debriefs…"),
        )

    def _search_failed(self, generation: int, failure: Failure) -> None:
        self._searching = False
        if generation == self._search_generation:
            self.count_label.setText(failure.message)
        else:
            self._start_search()

    def _show_entries(self) -> None:
        filters = self.filters()
        total = self._journal.debriefs.count(filters)
        model = DebriefListModel(
            lambda limit, offset: self._journal.debriefs.entries(filters, limit, offset),
            total,
            self._members,
        )
        self._list_model = model
        self._show_list_model(model)

    def _show_list_model(self, model: DebriefListModel) -> None:
        total = model.total
        self._set_model(model)
        self.list_view.setItemDelegateForColumn(3, self.plain_delegate)
        self.list_view.verticalHeader().setDefaultSectionSize(self._row_height + 8)
        everything = self._journal.debriefs.count() if total == 0 else total
        self.empty.setVisible(everything == 0)
        self.list_view.setVisible(everything != 0)
        self.count_label.setText(self.tr("%n debriefs", "", total))

    def _show_search(self, hits: list[SearchHit], with_text: int | None = None) -> None:
        self.snippet_delegate.clear_cache()
        self._set_model(SearchResultsModel(hits, with_text))
        self.list_view.setItemDelegateForColumn(3, self.snippet_delegate)
        self.list_view.verticalHeader().setDefaultSectionSize(self._search_row_height())
        self.empty.setVisible(False)
        self.list_view.setVisible(True)
        if not hits:
            self.count_label.setText(self.tr("Nothing found. Try a shorter word."))
        elif len(hits) == SEARCH_PAGE:
            self.count_label.setText(self.tr("The %n best matches", "", SEARCH_PAGE))
        else:
            self.count_label.setText(self.tr("%n matches", "", len(hits)))

    def _set_model(self, model: DebriefListModel | SearchResultsModel) -> None:
        old = self.list_view.model()
        self.list_view.setModel(model)
        header = self.list_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Sized by the rows in view, not by every row paged in (thousands of data calls).
        header.setResizeContentsPrecision(0)
        # The visit type and the themes (or the found text) share the room that is left, so
        # the short columns stay in view in a narrow window; a cut text shows as a tooltip.
        # A search shows the found text, the reason for the list: it takes the room, and
        # the visit type keeps its own width.
        stretched = (
            (SearchResultsModel.FOUND_TEXT_COLUMN,)
            if isinstance(model, SearchResultsModel)
            else ELIDED_COLUMNS
        )
        for column in stretched:
            if column < model.columnCount():
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        if old is not None and old is not self._list_model:
            old.deleteLater()

    def _open_row(self, index: QModelIndex) -> None:
        model = self.list_view.model()
        if isinstance(model, DebriefListModel | SearchResultsModel):
            self.open_entry(model.entry_id(index.row()))

    # --- drafts --------------------------------------------------------------

    def _show_drafts(self) -> None:
        try:
            drafts = self._journal.debriefs.drafts()
        except JournalError:
            drafts = []
        for row in self.draft_rows:
            self.draft_rows_box.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.draft_rows = []
        self.draft_banner.setVisible(bool(drafts))
        if not drafts:
            return
        self.draft_label.setText(
            self.tr(
                "%n unfinished debriefs were kept as drafts. Continue where you left off?",
                "",
                len(drafts),
            )
        )
        for draft in drafts:
            row = DraftRow(self._draft_text(draft))
            row.resume_button.clicked.connect(lambda _c=False, d=draft: self.resume_draft(d))
            row.discard_button.clicked.connect(lambda _c=False, d=draft: self.discard_draft(d))
            self.draft_rows_box.addWidget(row)
            self.draft_rows.append(row)

    def _draft_text(self, draft: Draft) -> str:
        entry = draft.entry
        what = [format_date(entry.visit_date)]
        if entry.visit_type is not VisitType.OTHER or entry.entry_id is not None:
            what.append(visit_type_label(entry.visit_type))
        if entry.client_code.strip():
            what.append(entry.client_code.strip())
        kept = format_time(draft.saved_at)
        if draft.entry_id is not None:
            return (
                self.tr("Changes to the debrief of %1, kept at %2")
                .replace("%1", " · ".join(what))
                .replace("%2", kept)
            )
        return (
            self.tr("New debrief %1, kept at %2")
            .replace("%1", " · ".join(what))
            .replace("%2", kept)
        )

    @property
    def resume_button(self) -> QPushButton:
        """Continue the newest draft."""
        return self.draft_rows[0].resume_button

    @property
    def discard_button(self) -> QPushButton:
        """Discard the newest draft."""
        return self.draft_rows[0].discard_button

    def resume_draft(self, draft: Draft | None = None) -> None:
        """Go on with a draft (the newest when none is given). A draft of an entry saved
        again since the draft began is never resumed silently: the user sees what
        differs and chooses."""
        if self._editing() and not self._leave_editor():
            return
        if draft is None:
            drafts = self._journal.debriefs.drafts()
            if not drafts:
                self._show_drafts()
                return
            draft = drafts[0]
        saved: Debrief | None = None
        if draft.entry_id is not None:
            try:
                saved = self._journal.debriefs.get(draft.entry_id)
            except JournalError:
                saved = None  # deleted since: the draft goes on as a new debrief
                draft = self._as_new_draft(draft)
        if saved is not None:
            choice = resolve_conflict(
                self._dialogs,
                self,
                base=draft.base,
                saved_version=fingerprint(saved),
                mine=draft.entry,
                saved=self.editor.as_shown(saved),  # both as the form holds them
                labels=self.editor.field_labels(),
                names={m.member_id: m.display_name for m in self._journal.members.all()},
                saved_at=draft.saved_at,
            )
            if choice is None:
                return
            if choice is DraftChoice.SAVED:
                self._journal.debriefs.discard_draft(draft.draft_key)
                self.editor.load_entry(saved.entry_id or "")
                self.stack.setCurrentWidget(self.editor)
                return
            if choice is DraftChoice.BOTH:
                saved = None
                draft = self._as_new_draft(draft)
        self.editor.load_draft(draft, saved)
        self.stack.setCurrentWidget(self.editor)

    def _as_new_draft(self, draft: Draft) -> Draft:
        """A draft of an entry turned into a draft of a new entry (a copy), kept at once
        under a new key; the old draft is dropped."""
        copy = self.editor.as_new_entry(draft.entry)
        key = uuid.uuid4().hex
        self._journal.debriefs.save_draft(key, copy)
        self._journal.debriefs.discard_draft(draft.draft_key)
        return Draft(key, None, copy, draft.saved_at, None)

    def discard_draft(self, draft: Draft | None = None) -> None:
        if draft is None:
            drafts = self._journal.debriefs.drafts()
            draft = drafts[0] if drafts else None
        if draft is not None and self._dialogs.confirm(
            self,
            self.tr("Discard the draft"),
            self.tr("The unfinished debrief will be removed. This cannot be undone."),
            self.tr("Discard"),
        ):
            self._journal.debriefs.discard_draft(draft.draft_key)
        self._show_drafts()

    # --- editing -------------------------------------------------------------

    def _leave_editor(self) -> bool:
        """Before the editor shows something else: ask where own answers cannot be kept,
        then keep every draft. False when the user chose to stay."""
        if not self.editor.may_leave():
            return False
        self.editor.leave_form()
        return True

    def new_debrief(self) -> None:
        if self._editing() and not self._leave_editor():
            return
        self.editor.load_new()
        self.stack.setCurrentWidget(self.editor)
        self.editor.visit_type.setFocus()

    def open_entry(self, entry_id: str) -> None:
        """Show a saved entry; one with a kept draft goes on from the draft."""
        if self._editing() and not self._leave_editor():
            return
        try:
            draft = self._journal.debriefs.draft_of(entry_id)
            if draft is not None:
                self.resume_draft(draft)
                return
            self.editor.load_entry(entry_id)
        except JournalError as error:
            self.count_label.setText(error_message(error))
            return
        self.stack.setCurrentWidget(self.editor)

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_page)
        self._reload_codes()
        self.refresh()
        self._show_drafts()
        self.notices.refresh(self._journal, date.today())
        self.list_view.setFocus()

    def focus_search(self) -> None:
        if self._editing():
            self.editor.go_back()
        self.search.setFocus()
        self.search.selectAll()

    def delete_entry(self, entry_id: str) -> None:
        if not self._dialogs.confirm(
            self,
            self.tr("Delete the debrief"),
            self.tr(
                "The debrief and its follow-ups are deleted. You can undo this until "
                "the journal is locked."
            ),
            self.tr("Delete"),
        ):
            return
        self._journal.debriefs.delete(entry_id)
        if self._editor is not None:
            self._editor.discard_current_draft()
        self._deleted_entry = entry_id
        self.undo_banner.setVisible(True)
        self.show_list()
        self.saved_changes.emit(Changes.DEBRIEFS | Changes.FOLLOW_UPS)

    def undo_delete(self) -> None:
        if self._deleted_entry is not None:
            self._journal.debriefs.restore(self._deleted_entry)
            self._deleted_entry = None
        self.undo_banner.setVisible(False)
        self.refresh()
        self.saved_changes.emit(Changes.DEBRIEFS | Changes.FOLLOW_UPS)

    # --- page hooks ----------------------------------------------------------

    def may_leave(self) -> bool:
        return not self._editing() or self.editor.may_leave()

    def leave(self) -> None:
        if self._editing():
            self.editor.step_away()

    def close_own_areas(self) -> None:
        if self._editor is not None:
            self._editor.close_own_areas()

    def before_lock(self) -> None:
        try:
            if self._editor is not None:
                self._editor.before_lock()
        finally:
            self._journal.debriefs.purge_deleted()
