"""Rows to dataclasses and back, by column name, from the table registry.

A store never lists a table's columns or counts positions (``row[0] … row[21]``): a
``RowMapper`` pairs a registry table with a ``core`` dataclass. Each column holds the
dataclass field of its name, or the field its ``Column.field`` names (a field of a
field, like ``warning_signs.noticed_by``); columns that are not fields of the
dataclass (``created_at``, ``updated_at``, a parent's key) are left to the store. So a
new column described in the registry and a new field of the same name in the dataclass
are read and written with no change here or in the store.

Reading goes through ``core.drafts.reader``, which reads a plain value as a type hint
(enums, dates, tuples, nested dataclasses, JSON columns) and is built once per hint.

The write helpers keep the history that lets two copies merge (see ``storage.access``):
every row written carries the transaction's clock stamp in ``updated_at``; an upsert
leaves a row whose values did not change as it was (its stamp too); ``sync_children``
makes a parent's child rows exactly the given ones (upserted by key); and every row
deleted leaves a tombstone.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from typing import Any, get_type_hints

from tyoparipaivakirja.core.drafts import Plain, reader, to_plain
from tyoparipaivakirja.storage.cipher import Connection
from tyoparipaivakirja.storage.registry import (
    UPDATED_AT,
    Column,
    Database,
    Kind,
    Sync,
    Table,
    children,
    table,
)

type Values = dict[str, object]

KEY_SEPARATOR = "/"


def to_db(column: Column, value: object) -> object:
    """A Python value as the column stores it."""
    plain = to_plain(value)
    if plain is None:
        return None
    match column.kind:
        case Kind.JSON:
            return json.dumps(plain)
        case Kind.BOOLEAN:
            return int(bool(plain))
        case _:
            if column.empty_is_null and plain == "":
                return None
            return plain


def from_db(column: Column, value: object) -> Plain:
    """A stored value as the plain value ``core.drafts.reader`` reads."""
    if value is None:
        return "" if column.empty_is_null else None
    match column.kind:
        case Kind.JSON:
            decoded: Plain = json.loads(str(value))
            return decoded
        case Kind.BOOLEAN:
            return bool(value)
        case _:
            return value  # type: ignore[return-value]


def _hint_at(kind: type, path: Sequence[str]) -> Any:
    hint: Any = kind
    for name in path:
        hint = get_type_hints(hint)[name]
    return hint


class RowMapper[T]:
    """One registry table read into (and written from) one dataclass, by column name."""

    def __init__(self, described: Table, kind: type[T]) -> None:
        self.table = described
        self.kind = kind
        names = {f.name for f in dataclasses.fields(kind)}  # type: ignore[arg-type]
        self.columns = tuple(
            c for c in described.columns if c.path and c.path[0] in names and not c.local
        )
        # Per column, made once: the column, its field path and the reader of its type.
        self._readers = tuple(
            (column, column.path, reader(_hint_at(kind, column.path))) for column in self.columns
        )
        nested = {c.path[0] for c in self.columns if len(c.path) > 1}
        self._nested = {name: _hint_at(kind, (name,)) for name in nested}

    def select_list(self, alias: str = "") -> str:
        """The mapped columns for a SELECT, in the order ``read`` expects."""
        prefix = f"{alias}." if alias else ""
        return ", ".join(prefix + c.name for c in self.columns)

    def fields(self, row: Sequence[object]) -> dict[str, object]:
        """The dataclass fields the mapped columns of ``row`` hold (nested ones built)."""
        found: dict[str, object] = {}
        parts: dict[str, dict[str, object]] = {}
        for (column, path, read), value in zip(self._readers, row, strict=False):
            converted = read(from_db(column, value))
            if len(path) == 1:
                found[path[0]] = converted
            else:
                parts.setdefault(path[0], {})[path[1]] = converted
        for name, values in parts.items():
            found[name] = self._nested[name](**values)
        return found

    def read(self, row: Sequence[object], **extra: object) -> T:
        """The dataclass of one row selected with ``select_list`` (``extra``: the fields
        that are not columns, like a debrief's follow-ups)."""
        return self.kind(**self.fields(row), **extra)

    def values(self, value: T) -> Values:
        """The mapped columns' stored values for ``value``."""
        found: Values = {}
        for column, path, _read in self._readers:
            item: object = value
            for name in path:
                item = getattr(item, name)
            found[column.name] = to_db(column, item)
        return found


# --- SQL of one table, built once ------------------------------------------------------


@cache
def _upsert_sql(database: Database, name: str, columns: tuple[str, ...]) -> str:
    described = table(database, name)
    key = described.key
    changing = [c for c in columns if c not in key and c != UPDATED_AT]
    updates = ", ".join(f"{c} = excluded.{c}" for c in (*changing, UPDATED_AT))
    listed = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    sql = f"INSERT INTO {name} ({listed}) VALUES ({marks}) ON CONFLICT ({', '.join(key)}) DO "
    if not changing:
        return sql + "NOTHING"
    mine = ", ".join(changing)
    theirs = ", ".join(f"excluded.{c}" for c in changing)
    # A row saved again unchanged keeps its stamp: a merge then sees no change there.
    return sql + f"UPDATE SET {updates} WHERE ({mine}) IS NOT ({theirs})"


@cache
def _insert_sql(name: str, columns: tuple[str, ...]) -> str:
    return f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"


def row_key(described: Table, values: Mapping[str, object]) -> str:
    """The key of a row as one text (parts joined by ``/``), as tombstones name it."""
    return KEY_SEPARATOR.join(str(values[c]) for c in described.key)


def insert(conn: Connection, described: Table, values: Mapping[str, object], stamp: str) -> None:
    """Insert one new row, stamped."""
    row = {**values, UPDATED_AT: stamp} if described.sync is Sync.MERGEABLE else dict(values)
    columns = tuple(row)
    conn.execute(_insert_sql(described.name, columns), tuple(row.values()))


def upsert(conn: Connection, described: Table, values: Mapping[str, object], stamp: str) -> None:
    """Insert the row, or update it by key when something in it changed (stamped then)."""
    row = {**values, UPDATED_AT: stamp}
    columns = tuple(row)
    conn.execute(_upsert_sql(described.database, described.name, columns), tuple(row.values()))


def update(
    conn: Connection,
    described: Table,
    key: Mapping[str, object],
    values: Mapping[str, object],
    stamp: str,
) -> bool:
    """Change one existing row's ``values`` (stamped) when they differ from its own;
    True when it changed."""
    names = list(values)
    where = " AND ".join(f"{name} = ?" for name in key)
    sql = (
        f"UPDATE {described.name} SET {', '.join(f'{n} = ?' for n in names)}, {UPDATED_AT} = ?"
        f" WHERE {where} AND ({', '.join(names)}) IS NOT ({', '.join('?' for _ in names)})"
    )
    params = (*values.values(), stamp, *key.values(), *values.values())
    return bool(conn.execute(sql, params).rowcount)


def tombstone(conn: Connection, described: Table, keys: Iterable[str], stamp: str) -> None:
    """Record that these rows of ``described`` were deleted, at ``stamp``."""
    conn.executemany(
        "INSERT OR REPLACE INTO tombstones (table_name, row_id, deleted_at) VALUES (?, ?, ?)",
        [(described.name, key, stamp) for key in keys],
    )


def _keys(conn: Connection, described: Table, where: str, params: Sequence[object]) -> list[str]:
    key = " || '/' || ".join(described.key)
    rows = conn.execute(f"SELECT {key} FROM {described.name} WHERE {where}", tuple(params))
    return [str(r[0]) for r in rows]


def _tombstone_tree(
    conn: Connection, described: Table, where: str, params: Sequence[object], stamp: str
) -> int:
    """Tombstones for the rows ``where`` selects and, through the registry, every row
    of theirs in child tables (which the database's cascade deletes with them)."""
    keys = _keys(conn, described, where, params)
    tombstone(conn, described, keys, stamp)
    for child in children(described):
        if len(described.key) != 1:
            continue
        inner = f"SELECT {described.key[0]} FROM {described.name} WHERE {where}"
        _tombstone_tree(conn, child, f"{child.parent_key} IN ({inner})", params, stamp)
    return len(keys)


def delete(
    conn: Connection, described: Table, where: str, params: Sequence[object], stamp: str
) -> int:
    """Delete the rows ``where`` selects (and their children), leaving tombstones.
    Returns how many rows of ``described`` went."""
    count = _tombstone_tree(conn, described, where, params, stamp)
    conn.execute(f"DELETE FROM {described.name} WHERE {where}", tuple(params))
    return count


def sync_children(
    conn: Connection,
    described: Table,
    parent_id: object,
    rows: Sequence[Mapping[str, object]],
    stamp: str,
) -> None:
    """Make ``parent_id``'s rows in the child table ``described`` exactly ``rows``:
    each upserted by its key (unchanged ones keep their stamp), the others deleted with
    a tombstone. Never delete-all-and-reinsert: a merge must see what really changed.
    A row whose key is new here is inserted, so a key of another parent's row is
    refused (``IntegrityError``) instead of taking that row over."""
    parent_key = described.parent_key
    existing = set(_keys(conn, described, f"{parent_key} = ?", (parent_id,)))
    kept: set[str] = set()
    for values in rows:
        row = {parent_key: parent_id, **values}
        key = row_key(described, row)
        if key in existing:
            upsert(conn, described, row, stamp)
        else:  # new here: a key used elsewhere is refused, never moved over
            insert(conn, described, row, stamp)
        kept.add(key)
    gone = sorted(existing - kept)
    if gone:
        tombstone(conn, described, gone, stamp)
        key = " || '/' || ".join(described.key)
        conn.executemany(
            f"DELETE FROM {described.name} WHERE {parent_key} = ? AND {key} = ?",
            [(parent_id, item) for item in gone],
        )


def positioned(values: Iterable[Values]) -> list[Values]:
    """Child rows with their ``position`` in the given order."""
    return [{**row, "position": index} for index, row in enumerate(values)]


def with_new_ids(
    items: Sequence[object], id_field: str, make_id: Callable[[], str]
) -> list[object]:
    """The items with an id for each that has none yet (a row never saved before)."""
    return [
        item if getattr(item, id_field) else dataclasses.replace(item, **{id_field: make_id()})  # type: ignore[type-var]
        for item in items
    ]
