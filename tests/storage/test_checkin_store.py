"""Check-ins in the personal area; sharing copies only the stress aggregate to the pair."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PAIR_PASSPHRASE
from tests.storage.helpers import PERSONAL_PASSPHRASE_JARI, PERSONAL_PASSPHRASE_SANNA, snapshot
from tests.storage.old_journal import make_pair
from tyoparipaivakirja.core.checkins import (
    Answer,
    CheckInSettings,
    NewCheckIn,
    TalkChoice,
    item_key,
)
from tyoparipaivakirja.core.debriefs import PrivateReflection
from tyoparipaivakirja.core.errors import (
    JournalLocked,
    NotAJournal,
    ValidationError,
    ValidationReason,
    WrongPassphrase,
)
from tyoparipaivakirja.core.ids import new_id
from tyoparipaivakirja.core.instruments import (
    BURNOUT,
    BURNOUT_ITEM,
    ELO_STRESS,
    ELO_STRESS_ITEM,
    WORK_STRAIN,
)
from tyoparipaivakirja.core.nudges import Rule
from tyoparipaivakirja.core.trends import SharedWeek, TrendWord
from tyoparipaivakirja.storage import schema
from tyoparipaivakirja.storage.folder import open_journal
from tyoparipaivakirja.storage.session import Journal, PersonalArea

TODAY = date(2026, 11, 25)  # Wednesday
NOTE_MARKER = "YKSITYINEN-MERKKI-7d1f"


def _new(
    day: date,
    stress: int,
    *,
    past_close: int = 1,
    boundaries: int = 3,
    recovery: int | None = None,
    burnout: int | None = None,
    talk: frozenset[TalkChoice] = frozenset(),
    note: str = "",
) -> NewCheckIn:
    answers = [
        Answer(ELO_STRESS, ELO_STRESS_ITEM, stress),
        Answer(WORK_STRAIN, "past_close", past_close),
        Answer(WORK_STRAIN, "boundaries", boundaries),
    ]
    if recovery is not None:
        answers.append(Answer(WORK_STRAIN, "recovery_stability", recovery))
    if burnout is not None:
        answers.append(Answer(BURNOUT, BURNOUT_ITEM, burnout))
    return NewCheckIn(day, tuple(answers), talk, note)


def _jari_area(journal: Journal) -> PersonalArea:
    jari = journal.members.all()[0]
    return journal.create_personal_area(jari.member_id, PERSONAL_PASSPHRASE_JARI)


def _dump(conn: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, decrypted."""
    tables = [
        str(row[0]) for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    ]
    return {
        table: sorted(tuple(row) for row in conn.execute(f'SELECT * FROM "{table}"'))
        for table in sorted(tables)
    }


def test_add_correct_and_delete_checkins(make_journal: Callable[..., Journal]) -> None:
    """A check-in is saved with its answers, choices and note; its owner can correct it
    (same id, creation time kept) and delete it."""
    area = _jari_area(make_journal())
    saved = area.checkins.add(
        _new(TODAY, 3, talk=frozenset({TalkChoice.PARTNER}), note="muistiin"), TODAY
    )
    assert area.checkins.all() == [saved]
    assert saved.value(ELO_STRESS, ELO_STRESS_ITEM) == 3
    assert saved.talk == frozenset({TalkChoice.PARTNER})
    corrected = area.checkins.correct(
        saved.checkin_id, _new(TODAY - timedelta(days=1), 2, note="korjattu"), TODAY
    )
    assert (corrected.checkin_id, corrected.created_at) == (saved.checkin_id, saved.created_at)
    assert (corrected.day, corrected.note, corrected.talk) == (
        TODAY - timedelta(days=1),
        "korjattu",
        frozenset(),
    )
    assert corrected.value(ELO_STRESS, ELO_STRESS_ITEM) == 2
    area.checkins.delete(saved.checkin_id)
    assert area.checkins.all() == []
    with pytest.raises(ValidationError) as caught:
        area.checkins.delete(saved.checkin_id)
    assert caught.value.reason is ValidationReason.NOT_FOUND


def test_future_checkin_is_refused_and_nothing_is_saved(
    make_journal: Callable[..., Journal],
) -> None:
    """A check-in dated tomorrow is refused, also as a correction; nothing changes."""
    area = _jari_area(make_journal())
    with pytest.raises(ValidationError) as caught:
        area.checkins.add(_new(TODAY + timedelta(days=1), 3), TODAY)
    assert caught.value.reason is ValidationReason.IN_FUTURE
    saved = area.checkins.add(_new(TODAY, 3), TODAY)
    with pytest.raises(ValidationError):
        area.checkins.correct(saved.checkin_id, _new(TODAY + timedelta(days=2), 1), TODAY)
    assert area.checkins.all() == [saved]


def test_snapshot_due_and_nudges_follow_the_history(make_journal: Callable[..., Journal]) -> None:
    """The weekly check-in is due until one is made this week; two weeks at stress 4+ show
    R2 until acknowledged; a snooze hides a nudge; both are remembered."""
    area = _jari_area(make_journal())
    area.checkins.add(_new(TODAY - timedelta(weeks=1), 4), TODAY)
    assert area.snapshot(TODAY).weekly_due
    area.checkins.add(_new(TODAY, 5, burnout=4), TODAY)
    snap = area.snapshot(TODAY)
    assert not snap.weekly_due
    assert [f.rule for f in snap.nudges] == [Rule.R2, Rule.R4]
    area.checkins.acknowledge_nudges([Rule.R2], TODAY)
    area.checkins.snooze_nudges([Rule.R4], TODAY)
    assert area.snapshot(TODAY).nudges == ()
    assert [f.rule for f in area.snapshot(TODAY + timedelta(days=7)).nudges] == [Rule.R4]


def test_settings_round_trip(make_journal: Callable[..., Journal]) -> None:
    """The owner's settings are kept in their area; the defaults ask no optional items."""
    area = _jari_area(make_journal())
    assert area.checkins.settings() == CheckInSettings()
    chosen = CheckInSettings(
        guiding_role=True,
        enabled_items=frozenset({item_key(WORK_STRAIN, "recovery_stability")}),
        optional_instruments=frozenset({"who5"}),
        r5_enabled=False,
    )
    assert area.checkins.save_settings(chosen) == chosen
    assert area.checkins.settings() == chosen


def test_visit_strain_comes_from_the_owners_debrief_reflections(
    make_journal: Callable[..., Journal],
) -> None:
    """The strain a person gave in a debrief's own reflection is their per-visit series,
    oldest first; reflections without a strain are not points of it."""
    area = _jari_area(make_journal())
    earlier = TODAY - timedelta(days=3)
    area.reflections.save(PrivateReflection(new_id(), TODAY, strain=4), TODAY)
    area.reflections.save(PrivateReflection(new_id(), earlier, strain=7), TODAY)
    area.reflections.save(PrivateReflection(new_id(), TODAY, feelings="ei asteikkoa"), TODAY)
    visits = area.reflections.strains()
    assert [(v.day, v.strain) for v in visits] == [(earlier, 7), (TODAY, 4)]
    assert [v.strain for v in area.snapshot(TODAY).visits] == [7, 4]


def test_after_sharing_the_pair_journal_holds_only_the_aggregate(
    make_journal: Callable[..., Journal],
) -> None:
    """Sharing adds to the pair journal exactly the member id, the period, the trend word and
    the weekly Elo stress values: its whole decrypted content, table by table, is what it
    was before plus those rows, and the private note marker appears nowhere in it."""
    journal = make_journal()
    area = _jari_area(journal)
    for weeks_ago, stress in enumerate([4, 3, 3, 2]):
        area.checkins.add(
            _new(
                TODAY - timedelta(weeks=weeks_ago),
                stress,
                past_close=3,
                boundaries=0,
                recovery=9,
                burnout=5,
                talk=frozenset({TalkChoice.OCCUPATIONAL_HEALTH}),
                note=f"{NOTE_MARKER} viikko {weeks_ago}",
            ),
            TODAY,
        )
    before = _dump(journal.connection())
    start = TODAY - timedelta(weeks=3)
    preview = area.preview_share(start, TODAY, TODAY)
    shared = area.share_trend(preview, TODAY)

    after = _dump(journal.connection())
    mondays = [date(2026, 11, 2), date(2026, 11, 9), date(2026, 11, 16), date(2026, 11, 23)]
    jari = area.member.member_id
    # The rows carry the clock stamp of the share, which is also the clock's last value.
    stamp = journal.clock.last
    expected_new: dict[str, list[tuple[Any, ...]]] = {
        "shared_stress_trends": [
            (shared.share_id, jari, start.isoformat(), TODAY.isoformat(), "nouseva", stamp)
        ],
        "shared_stress_weeks": [
            (shared.share_id, monday.isoformat(), stress, stamp)
            for monday, stress in zip(mondays, [2, 3, 3, 4], strict=True)
        ],
        "meta": [("clock", stamp)],
    }
    before["meta"] = [row for row in before["meta"] if row[0] != "clock"]
    assert set(after) == set(before)
    for table, rows in after.items():
        assert rows == sorted(before[table] + expected_new.get(table, [])), table
    assert NOTE_MARKER not in repr(after)
    assert preview.weeks == tuple(
        SharedWeek(m, s) for m, s in zip(mondays, [2, 3, 3, 4], strict=True)
    )
    assert preview.trend is TrendWord.RISING
    assert area.shared_trends() == [shared]
    assert journal.shared_trends.all() == [shared]


def test_private_note_is_not_readable_in_any_file(make_journal: Callable[..., Journal]) -> None:
    """The note marker is in no file of the journal folder as plain bytes."""
    journal = make_journal()
    area = _jari_area(journal)
    area.checkins.add(_new(TODAY, 2, note=NOTE_MARKER), TODAY)
    area.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for path in journal.folder.rglob("*"):
        if path.is_file():
            assert NOTE_MARKER.encode() not in path.read_bytes(), path.name


def test_withdraw_removes_the_share_and_only_the_owner_can(
    make_journal: Callable[..., Journal],
) -> None:
    """Withdrawing deletes the shared rows; another member's area cannot withdraw it; a
    closed area cannot either."""
    journal = make_journal()
    area = _jari_area(journal)
    for weeks_ago in range(3):
        area.checkins.add(_new(TODAY - timedelta(weeks=weeks_ago), 2), TODAY)
    shared = area.share_trend(area.preview_share(TODAY - timedelta(weeks=2), TODAY, TODAY), TODAY)
    sanna = journal.create_personal_area(
        journal.members.all()[1].member_id, PERSONAL_PASSPHRASE_SANNA
    )
    with pytest.raises(ValidationError):
        sanna.withdraw_shared_trend(shared.share_id)
    area.withdraw_shared_trend(shared.share_id)
    tables = _dump(journal.connection())
    assert tables["shared_stress_trends"] == [] and tables["shared_stress_weeks"] == []
    area.close()
    with pytest.raises(JournalLocked):
        area.withdraw_shared_trend(shared.share_id)


def test_a_stale_preview_is_not_shared(make_journal: Callable[..., Journal]) -> None:
    """If the check-ins changed after the preview, sharing is refused (CHANGED): what is
    shared is always exactly what the person saw."""
    journal = make_journal()
    area = _jari_area(journal)
    for weeks_ago in range(3):
        area.checkins.add(_new(TODAY - timedelta(weeks=weeks_ago), 2), TODAY)
    preview = area.preview_share(TODAY - timedelta(weeks=2), TODAY, TODAY)
    area.checkins.add(_new(TODAY, 5), TODAY)
    with pytest.raises(ValidationError) as caught:
        area.share_trend(preview, TODAY)
    assert caught.value.reason is ValidationReason.CHANGED
    assert _dump(journal.connection())["shared_stress_trends"] == []


def test_pair_passphrase_still_cannot_open_an_area_with_checkins(
    make_journal: Callable[..., Journal],
) -> None:
    """With check-ins in it, a personal area still refuses the pair passphrase."""
    journal = make_journal()
    area = _jari_area(journal)
    area.checkins.add(_new(TODAY, 2, note=NOTE_MARKER), TODAY)
    area.close()
    with pytest.raises(WrongPassphrase):
        journal.open_personal_area(area.member.member_id, PAIR_PASSPHRASE)


def test_reset_forgotten_area_leaves_the_pair_journal_alone(
    make_journal: Callable[..., Journal],
) -> None:
    """Resetting takes the member's area files and their backups out of the journal (into
    the owner-only reset folder), leaves every pair file and the partner's area untouched,
    and a fresh area can then be made."""
    journal = make_journal()
    area = _jari_area(journal)
    for weeks_ago in range(3):
        area.checkins.add(_new(TODAY - timedelta(weeks=weeks_ago), 2), TODAY)
    area.share_trend(area.preview_share(TODAY - timedelta(weeks=2), TODAY, TODAY), TODAY)
    sanna_id = journal.members.all()[1].member_id
    journal.create_personal_area(sanna_id, PERSONAL_PASSPHRASE_SANNA).close()
    jari_id = area.member.member_id
    backups = journal.folder / "backups"
    backups.mkdir(exist_ok=True)
    (backups / f"personal-{jari_id}-v1-before-migration-x.db").write_bytes(b"old")
    journal.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    folder = journal.folder
    pair_before = {k: v for k, v in snapshot(folder).items() if jari_id not in k}

    journal.reset_personal_area(jari_id)

    assert not area.is_open
    assert not journal.has_personal_area(jari_id)
    reset_folder = folder / "personal" / "reset"
    left = [p for p in folder.rglob("*") if jari_id in p.name and reset_folder not in p.parents]
    assert left == []
    assert {k: v for k, v in snapshot(folder).items() if not k.startswith("personal/reset/")} == (
        pair_before
    )
    fresh = journal.create_personal_area(jari_id, "uusi alku: tunturi & puro 2027")
    assert fresh.checkins.all() == []
    assert len(fresh.shared_trends()) == 1  # still in the pair journal, withdrawable


def test_old_personal_area_is_migrated_on_open(
    make_journal: Callable[..., Journal], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An area made before check-ins existed opens, is backed up and gains the check-in
    tables; a check-in can then be saved."""
    journal = make_journal()
    original = schema.PERSONAL_MIGRATIONS
    monkeypatch.setattr(schema, "PERSONAL_MIGRATIONS", original[:1])
    area = _jari_area(journal)
    area.close()
    monkeypatch.setattr(schema, "PERSONAL_MIGRATIONS", original)
    area = journal.open_personal_area(area.member.member_id, PERSONAL_PASSPHRASE_JARI)
    assert schema.read_version(area.connection()) == schema.latest_version(original)
    assert area.checkins.add(_new(TODAY, 1), TODAY).day == TODAY
    assert list(
        (journal.folder / "backups").glob(f"*-before-migration/personal/{area.member.member_id}.db")
    )


def test_pair_journal_without_shares_table_migrates(tmp_path: Path) -> None:
    """A pair journal made before sharing existed gains the shared-trend tables on open."""
    folder = tmp_path / "vanha"
    make_pair(folder, version=1)
    reopened = open_journal(folder, PAIR_PASSPHRASE)
    try:
        assert reopened.shared_trends.all() == []
        assert schema.read_version(reopened.connection()) == schema.latest_version(
            schema.PAIR_MIGRATIONS
        )
    finally:
        reopened.lock()


def test_missing_area_cannot_be_opened_after_reset(make_journal: Callable[..., Journal]) -> None:
    """After a reset the old passphrase finds no area to open (only ``restore_reset_area``
    brings it back)."""
    journal = make_journal()
    area = _jari_area(journal)
    member_id = area.member.member_id
    journal.reset_personal_area(member_id)
    with pytest.raises(NotAJournal):
        journal.open_personal_area(member_id, PERSONAL_PASSPHRASE_JARI)
