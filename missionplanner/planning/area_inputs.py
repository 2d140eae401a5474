"""What an area-day problem is built from, and how the plan records it.

Planning draws the candidates (seeded) and finds each team's home; the builder
(:mod:`.area_day`) decides openings, counts and nights away; the plan records all of it
(:class:`missionplanner.model.AreaDayRecord`). Re-planning and hand edits read the record back
instead of deriving it again -- only a plan made before plans recorded them (schema 1) is
derived again, by these same functions.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from missionplanner.model import (
    AreaDayRecord,
    Base,
    CandidateScore,
    DayKind,
    Home,
    HomeKind,
    Mission,
    PollingStation,
    Region,
    Team,
    TeamDay,
    TravelSource,
)
from missionplanner.planning.area_day import AreaDay
from missionplanner.planning.areas import Area
from missionplanner.planning.places import Place, home_place
from missionplanner.planning.rules import VISIT_SLACK_MINUTES, area_zone, day_minutes
from missionplanner.planning.selection import candidate_count, select_candidates, stable_seed


@dataclass(frozen=True)
class Inputs:
    """One area-day's zone, candidate stations with scores, and each team's home."""

    zone: str
    candidates: dict[str, int]
    """Station id -> score, in id order."""
    homes: dict[str, tuple[Place, HomeKind]]


def route_seed(seed: int, area: str, day: date) -> int:
    """The route search's seed for one area-day (planning and re-planning alike)."""
    return stable_seed("routes", seed, area, day) % 2**31


def draw(mission: Mission, area: Area, teams: int, day: date, kind: DayKind, seed: int,
         stations: Mapping[str, PollingStation],
         regions: Mapping[str, Region]) -> dict[str, int]:
    """The seeded candidates of ``area`` on ``day`` for ``teams`` teams: id -> score."""
    pool = [stations[s] for s in area.stations]
    minutes, visit = day_minutes(mission, kind)
    count = candidate_count(teams, minutes, visit + VISIT_SLACK_MINUTES, len(pool))
    drawn = select_candidates(pool, dict(regions), count=count, seed=seed, area=area.id, day=day)
    return {c.station.id: c.score for c in drawn}


def fresh_inputs(mission: Mission, area: Area, teams: Sequence[Team], day: date, kind: DayKind,
                 seed: int, stations: Mapping[str, PollingStation],
                 regions: Mapping[str, Region], bases: Mapping[str, Base]) -> Inputs:
    """The inputs of planning ``area`` on ``day`` with ``teams`` (those out that day)."""
    pool = [stations[s] for s in area.stations]
    return Inputs(area_zone(mission, area, stations),
                  draw(mission, area, len(teams), day, kind, seed, stations, regions),
                  {t.id: home_place(t, area, bases, pool) for t in teams})


def recorded_inputs(record: AreaDayRecord) -> Inputs:
    """The inputs an area-day was planned with, as the plan recorded them."""
    return Inputs(record.zone, {c.station: c.score for c in record.candidates},
                  {t.team: (_place(t.home), t.home.kind) for t in record.teams})


def record_of(job: AreaDay) -> AreaDayRecord:
    """What the plan records of a built area-day."""
    return AreaDayRecord(
        area=job.area, day=job.day, zone=job.zone,
        travel=TravelSource.TABLE if job.uses_table else TravelSource.ESTIMATE,
        teams=[TeamDay(team=c.team, home=_home(c.home, c.home_kind, job),
                       opening=c.opening, counting=c.counting) for c in job.choices],
        candidates=[CandidateScore(station=s, score=score) for s, score in job.scores.items()])


def _home(place: Place, kind: HomeKind, job: AreaDay) -> Home:
    named = place.id
    if kind is HomeKind.OVERNIGHT:
        named = next((c.opening for c in job.choices if c.home == place), None)
    return Home(kind=kind, place=named, lat=place.lat, lon=place.lon)


def _place(home: Home) -> Place:
    """A recorded home as a place (a base keeps its id: a travel table may name it)."""
    return Place(home.place if home.kind is HomeKind.BASE else None, home.lat, home.lon,
                 stop=False)
