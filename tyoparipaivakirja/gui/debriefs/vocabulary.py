"""The users' own words for the debrief vocabulary, translated in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tyoparipaivakirja.core.debriefs import (
    TOGETHER,
    EntryStatus,
    PastClose,
    Presence,
    RoleSplitWorked,
    SharingLevel,
    SupervisionTag,
    Theme,
    VisitType,
    WarningSign,
)
from tyoparipaivakirja.core.members import Member

translate = QCoreApplication.translate


def visit_type_label(value: VisitType) -> str:
    return {
        VisitType.FIRST_MEETING: translate("Vocabulary", "First meeting"),
        VisitType.INITIAL_ASSESSMENT: translate("Vocabulary", "Initial assessment"),
        VisitType.HOME_VISIT: translate("Vocabulary", "Home visit"),
        VisitType.ACCOMPANIED_AUTHORITY_VISIT: translate(
            "Vocabulary", "Accompanied visit to an authority"
        ),
        VisitType.NETWORK_MEETING: translate("Vocabulary", "Network meeting"),
        VisitType.PRISON_MEETING: translate("Vocabulary", "Prison meeting"),
        VisitType.ACTIVITY_MEETING: translate("Vocabulary", "Activity-based meeting"),
        VisitType.PHONE_OR_REMOTE: translate("Vocabulary", "Phone or remote"),
        VisitType.GROUP: translate("Vocabulary", "Group"),
        VisitType.FAMILY_WORK: translate("Vocabulary", "Work with close ones"),
        VisitType.ACUTE_SITUATION: translate("Vocabulary", "Acute situation"),
        VisitType.FINAL_MEETING: translate("Vocabulary", "Final meeting"),
        VisitType.OTHER: translate("Vocabulary", "Other"),
    }[value]


def presence_label(value: Presence) -> str:
    return {
        Presence.BOTH: translate("Vocabulary", "Both"),
        Presence.PROFESSIONAL: translate("Vocabulary", "Professional"),
        Presence.EXPERT_BY_EXPERIENCE: translate("Vocabulary", "Expert by experience"),
    }[value]


def theme_label(value: Theme) -> str:
    return {
        Theme.HOUSING: translate("Vocabulary", "Housing"),
        Theme.HOMELESSNESS_THREAT: translate("Vocabulary", "Threat of homelessness"),
        Theme.MONEY_AND_DEBT: translate("Vocabulary", "Money and debts"),
        Theme.SOBRIETY: translate("Vocabulary", "Sobriety"),
        Theme.GAMBLING: translate("Vocabulary", "Gambling addiction"),
        Theme.CRIME_FREE_LIFE: translate("Vocabulary", "Crime-free life"),
        Theme.AUTHORITIES: translate("Vocabulary", "Dealing with authorities"),
        Theme.MENTAL_HEALTH: translate("Vocabulary", "Mental health"),
        Theme.DAILY_LIFE: translate("Vocabulary", "Managing daily life"),
        Theme.STUDY_AND_WORK: translate("Vocabulary", "Study and work"),
        Theme.CLOSE_ONES: translate("Vocabulary", "Close ones"),
        Theme.RELEASE: translate("Vocabulary", "Release from prison"),
    }[value]


def warning_sign_label(value: WarningSign) -> str:
    return {
        WarningSign.HOUSING_AT_RISK: translate("Vocabulary", "Housing at risk"),
        WarningSign.NEW_DEBTS: translate("Vocabulary", "New debts (also street debts)"),
        WarningSign.PRESSURE_OR_THREATS: translate("Vocabulary", "Pressure or threats"),
        WarningSign.OLD_CIRCLES: translate("Vocabulary", "Back with the old crowd"),
        WarningSign.SIGNS_OF_USE: translate("Vocabulary", "Signs of substance use"),
        WarningSign.MISSED_MEETINGS: translate("Vocabulary", "Missing meetings"),
        WarningSign.NEGLECTED_OBLIGATIONS: translate("Vocabulary", "Neglected obligations"),
        WarningSign.LOW_MOOD_OR_SELF_HARM: translate("Vocabulary", "Low mood or self-harm"),
        WarningSign.THREAT_OF_VIOLENCE: translate(
            "Vocabulary", "Threat of violence (also towards workers)"
        ),
        WarningSign.INCOME_BREAK: translate("Vocabulary", "Break in income"),
    }[value]


def role_split_worked_label(value: RoleSplitWorked) -> str:
    return {
        RoleSplitWorked.YES: translate("Vocabulary", "Yes"),
        RoleSplitWorked.PARTLY: translate("Vocabulary", "Partly"),
        RoleSplitWorked.NO: translate("Vocabulary", "No"),
    }[value]


def past_close_label(value: PastClose) -> str:
    return {
        PastClose.NO: translate("Vocabulary", "No"),
        PastClose.A_LITTLE: translate("Vocabulary", "A little"),
        PastClose.CLEARLY: translate("Vocabulary", "Clearly"),
    }[value]


def supervision_tag_label(value: SupervisionTag) -> str:
    return {
        SupervisionTag.ETHICS: translate("Vocabulary", "Ethics"),
        SupervisionTag.BOUNDARIES: translate("Vocabulary", "Boundaries"),
        SupervisionTag.ROLES: translate("Vocabulary", "Roles"),
        SupervisionTag.COPING: translate("Vocabulary", "Coping"),
        SupervisionTag.METHOD: translate("Vocabulary", "Method"),
        SupervisionTag.NETWORK: translate("Vocabulary", "Network"),
    }[value]


def sharing_label(value: SharingLevel) -> str:
    return {
        SharingLevel.NONE: translate("Vocabulary", "Not shared"),
        SharingLevel.TOPICS_ONLY: translate("Vocabulary", "Topics only"),
        SharingLevel.TOPICS_AND_REFLECTION: translate("Vocabulary", "Topics and reflection"),
    }[value]


def status_label(value: EntryStatus) -> str:
    return {
        EntryStatus.QUICK: translate("Vocabulary", "Quick debrief"),
        EntryStatus.FULL: translate("Vocabulary", "Full debrief"),
    }[value]


def owner_label(owner: str, members: list[Member]) -> str:
    """A follow-up owner or topic raiser: a member's name, or "together"."""
    if owner == TOGETHER or not owner:
        return translate("Vocabulary", "Together")
    for member in members:
        if member.member_id == owner:
            return member.display_name
    return translate("Vocabulary", "Former member")
