"""Coverage metrics of a plan: stations, voters and regions covered, balance, time, workload."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from missionplanner.geo import travel_matrix
from missionplanner.model import (
    OBSERVING,
    Activity,
    Locality,
    Mission,
    Plan,
    Route,
    covered_stations,
    stations_by_id,
)
from missionplanner.planning.selection import reported_locality

GENERATED_NOTE = ("GENERATED stations (sample data): station places, counts by region and "
                  "voters are not official, so these figures illustrate, they do not measure")
OBSERVED = OBSERVING
"""The model's one definition of observing a station (see ``covered_stations``)."""


@dataclass(frozen=True)
class Coverage:
    """What a plan covers, against what the country has."""

    stations: tuple[int, int]
    """(covered, in the mission) on any day."""
    voters: tuple[int, int]
    regions: tuple[int, int]
    by_region: dict[str, tuple[int, int]]
    urban_share: tuple[float, float]
    """(share of urban stations among those covered, share in the country), over the stations
    whose locality is given or estimated (:func:`reported_locality`)."""
    minutes_per_station: float
    travel_share: float
    """Driving time over time on the road (departure to return)."""
    duplicates: int
    """Station visits by a second team on the same day: must be 0."""
    workload: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Team id -> (stations visited, minutes on duty) over all days."""
    locality_unknown: tuple[int, int] = (0, 0)
    """(covered, in the mission) stations whose urban/rural is neither given nor estimable."""
    voters_unknown: tuple[int, int] = (0, 0)
    """(covered, in the mission) stations whose registered voters the list did not give."""
    generated: bool = False
    """The mission's stations are generated (sample data): the figures illustrate."""

    def lines(self) -> list[str]:
        """A short report, one metric a line."""
        def pct(a: int, b: int) -> str:
            return f"{a} of {b} ({a / b:.1%})" if b else f"{a} of {b}"

        out = [
            f"stations covered: {pct(*self.stations)}",
            f"voters covered:   {pct(*self.voters)}"
            + (f" (voters unknown at {self.voters_unknown[0]} covered stations, "
               f"{self.voters_unknown[1]} in all)" if self.voters_unknown[1] else ""),
            f"regions covered:  {pct(*self.regions)}",
            f"urban share:      {self.urban_share[0]:.0%} of covered stations "
            f"vs {self.urban_share[1]:.0%} in the country"
            + (f" (urban/rural unknown: {self.locality_unknown[0]} covered, "
               f"{self.locality_unknown[1]} in all; left out of the shares)"
               if self.locality_unknown[1] else ""),
            f"minutes per station: {self.minutes_per_station:.0f}; "
            f"driving share: {self.travel_share:.0%}; duplicates: {self.duplicates}",
        ]
        out += [f"  {r}: {pct(*v)}" for r, v in sorted(self.by_region.items())]
        loads = sorted(v[0] for v in self.workload.values())
        if loads:
            out.append(f"stations per team: min {loads[0]}, max {loads[-1]}")
        if self.generated:
            out.append(GENERATED_NOTE)
        return out


def coverage(mission: Mission, plan: Plan) -> Coverage:
    """The coverage metrics of ``plan`` for ``mission``."""
    stations = {s.id: s for s in mission.stations}
    regions = {r.id: r for r in mission.regions}
    seen_day = Counter((v.station, r.day) for r in plan.routes for v in r.visits
                       if v.activity in OBSERVED and v.activity is not Activity.CLOSING)
    covered = covered_stations(plan) & set(stations)
    by_region: dict[str, list[int]] = {}
    for station in stations.values():
        by_region.setdefault(station.region, [0, 0])[1] += 1
    for s in covered:
        by_region[stations[s].region][0] += 1
    locality = {i: reported_locality(s, regions.get(s.region))[0] for i, s in stations.items()}
    urban = [loc is Locality.URBAN for loc in locality.values() if loc is not None]
    urban_cov = [locality[s] is Locality.URBAN for s in covered if locality[s] is not None]
    duty = drive = 0.0
    workload: dict[str, list[int]] = {}
    for route in plan.routes:
        load = workload.setdefault(route.team, [0, 0])
        load[0] += sum(1 for v in route.visits if v.activity in OBSERVED
                       and v.activity is not Activity.CLOSING)
        if route.departure and route.returns and route.visits:
            minutes = (route.returns - route.departure).total_seconds() / 60
            load[1] += round(minutes)
            duty += minutes
            drive += route_driving_minutes(mission, route)
    visits = sum(v[0] for v in workload.values())
    return Coverage(
        stations=(len(covered), len(stations)),
        voters=(sum(stations[s].known_voters for s in covered),
                sum(s.known_voters for s in stations.values())),
        regions=(sum(1 for v in by_region.values() if v[0]), len(by_region)),
        by_region={r: (v[0], v[1]) for r, v in by_region.items()},
        urban_share=(sum(urban_cov) / len(urban_cov) if urban_cov else 0.0,
                     sum(urban) / len(urban) if urban else 0.0),
        minutes_per_station=duty / visits if visits else 0.0,
        travel_share=drive / duty if duty else 0.0,
        duplicates=sum(n - 1 for n in seen_day.values()),
        workload={t: (v[0], v[1]) for t, v in workload.items()},
        locality_unknown=(sum(1 for s in covered if locality[s] is None),
                          sum(1 for loc in locality.values() if loc is None)),
        voters_unknown=(sum(1 for s in covered if stations[s].registered_voters is None),
                        sum(1 for s in stations.values() if s.registered_voters is None)),
        generated=any(s.generated for s in stations.values()),
    )


def route_driving_minutes(mission: Mission, route: Route) -> float:
    """Estimated driving of one route: to the first stop, between stops, and back."""
    if not route.visits:
        return 0.0
    drive = 0.0
    if route.departure is not None:
        drive += (route.visits[0].arrival - route.departure).total_seconds() / 60
    if route.returns is not None:
        drive += (route.returns - route.visits[-1].end).total_seconds() / 60
    return drive + _driving_minutes(mission, [v.station for v in route.visits])


def _driving_minutes(mission: Mission, ids: list[str]) -> float:
    """Estimated driving between consecutive stations of a route (none between repeats)."""
    stations = stations_by_id(mission)
    points = [(stations[i].lat, stations[i].lon) for i in ids if i in stations]
    if len(points) < 2:
        return 0.0
    m = travel_matrix(points, mission.settings.travel)
    legs = [int(m[k, k + 1]) for k in range(len(points) - 1) if points[k] != points[k + 1]]
    return sum(legs) / 60
