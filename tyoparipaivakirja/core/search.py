"""Turning what a user types into a safe FTS5 query and a list filter."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from tyoparipaivakirja.core.debriefs import SharingLevel, Theme, VisitType

_WORD = re.compile(r"\w+", re.UNICODE)


_FINNISH_VOWELS = "aeiouyäöå"
MIN_STEM = 3


def search_stem(word: str) -> str:
    """A word without its final vowels, so the prefix reaches its inflected forms.

    Finnish changes a word's end as it inflects: "velka" → "velkaa", "velkojen";
    "öljy" → "öljyä". Searching for "velk…" finds them all. Short words stay whole.
    """
    stem = word.rstrip(_FINNISH_VOWELS)
    return stem if len(stem) >= MIN_STEM else word


def fts_query(text: str) -> str:
    """Every word as a prefix of its stem, all required: "velka" finds "velkaa" and
    "velkojen". Words are quoted, so nothing the user types is read as FTS5 syntax."""
    words = _WORD.findall(text.casefold())
    return " ".join(f'"{search_stem(word)}"*' for word in words)


@dataclass(frozen=True, slots=True)
class DebriefFilter:
    """The list's filters; None means "any"."""

    date_from: date | None = None
    date_to: date | None = None
    visit_type: VisitType | None = None
    theme: Theme | None = None
    client_code: str | None = None
    warning_signs_only: bool = False
    sharing: SharingLevel | None = None
    open_follow_ups_only: bool = False
