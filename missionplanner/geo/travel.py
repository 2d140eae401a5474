"""Offline travel times: great-circle distance x circuity, driven at speeds that depend on the leg.

A leg's road length is ``great-circle km x circuity``. Its first ``urban_radius_km`` are
driven at the urban speed, the stretch up to ``highway_from_km`` at the rural speed and the
rest at the highway speed (like tax brackets), so the time grows continuously and
monotonically with distance: a leg 100 m longer is never faster. Every leg that ends at a
station also costs ``stop_overhead_minutes`` (parking, walking in).

Matrices are built per area, never for the whole country: :data:`MAX_POINTS` guards that.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from missionplanner.messages import app_errors as e
from missionplanner.messages import say
from missionplanner.model import TravelSettings

EARTH_RADIUS_KM = 6371.0088
MAX_POINTS = 4000
"""Largest matrix built at once (4000 x 4000 int64 is 128 MB): plan per area, not per country."""


def haversine_km(
    lat1: np.ndarray | float, lon1: np.ndarray | float, lat2: np.ndarray | float,
    lon2: np.ndarray | float,
) -> np.ndarray:
    """Great-circle distance in km between points given in degrees (numpy broadcasting)."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dp = p2 - p1
    dl = np.radians(np.asarray(lon2) - np.asarray(lon1))
    a = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


def distance_matrix_km(points: np.ndarray | Sequence[tuple[float, float]]) -> np.ndarray:
    """Great-circle distances between every pair of ``(lat, lon)`` points, in km."""
    pts = _as_points(points)
    lat, lon = pts[:, 0], pts[:, 1]
    return haversine_km(lat[:, None], lon[:, None], lat[None, :], lon[None, :])


def drive_seconds(km: np.ndarray | float, travel: TravelSettings) -> np.ndarray:
    """Seconds to drive legs of ``km`` great-circle kilometres (no stop overhead)."""
    road = np.asarray(km, dtype=float) * travel.circuity
    urban_end = travel.urban_radius_km
    rural_end = max(travel.highway_from_km, urban_end)
    urban = np.minimum(road, urban_end)
    rural = np.clip(road - urban_end, 0.0, rural_end - urban_end)
    highway = np.maximum(road - rural_end, 0.0)
    hours = (
        urban / travel.urban_speed_kmh
        + rural / travel.rural_speed_kmh
        + highway / travel.highway_speed_kmh
    )
    return hours * 3600.0


def travel_matrix(
    points: np.ndarray | Sequence[tuple[float, float]],
    travel: TravelSettings,
    stops: np.ndarray | Sequence[bool] | None = None,
    approximate: np.ndarray | Sequence[bool] | None = None,
) -> np.ndarray:
    """Whole seconds from each point to each other, plus the overhead on legs ending at a stop.

    ``stops[j]`` says whether point ``j`` is a station (the overhead applies to every leg that
    arrives there); by default every point is. ``approximate[j]`` says the point only stands
    in for a station's own (placed at its settlement): every leg to or from it gets
    ``travel.approximate_margin_minutes`` more, as the station may be anywhere there. The
    diagonal is zero.
    """
    pts = _as_points(points)
    n = len(pts)
    if n > MAX_POINTS:
        raise ValueError(say(e.TOO_MANY_POINTS, count=n, most=MAX_POINTS))
    seconds = drive_seconds(distance_matrix_km(pts), travel)
    is_stop = np.ones(n, dtype=bool) if stops is None else np.asarray(stops, dtype=bool)
    if is_stop.shape != (n,):
        raise ValueError(f"stops must have one flag per point ({n}), got {is_stop.shape}")
    seconds = seconds + np.where(is_stop, travel.stop_overhead_minutes * 60.0, 0.0)[None, :]
    if approximate is not None:
        loose = np.asarray(approximate, dtype=bool)
        if loose.shape != (n,):
            raise ValueError(f"approximate must have one flag per point ({n}), got {loose.shape}")
        seconds = seconds + 60.0 * travel.approximate_margin_minutes * (
            loose[:, None] | loose[None, :]
        )
    out = np.rint(seconds).astype(np.int64)
    np.fill_diagonal(out, 0)
    return out


def _as_points(points: np.ndarray | Sequence[tuple[float, float]]) -> np.ndarray:
    pts = np.asarray(points, dtype=float).reshape(-1, 2)
    return pts
