"""A plan with actual visits, replayed: what was planned, what was done, what was missed,
team by team and day by day.

Actual visits are the ``visited_at`` times the ``actuals`` command reads from filled-in
route sheets or form submissions. A visit counts when it observes a station (opening,
voting, closing, a commission before election day); a count continues the closing.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from missionplanner.errors import MissionPlannerError
from missionplanner.model import Mission, Plan
from missionplanner.replay.attempts import OBSERVED
from missionplanner.replay.claims import Claim, coverage_claims


class NoActuals(MissionPlannerError):
    """The plan has no actual visits to replay."""


@dataclass(frozen=True)
class TeamDay:
    """One team's day: the stations planned, visited and missed, and how late it ran."""

    team: str
    day: date
    planned: tuple[str, ...]
    visited: tuple[str, ...]
    missed: tuple[str, ...]
    late_minutes: float | None
    """Mean minutes between planned arrival and the reported time, over visited stations."""


@dataclass(frozen=True)
class ActualsReplay:
    """Planned against visited for a whole plan."""

    mission: Mission
    plan: Plan
    days: list[TeamDay]
    claims: list[Claim]

    @property
    def planned_stations(self) -> int:
        """Distinct stations the plan meant to observe."""
        return len({s for d in self.days for s in d.planned})

    @property
    def visited_stations(self) -> int:
        """Distinct stations reported visited."""
        return len({s for d in self.days for s in d.visited})

    @property
    def duplicates(self) -> int:
        """Stations two teams reported on the same day (a plan has none; actuals may)."""
        per_day = Counter((s, d.day) for d in self.days for s in d.visited)
        return sum(1 for n in per_day.values() if n > 1)

    def by_day(self) -> list[tuple[date, int, int, int]]:
        """(day, planned, visited, missed) visits per observation day."""
        out: dict[date, list[int]] = {}
        for d in self.days:
            row = out.setdefault(d.day, [0, 0, 0])
            row[0] += len(d.planned)
            row[1] += len(d.visited)
            row[2] += len(d.missed)
        return [(day, *values) for day, values in sorted(out.items())]  # type: ignore[misc]

    def line(self, claim: Claim) -> str:
        """The terminal's last line for one reported figure."""
        return (f"replayed: {self.visited_stations} stations, {self.duplicates} duplicates "
                f"(reported {claim.stations})")


def replay_actuals(mission: Mission, plan: Plan) -> ActualsReplay:
    """Planned against visited per team and day; :class:`NoActuals` when none is in."""
    if not any(v.visited_at is not None for r in plan.routes for v in r.visits):
        raise NoActuals("the plan has no actual visits yet: import the filled-in route sheets "
                        "or form submissions with `missionplanner actuals PLAN FILE` first")
    days = []
    for route in sorted(plan.routes, key=lambda r: (r.day, r.team)):
        seen = [v for v in route.visits if v.activity in OBSERVED]
        done = [v for v in seen if v.visited_at is not None]
        late = [(v.visited_at - v.arrival).total_seconds() / 60 for v in done
                if v.visited_at is not None]
        days.append(TeamDay(
            team=route.team, day=route.day, planned=tuple(v.station for v in seen),
            visited=tuple(v.station for v in done),
            missed=tuple(v.station for v in seen if v.visited_at is None),
            late_minutes=sum(late) / len(late) if late else None))
    return ActualsReplay(mission, plan, days, coverage_claims(mission))


def actuals_lines(replay: ActualsReplay) -> list[str]:
    """The terminal report; its last lines are the ``replayed:`` lines."""
    m = replay.mission
    names = {s.id: f"No. {s.number} {s.settlement or s.region}" for s in m.stations}
    out = [f"planned against visited: {m.name}, plan seed {replay.plan.seed}",
           f"stations: {replay.visited_stations} visited of {replay.planned_stations} planned; "
           f"duplicates {replay.duplicates}"]
    for day, planned, visited, missed in replay.by_day():
        out.append(f"{day:%d %b %Y}: {visited} of {planned} visits done, {missed} missed")
    for d in replay.days:
        late = f", {d.late_minutes:+.0f} min on average" if d.late_minutes is not None else ""
        out.append(f"  {d.team} {d.day:%d %b}: {len(d.visited)} of {len(d.planned)}{late}"
                   + (f"; missed {', '.join(names.get(s, s) for s in d.missed)}"
                      if d.missed else ""))
    for claim in replay.claims:
        out.append(f"reported: {claim.stations:,} stations [{claim.source}]")
    out += [replay.line(c) for c in replay.claims]
    return out
