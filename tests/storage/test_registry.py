"""The table registry matches the real schema, and nothing a table needs is forgotten."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlcipher3.dbapi2 as sqlite

from tyoparipaivakirja import messages
from tyoparipaivakirja.core.debriefs import VisitType, WarningSign
from tyoparipaivakirja.core.errors import ValidationError, ValidationField, ValidationReason
from tyoparipaivakirja.storage import registry, schema
from tyoparipaivakirja.storage.registry import UPDATED_AT, Database, Kind, NotExported, Sync
from tyoparipaivakirja.storage.rows import RowMapper
from tyoparipaivakirja.words import _catalogue

SQLITE_OWN = {"sqlite_sequence", "sqlite_stat1"}


def _fresh(migrations: tuple[schema.Migration, ...]) -> sqlite.Connection:
    conn = sqlite.connect(":memory:", isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    schema.migrate(conn, migrations)
    return conn


def _tables(conn: sqlite.Connection) -> dict[str, list[tuple[str, str, bool, int]]]:
    """Every table (not the FTS5 shadow tables) → (column, type, not null, key position)."""
    names = [
        str(row[0])
        for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if str(row[0]) not in SQLITE_OWN
    ]
    virtual = {
        str(row[0])
        for row in conn.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL%'")
    }
    shadows = {n for n in names for v in virtual if n.startswith(f"{v}_")}
    found = {}
    for name in names:
        if name in shadows:
            continue
        found[name] = [
            (str(col), str(kind), bool(notnull), int(pk))
            for _cid, col, kind, notnull, _default, pk in conn.execute(f"PRAGMA table_info({name})")
        ]
    return found


def _check(database: Database, migrations: tuple[schema.Migration, ...]) -> None:
    real = _tables(_fresh(migrations))
    described = {t.name: t for t in registry.tables(database)}
    assert set(real) == set(described), "tables differ from the registry"
    for name, columns in real.items():
        table = described[name]
        assert [c[0] for c in columns] == [c.name for c in table.columns], name
        if table.virtual:
            continue
        for (col, kind, notnull, _pk), column in zip(columns, table.columns, strict=True):
            assert kind == column.kind.sql_type, f"{name}.{col} type"
            # A key column is NOT NULL in practice even where SQLite does not say so.
            in_key = col in table.key
            assert notnull or in_key or col == "rowid" or column.nullable, f"{name}.{col}"
            assert not (notnull and column.nullable), f"{name}.{col} is NOT NULL"
        keys = sorted((pk, col) for col, _k, _n, pk in columns if pk)
        assert tuple(col for _pk, col in keys) == table.key or (
            name == "debriefs" and table.key == ("entry_id",)
        ), f"{name} key"


def test_registry_describes_the_pair_journal_after_every_migration() -> None:
    """Every table and column of a new pair journal, with its type and nullability, is
    the registry's (the DDL check)."""
    _check(Database.PAIR, schema.PAIR_MIGRATIONS)


def test_registry_describes_an_own_area_after_every_migration() -> None:
    """The same for an own area."""
    _check(Database.OWN, schema.PERSONAL_MIGRATIONS)


def test_every_table_has_a_label_an_export_entry_and_a_sync_rule() -> None:
    """A table without a label, an export entry or a reason not to export, or a
    mergeable table without ids and a clock stamp, fails here."""
    for table in registry.TABLES:
        assert "%n" in table.label, table.name
        if isinstance(table.export, NotExported):
            assert len(table.export.reason) > 20, table.name
        else:
            for word in table.export.order_by.replace(",", " ").split():
                assert word in {c.name for c in table.columns} | {"DESC", "ASC"}, table.name
        if table.sync is Sync.MERGEABLE and table.name != "tombstones":
            assert table.column(UPDATED_AT).kind is Kind.STAMP, table.name
        if table.parent is not None:
            parent = registry.table(table.database, table.parent)
            assert table.column(table.parent_key), table.name
            assert len(parent.key) == 1, table.name


def test_every_label_is_translated() -> None:
    """The labels that count a backup's contents are in the Finnish, Swedish and
    English catalogues (tools/update_translations.py puts them there)."""
    for language in ("fi", "sv", "en"):
        catalogue = _catalogue(language)
        missing = [label for label in registry.labels() if ("Tables", label, "") not in catalogue]
        assert missing == [], (language, missing)


def test_every_validation_field_has_its_own_message() -> None:
    """A validation field without a branch in messages fails here, instead of silently
    reading "This member is not in the journal."."""
    member_fields = {
        ValidationField.MEMBERS,
        ValidationField.MEMBER_NAME,
        ValidationField.MEMBER_ROLE,
    }
    fallback = messages.validation_message(
        ValidationError(ValidationField.MEMBERS, ValidationReason.UNKNOWN_MEMBER)
    )
    assert set(messages.FIELD_MESSAGES) == set(ValidationField)
    for field in set(ValidationField) - member_fields:
        for reason in ValidationReason:
            text = messages.validation_message(ValidationError(field, reason))
            assert text and text != fallback, (field, reason)


@dataclass(frozen=True, slots=True)
class _Inner:
    signs: tuple[WarningSign, ...] = ()
    noticed_by: str = ""


@dataclass(frozen=True, slots=True)
class _Row:
    row_id: str
    day: date
    kind: VisitType
    code: str = ""
    minutes: int | None = None
    done: bool = False
    inner: _Inner = _Inner()


_TABLE = registry.Table(
    "example",
    Database.PAIR,
    (
        registry.Column("row_id"),
        registry.Column("day", Kind.DATE),
        registry.Column("kind"),
        registry.Column("code", nullable=True, empty_is_null=True),
        registry.Column("minutes", Kind.INTEGER, nullable=True),
        registry.Column("done", Kind.BOOLEAN),
        registry.Column("signs", Kind.JSON, field="inner.signs"),
        registry.Column("noticed_by", field="inner.noticed_by"),
        registry.Column("created_at", Kind.MOMENT),
    ),
    ("row_id",),
    "An example.",
    "%n examples",
    NotExported("An example for the test only, never a real table of the journal."),
    Sync.DEVICE_LOCAL,
)


def test_rows_map_to_dataclass_fields_by_column_name() -> None:
    """A column holds the field of its name (or of ``Column.field``, a field of a field),
    typed by the dataclass: a new column and a new field of one name need no other code.
    Columns that are no field of the dataclass are left to the store."""
    mapper = RowMapper(_TABLE, _Row)
    value = _Row(
        "a1",
        date(2026, 3, 4),
        VisitType.HOME_VISIT,
        "",
        45,
        True,
        _Inner((WarningSign.NEW_DEBTS,), "Sanna"),
    )
    stored = mapper.values(value)
    assert stored == {
        "row_id": "a1",
        "day": "2026-03-04",
        "kind": "kotikäynti",
        "code": None,
        "minutes": 45,
        "done": 1,
        "signs": '["uudet velat"]',
        "noticed_by": "Sanna",
    }
    assert mapper.select_list("t") == (
        "t.row_id, t.day, t.kind, t.code, t.minutes, t.done, t.signs, t.noticed_by"
    )
    assert mapper.read(tuple(stored.values())) == value
