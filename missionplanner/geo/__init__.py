"""Geography: country presets, places by name, great-circle distances and travel-time
estimates, and travel matrices from files."""

from missionplanner.geo.box import Box
from missionplanner.geo.countries import (
    CountryPreset,
    RegionPreset,
    UnknownCountry,
    countries,
    country,
    new_mission,
    preset_for,
)
from missionplanner.geo.matrix_file import TravelTable, load_travel_matrix, read_travel_table
from missionplanner.geo.places import (
    AmbiguousPlace,
    Place,
    PlaceKind,
    PlaceNotFound,
    PlaceResolver,
    Settlement,
)
from missionplanner.geo.travel import (
    MAX_POINTS,
    distance_matrix_km,
    drive_seconds,
    haversine_km,
    travel_matrix,
)

__all__ = [
    "MAX_POINTS",
    "AmbiguousPlace",
    "Box",
    "CountryPreset",
    "Place",
    "PlaceKind",
    "PlaceNotFound",
    "PlaceResolver",
    "RegionPreset",
    "Settlement",
    "TravelTable",
    "UnknownCountry",
    "countries",
    "country",
    "distance_matrix_km",
    "drive_seconds",
    "haversine_km",
    "load_travel_matrix",
    "new_mission",
    "preset_for",
    "read_travel_table",
    "travel_matrix",
]
