"""The domain model: pydantic v2 models of missions and plans, validated on construction."""

from missionplanner.model.geography import Base, BaseKind, Region, RegionKind
from missionplanner.model.mission import (
    DEFER_CROSS_CHECKS,
    SCHEMA_VERSION,
    DayKind,
    DeclaredArea,
    Mission,
    ObservationDay,
    ReportedFact,
    cross_reference_problems,
    station_key,
    stations_by_id,
)
from missionplanner.model.observers import Gender, Observer, Role, Team
from missionplanner.model.plan import (
    PLAN_SCHEMA_VERSION,
    Activity,
    Assignment,
    LeftOut,
    Plan,
    Route,
    Visit,
)
from missionplanner.model.settings import LunchBreak, MissionSettings, TravelSettings
from missionplanner.model.stations import (
    Flag,
    Locality,
    LocationQuality,
    PollingStation,
    StationKind,
)

__all__ = [
    "DEFER_CROSS_CHECKS",
    "PLAN_SCHEMA_VERSION",
    "SCHEMA_VERSION",
    "Activity",
    "Assignment",
    "Base",
    "BaseKind",
    "DayKind",
    "DeclaredArea",
    "Flag",
    "Gender",
    "LeftOut",
    "Locality",
    "LocationQuality",
    "LunchBreak",
    "Mission",
    "MissionSettings",
    "ObservationDay",
    "Observer",
    "Plan",
    "PollingStation",
    "Region",
    "RegionKind",
    "ReportedFact",
    "Role",
    "Route",
    "StationKind",
    "Team",
    "TravelSettings",
    "Visit",
    "cross_reference_problems",
    "station_key",
    "stations_by_id",
]
