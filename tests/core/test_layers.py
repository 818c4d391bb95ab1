"""The layering rule: only gui/ pulls in Qt; core, storage, report, messages and the
command line run headless."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "tyoparipaivakirja"

_PROBE = """
import importlib, json, pkgutil, sys
package = importlib.import_module("tyoparipaivakirja")
imported = []
for info in pkgutil.walk_packages(package.__path__, "tyoparipaivakirja."):
    if info.name == "tyoparipaivakirja.gui" or info.name.startswith("tyoparipaivakirja.gui."):
        continue
    if info.name == "tyoparipaivakirja.__main__":  # importing it runs the app
        continue
    importlib.import_module(info.name)
    imported.append(info.name)
qt = sorted(name for name in sys.modules if name.startswith(("PySide6", "shiboken6")))
print(json.dumps({"imported": imported, "qt": qt}))
"""


def _modules_outside_gui() -> set[str]:
    found = set()
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        if parts[0] in {"gui", "__main__"}:
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
            if not parts:
                continue
        found.add("tyoparipaivakirja." + ".".join(parts))
    return found


def test_everything_but_the_gui_imports_without_qt() -> None:
    """Every module outside gui/ (core, storage, report, messages, words, the command line)
    imports in a fresh interpreter without loading PySide6 or shiboken6, so the headless
    parts and the CLI never depend on Qt."""
    result = subprocess.run(
        [sys.executable, "-c", _PROBE],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    imported = set(report["imported"])
    assert _modules_outside_gui() <= imported, "the walk missed modules"
    assert {"tyoparipaivakirja.storage.journal", "tyoparipaivakirja.cli"} <= imported
    assert report["qt"] == []
