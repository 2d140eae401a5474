"""Geography: great-circle distances and travel-time estimates, and travel matrices from files."""

from missionplanner.geo.matrix_file import load_travel_matrix
from missionplanner.geo.travel import (
    MAX_POINTS,
    distance_matrix_km,
    drive_seconds,
    haversine_km,
    travel_matrix,
)

__all__ = [
    "MAX_POINTS",
    "distance_matrix_km",
    "drive_seconds",
    "haversine_km",
    "load_travel_matrix",
    "travel_matrix",
]
