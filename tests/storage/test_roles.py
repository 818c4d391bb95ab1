"""The role split store: drafts, proposals, acceptances, reviews, and frozen history."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from tests.conftest import PAIR_PASSPHRASE
from tests.storage.old_journal import make_pair
from tyoparipaivakirja.core.errors import (
    RevisionAccepted,
    ValidationError,
    ValidationField,
    ValidationReason,
)
from tyoparipaivakirja.core.roles import (
    NETWORK_WORK_TITLE,
    Frame,
    Lead,
    ReasonCategory,
    Revision,
    RevisionStatus,
    Training,
    WorkingTime,
    new_responsibility,
)
from tyoparipaivakirja.storage import schema
from tyoparipaivakirja.storage.folder import open_journal
from tyoparipaivakirja.storage.roles import frame_from_json, frame_to_json
from tyoparipaivakirja.storage.session import Journal

START = date(2026, 1, 12)
FRAME = Frame(
    ka_working_time=WorkingTime.PART_TIME,
    shared_weekdays=frozenset({0, 2, 3}),
    same_town=True,
    shared_office=False,
    line_manager="Tiina Koskinen",
    professional_guides=True,
    ka_support="Kokemusasiantuntijoiden vertaisryhmä",
    supervision_every_weeks=4,
    training=Training.APPRENTICESHIP,
    training_note="Oppisopimus päättyy 2027",
    ka_started_on=date(2025, 11, 1),
)


def ids(journal: Journal) -> tuple[str, str]:
    jari, sanna = journal.members.all()
    return jari.member_id, sanna.member_id


def agree_first(journal: Journal, effective_from: date = START) -> Revision:
    """Start from the defaults, set the frame and date, propose, and have both accept."""
    jari, sanna = ids(journal)
    draft = journal.roles.start_draft_from_defaults(effective_from)
    content = replace(draft.content, frame=FRAME, effective_from=effective_from)
    journal.roles.save_draft(draft.revision_id, content)
    morning = datetime.combine(effective_from, time(9, 0), UTC)
    journal.roles.propose(draft.revision_id, sanna, at=morning)
    journal.roles.accept(draft.revision_id, jari, at=morning)
    return journal.roles.accept(draft.revision_id, sanna, at=morning)


def network(revision: Revision) -> Lead:
    return next(item.lead for item in revision.items if item.title == NETWORK_WORK_TITLE)


def test_frame_survives_the_round_trip_through_json() -> None:
    """Every frame field, including dates, weekdays and "not agreed", reads back equal."""
    assert frame_from_json(frame_to_json(FRAME)) == FRAME
    assert frame_from_json(frame_to_json(Frame())) == Frame()
    assert frame_from_json("{}") == Frame()  # fields an older row lacks keep their defaults


def test_draft_proposed_and_accepted_by_both_is_in_force(
    make_journal: Callable[..., Journal],
) -> None:
    """A draft from the defaults is edited, proposed by one member, accepted by each with
    their own time; only after the second acceptance is it in force, and it reads back
    the same after locking and unlocking."""
    journal = make_journal()
    jari, sanna = ids(journal)
    assert journal.roles.revisions() == []
    draft = journal.roles.start_draft_from_defaults(START)
    assert (draft.version, draft.status) == (1, RevisionStatus.DRAFT)
    assert draft.next_review_on == date(2026, 4, 12)  # KA not known: 3 months
    assert journal.roles.open_revision() == draft

    extra = new_responsibility("Kahvihetket asiakkaan kanssa", Lead.SHARED, "kerran viikossa")
    edited = replace(
        draft.content,
        items=(*draft.items[1:], replace(draft.items[0], title="Työn koordinointi"), extra),
        frame=FRAME,
        discussed_in_supervision=True,
    )
    saved = journal.roles.save_draft(draft.revision_id, edited)
    assert saved.items[-1] == extra
    assert saved.items[-2].title == "Työn koordinointi"
    assert saved.frame == FRAME

    proposed = journal.roles.propose(
        draft.revision_id, sanna, at=datetime(2026, 1, 12, 9, 30, tzinfo=UTC)
    )
    assert (proposed.status, proposed.proposed_by) == (RevisionStatus.PROPOSED, sanna)
    assert proposed.proposed_at == datetime(2026, 1, 12, 9, 30, tzinfo=UTC)

    half = journal.roles.accept(
        draft.revision_id, jari, at=datetime(2026, 1, 12, 10, 0, tzinfo=UTC)
    )
    assert half.status is RevisionStatus.PROPOSED
    assert journal.roles.in_force(START) is None
    with pytest.raises(ValidationError) as error:
        journal.roles.accept(draft.revision_id, jari)
    assert error.value.reason is ValidationReason.ALREADY_ACCEPTED

    done = journal.roles.accept(
        draft.revision_id, sanna, at=datetime(2026, 1, 12, 10, 5, tzinfo=UTC)
    )
    assert done.status is RevisionStatus.ACCEPTED
    assert [(a.member_id, a.accepted_at.minute) for a in done.acceptances] == [
        (jari, 0),
        (sanna, 5),
    ]
    assert done.accepted_at == datetime(2026, 1, 12, 10, 5, tzinfo=UTC)
    assert journal.roles.open_revision() is None
    assert journal.roles.in_force(START) == done
    assert journal.roles.responsibilities_on(START) == done.items
    assert journal.roles.responsibilities_on(date(2026, 1, 11)) == ()

    folder = journal.folder
    journal.lock()
    reopened = open_journal(folder, PAIR_PASSPHRASE)
    try:
        assert reopened.roles.revisions() == [done]
    finally:
        reopened.lock()


def test_storage_refuses_to_change_an_accepted_revision(
    make_journal: Callable[..., Journal],
) -> None:
    """Editing, discarding, withdrawing or accepting again an accepted revision raises
    RevisionAccepted in the store, and so do raw writes to its rows (the triggers);
    afterwards the revision is exactly as it was."""
    journal = make_journal()
    jari, _sanna = ids(journal)
    accepted = agree_first(journal)
    changed = replace(accepted.content, items=accepted.items[:1])
    for attempt in (
        lambda: journal.roles.save_draft(accepted.revision_id, changed),
        lambda: journal.roles.discard_draft(accepted.revision_id),
        lambda: journal.roles.withdraw_proposal(accepted.revision_id),
        lambda: journal.roles.accept(accepted.revision_id, jari),
        lambda: journal.roles.propose(accepted.revision_id, jari),
    ):
        with pytest.raises(RevisionAccepted):
            attempt()

    rid = accepted.revision_id
    for statement, args in (
        ("UPDATE role_revisions SET reason_text = 'muutettu' WHERE revision_id = ?", (rid,)),
        ("UPDATE role_revisions SET status = 'draft' WHERE revision_id = ?", (rid,)),
        ("DELETE FROM role_revisions WHERE revision_id = ?", (rid,)),
        ("UPDATE role_items SET lead = 'yhteinen' WHERE revision_id = ?", (rid,)),
        ("DELETE FROM role_items WHERE revision_id = ?", (rid,)),
        (
            "INSERT INTO role_items (revision_id, item_id, position, title, lead)"
            " VALUES (?, 'x', 99, 'Uusi', 'yhteinen')",
            (rid,),
        ),
        ("DELETE FROM role_acceptances WHERE revision_id = ?", (rid,)),
        ("UPDATE role_acceptances SET accepted_at = '2020-01-01' WHERE revision_id = ?", (rid,)),
    ):
        with pytest.raises(RevisionAccepted), journal.transaction() as conn:
            conn.execute(statement, args)
    assert journal.roles.revisions() == [accepted]


def test_only_a_draft_is_edited_and_withdrawing_clears_acceptances(
    make_journal: Callable[..., Journal],
) -> None:
    """A proposal is frozen until it is withdrawn; withdrawing makes it a draft again
    and forgets the acceptances given so far; a second open revision is refused."""
    journal = make_journal()
    jari, _sanna = ids(journal)
    draft = journal.roles.start_draft_from_defaults(START)
    with pytest.raises(ValidationError) as error:
        journal.roles.start_draft_from_defaults(START)
    assert error.value.reason is ValidationReason.OPEN_REVISION_EXISTS
    with pytest.raises(ValidationError) as error:
        journal.roles.accept(draft.revision_id, jari)
    assert error.value.reason is ValidationReason.NOT_PROPOSED
    journal.roles.propose(draft.revision_id, jari)
    journal.roles.accept(draft.revision_id, jari)
    with pytest.raises(ValidationError) as error:
        journal.roles.save_draft(draft.revision_id, draft.content)
    assert error.value.reason is ValidationReason.NOT_A_DRAFT

    back = journal.roles.withdraw_proposal(draft.revision_id)
    assert (back.status, back.acceptances, back.proposed_by) == (RevisionStatus.DRAFT, (), None)
    journal.roles.save_draft(draft.revision_id, replace(draft.content, items=draft.items[:3]))
    journal.roles.discard_draft(draft.revision_id)
    assert journal.roles.revisions() == []


def test_becoming_accepted_needs_every_member_even_in_raw_sql(
    make_journal: Callable[..., Journal],
) -> None:
    """The schema refuses a revision marked accepted before every member accepted it,
    and a revision inserted as accepted; a draft cannot be accepted either."""
    journal = make_journal()
    jari, _sanna = ids(journal)
    draft = journal.roles.start_draft_from_defaults(START)
    with pytest.raises(Exception, match="draft"), journal.transaction() as conn:
        conn.execute(
            "INSERT INTO role_acceptances (revision_id, member_id, accepted_at)"
            " VALUES (?, ?, '2026-01-01T00:00:00+00:00')",
            (draft.revision_id, jari),
        )
    journal.roles.propose(draft.revision_id, jari)
    journal.roles.accept(draft.revision_id, jari)
    with pytest.raises(Exception, match="every member"), journal.transaction() as conn:
        conn.execute(
            "UPDATE role_revisions SET status = 'accepted' WHERE revision_id = ?",
            (draft.revision_id,),
        )
    with pytest.raises(RevisionAccepted), journal.transaction() as conn:
        conn.execute(
            "INSERT INTO role_revisions (revision_id, version, status, effective_from, frame,"
            " created_at) VALUES ('x', 9, 'accepted', '2026-01-01', '{}', '')",
        )
    assert journal.roles.revision(1).status is RevisionStatus.PROPOSED


def test_a_proposal_is_checked_and_members_must_be_real(
    make_journal: Callable[..., Journal],
) -> None:
    """Proposing runs the core checks (a change needs a reason, dates in order), and an
    unknown member can neither propose nor accept."""
    journal = make_journal()
    jari, sanna = ids(journal)
    first = agree_first(journal)
    draft = journal.roles.start_draft_from_current(date(2026, 3, 1))
    with pytest.raises(ValidationError) as error:
        journal.roles.propose(draft.revision_id, jari)
    assert error.value.field is ValidationField.ROLE_REASON
    early = replace(draft.content, reason=ReasonCategory.STRAIN, effective_from=date(2026, 1, 1))
    journal.roles.save_draft(draft.revision_id, early)
    with pytest.raises(ValidationError) as error:
        journal.roles.propose(draft.revision_id, jari)
    assert error.value.reason is ValidationReason.BEFORE_PREVIOUS
    with pytest.raises(ValidationError) as error:
        journal.roles.propose(draft.revision_id, "nobody")
    assert error.value.reason is ValidationReason.UNKNOWN_MEMBER
    assert journal.roles.revision(draft.version).status is RevisionStatus.DRAFT
    assert journal.roles.in_force(date(2026, 3, 1)) == first
    del sanna


def test_next_revision_keeps_task_ids_and_history_reads_by_date(
    make_journal: Callable[..., Journal],
) -> None:
    """A draft from the current revision copies its tasks with their ids and frame;
    after network work moves to the KA, each date reads its own revision, and the
    timeline shows the move."""
    journal = make_journal()
    jari, sanna = ids(journal)
    first = agree_first(journal)
    draft = journal.roles.start_draft_from_current(date(2026, 5, 4))
    assert draft.version == 2
    assert [i.item_id for i in draft.items] == [i.item_id for i in first.items]
    assert draft.frame == FRAME
    assert draft.effective_from == date(2026, 5, 4)
    assert draft.next_review_on == date(2026, 8, 4)  # KA started 1.11.2025: first year
    moved = tuple(
        replace(item, lead=Lead.EXPERT_BY_EXPERIENCE) if item.title == NETWORK_WORK_TITLE else item
        for item in draft.items
    )
    journal.roles.save_draft(
        draft.revision_id,
        replace(draft.content, items=moved, reason=ReasonCategory.TRUST_GREW),
    )
    journal.roles.propose(draft.revision_id, jari)
    journal.roles.accept(draft.revision_id, sanna)
    second = journal.roles.accept(draft.revision_id, jari)

    assert network(journal.roles.in_force(date(2026, 5, 3)) or first) is Lead.SHARED
    assert journal.roles.in_force(date(2026, 5, 4)) == second
    assert network(second) is Lead.EXPERT_BY_EXPERIENCE
    timeline = journal.roles.timeline(date(2026, 6, 1))
    assert timeline is not None
    row = next(r for r in timeline.rows if r.title == NETWORK_WORK_TITLE)
    assert [s.lead for s in row.stretches] == [Lead.SHARED, Lead.EXPERT_BY_EXPERIENCE]
    assert [m.version for m in timeline.markers] == [1, 2]


def test_reviewed_without_changes_is_recorded_and_moves_the_reminder(
    make_journal: Callable[..., Journal],
) -> None:
    """With nothing agreed there is nothing to review; after the review date passes the
    reminder is due; a "reviewed, no changes" record ends it until its next date, and
    it cannot be changed afterwards."""
    journal = make_journal()
    jari, sanna = ids(journal)
    with pytest.raises(ValidationError) as error:
        journal.roles.record_review_without_changes(jari, START, date(2026, 6, 1))
    assert error.value.reason is ValidationReason.NOTHING_IN_FORCE
    first = agree_first(journal)
    assert first.next_review_on == date(2026, 4, 12)
    assert journal.roles.review_state(date(2026, 4, 11)).due is False
    assert journal.roles.review_state(date(2026, 4, 20)).due is True

    with pytest.raises(ValidationError) as error:
        journal.roles.record_review_without_changes(sanna, date(2026, 4, 20), date(2026, 4, 20))
    assert error.value.reason is ValidationReason.NOT_AFTER_EFFECTIVE
    record = journal.roles.record_review_without_changes(
        sanna,
        date(2026, 4, 20),
        date(2026, 7, 20),
        note="  Roolijako toimii.  ",
        discussed_in_supervision=True,
    )
    assert (record.version, record.note, record.recorded_by) == (1, "Roolijako toimii.", sanna)
    assert journal.roles.reviews() == [record]
    state = journal.roles.review_state(date(2026, 4, 21))
    assert (state.due, state.next_review_on, state.last_reviewed_on) == (
        False,
        date(2026, 7, 20),
        date(2026, 4, 20),
    )
    assert journal.roles.review_state(date(2026, 7, 20)).due is True
    with pytest.raises(RevisionAccepted), journal.transaction() as conn:
        conn.execute("UPDATE role_reviews SET note = 'muutettu'")
    with pytest.raises(RevisionAccepted), journal.transaction() as conn:
        conn.execute("DELETE FROM role_reviews")
    assert journal.roles.reviews() == [record]


def test_older_journal_gets_the_role_split_on_opening(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A journal made before the role split existed opens with the tables added, and a
    role split can be agreed in it."""
    folder = tmp_path / "vanha"
    make_pair(folder, version=schema.ROLE_SPLIT_MIGRATION.version - 1)
    journal = open_journal(folder, PAIR_PASSPHRASE)
    try:
        assert schema.read_version(journal.connection()) == schema.latest_version(
            schema.PAIR_MIGRATIONS
        )
        assert agree_first(journal).status is RevisionStatus.ACCEPTED
    finally:
        journal.lock()
    assert list((folder / "backups").glob("*-before-migration/pair.db"))
