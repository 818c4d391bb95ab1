"""The journal's pages are built on their first show (issue 16): an unlock builds only
the page it opens on, a page built later shows what changed before it existed, and the
lock cleans up the pages that exist without building the others."""

from __future__ import annotations

import pytest

from tests.gui.conftest import process_deferred_deletes
from tests.gui.debrief_helpers import journal_of, save_entry
from tyoparipaivakirja.core.changes import Changes
from tyoparipaivakirja.core.debriefs import FollowUp
from tyoparipaivakirja.gui.debriefs.follow_ups_page import FollowUpsPage
from tyoparipaivakirja.gui.journal.journal_view import JournalView
from tyoparipaivakirja.gui.main_window import MainWindow
from tyoparipaivakirja.gui.roles.roles import RolesPage


def _built(view: JournalView) -> list[str]:
    return [page.page_key for page in view.pages]


def test_a_page_built_later_shows_what_changed_before_it(unlocked: MainWindow) -> None:
    view = unlocked.view
    assert isinstance(view, JournalView)
    assert _built(view) == ["debriefs"]
    save_entry(journal_of(unlocked), follow_ups=(FollowUp("Soita Kelaan"),))
    unlocked.tasks.announce(Changes.DEBRIEFS | Changes.FOLLOW_UPS)  # told to built pages only
    assert _built(view) == ["debriefs"]
    view.show_page(FollowUpsPage.page_key)
    page = view.current_page
    assert isinstance(page, FollowUpsPage) and page.isVisible()
    model = page.table.model()
    tasks = [str(model.index(row, 2).data()) for row in range(model.rowCount())]
    assert tasks == ["Soita Kelaan"]


def test_the_lock_cleans_up_only_the_pages_built(
    unlocked: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = unlocked.view
    assert isinstance(view, JournalView)
    view.show_page(RolesPage.page_key)
    cleaned: list[str] = []
    for page in view.pages:
        monkeypatch.setattr(page, "before_lock", lambda key=page.page_key: cleaned.append(key))
    built: list[str] = []
    monkeypatch.setattr(view, "_build", lambda key: built.append(key))  # none may be built now
    unlocked.lock()
    assert cleaned == ["debriefs", "roles"]
    assert built == []
    process_deferred_deletes()
    assert unlocked.view is None and unlocked.journal is None
