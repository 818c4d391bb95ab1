"""Import checks every value with the app's own rules: odd files are refused at their
JSON path and change nothing; what gets in, the app can open."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from tyoparipaivakirja.core.debriefs import MAX_TEXT_LENGTH
from tyoparipaivakirja.core.errors import ImportInvalid, ImportProblem
from tyoparipaivakirja.core.privacy import FindingKind
from tyoparipaivakirja.core.trends import ELO_STRESS_MAX, ELO_STRESS_MIN
from tyoparipaivakirja.demo import write_demo
from tyoparipaivakirja.storage import cipher, import_checks
from tyoparipaivakirja.storage.folder import open_journal
from tyoparipaivakirja.storage.instrument_files import load_instruments
from tyoparipaivakirja.storage.portable import (
    export_document,
    import_document,
    read_import_file,
)

NEW_PAIR = "uusi yhteinen polku: koivikko 2027"
NEW_OWN = ("oma hiljainen ranta ja kivi 31", "toinen oma: lumi & sammal 58")
TOMORROW = (date.today() + timedelta(days=1)).isoformat()
Doc = dict[str, Any]


@pytest.fixture(scope="module")
def demo_document(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Doc]:
    """The demo journal's export, own areas included (made once: a cheap key derivation)."""
    saved = cipher.KDF_ITERATIONS
    cipher.KDF_ITERATIONS = 2
    try:
        folder = tmp_path_factory.mktemp("demo") / "demo"
        passphrases = write_demo(folder)
        journal = open_journal(folder, passphrases.pair)
        try:
            own = {m.member_id: passphrases.personal[m.display_name] for m in journal.members.all()}
            yield json.loads(json.dumps(export_document(journal, own)))
        finally:
            journal.lock()
    finally:
        cipher.KDF_ITERATIONS = saved


def _index(rows: list[Doc], **match: object) -> int:
    return next(i for i, row in enumerate(rows) if all(row[k] == v for k, v in match.items()))


def _first_follow_up(d: Doc) -> int:
    return _index(d["pair"]["follow_ups"], entry_id=d["pair"]["follow_ups"][0]["entry_id"])


def _deep(depth: int) -> object:
    value: object = []
    for _ in range(depth):
        value = [value]
    return value


def _set(path: str, value: object) -> Callable[[Doc], str]:
    """A breakage that puts ``value`` at ``path`` (``pair.debriefs.0.goal``); returns the
    JSON path the refusal must name."""

    def apply(document: Doc) -> str:
        parts: list[str | int] = [int(p) if p.isdigit() else p for p in path.split(".")]
        target: Any = document
        for part in parts[:-1]:
            target = target[part]
        target[parts[-1]] = value
        return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in parts)

    return apply


STAMP = "0193a4c2f1e0-0000-3f9a1c2b4d5e6f70"


def _add_code(code: str) -> Callable[[Doc], str]:
    def apply(document: Doc) -> str:
        codes = document["pair"]["client_codes"]
        codes.append({"code": code, "created_at": "2026-01-05T10:00:00+00:00", "updated_at": STAMP})
        return f"$.pair.client_codes[{len(codes) - 1}].code"

    return apply


CASES: list[tuple[str, Callable[[Doc], str], ImportProblem]] = [
    (
        "text over the limit",
        _set("pair.debriefs.0.goal", "x" * (MAX_TEXT_LENGTH + 1)),
        ImportProblem.TOO_LONG,
    ),
    ("empty member name", _set("pair.members.0.display_name", "   "), ImportProblem.REFUSED),
    (
        "answer out of range",
        _set("personal_areas.0.checkin_answers.0.value", 99),
        ImportProblem.REFUSED,
    ),
    ("date 'eilen'", _set("pair.debriefs.0.visit_date", "eilen"), ImportProblem.BAD_FORMAT),
    ("date 'huomenna'", _set("pair.follow_ups.0.due", "huomenna"), ImportProblem.BAD_FORMAT),
    ("year 9999", _set("pair.debriefs.0.visit_date", "9999-12-31"), ImportProblem.BAD_DATE),
    ("year 0001", _set("pair.debriefs.1.visit_date", "0001-01-01"), ImportProblem.BAD_DATE),
    (
        "30 February",
        _set("pair.supervision_sessions.0.held_on", "2026-02-30"),
        ImportProblem.BAD_DATE,
    ),
    ("visit in the future", _set("pair.debriefs.0.visit_date", TOMORROW), ImportProblem.REFUSED),
    (
        "check-in in the future",
        _set("personal_areas.0.checkins.0.day", TOMORROW),
        ImportProblem.REFUSED,
    ),
    ("unknown author", _set("pair.debriefs.0.created_by", "f" * 32), ImportProblem.UNKNOWN_MEMBER),
    (
        "unknown follow-up owner",
        _set("pair.follow_ups.0.owner", "naapuri"),
        ImportProblem.UNKNOWN_MEMBER,
    ),
    (
        "unknown member in a part",
        _set(
            "pair.debriefs.0.member_parts",
            [{"member_id": "e" * 32, "role_items": [], "free_text": ""}],
        ),
        ImportProblem.UNKNOWN_MEMBER,
    ),
    ("NUL character", _set("pair.debriefs.0.went_well", "hyvä\x00päivä"), ImportProblem.BAD_TEXT),
    (
        "escape character",
        _set("pair.members.1.display_name", "Sanna\x1b[2J"),
        ImportProblem.BAD_TEXT,
    ),
    (
        "lone surrogate",
        _set("pair.debriefs.0.learning", "rikki \ud800 teksti"),
        ImportProblem.BAD_TEXT,
    ),
    (
        "number too large",
        _set("personal_areas.0.visit_reflections.0.strain", 10**30),
        ImportProblem.OUT_OF_RANGE,
    ),
    (
        "strain 11",
        _set("personal_areas.0.visit_reflections.0.strain", 11),
        ImportProblem.OUT_OF_RANGE,
    ),
    ("a fraction", _set("pair.follow_ups.0.position", 1.5), ImportProblem.NOT_A_WHOLE_NUMBER),
    ("nesting too deep", _set("pair.debriefs.0.themes", _deep(40)), ImportProblem.TOO_DEEP),
    (
        "supervision every 99 weeks",
        _set("pair.role_revisions.0.frame.supervision_every_weeks", 99),
        ImportProblem.OUT_OF_RANGE,
    ),
    (
        "weekday 9",
        _set("pair.role_revisions.0.frame.shared_weekdays", [0, 9]),
        ImportProblem.OUT_OF_RANGE,
    ),
    (
        "frame field of the wrong type",
        _set("pair.role_revisions.0.frame.same_town", "kyllä"),
        ImportProblem.WRONG_TYPE,
    ),
    ("shared stress 7", _set("pair.shared_stress_weeks.0.stress", 7), ImportProblem.OUT_OF_RANGE),
    (
        "own area id that is a path",
        _set("personal_areas.0.member_id", "../../../etc/x"),
        ImportProblem.BAD_FORMAT,
    ),
    ("client code that is a name", _add_code("Matti M"), ImportProblem.REFUSED),
    ("client code like a birth year", _add_code("MM-1987"), ImportProblem.REFUSED),
    (
        "moment without a time zone",
        _set("pair.debriefs.0.created_at", "2026-01-01T10:00:00"),
        ImportProblem.BAD_FORMAT,
    ),
    ("empty agenda item", _set("pair.supervision_agenda.0.text", "  "), ImportProblem.REFUSED),
    (
        "supervisor's name too long",
        _set("pair.supervision_sessions.0.supervisor", "O" * 121),
        ImportProblem.TOO_LONG,
    ),
    ("empty role split task", _set("pair.role_items.0.title", ""), ImportProblem.REFUSED),
    (
        "unknown setting",
        _set("personal_areas.0.checkin_settings.0.key", "admin"),
        ImportProblem.NOT_ALLOWED,
    ),
]


@pytest.mark.parametrize(("name", "breakage", "problem"), CASES, ids=[c[0] for c in CASES])
def test_odd_value_is_refused_at_its_path_and_nothing_is_written(
    demo_document: Doc,
    tmp_path: Path,
    name: str,
    breakage: Callable[[Doc], str],
    problem: ImportProblem,
) -> None:
    """Each odd value is refused with its own JSON path and kind; no folder is left."""
    document = copy.deepcopy(demo_document)
    where = breakage(document)
    own = dict(zip([a["member_id"] for a in demo_document["personal_areas"]], NEW_OWN, strict=True))
    with pytest.raises(ImportInvalid) as caught:
        import_document(document, tmp_path / "uusi", NEW_PAIR, own)
    # The path names the field, or a place inside it (an item of a list).
    assert caught.value.path.startswith(where), caught.value
    assert caught.value.problem is problem, caught.value
    assert list(tmp_path.iterdir()) == []


def test_the_demo_imports_and_every_entry_opens(demo_document: Doc, tmp_path: Path) -> None:
    """The untouched file imports; every entry, version and own area reads back."""
    own = dict(zip([a["member_id"] for a in demo_document["personal_areas"]], NEW_OWN, strict=True))
    report = import_document(copy.deepcopy(demo_document), tmp_path / "uusi", NEW_PAIR, own)
    assert report.debriefs == len(demo_document["pair"]["debriefs"])
    journal = open_journal(tmp_path / "uusi", NEW_PAIR)
    try:
        for summary in journal.debriefs.entries():
            journal.debriefs.get(summary.entry_id)
        assert journal.roles.revisions()
    finally:
        journal.lock()


def test_file_too_large_is_refused_without_reading_it_all(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Past the size cap nothing more is read: /dev/zero ends in a clear refusal."""
    monkeypatch.setattr(import_checks, "MAX_IMPORT_BYTES", 4 * 1024 * 1024)
    for source in (Path("/dev/zero"), tmp_path / "iso.json"):
        if source.name == "iso.json":
            source.write_bytes(b" " * (5 * 1024 * 1024))
        elif not source.exists():
            continue
        with pytest.raises(ImportInvalid) as caught:
            read_import_file(source)
        assert (caught.value.path, caught.value.problem) == ("$", ImportProblem.TOO_LARGE)


def test_deeply_nested_file_is_refused(tmp_path: Path) -> None:
    """A file nested deeper than Python's parser goes is a refusal, not a crash."""
    source = tmp_path / "syva.json"
    source.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    with pytest.raises(ImportInvalid) as caught:
        read_import_file(source)
    assert caught.value.problem is ImportProblem.TOO_DEEP


def test_import_report_lists_identity_codes_and_contacts(
    demo_document: Doc, tmp_path: Path
) -> None:
    """A valid henkilötunnus, a phone number and an e-mail address in imported texts are
    listed in the import's report with where they are and what kind they are."""
    document = copy.deepcopy(demo_document)
    document["pair"]["debriefs"][0]["went_well"] = "Tunnus 131052-308T jäi muistiin."
    document["pair"]["follow_ups"][0]["task"] = "Soita 040 123 4567"
    document["personal_areas"][0]["checkins"][0]["note"] = "posti: jari@example.fi"
    own = dict(zip([a["member_id"] for a in document["personal_areas"]], NEW_OWN, strict=True))
    report = import_document(document, tmp_path / "uusi", NEW_PAIR, own)
    found = {(f.path, f.kind) for f in report.findings}
    assert ("$.pair.debriefs[0].went_well", FindingKind.HETU) in found
    assert ("$.pair.follow_ups[0].task", FindingKind.PHONE) in found
    assert ("$.personal_areas[0].checkins[0].note", FindingKind.EMAIL) in found
    assert not any(f.path.endswith(("member_id", "created_at")) for f in report.findings)


def test_elo_stress_limits_match_the_instrument() -> None:
    """The shared stress limits of the format are the Elo instrument's own scale."""
    elo = load_instruments().get("elo_stress")
    assert elo is not None
    values = elo.items[0].scale.values
    assert (min(values), max(values)) == (ELO_STRESS_MIN, ELO_STRESS_MAX)
