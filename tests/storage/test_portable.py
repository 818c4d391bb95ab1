"""Export and import: the documented format, round trips and refused files."""

from __future__ import annotations

import json
import stat
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import MEMBERS, PAIR_PASSPHRASE
from tests.storage.helpers import PERSONAL_PASSPHRASE_JARI, PERSONAL_PASSPHRASE_SANNA
from tyoparipaivakirja.core import hlc
from tyoparipaivakirja.core.debriefs import (
    MAX_SHORT_TEXT_LENGTH,
    MAX_TEXT_LENGTH,
    Debrief,
    FollowUp,
    PrivateReflection,
    SupervisionTopic,
    VisitType,
)
from tyoparipaivakirja.core.errors import (
    ImportInvalid,
    ImportProblem,
    ValidationError,
    ValidationReason,
)
from tyoparipaivakirja.core.ids import legacy_id
from tyoparipaivakirja.demo import write_demo
from tyoparipaivakirja.storage import portable
from tyoparipaivakirja.storage.folder import create_journal, open_journal
from tyoparipaivakirja.storage.portable import (
    export_document,
    import_document,
    read_import_file,
    write_export_file,
)
from tyoparipaivakirja.storage.session import Journal

MakeJournal = Callable[..., Journal]
NEW_PAIR = "uusi yhteinen polku: koivikko 2027"
NEW_OWN = ("oma hiljainen ranta ja kivi 31", "toinen oma: lumi & sammal 58")
IMPORT_OWN = NEW_OWN[0]
TODAY = date.today()


def without_time(document: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in document.items() if k != "exported_at"}


def reimport(document: dict[str, Any], folder: Path) -> dict[str, Any]:
    """Import ``document`` into ``folder`` with new passphrases and export it again."""
    areas = [a["member_id"] for a in document["personal_areas"]]
    own = dict(zip(areas, NEW_OWN, strict=False))
    import_document(document, folder, NEW_PAIR, own)
    journal = open_journal(folder, NEW_PAIR)
    try:
        return export_document(journal, own)
    finally:
        journal.lock()


def test_committed_schema_matches_the_table_descriptions() -> None:
    """resources/export-format.schema.json is what tools/export_schema.py generates."""
    assert portable.schema_path().read_text(encoding="utf-8") == portable.schema_text()


def test_demo_round_trip_with_personal_areas_and_checkins(tmp_path: Path) -> None:
    """The demo journal (debriefs, role split history, shared trends, both personal areas
    with reflections and check-ins) survives export → import → export unchanged."""
    passphrases = write_demo(tmp_path / "demo")
    journal = open_journal(tmp_path / "demo", passphrases.pair)
    try:
        own = {m.member_id: passphrases.personal[m.display_name] for m in journal.members.all()}
        document = export_document(journal, own)
    finally:
        journal.lock()
    pair = document["pair"]
    assert pair["debriefs"] and pair["role_revisions"] and pair["shared_stress_trends"]
    assert any(area["checkins"] for area in document["personal_areas"])
    assert len(document["personal_areas"]) == 2

    again = reimport(json.loads(portable.encode(document)), tmp_path / "uusi")

    assert without_time(again) == without_time(document)
    journal = open_journal(tmp_path / "uusi", NEW_PAIR)
    try:
        assert journal.debriefs.search("velk")  # the search index was rebuilt
        assert journal.roles.revisions()
    finally:
        journal.lock()


def test_export_file_is_owner_only_and_valid(make_journal: MakeJournal, tmp_path: Path) -> None:
    """The plaintext export is written owner-only and reads back as a valid document."""
    journal = make_journal()
    target = tmp_path / "vienti.json"
    write_export_file(target, export_document(journal, {}))
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert read_import_file(target)["journal"]["name"] == "Jarin ja Sannan työpari"


def _valid_document(tmp_path: Path) -> dict[str, Any]:
    journal = create_journal(tmp_path / "lähde", "Lähde", MEMBERS, PAIR_PASSPHRASE)
    try:
        author = journal.members.all()[0].member_id
        entry = Debrief(visit_date=TODAY, visit_type=VisitType.HOME_VISIT, uppermost="x")
        journal.debriefs.save(entry, author, TODAY)
        journal.create_personal_area(author, PERSONAL_PASSPHRASE_JARI).close()
        return export_document(journal, {author: PERSONAL_PASSPHRASE_JARI})
    finally:
        journal.lock()


BREAKAGES: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    ("wrong type", lambda d: d["pair"]["debriefs"][0].update(visit_date=5), "$.pair.debriefs[0]"),
    ("missing field", lambda d: d["pair"]["members"][1].pop("role"), "$.pair.members[1]"),
    ("unknown field", lambda d: d["journal"].update(extra="x"), "$.journal"),
    ("bad choice", lambda d: d["pair"]["members"][0].update(role="pomo"), "$.pair.members[0]"),
    ("newer format", lambda d: d.update(format_version=99), "$.format_version"),
    (
        "stranger's area",
        lambda d: d["personal_areas"][0].update(member_id="f" * 32),
        "$.personal_areas[0].member_id",
    ),
    (
        "duplicate member",
        lambda d: d["pair"]["members"].append(dict(d["pair"]["members"][0])),
        "$.pair.members[2]",
    ),
    (
        "unreadable debrief",
        lambda d: d["pair"]["debriefs"][0].update(themes=["ei-tällaista-teemaa"]),
        "$.pair.debriefs",
    ),
]


@pytest.mark.parametrize(("name", "breakage", "where"), BREAKAGES, ids=[b[0] for b in BREAKAGES])
def test_rejected_import_names_the_path_and_writes_nothing(
    tmp_path: Path, name: str, breakage: Callable[[dict[str, Any]], None], where: str
) -> None:
    """A file that breaks the format (or the journal's own rules) is refused with the path
    of its first problem; no journal folder and no temporary folder is left."""
    document = _valid_document(tmp_path)
    breakage(document)
    target = tmp_path / "uusi"
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(ImportInvalid) as caught:
        import_document(document, target, NEW_PAIR, {m: NEW_OWN[0] for m in _members(document)})
    assert caught.value.path.startswith(where), caught.value
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def _members(document: dict[str, Any]) -> list[str]:
    return [str(m.get("member_id")) for m in document["pair"]["members"]]


def test_not_json_is_refused_at_the_root(tmp_path: Path) -> None:
    """A file that is not JSON at all is refused at ``$`` with where parsing stopped."""
    source = tmp_path / "rikki.json"
    source.write_text('{"format": ', encoding="utf-8")
    with pytest.raises(ImportInvalid) as caught:
        read_import_file(source)
    assert caught.value.path == "$" and caught.value.problem is ImportProblem.NOT_JSON
    assert caught.value.detail.startswith("1:")


def test_import_needs_an_empty_folder_and_distinct_passphrases(tmp_path: Path) -> None:
    """Import never writes into a folder with something in it, and an own passphrase equal
    to the pair's is refused; either way nothing is created."""
    document = _valid_document(tmp_path)
    busy = tmp_path / "varattu"
    busy.mkdir()
    (busy / "muistiinpano.txt").write_text("oma tiedosto", encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        import_document(document, busy, NEW_PAIR, {})
    assert caught.value.reason is ValidationReason.FOLDER_NOT_EMPTY
    member = document["personal_areas"][0]["member_id"]
    with pytest.raises(ValidationError) as same:
        import_document(document, tmp_path / "uusi", NEW_PAIR, {member: NEW_PAIR})
    assert same.value.reason is ValidationReason.SAME_AS_PAIR
    assert not (tmp_path / "uusi").exists()
    assert [p.name for p in busy.iterdir()] == ["muistiinpano.txt"]


# --- property: export → import → export -----------------------------------------------

# Odd Unicode: combining marks, emoji with joiners, right-to-left text, Sámi letters,
# line breaks and tabs; no surrogates and no other control characters.
ODD_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(blacklist_categories=("Cs", "Cc"), min_codepoint=32, max_codepoint=0x10FFFF),
        st.sampled_from(["\n", "\t", "ä", "ö", "å", "č", "đ", "ŋ", "ŧ", "\u200d", "\u0301", "ש"]),
    ),
    max_size=60,
)
LONG_TEXT = st.integers(min_value=MAX_TEXT_LENGTH - 50, max_value=MAX_TEXT_LENGTH).map(
    lambda n: ("Pitkä päivä 🌲 " * (n // 14 + 1))[:n]
)
TEXT = st.one_of(st.just(""), ODD_TEXT, LONG_TEXT)
SHORT = ODD_TEXT.filter(lambda t: t.strip() != "").map(lambda t: t[:MAX_SHORT_TEXT_LENGTH])


@st.composite
def entries(draw: st.DrawFn) -> dict[str, Any]:
    return {
        "days_ago": draw(st.integers(min_value=0, max_value=900)),
        "visit_type": draw(st.sampled_from(list(VisitType))),
        "code": draw(st.sampled_from(["", "A-07", "KT-12", "b3"])),
        "texts": draw(st.tuples(TEXT, TEXT, TEXT, TEXT)),
        "follow_ups": draw(st.lists(SHORT, max_size=2)),
        "topics": draw(st.lists(SHORT, max_size=2)),
        "strain": draw(st.one_of(st.none(), st.integers(min_value=0, max_value=10))),
        "feelings": draw(TEXT),
        "minutes": draw(st.one_of(st.none(), st.integers(min_value=0, max_value=1440))),
    }


def _fill(journal: Journal, drawn: list[dict[str, Any]]) -> dict[str, str]:
    jari, sanna = (m.member_id for m in journal.members.all())
    area = journal.create_personal_area(jari, PERSONAL_PASSPHRASE_JARI)
    journal.create_personal_area(sanna, PERSONAL_PASSPHRASE_SANNA).close()
    for item in drawn:
        uppermost, goal, went_well, learning = item["texts"]
        visit = TODAY - timedelta(days=item["days_ago"])
        entry = Debrief(
            visit_date=visit,
            visit_type=item["visit_type"],
            client_code=item["code"],
            uppermost=uppermost,
            goal=goal,
            went_well=went_well,
            learning=learning,
            follow_ups=tuple(FollowUp(t) for t in item["follow_ups"]),
            supervision_topics=tuple(SupervisionTopic(t) for t in item["topics"]),
            duration_minutes=item["minutes"],
        )
        entry_id = journal.debriefs.save(entry, jari, TODAY)
        reflection = PrivateReflection(
            entry_id, visit, strain=item["strain"], feelings=item["feelings"]
        )
        area.reflections.save(reflection, TODAY)
    area.close()
    return {jari: PERSONAL_PASSPHRASE_JARI, sanna: PERSONAL_PASSPHRASE_SANNA}


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(drawn=st.lists(entries(), max_size=4))
def test_export_import_export_gives_the_same_data(drawn: list[dict[str, Any]]) -> None:
    """Whatever the pair wrote (odd Unicode, texts at the length limit, empty optional
    fields), exporting, importing into a new journal and exporting again gives the same
    document."""
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        journal = create_journal(folder / "j", "Pari 👩‍👧 ‏שלום", MEMBERS, PAIR_PASSPHRASE)
        try:
            own = _fill(journal, drawn)
            document = export_document(journal, own)
        finally:
            journal.lock()
        assert len(document["pair"]["debriefs"]) == len(drawn)
        parsed = json.loads(portable.encode(document).decode("utf-8"))
        again = reimport(parsed, folder / "k")
        assert without_time(again) == without_time(document)


def test_format_document_names_every_table_and_field() -> None:
    """docs/export-format.md describes every table and field the export writes."""
    doc = (portable.schema_path().parents[1] / "docs" / "export-format.md").read_text(
        encoding="utf-8"
    )
    for section, tables in (
        ("pair", portable.PAIR_TABLES),
        ("personal_areas[]", portable.PERSONAL_TABLES),
    ):
        for table in tables:
            assert f"`{section}.{table.name}`" in doc
            for column in table.exported_columns:
                assert f"| `{column.name}` |" in doc


def test_format_reference_is_generated_from_the_table_descriptions() -> None:
    """The reference part of docs/export-format.md is what tools/export_schema.py writes
    from the table descriptions (types, required, allowed values and limits)."""
    doc = (portable.schema_path().parents[1] / "docs" / "export-format.md").read_text(
        encoding="utf-8"
    )
    assert portable.document_with_reference(doc) == doc
    assert "| `member_parts.free_text` | text | yes | at most 20000 characters |" in doc


def test_the_documented_example_imports(tmp_path: Path) -> None:
    """The example in docs/export-format.md is a file the app accepts as it is."""
    doc = (portable.schema_path().parents[1] / "docs" / "export-format.md").read_text(
        encoding="utf-8"
    )
    example = doc.split("## An example", 1)[1].split("```json\n", 1)[1].split("\n```", 1)[0]
    source = tmp_path / "esimerkki.json"
    source.write_text(example, encoding="utf-8")
    report = portable.import_file(source, tmp_path / "uusi", NEW_PAIR, {})
    assert report.debriefs == 1
    journal = open_journal(tmp_path / "uusi", NEW_PAIR)
    try:
        assert journal.info.name == "Jarin ja Sannan työpari"
        assert [m.display_name for m in journal.members.all()] == ["Jari", "Sanna"]
    finally:
        journal.lock()


FORMAT_1_FILE = Path(__file__).parent / "data" / "export-format-1.json"


def test_an_export_of_format_1_imports_with_the_ids_a_migration_gives(tmp_path: Path) -> None:
    """A file written by the version with integer ids imports: each old id becomes the id
    a migrated journal gives that row, the same in the pair journal and in the own area
    (the reflection still finds its debrief, the agenda item its debrief), agenda items
    and agreements get ids of their own, and exporting again writes format 2."""
    document = json.loads(FORMAT_1_FILE.read_text(encoding="utf-8"))
    journal_id = document["journal"]["journal_id"]
    jari = document["pair"]["members"][0]["member_id"]
    portable.import_file(FORMAT_1_FILE, tmp_path / "tuotu", NEW_PAIR, {jari: IMPORT_OWN})
    entry_id = legacy_id(journal_id, "debriefs", 1, 1)
    journal = open_journal(tmp_path / "tuotu", NEW_PAIR)
    try:
        entry = journal.debriefs.get(entry_id)
        assert entry.uppermost == "Vuokrarästit huolettavat."
        assert entry.follow_ups[0].follow_up_id == legacy_id(journal_id, "follow_ups", 1, 1)
        assert entry.supervision_topics[0].topic_id == legacy_id(
            journal_id, "supervision_topics", 1, 1
        )
        assert len(journal.debriefs.edits(entry_id)) == 1
        (session,) = journal.supervision.sessions()
        assert session.agenda[0].entry_id == entry_id and session.agenda[0].item_id
        assert session.agreements[0].agreement_id
        area = journal.open_personal_area(jari, IMPORT_OWN)
        reflection = area.reflections.get(entry_id)
        assert reflection is not None and reflection.strain == 6
        (checkin,) = area.checkins.all()
        assert checkin.updated_at == hlc.legacy("2026-11-24T08:00:00+00:00").text
        again = portable.export_document(journal, {jari: IMPORT_OWN})
    finally:
        journal.lock()
    assert again["format_version"] == portable.FORMAT_VERSION == 2
    assert [row["entry_id"] for row in again["pair"]["debriefs"]] == [entry_id]
    assert again["personal_areas"][0]["visit_reflections"][0]["entry_id"] == entry_id
    assert portable.check_document(again) == again


def test_a_format_1_file_is_checked_with_its_own_schema(tmp_path: Path) -> None:
    """A format 1 file breaking the format 1 schema is refused at its path, before
    anything is converted or written."""
    document = json.loads(FORMAT_1_FILE.read_text(encoding="utf-8"))
    document["pair"]["debriefs"][0]["entry_id"] = "yksi"  # format 1 ids are integers
    with pytest.raises(ImportInvalid) as caught:
        portable.check_document(document)
    assert caught.value.path == "$.pair.debriefs[0].entry_id"
    assert not (tmp_path / "tuotu").exists()
