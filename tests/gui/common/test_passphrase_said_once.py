"""Why a new passphrase is weak is said once, where the user looks: never both in the
strength hint under the field and again in the refusal below it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import PAIR_PASSPHRASE
from tests.gui.helpers import click, fill_create_form, wait_while_busy
from tyoparipaivakirja.core.passphrase import Weakness
from tyoparipaivakirja.gui.journal.change_passphrase import ChangePassphraseDialog
from tyoparipaivakirja.gui.main_window import MainWindow
from tyoparipaivakirja.gui.own_area.personal_area import PersonalAreaPage
from tyoparipaivakirja.messages import passphrase_advice

# Guessable by anyone who knows the pair: their names and a year.
GUESSABLE = "jari ja sanna 2026"


def why() -> str:
    """The sentence that says why (the members' and the journal's names are known words),
    in the language the app speaks when the test runs."""
    return passphrase_advice([Weakness.KNOWN_WORD]).split(". ")[0]


def strong() -> str:
    """What would be strong: the last sentence of every advice."""
    return passphrase_advice([]).rstrip(".")


def times_shown(root: QWidget, sentence: str) -> int:
    """How many shown labels under ``root`` say ``sentence``."""
    return sum(
        label.text().count(sentence)
        for label in root.findChildren(QLabel)
        if label.isVisibleTo(root)
    )


def test_create_page_says_the_reasons_once(window: MainWindow, tmp_path: Path) -> None:
    """Refused as guessable, the reasons and what would be strong are said once, in the
    refusal under the field; a new try shows the live hint again instead."""
    window.show_create()
    page = window.create_page
    fill_create_form(page, tmp_path / "uusi", passphrase=GUESSABLE)
    assert times_shown(page, why()) == 1  # the live hint, while typing
    click(page.create_button)

    assert page.passphrase_error.isVisible()
    assert why() in page.passphrase_error.text()
    assert times_shown(page, why()) == 1
    assert times_shown(page, strong()) == 1

    page.passphrase.set_text("sanna ja jari 2027")  # the user tries again, still guessable
    assert not page.passphrase_error.isVisible()
    assert times_shown(page, why()) == 1  # said by the hint, about the text now
    page.passphrase.set_text(PAIR_PASSPHRASE)
    assert times_shown(page, why()) == 0


def test_change_passphrase_dialog_says_the_reasons_once(unlocked: MainWindow) -> None:
    window = unlocked
    window.change_pair_passphrase()
    dialog = window.dialog
    assert isinstance(dialog, ChangePassphraseDialog)
    try:
        dialog.old.set_text(PAIR_PASSPHRASE)
        dialog.new.set_text(GUESSABLE)
        dialog.repeat.set_text(GUESSABLE)
        dialog.submit()
        assert dialog.isVisible() and dialog.new_error.isVisible()
        assert why() in dialog.new_error.text()
        assert times_shown(dialog, why()) == 1
        assert times_shown(dialog, strong()) == 1
    finally:
        dialog.reject()


def test_own_area_creation_says_the_reasons_once(unlocked: MainWindow) -> None:
    window = unlocked
    assert window.view is not None
    window.view.show_page("personal")
    page = window.view.personal
    assert isinstance(page, PersonalAreaPage)
    page.passphrase.set_text(GUESSABLE)
    page.repeat.set_text(GUESSABLE)
    page.submit()
    assert page.area is None and page.passphrase_error.isVisible()
    assert why() in page.passphrase_error.text()
    assert times_shown(page, why()) == 1
    assert times_shown(page, strong()) == 1


def test_the_hint_stays_hidden_where_no_new_passphrase_is_chosen(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    """Opening an existing own area shows no strength hint, with or without an error."""
    window = unlocked
    assert window.view is not None
    window.view.show_page("personal")
    page = window.view.personal
    page.passphrase.set_text("omat ajatukset vain minulle 42")
    page.repeat.set_text("omat ajatukset vain minulle 42")
    page.submit()
    wait_while_busy(page)  # the area is made on the journal worker
    assert page.area is not None
    page.close_area()
    page.passphrase.set_text(GUESSABLE)
    assert times_shown(page, why()) == 0
    page.submit()  # the wrong passphrase for this area
    wait_while_busy(page)
    assert page.passphrase_error.isVisible()
    page.passphrase.set_text("toinen yritys")
    assert times_shown(page, why()) == 0


@pytest.fixture
def big_text(qapp: QApplication) -> Iterator[None]:
    """The app's text at 200 % for the test; put back afterwards."""
    normal = QFont(qapp.font())
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * 2)
    qapp.setFont(large)
    yield
    qapp.setFont(normal)


def test_the_refusal_is_scrolled_into_view_at_200_percent(
    big_text: None, window: MainWindow, tmp_path: Path
) -> None:
    """On a 1366 × 768 laptop at 200 % text the passphrase is far down the create form:
    after Create, the refusal with its reasons is on screen, not below it."""
    window.resize(1366, 768)
    window.show_create()
    page = window.create_page
    fill_create_form(page, tmp_path / "uusi", passphrase=GUESSABLE)
    click(page.create_button)
    scroll = page.findChild(QScrollArea)
    assert scroll is not None
    error = page.passphrase_error
    top_left = error.mapTo(scroll.viewport(), QPoint(0, 0))
    assert scroll.viewport().rect().contains(QRect(top_left, error.size()))
    assert page.passphrase.edit.hasFocus()


def test_dialogs_grow_with_the_reasons_at_200_percent(big_text: None, unlocked: MainWindow) -> None:
    """The change-passphrase dialog grows to show the whole refusal: nothing is cut."""
    window = unlocked
    window.change_pair_passphrase()
    dialog = window.dialog
    assert isinstance(dialog, ChangePassphraseDialog)
    try:
        dialog.old.set_text(PAIR_PASSPHRASE)
        dialog.new.set_text(GUESSABLE)
        dialog.repeat.set_text(GUESSABLE)
        dialog.submit()
        QApplication.processEvents()
        QApplication.processEvents()
        for label in (dialog.new_error, dialog.findChild(QLabel)):
            assert label is not None and label.isVisible()
            assert label.height() >= label.heightForWidth(label.width()), label.text()
            bottom = label.mapTo(dialog, QPoint(0, label.height())).y()
            assert bottom <= dialog.height()
        assert (
            dialog.buttons.mapTo(dialog, QPoint(0, 0)).y()
            >= dialog.new_error.mapTo(dialog, QPoint(0, dialog.new_error.height())).y()
        )
    finally:
        dialog.reject()
