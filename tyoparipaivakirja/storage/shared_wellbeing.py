"""Well-being aggregates in the pair journal: what a member explicitly shared.

A shared stress trend is the member's id, a period, the latest Elo stress value of
each ISO week in it and one trend word — by design nothing else fits in these tables
(no item answers, notes, or other instruments). Withdrawing deletes the rows.
"""

from __future__ import annotations

import uuid
from datetime import date

from tyoparipaivakirja.core.errors import ValidationError, ValidationField, ValidationReason
from tyoparipaivakirja.core.trends import SharedTrend, SharedWeek, TrendShare, TrendWord
from tyoparipaivakirja.storage.cipher import Connection


def insert_share(conn: Connection, share: TrendShare) -> SharedTrend:
    share_id = uuid.uuid4().hex
    conn.execute(
        "INSERT INTO shared_stress_trends (share_id, member_id, period_start, period_end, trend)"
        " VALUES (?, ?, ?, ?, ?)",
        (
            share_id,
            share.member_id,
            share.period_start.isoformat(),
            share.period_end.isoformat(),
            share.trend.value,
        ),
    )
    conn.executemany(
        "INSERT INTO shared_stress_weeks (share_id, week_start, stress) VALUES (?, ?, ?)",
        [(share_id, week.week.isoformat(), week.stress) for week in share.weeks],
    )
    return SharedTrend(share_id, share)


def list_shares(conn: Connection, member_id: str | None = None) -> list[SharedTrend]:
    """Shared trends, newest period first; only ``member_id``'s when given."""
    weeks: dict[str, list[SharedWeek]] = {}
    for share_id, week_start, stress in conn.execute(
        "SELECT share_id, week_start, stress FROM shared_stress_weeks ORDER BY week_start"
    ):
        weeks.setdefault(str(share_id), []).append(
            SharedWeek(date.fromisoformat(str(week_start)), int(stress))
        )
    query = "SELECT share_id, member_id, period_start, period_end, trend FROM shared_stress_trends"
    params: tuple[str, ...] = ()
    if member_id is not None:
        query += " WHERE member_id = ?"
        params = (member_id,)
    query += " ORDER BY period_end DESC, period_start DESC, share_id"
    return [
        SharedTrend(
            str(share_id),
            TrendShare(
                member_id=str(owner),
                period_start=date.fromisoformat(str(start)),
                period_end=date.fromisoformat(str(end)),
                weeks=tuple(weeks.get(str(share_id), ())),
                trend=TrendWord(str(trend)),
            ),
        )
        for share_id, owner, start, end, trend in conn.execute(query, params).fetchall()
    ]


def delete_share(conn: Connection, share_id: str, member_id: str) -> None:
    """Withdraw one of ``member_id``'s shares (never another member's)."""
    deleted = conn.execute(
        "DELETE FROM shared_stress_trends WHERE share_id = ? AND member_id = ?",
        (share_id, member_id),
    ).rowcount
    if deleted != 1:
        raise ValidationError(ValidationField.SHARE_PERIOD, ValidationReason.NOT_FOUND)
