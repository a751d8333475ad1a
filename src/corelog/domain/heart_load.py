"""Training load from heart rate: Banister's TRIMP.

For a session of ``minutes`` at average heart rate ``hr``, with the user's resting and
maximum heart rate, the heart-rate reserve used is ``x = (hr - rest) / (max - rest)``
and the load is ``minutes * x * 0.64 * e^(1.92 x)`` (Banister's weighting; 1.67 in
place of 1.92 is his weighting for women, which CoreLog offers as a setting). The
result is in TRIMP units: an hour at 80 % of the reserve is about 143.
"""

from __future__ import annotations

import math

MEN_WEIGHTING = 1.92
WOMEN_WEIGHTING = 1.67


def reserve_share(avg_hr: float, rest_hr: float, max_hr: float) -> float:
    """How much of the heart-rate reserve an average used, from 0 to 1."""
    if max_hr <= rest_hr:
        raise ValueError("the maximum heart rate must be above the resting one")
    return min(1.0, max(0.0, (avg_hr - rest_hr) / (max_hr - rest_hr)))


def trimp(
    minutes: float, avg_hr: float, rest_hr: float, max_hr: float, weighting: float = MEN_WEIGHTING
) -> float:
    """Banister's training impulse of one session."""
    x = reserve_share(avg_hr, rest_hr, max_hr)
    return minutes * x * 0.64 * math.exp(weighting * x)
