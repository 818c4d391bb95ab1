"""Start-up loads only what the first window needs (issue 16): the PDF libraries, the
dialogs and the journal's pages stay out of the process while the unlock window waits
for the passphrase, so typing it never waits for an import."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tyoparipaivakirja.demo import write_demo

ROOT = Path(__file__).resolve().parents[2]

PDF_LIBRARIES = ("reportlab", "pikepdf", "PySide6.QtPdf", "PySide6.QtPdfWidgets")

# The start-up path of ``tyoparipaivakirja JOURNAL`` up to the unlock window, then the
# event loop turns for a while, as it does while a person types the passphrase (and
# until the storage layer has loaded on its own thread).
_PROBE = """
import json, sys, threading, time
from pathlib import Path
from PySide6.QtCore import QSettings
from tyoparipaivakirja.gui.app import build_window, make_application
from tyoparipaivakirja.gui.common.app_settings import AppSettings

app = make_application(sys.argv[:1])
temp = Path(sys.argv[1])
settings = AppSettings(QSettings(str(temp / "s.ini"), QSettings.Format.IniFormat))
window = build_window(settings, temp / "journal")
built = sorted(sys.modules)
window.show()
def loading():
    return any(thread.name == "load-storage" for thread in threading.enumerate())

typing_ends = time.perf_counter() + 0.6
while time.perf_counter() < typing_ends or (loading() and time.perf_counter() < typing_ends + 30):
    app.processEvents()
    time.sleep(0.01)
assert window.unlock_page.isVisible()
at_unlock = sorted(sys.modules)
import tyoparipaivakirja.gui.journal.journal_view  # what an unlock loads
print(json.dumps({"built": built, "unlock": at_unlock, "pages": sorted(sys.modules)}))
"""


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """The modules of a fresh app process: built, waiting at unlock, pages loaded."""
    loaded: dict[str, list[str]] = _run_probe(_PROBE, tmp_path_factory.mktemp("startup"))
    return loaded


def _run_probe(probe: str, folder: Path) -> Any:
    """Run ``probe`` in a fresh app process on a demo journal in ``folder``; what it
    printed last, read as JSON."""
    write_demo(folder / "journal")
    result = subprocess.run(
        [sys.executable, "-c", probe, str(folder)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def _loaded(modules: list[str], wanted: tuple[str, ...]) -> list[str]:
    return [name for name in wanted if name in modules]


def test_the_first_window_is_built_without_the_storage_layer(
    loaded: dict[str, list[str]],
) -> None:
    """The unlock window is built before the session, the domain behind it and the error
    sentences are imported (they load on a thread of their own once it shows)."""
    later = (
        "tyoparipaivakirja.storage.session",
        "tyoparipaivakirja.storage.folder",
        "tyoparipaivakirja.messages",
        "tyoparipaivakirja.core.summary",
    )
    assert _loaded(loaded["built"], later) == []
    assert _loaded(loaded["unlock"], later) == list(later)  # loaded while it waits


def test_the_unlock_window_waits_without_pdf_libraries_dialogs_or_pages(
    loaded: dict[str, list[str]],
) -> None:
    """While the unlock window waits for the passphrase, no PDF library, no dialog and
    none of the journal's pages has been imported; the journal's pages, once loaded for
    an unlock, still leave the PDF libraries for the first PDF."""
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


def test_the_app_does_not_keep_its_modules_sources_in_memory() -> None:
    """PySide6's import hook reads each module's source to look for "PySide6": the app's
    modules are checked without their sources staying in ``linecache`` (megabytes kept
    for the life of the process)."""
    probe = (
        "import json, linecache\n"
        "import tyoparipaivakirja.gui.app, tyoparipaivakirja.gui.journal.journal_view\n"
        "print(json.dumps(sorted(linecache.cache)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    cached = json.loads(result.stdout.strip().splitlines()[-1])
    assert [name for name in cached if "tyoparipaivakirja" in name] == []
    assert len(cached) < 10  # nor the standard library's and PySide6's own


# The first expose of the window is when Qt draws its first frame: is the storage layer's
# import running then (it would hold the interpreter while the frame waits)?
_FIRST_FRAME_PROBE = """
import json, sys, threading, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QSettings
from tyoparipaivakirja.gui.app import build_window, make_application
from tyoparipaivakirja.gui.common.app_settings import AppSettings

app = make_application(sys.argv[:1])
temp = Path(sys.argv[1])
settings = AppSettings(QSettings(str(temp / "s.ini"), QSettings.Format.IniFormat))
window = build_window(settings, temp / "journal")
exposes = []

class Exposes(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Expose and watched.isExposed():
            exposes.append({
                "loading": any(t.name == "load-storage" for t in threading.enumerate()),
                "session": "tyoparipaivakirja.storage.session" in sys.modules,
            })
        return False

watcher = Exposes()
window.show()
window.windowHandle().installEventFilter(watcher)
ends = time.perf_counter() + 1.5
while time.perf_counter() < ends:
    app.processEvents()
    time.sleep(0.01)
loaded = "tyoparipaivakirja.storage.session" in sys.modules
print(json.dumps({"exposes": exposes, "loaded": loaded}))
"""


def test_the_storage_layer_loads_after_the_first_frame(tmp_path: Path) -> None:
    """The storage layer's import waits until the unlock window has drawn its first frame,
    so the window is not slowed by it; it still loads while the passphrase is typed."""
    found = _run_probe(_FIRST_FRAME_PROBE, tmp_path)
    assert found["exposes"], "the window was never shown"
    assert found["exposes"][0] == {"loading": False, "session": False}
    assert found["loaded"]
