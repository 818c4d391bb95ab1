"""The words of the well-being screens: choices, trend words, nudge texts, dates.

The nudge text and the support contacts are domain.md's wording (section 2) in the
Finnish catalogue; a test holds the Finnish to it word for word.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from tyoparipaivakirja.core.checkins import TalkChoice, iso_week_label
from tyoparipaivakirja.core.instruments import Item
from tyoparipaivakirja.core.trends import Period, TrendWord
from tyoparipaivakirja.gui.common.locale_text import format_date, format_number


def talk_label(choice: TalkChoice) -> str:
    """A 'haluan puhua tästä' choice, as it reads after "I'd like to talk about this"."""
    match choice:
        case TalkChoice.PARTNER:
            return QCoreApplication.translate("Wellbeing", "with my work partner")
        case TalkChoice.SUPERVISION:
            return QCoreApplication.translate("Wellbeing", "in work supervision")
        case TalkChoice.MANAGER:
            return QCoreApplication.translate("Wellbeing", "with my manager")
        case TalkChoice.OCCUPATIONAL_HEALTH:
            return QCoreApplication.translate("Wellbeing", "in occupational health care")
        case _:
            return QCoreApplication.translate("Wellbeing", "not now")


def talk_labels(choices: Iterable[TalkChoice]) -> str:
    """Several choices in the fixed order of the form, comma separated."""
    chosen = set(choices)
    return ", ".join(talk_label(choice) for choice in TalkChoice if choice in chosen)


def trend_label(word: TrendWord) -> str:
    """The shared trend word in the user's language (Finnish: the stored word itself)."""
    match word:
        case TrendWord.RISING:
            return QCoreApplication.translate("Wellbeing", "rising")
        case TrendWord.FALLING:
            return QCoreApplication.translate("Wellbeing", "falling")
        case _:
            return QCoreApplication.translate("Wellbeing", "steady")


def period_label(period: Period) -> str:
    match period:
        case Period.THREE_MONTHS:
            return QCoreApplication.translate("Wellbeing", "3 months")
        case Period.SIX_MONTHS:
            return QCoreApplication.translate("Wellbeing", "6 months")
        case Period.YEAR:
            return QCoreApplication.translate("Wellbeing", "Year")
        case _:
            return QCoreApplication.translate("Wellbeing", "All")


def strain_nudge_text(usual_level: bool) -> str:
    """The gentle nudge of rules R2–R5 (domain.md, word for word in Finnish). Before the
    person has a usual level (six check-ins) it does not speak of "higher than usual",
    which the trend beside it would contradict."""
    if not usual_level:
        return QCoreApplication.translate(
            "Wellbeing",
            "In recent weeks your strain has looked high. Would you like to bring it up "
            "with your work partner or raise it in work supervision? This is not an "
            "assessment of your health – getting support is part of this work.",
        )
    return QCoreApplication.translate(
        "Wellbeing",
        "In recent weeks your strain has looked higher than usual for you. Would you like "
        "to bring it up with your work partner or raise it in work supervision? This is not "
        "an assessment of your health – getting support is part of this work.",
    )


def support_contacts() -> list[str]:
    """Where to turn, listed with the nudge on severe signals (domain.md)."""
    return [
        QCoreApplication.translate("Wellbeing", "occupational health care"),
        QCoreApplication.translate(
            "Wellbeing", "MIELI Mental Health Finland's Crisis Helpline 09 2525 0111"
        ),
        QCoreApplication.translate("Wellbeing", "emergency number 112"),
    ]


def talk_nudge_text(choices: Iterable[TalkChoice]) -> str:
    """Rule R1: the person said they would like to talk about how they are doing."""
    return QCoreApplication.translate(
        "Wellbeing",
        "In your latest check-in you said you would like to talk about this: %1. "
        "Would you like to bring it to your next debrief with your partner or to the "
        "work supervision agenda?",
    ).replace("%1", talk_labels(choices))


# --- dates and numbers (Finnish conventions in both languages) ---------------------------


def format_day_short(day: date) -> str:
    """27.11."""
    return f"{day.day}.{day.month}."


def weekday_and_day(day: date) -> str:
    """ "ke 25.11.2026" — the weekday's short name in the user's language, then the date."""
    name = QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{name} {format_date(day)}"


def week_label(day: date) -> str:
    """ "week 48" of the ISO week ``day`` falls in."""
    _year, week = iso_week_label(day)
    return QCoreApplication.translate("Wellbeing", "week %1").replace("%1", str(week))


def scale_ends(item: Item, language: str) -> str:
    """The words at the ends of an item's scale: "1 = en lainkaan … 5 = erittäin paljon"."""
    ends = [
        f"{label.value} = {label.text.get(language)}"
        for label in item.scale.labels
        if label.value in (item.scale.minimum, item.scale.maximum)
    ]
    return " … ".join(ends)


def format_short_number(value: float, decimals: int = 1) -> str:
    """A number with the user's decimal separator (a comma in Finnish), trailing zeros cut."""
    text = format_number(value, decimals)
    separator = QLocale().decimalPoint()
    if separator in text:
        text = text.rstrip("0").rstrip(separator)
    return text
