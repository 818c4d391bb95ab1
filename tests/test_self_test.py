"""``tyoparipaivakirja --self-test`` passes on a working install and says what it did."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_self_test_passes_headless_and_leaves_nothing_behind(tmp_path: Path) -> None:
    """The self-test runs every step, exits 0 and removes its temporary journal."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "tyoparipaivakirja", "--self-test"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for step in ("write a debrief", "write a check-in", "summary PDF", "verify the journal"):
        assert step in result.stdout
    assert list(tmp_path.iterdir()) == []


def test_self_test_fails_with_a_short_message_when_a_step_breaks(tmp_path: Path) -> None:
    """A broken bundle (here: no translations) makes the self-test exit non-zero, saying
    which step failed, without a traceback."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from tyoparipaivakirja import paths\n"
        f"paths.resources_dir = lambda: Path({str(tmp_path)!r})\n"
        "from tyoparipaivakirja.gui.self_test import run_self_test\n"
        "sys.exit(run_self_test())\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env
    )
    assert result.returncode != 0
    assert "FAILED at 'Qt and translations'" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
