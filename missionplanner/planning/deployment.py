"""Deployment: give each team an area, in proportion to voters (or stations), with reasons.

Seats are allocated by D'Hondt starting from the seats that are already decided: teams
entered by hand with an area, teams with a head of mission or a VIP (kept in the capital) and
one team for every must-cover area. Every further team goes to the area with the largest
``weight / (seats + 1)``; ties go to the area listed first. With
``settings.declared_areas_only``, only the mission's declared areas take further teams.
"""

from __future__ import annotations

from dataclasses import dataclass

from missionplanner.errors import SettingsError
from missionplanner.geo import haversine_km
from missionplanner.messages import app_errors as e
from missionplanner.messages import say
from missionplanner.model import Assignment, Mission, Role, Team
from missionplanner.planning.areas import Area, build_areas, capital_region
from missionplanner.planning.places import DAY_TRIP_KM


@dataclass(frozen=True)
class Deployment:
    """Teams with their area (and base), the areas, and why each team went where it did."""

    teams: list[Team]
    areas: dict[str, Area]
    assignments: list[Assignment]

    def teams_in(self, area: str) -> list[Team]:
        """The teams deployed to ``area``."""
        return [t for t in self.teams if t.area == area]


def deploy(mission: Mission, teams: list[Team], by: str = "voters") -> Deployment:
    """Deploy ``teams`` over the mission's areas; ``by`` is ``voters`` or ``stations``."""
    if by not in ("voters", "stations"):
        raise SettingsError(say(e.DEPLOY_BY, by=repr(by)))
    areas = [a for a in build_areas(mission) if a.stations]
    if not areas:
        raise SettingsError(say(e.NO_STATIONS_TO_DEPLOY))
    index = {a.id: a for a in areas}
    must = [a for a in areas if a.must_cover]
    if len(must) > len(teams):
        raise SettingsError(say(e.MUST_COVER_TEAMS, count=len(must),
                                areas=", ".join(a.name for a in must), teams=len(teams)))
    chosen: dict[str, str] = {}
    why: dict[str, str] = {}
    for team in teams:
        if team.area:
            chosen[team.id] = _match_area(team.area, areas, team.id)
            why[team.id] = "entered by hand"
    capital = _capital_area(mission, areas)
    heads = {o.id for o in mission.observers if o.role in (Role.HEAD, Role.VIP)}
    for team in teams:
        if team.id not in chosen and heads.intersection(team.members):
            if capital is None:
                raise SettingsError(say(e.HEAD_NO_CAPITAL, team=team.id))
            chosen[team.id], why[team.id] = capital.id, "head of mission / VIP: kept in the capital"
    seats = {a.id: 0 for a in areas}
    for area_id in chosen.values():
        seats[area_id] += 1
    free = [t for t in teams if t.id not in chosen]
    lacking = [a for a in must if seats[a.id] == 0]
    if len(lacking) > len(free):
        raise SettingsError(say(e.TEAMS_NOT_FREE, count=len(lacking), free=len(free)))
    for area in lacking:
        seats[area.id] += 1
    open_to = _open_areas(mission, areas)
    total = sum(a.weight(by) for a in open_to) or 1
    among = "" if len(open_to) == len(areas) else " in the declared areas"
    for _ in range(len(free) - len(lacking)):
        best = max(open_to, key=lambda a: (a.weight(by) / (seats[a.id] + 1), -areas.index(a)))
        seats[best.id] += 1
    open_seats = dict(seats)
    for area_id in chosen.values():
        open_seats[area_id] -= 1
    placed = _place(mission, free, areas, open_seats)
    chosen.update(placed)
    out_teams, assignments = [], []
    n = len(teams)
    for team in teams:
        area = index[chosen[team.id]]
        share = area.weight(by) / total
        unit = "voters" if by == "voters" else "stations"
        reason = (f"{area.name}: {share:.0%} of {unit}{among} → {seats[area.id]} of {n} "
                  "teams")
        if area.must_cover:
            reason += " (must-cover)"
        if area.note:
            reason += f"; {area.note}"
        if team.id in why:
            reason += f"; {why[team.id]}"
        base = team.base or _base_in(mission, area)
        out_teams.append(team.model_copy(update={"area": area.id, "base": base}))
        assignments.append(Assignment(team=team.id, area=area.id, why=reason))
    return Deployment(out_teams, index, assignments)


def _open_areas(mission: Mission, areas: list[Area]) -> list[Area]:
    """The areas that take teams beyond their must-cover minimum."""
    declared = [a for a in areas if a.declared]
    if declared and mission.settings.declared_areas_only:
        return declared
    return areas


def _place(mission: Mission, free: list[Team], areas: list[Area],
           seats: dict[str, int]) -> dict[str, str]:
    """Fill the open seats: teams whose base lies in an area's region go there first."""
    region_of_base = {b.id: b.region for b in mission.bases}
    placed: dict[str, str] = {}
    for team in free:
        region = region_of_base.get(team.base or "")
        home = [a for a in areas if a.region == region and seats[a.id] > 0]
        if home:
            placed[team.id] = home[0].id
            seats[home[0].id] -= 1
    for team in free:
        if team.id not in placed:
            area = next(a for a in areas if seats[a.id] > 0)
            placed[team.id] = area.id
            seats[area.id] -= 1
    return placed


def _match_area(name: str, areas: list[Area], team: str) -> str:
    wanted = name.casefold()
    for area in areas:
        if wanted in (area.id.casefold(), area.name.casefold()):
            return area.id
    for area in areas:
        if area.region.casefold() == wanted:
            return area.id
    raise SettingsError(say(e.AREA_NO_STATIONS, team=team, area=repr(name)))


def _capital_area(mission: Mission, areas: list[Area]) -> Area | None:
    region = capital_region(mission)
    inside = [a for a in areas if a.region == region]
    return max(inside, key=lambda a: len(a.stations)) if inside else None


def _base_in(mission: Mission, area: Area) -> str | None:
    """The first base in the area's region, else the nearest within a day trip of the
    area's stations (a settlement visited from a city's hotel)."""
    bases = sorted((b for b in mission.bases if b.region == area.region), key=lambda b: b.id)
    if bases:
        return bases[0].id
    if not mission.bases or not area.stations:
        return None
    lat, lon = area_centre(mission, area)
    near = sorted((float(haversine_km(lat, lon, b.lat, b.lon)), b.id) for b in mission.bases)
    return near[0][1] if near[0][0] <= DAY_TRIP_KM else None


def area_centre(mission: Mission, area: Area) -> tuple[float, float]:
    """The mean position of the area's stations."""
    ids = set(area.stations)
    points = [(s.lat, s.lon) for s in mission.stations if s.id in ids]
    return (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))
