"""The judge's PIN (kept as a slow hash) and drawn signature, in the workspace."""

from __future__ import annotations

import hashlib

from storage.clock import now
from storage.db import transaction
from storage.errors import EditRefused
from storage.pin import hash_pin, verify_pin
from storage.workspace_part import WorkspacePart

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
MAX_SIGNATURE_BYTES = 2 * 2**20  # the pad's PNGs are ~10 KB; the report refuses over 4 MB


class PinAndSignature(WorkspacePart):
    """Part of Workspace."""

    @property
    def has_pin(self) -> bool:
        return bool(self.get("pin_hash"))

    def set_pin(self, pin: str) -> None:
        """Set (or, with an empty PIN, remove) the PIN; only its scrypt hash is kept."""
        if pin and not (pin.isdigit() and 4 <= len(pin) <= 12):
            raise EditRefused("the PIN must be 4 to 12 digits", kind="bad_pin")
        self.set_setting("pin_hash", hash_pin(pin) if pin else "")

    def check_pin(self, pin: str) -> bool:
        stored = self.get("pin_hash")
        return not stored or verify_pin(pin, stored)

    def signature(self) -> bytes:
        """The judge's drawn signature (PNG bytes), or b"" when there is none."""
        row = self.db.execute("SELECT png FROM signature WHERE id = 1").fetchone()
        return bytes(row[0]) if row else b""

    def set_signature(self, png: bytes) -> str:
        """Keep the drawn signature (empty bytes remove it); returns the time it was saved."""
        if not self.judge_id:
            raise EditRefused("choose who you are first", kind="no_judge")
        if png and (not png.startswith(PNG_MAGIC) or len(png) > MAX_SIGNATURE_BYTES):
            raise EditRefused(
                "the signature must be a PNG image of at most 2 MB", kind="bad_signature"
            )
        old = self.signature()
        at = now()
        if png == old:
            return at
        with transaction(self.db):
            if png:
                self.db.execute(
                    "INSERT INTO signature(id, png, updated_at) VALUES(1, ?, ?) "
                    "ON CONFLICT(id) DO UPDATE SET png = excluded.png, "
                    "updated_at = excluded.updated_at",
                    [png, at],
                )
            else:
                self.db.execute("DELETE FROM signature")
            self._audit(at, "", "signature", _describe_png(old), _describe_png(png))
        return at


def _describe_png(png: bytes) -> str:
    """What the audit trail says about a signature image: its size and digest, not its bytes."""
    if not png:
        return ""
    return f"PNG {len(png)} bytes sha256:{hashlib.sha256(png).hexdigest()[:16]}"
