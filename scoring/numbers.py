"""Exact decimal helpers: parsing, half-up rounding and decimal-string formatting."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation
from fractions import Fraction

# Enough digits for sums of thousands of scores and for z-score square roots.
EXACT = Context(prec=50)


class NumberError(ValueError):
    """A value that is not a finite decimal number."""


# Typed text: plain decimals only. '3e1', '2_5' or other scripts' digits are typing errors
# (or tricks), not scores; full-width digits from a Chinese input method are fine.
_FULL_WIDTH = str.maketrans("０１２３４５６７８９．＋－", "0123456789.+-")
_PLAIN = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
# Bounds that keep every sum exact in 28 digits and every digit string short.
MAX_MAGNITUDE = 12  # below 10**12
MAX_PLACES = 12


def to_decimal(value: object) -> Decimal:
    """Parse a score or setting exactly; floats go through their shortest repr (0.1 -> 0.1)."""
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, bool):
        raise NumberError(f"not a number: {value!r}")
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, float):
        result = Decimal(repr(value))
    elif isinstance(value, Fraction):
        result = EXACT.divide(Decimal(value.numerator), Decimal(value.denominator))
    elif isinstance(value, str):
        text = value.strip().translate(_FULL_WIDTH)
        if not _PLAIN.fullmatch(text):
            raise NumberError(f"not a number: {value!r}")
        try:
            result = Decimal(text)
        except InvalidOperation:
            raise NumberError(f"not a number: {value!r}") from None
    else:
        raise NumberError(f"not a number: {value!r}")
    return bounded(result, value)


def bounded(result: Decimal, shown: object = None) -> Decimal:
    """The number if it is finite and of sensible size and precision; -0 becomes 0."""
    if not result.is_finite():
        raise NumberError(f"not a finite number: {shown if shown is not None else result!r}")
    exponent = result.as_tuple().exponent
    assert isinstance(exponent, int)
    if result and (result.adjusted() >= MAX_MAGNITUDE or exponent < -MAX_PLACES):
        raise NumberError(f"not a sensible number: {shown if shown is not None else result!r}")
    if exponent < -MAX_PLACES:  # a zero written with absurd precision
        result = Decimal(0)
    return abs(result) if result == 0 else result


def to_fraction(value: Decimal | int | Fraction) -> Fraction:
    return value if isinstance(value, Fraction) else Fraction(value)


def round_half_up(value: Decimal | Fraction | int, decimals: int) -> Decimal:
    """四舍五入 to ``decimals`` places, computed on the exact value (never a float)."""
    quantum = Decimal(1).scaleb(-decimals)
    if isinstance(value, Fraction):
        # Scale, round the exact rational half away from zero, then scale back.
        scaled = value * (10**decimals)
        sign = -1 if scaled < 0 else 1
        whole = (abs(scaled.numerator) * 2 + scaled.denominator) // (2 * scaled.denominator)
        return (Decimal(sign * whole).scaleb(-decimals)).quantize(quantum)
    return Decimal(value).quantize(quantum, rounding=ROUND_HALF_UP, context=EXACT)


def fmt(value: Decimal | None) -> str | None:
    """A decimal as published text: fixed point, no exponent ('27.50', not '2.75E+1')."""
    if value is None:
        return None
    return format(value, "f")


def is_multiple(value: Decimal, step: Decimal) -> bool:
    """Exact for numbers that passed :func:`bounded` (at most 24 significant digits, well
    inside Decimal's 28); far larger exponents would make % round, so check rather than trust."""
    if max(abs(value.adjusted()), abs(step.adjusted())) > MAX_MAGNITUDE:
        return step > 0 and Fraction(value) % Fraction(step) == 0
    return step > 0 and value % step == 0
