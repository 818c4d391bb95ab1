"""Privacy scan: finds identifying details in free text before they are saved or shared.

A valid Finnish personal identity code (henkilötunnus) is a hard finding: it blocks an
export and gets a one-click replacement. A code-shaped string that fails the check
character, a phone number or an e-mail address is a soft finding: a gentle warning.

Every scan and every replacement works on one normalised form of the text, made by
``fold``: the text is first put into Unicode NFC (a letter typed as "O" + U+0308, as
macOS and some keyboards write it, becomes "Ö"), and it is matched through a key in
which each character is compatibility-normalised (NFKC: full-width digits, no-break
spaces), case-folded, and every dash (– — − ‐) is a plain hyphen. Positions in findings
refer to the NFC text, which is also what a replacement returns.

``ClientCodes`` finds the journal's client codes in a text in any of their spellings,
so that a document can re-letter them. A code is its letters and its number: case,
Unicode form, the separator and leading zeros do not matter, so for the code "K-17" the
texts "K-17", "k-17", "K–17", "K17", "K 17" (one space) and "K-017" all name the same
client, also inside a word ("K-17:n", "K17lle"). A different number ("K-170", "K-1")
or more letters ("XK-17") is not a match. This errs on the side of privacy: if a
journal held a code "ON-1", the words "on 1" in a text would be re-lettered too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache

CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
CENTURY_SIGNS = {
    "+": 1800,
    "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900,
    "A": 2000, "B": 2000, "C": 2000, "D": 2000, "E": 2000, "F": 2000,
}  # fmt: skip
REPLACEMENT_HETU = "[henkilötunnus poistettu]"

# Matched against the folded key, where letters are lower case and dashes are "-".
_HETU = re.compile(r"(?<![0-9A-Za-z])(\d{6})([-+a-fu-y])(\d{3})([0-9a-z])(?![0-9A-Za-z])")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Finnish phone numbers: +358 or 0, then 6–10 digits with optional spaces or dashes.
_PHONE = re.compile(r"(?<![\w+])(?:\+358|00358|0)[ -]?\d{1,3}(?:[ -]?\d){5,9}(?!\d)")
# A client code as written in running text: 1–3 letters, an optional hyphen or one space,
# and a number; not glued to a letter or digit before it, nor to a digit after it.
_CODE_IN_TEXT = re.compile(r"(?<!\w)([^\W\d_]{1,3})[- ]?(\d{1,4})(?!\d)")
_DASHES = frozenset("‐‑‒–—―−﹣－")


class FindingKind(StrEnum):
    HETU = "hetu"
    HETU_LIKE = "hetu_like"
    PHONE = "phone"
    EMAIL = "email"


@dataclass(frozen=True, slots=True)
class Finding:
    """One finding; ``start`` and ``end`` index the NFC text (``normalise``)."""

    kind: FindingKind
    start: int
    end: int

    @property
    def blocking(self) -> bool:
        return self.kind is FindingKind.HETU


# --- the one normalisation ----------------------------------------------------------


def normalise(text: str) -> str:
    """The text as it is scanned, replaced and printed: Unicode NFC."""
    return text if text.isascii() else unicodedata.normalize("NFC", text)


@lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    folded = unicodedata.normalize("NFKC", char).casefold()
    return "".join("-" if c in _DASHES else c for c in folded)


@dataclass(frozen=True, slots=True)
class Folded:
    """A text in NFC (``text``) and the key it is matched through (``key``).

    ``origin[i]`` is the index in ``text`` of the character that key character ``i``
    came from; ``None`` when the two are aligned one to one (nearly always).
    """

    text: str
    key: str
    origin: tuple[int, ...] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """A key span as a span of ``text``: whole characters of it."""
        if self.origin is None:
            return start, end
        if start >= end:
            position = self.origin[start] if start < len(self.origin) else len(self.text)
            return position, position
        return self.origin[start], self.origin[end - 1] + 1


def fold(text: str) -> Folded:
    """``text`` in NFC, with its case-folded, compatibility-normalised matching key."""
    if text.isascii():
        return Folded(text, text.lower())
    nfc = unicodedata.normalize("NFC", text)
    table = {char: _fold_char(char) for char in set(nfc)}
    if all(len(folded) == 1 for folded in table.values()):
        changed = {ord(char): folded for char, folded in table.items() if folded != char}
        return Folded(nfc, nfc.translate(changed) if changed else nfc)
    key: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(nfc):
        folded = table[char]
        key.append(folded)
        origin.extend([index] * len(folded))
    return Folded(nfc, "".join(key), tuple(origin))


# --- henkilötunnus, phone numbers, e-mail addresses ------------------------------------


def is_valid_hetu(text: str) -> bool:
    """True for a henkilötunnus with a real date, an allowed number and the right check."""
    match = _HETU.fullmatch(fold(text.strip()).key)
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


def _scan_folded(folded: Folded) -> list[Finding]:
    key = folded.key
    found: list[tuple[FindingKind, int, int]] = []
    for match in _HETU.finditer(key):
        kind = FindingKind.HETU if _check_match(match) else FindingKind.HETU_LIKE
        found.append((kind, match.start(), match.end()))
    taken = [(start, end) for _kind, start, end in found]
    for match in _EMAIL.finditer(key):
        found.append((FindingKind.EMAIL, match.start(), match.end()))
        taken.append((match.start(), match.end()))
    for match in _PHONE.finditer(key):
        if not any(start < match.end() and match.start() < end for start, end in taken):
            found.append((FindingKind.PHONE, match.start(), match.end()))
    findings = [Finding(kind, *folded.span(start, end)) for kind, start, end in found]
    return sorted(findings, key=lambda finding: finding.start)


def scan(text: str) -> list[Finding]:
    """All findings in ``text``, in order of position (positions in ``normalise(text)``)."""
    return _scan_folded(fold(text))


def redact_hetus(text: str) -> str:
    """The text (in NFC) with every valid henkilötunnus replaced by a neutral marker."""
    folded = fold(text)
    result, last = [], 0
    for finding in _scan_folded(folded):
        if finding.kind is FindingKind.HETU:
            result.append(folded.text[last : finding.start])
            result.append(REPLACEMENT_HETU)
            last = finding.end
    result.append(folded.text[last:])
    return "".join(result)


# --- client codes ------------------------------------------------------------------------


def client_code_key(code: str) -> str:
    """What identifies a client code whatever its spelling: "K-17", "k17", "K 017" → "k-17"."""
    key = fold(code.strip()).key
    match = _CODE_IN_TEXT.fullmatch(key)
    if match is None:
        return key
    return f"{match.group(1)}-{int(match.group(2))}"


class ClientCodes:
    """Finds the journal's client codes in free text, in any spelling (see the module)."""

    def __init__(self, codes: Iterable[str]) -> None:
        self.keys = frozenset(key for key in map(client_code_key, codes) if key)
        # Codes of another shape (none are accepted today, old or imported ones may be)
        # are matched as written, case and Unicode form aside.
        odd = sorted((k for k in self.keys if not _CODE_IN_TEXT.fullmatch(k)), key=len)
        self._odd = (
            re.compile(r"(?<!\w)(" + "|".join(re.escape(k) for k in reversed(odd)) + r")(?!\w)")
            if odd
            else None
        )

    def find(self, text: str) -> tuple[Folded, list[tuple[int, int, str]]]:
        """The NFC text and each code in it: (start, end, the code's key), in order."""
        folded = fold(text)
        spans: list[tuple[int, int, str]] = []
        if not self.keys:
            return folded, spans
        for match in _CODE_IN_TEXT.finditer(folded.key):
            key = f"{match.group(1)}-{int(match.group(2))}"
            if key in self.keys:
                spans.append((*folded.span(match.start(), match.end()), key))
        if self._odd is not None:
            for match in self._odd.finditer(folded.key):
                start, end = folded.span(match.start(), match.end())
                if not any(s < end and start < e for s, e, _k in spans):
                    spans.append((start, end, match.group(1)))
        spans.sort()
        return folded, spans

    def replace(self, text: str, label: Callable[[str], str]) -> str:
        """The text in NFC with every code replaced by ``label(key)``."""
        folded, spans = self.find(text)
        if not spans:
            return folded.text
        result, last = [], 0
        for start, end, key in spans:
            result.append(folded.text[last:start])
            result.append(label(key))
            last = end
        result.append(folded.text[last:])
        return "".join(result)
