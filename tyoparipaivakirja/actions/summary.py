"""The work supervision summary: its period, what it draws on, the privacy gate, the PDF.

One path for the GUI's summary dialog and the command line's ``summary``:
``summary_input`` → ``check`` (``core.summary.build_summary`` and ``privacy_gate``) →
``make_pdf`` → ``save_pdf``. The rules are ``core.summary``'s; storage only fetches.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from tyoparipaivakirja.core.dates import add_months
from tyoparipaivakirja.core.members import Member, first_names
from tyoparipaivakirja.core.progress import Progress
from tyoparipaivakirja.core.search import DebriefFilter
from tyoparipaivakirja.core.summary import (
    GateResult,
    SharedWellbeing,
    SummaryInput,
    SupervisionSummary,
    WeeklyStress,
    build_summary,
    privacy_gate,
    validate_period,
)
from tyoparipaivakirja.core.supervision import previous_session, since_previous
from tyoparipaivakirja.core.trends import SharedTrend
from tyoparipaivakirja.storage.files import check_output_target, write_export
from tyoparipaivakirja.storage.session import Journal

# Without a previous session, a summary looks this many months back.
DEFAULT_MONTHS = 3


@dataclass(frozen=True, slots=True)
class CheckedSummary:
    """A summary made from the journal and what the privacy gate found in it."""

    summary: SupervisionSummary
    gate: GateResult


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


def summary_input(
    journal: Journal, start: date, end: date, today: date, session_id: str | None = None
) -> SummaryInput:
    """Everything a summary of the period may draw on, read in one go (on the thread
    that uses the session: the GUI's task runner, or the command line)."""
    validate_period(start, end, today)
    supervision = journal.supervision
    members = journal.members.all()
    session = supervision.session(session_id) if session_id else None
    before = session.held_on if session else end + timedelta(days=1)
    sessions = supervision.sessions()
    earlier = [s for s in sessions if s.held_on < before and s.session_id != session_id]
    return SummaryInput(
        journal_name=journal.info.name,
        members=list(members),
        period_start=start,
        period_end=end,
        made_on=today,
        debriefs=journal.debriefs.full_entries(DebriefFilter(date_from=start, date_to=end)),
        revisions=journal.roles.revisions(),
        reviews=journal.roles.reviews(),
        session=session,
        previous_session=previous_session(sessions, before, exclude=session_id),
        wellbeing=shared_wellbeing(members, journal.shared_trends.all(), start, end),
        other_client_codes=journal.debriefs.client_codes(),
        earlier_sessions=earlier,
    )


def default_period(journal: Journal, session_id: str | None, today: date) -> tuple[date, date]:
    """Since the previous session up to today, or up to the session's own day when it is
    already past; without a previous session, the last three months."""
    end = today
    if session_id is not None:
        session = journal.supervision.session(session_id)
        end = min(session.held_on, today)
        earlier = journal.supervision.previous(session.held_on, exclude=session_id)
    else:
        earlier = journal.supervision.previous(today)
    start = since_previous(earlier)
    if start is not None and start <= end:
        return start, end
    return add_months(end, -DEFAULT_MONTHS), end


def upcoming_session_id(journal: Journal, period_end: date) -> str | None:
    """The session a summary ending on ``period_end`` is for: the first one held on or
    after that day (the command line's summary is for it)."""
    upcoming = journal.supervision.next_session(period_end)
    return upcoming.session_id if upcoming is not None else None


def check(
    journal: Journal, start: date, end: date, today: date, session_id: str | None = None
) -> CheckedSummary:
    """Make the summary of the period and run the privacy gate over it."""
    summary = build_summary(summary_input(journal, start, end, today, session_id))
    return CheckedSummary(summary, privacy_gate(summary))


def make_pdf(
    summary: SupervisionSummary, password: str | None, progress: Progress | None = None
) -> bytes:
    """The summary's PDF (encrypted with ``password`` when given). Needs no session: run
    it anywhere. A build asked to stop meanwhile is thrown away (``Cancelled``):
    reportlab cannot be stopped half-way."""
    # reportlab and pikepdf load with the first PDF, not with the pages (issue 16).
    from tyoparipaivakirja.report.supervision_summary import finished_pdf

    if progress is not None:
        progress.check()
    data = finished_pdf(summary, password)
    if progress is not None:
        progress.check()
    return data


def check_target(target: Path) -> None:
    """Refuse an output file that may not be written (before any passphrase is asked)."""
    check_output_target(target)


def save_pdf(target: Path, pdf: bytes) -> Path:
    """Write the PDF atomically and owner-only."""
    write_export(target, pdf)
    return target
