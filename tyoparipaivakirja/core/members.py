"""The people of a work pair and the rules a pair's member list must follow."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from tyoparipaivakirja.core.errors import ValidationError, ValidationField, ValidationReason

MAX_NAME_LENGTH = 60
MAX_JOURNAL_NAME_LENGTH = 80
MIN_MEMBERS = 2
MAX_MEMBERS = 6


class Role(StrEnum):
    """A member's role in the pair (stored by these values)."""

    EXPERT_BY_EXPERIENCE = "kokemusasiantuntija"
    PROFESSIONAL = "ammattilainen"


@dataclass(frozen=True, slots=True)
class NewMember:
    """A member as typed in when a journal is created."""

    display_name: str
    role: Role


@dataclass(frozen=True, slots=True)
class Member:
    """A member of a stored journal. ``member_id`` is random and reveals nothing."""

    member_id: str
    display_name: str
    role: Role


def clean_text(value: str) -> str:
    """Normalise a one-line value: NFC, surrounding white space removed."""
    return unicodedata.normalize("NFC", value).strip()


def _has_control_characters(value: str) -> bool:
    return any(unicodedata.category(ch) == "Cc" for ch in value)


def validate_journal_name(name: str) -> str:
    """Return the cleaned journal name or raise ``ValidationError``."""
    cleaned = clean_text(name)
    if not cleaned:
        raise ValidationError(ValidationField.JOURNAL_NAME, ValidationReason.REQUIRED)
    if len(cleaned) > MAX_JOURNAL_NAME_LENGTH:
        raise ValidationError(ValidationField.JOURNAL_NAME, ValidationReason.TOO_LONG)
    if _has_control_characters(cleaned):
        raise ValidationError(ValidationField.JOURNAL_NAME, ValidationReason.CONTROL_CHARACTERS)
    return cleaned


def validate_members(members: Sequence[NewMember]) -> list[NewMember]:
    """Return the cleaned member list or raise ``ValidationError`` for the first problem.

    A pair has at least one expert-by-experience and one professional; names are
    required, short, one line, and unique regardless of case.
    """
    if len(members) < MIN_MEMBERS:
        raise ValidationError(ValidationField.MEMBERS, ValidationReason.TOO_FEW_MEMBERS)
    if len(members) > MAX_MEMBERS:
        raise ValidationError(ValidationField.MEMBERS, ValidationReason.TOO_MANY_MEMBERS)
    cleaned: list[NewMember] = []
    seen: set[str] = set()
    for index, member in enumerate(members):
        name = clean_text(member.display_name)
        if not name:
            raise ValidationError(ValidationField.MEMBER_NAME, ValidationReason.REQUIRED, index)
        if len(name) > MAX_NAME_LENGTH:
            raise ValidationError(ValidationField.MEMBER_NAME, ValidationReason.TOO_LONG, index)
        if _has_control_characters(name):
            raise ValidationError(
                ValidationField.MEMBER_NAME, ValidationReason.CONTROL_CHARACTERS, index
            )
        if name.casefold() in seen:
            raise ValidationError(ValidationField.MEMBER_NAME, ValidationReason.DUPLICATE, index)
        seen.add(name.casefold())
        cleaned.append(NewMember(name, Role(member.role)))
    roles = {member.role for member in cleaned}
    if roles != set(Role):
        raise ValidationError(ValidationField.MEMBERS, ValidationReason.NEED_BOTH_ROLES)
    return cleaned


def parse_member_spec(spec: str) -> NewMember:
    """Parse the command line's ``"NAME:role"`` form; the role may be given in either case."""
    name, separator, role_text = spec.rpartition(":")
    if not separator:
        raise ValidationError(ValidationField.MEMBER_ROLE, ValidationReason.REQUIRED)
    try:
        role = Role(role_text.strip().casefold())
    except ValueError:
        raise ValidationError(ValidationField.MEMBER_ROLE, ValidationReason.REQUIRED) from None
    return NewMember(name, role)


def first_name(display_name: str) -> str:
    """The first word of a display name: "Anna-Liisa Virtanen" → "Anna-Liisa"."""
    words = clean_text(display_name).split()
    return words[0] if words else ""


def first_names(members: Sequence[Member]) -> dict[str, str]:
    """Each member's first name, as documents for others name the pair (domain.md §4).

    Two members with the same first name keep the initial of their next name ("Jari K.",
    "Jari M."), or their number in the pair when they have none.
    """
    names = {m.member_id: first_name(m.display_name) or m.display_name for m in members}
    counts: dict[str, int] = {}
    for name in names.values():
        counts[name.casefold()] = counts.get(name.casefold(), 0) + 1
    for number, member in enumerate(members, start=1):
        name = names[member.member_id]
        if counts[name.casefold()] > 1:
            rest = clean_text(member.display_name).split()[1:]
            names[member.member_id] = f"{name} {rest[0][0]}." if rest else f"{name} {number}"
    return names
