"""The export file is written straight from the tables (``portable.export_bytes``), and it
is, byte for byte, the document the export always wrote: every exported row of every table
read through the registry and laid out by ``json.dumps(…, indent=2)`` (``portable.encode``).
"""

from __future__ import annotations

import json
import stat
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from tyoparipaivakirja import __version__
from tyoparipaivakirja.actions.export import export_journal
from tyoparipaivakirja.core.debriefs import (
    Debrief,
    FollowUp,
    MemberPart,
    SupervisionTag,
    SupervisionTopic,
    VisitType,
)
from tyoparipaivakirja.core.progress import Cancelled
from tyoparipaivakirja.demo import write_demo
from tyoparipaivakirja.storage import portable, registry, schema
from tyoparipaivakirja.storage.files import write_export
from tyoparipaivakirja.storage.folder import open_journal
from tyoparipaivakirja.storage.registry import Kind, Table
from tyoparipaivakirja.storage.session import Journal

TODAY = date.today()
# Everything JSON escapes or keeps as it is: quotes, a backslash, line breaks, a tab, a
# control character, Finnish and Swedish letters, an emoji, the line separator, and the
# text of a Python format (the rows go through a template).
TRICKY = 'Hän sanoi "ei" \\ sitten\nrivi\r\ttab \x01 åäö ÅÄÖ 🙂 \u2028 %s %(x)s %% {0}'
DELETED_WORD = "poistettujatkotehtava"


def rows_as_before(conn: Any, table: Table) -> list[dict[str, Any]]:
    """One table's exported rows as the export first built them: a dictionary per row,
    the rows the registry exports (``export_where``), true/false and JSON converted."""
    assert isinstance(table.export, registry.Export)
    names = [c.name for c in table.exported_columns]
    where = registry.export_where(table)
    rows = conn.execute(
        f"SELECT {', '.join(names)} FROM {table.name}"
        + (f" WHERE {where}" if where else "")
        + f" ORDER BY {table.export.order_by}"
    ).fetchall()
    found = []
    for row in rows:
        values = dict(zip(names, row, strict=True))
        for column in table.exported_columns:
            value = values[column.name]
            if value is not None and column.kind is Kind.BOOLEAN:
                values[column.name] = bool(value)
            elif value is not None and column.kind is Kind.JSON:
                values[column.name] = json.loads(value)
        found.append(values)
    return found


def document_as_before(journal: Journal, own: dict[str, str], exported_at: str) -> dict[str, Any]:
    """The whole export document, built row by row (the reference for the file)."""

    def section(conn: Any, tables: tuple[Table, ...]) -> dict[str, Any]:
        found: dict[str, Any] = {"schema_version": schema.read_version(conn)}
        for table in tables:
            found[table.name] = rows_as_before(conn, table)
        return found

    areas = []
    for member in journal.members.all():
        if own.get(member.member_id):
            area = journal.open_personal_area(member.member_id, own[member.member_id])
            try:
                areas.append(
                    {
                        "member_id": member.member_id,
                        **section(area.connection(), portable.PERSONAL_TABLES),
                    }
                )
            finally:
                area.close()
    return {
        "format": portable.FORMAT_NAME,
        "format_version": portable.FORMAT_VERSION,
        "exported_at": exported_at,
        "app_version": __version__,
        "journal": {
            "journal_id": journal.info.journal_id,
            "name": journal.info.name,
            "created_at": journal.info.created_at,
        },
        "pair": section(journal.connection(), portable.PAIR_TABLES),
        "personal_areas": areas,
    }


def rich_journal(folder: Path) -> tuple[Journal, dict[str, str]]:
    """The demo journal (every pair table but the edit history, both own areas) plus an
    edited debrief, a deleted one with a follow-up and a topic, and text JSON escapes."""
    passphrases = write_demo(folder)
    journal = open_journal(folder, passphrases.pair)
    jari, sanna = (m.member_id for m in journal.members.all())
    tricky = Debrief(
        visit_date=TODAY - timedelta(days=1),
        visit_type=VisitType.HOME_VISIT,
        client_code="A-77",
        what_happened=TRICKY,
        member_parts=(MemberPart(jari, free_text=TRICKY),),
        follow_ups=(FollowUp(TRICKY, due=TODAY, done=True),),
        supervision_topics=(SupervisionTopic(TRICKY, (SupervisionTag.ROLES,), sanna),),
    )
    entry_id = journal.debriefs.save(tricky, jari, TODAY)
    edited = replace(journal.debriefs.get(entry_id), learning=TRICKY)
    journal.debriefs.save(edited, sanna, TODAY)
    deleted = Debrief(
        visit_date=TODAY,
        visit_type=VisitType.PHONE_OR_REMOTE,
        what_happened=DELETED_WORD,
        follow_ups=(FollowUp(DELETED_WORD),),
        supervision_topics=(SupervisionTopic(DELETED_WORD),),
    )
    journal.debriefs.delete(journal.debriefs.save(deleted, jari, TODAY))
    own = {m.member_id: passphrases.personal[m.display_name] for m in journal.members.all()}
    return journal, own


def test_export_file_is_the_document_byte_for_byte(tmp_path: Path) -> None:
    """On a journal with rows in every table, both own areas, an edit history, a
    deleted debrief and text that needs escaping, the file is exactly what encoding the
    row-by-row document gives, and parses to that document."""
    journal, own = rich_journal(tmp_path / "demo")
    try:
        data = portable.export_bytes(journal, own)
        parsed = json.loads(data)
        expected = document_as_before(journal, own, parsed["exported_at"])
    finally:
        journal.lock()
    # Rows in every table (the demo makes no nudge), one own area with check-ins.
    assert all(expected["pair"][t.name] for t in portable.PAIR_TABLES)
    areas = expected["personal_areas"]
    assert len(areas) == 2
    for table in portable.PERSONAL_TABLES:
        assert table.name == "nudge_memory" or any(area[table.name] for area in areas)
    assert expected["pair"]["debrief_edits"]
    assert any(row["what_happened"] == TRICKY for row in expected["pair"]["debriefs"])
    assert parsed == expected
    assert data == portable.encode(expected)


def test_deleted_debrief_and_its_rows_stay_out_of_the_file(tmp_path: Path) -> None:
    """A deleted debrief, its follow-up and its supervision topic are not in the file."""
    journal, own = rich_journal(tmp_path / "demo")
    try:
        data = portable.export_bytes(journal, own)
    finally:
        journal.lock()
    assert DELETED_WORD.encode() not in data
    assert TRICKY.encode("utf-8", "surrogatepass") not in data  # escaped, not raw
    assert json.dumps(TRICKY, ensure_ascii=False).encode() in data


def test_own_areas_only_with_their_passphrase(tmp_path: Path) -> None:
    """Without an own passphrase the file holds no own area; the document of the file
    is what ``export_document`` gives."""
    journal, _own = rich_journal(tmp_path / "demo")
    try:
        data = portable.export_bytes(journal, {})
        document = portable.export_document(journal, {})
    finally:
        journal.lock()
    parsed = json.loads(data)
    assert parsed["personal_areas"] == []
    assert {k: v for k, v in parsed.items() if k != "exported_at"} == {
        k: v for k, v in document.items() if k != "exported_at"
    }


def test_the_action_writes_that_file_owner_only(tmp_path: Path) -> None:
    """``actions.export`` writes the pieces one by one: the file is the same bytes,
    owner-only."""
    journal, own = rich_journal(tmp_path / "demo")
    target = tmp_path / "vienti.json"
    try:
        export_journal(journal, target, own)
        whole = portable.export_bytes(journal, own)
    finally:
        journal.lock()
    written = target.read_bytes()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600

    def without_time(data: bytes) -> list[bytes]:
        return [line for line in data.split(b"\n") if b'"exported_at"' not in line]

    assert without_time(written) == without_time(whole)


def test_pieces_that_fail_midway_leave_nothing(tmp_path: Path) -> None:
    """A file written in pieces that stops half-way (a stopped export, a fault) leaves
    the file that was there as it was, and no temporary file."""
    target = tmp_path / "vienti.json"
    target.write_bytes(b"vanha")

    def pieces() -> Iterator[bytes]:
        yield b'{"alku": '
        raise Cancelled

    with pytest.raises(Cancelled):
        write_export(target, pieces())
    assert target.read_bytes() == b"vanha"
    assert [p.name for p in tmp_path.iterdir()] == ["vienti.json"]
