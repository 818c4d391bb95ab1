"""How strong a passphrase is, judged without any network or word list download.

A lost passphrase cannot be recovered, and the journal holds special-category data, so
weak passphrases are refused outright. The estimate is deliberately simple and
conservative: length, variety of characters, and penalties for repetition, sequences
and the most common choices. Several words with separators are what we encourage.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from enum import IntEnum

from tyoparipaivakirja.core.errors import ValidationError, ValidationField, ValidationReason

MIN_LENGTH = 12
MAX_LENGTH = 1024
# Bits of estimated entropy needed to be accepted, and to be called strong.
ACCEPTABLE_BITS = 50.0
STRONG_BITS = 75.0

_COMMON_FRAGMENTS = (
    "salasana",
    "password",
    "qwerty",
    "asdf",
    "123456",
    "abcdef",
    "tunnuslause",
    "passphrase",
    "letmein",
    "admin",
    "salainen",
    "kissa",
    "koira",
    "perkele",
    "sisu",
    "suomi",
    "finland",
)


class Strength(IntEnum):
    """Strength levels shown to the user; anything below ACCEPTABLE is refused."""

    TOO_SHORT = 0
    WEAK = 1
    ACCEPTABLE = 2
    STRONG = 3


@dataclass(frozen=True, slots=True)
class StrengthReport:
    """The verdict on one passphrase, with the estimate it came from."""

    strength: Strength
    estimated_bits: float

    @property
    def accepted(self) -> bool:
        return self.strength >= Strength.ACCEPTABLE


def _alphabet_size(passphrase: str) -> int:
    size = 0
    if any(ch.islower() and ch.isascii() for ch in passphrase):
        size += 26
    if any(ch.isupper() and ch.isascii() for ch in passphrase):
        size += 26
    if any(ch.isdigit() for ch in passphrase):
        size += 10
    if any(not ch.isascii() and ch.isalpha() for ch in passphrase):
        size += 20  # ä, ö, å and friends
    if any(not ch.isalnum() for ch in passphrase):
        size += 20
    return max(size, 1)


_MIN_REPEAT = 3


def _repeat_length(passphrase: str, index: int) -> int:
    """Length of the longest chunk at ``index`` (at least ``_MIN_REPEAT`` long) that
    already occurred earlier in the passphrase, overlapping allowed; 0 when none."""
    length = 0
    while index + length < len(passphrase):
        candidate = passphrase[index : index + length + 1]
        if passphrase.find(candidate, 0, index + length) == -1:
            break
        length += 1
    return length if length >= _MIN_REPEAT else 0


def _effective_length(passphrase: str) -> float:
    """Length with runs, repeats and simple sequences counted cheaply."""
    effective = 0.0
    previous: str | None = None
    index = 0
    while index < len(passphrase):
        repeat = _repeat_length(passphrase, index)
        if repeat:
            effective += 1.0  # "Lumi1Lumi1Lumi1": a repeated chunk adds about one symbol
            index += repeat
            previous = passphrase[index - 1]
            continue
        ch = passphrase[index]
        if previous is not None and (ch == previous or abs(ord(ch) - ord(previous)) == 1):
            effective += 0.25  # "aaaa" and "1234" add almost nothing
        else:
            effective += 1.0
        previous = ch
        index += 1
    distinct = len(set(passphrase))
    # A passphrase made of very few symbols ("abababab…") is capped by its variety.
    return min(effective, distinct * 3.0)


def assess(passphrase: str) -> StrengthReport:
    """Estimate a passphrase's strength."""
    normalized = unicodedata.normalize("NFC", passphrase)
    if len(normalized) < MIN_LENGTH:
        return StrengthReport(Strength.TOO_SHORT, 0.0)
    lowered = normalized.casefold()
    length = _effective_length(normalized)
    for fragment in _COMMON_FRAGMENTS:
        if fragment in lowered:
            length -= len(fragment) * 0.75
    bits = max(length, 0.0) * math.log2(_alphabet_size(normalized))
    if bits >= STRONG_BITS:
        return StrengthReport(Strength.STRONG, bits)
    if bits >= ACCEPTABLE_BITS:
        return StrengthReport(Strength.ACCEPTABLE, bits)
    return StrengthReport(Strength.WEAK, bits)


def require_new_passphrase(passphrase: str, repeated: str | None = None) -> str:
    """Return a new passphrase if it may be used, else raise ``ValidationError``.

    ``repeated`` is the second typing, when the user was asked twice.
    """
    if not passphrase:
        raise ValidationError(ValidationField.PASSPHRASE, ValidationReason.REQUIRED)
    if len(passphrase) > MAX_LENGTH:
        raise ValidationError(ValidationField.PASSPHRASE, ValidationReason.TOO_LONG)
    if any(unicodedata.category(ch) == "Cc" for ch in passphrase):
        raise ValidationError(ValidationField.PASSPHRASE, ValidationReason.CONTROL_CHARACTERS)
    report = assess(passphrase)
    if report.strength is Strength.TOO_SHORT:
        raise ValidationError(ValidationField.PASSPHRASE, ValidationReason.TOO_SHORT)
    if not report.accepted:
        raise ValidationError(ValidationField.PASSPHRASE, ValidationReason.TOO_WEAK)
    if repeated is not None and repeated != passphrase:
        raise ValidationError(ValidationField.PASSPHRASE_REPEAT, ValidationReason.MISMATCH)
    return passphrase
