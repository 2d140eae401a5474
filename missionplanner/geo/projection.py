"""A flat projection for drawing a country or a route: kilometres east and south of a centre.

Equirectangular with the width of a degree of longitude taken at the centre's latitude, so
east-west distances are true at the centre's latitude and off by ``cos(lat0) / cos(lat) - 1``
elsewhere: within a few per cent over a route's day (a degree or two of latitude), about 10 %
at the edges of Kazakhstan from its middle, but 87 % in Norilsk (69 N) from Kazakhstan's
48 N. Hence a projection per use: a country's map is centred on the country
(:func:`mission_projection`), a route sheet's map on the route (:meth:`Projection.around`).
It costs two multiplications (10,000 stations re-project in microseconds).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from missionplanner.model import Mission

KM_PER_DEGREE = 111.195
"""Length of a degree of latitude (mean Earth radius 6,371 km)."""


@dataclass(frozen=True)
class Projection:
    """Degrees to kilometres: ``x`` grows east, ``y`` grows south (screen and PDF alike).

    Longitudes are taken within 180° of the centre, so a map across the antimeridian
    (Chukotka) stays in one piece.
    """

    lat0: float = 48.0
    lon0: float = 67.0

    @property
    def kx(self) -> float:
        """Kilometres per degree of longitude at the centre."""
        return KM_PER_DEGREE * math.cos(math.radians(self.lat0))

    def point(self, lat: float, lon: float) -> tuple[float, float]:
        """One point, in kilometres."""
        return (_wrap(lon - self.lon0) * self.kx, (self.lat0 - lat) * KM_PER_DEGREE)

    def points(self, lats: np.ndarray, lons: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Many points at once."""
        east = (np.asarray(lons, float) - self.lon0 + 180.0) % 360.0 - 180.0
        return east * self.kx, (self.lat0 - np.asarray(lats, float)) * KM_PER_DEGREE

    def inverse(self, x: float, y: float) -> tuple[float, float]:
        """Kilometres back to (lat, lon)."""
        return (self.lat0 - y / KM_PER_DEGREE, _wrap(self.lon0 + x / self.kx))

    @classmethod
    def around(cls, places: Iterable[tuple[float, float]]) -> Projection:
        """Centred on the middle of the box around ``places`` (lat, lon): the flattest view
        of them (a box across the antimeridian is taken the short way round)."""
        points = list(places)
        if not points:
            return KAZAKHSTAN
        lats = [lat for lat, _ in points]
        first = points[0][1]
        lons = [first + _wrap(lon - first) for _, lon in points]
        return cls((min(lats) + max(lats)) / 2, _wrap((min(lons) + max(lons)) / 2))


def _wrap(degrees: float) -> float:
    """The same longitude difference (or longitude) within [-180, 180)."""
    return (degrees + 180.0) % 360.0 - 180.0


KAZAKHSTAN = Projection(lat0=48.0, lon0=67.0)
"""Kazakhstan's (the middle of its box, 40.5-55.5 N, 46.5-87.4 E, to a whole degree)."""


def mission_projection(mission: Mission | None) -> Projection:
    """The projection to draw a mission's country with: centred on its country's box (from
    the country preset; the middle of its stations when the country has none), rounded to a
    whole degree so that a map stays put while stations are added (Kazakhstan's is
    :data:`KAZAKHSTAN`)."""
    from missionplanner.geo.countries import preset_for

    if mission is None:
        return KAZAKHSTAN
    preset = preset_for(mission)
    if preset is not None:
        lat, lon = preset.centre
    else:
        places = [(s.lat, s.lon) for s in mission.stations if s.kind.value != "abroad"]
        if not places:
            return KAZAKHSTAN
        middle = Projection.around(places)
        lat, lon = middle.lat0, middle.lon0
    return Projection(float(round(lat)), _wrap(float(round(lon))))
