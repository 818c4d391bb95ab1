"""The work supervision register: sessions, their agendas and agreements.

Each public method is one user action in one transaction. Agenda items and agreements
have ids of their own: saving a session upserts them by id (their order is their
``position``) and leaves a tombstone for each one taken away. What a session's agenda
could take from the debriefs, and what a summary reads, span several stores: they are
in ``storage.reads``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from tyoparipaivakirja.core.errors import ValidationError, ValidationField, ValidationReason
from tyoparipaivakirja.core.ids import new_id
from tyoparipaivakirja.core.supervision import (
    AgendaItem,
    Agreement,
    SupervisionSession,
    clean_agenda,
    clean_agreements,
    clean_supervisor,
    previous_session,
)
from tyoparipaivakirja.storage import database
from tyoparipaivakirja.storage.access import Access, Write
from tyoparipaivakirja.storage.cipher import Connection
from tyoparipaivakirja.storage.drafts import DraftStore
from tyoparipaivakirja.storage.registry import Database, table
from tyoparipaivakirja.storage.rows import RowMapper, positioned, with_new_ids

SESSIONS = table(Database.PAIR, "supervision_sessions")
AGENDA = table(Database.PAIR, "supervision_agenda")
AGREEMENTS = table(Database.PAIR, "supervision_agreements")
_ITEM = RowMapper(AGENDA, AgendaItem)
_AGREEMENT = RowMapper(AGREEMENTS, Agreement)


class SupervisionStore:
    """Supervision sessions of one unlocked pair journal (``Journal.supervision``)."""

    def __init__(self, access: Access, drafts: DraftStore) -> None:
        self._access = access
        self._drafts = drafts

    # --- reading ---------------------------------------------------------------

    def sessions(self) -> list[SupervisionSession]:
        """Every session, the earliest first."""
        conn = self._access.connection()
        rows = conn.execute(
            "SELECT session_id, held_on, supervisor FROM supervision_sessions"
            " ORDER BY held_on, created_at, session_id"
        ).fetchall()
        return [self._load(conn, str(sid), str(held), str(who)) for sid, held, who in rows]

    def session(self, session_id: str) -> SupervisionSession:
        conn = self._access.connection()
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
            _ITEM.read(row)
            for row in conn.execute(
                f"SELECT {_ITEM.select_list()} FROM supervision_agenda"
                " WHERE session_id = ? ORDER BY position",
                (session_id,),
            )
        )
        agreements = tuple(
            _AGREEMENT.read(row)
            for row in conn.execute(
                f"SELECT {_AGREEMENT.select_list()} FROM supervision_agreements"
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

    # --- writing ---------------------------------------------------------------

    def add_session(self, held_on: date, supervisor: str = "") -> SupervisionSession:
        """Record a new session (past or planned); returns it."""
        return self.create_session(held_on, supervisor, (), ())

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
        session_id = new_id()
        with self._access.write() as write:
            write.insert(
                SESSIONS,
                {
                    "session_id": session_id,
                    "held_on": held_on.isoformat(),
                    "supervisor": name,
                    "created_at": database.now_iso(),
                },
            )
            self._write_items(write, session_id, items, agreed)
            if draft is not None:
                self._drafts.discard_in(write.conn, draft)
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
        with self._access.write() as write:
            exists = write.conn.execute(
                "SELECT 1 FROM supervision_sessions WHERE session_id = ?", (session_id,)
            ).fetchone()
            if exists is None:
                raise ValidationError(
                    ValidationField.SUPERVISION_SESSION, ValidationReason.NOT_FOUND
                )
            write.update(
                SESSIONS,
                {"session_id": session_id},
                {"held_on": held_on.isoformat(), "supervisor": name},
            )
            self._write_items(write, session_id, items, agreed)
            if draft is not None:
                self._drafts.discard_in(write.conn, draft)
        return self.session(session_id)

    @staticmethod
    def _write_items(
        write: Write,
        session_id: str,
        items: Sequence[AgendaItem],
        agreed: Sequence[Agreement],
    ) -> None:
        write.sync_children(
            AGENDA,
            session_id,
            positioned(_ITEM.values(item) for item in with_new_ids(items, "item_id", new_id)),  # type: ignore[arg-type]
        )
        write.sync_children(
            AGREEMENTS,
            session_id,
            positioned(
                _AGREEMENT.values(item)  # type: ignore[arg-type]
                for item in with_new_ids(agreed, "agreement_id", new_id)
            ),
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
        with self._access.write() as write:
            write.delete(SESSIONS, "session_id = ?", (session_id,))
