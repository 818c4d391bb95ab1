"""Benchmark: launch to the unlock window, and passphrase to the main window, on journals
of 1,000, 5,000 and 10,000 debriefs.

    .venv/bin/python benchmarks/startup.py [--runs 10] [--entries 1000 5000 10000]
        [--journals DIR]

Targets (issue 16, on a 2-core machine): the unlock window is shown within 0.22 s of
the process start, and the main window within the key derivation time + 0.1 s after
the passphrase is entered, the same at every size. The journals come from
``benchmarks/journals.py`` (kept in ``--journals DIR`` when given). Uses the real key
derivation and the offscreen Qt platform unless DISPLAY is set. The launch is timed with
the app's modules compiled beforehand, as an installed app's are (see ``measure_launch``;
earlier numbers compiled every module at every start where the environment
sets PYTHONDONTWRITEBYTECODE, and that is reported beside). The first unlock of a
process also loads the journal's pages (while the key is derived), so it is reported on
its own beside the median. Prints one line per measurement and a verdict.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")

sys.path.insert(0, str(Path(__file__).resolve().parent))

from debriefs import percentile
from journals import PASSPHRASE, SIZES, journal_of_size

LAUNCH_TARGET_S = 0.22
UNLOCK_MARGIN_S = 0.1
TYPING_S = 1.0

# The start of a probe run in a fresh interpreter (``python -c PROBE JOURNAL SETTINGS``):
# the same start-up path as ``tyoparipaivakirja JOURNAL``, up to the window shown.
PROBE_START = """
import sys
import time
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from tyoparipaivakirja.gui.common import i18n
from tyoparipaivakirja.gui.app import build_window, make_application
from tyoparipaivakirja.gui.common.app_settings import AppSettings

app = make_application(sys.argv)
settings = AppSettings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
i18n.install(app, settings.effective_language())
window = build_window(settings, Path(sys.argv[1]))
window.show()
"""
# Stops as soon as the unlock page is on screen.
_LAUNCH_PROBE = (
    PROBE_START
    + """

def check():
    handle = window.windowHandle()
    if handle is not None and handle.isExposed() and window.unlock_page.isVisible():
        print("shown", time.time(), flush=True)
        app.quit()
    else:
        QTimer.singleShot(1, check)

QTimer.singleShot(0, check)
app.exec()
"""
)


def measure_launch(journal: Path, runs: int, *, compiled: bool = True) -> list[float]:
    """Process start → the unlock window on screen (wall clock, read by the probe).

    ``compiled``: the app's modules load from bytecode compiled at an earlier start, as
    an installed app's do (pip compiles them, the PyInstaller build ships them), even
    where the environment says not to write bytecode (``PYTHONDONTWRITEBYTECODE``): it
    is then kept in a folder of its own, made by one launch that is not timed. Without
    it, and with that variable set, every start compiles every module it imports."""
    import tyoparipaivakirja

    # The probe imports the package this process imports (a PYTHONPATH checkout too).
    code_root = Path(tyoparipaivakirja.__file__).resolve().parents[1]
    times = []
    with tempfile.TemporaryDirectory() as settings_dir:
        settings_file = str(Path(settings_dir) / "settings.ini")
        env = dict(os.environ)
        if compiled:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(Path(settings_dir) / "bytecode")
        for run in range(runs + compiled):
            start = time.time()
            result = subprocess.run(
                [sys.executable, "-c", _LAUNCH_PROBE, str(journal), settings_file],
                capture_output=True,
                text=True,
                cwd=code_root,
                env=env,
                check=True,
            )
            if compiled and run == 0:
                continue  # compiles the modules: not timed
            if "shown" not in result.stdout:
                raise RuntimeError(f"launch probe did not show the window: {result.stderr}")
            shown = float(result.stdout.split("shown", 1)[1].split()[0])
            times.append(shown - start)
    return times


def measure_unlock(journal: Path, passphrase: str, runs: int) -> tuple[list[float], list[float]]:
    from PySide6.QtCore import QEventLoop, QSettings
    from PySide6.QtWidgets import QApplication

    from tyoparipaivakirja.gui.app import build_window, make_application
    from tyoparipaivakirja.gui.common.app_settings import AppSettings
    from tyoparipaivakirja.storage import cipher
    from tyoparipaivakirja.storage.database import pair_files

    app = QApplication.instance() or make_application(sys.argv[:1])
    kdf_times, unlock_times = [], []
    with tempfile.TemporaryDirectory() as settings_dir:
        settings = AppSettings(
            QSettings(str(Path(settings_dir) / "s.ini"), QSettings.Format.IniFormat)
        )
        window = build_window(settings, journal)
        window.show()
        # A person needs at least a second to type a passphrase: whatever the app does
        # meanwhile happens here, as it does for them.
        typing_ends = time.perf_counter() + TYPING_S
        while time.perf_counter() < typing_ends:
            QApplication.processEvents()
            time.sleep(0.01)
        for _ in range(runs):
            start = time.perf_counter()
            conn = cipher.connect(pair_files(journal).keycheck, passphrase, create=False)
            kdf_times.append(time.perf_counter() - start)
            cipher.close_quietly(conn)

            window.unlock_page.passphrase.set_text(passphrase)
            start = time.perf_counter()
            # The journal opens on the journal worker while this thread waits in Qt's
            # event loop, as the app's does (a Python busy-wait would hold the GIL).
            waiting = QEventLoop()
            window.unlock_page.unlocked.connect(waiting.quit)
            window.unlock_page.try_unlock()
            waiting.exec()
            window.unlock_page.unlocked.disconnect(waiting.quit)
            app.processEvents()
            assert window.view is not None and window.view.isVisible()
            unlock_times.append(time.perf_counter() - start)
            window.lock()
            window.tasks.wait_all()  # the daily backup, made after the lock screen shows
            app.processEvents()
        window.close()
    return kdf_times, unlock_times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--entries", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--journals", type=Path, default=None, help="keep the journals here")
    args = parser.parse_args()
    ok = True
    print(f"platform: {os.environ['QT_QPA_PLATFORM']}, cores: {os.cpu_count()}, runs: {args.runs}")
    with tempfile.TemporaryDirectory() as temp:
        root = args.journals or Path(temp)
        for entries in args.entries:
            journal = journal_of_size(root, entries)
            launch = measure_launch(journal, args.runs)
            compiling = (
                measure_launch(journal, args.runs, compiled=False)
                if os.environ.get("PYTHONDONTWRITEBYTECODE")
                else None
            )
            kdf, unlock = measure_unlock(journal, PASSPHRASE, args.runs)
            kdf_median = statistics.median(kdf)
            unlock_target = kdf_median + UNLOCK_MARGIN_S
            print(f"--- {entries} debriefs")
            print(
                f"launch → unlock window: median {statistics.median(launch):.3f} s, "
                f"p95 {percentile(launch, 0.95):.3f} s (target {LAUNCH_TARGET_S:.2f} s)"
            )
            if compiling is not None:
                print(
                    "launch, compiling every module at every start (PYTHONDONTWRITEBYTECODE): "
                    f"median {statistics.median(compiling):.3f} s, "
                    f"p95 {percentile(compiling, 0.95):.3f} s"
                )
            print(f"key derivation alone:   median {kdf_median:.3f} s")
            print(
                f"passphrase → main window: median {statistics.median(unlock):.3f} s, "
                f"p95 {percentile(unlock, 0.95):.3f} s, first of the process "
                f"{unlock[0]:.3f} s (target {unlock_target:.3f} s = KDF + "
                f"{UNLOCK_MARGIN_S:.1f} s)"
            )
            ok = ok and percentile(launch, 0.95) <= LAUNCH_TARGET_S
            ok = ok and percentile(unlock, 0.95) <= unlock_target
    print("verdict:", "within targets" if ok else "OVER TARGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
