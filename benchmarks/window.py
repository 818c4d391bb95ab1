"""Benchmark: the debrief list and search in the real window, on journals of 1,000, 5,000
and 10,000 debriefs.

    .venv/bin/python benchmarks/window.py [--runs 20] [--entries 1000 5000 10000]
        [--journals DIR]

Each size runs in a fresh process (so memory is that of one app): unlock through the
unlock page, show Purut, then measure

- memory with the list shown: resident set size (VmRSS) and its peak (VmHWM), target
  110 MB at 10,000 (a generated journal's base forms for Finnish search are current, as
  in a journal the app has opened before, so no one-time rebuild runs meanwhile);
- search, keystroke → results painted: the last letter of a rare word (one entry in
  2,000) and of a word in every entry is typed into the search field, and the clock
  stops when the list's viewport paints the new results (targets 15 and 30 ms);
- clearing the field → the whole list painted again ("instant").

Uses the real key derivation and the offscreen Qt platform unless DISPLAY is set.
"""

from __future__ import annotations

import argparse
import json
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
from journals import COMMON_WORD, PASSPHRASE, RARE_WORD, SIZES, journal_of_size

RARE_TARGET_MS = 15.0
COMMON_TARGET_MS = 30.0
MEMORY_TARGET_MB = 110.0
TIMEOUT_S = 10.0


def _memory_mb() -> tuple[float, float, float]:
    """(VmRSS, VmHWM, USS) of this process in MB; USS (the pages no other process maps:
    what quitting the app would give back) is beside RSS, which the target is set in."""
    values = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(rest.split()[0]) / 1024
    uss = 0.0
    for line in Path("/proc/self/smaps_rollup").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("Private_Clean", "Private_Dirty"):
            uss += int(rest.split()[0]) / 1024
    return values["VmRSS"], values["VmHWM"], uss


def one_journal(folder: Path, runs: int) -> dict[str, object]:
    """In its own process: unlock, show the list, memory, then the searches."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings
    from PySide6.QtTest import QTest

    from tyoparipaivakirja.gui.app import build_window, make_application
    from tyoparipaivakirja.gui.common.app_settings import AppSettings

    app = make_application(sys.argv[:1])
    settings_dir = tempfile.mkdtemp()
    settings = AppSettings(QSettings(str(Path(settings_dir) / "s.ini"), QSettings.Format.IniFormat))
    window = build_window(settings, folder)
    window.resize(1280, 820)
    window.show()

    def turn(seconds: float) -> None:
        ends = time.perf_counter() + seconds
        while time.perf_counter() < ends:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            time.sleep(0.002)

    turn(0.5)
    window.unlock_page.passphrase.set_text(PASSPHRASE)
    waiting = QEventLoop()
    window.unlock_page.unlocked.connect(waiting.quit)
    window.unlock_page.try_unlock()
    waiting.exec()
    assert window.view is not None
    window.view.show_page("debriefs")
    page = window.view.debriefs
    view = page.list_view
    turn(1.0)
    assert view.model().rowCount() > 0
    rss, peak, uss = _memory_mb()

    class Painted(QObject):
        """Remembers when the viewport first painted a model other than ``before``."""

        def __init__(self) -> None:
            super().__init__()
            self.before: object = None
            self.at: float | None = None

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if (
                event.type() == QEvent.Type.Paint
                and self.at is None
                and view.model() is not self.before
            ):
                self.at = time.perf_counter()
            return False

    painted = Painted()
    view.viewport().installEventFilter(painted)

    def until_painted(action: object) -> float:
        painted.before = view.model()
        painted.at = None
        start = time.perf_counter()
        action()  # type: ignore[operator]
        while painted.at is None:
            if time.perf_counter() - start > TIMEOUT_S:
                raise RuntimeError("the results were never painted")
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        return (painted.at - start) * 1000

    def search_times(word: str) -> list[float]:
        times = []
        for _ in range(runs):
            page.search.clear()
            turn(0.2)
            page.search.setText(word[:-1])
            turn(0.4)  # its results are shown: now the last letter
            page.search.setFocus()
            page.search.end(False)
            times.append(until_painted(lambda w=word: QTest.keyClicks(page.search, w[-1])))
            assert page.search.text() == word
            turn(0.1)
            assert type(view.model()).__name__ == "SearchResultsModel"
        return times

    rare = search_times(RARE_WORD)
    common = search_times(COMMON_WORD)
    clearing = []
    for _ in range(runs):
        page.search.setText(COMMON_WORD)
        turn(0.4)
        clearing.append(until_painted(page.search.clear))
        turn(0.1)
        assert type(view.model()).__name__ == "DebriefListModel"
    entries = window.journal.debriefs.count() if window.journal else 0
    window.lock()
    turn(0.3)
    return {
        "entries": entries,
        "rss_mb": rss,
        "peak_mb": peak,
        "uss_mb": uss,
        "rare_ms": rare,
        "common_ms": common,
        "clear_ms": clearing,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--entries", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--journals", type=Path, default=None, help="keep the journals here")
    parser.add_argument("--one", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(one_journal(args.one, args.runs)))
        return 0
    ok = True
    print(f"platform: {os.environ['QT_QPA_PLATFORM']}, cores: {os.cpu_count()}, runs: {args.runs}")
    with tempfile.TemporaryDirectory() as temp:
        root = args.journals or Path(temp)
        for entries in args.entries:
            folder = journal_of_size(root, entries)
            result = subprocess.run(
                [sys.executable, __file__, "--one", str(folder), "--runs", str(args.runs)],
                capture_output=True,
                text=True,
                check=False,
            )
            if result.returncode != 0:
                print(result.stderr)
                return 1
            found = json.loads(result.stdout.strip().splitlines()[-1])
            rare, common, clear = found["rare_ms"], found["common_ms"], found["clear_ms"]
            print(f"--- {found['entries']} debriefs")
            print(
                f"memory with the list shown: {found['rss_mb']:.0f} MB "
                f"(peak {found['peak_mb']:.0f} MB, USS {found['uss_mb']:.0f} MB; "
                f"target {MEMORY_TARGET_MB:.0f} MB)"
            )
            for name, times, target in (
                ("rare word", rare, RARE_TARGET_MS),
                ("word in every entry", common, COMMON_TARGET_MS),
                ("clearing the field", clear, None),
            ):
                print(
                    f"keystroke → painted, {name}: median {statistics.median(times):.1f} ms, "
                    f"p95 {percentile(times, 0.95):.1f} ms"
                    + (f" (target {target:.0f} ms)" if target else "")
                )
            if entries == max(args.entries):
                ok = ok and found["rss_mb"] <= MEMORY_TARGET_MB
            ok = ok and percentile(rare, 0.95) <= RARE_TARGET_MS
            ok = ok and percentile(common, 0.95) <= COMMON_TARGET_MS
    print("verdict:", "within targets" if ok else "OVER TARGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
