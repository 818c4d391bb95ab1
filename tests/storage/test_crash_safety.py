"""A process killed in the middle of writing never loses a commit it reported."""

from __future__ import annotations

import random
import signal
import time
from collections.abc import Callable

from tests.conftest import PAIR_PASSPHRASE
from tests.storage.helpers import fill, start_child
from tests.storage.journal_child import CRASH_TABLE
from tyoparipaivakirja.storage.folder import open_journal
from tyoparipaivakirja.storage.session import Journal

ROUNDS = 8


def test_killed_writer_loses_no_reported_commit(make_journal: Callable[..., Journal]) -> None:
    """When a writing process is killed (SIGKILL) at a random moment, the journal reopens
    intact (quick_check ok) and every row it reported as committed is there, with no gaps."""
    journal = make_journal()
    fill(journal, rows=50)
    folder = journal.folder
    journal.lock()
    rng = random.Random(20260613)
    reported: list[int] = []
    rounds_with_commits = 0
    stored_before = 0

    for _round in range(ROUNDS):
        child = start_child("commit", folder)
        try:
            time.sleep(rng.uniform(0.05, 0.4))
        finally:
            child.send_signal(signal.SIGKILL)
            # Read through the same buffered pipe objects start_child used: communicate()
            # reads the raw file descriptors and would miss lines already buffered there.
            assert child.stdout is not None and child.stderr is not None
            out, err = child.stdout.read(), child.stderr.read()
            child.wait()
        assert child.returncode == -signal.SIGKILL, err
        # Only complete lines count: a number is printed after its commit returned.
        numbers = [int(line) for line in out.split("\n")[:-1] if line]
        if numbers:
            assert numbers[0] == stored_before + 1  # the child went on from what was stored
            assert numbers == list(range(numbers[0], numbers[-1] + 1))
        reported.extend(numbers)
        rounds_with_commits += bool(numbers)

        reopened = open_journal(folder, PAIR_PASSPHRASE)  # runs quick_check
        try:
            conn = reopened.connection()
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            stored = [row[0] for row in conn.execute(f"SELECT n FROM {CRASH_TABLE} ORDER BY n")]
            assert set(reported) <= set(stored)
            assert stored == list(range(1, len(stored) + 1))
            stored_before = len(stored)
            assert conn.execute("SELECT count(*) FROM filler").fetchone()[0] == 50
        finally:
            reopened.lock()

    assert rounds_with_commits >= ROUNDS // 2, reported
    assert len(set(reported)) == len(reported)


def test_killed_passphrase_change_leaves_exactly_one_passphrase(
    make_journal: Callable[..., Journal],
) -> None:
    """A process changing the pair passphrase back and forth, killed (SIGKILL) at random
    moments, always leaves a journal that opens with exactly one of the two passphrases
    (the one last reported, or the next), whose check file agrees (verify passes)."""
    from tyoparipaivakirja.core.errors import WrongPassphrase
    from tyoparipaivakirja.storage.verify import verify_journal

    other = "toinen vahva polku: kanerva ja kallio 77"
    journal = make_journal()
    fill(journal, rows=1500)  # a few megabytes: re-keying takes long enough to be cut
    folder = journal.folder
    journal.lock()
    rng = random.Random(20261205)
    in_force = PAIR_PASSPHRASE
    for _round in range(ROUNDS):
        child = start_child("passwd", folder, in_force, more=other + "\n")
        try:
            time.sleep(rng.uniform(0.02, 0.3))
        finally:
            child.send_signal(signal.SIGKILL)
            assert child.stdout is not None
            out = child.stdout.read()
            child.wait()
        reported = [int(line) for line in out.split("\n")[:-1] if line]
        pair = (in_force, other if in_force == PAIR_PASSPHRASE else PAIR_PASSPHRASE)
        opening = []
        for passphrase in pair:
            try:
                opened = open_journal(folder, passphrase)
            except WrongPassphrase:
                continue
            try:
                report = verify_journal(opened, passphrase)
                assert report.ok, report.problems
                filler = opened.connection().execute("SELECT count(*) FROM filler").fetchone()
                assert filler[0] == 1500
            finally:
                opened.lock()
            opening.append(passphrase)
        assert len(opening) == 1, opening
        if reported:
            # The one last reported is in force, or the change after it had committed.
            assert opening[0] in (pair[reported[-1]], pair[1 - reported[-1]])
        in_force = opening[0]
