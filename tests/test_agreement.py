"""Kendall's W and Shrout & Fleiss ICCs against published values, edge cases and properties."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scoring.agreement import ICC_KEYS, Agreement, agreement, icc, kendall_w
from scoring.numbers import round_half_up

# Shrout, P. E. & Fleiss, J. L. (1979). Intraclass correlations: uses in assessing rater
# reliability. Psychological Bulletin 86(2), 420–428. Table 2: 6 targets × 4 judges.
SHROUT_FLEISS = [
    [9, 2, 5, 8],
    [6, 1, 3, 2],
    [8, 4, 6, 8],
    [7, 1, 2, 6],
    [10, 5, 6, 9],
    [6, 2, 4, 7],
]

# The `anxiety` data set of the R package irr (Gamer et al.), 20 subjects × 3 raters on a
# 1–6 scale, with many ties within each rater. Same data as the KendallW example of R
# DescTools, whose rendered reference page
# (https://andrisignorell.github.io/DescTools/reference/KendallW.html) publishes
# KendallW(anxiety, correct = TRUE) = 0.5396569; irr::kendall(anxiety, TRUE) prints
# Wt = 0.54, Chisq(19) = 30.8 (also asserted by the pyirr port's test suite).
ANXIETY_RATER1 = [3, 3, 3, 4, 5, 5, 2, 3, 5, 2, 2, 6, 1, 5, 2, 2, 1, 2, 4, 3]
ANXIETY_RATER2 = [3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4]
ANXIETY_RATER3 = [2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2]
ANXIETY = [list(r) for r in zip(ANXIETY_RATER1, ANXIETY_RATER2, ANXIETY_RATER3, strict=True)]


def two_places(value: Fraction | None) -> Decimal:
    assert value is not None
    return round_half_up(value, 2)


# --- ICC: Shrout & Fleiss (1979) -------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "published"),
    [
        # Shrout & Fleiss (1979), Table 4, column for the Table 2 data.
        ("icc2_1", "0.29"),
        ("icc3_1", "0.71"),
        ("icc2_k", "0.62"),  # ICC(2,4)
        ("icc3_k", "0.91"),  # ICC(3,4)
    ],
)
def test_shrout_fleiss_table_4(key: str, published: str) -> None:
    assert two_places(icc(SHROUT_FLEISS)[key]) == Decimal(published)


def test_shrout_fleiss_exact_fractions() -> None:
    # By hand, n = 6 targets, k = 4 judges, grand total G = 127, Σx² = 841:
    #   row totals 24 12 26 16 30 19 (Σ² = 2913), judge totals 46 15 26 40 (Σ² = 4617)
    #   SS_targets = 2913/4 − 127²/24 = 1349/24     BMS = 1349/120 = 11.24
    #   SS_judges  = 4617/6 − 127²/24 = 2339/24     JMS = 2339/72  = 32.49
    #   SS_total   = 841    − 127²/24 = 4055/24
    #   SS_error   = (4055 − 1349 − 2339)/24 = 367/24, EMS = 367/360 = 1.02
    # (S&F's Table 3 gives BMS 11.24, JMS 32.49, EMS 1.02.) Over 360:
    #   BMS = 4047, JMS = 11695, EMS = 367, BMS − EMS = 3680.
    #   ICC(3,1) = 3680 / (4047 + 3·367)              = 3680/5148  = 920/1287
    #   ICC(3,4) = 3680 / 4047
    #   ICC(2,1) = 3680 / (5148 + 4·(11695 − 367)/6)  = 3680/12700 = 184/635
    #   ICC(2,4) = 3680 / (4047 + (11695 − 367)/6)    = 3680/5935  = 736/1187
    assert icc(SHROUT_FLEISS) == {
        "icc2_1": Fraction(184, 635),
        "icc2_k": Fraction(736, 1187),
        "icc3_1": Fraction(920, 1287),
        "icc3_k": Fraction(3680, 4047),
    }


def test_cell_types_and_scale_do_not_matter() -> None:
    # Decimals with trailing zeros, Fractions, and a positive affine change of scale
    # (x → x/4 + 7.5) give the identical exact result: the ICCs are ratios of mean squares
    # and W depends on ranks only.
    reference = agreement(SHROUT_FLEISS)
    as_decimals = [[Decimal(f"{x}.00") for x in row] for row in SHROUT_FLEISS]
    as_fractions = [[Fraction(x, 4) + Fraction(15, 2) for x in row] for row in SHROUT_FLEISS]
    mixed = [[Decimal(x) / 4 + Decimal("7.5") for x in row] for row in SHROUT_FLEISS]
    mixed[0][0] = Fraction(9, 4) + Fraction(15, 2)  # the same values as other types
    mixed[3][3] = int(mixed[3][3])  # 6/4 + 7.5 = 9
    assert agreement(as_decimals) == reference
    assert agreement(as_fractions) == reference
    assert agreement(mixed) == reference


def test_agreement_bundles_the_single_statistics() -> None:
    result = agreement(SHROUT_FLEISS)
    assert result == Agreement(
        n_judges=4,
        n_projects=6,
        kendall_w=kendall_w(SHROUT_FLEISS),
        **icc(SHROUT_FLEISS),
    )


# --- Kendall's W -------------------------------------------------------------------------


def test_kendall_w_with_ties_matches_published_value() -> None:
    w = kendall_w(ANXIETY)
    assert w is not None
    # Published (DescTools reference page): 0.5396569.
    assert round_half_up(w, 7) == Decimal("0.5396569")
    # Exact, by hand: the rank sums give S = 3004; tie terms Σ(t³ − t) per rater are
    # 402, 690 and 582 (ΣT = 1674); W = 12·3004 / (3²·(20³ − 20) − 3·1674)
    #   = 36048 / 66798 = 6008/11133.
    assert w == Fraction(6008, 11133)
    # irr prints the chi-square m(n − 1)W as 30.8.
    assert round_half_up(3 * 19 * w, 1) == Decimal("30.8")
    # Without the correction W would be 12·3004 / (9·7980) = 3004/5985 ≈ 0.502: ties matter.
    assert w > Fraction(3004, 5985)


def test_kendall_w_published_example_without_ties() -> None:
    # ProofWiki, "Kendall's Coefficient of Concordance/Examples/Arbitrary Example 1":
    # 3 competitors ranked by 4 judges; rank sums 7, 9, 8; S = 2; W = 24/384 = 1/16.
    ranks = [
        [1, 1, 2, 3],
        [3, 2, 3, 1],
        [2, 3, 1, 2],
    ]
    assert kendall_w(ranks) == Fraction(1, 16)


def test_kendall_w_without_ties_by_hand() -> None:
    # 4 projects, 3 judges scoring (higher is better; direction does not change W).
    # Ascending ranks per judge: (1,2,3,4), (2,1,3,4), (1,3,2,4);
    # rank sums 4, 6, 8, 12, mean 7.5, S = 12.25 + 2.25 + 0.25 + 20.25 = 35,
    # W = 12·35 / (3²·(4³ − 4)) = 420/540 = 7/9.
    scores = [
        [Decimal("20.5"), Decimal("24"), Decimal("18")],
        [Decimal("22"), Decimal("21.5"), Decimal("27")],
        [Decimal("25.5"), Decimal("26"), Decimal("19.5")],
        [Decimal("28"), Decimal("29.5"), Decimal("28")],
    ]
    assert kendall_w(scores) == Fraction(7, 9)


def test_kendall_w_perfect_agreement_is_one() -> None:
    assert kendall_w([[1, 10, 5], [2, 20, 6], [3, 30, 7], [4, 40, 8]]) == 1
    # Identical tie patterns agree perfectly too: the tie correction makes that exactly 1.
    tied = [[5, 5, 5], [5, 5, 5], [7, 7, 7], [9, 9, 9]]
    assert kendall_w(tied) == 1


def test_kendall_w_two_reversed_judges_is_zero() -> None:
    # For two judges W = (1 + Spearman ρ)/2; reversed rankings have ρ = −1.
    assert kendall_w([[1, 5], [2, 4], [3, 3], [4, 2], [5, 1]]) == 0
    assert kendall_w([[1, 4], [1, 4], [3, 2], [4, 1]]) == 0  # with ties


# --- Undefined statistics and bad input ---------------------------------------------------


NONE_ICC = dict.fromkeys(ICC_KEYS)


@pytest.mark.parametrize(
    ("matrix", "n_projects", "n_judges"),
    [
        ([[1], [2], [3]], 3, 1),  # one judge: no agreement to measure
        ([[1, 2, 3]], 1, 3),  # one project: nothing to rank, no target variance
        ([], 0, 0),
        ([[], []], 2, 0),
    ],
)
def test_too_small_is_undefined(matrix: list[list[int]], n_projects: int, n_judges: int) -> None:
    assert agreement(matrix) == Agreement(n_judges, n_projects, None, None, None, None, None)


def test_all_equal_matrix_is_undefined() -> None:
    # Every mean square is 0, so every ICC is 0/0; every judge ties all projects, so W's
    # denominator m²(n³ − n) − mΣT is 0 as well. Neither agreement nor disagreement is
    # measurable, hence None rather than 0 or 1.
    equal = [[Decimal("27.5")] * 5 for _ in range(4)]
    assert kendall_w(equal) is None
    assert icc(equal) == NONE_ICC


def test_zero_between_target_variance_leaves_icc3_k_undefined() -> None:
    # Every project has the same total: BMS = 0, so ICC(3,k) = (0 − EMS)/0 is undefined,
    # while ICC(3,1) = −EMS / ((k − 1)EMS) = −1 for k = 2.
    result = icc([[1, 3], [2, 2], [3, 1]])
    assert result["icc3_k"] is None
    assert result["icc3_1"] == -1


def test_two_by_two_with_zero_effects_leaves_icc2_1_undefined() -> None:
    # n = k = 2 with BMS = JMS = 0: the ICC(2,1) denominator BMS + EMS + 2(JMS − EMS)/2
    # is EMS − EMS = 0.
    assert icc([[1, 2], [2, 1]])["icc2_1"] is None


def test_a_judge_who_ties_everything_still_counts() -> None:
    # The constant judge's ranks are all (n+1)/2; the denominator stays positive.
    # By hand: rank sums 1+2+1 = 4, 2+2+2 = 6, 3+2+3 = 8; mean 6; S = 8;
    # ΣT = 3³ − 3 = 24 from the constant judge; W = 96 / (9·24 − 3·24) = 96/144 = 2/3.
    assert kendall_w([[1, 3, 7], [2, 3, 8], [3, 3, 9]]) == Fraction(2, 3)


def test_ragged_matrix_raises() -> None:
    with pytest.raises(ValueError, match="ragged"):
        agreement([[1, 2, 3], [4, 5]])
    with pytest.raises(ValueError, match="ragged"):
        kendall_w([[1, 2], [3, 4, 5]])
    with pytest.raises(ValueError, match="ragged"):
        icc([[1, 2], [3, 4], [5]])


@pytest.mark.parametrize("cell", [1.5, True, "3", None])
def test_non_exact_cells_are_refused(cell: object) -> None:
    with pytest.raises(TypeError):
        agreement([[1, 2], [3, cell]])  # type: ignore[list-item]


@pytest.mark.parametrize("cell", [Decimal("NaN"), Decimal("Infinity")])
def test_non_finite_decimals_are_refused(cell: Decimal) -> None:
    with pytest.raises(ValueError, match="finite"):
        agreement([[1, 2], [3, cell]])


# --- Properties ----------------------------------------------------------------------------


def reference_icc(matrix: list[list[Fraction]]) -> dict[str, Fraction | None]:
    """Textbook deviation-form two-way ANOVA, independent of the module's integer shortcut."""
    n, k = len(matrix), len(matrix[0])
    grand = sum(sum(row) for row in matrix) / (n * k)
    row_means = [sum(row) / k for row in matrix]
    col_means = [sum(col) / n for col in zip(*matrix, strict=True)]
    bms = k * sum((r - grand) ** 2 for r in row_means) / (n - 1)
    jms = n * sum((c - grand) ** 2 for c in col_means) / (k - 1)
    ems = sum(
        (matrix[i][j] - row_means[i] - col_means[j] + grand) ** 2
        for i in range(n)
        for j in range(k)
    ) / ((n - 1) * (k - 1))

    def ratio(num: Fraction, den: Fraction) -> Fraction | None:
        return num / den if den else None

    return {
        "icc2_1": ratio(bms - ems, bms + (k - 1) * ems + k * (jms - ems) / n),
        "icc2_k": ratio(bms - ems, bms + (jms - ems) / n),
        "icc3_1": ratio(bms - ems, bms + (k - 1) * ems),
        "icc3_k": ratio(bms - ems, bms),
    }


def reference_w(matrix: list[list[Fraction]]) -> Fraction | None:
    """W from average ranks counted directly: rank = #smaller + (#equal + 1)/2."""
    n, m = len(matrix), len(matrix[0])
    sums = [Fraction(0)] * n
    ties = 0
    for j in range(m):
        column = [row[j] for row in matrix]
        for i, x in enumerate(column):
            sums[i] += sum(1 for y in column if y < x) + Fraction(column.count(x) + 1, 2)
        ties += sum(t**3 - t for t in (column.count(v) for v in set(column)))
    mean = Fraction(m * (n + 1), 2)
    s = sum((r - mean) ** 2 for r in sums)
    den = m * m * (n**3 - n) - m * ties
    return 12 * s / den if den else None


cells = st.one_of(
    st.integers(min_value=0, max_value=8),
    st.decimals(min_value=0, max_value=10, places=1),
    st.fractions(min_value=0, max_value=10, max_denominator=4),
)


@st.composite
def matrices(draw: st.DrawFn) -> list[list[Decimal | int | Fraction]]:
    n = draw(st.integers(min_value=2, max_value=7))
    k = draw(st.integers(min_value=2, max_value=5))
    return draw(st.lists(st.lists(cells, min_size=k, max_size=k), min_size=n, max_size=n))


@settings(max_examples=300, deadline=None)
@given(matrix=matrices(), data=st.data())
def test_properties(matrix: list[list[Decimal | int | Fraction]], data: st.DataObject) -> None:
    result = agreement(matrix)

    if result.kendall_w is not None:
        assert 0 <= result.kendall_w <= 1

    # Permuting projects (rows) and judges (columns) changes nothing, exactly.
    n, k = len(matrix), len(matrix[0])
    row_order = data.draw(st.permutations(range(n)))
    col_order = data.draw(st.permutations(range(k)))
    permuted = [[matrix[i][j] for j in col_order] for i in row_order]
    assert agreement(permuted) == result

    # Agrees with straightforward textbook implementations.
    exact = [[Fraction(x) for x in row] for row in matrix]
    assert result.kendall_w == reference_w(exact)
    assert icc(matrix) == reference_icc(exact)
