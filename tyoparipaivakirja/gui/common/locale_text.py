"""Dates, times and numbers as the chosen language writes them.

``i18n.install`` sets QLocale's default to the chosen language, and everything here
follows it: Finnish and Swedish as written in Finland (1.3.2026, 14.32, 1,5), English
as in the UK (01/03/2026, 14:32, 1.5). The names match ``core.dates`` so a screen only
swaps its import; the core keeps the Finnish form for what is not on screen.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _short_date_pattern(locale: QLocale) -> str:
    """The locale's short date, always with a four-digit year (1.3.2026, not 1.3.26)."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def date_pattern() -> str:
    """The pattern for QDateEdit.setDisplayFormat in the current language."""
    return _short_date_pattern(QLocale())


def format_date(day: date) -> str:
    """A date as the current language writes it (Finnish: ``27.11.2026``)."""
    locale = QLocale()
    return locale.toString(QDate(day.year, day.month, day.day), _short_date_pattern(locale))


def format_time(moment: datetime | QTime) -> str:
    """A clock time, 24-hour, as the current language writes it (Finnish: ``14.32``); an
    aware moment (UTC from storage) is shown in the computer's own time zone."""
    if isinstance(moment, datetime) and moment.tzinfo is not None:
        moment = moment.astimezone()
    time = moment if isinstance(moment, QTime) else QTime(moment.hour, moment.minute)
    return QLocale().toString(time, QLocale.FormatType.ShortFormat)


def format_number(value: float, decimals: int = 1) -> str:
    """A number with the current language's decimal sign (Finnish: ``1,5``)."""
    return QLocale().toString(float(value), "f", decimals)


def format_datetime(moment: datetime) -> str:
    """A moment as the current language writes it (Finnish: ``27.11.2026 14.32``); an
    aware moment (UTC from storage) is shown in the computer's own time zone."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return f"{format_date(local.date())} {format_time(local)}"
