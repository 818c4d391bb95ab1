"""Roolijako: the pair's role split as versioned revisions, and the rules around them.

Each responsibility has a lead (ammattilainen, kokemusasiantuntija or yhteinen). A
revision holds the responsibilities, the frame of the pair, the reason for the change
and the next review date. A draft is edited freely; once proposed, every member
accepts it as a deliberate act, and then it is in force from its effective date and
never changes again: a change is always a new revision.

Everything here is pure: the storage layer keeps revisions, the screens show them,
and both lean on these rules (validation, diff, the revision in force on a date, the
next review date, the review reminder and the timeline of how roles moved).
"""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Protocol

from tyoparipaivakirja.core.dates import add_months
from tyoparipaivakirja.core.errors import ValidationError, ValidationField, ValidationReason
from tyoparipaivakirja.core.members import Role, clean_text
from tyoparipaivakirja.core.role_items import default_items_for

MAX_ITEMS = 60
MAX_TITLE_LENGTH = 120
MAX_NOTE_LENGTH = 300
MAX_REASON_TEXT_LENGTH = 2000
MAX_FRAME_TEXT_LENGTH = 120
MAX_REVIEW_NOTE_LENGTH = 1000
MAX_SUPERVISION_WEEKS = 52
REVIEW_MONTHS_FIRST_YEAR = 3
REVIEW_MONTHS_LATER = 6
FIRST_YEAR_MONTHS = 12
WEEKDAYS = range(7)  # Monday = 0, as Finnish weeks start on Monday


class Lead(StrEnum):
    """Who leads a responsibility (stored by these values)."""

    PROFESSIONAL = "ammattilainen"
    EXPERT_BY_EXPERIENCE = "kokemusasiantuntija"
    SHARED = "yhteinen"


class RevisionStatus(StrEnum):
    """Where a revision stands: edited freely, waiting for acceptances, or in force."""

    DRAFT = "draft"
    PROPOSED = "proposed"
    ACCEPTED = "accepted"


class ReasonCategory(StrEnum):
    """Why the role split changed (domain.md §3)."""

    TRUST_GREW = "luottamus_kasvanut"
    TRAINING_COMPLETED = "koulutus_valmistunut"
    WORKING_TIME_CHANGED = "tyoaika_muuttunut"
    STRAIN = "kuormitus"
    CLIENTELE = "asiakaskunta"
    ORGANISATION = "organisaatio"
    AGREED_IN_SUPERVISION = "sovittu_tyonohjauksessa"
    OTHER = "muu"


class WorkingTime(StrEnum):
    FULL_TIME = "kokoaikainen"
    PART_TIME = "osa-aikainen"


class Training(StrEnum):
    """Training under way for the kokemusasiantuntija."""

    NONE = "ei"
    APPRENTICESHIP = "oppisopimus"
    DEGREE_STUDIES = "tutkinto-opinnot"
    KA_TRAINING = "kokemusasiantuntijakoulutus"
    OTHER = "muu"


@dataclass(frozen=True, slots=True)
class Frame:
    """The frame of the pair's work: what the role split rests on.

    ``None`` in a yes/no field means "not agreed yet". ``ka_started_on`` (when the
    kokemusasiantuntija started in the field) decides the review interval.
    """

    ka_working_time: WorkingTime = WorkingTime.FULL_TIME
    professional_working_time: WorkingTime = WorkingTime.FULL_TIME
    shared_weekdays: frozenset[int] = frozenset(range(5))
    same_town: bool | None = None
    shared_office: bool | None = None
    line_manager: str = ""
    professional_guides: bool = False
    ka_support: str = ""
    supervision_every_weeks: int | None = None
    training: Training = Training.NONE
    training_note: str = ""
    ka_started_on: date | None = None


class FrameField(StrEnum):
    """The fields of ``Frame``, by name, for listing frame changes."""

    KA_WORKING_TIME = "ka_working_time"
    PROFESSIONAL_WORKING_TIME = "professional_working_time"
    SHARED_WEEKDAYS = "shared_weekdays"
    SAME_TOWN = "same_town"
    SHARED_OFFICE = "shared_office"
    LINE_MANAGER = "line_manager"
    PROFESSIONAL_GUIDES = "professional_guides"
    KA_SUPPORT = "ka_support"
    SUPERVISION_EVERY_WEEKS = "supervision_every_weeks"
    TRAINING = "training"
    TRAINING_NOTE = "training_note"
    KA_STARTED_ON = "ka_started_on"


type FrameValue = WorkingTime | Training | frozenset[int] | bool | int | str | date | None


@dataclass(frozen=True, slots=True)
class Responsibility:
    """One task of the role split. ``item_id`` stays the same across revisions, so a
    renamed or moved task is recognised as the same task. Its position is its place
    in the revision's ``items``."""

    item_id: str
    title: str
    lead: Lead
    note: str = ""


@dataclass(frozen=True, slots=True)
class RevisionContent:
    """What a draft's editor changes: everything of a revision but its bookkeeping."""

    items: tuple[Responsibility, ...]
    frame: Frame
    effective_from: date
    next_review_on: date | None = None
    reason: ReasonCategory | None = None
    reason_text: str = ""
    discussed_in_supervision: bool = False


@dataclass(frozen=True, slots=True)
class Acceptance:
    """A member's deliberate acceptance of a proposed revision."""

    member_id: str
    accepted_at: datetime


@dataclass(frozen=True, slots=True)
class Revision:
    """One version of the role split with its whole story."""

    revision_id: str
    version: int
    status: RevisionStatus
    items: tuple[Responsibility, ...]
    frame: Frame
    effective_from: date
    next_review_on: date | None
    reason: ReasonCategory | None
    reason_text: str
    discussed_in_supervision: bool
    created_at: datetime
    proposed_by: str | None = None
    proposed_at: datetime | None = None
    acceptances: tuple[Acceptance, ...] = ()
    accepted_at: datetime | None = None

    @property
    def content(self) -> RevisionContent:
        return RevisionContent(
            items=self.items,
            frame=self.frame,
            effective_from=self.effective_from,
            next_review_on=self.next_review_on,
            reason=self.reason,
            reason_text=self.reason_text,
            discussed_in_supervision=self.discussed_in_supervision,
        )

    @property
    def is_open(self) -> bool:
        """A draft or a proposal: not yet in force."""
        return self.status is not RevisionStatus.ACCEPTED

    def accepted_by(self, member_id: str) -> Acceptance | None:
        for acceptance in self.acceptances:
            if acceptance.member_id == member_id:
                return acceptance
        return None

    def items_led_by(self, lead: Lead) -> tuple[Responsibility, ...]:
        return tuple(item for item in self.items if item.lead is lead)


@dataclass(frozen=True, slots=True)
class ReviewRecord:
    """The pair looked at the role split in force and kept it as it is."""

    review_id: str
    version: int
    reviewed_on: date
    next_review_on: date
    discussed_in_supervision: bool
    note: str
    recorded_by: str
    recorded_at: datetime


# --- defaults ------------------------------------------------------------------

_DEFAULTS: tuple[tuple[str, Lead], ...] = (
    ("Työn koordinointi ja ohjaaminen", Lead.PROFESSIONAL),
    ("Sidosryhmäyhteistyö", Lead.PROFESSIONAL),
    ("Palvelujärjestelmän kanssa toimiminen", Lead.PROFESSIONAL),
    ("Asiakkaan tilanteen ja tuen tarpeen kartoittaminen", Lead.PROFESSIONAL),
    ("Asiakkaan asioiden saattaminen yhteistyöverkoston tietoon", Lead.PROFESSIONAL),
    ("Yhteistyötahojen kontaktointi ja kirjallisten dokumenttien tuottaminen", Lead.PROFESSIONAL),
    ("Ohjaava vastuu työparista (jos niin on sovittu)", Lead.PROFESSIONAL),
    ("Vertaistuellinen ja motivoiva asiakastyö", Lead.EXPERT_BY_EXPERIENCE),
    ("Ongelman puheeksi ottaminen asiakaslähtöisesti", Lead.EXPERT_BY_EXPERIENCE),
    ("”Tulkkina” toimiminen ammattilaisen ja asiakkaan välillä", Lead.EXPERT_BY_EXPERIENCE),
    ("Hälytysmerkkien tunnistaminen asiakkaan elämäntilanteessa", Lead.EXPERT_BY_EXPERIENCE),
    ("Jäänmurtajana toimiminen ensitapaamisissa", Lead.EXPERT_BY_EXPERIENCE),
    ("Sillanrakentajana toimiminen viranomaisasioinnissa", Lead.EXPERT_BY_EXPERIENCE),
    ("Asiakkaan tilanteen realistinen arviointi", Lead.EXPERT_BY_EXPERIENCE),
    ("Vaikuttamistyö (puheenvuorot, seminaarit)", Lead.EXPERT_BY_EXPERIENCE),
    ("Vertaisryhmät", Lead.EXPERT_BY_EXPERIENCE),
    ("Ensitapaaminen", Lead.SHARED),
    ("Työparin yhteiset purut", Lead.SHARED),
    ("Kehittämistyö", Lead.SHARED),
    ("Läheistyö", Lead.SHARED),
    ("Verkostotyö", Lead.SHARED),
)
NETWORK_WORK_TITLE = "Verkostotyö"


def new_item_id() -> str:
    """A random id for a new responsibility (it reveals nothing)."""
    return uuid.uuid4().hex


def new_responsibility(title: str, lead: Lead, note: str = "") -> Responsibility:
    return Responsibility(new_item_id(), title, lead, note)


def debrief_items_for(role: Role, in_force: Sequence[Responsibility]) -> tuple[str, ...]:
    """The "what did I do" choices of a member of ``role``: the tasks they lead in the role
    split in force, then the shared ones; the guide's defaults until a split is agreed."""
    if not in_force:
        return default_items_for(role)
    own = Lead(role.value)
    led = tuple(item.title for item in in_force if item.lead is own)
    return led + tuple(item.title for item in in_force if item.lead is Lead.SHARED)


def default_responsibilities() -> tuple[Responsibility, ...]:
    """The guide's default responsibilities, in Finnish, each with a fresh id."""
    return tuple(new_responsibility(title, lead) for title, lead in _DEFAULTS)


def default_content(effective_from: date, frame: Frame | None = None) -> RevisionContent:
    """A first draft: the default responsibilities and a proposed next review date."""
    chosen = frame or Frame()
    return RevisionContent(
        items=default_responsibilities(),
        frame=chosen,
        effective_from=effective_from,
        next_review_on=propose_next_review(effective_from, chosen.ka_started_on),
    )


# --- review dates ----------------------------------------------------------------


def ka_in_first_year(on: date, ka_started_on: date | None) -> bool:
    """True while the kokemusasiantuntija is in their first year in the field.

    Unknown counts as new: a pair that has not written the date down gets the
    shorter review interval rather than a review that comes too late.
    """
    if ka_started_on is None:
        return True
    return on < add_months(ka_started_on, FIRST_YEAR_MONTHS)


def review_interval_months(effective_from: date, ka_started_on: date | None) -> int:
    """3 months while the kokemusasiantuntija is new to the field, else 6."""
    if ka_in_first_year(effective_from, ka_started_on):
        return REVIEW_MONTHS_FIRST_YEAR
    return REVIEW_MONTHS_LATER


def propose_next_review(effective_from: date, ka_started_on: date | None) -> date:
    """The proposed next review date for a revision in force from ``effective_from``."""
    return add_months(effective_from, review_interval_months(effective_from, ka_started_on))


@dataclass(frozen=True, slots=True)
class ReviewState:
    """When the pair should next look at their role split, and whether that is now.

    ``due`` is true from the next review date on, until the pair reviews: a new
    accepted revision or a "reviewed, no changes" record moves the date on.
    """

    next_review_on: date | None
    due: bool
    last_reviewed_on: date | None


def review_state(
    revisions: Iterable[Revision], reviews: Iterable[ReviewRecord], today: date
) -> ReviewState:
    """The review state from the pair's most recent review act (an accepted revision
    or a "reviewed, no changes" record, whichever was recorded last)."""
    # (when recorded, revision 0 / review 1 so a review recorded in the same second as
    # the acceptance counts as the later act, the day of the act, the next review)
    acts: list[tuple[datetime, int, date, date | None]] = [
        (revision.accepted_at, 0, revision.accepted_at.date(), revision.next_review_on)
        for revision in revisions
        if revision.status is RevisionStatus.ACCEPTED and revision.accepted_at is not None
    ]
    acts += [
        (review.recorded_at, 1, review.reviewed_on, review.next_review_on) for review in reviews
    ]
    if not acts:
        return ReviewState(None, False, None)
    _recorded, _kind, reviewed_on, next_review_on = max(acts, key=lambda act: act[:2])
    due = next_review_on is not None and today >= next_review_on
    return ReviewState(next_review_on, due, reviewed_on)


# --- which revision is in force ------------------------------------------------------


def accepted_revisions(revisions: Iterable[Revision]) -> list[Revision]:
    """Accepted revisions in the order they came into force."""
    accepted = [r for r in revisions if r.status is RevisionStatus.ACCEPTED]
    return sorted(accepted, key=lambda r: (r.effective_from, r.version))


def in_force(revisions: Iterable[Revision], on: date) -> Revision | None:
    """The accepted revision in force on ``on``: the one with the latest effective date
    on or before that day (the higher version when two start the same day)."""
    candidates = [r for r in accepted_revisions(revisions) if r.effective_from <= on]
    return candidates[-1] if candidates else None


def latest_accepted(revisions: Iterable[Revision]) -> Revision | None:
    """The newest accepted revision, even if its effective date is still ahead."""
    accepted = accepted_revisions(revisions)
    return accepted[-1] if accepted else None


# --- validation --------------------------------------------------------------------


def _has_control_characters(value: str) -> bool:
    return any(unicodedata.category(ch) == "Cc" for ch in value)


def _clean_line(
    value: str, limit: int, field_name: ValidationField, index: int = -1, *, required: bool
) -> str:
    cleaned = clean_text(value)
    if required and not cleaned:
        raise ValidationError(field_name, ValidationReason.REQUIRED, index)
    if len(cleaned) > limit:
        raise ValidationError(field_name, ValidationReason.TOO_LONG, index)
    if _has_control_characters(cleaned):
        raise ValidationError(field_name, ValidationReason.CONTROL_CHARACTERS, index)
    return cleaned


def clean_long_text(value: str, limit: int, field_name: ValidationField) -> str:
    """Normalise free text of several lines: NFC, no surrounding white space."""
    cleaned = unicodedata.normalize("NFC", value).strip()
    if len(cleaned) > limit:
        raise ValidationError(field_name, ValidationReason.TOO_LONG)
    return cleaned


def _clean_items(items: Sequence[Responsibility]) -> tuple[Responsibility, ...]:
    if len(items) > MAX_ITEMS:
        raise ValidationError(ValidationField.ROLE_ITEMS, ValidationReason.TOO_LONG)
    cleaned: list[Responsibility] = []
    seen_titles: set[str] = set()
    seen_ids: set[str] = set()
    for index, item in enumerate(items):
        title = _clean_line(
            item.title, MAX_TITLE_LENGTH, ValidationField.ROLE_ITEM_TITLE, index, required=True
        )
        note = _clean_line(
            item.note, MAX_NOTE_LENGTH, ValidationField.ROLE_ITEM_NOTE, index, required=False
        )
        if title.casefold() in seen_titles:
            raise ValidationError(
                ValidationField.ROLE_ITEM_TITLE, ValidationReason.DUPLICATE, index
            )
        if not item.item_id or item.item_id in seen_ids:
            raise ValidationError(ValidationField.ROLE_ITEMS, ValidationReason.DUPLICATE, index)
        seen_titles.add(title.casefold())
        seen_ids.add(item.item_id)
        cleaned.append(Responsibility(item.item_id, title, Lead(item.lead), note))
    return tuple(cleaned)


def _clean_frame(frame: Frame) -> Frame:
    weeks = frame.supervision_every_weeks
    if weeks is not None and not 1 <= weeks <= MAX_SUPERVISION_WEEKS:
        raise ValidationError(
            ValidationField.ROLE_SUPERVISION_CADENCE, ValidationReason.OUT_OF_RANGE
        )
    if not frame.shared_weekdays <= frozenset(WEEKDAYS):
        raise ValidationError(ValidationField.ROLE_REVISION, ValidationReason.OUT_OF_RANGE)
    return replace(
        frame,
        line_manager=_clean_line(
            frame.line_manager,
            MAX_FRAME_TEXT_LENGTH,
            ValidationField.ROLE_LINE_MANAGER,
            required=False,
        ),
        ka_support=_clean_line(
            frame.ka_support, MAX_FRAME_TEXT_LENGTH, ValidationField.ROLE_KA_SUPPORT, required=False
        ),
        training_note=_clean_line(
            frame.training_note,
            MAX_FRAME_TEXT_LENGTH,
            ValidationField.ROLE_TRAINING_NOTE,
            required=False,
        ),
    )


def clean_content(content: RevisionContent) -> RevisionContent:
    """The content as it may be saved in a draft: texts tidied and within limits.

    A draft may still be incomplete; ``check_ready_to_propose`` says when it is not.
    """
    return replace(
        content,
        items=_clean_items(content.items),
        frame=_clean_frame(content.frame),
        reason_text=clean_long_text(
            content.reason_text, MAX_REASON_TEXT_LENGTH, ValidationField.ROLE_REASON_TEXT
        ),
    )


def check_ready_to_propose(
    content: RevisionContent, version: int, previous: Revision | None
) -> RevisionContent:
    """Return the cleaned content, or raise for the first thing a proposal still lacks.

    Every revision needs at least one responsibility and a next review date after the
    effective date. A change (any version after the first) needs a reason, and "muu"
    needs its reason written out. A revision cannot start before the one in force.
    """
    cleaned = clean_content(content)
    if not cleaned.items:
        raise ValidationError(ValidationField.ROLE_ITEMS, ValidationReason.REQUIRED)
    if previous is not None and cleaned.effective_from < previous.effective_from:
        raise ValidationError(ValidationField.ROLE_EFFECTIVE_DATE, ValidationReason.BEFORE_PREVIOUS)
    if cleaned.next_review_on is None:
        raise ValidationError(ValidationField.ROLE_NEXT_REVIEW, ValidationReason.REQUIRED)
    if cleaned.next_review_on <= cleaned.effective_from:
        raise ValidationError(
            ValidationField.ROLE_NEXT_REVIEW, ValidationReason.NOT_AFTER_EFFECTIVE
        )
    if version > 1 and cleaned.reason is None:
        raise ValidationError(ValidationField.ROLE_REASON, ValidationReason.REQUIRED)
    if cleaned.reason is ReasonCategory.OTHER and not cleaned.reason_text:
        raise ValidationError(ValidationField.ROLE_REASON_TEXT, ValidationReason.REQUIRED)
    return cleaned


# --- differences between two revisions ---------------------------------------------


class HasItemsAndFrame(Protocol):
    """A revision or a draft's content: anything with responsibilities and a frame."""

    @property
    def items(self) -> tuple[Responsibility, ...]: ...

    @property
    def frame(self) -> Frame: ...


@dataclass(frozen=True, slots=True)
class Rename:
    item_id: str
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class LeadMove:
    """A responsibility moved from one lead to another."""

    item_id: str
    title: str
    before: Lead
    after: Lead


@dataclass(frozen=True, slots=True)
class NoteChange:
    item_id: str
    title: str
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class FrameChange:
    field: FrameField
    before: FrameValue
    after: FrameValue


@dataclass(frozen=True, slots=True)
class RevisionDiff:
    """What changed from one revision to another. Titles are the newer ones."""

    added: tuple[Responsibility, ...] = ()
    removed: tuple[Responsibility, ...] = ()
    renamed: tuple[Rename, ...] = ()
    lead_moves: tuple[LeadMove, ...] = ()
    note_changes: tuple[NoteChange, ...] = ()
    frame_changes: tuple[FrameChange, ...] = ()
    order_changed: bool = False

    @property
    def is_empty(self) -> bool:
        return not (
            self.added
            or self.removed
            or self.renamed
            or self.lead_moves
            or self.note_changes
            or self.frame_changes
            or self.order_changed
        )


def diff_revisions(before: HasItemsAndFrame, after: HasItemsAndFrame) -> RevisionDiff:
    """The changes that turn ``before`` into ``after``; responsibilities are matched by
    their stable id, so a renamed task is a rename, not a removal and an addition."""
    old = {item.item_id: item for item in before.items}
    new = {item.item_id: item for item in after.items}
    common = [item.item_id for item in after.items if item.item_id in old]
    renamed = tuple(
        Rename(key, old[key].title, new[key].title)
        for key in common
        if old[key].title != new[key].title
    )
    moves = tuple(
        LeadMove(key, new[key].title, old[key].lead, new[key].lead)
        for key in common
        if old[key].lead is not new[key].lead
    )
    notes = tuple(
        NoteChange(key, new[key].title, old[key].note, new[key].note)
        for key in common
        if old[key].note != new[key].note
    )
    old_order = [item.item_id for item in before.items if item.item_id in new]
    return RevisionDiff(
        added=tuple(item for item in after.items if item.item_id not in old),
        removed=tuple(item for item in before.items if item.item_id not in new),
        renamed=renamed,
        lead_moves=moves,
        note_changes=notes,
        frame_changes=diff_frames(before.frame, after.frame),
        order_changed=old_order != common,
    )


def diff_frames(before: Frame, after: Frame) -> tuple[FrameChange, ...]:
    changes: list[FrameChange] = []
    for frame_field in fields(Frame):
        old_value: FrameValue = getattr(before, frame_field.name)
        new_value: FrameValue = getattr(after, frame_field.name)
        if old_value != new_value:
            changes.append(FrameChange(FrameField(frame_field.name), old_value, new_value))
    return tuple(changes)


# --- the timeline of how roles moved -----------------------------------------------


@dataclass(frozen=True, slots=True)
class TimelineStretch:
    """A time a responsibility kept one lead: from ``start`` up to (not including) ``end``."""

    start: date
    end: date
    lead: Lead


@dataclass(frozen=True, slots=True)
class TimelineRow:
    """One responsibility over time, under its newest title."""

    item_id: str
    title: str
    stretches: tuple[TimelineStretch, ...]

    def lead_on(self, day: date) -> Lead | None:
        for stretch in self.stretches:
            if stretch.start <= day < stretch.end:
                return stretch.lead
        return None


@dataclass(frozen=True, slots=True)
class RevisionMarker:
    version: int
    effective_from: date
    discussed_in_supervision: bool


@dataclass(frozen=True, slots=True)
class Timeline:
    """Rows of responsibilities between ``start`` and ``end``, with revision markers."""

    start: date
    end: date
    rows: tuple[TimelineRow, ...] = ()
    markers: tuple[RevisionMarker, ...] = field(default=())


def build_timeline(revisions: Iterable[Revision], until: date) -> Timeline | None:
    """How the roles moved through the accepted revisions, up to ``until``.

    Rows follow the newest revision's order; responsibilities that were removed come
    after, the most recently removed first. None when nothing has been accepted.
    """
    accepted = accepted_revisions(revisions)
    if not accepted:
        return None
    start = accepted[0].effective_from
    end = max(until, accepted[-1].effective_from) + timedelta(days=1)
    stretches: dict[str, list[TimelineStretch]] = {}
    titles: dict[str, str] = {}
    last_seen: dict[str, int] = {}
    for index, revision in enumerate(accepted):
        period_end = accepted[index + 1].effective_from if index + 1 < len(accepted) else end
        if period_end <= revision.effective_from:
            continue  # replaced on its first day by a later version
        for item in revision.items:
            titles[item.item_id] = item.title
            last_seen[item.item_id] = index
            row = stretches.setdefault(item.item_id, [])
            if row and row[-1].lead is item.lead and row[-1].end == revision.effective_from:
                row[-1] = TimelineStretch(row[-1].start, period_end, item.lead)
            else:
                row.append(TimelineStretch(revision.effective_from, period_end, item.lead))
    newest = [item.item_id for item in accepted[-1].items]
    current = set(newest)
    gone = sorted(
        (key for key in stretches if key not in current),
        key=lambda key: (-last_seen[key], stretches[key][0].start),
    )
    rows = tuple(
        TimelineRow(key, titles[key], tuple(stretches[key]))
        for key in [*newest, *gone]
        if key in stretches
    )
    markers = tuple(
        RevisionMarker(r.version, r.effective_from, r.discussed_in_supervision) for r in accepted
    )
    return Timeline(start, end, rows, markers)
