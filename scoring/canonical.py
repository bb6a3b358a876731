"""Canonical serialisation and the short codes read aloud or printed (package, verification)."""

from __future__ import annotations

import base64
import hashlib
import json

CODE_LENGTH = 8


def canonical_bytes(obj: object) -> bytes:
    """One byte string per value: sorted keys, no spaces, UTF-8; numbers must already be text."""
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def sha256_hex(obj: object) -> str:
    return hashlib.sha256(canonical_bytes(obj)).hexdigest()


def short_code(digest_hex: str) -> str:
    """The first 8 base32 characters of a digest: letters and 2–7, easy to read aloud."""
    return base64.b32encode(bytes.fromhex(digest_hex)).decode("ascii")[:CODE_LENGTH]
