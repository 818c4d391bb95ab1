"""The unlocked journal: navigation on the left, the chosen page on the right.

It passes the task runner on to the pages, and tells every page what changed: a task's
changes and what another page saved (``JournalPage.data_changed``). Each page is built
on its first show (issue 16): the unlock builds only the page it opens on, a page built
later reads the journal as it is then, and the lock cleans up the pages that exist.
"""

from __future__ import annotations

from typing import cast

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

# The sections in the order of the list: the daily tools first, the journal's own details
# last (ui.md's order).
PAGE_CLASSES: tuple[type[JournalPage], ...] = (
    DebriefsPage,
    FollowUpsPage,
    RolesPage,
    SupervisionPage,
    PersonalAreaPage,
    OverviewPage,
)


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
        self.dialogs = dialogs
        self.tasks = tasks or TaskRunner(dialogs, self)
        # Each page is built on its first show (``page``), not at unlock: the unlock then
        # costs the same with 100 debriefs or 10,000 and whichever page opens first.
        self._built: dict[str, JournalPage] = {}
        # What changed reaches every page built; one built later reads the data fresh.
        # A page's own saves are not told back to it.
        self._saving_page: JournalPage | None = None
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
        for number, page_class in enumerate(PAGE_CLASSES, start=1):
            item = QListWidgetItem(page_class.nav_title(), self.nav)
            keys = QKeySequence(f"Ctrl+{number}")
            item.setToolTip(
                f"{page_class.nav_title()} "
                f"({keys.toString(QKeySequence.SequenceFormat.NativeText)})"
            )
            shortcut = QShortcut(keys, self)
            shortcut.activated.connect(lambda key=page_class.page_key: self._jump_to(key))
            self.page_shortcuts.append(shortcut)
        side_layout.addWidget(self.nav, 1)
        # Wide enough for the longest section name in this language and text size.
        longest = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 16
        margins = side_layout.contentsMargins()
        sidebar.setFixedWidth(max(NAV_WIDTH, longest + margins.left() + margins.right()))

        self.stack = QStackedWidget()
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
        first = self.page(PAGE_CLASSES[0].page_key)
        self.stack.setCurrentWidget(first)
        self.nav.setCurrentRow(0)
        self.nav.currentRowChanged.connect(self._on_row_changed)
        first.enter()

    @property
    def pages(self) -> list[JournalPage]:
        """The pages built so far, in the order of the section list."""
        return [self._built[c.page_key] for c in PAGE_CLASSES if c.page_key in self._built]

    @property
    def current_page(self) -> JournalPage:
        return self.page(PAGE_CLASSES[self._current].page_key)

    def page(self, key: str) -> JournalPage:
        """The page of ``key``, built now when it has not been yet (out of sight: it is
        shown by ``show_page``)."""
        built = self._built.get(key)
        if built is not None:
            return built
        page = self._build(key)
        self._built[key] = page
        self.stack.addWidget(page)
        page.open_page_requested.connect(self.show_page)
        page.saved_changes.connect(lambda changes, p=page: self._page_saved(p, changes))
        return page

    def _build(self, key: str) -> JournalPage:
        journal, dialogs, tasks = self.journal, self.dialogs, self.tasks
        if key == DebriefsPage.page_key:
            return DebriefsPage(journal, dialogs, tasks=tasks)
        if key == FollowUpsPage.page_key:
            follow_ups = FollowUpsPage(journal)
            follow_ups.open_entry_requested.connect(self._open_entry)
            return follow_ups
        if key == RolesPage.page_key:
            return RolesPage(journal, dialogs=dialogs, tasks=tasks)
        if key == SupervisionPage.page_key:
            supervision = SupervisionPage(journal, dialogs, tasks=tasks)
            supervision.open_entry_requested.connect(self._open_entry)
            return supervision
        if key == PersonalAreaPage.page_key:
            return PersonalAreaPage(journal, dialogs=dialogs, tasks=tasks)
        if key == OverviewPage.page_key:
            overview = OverviewPage(journal)
            overview.change_passphrase_requested.connect(self.change_passphrase_requested)
            overview.personal_area_requested.connect(
                lambda: self.show_page(PersonalAreaPage.page_key)
            )
            return overview
        raise KeyError(key)

    # The pages by name (each built on first use, as by ``page``).
    @property
    def debriefs(self) -> DebriefsPage:
        return cast(DebriefsPage, self.page(DebriefsPage.page_key))

    @property
    def follow_ups(self) -> FollowUpsPage:
        return cast(FollowUpsPage, self.page(FollowUpsPage.page_key))

    @property
    def roles(self) -> RolesPage:
        return cast(RolesPage, self.page(RolesPage.page_key))

    @property
    def supervision(self) -> SupervisionPage:
        return cast(SupervisionPage, self.page(SupervisionPage.page_key))

    @property
    def personal(self) -> PersonalAreaPage:
        return cast(PersonalAreaPage, self.page(PersonalAreaPage.page_key))

    @property
    def overview(self) -> OverviewPage:
        return cast(OverviewPage, self.page(OverviewPage.page_key))

    @staticmethod
    def row_of(key: str) -> int:
        """The row of page ``key`` in the section list (-1: no such page)."""
        keys = [page_class.page_key for page_class in PAGE_CLASSES]
        return keys.index(key) if key in keys else -1

    def show_page(self, key: str) -> None:
        """Show page ``key`` (built now if it was not yet), as if chosen in the list."""
        row = self.row_of(key)
        if row >= 0:
            self.nav.setCurrentRow(row)

    def _jump_to(self, key: str) -> None:
        """A section chosen from the keyboard: show it and put focus into it."""
        self.show_page(key)
        self.current_page.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.current_page.focusNextChild()

    def _on_row_changed(self, row: int) -> None:
        if row < 0 or (row == self._current and self.stack.currentWidget() is self.current_page):
            return
        if not self.current_page.may_leave():
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self._current)
            self.nav.blockSignals(False)
            return
        self.current_page.leave()
        self._current = row
        page = self.page(PAGE_CLASSES[row].page_key)
        self.stack.setCurrentWidget(page)
        page.enter()

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
        is kept as drafts in the areas first. A page never built has none open."""
        personal = self._built.get(PersonalAreaPage.page_key)
        if isinstance(personal, PersonalAreaPage):
            guarded("closing the own area page", lambda: personal.close_area(idle=True))
        debriefs = self._built.get(DebriefsPage.page_key)
        if isinstance(debriefs, DebriefsPage):
            guarded("closing own areas of the debrief", debriefs.close_own_areas)

    def before_lock(self) -> None:
        """Let every page built keep what it must. Each page runs on its own: one that fails is
        recorded (without content) and the others still run, and so does the lock."""
        for page in self.pages:
            guarded(f"before_lock of the {page.page_key} page", page.before_lock)
