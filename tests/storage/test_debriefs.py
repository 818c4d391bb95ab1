"""The debrief store: entries, edits, follow-ups, deletion, search, filters, drafts, privacy."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import PAIR_PASSPHRASE
from tests.storage.helpers import PERSONAL_PASSPHRASE_JARI, PERSONAL_PASSPHRASE_SANNA
from tyoparipaivakirja.core.debriefs import (
    Debrief,
    EntryStatus,
    FollowUp,
    MemberPart,
    PastClose,
    Presence,
    PrivateReflection,
    RoleSplitWorked,
    SharedStrain,
    SharingLevel,
    SupervisionTag,
    SupervisionTopic,
    Theme,
    VisitType,
    WarningSign,
    WarningSignNote,
)
from tyoparipaivakirja.core.errors import (
    JournalLocked,
    ValidationError,
    ValidationField,
    ValidationReason,
)
from tyoparipaivakirja.core.search import DebriefFilter
from tyoparipaivakirja.storage.cipher import Connection
from tyoparipaivakirja.storage.debriefs import SNIPPET_END, SNIPPET_START
from tyoparipaivakirja.storage.folder import open_journal
from tyoparipaivakirja.storage.session import Journal

TODAY = date.today()
type MakeJournal = Callable[..., Journal]


def ids(journal: Journal) -> tuple[str, str]:
    """Member ids of Jari (KA) and Sanna (professional)."""
    jari, sanna = journal.members.all()
    return jari.member_id, sanna.member_id


def quick(visit_date: date = TODAY, **changes: object) -> Debrief:
    return replace(Debrief(visit_date=visit_date, visit_type=VisitType.HOME_VISIT), **changes)  # type: ignore[arg-type]


def full_entry(jari: str, sanna: str) -> Debrief:
    """A debrief with every field filled in, for the member ids of this journal."""
    return Debrief(
        visit_date=TODAY - timedelta(days=3),
        visit_type=VisitType.ACCOMPANIED_AUTHORITY_VISIT,
        presence=Presence.PROFESSIONAL,
        client_code="c-12",
        themes=(Theme.MONEY_AND_DEBT, Theme.AUTHORITIES),
        uppermost="Päällimmäisenä vuokrarästi; soitto vielä tänään.",
        goal="Selvitetään velkojen tilanne.",
        what_happened="Kävimme Kelassa. Jono oli pitkä.",
        member_parts=(
            MemberPart(jari, ("sillanrakennus viranomaisasioinnissa",), "Rauhoittelin."),
            MemberPart(sanna, ("sidosryhmäyhteistyö", "verkostotyö"), "Hoidin paperit."),
        ),
        role_split_worked=RoleSplitWorked.NO,
        role_split_note="Sovitaan uudelleen.",
        warning_signs=WarningSignNote(
            (WarningSign.NEW_DEBTS, WarningSign.PRESSURE_OR_THREATS),
            jari,
            "Puheista katuveloista.",
            "Otetaan puheeksi ensi kerralla.",
        ),
        went_well="Luottamus kasvoi.",
        was_hard="Odottaminen.",
        learning="Varataan aika etukäteen.",
        duration_minutes=95,
        follow_ups=(
            FollowUp("Soita velkaneuvontaan", sanna, TODAY + timedelta(days=2)),
            FollowUp("Tarkista vuokrasopimus", "yhdessä", None, True),
        ),
        supervision_topics=(
            SupervisionTopic("Omat rajat velka-asioissa", (SupervisionTag.BOUNDARIES,), jari),
            SupervisionTopic("Verkoston rooli", (SupervisionTag.NETWORK, SupervisionTag.ROLES)),
        ),
        sharing=SharingLevel.TOPICS_ONLY,
        status=EntryStatus.FULL,
        shared_strain=(SharedStrain(jari, 6, PastClose.A_LITTLE, True),),
    )


def without_ids(entry: Debrief) -> Debrief:
    return replace(
        entry,
        entry_id=None,
        follow_ups=tuple(replace(f, follow_up_id=None) for f in entry.follow_ups),
        supervision_topics=tuple(replace(t, topic_id=None) for t in entry.supervision_topics),
    )


def new_marker() -> str:
    """A unique word to look for. Its random tail is what the checks search for: the
    search index stores a word prefix-compressed against its neighbour, so only a tail
    no other word shares is sure to appear whole wherever the word is kept."""
    return f"qz{uuid.uuid4().hex}"


def tail(marker: str) -> str:
    return marker[2:]


def table_contents(conn: Connection) -> str:
    """Every value of every table (FTS shadow tables too), decrypted, as one text."""
    names = [
        str(row[0])
        for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    ]
    assert names, "no tables to look into"
    parts: list[str] = []
    for name in names:
        for row in conn.execute(f'SELECT * FROM "{name}"').fetchall():
            for value in row:
                if isinstance(value, bytes):
                    parts.append(value.decode("utf-8", errors="replace"))
                else:
                    parts.append(str(value))
    return "\n".join(parts)


def files_containing(folder: Path, marker: str) -> list[str]:
    """Files under ``folder`` holding ``marker`` as plain UTF-8 or UTF-16 bytes."""
    needles = (marker.encode(), marker.encode("utf-16-le"))
    files = [path for path in folder.rglob("*") if path.is_file()]
    assert files
    return [str(p) for p in files if any(n in p.read_bytes() for n in needles)]


# --- entries -------------------------------------------------------------------------


def test_every_field_survives_save_and_get(make_journal: MakeJournal) -> None:
    """What the pair saves is what they read back, field by field."""
    journal = make_journal()
    jari, sanna = ids(journal)
    entry = full_entry(jari, sanna)
    entry_id = journal.debriefs.save(entry, jari, TODAY)
    back = journal.debriefs.get(entry_id)
    assert back.entry_id == entry_id
    assert all(f.follow_up_id is not None for f in back.follow_ups)
    assert all(t.topic_id is not None for t in back.supervision_topics)
    assert without_ids(back) == replace(entry, client_code="C-12")
    assert journal.debriefs.created(entry_id).member_id == jari
    assert "C-12" in journal.debriefs.client_codes()


def test_entries_survive_lock_and_reopen(make_journal: MakeJournal) -> None:
    """A saved entry is there after the journal is locked and opened again."""
    journal = make_journal()
    jari, sanna = ids(journal)
    entry_id = journal.debriefs.save(full_entry(jari, sanna), jari, TODAY)
    journal.lock()
    again = open_journal(journal.folder, PAIR_PASSPHRASE)
    try:
        assert again.debriefs.get(entry_id).what_happened == "Kävimme Kelassa. Jono oli pitkä."
    finally:
        again.lock()


def test_future_date_is_refused_by_storage(make_journal: MakeJournal) -> None:
    """Storage refuses a visit dated tomorrow and writes nothing."""
    journal = make_journal()
    jari, _ = ids(journal)
    with pytest.raises(ValidationError) as caught:
        journal.debriefs.save(quick(TODAY + timedelta(days=1)), jari, TODAY)
    assert caught.value.reason is ValidationReason.IN_FUTURE
    assert journal.debriefs.count() == 0


def test_too_long_text_is_refused_by_storage(make_journal: MakeJournal) -> None:
    """20,001 characters are refused with the field's name; nothing is written."""
    journal = make_journal()
    jari, _ = ids(journal)
    with pytest.raises(ValidationError) as caught:
        journal.debriefs.save(quick(what_happened="x" * 20_001), jari, TODAY)
    assert (caught.value.field, caught.value.name) == (ValidationField.TEXT, "what_happened")
    assert journal.debriefs.count() == 0


def test_edit_records_who_and_when(make_journal: MakeJournal) -> None:
    """Editing an entry later records the editor and the time; the writer stays the same."""
    journal = make_journal()
    jari, sanna = ids(journal)
    entry_id = journal.debriefs.save(quick(uppermost="Ensin näin."), jari, TODAY)
    assert journal.debriefs.edits(entry_id) == []
    before = datetime.now(UTC).replace(microsecond=0)
    edited = replace(journal.debriefs.get(entry_id), uppermost="Sitten toisin.")
    assert journal.debriefs.save(edited, sanna, TODAY) == entry_id
    after = datetime.now(UTC)
    edits = journal.debriefs.edits(entry_id)
    assert [e.member_id for e in edits] == [sanna]
    assert before <= edits[0].at <= after
    assert journal.debriefs.created(entry_id).member_id == jari
    assert journal.debriefs.get(entry_id).uppermost == "Sitten toisin."
    assert journal.debriefs.count() == 1


def test_editing_a_missing_entry_is_refused(make_journal: MakeJournal) -> None:
    """Saving an edit of an entry that is not there is an error, not a silent new entry."""
    journal = make_journal()
    jari, _ = ids(journal)
    with pytest.raises(ValidationError) as caught:
        journal.debriefs.save(quick(entry_id=999), jari, TODAY)
    assert caught.value.reason is ValidationReason.NOT_FOUND
    assert journal.debriefs.count() == 0


def test_list_is_newest_first(make_journal: MakeJournal) -> None:
    """The list shows the latest visit first."""
    journal = make_journal()
    jari, _ = ids(journal)
    dates = [TODAY - timedelta(days=d) for d in (10, 1, 5)]
    for visit in dates:
        journal.debriefs.save(quick(visit), jari, TODAY)
    listed = [row.visit_date for row in journal.debriefs.entries()]
    assert listed == sorted(dates, reverse=True)


# --- follow-ups --------------------------------------------------------------------------


def test_follow_ups_keep_ids_and_done_state_across_an_edit(make_journal: MakeJournal) -> None:
    """Editing an entry keeps its follow-ups (same ids, done stays done), adds and drops."""
    journal = make_journal()
    jari, sanna = ids(journal)
    entry_id = journal.debriefs.save(
        quick(follow_ups=(FollowUp("Soita"), FollowUp("Kirjoita"), FollowUp("Poistuva"))),
        jari,
        TODAY,
    )
    first = journal.debriefs.get(entry_id)
    soita, kirjoita, poistuva = first.follow_ups
    journal.debriefs.set_follow_up_done(soita.follow_up_id or "", True)

    loaded = journal.debriefs.get(entry_id)
    assert loaded.follow_ups[0].done
    edited = replace(
        loaded,
        uppermost="Muokattu",
        follow_ups=(
            loaded.follow_ups[0],
            replace(kirjoita, task="Kirjoita lausunto"),
            FollowUp("Uusi"),
        ),
    )
    journal.debriefs.save(edited, sanna, TODAY)

    after = journal.debriefs.get(entry_id).follow_ups
    assert [f.task for f in after] == ["Soita", "Kirjoita lausunto", "Uusi"]
    assert after[0].follow_up_id == soita.follow_up_id and after[0].done
    assert after[1].follow_up_id == kirjoita.follow_up_id and not after[1].done
    assert after[2].follow_up_id not in {soita.follow_up_id, kirjoita.follow_up_id, None}
    assert poistuva.task not in {f.task for f in after}


def test_open_follow_ups_overdue_first_then_undated(make_journal: MakeJournal) -> None:
    """Open follow-ups across entries: dated earliest first (overdue lead), undated last."""
    journal = make_journal()
    jari, _ = ids(journal)
    journal.debriefs.save(
        quick(
            TODAY - timedelta(days=20),
            follow_ups=(
                FollowUp("ilman päivää A"),
                FollowUp("ensi viikolla", due=TODAY + timedelta(days=7)),
                FollowUp("jo tehty", due=TODAY - timedelta(days=30), done=True),
            ),
        ),
        jari,
        TODAY,
    )
    journal.debriefs.save(
        quick(
            TODAY - timedelta(days=2),
            follow_ups=(
                FollowUp("myöhässä paljon", due=TODAY - timedelta(days=10)),
                FollowUp("tänään", due=TODAY),
                FollowUp("myöhässä vähän", due=TODAY - timedelta(days=1)),
            ),
        ),
        jari,
        TODAY,
    )
    tasks = [f.task for f in journal.debriefs.open_follow_ups()]
    assert tasks == [
        "myöhässä paljon",
        "myöhässä vähän",
        "tänään",
        "ensi viikolla",
        "ilman päivää A",
    ]


def test_overdue_follow_ups_count_and_earliest_of_live_entries(make_journal: MakeJournal) -> None:
    """The start notice's numbers: open follow-ups past their date, counted, and the
    earliest first as in the full list (the newer visit first on the same day); those done,
    due today or later, undated, or of a deleted entry are not counted."""
    journal = make_journal()
    jari, _ = ids(journal)
    assert journal.debriefs.overdue_follow_ups(TODAY) == (0, None)
    journal.debriefs.save(
        quick(
            TODAY - timedelta(days=20),
            follow_ups=(
                FollowUp("ilman päivää"),
                FollowUp("vanhempi käynti", due=TODAY - timedelta(days=10)),
                FollowUp("jo tehty", due=TODAY - timedelta(days=30), done=True),
                FollowUp("tänään", due=TODAY),
            ),
        ),
        jari,
        TODAY,
    )
    journal.debriefs.save(
        quick(
            TODAY - timedelta(days=12),
            follow_ups=(
                FollowUp("myöhässä vähän", due=TODAY - timedelta(days=1)),
                FollowUp("uudempi käynti", due=TODAY - timedelta(days=10)),
            ),
        ),
        jari,
        TODAY,
    )
    deleted = journal.debriefs.save(
        quick(
            TODAY - timedelta(days=5),
            follow_ups=(FollowUp("poistetun", due=TODAY - timedelta(days=40)),),
        ),
        jari,
        TODAY,
    )
    count, earliest = journal.debriefs.overdue_follow_ups(TODAY)
    assert count == 4
    assert earliest is not None and earliest.task == "poistetun"
    journal.debriefs.delete(deleted)
    count, earliest = journal.debriefs.overdue_follow_ups(TODAY)
    overdue = [f for f in journal.debriefs.open_follow_ups() if f.due is not None and f.due < TODAY]
    assert count == len(overdue) == 3
    assert earliest == overdue[0]
    assert earliest.task == "uudempi käynti"


def test_set_follow_up_done_and_undone(make_journal: MakeJournal) -> None:
    """Marking a follow-up done takes it off the open list; undoing brings it back."""
    journal = make_journal()
    jari, _ = ids(journal)
    entry_id = journal.debriefs.save(
        quick(follow_ups=(FollowUp("Soita"), FollowUp("Kirjoita"))), jari, TODAY
    )
    soita = journal.debriefs.get(entry_id).follow_ups[0].follow_up_id
    assert soita is not None
    journal.debriefs.set_follow_up_done(soita, True)
    assert [f.task for f in journal.debriefs.open_follow_ups()] == ["Kirjoita"]
    assert journal.debriefs.get(entry_id).follow_ups[0].done
    assert journal.debriefs.entries()[0].open_follow_ups == 1
    journal.debriefs.set_follow_up_done(soita, False)
    assert {f.task for f in journal.debriefs.open_follow_ups()} == {"Soita", "Kirjoita"}


# --- delete, restore, purge ------------------------------------------------------------------


def _entry_with_marker(journal: Journal, marker: str) -> str:
    jari, _ = ids(journal)
    return journal.debriefs.save(
        quick(
            uppermost=f"Poistettava {marker} velkaa",
            follow_ups=(FollowUp(f"Tehtävä {marker}"),),
            supervision_topics=(SupervisionTopic(f"Nosto {marker}"),),
        ),
        jari,
        TODAY,
    )


def test_delete_hides_and_restore_brings_back(make_journal: MakeJournal) -> None:
    """A deleted entry leaves the list, search and follow-ups; restoring brings all back."""
    journal = make_journal()
    jari, _ = ids(journal)
    keep = journal.debriefs.save(quick(uppermost="Pysyvä velkaa"), jari, TODAY)
    gone = _entry_with_marker(journal, "poistomerkki")
    store = journal.debriefs
    store.delete(gone)
    assert [row.entry_id for row in store.entries()] == [keep]
    assert store.count() == 1
    assert [hit.entry_id for hit in store.search("velka")] == [keep]
    assert store.search("poistomerkki") == []
    assert store.open_follow_ups() == []
    with pytest.raises(ValidationError):
        store.get(gone)

    store.restore(gone)
    assert {row.entry_id for row in store.entries()} == {keep, gone}
    assert [hit.entry_id for hit in store.search("poistomerkki")] == [gone]
    assert [f.entry_id for f in store.open_follow_ups()] == [gone]
    assert store.get(gone).supervision_topics[0].text == "Nosto poistomerkki"


def test_purge_removes_deleted_entries_for_good(make_journal: MakeJournal) -> None:
    """Purging removes a deleted entry with its follow-ups, topics and edits; no restore."""
    journal = make_journal()
    jari, _ = ids(journal)
    keep = journal.debriefs.save(quick(uppermost="Pysyvä"), jari, TODAY)
    gone = _entry_with_marker(journal, "poistomerkki")
    journal.debriefs.save(replace(journal.debriefs.get(gone), goal="muokattu"), jari, TODAY)
    journal.debriefs.delete(gone)
    assert journal.debriefs.purge_deleted() == 1
    journal.debriefs.restore(gone)
    assert [row.entry_id for row in journal.debriefs.entries()] == [keep]
    assert journal.debriefs.search("poistomerkki") == []
    conn = journal.connection()
    for table in ("debriefs", "follow_ups", "supervision_topics", "debrief_edits"):
        rows = conn.execute(f"SELECT count(*) FROM {table} WHERE entry_id = ?", (gone,))
        assert rows.fetchone()[0] == 0, table
    assert journal.debriefs.purge_deleted() == 0


def test_purged_entry_leaves_no_words_in_any_table(make_journal: MakeJournal) -> None:
    """After purging, no table of the pair database (search index included) holds its words."""
    journal = make_journal()
    jari, _ = ids(journal)
    marker = new_marker()
    journal.debriefs.save(quick(uppermost="Ennen velkaa"), jari, TODAY)
    gone = _entry_with_marker(journal, marker)
    journal.debriefs.save(quick(uppermost="Jälkeen velkaa"), jari, TODAY)
    journal.debriefs.delete(gone)
    assert journal.debriefs.purge_deleted() == 1
    contents = table_contents(journal.connection())
    assert "Jälkeen velkaa" in contents  # the dump does read the live entries
    assert tail(marker) not in contents


# --- full-text search ------------------------------------------------------------------------


@pytest.fixture
def searchable(make_journal: MakeJournal) -> tuple[Journal, dict[str, str]]:
    """A journal with a few entries written to be searched."""
    journal = make_journal()
    jari, sanna = ids(journal)
    texts = {
        "velkaa": quick(uppermost="Asiakkaalla on paljon velkaa ja vuokra rästissä."),
        "velkojen": quick(goal="Velkojen järjestely alkaa ensi kuussa."),
        "öljy": quick(what_happened="Öljyä vuoti lattialle, siivottiin yhdessä."),
        "oljy": quick(learning="Oljyt ja heinät (maatilan työ) kiinnostavat häntä."),
        "parts": quick(
            member_parts=(MemberPart(jari, (), "Minä puhuin sosiaalitoimistolle."),),
            follow_ups=(FollowUp("Pyydä lausunto tukiasunnosta"),),
            supervision_topics=(SupervisionTopic("Kaksoisrooli ystävänä"),),
            warning_signs=WarningSignNote((), sanna, "Uhkailuviestit puhelimessa", ""),
        ),
    }
    saved = {key: journal.debriefs.save(entry, jari, TODAY) for key, entry in texts.items()}
    return journal, saved


def test_prefix_search_finds_inflected_forms(searchable: tuple[Journal, dict[str, str]]) -> None:
    """A word's beginning finds every inflected form: "velk" finds "velkaa" and "velkojen"."""
    journal, saved = searchable
    found = {hit.entry_id for hit in journal.debriefs.search("velk")}
    assert found == {saved["velkaa"], saved["velkojen"]}
    assert {hit.entry_id for hit in journal.debriefs.search("velkoje")} == {saved["velkojen"]}
    assert saved["velkaa"] in {hit.entry_id for hit in journal.debriefs.search("velkaa")}


def test_velka_finds_velkojen(searchable: tuple[Journal, dict[str, str]]) -> None:
    """The issue's own example: "velka" finds both "velkaa" and "velkojen"."""
    journal, saved = searchable
    found = {hit.entry_id for hit in journal.debriefs.search("velka")}
    assert found == {saved["velkaa"], saved["velkojen"]}


def test_a_and_o_with_dots_stay_distinct(searchable: tuple[Journal, dict[str, str]]) -> None:
    """ä, ö and å are letters of their own: "öljy" does not find "oljy" and vice versa."""
    journal, saved = searchable
    assert [hit.entry_id for hit in journal.debriefs.search("öljy")] == [saved["öljy"]]
    assert [hit.entry_id for hit in journal.debriefs.search("ÖLJY")] == [saved["öljy"]]
    assert [hit.entry_id for hit in journal.debriefs.search("oljy")] == [saved["oljy"]]


def test_search_covers_every_text_field(searchable: tuple[Journal, dict[str, str]]) -> None:
    """Words in a partner's part, a follow-up, a topic and a warning note are found."""
    journal, saved = searchable
    for word in ("sosiaalitoimisto", "tukiasunno", "kaksoisrooli", "uhkailuviest"):
        assert [hit.entry_id for hit in journal.debriefs.search(word)] == [saved["parts"]], word


def test_all_words_are_required(searchable: tuple[Journal, dict[str, str]]) -> None:
    """Several words narrow the search: every word must be in the entry."""
    journal, saved = searchable
    assert [h.entry_id for h in journal.debriefs.search("velkaa vuokra")] == [saved["velkaa"]]
    assert journal.debriefs.search("velkaa öljyä") == []


@pytest.mark.parametrize(
    "query",
    ['"paljon', 'paljon"', "paljon*", "-paljon", "(paljon)", "paljon)", "^paljon", "paljon:"],
)
def test_fts_syntax_around_a_word_is_ignored(
    searchable: tuple[Journal, dict[str, str]], query: str
) -> None:
    """Quotes, stars, minus and brackets around a word neither raise nor change the result."""
    journal, saved = searchable
    expected = [hit.entry_id for hit in journal.debriefs.search("paljon")]
    assert expected == [saved["velkaa"]]
    assert [hit.entry_id for hit in journal.debriefs.search(query)] == expected


@pytest.mark.parametrize(
    "query",
    ['"', "*", "(", ")", "-", "NEAR(velkaa öljyä)", "velkaa AND", "OR", "NOT velkaa", ":", "'", ""],
)
def test_fts_syntax_never_raises(searchable: tuple[Journal, dict[str, str]], query: str) -> None:
    """Whatever the user types into search, the answer is a (maybe empty) list, not an error."""
    journal, saved = searchable
    hits = journal.debriefs.search(query)
    assert isinstance(hits, list)
    assert {hit.entry_id for hit in hits} <= set(saved.values())


def test_snippet_marks_the_match(searchable: tuple[Journal, dict[str, str]]) -> None:
    """A hit's snippet has the matched word between the highlight markers."""
    journal, saved = searchable
    hits = {hit.entry_id: hit for hit in journal.debriefs.search("velkaa")}
    assert f"{SNIPPET_START}velkaa{SNIPPET_END}" in hits[saved["velkaa"]].snippet


def test_search_sees_edits(searchable: tuple[Journal, dict[str, str]]) -> None:
    """After an edit, search finds the new words and no longer the removed ones."""
    journal, saved = searchable
    jari, _ = ids(journal)
    entry = journal.debriefs.get(saved["velkaa"])
    journal.debriefs.save(replace(entry, uppermost="Nyt puhuttiin harrastuksista."), jari, TODAY)
    assert journal.debriefs.search("vuokra") == []
    assert [h.entry_id for h in journal.debriefs.search("harrastu")] == [saved["velkaa"]]


# --- filters ---------------------------------------------------------------------------------


@pytest.fixture
def filterable(make_journal: MakeJournal) -> tuple[Journal, dict[str, str]]:
    """Entries that differ in exactly one filtered property each."""
    journal = make_journal()
    jari, _ = ids(journal)
    old = TODAY - timedelta(days=200)
    entries = {
        "old": quick(old),
        "network": quick(TODAY - timedelta(days=5), visit_type=VisitType.NETWORK_MEETING),
        "housing": quick(TODAY - timedelta(days=4), themes=(Theme.HOUSING, Theme.SOBRIETY)),
        "coded": quick(TODAY - timedelta(days=3), client_code="B-02"),
        "warning": quick(
            TODAY - timedelta(days=2), warning_signs=WarningSignNote((WarningSign.NEW_DEBTS,))
        ),
        "shared": quick(TODAY - timedelta(days=1), sharing=SharingLevel.TOPICS_AND_REFLECTION),
        "open": quick(TODAY, follow_ups=(FollowUp("Avoin"),)),
        "closed": quick(TODAY, follow_ups=(FollowUp("Tehty", done=True),)),
    }
    return journal, {key: journal.debriefs.save(e, jari, TODAY) for key, e in entries.items()}


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (DebriefFilter(date_to=TODAY - timedelta(days=100)), {"old"}),
        (
            DebriefFilter(date_from=TODAY - timedelta(days=1), date_to=TODAY),
            {"shared", "open", "closed"},
        ),
        (DebriefFilter(visit_type=VisitType.NETWORK_MEETING), {"network"}),
        (DebriefFilter(theme=Theme.SOBRIETY), {"housing"}),
        (DebriefFilter(client_code="B-02"), {"coded"}),
        (DebriefFilter(warning_signs_only=True), {"warning"}),
        (DebriefFilter(sharing=SharingLevel.TOPICS_AND_REFLECTION), {"shared"}),
        (DebriefFilter(open_follow_ups_only=True), {"open"}),
        (DebriefFilter(date_from=TODAY - timedelta(days=4), theme=Theme.HOUSING), {"housing"}),
        (DebriefFilter(visit_type=VisitType.NETWORK_MEETING, theme=Theme.HOUSING), set()),
    ],
    ids=[
        "period-old",
        "period-recent",
        "visit-type",
        "theme",
        "client-code",
        "warning-signs",
        "sharing",
        "open-follow-ups",
        "period-and-theme",
        "contradiction",
    ],
)
def test_filter_narrows_the_list(
    filterable: tuple[Journal, dict[str, str]], filters: DebriefFilter, expected: set[str]
) -> None:
    """Each filter keeps exactly the entries that match it, and the count agrees."""
    journal, saved = filterable
    rows = journal.debriefs.entries(filters)
    assert {row.entry_id for row in rows} == {saved[key] for key in expected}
    assert journal.debriefs.count(filters) == len(expected)


def test_no_filter_lists_everything(filterable: tuple[Journal, dict[str, str]]) -> None:
    """Without filters the list has every entry, and summaries carry the list's columns."""
    journal, saved = filterable
    rows = {row.entry_id: row for row in journal.debriefs.entries()}
    assert set(rows) == set(saved.values())
    assert rows[saved["warning"]].has_warning_signs
    assert not rows[saved["old"]].has_warning_signs
    assert rows[saved["open"]].open_follow_ups == 1
    assert rows[saved["closed"]].open_follow_ups == 0
    assert rows[saved["coded"]].client_code == "B-02"
    assert rows[saved["housing"]].themes == (Theme.HOUSING, Theme.SOBRIETY)


def test_list_pages(filterable: tuple[Journal, dict[str, str]]) -> None:
    """The list comes a page at a time without repeating or skipping entries."""
    journal, saved = filterable
    first = journal.debriefs.entries(limit=3)
    rest = journal.debriefs.entries(limit=100, offset=3)
    assert len(first) == 3
    assert [r.entry_id for r in first + rest] == [r.entry_id for r in journal.debriefs.entries()]
    assert len(first + rest) == len(saved)


# --- drafts ----------------------------------------------------------------------------------


def test_draft_save_load_discard(make_journal: MakeJournal) -> None:
    """A draft keeps the unfinished entry; saving again replaces it; discard removes it."""
    journal = make_journal()
    jari, sanna = ids(journal)
    entry = full_entry(jari, sanna)
    journal.debriefs.save_draft("luonnos-1", replace(entry, uppermost="Puolikas"))
    journal.debriefs.save_draft("luonnos-1", entry)
    (draft,) = journal.debriefs.drafts()
    assert draft.draft_key == "luonnos-1"
    assert draft.entry_id is None
    assert draft.entry == entry
    assert journal.debriefs.count() == 0  # a draft is not an entry
    journal.debriefs.discard_draft("luonnos-1")
    assert journal.debriefs.drafts() == []


def test_draft_of_an_edit_knows_its_entry(make_journal: MakeJournal) -> None:
    """A draft of an existing entry remembers which entry it belongs to."""
    journal = make_journal()
    jari, _ = ids(journal)
    entry_id = journal.debriefs.save(quick(uppermost="Alku"), jari, TODAY)
    journal.debriefs.save_draft("muokkaus", replace(journal.debriefs.get(entry_id), goal="Lisää"))
    (draft,) = journal.debriefs.drafts()
    assert draft.entry_id == entry_id and draft.entry.goal == "Lisää"


def test_saving_the_entry_drops_its_draft(make_journal: MakeJournal) -> None:
    """Saving with the draft's key removes that draft and leaves other drafts alone."""
    journal = make_journal()
    jari, _ = ids(journal)
    journal.debriefs.save_draft("tama", quick(uppermost="Tämä"))
    journal.debriefs.save_draft("toinen", quick(uppermost="Toinen"))
    journal.debriefs.save(quick(uppermost="Tämä"), jari, TODAY, draft_key="tama")
    assert [d.draft_key for d in journal.debriefs.drafts()] == ["toinen"]


def test_draft_survives_lock_and_reopen(make_journal: MakeJournal) -> None:
    """A draft is stored in the journal, so it is there after the next unlock."""
    journal = make_journal()
    journal.debriefs.save_draft("k", quick(uppermost="Kesken jäänyt ajatus"))
    journal.lock()
    again = open_journal(journal.folder, PAIR_PASSPHRASE)
    try:
        assert [d.entry.uppermost for d in again.debriefs.drafts()] == ["Kesken jäänyt ajatus"]
    finally:
        again.lock()


# --- own reflections: only in the personal area ----------------------------------------------


def test_own_reflection_lands_only_in_the_personal_area(make_journal: MakeJournal) -> None:
    """Own feelings are in the owner's area, never in the pair database, never in plain text."""
    journal = make_journal()
    jari, sanna = ids(journal)
    marker = new_marker()
    area = journal.create_personal_area(jari, PERSONAL_PASSPHRASE_JARI)
    entry_id = journal.debriefs.save(quick(uppermost="Jaettu osa"), jari, TODAY)
    reflection = PrivateReflection(
        entry_id,
        TODAY,
        strain=8,
        past_close=PastClose.CLEARLY,
        wants_to_debrief=True,
        feelings=f"Pelotti ja suretti {marker}",
    )
    area.reflections.save(reflection, TODAY)

    assert area.reflections.get(entry_id) == reflection
    assert marker in table_contents(area.connection())
    assert tail(marker) not in table_contents(journal.connection())
    assert files_containing(journal.folder, tail(marker)) == []
    area.close()
    journal.lock()
    assert files_containing(journal.folder, tail(marker)) == []
    assert sanna  # the partner has no area at all: nothing of Jari's went anywhere else


def test_partner_area_does_not_get_the_reflection(make_journal: MakeJournal) -> None:
    """One partner's reflection is not in the other partner's own area."""
    journal = make_journal()
    jari, sanna = ids(journal)
    marker = new_marker()
    jari_area = journal.create_personal_area(jari, PERSONAL_PASSPHRASE_JARI)
    sanna_area = journal.create_personal_area(sanna, PERSONAL_PASSPHRASE_SANNA)
    entry_id = journal.debriefs.save(quick(), jari, TODAY)
    jari_area.reflections.save(PrivateReflection(entry_id, TODAY, strain=3, feelings=marker), TODAY)
    assert sanna_area.reflections.get(entry_id) is None
    assert tail(marker) not in table_contents(sanna_area.connection())
    assert [r.feelings for r in jari_area.reflections.all()] == [marker]


def test_shared_strain_goes_to_the_pair_but_feelings_never(make_journal: MakeJournal) -> None:
    """Ticking "share" puts strain, past and wish into the pair entry; feelings stay private."""
    journal = make_journal()
    jari, _ = ids(journal)
    marker = new_marker()
    area = journal.create_personal_area(jari, PERSONAL_PASSPHRASE_JARI)
    shared = SharedStrain(jari, 9, PastClose.CLEARLY, True)
    entry_id = journal.debriefs.save(quick(shared_strain=(shared,)), jari, TODAY)
    area.reflections.save(
        PrivateReflection(
            entry_id, TODAY, 9, PastClose.CLEARLY, True, f"Tunteet {marker}", shared_with_pair=True
        ),
        TODAY,
    )
    assert journal.debriefs.get(entry_id).shared_strain == (shared,)
    assert tail(marker) not in table_contents(journal.connection())
    assert journal.debriefs.search(marker) == []
    reflection = area.reflections.get(entry_id)
    assert reflection is not None and reflection.shared_with_pair
    assert marker in reflection.feelings


def test_reflection_needs_an_open_area(make_journal: MakeJournal) -> None:
    """After the area is closed, nothing can be written into it or read from it."""
    journal = make_journal()
    jari, _ = ids(journal)
    area = journal.create_personal_area(jari, PERSONAL_PASSPHRASE_JARI)
    entry_id = journal.debriefs.save(quick(), jari, TODAY)
    area.close()
    with pytest.raises(JournalLocked):
        area.reflections.save(PrivateReflection(entry_id, TODAY, 2), TODAY)
    reopened = journal.open_personal_area(jari, PERSONAL_PASSPHRASE_JARI)
    assert reopened.reflections.get(entry_id) is None
