"""Checking a plan against the rules of the day: every violation with its team, day and visit.

A plan made by the planner keeps the rules; one edited by hand (or made before the mission
changed) may not. :func:`check_plan` lists, without changing anything: drives shorter than
the travel model allows, openings and closings off their time, visits outside a station's
hours or shorter than a visit, returns after the curfew, a station observed twice on a day,
a team outside its area or with nobody available that day.
"""

from __future__ import annotations

from datetime import datetime

from missionplanner.geo import TravelTable
from missionplanner.model import Activity, Mission, Plan, Route
from missionplanner.planning.edit_context import OBSERVED, Contexts, TeamDay, Violation
from missionplanner.planning.places import COMMISSION
from missionplanner.planning.rules import DayRules

SLACK = 60
"""Seconds a stored time may be off the rule (times are kept to the minute in sheets)."""


def check_plan(mission: Mission, plan: Plan, *,
               travel_table: TravelTable | None = None) -> list[Violation]:
    """Every rule the plan's routes break, route by route in day and team order.

    ``travel_table``: the table the plan was made with, if any (else travel is estimated).
    """
    contexts = Contexts(mission, plan, travel_table)
    owners: dict[tuple[str, object], list[str]] = {}
    for route in plan.routes:
        for v in route.visits:
            if v.activity in OBSERVED:
                owners.setdefault((v.station, route.day), []).append(route.team)
    out: list[Violation] = []
    for route in sorted(plan.routes, key=lambda r: (r.day, r.team)):
        others = {s: next(t for t in teams if t != route.team)
                  for (s, day), teams in owners.items()
                  if day == route.day and route.team in teams and len(set(teams)) > 1}
        out += route_violations(contexts.of(route.team, route.day), route, others)
    return out


def route_violations(ctx: TeamDay, route: Route, others: dict[str, str],
                     check_travel: bool = True) -> list[Violation]:
    """The rules ``route`` breaks; ``others``: stations another team observes that day
    (station -> team)."""
    rules, stations = ctx.rules, ctx.places.stations
    out: list[Violation] = []

    def add(index: int | None, station: str | None, rule: str, message: str) -> None:
        out.append(Violation(ctx.team, rules.day, index, station, rule, message))

    if ctx.unavailable and route.visits:
        add(None, None, "availability", f"none of team {ctx.team}'s observers is available "
                                        f"on {rules.day}")
    seen: set[str] = set()
    stopped = route.returns is None
    for i, v in enumerate(route.visits):
        if v.station.startswith(COMMISSION):
            continue
        if v.station not in stations:
            add(i, v.station, "station", f"station {v.station} is not in the mission")
            continue
        if v.activity in OBSERVED:
            if v.station in seen:
                add(i, v.station, "duplicate", f"station {v.station} is visited twice")
            elif v.station in others:
                add(i, v.station, "duplicate", f"station {v.station} is also visited by team "
                                               f"{others[v.station]} on {rules.day}")
            seen.add(v.station)
            if v.station not in ctx.area.stations:
                add(i, v.station, "area", f"station {v.station} is outside the team's area "
                                          f"({ctx.area.name})")
        out += [Violation(ctx.team, rules.day, i, v.station, rule, text)
                for rule, text in _visit_rules(ctx, route, i, stopped and i == len(route.visits)
                                               - 1)]
    if check_travel:
        out += _travel(ctx, route)
    if route.returns is not None and rules.clock.secs(route.returns) > rules.shift_end + SLACK:
        end = rules.clock.at(rules.shift_end)
        add(None, None, "curfew", f"back at {_hhmm(route.returns, end)}, after the end of the "
                                  f"shift ({end:%H:%M}{_curfew(ctx)})")
    return out


def _visit_rules(ctx: TeamDay, route: Route, i: int, cut: bool) -> list[tuple[str, str]]:
    """(rule, message) for what visit ``i`` breaks of the station's hours and the service."""
    rules, v = ctx.rules, route.visits[i]
    st = ctx.places.stations[v.station]
    start, end = rules.clock.secs(v.start), rules.clock.secs(v.end)
    out: list[tuple[str, str]] = []
    exact = {Activity.OPENING: (rules.opening_start(st), rules.before_opening + rules.service,
                                f"{rules.before_opening // 60} min before polling opens"),
             Activity.CLOSING: (rules.closing_start(st), rules.service,
                                "one visit before polling closes")}
    if v.activity in exact:
        due, length, when = exact[v.activity]
        if abs(start - due) > SLACK:
            out.append((v.activity.value, f"the {v.activity.value} at {v.station} starts "
                                          f"{v.start:%H:%M}, not {_local(rules, due, v.start)} "
                                          f"({when})"))
    elif v.activity is Activity.COUNTING:
        length = rules.counting
    elif v.activity in (Activity.VOTING, Activity.PRE_ELECTION):
        lo, hi = rules.window(st)
        if start < lo - SLACK:
            out.append(("hours", f"the visit at {v.station} starts {v.start:%H:%M}, before "
                                 f"{_local(rules, lo, v.start)} (the station's hours)"))
        if start > hi + SLACK:
            out.append(("hours", f"the visit at {v.station} starts {v.start:%H:%M}, after the "
                                 f"last start {_local(rules, hi, v.start)} (the station's "
                                 "hours)"))
        length = rules.service
    else:
        return out
    if end - start < length - SLACK and not cut:
        out.append(("service", f"the {v.activity.value.replace('_', '-')} visit at {v.station} "
                               f"lasts {(end - start) // 60} min, not {length // 60}"))
    return out


def _travel(ctx: TeamDay, route: Route) -> list[Violation]:
    """Drives shorter than the travel model allows: from home, between stops, back home."""
    places = [ctx.home, *(ctx.places.of(v.station) for v in route.visits), ctx.home]
    legs = ctx.travel.matrix(places)
    moments: list[tuple[datetime | None, datetime | None]] = [(None, route.departure)]
    moments += [(v.arrival, v.end) for v in route.visits]
    moments.append((route.returns, None))
    out = []
    for k in range(1, len(places)):
        left, reached = moments[k - 1][1], moments[k][0]
        if left is None or reached is None or places[k - 1] == places[k]:
            continue
        need = int(legs[k - 1, k])
        took = int((reached - left).total_seconds())
        if took + SLACK < need:
            where = "home" if k == len(places) - 1 else route.visits[k - 1].station
            index = k - 1 if k < len(places) - 1 else None
            out.append(Violation(ctx.team, ctx.rules.day, index,
                                 None if index is None else where, "travel",
                                 f"reaches {where} {took // 60} min after leaving, but the "
                                 f"drive takes {need // 60} min"))
    return out


def _local(rules: DayRules, seconds: int, like: datetime) -> str:
    """``seconds`` on the area's clock as HH:MM in the zone of ``like``."""
    return f"{rules.clock.at(seconds, like.tzinfo):%H:%M}"


def _hhmm(moment: datetime, like: datetime) -> str:
    return f"{moment.astimezone(like.tzinfo):%H:%M}"


def _curfew(ctx: TeamDay) -> str:
    curfew = ctx.rules.mission.region(ctx.area.region).curfew
    return f", curfew of {ctx.area.name}" if curfew is not None else ""
