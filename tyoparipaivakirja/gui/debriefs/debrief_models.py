"""Qt models for the debrief list and search results (model/view, never a widget per row)."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from tyoparipaivakirja.actions.debriefs import SNIPPET_END, SNIPPET_START, SearchHit
from tyoparipaivakirja.core.debriefs import DebriefSummary, EntryStatus
from tyoparipaivakirja.core.members import Member
from tyoparipaivakirja.gui.common.locale_text import format_date
from tyoparipaivakirja.gui.debriefs.reflection_box import shared_strain_text
from tyoparipaivakirja.gui.debriefs.vocabulary import (
    sharing_label,
    status_label,
    theme_label,
    visit_type_label,
)

PAGE_SIZE = 200
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
# The visit type, the themes and what partners shared take the width left over, so they
# may be cut short (the whole text is the cell's tooltip).
ELIDED_COLUMNS = (1, 3, 8)
SHARED_COLUMN = 8
HTML_ROLE = Qt.ItemDataRole.UserRole + 2

type AnyIndex = QModelIndex | QPersistentModelIndex
type PageLoader = Callable[[int, int], list[DebriefSummary]]


class DebriefListModel(QAbstractTableModel):
    """Newest first; fetches a page at a time as the view scrolls."""

    def __init__(self, load_page: PageLoader, total: int, members: Sequence[Member] = ()) -> None:
        super().__init__()
        self._names = {member.member_id: member.display_name for member in members}
        self._load_page = load_page
        self._total = total
        self._rows: list[DebriefSummary] = load_page(PAGE_SIZE, 0)

    def headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Visit type"),
            self.tr("Client code"),
            self.tr("Themes"),
            self.tr("Status"),
            self.tr("Supervision"),
            self.tr("Follow-ups"),
            self.tr("Warning signs"),
            self.tr("Shared with the pair"),
        ]

    @property
    def total(self) -> int:
        """How many entries the list holds (not all of them paged in yet)."""
        return self._total

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 9

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex) -> None:
        more = self._load_page(PAGE_SIZE, len(self._rows))
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def entry_id(self, row: int) -> str:
        return self._rows[row].entry_id

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == ENTRY_ID_ROLE:
            return row.entry_id
        if role == Qt.ItemDataRole.FontRole and index.column() == 4:
            font = QFont()
            font.setItalic(row.status is EntryStatus.QUICK)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in ELIDED_COLUMNS:
            role = Qt.ItemDataRole.DisplayRole  # the whole text of a column that may be cut
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        match index.column():
            case 0:
                return format_date(row.visit_date)
            case 1:
                return visit_type_label(row.visit_type)
            case 2:
                return row.client_code or "–"
            case 3:
                return ", ".join(theme_label(theme) for theme in row.themes)
            case 4:
                return status_label(row.status)
            case 5:
                return sharing_label(row.sharing)
            case 6:
                return str(row.open_follow_ups) if row.open_follow_ups else ""
            case 7:
                return self.tr("yes") if row.has_warning_signs else ""
            case _:
                return "; ".join(
                    shared_strain_text(shared, self._names.get(shared.member_id, "–"))
                    for shared in row.shared_strain
                )


def snippet_html(snippet: str) -> str:
    """Escape the snippet and turn the match markers into bold text."""
    escaped = html.escape(snippet.replace("\n", " · "))
    return escaped.replace(SNIPPET_START, "<b>").replace(SNIPPET_END, "</b>")


class SearchResultsModel(QAbstractTableModel):
    """Search hits with their highlighted snippets.

    The hits below the first screenful may come without their found text, which
    ``set_found_texts`` fills in a moment later (``DebriefsPage``)."""

    FOUND_TEXT_COLUMN = 3

    def __init__(self, hits: list[SearchHit], with_text: int | None = None) -> None:
        super().__init__()
        self._hits = hits
        self._with_text = len(hits) if with_text is None else min(with_text, len(hits))

    def without_text(self) -> list[str]:
        """The entry ids of the hits whose found text is still to come."""
        return [hit.entry_id for hit in self._hits[self._with_text :]]

    def set_found_texts(self, texts: dict[str, str]) -> None:
        """Fill in the found text of the hits that came without it."""
        first = self._with_text
        if first >= len(self._hits):
            return
        for row in range(first, len(self._hits)):
            hit = self._hits[row]
            self._hits[row] = replace(hit, snippet=texts.get(hit.entry_id, hit.snippet))
        self._with_text = len(self._hits)
        self.dataChanged.emit(
            self.index(first, self.FOUND_TEXT_COLUMN),
            self.index(len(self._hits) - 1, self.FOUND_TEXT_COLUMN),
        )

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Date"),
                self.tr("Visit type"),
                self.tr("Client code"),
                self.tr("Found text"),
            ][section]
        return None

    def entry_id(self, row: int) -> str:
        return self._hits[row].entry_id

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        hit = self._hits[index.row()]
        if role == ENTRY_ID_ROLE:
            return hit.entry_id
        if role == HTML_ROLE and index.column() == self.FOUND_TEXT_COLUMN:
            return snippet_html(hit.snippet)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        match index.column():
            case 0:
                return format_date(hit.visit_date)
            case 1:
                return visit_type_label(hit.visit_type)
            case 2:
                return hit.client_code or "–"
            case _:
                plain = hit.snippet.replace(SNIPPET_START, "").replace(SNIPPET_END, "")
                return plain.replace("\n", " · ")
