"""Reference times: ISO dates of any precision, and the datelines that wires print."""

from __future__ import annotations

import re
from datetime import datetime

from timeline.model import Reference

_ISO = re.compile(
    r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})"
    r"(?:[T ](?P<H>\d{2}):(?P<M>\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$"
)


def parse_iso_reference(text: str, place: str | None = None,
                        agency: str | None = None) -> Reference:
    """A Reference from an ISO date of year, month, day or minute precision.

    Raises ValueError naming the problem for anything else (2018-13-45, "soon").
    """
    m = _ISO.match(text.strip())
    if not m:
        raise ValueError(f"not an ISO date: {text!r}")
    year, month, day = int(m["y"]), int(m["m"] or 1), int(m["d"] or 1)
    hour, minute = int(m["H"] or 0), int(m["M"] or 0)
    try:
        dct = datetime(year, month, day, hour, minute)
    except ValueError as err:
        raise ValueError(f"impossible date {text!r}: {err}") from None
    precision = "minute" if m["H"] else "day" if m["d"] else "month" if m["m"] else "year"
    return Reference(dct, precision, place, agency)
