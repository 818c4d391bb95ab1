"""Reading the instrument definitions from ``resources/instruments/``.

Every ``*.json`` file there except ``schema.json`` is one instrument. Each is checked
against ``schema.json`` (``storage.json_schema``) and then parsed (``core.instruments``);
a faulty file raises ``InstrumentInvalid`` naming the file and the problem, so an
organisation that adds its own instrument learns at once what to fix. The parsed
set is cached per folder: the files are read once per process.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from tyoparipaivakirja.core.errors import InstrumentInvalid
from tyoparipaivakirja.core.instruments import InstrumentSet, instrument_set, parse_instrument
from tyoparipaivakirja.paths import resources_dir
from tyoparipaivakirja.storage.json_schema import FaultySchema, all_problems, validator_for

SCHEMA_FILE = "schema.json"
# Shown first, in this order; any instrument an organisation adds follows by file name.
PREFERRED_ORDER = ("elo_stress", "work_strain", "single_item_burnout", "who5")


def instruments_dir() -> Path:
    return resources_dir() / "instruments"


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InstrumentInvalid(f"{path.name}: cannot be read as JSON ({exc})") from None


def _order(path: Path) -> tuple[int, str]:
    stem = path.stem
    rank = PREFERRED_ORDER.index(stem) if stem in PREFERRED_ORDER else len(PREFERRED_ORDER)
    return rank, stem


def load_instruments_from(folder: Path) -> InstrumentSet:
    """Load, check and parse every definition in ``folder`` (no caching)."""
    schema = _read_json(folder / SCHEMA_FILE)
    if not isinstance(schema, dict):
        raise InstrumentInvalid(f"{SCHEMA_FILE}: not a JSON object")
    try:
        validator = validator_for(schema)
    except FaultySchema as exc:
        raise InstrumentInvalid(f"{SCHEMA_FILE}: {exc}") from None
    parsed = []
    for path in sorted(folder.glob("*.json"), key=_order):
        if path.name == SCHEMA_FILE:
            continue
        document = _read_json(path)
        problems = all_problems(validator, document)
        if problems:
            raise InstrumentInvalid(f"{path.name}: {'; '.join(map(str, problems[:5]))}")
        try:
            instrument = parse_instrument(document)
        except InstrumentInvalid as exc:
            raise InstrumentInvalid(f"{path.name}: {exc.detail}") from None
        if instrument.instrument_id != path.stem:
            raise InstrumentInvalid(f"{path.name}: the id must match the file name")
        parsed.append(instrument)
    return instrument_set(parsed)


@functools.cache
def _cached(folder: str) -> InstrumentSet:
    return load_instruments_from(Path(folder))


def load_instruments(folder: Path | None = None) -> InstrumentSet:
    """The installed instruments (read once per process and folder)."""
    return _cached(str(folder or instruments_dir()))
