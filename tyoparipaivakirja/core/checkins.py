"""Strain check-ins (jaksaminen): what one check-in holds, how it is validated, when the
next one is due, and how check-ins fall into ISO weeks.

A check-in belongs to the person who made it and lives in their own personal area.
It is a dated set of answers (instrument, item, value), the "haluan puhua tästä"
choices and a private note. Several check-ins in one week are allowed; trends use the
latest of each week (``latest_per_week``). A check-in dated in the future is refused.

Pure: no Qt, no SQL, no files. ``today`` is always passed in, so rules are testable.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from tyoparipaivakirja.core.errors import ValidationError, ValidationField, ValidationReason
from tyoparipaivakirja.core.instruments import (
    ELO_STRESS,
    ELO_STRESS_ITEM,
    Audience,
    Cadence,
    Instrument,
    InstrumentSet,
    Item,
)

MAX_NOTE_LENGTH = 4000
DAYS_PER_WEEK = 7


class TalkChoice(StrEnum):
    """'Haluan puhua tästä' — with whom the person would like to talk (stored values)."""

    PARTNER = "tyopari"
    SUPERVISION = "tyonohjaus"
    MANAGER = "esihenkilo"
    OCCUPATIONAL_HEALTH = "tyoterveyshuolto"
    NOT_NOW = "en_nyt"


WANTS_TO_TALK = frozenset(set(TalkChoice) - {TalkChoice.NOT_NOW})


@dataclass(frozen=True, slots=True)
class Answer:
    """One answered item of one instrument."""

    instrument_id: str
    item_id: str
    value: int


@dataclass(frozen=True, slots=True)
class NewCheckIn:
    """A check-in as filled in (also used to correct a saved one)."""

    day: date
    answers: tuple[Answer, ...]
    talk: frozenset[TalkChoice] = frozenset()
    note: str = ""


@dataclass(frozen=True, slots=True)
class CheckIn:
    """A saved check-in. ``sequence`` is the order check-ins were saved in (a correction
    keeps it): it decides which of two check-ins on the same day is the later one."""

    checkin_id: str
    day: date
    answers: tuple[Answer, ...]
    talk: frozenset[TalkChoice]
    note: str
    created_at: str
    updated_at: str
    sequence: int

    def value(self, instrument_id: str, item_id: str) -> int | None:
        for answer in self.answers:
            if answer.instrument_id == instrument_id and answer.item_id == item_id:
                return answer.value
        return None

    def values_of(self, instrument_id: str) -> dict[str, int]:
        return {a.item_id: a.value for a in self.answers if a.instrument_id == instrument_id}

    def has_instrument(self, instrument_id: str) -> bool:
        return any(answer.instrument_id == instrument_id for answer in self.answers)

    @property
    def wants_to_talk(self) -> frozenset[TalkChoice]:
        return self.talk & WANTS_TO_TALK


def item_key(instrument_id: str, item_id: str) -> str:
    """The key that names one item of one instrument in settings."""
    return f"{instrument_id}/{item_id}"


@dataclass(frozen=True, slots=True)
class CheckInSettings:
    """The person's own choices about their check-ins (kept in their own area).

    ``guiding_role``: the person is a professional with a guiding responsibility, so
    items for that audience (ohjausvastuu) are asked. ``enabled_items``: items that are
    off by default (arki ja toipuminen) which the person switched on, as ``item_key``
    values. ``optional_instruments``: opt-in instruments (WHO-5) switched on.
    ``r5_enabled``: the proposal rule R5 may nudge.
    """

    guiding_role: bool = False
    enabled_items: frozenset[str] = field(default_factory=frozenset)
    optional_instruments: frozenset[str] = field(default_factory=frozenset)
    r5_enabled: bool = True


# --- validation ---------------------------------------------------------------------


def clean_note(note: str) -> str:
    """Normalise a private note (NFC, no trailing white space) or refuse an overlong one."""
    cleaned = unicodedata.normalize("NFC", note).strip()
    if len(cleaned) > MAX_NOTE_LENGTH:
        raise ValidationError(ValidationField.CHECKIN_NOTE, ValidationReason.TOO_LONG)
    return cleaned


def validate_checkin(new: NewCheckIn, instruments: InstrumentSet, today: date) -> NewCheckIn:
    """Return the cleaned check-in or raise ``ValidationError`` for the first problem.

    The day may not be in the future; every answer must name an installed item and lie
    on its scale; an item is answered at most once; the Elo stress item is required,
    since the weekly trend is built on it; "en nyt" cannot go with another choice.
    """
    if new.day > today:
        raise ValidationError(ValidationField.CHECKIN_DAY, ValidationReason.IN_FUTURE)
    seen: set[tuple[str, str]] = set()
    for answer in new.answers:
        check_answer(answer, instruments)
        key = (answer.instrument_id, answer.item_id)
        if key in seen:
            raise ValidationError(ValidationField.CHECKIN_ANSWER, ValidationReason.DUPLICATE)
        seen.add(key)
    if (ELO_STRESS, ELO_STRESS_ITEM) not in seen:
        raise ValidationError(ValidationField.CHECKIN_ANSWER, ValidationReason.REQUIRED)
    talk = frozenset(TalkChoice(choice) for choice in new.talk)
    if TalkChoice.NOT_NOW in talk and len(talk) > 1:
        talk = frozenset({TalkChoice.NOT_NOW})
    return NewCheckIn(new.day, tuple(new.answers), talk, clean_note(new.note))


def check_answer(answer: Answer, instruments: InstrumentSet) -> None:
    """One answer names an installed item and lies on its scale, else ``ValidationError``."""
    instrument = instruments.get(answer.instrument_id)
    item = _find_item(instrument, answer.item_id)
    if instrument is None or item is None:
        raise ValidationError(ValidationField.CHECKIN_ANSWER, ValidationReason.UNKNOWN_ITEM)
    if answer.value not in item.scale.values:
        raise ValidationError(ValidationField.CHECKIN_ANSWER, ValidationReason.OUT_OF_RANGE)


def _find_item(instrument: Instrument | None, item_id: str) -> Item | None:
    if instrument is None:
        return None
    for item in instrument.items:
        if item.item_id == item_id:
            return item
    return None


# --- which items a person is asked ----------------------------------------------------


def item_enabled(instrument: Instrument, item: Item, settings: CheckInSettings) -> bool:
    """Whether the form asks ``item``, given the person's own settings."""
    if item.audience is Audience.GUIDING_PROFESSIONAL and not settings.guiding_role:
        return False
    if item.default_enabled:
        return True
    return item_key(instrument.instrument_id, item.item_id) in settings.enabled_items


def instrument_enabled(instrument: Instrument, settings: CheckInSettings, language: str) -> bool:
    """An instrument is asked when it has a wording in ``language`` and, if opt-in,
    the person has switched it on."""
    if not instrument.offered_in(language):
        return False
    return not instrument.optional or instrument.instrument_id in settings.optional_instruments


# --- weeks and due dates ----------------------------------------------------------------


def week_start(day: date) -> date:
    """The Monday of ``day``'s ISO week (weeks start on Monday in Finland)."""
    return day - timedelta(days=day.weekday())


def iso_week_label(day: date) -> tuple[int, int]:
    """(ISO year, ISO week number) of ``day``."""
    year, week, _weekday = day.isocalendar()
    return year, week


def _order_key(checkin: CheckIn) -> tuple[date, int]:
    return checkin.day, checkin.sequence


def sort_checkins(checkins: Iterable[CheckIn]) -> list[CheckIn]:
    """Oldest first; same-day check-ins in the order they were made."""
    return sorted(checkins, key=_order_key)


@dataclass(frozen=True, slots=True)
class WeekValue:
    """The value that stands for one ISO week: the latest check-in's answer that week."""

    week: date  # Monday
    day: date
    value: int


def latest_per_week(
    checkins: Iterable[CheckIn], instrument_id: str, item_id: str
) -> list[WeekValue]:
    """One value per ISO week that has an answer to the item: the latest one that week.

    "Latest" is by the check-in's day, then by when it was saved. Weeks without an
    answer are simply absent (no value is invented for them).
    """
    by_week: dict[date, WeekValue] = {}
    for checkin in sort_checkins(checkins):
        value = checkin.value(instrument_id, item_id)
        if value is None:
            continue
        monday = week_start(checkin.day)
        by_week[monday] = WeekValue(monday, checkin.day, value)  # later ones overwrite
    return [by_week[monday] for monday in sorted(by_week)]


def _has_instrument_since(checkins: Iterable[CheckIn], instrument_id: str, since: date) -> bool:
    return any(c.day >= since and c.has_instrument(instrument_id) for c in checkins)


def is_due(instrument: Instrument, checkins: Sequence[CheckIn], today: date) -> bool:
    """Whether ``instrument`` is due today.

    Weekly: no answer yet in this ISO week. Every two weeks: none in the last 14 days.
    Monthly: none yet in this calendar month.
    """
    if instrument.cadence is Cadence.WEEKLY:
        since = week_start(today)
    elif instrument.cadence is Cadence.EVERY_TWO_WEEKS:
        since = today - timedelta(days=13)
    else:
        since = today.replace(day=1)
    return not _has_instrument_since(checkins, instrument.instrument_id, since)


def weekly_checkin_due(checkins: Sequence[CheckIn], today: date) -> bool:
    """The weekly check-in is due when no Elo stress answer was given this ISO week."""
    since = week_start(today)
    return not any(
        c.day >= since and c.value(ELO_STRESS, ELO_STRESS_ITEM) is not None for c in checkins
    )


def answers_from(values: Mapping[tuple[str, str], int]) -> tuple[Answer, ...]:
    """Answers from a mapping of (instrument, item) → value, in a stable order."""
    return tuple(Answer(inst, item, value) for (inst, item), value in sorted(values.items()))
