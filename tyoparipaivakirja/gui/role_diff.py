"""The difference between two role split revisions, in words.

The diff itself is computed in ``core.roles``; this module only writes it out as
short lists under plain headings ("Added", "Lead moved", …), leads as words.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from tyoparipaivakirja.core.roles import RevisionDiff
from tyoparipaivakirja.gui.role_labels import frame_field_label, frame_value_text, lead_label


def _t(text: str) -> str:
    return QCoreApplication.translate("RoleDiff", text)


def _section(heading: str, lines: list[str]) -> str:
    if not lines:
        return ""
    items = "".join(f"<li>{line}</li>" for line in lines)
    return (
        f"<p style='margin-bottom:0'><b>{escape(heading)}</b></p>"
        f"<ul style='margin-top:2px'>{items}</ul>"
    )


def diff_lines(diff: RevisionDiff) -> list[tuple[str, list[str]]]:
    """The diff as (heading, lines) pairs in plain text, empty sections left out."""
    arrow = " → "
    sections = [
        (
            _t("Added"),
            [f"{item.title} ({lead_label(item.lead)})" for item in diff.added],
        ),
        (
            _t("Removed"),
            [f"{item.title} ({lead_label(item.lead)})" for item in diff.removed],
        ),
        (
            _t("Lead moved"),
            [
                f"{move.title}: {lead_label(move.before)}{arrow}{lead_label(move.after)}"
                for move in diff.lead_moves
            ],
        ),
        (
            _t("Renamed"),
            [f"{rename.before}{arrow}{rename.after}" for rename in diff.renamed],
        ),
        (
            _t("Notes changed"),
            [
                f"{change.title}: {change.before or _t('(no note)')}{arrow}"
                f"{change.after or _t('(no note)')}"
                for change in diff.note_changes
            ],
        ),
        (
            _t("Frame of the pair"),
            [
                f"{frame_field_label(change.field)}: "
                f"{frame_value_text(change.field, change.before)}{arrow}"
                f"{frame_value_text(change.field, change.after)}"
                for change in diff.frame_changes
            ],
        ),
        (
            _t("Order"),
            [_t("The tasks are in a new order.")] if diff.order_changed else [],
        ),
    ]
    return [(heading, lines) for heading, lines in sections if lines]


def diff_html(diff: RevisionDiff) -> str:
    if diff.is_empty:
        return escape(_t("No differences."))
    return "".join(
        _section(heading, [escape(line) for line in lines]) for heading, lines in diff_lines(diff)
    )


class DiffView(QLabel):
    """Shows a diff as short lists; selectable, wraps, read by screen readers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.diff: RevisionDiff | None = None

    def show_diff(self, diff: RevisionDiff | None, empty_text: str = "") -> None:
        self.diff = diff
        if diff is None:
            self.setText(escape(empty_text))
            self.setAccessibleDescription(empty_text)
            return
        self.setText(diff_html(diff))
        plain = "\n".join(
            f"{heading}: {'; '.join(lines)}" for heading, lines in diff_lines(diff)
        ) or _t("No differences.")
        self.setAccessibleDescription(plain)
