"""Editing the rubric as plain event data (the console's Rubric page; no Qt here).

Dimensions are the dicts of :func:`scoring.serialize.dimension_to_dict`. Every change keeps
the ranking rules' tie-break order in step: a renamed key is renamed there, a removed one
leaves it, an added one joins its end when the order is set explicitly. Problems come from
:func:`scoring.validation.check_dimension`, placed on the field they are about.
"""

from __future__ import annotations

import contextlib
import re
from decimal import Decimal
from typing import Any

from scoring.numbers import NumberError, to_decimal
from scoring.serialize import dec, dimension_from_dict
from scoring.validation import MAX_DIMENSIONS, check_dimension

FIELDS: tuple[str, ...] = ("key", "name", "name_en", "max", "step", "guidance")
NUMBER_FIELDS = ("max", "step")

# A band is "label low-high": 优秀 25-30, 良 18–24.5, 中 9 ~ 17 分. Bands are separated by
# semicolons, commas, 、 or new lines (full-width forms from a Chinese input method too).
_FULL_WIDTH = str.maketrans("０１２３４５６７８９．；，～－：", "0123456789.;,~-:")
_SEPARATORS = re.compile(r"[;,、\n]+")
_BAND = re.compile(
    r"(?P<label>.*?\S)(?:\s*:\s*|\s+|(?<![0-9.]))(?P<low>[0-9]+(?:\.[0-9]+)?)\s*(?:-|–|—|~|至|到)\s*"
    r"(?P<high>[0-9]+(?:\.[0-9]+)?)\s*分?"
)


def bands_text(guidance: list[list[str]]) -> str:
    """The bands as one line, the way :func:`parse_bands` reads them back."""
    return "; ".join(f"{label} {low}–{high}" for label, low, high in guidance)


def parse_bands(text: str) -> list[list[str]]:
    """Bands typed as text; ValueError naming the part that is not "label low-high"."""
    bands: list[list[str]] = []
    for part in _SEPARATORS.split(text.translate(_FULL_WIDTH)):
        part = part.strip()
        if not part:
            continue
        match = _BAND.fullmatch(part)
        if match is None:
            raise ValueError(f"'{part}' is not a band like '优秀 25-30'")
        low, high = (dec(to_decimal(match[name])) for name in ("low", "high"))
        bands.append([match["label"].strip(), low, high])
    return bands


def normalise(field: str, text: str) -> Any:
    """A typed value as stored in the data, or ValueError saying why it is refused."""
    if field not in FIELDS:
        raise ValueError(f"unknown field '{field}'")
    text = text.strip()
    if field in NUMBER_FIELDS:
        try:
            return dec(to_decimal(text))
        except NumberError:
            raise ValueError(f"'{text}' is not a number") from None
    if field == "guidance":
        return parse_bands(text)
    return text


def free_key(keys: list[str]) -> str:
    n = len(keys) + 1
    while f"dim{n}" in keys:
        n += 1
    return f"dim{n}"


def new_dimension(keys: list[str]) -> dict[str, Any]:
    key = free_key(keys)
    return {"key": key, "name": "", "name_en": "", "max": "10", "step": "0.5", "guidance": []}


def _tie_break(data: dict[str, Any]) -> list[str]:
    return list(data.setdefault("rules", {}).get("tie_break", []))


def set_field(data: dict[str, Any], row: int, field: str, value: Any) -> None:
    """Set one field of the row-th dimension (value as :func:`normalise` returns it)."""
    dim = data["dimensions"][row]
    old = dim.get(field)
    dim[field] = value
    if field == "key" and old != value:
        order = _tie_break(data)
        data["rules"]["tie_break"] = [value if key == old else key for key in order]


def add_dimension(data: dict[str, Any], at: int) -> None:
    dims = data["dimensions"]
    dim = new_dimension([d["key"] for d in dims])
    dims.insert(at, dim)
    order = _tie_break(data)
    if order:
        data["rules"]["tie_break"] = [*order, dim["key"]]


def remove_dimension(data: dict[str, Any], row: int) -> None:
    key = data["dimensions"].pop(row)["key"]
    if key not in (d["key"] for d in data["dimensions"]):
        data["rules"]["tie_break"] = [k for k in _tie_break(data) if k != key]


def move_dimension(data: dict[str, Any], row: int, to: int) -> None:
    dims = data["dimensions"]
    dims.insert(to, dims.pop(row))


def max_total(dims: list[dict[str, Any]]) -> Decimal:
    total = Decimal(0)
    for dim in dims:
        with contextlib.suppress(NumberError):
            total += to_decimal(dim.get("max", 0))
    return total


def _field_of(message: str) -> tuple[str, ...]:
    """The fields a check_dimension message is about (its wording names them)."""
    if message.startswith("the maximum") and "step" in message:
        return ("max", "step")
    for start, fields in (
        ("the key", ("key",)),
        ("the step", ("step",)),
        ("the maximum", ("max",)),
        ("the guidance", ("guidance",)),
    ):
        if message.startswith(start):
            return fields
    return ("key",)


def dimension_problems(dims: list[dict[str, Any]]) -> list[dict[str, list[str]]]:
    """For each row: field → the reasons it is wrong (rows without problems map to {})."""
    keys = [str(d.get("key", "")) for d in dims]
    out: list[dict[str, list[str]]] = []
    for dim, key in zip(dims, keys, strict=True):
        found: dict[str, list[str]] = {}
        try:
            messages = check_dimension(dimension_from_dict(dim))
        except (KeyError, TypeError, ValueError, ArithmeticError) as error:
            messages = [f"the dimension cannot be read ({error})"]
        if key and keys.count(key) > 1:
            messages.append(f"'{key}' appears more than once")
        for message in messages:
            for field in _field_of(message):
                found.setdefault(field, []).append(message)
        out.append(found)
    return out


def rubric_problems(dims: list[dict[str, Any]]) -> list[str]:
    """What is wrong with the rubric as a whole (not with one dimension)."""
    if not 1 <= len(dims) <= MAX_DIMENSIONS:
        return [f"the rubric needs 1 to {MAX_DIMENSIONS} dimensions"]
    return []
