"""The draft store: one table per database, own drafts only in the own area, and the
debrief drafts of an older journal carried over."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import PAIR_PASSPHRASE
from tests.storage.helpers import PERSONAL_PASSPHRASE_JARI
from tests.storage.old_journal import make_pair, old_pair
from tyoparipaivakirja.core.debriefs import Debrief, VisitType
from tyoparipaivakirja.core.drafts import fingerprint
from tyoparipaivakirja.core.errors import WrongPassphrase
from tyoparipaivakirja.storage.folder import open_journal
from tyoparipaivakirja.storage.session import Journal

MARKER = "qzluonnosmerkki"


def _dump(conn: object) -> str:
    """Every value of every table, decrypted, as one text."""
    tables = [
        str(row[0])
        for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")  # type: ignore[attr-defined]
    ]
    return repr([conn.execute(f'SELECT * FROM "{t}"').fetchall() for t in tables])  # type: ignore[attr-defined]


def test_keep_replace_list_and_discard(make_journal: Callable[..., Journal]) -> None:
    """A draft is kept per form, replaced by the next save of the same form, listed per
    kind (newest first, or of one target) and gone once discarded."""
    drafts = make_journal().drafts
    drafts.save("supervision:new", "supervision", {"text": "eka"})
    drafts.save("supervision:s1", "supervision", {"text": "toka"}, target="s1", base="abc")
    drafts.save("supervision:new", "supervision", {"text": f"kolmas {MARKER}"})
    kept = drafts.get("supervision:new")
    assert kept is not None and kept.body == {"text": f"kolmas {MARKER}"}
    assert kept.target is None and kept.base is None
    assert {d.form_id for d in drafts.of_kind("supervision")} == {
        "supervision:new",
        "supervision:s1",
    }
    (only,) = drafts.of_kind("supervision", target="s1")
    assert (only.body, only.base) == ({"text": "toka"}, "abc")
    assert drafts.of_kind("roles") == []
    drafts.discard("supervision:new")
    assert drafts.get("supervision:new") is None


def test_own_drafts_stay_in_the_own_area(make_journal: Callable[..., Journal]) -> None:
    """A draft kept in an own area is in no table of the pair journal."""
    journal = make_journal()
    jari = journal.members.all()[0].member_id
    area = journal.create_personal_area(jari, PERSONAL_PASSPHRASE_JARI)
    area.drafts.save("checkin:new", "checkin", {"note": MARKER})
    assert MARKER in _dump(area.connection())
    assert MARKER not in _dump(journal.connection())
    assert journal.drafts.get("checkin:new") is None


def test_saved_debrief_drops_its_draft_and_has_a_version(
    make_journal: Callable[..., Journal],
) -> None:
    """Saving an entry drops its draft in the same step; its version is the fingerprint
    of what is saved, so a later save by anyone changes it."""
    journal = make_journal()
    author = journal.members.all()[0].member_id
    entry = Debrief(date(2026, 1, 5), VisitType.HOME_VISIT, uppermost="eka")
    journal.debriefs.save_draft("k1", entry)
    entry_id = journal.debriefs.save(entry, author, date(2026, 1, 5), "k1")
    assert journal.debriefs.drafts() == []
    first = journal.debriefs.version(entry_id)
    assert first == fingerprint(journal.debriefs.get(entry_id))
    saved = journal.debriefs.get(entry_id)
    journal.debriefs.save_draft("k2", replace(saved, goal="x"), base=first)
    (draft,) = journal.debriefs.drafts()
    assert (draft.entry_id, draft.base) == (entry_id, first)
    assert journal.debriefs.draft_of(entry_id) == draft
    journal.debriefs.save(replace(saved, goal="y"), author, date(2026, 1, 5))
    assert journal.debriefs.version(entry_id) != first


def test_debrief_drafts_of_an_older_journal_are_carried_over(tmp_path: Path) -> None:
    """A journal made before the draft store keeps its debrief drafts: after the upgrade
    they are offered as before, and the old table is gone."""
    folder = tmp_path / "vanha"
    make_pair(folder, version=5)
    body = {"visit_date": "2026-01-05", "visit_type": "kotikäynti", "uppermost": MARKER}
    with old_pair(folder) as conn:
        conn.execute(
            "INSERT INTO drafts (draft_key, entry_id, body, saved_at) VALUES (?, ?, ?, ?)",
            ("vanha-avain", None, json.dumps(body), "2026-01-05T10:00:00+00:00"),
        )

    journal = open_journal(folder, PAIR_PASSPHRASE)
    try:
        (draft,) = journal.debriefs.drafts()
        assert draft.draft_key == "vanha-avain"
        assert draft.entry.uppermost == MARKER and draft.entry_id is None
        tables = {r[0] for r in journal.connection().execute("SELECT name FROM sqlite_master")}
        assert "drafts" not in tables and "form_drafts" in tables
    finally:
        journal.lock()


def test_an_open_own_area_still_needs_its_own_passphrase(
    make_journal: Callable[..., Journal],
) -> None:
    """While a form keeps Jari's area open for his draft, asking for the area again with
    another passphrase (the partner at the Own area page) is refused."""
    journal = make_journal()
    jari = journal.members.all()[0].member_id
    area = journal.create_personal_area(jari, PERSONAL_PASSPHRASE_JARI)
    with pytest.raises(WrongPassphrase):
        journal.open_personal_area(jari, PAIR_PASSPHRASE)
    assert journal.open_personal_area(jari, PERSONAL_PASSPHRASE_JARI) is area
