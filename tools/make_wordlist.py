"""Write the Finnish word list the passphrase estimate uses, from wordfreq's frequencies.

    .venv/bin/pip install "tyoparipaivakirja[wordlist]"   # wordfreq 3.1.1
    .venv/bin/python tools/make_wordlist.py

Writes ``resources/passphrase/fi-words.txt.gz``: the most frequent Finnish words, one a
line, most frequent first (a word's line number is its rank: how soon an attacker who
guesses by frequency tries it). Only words of letters (Finnish and Swedish letters
included) of 2 to 30 characters are kept. The data is wordfreq's (CC BY-SA 4.0; see
``resources/passphrase/LICENSE-wordfreq.txt``).
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

WORDS = 100_000
ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "resources" / "passphrase" / "fi-words.txt.gz"
_LETTERS = re.compile(r"[a-zåäöšž]{2,30}")


def main() -> None:
    from wordfreq import iter_wordlist

    kept: list[str] = []
    seen: set[str] = set()
    for word in iter_wordlist("fi"):
        folded = word.casefold()
        if _LETTERS.fullmatch(folded) and folded not in seen:
            seen.add(folded)
            kept.append(folded)
            if len(kept) == WORDS:
                break
    data = ("\n".join(kept) + "\n").encode("utf-8")
    TARGET.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    print(TARGET, len(kept), "words")


if __name__ == "__main__":
    main()
