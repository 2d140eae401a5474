"""One touched area of a disrupted day, from now: where its teams start and what is offered.

Each team that is not lost starts where :mod:`.positions` puts it, free from when it is free,
and ends at its home as the plan recorded it. Offered: the area-day's candidates as the plan
recorded them (with their scores) plus every station left on the teams' routes, without the
stations visited that day by other areas' teams, those settled on a route, and the closed
ones. The builder (:mod:`.area_day`) then makes the problem as planning does: planning a day
is re-planning it from the start of the day with nothing done.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time

from missionplanner import messages as m
from missionplanner.messages import say
from missionplanner.model import (
    Activity,
    AreaDayRecord,
    CandidateScore,
    DayKind,
    HomeKind,
    Mission,
    Plan,
    Route,
    Team,
    TravelSource,
)
from missionplanner.planning.area_day import AreaDay, TeamStart, build_area_day
from missionplanner.planning.area_inputs import Inputs, fresh_inputs, record_of, recorded_inputs
from missionplanner.planning.areas import Area
from missionplanner.planning.disruptions import Disrupted
from missionplanner.planning.legs import Travel
from missionplanner.planning.places import COMMISSION, Places, home_place, overnight
from missionplanner.planning.positions import Day, TeamAtNow, team_at_now
from missionplanner.planning.rules import DayRules


@dataclass(frozen=True)
class AreaReplan:
    """The problem of one area from now, and what the read-back and the notes need."""

    job: AreaDay
    day: Day
    now: int
    states: dict[str, TeamAtNow]
    notes: list[str]
    inputs: Inputs
    """The area-day's zone, candidates and homes (as recorded, or derived for an old plan)."""


def inputs_of(mission: Mission, plan: Plan, area: Area, day: date, kind: DayKind,
              teams: list[Team], routes: Mapping[str, Route],
              places: Places) -> tuple[Inputs, list[str]]:
    """The recorded inputs of ``area`` on ``day``; for a plan that does not record them (made
    before plans did), the same derived again from the mission and the seed, with a note."""
    record = plan.area_day(area.id, day)
    if record is not None:
        return recorded_inputs(record), []
    inputs = fresh_inputs(mission, area, teams, day, kind, plan.seed, places.stations,
                          {r.id: r for r in mission.regions}, {b.id: b for b in mission.bases})
    rules = DayRules.of(mission, area, day, kind, inputs.zone, places.stations)
    travel = Travel.of(mission)
    for team in teams:  # planning may have had the team stay the night next to its opening
        home, kind_of = inputs.homes[team.id]
        opening = next((v for v in routes[team.id].visits if v.activity is Activity.OPENING),
                       None)
        if kind_of is HomeKind.CENTRE and opening is not None:
            near = places.stations[opening.station]
            if rules.day_start + travel.leg(home, places.of(near.id)) > \
                    rules.clock.secs(opening.start):
                inputs.homes[team.id] = (overnight(near), HomeKind.OVERNIGHT)
    return inputs, [say(m.NOT_RECORDED)]


def build_area_replan(mission: Mission, plan: Plan, area: Area, teams: list[Team],
                      routes: Mapping[str, Route], day: date, kind: DayKind,
                      now: time | datetime, disrupted: Disrupted, elsewhere: set[str],
                      travel: Travel, places: Places) -> AreaReplan:
    """The area's problem from ``now`` for ``teams`` (those with a route on ``day``)."""
    inputs, notes = inputs_of(mission, plan, area, day, kind, teams, routes, places)
    rules = DayRules.of(mission, area, day, kind, inputs.zone, places.stations)
    hours = Day(rules, places, travel)
    at = rules.clock.wall(now) if isinstance(now, time) else rules.clock.secs(now)
    bases = {b.id: b for b in mission.bases}
    pool = [places.stations[s] for s in area.stations]
    homes = {t.id: inputs.homes.get(t.id) or home_place(t, area, bases, pool) for t in teams}
    order = {team: k for k, team in enumerate(inputs.homes)}
    teams = sorted(teams, key=lambda t: (order.get(t.id, len(order)), t.id))
    states = {t.id: team_at_now(routes[t.id], at, hours, homes[t.id][0],
                                delay=disrupted.delays.get(t.id, 0), lost=t.id in disrupted.lost,
                                closed=disrupted.closed) for t in teams}
    busy = elsewhere | {v.station for s in states.values() for v in s.kept}
    left = {v.station for s in states.values() for v in s.remaining
            if not v.station.startswith(COMMISSION)}
    offered = sorted(s for s in set(inputs.candidates) | left
                     if s not in busy and s not in disrupted.closed)
    starts = [TeamStart(t.id, states[t.id].place, states[t.id].free, *homes[t.id],
                        at_home=not states[t.id].left_base,
                        lunch_taken=states[t.id].lunch_taken, kept=tuple(states[t.id].kept),
                        remaining=tuple(states[t.id].remaining))
              for t in teams if t.id not in disrupted.lost]
    job = build_area_day(rules, area.id, starts, offered, inputs.candidates, travel, places)
    return AreaReplan(job, hours, at, states, notes, inputs)


def updated_record(before: AreaDayRecord | None, job: AreaDay, inputs: Inputs,
                   lost: frozenset[str]) -> AreaDayRecord:
    """The area-day's record after the re-plan: the candidates and homes planning chose, the
    openings and counts as they now are (a lost team keeps its old entry)."""
    new = record_of(job)
    chosen = {t.team: t for t in new.teams}
    teams = [chosen.pop(t.team, t) for t in (before.teams if before else [])
             if t.team in lost or t.team in chosen]
    return new.model_copy(update={
        "teams": [*teams, *chosen.values()],
        "candidates": [CandidateScore(station=s, score=v) for s, v in inputs.candidates.items()],
        "travel": (TravelSource.TABLE if job.uses_table or (before is not None and before.travel
                                                            is TravelSource.TABLE)
                   else TravelSource.ESTIMATE)})
