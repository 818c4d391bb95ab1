"""Well-being instruments as data: items, scales, wording per language, thresholds.

An instrument definition is a JSON document (``resources/instruments/*.json``, read by
``storage.instrument_files``) that conforms to ``resources/instruments/schema.json``.
``parse_instrument`` turns an already schema-checked document into the dataclasses
below and makes the checks a schema cannot express: unique ids, labels inside the
scale, thresholds that name real items, and a complete wording in every language
the instrument is offered in.

Wording status per language (``Wording``): ``original`` is the wording the instrument
was made or validated in; ``official_translation`` a translation published by its
authors; ``descriptive_translation`` our own description, shown with a note saying
so; ``missing`` means the instrument is not offered in that language at all. A
validated instrument is never given a translation of our own as if it were official.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from tyoparipaivakirja.core.errors import InstrumentInvalid

LANGUAGES = ("fi", "en")
FALLBACK_LANGUAGE = "fi"

# The instruments the nudge rules and the shared trend know by name.
ELO_STRESS = "elo_stress"
ELO_STRESS_ITEM = "stress"
WORK_STRAIN = "work_strain"
PAST_CLOSE_ITEM = "past_close"
BOUNDARIES_ITEM = "boundaries"
PARTNER_SUPPORT_ITEM = "partner_support"
RECOVERY_ITEM = "recovery_stability"
GUIDANCE_ITEM = "guidance_load"
BURNOUT = "single_item_burnout"
BURNOUT_ITEM = "burnout"
WHO5 = "who5"


class Wording(StrEnum):
    """How an instrument's text in one language relates to the validated wording."""

    ORIGINAL = "original"
    OFFICIAL_TRANSLATION = "official_translation"
    DESCRIPTIVE_TRANSLATION = "descriptive_translation"
    MISSING = "missing"


class Cadence(StrEnum):
    """How often an instrument is asked."""

    WEEKLY = "weekly"
    EVERY_TWO_WEEKS = "every_two_weeks"
    MONTHLY = "monthly"


class Audience(StrEnum):
    """Who is asked an item."""

    EVERYONE = "everyone"
    GUIDING_PROFESSIONAL = "guiding_professional"


class ScoringMethod(StrEnum):
    """How an instrument's score is made from its items."""

    SINGLE_ITEM = "single_item"  # the one item's value is the score
    ITEMS = "items"  # each item stands on its own; no total
    SUM = "sum"  # the raw score is the sum of all items


@dataclass(frozen=True, slots=True)
class LocalText:
    """One text in several languages (language code → text)."""

    texts: Mapping[str, str]

    def get(self, language: str) -> str:
        """The text in ``language``; Finnish, then any language, when it is missing."""
        return (
            self.texts.get(language)
            or self.texts.get(FALLBACK_LANGUAGE)
            or next(iter(self.texts.values()), "")
        )

    def has(self, language: str) -> bool:
        return bool(self.texts.get(language))


@dataclass(frozen=True, slots=True)
class ScaleLabel:
    value: int
    text: LocalText


@dataclass(frozen=True, slots=True)
class Scale:
    """Whole-number answers from ``minimum`` to ``maximum``; some or all values labelled.

    ``row`` lays the values out side by side (a 0–10 scale), otherwise one per line.
    """

    minimum: int
    maximum: int
    labels: tuple[ScaleLabel, ...]
    row: bool

    @property
    def values(self) -> range:
        return range(self.minimum, self.maximum + 1)

    def label(self, value: int) -> LocalText | None:
        for entry in self.labels:
            if entry.value == value:
                return entry.text
        return None


@dataclass(frozen=True, slots=True)
class Item:
    """One question of an instrument.

    ``default_enabled`` False means the person must switch the item on in their own
    settings; ``never_shared`` items are left out of everything a person can share.
    """

    item_id: str
    text: LocalText
    short: LocalText
    scale: Scale
    default_enabled: bool
    never_shared: bool
    audience: Audience


@dataclass(frozen=True, slots=True)
class Threshold:
    """A named cut-off of a score (or of one item's value, when ``item_id`` is set).

    Exactly one comparison is set: ``at_least`` (score ≥ n), ``at_most`` (score ≤ n),
    ``below`` (score < n) or ``percent_fall_at_least`` (percentage score fallen by at
    least n points from the person's own baseline).
    """

    threshold_id: str
    item_id: str | None
    meaning: LocalText
    at_least: float | None = None
    at_most: float | None = None
    below: float | None = None
    percent_fall_at_least: float | None = None

    @property
    def value(self) -> float:
        for candidate in (self.at_least, self.at_most, self.below, self.percent_fall_at_least):
            if candidate is not None:
                return candidate
        raise AssertionError("a threshold always has one comparison")  # pragma: no cover


@dataclass(frozen=True, slots=True)
class Instrument:
    """A parsed instrument definition."""

    instrument_id: str
    name: LocalText
    validated: bool
    cadence: Cadence
    optional: bool
    wording: Mapping[str, Wording]
    instructions: LocalText | None
    attribution: LocalText
    sources: tuple[str, ...]
    note: LocalText | None
    items: tuple[Item, ...]
    scoring: ScoringMethod
    percent_multiplier: int
    thresholds: tuple[Threshold, ...]

    def offered_in(self, language: str) -> bool:
        """True when the instrument has a wording that may be shown in ``language``."""
        return self.wording.get(language, Wording.MISSING) is not Wording.MISSING

    @property
    def original_language(self) -> str:
        for language, status in self.wording.items():
            if status is Wording.ORIGINAL:
                return language
        return FALLBACK_LANGUAGE

    def item(self, item_id: str) -> Item:
        for candidate in self.items:
            if candidate.item_id == item_id:
                return candidate
        raise KeyError(item_id)

    def threshold(self, threshold_id: str) -> Threshold | None:
        for candidate in self.thresholds:
            if candidate.threshold_id == threshold_id:
                return candidate
        return None

    def raw_score(self, values: Mapping[str, int]) -> int | None:
        """The raw score from item values; None while any needed item is unanswered."""
        if self.scoring is ScoringMethod.ITEMS:
            return None
        needed = [item.item_id for item in self.items]
        if any(item_id not in values for item_id in needed):
            return None
        return sum(values[item_id] for item_id in needed)

    def percent_score(self, raw: int) -> int:
        return raw * self.percent_multiplier


@dataclass(frozen=True, slots=True)
class InstrumentSet:
    """Every loaded instrument, in a stable order."""

    instruments: tuple[Instrument, ...]

    def get(self, instrument_id: str) -> Instrument | None:
        for candidate in self.instruments:
            if candidate.instrument_id == instrument_id:
                return candidate
        return None

    def require(self, instrument_id: str) -> Instrument:
        found = self.get(instrument_id)
        if found is None:
            raise InstrumentInvalid(f"instrument {instrument_id} is not installed")
        return found

    def __iter__(self) -> Iterator[Instrument]:
        return iter(self.instruments)


# --- parsing -----------------------------------------------------------------------


def _text(raw: Any) -> LocalText:
    return LocalText({str(key): str(value) for key, value in dict(raw).items()})


def _optional_text(raw: Any) -> LocalText | None:
    return None if raw is None else _text(raw)


def _scale(raw: Mapping[str, Any], where: str) -> Scale:
    minimum, maximum = int(raw["min"]), int(raw["max"])
    if minimum >= maximum:
        raise InstrumentInvalid(f"{where}: scale min must be below max")
    labels = tuple(ScaleLabel(int(entry["value"]), _text(entry["text"])) for entry in raw["labels"])
    values = [label.value for label in labels]
    if len(set(values)) != len(values):
        raise InstrumentInvalid(f"{where}: a scale value is labelled twice")
    if any(not minimum <= value <= maximum for value in values):
        raise InstrumentInvalid(f"{where}: a label is outside the scale")
    return Scale(minimum, maximum, labels, bool(raw.get("layout") == "row"))


def _threshold(raw: Mapping[str, Any], where: str) -> Threshold:
    comparisons = {
        key: float(raw[key])
        for key in ("score_at_least", "score_at_most", "score_below", "percent_fall_at_least")
        if key in raw
    }
    if len(comparisons) != 1:
        raise InstrumentInvalid(f"{where}: a threshold needs exactly one comparison")
    item = raw.get("item")
    return Threshold(
        threshold_id=str(raw["id"]),
        item_id=None if item is None else str(item),
        meaning=_text(raw["meaning"]),
        at_least=comparisons.get("score_at_least"),
        at_most=comparisons.get("score_at_most"),
        below=comparisons.get("score_below"),
        percent_fall_at_least=comparisons.get("percent_fall_at_least"),
    )


def _texts_of(instrument: Instrument) -> list[tuple[str, LocalText]]:
    """Every text a person reads when the instrument is offered."""
    texts: list[tuple[str, LocalText]] = [("name", instrument.name)]
    if instrument.instructions is not None:
        texts.append(("instructions", instrument.instructions))
    if instrument.note is not None:
        texts.append(("note", instrument.note))
    texts.append(("attribution", instrument.attribution))
    for item in instrument.items:
        texts += [(f"{item.item_id}.text", item.text), (f"{item.item_id}.short", item.short)]
        texts += [(f"{item.item_id}.{label.value}", label.text) for label in item.scale.labels]
    texts += [(f"threshold {t.threshold_id}", t.meaning) for t in instrument.thresholds]
    return texts


def parse_instrument(raw: Mapping[str, Any]) -> Instrument:
    """Build an ``Instrument`` from a schema-checked document; raise ``InstrumentInvalid``
    for what the schema cannot check."""
    instrument_id = str(raw["id"])
    items = tuple(
        Item(
            item_id=str(entry["id"]),
            text=_text(entry["text"]),
            short=_text(entry["short"]),
            scale=_scale(entry["scale"], f"{instrument_id}.{entry['id']}"),
            default_enabled=bool(entry.get("default_enabled", True)),
            never_shared=bool(entry.get("never_shared", False)),
            audience=Audience(entry.get("audience", Audience.EVERYONE.value)),
        )
        for entry in raw["items"]
    )
    item_ids = [item.item_id for item in items]
    if len(set(item_ids)) != len(item_ids):
        raise InstrumentInvalid(f"{instrument_id}: two items share an id")
    scoring = raw["scoring"]
    instrument = Instrument(
        instrument_id=instrument_id,
        name=_text(raw["name"]),
        validated=bool(raw["validated"]),
        cadence=Cadence(raw["cadence"]),
        optional=bool(raw.get("optional", False)),
        wording={str(lang): Wording(status) for lang, status in dict(raw["wording"]).items()},
        instructions=_optional_text(raw.get("instructions")),
        attribution=_text(raw["attribution"]),
        sources=tuple(str(source) for source in raw.get("sources", ())),
        note=_optional_text(raw.get("note")),
        items=items,
        scoring=ScoringMethod(scoring["method"]),
        percent_multiplier=int(scoring.get("percent_multiplier", 1)),
        thresholds=tuple(
            _threshold(entry, f"{instrument_id} threshold {index}")
            for index, entry in enumerate(raw["thresholds"])
        ),
    )
    _check_consistency(instrument)
    return instrument


def _check_consistency(instrument: Instrument) -> None:
    name = instrument.instrument_id
    if instrument.scoring is ScoringMethod.SINGLE_ITEM and len(instrument.items) != 1:
        raise InstrumentInvalid(f"{name}: single_item scoring needs exactly one item")
    threshold_ids = [t.threshold_id for t in instrument.thresholds]
    if len(set(threshold_ids)) != len(threshold_ids):
        raise InstrumentInvalid(f"{name}: two thresholds share an id")
    item_ids = {item.item_id for item in instrument.items}
    for threshold in instrument.thresholds:
        if threshold.item_id is not None and threshold.item_id not in item_ids:
            raise InstrumentInvalid(f"{name}: threshold {threshold.threshold_id} names no item")
        if threshold.item_id is None and instrument.scoring is ScoringMethod.ITEMS:
            raise InstrumentInvalid(f"{name}: threshold {threshold.threshold_id} needs an item")
    if not any(instrument.offered_in(language) for language in LANGUAGES):
        raise InstrumentInvalid(f"{name}: not offered in any language")
    if not any(status is Wording.ORIGINAL for status in instrument.wording.values()):
        raise InstrumentInvalid(f"{name}: no language holds the original wording")
    for language in LANGUAGES:
        if not instrument.offered_in(language):
            continue
        for where, text in _texts_of(instrument):
            if not text.has(language):
                raise InstrumentInvalid(f"{name}: {where} has no {language} text")


def instrument_set(instruments: Sequence[Instrument]) -> InstrumentSet:
    """Check that ids are unique and return the set (in the given order)."""
    ids = [instrument.instrument_id for instrument in instruments]
    if len(set(ids)) != len(ids):
        raise InstrumentInvalid("two instrument definitions share an id")
    return InstrumentSet(tuple(instruments))
