"""A small checker for the subset of JSON Schema that the instrument schema uses.

The instrument definitions in ``resources/instruments/`` are checked against
``resources/instruments/schema.json`` when they are loaded. The schema file is a
real JSON Schema (draft 2020-12), so an organisation can check its own definition
with any JSON Schema tool; this module interprets just the keywords that file uses,
so the app needs no extra dependency. A keyword outside the subset is refused
(``SchemaDefinitionError``) instead of being silently ignored, so the schema cannot
promise a check that is not made.

Pure: works on already parsed JSON values (dicts, lists, str, int, float, bool, None).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

# Keywords that only annotate; they never make a document invalid.
_ANNOTATIONS = frozenset({"$schema", "$id", "$comment", "title", "description", "examples"})
_CHECKED = frozenset(
    {
        "type",
        "properties",
        "required",
        "additionalProperties",
        "items",
        "enum",
        "const",
        "minimum",
        "maximum",
        "minLength",
        "maxLength",
        "minItems",
        "maxItems",
        "pattern",
        "$ref",
        "$defs",
    }
)

_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "boolean": (bool,),
    "null": (type(None),),
    "number": (int, float),
    "integer": (int,),
}


class SchemaDefinitionError(ValueError):
    """The schema itself uses something this checker does not support."""


def _is_type(value: Any, name: str) -> bool:
    if name not in _TYPES:
        raise SchemaDefinitionError(f"unknown type {name!r}")
    if isinstance(value, bool) and name in {"number", "integer"}:
        return False  # JSON true is not a number, although Python's bool is an int
    if name == "integer" and isinstance(value, float):
        return value.is_integer()
    return isinstance(value, _TYPES[name])


def _where(path: str) -> str:
    return path or "(top level)"


class _Checker:
    def __init__(self, root: Mapping[str, Any]) -> None:
        self._root = root
        self.problems: list[str] = []

    def _resolve(self, ref: str) -> Mapping[str, Any]:
        prefix = "#/$defs/"
        if not ref.startswith(prefix):
            raise SchemaDefinitionError(f"only local $defs references are supported: {ref}")
        definitions = self._root.get("$defs", {})
        name = ref[len(prefix) :]
        if name not in definitions:
            raise SchemaDefinitionError(f"unknown reference {ref}")
        target = definitions[name]
        if not isinstance(target, Mapping):
            raise SchemaDefinitionError(f"reference {ref} is not a schema")
        return target

    def check(self, value: Any, schema: Mapping[str, Any], path: str) -> None:
        unknown = set(schema) - _CHECKED - _ANNOTATIONS
        if unknown:
            raise SchemaDefinitionError(f"unsupported keywords {sorted(unknown)} at {path}")
        if "$ref" in schema:
            self.check(value, self._resolve(str(schema["$ref"])), path)
        if "type" in schema:
            names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
            if not any(_is_type(value, str(name)) for name in names):
                self.problems.append(f"{_where(path)}: expected {' or '.join(map(str, names))}")
                return
        if "const" in schema and value != schema["const"]:
            self.problems.append(f"{_where(path)}: must be {schema['const']!r}")
        if "enum" in schema and value not in schema["enum"]:
            self.problems.append(f"{_where(path)}: must be one of {schema['enum']!r}")
        if isinstance(value, str):
            self._check_string(value, schema, path)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if "minimum" in schema and value < schema["minimum"]:
                self.problems.append(f"{_where(path)}: less than {schema['minimum']}")
            if "maximum" in schema and value > schema["maximum"]:
                self.problems.append(f"{_where(path)}: more than {schema['maximum']}")
        if isinstance(value, list):
            self._check_array(value, schema, path)
        if isinstance(value, dict):
            self._check_object(value, schema, path)

    def _check_string(self, value: str, schema: Mapping[str, Any], path: str) -> None:
        if "minLength" in schema and len(value) < schema["minLength"]:
            self.problems.append(f"{_where(path)}: shorter than {schema['minLength']}")
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            self.problems.append(f"{_where(path)}: longer than {schema['maxLength']}")
        if "pattern" in schema and re.search(str(schema["pattern"]), value) is None:
            self.problems.append(f"{_where(path)}: does not match {schema['pattern']}")

    def _check_array(self, value: Sequence[Any], schema: Mapping[str, Any], path: str) -> None:
        if "minItems" in schema and len(value) < schema["minItems"]:
            self.problems.append(f"{_where(path)}: fewer than {schema['minItems']} entries")
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            self.problems.append(f"{_where(path)}: more than {schema['maxItems']} entries")
        if "items" in schema:
            for index, entry in enumerate(value):
                self.check(entry, schema["items"], f"{path}[{index}]")

    def _check_object(self, value: Mapping[str, Any], schema: Mapping[str, Any], path: str) -> None:
        for key in schema.get("required", []):
            if key not in value:
                self.problems.append(f"{_where(path)}: missing {key!r}")
        properties: Mapping[str, Any] = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        for key, entry in value.items():
            child = f"{path}.{key}" if path else str(key)
            if key in properties:
                self.check(entry, properties[key], child)
            elif extra is False:
                self.problems.append(f"{_where(path)}: unexpected {key!r}")
            elif isinstance(extra, Mapping):
                self.check(entry, extra, child)


def schema_problems(document: Any, schema: Mapping[str, Any]) -> list[str]:
    """Everything in ``document`` that ``schema`` refuses (empty when it conforms).

    Raises ``SchemaDefinitionError`` when the schema uses an unsupported keyword.
    """
    checker = _Checker(schema)
    checker.check(document, schema, "")
    return checker.problems
