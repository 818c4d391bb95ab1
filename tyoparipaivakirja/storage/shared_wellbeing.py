"""Well-being aggregates in the pair journal: what a member explicitly shared.

A shared stress trend is the member's id, a period, the latest Elo stress value of
each ISO week in it and one trend word — by design nothing else fits in these tables
(no item answers, notes, or other instruments). Withdrawing deletes the rows (and
leaves tombstones, so a merge never brings a withdrawn share back).
"""

from __future__ import annotations

from datetime import date

from tyoparipaivakirja.core.errors import ValidationError, ValidationField, ValidationReason
from tyoparipaivakirja.core.ids import new_id
from tyoparipaivakirja.core.trends import SharedTrend, SharedWeek, TrendShare, TrendWord
from tyoparipaivakirja.storage.access import Access
from tyoparipaivakirja.storage.registry import Database, table

TRENDS = table(Database.PAIR, "shared_stress_trends")
WEEKS = table(Database.PAIR, "shared_stress_weeks")


class SharedTrendStore:
    """The stress trends members shared with the pair (the supervision summary's)."""

    def __init__(self, access: Access) -> None:
        self._access = access

    def add(self, share: TrendShare) -> SharedTrend:
        """Copy one previewed share into the pair journal."""
        share_id = new_id()
        with self._access.write() as write:
            write.insert(
                TRENDS,
                {
                    "share_id": share_id,
                    "member_id": share.member_id,
                    "period_start": share.period_start.isoformat(),
                    "period_end": share.period_end.isoformat(),
                    "trend": share.trend.value,
                },
            )
            for week in share.weeks:
                write.insert(
                    WEEKS,
                    {
                        "share_id": share_id,
                        "week_start": week.week.isoformat(),
                        "stress": week.stress,
                    },
                )
        return SharedTrend(share_id, share)

    def all(self, member_id: str | None = None) -> list[SharedTrend]:
        """Shared trends, newest period first; only ``member_id``'s when given."""
        conn = self._access.connection()
        weeks: dict[str, list[SharedWeek]] = {}
        for share_id, week_start, stress in conn.execute(
            "SELECT share_id, week_start, stress FROM shared_stress_weeks ORDER BY week_start"
        ):
            weeks.setdefault(str(share_id), []).append(
                SharedWeek(date.fromisoformat(str(week_start)), int(stress))
            )
        query = (
            "SELECT share_id, member_id, period_start, period_end, trend FROM shared_stress_trends"
        )
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

    def withdraw(self, share_id: str, member_id: str) -> None:
        """Withdraw one of ``member_id``'s shares (never another member's)."""
        with self._access.write() as write:
            deleted = write.delete(TRENDS, "share_id = ? AND member_id = ?", (share_id, member_id))
            if deleted != 1:
                raise ValidationError(ValidationField.SHARE_PERIOD, ValidationReason.NOT_FOUND)
