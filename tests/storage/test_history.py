"""A history two copies can merge: ids of their own, clock stamps, tombstones.

Every mergeable row carries ``updated_at`` from this copy's hybrid logical clock; a row
saved again unchanged keeps its stamp; rows taken away (a follow-up removed from a
debrief, an agenda item dropped, a debrief purged) leave tombstones; children are
upserted by their own ids, never deleted and inserted anew.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.conftest import PAIR_PASSPHRASE
from tests.storage.helpers import PERSONAL_PASSPHRASE_JARI
from tyoparipaivakirja.core import hlc
from tyoparipaivakirja.core.checkins import Answer, NewCheckIn
from tyoparipaivakirja.core.debriefs import Debrief, FollowUp, SupervisionTopic, VisitType
from tyoparipaivakirja.core.errors import StorageFailed
from tyoparipaivakirja.core.ids import is_id
from tyoparipaivakirja.core.instruments import ELO_STRESS, ELO_STRESS_ITEM
from tyoparipaivakirja.core.supervision import AgendaItem, Agreement
from tyoparipaivakirja.storage import access
from tyoparipaivakirja.storage.cipher import Connection
from tyoparipaivakirja.storage.folder import open_journal
from tyoparipaivakirja.storage.session import Journal

TODAY = date.today()
MakeJournal = Callable[..., Journal]


def _stamps(conn: Connection, table: str, key: str) -> dict[str, str]:
    return {str(k): str(s) for k, s in conn.execute(f"SELECT {key}, updated_at FROM {table}")}


def _tombstones(conn: Connection, table: str) -> set[str]:
    rows = conn.execute("SELECT row_id FROM tombstones WHERE table_name = ?", (table,))
    return {str(r[0]) for r in rows}


def _entry(**fields: object) -> Debrief:
    return replace(Debrief(visit_date=TODAY, visit_type=VisitType.HOME_VISIT), **fields)  # type: ignore[arg-type]


def test_every_write_is_stamped_by_this_copys_clock(make_journal: MakeJournal) -> None:
    """A saved debrief and its follow-ups carry a clock stamp of this copy's device id
    (kept in the pair journal's meta), and the clock's last stamp is kept there too."""
    journal = make_journal()
    jari = journal.members.all()[0].member_id
    entry_id = journal.debriefs.save(_entry(follow_ups=(FollowUp("Soita"),)), jari, TODAY)
    conn = journal.connection()
    device = journal.meta.get(access.DEVICE_KEY)
    assert device is not None and hlc.is_device_id(device)
    (stamp,) = _stamps(conn, "follow_ups", "follow_up_id").values()
    assert _stamps(conn, "debriefs", "entry_id") == {entry_id: stamp}
    assert hlc.parse(stamp).device == device
    assert journal.meta.get(access.CLOCK_KEY) == stamp
    assert is_id(entry_id)


def test_saving_again_keeps_follow_up_and_topic_ids_and_leaves_tombstones(
    make_journal: MakeJournal,
) -> None:
    """Follow-ups and topics are upserted by id: an unchanged one keeps its id and stamp,
    a changed one keeps its id with a new stamp, a removed one is gone with a tombstone."""
    journal = make_journal()
    jari = journal.members.all()[0].member_id
    entry_id = journal.debriefs.save(
        _entry(
            follow_ups=(FollowUp("Soita"), FollowUp("Kirjoita"), FollowUp("Poistuva")),
            supervision_topics=(SupervisionTopic("Rajat"), SupervisionTopic("Pois")),
        ),
        jari,
        TODAY,
    )
    saved = journal.debriefs.get(entry_id)
    conn = journal.connection()
    before = _stamps(conn, "follow_ups", "follow_up_id")
    soita, kirjoita, poistuva = saved.follow_ups
    rajat, pois = saved.supervision_topics
    journal.debriefs.save(
        replace(
            saved,
            follow_ups=(soita, replace(kirjoita, done=True), FollowUp("Uusi")),
            supervision_topics=(rajat,),
        ),
        jari,
        TODAY,
    )
    again = journal.debriefs.get(entry_id)
    ids = [f.follow_up_id for f in again.follow_ups]
    assert ids[:2] == [soita.follow_up_id, kirjoita.follow_up_id] and ids[2] not in before
    after = _stamps(conn, "follow_ups", "follow_up_id")
    assert soita.follow_up_id and kirjoita.follow_up_id and poistuva.follow_up_id
    assert after[soita.follow_up_id] == before[soita.follow_up_id]  # unchanged: same stamp
    assert after[kirjoita.follow_up_id] > before[kirjoita.follow_up_id]
    assert poistuva.follow_up_id not in after
    assert _tombstones(conn, "follow_ups") == {poistuva.follow_up_id}
    assert [t.topic_id for t in again.supervision_topics] == [rajat.topic_id]
    assert _tombstones(conn, "supervision_topics") == {pois.topic_id}


def test_a_child_key_of_another_entry_is_refused_not_taken_over(
    make_journal: MakeJournal,
) -> None:
    """A follow-up id that belongs to another debrief is never moved to this one."""
    journal = make_journal()
    jari = journal.members.all()[0].member_id
    first = journal.debriefs.get(
        journal.debriefs.save(_entry(follow_ups=(FollowUp("Ensimmäisen"),)), jari, TODAY)
    )
    stolen = first.follow_ups[0]
    with pytest.raises(StorageFailed):
        journal.debriefs.save(_entry(follow_ups=(replace(stolen, task="Toisen"),)), jari, TODAY)
    assert journal.debriefs.get(str(first.entry_id)).follow_ups == (stolen,)
    assert journal.debriefs.count() == 1


def test_agenda_items_and_agreements_have_ids_and_leave_tombstones(
    make_journal: MakeJournal,
) -> None:
    """Agenda items and agreements are rows of their own: reordering keeps their ids,
    dropping one leaves a tombstone, deleting the session tombstones all of it."""
    journal = make_journal()
    session = journal.supervision.create_session(
        TODAY, "Outi", [AgendaItem("Eka"), AgendaItem("Toka")], [Agreement("Sovittu")]
    )
    eka, toka = session.agenda
    (agreed,) = session.agreements
    assert eka.item_id and toka.item_id and agreed.agreement_id
    again = journal.supervision.save_session(session.session_id, TODAY, "Outi", [toka], [agreed])
    assert [item.item_id for item in again.agenda] == [toka.item_id]
    conn = journal.connection()
    assert _tombstones(conn, "supervision_agenda") == {eka.item_id}
    journal.supervision.delete_session(session.session_id)
    assert _tombstones(conn, "supervision_sessions") == {session.session_id}
    assert _tombstones(conn, "supervision_agenda") == {eka.item_id, toka.item_id}
    assert _tombstones(conn, "supervision_agreements") == {agreed.agreement_id}


def test_a_purge_leaves_tombstones_for_the_entry_and_everything_of_it(
    make_journal: MakeJournal,
) -> None:
    journal = make_journal()
    jari = journal.members.all()[0].member_id
    entry_id = journal.debriefs.save(
        _entry(follow_ups=(FollowUp("Soita"),), supervision_topics=(SupervisionTopic("X"),)),
        jari,
        TODAY,
    )
    entry = journal.debriefs.get(entry_id)
    journal.debriefs.save(entry, jari, TODAY)  # one edit record
    journal.debriefs.delete(entry_id)
    assert journal.debriefs.purge_deleted() == 1
    conn = journal.connection()
    assert _tombstones(conn, "debriefs") == {entry_id}
    assert _tombstones(conn, "follow_ups") == {entry.follow_ups[0].follow_up_id}
    assert _tombstones(conn, "supervision_topics") == {entry.supervision_topics[0].topic_id}
    assert len(_tombstones(conn, "debrief_edits")) == 1
    assert conn.execute("SELECT count(*) FROM follow_ups").fetchone()[0] == 0


def test_a_corrected_check_in_keeps_its_answers_and_tombstones_the_dropped_ones(
    make_journal: MakeJournal,
) -> None:
    """In an own area too: answers are upserted; one taken away leaves a tombstone, and
    deleting the check-in tombstones it with its answers."""
    journal = make_journal()
    area = journal.create_personal_area(
        journal.members.all()[0].member_id, PERSONAL_PASSPHRASE_JARI
    )
    stress = Answer(ELO_STRESS, ELO_STRESS_ITEM, 3)
    other = Answer("work_strain", "past_close", 1)
    saved = area.checkins.add(NewCheckIn(TODAY, (stress, other)), TODAY)
    area.checkins.correct(saved.checkin_id, NewCheckIn(TODAY, (stress,)), TODAY)
    conn = area.connection()
    key = f"{saved.checkin_id}/work_strain/past_close"
    assert _tombstones(conn, "checkin_answers") == {key}
    area.checkins.delete(saved.checkin_id)
    assert _tombstones(conn, "checkins") == {saved.checkin_id}
    assert f"{saved.checkin_id}/{ELO_STRESS}/{ELO_STRESS_ITEM}" in _tombstones(
        conn, "checkin_answers"
    )
    deleted = [str(r[0]) for r in conn.execute("SELECT deleted_at FROM tombstones")]
    assert deleted and all(hlc.parse(s).device == journal.clock.device for s in deleted)


def test_the_clock_starts_after_its_last_stamp_even_with_the_wall_clock_set_back(
    make_journal: MakeJournal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The last stamp is kept in the journal: after a relock with the computer's clock an
    hour behind, what is written next is still stamped later than what came before."""
    journal = make_journal()
    jari = journal.members.all()[0].member_id
    first = journal.debriefs.save(_entry(uppermost="ennen"), jari, TODAY)
    before = _stamps(journal.connection(), "debriefs", "entry_id")[first]
    folder = journal.folder
    journal.lock()
    an_hour_back = hlc.parse(before).ms - 3_600_000
    monkeypatch.setattr(access, "wall_ms", lambda: an_hour_back)
    reopened = open_journal(folder, PAIR_PASSPHRASE)
    try:
        second = reopened.debriefs.save(_entry(uppermost="jälkeen"), jari, TODAY)
        after = _stamps(reopened.connection(), "debriefs", "entry_id")[second]
    finally:
        reopened.lock()
    assert after > before
    assert hlc.parse(after).ms == hlc.parse(before).ms


def test_each_copy_has_a_device_id_of_its_own(make_journal: MakeJournal, tmp_path: Path) -> None:
    """The device id stays with the copy across unlocks; another journal has another."""
    first = make_journal("yksi")
    device = first.clock.device
    folder = first.folder
    first.lock()
    again = open_journal(folder, PAIR_PASSPHRASE)
    try:
        assert again.clock.device == device
    finally:
        again.lock()
    assert make_journal("kaksi").clock.device != device
    assert (tmp_path / "yksi").is_dir()


def test_a_trend_withdrawn_leaves_tombstones(make_journal: MakeJournal) -> None:
    journal = make_journal()
    area = journal.create_personal_area(
        journal.members.all()[0].member_id, PERSONAL_PASSPHRASE_JARI
    )
    for weeks_ago in range(4):
        area.checkins.add(
            NewCheckIn(
                TODAY - timedelta(weeks=weeks_ago), (Answer(ELO_STRESS, ELO_STRESS_ITEM, 3),)
            ),
            TODAY,
        )
    shared = area.share_trend(area.preview_share(TODAY - timedelta(weeks=3), TODAY, TODAY), TODAY)
    area.withdraw_shared_trend(shared.share_id)
    conn = journal.connection()
    assert _tombstones(conn, "shared_stress_trends") == {shared.share_id}
    assert len(_tombstones(conn, "shared_stress_weeks")) == len(shared.share.weeks)
