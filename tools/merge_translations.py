"""Resolve merge conflicts in the translation catalogues without losing a translation.

    .venv/bin/python tools/merge_translations.py            # in a conflicted merge, code resolved
    .venv/bin/python tools/merge_translations.py REV [REV…] # or: borrow from other revisions

Two branches that both add strings conflict in the ``.ts`` files line by line, and
taking either side drops the other side's translations. This tool collects every
translation from both sides of the merge (index stages 2 and 3, or the revisions
given), refreshes the catalogues from the merged code with ``update_translations``,
and fills each entry lupdate left unfinished with a translation either side had for the
same context and source text. It then compiles the ``.qm`` files and stages the
catalogues. Whatever is still unfinished afterwards is new to both sides: translate it.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import update_translations

ROOT = update_translations.ROOT

type Key = tuple[str, str, str]
type Forms = tuple[str, ...]


def _git_show(spec: str) -> str | None:
    result = subprocess.run(
        ["git", "show", spec], cwd=ROOT, capture_output=True, text=True, check=False
    )
    return result.stdout if result.returncode == 0 else None


def _finished_translations(text: str) -> dict[Key, Forms]:
    """(context, source, comment) → the finished translation forms of one catalogue."""
    found: dict[Key, Forms] = {}
    for context in ET.fromstring(text).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type"):
                continue
            if message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in translation.findall("numerusform"))
            else:
                forms = (translation.text or "",)
            if all(form.strip() for form in forms):
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                found[key] = forms
    return found


def _fill(ts_file: Path, known: dict[Key, Forms]) -> int:
    """Fill unfinished entries of ``ts_file`` from ``known``; return how many are left."""
    tree = ET.parse(ts_file)
    left = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            forms = known.get(key)
            if forms is None:
                left += 1
                continue
            del translation.attrib["type"]
            if message.get("numerus") == "yes":
                for child in list(translation):
                    translation.remove(child)
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = forms[0]
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return left


def main(revisions: list[str]) -> int:
    specs = revisions or [":2", ":3"]
    for ts_file in update_translations.CATALOGUES:
        relative = ts_file.relative_to(ROOT).as_posix()
        known: dict[Key, Forms] = {}
        texts = [_git_show(f"{spec}:{relative}") for spec in specs]
        for text in texts:
            if text is not None:
                known.update(_finished_translations(text))
        # Start from a clean side so lupdate can read the file, then refresh it.
        base = next((text for text in texts if text is not None), None)
        if base is not None:
            ts_file.write_text(base, encoding="utf-8")
        update_translations.lupdate(ts_file)
        left = _fill(ts_file, known)
        # A second pass writes the file back in lupdate's own layout.
        update_translations.lupdate(ts_file)
        update_translations.lrelease(ts_file, ts_file.with_suffix(".qm"))
        subprocess.run(
            ["git", "add", relative, ts_file.with_suffix(".qm").relative_to(ROOT).as_posix()],
            cwd=ROOT,
            check=True,
        )
        print(f"{relative}: {len(known)} known translations, {left} still unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
