"""Every table of the pair journal and of an own area, described once.

This is the one list of what the journal stores. For each table it says which database
holds it, its columns (name, kind, nullability, limits, allowed values, what a column
refers to, what it means), its key, the table it belongs to (its owner aggregate), how
it is exported or why it is not, whether two copies of the journal will merge it
(``Sync.MERGEABLE``) or it belongs to this device only (``Sync.DEVICE_LOCAL``), and its
label, the words that count it in a backup's contents.

Everything else derives from it, so no second list can drift:

- ``storage.portable``: the export and the import, and from them the JSON Schema
  (``resources/export-format.schema.json``) and the reference part of
  ``docs/export-format.md`` (``tools/export_schema.py`` writes both);
- ``storage.rows``: reading a row into a dataclass and writing one back, by column
  name (a column maps to the dataclass field of its name, or to ``Column.field``);
- ``storage.backups``: what a backup holds (the ``counted`` tables);
- ``messages.table_count_text``: the label in the user's language
  (``tools/update_translations.py`` puts every label into the catalogues);
- the DDL check (``tests/storage/test_registry.py``): the database a fresh journal
  gets after every migration has exactly these tables and columns, with these types
  and nullability.

The schema itself is still written as migrations (``storage.schema``): a migration is
history and never changes. To add a table or a column: add a migration, describe it
here, and run the tests; they say what is missing (a label, an export entry or a
reason not to export, a message for a new validation field).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Any

from tyoparipaivakirja.core.checkins import MAX_NOTE_LENGTH as MAX_CHECKIN_NOTE_LENGTH
from tyoparipaivakirja.core.checkins import TalkChoice
from tyoparipaivakirja.core.debriefs import (
    MAX_CLIENT_CODE_LENGTH,
    MAX_SHORT_TEXT_LENGTH,
    MAX_STRAIN,
    MAX_TEXT_LENGTH,
    MAX_VISIT_MINUTES,
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
from tyoparipaivakirja.core.hlc import STAMP_PATTERN
from tyoparipaivakirja.core.ids import ID_PATTERN
from tyoparipaivakirja.core.members import MAX_MEMBERS, MAX_NAME_LENGTH, Role
from tyoparipaivakirja.core.nudges import Rule
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

# The keys of the checkin_settings table (also the export format's allowed keys).
CHECKIN_SETTING_KEYS = ("guiding_role", "enabled_items", "optional_instruments", "r5_enabled")

# The largest whole number SQLite stores; no count or id of the journal comes near it.
MAX_INTEGER = 2**63 - 1
DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
MOMENT_PATTERN = (
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?"
    r"([+-][0-9]{2}:[0-9]{2}|Z)$"
)
UPDATED_AT = "updated_at"


class Database(StrEnum):
    """Which database file a table lives in."""

    PAIR = "pair"  # the pair journal, pair.db
    OWN = "own"  # each member's own area, personal/<member_id>.db


class Sync(StrEnum):
    """What happens to a table's rows when two copies of the journal meet."""

    MERGEABLE = "mergeable"  # rows are merged (each has an id and ``updated_at``)
    DEVICE_LOCAL = "device_local"  # this copy's own (drafts, the search index, settings)


class Kind(StrEnum):
    """How a column is stored, and written in the export file."""

    TEXT = "text"
    INTEGER = "integer"
    BOOLEAN = "boolean"  # 0/1 in the database, true/false in the file
    JSON = "json"  # JSON text in the database, the decoded value in the file
    DATE = "date"  # a day, 2026-11-27
    MOMENT = "moment"  # a moment with its time zone, 2026-11-27T14:32:00+00:00
    STAMP = "stamp"  # a hybrid logical clock stamp (core.hlc): when the row last changed

    @property
    def sql_type(self) -> str:
        return "INTEGER" if self in (Kind.INTEGER, Kind.BOOLEAN) else "TEXT"


class Ref(StrEnum):
    """What a text column refers to; checked against the file's own members."""

    MEMBER = "member"
    MEMBER_OR_TOGETHER = "member_or_together"


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a table: its kind and every rule a value must follow.

    The limits are the app's own (``core``), so the schema, the documentation and the
    app never disagree; ``value`` is the JSON Schema of a structured (JSON) column.
    ``field`` is the dataclass field the column holds when it is not the column's own
    name (``warning_signs.noticed_by``: a field of a field); ``""`` for none.
    ``local`` columns are this copy's own and never exported (a row number).
    ``empty_is_null``: an empty text of the dataclass is stored as NULL.
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
    field: str | None = None
    local: bool = False
    empty_is_null: bool = False

    @property
    def path(self) -> tuple[str, ...]:
        """The dataclass field path this column holds (empty: none)."""
        chosen = self.name if self.field is None else self.field
        return tuple(chosen.split(".")) if chosen else ()


@dataclass(frozen=True, slots=True)
class Export:
    """How a table is exported: row by row in ``order_by`` order, the rows ``where``
    lets through (a child table also only those of exported parents)."""

    order_by: str
    where: str = ""


@dataclass(frozen=True, slots=True)
class NotExported:
    """A table the export leaves out, and why (said in the documentation)."""

    reason: str


@dataclass(frozen=True, slots=True)
class Table:
    """One table: where it lives, its columns and key, who owns it, how it travels."""

    name: str
    database: Database
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    description: str
    label: str  # English, with %n: "%n debriefs" (translated by messages)
    export: Export | NotExported
    sync: Sync
    parent: str | None = None  # the table whose rows own this one's (the aggregate)
    parent_key: str = ""  # the column here holding the parent's key
    counted: bool = False  # shown in a backup's contents
    virtual: bool = False  # an FTS5 index: SQLite keeps no column types

    @property
    def exported(self) -> bool:
        return isinstance(self.export, Export)

    @property
    def exported_columns(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if not c.local)

    def column(self, name: str) -> Column:
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(name)


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


def _bool(name: str, description: str = "", **kw: Any) -> Column:
    return Column(name, Kind.BOOLEAN, description=description, **kw)


def _date(name: str, description: str = "", **kw: Any) -> Column:
    return Column(name, Kind.DATE, description=description, pattern=DATE_PATTERN, **kw)


def _moment(name: str, description: str = "", **kw: Any) -> Column:
    return Column(name, Kind.MOMENT, description=description, pattern=MOMENT_PATTERN, **kw)


def _json(name: str, value: Mapping[str, Any], description: str = "", **kw: Any) -> Column:
    return Column(name, Kind.JSON, description=description, value=value, **kw)


def _updated_at() -> Column:
    return Column(
        UPDATED_AT,
        Kind.STAMP,
        description="When the row last changed (a clock stamp: milliseconds, counter, "
        "device); rows from before version 2 have the device 0000000000000000.",
        pattern=STAMP_PATTERN,
    )


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

_MEMBER_NOTE = "a member_id of pair.members"
_OWNER_NOTE = "a member_id of pair.members, or `yhdessä` (together)"
_DRAFTS_REASON = (
    "Unfinished forms of this device: they are kept until saved or dropped, and never leave it."
)
_META_REASON = (
    "The journal's id, name and creation time are the file's `journal` section; the "
    "rest (this copy's device id and clock, the second backup place) belongs to this copy."
)
_TOMBSTONES_REASON = (
    "An import makes a new journal, which has nothing deleted: deletions matter only "
    "when two copies of one journal meet."
)

_PAIR = Database.PAIR
_OWN = Database.OWN
_MERGE = Sync.MERGEABLE
_LOCAL = Sync.DEVICE_LOCAL


def _meta(database: Database) -> Table:
    return Table(
        "meta",
        database,
        (_text("key"), _text("value")),
        ("key",),
        "The database's own facts: app, kind, ids, creation time, clock.",
        "%n settings",
        NotExported(_META_REASON),
        _LOCAL,
    )


def _form_drafts(database: Database) -> Table:
    return Table(
        "form_drafts",
        database,
        (
            _text("form_id"),
            _text("kind"),
            _text("target", nullable=True),
            _text("base", nullable=True),
            _json("body", {}),
            _moment("saved_at"),
        ),
        ("form_id",),
        "Drafts of unfinished forms (autosave).",
        "%n drafts",
        NotExported(_DRAFTS_REASON),
        _LOCAL,
    )


def _tombstones(database: Database) -> Table:
    return Table(
        "tombstones",
        database,
        (
            _text("table_name", "The table the row was deleted from."),
            _text("row_id", "The deleted row's key (parts joined by `/`)."),
            Column("deleted_at", Kind.STAMP, pattern=STAMP_PATTERN),
        ),
        ("table_name", "row_id"),
        "Rows deleted for good, so that a merge does not bring them back.",
        "%n deletions",
        NotExported(_TOMBSTONES_REASON),
        _MERGE,
    )


TABLES: tuple[Table, ...] = (
    _meta(_PAIR),
    Table(
        "members",
        _PAIR,
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
            _updated_at(),
        ),
        ("member_id",),
        "The members of the work pair (2 to 6, at least one of each role).",
        "%n members",
        Export("position"),
        _MERGE,
    ),
    Table(
        "client_codes",
        _PAIR,
        (
            _text(
                "code",
                "A pseudonym code: 1 to 3 letters and a number, like A-07.",
                max_length=MAX_CLIENT_CODE_LENGTH,
            ),
            _moment("created_at"),
            _updated_at(),
        ),
        ("code",),
        "Pseudonym client codes used in debriefs (never names).",
        "%n client codes",
        Export("code"),
        _MERGE,
    ),
    Table(
        "debriefs",
        _PAIR,
        (
            _int("rowid", "This copy's row number for the search index.", local=True),
            _id("entry_id", "The debrief's id; follow-ups and topics refer to it."),
            _date("visit_date", "Not in the future."),
            _text("visit_type", choices=_values(VisitType)),
            _text("presence", choices=_values(Presence)),
            _text(
                "client_code",
                "A code of pair.client_codes, or empty.",
                nullable=True,
                max_length=MAX_CLIENT_CODE_LENGTH,
                empty_is_null=True,
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
            _json(
                "warning_signs",
                _enum_list(WarningSign),
                "Warning signs noticed.",
                field="warning_signs.signs",
            ),
            _text(
                "warning_noticed_by",
                "Who noticed the signs.",
                max_length=MAX_TEXT_LENGTH,
                field="warning_signs.noticed_by",
            ),
            _text(
                "warning_noticed_from",
                max_length=MAX_TEXT_LENGTH,
                field="warning_signs.noticed_from",
            ),
            _text("warning_agreed", max_length=MAX_TEXT_LENGTH, field="warning_signs.agreed"),
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
            _updated_at(),
            _moment("deleted_at", nullable=True, local=True),
            _int(
                "duration_minutes",
                "How long the visit took, in minutes (for the fee log); null: not given.",
                nullable=True,
                maximum=MAX_VISIT_MINUTES,
            ),
        ),
        ("entry_id",),
        "Debriefs (purut). Entries deleted and waiting to be purged are not exported.",
        "%n debriefs",
        Export("visit_date, entry_id", "deleted_at IS NULL"),
        _MERGE,
        counted=True,
    ),
    Table(
        "follow_ups",
        _PAIR,
        (
            _id("follow_up_id"),
            _id("entry_id", "The debrief (pair.debriefs) it belongs to."),
            _int("position"),
            _text("task", "Not empty.", max_length=MAX_SHORT_TEXT_LENGTH),
            _text("owner", _OWNER_NOTE, refers=Ref.MEMBER_OR_TOGETHER),
            _date("due", nullable=True),
            _bool("done"),
            _moment("done_at", nullable=True),
            _updated_at(),
        ),
        ("follow_up_id",),
        "Follow-ups (jatkotoimet) agreed in debriefs.",
        "%n follow-ups",
        Export("entry_id, position"),
        _MERGE,
        parent="debriefs",
        parent_key="entry_id",
    ),
    Table(
        "supervision_topics",
        _PAIR,
        (
            _id("topic_id"),
            _id("entry_id"),
            _int("position"),
            _text("text", "Not empty.", max_length=MAX_SHORT_TEXT_LENGTH),
            _json("tags", _enum_list(SupervisionTag), "Tags of the topic."),
            _text("raised_by", _OWNER_NOTE, refers=Ref.MEMBER_OR_TOGETHER),
            _updated_at(),
        ),
        ("topic_id",),
        "Topics raised in debriefs for work supervision.",
        "%n topics for supervision",
        Export("entry_id, position"),
        _MERGE,
        parent="debriefs",
        parent_key="entry_id",
    ),
    Table(
        "debrief_edits",
        _PAIR,
        (
            _id("edit_id"),
            _id("entry_id"),
            _id("member_id", _MEMBER_NOTE, refers=Ref.MEMBER),
            _moment("at"),
            _updated_at(),
        ),
        ("edit_id",),
        "Who edited a debrief and when (the history of each entry).",
        "%n debrief edits",
        Export("entry_id, at, edit_id"),
        _MERGE,
        parent="debriefs",
        parent_key="entry_id",
    ),
    Table(
        "debrief_search",
        _PAIR,
        (_text("body"),),
        ("rowid",),
        "The full-text index of the debriefs (its rowid is debriefs.rowid).",
        "%n indexed debriefs",
        NotExported("The search index is built from the debriefs on each device."),
        _LOCAL,
        virtual=True,
    ),
    Table(
        "debrief_lemmas",
        _PAIR,
        (_text("lemmas"),),
        ("rowid",),
        "The base forms of the debriefs' words, indexed for Finnish search (its rowid is"
        " debriefs.rowid; no text is kept).",
        "%n debriefs indexed by base form",
        NotExported("The search index is built from the debriefs on each device."),
        _LOCAL,
        virtual=True,
    ),
    Table(
        "role_revisions",
        _PAIR,
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
            _updated_at(),
        ),
        ("revision_id",),
        "Every version of the role split (roolijako), accepted ones included.",
        "%n role split versions",
        Export("version"),
        _MERGE,
        counted=True,
    ),
    Table(
        "role_items",
        _PAIR,
        (
            _text("revision_id", max_length=64),
            _text("item_id", "Stays the same across versions.", max_length=64),
            _int("position", maximum=MAX_ROLE_ITEMS - 1),
            _text("title", "Not empty, one line.", max_length=MAX_TITLE_LENGTH),
            _text("lead", choices=_values(Lead)),
            _text("note", max_length=MAX_ROLE_NOTE_LENGTH),
            _updated_at(),
        ),
        ("revision_id", "item_id"),
        "The tasks of each role split version and who leads them.",
        "%n role split tasks",
        Export("revision_id, position"),
        _MERGE,
        parent="role_revisions",
        parent_key="revision_id",
    ),
    Table(
        "role_acceptances",
        _PAIR,
        (
            _text("revision_id", max_length=64),
            _id("member_id", _MEMBER_NOTE, refers=Ref.MEMBER),
            _moment("accepted_at"),
            _updated_at(),
        ),
        ("revision_id", "member_id"),
        "Which member accepted which version, and when.",
        "%n acceptances",
        Export("revision_id, member_id"),
        _MERGE,
        parent="role_revisions",
        parent_key="revision_id",
    ),
    Table(
        "role_reviews",
        _PAIR,
        (
            _text("review_id", max_length=64),
            _text("revision_id", max_length=64),
            _date("reviewed_on"),
            _date("next_review_on"),
            _bool("discussed_in_supervision"),
            _text("note", max_length=MAX_REVIEW_NOTE_LENGTH),
            _id("recorded_by", _MEMBER_NOTE, refers=Ref.MEMBER),
            _moment("recorded_at"),
            _updated_at(),
        ),
        ("review_id",),
        "Reviews of the role split that ended without changes.",
        "%n role split reviews",
        Export("recorded_at, review_id"),
        _MERGE,
    ),
    Table(
        "shared_stress_trends",
        _PAIR,
        (
            _text("share_id", max_length=64),
            _id("member_id", _MEMBER_NOTE, refers=Ref.MEMBER),
            _date("period_start"),
            _date("period_end"),
            _text("trend", choices=_values(TrendWord)),
            _updated_at(),
        ),
        ("share_id",),
        "Stress trends a member chose to share with the pair (a word only).",
        "%n shared trends",
        Export("period_start, share_id"),
        _MERGE,
        counted=True,
    ),
    Table(
        "shared_stress_weeks",
        _PAIR,
        (
            _text("share_id", max_length=64),
            _date("week_start", "A Monday."),
            _int("stress", "Elo stress, 1 to 5.", minimum=ELO_STRESS_MIN, maximum=ELO_STRESS_MAX),
            _updated_at(),
        ),
        ("share_id", "week_start"),
        "The weekly stress values (1–5) of each shared trend.",
        "%n shared weeks",
        Export("share_id, week_start"),
        _MERGE,
        parent="shared_stress_trends",
        parent_key="share_id",
    ),
    Table(
        "supervision_sessions",
        _PAIR,
        (
            _text("session_id", max_length=64),
            _date("held_on"),
            _text(
                "supervisor",
                "The supervisor's name, may be empty; one line.",
                max_length=MAX_SUPERVISOR_LENGTH,
            ),
            _moment("created_at"),
            _updated_at(),
        ),
        ("session_id",),
        "Work supervision sessions (työnohjauskerrat), past and planned.",
        "%n supervision sessions",
        Export("held_on, session_id"),
        _MERGE,
        counted=True,
    ),
    Table(
        "supervision_agenda",
        _PAIR,
        (
            _id("item_id"),
            _text("session_id", max_length=64),
            _int("position", maximum=MAX_SUPERVISION_ITEMS - 1),
            _text("text", "Not empty.", max_length=MAX_SUPERVISION_ITEM_LENGTH),
            _json("tags", _enum_list(SupervisionTag), "Tags of the topic."),
            _text("raised_by", _OWNER_NOTE, refers=Ref.MEMBER_OR_TOGETHER),
            _id(
                "entry_id",
                "The debrief a topic came from; null for one written on the agenda itself.",
                nullable=True,
            ),
            _updated_at(),
        ),
        ("item_id",),
        "The agenda of each session.",
        "%n agenda items",
        Export("session_id, position"),
        _MERGE,
        parent="supervision_sessions",
        parent_key="session_id",
    ),
    Table(
        "supervision_agreements",
        _PAIR,
        (
            _id("agreement_id"),
            _text("session_id", max_length=64),
            _int("position", maximum=MAX_SUPERVISION_ITEMS - 1),
            _text("text", "Not empty.", max_length=MAX_SUPERVISION_ITEM_LENGTH),
            _text("owner", _OWNER_NOTE, refers=Ref.MEMBER_OR_TOGETHER),
            _text("status", choices=_values(AgreementStatus)),
            _updated_at(),
        ),
        ("agreement_id",),
        "What was agreed in each session, who sees to it and how it stands.",
        "%n agreements",
        Export("session_id, position"),
        _MERGE,
        parent="supervision_sessions",
        parent_key="session_id",
    ),
    _form_drafts(_PAIR),
    _tombstones(_PAIR),
    # --- an own area -------------------------------------------------------------------
    _meta(_OWN),
    Table(
        "visit_reflections",
        _OWN,
        (
            _id("entry_id", "The debrief (pair.debriefs) reflected on."),
            _date("visit_date", "Not in the future."),
            _int("strain", "0 to 10.", nullable=True, maximum=MAX_STRAIN),
            _text("past_close", nullable=True, choices=_values(PastClose)),
            _bool("wants_to_debrief"),
            _text("feelings", max_length=MAX_TEXT_LENGTH),
            _bool("shared_with_pair"),
            _moment("saved_at"),
            _updated_at(),
        ),
        ("entry_id",),
        "The person's own reflections on visits (strain, feelings).",
        "%n own reflections",
        Export("visit_date, entry_id"),
        _MERGE,
    ),
    Table(
        "checkins",
        _OWN,
        (
            _text("checkin_id", max_length=64),
            _date("day", "Not in the future."),
            _text("note", max_length=MAX_CHECKIN_NOTE_LENGTH),
            _moment("created_at"),
            _updated_at(),
        ),
        ("checkin_id",),
        "The person's own strain check-ins.",
        "%n check-ins",
        Export("day, checkin_id"),
        _MERGE,
    ),
    Table(
        "checkin_answers",
        _OWN,
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
            _updated_at(),
        ),
        ("checkin_id", "instrument_id", "item_id"),
        "The answers of each check-in, per instrument and item.",
        "%n check-in answers",
        Export("checkin_id, instrument_id, item_id"),
        _MERGE,
        parent="checkins",
        parent_key="checkin_id",
    ),
    Table(
        "checkin_talk",
        _OWN,
        (
            _text("checkin_id", max_length=64),
            _text("choice", choices=_values(TalkChoice)),
            _updated_at(),
        ),
        ("checkin_id", "choice"),
        "Whom the person wanted to talk to after a check-in.",
        "%n wishes to talk",
        Export("checkin_id, choice"),
        _MERGE,
        parent="checkins",
        parent_key="checkin_id",
    ),
    Table(
        "nudge_memory",
        _OWN,
        (
            _text("rule", choices=_values(Rule)),
            _date("acknowledged_on", nullable=True),
            _date("snoozed_until", nullable=True),
            _updated_at(),
        ),
        ("rule",),
        "Which gentle reminders (rules R1–R5) the person acknowledged or snoozed.",
        "%n reminders seen",
        Export("rule"),
        _MERGE,
    ),
    Table(
        "checkin_settings",
        _OWN,
        (
            _text("key", choices=CHECKIN_SETTING_KEYS),
            _text(
                "value",
                "guiding_role and r5_enabled: `1` or `0`; enabled_items and "
                "optional_instruments: names separated by commas.",
                max_length=2000,
            ),
            _updated_at(),
        ),
        ("key",),
        "The person's check-in settings.",
        "%n check-in settings",
        Export("key"),
        _MERGE,
    ),
    _form_drafts(_OWN),
    _tombstones(_OWN),
)


@cache
def _by_name() -> dict[tuple[Database, str], Table]:
    return {(table.database, table.name): table for table in TABLES}


def table(database: Database, name: str) -> Table:
    """The description of one table (``KeyError`` for a table the journal lacks)."""
    return _by_name()[(database, name)]


def tables(database: Database) -> tuple[Table, ...]:
    """Every table of one database, parents before their children."""
    return tuple(t for t in TABLES if t.database is database)


def exported_tables(database: Database) -> tuple[Table, ...]:
    """The tables an export writes for one database, in the file's order."""
    return tuple(t for t in tables(database) if t.exported)


def export_where(described: Table) -> str:
    """The rows of ``described`` an export writes: its own filter, and for a child only
    the rows of exported parents (a deleted debrief's follow-ups stay out with it)."""
    clauses: list[str] = []
    if isinstance(described.export, Export) and described.export.where:
        clauses.append(described.export.where)
    if described.parent is not None:
        parent = table(described.database, described.parent)
        parent_where = export_where(parent)
        if parent_where:
            clauses.append(
                f"{described.parent_key} IN (SELECT {parent.key[0]} FROM {parent.name}"
                f" WHERE {parent_where})"
            )
    return " AND ".join(clauses)


def children(described: Table) -> tuple[Table, ...]:
    """The tables whose rows belong to ``described``'s rows."""
    return tuple(
        t
        for t in tables(described.database)
        if t.parent == described.name and t.sync is Sync.MERGEABLE
    )


def labels() -> tuple[str, ...]:
    """Every table's label (for the translation catalogues)."""
    return tuple(dict.fromkeys(t.label for t in TABLES))
