"""Work supervision sessions (työnohjauskerrat): date, supervisor, agenda and agreements.

The agenda of a session is built from the supervision topics the pair raised in shared
debriefs since the previous session; the pair reorders, adds and drops items. The
agreements made in a session are reported, with their status, in the next summary.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from tyoparipaivakirja.core.debriefs import TOGETHER, SharingLevel, SupervisionTag, SupervisionTopic
from tyoparipaivakirja.core.errors import ValidationError, ValidationField, ValidationReason

MAX_SUPERVISOR_LENGTH = 120
MAX_ITEM_LENGTH = 500
MAX_ITEMS = 100


class AgreementStatus(StrEnum):
    """Where an agreement made in supervision stands now."""

    OPEN = "avoin"
    IN_PROGRESS = "kesken"
    DONE = "tehty"
    DROPPED = "luovuttu"


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """One thing to talk about in a session; ``entry_id`` is the debrief it came from.
    ``item_id`` is None until the item is saved (``core.ids``)."""

    text: str
    tags: tuple[SupervisionTag, ...] = ()
    raised_by: str = TOGETHER  # a member id or TOGETHER
    entry_id: str | None = None
    item_id: str | None = None


@dataclass(frozen=True, slots=True)
class Agreement:
    """Something agreed in a session: who sees to it and how it stands."""

    text: str
    owner: str = TOGETHER  # a member id or TOGETHER
    status: AgreementStatus = AgreementStatus.OPEN
    agreement_id: str | None = None  # None until saved (core.ids)


@dataclass(frozen=True, slots=True)
class SupervisionSession:
    session_id: str
    held_on: date
    supervisor: str
    agenda: tuple[AgendaItem, ...] = ()
    agreements: tuple[Agreement, ...] = ()


def _clean_line(value: str, limit: int, field: ValidationField, *, required: bool) -> str:
    cleaned = " ".join(value.split())
    if required and not cleaned:
        raise ValidationError(field, ValidationReason.REQUIRED)
    if len(cleaned) > limit:
        raise ValidationError(field, ValidationReason.TOO_LONG)
    return cleaned


def clean_supervisor(name: str) -> str:
    """The supervisor's name on one line (optional)."""
    return _clean_line(
        name, MAX_SUPERVISOR_LENGTH, ValidationField.SUPERVISION_SESSION, required=False
    )


def clean_agenda(items: tuple[AgendaItem, ...] | list[AgendaItem]) -> tuple[AgendaItem, ...]:
    """Agenda items with their text on one line; an empty item is refused."""
    if len(items) > MAX_ITEMS:
        raise ValidationError(ValidationField.AGENDA_ITEM, ValidationReason.TOO_LONG)
    return tuple(
        AgendaItem(
            _clean_line(item.text, MAX_ITEM_LENGTH, ValidationField.AGENDA_ITEM, required=True),
            item.tags,
            item.raised_by,
            item.entry_id,
            item.item_id,
        )
        for item in items
    )


def clean_agreements(
    agreements: tuple[Agreement, ...] | list[Agreement],
) -> tuple[Agreement, ...]:
    if len(agreements) > MAX_ITEMS:
        raise ValidationError(ValidationField.AGREEMENT, ValidationReason.TOO_LONG)
    return tuple(
        Agreement(
            _clean_line(item.text, MAX_ITEM_LENGTH, ValidationField.AGREEMENT, required=True),
            item.owner,
            item.status,
            item.agreement_id,
        )
        for item in agreements
    )


def previous_session(
    sessions: list[SupervisionSession] | tuple[SupervisionSession, ...],
    before: date,
    *,
    exclude: str | None = None,
) -> SupervisionSession | None:
    """The latest session held before ``before`` (never the one being prepared)."""
    earlier = [s for s in sessions if s.held_on < before and s.session_id != exclude]
    return max(earlier, key=lambda s: (s.held_on, s.session_id)) if earlier else None


def same_topic_key(text: str) -> str:
    """Two topics with this same key are one topic (case and spacing aside)."""
    return " ".join(text.split()).casefold()


def since_previous(previous: SupervisionSession | None) -> date | None:
    """The first day "since the previous session": the day after it was held (its own
    day's topics were already its to discuss), or None when there was none before."""
    return previous.held_on + timedelta(days=1) if previous is not None else None


def new_topics(
    agenda: Iterable[AgendaItem],
    raised: Iterable[tuple[str, SharingLevel, SupervisionTopic]],
) -> list[AgendaItem]:
    """The topics raised in debriefs (``(entry_id, sharing, topic)``, in their order)
    that are shared for supervision and not on ``agenda`` yet: the same topic raised
    again is one agenda item. The one place the topic de-duplication is decided."""
    taken = {same_topic_key(item.text) for item in agenda}
    found: list[AgendaItem] = []
    for entry_id, sharing, topic in raised:
        key = same_topic_key(topic.text)
        if not sharing.topics_shared or key in taken:
            continue
        taken.add(key)
        found.append(AgendaItem(topic.text, topic.tags, topic.raised_by, entry_id))
    return found
