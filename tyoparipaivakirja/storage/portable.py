"""Export and import: the whole journal as one documented JSON file (data portability).

The format is described for people in ``docs/export-format.md`` and for programs by
the JSON Schema ``resources/export-format.schema.json``, which is generated from the
section and table descriptions below (``tools/export_schema.py``), so the code, the
schema and the file can never disagree about a field.

An export is **plaintext**: the caller warns the user first, and the file is written
atomically and owner-only. Each section is a list of tables and each table a list of
rows with named fields, so a later data kind (check-ins, supervision sessions) is one
more table description here.

An import always creates a **new** journal. It is built in a temporary folder beside
the target and renamed into place only when every row is in and has been read back
through the app's own readers, so a rejected file leaves nothing behind.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tyoparipaivakirja import __version__
from tyoparipaivakirja.core.checkins import MAX_NOTE_LENGTH as MAX_CHECKIN_NOTE_LENGTH
from tyoparipaivakirja.core.checkins import TalkChoice
from tyoparipaivakirja.core.debriefs import (
    MAX_CLIENT_CODE_LENGTH,
    MAX_SHORT_TEXT_LENGTH,
    MAX_STRAIN,
    MAX_TEXT_LENGTH,
    EntryStatus,
    PastClose,
    Presence,
    RoleSplitWorked,
    SharingLevel,
    SupervisionTag,
    Theme,
    VisitType,
    WarningSign,
)
from tyoparipaivakirja.core.errors import (
    ImportInvalid,
    ImportProblem,
    NotAJournal,
    ValidationError,
    ValidationField,
    ValidationReason,
)
from tyoparipaivakirja.core.members import (
    MAX_JOURNAL_NAME_LENGTH,
    MAX_MEMBERS,
    MAX_NAME_LENGTH,
    Role,
)
from tyoparipaivakirja.core.nudges import Rule
from tyoparipaivakirja.core.progress import Tick, no_progress
from tyoparipaivakirja.core.roles import (
    MAX_FRAME_TEXT_LENGTH,
    MAX_REASON_TEXT_LENGTH,
    MAX_REVIEW_NOTE_LENGTH,
    MAX_SUPERVISION_WEEKS,
    MAX_TITLE_LENGTH,
    FrameField,
    Lead,
    ReasonCategory,
    RevisionStatus,
    Training,
    WorkingTime,
)
from tyoparipaivakirja.core.roles import MAX_ITEMS as MAX_ROLE_ITEMS
from tyoparipaivakirja.core.roles import MAX_NOTE_LENGTH as MAX_ROLE_NOTE_LENGTH
from tyoparipaivakirja.core.supervision import MAX_ITEM_LENGTH as MAX_SUPERVISION_ITEM_LENGTH
from tyoparipaivakirja.core.supervision import MAX_ITEMS as MAX_SUPERVISION_ITEMS
from tyoparipaivakirja.core.supervision import MAX_SUPERVISOR_LENGTH, AgreementStatus
from tyoparipaivakirja.core.trends import ELO_STRESS_MAX, ELO_STRESS_MIN, TrendWord
from tyoparipaivakirja.paths import resources_dir
from tyoparipaivakirja.storage import cipher, database, schema
from tyoparipaivakirja.storage.checkins import SETTING_KEYS as CHECKIN_SETTING_KEYS
from tyoparipaivakirja.storage.cipher import Connection
from tyoparipaivakirja.storage.files import (
    ensure_private_folder,
    fsync_folder,
    temp_path,
    write_export,
)
from tyoparipaivakirja.storage.import_checks import (
    ColumnRule,
    ImportFinding,
    check_area,
    check_pair,
    check_plain_values,
    check_references,
    parse,
    privacy_findings,
    read_back,
    read_limited,
)
from tyoparipaivakirja.storage.json_schema import first_problem, json_path, read_schema
from tyoparipaivakirja.storage.layout import IMPORT_TEMP_PREFIX, journal_tag
from tyoparipaivakirja.storage.lockfile import FolderLock
from tyoparipaivakirja.storage.passphrases import require_new

if TYPE_CHECKING:
    from jsonschema.protocols import Validator

    from tyoparipaivakirja.storage.journal import Journal

FORMAT_NAME = "tyoparipaivakirja-export"
FORMAT_VERSION = 1
SCHEMA_FILE = "export-format.schema.json"

type Row = dict[str, Any]


class Kind(StrEnum):
    """How a column is written in the file."""

    TEXT = "text"
    INTEGER = "integer"
    BOOLEAN = "boolean"  # 0/1 in the database, true/false in the file
    JSON = "json"  # JSON text in the database, the decoded value in the file
    DATE = "date"  # a day, 2026-11-27
    MOMENT = "moment"  # a moment with its time zone, 2026-11-27T14:32:00+00:00


class Ref(StrEnum):
    """What a text column refers to; checked against the file's own members."""

    MEMBER = "member"
    MEMBER_OR_TOGETHER = "member_or_together"


# The largest whole number SQLite stores; no count or id of the journal comes near it.
MAX_INTEGER = 2**63 - 1
ID_PATTERN = "^[0-9a-f]{32}$"
DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
MOMENT_PATTERN = (
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?"
    r"([+-][0-9]{2}:[0-9]{2}|Z)$"
)


@dataclass(frozen=True, slots=True)
class Column:
    """One field of a table row: its kind and every rule a value must follow.

    The limits are the app's own (``core``), so the schema, the documentation and the
    app never disagree; ``value`` is the JSON Schema of a structured (JSON) column.
    """

    name: str
    kind: Kind = Kind.TEXT
    nullable: bool = False
    choices: tuple[str, ...] = ()
    description: str = ""
    max_length: int | None = None
    minimum: int | None = None
    maximum: int | None = None
    pattern: str = ""
    value: Mapping[str, Any] | None = None
    refers: Ref | None = None
    example: object = None


@dataclass(frozen=True, slots=True)
class Table:
    """One table of a section, exported row by row in ``order_by`` order."""

    name: str
    columns: tuple[Column, ...]
    order_by: str
    where: str = ""
    description: str = ""


def _values(enum: type[StrEnum]) -> tuple[str, ...]:
    return tuple(member.value for member in enum)


def _text(name: str, description: str = "", **kw: Any) -> Column:
    return Column(name, Kind.TEXT, description=description, **kw)


def _id(name: str, description: str = "", **kw: Any) -> Column:
    return Column(name, Kind.TEXT, description=description, pattern=ID_PATTERN, **kw)


def _int(name: str, description: str = "", **kw: Any) -> Column:
    kw.setdefault("minimum", 0)
    kw.setdefault("maximum", MAX_INTEGER)
    return Column(name, Kind.INTEGER, description=description, **kw)


def _bool(name: str, description: str = "") -> Column:
    return Column(name, Kind.BOOLEAN, description=description)


def _date(name: str, description: str = "", **kw: Any) -> Column:
    return Column(name, Kind.DATE, description=description, pattern=DATE_PATTERN, **kw)


def _moment(name: str, description: str = "", **kw: Any) -> Column:
    return Column(name, Kind.MOMENT, description=description, pattern=MOMENT_PATTERN, **kw)


def _json(name: str, value: Mapping[str, Any], description: str = "") -> Column:
    return Column(name, Kind.JSON, description=description, value=value)


def _list_of(items: Mapping[str, Any], max_items: int, unique: bool = False) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "array", "items": dict(items), "maxItems": max_items}
    if unique:
        schema["uniqueItems"] = True
    return schema


def _enum_list(enum: type[StrEnum]) -> dict[str, Any]:
    return _list_of({"enum": list(_values(enum))}, len(enum), unique=True)


def _object(properties: Mapping[str, Any], optional: Sequence[str] = ()) -> dict[str, Any]:
    return {
        "type": "object",
        "additionalProperties": False,
        "required": [name for name in properties if name not in optional],
        "properties": dict(properties),
    }


_ID_VALUE = {"type": "string", "pattern": ID_PATTERN}
_NULLABLE_DATE = {"type": ["string", "null"], "pattern": DATE_PATTERN}
_MEMBER_PART = _object(
    {
        "member_id": {**_ID_VALUE, "description": "The member whose part this is."},
        "role_items": {
            **_list_of({"type": "string", "maxLength": 64}, MAX_ROLE_ITEMS, unique=True),
            "description": "item_id of the role split tasks the member did (pair.role_items).",
        },
        "free_text": {"type": "string", "maxLength": MAX_TEXT_LENGTH},
    }
)
_SHARED_STRAIN = _object(
    {
        "member_id": _ID_VALUE,
        "strain": {"type": "integer", "minimum": 0, "maximum": MAX_STRAIN},
        "past_close": {"enum": list(_values(PastClose))},
        "wants_to_debrief": {"type": "boolean"},
    }
)
_FRAME = _object(
    {
        "ka_working_time": {"enum": list(_values(WorkingTime))},
        "professional_working_time": {"enum": list(_values(WorkingTime))},
        "shared_weekdays": {
            **_list_of({"type": "integer", "minimum": 0, "maximum": 6}, 7, unique=True),
            "description": "Days worked together: 0 is Monday, 6 Sunday.",
        },
        "same_town": {"type": ["boolean", "null"], "description": "null: not agreed yet"},
        "shared_office": {"type": ["boolean", "null"], "description": "null: not agreed yet"},
        "line_manager": {"type": "string", "maxLength": MAX_FRAME_TEXT_LENGTH},
        "professional_guides": {"type": "boolean"},
        "ka_support": {"type": "string", "maxLength": MAX_FRAME_TEXT_LENGTH},
        "supervision_every_weeks": {
            "type": ["integer", "null"],
            "minimum": 1,
            "maximum": MAX_SUPERVISION_WEEKS,
        },
        "training": {"enum": list(_values(Training))},
        "training_note": {"type": "string", "maxLength": MAX_FRAME_TEXT_LENGTH},
        "ka_started_on": {
            **_NULLABLE_DATE,
            "description": "When the kokemusasiantuntija started in the field.",
        },
    },
    # Older versions wrote fewer fields; a missing one keeps the app's default.
    optional=tuple(field.value for field in FrameField),
)

_LIVE = "entry_id IN (SELECT entry_id FROM debriefs WHERE deleted_at IS NULL)"
_MEMBER_NOTE = "a member_id of pair.members"
_OWNER_NOTE = "a member_id of pair.members, or `yhdessä` (together)"

PAIR_TABLES: tuple[Table, ...] = (
    Table(
        "members",
        (
            _id("member_id", "The member's id (32 hex digits), used by every reference."),
            _text(
                "display_name",
                "First name as shown in the app; not empty, one line.",
                max_length=MAX_NAME_LENGTH,
            ),
            _text("role", choices=_values(Role)),
            _int("position", "Order in the app, from 0.", maximum=MAX_MEMBERS - 1),
            _moment("created_at"),
        ),
        "position",
        description="The members of the work pair (2 to 6, at least one of each role).",
    ),
    Table(
        "client_codes",
        (
            _text(
                "code",
                "A pseudonym code: 1 to 3 letters and a number, like A-07.",
                max_length=MAX_CLIENT_CODE_LENGTH,
            ),
            _moment("created_at"),
        ),
        "code",
        description="Pseudonym client codes used in debriefs (never names).",
    ),
    Table(
        "debriefs",
        (
            _int(
                "entry_id",
                "The debrief's id (1 and up); follow-ups and topics refer to it.",
                minimum=1,
            ),
            _date("visit_date", "Not in the future."),
            _text("visit_type", choices=_values(VisitType)),
            _text("presence", choices=_values(Presence)),
            _text(
                "client_code",
                "A code of pair.client_codes, or empty.",
                nullable=True,
                max_length=MAX_CLIENT_CODE_LENGTH,
            ),
            _json("themes", _enum_list(Theme), "Themes of the visit."),
            _text("uppermost", max_length=MAX_TEXT_LENGTH),
            _text("goal", max_length=MAX_TEXT_LENGTH),
            _text("what_happened", max_length=MAX_TEXT_LENGTH),
            _json(
                "member_parts",
                _list_of(_MEMBER_PART, MAX_MEMBERS),
                "Each member's own part of the visit.",
            ),
            _text("role_split_worked", nullable=True, choices=_values(RoleSplitWorked)),
            _text("role_split_note", max_length=MAX_TEXT_LENGTH),
            _json("warning_signs", _enum_list(WarningSign), "Warning signs noticed."),
            _text("warning_noticed_by", "Who noticed the signs.", max_length=MAX_TEXT_LENGTH),
            _text("warning_noticed_from", max_length=MAX_TEXT_LENGTH),
            _text("warning_agreed", max_length=MAX_TEXT_LENGTH),
            _text("went_well", max_length=MAX_TEXT_LENGTH),
            _text("was_hard", max_length=MAX_TEXT_LENGTH),
            _text("learning", max_length=MAX_TEXT_LENGTH),
            _text("sharing", choices=_values(SharingLevel)),
            _text("status", choices=_values(EntryStatus)),
            _json(
                "shared_strain",
                _list_of(_SHARED_STRAIN, MAX_MEMBERS),
                "Strain a member chose to share with the pair.",
            ),
            _moment("created_at"),
            _id("created_by", _MEMBER_NOTE, refers=Ref.MEMBER),
        ),
        "entry_id",
        "deleted_at IS NULL",
        "Debriefs (purut). Entries deleted and waiting to be purged are not exported.",
    ),
    Table(
        "follow_ups",
        (
            _int("follow_up_id", minimum=1),
            _int("entry_id", "The debrief (pair.debriefs) it belongs to.", minimum=1),
            _int("position", maximum=MAX_INTEGER),
            _text("task", "Not empty.", max_length=MAX_SHORT_TEXT_LENGTH),
            _text("owner", _OWNER_NOTE, refers=Ref.MEMBER_OR_TOGETHER),
            _date("due", nullable=True),
            _bool("done"),
            _moment("done_at", nullable=True),
        ),
        "follow_up_id",
        _LIVE,
        "Follow-ups (jatkotoimet) agreed in debriefs.",
    ),
    Table(
        "supervision_topics",
        (
            _int("topic_id", minimum=1),
            _int("entry_id", minimum=1),
            _int("position"),
            _text("text", "Not empty.", max_length=MAX_SHORT_TEXT_LENGTH),
            _json("tags", _enum_list(SupervisionTag), "Tags of the topic."),
            _text("raised_by", _OWNER_NOTE, refers=Ref.MEMBER_OR_TOGETHER),
        ),
        "topic_id",
        _LIVE,
        "Topics raised in debriefs for work supervision.",
    ),
    Table(
        "debrief_edits",
        (
            _int("entry_id", minimum=1),
            _id("member_id", _MEMBER_NOTE, refers=Ref.MEMBER),
            _moment("at"),
        ),
        "entry_id, at, member_id",
        _LIVE,
        "Who edited a debrief and when (the history of each entry).",
    ),
    Table(
        "role_revisions",
        (
            _text("revision_id", max_length=64),
            _int("version", minimum=1),
            _text("status", choices=_values(RevisionStatus)),
            _date("effective_from"),
            _date("next_review_on", nullable=True),
            _text("reason", nullable=True, choices=_values(ReasonCategory)),
            _text("reason_text", max_length=MAX_REASON_TEXT_LENGTH),
            _bool("discussed_in_supervision"),
            _json("frame", _FRAME, "The frame of the pair's work the role split rests on."),
            _moment("created_at"),
            _id("proposed_by", _MEMBER_NOTE, nullable=True, refers=Ref.MEMBER),
            _moment("proposed_at", nullable=True),
            _moment("accepted_at", nullable=True),
        ),
        "version",
        description="Every version of the role split (roolijako), accepted ones included.",
    ),
    Table(
        "role_items",
        (
            _text("revision_id", max_length=64),
            _text("item_id", "Stays the same across versions.", max_length=64),
            _int("position", maximum=MAX_ROLE_ITEMS - 1),
            _text("title", "Not empty, one line.", max_length=MAX_TITLE_LENGTH),
            _text("lead", choices=_values(Lead)),
            _text("note", max_length=MAX_ROLE_NOTE_LENGTH),
        ),
        "revision_id, position",
        description="The tasks of each role split version and who leads them.",
    ),
    Table(
        "role_acceptances",
        (
            _text("revision_id", max_length=64),
            _id("member_id", _MEMBER_NOTE, refers=Ref.MEMBER),
            _moment("accepted_at"),
        ),
        "revision_id, member_id",
        description="Which member accepted which version, and when.",
    ),
    Table(
        "role_reviews",
        (
            _text("review_id", max_length=64),
            _text("revision_id", max_length=64),
            _date("reviewed_on"),
            _date("next_review_on"),
            _bool("discussed_in_supervision"),
            _text("note", max_length=MAX_REVIEW_NOTE_LENGTH),
            _id("recorded_by", _MEMBER_NOTE, refers=Ref.MEMBER),
            _moment("recorded_at"),
        ),
        "recorded_at, review_id",
        description="Reviews of the role split that ended without changes.",
    ),
    Table(
        "shared_stress_trends",
        (
            _text("share_id", max_length=64),
            _id("member_id", _MEMBER_NOTE, refers=Ref.MEMBER),
            _date("period_start"),
            _date("period_end"),
            _text("trend", choices=_values(TrendWord)),
        ),
        "period_start, share_id",
        description="Stress trends a member chose to share with the pair (a word only).",
    ),
    Table(
        "shared_stress_weeks",
        (
            _text("share_id", max_length=64),
            _date("week_start", "A Monday."),
            _int("stress", "Elo stress, 1 to 5.", minimum=ELO_STRESS_MIN, maximum=ELO_STRESS_MAX),
        ),
        "share_id, week_start",
        description="The weekly stress values (1–5) of each shared trend.",
    ),
    Table(
        "supervision_sessions",
        (
            _text("session_id", max_length=64),
            _date("held_on"),
            _text(
                "supervisor",
                "The supervisor's name, may be empty; one line.",
                max_length=MAX_SUPERVISOR_LENGTH,
            ),
            _moment("created_at"),
        ),
        "held_on, session_id",
        description="Work supervision sessions (työnohjauskerrat), past and planned.",
    ),
    Table(
        "supervision_agenda",
        (
            _text("session_id", max_length=64),
            _int("position", maximum=MAX_SUPERVISION_ITEMS - 1),
            _text("text", "Not empty.", max_length=MAX_SUPERVISION_ITEM_LENGTH),
            _json("tags", _enum_list(SupervisionTag), "Tags of the topic."),
            _text("raised_by", _OWNER_NOTE, refers=Ref.MEMBER_OR_TOGETHER),
            _int(
                "entry_id",
                "The debrief a topic came from; null for one written on the agenda itself.",
                nullable=True,
                minimum=1,
            ),
        ),
        "session_id, position",
        description="The agenda of each session.",
    ),
    Table(
        "supervision_agreements",
        (
            _text("session_id", max_length=64),
            _int("position", maximum=MAX_SUPERVISION_ITEMS - 1),
            _text("text", "Not empty.", max_length=MAX_SUPERVISION_ITEM_LENGTH),
            _text("owner", _OWNER_NOTE, refers=Ref.MEMBER_OR_TOGETHER),
            _text("status", choices=_values(AgreementStatus)),
        ),
        "session_id, position",
        description="What was agreed in each session, who sees to it and how it stands.",
    ),
)

PERSONAL_TABLES: tuple[Table, ...] = (
    Table(
        "visit_reflections",
        (
            _int("entry_id", "The debrief (pair.debriefs) reflected on.", minimum=1),
            _date("visit_date", "Not in the future."),
            _int("strain", "0 to 10.", nullable=True, maximum=MAX_STRAIN),
            _text("past_close", nullable=True, choices=_values(PastClose)),
            _bool("wants_to_debrief"),
            _text("feelings", max_length=MAX_TEXT_LENGTH),
            _bool("shared_with_pair"),
            _moment("saved_at"),
        ),
        "visit_date, entry_id",
        description="The person's own reflections on visits (strain, feelings).",
    ),
    Table(
        "checkins",
        (
            _text("checkin_id", max_length=64),
            _date("day", "Not in the future."),
            _text("note", max_length=MAX_CHECKIN_NOTE_LENGTH),
            _moment("created_at"),
            _moment("updated_at"),
        ),
        "day, checkin_id",
        description="The person's own strain check-ins.",
    ),
    Table(
        "checkin_answers",
        (
            _text("checkin_id", max_length=64),
            _text(
                "instrument_id",
                "An instrument of resources/instruments/ (elo_stress, work_strain, "
                "single_item_burnout, who5).",
                max_length=64,
            ),
            _text("item_id", "An item of that instrument.", max_length=64),
            _int("value", "On the item's own scale (instrument file)."),
        ),
        "checkin_id, instrument_id, item_id",
        description="The answers of each check-in, per instrument and item.",
    ),
    Table(
        "checkin_talk",
        (_text("checkin_id", max_length=64), _text("choice", choices=_values(TalkChoice))),
        "checkin_id, choice",
        description="Whom the person wanted to talk to after a check-in.",
    ),
    Table(
        "nudge_memory",
        (
            _text("rule", choices=_values(Rule)),
            _date("acknowledged_on", nullable=True),
            _date("snoozed_until", nullable=True),
        ),
        "rule",
        description="Which gentle reminders (rules R1–R5) the person acknowledged or snoozed.",
    ),
    Table(
        "checkin_settings",
        (
            _text("key", choices=CHECKIN_SETTING_KEYS),
            _text(
                "value",
                "guiding_role and r5_enabled: `1` or `0`; enabled_items and "
                "optional_instruments: names separated by commas.",
                max_length=2000,
            ),
        ),
        "key",
        description="The person's check-in settings.",
    ),
)


# --- the JSON Schema ---------------------------------------------------------------


def _column_schema(column: Column) -> dict[str, Any]:
    result: dict[str, Any]
    match column.kind:
        case Kind.TEXT | Kind.DATE | Kind.MOMENT:
            result = {"type": "string"}
            if column.choices:
                result["enum"] = list(column.choices)
            if column.max_length is not None:
                result["maxLength"] = column.max_length
            if column.pattern:
                result["pattern"] = column.pattern
            if column.kind is not Kind.TEXT:
                result["format"] = "date" if column.kind is Kind.DATE else "date-time"
        case Kind.INTEGER:
            result = {"type": "integer"}
            if column.minimum is not None:
                result["minimum"] = column.minimum
            if column.maximum is not None:
                result["maximum"] = column.maximum
        case Kind.BOOLEAN:
            result = {"type": "boolean"}
        case Kind.JSON:
            result = dict(column.value or {"type": ["array", "object"]})
    if column.nullable:
        if "enum" in result:
            result["enum"] = [*result["enum"], None]
        kinds = result["type"]
        result["type"] = [*(kinds if isinstance(kinds, list) else [kinds]), "null"]
    if column.description:
        result["description"] = column.description
    return result


def _table_schema(table: Table) -> dict[str, Any]:
    return {
        "type": "array",
        "description": table.description,
        "items": {
            "type": "object",
            "additionalProperties": False,
            "required": [c.name for c in table.columns],
            "properties": {c.name: _column_schema(c) for c in table.columns},
        },
    }


def _section_schema(tables: Sequence[Table], extra: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "additionalProperties": False,
        "required": [*extra, *(t.name for t in tables)],
        "properties": {**extra, **{t.name: _table_schema(t) for t in tables}},
    }


def build_schema() -> dict[str, Any]:
    """The JSON Schema of the export format, as written to ``resources/``."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:tyoparipaivakirja:export:{FORMAT_VERSION}",
        "title": "Työparipäiväkirja export",
        "description": "A whole work-pair journal, in plain text. See docs/export-format.md.",
        "type": "object",
        "additionalProperties": False,
        "required": ["format", "format_version", "exported_at", "app_version", "journal", "pair"],
        "properties": {
            "format": {"const": FORMAT_NAME},
            "format_version": {"const": FORMAT_VERSION},
            "exported_at": {"type": "string", "maxLength": 64},
            "app_version": {"type": "string", "maxLength": 64},
            "journal": {
                "type": "object",
                "additionalProperties": False,
                "required": ["journal_id", "name", "created_at"],
                "properties": {
                    "journal_id": {"type": "string", "pattern": ID_PATTERN},
                    "name": {"type": "string", "maxLength": MAX_JOURNAL_NAME_LENGTH},
                    "created_at": {
                        "type": "string",
                        "pattern": MOMENT_PATTERN,
                        "format": "date-time",
                    },
                },
            },
            "pair": _section_schema(
                PAIR_TABLES,
                {
                    "schema_version": {
                        "type": "integer",
                        "minimum": 1,
                        "maximum": schema.latest_version(schema.PAIR_MIGRATIONS),
                    }
                },
            ),
            "personal_areas": {
                "type": "array",
                "maxItems": MAX_MEMBERS,
                "description": "Personal areas exported with their owners' passphrases.",
                "items": _section_schema(
                    PERSONAL_TABLES,
                    {
                        "member_id": {"type": "string", "pattern": ID_PATTERN},
                        "schema_version": {
                            "type": "integer",
                            "minimum": 1,
                            "maximum": schema.latest_version(schema.PERSONAL_MIGRATIONS),
                        },
                    },
                ),
            },
        },
    }


def schema_text() -> str:
    """The schema as committed in ``resources/`` (see ``tools/export_schema.py``)."""
    return json.dumps(build_schema(), ensure_ascii=False, indent=2) + "\n"


def schema_path() -> Path:
    return resources_dir() / SCHEMA_FILE


@cache
def _validator() -> Validator:
    return read_schema(schema_path())


# --- export --------------------------------------------------------------------------


def _export_value(column: Column, value: object) -> object:
    if value is None:
        return None
    match column.kind:
        case Kind.BOOLEAN:
            return bool(value)
        case Kind.JSON:
            return json.loads(str(value))
        case Kind.INTEGER:
            return int(str(value))
        case _:
            return str(value)


def _export_table(conn: Connection, table: Table) -> list[Row]:
    names = ", ".join(c.name for c in table.columns)
    where = f" WHERE {table.where}" if table.where else ""
    try:
        rows = conn.execute(
            f"SELECT {names} FROM {table.name}{where} ORDER BY {table.order_by}"
        ).fetchall()
    except cipher.DatabaseError as exc:
        raise cipher.translate_error(exc) from None
    return [
        {c.name: _export_value(c, value) for c, value in zip(table.columns, row, strict=True)}
        for row in rows
    ]


def _export_section(conn: Connection, tables: Sequence[Table], steps: _Steps) -> Row:
    section: Row = {"schema_version": schema.read_version(conn)}
    for table in tables:
        section[table.name] = _export_table(conn, table)
        steps.step()
    return section


def export_document(
    journal: Journal, personal_passphrases: Mapping[str, str], progress: Tick = no_progress
) -> Row:
    """The whole pair journal as a JSON-ready document, plus the personal areas whose
    owners gave their passphrase (``member_id → passphrase``). Areas opened here are
    closed again; an area that was already open stays open.

    The session is held for the whole read (``Journal.exclusive``), so the document is
    one moment of the journal even while another thread would write. ``progress`` is
    ticked once per table and may stop the export (``core.progress.Cancelled``)."""
    with journal.exclusive():
        members = journal.members()
        wanted = [m for m in members if personal_passphrases.get(m.member_id)]
        total = len(PAIR_TABLES) + len(wanted) * len(PERSONAL_TABLES)
        steps = _Steps(progress, total)
        document: Row = {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "app_version": __version__,
            "journal": {
                "journal_id": journal.info.journal_id,
                "name": journal.info.name,
                "created_at": journal.info.created_at,
            },
            "pair": _export_section(journal.connection(), PAIR_TABLES, steps),
            "personal_areas": [],
        }
        for member in wanted:
            passphrase = personal_passphrases[member.member_id]
            was_open = journal.open_personal_area_of(member.member_id) is not None
            area = journal.open_personal_area(member.member_id, passphrase)
            try:
                section = {"member_id": member.member_id}
                section.update(_export_section(area.connection(), PERSONAL_TABLES, steps))
                document["personal_areas"].append(section)
            finally:
                if not was_open:
                    area.close()
        return document


class _Steps:
    """Counts the steps of one export for its progress tick."""

    def __init__(self, tick: Tick, total: int) -> None:
        self._tick = tick
        self._total = total
        self._done = 0
        tick(0, total)

    def step(self) -> None:
        self._done += 1
        self._tick(self._done, self._total)


def encode(document: Row) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_export_file(target: Path, document: Row) -> None:
    """Write the export atomically and owner-only (it is plaintext)."""
    write_export(target, encode(document))


# --- reading and checking an import file ---------------------------------------------


def check_document(document: object) -> Row:
    """Validate a parsed file against the schema and the references between its rows;
    raise ``ImportInvalid`` at the first problem (with its path), else return it."""
    check_plain_values(document)
    if isinstance(document, dict) and isinstance(document.get("format_version"), int):
        version = document["format_version"]
        if document.get("format") == FORMAT_NAME and version > FORMAT_VERSION:
            raise ImportInvalid("$.format_version", ImportProblem.NEWER_FORMAT, str(version))
    problem = first_problem(_validator(), document)
    if problem is not None:
        raise ImportInvalid(problem.path, problem.kind, problem.detail)
    assert isinstance(document, dict)
    members = {row["member_id"] for row in document["pair"]["members"]}
    seen: set[str] = set()
    for index, area in enumerate(document.get("personal_areas", [])):
        if area["member_id"] not in members:
            raise ImportInvalid(
                json_path(["personal_areas", index, "member_id"]), ImportProblem.NOT_A_MEMBER
            )
        if area["member_id"] in seen:
            raise ImportInvalid(
                json_path(["personal_areas", index, "member_id"]), ImportProblem.SECOND_AREA
            )
        seen.add(area["member_id"])
    check_references(document, _rules(PAIR_TABLES), _rules(PERSONAL_TABLES))
    return document


def _rules(tables: tuple[Table, ...]) -> tuple[ColumnRule, ...]:
    return tuple(
        ColumnRule(
            table.name,
            column.name,
            is_date=column.kind is Kind.DATE,
            is_moment=column.kind is Kind.MOMENT,
            member=column.refers is Ref.MEMBER,
            member_or_together=column.refers is Ref.MEMBER_OR_TOGETHER,
        )
        for table in tables
        for column in table.columns
        if column.kind in (Kind.DATE, Kind.MOMENT) or column.refers is not None
    )


def read_import_file(source: Path) -> Row:
    """Read and check an export file; raises ``ImportInvalid`` at the first problem.

    At most ``MAX_IMPORT_BYTES`` are read; see ``storage.import_checks`` for every rule.
    """
    document = parse(read_limited(source))
    check_plain_values(document)
    return check_document(document)


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What an import file holds, to show before importing it."""

    journal_name: str
    members: tuple[tuple[str, str], ...]  # (member_id, display name)
    debriefs: int
    role_revisions: int
    personal_area_members: tuple[str, ...]  # member ids with a personal area in the file


def summarize(document: Row) -> ImportSummary:
    pair = document["pair"]
    return ImportSummary(
        journal_name=str(document["journal"]["name"]),
        members=tuple((m["member_id"], m["display_name"]) for m in pair["members"]),
        debriefs=len(pair["debriefs"]),
        role_revisions=len(pair["role_revisions"]),
        personal_area_members=tuple(a["member_id"] for a in document.get("personal_areas", [])),
    )


# --- import --------------------------------------------------------------------------


def _import_value(column: Column, value: object) -> object:
    if value is None:
        return None
    match column.kind:
        case Kind.BOOLEAN:
            return int(bool(value))
        case Kind.JSON:
            return json.dumps(value, ensure_ascii=False)
        case _:
            return value


def _insert_rows(
    conn: Connection, table: Table, rows: Sequence[Row], path: Sequence[str | int]
) -> None:
    names = [c.name for c in table.columns]
    sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"
    for index, row in enumerate(rows):
        values = [_import_value(c, row[c.name]) for c in table.columns]
        try:
            conn.execute(sql, values)
        except cipher.DatabaseError:
            raise ImportInvalid(
                json_path([*path, table.name, index]), ImportProblem.REFUSED
            ) from None


def _insert_pair(conn: Connection, pair: Row) -> None:
    tables = {t.name: t for t in PAIR_TABLES}
    role_tables = {"role_revisions", "role_items", "role_acceptances", "role_reviews"}
    for table in PAIR_TABLES:
        if table.name not in role_tables:
            _insert_rows(conn, table, pair[table.name], ["pair"])
    # Accepted role split versions are frozen by triggers, and at most one version may
    # be open: each is inserted open, gets its tasks and acceptances, then is accepted.
    revisions = sorted(enumerate(pair["role_revisions"]), key=lambda item: item[1]["version"])
    for index, revision in revisions:
        status = revision["status"]
        opened = {**revision, "status": RevisionStatus.PROPOSED.value, "accepted_at": None}
        if status != RevisionStatus.ACCEPTED.value:
            opened = revision
        path: list[str | int] = ["pair", "role_revisions", index]
        _insert_one(conn, tables["role_revisions"], opened, path)
        for name in ("role_items", "role_acceptances"):
            for item_index, row in enumerate(pair[name]):
                if row["revision_id"] == revision["revision_id"]:
                    _insert_one(conn, tables[name], row, ["pair", name, item_index])
        if status == RevisionStatus.ACCEPTED.value:
            try:
                conn.execute(
                    "UPDATE role_revisions SET status = ?, accepted_at = ? WHERE revision_id = ?",
                    (status, revision["accepted_at"], revision["revision_id"]),
                )
            except cipher.DatabaseError:
                raise ImportInvalid(json_path(path), ImportProblem.REFUSED) from None
    known = {r["revision_id"] for r in pair["role_revisions"]}
    for name in ("role_items", "role_acceptances"):
        for item_index, row in enumerate(pair[name]):
            if row["revision_id"] not in known:
                raise ImportInvalid(
                    json_path(["pair", name, item_index, "revision_id"]),
                    ImportProblem.NO_SUCH_VERSION,
                )
    _insert_rows(conn, tables["role_reviews"], pair["role_reviews"], ["pair"])


def _insert_one(conn: Connection, table: Table, row: Row, path: Sequence[str | int]) -> None:
    names = [c.name for c in table.columns]
    try:
        conn.execute(
            f"INSERT INTO {table.name} ({', '.join(names)})"
            f" VALUES ({', '.join('?' for _ in names)})",
            [_import_value(c, row[c.name]) for c in table.columns],
        )
    except cipher.DatabaseError:
        raise ImportInvalid(json_path(path), ImportProblem.REFUSED) from None


def _check_target(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise ValidationError(ValidationField.FOLDER, ValidationReason.NOT_A_FOLDER)
    if folder.exists() and any(folder.iterdir()):
        raise ValidationError(ValidationField.FOLDER, ValidationReason.FOLDER_NOT_EMPTY)


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import made, and what in its texts identifies someone (to look at)."""

    debriefs: int
    findings: tuple[ImportFinding, ...]


def import_document(
    document: Row,
    folder: Path,
    pair_passphrase: str,
    personal_passphrases: Mapping[str, str],
    repeated: str | None = None,
    progress: Tick = no_progress,
) -> ImportReport:
    """Create a new journal in ``folder`` (new or empty) from a checked document.

    Every personal area in the file needs its owner's new passphrase, different from
    the pair's. Any refusal raises before ``folder`` is touched: the journal is built
    in a temporary folder beside it and renamed into place only when complete.
    ``progress`` is ticked between the steps and may stop the import
    (``core.progress.Cancelled``) up to the moment the new journal is moved into place;
    a stopped import leaves nothing behind.
    """
    progress(0, 0)
    document = check_document(document)
    total = 4 + 2 * len(document.get("personal_areas", []))
    progress(1, total)
    _check_target(folder)
    context = [
        document["journal"]["name"],
        *(m["display_name"] for m in document["pair"]["members"]),
    ]
    require_new(pair_passphrase, repeated, context)
    for area in document.get("personal_areas", []):
        own = personal_passphrases.get(area["member_id"], "")
        require_new(own, None, context)
        if own == pair_passphrase:
            raise ValidationError(ValidationField.PASSPHRASE, ValidationReason.SAME_AS_PAIR)
    parent = folder.parent
    if not parent.exists():
        ensure_private_folder(parent)
    with temp_path(parent, IMPORT_TEMP_PREFIX) as temp:
        ensure_private_folder(temp)
        _build_journal(
            document, temp, pair_passphrase, personal_passphrases, lambda n: progress(1 + n, total)
        )
        progress(total, total)  # the last moment to stop: nothing is in place yet
        if folder.exists():
            folder.rmdir()  # empty, checked above
        os.replace(temp, folder)
        fsync_folder(parent)
    return ImportReport(len(document["pair"]["debriefs"]), tuple(privacy_findings(document)))


def _build_journal(
    document: Row,
    temp: Path,
    pair_passphrase: str,
    personal_passphrases: Mapping[str, str],
    step: Callable[[int], None],
) -> None:
    """Write the whole journal of ``document`` into the new folder ``temp``; ``step(n)``
    after each of its steps (the pair, its check, then two per own area)."""
    from tyoparipaivakirja.storage.debriefs import DebriefStore
    from tyoparipaivakirja.storage.journal import (
        Journal,
        pair_files,
        personal_files,
        write_journal_tag,
    )

    areas = list(document.get("personal_areas", []))
    journal_meta = document["journal"]
    conn = database.create_database(
        pair_files(temp),
        pair_passphrase,
        {"journal_id": journal_meta["journal_id"], "name": journal_meta["name"]},
    )
    folder_lock = FolderLock(temp)
    folder_lock.acquire()
    journal = Journal(temp, conn, database.read_meta(conn), folder_lock)
    try:
        with database.transaction(conn):
            conn.execute(
                "UPDATE meta SET value = ? WHERE key = 'created_at'",
                (journal_meta["created_at"],),
            )
            _insert_pair(conn, document["pair"])
        step(1)
        today = date.today()
        store = DebriefStore(journal)
        read_back(store.rebuild_search_index, ["pair", "debriefs"])
        check_pair(journal, document, today)
        step(2)
        for index, area in enumerate(areas):
            member_id = area["member_id"]
            ensure_private_folder(temp / "personal")
            personal = database.create_database(
                personal_files(temp, member_id),
                personal_passphrases[member_id],
                {"journal_id": journal.info.journal_id, "member_id": member_id},
            )
            try:
                with database.transaction(personal):
                    for table in PERSONAL_TABLES:
                        _insert_rows(personal, table, area[table.name], ["personal_areas", index])
            finally:
                cipher.close_quietly(personal)
            step(3 + 2 * index)
            opened = journal.open_personal_area(member_id, personal_passphrases[member_id])
            try:
                check_area(opened, area, index, today)
            finally:
                opened.close()
            step(4 + 2 * index)
        write_journal_tag(temp, journal_tag(journal.info.journal_id))
    finally:
        journal.lock()


def import_file(
    source: Path,
    folder: Path,
    pair_passphrase: str,
    personal_passphrases: Mapping[str, str],
    repeated: str | None = None,
) -> ImportReport:
    """Read, check and import ``source`` into a new journal in ``folder``."""
    if not source.is_file():
        raise NotAJournal("no import file")
    return import_document(
        read_import_file(source), folder, pair_passphrase, personal_passphrases, repeated
    )


# --- the reference part of docs/export-format.md --------------------------------------

REFERENCE_START = "<!-- reference: generated by tools/export_schema.py; do not edit by hand -->"
REFERENCE_END = "<!-- end of the generated reference -->"


def _type_text(schema: Mapping[str, Any]) -> str:
    if "enum" in schema:
        return "text"
    kinds = schema.get("type", "")
    names = kinds if isinstance(kinds, list) else [kinds]
    words = {
        "string": "text",
        "integer": "whole number",
        "boolean": "true/false",
        "array": "list",
        "object": "object",
        "null": "null",
    }
    return " or ".join(words.get(str(name), str(name)) for name in names)


def _rules_text(schema: Mapping[str, Any]) -> str:
    parts: list[str] = []
    if "enum" in schema:
        shown = ", ".join("`null`" if v is None else f"`{v}`" for v in schema["enum"])
        parts.append(f"one of {shown}")
    if schema.get("format") == "date":
        parts.append("a date, `2026-11-27`, 2000–2099")
    elif schema.get("format") == "date-time":
        parts.append("a moment with its time zone, `2026-11-27T14:32:00+00:00`")
    elif schema.get("pattern") == ID_PATTERN:
        parts.append("32 hex digits")
    if "maxLength" in schema:
        parts.append(f"at most {schema['maxLength']} characters")
    if "minimum" in schema and "maximum" in schema and schema["maximum"] != MAX_INTEGER:
        parts.append(f"{schema['minimum']}–{schema['maximum']}")
    elif "minimum" in schema and schema["minimum"] > 0:
        parts.append(f"{schema['minimum']} or more")
    if "maxItems" in schema:
        parts.append(f"at most {schema['maxItems']} items")
    if schema.get("uniqueItems"):
        parts.append("no item twice")
    if isinstance(schema.get("items"), Mapping) and "enum" in schema["items"]:
        shown = ", ".join(f"`{v}`" for v in schema["items"]["enum"])
        parts.append(f"items one of {shown}")
    return "; ".join(parts)


def _object_lines(prefix: str, schema: Mapping[str, Any]) -> list[str]:
    """Rows for the fields of a structured value (a list of objects, or an object)."""
    target = schema.get("items") if schema.get("type") == "array" else schema
    if not isinstance(target, Mapping) or target.get("type") != "object":
        return []
    lines: list[str] = []
    required = set(target.get("required", []))
    for name, sub in target["properties"].items():
        note = _rules_text(sub)
        if sub.get("description"):
            note = f"{sub['description']} {note}".strip()
        needed = "yes" if name in required else "no"
        lines.append(f"| `{prefix}.{name}` | {_type_text(sub)} | {needed} | {note} |")
        lines.extend(_object_lines(f"{prefix}.{name}", sub))
    return lines


def _table_markdown(section: str, table: Table) -> list[str]:
    lines = [
        f"#### `{section}.{table.name}`",
        "",
        f"{table.description} Rows are in the order of: `{table.order_by}`.",
        "",
        "| field | type | required | allowed values and notes |",
        "|---|---|---|---|",
    ]
    for column in table.columns:
        schema = _column_schema(column)
        note = _rules_text(schema)
        if column.description:
            note = f"{column.description} {note}".strip()
        if column.refers is Ref.MEMBER:
            note += " (must be a member of the file)"
        needed = "yes, may be `null`" if column.nullable else "yes"
        lines.append(f"| `{column.name}` | {_type_text(schema)} | {needed} | {note} |")
        if column.kind is Kind.JSON:
            lines.extend(_object_lines(column.name, schema))
    return [*lines, ""]


def reference_markdown() -> str:
    """Every table and field of the format, from the same descriptions as the schema."""
    lines = [
        REFERENCE_START,
        "",
        f"`pair.schema_version`: {schema.latest_version(schema.PAIR_MIGRATIONS)} in files of "
        f"this version (1 to that is read); `personal_areas[].schema_version`: "
        f"{schema.latest_version(schema.PERSONAL_MIGRATIONS)}. Every field listed is required "
        "in every row (an optional value is `null`, never left out), and no other field is "
        "allowed. In structured values (`member_parts`, `shared_strain`, `frame`) the "
        "fields marked *no* may be left out.",
        "",
    ]
    for table in PAIR_TABLES:
        lines += _table_markdown("pair", table)
    for table in PERSONAL_TABLES:
        lines += _table_markdown("personal_areas[]", table)
    return "\n".join([*lines, REFERENCE_END])


def document_with_reference(text: str) -> str:
    """``docs/export-format.md`` with its generated reference part replaced."""
    start = text.index(REFERENCE_START)
    end = text.index(REFERENCE_END) + len(REFERENCE_END)
    return text[:start] + reference_markdown() + text[end:]
