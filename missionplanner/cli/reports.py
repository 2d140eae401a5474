"""Plain-text summaries of missions for the terminal (``missionplanner info``)."""

from __future__ import annotations

from collections import Counter

from missionplanner.model import Mission


def mission_summary(mission: Mission) -> str:
    """Counts by region, station kinds, observers by nationality, days and reported facts."""
    lines = [
        f"{mission.name} ({mission.organisation})",
        f"  election: {mission.election}, {mission.election_date:%d %B %Y}",
        "  observation days: "
        + ", ".join(
            f"{d.date:%d %b %Y} ({d.kind.value.replace('_', ' ')})"
            for d in mission.observation_days
        ),
        f"  seed: {mission.seed}; team size: {mission.settings.team_size}",
        "",
        f"Stations: {len(mission.stations)} "
        f"({sum(s.known_voters for s in mission.stations):,} registered voters)",
    ]
    by_region = Counter(s.region for s in mission.stations)
    voters = Counter[str]()
    for station in mission.stations:
        voters[station.region] += station.known_voters
    width = max((len(r.name) for r in mission.regions), default=10)
    for region in mission.regions:
        lines.append(
            f"  {region.name:<{width}}  {by_region.get(region.id, 0):>6} stations "
            f"{voters.get(region.id, 0):>11,} voters  {region.tz}"
        )
    kinds = Counter(s.kind.value for s in mission.stations)
    lines.append("  kinds: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    flagged = sum(1 for s in mission.stations if s.flags)
    generated = sum(1 for s in mission.stations if s.generated)
    lines.append(f"  flagged in earlier reports: {flagged}; generated (synthetic): {generated}")
    lines += ["", f"Observers: {len(mission.observers)}"]
    for nationality, count in Counter(o.nationality for o in mission.observers).most_common():
        lines.append(f"  {nationality:<{width}}  {count:>4}")
    lines.append(f"Teams: {len(mission.teams)}; bases: {len(mission.bases)}")
    if mission.declared_areas:
        lines.append("Declared areas: " + ", ".join(a.name for a in mission.declared_areas))
    if mission.reported:
        lines += ["", "Reported facts:"]
        for fact in mission.reported:
            lines.append(f"  {fact.topic}: {fact.value}  [{fact.source}]")
    return "\n".join(lines)
