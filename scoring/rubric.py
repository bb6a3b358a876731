"""The default rubric of DESIGN.md §1, with guidance bands; events may define their own."""

from __future__ import annotations

from decimal import Decimal

from scoring.model import Band, Dimension

DEFAULT_STEP = Decimal("0.5")


def default_bands(maximum: Decimal, step: Decimal = DEFAULT_STEP) -> tuple[Band, ...]:
    """优 from 90 %, 良 from 70 %, 中 from 50 %, 差 below; each low rounded down to the step."""
    lows = [(maximum * Decimal(f) // step) * step for f in ("0.9", "0.7", "0.5")] + [Decimal(0)]
    highs = [maximum] + [low - step for low in lows[:-1]]
    return tuple(map(Band, "优良中差", lows, highs))


DEFAULT_DIMENSIONS: tuple[Dimension, ...] = tuple(
    Dimension(key, zh, en, Decimal(m), DEFAULT_STEP, default_bands(Decimal(m)))
    for key, zh, en, m in (
        ("concept", "创新立意", "Innovation concept", 30),
        ("measures", "创新举措", "Innovation measures", 40),
        ("impact", "影响范围", "Scope of impact", 30),
    )
)
