"""The supervision summary (työnohjausyhteenveto) as data: what goes to the supervisor.

``build_summary`` takes what the pair has in its journal for a period and keeps only
what may leave it (domain.md section 4): topics the pair raised for supervision, counts
(any count below 3 shown as "<3"), reflections from entries shared as "nostot ja
reflektio", warning-sign themes as counts, the role split in force and its changes,
well-being only as each person shared it, and the agreements of the previous session.
Client codes never leave: clients are re-lettered "Asiakas A", "Asiakas B" per
document, also where a code was typed into a text. Private parts (a partner's strain,
feelings, notes) are never an input here at all.

``privacy_gate`` scans every text of a finished summary before anything is written.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from tyoparipaivakirja.core.debriefs import (
    TOGETHER,
    Debrief,
    Presence,
    SharingLevel,
    Theme,
    VisitType,
    WarningSign,
)
from tyoparipaivakirja.core.errors import ValidationError, ValidationField, ValidationReason
from tyoparipaivakirja.core.members import Member
from tyoparipaivakirja.core.privacy import FindingKind, scan
from tyoparipaivakirja.core.roles import (
    Lead,
    ReviewRecord,
    Revision,
    diff_revisions,
    in_force,
    review_state,
)
from tyoparipaivakirja.core.supervision import (
    AgreementStatus,
    SupervisionSession,
    same_topic_key,
)
from tyoparipaivakirja.core.trends import TrendWord

SMALL_COUNT_LIMIT = 3
SMALL_COUNT_TEXT = "<3"
TOGETHER_TEXT = "yhdessä"
CLIENT_PREFIX = "Asiakas"


def count_text(count: int) -> str:
    """A count as printed: below 3 it is "<3", so a rare case cannot be pointed at."""
    return SMALL_COUNT_TEXT if count < SMALL_COUNT_LIMIT else str(count)


def client_letter(index: int) -> str:
    """A, B, …, Z, AA, AB, … for the 0-based ``index``."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


# --- well-being as the members shared it ----------------------------------------------


@dataclass(frozen=True, slots=True)
class WeeklyStress:
    week_start: date
    stress: int  # 1..5, the Elo single-item scale


@dataclass(frozen=True, slots=True)
class SharedWellbeing:
    """One member's strain trend, as that member chose to share it for supervision."""

    member_name: str
    period_start: date
    period_end: date
    weeks: tuple[WeeklyStress, ...]
    trend: TrendWord  # tasainen / nouseva / laskeva


# --- the summary ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SummaryTopic:
    text: str
    raised_by: str  # a first name or "yhdessä"
    tags: tuple[str, ...]
    entry_id: int | None = None


@dataclass(frozen=True, slots=True)
class CountRow:
    label: str
    count: int

    @property
    def text(self) -> str:
        return count_text(self.count)


@dataclass(frozen=True, slots=True)
class Overview:
    debriefs: int
    together: int
    alone: int
    visit_types: tuple[CountRow, ...]
    themes: tuple[CountRow, ...]


@dataclass(frozen=True, slots=True)
class SharedReflection:
    entry_id: int | None
    visit_date: date
    visit_type: str
    client: str  # "Asiakas A", or "" when the entry has no client
    themes: tuple[str, ...]
    went_well: str
    was_hard: str
    learning: str
    role_split: str  # "kyllä", "osittain", "ei" or ""
    role_split_note: str


@dataclass(frozen=True, slots=True)
class LeadGroup:
    lead: Lead
    titles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class LeadChange:
    title: str
    before: Lead
    after: Lead


@dataclass(frozen=True, slots=True)
class RoleSplitSection:
    version: int
    effective_from: date
    next_review_on: date | None
    groups: tuple[LeadGroup, ...]
    compared_with_version: int | None  # the version in force at the previous session
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    moved: tuple[LeadChange, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.added or self.removed or self.moved)


@dataclass(frozen=True, slots=True)
class SummaryAgreement:
    text: str
    owner: str
    status: AgreementStatus


@dataclass(frozen=True, slots=True)
class SupervisionSummary:
    journal_name: str
    pair_names: str
    period_start: date
    period_end: date
    session_date: date | None
    made_on: date
    topics: tuple[SummaryTopic, ...]
    overview: Overview
    reflections: tuple[SharedReflection, ...]
    warning_signs: tuple[CountRow, ...]
    role_split: RoleSplitSection | None
    wellbeing: tuple[SharedWellbeing, ...]
    previous_session_date: date | None
    agreements: tuple[SummaryAgreement, ...]


@dataclass(frozen=True, slots=True)
class SummaryInput:
    """What the journal holds for the period; the caller reads it, this module filters."""

    journal_name: str
    members: Sequence[Member]
    period_start: date
    period_end: date
    made_on: date
    debriefs: Sequence[Debrief]
    revisions: Sequence[Revision] = ()
    reviews: Sequence[ReviewRecord] = ()  # "reviewed, no changes": they move the next review
    session: SupervisionSession | None = None
    previous_session: SupervisionSession | None = None
    wellbeing: Sequence[SharedWellbeing] = ()
    other_client_codes: Iterable[str] = ()


def validate_period(start: date, end: date, today: date) -> None:
    if start > end:
        raise ValidationError(ValidationField.SUMMARY_PERIOD, ValidationReason.BEFORE_PREVIOUS)
    if start > today:
        raise ValidationError(ValidationField.SUMMARY_PERIOD, ValidationReason.IN_FUTURE)


def pair_names_text(members: Sequence[Member]) -> str:
    names = [m.display_name for m in members]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " ja " + names[-1]


def _person(names: dict[str, str], member_id: str) -> str:
    if member_id == TOGETHER:
        return TOGETHER_TEXT
    return names.get(member_id, TOGETHER_TEXT)


def _count_rows(counter: Counter[str], order: Iterable[str]) -> tuple[CountRow, ...]:
    """Rows in the vocabulary's own order, the most frequent first; zero rows left out."""
    position = {label: index for index, label in enumerate(order)}
    rows = [CountRow(label, count) for label, count in counter.items() if count > 0]
    rows.sort(key=lambda row: (-row.count, position.get(row.label, len(position))))
    return tuple(rows)


class _Letters:
    """Client codes → "Asiakas A", "Asiakas B" in order of first appearance."""

    def __init__(self, known_codes: Iterable[str]) -> None:
        self._labels: dict[str, str] = {}
        codes = sorted({c.upper() for c in known_codes if c}, key=len, reverse=True)
        self._pattern = (
            re.compile(
                r"(?<![0-9A-Za-zÅÄÖåäö])(" + "|".join(re.escape(c) for c in codes) + r")"
                r"(?![0-9A-Za-zÅÄÖåäö])",
                re.IGNORECASE,
            )
            if codes
            else None
        )

    def label(self, code: str) -> str:
        key = code.upper()
        if not key:
            return ""
        if key not in self._labels:
            self._labels[key] = f"{CLIENT_PREFIX} {client_letter(len(self._labels))}"
        return self._labels[key]

    def clean(self, text: str) -> str:
        """``text`` with every known client code replaced by its letter."""
        if self._pattern is None:
            return text
        return self._pattern.sub(lambda match: self.label(match.group(1)), text)


def build_summary(data: SummaryInput) -> SupervisionSummary:
    """The summary for the period, holding only what may go to the supervisor."""
    names = {m.member_id: m.display_name for m in data.members}
    entries = sorted(
        (e for e in data.debriefs if data.period_start <= e.visit_date <= data.period_end),
        key=lambda e: (e.visit_date, e.entry_id or 0),
    )
    letters = _Letters([*(e.client_code for e in entries), *data.other_client_codes])

    if data.session is not None and data.session.agenda:
        topics = tuple(
            SummaryTopic(
                letters.clean(item.text),
                _person(names, item.raised_by),
                tuple(tag.value for tag in item.tags),
                item.entry_id,
            )
            for item in data.session.agenda
        )
    else:
        seen: set[str] = set()
        raised: list[SummaryTopic] = []
        for entry in entries:
            if entry.sharing is SharingLevel.NONE:
                continue
            for topic in entry.supervision_topics:
                if same_topic_key(topic.text) in seen:
                    continue  # the same topic raised again is listed once
                seen.add(same_topic_key(topic.text))
                raised.append(
                    SummaryTopic(
                        letters.clean(topic.text),
                        _person(names, topic.raised_by),
                        tuple(tag.value for tag in topic.tags),
                        entry.entry_id,
                    )
                )
        topics = tuple(raised)

    together = sum(1 for e in entries if e.presence is Presence.BOTH)
    overview = Overview(
        debriefs=len(entries),
        together=together,
        alone=len(entries) - together,
        visit_types=_count_rows(
            Counter(e.visit_type.value for e in entries), (v.value for v in VisitType)
        ),
        themes=_count_rows(
            Counter(t.value for e in entries for t in e.themes), (t.value for t in Theme)
        ),
    )

    reflections: list[SharedReflection] = []
    for entry in entries:
        if entry.sharing is not SharingLevel.TOPICS_AND_REFLECTION:
            continue
        texts = (entry.went_well, entry.was_hard, entry.learning, entry.role_split_note)
        if not any(t.strip() for t in texts) and entry.role_split_worked is None:
            continue  # a quick entry has nothing to reflect on yet
        client = letters.label(entry.client_code)
        went_well, was_hard, learning, note = (letters.clean(t.strip()) for t in texts)
        reflections.append(
            SharedReflection(
                entry.entry_id,
                entry.visit_date,
                entry.visit_type.value,
                client,
                tuple(t.value for t in entry.themes),
                went_well,
                was_hard,
                learning,
                entry.role_split_worked.value if entry.role_split_worked else "",
                note,
            )
        )

    warnings = _count_rows(
        Counter(s.value for e in entries for s in e.warning_signs.signs),
        (s.value for s in WarningSign),
    )

    previous_date = data.previous_session.held_on if data.previous_session else None
    agreements = (
        tuple(
            SummaryAgreement(letters.clean(a.text), _person(names, a.owner), a.status)
            for a in data.previous_session.agreements
        )
        if data.previous_session
        else ()
    )
    return SupervisionSummary(
        journal_name=data.journal_name,
        pair_names=pair_names_text(data.members),
        period_start=data.period_start,
        period_end=data.period_end,
        session_date=data.session.held_on if data.session else None,
        made_on=data.made_on,
        topics=topics,
        overview=overview,
        reflections=tuple(reflections),
        warning_signs=warnings,
        role_split=_role_split(data.revisions, data.reviews, data.period_end, previous_date),
        wellbeing=tuple(w for w in data.wellbeing if w.weeks),
        previous_session_date=previous_date,
        agreements=agreements,
    )


def _role_split(
    revisions: Sequence[Revision],
    reviews: Sequence[ReviewRecord],
    on: date,
    previous_session: date | None,
) -> RoleSplitSection | None:
    current = in_force(revisions, on)
    if current is None:
        return None
    # The one agreed next review (the app's page and the role description show the same).
    next_review = review_state(revisions, reviews, on).next_review_on
    groups = tuple(
        LeadGroup(lead, tuple(item.title for item in current.items_led_by(lead)))
        for lead in (Lead.PROFESSIONAL, Lead.EXPERT_BY_EXPERIENCE, Lead.SHARED)
    )
    before = in_force(revisions, previous_session) if previous_session else None
    if before is None or before.version == current.version:
        return RoleSplitSection(
            current.version,
            current.effective_from,
            next_review,
            groups,
            before.version if before else None,
        )
    diff = diff_revisions(before, current)
    return RoleSplitSection(
        current.version,
        current.effective_from,
        next_review,
        groups,
        before.version,
        added=tuple(item.title for item in diff.added),
        removed=tuple(item.title for item in diff.removed),
        moved=tuple(LeadChange(m.title, m.before, m.after) for m in diff.lead_moves),
    )


# --- the privacy gate -----------------------------------------------------------------


class PlaceKind(StrEnum):
    """Where a text of the summary comes from, so the user can go and fix it."""

    DEBRIEF = "debrief"
    AGENDA = "agenda"
    AGREEMENT = "agreement"
    JOURNAL = "journal"
    WELLBEING = "wellbeing"


class PlaceField(StrEnum):
    """Which text of its source a finding is in."""

    JOURNAL_NAME = "journal_name"
    PAIR_NAMES = "pair_names"
    TOPIC = "topic"
    WENT_WELL = "went_well"
    WAS_HARD = "was_hard"
    LEARNING = "learning"
    ROLE_SPLIT_NOTE = "role_split_note"
    AGREEMENT = "agreement"
    ROLE_ITEM = "role_item"
    MEMBER_NAME = "member_name"


@dataclass(frozen=True, slots=True)
class Place:
    """Where a text comes from: the GUI and CLI word it, and offer to open a debrief."""

    kind: PlaceKind
    field: PlaceField
    number: int = 0  # 1-based position of a topic or agreement
    entry_id: int | None = None
    visit_date: date | None = None


@dataclass(frozen=True, slots=True)
class GateFinding:
    kind: FindingKind
    place: Place
    excerpt: str  # the text around the finding, the finding itself masked

    @property
    def blocking(self) -> bool:
        return self.kind is FindingKind.HETU


@dataclass(frozen=True, slots=True)
class GateResult:
    findings: tuple[GateFinding, ...]

    @property
    def blocking(self) -> tuple[GateFinding, ...]:
        return tuple(f for f in self.findings if f.blocking)

    @property
    def warnings(self) -> tuple[GateFinding, ...]:
        return tuple(f for f in self.findings if not f.blocking)

    @property
    def blocked(self) -> bool:
        return bool(self.blocking)


_REFLECTION_FIELDS = (
    PlaceField.WENT_WELL,
    PlaceField.WAS_HARD,
    PlaceField.LEARNING,
    PlaceField.ROLE_SPLIT_NOTE,
)


def summary_texts(summary: SupervisionSummary) -> list[tuple[Place, str]]:
    """Every free text the PDF will print, with where it came from."""
    texts: list[tuple[Place, str]] = [
        (Place(PlaceKind.JOURNAL, PlaceField.JOURNAL_NAME), summary.journal_name),
        (Place(PlaceKind.JOURNAL, PlaceField.PAIR_NAMES), summary.pair_names),
    ]
    for number, topic in enumerate(summary.topics, start=1):
        kind = PlaceKind.DEBRIEF if topic.entry_id is not None else PlaceKind.AGENDA
        texts.append((Place(kind, PlaceField.TOPIC, number, topic.entry_id), topic.text))
    for reflection in summary.reflections:
        for field in _REFLECTION_FIELDS:
            place = Place(PlaceKind.DEBRIEF, field, 0, reflection.entry_id, reflection.visit_date)
            texts.append((place, str(getattr(reflection, field.value))))
    for number, agreement in enumerate(summary.agreements, start=1):
        texts.append((Place(PlaceKind.AGREEMENT, PlaceField.AGREEMENT, number), agreement.text))
    if summary.role_split is not None:
        for group in summary.role_split.groups:
            for title in group.titles:
                texts.append((Place(PlaceKind.JOURNAL, PlaceField.ROLE_ITEM), title))
    for shared in summary.wellbeing:
        texts.append((Place(PlaceKind.WELLBEING, PlaceField.MEMBER_NAME), shared.member_name))
    return [(place, text) for place, text in texts if text]


def _excerpt(text: str, start: int, end: int, context: int = 30) -> str:
    before = text[max(0, start - context) : start]
    after = text[end : end + context]
    masked = text[start:end][:2] + "…"
    prefix = "…" if start > context else ""
    suffix = "…" if end + context < len(text) else ""
    return f"{prefix}{before}{masked}{after}{suffix}".replace("\n", " ")


def privacy_gate(summary: SupervisionSummary) -> GateResult:
    """Scan every text of the summary: a valid henkilötunnus blocks, the rest warn."""
    findings: list[GateFinding] = []
    for place, text in summary_texts(summary):
        for finding in scan(text):
            findings.append(
                GateFinding(finding.kind, place, _excerpt(text, finding.start, finding.end))
            )
    return GateResult(tuple(findings))
