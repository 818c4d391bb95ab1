"""Finnish, Swedish and English: the choice in Settings, the system default, and dates,
numbers and alphabetical order that follow the chosen language."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from tests.gui.debrief_helpers import debriefs_page, journal_of, save_entry
from tests.gui.helpers import OWN_PASSPHRASE, click, wait_while_busy
from tyoparipaivakirja.gui.common import i18n
from tyoparipaivakirja.gui.common.app_settings import AppSettings
from tyoparipaivakirja.gui.common.locale_text import (
    date_pattern,
    format_date,
    format_number,
    format_time,
)
from tyoparipaivakirja.gui.journal.settings_dialog import SettingsDialog
from tyoparipaivakirja.gui.main_window import MainWindow

WORDS = ["öljy", "Zeta", "äiti", "åkeri", "aamu", "oma", "Ärrä"]


def _items(combo: QComboBox) -> list[object]:
    return [combo.itemData(index) for index in range(combo.count())]


def test_settings_offer_the_system_and_three_languages(qtbot: QtBot, settings: AppSettings) -> None:
    """The language choice is: follow the system, suomi, svenska, English."""
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert _items(dialog.language) == [None, i18n.FINNISH, i18n.SWEDISH, i18n.ENGLISH]
    texts = [dialog.language.itemText(index) for index in range(1, 4)]
    assert texts == ["suomi", "svenska", "English"]


def test_swedish_chosen_in_settings_is_kept(qtbot: QtBot, settings: AppSettings) -> None:
    """Choosing svenska stores it; the app then starts in Swedish whatever the system."""
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData(i18n.SWEDISH))
    dialog.save()
    assert settings.language == i18n.SWEDISH
    assert settings.effective_language() == i18n.SWEDISH
    assert dialog.language_changed


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        (QLocale(QLocale.Language.Swedish, QLocale.Country.Finland), i18n.SWEDISH),
        (QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden), i18n.SWEDISH),
        (QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), i18n.ENGLISH),
        (QLocale(QLocale.Language.Finnish, QLocale.Country.Finland), i18n.FINNISH),
        (QLocale(QLocale.Language.German, QLocale.Country.Germany), i18n.FINNISH),
    ],
)
def test_system_locale_picks_the_language_until_one_is_chosen(
    locale: QLocale, expected: str
) -> None:
    """A Swedish or English system gets that language; any other gets Finnish."""
    assert i18n.language_of(locale) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (i18n.FINNISH, ["aamu", "oma", "Zeta", "åkeri", "äiti", "Ärrä", "öljy"]),
        (i18n.SWEDISH, ["aamu", "oma", "Zeta", "åkeri", "äiti", "Ärrä", "öljy"]),
    ],
)
def test_finnish_and_swedish_sort_a_ring_a_umlaut_o_umlaut_after_z(
    language: str, expected: list[str]
) -> None:
    """In Finnish and Swedish å, ä and ö are letters of their own after z."""
    QLocale.setDefault(i18n.locale_for(language))
    assert sorted(WORDS, key=i18n.sort_key) == expected


def test_english_sorts_umlauts_with_their_base_letters() -> None:
    """In English ä sorts with a and ö with o, as English readers expect."""
    QLocale.setDefault(i18n.locale_for(i18n.ENGLISH))
    ordered = sorted(WORDS, key=i18n.sort_key)
    assert ordered == ["aamu", "äiti", "åkeri", "Ärrä", "öljy", "oma", "Zeta"]


@pytest.mark.parametrize(
    ("language", "day", "time", "number", "pattern"),
    [
        (i18n.FINNISH, "1.3.2026", "9.05", "1,5", "d.M.yyyy"),
        (i18n.SWEDISH, "1.3.2026", "9.05", "1,5", "d.M.yyyy"),
        (i18n.ENGLISH, "01/03/2026", "09:05", "1.5", "dd/MM/yyyy"),
    ],
)
def test_dates_times_and_numbers_follow_the_language(
    language: str, day: str, time: str, number: str, pattern: str
) -> None:
    """Finnish and Swedish write 1.3.2026, 9.05 and 1,5; English 01/03/2026, 09:05, 1.5."""
    QLocale.setDefault(i18n.locale_for(language))
    assert format_date(date(2026, 3, 1)) == day
    assert format_time(datetime(2026, 3, 1, 9, 5)) == time
    assert format_number(1.5) == number
    assert date_pattern() == pattern


def test_client_codes_are_listed_in_finnish_alphabetical_order(unlocked: MainWindow) -> None:
    """The client filter lists Ä and Ö codes after Z, as Finns alphabetise."""
    journal = journal_of(unlocked)
    for code in ("Ö-01", "Z-02", "Ä-03", "A-04"):
        save_entry(journal, client_code=code)
    page = debriefs_page(unlocked)
    page._reload_codes()
    combo = page.code_filter
    assert [combo.itemData(index) for index in range(1, combo.count())] == [
        "A-04",
        "Z-02",
        "Ä-03",
        "Ö-01",
    ]


def test_questions_are_shown_in_finnish_with_a_note_in_swedish(
    unlocked: MainWindow, tmp_path: Path
) -> None:
    """No instrument has an official Swedish wording, so in Swedish the own area shows
    the questions in Finnish and says so; in English the English wording is used."""
    view = unlocked.view
    assert view is not None
    page = view.personal
    QLocale.setDefault(i18n.locale_for(i18n.SWEDISH))
    assert i18n.instrument_language() == i18n.FINNISH
    view.show_page(page.page_key)
    page.passphrase.set_text(OWN_PASSPHRASE)
    page.repeat.set_text(OWN_PASSPHRASE)
    click(page.submit_button)
    wait_while_busy(page)
    own = page.own
    assert own is not None
    assert own.wording_note is not None
    assert "Finnish" in own.wording_note.text()
    assert own.wording_note.isVisibleTo(own)
    QLocale.setDefault(i18n.locale_for(i18n.ENGLISH))
    assert i18n.instrument_language() == i18n.ENGLISH
