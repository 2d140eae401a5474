"""Members choosing stations on their own, as the SCO statements describe, over many seeds.

The same teams, areas, bases, days, hours and dwell time as the coordinated attempt; each
team walks from station to station drawn among the nearest it has not visited that day
(:mod:`missionplanner.planning.walks`). Nobody knows where the others are, nor (on a later
day) where they were: stations are met twice, and those visits are wasted.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass

from missionplanner.model import Mission, Plan
from missionplanner.planning.areas import build_areas
from missionplanner.planning.deployment import Deployment
from missionplanner.planning.walks import K_NEAREST, Walker
from missionplanner.replay.attempts import OBSERVED


@dataclass(frozen=True)
class Spread:
    """Mean and spread of one figure over the seeds."""

    mean: float
    low: int
    high: int
    sd: float

    def __str__(self) -> str:
        return f"{self.mean:,.1f} (min {self.low:,}, max {self.high:,}, sd {self.sd:,.1f})"


@dataclass(frozen=True)
class Baseline:
    """Uncoordinated teams over ``runs`` seeds."""

    runs: int
    k: int
    stations: Spread
    """Distinct stations observed."""
    visits: Spread
    duplicates: Spread
    """Stations two or more teams met on the same day."""
    wasted: Spread
    """Visits to a station already observed that day or before (visits - stations)."""


def uncoordinated(mission: Mission, plan: Plan, runs: int, seed: int = 0,
                  k: int = K_NEAREST) -> Baseline:
    """Walk the plan's teams ``runs`` times (seeds ``seed`` .. ``seed + runs - 1``)."""
    areas = {a.id: a for a in build_areas(mission) if a.stations}
    deployment = Deployment(list(plan.teams), areas, list(plan.assignments))
    walker = Walker(mission, deployment, k)
    rows: list[tuple[int, int, int, int]] = []
    for run in range(seed, seed + runs):
        walks = walker.walk(run, mission.observation_days)
        per_station: Counter[str] = Counter()
        per_day: Counter[tuple[str, object]] = Counter()
        for walk in walks:
            for step in walk.steps:
                if step.activity in OBSERVED:
                    per_station[step.station] += 1
                    per_day[(step.station, walk.day)] += 1
        visits = sum(per_station.values())
        rows.append((len(per_station), visits, sum(1 for n in per_day.values() if n > 1),
                     visits - len(per_station)))
    columns = list(zip(*rows, strict=True)) if rows else [(0,)] * 4
    stats = [_spread(list(c)) for c in columns]
    return Baseline(runs, k, *stats)


def _spread(values: list[int]) -> Spread:
    return Spread(statistics.fmean(values), min(values), max(values),
                  statistics.pstdev(values) if len(values) > 1 else 0.0)
