"""Where a station could go: the best places in the routes of its area on a day.

For the app's "add this station to a route": every position of every route of the station's
area that day (after the opening, before the closing) is re-timed with the station there
(:mod:`.retime`), and the options come back best first -- fewest rule breaks, then the least
driving added, then the team's id. A station already observed that day is
*moved*: its current visit is left out of the check, and the score does not change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from missionplanner.geo import TravelTable
from missionplanner.messages import app_errors as e
from missionplanner.messages import say
from missionplanner.model import Activity, Mission, Plan, Route
from missionplanner.planning.edit_context import (
    Contexts,
    HandEditError,
    Violation,
    route_stations,
)
from missionplanner.planning.retime import observed_by_others, retime_in
from missionplanner.planning.rules import DEFAULT_SCORE


@dataclass(frozen=True)
class InsertionOption:
    """The station at ``position`` of ``team``'s stations (:func:`.route_stations`)."""

    team: str
    position: int
    score_delta: int
    """What the plan's score gains: the station's score, 0 for a move."""
    extra_minutes: int
    """Minutes of driving the detour adds to the team's day."""
    violations: tuple[Violation, ...]
    """Every rule the route then breaks."""
    route: Route
    """The re-timed route with the station."""


def insertion_options(mission: Mission, plan: Plan, station: str, day: date, limit: int = 5,
                      *, travel_table: TravelTable | None = None) -> list[InsertionOption]:
    """The ``limit`` best places for ``station`` on ``day`` in the routes of its area.

    Raises :class:`HandEditError` for an unknown station or a day the plan has no routes on.
    """
    contexts = Contexts(mission, plan, travel_table)
    if station not in {s.id for s in mission.stations}:
        raise HandEditError(say(e.UNKNOWN_STATION, station=repr(station)))
    routes = [r for r in plan.routes_on(day) if r.returns is not None]
    if not plan.routes_on(day):
        raise HandEditError(say(e.NO_ROUTES, day=day))
    owner = next((r.team for r in routes for v in r.visits if v.station == station
                  and v.activity is not Activity.PROTOCOL), None)
    options: list[InsertionOption] = []
    for route in routes:
        ctx = contexts.of(route.team, day)
        if station not in ctx.area.stations:
            continue
        score = 0 if owner is not None else ctx.scores.get(station, DEFAULT_SCORE)
        others = {s: t for s, t in observed_by_others(plan, route.team, day).items()
                  if s != station}
        stations = [s for s in route_stations(route) if s != station]
        acts = [v.activity for v in route.visits]
        first = 1 if acts[:1] == [Activity.OPENING] else 0
        last = len(stations) - (1 if Activity.CLOSING in acts else 0)
        places = [ctx.home, *(ctx.places.of(s) for s in stations), ctx.home]
        legs = ctx.travel.matrix([*places, ctx.places.of(station)])
        n = len(places)
        for position in range(first, max(first, last) + 1):
            new = retime_in(ctx, plan, [*stations[:position], station, *stations[position:]],
                            others)
            detour = int(legs[position, n] + legs[n, position + 1]
                         - legs[position, position + 1])
            options.append(InsertionOption(route.team, position, score, round(detour / 60),
                                           new.violations, new.route))
    options.sort(key=lambda o: (len(o.violations), o.extra_minutes, -o.score_delta, o.team,
                                o.position))
    return options[:max(0, limit)]
