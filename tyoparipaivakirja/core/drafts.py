"""Drafts of unfinished forms: what a form held, as plain JSON, and which saved version
it started from.

One mechanism serves every form (a debrief, a partner's own reflection, a check-in, a
supervision session, the role-split draft): a form's value is a frozen dataclass,
``to_plain`` turns it into JSON-ready values and ``from_plain`` reads it back from the
dataclass's own type hints, so no form needs a codec of its own. ``fingerprint`` names
a saved version by its content: a draft remembers the fingerprint of the entity it
started from, and on resume a different fingerprint means someone saved in between.
``changed_fields`` lists, field by field, where a draft and the saved entity differ.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import types
import typing
from collections.abc import Mapping
from datetime import date, datetime
from enum import Enum
from typing import Any, get_args, get_origin, get_type_hints

type Plain = bool | int | float | str | list[Plain] | dict[str, Plain] | None


class DraftUnreadable(ValueError):
    """A draft's body no longer fits its form (made by another version of the app)."""


def to_plain(value: object) -> Plain:
    """A form value as JSON-ready values: dataclasses as dicts of their fields, enums by
    value, dates as ISO text, tuples and lists as lists, sets as sorted lists."""
    if isinstance(value, Enum):  # before str and int: a StrEnum is a str too
        return to_plain(value.value)
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, frozenset | set):
        return sorted((to_plain(item) for item in value), key=_sort_key)
    if isinstance(value, tuple | list):
        return [to_plain(item) for item in value]
    if isinstance(value, Mapping):
        return {str(key): to_plain(item) for key, item in value.items()}
    raise TypeError(f"no plain form for {type(value).__name__}")


def _sort_key(value: Plain) -> str:
    return json.dumps(value, sort_keys=True)


def from_plain[T](kind: type[T], data: Plain) -> T:
    """Read back what ``to_plain`` made of a ``kind``; raises ``DraftUnreadable``."""
    try:
        return typing.cast(T, _read(kind, data))
    except (KeyError, TypeError, ValueError) as error:
        raise DraftUnreadable(type(error).__name__) from None


def _read(hint: Any, data: Plain) -> object:
    origin = get_origin(hint)
    if origin is typing.Union or origin is types.UnionType:
        options = [arg for arg in get_args(hint) if arg is not type(None)]
        if data is None:
            return None
        return _read(options[0], data)
    if origin in (tuple, list, frozenset, set):
        if not isinstance(data, list):
            raise TypeError("a list was expected")
        args = get_args(hint)
        items = [_read(args[0], item) for item in data]
        return items if origin is list else origin(items)
    if origin is dict:
        if not isinstance(data, dict):
            raise TypeError("an object was expected")
        return {str(key): _read(get_args(hint)[1], item) for key, item in data.items()}
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        if not isinstance(data, dict):
            raise TypeError("an object was expected")
        hints = get_type_hints(hint)
        values = {
            f.name: _read(hints[f.name], data[f.name])
            for f in dataclasses.fields(hint)
            if f.init and f.name in data
        }
        return hint(**values)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint(data)
    if hint is datetime:
        return datetime.fromisoformat(str(data))
    if hint is date:
        return date.fromisoformat(str(data))
    if hint is bool:
        if not isinstance(data, bool):
            raise TypeError("true or false was expected")
        return data
    if hint is int:
        if isinstance(data, bool) or not isinstance(data, int):
            raise TypeError("a whole number was expected")
        return data
    if hint is str:
        if not isinstance(data, str):
            raise TypeError("a text was expected")
        return data
    if hint is float:
        if not isinstance(data, int | float) or isinstance(data, bool):
            raise TypeError("a number was expected")
        return float(data)
    if hint is Any or hint is object:
        return data
    raise TypeError(f"no reader for {hint!r}")


def fingerprint(value: object) -> str:
    """A short name of a saved version, by its content: equal content, equal name."""
    text = json.dumps(to_plain(value), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def changed_fields(mine: object, saved: object) -> list[str]:
    """The names of the top-level fields where two values of one dataclass differ, in
    the dataclass's own order."""
    if not dataclasses.is_dataclass(mine) or type(mine) is not type(saved):
        raise TypeError("two values of one dataclass are compared")
    return [
        f.name
        for f in dataclasses.fields(mine)
        if to_plain(getattr(mine, f.name)) != to_plain(getattr(saved, f.name))
    ]
