"""A mission and its plan, indexed once for the views (who visits a station, and when)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from missionplanner.export.colours import team_colours, team_order
from missionplanner.model import Mission, Plan, PollingStation, Route, Visit
from ui.selection import Selected, VisitRef


@dataclass
class PlanIndex:
    """Lookups the map, the timeline and the dashboard share."""

    mission: Mission | None = None
    plan: Plan | None = None
    stations: dict[str, PollingStation] = field(init=False, default_factory=dict)
    routes: dict[tuple[str, date], Route] = field(init=False, default_factory=dict)
    visits_of: dict[str, list[VisitRef]] = field(init=False, default_factory=dict)
    colours: dict[str, str] = field(init=False, default_factory=dict)
    teams: list[str] = field(init=False, default_factory=list)

    def __post_init__(self) -> None:
        if self.mission is not None:
            self.stations = {s.id: s for s in self.mission.stations}
        if self.plan is None:
            return
        self.colours = team_colours(self.plan)
        self.teams = team_order(self.plan)
        for route in sorted(self.plan.routes, key=lambda r: (r.day, self.teams.index(r.team))):
            self.routes[(route.team, route.day)] = route
            for i, visit in enumerate(route.visits):
                self.visits_of.setdefault(visit.station, []).append(
                    VisitRef(route.team, route.day, i))

    def days(self) -> list[date]:
        """Observation days (the mission's, or those the plan has routes on)."""
        if self.mission is not None:
            return [d.date for d in self.mission.observation_days]
        return sorted({day for _, day in self.routes})

    def visit(self, ref: VisitRef) -> Visit | None:
        """The visit a reference points at (None when the plan changed under it)."""
        route = self.routes.get((ref.team, ref.day))
        if route is None or not 0 <= ref.index < len(route.visits):
            return None
        return route.visits[ref.index]

    def colour(self, team: str) -> str:
        """The team's colour (grey for a team the plan does not know)."""
        return self.colours.get(team, "#607d8b")

    def selected_stations(self, selected: Selected) -> set[str]:
        """Stations selected directly or through a selected visit."""
        out = set(selected.stations)
        for ref in selected.visits:
            visit = self.visit(ref)
            if visit is not None:
                out.add(visit.station)
        return out
