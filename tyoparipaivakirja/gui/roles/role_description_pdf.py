"""The printable role description: worded here, laid out by the report layer, written off
the GUI thread.

The words are translated on the GUI thread (they come from ``tr``); building the PDF
and writing it atomically (``write_pdf``) run on the task runner, so the window never
freezes while a PDF is made.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from tyoparipaivakirja.actions.roles import save_role_description
from tyoparipaivakirja.core.members import Member
from tyoparipaivakirja.core.roles import FrameField, Revision
from tyoparipaivakirja.gui.common.locale_text import format_date
from tyoparipaivakirja.gui.roles.role_labels import (
    LEAD_ORDER,
    frame_field_label,
    frame_value_text,
    lead_group_heading,
    lead_members_text,
    member_name,
    moment_text,
    reason_label,
)
from tyoparipaivakirja.messages import role_label
from tyoparipaivakirja.report.role_description import (
    Fact,
    RoleDescriptionDocument,
    Section,
    Task,
    TaskGroup,
)

# lupdate reads translate("Context", "…") calls: the context is spelled out in each.
translate = QCoreApplication.translate


def suggested_file_name(revision: Revision) -> str:
    """tehtavankuva-v3-2026-03-01.pdf: ASCII, sortable, says which version."""
    return f"tehtavankuva-v{revision.version}-{revision.effective_from.isoformat()}.pdf"


def role_description_document(
    journal_name: str,
    members: Sequence[Member],
    revision: Revision,
    printed_on: date,
    next_review_on: date | None,
) -> RoleDescriptionDocument:
    """Everything the printed role description says, in the user's language.

    ``next_review_on`` is the pair's agreed next review (``review_state``): a review
    without changes moves it past the date the version was accepted with."""
    by_id = {member.member_id: member for member in members}
    acceptances = "\n".join(
        f"{member_name(by_id, a.member_id)} "
        f"({role_label(by_id[a.member_id].role) if a.member_id in by_id else '–'}), "
        f"{moment_text(a.accepted_at)}"
        for a in revision.acceptances
    )
    facts = [
        Fact(translate("RoleDescription", "Version"), str(revision.version)),
        Fact(translate("RoleDescription", "In force from"), format_date(revision.effective_from)),
        Fact(
            translate("RoleDescription", "Accepted by"),
            acceptances or translate("RoleDescription", "not accepted yet"),
        ),
        Fact(
            translate("RoleDescription", "Next review"),
            format_date(next_review_on)
            if next_review_on
            else translate("RoleDescription", "not set"),
        ),
        Fact(
            translate("RoleDescription", "Discussed in work supervision"),
            translate("RoleDescription", "yes")
            if revision.discussed_in_supervision
            else translate("RoleDescription", "no"),
        ),
    ]
    if revision.proposed_by:
        facts.insert(
            3,
            Fact(
                translate("RoleDescription", "Proposed by"),
                member_name(by_id, revision.proposed_by),
            ),
        )
    groups = tuple(
        TaskGroup(
            heading=f"{lead_group_heading(lead)} – {lead_members_text(lead, members)}",
            tasks=tuple(Task(item.title, item.note) for item in revision.items_led_by(lead)),
            empty_text=translate("RoleDescription", "No tasks."),
        )
        for lead in LEAD_ORDER
    )
    frame_facts = tuple(
        Fact(
            frame_field_label(field), frame_value_text(field, getattr(revision.frame, field.value))
        )
        for field in FrameField
        if not (field is FrameField.TRAINING_NOTE and not revision.frame.training_note)
    )
    sections = [Section(translate("RoleDescription", "Frame of the pair"), frame_facts)]
    if revision.reason is not None or revision.reason_text:
        sections.append(
            Section(
                translate("RoleDescription", "Why this version"),
                (Fact(translate("RoleDescription", "Reason"), reason_label(revision.reason)),)
                if revision.reason
                else (),
                revision.reason_text,
            )
        )
    subtitle = (
        translate("RoleDescription", "%1 · role split, version %2")
        .replace("%1", journal_name)
        .replace("%2", str(revision.version))
    )
    return RoleDescriptionDocument(
        title=translate("RoleDescription", "Role description"),
        subtitle=subtitle,
        subject=translate("RoleDescription", "Role split of the work pair, version %1").replace(
            "%1", str(revision.version)
        ),
        facts=tuple(facts),
        groups_heading=translate("RoleDescription", "Tasks and who leads them"),
        groups=groups,
        sections=tuple(sections),
        footer=translate("RoleDescription", "Työparipäiväkirja · printed %1").replace(
            "%1", format_date(printed_on)
        ),
        page_label=translate("RoleDescription", "Page %1"),
    )


def write_pdf(document: RoleDescriptionDocument, target: Path) -> Path:
    """Build the PDF and write it atomically to ``target`` (work for the task runner:
    no Qt, no widgets). Returns ``target``."""
    return save_role_description(document, target)
