"""Every control a person operates has a name a screen reader can say, Tab reaches
the main controls of every page, and the focused control is plainly marked."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.debrief_helpers import (
    debriefs_page,
    follow_ups_page,
    journal_of,
    new_editor,
    save_entry,
)
from tests.gui.helpers import OWN_PASSPHRASE, click, interactive_widgets, wait_while_busy
from tyoparipaivakirja.gui.common.theme import (
    RING_WIDTH,
    contrast_ratio,
    dark_palette,
    focus_colour,
    install_focus_ring,
)
from tyoparipaivakirja.gui.journal.journal_view import PAGE_CLASSES
from tyoparipaivakirja.gui.main_window import MainWindow
from tyoparipaivakirja.gui.roles.roles import RolesPage


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    widgets = interactive_widgets(root)
    assert widgets, "no controls found: the lookup is broken"
    for widget in widgets:
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not widget.accessibleName().strip() and not text.replace("&", "").strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_create_page_controls_are_named(window: MainWindow) -> None:
    """The create page's fields, choices and buttons all have a name or visible text."""
    window.show_create()
    window.create_page.add_member_button.click()  # a third member row, too
    assert _unnamed(window.create_page) == []


def test_unlock_page_controls_are_named(unlocked: MainWindow) -> None:
    """The unlock page's field and buttons all have a name or visible text."""
    unlocked.lock()
    assert _unnamed(unlocked.unlock_page) == []


def test_personal_area_controls_are_named(unlocked: MainWindow) -> None:
    """The own-area page has named controls both closed and open."""
    view = unlocked.view
    assert view is not None
    page = view.personal
    view.show_page(page.page_key)
    assert _unnamed(page) == []
    page.passphrase.set_text(OWN_PASSPHRASE)
    page.repeat.set_text(OWN_PASSPHRASE)
    click(page.submit_button)
    wait_while_busy(page)
    assert page.area is not None
    assert _unnamed(page) == []


def test_journal_view_and_dialogs_controls_are_named(unlocked: MainWindow) -> None:
    """Navigation, the overview and the settings and passphrase dialogs have named controls."""
    view = unlocked.view
    assert view is not None
    assert _unnamed(view) == []
    unlocked.open_settings()
    assert unlocked.dialog is not None
    assert _unnamed(unlocked.dialog) == []
    unlocked.dialog.reject()
    unlocked.change_pair_passphrase()
    assert unlocked.dialog is not None
    assert _unnamed(unlocked.dialog) == []
    unlocked.dialog.reject()


def test_backup_and_import_dialogs_controls_are_named(unlocked: MainWindow) -> None:
    """The backups-and-export dialog (with an own area to export) and the import dialog
    have named controls."""
    journal = unlocked.journal
    assert journal is not None
    journal.create_personal_area(journal.members.all()[0].member_id, OWN_PASSPHRASE).close()
    unlocked.open_backups()
    assert unlocked.dialog is not None
    assert _unnamed(unlocked.dialog) == []
    unlocked.dialog.reject()
    unlocked.open_import()
    assert unlocked.dialog is not None
    assert _unnamed(unlocked.dialog) == []
    unlocked.dialog.reject()


# --- every page, and the keyboard ------------------------------------------------------


def _tab_stops(window: QWidget) -> list[QWidget]:
    """The controls Tab visits, in order: the window's focus chain, as Qt walks it on
    Tab, keeping the visible, enabled widgets that accept focus from the keyboard."""
    stops: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window and len(stops) < 2000:
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisibleTo(window)
            and widget.isEnabled()
        ):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def _reachable(window: QWidget, *controls: QWidget) -> list[str]:
    """Names of the ``controls`` that Tab does not reach (empty when all are reached)."""
    stops = _tab_stops(window)
    missing = []
    for control in controls:
        target = control.focusProxy() or control
        if target not in stops:
            missing.append(control.accessibleName() or type(control).__name__)
    return missing


def test_debrief_pages_controls_are_named(unlocked: MainWindow) -> None:
    """The debrief list (empty and with entries), the quick and the full debrief editor
    and the follow-ups page have a name on every control."""
    journal = journal_of(unlocked)
    page = debriefs_page(unlocked)
    assert _unnamed(page) == []
    save_entry(journal, client_code="A-01")
    page.refresh()
    assert _unnamed(page) == []
    editor = new_editor(unlocked)
    assert _unnamed(editor) == []
    editor.set_full(True)
    assert _unnamed(editor) == []
    editor.go_back()
    assert _unnamed(follow_ups_page(unlocked)) == []


def test_roles_page_and_its_editor_controls_are_named(unlocked: MainWindow) -> None:
    """The role split page before the first version and its draft editor are named."""
    view = unlocked.view
    assert view is not None
    view.show_page(RolesPage.page_key)
    roles = view.roles
    assert _unnamed(roles) == []
    roles.start_button.click()
    assert roles.stack.currentWidget() is roles.editor
    assert _unnamed(roles.editor) == []


def test_overview_and_about_controls_are_named(unlocked: MainWindow) -> None:
    """The journal page and the About dialog have named controls."""
    view = unlocked.view
    assert view is not None
    view.show_page(view.overview.page_key)
    assert _unnamed(view.overview) == []
    unlocked.open_about()
    assert unlocked.dialog is not None
    assert _unnamed(unlocked.dialog) == []
    unlocked.dialog.reject()


def test_tab_reaches_the_main_controls_of_every_page(unlocked: MainWindow) -> None:
    """From the keyboard alone, Tab reaches the navigation and each page's main controls."""
    view = unlocked.view
    assert view is not None
    assert _reachable(unlocked, view.nav) == []
    page = debriefs_page(unlocked)
    assert _reachable(unlocked, page.new_button, page.search, page.period) == []
    editor = new_editor(unlocked)
    assert (
        _reachable(
            unlocked,
            editor.back_button,
            editor.visit_date,
            editor.visit_type,
            editor.client_code,
            editor.top_save_button,
            editor.full_button,
        )
        == []
    )
    editor.go_back()
    view.show_page(RolesPage.page_key)
    assert _reachable(unlocked, view.roles.start_button) == []
    view.show_page(view.personal.page_key)
    personal = view.personal
    assert _reachable(unlocked, personal.member_choice, personal.passphrase) == []
    assert _reachable(unlocked, personal.submit_button) == []
    view.show_page(view.overview.page_key)
    overview = view.overview
    assert _reachable(unlocked, overview.personal_button, overview.change_button) == []
    unlocked.lock()
    unlock = unlocked.unlock_page
    assert _reachable(unlocked, unlock.passphrase, unlock.unlock_button) == []


def test_welcome_buttons_are_reached_with_tab(window: MainWindow) -> None:
    """The welcome page's two choices are reached with Tab."""
    welcome = window.welcome
    assert _reachable(window, welcome.create_button, welcome.open_button) == []


def test_focus_ring_shows_around_the_focused_control(qtbot: QtBot, unlocked: MainWindow) -> None:
    """The focused control gets a ring in the palette's highlight colour around it, and
    the ring follows focus to the next control."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    keeper = install_focus_ring(app)
    unlocked.activateWindow()
    page = debriefs_page(unlocked)
    page.new_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: keeper.current_ring().target is page.new_button)
    ring = keeper.current_ring()
    assert ring.isVisible()
    assert ring.geometry().contains(page.new_button.geometry())
    image = ring.grab().toImage()
    edge = QColor(image.pixel(RING_WIDTH // 2 + 1, image.height() // 2))  # the pen's middle
    expected = focus_colour(ring.palette())
    assert abs(edge.red() - expected.red()) + abs(edge.blue() - expected.blue()) < 60
    page.search.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: keeper.current_ring().target is page.search)


@pytest.mark.parametrize("palette_name", ["light", "dark"])
def test_focus_colour_stands_out_from_the_window(palette_name: str) -> None:
    """The ring's colour has at least 3:1 contrast on the window in light and dark."""
    palette = dark_palette() if palette_name == "dark" else QPalette()
    colour = focus_colour(palette)
    assert contrast_ratio(colour, palette.color(QPalette.ColorRole.Window)) >= 3.0


def test_a_high_contrast_palette_falls_back_to_the_text_colour() -> None:
    """Where the highlight is close to the window colour, focus is drawn in the text
    colour instead, so it never disappears."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#000000"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#ffff00"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#101010"))
    assert focus_colour(palette) == QColor("#ffff00")


def test_focus_ring_survives_the_focused_control_being_deleted(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    """A control that had focus may be deleted (an editor row removed, a page thrown away
    on locking); the ring then follows the next focus without touching the deleted one."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    keeper = install_focus_ring(app)
    page = debriefs_page(unlocked)
    doomed = QPushButton("x", page)
    doomed.show()
    keeper.current_ring().follow(doomed)
    assert keeper.current_ring().target is doomed
    doomed.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not shiboken6.isValid(doomed), "not deleted: the test would prove nothing"
    keeper.current_ring().follow(page.search)
    assert keeper.current_ring().target is page.search
    unlocked.lock()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    keeper.current_ring().follow(unlocked.unlock_page.unlock_button)
    assert keeper.current_ring().target is unlocked.unlock_page.unlock_button


def test_ctrl_and_a_number_opens_each_section(qtbot: QtBot, unlocked: MainWindow) -> None:
    """Ctrl+1 … Ctrl+5 open the sections in the order of the list, and the list says so."""
    view = unlocked.view
    assert view is not None
    unlocked.activateWindow()
    for number, page_class in enumerate(PAGE_CLASSES, start=1):
        key = getattr(Qt.Key, f"Key_{number}")
        QTest.keyClick(unlocked, key, Qt.KeyboardModifier.ControlModifier)
        # A page not shown before is built by its shortcut.
        qtbot.waitUntil(lambda: type(view.current_page) is page_class)  # noqa: B023
        assert view.current_page.isVisible()
        item = view.nav.item(number - 1)
        assert item is not None
        assert f"{number})" in item.toolTip()
