"""Aggregates of judges' scores for one project: trimmed mean, mean, median, z-score.

Values are exact decimals; sums stay decimal (exact at these sizes) and each mean becomes one
exact rational (``Fraction``). The z-score needs square roots and is computed with 50-digit
decimals. Entries come in the event's judge order, so when equal
values must be told apart (which judge is dropped) the choice never depends on input order.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from scoring.numbers import EXACT

Entry = tuple[str, Decimal]  # (judge id, value)


@dataclass(frozen=True)
class Aggregated:
    value: Fraction | Decimal
    retained: frozenset[str]  # judges whose values went into the result
    trimmed: bool = False


def mean(entries: Sequence[Entry]) -> Aggregated:
    if not entries:
        raise ValueError("no values")
    total = EXACT.add(sum((value for _, value in entries), Decimal(0)), Decimal(0))
    return Aggregated(Fraction(total) / len(entries), frozenset(judge for judge, _ in entries))


def trimmed_mean(entries: Sequence[Entry], trim: int, min_judges: int) -> Aggregated:
    """Drop ``trim`` lowest and highest values when at least ``min_judges`` exist, else mean.

    Among equal values the earliest judge (event order) is dropped as lowest and the latest
    as highest, so the retained set is the middle of a stable sort.
    """
    if len(entries) < max(min_judges, 2 * trim + 1) or trim == 0:
        return mean(entries)
    ordered = sorted(entries, key=lambda entry: entry[1])  # stable: judge order among equals
    kept = ordered[trim : len(ordered) - trim]
    return Aggregated(mean(kept).value, frozenset(judge for judge, _ in kept), trimmed=True)


def median(entries: Sequence[Entry]) -> Aggregated:
    """The middle value, or the mean of the two middle values; those judges are retained."""
    if not entries:
        raise ValueError("no values")
    ordered = sorted(entries, key=lambda entry: entry[1])
    mid = len(ordered) // 2
    kept = ordered[mid : mid + 1] if len(ordered) % 2 else ordered[mid - 1 : mid + 1]
    return Aggregated(mean(kept).value, frozenset(judge for judge, _ in kept))


def _mean_sd(values: Sequence[Fraction]) -> tuple[Decimal, Decimal]:
    """Mean and population standard deviation, exact up to the final square root."""
    n = len(values)
    mu = sum(values, Fraction(0)) / n
    variance = sum(((v - mu) ** 2 for v in values), Fraction(0)) / n
    as_decimal = EXACT.divide(Decimal(variance.numerator), Decimal(variance.denominator))
    return (
        EXACT.divide(Decimal(mu.numerator), Decimal(mu.denominator)),
        EXACT.sqrt(as_decimal),
    )


def zscores(matrix: Mapping[str, Mapping[str, Decimal]]) -> dict[str, Decimal]:
    """Per project: μ + σ·mean(z), where z standardises each judge's values by that judge.

    ``matrix`` maps judge → project → value. A judge whose values are all equal (σ = 0)
    cannot discriminate between projects: their z is 0 (they pull every project to the
    panel mean). μ and σ are the panel's over every value in the matrix.
    """
    everything = [Fraction(value) for row in matrix.values() for value in row.values()]
    if not everything:
        return {}
    panel_mu, panel_sd = _mean_sd(everything)
    z_by_project: dict[str, list[Decimal]] = {}
    for row in matrix.values():
        if not row:
            continue
        mu, sd = _mean_sd([Fraction(value) for value in row.values()])
        for project, value in row.items():
            z = EXACT.divide(EXACT.subtract(value, mu), sd) if sd else Decimal(0)
            z_by_project.setdefault(project, []).append(z)
    out: dict[str, Decimal] = {}
    for project, zs in z_by_project.items():
        mean_z = EXACT.divide(sum(zs, Decimal(0)), Decimal(len(zs)))
        out[project] = EXACT.add(panel_mu, EXACT.multiply(panel_sd, mean_z))
    return out
