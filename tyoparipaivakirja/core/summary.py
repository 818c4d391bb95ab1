"""The supervision summary (työnohjausyhteenveto) as data: what goes to the supervisor.

``build_summary`` takes what the pair has in its journal for a period and keeps only
what may leave it (domain.md section 4): topics the pair raised for supervision, counts
(no count below 3 can be read or worked out: ``core.disclosure``), reflections from
entries shared as "nostot ja reflektio", warning-sign themes as counts, the role split
in force and its changes, well-being only as each person shared it and only for the
weeks of the period, and every agreement still open (with the date it was made) besides
those of the previous session. The pair is named by first names. Client codes never
leave: clients are re-lettered "Asiakas A", "Asiakas B" per document, in every text and
in any spelling of the code (``core.privacy.ClientCodes``); every text is in Unicode
NFC. Private parts (a partner's strain, feelings, notes) are never an input here.

``privacy_gate`` scans every text of a finished summary before anything is written.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from tyoparipaivakirja.core.dates import in_range
from tyoparipaivakirja.core.debriefs import (
    TOGETHER,
    Debrief,
    Presence,
    Theme,
    VisitType,
    WarningSign,
)
from tyoparipaivakirja.core.disclosure import (
    SMALL_COUNT_LIMIT,
    PrintedPartition,
    PrintedTotal,
    Row,
    count_text,
    protect,
)
from tyoparipaivakirja.core.errors import ValidationError, ValidationField, ValidationReason
from tyoparipaivakirja.core.members import Member, first_names
from tyoparipaivakirja.core.privacy import ClientCodes, FindingKind, client_code_key, fold, scan
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
from tyoparipaivakirja.core.trends import MIN_SHARED_WEEKS, TrendWord, trend_word

__all__ = ["SMALL_COUNT_LIMIT", "count_text"]

TOGETHER_TEXT = "yhdessä"
CLIENT_PREFIX = "Asiakas"
PRESENCE_TOGETHER = "molemmat paikalla"
PRESENCE_ALONE = "toinen yksin"


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
    """One member's strain trend, as that member chose to share it for supervision.

    In a summary it holds only the weeks of the summary's period: ``period_start`` and
    ``period_end`` are then the part of the share inside the period, ``shared_from`` and
    ``shared_to`` the period the member shared. A share with fewer than 3 weeks inside
    the period is ``outside``: the summary says so instead of drawing it.
    """

    member_name: str
    period_start: date
    period_end: date
    weeks: tuple[WeeklyStress, ...]
    trend: TrendWord  # tasainen / nouseva / laskeva
    shared_from: date | None = None
    shared_to: date | None = None
    outside: bool = False

    @property
    def clipped(self) -> bool:
        """True when the member shared more weeks than fall inside the period."""
        return (self.shared_from, self.shared_to) != (self.period_start, self.period_end)


# --- the summary ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SummaryTopic:
    """A topic for supervision: from the session's agenda (``session_id`` set; an agenda
    item may still name the debrief it was first raised in) or from a shared debrief."""

    text: str
    raised_by: str  # a first name or "yhdessä"
    tags: tuple[str, ...]
    entry_id: str | None = None
    session_id: str | None = None
    visit_date: date | None = None


@dataclass(frozen=True, slots=True)
class CountRow:
    label: str
    count: int

    @property
    def text(self) -> str:
        return count_text(self.count)


@dataclass(frozen=True, slots=True)
class Overview:
    """The counts as they may be printed (``core.disclosure``): the number of debriefs
    exactly or as a band, who was present and the visit types as printed partitions of
    it, and the themes as rows whose small counts print as "<3"."""

    debriefs: PrintedTotal
    presence: PrintedPartition
    visit_types: PrintedPartition
    themes: tuple[CountRow, ...]

    @property
    def empty(self) -> bool:
        return self.debriefs.count == 0


@dataclass(frozen=True, slots=True)
class SharedReflection:
    entry_id: str | None
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
    """An agreement as the summary reports it, with the session it was made in."""

    text: str
    owner: str
    status: AgreementStatus
    made_on: date | None = None
    session_id: str = ""
    number: int = 0  # 1-based position among that session's agreements


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
    earlier_sessions: Sequence[SupervisionSession] = ()  # every session before the summary's


def validate_period(start: date, end: date, today: date) -> None:
    if not (in_range(start) and in_range(end)):
        raise ValidationError(ValidationField.SUMMARY_PERIOD, ValidationReason.OUT_OF_RANGE)
    if start > end:
        raise ValidationError(ValidationField.SUMMARY_PERIOD, ValidationReason.BEFORE_PREVIOUS)
    if start > today:
        raise ValidationError(ValidationField.SUMMARY_PERIOD, ValidationReason.IN_FUTURE)


def pair_names_text(members: Sequence[Member]) -> str:
    """The pair by first names: "Jari ja Sanna"."""
    names = list(first_names(members).values())
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
    """Client codes → "Asiakas A", "Asiakas B" in order of first appearance, whatever
    their spelling (``core.privacy.ClientCodes``)."""

    def __init__(self, known_codes: Iterable[str]) -> None:
        self._labels: dict[str, str] = {}
        self._codes = ClientCodes(known_codes)

    def _label_for_key(self, key: str) -> str:
        if key not in self._labels:
            self._labels[key] = f"{CLIENT_PREFIX} {client_letter(len(self._labels))}"
        return self._labels[key]

    def label(self, code: str) -> str:
        key = client_code_key(code)
        return self._label_for_key(key) if key else ""

    def clean(self, text: str) -> str:
        """``text`` in NFC with every known client code replaced by its letter."""
        return self._codes.replace(text, self._label_for_key)


def build_summary(data: SummaryInput) -> SupervisionSummary:
    """The summary for the period, holding only what may go to the supervisor."""
    names = first_names(data.members)
    entries = sorted(
        (e for e in data.debriefs if data.period_start <= e.visit_date <= data.period_end),
        key=lambda e: (e.visit_date, e.entry_id or ""),
    )
    letters = _Letters([*(e.client_code for e in entries), *data.other_client_codes])

    if data.session is not None and data.session.agenda:
        topics = tuple(
            SummaryTopic(
                letters.clean(item.text),
                _person(names, item.raised_by),
                tuple(tag.value for tag in item.tags),
                item.entry_id,
                data.session.session_id,
            )
            for item in data.session.agenda
        )
    else:
        seen: set[str] = set()
        raised: list[SummaryTopic] = []
        for entry in entries:
            if not entry.sharing.topics_shared:
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
                        visit_date=entry.visit_date,
                    )
                )
        topics = tuple(raised)

    reflections: list[SharedReflection] = []
    for entry in entries:
        if not entry.sharing.reflection_shared:
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
    role_split = _role_split(data.revisions, data.reviews, data.period_end, previous_date)
    return SupervisionSummary(
        journal_name=letters.clean(_first_names_only(data.journal_name, data.members)),
        pair_names=pair_names_text(data.members),
        period_start=data.period_start,
        period_end=data.period_end,
        session_date=data.session.held_on if data.session else None,
        made_on=data.made_on,
        topics=topics,
        overview=_overview(entries, reflections),
        reflections=tuple(reflections),
        warning_signs=warnings,
        role_split=_clean_role_split(role_split, letters) if role_split else None,
        wellbeing=tuple(
            _within(shared, data.period_start, data.period_end)
            for shared in data.wellbeing
            if shared.weeks
        ),
        previous_session_date=previous_date,
        agreements=_agreements(data, names, letters),
    )


def _first_names_only(text: str, members: Sequence[Member]) -> str:
    """``text`` with each member's full display name (as typed there, any case) replaced
    by the first name: a journal named "Jari Virtanen ja Sanna Mäki" prints "Jari ja
    Sanna". Inflected surnames ("Virtasen") are not recognised."""
    names = first_names(members)
    for member in sorted(members, key=lambda m: len(m.display_name), reverse=True):
        full = fold(member.display_name).text.strip()
        if " " not in full:
            continue
        text = re.sub(re.escape(full), names[member.member_id], fold(text).text, flags=re.I)
    return text


def _overview(entries: Sequence[Debrief], reflections: Sequence[SharedReflection]) -> Overview:
    """The counts of the period as they may be printed (``core.disclosure``)."""
    together = sum(1 for e in entries if e.presence is Presence.BOTH)
    presence = [Row(PRESENCE_TOGETHER, together), Row(PRESENCE_ALONE, len(entries) - together)]
    # A shared reflection prints its visit type: the reader can count those.
    seen = Counter(r.visit_type for r in reflections)
    visits = [
        Row(row.label, row.count, seen[row.label])
        for row in _count_rows(
            Counter(e.visit_type.value for e in entries), (v.value for v in VisitType)
        )
    ]
    total, (printed_presence, printed_visits) = protect(len(entries), (presence, visits))
    return Overview(
        debriefs=total,
        presence=printed_presence,
        visit_types=printed_visits,
        themes=_count_rows(
            Counter(t.value for e in entries for t in e.themes), (t.value for t in Theme)
        ),
    )


def _within(shared: SharedWellbeing, start: date, end: date) -> SharedWellbeing:
    """A shared trend cut to the weeks that lie mostly (4 of 7 days) inside the period;
    the trend word is then worked out again for them. With fewer than 3 such weeks the
    share is ``outside``."""
    half = timedelta(days=3)
    weeks = tuple(w for w in shared.weeks if start - half <= w.week_start <= end - half)
    name = shared.member_name
    if len(weeks) < MIN_SHARED_WEEKS:
        return SharedWellbeing(
            name, shared.period_start, shared.period_end, (), shared.trend,
            shared.period_start, shared.period_end, outside=True,
        )  # fmt: skip
    whole = start <= shared.period_start and shared.period_end <= end
    if whole and len(weeks) == len(shared.weeks):
        return replace(shared, shared_from=shared.period_start, shared_to=shared.period_end)
    return SharedWellbeing(
        name,
        max(start, shared.period_start),
        min(end, shared.period_end),
        weeks,
        trend_word([w.stress for w in weeks]),
        shared.period_start,
        shared.period_end,
    )


def _agreements(
    data: SummaryInput, names: dict[str, str], letters: _Letters
) -> tuple[SummaryAgreement, ...]:
    """The previous session's agreements whatever their status, then every earlier
    agreement that is still open or in progress, each with the day it was made.

    The same agreement written down again in a later session (same text, case and
    spacing aside) is one agreement: its latest record tells how it stands, and it
    keeps the day it was first made.
    """
    sessions = {s.session_id: s for s in data.earlier_sessions}
    if data.previous_session is not None:
        sessions[data.previous_session.session_id] = data.previous_session
    previous_id = data.previous_session.session_id if data.previous_session else None
    latest: dict[str, SummaryAgreement] = {}
    first_made: dict[str, date] = {}
    for session in sorted(sessions.values(), key=lambda s: (s.held_on, s.session_id)):
        for number, agreement in enumerate(session.agreements, start=1):
            key = same_topic_key(fold(agreement.text).text)
            first_made.setdefault(key, session.held_on)
            latest[key] = SummaryAgreement(
                letters.clean(agreement.text),
                _person(names, agreement.owner),
                agreement.status,
                session.held_on,
                session.session_id,
                number,
            )
    carried: list[SummaryAgreement] = []
    for key, reported in latest.items():
        still_open = reported.status in (AgreementStatus.OPEN, AgreementStatus.IN_PROGRESS)
        if reported.session_id == previous_id or still_open:
            carried.append(replace(reported, made_on=first_made[key]))
    carried.sort(key=lambda a: (a.made_on or date.min, a.session_id, a.number))
    return tuple(carried)


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


def _clean_role_split(section: RoleSplitSection, letters: _Letters) -> RoleSplitSection:
    """The role split's task titles in NFC, with any client code in them re-lettered."""
    return replace(
        section,
        groups=tuple(
            LeadGroup(g.lead, tuple(letters.clean(t) for t in g.titles)) for g in section.groups
        ),
        added=tuple(letters.clean(t) for t in section.added),
        removed=tuple(letters.clean(t) for t in section.removed),
        moved=tuple(replace(m, title=letters.clean(m.title)) for m in section.moved),
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
    """Where a text comes from: the GUI and CLI word it, and the GUI opens it to fix it.

    A debrief is ``entry_id`` (with its ``visit_date``); an agenda item or an agreement
    is item ``number`` (1-based) of session ``session_id``, held on ``session_date``.
    """

    kind: PlaceKind
    field: PlaceField
    number: int = 0
    entry_id: str | None = None
    visit_date: date | None = None
    session_id: str | None = None
    session_date: date | None = None


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
        if topic.session_id is not None:  # the agenda holds its own copy of the text
            place = Place(
                PlaceKind.AGENDA,
                PlaceField.TOPIC,
                number,
                topic.entry_id,
                session_id=topic.session_id,
                session_date=summary.session_date,
            )
        else:
            place = Place(PlaceKind.DEBRIEF, PlaceField.TOPIC, number, topic.entry_id,
                          topic.visit_date)  # fmt: skip
        texts.append((place, topic.text))
    for reflection in summary.reflections:
        for field in _REFLECTION_FIELDS:
            place = Place(PlaceKind.DEBRIEF, field, 0, reflection.entry_id, reflection.visit_date)
            texts.append((place, str(getattr(reflection, field.value))))
    for agreement in summary.agreements:
        place = Place(
            PlaceKind.AGREEMENT,
            PlaceField.AGREEMENT,
            agreement.number,
            session_id=agreement.session_id or None,
            session_date=agreement.made_on,
        )
        texts.append((place, agreement.text))
    if summary.role_split is not None:
        section = summary.role_split
        titles = [t for g in section.groups for t in g.titles]
        titles += [*section.added, *section.removed, *(m.title for m in section.moved)]
        for title in dict.fromkeys(titles):
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
    for place, raw in summary_texts(summary):
        text = fold(raw).text  # the positions of findings are in the NFC text
        for finding in scan(text):
            findings.append(
                GateFinding(finding.kind, place, _excerpt(text, finding.start, finding.end))
            )
    return GateResult(tuple(findings))
