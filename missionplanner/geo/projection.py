"""A flat projection for drawing one country: kilometres east and south of a centre.

Equirectangular with the width of a degree of longitude taken at the centre's latitude: over
Kazakhstan (40-56 N) distances stay within a few per cent, which a route map and its scale bar
can live with, and it costs two multiplications (10,000 stations re-project in microseconds).
The map and the PDF route sheets both use it, so a station sits at the same place on both.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

KM_PER_DEGREE = 111.195
"""Length of a degree of latitude (mean Earth radius 6,371 km)."""


@dataclass(frozen=True)
class Projection:
    """Degrees to kilometres: ``x`` grows east, ``y`` grows south (screen and PDF alike)."""

    lat0: float = 48.0
    lon0: float = 67.0

    @property
    def kx(self) -> float:
        """Kilometres per degree of longitude at the centre."""
        return KM_PER_DEGREE * math.cos(math.radians(self.lat0))

    def point(self, lat: float, lon: float) -> tuple[float, float]:
        """One point, in kilometres."""
        return ((lon - self.lon0) * self.kx, (self.lat0 - lat) * KM_PER_DEGREE)

    def points(self, lats: np.ndarray, lons: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Many points at once."""
        return ((np.asarray(lons, float) - self.lon0) * self.kx,
                (self.lat0 - np.asarray(lats, float)) * KM_PER_DEGREE)

    def inverse(self, x: float, y: float) -> tuple[float, float]:
        """Kilometres back to (lat, lon)."""
        return (self.lat0 - y / KM_PER_DEGREE, self.lon0 + x / self.kx)


KAZAKHSTAN = Projection(lat0=48.0, lon0=67.0)
"""The projection every view of the sample missions uses."""
