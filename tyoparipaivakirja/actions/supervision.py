"""Work supervision sessions: what the agenda may take from the debriefs.

The rules (what is shared for supervision, "since the previous session", one topic
raised twice is one item) are ``core.supervision``'s; this reads what they need.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from tyoparipaivakirja.core.supervision import AgendaItem, new_topics, since_previous
from tyoparipaivakirja.storage.session import Journal


def suggested_for(
    journal: Journal,
    held_on: date,
    agenda: Sequence[AgendaItem],
    today: date,
    exclude: str | None = None,
) -> list[AgendaItem]:
    """Topics raised in shared debriefs since the session before ``held_on`` that are
    not on ``agenda`` (also for a session not saved yet; ``exclude`` is its own id)."""
    earlier = journal.supervision.previous(held_on, exclude=exclude)
    start = since_previous(earlier) or date.min
    end = min(held_on, today)
    if end < start:
        return []
    return new_topics(agenda, journal.debriefs.topics_between(start, end))


def suggested_topics(journal: Journal, session_id: str, today: date) -> list[AgendaItem]:
    """The suggestions for a saved session's agenda (up to its day, or today while it
    is still ahead)."""
    session = journal.supervision.session(session_id)
    return suggested_for(journal, session.held_on, session.agenda, today, exclude=session_id)
