"""The sites of an area-day problem, one function each: what an opening, a count, a protocol
trip and an ordinary visit are for the route search (:class:`solvers.Site`), by the day's
rules (:mod:`.rules`). The area-day builder and the re-timing of a hand-edited route both
make their sites here.
"""

from __future__ import annotations

from dataclasses import dataclass

import solvers
from missionplanner.model import Activity, PollingStation
from missionplanner.planning.places import Place
from missionplanner.planning.rules import PROTOCOL_MINUTES, DayRules


@dataclass(frozen=True)
class Stop:
    """What a site of the problem stands for (``station`` is None for a depot)."""

    station: str | None
    activity: Activity | None
    zone: str
    lat: float
    lon: float
    closing: int = 0
    """For a counting site: seconds of closing observed before the count starts."""


def stop_of(rules: DayRules, station: str, activity: Activity) -> Stop:
    """The stop of an observation at ``station`` (a count carries its closing)."""
    st = rules.stations[station]
    closing = rules.service if activity is Activity.COUNTING else 0
    return Stop(station, activity, str(rules.station_zone(st)), st.lat, st.lon, closing)


def protocol_stop(rules: DayRules, counted_at: PollingStation, place: Place) -> Stop:
    """The stop of the protocol trip after the count at ``counted_at``, to ``place``."""
    return Stop(place.id, Activity.PROTOCOL, str(rules.station_zone(counted_at)), place.lat,
                place.lon)


def opening_site(rules: DayRules, station: PollingStation, score: int, team: int) -> solvers.Site:
    """The opening: from ``arrive_before_opening`` minutes before polling opens, exactly,
    through one visit after opening; for ``team`` only."""
    start = rules.opening_start(station)
    return solvers.Site(score, rules.before_opening + rules.service, ((start, start),),
                        frozenset({team}), required=True)


def counting_site(rules: DayRules, station: PollingStation, score: int,
                  team: int) -> solvers.Site:
    """Closing and counting: from one visit before polling closes, exactly, through the count;
    for ``team`` only."""
    start = rules.closing_start(station)
    return solvers.Site(score, rules.service + rules.counting, ((start, start),),
                        frozenset({team}), required=True)


def protocol_site(rules: DayRules, counted_at: PollingStation, score: int,
                  team: int) -> solvers.Site:
    """The protocol trip: after the count at ``counted_at``, before the shift ends."""
    opens = rules.closes(counted_at) + rules.counting
    return solvers.Site(score, 60 * PROTOCOL_MINUTES, ((opens, rules.shift_end),),
                        frozenset({team}), required=True)


def visit_site(rules: DayRules, station: PollingStation, score: int) -> solvers.Site:
    """An ordinary visit in the station's hours (a vote, or a commission visit)."""
    return solvers.Site(score, rules.service, (rules.window(station),))
