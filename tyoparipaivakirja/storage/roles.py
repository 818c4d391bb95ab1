"""The role split store: revisions of the roolijako in the pair journal.

Each public method is one user action in one transaction and returns core types.
The rules live in ``core.roles``; this module keeps them on disk and enforces the
one that matters most itself: an accepted revision is never changed (the schema's
triggers refuse it too, should a bug in the app ever try).
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import UTC, date, datetime
from typing import Any

from tyoparipaivakirja.core.errors import (
    RevisionAccepted,
    ValidationError,
    ValidationField,
    ValidationReason,
)
from tyoparipaivakirja.core.ids import new_id
from tyoparipaivakirja.core.roles import (
    MAX_REVIEW_NOTE_LENGTH,
    Acceptance,
    Frame,
    Lead,
    ReasonCategory,
    Responsibility,
    ReviewRecord,
    ReviewState,
    Revision,
    RevisionContent,
    RevisionStatus,
    Timeline,
    Training,
    WorkingTime,
    build_timeline,
    check_ready_to_propose,
    clean_content,
    clean_long_text,
    default_responsibilities,
    in_force,
    latest_accepted,
    propose_next_review,
    review_state,
)
from tyoparipaivakirja.storage.access import Access, Write
from tyoparipaivakirja.storage.cipher import Connection
from tyoparipaivakirja.storage.registry import Database, table
from tyoparipaivakirja.storage.rows import positioned

REVISIONS = table(Database.PAIR, "role_revisions")
ITEMS = table(Database.PAIR, "role_items")
ACCEPTANCES = table(Database.PAIR, "role_acceptances")
REVIEWS = table(Database.PAIR, "role_reviews")

_REVISION_COLUMNS = (
    "revision_id, version, status, effective_from, next_review_on, reason, reason_text,"
    " discussed_in_supervision, frame, created_at, proposed_by, proposed_at, accepted_at"
)


def _moment(at: datetime | None) -> datetime:
    """The time to record: ``at`` (the demo writes the past) or now, in UTC to the second."""
    chosen = at if at is not None else datetime.now(UTC)
    return chosen.astimezone(UTC).replace(microsecond=0)


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def _parse_moment(text: object) -> datetime | None:
    return datetime.fromisoformat(str(text)) if text is not None else None


def _parse_day(text: object) -> date | None:
    return date.fromisoformat(str(text)) if text is not None else None


def frame_to_json(frame: Frame) -> str:
    """The frame as JSON: enums by value, dates as ISO text, weekdays as a sorted list."""
    data: dict[str, Any] = asdict(frame)
    data["shared_weekdays"] = sorted(frame.shared_weekdays)
    data["ka_started_on"] = frame.ka_started_on.isoformat() if frame.ka_started_on else None
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def frame_from_json(text: str) -> Frame:
    """Read a stored frame; fields missing from an older row keep their defaults."""
    data: dict[str, Any] = json.loads(text)
    defaults = Frame()
    weeks = data.get("supervision_every_weeks")
    return Frame(
        ka_working_time=WorkingTime(data.get("ka_working_time", defaults.ka_working_time)),
        professional_working_time=WorkingTime(
            data.get("professional_working_time", defaults.professional_working_time)
        ),
        shared_weekdays=frozenset(
            int(day) for day in data.get("shared_weekdays", defaults.shared_weekdays)
        ),
        same_town=data.get("same_town"),
        shared_office=data.get("shared_office"),
        line_manager=str(data.get("line_manager", "")),
        professional_guides=bool(data.get("professional_guides", False)),
        ka_support=str(data.get("ka_support", "")),
        supervision_every_weeks=int(weeks) if weeks is not None else None,
        training=Training(data.get("training", defaults.training)),
        training_note=str(data.get("training_note", "")),
        ka_started_on=_parse_day(data.get("ka_started_on")),
    )


class RoleSplitStore:
    """The pair's role split revisions and "reviewed, no changes" records."""

    def __init__(self, access: Access) -> None:
        self._access = access
        self._connection = access.connection

    # --- reading -------------------------------------------------------------------

    def revisions(self) -> list[Revision]:
        """Every revision, oldest version first (at most one of them is open)."""
        return self._load_revisions(self._connection())

    def revision(self, version: int) -> Revision:
        for candidate in self.revisions():
            if candidate.version == version:
                return candidate
        raise ValidationError(ValidationField.ROLE_REVISION, ValidationReason.NOT_FOUND)

    def open_revision(self) -> Revision | None:
        """The draft or proposal being worked on, if any."""
        return self._open_revision(self._connection())

    def in_force(self, on: date) -> Revision | None:
        """The accepted revision in force on ``on``."""
        return in_force(self.revisions(), on)

    def responsibilities_on(self, on: date) -> tuple[Responsibility, ...]:
        """The tasks in force on a day, for "what did I do" on a visit of that day."""
        revision = self.in_force(on)
        return revision.items if revision is not None else ()

    def reviews(self) -> list[ReviewRecord]:
        """The "reviewed, no changes" records, oldest first."""
        rows = (
            self._connection()
            .execute(
                "SELECT review_id, version, reviewed_on, role_reviews.next_review_on,"
                " role_reviews.discussed_in_supervision, note, recorded_by, recorded_at"
                " FROM role_reviews JOIN role_revisions USING (revision_id)"
                " ORDER BY recorded_at, review_id"
            )
            .fetchall()
        )
        return [
            ReviewRecord(
                review_id=str(review_id),
                version=int(version),
                reviewed_on=date.fromisoformat(str(reviewed_on)),
                next_review_on=date.fromisoformat(str(next_review_on)),
                discussed_in_supervision=bool(discussed),
                note=str(note),
                recorded_by=str(recorded_by),
                recorded_at=datetime.fromisoformat(str(recorded_at)),
            )
            for (
                review_id,
                version,
                reviewed_on,
                next_review_on,
                discussed,
                note,
                recorded_by,
                recorded_at,
            ) in rows
        ]

    def review_state(self, today: date) -> ReviewState:
        """When the next review is, and whether the pair should do it now."""
        return review_state(self.revisions(), self.reviews(), today)

    def timeline(self, today: date) -> Timeline | None:
        """How the leads moved through the accepted revisions, up to ``today``."""
        return build_timeline(self.revisions(), today)

    # --- starting and editing a draft -------------------------------------------------

    def start_draft_from_defaults(self, today: date, *, at: datetime | None = None) -> Revision:
        """Start a draft from the guide's default tasks (keeping an agreed frame)."""
        with self._access.write() as write:
            current = latest_accepted(self._load_revisions(write.conn))
            frame = current.frame if current is not None else Frame()
            return self._start_draft(write, today, default_responsibilities(), frame, current, at)

    def start_draft_from_current(self, today: date, *, at: datetime | None = None) -> Revision:
        """Start the next revision as a copy of the newest agreed one (normally the one
        in force), with the same task ids so the change can be followed."""
        with self._access.write() as write:
            current = latest_accepted(self._load_revisions(write.conn))
            if current is None:
                raise ValidationError(
                    ValidationField.ROLE_REVISION, ValidationReason.NOTHING_IN_FORCE
                )
            return self._start_draft(write, today, current.items, current.frame, current, at)

    def save_draft(self, revision_id: str, content: RevisionContent) -> Revision:
        """Replace a draft's content. Only a draft can be edited."""
        with self._access.write() as write:
            revision = self._require(write.conn, revision_id)
            self._require_draft(revision)
            self._write_content(write, revision_id, clean_content(content))
            return self._require(write.conn, revision_id)

    def discard_draft(self, revision_id: str) -> None:
        """Throw away a draft or a proposal that nobody wants any more."""
        with self._access.write() as write:
            revision = self._require(write.conn, revision_id)
            if not revision.is_open:
                raise RevisionAccepted("an accepted revision cannot be discarded")
            write.delete(REVISIONS, "revision_id = ?", (revision_id,))

    # --- proposing and accepting ------------------------------------------------------

    def propose(
        self,
        revision_id: str,
        member_id: str,
        content: RevisionContent | None = None,
        *,
        at: datetime | None = None,
    ) -> Revision:
        """Propose the draft for acceptance (with the editor's latest ``content``, when
        given, saved in the same transaction); records who proposed it and when."""
        with self._access.write() as write:
            conn = write.conn
            self._require_member(conn, member_id)
            revision = self._require(conn, revision_id)
            self._require_draft(revision)
            previous = latest_accepted(self._load_revisions(conn))
            chosen = content if content is not None else revision.content
            content = check_ready_to_propose(chosen, revision.version, previous)
            self._write_content(write, revision_id, content)
            write.update(
                REVISIONS,
                {"revision_id": revision_id},
                {"status": "proposed", "proposed_by": member_id, "proposed_at": _iso(_moment(at))},
            )
            return self._require(conn, revision_id)

    def withdraw_proposal(self, revision_id: str) -> Revision:
        """Turn a proposal back into a draft to change it; acceptances given so far go."""
        with self._access.write() as write:
            revision = self._require(write.conn, revision_id)
            if revision.status is RevisionStatus.ACCEPTED:
                raise RevisionAccepted("an accepted revision cannot be withdrawn")
            if revision.status is not RevisionStatus.PROPOSED:
                raise ValidationError(ValidationField.ROLE_REVISION, ValidationReason.NOT_PROPOSED)
            write.delete(ACCEPTANCES, "revision_id = ?", (revision_id,))
            write.update(
                REVISIONS,
                {"revision_id": revision_id},
                {"status": "draft", "proposed_by": None, "proposed_at": None},
            )
            return self._require(write.conn, revision_id)

    def accept(self, revision_id: str, member_id: str, *, at: datetime | None = None) -> Revision:
        """Record one member's acceptance. When every member has accepted, the revision
        is in force from its effective date and frozen for good."""
        with self._access.write() as write:
            conn = write.conn
            self._require_member(conn, member_id)
            revision = self._require(conn, revision_id)
            if revision.status is RevisionStatus.ACCEPTED:
                raise RevisionAccepted("the revision is already in force")
            if revision.status is not RevisionStatus.PROPOSED:
                raise ValidationError(ValidationField.ROLE_REVISION, ValidationReason.NOT_PROPOSED)
            if revision.accepted_by(member_id) is not None:
                raise ValidationError(
                    ValidationField.ROLE_REVISION, ValidationReason.ALREADY_ACCEPTED
                )
            moment = _iso(_moment(at))
            write.insert(
                ACCEPTANCES,
                {"revision_id": revision_id, "member_id": member_id, "accepted_at": moment},
            )
            members = conn.execute("SELECT count(*) FROM members").fetchone()[0]
            if len(revision.acceptances) + 1 >= int(members):
                write.update(
                    REVISIONS,
                    {"revision_id": revision_id},
                    {"status": "accepted", "accepted_at": moment},
                )
            return self._require(conn, revision_id)

    # --- reviews ----------------------------------------------------------------------

    def record_review_without_changes(
        self,
        member_id: str,
        reviewed_on: date,
        next_review_on: date,
        *,
        note: str = "",
        discussed_in_supervision: bool = False,
        at: datetime | None = None,
    ) -> ReviewRecord:
        """The pair looked at the role split in force and keeps it: record that, with
        the next review date."""
        clean_note = clean_long_text(note, MAX_REVIEW_NOTE_LENGTH, ValidationField.ROLE_REVIEW_NOTE)
        if next_review_on <= reviewed_on:
            raise ValidationError(
                ValidationField.ROLE_NEXT_REVIEW, ValidationReason.NOT_AFTER_EFFECTIVE
            )
        with self._access.write() as write:
            conn = write.conn
            self._require_member(conn, member_id)
            revisions = self._load_revisions(conn)
            reviewed = in_force(revisions, reviewed_on) or latest_accepted(revisions)
            if reviewed is None:
                raise ValidationError(
                    ValidationField.ROLE_REVISION, ValidationReason.NOTHING_IN_FORCE
                )
            record = ReviewRecord(
                review_id=new_id(),
                version=reviewed.version,
                reviewed_on=reviewed_on,
                next_review_on=next_review_on,
                discussed_in_supervision=discussed_in_supervision,
                note=clean_note,
                recorded_by=member_id,
                recorded_at=_moment(at),
            )
            write.insert(
                REVIEWS,
                {
                    "review_id": record.review_id,
                    "revision_id": reviewed.revision_id,
                    "reviewed_on": reviewed_on.isoformat(),
                    "next_review_on": next_review_on.isoformat(),
                    "discussed_in_supervision": int(discussed_in_supervision),
                    "note": clean_note,
                    "recorded_by": member_id,
                    "recorded_at": _iso(record.recorded_at),
                },
            )
            return record

    # --- internals --------------------------------------------------------------------

    def _start_draft(
        self,
        write: Write,
        today: date,
        items: tuple[Responsibility, ...],
        frame: Frame,
        current: Revision | None,
        at: datetime | None,
    ) -> Revision:
        conn = write.conn
        if self._open_revision(conn) is not None:
            raise ValidationError(
                ValidationField.ROLE_REVISION, ValidationReason.OPEN_REVISION_EXISTS
            )
        effective_from = max(today, current.effective_from) if current is not None else today
        version_row = conn.execute("SELECT coalesce(max(version), 0) FROM role_revisions")
        revision_id = new_id()
        write.insert(
            REVISIONS,
            {
                "revision_id": revision_id,
                "version": int(version_row.fetchone()[0]) + 1,
                "status": "draft",
                "effective_from": effective_from.isoformat(),
                "frame": frame_to_json(frame),
                "created_at": _iso(_moment(at)),
            },
        )
        content = RevisionContent(
            items=items,
            frame=frame,
            effective_from=effective_from,
            next_review_on=propose_next_review(effective_from, frame.ka_started_on),
        )
        self._write_content(write, revision_id, content)
        return self._require(conn, revision_id)

    def _write_content(self, write: Write, revision_id: str, content: RevisionContent) -> None:
        write.update(
            REVISIONS,
            {"revision_id": revision_id},
            {
                "effective_from": content.effective_from.isoformat(),
                "next_review_on": (
                    content.next_review_on.isoformat() if content.next_review_on else None
                ),
                "reason": content.reason.value if content.reason is not None else None,
                "reason_text": content.reason_text,
                "discussed_in_supervision": int(content.discussed_in_supervision),
                "frame": frame_to_json(content.frame),
            },
        )
        write.sync_children(
            ITEMS,
            revision_id,
            positioned(
                {
                    "item_id": item.item_id,
                    "title": item.title,
                    "lead": item.lead.value,
                    "note": item.note,
                }
                for item in content.items
            ),
        )

    @staticmethod
    def _require_draft(revision: Revision) -> None:
        if revision.status is RevisionStatus.ACCEPTED:
            raise RevisionAccepted("an accepted revision cannot be edited")
        if revision.status is not RevisionStatus.DRAFT:
            raise ValidationError(ValidationField.ROLE_REVISION, ValidationReason.NOT_A_DRAFT)

    @staticmethod
    def _require_member(conn: Connection, member_id: str) -> None:
        row = conn.execute("SELECT 1 FROM members WHERE member_id = ?", (member_id,)).fetchone()
        if row is None:
            raise ValidationError(ValidationField.MEMBERS, ValidationReason.UNKNOWN_MEMBER)

    def _require(self, conn: Connection, revision_id: str) -> Revision:
        for revision in self._load_revisions(conn, revision_id):
            return revision
        raise ValidationError(ValidationField.ROLE_REVISION, ValidationReason.NOT_FOUND)

    def _open_revision(self, conn: Connection) -> Revision | None:
        row = conn.execute(
            "SELECT revision_id FROM role_revisions WHERE status <> 'accepted'"
        ).fetchone()
        return self._require(conn, str(row[0])) if row is not None else None

    @staticmethod
    def _load_revisions(conn: Connection, revision_id: str | None = None) -> list[Revision]:
        where, args = ("WHERE revision_id = ?", (revision_id,)) if revision_id else ("", ())
        rows = conn.execute(
            f"SELECT {_REVISION_COLUMNS} FROM role_revisions {where} ORDER BY version", args
        ).fetchall()
        items: dict[str, list[Responsibility]] = {}
        for rid, item_id, title, lead, note in conn.execute(
            f"SELECT revision_id, item_id, title, lead, note FROM role_items {where}"
            " ORDER BY revision_id, position",
            args,
        ):
            items.setdefault(str(rid), []).append(
                Responsibility(str(item_id), str(title), Lead(str(lead)), str(note))
            )
        acceptances: dict[str, list[Acceptance]] = {}
        for rid, member_id, accepted_at in conn.execute(
            f"SELECT revision_id, member_id, accepted_at FROM role_acceptances {where}"
            " ORDER BY accepted_at, rowid",
            args,
        ):
            acceptances.setdefault(str(rid), []).append(
                Acceptance(str(member_id), datetime.fromisoformat(str(accepted_at)))
            )
        revisions: list[Revision] = []
        for row in rows:
            rid = str(row[0])
            effective_from = _parse_day(row[3])
            created_at = _parse_moment(row[9])
            assert effective_from is not None and created_at is not None  # NOT NULL columns
            revisions.append(
                Revision(
                    revision_id=rid,
                    version=int(row[1]),
                    status=RevisionStatus(str(row[2])),
                    items=tuple(items.get(rid, ())),
                    frame=frame_from_json(str(row[8])),
                    effective_from=effective_from,
                    next_review_on=_parse_day(row[4]),
                    reason=ReasonCategory(str(row[5])) if row[5] is not None else None,
                    reason_text=str(row[6]),
                    discussed_in_supervision=bool(row[7]),
                    created_at=created_at,
                    proposed_by=str(row[10]) if row[10] is not None else None,
                    proposed_at=_parse_moment(row[11]),
                    acceptances=tuple(acceptances.get(rid, ())),
                    accepted_at=_parse_moment(row[12]),
                )
            )
        return revisions
