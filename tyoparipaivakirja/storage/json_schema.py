"""Checking JSON documents against the JSON Schemas shipped in ``resources/``.

One place for the two users: the well-being instrument definitions and the export
format. Both are checked with the ``jsonschema`` library; a problem is reported with
the JSON path of where it is (``$.pair.debriefs[3].visit_date``) and a kind that the
messages module turns into a sentence, so no English validator wording reaches a user.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tyoparipaivakirja.core.errors import ImportProblem

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError
    from jsonschema.protocols import Validator

# jsonschema is imported where it is used: it takes ~40 ms, and start-up (the unlock
# window) never checks a document.


def json_path(parts: Iterable[str | int]) -> str:
    """``$.pair.debriefs[3].visit_date`` for the parts ``pair, debriefs, 3, visit_date``."""
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in parts)


class FaultySchema(ValueError):
    """A schema file that is not a valid JSON Schema; the message says what is wrong."""


def validator_for(schema: Any) -> Validator:
    """A validator for ``schema`` (its ``$schema`` draft); ``FaultySchema`` if it is faulty."""
    import jsonschema.validators
    from jsonschema.exceptions import SchemaError

    validator_class = jsonschema.validators.validator_for(schema)
    try:
        validator_class.check_schema(schema)
    except SchemaError as error:
        raise FaultySchema(error.message) from None
    validator: Validator = validator_class(schema)
    return validator


def read_schema(path: Path) -> Validator:
    """Read a schema file and return its validator (``OSError``, ``ValueError`` or
    ``FaultySchema`` when it cannot be used)."""
    return validator_for(json.loads(path.read_text(encoding="utf-8")))


@dataclass(frozen=True, slots=True)
class SchemaProblem:
    """Where a document breaks its schema, what kind of break it is, and a detail that
    names no content of the document (a field name, a limit, the allowed words)."""

    path: str
    kind: ImportProblem
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.path}: {self.kind.value}" + (f" ({self.detail})" if self.detail else "")


def first_problem(validator: Validator, document: Any) -> SchemaProblem | None:
    """The most relevant problem of ``document``, or ``None`` when it is valid."""
    from jsonschema.exceptions import best_match

    error = best_match(validator.iter_errors(document))
    return None if error is None else describe(error)


def all_problems(validator: Validator, document: Any) -> list[SchemaProblem]:
    return [describe(error) for error in validator.iter_errors(document)]


def describe(error: ValidationError) -> SchemaProblem:
    """A validator error as a path, a kind and a content-free detail."""
    path = json_path(error.absolute_path)
    value, instance = error.validator_value, error.instance
    match error.validator:
        case "type":
            names = value if isinstance(value, list) else [value]
            return SchemaProblem(path, ImportProblem.WRONG_TYPE, "/".join(map(str, names)))
        case "required":
            present = set(instance) if isinstance(instance, dict) else set()
            missing = [str(name) for name in value if name not in present]
            return SchemaProblem(path, ImportProblem.MISSING_FIELD, ", ".join(missing))
        case "additionalProperties" | "unevaluatedProperties":
            return SchemaProblem(path, ImportProblem.UNKNOWN_FIELD, _extra_fields(error))
        case "enum":
            return SchemaProblem(path, ImportProblem.NOT_ALLOWED, _choices(value))
        case "const":
            return SchemaProblem(path, ImportProblem.NOT_ALLOWED, _choices([value]))
        case "maxLength" | "maxItems" | "maxProperties":
            return SchemaProblem(path, ImportProblem.TOO_LONG, str(value))
        case "minLength" | "minItems" | "minProperties":
            return SchemaProblem(path, ImportProblem.TOO_SHORT, str(value))
        case "minimum" | "exclusiveMinimum" | "maximum" | "exclusiveMaximum":
            return SchemaProblem(path, ImportProblem.OUT_OF_RANGE, str(value))
        case "pattern" | "format":
            return SchemaProblem(path, ImportProblem.BAD_FORMAT)
        case _:
            return SchemaProblem(path, ImportProblem.OTHER, str(error.validator))


def _extra_fields(error: ValidationError) -> str:
    allowed = set(error.schema.get("properties", {})) if isinstance(error.schema, dict) else set()
    instance = error.instance if isinstance(error.instance, dict) else {}
    return ", ".join(sorted(str(name) for name in instance if name not in allowed))


def _choices(values: Sequence[Any]) -> str:
    shown = [json.dumps(v, ensure_ascii=False) for v in list(values)[:6]]
    return ", ".join(shown) + (", …" if len(values) > 6 else "")
