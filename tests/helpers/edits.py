"""The deterministic sequence of edits the kill test makes and checks."""

from __future__ import annotations

from decimal import Decimal

PROJECTS = [f"G{i:02d}" for i in range(1, 18)] + [f"K{i:02d}" for i in range(1, 18)]
DIMENSIONS = ("concept", "measures", "impact")
KEYS = [(p, d) for p in PROJECTS for d in DIMENSIONS]


def edit(index: int) -> tuple[str, str, Decimal]:
    project, dimension = KEYS[index % len(KEYS)]
    return project, dimension, Decimal((index * 7) % 61) / 2  # 0 … 30 on the 0.5 grid


def state_after(last: int) -> dict[tuple[str, str], Decimal]:
    state: dict[tuple[str, str], Decimal] = {}
    for index in range(last + 1):
        project, dimension, value = edit(index)
        state[(project, dimension)] = value
    return state
