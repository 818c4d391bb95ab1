"""The decrypted pages of a SQLCipher file, free pages included, for tests that check what
a file still holds (not only what its tables show).

SQLCipher 4 (the app's settings): each 4,096-byte page is AES-256-CBC encrypted apart from
its last 80 bytes (a 16-byte IV, then the HMAC); page 1 starts with the 16-byte salt, not
encrypted. The key is PBKDF2-HMAC-SHA512 of the passphrase and the salt. AES comes from the
``openssl`` command (the standard library has none).
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.storage.helpers import PAGE_SIZE as PAGE
from tyoparipaivakirja.storage import cipher

RESERVE = 80
SALT = 16

needs_openssl = pytest.mark.skipif(
    shutil.which("openssl") is None,
    reason="the openssl command is not installed: apt install openssl",
)


def decrypted_pages(path: Path, passphrase: str) -> list[bytes]:
    """Every page of ``path`` decrypted (page 1 without its salt)."""
    data = path.read_bytes()
    assert data and len(data) % PAGE == 0, path
    salt = data[:SALT]
    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode(), salt, cipher.KDF_ITERATIONS, 32)
    pages = []
    for start in range(0, len(data), PAGE):
        page = data[start : start + PAGE]
        body = page[SALT : PAGE - RESERVE] if start == 0 else page[: PAGE - RESERVE]
        iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
        done = subprocess.run(
            ["openssl", "enc", "-d", "-aes-256-cbc", "-nopad", "-K", key.hex(), "-iv", iv.hex()],
            input=body,
            capture_output=True,
            check=True,
        )
        pages.append(done.stdout)
    return pages


def pages_holding(path: Path, passphrase: str, needle: str) -> list[int]:
    """The numbers (from 1) of the decrypted pages of ``path`` that hold ``needle``."""
    raw = needle.encode()
    return [n for n, page in enumerate(decrypted_pages(path, passphrase), 1) if raw in page]
