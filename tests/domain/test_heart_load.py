"""Banister's TRIMP: minutes x reserve share x 0.64 e^(1.92 x)."""

from __future__ import annotations

import math

import pytest

from corelog.domain.heart_load import WOMEN_WEIGHTING, reserve_share, trimp


def test_an_hour_at_80_percent_of_the_reserve():
    # rest 50, max 200: 170 is 80 % of the 150 beats of reserve
    assert trimp(60, 170, 50, 200) == pytest.approx(60 * 0.8 * 0.64 * math.exp(1.92 * 0.8))
    assert trimp(60, 170, 50, 200) == pytest.approx(142.7, abs=0.1)


def test_the_womens_weighting_counts_less_for_the_same_effort():
    assert trimp(60, 170, 50, 200, WOMEN_WEIGHTING) == pytest.approx(
        60 * 0.8 * 0.64 * math.exp(1.67 * 0.8)
    )
    assert trimp(60, 170, 50, 200, WOMEN_WEIGHTING) < trimp(60, 170, 50, 200)


def test_the_share_stays_between_nothing_and_all_of_the_reserve():
    assert reserve_share(40, 50, 200) == 0
    assert reserve_share(210, 50, 200) == 1
    assert trimp(30, 45, 50, 200) == 0


def test_a_maximum_at_or_below_the_resting_rate_is_refused():
    with pytest.raises(ValueError):
        trimp(30, 150, 190, 190)


def test_more_minutes_or_a_higher_heart_rate_weigh_more():
    assert trimp(61, 150, 60, 190) > trimp(60, 150, 60, 190)
    assert trimp(60, 151, 60, 190) > trimp(60, 150, 60, 190)
