"""The work supervision register: sessions, their agendas and agreements.

Each public method is one user action in one transaction. ``summary_input`` reads
everything a supervision summary may draw on for a period; ``core.summary`` decides
what of it goes into the document.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from tyoparipaivakirja.core.debriefs import Debrief, SupervisionTag
from tyoparipaivakirja.core.errors import ValidationError, ValidationField, ValidationReason
from tyoparipaivakirja.core.members import first_names
from tyoparipaivakirja.core.search import DebriefFilter
from tyoparipaivakirja.core.summary import (
    SharedWellbeing,
    SummaryInput,
    WeeklyStress,
    validate_period,
)
from tyoparipaivakirja.core.supervision import (
    AgendaItem,
    Agreement,
    AgreementStatus,
    SupervisionSession,
    clean_agenda,
    clean_agreements,
    clean_supervisor,
    previous_session,
    same_topic_key,
)
from tyoparipaivakirja.storage import database
from tyoparipaivakirja.storage.cipher import Connection
from tyoparipaivakirja.storage.drafts import DraftStore

if TYPE_CHECKING:
    from tyoparipaivakirja.storage.journal import Journal

ALL_ENTRIES = 1_000_000


def shared_wellbeing(journal: Journal, start: date, end: date) -> list[SharedWellbeing]:
    """The strain trends members shared for supervision that touch the period.

    Only what a member explicitly shared into the pair journal: the weekly stress values
    and the trend word of that share, never item answers or notes. Of several shares of
    one member, the newest that overlaps the period is used.
    """
    members = journal.members()
    names = first_names(members)
    order = {member.member_id: index for index, member in enumerate(members)}
    chosen: dict[str, SharedWellbeing] = {}
    for shared in journal.shared_stress_trends():  # newest period first
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


class SupervisionStore:
    """Supervision sessions of one unlocked journal. Get it from ``Journal.supervision``."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal

    def _conn(self) -> Connection:
        return self._journal.connection()

    # --- reading ---------------------------------------------------------------

    def sessions(self) -> list[SupervisionSession]:
        """Every session, the earliest first."""
        conn = self._conn()
        rows = conn.execute(
            "SELECT session_id, held_on, supervisor FROM supervision_sessions"
            " ORDER BY held_on, created_at, session_id"
        ).fetchall()
        return [self._load(conn, str(sid), str(held), str(who)) for sid, held, who in rows]

    def session(self, session_id: str) -> SupervisionSession:
        conn = self._conn()
        row = conn.execute(
            "SELECT held_on, supervisor FROM supervision_sessions WHERE session_id = ?",
            (session_id,),
        ).fetchone()
        if row is None:
            raise ValidationError(ValidationField.SUPERVISION_SESSION, ValidationReason.NOT_FOUND)
        return self._load(conn, session_id, str(row[0]), str(row[1]))

    @staticmethod
    def _load(conn: Connection, session_id: str, held_on: str, who: str) -> SupervisionSession:
        agenda = tuple(
            AgendaItem(
                str(text),
                tuple(SupervisionTag(t) for t in json.loads(tags)),
                str(raised_by),
                None if entry_id is None else int(entry_id),
            )
            for text, tags, raised_by, entry_id in conn.execute(
                "SELECT text, tags, raised_by, entry_id FROM supervision_agenda"
                " WHERE session_id = ? ORDER BY position",
                (session_id,),
            )
        )
        agreements = tuple(
            Agreement(str(text), str(owner), AgreementStatus(status))
            for text, owner, status in conn.execute(
                "SELECT text, owner, status FROM supervision_agreements"
                " WHERE session_id = ? ORDER BY position",
                (session_id,),
            )
        )
        return SupervisionSession(session_id, date.fromisoformat(held_on), who, agenda, agreements)

    def previous(self, before: date, exclude: str | None = None) -> SupervisionSession | None:
        """The latest session held before ``before``."""
        return previous_session(self.sessions(), before, exclude=exclude)

    def next_session(self, on_or_after: date) -> SupervisionSession | None:
        """The first session held on or after ``on_or_after`` (the one a summary is for)."""
        later = [s for s in self.sessions() if s.held_on >= on_or_after]
        return later[0] if later else None

    def suggested_topics(self, session_id: str, today: date) -> list[AgendaItem]:
        """Topics raised in shared debriefs since the previous session (up to the session's
        day, or up to today while it is still ahead) that are not on its agenda yet."""
        session = self.session(session_id)
        return self.suggested_for(session.held_on, session.agenda, today, exclude=session_id)

    def suggested_for(
        self,
        held_on: date,
        agenda: Sequence[AgendaItem],
        today: date,
        exclude: str | None = None,
    ) -> list[AgendaItem]:
        """Topics raised in shared debriefs since the session before ``held_on`` that are
        not on ``agenda`` (also for a session not saved yet; ``exclude`` is its own id)."""
        earlier = self.previous(held_on, exclude=exclude)
        # After a previous session, its own day's topics were already its to discuss.
        start = earlier.held_on + timedelta(days=1) if earlier else date.min
        end = min(held_on, today)
        taken = {same_topic_key(item.text) for item in agenda}
        suggestions: list[AgendaItem] = []
        for entry_id, topic in self._journal.debriefs.shared_topics(start, end):
            key = same_topic_key(topic.text)
            if key not in taken:  # the same topic raised again is one agenda item
                taken.add(key)
                suggestions.append(AgendaItem(topic.text, topic.tags, topic.raised_by, entry_id))
        return suggestions

    def _entries(self, start: date, end: date) -> list[Debrief]:
        """Full live entries in the period, the earliest first."""
        store = self._journal.debriefs
        rows = store.entries(DebriefFilter(date_from=start, date_to=end), limit=ALL_ENTRIES)
        return [store.get(row.entry_id) for row in reversed(rows)]

    def summary_input(
        self, start: date, end: date, today: date, session_id: str | None = None
    ) -> SummaryInput:
        """Everything a summary of the period may draw on, read in one go (on the thread
        that owns the connection)."""
        validate_period(start, end, today)
        session = self.session(session_id) if session_id else None
        before = session.held_on if session else end + timedelta(days=1)
        sessions = self.sessions()
        earlier = [s for s in sessions if s.held_on < before and s.session_id != session_id]
        return SummaryInput(
            journal_name=self._journal.info.name,
            members=self._journal.members(),
            period_start=start,
            period_end=end,
            made_on=today,
            debriefs=self._entries(start, end),
            revisions=self._journal.roles.revisions(),
            reviews=self._journal.roles.reviews(),
            session=session,
            previous_session=previous_session(sessions, before, exclude=session_id),
            wellbeing=shared_wellbeing(self._journal, start, end),
            other_client_codes=self._journal.debriefs.client_codes(),
            earlier_sessions=earlier,
        )

    # --- writing ---------------------------------------------------------------

    def add_session(self, held_on: date, supervisor: str = "") -> SupervisionSession:
        """Record a new session (past or planned); returns it."""
        name = clean_supervisor(supervisor)
        session_id = uuid.uuid4().hex
        with self._journal.transaction() as conn:
            conn.execute(
                "INSERT INTO supervision_sessions (session_id, held_on, supervisor, created_at)"
                " VALUES (?, ?, ?, ?)",
                (session_id, held_on.isoformat(), name, database.now_iso()),
            )
        return self.session(session_id)

    def create_session(
        self,
        held_on: date,
        supervisor: str,
        agenda: Sequence[AgendaItem],
        agreements: Sequence[Agreement],
        draft: str | None = None,
    ) -> SupervisionSession:
        """Record a new session with its agenda and agreements in one step (its form's
        ``draft`` is dropped in the same step)."""
        name = clean_supervisor(supervisor)
        items = clean_agenda(list(agenda))
        agreed = clean_agreements(list(agreements))
        session_id = uuid.uuid4().hex
        with self._journal.transaction() as conn:
            conn.execute(
                "INSERT INTO supervision_sessions (session_id, held_on, supervisor, created_at)"
                " VALUES (?, ?, ?, ?)",
                (session_id, held_on.isoformat(), name, database.now_iso()),
            )
            self._write_items(conn, session_id, items, agreed)
            if draft is not None:
                DraftStore(self._journal.connection).discard_in(conn, draft)
        return self.session(session_id)

    def save_session(
        self,
        session_id: str,
        held_on: date,
        supervisor: str,
        agenda: Sequence[AgendaItem],
        agreements: Sequence[Agreement],
        draft: str | None = None,
    ) -> SupervisionSession:
        """Save a session's date, supervisor, agenda and agreements in one step (its
        form's ``draft`` is dropped in the same step)."""
        name = clean_supervisor(supervisor)
        items = clean_agenda(list(agenda))
        agreed = clean_agreements(list(agreements))
        with self._journal.transaction() as conn:
            updated = conn.execute(
                "UPDATE supervision_sessions SET held_on = ?, supervisor = ? WHERE session_id = ?",
                (held_on.isoformat(), name, session_id),
            )
            if updated.rowcount != 1:
                raise ValidationError(
                    ValidationField.SUPERVISION_SESSION, ValidationReason.NOT_FOUND
                )
            self._write_items(conn, session_id, items, agreed)
            if draft is not None:
                DraftStore(self._journal.connection).discard_in(conn, draft)
        return self.session(session_id)

    @staticmethod
    def _write_items(
        conn: Connection,
        session_id: str,
        items: Sequence[AgendaItem],
        agreed: Sequence[Agreement],
    ) -> None:
        conn.execute("DELETE FROM supervision_agenda WHERE session_id = ?", (session_id,))
        conn.executemany(
            "INSERT INTO supervision_agenda"
            " (session_id, position, text, tags, raised_by, entry_id)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                (
                    session_id,
                    position,
                    item.text,
                    json.dumps([tag.value for tag in item.tags]),
                    item.raised_by,
                    item.entry_id,
                )
                for position, item in enumerate(items)
            ],
        )
        conn.execute("DELETE FROM supervision_agreements WHERE session_id = ?", (session_id,))
        conn.executemany(
            "INSERT INTO supervision_agreements"
            " (session_id, position, text, owner, status) VALUES (?, ?, ?, ?, ?)",
            [
                (session_id, position, item.text, item.owner, item.status.value)
                for position, item in enumerate(agreed)
            ],
        )

    def add_to_agenda(self, session_id: str, item: AgendaItem) -> SupervisionSession:
        """Put one more item at the end of a session's agenda."""
        session = self.session(session_id)
        return self.save_session(
            session_id,
            session.held_on,
            session.supervisor,
            (*session.agenda, item),
            session.agreements,
        )

    def delete_session(self, session_id: str) -> None:
        with self._journal.transaction() as conn:
            conn.execute("DELETE FROM supervision_sessions WHERE session_id = ?", (session_id,))
