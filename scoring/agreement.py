"""Inter-judge agreement for a complete block: Kendall's W and Shrout & Fleiss ICCs.

The matrix has one row per project (target) and one column per judge, every cell present
(DESIGN.md §4: agreement uses only the judges who scored every project of a category).

Everything is exact. The cells are scaled once onto a common denominator so that the
whole computation runs on Python ints; only the final ratios become Fractions. Both
statistics are invariant under that positive scaling (W depends on ranks only, every ICC
is a ratio of mean squares), so nothing is lost. A statistic that is undefined (fewer than
two projects or judges, or a zero denominator such as an all-equal matrix) is ``None``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from math import lcm

Cell = Decimal | int | Fraction
Matrix = Sequence[Sequence[Cell]]

ICC_KEYS: tuple[str, ...] = ("icc2_1", "icc2_k", "icc3_1", "icc3_k")


@dataclass(frozen=True)
class Agreement:
    n_judges: int
    n_projects: int
    kendall_w: Fraction | None
    icc2_1: Fraction | None
    icc2_k: Fraction | None
    icc3_1: Fraction | None
    icc3_k: Fraction | None


def agreement(matrix: Matrix) -> Agreement:
    """rows = projects (targets), columns = judges; every cell present (complete block)."""
    rows, n, k = _integer_matrix(matrix)
    iccs = _icc(rows, n, k)
    return Agreement(
        n_judges=k,
        n_projects=n,
        kendall_w=_kendall_w(rows, n, k),
        icc2_1=iccs["icc2_1"],
        icc2_k=iccs["icc2_k"],
        icc3_1=iccs["icc3_1"],
        icc3_k=iccs["icc3_k"],
    )


def kendall_w(matrix: Matrix) -> Fraction | None:
    """Tie-corrected Kendall's W; each judge ranks the projects (average ranks for ties)."""
    rows, n, k = _integer_matrix(matrix)
    return _kendall_w(rows, n, k)


def icc(matrix: Matrix) -> dict[str, Fraction | None]:
    """ICC(2,1), ICC(2,k), ICC(3,1), ICC(3,k) of Shrout & Fleiss (1979), two-way ANOVA."""
    rows, n, k = _integer_matrix(matrix)
    return _icc(rows, n, k)


def _integer_matrix(matrix: Matrix) -> tuple[list[list[int]], int, int]:
    """The cells as ints on one common denominator, with (n_projects, n_judges)."""
    n = len(matrix)
    k = len(matrix[0]) if n else 0
    nums: list[list[int]] = []
    dens: list[list[int]] = []
    for i, row in enumerate(matrix):
        if len(row) != k:
            raise ValueError(f"ragged matrix: row {i} has {len(row)} cells, row 0 has {k}")
        row_nums: list[int] = []
        row_dens: list[int] = []
        for cell in row:
            num, den = _ratio(cell)
            row_nums.append(num)
            row_dens.append(den)
        nums.append(row_nums)
        dens.append(row_dens)
    common = lcm(*(d for row_dens in dens for d in row_dens)) if n and k else 1
    if common == 1:
        return nums, n, k
    scaled = [
        [num * (common // den) for num, den in zip(row_nums, row_dens, strict=True)]
        for row_nums, row_dens in zip(nums, dens, strict=True)
    ]
    return scaled, n, k


def _ratio(cell: object) -> tuple[int, int]:
    """(numerator, denominator) of a cell; floats and bools are refused, not guessed at."""
    if isinstance(cell, bool):
        raise TypeError(f"a score must be Decimal, int or Fraction, not {cell!r}")
    if isinstance(cell, int):
        return int(cell), 1
    if isinstance(cell, Decimal):
        try:
            return cell.as_integer_ratio()
        except (ValueError, OverflowError):
            raise ValueError(f"not a finite number: {cell!r}") from None
    if isinstance(cell, Fraction):
        return cell.numerator, cell.denominator
    raise TypeError(f"a score must be Decimal, int or Fraction, not {cell!r}")


def _kendall_w(rows: list[list[int]], n: int, k: int) -> Fraction | None:
    # m judges rank n projects. Doubled average ranks are integers (the mean of the
    # positions p+1..q+1 is (p+q+2)/2), so the rank sums stay in ints.
    m = k
    if n < 2 or m < 2:
        return None
    doubled_sums = [0] * n
    ties = 0  # Σ over judges of Σ (t³ − t) over that judge's tie groups
    order = range(n)
    for j in range(m):
        column = [row[j] for row in rows]
        ranked = sorted(order, key=column.__getitem__)
        p = 0
        while p < n:
            value = column[ranked[p]]
            q = p
            while q + 1 < n and column[ranked[q + 1]] == value:
                q += 1
            doubled_rank = p + q + 2
            for i in ranked[p : q + 1]:
                doubled_sums[i] += doubled_rank
            t = q - p + 1
            ties += t * t * t - t
            p = q + 1
    # 12·S with S = Σ(R_i − m(n+1)/2)² = ΣD_i²/4 − m²n(n+1)²/4, D_i = 2·R_i.
    twelve_s = 3 * sum(d * d for d in doubled_sums) - 3 * m * m * n * (n + 1) ** 2
    denominator = m * m * (n**3 - n) - m * ties
    # Zero only when every judge gave every project the same score: nothing was ranked.
    return Fraction(twelve_s, denominator) if denominator else None


def _icc(rows: list[list[int]], n: int, k: int) -> dict[str, Fraction | None]:
    if n < 2 or k < 2:
        return dict.fromkeys(ICC_KEYS)
    # Two-way ANOVA on ints. With G the grand total, nk times each sum of squares is an
    # integer: nk·SSR = nΣR_i² − G², nk·SSC = kΣC_j² − G², nk·SST = nkΣx² − G².
    row_sums = [sum(row) for row in rows]
    col_sums = [sum(col) for col in zip(*rows, strict=True)]
    grand = sum(row_sums)
    g2 = grand * grand
    total_sq = sum(x * x for row in rows for x in row)
    ss_rows = n * sum(r * r for r in row_sums) - g2
    ss_cols = k * sum(c * c for c in col_sums) - g2
    ss_error = n * k * total_sq - g2 - ss_rows - ss_cols
    # BMS, JMS, EMS times the common factor nk(n−1)(k−1); every ICC is a ratio of linear
    # forms in the mean squares, so the factor cancels.
    bms = ss_rows * (k - 1)
    jms = ss_cols * (n - 1)
    ems = ss_error
    diff = bms - ems
    return {
        # (BMS−EMS)/(BMS+(k−1)EMS+k(JMS−EMS)/n), numerator and denominator times n
        "icc2_1": _ratio_or_none(n * diff, n * bms + n * (k - 1) * ems + k * (jms - ems)),
        # (BMS−EMS)/(BMS+(JMS−EMS)/n), times n
        "icc2_k": _ratio_or_none(n * diff, n * bms + jms - ems),
        "icc3_1": _ratio_or_none(diff, bms + (k - 1) * ems),
        "icc3_k": _ratio_or_none(diff, bms),
    }


def _ratio_or_none(numerator: int, denominator: int) -> Fraction | None:
    return Fraction(numerator, denominator) if denominator else None
