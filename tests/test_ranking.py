"""The ranking engine against cases computed by hand (DESIGN.md §4)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from scoring.model import Conflict
from scoring.numbers import round_half_up
from scoring.ranking import rank
from tests.factories import make_event, sheet, totals


def test_round_half_up_at_a_5_boundary() -> None:
    # Binary floats would give 2.67 (2.675 is stored as 2.67499…) and banker's rounding 85.12.
    assert round(2.675, 2) == 2.67
    assert round_half_up(Decimal("2.675"), 2) == Decimal("2.68")
    assert round_half_up(Fraction(85125, 1000), 2) == Decimal("85.13")
    assert round_half_up(Fraction(-85125, 1000), 2) == Decimal("-85.13")
    assert round_half_up(Fraction(1, 3), 2) == Decimal("0.33")
    assert round_half_up(Decimal("0.5"), 0) == Decimal("1")


def test_trimmed_mean_landing_on_a_5_rounds_up() -> None:
    # Six judges: 70 and 99 are dropped; (85.5 + 85 + 84.5 + 85.5) / 4 = 85.125 → 85.13.
    event = make_event(["P1"], 6)
    sheets = totals(
        {"J1": ["70"], "J2": ["85.5"], "J3": ["85"], "J4": ["84.5"], "J5": ["85.5"], "J6": ["99"]},
        ["P1"],
    )
    result = rank(event, sheets).by_code()["P1"]
    assert result.final == Decimal("85.13")
    assert result.trimmed
    assert [t.judge for t in result.trace if t.dropped] == ["J1", "J6"]


def test_fewer_judges_than_min_for_trim_take_the_plain_mean() -> None:
    # Four judges (< 5): nothing is dropped; (80 + 90 + 70 + 61) / 4 = 75.25.
    event = make_event(["P1"], 4)
    sheets = totals({"J1": ["80"], "J2": ["90"], "J3": ["70"], "J4": ["61"]}, ["P1"])
    result = rank(event, sheets).by_code()["P1"]
    assert result.final == Decimal("75.25")
    assert not result.trimmed
    assert not any(t.dropped for t in result.trace)
    assert {"kind": "not_trimmed", "n_scores": "4", "min_judges_for_trim": "5"} in result.flags


def test_trimming_drops_one_high_and_one_low_with_five_judges() -> None:
    # 60, 70, 80, 90, 95 → drop 60 and 95 → (70 + 80 + 90) / 3 = 80.00.
    event = make_event(["P1"], 5)
    sheets = totals({"J1": ["60"], "J2": ["70"], "J3": ["80"], "J4": ["90"], "J5": ["95"]}, ["P1"])
    result = rank(event, sheets).by_code()["P1"]
    assert result.final == Decimal("80.00")
    # With basis=total the dimension columns are means over the same three judges.
    assert sum(result.dimensions.values()) == result.final


def test_tie_broken_by_measures() -> None:
    # Both finals are 80.00; P2 has more 创新举措 (measures 35 vs 30), so it ranks first.
    event = make_event(["P1", "P2"], 3)
    sheets = [sheet(j, "P1", "25", "30", "25") for j in ("J1", "J2", "J3")]
    sheets += [sheet(j, "P2", "25", "35", "20") for j in ("J1", "J2", "J3")]
    results = rank(event, sheets).by_code()
    assert results["P1"].final == results["P2"].final == Decimal("80.00")
    assert results["P2"].rank_in_category == 1
    assert results["P1"].rank_in_category == 2
    assert not results["P1"].tied and not results["P2"].tied
    assert {"kind": "tie_broken", "with": "P1", "by": "measures"} in results["P2"].flags


def test_default_tie_break_is_largest_maximum_first() -> None:
    assert make_event().tie_break == ("measures", "concept", "impact")


def test_a_tie_that_stays_shared_gives_1_2_2_4() -> None:
    event = make_event(["P1", "P2", "P3", "P4"], 3)
    values = {
        "P1": ("28", "38", "28"),
        "P2": ("25", "35", "25"),
        "P3": ("25", "35", "25"),
        "P4": ("20", "30", "20"),
    }
    sheets = [sheet(j, code, *v) for code, v in values.items() for j in ("J1", "J2", "J3")]
    results = rank(event, sheets).by_code()
    assert [results[c].rank_in_category for c in ("P1", "P2", "P3", "P4")] == [1, 2, 2, 4]
    assert results["P2"].tied and results["P3"].tied
    assert not results["P1"].tied


def test_basis_dimension_differs_from_basis_total() -> None:
    # Five judges' (concept, measures, impact):
    #   J1 (30, 10, 10) = 50   J2 (10, 40, 10) = 60   J3 (10, 10, 30) = 50
    #   J4 (20, 20, 20) = 60   J5 (15, 25, 15) = 55
    # basis=total: drop J1 (lowest 50, earliest) and J4 (highest 60, latest) →
    #   (60 + 50 + 55) / 3 = 55.00; dimensions over J2, J3, J5: 11.67, 25.00, 18.33.
    # basis=dimension: concept 10,10,15,20,30 → (10+15+20)/3 = 15.00;
    #   measures 10,10,20,25,40 → (10+20+25)/3 = 18.33; impact 10,10,15,20,30 → 15.00;
    #   total = 15.00 + 18.33 + 15.00 = 48.33.
    rows = {
        "J1": ("30", "10", "10"),
        "J2": ("10", "40", "10"),
        "J3": ("10", "10", "30"),
        "J4": ("20", "20", "20"),
        "J5": ("15", "25", "15"),
    }
    sheets = [sheet(j, "P1", *v) for j, v in rows.items()]
    by_total = rank(make_event(["P1"], 5), sheets).by_code()["P1"]
    assert by_total.final == Decimal("55.00")
    assert by_total.dimensions == {
        "concept": Decimal("11.67"),
        "measures": Decimal("25.00"),
        "impact": Decimal("18.33"),
    }
    assert [t.judge for t in by_total.trace if t.dropped] == ["J1", "J4"]
    by_dim = rank(make_event(["P1"], 5, basis="dimension"), sheets).by_code()["P1"]
    assert by_dim.dimensions == {
        "concept": Decimal("15.00"),
        "measures": Decimal("18.33"),
        "impact": Decimal("15.00"),
    }
    assert by_dim.final == Decimal("48.33")
    # Each dimension drops its own extremes: J2 is the earliest of the lowest concepts (10)
    # and the highest measures (40).
    dropped = {t.judge: t.dropped_dimensions for t in by_dim.trace}
    assert dropped["J2"] == ("concept", "measures")
    assert dropped["J1"] == ("concept", "measures", "impact")


def test_zscore_normalisation() -> None:
    # Judge A: P1 80, P2 60 (mean 70, sd 10) → z +1, −1; judge B: P1 90, P2 70 → z +1, −1.
    # Panel: 80, 60, 90, 70 → μ = 75, σ = √((25 + 225 + 225 + 25) / 4) = √125 = 11.18034…
    # P1 = 75 + 11.18034 = 86.18; P2 = 75 − 11.18034 = 63.82.
    event = make_event(["P1", "P2"], ["A", "B"], aggregate="zscore")
    sheets = totals({"A": ["80", "60"], "B": ["90", "70"]}, ["P1", "P2"])
    results = rank(event, sheets).by_code()
    assert results["P1"].final == Decimal("86.18")
    assert results["P2"].final == Decimal("63.82")


def test_zscore_removes_a_strict_judges_bias() -> None:
    # C scores only P1, very strictly: the plain mean would put P1 (67.33) below P2 (71.00);
    # C's lone score has sd 0, so its z is 0 and P1 keeps the lead A and B gave it.
    event = make_event(["P1", "P2"], ["A", "B", "C"], aggregate="zscore")
    sheets = totals({"A": ["80", "70"], "B": ["82", "72"]}, ["P1", "P2"])
    sheets += totals({"C": ["40"]}, ["P1"])  # C's only score: sd 0 → z 0
    results = rank(event, sheets).by_code()
    assert results["P1"].rank_in_category == 1
    plain = rank(make_event(["P1", "P2"], ["A", "B", "C"], aggregate="mean"), sheets).by_code()
    assert plain["P1"].rank_in_category == 2


def test_median() -> None:
    event = make_event(["P1"], 4, aggregate="median")
    sheets = totals({"J1": ["60"], "J2": ["70"], "J3": ["81"], "J4": ["95"]}, ["P1"])
    assert rank(event, sheets).by_code()["P1"].final == Decimal("75.50")


def test_top_n_tie_straddling_the_cut_off_is_flagged_not_resolved() -> None:
    event = make_event(["P1", "P2", "P3", "P4"], 3, top_n=2)
    values = {
        "P1": ("28", "38", "28"),
        "P2": ("25", "35", "25"),
        "P3": ("25", "35", "25"),
        "P4": ("20", "30", "20"),
    }
    sheets = [sheet(j, code, *v) for code, v in values.items() for j in ("J1", "J2", "J3")]
    ranking = rank(event, sheets)
    results = ranking.by_code()
    assert results["P1"].selected is True
    assert results["P2"].selected is None and results["P3"].selected is None
    assert results["P4"].selected is False
    assert {p.project for p in ranking.problems if p.kind == "tie_at_cutoff"} == {"P2", "P3"}


def test_conflicted_scores_do_not_count_and_missing_scores_are_flagged() -> None:
    event = make_event(["P1", "P2"], 3, conflicts=[Conflict("J3", project="P2")])
    sheets = totals({"J1": ["80", "70"], "J2": ["82", "72"], "J3": ["50", "10"]}, ["P1", "P2"])
    sheets = [s for s in sheets if not (s.judge == "J2" and s.project == "P1")]
    ranking = rank(event, sheets)
    results = ranking.by_code()
    assert results["P2"].final == Decimal("71.00")  # J3's 10 is a conflicted pair
    assert {"kind": "conflict_excluded", "judge": "J3"} in results["P2"].flags
    assert {"kind": "missing", "judge": "J2"} in results["P1"].flags
    kinds = {(p.kind, p.judge, p.project) for p in ranking.problems}
    assert ("conflict_scored", "J3", "P2") in kinds
    assert ("missing_score", "J2", "P1") in kinds


def test_deviation_flag() -> None:
    # Panel mean (80 + 82 + 50) / 3 = 70.67; J3 deviates by −20.67 > 15.
    event = make_event(["P1"], 3)
    sheets = totals({"J1": ["80"], "J2": ["82"], "J3": ["50"]}, ["P1"])
    flags = rank(event, sheets).by_code()["P1"].flags
    assert {
        "kind": "deviation",
        "judge": "J3",
        "total": "50.00",
        "panel_mean": "70.67",
        "difference": "-20.67",
    } in flags


def test_ranks_within_category_and_overall() -> None:
    event = make_event(["A1", "A2", "B1"], 3, categories={"A1": "A", "A2": "A", "B1": "B"})
    sheets = totals({j: ["70", "60", "65"] for j in ("J1", "J2", "J3")}, ["A1", "A2", "B1"])
    results = rank(event, sheets).by_code()
    assert (results["A1"].rank_in_category, results["A1"].rank_overall) == (1, 1)
    assert (results["A2"].rank_in_category, results["A2"].rank_overall) == (2, 3)
    assert (results["B1"].rank_in_category, results["B1"].rank_overall) == (1, 2)


def test_agreement_uses_judges_who_scored_every_project() -> None:
    event = make_event(["P1", "P2", "P3"], 4)
    sheets = totals(
        {"J1": ["90", "80", "70"], "J2": ["85", "75", "65"], "J3": ["88", "78", "60"]},
        ["P1", "P2", "P3"],
    )
    sheets += totals({"J4": ["50", "99"]}, ["P1", "P2"])  # J4 skipped P3
    agreement = rank(event, sheets).agreement["A"]
    assert (agreement.n_judges, agreement.n_projects) == (3, 3)
    assert agreement.kendall_w == 1


def test_odd_number_text_is_not_a_score() -> None:
    import pytest

    from scoring.numbers import NumberError, to_decimal
    from scoring.rubric import DEFAULT_DIMENSIONS
    from scoring.validation import check_score

    for text in ("1E-999999999", "3e1", "2_5", "٢٧", "NaN", "27，5", "1e20"):
        with pytest.raises(NumberError):
            to_decimal(text)
    assert to_decimal("２７．５") == Decimal("27.5")
    assert str(to_decimal("-0")) == "0"
    with pytest.raises(ValueError):
        check_score(DEFAULT_DIMENSIONS[0], Decimal("1E-30"))
