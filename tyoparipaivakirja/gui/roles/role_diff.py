"""The difference between two role split revisions, in words.

The diff itself is computed in ``core.roles``; this module only writes it out as
short lists under plain headings ("Added", "Lead moved", …), leads as words.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from tyoparipaivakirja.core.roles import RevisionDiff
from tyoparipaivakirja.gui.roles.role_labels import frame_field_label, frame_value_text, lead_label

# lupdate reads translate("Context", "…") calls: the context is spelled out in each.
translate = QCoreApplication.translate


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
            translate("RoleDiff", "Added"),
            [f"{item.title} ({lead_label(item.lead)})" for item in diff.added],
        ),
        (
            translate("RoleDiff", "Removed"),
            [f"{item.title} ({lead_label(item.lead)})" for item in diff.removed],
        ),
        (
            translate("RoleDiff", "Lead moved"),
            [
                f"{move.title}: {lead_label(move.before)}{arrow}{lead_label(move.after)}"
                for move in diff.lead_moves
            ],
        ),
        (
            translate("RoleDiff", "Renamed"),
            [f"{rename.before}{arrow}{rename.after}" for rename in diff.renamed],
        ),
        (
            translate("RoleDiff", "Notes changed"),
            [
                f"{change.title}: {change.before or translate('RoleDiff', '(no note)')}{arrow}"
                f"{change.after or translate('RoleDiff', '(no note)')}"
                for change in diff.note_changes
            ],
        ),
        (
            translate("RoleDiff", "Frame of the pair"),
            [
                f"{frame_field_label(change.field)}: "
                f"{frame_value_text(change.field, change.before)}{arrow}"
                f"{frame_value_text(change.field, change.after)}"
                for change in diff.frame_changes
            ],
        ),
        (
            translate("RoleDiff", "Order"),
            [translate("RoleDiff", "The tasks are in a new order.")] if diff.order_changed else [],
        ),
    ]
    return [(heading, lines) for heading, lines in sections if lines]


def diff_html(diff: RevisionDiff) -> str:
    if diff.is_empty:
        return escape(translate("RoleDiff", "No differences."))
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
        ) or translate("RoleDiff", "No differences.")
        self.setAccessibleDescription(plain)
