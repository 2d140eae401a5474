"""One area on one observation day as a :class:`solvers.Problem`: the one builder.

Planning a day is re-planning it from the start of the day with nothing done: every team
starts at its home, free when the day starts. A re-plan starts each team where
:mod:`.positions` puts it at "now", with what it has already done settled. Either way the
same rules (:mod:`.rules`) make the same sites:

* one depot site per distinct start or home place of the teams;
* per team, required: its **opening** -- the one still on its route if it can still be
  reached, else, for a team that has not left home, the offered station best placed for it
  (:func:`.rules.best_placed`); in planning a team without a base of its own that reaches
  none stays the night next to the nearest one and opens there -- then its **closing and
  counting** -- the one on its route if it can still be reached and the team be back in
  time, else the free station best placed for the way home (not another team's) -- and the
  **protocol trip** after the count;
* the other offered stations as optional visits in their hours (a station whose hours are
  over before any team is free is not offered: it is unreachable).

Required sites carry a score bonus (:func:`.rules.required_bonus`) so that the search keeps
them. Lunch is a :class:`solvers.Break`, left out once taken.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np

import solvers
from missionplanner import messages as m
from missionplanner.messages import say
from missionplanner.model import Activity, Visit
from missionplanner.planning.clock import DayClock
from missionplanner.planning.legs import Travel
from missionplanner.planning.places import HomeKind, Place, Places, overnight, station_place
from missionplanner.planning.rules import DEFAULT_SCORE, DayRules, best_placed, required_bonus
from missionplanner.planning.sites import (
    Stop,
    counting_site,
    opening_site,
    protocol_site,
    protocol_stop,
    stop_of,
    visit_site,
)


@dataclass(frozen=True)
class TeamStart:
    """Where and when a team starts the problem, and what of its day is already settled."""

    team: str
    place: Place
    free: int
    """From when (seconds since the area's midnight) it can leave ``place``."""
    home: Place
    home_kind: HomeKind
    at_home: bool = True
    """It has not left home yet: it may still be given an opening."""
    lunch_taken: bool = False
    kept: tuple[Visit, ...] = ()
    """Visits that stay as they are (done, in progress, committed)."""
    remaining: tuple[Visit, ...] = ()
    """The route's visits after those (what the team was going to do)."""


@dataclass(frozen=True)
class TeamChoice:
    """What the builder decided for a team: its home, its opening and its count."""

    team: str
    home: Place
    home_kind: HomeKind
    opening: str | None
    counting: str | None


@dataclass(frozen=True)
class AreaDay:
    """Everything needed to solve one area on one day and to read the solution back."""

    area: str
    day: date
    zone: str
    problem: solvers.Problem
    stops: tuple[Stop, ...]
    teams: tuple[str, ...]
    notes: tuple[str, ...] = ()
    bonus: int = 0
    """Extra score of every required site, not the stations' own."""
    choices: tuple[TeamChoice, ...] = ()
    unreachable: tuple[str, ...] = ()
    """Offered stations whose hours are over before any team is free."""
    uses_table: bool = False
    """A travel-time table gives some of the legs."""
    scores: Mapping[str, int] = field(default_factory=dict)

    def clock(self) -> DayClock:
        """The problem's clock: seconds since local midnight in the area's zone."""
        return DayClock(self.day, self.zone)


def build_area_day(rules: DayRules, area: str, teams: Sequence[TeamStart],
                   offered: Sequence[str], scores: Mapping[str, int], travel: Travel,
                   places: Places, *, may_move_home: bool = False) -> AreaDay:
    """The problem of ``teams`` observing ``offered`` stations (ids, with ``scores``).

    ``may_move_home`` (planning): a team whose home is its area's centre may stay the night
    next to an opening instead.
    """
    return _Builder(rules, teams, offered, scores, travel, places).build(area,
                                                                             may_move_home)


class _Builder:
    """Sites, travel and teams of one area-day problem (one instance per area-day)."""

    def __init__(self, rules: DayRules, teams: Sequence[TeamStart], offered: Sequence[str],
                 scores: Mapping[str, int], travel: Travel, places: Places) -> None:
        self.rules, self.teams, self.offered = rules, list(teams), list(offered)
        self.score = {s: scores.get(s, DEFAULT_SCORE) for s in offered}
        self.travel, self.book = travel, places
        self.homes = {t.team: (t.home, t.home_kind) for t in teams}
        self.start = {t.team: t.place for t in teams}
        self.notes: list[str] = []
        self.stops: list[Stop] = []
        self.sites: list[solvers.Site] = []
        self.points: list[int] = []

    # -- the whole problem -------------------------------------------------------------
    def build(self, area: str, may_move_home: bool) -> AreaDay:
        rules, settings = self.rules, self.rules.settings
        openings: dict[str, str] = {}
        if rules.election and settings.observe_opening:
            openings = self._openings(may_move_home)
        self._index_places()
        depot = {}
        for place in self.depots:
            depot[place] = len(self.stops)
            self._add(Stop(None, None, str(rules.zone), place.lat, place.lon), solvers.Site(),
                      self.point[place])
        taken = set(openings.values())
        countings = self._countings(taken) if rules.election else {}
        for k, team in enumerate(self.teams):
            if team.team in openings:
                self._opening(k, openings[team.team])
            if team.team in countings:
                self._counting(k, countings[team.team])
            elif rules.election and settings.protocol_trip:
                self._protocol_after_kept_count(k, team)
        unreachable = self._visits(taken | set(countings.values()))
        idx = np.array(self.points, dtype=np.intp)
        problem = solvers.Problem(
            travel=self.matrix[np.ix_(idx, idx)], sites=tuple(self.sites),
            teams=tuple(self._team(t, depot) for t in self.teams))
        choices = tuple(TeamChoice(t.team, *self.homes[t.team], openings.get(t.team),
                                   countings.get(t.team)) for t in self.teams)
        return AreaDay(area, rules.day, str(rules.zone), problem, tuple(self.stops),
                       tuple(t.team for t in self.teams), tuple(self.notes), self.bonus,
                       choices, tuple(unreachable), self.travel.uses_table(self.places),
                       dict(self.score))

    def _index_places(self) -> None:
        """Every place of the problem once, and the travel between them."""
        self.start = {t: _door(p) if p.stop else p for t, p in self.start.items()}
        self.depots = list(dict.fromkeys(p for t in self.teams
                                         for p in (self.start[t.team], self.homes[t.team][0])))
        stations = self.rules.stations
        names = sorted({stations[s].commission_name for s in self.offered}
                       | {stations[v.station].commission_name for t in self.teams for v in t.kept
                          if v.activity is Activity.CLOSING})
        self.places = ([*self.depots, *(station_place(stations[s]) for s in self.offered),
                        *(self.book.commission(c) for c in names)])
        self.point: dict[Place | str, int] = {p: i for i, p in enumerate(self.depots)}
        self.point |= {p.id: i for i, p in enumerate(self.places)
                       if i >= len(self.depots) and p.id is not None}
        self.matrix = self.travel.matrix(self.places)
        self.bonus = required_bonus(self.score.values())

    def _leg(self, a: Place | str, b: Place | str) -> int:
        return int(self.matrix[self.point[a], self.point[b]])

    # -- openings -----------------------------------------------------------------------
    def _openings(self, may_move_home: bool) -> dict[str, str]:
        """Each team's opening station (see the module's docstring)."""
        rules, stations = self.rules, self.rules.stations
        places = [*(t.place for t in self.teams),
                  *(station_place(stations[s]) for s in self.offered)]
        reach = self.travel.matrix(places)
        n = len(self.teams)
        col = {s: n + j for j, s in enumerate(self.offered)}
        latest = {s: rules.opening_start(stations[s]) for s in self.offered}
        chosen: dict[str, str] = {}
        for k, team in enumerate(self.teams):
            if team.kept:
                continue
            legs = {s: int(reach[k, col[s]]) for s in self.offered}
            free = [s for s in self.offered if s not in chosen.values()]
            due = next((v.station for v in team.remaining if v.activity is Activity.OPENING),
                       None)
            if due is not None and due in legs and due not in chosen.values() \
                    and team.free + legs[due] <= latest[due]:
                chosen[team.team] = due
                continue
            if due is not None:
                self.notes.append(say(m.OPENING_LOST, team=team.team, station=due))
            if not team.at_home:
                continue
            best = best_placed([s for s in free if team.free + legs[s] <= latest[s]], legs,
                               self.score, {s: s for s in free})
            if best is None and may_move_home and team.home_kind is HomeKind.CENTRE and free:
                best = min(free, key=lambda s: (legs[s], s))
                self.homes[team.team] = (overnight(stations[best]), HomeKind.OVERNIGHT)
                where = stations[best].settlement or best
                self.notes.append(say(m.STAYS_OVERNIGHT, team=team.team, place=where))
            if best is None:
                self.notes.append(say(m.NO_OPENING, team=team.team))
            else:
                chosen[team.team] = best
        for team in self.teams:  # a team that moved starts at its new home
            if self.homes[team.team][1] is HomeKind.OVERNIGHT and team.place == team.home:
                self.start[team.team] = self.homes[team.team][0]
        return chosen

    def _opening(self, k: int, station: str) -> None:
        rules = self.rules
        self._add(stop_of(rules, station, Activity.OPENING),
                  opening_site(rules, rules.stations[station], self.score[station] + self.bonus,
                               k), self.point[station])

    # -- closing and counting -----------------------------------------------------------
    def _countings(self, taken: set[str]) -> dict[str, str]:
        """Each team's closing and counting station (see the module's docstring)."""
        if not self.rules.settings.observe_counting:
            return {}
        due = {t.team: next((v.station for v in t.remaining
                             if v.activity is Activity.CLOSING), None) for t in self.teams}
        out: dict[str, str] = {}
        for team in self.teams:
            if any(v.activity is Activity.CLOSING for v in team.kept):
                continue
            original = due[team.team]
            chosen = original if original is not None and self._can_count(team, original,
                                                                           taken) else None
            if chosen is None:
                others = {s for t, s in due.items() if t != team.team and s is not None}
                ok = [s for s in self.offered if s not in others
                      and self._can_count(team, s, taken)]
                home = self.homes[team.team][0]
                chosen = best_placed(ok, {s: self._leg(s, home) for s in ok}, self.score,
                                     {s: s for s in ok})
                self._counting_note(team.team, original, chosen)
            if chosen is not None:
                taken.add(chosen)
                out[team.team] = chosen
        return out

    def _can_count(self, team: TeamStart, station: str, taken: set[str]) -> bool:
        if station in taken or station not in self.point:
            return False
        home = self.homes[team.team][0]
        return self.rules.can_count(team.free, self._leg(self.start[team.team], station),
                                    self.rules.stations[station], self._leg(station, home))

    def _counting_note(self, team: str, original: str | None, chosen: str | None) -> None:
        if original is None:
            if chosen is None:
                self.notes.append(say(m.NO_COUNTING, team=team))
            return
        what = (say(m.COUNTING_CLOSED, station=original) if original not in self.point
                else say(m.COUNTING_LOST, station=original))
        then = (say(m.COUNTING_MOVED, station=chosen) if chosen is not None
                else say(m.COUNTING_NONE))
        self.notes.append(say(m.COUNTING_CHANGE, team=team, what=what, then=then))

    def _counting(self, k: int, station: str) -> None:
        rules = self.rules
        self._add(stop_of(rules, station, Activity.COUNTING),
                  counting_site(rules, rules.stations[station],
                                self.score[station] + self.bonus, k), self.point[station])
        self._protocol(k, station)

    def _protocol_after_kept_count(self, k: int, team: TeamStart) -> None:
        """A team that counted before now still follows its protocol, if not done yet."""
        closed = next((v.station for v in team.kept if v.activity is Activity.CLOSING), None)
        acts = {v.activity for v in team.kept}
        if closed is not None and Activity.COUNTING in acts and Activity.PROTOCOL not in acts:
            self._protocol(k, closed)

    def _protocol(self, k: int, counted_at: str) -> None:
        rules = self.rules
        if not rules.settings.protocol_trip:
            return
        station = rules.stations[counted_at]
        place = self.book.commission(station.commission_name)
        self._add(protocol_stop(rules, station, place),
                  protocol_site(rules, station, self.bonus, k), self.point[place.id or ""])

    # -- ordinary visits and teams ------------------------------------------------------
    def _visits(self, taken: set[str]) -> list[str]:
        """Optional visits to the offered stations not taken; returns the unreachable ones."""
        rules = self.rules
        ready = min((t.free for t in self.teams), default=rules.day_start)
        activity = Activity.VOTING if rules.election else Activity.PRE_ELECTION
        unreachable = []
        for s in self.offered:
            if s in taken:
                continue
            hi = rules.window(rules.stations[s])[1]
            if hi < ready:
                unreachable.append(s)
                continue
            self._add(stop_of(rules, s, activity),
                      visit_site(rules, rules.stations[s], self.score[s]), self.point[s])
        return unreachable

    def _team(self, team: TeamStart, depot: dict[Place, int]) -> solvers.Team:
        """Start where the team is free, when it is free; lunch if still to be taken."""
        rules = self.rules
        home = self.homes[team.team][0]
        lunch = rules.lunch()
        breaks: tuple[solvers.Break, ...] = ()
        if lunch is not None and not team.lunch_taken and lunch[1] >= team.free:
            breaks = (solvers.Break(*lunch),)
        back = self._leg(self.start[team.team], home) + sum(b.duration for b in breaks)
        return solvers.Team(depot[self.start[team.team]], depot[home],
                            (team.free, max(rules.shift_end, team.free + back)), breaks)

    def _add(self, stop: Stop, site: solvers.Site, point: int) -> None:
        self.stops.append(stop)
        self.sites.append(site)
        self.points.append(point)


def _door(place: Place) -> Place:
    """A team standing at a station's door: the station's place, not a stop of its own."""
    return Place(place.id, place.lat, place.lon, stop=False)
