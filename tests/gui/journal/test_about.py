"""The About dialog: version, licence, the font's licence and every instrument's credit."""

from __future__ import annotations

import json

from tests.gui.helpers import interactive_widgets
from tyoparipaivakirja import __version__
from tyoparipaivakirja.gui.journal.about_dialog import AboutDialog
from tyoparipaivakirja.gui.main_window import MainWindow
from tyoparipaivakirja.paths import resources_dir


def test_about_shows_version_licences_and_every_instrument_attribution(
    window: MainWindow,
) -> None:
    """Opened from the Help menu (F1), About names the version, the MIT licence, the
    font's OFL licence text and the attribution of every instrument file."""
    window.about_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, AboutDialog)
    assert __version__ in dialog.version_label.text()
    assert "MIT" in dialog.licence_label.text()
    assert "SIL OPEN FONT LICENSE" in dialog.font_licence.toPlainText().upper()
    shown = " ".join(label.text() for label in dialog.instrument_labels)
    files = sorted((resources_dir() / "instruments").glob("*.json"))
    definitions = [json.loads(path.read_text("utf-8")) for path in files]
    credited = [d for d in definitions if "attribution" in d]
    assert len(credited) == len(dialog.instrument_labels) >= 4
    for definition in credited:
        assert definition["attribution"]["fi"].replace("&", "&amp;") in shown
    assert "Psychiatric Research Unit" in shown  # WHO-5's required attribution
    dialog.reject()


def test_about_dialog_controls_are_named(window: MainWindow) -> None:
    """The licence text and the close button can be told apart by a screen reader."""
    window.open_about()
    dialog = window.dialog
    assert isinstance(dialog, AboutDialog)
    names = [
        w.accessibleName() or getattr(w, "text", lambda: "")() for w in interactive_widgets(dialog)
    ]
    assert all(name.strip() for name in names), names
    dialog.reject()
