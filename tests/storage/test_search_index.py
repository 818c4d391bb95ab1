"""The search index keeps no second copy of the text, and words taken out by an edit or a
deletion are gone from the file's pages (decrypted, free pages included) once it locks."""

from __future__ import annotations

from dataclasses import replace

from tests.conftest import PAIR_PASSPHRASE
from tests.storage.raw_pages import needs_openssl, pages_holding
from tests.storage.test_debriefs import TODAY, MakeJournal, ids, new_marker, quick, tail
from tyoparipaivakirja.core.debriefs import FollowUp
from tyoparipaivakirja.storage.folder import open_journal


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
