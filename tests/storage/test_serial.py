"""One session's connections are used by one thread at a time (``storage.serial``)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from tests.storage.helpers import PERSONAL_PASSPHRASE_JARI
from tyoparipaivakirja.storage import cipher, database
from tyoparipaivakirja.storage.folder import open_journal
from tyoparipaivakirja.storage.serial import Result, SerialConnection, SessionLock
from tyoparipaivakirja.storage.session import Journal

NEW_PASSPHRASE = "uusi syksyinen tunnuslause: ruska & routa 11"
ROUNDS = 150


def _pairs_table(journal: Journal) -> None:
    with journal.transaction() as conn:
        conn.execute("CREATE TABLE pairs (id INTEGER PRIMARY KEY, side TEXT NOT NULL)")


def _hammer(workers: list[Callable[[], None]]) -> list[BaseException]:
    """Run each worker on its own thread at once; return what any of them raised."""
    errors: list[BaseException] = []
    start = threading.Barrier(len(workers))

    def run(work: Callable[[], None]) -> None:
        start.wait()
        try:
            work()
        except BaseException as error:  # collected for the assertion
            errors.append(error)

    threads = [threading.Thread(target=run, args=(w,)) for w in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return errors


def test_two_threads_never_interleave_a_transaction(make_journal: Callable[..., Journal]) -> None:
    """Two threads writing two-row transactions and reading counts on one session's
    connection at the same time: every read sees whole transactions only (an even
    count), no BEGIN lands inside another thread's transaction, and every row arrives."""
    journal = make_journal()
    _pairs_table(journal)
    odd_counts: list[int] = []

    def writer() -> None:
        for _ in range(ROUNDS):
            with journal.transaction() as conn:
                conn.execute("INSERT INTO pairs (side) VALUES ('left')")
                time.sleep(0)  # give the other thread every chance to step in between
                conn.execute("INSERT INTO pairs (side) VALUES ('right')")

    def reader_and_writer() -> None:
        for _ in range(ROUNDS):
            (count,) = journal.connection().execute("SELECT count(*) FROM pairs").fetchone()
            if count % 2:
                odd_counts.append(count)
            with journal.transaction() as conn:
                conn.execute("INSERT INTO pairs (side) VALUES ('left')")
                conn.execute("INSERT INTO pairs (side) VALUES ('right')")

    errors = _hammer([writer, reader_and_writer])
    assert errors == []
    assert odd_counts == []
    (total,) = journal.connection().execute("SELECT count(*) FROM pairs").fetchone()
    assert total == 4 * ROUNDS


def test_exclusive_reads_see_one_moment(make_journal: Callable[..., Journal]) -> None:
    """Reads inside ``exclusive`` see the same state although another thread keeps
    writing: the writer waits until the snapshot is taken."""
    journal = make_journal()
    _pairs_table(journal)
    holding = threading.Event()
    seen: list[tuple[int, int]] = []

    def snapshot() -> None:
        with journal.exclusive():
            holding.set()
            (first,) = journal.connection().execute("SELECT count(*) FROM pairs").fetchone()
            time.sleep(0.2)
            (second,) = journal.connection().execute("SELECT count(*) FROM pairs").fetchone()
            seen.append((first, second))

    def writer() -> None:
        holding.wait(5)
        for _ in range(20):
            with journal.transaction() as conn:
                conn.execute("INSERT INTO pairs (side) VALUES ('x')")

    assert _hammer([snapshot, writer]) == []
    assert seen and seen[0][0] == seen[0][1]


def test_in_use_elsewhere_never_waits(make_journal: Callable[..., Journal]) -> None:
    """While another thread holds the session, the check says so at once and ``attempt``
    does not take it; the holder itself is never "elsewhere" (the lock is re-entrant)."""
    journal = make_journal()
    holding, release = threading.Event(), threading.Event()
    inside: list[bool] = []

    def hold() -> None:
        with journal.exclusive():
            inside.append(journal.in_use_elsewhere())
            with journal.transaction() as conn:  # re-entrant: no waiting on itself
                conn.execute("SELECT 1")
            holding.set()
            release.wait(5)

    thread = threading.Thread(target=hold)
    thread.start()
    try:
        assert holding.wait(5)
        started = time.monotonic()
        assert journal.in_use_elsewhere()
        with journal.serial.attempt() as taken:
            assert not taken
        assert time.monotonic() - started < 0.5
    finally:
        release.set()
        thread.join(5)
    assert inside == [False]
    assert not journal.in_use_elsewhere()
    with journal.serial.attempt() as taken:
        assert taken


def test_result_behaves_like_a_cursor(make_journal: Callable[..., Journal]) -> None:
    """A statement's result is fetched under the lock and read like a driver cursor."""
    journal = make_journal()
    _pairs_table(journal)
    with journal.transaction() as conn:
        inserted = conn.execute("INSERT INTO pairs (side) VALUES ('a')")
        assert isinstance(inserted, Result) and inserted.lastrowid == 1
        conn.executemany("INSERT INTO pairs (side) VALUES (?)", [("b",), ("c",)])
        updated = conn.execute("UPDATE pairs SET side = upper(side) WHERE id > 1")
        assert updated.rowcount == 2
    rows = journal.connection().execute("SELECT id, side FROM pairs ORDER BY id")
    assert rows.fetchone() == (1, "a")
    assert list(rows) == [(2, "B"), (3, "C")]
    assert rows.fetchone() is None and rows.fetchall() == []
    assert journal.connection().execute("SELECT side FROM pairs").fetchall() == [
        ("a",),
        ("B",),
        ("C",),
    ]


def test_every_connection_of_a_session_shares_one_lock(
    make_journal: Callable[..., Journal], tmp_path: Path
) -> None:
    """The pair journal and an own area are wrapped with the session's one lock, also
    after the pair passphrase changes; a transaction on a bare driver connection still
    works (the import builds journals that way)."""
    journal = make_journal()
    pair = journal.connection()
    assert isinstance(pair, SerialConnection) and pair.lock is journal.serial
    jari = journal.members.all()[0].member_id
    area = journal.create_personal_area(jari, PERSONAL_PASSPHRASE_JARI)
    assert area.connection().lock is journal.serial
    area.close()
    from tests.conftest import PAIR_PASSPHRASE

    journal.change_passphrase(PAIR_PASSPHRASE, NEW_PASSPHRASE)
    assert journal.connection().lock is journal.serial
    folder = journal.folder
    journal.lock()
    again = open_journal(folder, NEW_PASSPHRASE)
    try:
        assert again.connection().lock is again.serial
    finally:
        again.lock()
    bare = cipher.connect(tmp_path / "bare.db", "avain", create=True)
    try:
        with database.transaction(bare) as conn:
            conn.execute("CREATE TABLE t (x)")
    finally:
        bare.close()


def test_a_lock_waits_for_the_statement_of_another_thread() -> None:
    """``SessionLock`` holds a thread back while another holds it (the plain lock the
    wrappers share)."""
    lock = SessionLock()
    order: list[str] = []
    entered = threading.Event()

    def first() -> None:
        with lock:
            entered.set()
            time.sleep(0.1)
            order.append("first")

    thread = threading.Thread(target=first)
    thread.start()
    entered.wait(5)
    with lock:
        order.append("second")
    thread.join(5)
    assert order == ["first", "second"]
