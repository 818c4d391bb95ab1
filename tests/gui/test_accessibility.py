"""Every control a person operates has a name a screen reader can say."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QWidget

from tests.gui.helpers import OWN_PASSPHRASE, click, interactive_widgets
from tyoparipaivakirja.gui.main_window import MainWindow


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
    journal.create_personal_area(journal.members()[0].member_id, OWN_PASSPHRASE).close()
    unlocked.open_backups()
    assert unlocked.dialog is not None
    assert _unnamed(unlocked.dialog) == []
    unlocked.dialog.reject()
    unlocked.open_import()
    assert unlocked.dialog is not None
    assert _unnamed(unlocked.dialog) == []
    unlocked.dialog.reject()
