"""The rules of an observation day, in one place: constants and one area's hours on its clock.

Planning, re-planning, hand edits and the uncoordinated baseline all read them from here.
Election day, for a team (when the settings ask for it): the **opening** at a station near its
home starts exactly ``arrive_before_opening`` minutes before polling opens and lasts through
the opening and one ordinary visit; **visits** start after opening and end by closing;
**closing and counting** start one visit before closing and last through the count; the
**protocol trip** to the territorial commission follows the count; the shift ends at the
region's curfew, if any. Days before the election: commission visits in office hours.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, time
from typing import TypeVar
from zoneinfo import ZoneInfo

from missionplanner.model import Activity, DayKind, Mission, PollingStation, Visit
from missionplanner.planning.areas import Area
from missionplanner.planning.clock import DayClock

PROTOCOL_MINUTES = 60
"""Time at the territorial commission while the protocol is handed over."""
PROTOCOL_DRIVE_MINUTES = 30
"""Allowed for the drive from the counting station to its commission."""
LATEST_RETURN = 30 * 3600
"""Without a curfew, teams are back by 06:00 the next morning."""
PRE_ELECTION_OVERRUN = 4 * 3600
"""Before election day a team is back at most this long after offices close."""
REQUIRED_BONUS = 2000
"""Least extra score of a required site (opening, counting, protocol trip); at least twice the
best offered station's score (:func:`required_bonus`). The search ranks plans by score, and an
opening or a counting is worth no more than the visit or two it crowds out: without the bonus
the search (solvers at 48d0ac1) ended 16 of ODIHR 2019's 17 areas on a plan without some of
them (158 of 338), and only an earlier, poorer plan served them all; with it none, and the
plan covers 3 % more (100 iterations per area: score 235,836 against 229,212, 2,406 visits
against 2,328)."""
DETOUR_PER_POINT = 6
"""Seconds of extra drive one point of score is worth when a station is chosen for an opening
or a count: a flagged station (+500) is worth about 50 minutes of detour."""
DEFAULT_SCORE = 100
"""Score of a station on a route that is not among the area-day's candidates (put there by
hand, or the mission changed since planning)."""
VISIT_SLACK_MINUTES = 15
"""Driving counted per visit when the candidate draw sizes a team's day."""

T = TypeVar("T")


def required_bonus(scores: Iterable[int]) -> int:
    """The extra score of every required site of an area-day with these station scores."""
    return max(REQUIRED_BONUS, 2 * max(scores, default=0))


def best_placed(options: Sequence[T], seconds: Mapping[T, int], score: Mapping[T, int],
                name: Mapping[T, str]) -> T | None:
    """The option nearest in ``seconds``, a better score worth :data:`DETOUR_PER_POINT` s a
    point; ties by ``name``. None when there is no option."""
    if not options:
        return None
    return min(options, key=lambda o: (seconds[o] - DETOUR_PER_POINT * score[o], name[o]))


def area_zone(mission: Mission, area: Area,
              stations: Mapping[str, PollingStation] | None = None) -> str:
    """The zone of an area's clock: that of its first station (by id)."""
    first = min(area.stations)
    station = (stations[first] if stations is not None
               else next(s for s in mission.stations if s.id == first))
    return str(mission.station_zone(station))


def day_minutes(mission: Mission, kind: DayKind) -> tuple[int, int]:
    """Minutes of observation in a day of ``kind`` and of one visit (for the candidate draw)."""
    s = mission.settings
    if kind is DayKind.ELECTION_DAY:
        opens, closes, visit = s.polling_opens, s.polling_closes, s.service_minutes_election_day
    else:
        opens, closes, visit = s.office_opens, s.office_closes, s.service_minutes_pre_election
    return (closes.hour * 60 + closes.minute) - (opens.hour * 60 + opens.minute), visit


class DayRules:
    """One area's observation day: its clock, the shift, and every station's hours on it."""

    def __init__(self, mission: Mission, day: date, kind: DayKind, zone: str,
                 curfew: time | None,
                 stations: Mapping[str, PollingStation] | None = None) -> None:
        self.mission, self.day, self.kind = mission, day, kind
        self.clock = DayClock(day, zone)
        self.zone = self.clock.zone
        s = self.settings = mission.settings
        self.election = kind is DayKind.ELECTION_DAY
        self.service = 60 * (s.service_minutes_election_day if self.election
                             else s.service_minutes_pre_election)
        self.day_start = self.clock.wall(s.day_starts)
        end = self.clock.wall(curfew) if curfew is not None else LATEST_RETURN
        if not self.election:
            end = min(end, self.clock.wall(s.office_closes) + PRE_ELECTION_OVERRUN)
        self.shift_end = end
        self.before_opening = 60 * s.arrive_before_opening_minutes
        self.counting = 60 * s.counting_minutes
        self.protocol = 60 * (PROTOCOL_MINUTES + PROTOCOL_DRIVE_MINUTES) if s.protocol_trip else 0
        self.stations = stations if stations is not None else {st.id: st for st in
                                                                mission.stations}

    @classmethod
    def of(cls, mission: Mission, area: Area, day: date, kind: DayKind, zone: str | None = None,
           stations: Mapping[str, PollingStation] | None = None) -> DayRules:
        """The rules of ``area`` on ``day`` (its region's curfew; ``zone`` default: its own)."""
        return cls(mission, day, kind, zone or area_zone(mission, area, stations),
                   mission.region(area.region).curfew, stations)

    def station_zone(self, station: PollingStation) -> ZoneInfo:
        """The zone the station keeps its hours in."""
        return self.mission.station_zone(station)

    def opens(self, station: PollingStation) -> int:
        """When polling opens at ``station``."""
        return self.clock.wall(station.opens or self.settings.polling_opens,
                               self.station_zone(station))

    def closes(self, station: PollingStation) -> int:
        """When polling closes at ``station``."""
        return self.clock.wall(station.closes or self.settings.polling_closes,
                               self.station_zone(station))

    def office(self) -> tuple[int, int]:
        """Earliest and latest start of a commission visit before election day."""
        lo = self.clock.wall(self.settings.office_opens)
        hi = self.clock.wall(self.settings.office_closes)
        return lo, max(lo, hi - self.service)

    def window(self, station: PollingStation) -> tuple[int, int]:
        """Earliest and latest start of an ordinary visit (a vote, or a commission visit)."""
        if self.election:
            return self.opens(station), self.closes(station) - self.service
        return self.office()

    def opening_start(self, station: PollingStation) -> int:
        """When an opening starts: the team is there this long before polling opens."""
        return self.opens(station) - self.before_opening

    def closing_start(self, station: PollingStation) -> int:
        """When a closing starts: one visit before polling closes."""
        return self.closes(station) - self.service

    def can_count(self, free: int, there: int, station: PollingStation, back: int) -> bool:
        """Whether a team free at ``free``, ``there`` seconds away, can close and count at
        ``station`` and, ``back`` seconds from home, be back (after any protocol trip) before
        the shift ends."""
        closes = self.closes(station)
        return (free + there <= closes - self.service
                and closes + self.counting + back + self.protocol <= self.shift_end)

    def lunch(self) -> tuple[int, int, int] | None:
        """Earliest and latest start and length (seconds) of lunch, or None."""
        lunch = self.settings.lunch
        if lunch is None or lunch.minutes <= 0:
            return None
        return (self.clock.wall(lunch.earliest), self.clock.wall(lunch.latest),
                60 * lunch.minutes)

    def latest_start(self, visit: Visit) -> int | None:
        """Latest start of ``visit``'s observation; None when it must start exactly on time."""
        if visit.activity in (Activity.VOTING, Activity.PRE_ELECTION):
            return self.window(self.stations[visit.station])[1]
        if visit.activity is Activity.PROTOCOL:
            return self.shift_end
        return None
