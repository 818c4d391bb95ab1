"""A separate process that opens a journal, for the lock and crash-safety tests.

Run as ``python -m tests.storage.journal_child MODE FOLDER KDF_ITERATIONS`` from the
project root, with the pair passphrase as the first line on stdin. It uses the same
key derivation setting as the parent test (tests lower it for speed).

Modes:
  hold    open the journal, print ``ready`` and keep it open until killed;
  commit  open the journal, print ``ready``, then commit numbered rows one
          transaction each, printing every number only after its commit;
  backup  print ``ready``, then back the (locked) journal up again and again into
          ``<FOLDER>-backups``, printing each backup's folder name once it is complete;
  passwd  open the journal with the first stdin line, print ``ready``, then change the
          pair passphrase to the second line and back again and again, printing the
          passphrase number (0 or 1) in force after each completed change.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tyoparipaivakirja.storage import cipher
from tyoparipaivakirja.storage.folder import back_up_folder, open_journal

CRASH_TABLE = "crash_rows"


def main(argv: list[str]) -> int:
    mode, folder, iterations = argv
    cipher.KDF_ITERATIONS = int(iterations)
    passphrase = sys.stdin.readline().rstrip("\n")
    if mode == "backup":
        out = Path(f"{folder}-backups")
        print("ready", flush=True)
        while True:
            print(back_up_folder(Path(folder), out).folder.name, flush=True)
    if mode == "passwd":
        other = sys.stdin.readline().rstrip("\n")
        current = 0
        journal = open_journal(Path(folder), passphrase)
        print("ready", flush=True)
        pair = (passphrase, other)
        while True:
            journal.change_passphrase(pair[current], pair[1 - current])
            current = 1 - current
            print(current, flush=True)
    journal = open_journal(Path(folder), passphrase)
    if mode == "hold":
        print("ready", flush=True)
        sys.stdin.read()  # stays open until the parent kills us
        return 0
    if mode != "commit":
        return 2
    with journal.transaction() as conn:
        conn.execute(
            f"CREATE TABLE IF NOT EXISTS {CRASH_TABLE} (n INTEGER PRIMARY KEY, body TEXT NOT NULL)"
        )
        (last,) = conn.execute(f"SELECT coalesce(max(n), 0) FROM {CRASH_TABLE}").fetchone()
    print("ready", flush=True)
    number = int(last)
    while True:
        number += 1
        with journal.transaction() as conn:
            conn.execute(
                f"INSERT INTO {CRASH_TABLE} (n, body) VALUES (?, ?)", (number, "rivi " * 40)
            )
        print(number, flush=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
