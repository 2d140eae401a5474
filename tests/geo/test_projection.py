"""The flat projection: a mission's country's centre, a route's own centre, across 180°."""

from __future__ import annotations

import math

import pytest

from missionplanner.geo.projection import KAZAKHSTAN, Projection, mission_projection
from missionplanner.geo.travel import haversine_km
from tests.conftest import make_mission


def test_a_kazakh_mission_keeps_the_projection_it_always_had() -> None:
    assert mission_projection(make_mission()) == KAZAKHSTAN


@pytest.mark.parametrize(("country", "lat0", "lon0"), [
    ("Kyrgyzstan", 41.0, 74.0), ("RU", 57.0, 105.0), ("Azerbaijan", 40.0, 48.0)])
def test_other_countries_are_drawn_around_their_own_middle(country: str, lat0: float,
                                                           lon0: float) -> None:
    """The middle of the preset's box, to a whole degree (Russia's box crosses 180°)."""
    assert mission_projection(make_mission(host_country=country)) == Projection(lat0, lon0)


def test_a_country_without_a_preset_is_drawn_around_its_stations() -> None:
    mission = make_mission(host_country="Moldova")
    lats = [s.lat for s in mission.stations]
    lons = [s.lon for s in mission.stations]
    assert mission_projection(mission) == Projection(
        float(round((min(lats) + max(lats)) / 2)), float(round((min(lons) + max(lons)) / 2)))


def test_around_takes_the_short_way_across_180_degrees() -> None:
    """Stops at 179.9 E and 179.9 W are 0.2° apart, not 359.8°, and drawn so."""
    projection = Projection.around([(64.7, 179.9), (64.7, -179.9)])
    assert projection.lat0 == pytest.approx(64.7)
    assert abs(projection.lon0) == pytest.approx(180.0)
    (x1, y1), (x2, y2) = projection.point(64.7, 179.9), projection.point(64.7, -179.9)
    assert math.hypot(x2 - x1, y2 - y1) == pytest.approx(
        float(haversine_km(64.7, 179.9, 64.7, -179.9)), rel=0.01)
    assert projection.inverse(*projection.point(64.7, -179.9)) == pytest.approx((64.7, -179.9))


def test_points_agree_with_point() -> None:
    import numpy as np

    lats, lons = np.array([43.25, 69.35, 64.7]), np.array([76.92, 88.2, -179.9])
    xs, ys = KAZAKHSTAN.points(lats, lons)
    for k in range(3):
        assert (xs[k], ys[k]) == pytest.approx(KAZAKHSTAN.point(lats[k], lons[k]))
