"""The start page and 200 %: the screens read whole at 200 % text and on a 1366 × 768
laptop, and nothing is cut or stacked at 100 %.

"200 %" here is the application font at twice its size, as a person who needs large text
sets it; the window is a 1366 × 768 laptop's.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, QRect, QRectF
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QRadioButton, QStyle, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.debrief_helpers import debriefs_page, journal_of, member_id, new_editor
from tests.gui.helpers import click
from tests.gui.supervision.test_supervision_gui import _debrief, _page
from tyoparipaivakirja.core.debriefs import (
    Debrief,
    FollowUp,
    SupervisionTag,
    SupervisionTopic,
    VisitType,
)
from tyoparipaivakirja.core.roles import RevisionMarker, Timeline
from tyoparipaivakirja.core.trends import Baseline, Marker, MarkerKind, Point, TrendData
from tyoparipaivakirja.gui.common.theme import TextScaledStyle
from tyoparipaivakirja.gui.debriefs.debrief_models import HTML_ROLE, SearchResultsModel
from tyoparipaivakirja.gui.debriefs.debriefs_page import whole_lines_height
from tyoparipaivakirja.gui.main_window import MainWindow
from tyoparipaivakirja.gui.own_area.strain_trend import TrendChart
from tyoparipaivakirja.gui.roles.role_timeline import RoleTimeline

LAPTOP = (1366, 768)
TODAY = date.today()


@pytest.fixture
def big_text(qapp: QApplication) -> Iterator[None]:
    """The app's text at 200 % for the test; put back afterwards."""
    normal = QFont(qapp.font())
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * 2)
    qapp.setFont(large)
    yield
    qapp.setFont(normal)


def in_view(widget: QWidget, area: QWidget) -> bool:
    """``widget`` lies wholly inside ``area`` (a scroll area's viewport, a dialog)."""
    top_left = widget.mapTo(area, QPoint(0, 0))
    return area.rect().contains(QRect(top_left, widget.size()))


def no_overlaps(rects: list[QRectF]) -> bool:
    return not any(a.intersects(b) for a, b in itertools.combinations(rects, 2))


def _rich_entry(window: MainWindow) -> str:
    journal = journal_of(window)
    jari = member_id(journal, "Jari")
    return journal.debriefs.save(
        Debrief(
            visit_date=TODAY - timedelta(days=1),
            visit_type=VisitType.ACCOMPANIED_AUTHORITY_VISIT,
            client_code="A-07",
            follow_ups=(
                FollowUp("Soita velkaneuvontaan ja varaa aika", jari, TODAY + timedelta(days=3)),
            ),
            supervision_topics=(
                SupervisionTopic("Omien rajojen pitäminen", tuple(SupervisionTag), jari),
            ),
        ),
        jari,
        TODAY,
    )


def _open_full(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(*LAPTOP)
    entry_id = _rich_entry(window)
    page = debriefs_page(window)
    page.open_entry(entry_id)
    qtbot.wait(50)


# --- the debrief editor --------------------------------------------------------------------


def test_the_full_debrief_at_200_percent_never_scrolls_sideways(
    big_text: None, qtbot: QtBot, unlocked: MainWindow
) -> None:
    """Long role-split tasks, a follow-up row and a topic with all its tags fit the page:
    no sideways scrolling, the top Save in view, "Propose a new code" whole, and the
    follow-up's task keeps most of the width."""
    _open_full(qtbot, unlocked)
    editor = debriefs_page(unlocked).editor
    assert editor.scroll_area.horizontalScrollBar().maximum() == 0
    assert in_view(editor.top_save_button, editor)
    button = editor.propose_button
    assert button.width() >= button.sizeHint().width()
    row = editor.follow_up_rows[0]
    assert row.task.width() >= editor.what_happened.width() * 0.9


def test_role_split_task_labels_are_never_cut(qtbot: QtBot, unlocked: MainWindow) -> None:
    """At 100 % the "My part" tasks wrap onto a second line rather than lose their end."""
    _open_full(qtbot, unlocked)
    editor = debriefs_page(unlocked).editor
    labels = [label for box in editor.parts for label in box.items.findChildren(QLabel)]
    assert labels
    for label in labels:
        assert label.wordWrap()
        assert label.heightForWidth(label.width()) <= label.height(), label.text()


def test_check_and_radio_boxes_grow_with_the_text(qapp: QApplication) -> None:
    style = TextScaledStyle()
    normal, large = QCheckBox("x"), QRadioButton("x")
    font = QFont(normal.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    large.setFont(font)
    for metric in (
        QStyle.PixelMetric.PM_IndicatorWidth,
        QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
    ):
        small_size = style.pixelMetric(metric, None, normal)
        large_size = style.pixelMetric(metric, None, large)
        assert small_size >= style.baseStyle().pixelMetric(metric, None, normal)
        assert large_size >= 1.4 * small_size
        assert large_size >= 0.7 * large.fontMetrics().height()


# --- the follow-ups page ------------------------------------------------------------------


def test_follow_up_tasks_keep_their_room_at_200_percent(
    big_text: None, qtbot: QtBot, unlocked: MainWindow
) -> None:
    unlocked.resize(*LAPTOP)
    _rich_entry(unlocked)
    view = unlocked.view
    assert view is not None
    view.show_page("follow_ups")
    qtbot.wait(20)
    table = view.follow_ups.table
    assert table.columnWidth(2) >= table.viewport().width() * 0.4


# --- search -------------------------------------------------------------------------------


def test_search_snippets_keep_their_third_line(qtbot: QtBot, unlocked: MainWindow) -> None:
    """A found text that wraps to three lines in a narrower window shows all three (the
    row was two lines tall)."""
    unlocked.resize(760, 700)
    journal = journal_of(unlocked)
    words = " ".join(f"asunnottomuuden uhka {n}" for n in range(40))
    journal.debriefs.save(
        Debrief(TODAY, VisitType.HOME_VISIT, what_happened=f"velkaneuvonta {words}"),
        member_id(journal, "Jari"),
        TODAY,
    )
    page = debriefs_page(unlocked)
    page.search.setText("velkaneuvonta")
    unlocked.tasks.wait_all()  # the query runs on the journal worker
    qtbot.wait(20)
    view = page.list_view
    model = view.model()
    assert isinstance(model, SearchResultsModel) and model.rowCount() == 1
    document = QTextDocument()
    document.setDefaultFont(view.font())
    document.setHtml(str(model.index(0, 3).data(HTML_ROLE)))
    document.setTextWidth(view.columnWidth(3))
    line = view.fontMetrics().lineSpacing()
    assert document.size().height() >= 3 * line  # the snippet wraps to three lines or more
    assert view.rowHeight(0) >= 3 * line + 2 * document.documentMargin()


@pytest.mark.parametrize("scale", [1, 2])
def test_search_snippets_show_whole_lines_only(
    qtbot: QtBot, unlocked: MainWindow, scale: int
) -> None:
    """A found text longer than its row shows the lines that fit whole: below the last
    of them the cell is bare, with no sliver of the next line (it showed at 200 %)."""
    unlocked.resize(1000, 780)
    journal = journal_of(unlocked)
    # Long words: the snippet's dozen words wrap past the row's three lines.
    words = " ".join(f"asunnottomuudenuhkaselvityskeskustelu{n}" for n in range(30))
    journal.debriefs.save(
        Debrief(TODAY, VisitType.HOME_VISIT, what_happened=f"velkaneuvonta {words}"),
        member_id(journal, "Jari"),
        TODAY,
    )
    page = debriefs_page(unlocked)
    view = page.list_view
    font = QFont(view.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    view.setFont(font)
    page.search.setText("velkaneuvonta")
    unlocked.tasks.wait_all()  # the query runs on the journal worker
    qtbot.wait(20)
    model = view.model()
    assert isinstance(model, SearchResultsModel) and model.rowCount() == 1
    cell = view.visualRect(model.index(0, SearchResultsModel.FOUND_TEXT_COLUMN))
    document = page.snippet_delegate.document(
        str(model.index(0, 3).data(HTML_ROLE)), cell.width(), view.font()
    )
    assert document.size().height() > cell.height()  # more text than the row holds
    shown = whole_lines_height(document, cell.height())
    assert 3 * view.fontMetrics().lineSpacing() <= shown <= cell.height()
    image = view.viewport().grab().toImage()
    below = {
        image.pixel(x, y)
        for x in range(cell.left() + 2, cell.right() - 2)
        for y in range(cell.top() + int(shown) + 1, cell.bottom() - 1)
    }
    assert len(below) == 1, f"{len(below)} colours below the whole lines"


# --- the role timeline and the trend -------------------------------------------------------


def _timeline(days_between: int) -> Timeline:
    first = TODAY - timedelta(days=120)
    return Timeline(
        start=first,
        end=TODAY,
        rows=(),
        markers=(
            RevisionMarker(1, first, False),
            RevisionMarker(2, TODAY - timedelta(days=days_between * 2), True),
            RevisionMarker(3, TODAY - timedelta(days=days_between), False),
        ),
    )


@pytest.mark.parametrize("days_between", [0, 1, 3, 10])
@pytest.mark.parametrize("width", [420, 700, 1100])
def test_timeline_version_and_today_labels_never_stack(
    qtbot: QtBot, days_between: int, width: int
) -> None:
    timeline = RoleTimeline()
    qtbot.addWidget(timeline)
    timeline.set_timeline(_timeline(days_between), TODAY)
    timeline.resize(width, timeline.sizeHint().height())
    rects = [rect for rect, _text in timeline.label_rects()]
    texts = [text for _rect, text in timeline.label_rects()]
    assert {"v1", "v2", "v3", "today"} <= set(texts)
    assert no_overlaps(rects)
    assert all(rect.left() >= 0 and rect.right() <= width for rect in rects)


def _trend() -> TrendData:
    start = TODAY - timedelta(days=182)
    points = tuple(Point(start + timedelta(weeks=n), 2 + n % 3) for n in range(26))
    return TrendData(
        points=points,
        moving_average=tuple(None if n < 3 else 2.5 for n in range(26)),
        baseline=Baseline(median=2, low=2, high=3),
        minimum=1,
        maximum=5,
        start=start,
        end=TODAY,
        markers=(
            Marker(start + timedelta(days=40), MarkerKind.SUPERVISION),
            Marker(start + timedelta(days=90), MarkerKind.ROLE_REVISION),
        ),
    )


@pytest.mark.parametrize("scale", [1, 2])
def test_trend_month_labels_stay_clear_of_the_legend(
    qapp: QApplication, qtbot: QtBot, scale: int
) -> None:
    chart = TrendChart()
    qtbot.addWidget(chart)
    font = QFont(chart.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    chart.setFont(font)
    chart.set_data(_trend())
    chart.resize(820, chart.sizeHint().height())
    labels = [rect for rect, _text in chart.axis_labels()]
    legend = [rect for rect, _text in chart.legend_entries()]
    assert len(labels) >= 3 and len(legend) == 5
    assert no_overlaps(labels + legend)
    inside = QRectF(chart.rect())
    assert all(inside.contains(rect) for rect in labels + legend)


# --- the summary dialog ----------------------------------------------------------------------


@pytest.mark.parametrize("large", [False, True], ids=["100%", "200%"])
def test_the_summary_dialog_fits_a_laptop_screen_with_its_buttons(
    qapp: QApplication, qtbot: QtBot, unlocked: MainWindow, large: bool
) -> None:
    normal = QFont(qapp.font())
    if large:
        bigger = QFont(normal)
        bigger.setPointSizeF(normal.pointSizeF() * 2)
        qapp.setFont(bigger)
    try:
        _view, page = _page(unlocked)
        click(page.summary_button)
        dialog = page.summary_dialog
        assert dialog is not None
        qtbot.wait(20)
        screen = dialog.screen().availableGeometry()
        assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
        for button in (dialog.save_button, dialog.print_button, dialog.close_button):
            assert in_view(button, dialog), button.text()
        dialog.reject()
    finally:
        qapp.setFont(normal)


def test_the_privacy_findings_are_read_whole_at_200_percent(
    big_text: None, qtbot: QtBot, unlocked: MainWindow
) -> None:
    """At 200 % text the privacy check's findings are each shown whole, wrapped within
    the dialog, and the first one with its own "fix it" button is in view right after the
    check, with the dialog's buttons still on screen."""
    journal = journal_of(unlocked)
    _debrief(journal, went_well="Lomakkeessa luki 010594Y9032, ja asiakas soitti.")
    _debrief(journal, went_well="Soitimme numeroon 040 123 4567 yhdessä asiakkaan kanssa.")
    _view, page = _page(unlocked)
    click(page.summary_button)
    dialog = page.summary_dialog
    assert dialog is not None
    click(dialog.build_button)
    qtbot.wait(20)
    rows = dialog.findings.rows
    assert len(rows) >= 2 and dialog.pdf is None
    viewport = dialog.controls_area.viewport()
    for row in rows:
        label = row.text
        assert label.height() >= label.heightForWidth(label.width()), label.text()
        assert row.mapTo(viewport, QPoint(row.width(), 0)).x() <= viewport.width()
    first = rows[0].fix_button
    assert first is not None and in_view(first, viewport)
    assert first.hasFocus()
    assert in_view(dialog.status, viewport)
    for button in (dialog.save_button, dialog.print_button, dialog.close_button):
        assert in_view(button, dialog), button.text()
    dialog.reject()


def test_start_page_notices_are_whole_and_leave_the_list_room_at_200_percent(
    big_text: None, qtbot: QtBot, unlocked: MainWindow
) -> None:
    journal = journal_of(unlocked)
    jari = member_id(journal, "Jari")
    journal.debriefs.save(
        Debrief(
            visit_date=TODAY - timedelta(days=9),
            visit_type=VisitType.HOME_VISIT,
            follow_ups=(FollowUp("Soita", jari, TODAY - timedelta(days=2)),),
        ),
        jari,
        TODAY,
    )
    journal.create_personal_area(jari, "omat ajatukset vain minulle 42").close()
    journal.reset_personal_area(jari)
    unlocked.resize(*LAPTOP)
    editor = new_editor(unlocked)
    click(editor.back_button)
    page = debriefs_page(unlocked)
    qtbot.wait(20)
    notices = page.notices
    assert notices.overdue.isVisible() and notices.resets.isVisible()
    assert notices.overdue.width() <= page.width()
    for label in (notices.overdue_text, notices.resets_text):  # whole sentences, not cut
        assert label.height() >= label.heightForWidth(label.width())
    assert page.list_view.height() >= page.height() * 0.25  # the list keeps its room


def test_the_quick_debrief_keeps_both_reflections_side_by_side(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    """At 100 % on a laptop the two own reflections stand side by side (the pikapurku fits
    one screen), with the 0–10 strain row whole in each."""
    unlocked.resize(*LAPTOP)
    journal = journal_of(unlocked)
    for name in ("Jari", "Sanna"):
        journal.create_personal_area(
            member_id(journal, name), f"{name} oma salainen polku 77"
        ).close()
    editor = new_editor(unlocked)
    qtbot.wait(20)
    assert editor.reflection_row.side_by_side()
    for box in editor.reflections:
        last = box.strain.buttons[10]
        assert in_view(last, box)
