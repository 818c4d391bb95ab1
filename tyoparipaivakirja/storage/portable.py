"""Export and import: the whole journal as one documented JSON file (data portability).

The format is described for people in ``docs/export-format.md`` and for programs by
the JSON Schema ``resources/export-format.schema.json``, both generated from the table
registry (``storage.registry``; ``tools/export_schema.py`` writes them), so the code,
the schema and the file can never disagree about a field. Which tables are exported,
in which order and which rows, is the registry's too: a new table is described there.

An export is **plaintext**: the caller warns the user first, and the file is written
atomically and owner-only. Each section is a list of tables and each table a list of
rows with named fields.

Format 2 (this version) has text ids and each row's clock stamp (``updated_at``).
A file of format 1 (integer ids of debriefs, follow-ups and topics; agenda items and
agreements by position) is checked with the schema it was written for and brought to
format 2 (``upgrade_from_1``) with the same ids a migrated journal gets
(``core.ids.legacy_id``), own areas included.

An import always creates a **new** journal. It is built in a temporary folder beside
the target and renamed into place only when every row is in and has been read back
through the app's own readers, so a rejected file leaves nothing behind.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tyoparipaivakirja import __version__
from tyoparipaivakirja.core import hlc
from tyoparipaivakirja.core.errors import (
    ImportInvalid,
    ImportProblem,
    NotAJournal,
    ValidationError,
    ValidationField,
    ValidationReason,
)
from tyoparipaivakirja.core.hlc import STAMP_PATTERN
from tyoparipaivakirja.core.ids import ID_PATTERN, legacy_id
from tyoparipaivakirja.core.members import MAX_JOURNAL_NAME_LENGTH, MAX_MEMBERS
from tyoparipaivakirja.core.progress import Tick, no_progress
from tyoparipaivakirja.core.roles import RevisionStatus
from tyoparipaivakirja.paths import resources_dir
from tyoparipaivakirja.storage import cipher, database, registry, schema
from tyoparipaivakirja.storage.access import CLOCK_KEY
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
from tyoparipaivakirja.storage.registry import (
    MAX_INTEGER,
    MOMENT_PATTERN,
    UPDATED_AT,
    Column,
    Database,
    Export,
    Kind,
    NotExported,
    Ref,
    Sync,
    Table,
)

if TYPE_CHECKING:
    from jsonschema.protocols import Validator

    from tyoparipaivakirja.storage.session import Journal

FORMAT_NAME = "tyoparipaivakirja-export"
FORMAT_VERSION = 2
SCHEMA_FILE = "export-format.schema.json"
# The schema of format 1 (integer ids, no clock stamps), kept as it was released: a file
# of format 1 is checked with it and then brought to format 2 (``upgrade_from_1``).
SCHEMA_FILE_1 = "export-format-1.schema.json"

type Row = dict[str, Any]

PAIR_TABLES: tuple[Table, ...] = registry.exported_tables(Database.PAIR)
PERSONAL_TABLES: tuple[Table, ...] = registry.exported_tables(Database.OWN)


# --- the JSON Schema ---------------------------------------------------------------


def _column_schema(column: Column) -> dict[str, Any]:
    result: dict[str, Any]
    match column.kind:
        case Kind.TEXT | Kind.DATE | Kind.MOMENT | Kind.STAMP:
            result = {"type": "string"}
            if column.choices:
                result["enum"] = list(column.choices)
            if column.max_length is not None:
                result["maxLength"] = column.max_length
            if column.pattern:
                result["pattern"] = column.pattern
            if column.kind in (Kind.DATE, Kind.MOMENT):
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
            "required": [c.name for c in table.exported_columns],
            "properties": {c.name: _column_schema(c) for c in table.exported_columns},
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


@cache
def _validator_1() -> Validator:
    return read_schema(resources_dir() / SCHEMA_FILE_1)


# --- export --------------------------------------------------------------------------
#
# The file is exactly what ``encode`` makes of the document (``json.dumps`` with
# ``indent=2``), but it is written without building the document: each table's rows go
# from the cursor into text column by column, strings through the json module's C
# encoder, and each row through one template. ``json.dumps`` with an indent runs in pure
# Python, and at 10,000 debriefs the dictionaries alone cost more than reading the
# file (benchmarks/export.py). ``export_document`` is the same text parsed.

_INDENT = "  "
_NULL = "null"
_ROWS_AT_ONCE = 1000
_string: Callable[[str], str] = json.encoder.encode_basestring  # C, keeps non-ASCII as is


def _dumps(value: object, depth: int) -> str:
    """Any JSON value as ``encode`` lays it out at nesting ``depth``."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return text.replace("\n", "\n" + _INDENT * depth)  # a JSON string holds no newline


def _object_text(members: Sequence[tuple[str, list[str]]], depth: int) -> list[str]:
    """An object of values already encoded (each a list of pieces of text), laid out
    like ``encode`` at ``depth``. Pieces are joined once, at the end: the file is
    copied once instead of once per level."""
    if not members:
        return ["{}"]
    inner = _INDENT * (depth + 1)
    pieces = ["{\n"]
    for name, value in members:
        pieces.append(f"{inner}{_string(name)}: ")
        pieces.extend(value)
        pieces.append(",\n")
    pieces[-1] = f"\n{_INDENT * depth}}}"
    return pieces


def _array_text(items: Sequence[list[str]], depth: int) -> list[str]:
    """An array of values already encoded (each a list of pieces of text), laid out
    like ``encode`` at ``depth``."""
    if not items:
        return ["[]"]
    inner = _INDENT * (depth + 1)
    pieces = [f"[\n{inner}"]
    for item in items:
        pieces += (*item, f",\n{inner}")
    pieces[-1] = f"\n{_INDENT * depth}]"
    return pieces


def _column_text(
    column: Column, values: Sequence[Any], depth: int, laid_out: dict[str, str]
) -> list[str]:
    """One column's values as JSON, each laid out at ``depth``. Text and whole numbers
    come out of the STRICT tables as the file has them; true/false and JSON values are
    converted (a stored JSON value is read and laid out once per distinct text, kept
    in ``laid_out``)."""
    match column.kind:
        case Kind.BOOLEAN:
            return [_NULL if v is None else "true" if v else "false" for v in values]
        case Kind.INTEGER:
            return [_NULL if v is None else str(v) for v in values]
        case Kind.JSON:
            found = []
            for value in values:
                if value is None:
                    found.append(_NULL)
                    continue
                text = laid_out.get(value)
                if text is None:
                    text = laid_out[value] = _dumps(json.loads(value), depth)
                found.append(text)
            return found
        case _:
            return [_NULL if v is None else _string(v) for v in values]


def _exported_keys(
    conn: Connection, table: Table, known: dict[str, frozenset[Any]]
) -> frozenset[Any] | None:
    """The keys of ``table``'s exported rows, or None when it exports every row.

    A child table is exported only with its parent's rows (``registry.export_where``).
    Asked in SQL (``entry_id IN (SELECT …)``), SQLite probes that list once per child
    row: 60–70 ms at 10,000 debriefs for each child table, even an empty one. The
    parent's keys as a set cost 2 ms."""
    where = registry.export_where(table)
    if not where:
        return None
    if table.name not in known:
        rows = conn.execute(f"SELECT {table.key[0]} FROM {table.name} WHERE {where}")
        known[table.name] = frozenset(row[0] for row in rows)
    return known[table.name]


def _table_text(
    conn: Connection, table: Table, depth: int, known: dict[str, frozenset[Any]]
) -> list[str]:
    """The rows of one table as the JSON array ``encode`` writes at ``depth``."""
    assert isinstance(table.export, Export)
    columns = table.exported_columns
    names = [c.name for c in columns]
    where = f" WHERE {table.export.where}" if table.export.where else ""
    try:
        rows = conn.execute(
            f"SELECT {', '.join(names)} FROM {table.name}{where} ORDER BY {table.export.order_by}"
        ).fetchall()
        if table.parent is not None:
            parent = registry.table(table.database, table.parent)
            keys = _exported_keys(conn, parent, known)
            if keys is not None:
                index = names.index(table.parent_key)
                rows = [row for row in rows if row[index] in keys]
    except cipher.DatabaseError as exc:
        raise cipher.translate_error(exc) from None
    if not rows:
        return ["[]"]
    inner = _INDENT * (depth + 2)
    template = (
        "{\n"
        + ",\n".join(f"{inner}{_string(name).replace('%', '%%')}: %s" for name in names)
        + f"\n{_INDENT * (depth + 1)}}}"
    )
    laid_out: list[dict[str, str]] = [{} for _ in columns]
    between = f",\n{_INDENT * (depth + 1)}"
    pieces = [f"[\n{_INDENT * (depth + 1)}"]
    # A thousand rows at a time: one chunk's column and row texts are joined before the
    # next chunk is laid out, so they are never held for the whole table at once.
    for start in range(0, len(rows), _ROWS_AT_ONCE):
        chunk = rows[start : start + _ROWS_AT_ONCE]
        texts = [
            _column_text(column, values, depth + 2, known_values)
            for column, values, known_values in zip(
                columns, zip(*chunk, strict=True), laid_out, strict=True
            )
        ]
        pieces += (between.join([template % row for row in zip(*texts, strict=True)]), between)
    pieces[-1] = f"\n{_INDENT * depth}]"
    return pieces


def _section_text(
    conn: Connection,
    tables: Sequence[Table],
    first: Sequence[tuple[str, list[str]]],
    depth: int,
    steps: _Steps,
) -> list[str]:
    """A section (the pair, or one own area) as ``encode`` writes it at ``depth``."""
    members = [*first, ("schema_version", [str(schema.read_version(conn))])]
    known: dict[str, frozenset[Any]] = {}
    for table in tables:
        members.append((table.name, _table_text(conn, table, depth + 1, known)))
        steps.step()
    return _object_text(members, depth)


def export_text(
    journal: Journal, personal_passphrases: Mapping[str, str], progress: Tick = no_progress
) -> list[str]:
    """The export file of the whole pair journal, plus the personal areas whose owners
    gave their passphrase (``member_id → passphrase``), as pieces of text in the file's
    order (written one by one, the file is never held whole). Areas opened here are
    closed again; an area that was already open stays open.

    The session is held for the whole read (``Journal.exclusive``), so the file is one
    moment of the journal even while another thread would write. ``progress`` is ticked
    once per table and may stop the export (``core.progress.Cancelled``)."""
    with journal.exclusive():
        members = journal.members.all()
        wanted = [m for m in members if personal_passphrases.get(m.member_id)]
        total = len(PAIR_TABLES) + len(wanted) * len(PERSONAL_TABLES)
        steps = _Steps(progress, total)
        journal_meta = {
            "journal_id": journal.info.journal_id,
            "name": journal.info.name,
            "created_at": journal.info.created_at,
        }
        header = [
            ("format", [_dumps(FORMAT_NAME, 1)]),
            ("format_version", [_dumps(FORMAT_VERSION, 1)]),
            ("exported_at", [_dumps(datetime.now(UTC).isoformat(timespec="seconds"), 1)]),
            ("app_version", [_dumps(__version__, 1)]),
            ("journal", [_dumps(journal_meta, 1)]),
            ("pair", _section_text(journal.connection(), PAIR_TABLES, [], 1, steps)),
        ]
        areas: list[list[str]] = []
        for member in wanted:
            passphrase = personal_passphrases[member.member_id]
            was_open = journal.open_personal_area_of(member.member_id) is not None
            area = journal.open_personal_area(member.member_id, passphrase)
            try:
                first = [("member_id", [_dumps(member.member_id, 3)])]
                areas.append(_section_text(area.connection(), PERSONAL_TABLES, first, 2, steps))
            finally:
                if not was_open:
                    area.close()
    header.append(("personal_areas", _array_text(areas, 1)))
    return [*_object_text(header, 0), "\n"]


def export_bytes(
    journal: Journal, personal_passphrases: Mapping[str, str], progress: Tick = no_progress
) -> bytes:
    """The export file (``export_text``) whole, in UTF-8."""
    return "".join(export_text(journal, personal_passphrases, progress)).encode("utf-8")


def encoded(pieces: list[str]) -> Iterator[bytes]:
    """The pieces of ``export_text`` in UTF-8, each let go once it is encoded."""
    pieces.reverse()
    while pieces:
        yield pieces.pop().encode("utf-8")


def export_document(
    journal: Journal, personal_passphrases: Mapping[str, str], progress: Tick = no_progress
) -> Row:
    """The export (``export_bytes``) as a JSON document."""
    document: Row = json.loads(export_bytes(journal, personal_passphrases, progress))
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
    """A document as the export file has it (what ``export_bytes`` writes directly)."""
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_export_file(target: Path, document: Row) -> None:
    """Write a document as an export file, atomically and owner-only (it is plaintext)."""
    write_export(target, encode(document))


# --- reading and checking an import file ---------------------------------------------


def _fill_optional(document: Row) -> None:
    """Columns added since a file was written that may be empty are ``null`` in it."""
    sections = [(Database.PAIR, document["pair"])]
    sections += [(Database.OWN, area) for area in document.get("personal_areas", [])]
    for database_, section in sections:
        for table in registry.exported_tables(database_):
            optional = [c.name for c in table.exported_columns if c.nullable]
            for row in section.get(table.name, []):
                for name in optional:
                    row.setdefault(name, None)


def upgrade_from_1(document: Row) -> Row:
    """A checked file of format 1 as format 2: the ids a journal migrated from that
    version gets (``core.ids.legacy_id``, the same in the pair section and in every own
    area), and the clock stamp of rows from before stamps existed."""
    journal_id = str(document["journal"]["journal_id"])
    old = json.loads(json.dumps(document))  # a copy: the caller's document stays as it was
    pair: Row = old["pair"]

    def debrief(number: int | None) -> str | None:
        return None if number is None else legacy_id(journal_id, "debriefs", number, number)

    for row in pair["debriefs"]:
        row["entry_id"] = debrief(row["entry_id"])
    for name, key in (("follow_ups", "follow_up_id"), ("supervision_topics", "topic_id")):
        for row in pair[name]:
            row[key] = legacy_id(journal_id, name, row[key], row[key])
            row["entry_id"] = debrief(row["entry_id"])
    seen: dict[tuple[object, ...], int] = {}
    for row in pair["debrief_edits"]:
        what = (row["entry_id"], row["member_id"], row["at"])
        duplicate = seen.get(what, 0)
        seen[what] = duplicate + 1
        key = "/".join(str(part) for part in (*what, duplicate))
        row["edit_id"] = legacy_id(journal_id, "debrief_edits", key, 0)
        row["entry_id"] = debrief(row["entry_id"])
    for name, key in (
        ("supervision_agenda", "item_id"),
        ("supervision_agreements", "agreement_id"),
    ):
        for row in pair[name]:
            where = f"{row['session_id']}/{row['position']}"
            row[key] = legacy_id(journal_id, name, where, row["position"])
            if name == "supervision_agenda":
                row["entry_id"] = debrief(row["entry_id"])
    for area in old.get("personal_areas", []):
        for row in area["visit_reflections"]:
            row["entry_id"] = debrief(row["entry_id"])
        for row in area["checkins"]:  # its last change was a moment: now its stamp
            row[UPDATED_AT] = hlc.legacy(row[UPDATED_AT]).text
    for database_, sections in (
        (Database.PAIR, [pair]),
        (Database.OWN, old.get("personal_areas", [])),
    ):
        for section in sections:
            for table in registry.exported_tables(database_):
                if table.sync is not Sync.MERGEABLE:
                    continue
                for row in section[table.name]:
                    row.setdefault(UPDATED_AT, hlc.legacy(None).text)
    _fill_optional(old)
    old["format_version"] = FORMAT_VERSION
    return dict(old)


def check_document(document: object) -> Row:
    """Validate a parsed file against the schema and the references between its rows;
    raise ``ImportInvalid`` at the first problem (with its path), else return it."""
    check_plain_values(document)
    if isinstance(document, dict) and isinstance(document.get("format_version"), int):
        version = document["format_version"]
        if document.get("format") == FORMAT_NAME and version > FORMAT_VERSION:
            raise ImportInvalid("$.format_version", ImportProblem.NEWER_FORMAT, str(version))
        if document.get("format") == FORMAT_NAME and version == 1:
            problem = first_problem(_validator_1(), document)
            if problem is not None:
                raise ImportInvalid(problem.path, problem.kind, problem.detail)
            document = upgrade_from_1(document)
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
        for column in table.exported_columns
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
    columns = table.exported_columns
    names = [c.name for c in columns]
    sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"
    for index, row in enumerate(rows):
        values = [_import_value(c, row[c.name]) for c in columns]
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
    columns = table.exported_columns
    names = [c.name for c in columns]
    try:
        conn.execute(
            f"INSERT INTO {table.name} ({', '.join(names)})"
            f" VALUES ({', '.join('?' for _ in names)})",
            [_import_value(c, row[c.name]) for c in columns],
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
    from tyoparipaivakirja.storage.folder import write_journal_tag
    from tyoparipaivakirja.storage.session import Journal

    areas = list(document.get("personal_areas", []))
    # The new copy's clock starts after every stamp in the file (core.hlc.observe).
    latest = _latest_stamp(document)
    journal_meta = document["journal"]
    conn = database.create_database(
        database.pair_files(temp),
        pair_passphrase,
        {
            "journal_id": journal_meta["journal_id"],
            "name": journal_meta["name"],
            **({CLOCK_KEY: latest} if latest else {}),
        },
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
        read_back(journal.debriefs.rebuild_search_index, ["pair", "debriefs"])
        check_pair(journal, document, today)
        step(2)
        for index, area in enumerate(areas):
            member_id = area["member_id"]
            ensure_private_folder(temp / "personal")
            personal = database.create_database(
                database.personal_files(temp, member_id),
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


def _latest_stamp(document: Row) -> str | None:
    """The latest clock stamp of any row in the document."""
    sections = [document["pair"], *document.get("personal_areas", [])]
    stamps = [
        str(row[UPDATED_AT])
        for section in sections
        for rows in section.values()
        if isinstance(rows, list)
        for row in rows
        if isinstance(row, dict) and row.get(UPDATED_AT)
    ]
    return max(stamps, default=None)


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
    elif schema.get("pattern") == STAMP_PATTERN:
        parts.append("a clock stamp, `0193a4c2f1e0-0000-3f9a1c2b4d5e6f70`")
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
    assert isinstance(table.export, Export)
    lines = [
        f"#### `{section}.{table.name}`",
        "",
        f"{table.description} Rows are in the order of: `{table.export.order_by}`.",
        "",
        "| field | type | required | allowed values and notes |",
        "|---|---|---|---|",
    ]
    for column in table.exported_columns:
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
    lines += ["#### Not exported", "", "| database | table | why |", "|---|---|---|"]
    for table in registry.TABLES:
        if isinstance(table.export, NotExported):
            where = "pair journal" if table.database is Database.PAIR else "own area"
            lines.append(f"| {where} | `{table.name}` | {table.export.reason} |")
    return "\n".join([*lines, "", REFERENCE_END])


def document_with_reference(text: str) -> str:
    """``docs/export-format.md`` with its generated reference part replaced, and its
    example given ``null`` for every optional field it lacks (a column added later)."""
    start = text.index(REFERENCE_START)
    end = text.index(REFERENCE_END) + len(REFERENCE_END)
    text = text[:start] + reference_markdown() + text[end:]
    example_start = text.index("```json\n", text.index("## An example")) + len("```json\n")
    example_end = text.index("\n```", example_start)
    example = json.loads(text[example_start:example_end])
    _fill_optional(example)
    ordered = {
        **example,
        "pair": {
            "schema_version": example["pair"]["schema_version"],
            **{
                t.name: [
                    {c.name: row[c.name] for c in t.exported_columns if c.name in row}
                    for row in example["pair"][t.name]
                ]
                for t in PAIR_TABLES
            },
        },
    }
    shown = json.dumps(ordered, ensure_ascii=False, indent=2)
    return text[:example_start] + shown + text[example_end:]
