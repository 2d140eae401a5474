"""Geography: great-circle distances and travel-time estimates, and travel matrices from files."""

from missionplanner.geo.matrix_file import TravelTable, load_travel_matrix, read_travel_table
from missionplanner.geo.travel import (
    MAX_POINTS,
    distance_matrix_km,
    drive_seconds,
    haversine_km,
    travel_matrix,
)

__all__ = [
    "MAX_POINTS",
    "TravelTable",
    "distance_matrix_km",
    "drive_seconds",
    "haversine_km",
    "load_travel_matrix",
    "read_travel_table",
    "travel_matrix",
]
