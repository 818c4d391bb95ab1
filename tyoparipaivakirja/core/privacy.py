"""Privacy scan: finds identifying details in free text before they are saved or shared.

A valid Finnish personal identity code (henkilötunnus) is a hard finding: it blocks an
export and gets a one-click replacement. A code-shaped string that fails the check
character, a phone number or an e-mail address is a soft finding: a gentle warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
CENTURY_SIGNS = {
    "+": 1800,
    "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900,
    "A": 2000, "B": 2000, "C": 2000, "D": 2000, "E": 2000, "F": 2000,
}  # fmt: skip
REPLACEMENT_HETU = "[henkilötunnus poistettu]"

_HETU = re.compile(r"(?<![0-9A-Za-z])(\d{6})([-+A-FU-Ya-fu-y])(\d{3})([0-9A-Za-z])(?![0-9A-Za-z])")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Finnish phone numbers: +358 or 0, then 6–10 digits with optional spaces or dashes.
_PHONE = re.compile(r"(?<![\w+])(?:\+358|00358|0)[ -]?\d{1,3}(?:[ -]?\d){5,9}(?!\d)")


class FindingKind(StrEnum):
    HETU = "hetu"
    HETU_LIKE = "hetu_like"
    PHONE = "phone"
    EMAIL = "email"


@dataclass(frozen=True, slots=True)
class Finding:
    kind: FindingKind
    start: int
    end: int

    @property
    def blocking(self) -> bool:
        return self.kind is FindingKind.HETU


def is_valid_hetu(text: str) -> bool:
    """True for a henkilötunnus with a real date, an allowed number and the right check."""
    match = _HETU.fullmatch(text.strip().upper())
    return match is not None and _check_match(match)


def _check_match(match: re.Match[str]) -> bool:
    birth, sign, individual, check = match.groups()
    century = CENTURY_SIGNS.get(sign.upper())
    if century is None:
        return False
    day, month, year = int(birth[0:2]), int(birth[2:4]), century + int(birth[4:6])
    try:
        born = date(year, month, day)
    except ValueError:
        return False
    if born > date.today():
        return False  # nobody alive was born in the future
    if not 2 <= int(individual) <= 999:
        return False
    expected = CHECK_CHARACTERS[int(birth + individual) % 31]
    return check.upper() == expected


def scan(text: str) -> list[Finding]:
    """All findings in ``text``, in order of position."""
    findings: list[Finding] = []
    for match in _HETU.finditer(text):
        kind = FindingKind.HETU if _check_match(match) else FindingKind.HETU_LIKE
        findings.append(Finding(kind, match.start(), match.end()))
    taken = [(f.start, f.end) for f in findings]
    for match in _EMAIL.finditer(text):
        findings.append(Finding(FindingKind.EMAIL, match.start(), match.end()))
        taken.append((match.start(), match.end()))
    for match in _PHONE.finditer(text):
        if not any(start < match.end() and match.start() < end for start, end in taken):
            findings.append(Finding(FindingKind.PHONE, match.start(), match.end()))
    return sorted(findings, key=lambda finding: finding.start)


def redact_hetus(text: str) -> str:
    """Replace every valid henkilötunnus with a neutral marker."""
    result, last = [], 0
    for finding in scan(text):
        if finding.kind is FindingKind.HETU:
            result.append(text[last : finding.start])
            result.append(REPLACEMENT_HETU)
            last = finding.end
    result.append(text[last:])
    return "".join(result)
