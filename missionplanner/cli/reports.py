"""Plain-text summaries of missions for the terminal (``missionplanner info``)."""

from __future__ import annotations

from collections import Counter

from missionplanner.geo.countries import hours_warning, preset_for
from missionplanner.geo.plausibility import plausibility_warnings
from missionplanner.model import Locality, Mission

WARNINGS_SHOWN = 30


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
        f"  host country: {mission.host_country}; polling hours "
        f"{mission.settings.polling_opens:%H:%M}-{mission.settings.polling_closes:%H:%M} local"
        + ("" if preset_for(mission) is None or hours_warning(mission) else
           f" (as {mission.host_country}'s preset)"),
        "",
        f"Stations: {len(mission.stations)} "
        f"({sum(s.known_voters for s in mission.stations):,} registered voters"
        + (f"; voters unknown at {unknown_voters}" if (unknown_voters := sum(
            1 for s in mission.stations if s.registered_voters is None)) else "")
        + ")",
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
    lines += _quality_lines(mission)
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


def _quality_lines(mission: Mission) -> list[str]:
    """What the station list did not give: coordinates, commissions, urban/rural."""
    stations = mission.stations
    approximate = [s for s in stations if s.approximate]
    at_centre = sum(1 for s in approximate if (s.placed_by or "").startswith("the centre of"))
    lines = [
        f"  locations: exact {len(stations) - len(approximate)}, approximate "
        f"{len(approximate)} (at their settlement {len(approximate) - at_centre}, "
        f"at a city or region centre {at_centre})"
    ]
    unknown_commission = sum(1 for s in stations if s.commission is None)
    if unknown_commission:
        lines.append(f"  commission unknown: {unknown_commission}")
    localities = Counter(s.locality for s in stations)
    lines.append(
        f"  urban {localities[Locality.URBAN]}, rural {localities[Locality.RURAL]}, "
        f"not given {localities[None]}"
    )
    return lines


def mission_warnings(mission: Mission) -> list[str]:
    """Plausibility warnings (with each station's JSON path) and polling hours that are not
    the host country's: what ``validate`` lists after a valid mission."""
    index = {s.id: i for i, s in enumerate(mission.stations)}
    found = [w for w in [hours_warning(mission)] if w]
    for warning in plausibility_warnings(mission):
        paths = ", ".join(f"$.stations[{index[s]}] ({s})" for s in warning.stations[:5])
        more = len(warning.stations) - 5
        found.append(f"{paths}{f' and {more} more' if more > 0 else ''}: {warning.message}")
    return found
