"""The layering rules: only gui/ pulls in Qt; core, storage, report, actions, messages
and the command line run headless; and the imports between the layers point one way:

- the GUI and the command line reach storage only through the actions and the session
  object they are handed (``GUI_AND_CLI_MAY_IMPORT_FROM_STORAGE`` says what else);
- the actions import no Qt and nothing of the GUI;
- core imports nothing but core (and the standard library);
- stores never reach back to the session, report never reads storage, storage never
  reaches up to the GUI or the actions."""

from __future__ import annotations

import ast
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
    assert {"tyoparipaivakirja.storage.session", "tyoparipaivakirja.cli"} <= imported
    assert report["qt"] == []


# --- import rules (read from the source: every import, also inside functions and under
# TYPE_CHECKING, which a run-time check would miss) -------------------------------------

STORAGE = PACKAGE / "storage"
# The modules that make up the session and the journal folder's lifecycle: everything
# else in storage/ (the stores and what they are built from) must not import them.
SESSION_MODULES = {"session", "folder"}
# Storage modules that build or read a whole journal through the session (import and
# export, the thorough check): not stores, and allowed to import it.
USES_THE_SESSION = {"portable", "import_checks", "verify"}


def _imports(path: Path) -> set[str]:
    """Every module ``path`` imports, as dotted names (``from x import y`` gives ``x`` and
    ``x.y``, since ``y`` may be a module)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _package_imports(folder: Path) -> dict[str, set[str]]:
    return {
        str(path.relative_to(PACKAGE)): {
            name for name in _imports(path) if name.startswith("tyoparipaivakirja")
        }
        for path in sorted(folder.rglob("*.py"))
    }


def test_stores_never_import_the_session() -> None:
    """A store is built from a connection provider: no store (nor what stores are built
    from: the registry, rows, access) imports the session or the folder lifecycle, not
    even for type checking, so there is no cycle and a store never sees the session."""
    forbidden = {f"tyoparipaivakirja.storage.{name}" for name in SESSION_MODULES}
    offenders = {
        module: sorted(names & forbidden)
        for module, names in _package_imports(STORAGE).items()
        if Path(module).stem not in SESSION_MODULES | USES_THE_SESSION and names & forbidden
    }
    assert offenders == {}


def test_report_never_imports_storage() -> None:
    """The PDF is made from core's summary model only: report/ imports nothing of storage."""
    offenders = {
        module: sorted(n for n in names if n.startswith("tyoparipaivakirja.storage"))
        for module, names in _package_imports(PACKAGE / "report").items()
    }
    assert {module: names for module, names in offenders.items() if names} == {}


def test_storage_never_imports_gui_or_actions() -> None:
    """Storage is below the GUI and the actions: it imports neither."""
    above = ("tyoparipaivakirja.gui", "tyoparipaivakirja.actions")
    offenders = {
        module: sorted(n for n in names if n.startswith(above))
        for module, names in _package_imports(STORAGE).items()
    }
    assert {module: names for module, names in offenders.items() if names} == {}


def test_the_import_rules_would_catch_a_back_import(tmp_path: Path) -> None:
    """The source reading sees an import inside ``if TYPE_CHECKING`` and inside a function."""
    module = tmp_path / "store.py"
    module.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from tyoparipaivakirja.storage.session import Journal\n"
        "def later():\n"
        "    import tyoparipaivakirja.storage.folder\n",
        encoding="utf-8",
    )
    assert {
        "tyoparipaivakirja.storage.session",
        "tyoparipaivakirja.storage.folder",
    } <= _imports(module)


# --- the GUI and the command line reach storage through the actions ---------------------

GUI = PACKAGE / "gui"
CLI = PACKAGE / "cli.py"
ACTIONS = PACKAGE / "actions"
# What the GUI and the command line may still import from storage directly, and why:
# the session class for type hints only, under ``if TYPE_CHECKING:`` (the object itself
# is handed to them by an action). Nothing else: every use case goes through actions/.
TYPE_ONLY_FROM_STORAGE = {"tyoparipaivakirja.storage.session"}
GUI_AND_CLI_MAY_IMPORT_FROM_STORAGE: dict[str, set[str]] = {}  # module → allowed, none now


def _run_time_imports(path: Path) -> set[str]:
    """Every module ``path`` imports outside ``if TYPE_CHECKING:`` blocks (also inside
    functions), as dotted names like ``_imports``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    type_only: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                type_only.update(id(inner) for inner in ast.walk(child))
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in type_only:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _storage_imports_of(path: Path) -> set[str]:
    """What ``path`` imports from storage: at run time anything, for type hints anything
    but the session class."""
    every = {n for n in _imports(path) if n.startswith("tyoparipaivakirja.storage")}
    run_time = {n for n in _run_time_imports(path) if n.startswith("tyoparipaivakirja.storage")}
    type_only = every - run_time
    allowed_type_only = {
        n for n in type_only if any(n.startswith(ok) for ok in TYPE_ONLY_FROM_STORAGE)
    }
    return (run_time | type_only) - allowed_type_only


def _reaching_into_storage(paths: list[Path]) -> dict[str, list[str]]:
    offenders: dict[str, list[str]] = {}
    for path in paths:
        module = str(path.relative_to(PACKAGE))
        found = _storage_imports_of(path) - GUI_AND_CLI_MAY_IMPORT_FROM_STORAGE.get(module, set())
        if found:
            offenders[module] = sorted(found)
    return offenders


def test_the_gui_reaches_storage_only_through_actions() -> None:
    """No GUI module imports a storage module (not inside a function either): the pages
    and dialogs call actions and use the session object an action handed them; the
    session class may be named for type hints under ``TYPE_CHECKING`` only."""
    paths = sorted(GUI.rglob("*.py"))
    assert len(paths) > 40, "the walk must see every module of the GUI"
    assert _reaching_into_storage(paths) == {}


def test_the_command_line_reaches_storage_only_through_actions() -> None:
    """The headless commands call the same actions as the GUI."""
    assert _reaching_into_storage([CLI]) == {}


def test_actions_import_no_qt_and_no_gui() -> None:
    """An action is a plain function the CLI, the tests and the task runner all call:
    it imports neither Qt nor the GUI (not even for type hints)."""
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(
            n
            for n in _imports(path)
            if n.startswith(("PySide6", "shiboken6", "tyoparipaivakirja.gui"))
        )
        for path in sorted(ACTIONS.rglob("*.py"))
    }
    assert len(offenders) >= 10, "the walk must see every action module"
    assert {module: names for module, names in offenders.items() if names} == {}


def test_core_imports_only_core() -> None:
    """Core is the pure domain: of the package it imports only core itself."""
    offenders = {
        module: sorted(n for n in names if not n.startswith("tyoparipaivakirja.core"))
        for module, names in _package_imports(PACKAGE / "core").items()
    }
    assert {module: names for module, names in offenders.items() if names} == {}


def test_the_storage_rule_would_catch_a_function_level_import(tmp_path: Path) -> None:
    """A storage import inside a function is seen; the session class under
    ``TYPE_CHECKING`` is the one thing let through."""
    module = tmp_path / "page.py"
    module.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from tyoparipaivakirja.storage.session import Journal\n"
        "    from tyoparipaivakirja.storage.backups import BackupInfo\n"
        "def later():\n"
        "    from tyoparipaivakirja.storage.folder import open_journal\n",
        encoding="utf-8",
    )
    assert _storage_imports_of(module) == {
        "tyoparipaivakirja.storage.backups",
        "tyoparipaivakirja.storage.backups.BackupInfo",
        "tyoparipaivakirja.storage.folder",
        "tyoparipaivakirja.storage.folder.open_journal",
    }
