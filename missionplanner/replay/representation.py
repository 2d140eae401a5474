"""Is what a plan visits like the country? Urban share, the capital, each region, abroad."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from missionplanner.model import Locality, Mission, Plan, RegionKind
from missionplanner.planning.areas import capital_region
from missionplanner.planning.selection import locality_of
from missionplanner.replay.attempts import OBSERVED


@dataclass(frozen=True)
class RegionShare:
    """One region: stations visited and in the country, and the shares of each total."""

    region: str
    name: str
    visited: int
    stations: int
    share_visited: float
    """Of the stations visited at home."""
    share_country: float
    """Of the country's stations at home."""


@dataclass(frozen=True)
class Representation:
    """What was visited against what the country has."""

    urban_visited: float
    urban_country: float
    capital: str | None
    capital_visited: float
    capital_country: float
    regions: list[RegionShare]
    abroad_visited: int
    abroad_stations: int
    generated: bool
    """The mission's stations are generated: these shares illustrate, they do not measure."""

    @property
    def regions_visited(self) -> int:
        """Regions with at least one station visited."""
        return sum(1 for r in self.regions if r.visited)


def representation(mission: Mission, plan: Plan) -> Representation:
    """Shares of the stations ``plan`` observes, against the mission's station list."""
    regions = {r.id: r for r in mission.regions}
    abroad = {r.id for r in mission.regions if r.kind is RegionKind.ABROAD}
    stations = {s.id: s for s in mission.stations}
    seen = {v.station for r in plan.routes for v in r.visits
            if v.activity in OBSERVED and v.station in stations}
    home = [s for s in mission.stations if s.region not in abroad]
    home_seen = [stations[i] for i in sorted(seen) if stations[i].region not in abroad]

    def urban(items: list) -> float:
        return (sum(locality_of(s, regions.get(s.region)) is Locality.URBAN for s in items)
                / len(items)) if items else 0.0

    capital = capital_region(mission)
    in_country = Counter(s.region for s in home)
    visited = Counter(s.region for s in home_seen)
    rows = [RegionShare(r.id, r.name, visited[r.id], in_country[r.id],
                        visited[r.id] / len(home_seen) if home_seen else 0.0,
                        in_country[r.id] / len(home) if home else 0.0)
            for r in mission.regions if r.id not in abroad and in_country[r.id]]
    return Representation(
        urban_visited=urban(home_seen), urban_country=urban(home), capital=capital,
        capital_visited=visited[capital] / len(home_seen) if capital and home_seen else 0.0,
        capital_country=in_country[capital] / len(home) if capital and home else 0.0,
        regions=rows, abroad_visited=sum(1 for i in seen if stations[i].region in abroad),
        abroad_stations=sum(1 for s in mission.stations if s.region in abroad),
        generated=any(s.generated for s in mission.stations))
