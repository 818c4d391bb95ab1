"""Turning what a user types into a safe FTS5 query and a list filter."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tyoparipaivakirja.core.debriefs import SharingLevel, Theme, VisitType
from tyoparipaivakirja.core.finnish import prefixes, search_stem, words

__all__ = ["DebriefFilter", "fts_query", "search_stem", "word_query"]


def word_query(word: str) -> str:
    """One word as FTS5 prefix terms of its inflected forms' stems (``core.finnish``):
    "velka" → ("velk"* OR "vela"* OR "velo"* …). Quoted, so nothing is FTS5 syntax."""
    terms = [f'"{prefix}"*' for prefix in prefixes(word)]
    return terms[0] if len(terms) == 1 else f"({' OR '.join(terms)})"


def fts_query(text: str) -> str:
    """Every word of ``text`` as the prefixes of its forms, all words required: "velka"
    finds "velkaa", "velkojen", "velan" and "veloista"."""
    return " AND ".join(word_query(word) for word in words(text))


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
