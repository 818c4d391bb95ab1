"""Memory held by decrypted pages stays bounded however large the journal grows (issue 16).

sqlcipher3 is built to keep up to 8 MB of decrypted pages per connection, which a large
journal fills as it is read and keeps for the whole session; the journal's connection
keeps SQLite's own 2 MB, and the whole-file check after unlock, which reads each page
once, keeps less still.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.conftest import PAIR_PASSPHRASE
from tests.storage.helpers import fill
from tyoparipaivakirja.storage import cipher, database
from tyoparipaivakirja.storage.folder import open_journal
from tyoparipaivakirja.storage.session import Journal


def _cache_kib(conn: cipher.Connection) -> int:
    """The connection's page cache limit in KiB (SQLite gives it as a negative number)."""
    value = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    assert value < 0, "a limit in pages would grow with the page size"
    return -value


def test_an_open_journal_keeps_at_most_2_mb_of_pages(
    make_journal: Callable[..., Journal],
) -> None:
    journal = make_journal()
    fill(journal, 50)
    folder = journal.folder
    assert _cache_kib(journal.connection()) == cipher.PAGE_CACHE_KIB <= 2048
    journal.lock()

    reopened = open_journal(folder, PAIR_PASSPHRASE)
    try:
        rows = reopened.connection().execute("SELECT count(*) FROM filler").fetchone()[0]
        assert rows == 50
        assert _cache_kib(reopened.connection()) == cipher.PAGE_CACHE_KIB
    finally:
        reopened.lock()


def test_the_whole_file_check_reads_with_a_small_cache(
    make_journal: Callable[..., Journal], monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = make_journal()
    fill(journal, 20)
    folder = journal.folder
    journal.lock()
    seen: list[int] = []
    check = database._check_integrity

    def watched(conn: cipher.Connection, *, quick: bool) -> None:
        seen.append(_cache_kib(conn))
        check(conn, quick=quick)

    monkeypatch.setattr(database, "_check_integrity", watched)
    reopened = open_journal(folder, PAIR_PASSPHRASE)
    try:
        reopened.check_file()
        assert seen == [cipher.CHECK_PAGE_CACHE_KIB]
        assert cipher.CHECK_PAGE_CACHE_KIB < cipher.PAGE_CACHE_KIB
    finally:
        reopened.lock()
