"""Search that understands Finnish: "velka" finds "velan", "veloista" and, with base forms
indexed (Voikko), "katuvelat"; ä, ö and å stay letters of their own."""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

import pytest

from tests.conftest import PAIR_PASSPHRASE
from tests.storage.test_debriefs import TODAY, MakeJournal, ids, quick
from tyoparipaivakirja.core import finnish
from tyoparipaivakirja.storage import debriefs as debrief_store
from tyoparipaivakirja.storage.debriefs import SNIPPET_END, SNIPPET_START
from tyoparipaivakirja.storage.folder import open_journal
from tyoparipaivakirja.storage.session import Journal

TEXTS = {
    "velan": "Asiakas maksoi osan velan lyhennyksestä.",
    "veloista": "Puhuttiin veloista ja ulosotosta pitkään.",
    "katuvelat": "Vanhat katuvelat painavat yhä mieltä.",
    "veli": "Veli tuli mukaan tapaamiseen.",
    "öljy": "Öljyä vuoti lattialle.",
    "oljy": "Oljet ja heinät kiinnostavat.",
}


class Known:
    """A stand-in analyser with fixed base forms: the mechanism without Voikko."""

    analyser_id = "known-1"
    _bases: ClassVar[dict[str, set[str]]] = {
        "velka": {"velka"},
        "velan": {"velka"},
        "veloista": {"velka"},
        "katuvelat": {"katuvelka", "katu", "velka"},
        "veli": {"veli"},
    }

    def bases(self, word: str) -> frozenset[str]:
        return frozenset(self._bases.get(word, ()))

    def text_bases(self, text: str) -> str:
        return " ".join(sorted({b for w in finnish.words(text) for b in self.bases(w)}))


def _journal(make_journal: MakeJournal) -> tuple[Journal, dict[str, str]]:
    journal = make_journal()
    jari, _ = ids(journal)
    saved = {k: journal.debriefs.save(quick(uppermost=t), jari, TODAY) for k, t in TEXTS.items()}
    return journal, saved


def _found(journal: Journal, text: str) -> set[str]:
    return {hit.entry_id for hit in journal.debriefs.search(text)}


def test_velka_finds_its_inflected_forms_by_their_stems(
    make_journal: MakeJournal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without base forms (no Voikko), the gradation-aware prefixes find "velan" and
    "veloista" for "velka", and not "veli"; the inflected form is highlighted."""
    monkeypatch.setattr(debrief_store, "analyser", lambda: finnish.PORTABLE)
    journal, saved = _journal(make_journal)
    journal.debriefs.refresh_lemmas()
    assert _found(journal, "velka") == {saved["velan"], saved["veloista"]}
    hits = {hit.entry_id: hit.snippet for hit in journal.debriefs.search("velka")}
    assert f"{SNIPPET_START}veloista{SNIPPET_END}" in hits[saved["veloista"]]
    assert _found(journal, "vel") == {saved["velan"], saved["veloista"], saved["veli"]}


def test_base_forms_find_a_word_inside_a_compound(
    make_journal: MakeJournal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With base forms indexed, "velka" also finds "katuvelat" (a compound no prefix
    reaches), marked in its snippet, after the entries the prefixes find."""
    monkeypatch.setattr(debrief_store, "analyser", lambda: Known())
    journal, saved = _journal(make_journal)
    assert journal.debriefs.refresh_lemmas() == len(TEXTS)
    hits = journal.debriefs.search("velka")
    assert {h.entry_id for h in hits} == {saved["velan"], saved["veloista"], saved["katuvelat"]}
    assert hits[-1].entry_id == saved["katuvelat"]
    assert f"{SNIPPET_START}katuvelat{SNIPPET_END}" in hits[-1].snippet
    # Paging goes on through both lists without repeating an entry.
    pages = [journal.debriefs.search("velka", limit=1, offset=n) for n in range(4)]
    assert [h.entry_id for page in pages for h in page] == [h.entry_id for h in hits]
    # A save keeps the base forms in step, an edit takes the old ones out.
    jari, _ = ids(journal)
    entry = journal.debriefs.get(saved["katuvelat"])
    journal.debriefs.save(replace(entry, uppermost="Vanhat asiat."), jari, TODAY)
    assert saved["katuvelat"] not in _found(journal, "velka")


def test_a_new_analyser_rebuilds_the_base_forms(
    make_journal: MakeJournal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The index records its analyser: when another one is in use (Voikko installed
    later), the base forms are made anew, and until then they are not used."""
    monkeypatch.setattr(debrief_store, "analyser", lambda: finnish.PORTABLE)
    journal, saved = _journal(make_journal)
    journal.debriefs.refresh_lemmas()
    assert saved["katuvelat"] not in _found(journal, "velka")
    journal.lock()

    monkeypatch.setattr(debrief_store, "analyser", lambda: Known())
    journal = open_journal(journal.folder, PAIR_PASSPHRASE)
    try:
        assert journal.debriefs.lemmas_need_refresh()
        assert saved["katuvelat"] not in _found(journal, "velka")
        assert journal.debriefs.refresh_lemmas() == len(TEXTS)
        assert not journal.debriefs.lemmas_need_refresh()
        assert saved["katuvelat"] in _found(journal, "velka")
    finally:
        journal.lock()


def test_letters_with_dots_stay_distinct(
    make_journal: MakeJournal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ä, ö and å are letters of their own in prefixes and base forms alike."""
    monkeypatch.setattr(debrief_store, "analyser", lambda: Known())
    journal, saved = _journal(make_journal)
    journal.debriefs.refresh_lemmas()
    assert _found(journal, "öljy") == {saved["öljy"]}
    assert _found(journal, "oljet") == {saved["oljy"]}


@pytest.mark.skipif(
    finnish.analyser() is finnish.PORTABLE, reason="Voikko is not installed on this machine"
)
def test_voikko_finds_the_issues_examples(make_journal: MakeJournal) -> None:
    """With Voikko (installed in CI): "velka" finds "velan", "veloista" and "katuvelat"."""
    journal, saved = _journal(make_journal)
    journal.debriefs.refresh_lemmas()
    assert _found(journal, "velka") == {saved["velan"], saved["veloista"], saved["katuvelat"]}
    assert _found(journal, "velkojen") == _found(journal, "velka")
    assert saved["veli"] not in _found(journal, "velka")


def test_a_word_in_very_many_entries_lists_them_newest_first(
    make_journal: MakeJournal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past ``RANKED_AT_MOST`` matches (2,000: ranking them all took 0.2 s at 10,000
    entries) the hits come newest first, each snippet with its word marked, page by page."""
    from datetime import timedelta

    monkeypatch.setattr(debrief_store, "RANKED_AT_MOST", 1)
    journal = make_journal()
    jari, _ = ids(journal)
    saved = [
        journal.debriefs.save(
            quick(TODAY - timedelta(days=days), uppermost=f"Käynti {days}: velkaa paljon"),
            jari,
            TODAY,
        )
        for days in (5, 1, 3)
    ]
    hits = journal.debriefs.search("velka")
    assert [h.entry_id for h in hits] == [saved[1], saved[2], saved[0]]
    assert all(f"{SNIPPET_START}velkaa{SNIPPET_END}" in h.snippet for h in hits)
    pages = [journal.debriefs.search("velka", limit=2, offset=n) for n in (0, 2)]
    assert [h.entry_id for page in pages for h in page] == [h.entry_id for h in hits]


def test_the_newest_page_is_the_same_when_the_newest_entries_do_not_hold_it(
    make_journal: MakeJournal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past ``RANKED_AT_MOST`` matches the page is looked for among the newest entries
    first; when they hold too few hits (the word is only in older entries) the page
    still comes from the whole journal, newest first, page after page."""
    from datetime import timedelta

    monkeypatch.setattr(debrief_store, "RANKED_AT_MOST", 1)
    monkeypatch.setattr(debrief_store, "NEWEST_WINDOW", 1)
    journal = make_journal()
    jari, _ = ids(journal)
    old = [
        journal.debriefs.save(
            quick(TODAY - timedelta(days=100 + days), uppermost=f"Käynti {days}: velkaa"),
            jari,
            TODAY,
        )
        for days in (3, 1, 2, 0)
    ]
    for days in range(12):  # newer entries without the word: more than the first look
        journal.debriefs.save(quick(TODAY - timedelta(days=days), uppermost="Muuta"), jari, TODAY)
    newest_first = [old[3], old[1], old[2], old[0]]
    assert [h.entry_id for h in journal.debriefs.search("velka")] == newest_first
    pages = [journal.debriefs.search("velka", limit=1, offset=n) for n in range(4)]
    assert [h.entry_id for page in pages for h in page] == newest_first


@pytest.mark.parametrize("many", [False, True], ids=["ranked", "newest first"])
def test_found_texts_made_later_are_the_ones_search_makes(
    make_journal: MakeJournal, monkeypatch: pytest.MonkeyPatch, many: bool
) -> None:
    """``search(snippets=n)`` makes the found text of the first n hits only (the rows on
    screen); ``found_texts`` makes the rest, the very texts a whole search gives, for
    hits found by a prefix and by a base form alike."""
    monkeypatch.setattr(debrief_store, "analyser", lambda: Known())
    if many:
        monkeypatch.setattr(debrief_store, "RANKED_AT_MOST", 1)
    journal, _ = _journal(make_journal)
    journal.debriefs.refresh_lemmas()
    whole = journal.debriefs.search("velka")
    assert len(whole) == 3 and all(SNIPPET_START in hit.snippet for hit in whole)
    first = journal.debriefs.search("velka", snippets=1)
    assert [h.entry_id for h in first] == [h.entry_id for h in whole]
    assert first[0].snippet == whole[0].snippet
    assert [h.snippet for h in first[1:]] == ["", ""]
    later = journal.debriefs.found_texts("velka", [h.entry_id for h in first[1:]])
    assert later == {h.entry_id: h.snippet for h in whole[1:]}


def test_every_word_is_required_when_one_is_found_by_its_base_form(
    make_journal: MakeJournal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A text of two words finds an entry holding one by its prefix and the other only
    by a base form, and not an entry missing either word."""
    monkeypatch.setattr(debrief_store, "analyser", lambda: Known())
    journal, saved = _journal(make_journal)
    journal.debriefs.refresh_lemmas()
    assert _found(journal, "vanhat velka") == {saved["katuvelat"]}
    assert _found(journal, "painavat katu") == {saved["katuvelat"]}
    assert _found(journal, "asiakas velka") == {saved["velan"]}
    assert _found(journal, "vanhat veli") == set()
