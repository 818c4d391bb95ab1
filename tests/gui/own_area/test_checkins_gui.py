"""The own area's well-being screens, driven as a person would: check-in, correct, delete,
nudges, the trend, sharing, settings, and starting afresh after a forgotten passphrase.

Fixtures live here on purpose (the shared GUI conftest is written elsewhere). No modal
dialog is ever opened: confirmations are answered through the dialog seam.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.gui.helpers import wait_while_busy
from tests.storage.helpers import PERSONAL_PASSPHRASE_JARI, PERSONAL_PASSPHRASE_SANNA
from tests.storage.test_roles import agree_first
from tyoparipaivakirja.core.checkins import Answer, NewCheckIn, TalkChoice
from tyoparipaivakirja.core.instruments import (
    BURNOUT,
    BURNOUT_ITEM,
    ELO_STRESS,
    ELO_STRESS_ITEM,
    WHO5,
    WORK_STRAIN,
)
from tyoparipaivakirja.core.nudges import Rule
from tyoparipaivakirja.core.trends import Marker, MarkerKind, Period
from tyoparipaivakirja.gui.common import i18n
from tyoparipaivakirja.gui.common.dialogs import Dialogs
from tyoparipaivakirja.gui.common.locale_text import format_date
from tyoparipaivakirja.gui.common.theme import CALM_ACCENT_DARK as ACCENT_DARK
from tyoparipaivakirja.gui.common.theme import CALM_ACCENT_LIGHT as ACCENT_LIGHT
from tyoparipaivakirja.gui.own_area.checkin_form import CheckInForm
from tyoparipaivakirja.gui.own_area.own_area import OwnAreaView
from tyoparipaivakirja.gui.own_area.personal_area import PersonalAreaPage
from tyoparipaivakirja.gui.own_area.wellbeing_words import strain_nudge_text, support_contacts
from tyoparipaivakirja.storage.database import personal_files
from tyoparipaivakirja.storage.session import Journal, PersonalArea

TODAY = date(2026, 11, 25)  # a Wednesday
NOTE = "Kotikäynti jäi mieleen – yksityinen merkintä ÄÖ"
DOMAIN_NUDGE_FI = (
    "Viime viikkoina kuormitus on näyttänyt sinulla tavallista suuremmalta. Haluaisitko "
    "ottaa sen puheeksi työparisi kanssa tai nostaa sen työnohjaukseen? Tämä ei ole arvio "
    "terveydestäsi – tuen saaminen kuuluu tähän työhön."
)
DOMAIN_CONTACTS_FI = ["työterveyshuolto", "MIELI ry:n Kriisipuhelin 09 2525 0111", "hätänumero 112"]


class Clock:
    """The page's idea of today, settable by the test."""

    def __init__(self, today: date = TODAY) -> None:
        self.today = today

    def __call__(self) -> date:
        return self.today


class ScriptedDialogs(Dialogs):
    """Answers confirmations from a queue; any other dialog fails the test."""

    def __init__(self) -> None:
        self.answers: deque[bool] = deque()
        self.asked: list[str] = []

    def confirm(self, parent: QWidget, title: str, text: str, accept_label: str) -> bool:
        self.asked.append(text)
        assert self.answers, f"unscripted confirmation: {title}"
        return self.answers.popleft()

    def inform(self, parent: QWidget, title: str, text: str) -> None:
        raise AssertionError(f"unexpected message box: {title}")

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        raise AssertionError(f"unexpected error box: {title}")


@pytest.fixture(autouse=True)
def private_qt_paths() -> None:
    """Qt's standard paths point into a test folder, never the real home folder."""
    QStandardPaths.setTestModeEnabled(True)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def scripted() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def journal(make_journal: Callable[..., Journal]) -> Journal:
    return make_journal()


@pytest.fixture
def page(
    qtbot: QtBot, journal: Journal, scripted: ScriptedDialogs, clock: Clock
) -> Iterator[PersonalAreaPage]:
    """The Oma osio page on a fresh journal, shown, with a settable clock."""
    widget = PersonalAreaPage(journal, dialogs=scripted, today=clock)
    qtbot.addWidget(widget)
    widget.resize(1000, 720)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.close_area()


def _member_id(journal: Journal, name: str) -> str:
    return next(m.member_id for m in journal.members.all() if m.display_name == name)


def _open_own(page: PersonalAreaPage, journal: Journal, name: str = "Jari") -> OwnAreaView:
    """Choose the member, create (or open) their own area through the page."""
    member_id = _member_id(journal, name)
    page.member_choice.setCurrentIndex(page.member_choice.findData(member_id))
    passphrase = PERSONAL_PASSPHRASE_JARI if name == "Jari" else PERSONAL_PASSPHRASE_SANNA
    page.passphrase.set_text(passphrase)
    if page.repeat_box.isVisibleTo(page):
        page.repeat.set_text(passphrase)
    page.submit_button.click()
    wait_while_busy(page)
    assert page.own is not None, page.passphrase_error.text()
    return page.own


def _seed(area: PersonalArea, stresses: list[int], last: date = TODAY, **extra: int) -> None:
    """Weekly check-ins ending on ``last`` (oldest first), straight through storage."""
    for index, stress in enumerate(stresses):
        day = last - timedelta(weeks=len(stresses) - 1 - index)
        answers = [Answer(ELO_STRESS, ELO_STRESS_ITEM, stress)]
        answers += [Answer(BURNOUT, BURNOUT_ITEM, v) for k, v in extra.items() if k == "burnout"]
        area.checkins.add(NewCheckIn(day, tuple(answers)), TODAY)


def _area(page: PersonalAreaPage) -> PersonalArea:
    assert page.area is not None
    return page.area


def _form(own: OwnAreaView) -> CheckInForm:
    assert own.form is not None
    return own.form


def _no_red(image: QImage) -> bool:
    """No pixel is a strong red (the well-being views use no red at all)."""
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            colour = QColor(image.pixel(x, y))
            if colour.red() > 150 and colour.green() < 100 and colour.blue() < 100:
                return False
    return True


# --- the weekly check-in ------------------------------------------------------------------


def test_full_checkin_flow(page: PersonalAreaPage, journal: Journal) -> None:
    """A new own area prompts for the weekly check-in (on the page, not in a pop-up); filling
    the form and saving stores the answers, the wish to talk and the private note, shows a
    quiet status line, lists the check-in, and the prompt is gone for this week."""
    own = _open_own(page, journal)
    assert own.prompt.isVisibleTo(own) and own.prompt_text.text()
    assert QApplication.activeModalWidget() is None
    own.start_button.click()
    form = _form(own)
    assert not own.home.isVisibleTo(own)
    assert form.day() == TODAY
    form.choices[(ELO_STRESS, ELO_STRESS_ITEM)].buttons[3].click()
    form.choices[(WORK_STRAIN, "past_close")].buttons[2].click()
    form.choices[(WORK_STRAIN, "boundaries")].buttons[4].click()
    assert (WORK_STRAIN, "recovery_stability") not in form.choices  # off by default
    assert (WORK_STRAIN, "guidance_load") not in form.choices  # Jari has no guiding role
    assert (BURNOUT, BURNOUT_ITEM) in form.choices  # the monthly item is due
    form.choices[(BURNOUT, BURNOUT_ITEM)].buttons[2].click()
    form.talk_boxes[TalkChoice.PARTNER].click()
    form.note.setPlainText(NOTE)  # ä/ö cannot be typed with key clicks
    form.save_button.click()

    assert own.form is None and own.home.isVisibleTo(own)
    saved = _area(page).checkins.all()
    assert len(saved) == 1
    checkin = saved[0]
    assert checkin.day == TODAY and checkin.note == NOTE
    assert checkin.value(ELO_STRESS, ELO_STRESS_ITEM) == 3
    assert checkin.value(WORK_STRAIN, "past_close") == 2
    assert checkin.value(BURNOUT, BURNOUT_ITEM) == 2
    assert checkin.talk == frozenset({TalkChoice.PARTNER})
    assert own.status.text()  # "Saved at 14.32."
    assert not own.prompt.isVisibleTo(own) and own.new_button.isVisibleTo(own)
    assert own.history.count() == 1
    # R1: the wish to talk comes back as a gentle card in the area, with its two answers.
    assert [card.rules for card in own.cards] == [[Rule.R1]]
    own.cards[0].read_button.click()
    assert own.cards == []
    assert _area(page).snapshot(TODAY).nudges == ()


def test_wish_to_talk_goes_on_the_supervision_agenda_only_as_a_topic(
    page: PersonalAreaPage, journal: Journal
) -> None:
    """From the R1 card the person can put their wish to talk on the next planned supervision
    agenda: one topic raised by them, nothing of their answers or note; without a planned
    session the card says so and the pair journal is not touched."""
    own = _open_own(page, journal)
    _area(page).checkins.add(
        NewCheckIn(
            TODAY,
            (Answer(ELO_STRESS, ELO_STRESS_ITEM, 4),),
            frozenset({TalkChoice.SUPERVISION}),
            NOTE,
        ),
        TODAY,
    )
    own.refresh()
    (card,) = own.cards
    assert card.agenda_button is not None
    card.agenda_button.click()
    assert journal.supervision.sessions() == []
    assert own.status.text() and own.cards  # nothing planned: the card stays

    planned = journal.supervision.add_session(TODAY + timedelta(days=7))
    (card,) = own.cards
    assert card.agenda_button is not None
    card.agenda_button.click()
    (item,) = journal.supervision.session(planned.session_id).agenda
    assert item.raised_by == _member_id(journal, "Jari")
    assert NOTE not in item.text and "4" not in item.text
    assert own.cards == []  # the wish has been answered


def test_stress_answer_is_required(page: PersonalAreaPage, journal: Journal) -> None:
    """Saving without the stress answer shows a plain sentence under that question and saves
    nothing."""
    own = _open_own(page, journal)
    own.start_button.click()
    form = _form(own)
    form.save_button.click()
    error = form.item_errors[(ELO_STRESS, ELO_STRESS_ITEM)]
    assert error.isVisibleTo(form) and error.text()
    assert own.form is form
    assert _area(page).checkins.all() == []


def test_future_date_is_refused_in_the_form(
    page: PersonalAreaPage, journal: Journal, clock: Clock
) -> None:
    """The date field cannot go past today; if the day has turned back (the clock says the
    chosen day is tomorrow), saving is refused with a sentence under the date."""
    own = _open_own(page, journal)
    own.start_button.click()
    form = _form(own)
    form.set_day(TODAY + timedelta(days=3))
    assert form.day() == TODAY  # the field stops at today
    form.choices[(ELO_STRESS, ELO_STRESS_ITEM)].buttons[2].click()
    clock.today = TODAY - timedelta(days=1)
    form.save_button.click()
    assert form.date_error.isVisibleTo(form) and form.date_error.text()
    assert _area(page).checkins.all() == []


def test_correct_and_delete_a_checkin(
    page: PersonalAreaPage, journal: Journal, scripted: ScriptedDialogs
) -> None:
    """A past check-in opens pre-filled for correction and keeps its identity; deleting asks
    first through the dialog seam, and "no" keeps it."""
    own = _open_own(page, journal)
    area = _area(page)
    _seed(area, [2, 4])
    own.refresh()
    own.history.setCurrentRow(0)  # newest first
    own.correct_button.click()
    form = _form(own)
    assert form.choices[(ELO_STRESS, ELO_STRESS_ITEM)].value() == 4
    original = area.checkins.all()[-1]
    form.choices[(ELO_STRESS, ELO_STRESS_ITEM)].buttons[5].click()
    form.note.setPlainText("korjattu")
    form.save_button.click()
    corrected = area.checkins.all()[-1]
    assert corrected.checkin_id == original.checkin_id
    assert corrected.value(ELO_STRESS, ELO_STRESS_ITEM) == 5
    assert corrected.note == "korjattu"

    own.history.setCurrentRow(0)
    scripted.answers.extend([False, True])
    own.delete_button.click()
    assert len(area.checkins.all()) == 2
    own.history.setCurrentRow(0)
    own.delete_button.click()
    assert [c.checkin_id for c in area.checkins.all()] == [area.checkins.all()[0].checkin_id]
    assert corrected.checkin_id not in {c.checkin_id for c in area.checkins.all()}
    assert own.history.count() == 1
    assert len(scripted.asked) == 2


# --- nudges ----------------------------------------------------------------------------


def test_strain_nudge_snoozes_and_returns(
    page: PersonalAreaPage, journal: Journal, clock: Clock
) -> None:
    """Two weeks at stress 4+ show the strain card in the area; "remind me in a week" hides it
    and it returns after a week while the weeks are still recent."""
    own = _open_own(page, journal)
    _seed(_area(page), [2, 4, 5])
    own.refresh()
    assert [card.rules for card in own.cards] == [[Rule.R2]]
    assert own.cards[0].text.text() == strain_nudge_text(usual_level=False)
    assert own.cards[0].contacts is None
    own.cards[0].snooze_button.click()
    assert own.cards == []
    clock.today = TODAY + timedelta(days=7)
    _area(page).checkins.add(
        NewCheckIn(clock.today, (Answer(ELO_STRESS, ELO_STRESS_ITEM, 4),)), clock.today
    )
    own.refresh()
    assert [card.rules for card in own.cards] == [[Rule.R2]]


def test_the_nudge_speaks_of_the_usual_level_only_once_there_is_one(
    page: PersonalAreaPage, journal: Journal
) -> None:
    """With three check-ins the trend says the usual level comes after six, so the card
    does not call the strain "higher than usual"; with a usual level it does."""
    own = _open_own(page, journal)
    _seed(_area(page), [2, 4, 5])
    own.refresh()
    text = own.cards[0].text.text()
    assert "usual" not in text and "higher" not in text
    assert "in recent weeks" in text.lower()
    page.close_area()
    area = journal.open_personal_area(_member_id(journal, "Jari"), PERSONAL_PASSPHRASE_JARI)
    for weeks_ago in range(3, 9):  # six calmer weeks before those three
        area.checkins.add(
            NewCheckIn(
                TODAY - timedelta(weeks=weeks_ago), (Answer(ELO_STRESS, ELO_STRESS_ITEM, 2),)
            ),
            TODAY,
        )
    area.close()
    own = _open_own(page, journal)
    assert own.cards[0].text.text() == strain_nudge_text(usual_level=True)


def test_severe_signal_lists_support_contacts(page: PersonalAreaPage, journal: Journal) -> None:
    """Burnout 5 shows the strain card with the support contacts."""
    own = _open_own(page, journal)
    _seed(_area(page), [3], burnout=5)
    own.refresh()
    assert len(own.cards) == 1 and own.cards[0].rules == [Rule.R4]
    assert own.cards[0].contacts is not None
    for contact in support_contacts():
        assert contact in own.cards[0].contacts.text()


def test_nudge_wording_in_finnish_is_domain_md(qapp: QApplication) -> None:
    """In Finnish the nudge text and the support contacts are domain.md's, word for word."""
    try:
        i18n.install(qapp, i18n.FINNISH)
        assert strain_nudge_text(usual_level=True) == DOMAIN_NUDGE_FI
        assert support_contacts() == DOMAIN_CONTACTS_FI
        assert QCoreApplication.translate("Wellbeing", "not now") == "en nyt"
    finally:
        i18n.install(qapp, i18n.ENGLISH)


# --- the trend --------------------------------------------------------------------------


def test_trend_chart_draws_real_data(page: PersonalAreaPage, journal: Journal) -> None:
    """With 8 weeks of check-ins the chart draws (not a blank or one-colour image), uses the
    calm accent and no red, and the table beside it holds the same 8 values."""
    own = _open_own(page, journal)
    stresses = [2, 3, 2, 2, 3, 2, 4, 4]
    _seed(_area(page), stresses)
    own.refresh()
    chart = own.trend.chart
    assert chart.data is not None and len(chart.data.points) == 8
    assert chart.data.baseline is not None  # 6 entries exist
    image = chart.grab().toImage()
    colours = {
        image.pixel(x, y) for y in range(0, image.height(), 3) for x in range(0, image.width(), 3)
    }
    assert len(colours) > 20
    accents = {QColor(ACCENT_LIGHT).rgb(), QColor(ACCENT_DARK).rgb()}
    assert colours & accents, "the values are drawn in the accent colour"
    assert _no_red(image)
    table = own.trend.table
    assert table.rowCount() == 8
    cells = [table.item(row, 1) for row in range(table.rowCount())]
    values = [int(cell.text()) for cell in cells if cell is not None]
    assert values == stresses[::-1]  # newest first
    assert chart.accessibleDescription()


def test_trend_period_chooser_and_markers(page: PersonalAreaPage, journal: Journal) -> None:
    """The period chooser narrows the chart and table; supervision and role-split markers are
    drawn and listed in the table."""
    own = _open_own(page, journal)
    _seed(_area(page), [2] * 30)
    own.refresh()
    trend = own.trend
    trend.choose_period(Period.ALL)
    assert trend.chart.data is not None and len(trend.chart.data.points) == 30
    trend.choose_period(Period.THREE_MONTHS)
    assert trend.chart.data is not None and len(trend.chart.data.points) == 14
    markers = [
        Marker(TODAY - timedelta(days=20), MarkerKind.SUPERVISION, "työnohjaus 5"),
        Marker(TODAY - timedelta(days=40), MarkerKind.ROLE_REVISION, "versio 2"),
    ]
    trend.set_series(trend._options, TODAY, markers)
    assert trend.chart.data is not None and len(trend.chart.data.markers) == 2
    assert trend.table.rowCount() == 14 + 2
    assert trend.chart.grab().toImage().width() > 0


def test_trend_marks_role_splits_and_supervision_sessions(
    qtbot: QtBot, journal: Journal, scripted: ScriptedDialogs, clock: Clock
) -> None:
    """An accepted role split and a supervision session already held show as markers on the
    own trend; a draft nobody agreed to and a session still ahead do not."""
    agreed = agree_first(journal, TODAY - timedelta(days=30))
    journal.roles.start_draft_from_current(TODAY)
    held = journal.supervision.add_session(TODAY - timedelta(days=12))
    journal.supervision.add_session(TODAY + timedelta(days=9))
    page = PersonalAreaPage(journal, dialogs=scripted, today=clock)
    qtbot.addWidget(page)
    own = _open_own(page, journal)
    _seed(_area(page), [2, 3, 2, 3, 2, 3, 2])
    own.refresh()
    data = own.trend.chart.data
    assert data is not None
    assert sorted((m.day, m.kind) for m in data.markers) == [
        (agreed.effective_from, MarkerKind.ROLE_REVISION),
        (held.held_on, MarkerKind.SUPERVISION),
    ]
    page.close_area()


# --- sharing ---------------------------------------------------------------------------


def test_share_preview_then_share_and_withdraw(page: PersonalAreaPage, journal: Journal) -> None:
    """The sharing view previews exactly the weekly stress values and the word; sharing puts
    that into the pair journal, and withdrawing removes it."""
    own = _open_own(page, journal)
    _seed(_area(page), [2, 2, 3, 4, 4, 4])
    own.refresh()
    own.share_button.click()
    sharing = own.sharing
    assert sharing is not None
    sharing.set_period(TODAY - timedelta(weeks=5), TODAY)
    preview = sharing.preview
    assert preview is not None
    assert [w.stress for w in preview.weeks] == [2, 2, 3, 4, 4, 4]
    text = sharing.preview_text.text()
    assert "Jari" in text and "4" in text
    sharing.share_button.click()
    assert own.sharing is None
    shared = journal.shared_trends.all()
    assert len(shared) == 1 and shared[0].share == preview
    withdraw = [b for b in own.findChildren(QPushButton) if b.text() == "Withdraw"]
    assert len(withdraw) == 1
    withdraw[0].click()
    assert journal.shared_trends.all() == []


def test_share_refuses_a_too_short_period(page: PersonalAreaPage, journal: Journal) -> None:
    """A period with fewer than 3 weeks of check-ins shows why and cannot be shared."""
    own = _open_own(page, journal)
    _seed(_area(page), [2, 3])
    own.refresh()
    sharing = own.start_sharing()
    assert sharing.preview is None
    assert sharing.period_error.text()
    assert not sharing.share_button.isEnabled()


# --- settings ----------------------------------------------------------------------------


def test_settings_switch_items_on_and_they_are_kept(
    page: PersonalAreaPage, journal: Journal
) -> None:
    """Switching the recovery item on is saved in the own area at once and the form then
    asks it, marked as never shared; a professional can say they have a guiding role."""
    own = _open_own(page, journal, "Sanna")
    recovery_key = f"item:{WORK_STRAIN}/recovery_stability"
    own.setting_boxes[recovery_key].box.click()
    own.setting_boxes["guiding_role"].box.click()
    settings = _area(page).checkins.settings()
    assert settings.enabled_items == frozenset({f"{WORK_STRAIN}/recovery_stability"})
    assert settings.guiding_role
    own.start_checkin()
    form = _form(own)
    assert (WORK_STRAIN, "recovery_stability") in form.choices
    assert (WORK_STRAIN, "guidance_load") in form.choices


def test_guiding_role_is_offered_only_to_a_professional(
    page: PersonalAreaPage, journal: Journal
) -> None:
    """The expert by experience is not asked about a guiding role."""
    own = _open_own(page, journal, "Jari")
    assert "guiding_role" not in own.setting_boxes


# --- closing and starting afresh ------------------------------------------------------------


def test_closing_throws_the_inside_away(
    qtbot: QtBot, page: PersonalAreaPage, journal: Journal
) -> None:
    """Closing the own area (leaving the page, idle or lock all end here) removes every widget
    that showed its content, so no note or value stays behind in memory."""
    own = _open_own(page, journal)
    _seed(_area(page), [2, 3])
    own.refresh()
    page.leave()
    assert page.own is None and page.area is None
    assert page.stack.currentIndex() == 0
    qtbot.waitUntil(lambda: not page.findChildren(OwnAreaView))
    assert not page.findChildren(QListWidget) and not page.findChildren(QTableWidget)


def test_forgotten_passphrase_starts_afresh_without_touching_the_pair_journal(
    page: PersonalAreaPage, journal: Journal, scripted: ScriptedDialogs
) -> None:
    """The closed page offers a way out of a forgotten own passphrase: it asks first (through
    the dialog seam, saying the old area can be brought back for 30 days), "no" changes
    nothing, "yes" puts only that member's area aside and the page then offers to create a
    new area, and tells when the old one was reset and until when it can come back."""
    _open_own(page, journal)
    page.close_area()
    member_id = _member_id(journal, "Jari")
    assert page.forgot_button.isVisibleTo(page)
    assert not page.reset_notice.isVisibleTo(page)
    pair_file = journal.folder / "pair.db"
    pair_size = pair_file.stat().st_size
    scripted.answers.extend([False, True])
    page.forgot_button.click()
    assert journal.has_personal_area(member_id)
    page.forgot_button.click()
    wait_while_busy(page)  # the area is put aside on the task runner
    assert not journal.has_personal_area(member_id)
    assert not personal_files(journal.folder, member_id).keycheck.exists()
    assert pair_file.stat().st_size == pair_size
    assert page.create_notice.isVisibleTo(page) and page.repeat_box.isVisibleTo(page)
    assert not page.forgot_button.isVisibleTo(page)
    assert "Jari" in scripted.asked[0] and "30 days" in scripted.asked[0]
    (reset,) = journal.reset_areas()
    assert page.reset_notice.isVisibleTo(page)
    notice = page.reset_text.text()
    assert format_date(reset.reset_at.astimezone().date()) in notice
    assert format_date(reset.recoverable_until()) in notice
    _open_own(page, journal)  # a fresh area with a (new) passphrase
    assert _area(page).checkins.all() == []


def test_the_owner_brings_a_reset_area_back_with_the_old_passphrase(
    page: PersonalAreaPage, journal: Journal, scripted: ScriptedDialogs
) -> None:
    """The partner reset Jari's area with the pair passphrase; Jari, choosing himself on the
    page, is told when, and brings it back with his old passphrase (a wrong one is refused
    under the field); his check-in is there again."""
    _open_own(page, journal)
    _seed(_area(page), [3])
    page.close_area()
    scripted.answers.append(True)
    page.forgot_button.click()
    wait_while_busy(page)
    page.member_choice.setCurrentIndex(page.member_choice.findData(_member_id(journal, "Sanna")))
    assert not page.reset_notice.isVisibleTo(page)  # Sanna's area was not reset
    page.member_choice.setCurrentIndex(page.member_choice.findData(_member_id(journal, "Jari")))
    assert page.reset_notice.isVisibleTo(page)
    page.old_passphrase.set_text(PERSONAL_PASSPHRASE_SANNA)
    page.restore_button.click()
    wait_while_busy(page)
    assert "does not open" in page.old_passphrase_error.text()
    assert journal.reset_areas() != []
    page.old_passphrase.set_text(PERSONAL_PASSPHRASE_JARI)
    page.restore_button.click()
    wait_while_busy(page)
    assert journal.reset_areas() == []
    assert not page.reset_notice.isVisibleTo(page)
    assert "back" in page.closed_status.text()
    _open_own(page, journal)
    assert len(_area(page).checkins.all()) == 1


def test_the_owner_can_delete_the_old_area_from_the_new_one(
    page: PersonalAreaPage, journal: Journal, scripted: ScriptedDialogs
) -> None:
    """In the new own area the owner sees the reset too, and may delete the old area now."""
    _open_own(page, journal)
    page.close_area()
    scripted.answers.append(True)
    page.forgot_button.click()
    wait_while_busy(page)
    _open_own(page, journal)
    assert page.open_reset_notice.isVisibleTo(page)
    scripted.answers.append(True)
    page.forget_old_button.click()
    assert journal.reset_areas() == []
    assert not page.open_reset_notice.isVisibleTo(page)


def test_forgot_is_not_offered_before_an_area_exists(
    page: PersonalAreaPage, journal: Journal
) -> None:
    """Without an own area there is nothing to start afresh."""
    assert not page.forgot_button.isVisibleTo(page)


# --- accessibility and calm -----------------------------------------------------------------

_INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QDateEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
)


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, _INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not widget.accessibleName().strip() and not text.replace("&", "").strip():
            missing.append(f"{type(widget).__name__}")
    return missing


def test_own_area_and_form_controls_are_named(page: PersonalAreaPage, journal: Journal) -> None:
    """Every control of the open area, the form and the sharing view has a name a screen
    reader can say (radio buttons and check boxes included)."""
    own = _open_own(page, journal, "Sanna")
    _seed(_area(page), [2, 3, 2])
    own.refresh()
    assert _unnamed(own) == []
    own.start_checkin()
    assert own.form is not None
    assert any(isinstance(w, QRadioButton) for w in own.form.findChildren(QRadioButton))
    assert any(isinstance(w, QCheckBox) for w in own.form.findChildren(QCheckBox))
    assert _unnamed(own) == []
    own.start_sharing()
    assert _unnamed(own) == []


def test_open_area_with_nudge_and_error_has_no_red(
    page: PersonalAreaPage, journal: Journal
) -> None:
    """The open area with a strain card, and the form showing a refusal, contain no red."""
    own = _open_own(page, journal)
    _seed(_area(page), [2, 4, 4])
    own.refresh()
    assert own.cards
    assert _no_red(page.grab().toImage())
    own.start_button.click()
    _form(own).save_button.click()  # no stress answer: a refusal under the question
    assert _no_red(_form(own).grab().toImage())


def test_pair_journal_file_stays_the_same_while_checking_in(
    page: PersonalAreaPage, journal: Journal
) -> None:
    """A check-in touches only the own area: the pair journal's content does not change."""
    before = sorted(tuple(r) for r in journal.connection().execute("SELECT * FROM members"))
    own = _open_own(page, journal)
    own.start_button.click()
    form = _form(own)
    form.choices[(ELO_STRESS, ELO_STRESS_ITEM)].buttons[2].click()
    form.note.setPlainText(NOTE)
    form.save_button.click()
    conn = journal.connection()
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    dump = repr([conn.execute(f'SELECT * FROM "{t}"').fetchall() for t in tables])
    assert NOTE not in dump
    assert sorted(tuple(r) for r in conn.execute("SELECT * FROM members")) == before


@pytest.mark.parametrize(("language", "offered"), [(i18n.ENGLISH, True), (i18n.FINNISH, False)])
def test_who5_is_offered_only_where_its_official_wording_ships(
    page: PersonalAreaPage, journal: Journal, language: str, offered: bool
) -> None:
    """In English (its original wording ships) WHO-5 can be switched on and answered; in
    Finnish (no official wording yet) it is not offered at all."""
    QLocale.setDefault(i18n.locale_for(language))
    try:
        own = _open_own(page, journal)
        key = f"instrument:{WHO5}"
        assert (key in own.setting_boxes) is offered
        if not offered:
            own.start_checkin()
            assert all(inst != WHO5 for inst, _item in _form(own).choices)
            return
        own.setting_boxes[key].box.click()
        own.start_checkin()
        form = _form(own)
        who5_items = [item for inst, item in form.choices if inst == WHO5]
        assert len(who5_items) == 5
        form.choices[(ELO_STRESS, ELO_STRESS_ITEM)].buttons[2].click()
        for item in who5_items:
            form.choices[(WHO5, item)].buttons[1].click()  # raw 5: very low
        form.save_button.click()
        assert _area(page).checkins.all()[0].values_of(WHO5) == dict.fromkeys(who5_items, 1)
        assert [card.rules for card in own.cards] == [[Rule.R3]]
        assert own.cards[0].contacts is not None  # R3 severe lists the support contacts
    finally:
        QLocale.setDefault(i18n.locale_for(i18n.FINNISH))
