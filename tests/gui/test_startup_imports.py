"""Start-up loads only what the first window needs (issue 16): the PDF libraries, the
dialogs and the journal's pages stay out of the process while the unlock window waits
for the passphrase, so typing it never waits for an import."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PDF_LIBRARIES = ("reportlab", "pikepdf", "PySide6.QtPdf", "PySide6.QtPdfWidgets")

# The start-up path of ``tyoparipaivakirja JOURNAL`` up to the unlock window, then the
# event loop turns for a while, as it does while a person types the passphrase.
_PROBE = """
import json, sys, tempfile, time
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from tyoparipaivakirja.demo import write_demo
from tyoparipaivakirja.gui.app import build_window, make_application
from tyoparipaivakirja.gui.common.app_settings import AppSettings

app = make_application(sys.argv[:1])
temp = Path(tempfile.mkdtemp())
write_demo(temp / "journal")
settings = AppSettings(QSettings(str(temp / "s.ini"), QSettings.Format.IniFormat))
window = build_window(settings, temp / "journal")
window.show()
typing_ends = time.perf_counter() + 0.6
while time.perf_counter() < typing_ends:
    app.processEvents()
    time.sleep(0.01)
assert window.unlock_page.isVisible()
at_unlock = sorted(sys.modules)
import tyoparipaivakirja.gui.journal.journal_view  # what an unlock loads
print(json.dumps({"unlock": at_unlock, "pages": sorted(sys.modules)}))
"""


def _modules() -> dict[str, list[str]]:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    loaded: dict[str, list[str]] = json.loads(result.stdout.strip().splitlines()[-1])
    return loaded


def _loaded(modules: list[str], wanted: tuple[str, ...]) -> list[str]:
    return [name for name in wanted if name in modules]


def test_the_unlock_window_waits_without_pdf_libraries_dialogs_or_pages() -> None:
    """While the unlock window waits for the passphrase, no PDF library, no dialog and
    none of the journal's pages has been imported; the journal's pages, once loaded for
    an unlock, still leave the PDF libraries for the first PDF."""
    loaded = _modules()
    assert _loaded(loaded["unlock"], PDF_LIBRARIES) == []
    later = (
        "tyoparipaivakirja.gui.journal.journal_view",
        "tyoparipaivakirja.gui.journal.settings_dialog",
        "tyoparipaivakirja.gui.journal.backups_dialog",
        "tyoparipaivakirja.gui.journal.import_dialog",
        "tyoparipaivakirja.gui.journal.about_dialog",
        "tyoparipaivakirja.gui.journal.change_passphrase",
        "tyoparipaivakirja.gui.supervision.summary_dialog",
        "tyoparipaivakirja.report.supervision_summary",
        "PySide6.QtPrintSupport",
    )
    assert _loaded(loaded["unlock"], later) == []
    assert _loaded(loaded["pages"], PDF_LIBRARIES) == []
