"""The unlocked journal: navigation on the left, the chosen page on the right.

It passes the task runner on to the pages, and tells every page what changed: a task's
changes and what another page saved (``JournalPage.data_changed``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tyoparipaivakirja.actions.journal import Journal
from tyoparipaivakirja.core.changes import Changes
from tyoparipaivakirja.gui.common.cleanup import guarded
from tyoparipaivakirja.gui.common.dialogs import Dialogs
from tyoparipaivakirja.gui.common.page import JournalPage
from tyoparipaivakirja.gui.common.tasks import TaskRunner
from tyoparipaivakirja.gui.debriefs.debriefs_page import DebriefsPage
from tyoparipaivakirja.gui.debriefs.follow_ups_page import FollowUpsPage
from tyoparipaivakirja.gui.debriefs.start_notices import NoticePanel
from tyoparipaivakirja.gui.journal.overview import OverviewPage
from tyoparipaivakirja.gui.own_area.personal_area import PersonalAreaPage
from tyoparipaivakirja.gui.roles.roles import RolesPage
from tyoparipaivakirja.gui.supervision.supervision_page import SupervisionPage
from tyoparipaivakirja.messages import read_only_full_disk_message

NAV_WIDTH = 220


class JournalView(QWidget):
    """Holds the pages of one unlocked journal. It is thrown away when the journal locks,
    so nothing of the journal stays in memory behind the unlock screen."""

    change_passphrase_requested = Signal()
    lock_requested = Signal()

    def __init__(
        self,
        journal: Journal,
        dialogs: Dialogs,
        tasks: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.tasks = tasks or TaskRunner(dialogs, self)
        self.debriefs = DebriefsPage(journal, dialogs, tasks=self.tasks)
        self.follow_ups = FollowUpsPage(journal)
        self.overview = OverviewPage(journal)
        self.personal = PersonalAreaPage(journal, dialogs=dialogs, tasks=self.tasks)
        self.roles = RolesPage(journal, dialogs=dialogs, tasks=self.tasks)
        self.supervision = SupervisionPage(journal, dialogs, tasks=self.tasks)
        # The daily tools first; the journal's own details last (ui.md's order).
        self.pages: list[JournalPage] = [
            self.debriefs,
            self.follow_ups,
            self.roles,
            self.supervision,
            self.personal,
            self.overview,
        ]
        self.follow_ups.open_entry_requested.connect(self._open_entry)
        self.supervision.open_entry_requested.connect(self._open_entry)
        self.overview.change_passphrase_requested.connect(self.change_passphrase_requested)
        self.overview.personal_area_requested.connect(
            lambda: self.show_page(PersonalAreaPage.page_key)
        )
        # What changed reaches every page; a page's own saves are not told back to it.
        self._saving_page: JournalPage | None = None
        for page in self.pages:
            page.saved_changes.connect(lambda changes, p=page: self._page_saved(p, changes))
        self.tasks.changed.connect(self._tell_pages)

        sidebar = QWidget()
        sidebar.setFixedWidth(NAV_WIDTH)
        side_layout = QVBoxLayout(sidebar)
        self.journal_name = QLabel(journal.info.name)
        self.journal_name.setWordWrap(True)
        font = QFont(self.journal_name.font())
        font.setBold(True)
        self.journal_name.setFont(font)
        self.journal_name.setAccessibleName(self.tr("Open journal"))
        side_layout.addWidget(self.journal_name)
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        # Ctrl+1, Ctrl+2 … go straight to a section; each item's tooltip says which.
        self.page_shortcuts: list[QShortcut] = []
        for number, page in enumerate(self.pages, start=1):
            item = QListWidgetItem(page.nav_title(), self.nav)
            keys = QKeySequence(f"Ctrl+{number}")
            item.setToolTip(
                f"{page.nav_title()} ({keys.toString(QKeySequence.SequenceFormat.NativeText)})"
            )
            shortcut = QShortcut(keys, self)
            shortcut.activated.connect(lambda key=page.page_key: self._jump_to(key))
            self.page_shortcuts.append(shortcut)
        side_layout.addWidget(self.nav, 1)
        # Wide enough for the longest section name in this language and text size.
        longest = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 16
        margins = side_layout.contentsMargins()
        sidebar.setFixedWidth(max(NAV_WIDTH, longest + margins.left() + margins.right()))

        self.stack = QStackedWidget()
        for page in self.pages:
            self.stack.addWidget(page)
            page.open_page_requested.connect(self.show_page)
        # Opened for reading only on a full disk: said above every page, for as long as
        # the journal is open, with the way out (free space, then lock and open again).
        self.read_only_notice = NoticePanel("readOnlyNotice", self.tr("Lock now"))
        self.read_only_notice.setAccessibleName(self.tr("Open for reading only"))
        self.read_only_notice.say(read_only_full_disk_message() if journal.read_only else "")
        self.read_only_notice.button.clicked.connect(self.lock_requested)
        columns = QHBoxLayout()
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(sidebar)
        columns.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.read_only_notice)
        layout.addLayout(columns, 1)
        self._current = 0
        self.nav.setCurrentRow(0)
        self.nav.currentRowChanged.connect(self._on_row_changed)
        self.pages[0].enter()

    @property
    def current_page(self) -> JournalPage:
        return self.pages[self._current]

    def show_page(self, key: str) -> None:
        for row, page in enumerate(self.pages):
            if page.page_key == key:
                self.nav.setCurrentRow(row)
                return

    def _jump_to(self, key: str) -> None:
        """A section chosen from the keyboard: show it and put focus into it."""
        self.show_page(key)
        self.current_page.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.current_page.focusNextChild()

    def _on_row_changed(self, row: int) -> None:
        if row < 0 or (row == self._current and self.stack.currentIndex() == row):
            return
        if not self.pages[self._current].may_leave():
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self._current)
            self.nav.blockSignals(False)
            return
        self.pages[self._current].leave()
        self._current = row
        self.stack.setCurrentIndex(row)
        self.pages[row].enter()

    def _open_entry(self, entry_id: str) -> None:
        self.show_page(DebriefsPage.page_key)
        if self.current_page is self.debriefs:
            self.debriefs.open_entry(entry_id)

    def _page_saved(self, page: JournalPage, changes: Changes) -> None:
        self._saving_page = page
        try:
            self.tasks.announce(changes)
        finally:
            self._saving_page = None

    def _tell_pages(self, changes: Changes) -> None:
        for page in self.pages:
            if page is not self._saving_page:
                guarded(
                    f"refreshing the {page.page_key} page",
                    lambda p=page: p.data_changed(changes),  # type: ignore[misc]
                )

    def close_personal_areas(self) -> None:
        """Close every open own area (the short idle time ran out); what the forms hold
        is kept as drafts in the areas first."""
        guarded("closing the own area page", lambda: self.personal.close_area(idle=True))
        guarded("closing own areas of the debrief", self.debriefs.close_own_areas)

    def before_lock(self) -> None:
        """Let every page keep what it must. Each page runs on its own: one that fails is
        recorded (without content) and the others still run, and so does the lock."""
        for page in self.pages:
            guarded(f"before_lock of the {page.page_key} page", page.before_lock)
