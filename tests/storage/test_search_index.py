"""The search index keeps no second copy of the text, and words taken out by an edit or a
deletion are gone from the file's pages (decrypted, free pages included) once it locks."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.conftest import PAIR_PASSPHRASE
from tests.storage.raw_pages import needs_openssl, pages_holding
from tests.storage.test_debriefs import (
    TODAY,
    MakeJournal,
    full_entry,
    ids,
    new_marker,
    quick,
    tail,
)
from tyoparipaivakirja.core.debriefs import FollowUp, MemberPart, SupervisionTopic, VisitType
from tyoparipaivakirja.core.finnish import PORTABLE, analyser
from tyoparipaivakirja.storage.folder import open_journal
from tyoparipaivakirja.storage.session import Journal


@needs_openssl
def test_edited_out_word_is_in_no_page_after_lock(make_journal: MakeJournal) -> None:
    """A word removed by an edit is found in none of pair.db's decrypted pages after the
    journal locks (the index segment that held it is merged away, its pages zeroed),
    while a word still in the entry is (the scan does see the text)."""
    journal = make_journal()
    jari, _ = ids(journal)
    kept, removed = new_marker(), new_marker()
    entry_id = journal.debriefs.save(
        quick(
            uppermost=f"Asiakas kertoi {kept} ja {removed} asioista.",
            follow_ups=(FollowUp(f"Soita {removed}"),),
        ),
        jari,
        TODAY,
    )
    folder = journal.folder
    journal.lock()  # the word is written into the file and its index
    assert pages_holding(folder / "pair.db", PAIR_PASSPHRASE, tail(removed))

    journal = open_journal(folder, PAIR_PASSPHRASE)
    entry = journal.debriefs.get(entry_id)
    journal.debriefs.save(
        replace(entry, uppermost=f"Asiakas kertoi {kept} asioista.", follow_ups=()), jari, TODAY
    )
    for other in range(2):  # more edits after it: more index segments to merge
        journal.debriefs.save(quick(uppermost=f"Muu käynti {other} velkaa"), jari, TODAY)
    assert journal.debriefs.search(removed) == []
    journal.lock()

    assert not (folder / "pair.db-wal").exists() or (folder / "pair.db-wal").stat().st_size == 0
    assert pages_holding(folder / "pair.db", PAIR_PASSPHRASE, tail(kept))
    assert pages_holding(folder / "pair.db", PAIR_PASSPHRASE, tail(removed)) == []


@needs_openssl
def test_purged_entry_is_in_no_page_after_lock(make_journal: MakeJournal) -> None:
    """A deleted entry purged for good leaves no word of it in any decrypted page."""
    journal = make_journal()
    jari, _ = ids(journal)
    marker = new_marker()
    gone = journal.debriefs.save(quick(what_happened=f"Poistuva {marker} teksti"), jari, TODAY)
    journal.debriefs.save(quick(what_happened="Pysyvä teksti velkaa"), jari, TODAY)
    folder = journal.folder
    journal.lock()
    assert pages_holding(folder / "pair.db", PAIR_PASSPHRASE, tail(marker))

    journal = open_journal(folder, PAIR_PASSPHRASE)
    journal.debriefs.delete(gone)
    assert journal.debriefs.purge_deleted() == 1
    journal.lock()
    assert pages_holding(folder / "pair.db", PAIR_PASSPHRASE, tail(marker)) == []


def test_index_keeps_no_copy_of_the_text(make_journal: MakeJournal) -> None:
    """The text is stored once: no table of the index holds a debrief's text whole."""
    journal = make_journal()
    jari, _ = ids(journal)
    sentence = "Asiakkaan vuokravelat ja ulosotto puhututtivat pitkään"
    journal.debriefs.save(quick(what_happened=sentence), jari, TODAY)
    conn = journal.connection()
    shadow = [
        str(name)
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
            " AND (name LIKE 'debrief!_search!_%' ESCAPE '!'"
            " OR name LIKE 'debrief!_lemmas!_%' ESCAPE '!')"
        )
    ]
    assert "debrief_search_data" in shadow  # the index's own tables are looked into
    assert "debrief_search_content" not in shadow
    for name in shadow:
        for row in conn.execute(f'SELECT * FROM "{name}"'):
            assert not any(isinstance(v, str) and sentence in v for v in row), name
    hit = journal.debriefs.search("ulosotto")
    assert [h.snippet.count("ulosotto") for h in hit] == [1]  # snippets read the debrief


def index_matches_text(journal: Journal) -> None:
    """FTS5's own check of the search index against the text the view reads now (and of
    the base-form index): it fails when a save indexed other words than the view gives,
    which would leave words a later edit can never take out."""
    conn = journal.connection()
    conn.execute("INSERT INTO debrief_search (debrief_search, rank) VALUES ('integrity-check', 1)")
    conn.execute("INSERT INTO debrief_lemmas (debrief_lemmas) VALUES ('integrity-check')")


def test_index_holds_exactly_the_saved_text_through_every_kind_of_save(
    make_journal: MakeJournal,
) -> None:
    """A save gives the index the entry's text itself (not read back from the view): after
    a new entry with every text field, an edit of the text, an edit of other fields only,
    follow-ups taken away and topics added, blank-padded tasks and more members' parts
    than the view reads, the index holds just what the view reads, and search finds the
    words there and not the words taken out."""
    journal = make_journal()
    jari, sanna = ids(journal)
    first, second, third = new_marker(), new_marker(), new_marker()
    entry = full_entry(jari, sanna)
    entry = replace(
        entry,
        what_happened=f"Kävimme Kelassa {first}.",
        follow_ups=(*entry.follow_ups, FollowUp(f"  Soita {second}  ")),
    )
    entry_id = journal.debriefs.save(entry, jari, TODAY)
    index_matches_text(journal)
    assert [hit.entry_id for hit in journal.debriefs.search(second)] == [entry_id]

    saved = journal.debriefs.get(entry_id)
    journal.debriefs.save(replace(saved, what_happened=f"Jono oli pitkä {third}."), jari, TODAY)
    index_matches_text(journal)
    assert journal.debriefs.search(first) == []
    assert [hit.entry_id for hit in journal.debriefs.search(third)] == [entry_id]

    saved = journal.debriefs.get(entry_id)
    journal.debriefs.save(replace(saved, visit_type=VisitType.HOME_VISIT), jari, TODAY)
    index_matches_text(journal)
    assert [hit.entry_id for hit in journal.debriefs.search(third)] == [entry_id]

    saved = journal.debriefs.get(entry_id)
    journal.debriefs.save(
        replace(
            saved,
            follow_ups=(),
            supervision_topics=(*saved.supervision_topics, SupervisionTopic(f"Aihe {first}")),
        ),
        jari,
        TODAY,
    )
    index_matches_text(journal)
    assert journal.debriefs.search(second) == []
    assert [hit.entry_id for hit in journal.debriefs.search(first)] == [entry_id]

    many = tuple(MemberPart(jari, (), f"Osuus {index} {new_marker()}") for index in range(8))
    saved = journal.debriefs.get(entry_id)
    journal.debriefs.save(replace(saved, member_parts=many), jari, TODAY)
    index_matches_text(journal)
    journal.debriefs.save(quick(what_happened=f"Toinen käynti {second}"), jari, TODAY)
    index_matches_text(journal)


def test_edit_keeps_base_forms_current(make_journal: MakeJournal) -> None:
    """Where the base-form index is in use, an edit that brings in a compound makes the
    entry findable by its part, and an edit that takes it out no longer finds it there."""
    journal = make_journal()
    jari, _ = ids(journal)
    if analyser() is PORTABLE:
        pytest.skip("no analyser with base forms (Voikko) installed")
    journal.debriefs.refresh_lemmas()  # the base-form index is made by this analyser
    entry_id = journal.debriefs.save(quick(what_happened="Asiakas kertoi asioista."), jari, TODAY)
    assert journal.debriefs.search("velka") == []
    saved = journal.debriefs.get(entry_id)
    journal.debriefs.save(replace(saved, what_happened="Katuvelat puhututtivat."), jari, TODAY)
    assert [hit.entry_id for hit in journal.debriefs.search("velka")] == [entry_id]
    saved = journal.debriefs.get(entry_id)
    journal.debriefs.save(replace(saved, what_happened="Asiakas kertoi asioista."), jari, TODAY)
    assert journal.debriefs.search("velka") == []
    index_matches_text(journal)
