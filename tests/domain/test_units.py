from decimal import Decimal

import pytest

from corelog.domain.units import (
    METRES_PER_MILE,
    check_unit,
    from_metres,
    metres_per_unit,
    pace_seconds,
    to_metres,
)


def test_a_mile_is_the_international_mile():
    assert Decimal("1609.344") == METRES_PER_MILE
    assert to_metres(1, "mi") == 1609
    assert to_metres(26.2, "mi") == 42165  # 42164.81 m


def test_conversion_rounds_to_the_nearest_metre_with_halves_up():
    assert to_metres("5.2", "km") == 5200
    assert to_metres("0.0005", "km") == 1
    assert to_metres("0.0004", "km") == 0
    assert to_metres("3.1", "mi") == 4989  # 4988.97 m


def test_from_metres_gives_the_amount_in_the_unit():
    assert from_metres(5200, "km") == pytest.approx(5.2)
    assert from_metres(1609.344, "mi") == pytest.approx(1.0)


def test_unknown_unit_is_refused():
    with pytest.raises(ValueError, match="unknown distance unit"):
        check_unit("furlong")
    with pytest.raises(ValueError):
        metres_per_unit("KM")


def test_pace_per_km_and_per_mile():
    # 5 km in 24:30 is 4:54 per km; per mile that is 294 * 1.609344 s.
    assert pace_seconds(5000, 1470, "km") == pytest.approx(294.0)
    assert pace_seconds(5000, 1470, "mi") == pytest.approx(294 * 1.609344)


@pytest.mark.parametrize(("distance_m", "duration_s"), [(0, 1500), (5000, 0), (-5, 100)])
def test_pace_is_undefined_without_a_positive_distance_and_time(distance_m, duration_s):
    assert pace_seconds(distance_m, duration_s, "km") is None
