"""Words and colours for the role split: leads, reasons, frame fields and their values.

Every screen, the diff and the printable role description take their words from
here, so a lead is called the same everywhere. Lead colours are from the Okabe–Ito
palette (distinguishable with the common colour-vision deficiencies) and always come
with a text label and a pattern: meaning is never carried by colour alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from tyoparipaivakirja.core.members import Member, Role
from tyoparipaivakirja.core.roles import (
    FrameField,
    FrameValue,
    Lead,
    ReasonCategory,
    RevisionStatus,
    Training,
    WorkingTime,
)
from tyoparipaivakirja.gui.common.locale_text import format_date, format_time

LEAD_ORDER = (Lead.PROFESSIONAL, Lead.EXPERT_BY_EXPERIENCE, Lead.SHARED)


# lupdate reads translate("Context", "…") calls: the context is spelled out in each.
translate = QCoreApplication.translate


@dataclass(frozen=True, slots=True)
class LeadStyle:
    """How a lead is drawn: fill, readable text on it, and a pattern for the stretch."""

    fill: QColor
    text: QColor
    pattern: Qt.BrushStyle


LEAD_STYLES: dict[Lead, LeadStyle] = {
    # Blue, white text (5.2:1); solid.
    Lead.PROFESSIONAL: LeadStyle(QColor("#0072B2"), QColor("#ffffff"), Qt.BrushStyle.NoBrush),
    # Orange, black text (9.3:1); diagonal lines.
    Lead.EXPERT_BY_EXPERIENCE: LeadStyle(
        QColor("#E69F00"), QColor("#000000"), Qt.BrushStyle.BDiagPattern
    ),
    # Bluish green, black text (6.1:1); dotted.
    Lead.SHARED: LeadStyle(QColor("#009E73"), QColor("#000000"), Qt.BrushStyle.Dense6Pattern),
}


def lead_label(lead: Lead) -> str:
    """The lead in the users' own word: ammattilainen, kokemusasiantuntija, yhteinen."""
    match lead:
        case Lead.PROFESSIONAL:
            return translate("RoleLabels", "professional")
        case Lead.EXPERT_BY_EXPERIENCE:
            return translate("RoleLabels", "expert by experience")
        case _:
            return translate("RoleLabels", "shared")


def lead_short_label(lead: Lead) -> str:
    """A label short enough for a narrow stretch of the timeline."""
    match lead:
        case Lead.PROFESSIONAL:
            return translate("RoleLabels", "Prof.")
        case Lead.EXPERT_BY_EXPERIENCE:
            return translate("RoleLabels", "EbE")
        case _:
            return translate("RoleLabels", "Shared")


def lead_group_heading(lead: Lead) -> str:
    match lead:
        case Lead.PROFESSIONAL:
            return translate("RoleLabels", "Led by the professional")
        case Lead.EXPERT_BY_EXPERIENCE:
            return translate("RoleLabels", "Led by the expert by experience")
        case _:
            return translate("RoleLabels", "Shared tasks")


def reason_label(reason: ReasonCategory) -> str:
    labels = {
        ReasonCategory.TRUST_GREW: translate("RoleLabels", "Trust has grown"),
        ReasonCategory.TRAINING_COMPLETED: translate("RoleLabels", "Training completed"),
        ReasonCategory.WORKING_TIME_CHANGED: translate("RoleLabels", "Working time changed"),
        ReasonCategory.STRAIN: translate("RoleLabels", "Strain"),
        ReasonCategory.CLIENTELE: translate("RoleLabels", "Clientele"),
        ReasonCategory.ORGANISATION: translate("RoleLabels", "Organisation"),
        ReasonCategory.AGREED_IN_SUPERVISION: translate("RoleLabels", "Agreed in work supervision"),
        ReasonCategory.OTHER: translate("RoleLabels", "Other"),
    }
    return labels[reason]


def status_label(status: RevisionStatus) -> str:
    match status:
        case RevisionStatus.DRAFT:
            return translate("RoleLabels", "draft")
        case RevisionStatus.PROPOSED:
            return translate("RoleLabels", "proposed, waiting for acceptance")
        case _:
            return translate("RoleLabels", "accepted")


def working_time_label(value: WorkingTime) -> str:
    return (
        translate("RoleLabels", "full-time")
        if value is WorkingTime.FULL_TIME
        else translate("RoleLabels", "part-time")
    )


def training_label(value: Training) -> str:
    labels = {
        Training.NONE: translate("RoleLabels", "none"),
        Training.APPRENTICESHIP: translate("RoleLabels", "apprenticeship"),
        Training.DEGREE_STUDIES: translate("RoleLabels", "degree studies"),
        Training.KA_TRAINING: translate("RoleLabels", "expert-by-experience training"),
        Training.OTHER: translate("RoleLabels", "other training"),
    }
    return labels[value]


def weekday_short(day: int) -> str:
    names = (
        translate("RoleLabels", "Mon"),
        translate("RoleLabels", "Tue"),
        translate("RoleLabels", "Wed"),
        translate("RoleLabels", "Thu"),
        translate("RoleLabels", "Fri"),
        translate("RoleLabels", "Sat"),
        translate("RoleLabels", "Sun"),
    )
    return names[day]


def weekdays_text(days: Iterable[int]) -> str:
    chosen = sorted(days)
    return (
        ", ".join(weekday_short(day) for day in chosen)
        if chosen
        else translate("RoleLabels", "no shared days")
    )


def yes_no_unknown(value: bool | None) -> str:
    if value is None:
        return translate("RoleLabels", "not agreed")
    return translate("RoleLabels", "yes") if value else translate("RoleLabels", "no")


def supervision_text(weeks: int | None) -> str:
    if weeks is None:
        return translate("RoleLabels", "not agreed")
    return translate("RoleLabels", "every %n week(s)", "", weeks)


def frame_field_label(field: FrameField) -> str:
    labels = {
        FrameField.KA_WORKING_TIME: translate(
            "RoleLabels", "Working time of the expert by experience"
        ),
        FrameField.PROFESSIONAL_WORKING_TIME: translate(
            "RoleLabels", "Working time of the professional"
        ),
        FrameField.SHARED_WEEKDAYS: translate("RoleLabels", "Days worked together"),
        FrameField.SAME_TOWN: translate("RoleLabels", "Living in the same town"),
        FrameField.SHARED_OFFICE: translate("RoleLabels", "Shared office"),
        FrameField.LINE_MANAGER: translate("RoleLabels", "Line manager"),
        FrameField.PROFESSIONAL_GUIDES: translate(
            "RoleLabels", "The professional has a guiding role"
        ),
        FrameField.KA_SUPPORT: translate("RoleLabels", "Who supports the expert by experience"),
        FrameField.SUPERVISION_EVERY_WEEKS: translate("RoleLabels", "Work supervision"),
        FrameField.TRAINING: translate("RoleLabels", "Training under way"),
        FrameField.TRAINING_NOTE: translate("RoleLabels", "About the training"),
        FrameField.KA_STARTED_ON: translate(
            "RoleLabels", "Expert by experience started in the field"
        ),
    }
    return labels[field]


def frame_value_text(field: FrameField, value: FrameValue) -> str:
    """A frame value as a person reads it."""
    if field in (FrameField.KA_WORKING_TIME, FrameField.PROFESSIONAL_WORKING_TIME):
        return working_time_label(WorkingTime(str(value)))
    if field is FrameField.TRAINING:
        return training_label(Training(str(value)))
    if field is FrameField.SHARED_WEEKDAYS:
        return weekdays_text(value if isinstance(value, frozenset) else ())
    if field is FrameField.SUPERVISION_EVERY_WEEKS:
        return supervision_text(value if isinstance(value, int) else None)
    if isinstance(value, date):
        return format_date(value)
    if value is None or isinstance(value, bool):
        if field is FrameField.PROFESSIONAL_GUIDES:
            return yes_no_unknown(bool(value))
        if field is FrameField.KA_STARTED_ON:
            return translate("RoleLabels", "not known")
        return yes_no_unknown(value)
    return str(value) if value != "" else translate("RoleLabels", "not written")


def moment_text(moment: datetime) -> str:
    """A recorded time in local time: 12.1.2026 klo 10.05."""
    local = moment.astimezone()
    return (
        translate("RoleLabels", "%1 at %2")
        .replace("%1", format_date(local.date()))
        .replace("%2", format_time(local))
    )


def member_name(members: Mapping[str, Member], member_id: str | None) -> str:
    """A member's first name; a removed member still reads as someone."""
    member = members.get(member_id or "")
    return member.display_name if member is not None else translate("RoleLabels", "a former member")


def names_text(names: Iterable[str]) -> str:
    """Names joined the Finnish way: "Jari, Sanna ja Mikko"."""
    listed = list(names)
    if len(listed) <= 1:
        return "".join(listed)
    return (
        translate("RoleLabels", "%1 and %2")
        .replace("%1", ", ".join(listed[:-1]))
        .replace("%2", listed[-1])
    )


def lead_members_text(lead: Lead, members: Iterable[Member]) -> str:
    """Who a lead means in this pair: the members of that role, everyone for shared."""
    role = {
        Lead.PROFESSIONAL: Role.PROFESSIONAL,
        Lead.EXPERT_BY_EXPERIENCE: Role.EXPERT_BY_EXPERIENCE,
    }.get(lead)
    return names_text(m.display_name for m in members if role is None or m.role is role)
