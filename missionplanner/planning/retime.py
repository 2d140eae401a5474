"""Re-timing a route after a hand edit: times from the travel model, rule breaks listed.

A secretariat reorders, adds or removes stations of a team's day in the app; the route then
needs its times again. :func:`retime_route` builds the sites of the stations in the given
order as planning builds them (:mod:`.area_day`: the opening, if the route has one, on the
first station, the closing and counting, if it has them, on the last, then the protocol trip
when the mission follows protocols), with planning's travel (:mod:`.legs`) and the team's
home as the plan recorded it, and times them as the route search times its own routes
(:func:`solvers.time_route`, lunch included): a route re-timed in its own order keeps its
times. Nothing is refused: what breaks a rule -- late for an opening or a
closing, a visit outside the station's hours, back after the curfew, a station another team
visits -- is listed as a :class:`Violation`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

import solvers
from missionplanner.geo import TravelTable
from missionplanner.messages import app_errors as e
from missionplanner.messages import say
from missionplanner.model import Activity, Mission, Plan, Route
from missionplanner.planning import sites as site
from missionplanner.planning.area_day import AreaDay
from missionplanner.planning.edit_context import (
    OBSERVED,
    HandEditError,
    TeamDay,
    Violation,
    team_day,
)
from missionplanner.planning.plan_check import route_violations
from missionplanner.planning.translate import read_route


@dataclass(frozen=True)
class RetimedRoute:
    """A route with its times from the travel model, and every rule it breaks."""

    route: Route
    violations: tuple[Violation, ...]


def retime_route(mission: Mission, plan: Plan, team: str, day: date, stations: Sequence[str],
                 *, travel_table: TravelTable | None = None) -> RetimedRoute:
    """``team``'s route on ``day`` through ``stations`` in this order, timed by the travel
    model and the day's rules, with every rule it breaks.

    The route keeps its opening and its closing and counting when the plan's route has them
    (a new route gets them as the settings ask). ``travel_table``: give the table the plan was
    made with (``Plan.made_with.travel_table``), else travel times are estimated.
    Raises :class:`HandEditError` for an unknown team, day or station.
    """
    return retime_in(team_day(mission, plan, team, day, travel_table), plan, stations)


def retime_in(ctx: TeamDay, plan: Plan, stations: Sequence[str],
              others: dict[str, str] | None = None) -> RetimedRoute:
    """:func:`retime_route` in a context already made (for many routes of one plan);
    ``others``: the stations other teams observe that day (default: as in ``plan``)."""
    team, day = ctx.team, ctx.rules.day
    unknown = [s for s in stations if s not in ctx.places.stations]
    if unknown:
        raise HandEditError(say(e.UNKNOWN_STATIONS, stations=", ".join(map(repr, unknown))))
    before = next((r for r in plan.routes if r.team == team and r.day == day), None)
    route = _timed(ctx, list(stations), _shape(ctx, before))
    if others is None:
        others = observed_by_others(plan, team, day)
    return RetimedRoute(route, tuple(_violations(ctx, route, others)))


def observed_by_others(plan: Plan, team: str, day: date) -> dict[str, str]:
    """Station -> team, for the stations other teams observe on ``day``."""
    return {v.station: r.team for r in plan.routes if r.day == day and r.team != team
            for v in r.visits if v.activity in OBSERVED}


def _shape(ctx: TeamDay, before: Route | None) -> tuple[bool, bool]:
    """Whether the route opens and whether it counts: as before, or as the settings ask."""
    settings, election = ctx.rules.settings, ctx.rules.election
    acts = {v.activity for v in before.visits} if before is not None and before.visits else None
    opens = election and settings.observe_opening and (acts is None or Activity.OPENING in acts)
    counts = election and settings.observe_counting and (acts is None
                                                         or Activity.CLOSING in acts)
    return opens, counts


def _timed(ctx: TeamDay, stations: list[str], shape: tuple[bool, bool],
           lunch_after: str | None = None) -> Route:
    """Drive ``stations`` in order from home and back, timed as the route search times its
    routes (:func:`solvers.time_route`) on the sites planning builds; when the order breaks
    a window, the shift or lunch, the same with those limits open, so that the times still
    come (and the violations say what they break)."""
    if not stations:
        return Route(team=ctx.team, day=ctx.rules.day, visits=[])
    job = _job(ctx, stations, shape)
    order = list(range(1, len(job.stops)))
    solved = solvers.time_route(job.problem, 0, order)
    if solved is None:
        job = replace(job, problem=_opened(job.problem))
        solved = solvers.time_route(job.problem, 0, order)
    assert solved is not None, "a route with open windows and shift can always be timed"
    return read_route(job, solved, ctx.rules.clock)


def _job(ctx: TeamDay, stations: list[str], shape: tuple[bool, bool]) -> AreaDay:
    """The area-day problem of this one route: its home, then its stops in order."""
    rules, opens, counts = ctx.rules, *shape
    home = site.Stop(None, None, str(rules.zone), ctx.home.lat, ctx.home.lon)
    stops, sites, places = [home], [solvers.Site()], [ctx.home]
    for i, station in enumerate(stations):
        st = ctx.places.stations[station]
        if i == 0 and opens:
            stops.append(site.stop_of(rules, station, Activity.OPENING))
            sites.append(site.opening_site(rules, st, 0, 0))
        elif i == len(stations) - 1 and counts:
            stops.append(site.stop_of(rules, station, Activity.COUNTING))
            sites.append(site.counting_site(rules, st, 0, 0))
        else:
            stops.append(site.stop_of(rules, station, Activity.VOTING if rules.election
                                 else Activity.PRE_ELECTION))
            sites.append(site.visit_site(rules, st, 0))
        places.append(ctx.places.of(station))
    if counts and rules.settings.protocol_trip:
        counted = ctx.places.stations[stations[-1]]
        place = ctx.places.commission(counted.commission_name)
        stops.append(site.protocol_stop(rules, counted, place))
        sites.append(site.protocol_site(rules, counted, 0, 0))
        places.append(place)
    lunch = rules.lunch()
    team = solvers.Team(0, 0, (rules.day_start, rules.shift_end),
                        (solvers.Break(*lunch),) if lunch is not None else ())
    problem = solvers.Problem(ctx.travel.matrix(places), tuple(sites), (team,))
    return AreaDay(ctx.area.id, rules.day, str(rules.zone), problem, tuple(stops), (ctx.team,))


def _opened(problem: solvers.Problem) -> solvers.Problem:
    """``problem`` with every window, the shift and lunch open until the horizon."""
    end = solvers.HORIZON
    sites = tuple(replace(s, windows=((s.windows[0][0], end),)) if s.windows else s
                  for s in problem.sites)
    teams = tuple(replace(t, shift=(t.shift[0], end),
                          breaks=tuple(replace(b, latest=end) for b in t.breaks))
                  for t in problem.teams)
    return solvers.Problem(problem.travel, sites, teams)


def _violations(ctx: TeamDay, route: Route, others: dict[str, str]) -> list[Violation]:
    """What a re-timed route breaks (its times follow the travel model by construction)."""
    return route_violations(ctx, route, others, check_travel=False)
