"""Compare passphrase estimates: this app's model, zxcvbn with the pair as user inputs.

    .venv/bin/pip install "tyoparipaivakirja[wordlist]"    # only for the zxcvbn column
    .venv/bin/python benchmarks/passphrases.py

Prints log2 of the estimated guesses for the issue's examples (which someone who knows
the pair Jari and Sanna would try early) and for passphrases of unrelated words.
"""

from __future__ import annotations

import math

from tyoparipaivakirja.storage.passphrases import estimate

PAIR = ["Jari", "Sanna", "Jarin ja Sannan työpari"]
EXAMPLES = [
    "jari ja sanna 2026",
    "Jarin ja Sannan työpari",
    "Kokemusasiantuntija1",
    "Sosiaalityö2026!",
    "Helsinki2026!!",
    "sininen talo iso koira",
    "korppi ikkuna lusikka vuori",
    "kesä-aamu-kahvi-termos",
]


def main() -> None:
    try:
        from zxcvbn import zxcvbn
    except ImportError:
        zxcvbn = None
    print(f"{'passphrase':32} {'this app':>9} {'zxcvbn':>8}")
    for passphrase in EXAMPLES:
        ours = estimate(passphrase, PAIR)
        theirs = ""
        if zxcvbn is not None:
            guesses = zxcvbn(passphrase, user_inputs=[*PAIR, "sosiaalityö", "kokemusasiantuntija"])
            theirs = f"{math.log2(guesses['guesses']):8.1f}"
        print(f"{passphrase:32} {ours.estimated_bits:9.1f} {theirs:>8}  {ours.strength.name}")


if __name__ == "__main__":
    main()
