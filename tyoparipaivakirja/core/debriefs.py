"""Debrief entries (käyntipurku): what a pair writes after a client visit.

The shared entry lives in the pair journal. Each partner's strain, "did my own past come
close", "I want to debrief this" and feelings are that partner's own: they are a
``PrivateReflection`` saved into the partner's own area, never into the pair journal
unless the partner ticks "share with my pair".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from tyoparipaivakirja.core.errors import (
    ValidationError,
    ValidationField,
    ValidationReason,
    check_number,
)

MAX_TEXT_LENGTH = 20_000
MAX_SHORT_TEXT_LENGTH = 500
MAX_CLIENT_CODE_LENGTH = 12
MAX_STRAIN = 10
MAX_VISIT_MINUTES = 24 * 60  # a visit's duration: at most a whole day
URGENT_NOTE_FI = (
    "Kiireellisessä tai vaaratilanteessa toimi organisaation ohjeen mukaan "
    "(112, sosiaalipäivystys). Päiväkirja ei ole ilmoituskanava."
)


class VisitType(StrEnum):
    FIRST_MEETING = "ensitapaaminen"
    INITIAL_ASSESSMENT = "alkukartoitus"
    HOME_VISIT = "kotikäynti"
    ACCOMPANIED_AUTHORITY_VISIT = "saattaen asiointi viranomaisessa"
    NETWORK_MEETING = "verkostopalaveri"
    PRISON_MEETING = "vankilatapaaminen"
    ACTIVITY_MEETING = "toiminnallinen tapaaminen"
    PHONE_OR_REMOTE = "puhelu/etä"
    GROUP = "ryhmä"
    FAMILY_WORK = "läheistyö"
    ACUTE_SITUATION = "akuutti tilanne"
    FINAL_MEETING = "päättötapaaminen"
    OTHER = "muu"


class Presence(StrEnum):
    BOTH = "molemmat"
    PROFESSIONAL = "ammattilainen"
    EXPERT_BY_EXPERIENCE = "kokemusasiantuntija"


class Theme(StrEnum):
    HOUSING = "asuminen"
    HOMELESSNESS_THREAT = "asunnottomuuden uhka"
    MONEY_AND_DEBT = "talous ja velat"
    SOBRIETY = "päihteettömyys"
    GAMBLING = "peliriippuvuus"
    CRIME_FREE_LIFE = "rikoksettomuus"
    AUTHORITIES = "viranomaisasiointi"
    MENTAL_HEALTH = "mielenterveys"
    DAILY_LIFE = "arjenhallinta"
    STUDY_AND_WORK = "opiskelu ja työ"
    CLOSE_ONES = "läheiset"
    RELEASE = "vapautuminen"


class WarningSign(StrEnum):
    HOUSING_AT_RISK = "asuminen uhattuna"
    NEW_DEBTS = "uudet velat"
    PRESSURE_OR_THREATS = "painostus tai uhkailu"
    OLD_CIRCLES = "paluu vanhoihin porukoihin"
    SIGNS_OF_USE = "merkkejä päihteiden käytöstä"
    MISSED_MEETINGS = "poisjäänti tapaamisista"
    NEGLECTED_OBLIGATIONS = "velvoitteiden laiminlyönti"
    LOW_MOOD_OR_SELF_HARM = "mielialan lasku tai itsetuhoisuus"
    THREAT_OF_VIOLENCE = "väkivallan uhka"
    INCOME_BREAK = "toimeentulon katkos"


class RoleSplitWorked(StrEnum):
    YES = "kyllä"
    PARTLY = "osittain"
    NO = "ei"


class PastClose(StrEnum):
    NO = "ei"
    A_LITTLE = "vähän"
    CLEARLY = "selvästi"


class SupervisionTag(StrEnum):
    ETHICS = "etiikka"
    BOUNDARIES = "rajat"
    ROLES = "roolit"
    COPING = "jaksaminen"
    METHOD = "menetelmä"
    NETWORK = "verkosto"


class SharingLevel(StrEnum):
    """What of an entry goes into the supervision summary."""

    NONE = "ei"
    TOPICS_ONLY = "vain nostot"
    TOPICS_AND_REFLECTION = "nostot ja reflektio"

    @property
    def topics_shared(self) -> bool:
        """The entry's supervision topics go to supervision (its agenda, the summary).
        The one place this sharing rule is decided: storage only fetches."""
        return self is not SharingLevel.NONE

    @property
    def reflection_shared(self) -> bool:
        """The entry's reflection (went well, was hard, learning) goes to the summary too."""
        return self is SharingLevel.TOPICS_AND_REFLECTION


class EntryStatus(StrEnum):
    QUICK = "pikapurku"
    FULL = "täysi"


TOGETHER = "yhdessä"  # follow-up owner when the pair does it together


@dataclass(frozen=True, slots=True)
class MemberPart:
    """One partner's account of what they did on the visit (shared with the pair)."""

    member_id: str
    role_items: tuple[str, ...] = ()
    free_text: str = ""


@dataclass(frozen=True, slots=True)
class FollowUp:
    """A reminder for the pair itself; official client tasks belong in the client record."""

    task: str
    owner: str = TOGETHER  # a member id or TOGETHER
    due: date | None = None
    done: bool = False
    follow_up_id: str | None = None


@dataclass(frozen=True, slots=True)
class SupervisionTopic:
    text: str
    tags: tuple[SupervisionTag, ...] = ()
    raised_by: str = TOGETHER
    topic_id: str | None = None  # None until saved (core.ids)


@dataclass(frozen=True, slots=True)
class WarningSignNote:
    signs: tuple[WarningSign, ...] = ()
    noticed_by: str = ""
    noticed_from: str = ""
    agreed: str = ""


@dataclass(frozen=True, slots=True)
class SharedStrain:
    """What a partner chose to share with the pair from their own reflection."""

    member_id: str
    strain: int
    past_close: PastClose
    wants_to_debrief: bool


@dataclass(frozen=True, slots=True)
class Debrief:
    """A debrief entry as the pair sees it (never the private parts)."""

    visit_date: date
    visit_type: VisitType
    presence: Presence = Presence.BOTH
    client_code: str = ""
    themes: tuple[Theme, ...] = ()
    uppermost: str = ""
    goal: str = ""
    what_happened: str = ""
    member_parts: tuple[MemberPart, ...] = ()
    role_split_worked: RoleSplitWorked | None = None
    role_split_note: str = ""
    warning_signs: WarningSignNote = field(default_factory=WarningSignNote)
    went_well: str = ""
    was_hard: str = ""
    learning: str = ""
    follow_ups: tuple[FollowUp, ...] = ()
    supervision_topics: tuple[SupervisionTopic, ...] = ()
    sharing: SharingLevel = SharingLevel.NONE
    status: EntryStatus = EntryStatus.QUICK
    shared_strain: tuple[SharedStrain, ...] = ()
    entry_id: str | None = None  # None until saved (core.ids)
    duration_minutes: int | None = None  # how long the visit took (for the fee log)


@dataclass(frozen=True, slots=True)
class PrivateReflection:
    """One partner's own reflection on a visit; lives only in that partner's own area.
    ``entry_id`` is the debrief's id ("" while the debrief is not saved yet)."""

    entry_id: str
    visit_date: date
    strain: int | None = None
    past_close: PastClose | None = None
    wants_to_debrief: bool = False
    feelings: str = ""
    shared_with_pair: bool = False


@dataclass(frozen=True, slots=True)
class DebriefSummary:
    """One row of the debrief list."""

    entry_id: str
    visit_date: date
    visit_type: VisitType
    client_code: str
    themes: tuple[Theme, ...]
    status: EntryStatus
    sharing: SharingLevel
    open_follow_ups: int
    has_warning_signs: bool
    shared_strain: tuple[SharedStrain, ...] = ()  # what partners shared with the pair


@dataclass(frozen=True, slots=True)
class EditRecord:
    member_id: str
    at: datetime


def long_text_fields(entry: Debrief) -> dict[str, str]:
    """Every free-text field of a shared entry, by field name (for limits and scans)."""
    texts = {
        "uppermost": entry.uppermost,
        "goal": entry.goal,
        "what_happened": entry.what_happened,
        "role_split_note": entry.role_split_note,
        "warning_noticed_from": entry.warning_signs.noticed_from,
        "warning_agreed": entry.warning_signs.agreed,
        "went_well": entry.went_well,
        "was_hard": entry.was_hard,
        "learning": entry.learning,
    }
    for index, part in enumerate(entry.member_parts):
        texts[f"member_part_{index}"] = part.free_text
    for index, follow_up in enumerate(entry.follow_ups):
        texts[f"follow_up_{index}"] = follow_up.task
    for index, topic in enumerate(entry.supervision_topics):
        texts[f"supervision_topic_{index}"] = topic.text
    return texts


_CODE_PATTERN = re.compile(r"^[A-Za-zÅÄÖåäö]{1,3}-?\d{1,4}$")
_YEAR_PATTERN = re.compile(r"(19|20)\d\d")


def validate_client_code(code: str) -> str:
    """Return a cleaned pseudonym code or raise ``ValidationError``.

    A code is a letter or three and a number ("A-07"): that shape cannot hold a name,
    initials with a birth year, or a place. An empty code is allowed (no client).
    """
    cleaned = unicodedata.normalize("NFC", code).strip().upper()
    if not cleaned:
        return ""
    if len(cleaned) > MAX_CLIENT_CODE_LENGTH or not _CODE_PATTERN.match(cleaned):
        raise ValidationError(ValidationField.CLIENT_CODE, ValidationReason.BAD_CODE)
    digits = cleaned.split("-")[-1].lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ")
    if len(digits) == 4 and _YEAR_PATTERN.fullmatch(digits):
        raise ValidationError(ValidationField.CLIENT_CODE, ValidationReason.LOOKS_LIKE_YEAR)
    return cleaned


def propose_client_code(existing: set[str]) -> str:
    """The first free neutral code: A-01 … A-99, then B-01 …"""
    taken = {code.upper() for code in existing}
    for letter in "ABCDEFGHJKLMNPRSTUVXYZ":
        for number in range(1, 100):
            candidate = f"{letter}-{number:02d}"
            if candidate not in taken:
                return candidate
    raise ValidationError(ValidationField.CLIENT_CODE, ValidationReason.TOO_LONG)


def validate_debrief(entry: Debrief, today: date) -> Debrief:
    """Check a debrief before it is saved; returns it with the client code cleaned."""
    if entry.visit_date > today:
        raise ValidationError(ValidationField.VISIT_DATE, ValidationReason.IN_FUTURE)
    check_number("duration_minutes", entry.duration_minutes, 0, MAX_VISIT_MINUTES)
    for name, text in long_text_fields(entry).items():
        limit = (
            MAX_SHORT_TEXT_LENGTH
            if name.startswith(("follow_up", "supervision"))
            else (MAX_TEXT_LENGTH)
        )
        if len(text) > limit:
            raise ValidationError(ValidationField.TEXT, ValidationReason.TOO_LONG, name=name)
    for follow_up in entry.follow_ups:
        if not follow_up.task.strip():
            raise ValidationError(ValidationField.FOLLOW_UP, ValidationReason.REQUIRED)
    for topic in entry.supervision_topics:
        if not topic.text.strip():
            raise ValidationError(ValidationField.SUPERVISION_TOPIC, ValidationReason.REQUIRED)
    code = validate_client_code(entry.client_code)
    return _replace_code(entry, code)


def validate_private(reflection: PrivateReflection, today: date) -> PrivateReflection:
    if reflection.strain is not None and not 0 <= reflection.strain <= MAX_STRAIN:
        raise ValidationError(ValidationField.STRAIN, ValidationReason.OUT_OF_RANGE)
    if len(reflection.feelings) > MAX_TEXT_LENGTH:
        raise ValidationError(ValidationField.TEXT, ValidationReason.TOO_LONG, name="feelings")
    if reflection.visit_date > today:
        raise ValidationError(ValidationField.VISIT_DATE, ValidationReason.IN_FUTURE)
    return reflection


def _replace_code(entry: Debrief, code: str) -> Debrief:
    from dataclasses import replace

    return replace(entry, client_code=code)


def is_overdue(follow_up: FollowUp, today: date) -> bool:
    return not follow_up.done and follow_up.due is not None and follow_up.due < today
