"""What the app asks before a journal is open, without loading the session (issue 16).

The first window is drawn before the storage layer is imported (``gui/main_window``):
whether a folder holds a journal and the app's own private temp folder are all it needs,
and both come from the light file-layout modules. ``actions.journal`` offers the same
names with the rest of the journal's life cycle.
"""

from __future__ import annotations

from tyoparipaivakirja.storage.files import ensure_private_folder
from tyoparipaivakirja.storage.layout import is_journal_folder

__all__ = ["ensure_private_folder", "is_journal_folder"]
