"""Benchmark: recall of Finnish search on word forms a pair writes, per analyser.

    .venv/bin/python benchmarks/search_fi.py

For each query word (its base form) and each form of it (``finnish_forms``), is the form
found? By prefix (the old rule: the word without its final vowels), by the
gradation-aware prefixes (``core.finnish.prefixes``), by Voikko base forms (where
installed: the form's base forms and compound parts meet the query's), and by what the
app does (prefixes, plus base forms where Voikko is installed). Lists the forms missed,
and the cost per word.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from finnish_forms import FORMS, HELDOUT

from tyoparipaivakirja.core import finnish

type Rule = Callable[[str, str], bool]


def old_prefix(query: str, form: str) -> bool:
    return form.startswith(finnish.search_stem(query))


def prefixes(query: str, form: str) -> bool:
    return any(form.startswith(p) for p in finnish.prefixes(query))


def main() -> int:
    words_of = finnish.analyser()
    rules: dict[str, Rule] = {"old prefix": old_prefix, "gradation prefixes": prefixes}
    if words_of is not finnish.PORTABLE:

        def bases(query: str, form: str) -> bool:
            return bool(words_of.bases(query) & words_of.bases(form))

        def app(query: str, form: str) -> bool:
            return prefixes(query, form) or bases(query, form)

        rules["voikko base forms"] = bases
        rules["app (prefixes + base forms)"] = app
    print(f"analyser in use: {words_of.analyser_id}")
    for name, lists in (("own list", FORMS), ("held-out list", HELDOUT)):
        total = sum(len(forms) for forms in lists.values())
        print(f"\n{name}: {len(lists)} words, {total} forms")
        for rule_name, rule in rules.items():
            missed = [f for q, forms in lists.items() for f in forms if not rule(q, f)]
            found = total - len(missed)
            print(f"  {rule_name:28s} {found}/{total} = {found / total:.0%}")
            if missed:
                print(f"    missed: {' '.join(missed)}")
    every = [f for lists in (FORMS, HELDOUT) for forms in lists.values() for f in forms]
    start = time.perf_counter()
    for _ in range(20):
        for form in every:
            finnish.prefixes.__wrapped__(form)
    print(f"\nprefixes: {(time.perf_counter() - start) / (20 * len(every)) * 1e6:.1f} µs a word")
    if isinstance(words_of, finnish.VoikkoAnalyser):
        start = time.perf_counter()
        for form in every:
            words_of._analyse(form)
        each = (time.perf_counter() - start) / len(every) * 1e6
        print(f"voikko: {each:.1f} µs a word uncached")
    return 0


if __name__ == "__main__":
    sys.exit(main())
