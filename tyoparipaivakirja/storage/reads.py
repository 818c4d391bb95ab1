"""Reads that span several stores: what a supervision agenda may take from the debriefs,
and everything a supervision summary draws on.

Each store reads its own tables only; what needs more than one store is here, taking
the stores it reads (never the session), and the session offers each as one method
(``Journal.summary_input``, ``Journal.suggested_for``). They are reads of one moment:
call them on the thread that owns the connection. They will move into the actions
layer (one function per user action) with the rules they apply.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from tyoparipaivakirja.core.debriefs import Debrief
from tyoparipaivakirja.core.members import Member, first_names
from tyoparipaivakirja.core.search import DebriefFilter
from tyoparipaivakirja.core.summary import (
    SharedWellbeing,
    SummaryInput,
    WeeklyStress,
    validate_period,
)
from tyoparipaivakirja.core.supervision import AgendaItem, previous_session, same_topic_key
from tyoparipaivakirja.core.trends import SharedTrend
from tyoparipaivakirja.storage.debriefs import DebriefStore
from tyoparipaivakirja.storage.roles import RoleSplitStore
from tyoparipaivakirja.storage.supervision import SupervisionStore


def shared_wellbeing(
    members: Sequence[Member], shares: Sequence[SharedTrend], start: date, end: date
) -> list[SharedWellbeing]:
    """The strain trends members shared for supervision that touch the period.

    Only what a member explicitly shared into the pair journal: the weekly stress values
    and the trend word of that share, never item answers or notes. Of several shares of
    one member, the newest that overlaps the period is used (``shares``: newest first).
    """
    names = first_names(list(members))
    order = {member.member_id: index for index, member in enumerate(members)}
    chosen: dict[str, SharedWellbeing] = {}
    for shared in shares:
        share = shared.share
        if share.member_id in chosen or share.period_end < start or share.period_start > end:
            continue
        chosen[share.member_id] = SharedWellbeing(
            names.get(share.member_id, ""),
            share.period_start,
            share.period_end,
            tuple(WeeklyStress(week.week, week.stress) for week in share.weeks),
            share.trend,
        )
    return [chosen[key] for key in sorted(chosen, key=lambda key: order.get(key, 99))]


def suggested_for(
    supervision: SupervisionStore,
    debriefs: DebriefStore,
    held_on: date,
    agenda: Sequence[AgendaItem],
    today: date,
    exclude: str | None = None,
) -> list[AgendaItem]:
    """Topics raised in shared debriefs since the session before ``held_on`` that are
    not on ``agenda`` (also for a session not saved yet; ``exclude`` is its own id)."""
    earlier = supervision.previous(held_on, exclude=exclude)
    # After a previous session, its own day's topics were already its to discuss.
    start = earlier.held_on + timedelta(days=1) if earlier else date.min
    end = min(held_on, today)
    taken = {same_topic_key(item.text) for item in agenda}
    suggestions: list[AgendaItem] = []
    for entry_id, topic in debriefs.shared_topics(start, end):
        key = same_topic_key(topic.text)
        if key not in taken:  # the same topic raised again is one agenda item
            taken.add(key)
            suggestions.append(AgendaItem(topic.text, topic.tags, topic.raised_by, entry_id))
    return suggestions


def entries_in(debriefs: DebriefStore, start: date, end: date) -> list[Debrief]:
    """Full live entries in the period, the earliest first."""
    return debriefs.full_entries(DebriefFilter(date_from=start, date_to=end))


def summary_input(
    *,
    journal_name: str,
    members: Sequence[Member],
    debriefs: DebriefStore,
    roles: RoleSplitStore,
    supervision: SupervisionStore,
    shares: Sequence[SharedTrend],
    start: date,
    end: date,
    today: date,
    session_id: str | None = None,
) -> SummaryInput:
    """Everything a summary of the period may draw on, read in one go."""
    validate_period(start, end, today)
    session = supervision.session(session_id) if session_id else None
    before = session.held_on if session else end + timedelta(days=1)
    sessions = supervision.sessions()
    earlier = [s for s in sessions if s.held_on < before and s.session_id != session_id]
    return SummaryInput(
        journal_name=journal_name,
        members=list(members),
        period_start=start,
        period_end=end,
        made_on=today,
        debriefs=entries_in(debriefs, start, end),
        revisions=roles.revisions(),
        reviews=roles.reviews(),
        session=session,
        previous_session=previous_session(sessions, before, exclude=session_id),
        wellbeing=shared_wellbeing(members, shares, start, end),
        other_client_codes=debriefs.client_codes(),
        earlier_sessions=earlier,
    )
