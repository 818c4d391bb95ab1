"""The layering rule: core, storage and report never pull in Qt."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LAYERS = ("core", "storage", "report")

_PROBE = """
import importlib, json, pkgutil, sys
imported = []
for layer in {layers!r}:
    package = importlib.import_module("tyoparipaivakirja." + layer)
    imported.append(package.__name__)
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(info.name)
        imported.append(info.name)
qt = sorted(name for name in sys.modules if name.startswith(("PySide6", "shiboken6")))
print(json.dumps({{"imported": imported, "qt": qt}}))
"""


def test_core_storage_and_report_import_without_qt() -> None:
    """Every module of core, storage and report imports in a fresh interpreter without
    loading PySide6 or shiboken6, so the headless parts never depend on Qt."""
    result = subprocess.run(
        [sys.executable, "-c", _PROBE.format(layers=LAYERS)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    imported: list[str] = report["imported"]
    expected = {
        f"tyoparipaivakirja.{layer}.{path.stem}"
        for layer in LAYERS
        for path in (ROOT / "tyoparipaivakirja" / layer).glob("*.py")
        if path.stem != "__init__"
    }
    assert expected <= set(imported), "the walk missed modules"
    assert "tyoparipaivakirja.storage.journal" in imported
    assert report["qt"] == []
