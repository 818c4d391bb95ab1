"""Calendar helpers in the Finnish way: 27.11.2026, months added without overflow."""

from __future__ import annotations

import calendar
from datetime import date, datetime

# The dates the app works with: a journal of this century. Nothing earlier or later is
# accepted anywhere (a form, an import, a summary period), so date arithmetic near the
# ends of Python's calendar (year 1 or 9999) can never fail.
EARLIEST_DATE = date(2000, 1, 1)
LATEST_DATE = date(2099, 12, 31)


def in_range(day: date) -> bool:
    """True for a date the app accepts (``EARLIEST_DATE`` … ``LATEST_DATE``)."""
    return EARLIEST_DATE <= day <= LATEST_DATE


def format_date(day: date) -> str:
    """A date as Finns write it: ``27.11.2026`` (no leading zeros: ``1.3.2026``)."""
    return f"{day.day}.{day.month}.{day.year}"


def format_time(moment: datetime) -> str:
    """A clock time as Finns write it: ``14.32`` (24-hour clock, a dot between)."""
    return f"{moment.hour}.{moment.minute:02d}"


def format_datetime(moment: datetime) -> str:
    """A moment in local time as ``27.11.2026 klo 14.32`` style parts: ``27.11.2026 14.32``.

    An aware moment (UTC from storage) is shown in the computer's own time zone."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return f"{format_date(local.date())} {format_time(local)}"


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, moved back to the month's last day when needed
    (31.1. + 1 month = 28.2. or 29.2.)."""
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    last_day = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last_day))
