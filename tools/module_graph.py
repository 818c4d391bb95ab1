"""Draw the package's house: which part imports which, as a Mermaid graph.

    .venv/bin/python tools/module_graph.py [--root DIR] [--depth 2] [--expand storage]

Reads every module under ``tyoparipaivakirja/`` with ``ast`` (nothing is imported, so it
also works on an old checkout: ``git worktree add /tmp/old <commit>`` and ``--root``),
groups modules into parts (``core``, ``storage``, ``gui.debriefs``… at ``--depth 2``;
top-level modules such as ``cli`` are parts of their own), and prints a Mermaid
``flowchart`` with one arrow per part that imports another, labelled with how many
import statements make that arrow. Imports under ``if TYPE_CHECKING:`` count too, since
they are dependencies a reader has to follow. ``docs/architecture.md`` shows the result.
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections import Counter
from pathlib import Path

PACKAGE = "tyoparipaivakirja"


def module_name(root: Path, path: Path) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def part_of(module: str, depth: int, expand: frozenset[str] = frozenset()) -> str:
    """``tyoparipaivakirja.gui.debriefs.debrief_editor`` → ``gui.debriefs`` (depth 2);
    a part named in ``expand`` shows its modules one by one (``storage.journal``)."""
    inner = module.split(".")[1:]
    if not inner:
        return "(package)"
    if len(inner) == 1:
        return inner[0]
    if inner[0] in expand:
        return ".".join(inner)
    return ".".join(inner[: min(depth, len(inner) - 1)])


def imported_modules(tree: ast.AST, current: str, modules: set[str]) -> list[str]:
    """The package's modules each import statement of ``tree`` reaches (one per name)."""
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend(_nearest(alias.name, modules) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = current.split(".")[: -node.level]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            # "from pkg import module" names a module; "from module import name" does not.
            found.extend(
                f"{target}.{alias.name}" if f"{target}.{alias.name}" in modules else target
                for alias in node.names
            )
    return [name for name in found if name in modules]


def _nearest(name: str, modules: set[str]) -> str:
    while name not in modules and "." in name:
        name = name.rsplit(".", 1)[0]
    return name


def edges(root: Path, depth: int, expand: frozenset[str] = frozenset()) -> Counter[tuple[str, str]]:
    package_root = root / PACKAGE
    modules = {module_name(root, path): path for path in package_root.rglob("*.py")}
    counted: Counter[tuple[str, str]] = Counter()
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        source = part_of(name, depth, expand)
        for target in imported_modules(tree, name, set(modules)):
            destination = part_of(target, depth, expand)
            if destination != source and destination != "(package)":
                counted[(source, destination)] += 1
    return counted


def mermaid(counted: Counter[tuple[str, str]]) -> str:
    def node(name: str) -> str:
        return name.replace(".", "_")

    lines = ["flowchart LR"]
    for name in sorted({n for pair in counted for n in pair}):
        lines.append(f'    {node(name)}["{name}"]')
    for (source, destination), count in sorted(counted.items()):
        lines.append(f"    {node(source)} -->|{count}| {node(destination)}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent)
    parser.add_argument("--depth", type=int, default=2)
    parser.add_argument("--expand", action="append", default=[], help="e.g. storage")
    args = parser.parse_args(argv)
    print(mermaid(edges(args.root, args.depth, frozenset(args.expand))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
