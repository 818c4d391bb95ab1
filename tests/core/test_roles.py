"""Role split rules: defaults, validation, diff, the revision in force, review dates, timeline."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from tyoparipaivakirja.core.dates import add_months, format_date, format_time
from tyoparipaivakirja.core.errors import ValidationError, ValidationField, ValidationReason
from tyoparipaivakirja.core.roles import (
    NETWORK_WORK_TITLE,
    Acceptance,
    Frame,
    FrameChange,
    FrameField,
    Lead,
    LeadMove,
    ReasonCategory,
    Rename,
    Responsibility,
    ReviewRecord,
    Revision,
    RevisionContent,
    RevisionStatus,
    Training,
    WorkingTime,
    build_timeline,
    check_ready_to_propose,
    clean_content,
    default_content,
    default_responsibilities,
    diff_revisions,
    in_force,
    latest_accepted,
    propose_next_review,
    review_state,
)

COORDINATION = Responsibility("coord", "Työn koordinointi", Lead.PROFESSIONAL)
PEER = Responsibility("peer", "Vertaistuki", Lead.EXPERT_BY_EXPERIENCE)
NETWORK = Responsibility("net", "Verkostotyö", Lead.PROFESSIONAL)
GROUPS = Responsibility("groups", "Vertaisryhmät", Lead.EXPERT_BY_EXPERIENCE)


def revision(
    version: int,
    items: tuple[Responsibility, ...],
    effective_from: date,
    *,
    status: RevisionStatus = RevisionStatus.ACCEPTED,
    frame: Frame | None = None,
    next_review_on: date | None = None,
    accepted_at: datetime | None = None,
    supervision: bool = False,
) -> Revision:
    accepted = accepted_at or datetime.combine(effective_from, datetime.min.time(), UTC)
    return Revision(
        revision_id=f"r{version}",
        version=version,
        status=status,
        items=items,
        frame=frame or Frame(),
        effective_from=effective_from,
        next_review_on=next_review_on,
        reason=None if version == 1 else ReasonCategory.TRUST_GREW,
        reason_text="",
        discussed_in_supervision=supervision,
        created_at=accepted,
        acceptances=(Acceptance("m1", accepted), Acceptance("m2", accepted))
        if status is RevisionStatus.ACCEPTED
        else (),
        accepted_at=accepted if status is RevisionStatus.ACCEPTED else None,
    )


# --- dates -----------------------------------------------------------------------


def test_dates_are_written_the_finnish_way() -> None:
    """27.11.2026 and 1.3.2026, and clock times like 9.05 and 14.32."""
    assert format_date(date(2026, 11, 27)) == "27.11.2026"
    assert format_date(date(2026, 3, 1)) == "1.3.2026"
    assert format_time(datetime(2026, 1, 1, 9, 5)) == "9.05"
    assert format_time(datetime(2026, 1, 1, 14, 32)) == "14.32"


def test_adding_months_stays_inside_the_month() -> None:
    """31.1. plus a month is the last day of February; months roll over into years."""
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert add_months(date(2026, 11, 15), 3) == date(2027, 2, 15)
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)


# --- defaults and validation ---------------------------------------------------------


def test_defaults_cover_every_lead_with_network_work_shared() -> None:
    """The guide's defaults: professional, KA and shared tasks, network work shared,
    every task with its own id."""
    items = default_responsibilities()
    assert {item.lead for item in items} == set(Lead)
    network = [item for item in items if item.title == NETWORK_WORK_TITLE]
    assert [item.lead for item in network] == [Lead.SHARED]
    assert len({item.item_id for item in items}) == len(items)
    assert "Vertaistuellinen ja motivoiva asiakastyö" in {item.title for item in items}
    first = default_content(date(2026, 1, 1))
    assert clean_content(first).items == first.items  # the defaults pass validation as they are


def test_clean_content_tidies_text_and_refuses_duplicates() -> None:
    """Titles are trimmed and NFC-normalised; two tasks with the same title (in any
    case) are refused at the second one, and an empty title is refused where it is."""
    content = RevisionContent(
        items=(Responsibility("a", "  Verkostotyö ", Lead.SHARED, " huom "),),
        frame=Frame(line_manager="  Tiina  "),
        effective_from=date(2026, 1, 1),
    )
    cleaned = clean_content(content)
    assert cleaned.items[0].title == "Verkostotyö"
    assert cleaned.items[0].note == "huom"
    assert cleaned.frame.line_manager == "Tiina"

    duplicate = replace(
        content, items=(*content.items, Responsibility("b", "VERKOSTOTYÖ", Lead.SHARED))
    )
    with pytest.raises(ValidationError) as error:
        clean_content(duplicate)
    assert (error.value.field, error.value.reason, error.value.index) == (
        ValidationField.ROLE_ITEM_TITLE,
        ValidationReason.DUPLICATE,
        1,
    )
    empty = replace(content, items=(Responsibility("c", "   ", Lead.SHARED),))
    with pytest.raises(ValidationError) as error:
        clean_content(empty)
    assert error.value.reason is ValidationReason.REQUIRED


def test_frame_limits_are_checked() -> None:
    """Supervision every 0 weeks is refused, and so is a line manager's name on two lines."""
    base = default_content(date(2026, 1, 1))
    with pytest.raises(ValidationError) as error:
        clean_content(replace(base, frame=Frame(supervision_every_weeks=0)))
    assert error.value.field is ValidationField.ROLE_SUPERVISION_CADENCE
    with pytest.raises(ValidationError) as error:
        clean_content(replace(base, frame=Frame(line_manager="Tiina\nKoski")))
    assert error.value.reason is ValidationReason.CONTROL_CHARACTERS


def test_a_proposal_needs_items_dates_and_for_a_change_a_reason() -> None:
    """The first version may go without a reason; a later one may not; "muu" needs its
    text; the next review must come after the effective date, which cannot be earlier
    than the revision before."""
    first = default_content(date(2026, 1, 1))
    assert check_ready_to_propose(first, 1, None).items == first.items
    with pytest.raises(ValidationError) as error:
        check_ready_to_propose(replace(first, items=()), 1, None)
    assert error.value.field is ValidationField.ROLE_ITEMS
    with pytest.raises(ValidationError) as error:
        check_ready_to_propose(first, 2, None)
    assert error.value.field is ValidationField.ROLE_REASON
    with pytest.raises(ValidationError) as error:
        check_ready_to_propose(replace(first, reason=ReasonCategory.OTHER), 2, None)
    assert error.value.field is ValidationField.ROLE_REASON_TEXT
    assert check_ready_to_propose(
        replace(first, reason=ReasonCategory.OTHER, reason_text=" Uusi kunta "), 2, None
    ).reason_text == ("Uusi kunta")
    with pytest.raises(ValidationError) as error:
        check_ready_to_propose(replace(first, next_review_on=date(2026, 1, 1)), 1, None)
    assert error.value.reason is ValidationReason.NOT_AFTER_EFFECTIVE
    with pytest.raises(ValidationError) as error:
        check_ready_to_propose(replace(first, next_review_on=None), 1, None)
    assert error.value.field is ValidationField.ROLE_NEXT_REVIEW
    previous = revision(1, (NETWORK,), date(2026, 2, 1))
    with pytest.raises(ValidationError) as error:
        check_ready_to_propose(replace(first, reason=ReasonCategory.STRAIN), 2, previous)
    assert error.value.reason is ValidationReason.BEFORE_PREVIOUS


# --- next review ---------------------------------------------------------------------


def test_next_review_is_three_months_in_the_first_year_then_six() -> None:
    """A kokemusasiantuntija new to the field gets a review in 3 months; after their
    first year, in 6; an unknown start date counts as new."""
    started = date(2026, 1, 15)
    assert propose_next_review(date(2026, 2, 1), started) == date(2026, 5, 1)
    assert propose_next_review(date(2027, 1, 14), started) == date(2027, 4, 14)
    assert propose_next_review(date(2027, 1, 15), started) == date(2027, 7, 15)
    assert propose_next_review(date(2026, 8, 31), None) == date(2026, 11, 30)


def test_review_reminder_is_due_from_the_review_date_until_the_pair_reviews() -> None:
    """Before the next review date nothing is due; from that date on it is; a later
    "reviewed, no changes" record or a newly accepted revision moves the date on."""
    first = revision(1, (NETWORK,), date(2026, 1, 1), next_review_on=date(2026, 4, 1))
    assert review_state([first], [], date(2026, 3, 31)).due is False
    state = review_state([first], [], date(2026, 4, 1))
    assert (state.due, state.next_review_on, state.last_reviewed_on) == (
        True,
        date(2026, 4, 1),
        date(2026, 1, 1),
    )
    kept = ReviewRecord(
        "rv1",
        1,
        date(2026, 4, 3),
        date(2026, 7, 3),
        True,
        "",
        "m1",
        datetime(2026, 4, 3, 10, 0, tzinfo=UTC),
    )
    assert review_state([first], [kept], date(2026, 5, 1)).due is False
    assert review_state([first], [kept], date(2026, 7, 3)).due is True
    second = revision(
        2,
        (replace(NETWORK, lead=Lead.SHARED),),
        date(2026, 6, 1),
        next_review_on=date(2026, 12, 1),
    )
    state = review_state([first, second], [kept], date(2026, 8, 1))
    assert (state.due, state.next_review_on) == (False, date(2026, 12, 1))
    draft = revision(3, (NETWORK,), date(2026, 9, 1), status=RevisionStatus.DRAFT)
    assert review_state([draft], [], date(2030, 1, 1)).due is False


# --- in force ------------------------------------------------------------------------


def test_revision_in_force_on_a_date() -> None:
    """The accepted revision with the latest effective date on or before the day;
    nothing before the first; drafts and proposals never; a future revision only
    from its effective date."""
    first = revision(1, (NETWORK,), date(2026, 1, 1))
    second = revision(2, (NETWORK,), date(2026, 6, 1))
    proposal = revision(3, (NETWORK,), date(2026, 7, 1), status=RevisionStatus.PROPOSED)
    future = revision(3, (NETWORK,), date(2026, 9, 1))
    revisions = [second, first, proposal]
    assert in_force(revisions, date(2025, 12, 31)) is None
    assert in_force(revisions, date(2026, 1, 1)) is first
    assert in_force(revisions, date(2026, 5, 31)) is first
    assert in_force(revisions, date(2026, 6, 1)) is second
    assert in_force(revisions, date(2026, 8, 1)) is second
    assert in_force([first, second, future], date(2026, 8, 31)) is second
    assert in_force([first, second, future], date(2026, 9, 1)) is future
    assert latest_accepted([first, second, future]) is future
    same_day = revision(4, (PEER,), date(2026, 9, 1))
    assert in_force([future, same_day], date(2026, 9, 1)) is same_day


# --- diff ------------------------------------------------------------------------------


def test_diff_names_added_removed_renamed_moved_and_notes() -> None:
    """Tasks are matched by id: a new title is a rename, a new lead a move from → to,
    and additions, removals and note changes are listed with the newer titles."""
    before = revision(1, (COORDINATION, PEER, NETWORK), date(2026, 1, 1))
    after = revision(
        2,
        (
            replace(COORDINATION, title="Työn koordinointi ja ohjaus"),
            replace(PEER, note="myös puhelimessa"),
            replace(NETWORK, lead=Lead.SHARED),
            GROUPS,
        ),
        date(2026, 4, 1),
    )
    diff = diff_revisions(before, after)
    assert diff.added == (GROUPS,)
    assert diff.removed == ()
    assert diff.renamed == (Rename("coord", "Työn koordinointi", "Työn koordinointi ja ohjaus"),)
    assert diff.lead_moves == (LeadMove("net", "Verkostotyö", Lead.PROFESSIONAL, Lead.SHARED),)
    assert [(c.title, c.before, c.after) for c in diff.note_changes] == [
        ("Vertaistuki", "", "myös puhelimessa")
    ]
    assert diff.frame_changes == ()
    assert diff.order_changed is False
    assert not diff.is_empty

    back = diff_revisions(after, before)
    assert back.removed == (GROUPS,)
    assert back.lead_moves == (LeadMove("net", "Verkostotyö", Lead.SHARED, Lead.PROFESSIONAL),)


def test_diff_of_frame_and_order() -> None:
    """Frame fields that differ are listed with before and after; a reordering alone
    is noticed; identical revisions have an empty diff."""
    frame = Frame(supervision_every_weeks=4, training=Training.APPRENTICESHIP)
    before = revision(1, (COORDINATION, PEER), date(2026, 1, 1), frame=frame)
    after_frame = replace(
        frame,
        supervision_every_weeks=3,
        ka_working_time=WorkingTime.PART_TIME,
        shared_weekdays=frozenset({0, 2}),
    )
    after = revision(2, (PEER, COORDINATION), date(2026, 4, 1), frame=after_frame)
    diff = diff_revisions(before, after)
    assert diff.frame_changes == (
        FrameChange(FrameField.KA_WORKING_TIME, WorkingTime.FULL_TIME, WorkingTime.PART_TIME),
        FrameChange(FrameField.SHARED_WEEKDAYS, frozenset(range(5)), frozenset({0, 2})),
        FrameChange(FrameField.SUPERVISION_EVERY_WEEKS, 4, 3),
    )
    assert diff.order_changed is True
    assert diff.added == diff.removed == ()
    assert diff_revisions(before, before).is_empty


def test_diff_lists_removed_tasks() -> None:
    """A task missing from the newer revision is listed as removed, with its lead."""
    diff = diff_revisions(
        revision(1, (COORDINATION, GROUPS), date(2026, 1, 1)),
        revision(2, (COORDINATION,), date(2026, 2, 1)),
    )
    assert diff.removed == (GROUPS,)
    assert diff.order_changed is False


# --- timeline --------------------------------------------------------------------------


def test_timeline_shows_network_work_moving_from_professional_to_shared_to_ka() -> None:
    """One row per task, stretches by lead between revisions, a steady task as one
    stretch, removed tasks after the current ones, and a marker per revision."""
    first = revision(1, (COORDINATION, NETWORK, GROUPS), date(2026, 1, 1))
    second = revision(
        2,
        (COORDINATION, replace(NETWORK, lead=Lead.SHARED), GROUPS),
        date(2026, 4, 1),
        supervision=True,
    )
    third = revision(
        3,
        (
            COORDINATION,
            replace(NETWORK, lead=Lead.EXPERT_BY_EXPERIENCE, title="Verkostotyö ja palaverit"),
        ),
        date(2026, 8, 1),
    )
    draft = revision(4, (PEER,), date(2026, 9, 1), status=RevisionStatus.DRAFT)
    timeline = build_timeline([third, first, second, draft], date(2026, 10, 1))
    assert timeline is not None
    assert (timeline.start, timeline.end) == (date(2026, 1, 1), date(2026, 10, 2))
    assert [row.title for row in timeline.rows] == [
        "Työn koordinointi",
        "Verkostotyö ja palaverit",
        "Vertaisryhmät",
    ]
    coordination, network, groups = timeline.rows
    assert [(s.start, s.end, s.lead) for s in coordination.stretches] == [
        (date(2026, 1, 1), date(2026, 10, 2), Lead.PROFESSIONAL)
    ]
    assert [(s.start, s.lead) for s in network.stretches] == [
        (date(2026, 1, 1), Lead.PROFESSIONAL),
        (date(2026, 4, 1), Lead.SHARED),
        (date(2026, 8, 1), Lead.EXPERT_BY_EXPERIENCE),
    ]
    assert network.lead_on(date(2026, 5, 1)) is Lead.SHARED
    assert [(s.start, s.end) for s in groups.stretches] == [(date(2026, 1, 1), date(2026, 8, 1))]
    assert groups.lead_on(date(2026, 9, 1)) is None
    assert [(m.version, m.discussed_in_supervision) for m in timeline.markers] == [
        (1, False),
        (2, True),
        (3, False),
    ]
    assert build_timeline([draft], date(2026, 10, 1)) is None
