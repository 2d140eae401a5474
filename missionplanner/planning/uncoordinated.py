"""The mission's own baseline: teams that pick stations on their own, without a shared plan.

What a plan is worth is what it adds over teams that simply drive around. Here each team
keeps the planner's deployment (same teams, same areas, same starting points), hours, service
times and travel estimates, but chooses its stations itself: the next one is drawn uniformly
among the 3 nearest it has not visited that day (the rule in full: :mod:`.walks`). Nobody
knows where the others are, so two teams of an area can end up at the same station on the
same day: the duplicates a shared plan avoids. Over many seeds,
:func:`simulate_uncoordinated` reports the mean, min and max of stations and voters covered
and of duplicates, beside the plan's coverage when a plan is given.

No protocol trip, no travel table from a file. Each seed gives every team of every area and
day its own generator (:func:`~missionplanner.planning.selection.stable_seed`), so the same
seed gives the same walks in any order, on any machine; no OR-Tools search runs (the teams
are formed by the planner's team formation, which is deterministic).
"""

from __future__ import annotations

import time as clock
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from missionplanner.model import OBSERVING, Mission, Plan
from missionplanner.planning.areas import build_areas
from missionplanner.planning.checks import check_settings, check_team_count
from missionplanner.planning.deployment import Deployment, deploy
from missionplanner.planning.metrics import Coverage, coverage
from missionplanner.planning.teams import form_teams
from missionplanner.planning.walks import K_NEAREST, Walk, Walker

OBSERVED = OBSERVING
"""Activities that observe a station (counting continues a closing at the same station)."""


@dataclass(frozen=True)
class Outcome:
    """What one seed gave: stations and voters covered, duplicates."""

    seed: int
    stations: int
    """Stations visited by some team on some day."""
    voters: int
    """Registered voters of those stations."""
    visits: int
    """Station visits (closing and counting at one station is one visit)."""
    duplicates: int
    """Stations visited by two or more teams on the same day (counted once per day)."""
    repeats: int
    """Visits to a station a team of the same day already observed (visits wasted)."""


def outcome(walks: Iterable[Walk], voters: Mapping[str, int], seed: int = 0) -> Outcome:
    """Count what ``walks`` cover (``voters``: station id -> registered voters) and how often
    teams met at a station."""
    per_day = Counter((s.station, w.day) for w in walks for s in w.steps
                      if s.activity in OBSERVED)
    covered = {station for station, _ in per_day}
    return Outcome(seed=seed, stations=len(covered), voters=sum(voters[s] for s in covered),
                   visits=sum(per_day.values()),
                   duplicates=sum(1 for n in per_day.values() if n > 1),
                   repeats=sum(n - 1 for n in per_day.values()))


@dataclass(frozen=True)
class Stat:
    """Mean, min and max of one figure over the seeds."""

    mean: float
    low: int
    high: int

    def __str__(self) -> str:
        return f"mean {self.mean:,.1f} (min {self.low:,}, max {self.high:,})"


@dataclass(frozen=True)
class UncoordinatedReport:
    """Uncoordinated teams over many seeds, and the plan they are compared with (if any)."""

    outcomes: list[Outcome]
    teams: int
    days: list[date]
    stations: int
    """Stations in the mission."""
    voters: int
    """Registered voters in the mission."""
    k: int = K_NEAREST
    seconds: float = 0.0
    planned: Coverage | None = None
    """Coverage of the plan, when one was given."""
    walks: list[Walk] = field(default_factory=list)
    """The walks of the first seed (to show one)."""

    def stat(self, name: str) -> Stat:
        """``stations``, ``voters``, ``visits``, ``duplicates`` or ``repeats`` over the seeds."""
        values = [int(getattr(o, name)) for o in self.outcomes] or [0]
        return Stat(float(np.mean(values)), min(values), max(values))

    def lines(self) -> list[str]:
        """The report, a figure a line."""
        days = ", ".join(d.isoformat() for d in self.days)
        out = [f"uncoordinated teams: {len(self.outcomes)} seeds, {self.teams} teams, {days}; "
               f"each goes to a station drawn among the {self.k} nearest it has not visited",
               f"stations covered: {self.stat('stations')} of {self.stations:,}",
               f"voters covered:   {self.stat('voters')} of {self.voters:,}",
               f"duplicates:       {self.stat('duplicates')} stations visited by two or more "
               "teams on the same day",
               f"wasted visits:    {self.stat('repeats')} of {self.stat('visits').mean:,.1f}"]
        if self.planned is not None:
            def gain(planned: int, name: str) -> str:
                mean = self.stat(name).mean
                return f"{planned:,} {name} ({planned / mean - 1:+.0%})" if mean else (
                    f"{planned:,} {name}")

            out.append(f"the plan covers {gain(self.planned.stations[0], 'stations')}, "
                       f"{gain(self.planned.voters[0], 'voters')}; duplicates: "
                       f"{self.planned.duplicates}")
        out.append(f"simulated in {self.seconds:.1f} s")
        return out


def simulate_uncoordinated(mission: Mission, seeds: int | Sequence[int] = 100,
                           days: Sequence[date] | None = None, *, k: int = K_NEAREST,
                           plan: Plan | None = None, deploy_by: str = "voters",
                           progress: Callable[[int, int], None] | None = None
                           ) -> UncoordinatedReport:
    """Walk uncoordinated teams for each seed (``seeds``: a count, from 0, or the seeds).

    The teams and their areas are the ``plan``'s when one is given (on the plan's days,
    unless ``days`` says otherwise; the plan's coverage is then counted on those days), else
    formed and deployed as the planner does.
    ``progress(done, total)`` is called after each seed.
    """
    started = clock.perf_counter()
    seed_list = list(range(seeds)) if isinstance(seeds, int) else list(seeds)
    if days is None and plan is not None and plan.made_with.days:
        days = list(plan.made_with.days)
    wanted = [d for d in mission.observation_days if days is None or d.date in set(days)]
    check_settings(mission, [d.date for d in wanted])
    deployment = _deployment(mission, plan, deploy_by)
    walker = Walker(mission, deployment, k)
    voters = {s.id: s.known_voters for s in mission.stations}
    outcomes: list[Outcome] = []
    first: list[Walk] = []
    for n, seed in enumerate(seed_list):
        walks = walker.walk(seed, wanted)
        outcomes.append(outcome(walks, voters, seed))
        first = first or walks
        if progress is not None:
            progress(n + 1, len(seed_list))
    planned = None
    if plan is not None:
        on_days = {d.date for d in wanted}
        planned = coverage(mission, plan.model_copy(
            update={"routes": [r for r in plan.routes if r.day in on_days]}))
    return UncoordinatedReport(
        outcomes=outcomes, teams=len(deployment.teams), days=[d.date for d in wanted],
        stations=len(mission.stations), voters=sum(s.known_voters for s in mission.stations),
        k=k, seconds=clock.perf_counter() - started,
        planned=planned, walks=first)


def _deployment(mission: Mission, plan: Plan | None, by: str) -> Deployment:
    """The plan's teams and areas, or the planner's own formation and deployment."""
    if plan is None:
        teams = form_teams(mission).teams
        check_team_count(len(teams), len(mission.stations))
        return deploy(mission, teams, by=by)
    areas = {a.id: a for a in build_areas(mission) if a.stations}
    return Deployment(list(plan.teams), areas, list(plan.assignments))


