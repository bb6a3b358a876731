"""What one judge's input says: scores, sheet states, comments, and its verification code.

Plain data shared by the score file (storage), the merge and the printed score sheet
(reports). The verification code is the first 8 base32 characters of SHA-256 over the
canonical content: judge, event, package digest, every score, sheet state and comment.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from scoring.canonical import sha256_hex, short_code
from scoring.serialize import dec

STATES = ("empty", "draft", "submitted")


@dataclass(frozen=True)
class SheetRow:
    state: str
    comment: str = ""
    revision: int = 0


@dataclass(frozen=True)
class ScoreContent:
    """What a score file (or a typed paper sheet) says, independent of where it came from."""

    event_id: str
    package_digest: str
    judge: str
    scores: Mapping[str, Mapping[str, Decimal]]  # project → dimension → value
    sheets: Mapping[str, SheetRow]
    judge_name: str = ""
    package_code: str = ""
    exported_at: str = ""
    revision: int = 0
    audit: tuple[dict[str, str], ...] = ()
    signature_png: bytes = b""
    meta: Mapping[str, str] = field(default_factory=dict)

    def verification_code(self) -> str:
        return short_code(sha256_hex(canonical_content(self)))


def canonical_content(content: ScoreContent) -> dict[str, object]:
    scores = sorted(
        [project, dimension, dec(value)]
        for project, values in content.scores.items()
        for dimension, value in values.items()
    )
    sheets = sorted([p, s.state, s.comment] for p, s in content.sheets.items())
    return {
        "judge": content.judge,
        "event": content.event_id,
        "package_digest": content.package_digest,
        "scores": scores,
        "sheets": sheets,
    }
