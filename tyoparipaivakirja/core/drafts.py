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
from collections.abc import Callable, Mapping
from datetime import date, datetime
from enum import Enum
from functools import cache
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
        return typing.cast(T, reader(typing.cast(Any, kind))(data))
    except (KeyError, TypeError, ValueError) as error:
        raise DraftUnreadable(type(error).__name__) from None


type Reader = Callable[[Plain], object]


@cache
def reader(hint: Any) -> Reader:
    """A function that reads a plain value as ``hint`` (a type or a type hint), made once
    per hint: the storage's row reader calls these for every column of every row.
    Raises ``KeyError``, ``TypeError`` or ``ValueError`` for a value that does not fit."""
    origin = get_origin(hint)
    if origin is typing.Union or origin is types.UnionType:
        options = [arg for arg in get_args(hint) if arg is not type(None)]
        inner = reader(options[0])
        return lambda data: None if data is None else inner(data)
    if origin in (tuple, list, frozenset, set):
        item = reader(get_args(hint)[0])
        build: Callable[[list[object]], object] = (
            (lambda items: items) if origin is list else origin
        )

        def read_items(data: Plain) -> object:
            if not isinstance(data, list):
                raise TypeError("a list was expected")
            return build([item(x) for x in data])

        return read_items
    if origin is dict:
        value = reader(get_args(hint)[1])

        def read_mapping(data: Plain) -> object:
            if not isinstance(data, dict):
                raise TypeError("an object was expected")
            return {str(key): value(item) for key, item in data.items()}

        return read_mapping
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _dataclass_reader(hint)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint
    if hint is datetime:
        return lambda data: datetime.fromisoformat(str(data))
    if hint is date:
        return lambda data: date.fromisoformat(str(data))
    if hint in (bool, int, str):
        return _exact(hint)
    if hint is float:

        def read_float(data: Plain) -> object:
            if not isinstance(data, int | float) or isinstance(data, bool):
                raise TypeError("a number was expected")
            return float(data)

        return read_float
    if hint is Any or hint is object:
        return lambda data: data
    raise TypeError(f"no reader for {hint!r}")


def _exact(kind: type) -> Reader:
    names = {bool: "true or false", int: "a whole number", str: "a text"}

    def read_exact(data: Plain) -> object:
        # A bool is an int to isinstance: a whole number is never true or false here.
        if not isinstance(data, kind) or (kind is int and isinstance(data, bool)):
            raise TypeError(f"{names[kind]} was expected")
        return data

    return read_exact


def _dataclass_reader(kind: type) -> Reader:
    hints = get_type_hints(kind)
    fields = [(f.name, reader(hints[f.name])) for f in dataclasses.fields(kind) if f.init]

    def read_dataclass(data: Plain) -> object:
        if not isinstance(data, dict):
            raise TypeError("an object was expected")
        return kind(**{name: read(data[name]) for name, read in fields if name in data})

    return read_dataclass


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
