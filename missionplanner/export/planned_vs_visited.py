"""Planned against visited: what the actuals say about a plan (Summary sheet and ``show``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from missionplanner.model import OBSERVING, Mission, Plan

COUNTED = OBSERVING
"""Activities that count as observing a station: the model's one definition."""


@dataclass(frozen=True)
class VisitTally:
    """Planned and visited station visits, in total, by team and by region."""

    planned: int
    visited: int
    by_team: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Team id -> (planned, visited)."""
    by_region: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Region id -> (planned, visited)."""

    @property
    def has_actuals(self) -> bool:
        """True once any visit has a ``visited_at``."""
        return self.visited > 0

    def lines(self) -> list[str]:
        """A short report for the command line, one team a line."""
        def pct(done: int, planned: int) -> str:
            return f"{done} of {planned} ({done / planned:.0%})" if planned else f"{done} of 0"

        if not self.has_actuals:
            return [f"planned visits: {self.planned}; no actuals imported yet"]
        out = [f"visited: {pct(self.visited, self.planned)} of planned station visits"]
        out += [f"  team {t}: {pct(v, p)}" for t, (p, v) in self.by_team.items()]
        return out


def tally_visits(mission: Mission | None, plan: Plan) -> VisitTally:
    """Count planned and visited station visits of ``plan`` (visits with ``visited_at``);
    regions need the mission (without it, ``by_region`` has one entry, ``"?"``)."""
    region_of = {s.id: s.region for s in mission.stations} if mission else {}
    teams: dict[str, list[int]] = {t.id: [0, 0] for t in plan.teams}
    regions: dict[str, list[int]] = {}
    for route in sorted(plan.routes, key=lambda r: (r.team, r.day)):
        for visit in route.visits:
            if visit.activity not in COUNTED:
                continue
            done = int(visit.visited_at is not None)
            for counts in (teams.setdefault(route.team, [0, 0]),
                           regions.setdefault(region_of.get(visit.station, "?"), [0, 0])):
                counts[0] += 1
                counts[1] += done
    return VisitTally(
        planned=sum(c[0] for c in teams.values()),
        visited=sum(c[1] for c in teams.values()),
        by_team={t: (c[0], c[1]) for t, c in teams.items()},
        by_region={r: (c[0], c[1]) for r, c in sorted(regions.items())},
    )


def planned_vs_visited(mission: Mission | None, plan: Plan) -> list[str]:
    """Lines for ``missionplanner show``: planned against visited, by team."""
    return tally_visits(mission, plan).lines()
