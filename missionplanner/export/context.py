"""What every writer needs from a mission and its plan: checked to match, indexed once."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from missionplanner.export.labels import Lang, labels
from missionplanner.model import Base, Mission, Observer, Plan, PollingStation, Route, Team


@dataclass
class Context:
    """A mission and its plan, indexed for the writers."""

    mission: Mission
    plan: Plan
    lang: Lang = "en"
    stations: dict[str, PollingStation] = field(init=False)
    observers: dict[str, Observer] = field(init=False)
    bases: dict[str, Base] = field(init=False)
    teams: dict[str, Team] = field(init=False)
    areas: dict[str, str] = field(init=False)
    routes_of: dict[str, list[Route]] = field(init=False)

    def __post_init__(self) -> None:
        self.stations = {s.id: s for s in self.mission.stations}
        self.observers = {o.id: o for o in self.mission.observers}
        self.bases = {b.id: b for b in self.mission.bases}
        self.teams = {t.id: t for t in self.plan.teams}
        self.areas = {a.team: a.area for a in self.plan.assignments}
        routes: dict[str, list[Route]] = defaultdict(list)
        for route in sorted(self.plan.routes, key=lambda r: (r.day, r.team)):
            routes[route.team].append(route)
        self.routes_of = dict(routes)
        for team in self.teams.values():
            if team.area and team.id not in self.areas:
                self.areas[team.id] = team.area
        region_ids = {r.id for r in self.mission.regions}
        self.areas = {t: self.region_name(a) if a in region_ids else a
                      for t, a in self.areas.items()}

    @property
    def words(self) -> dict[str, str]:
        """The labels of the export's language."""
        return labels(self.lang)

    def team_ids(self) -> list[str]:
        """Teams of the plan, in the plan's order (then any team with routes only)."""
        ids = list(self.teams)
        return ids + sorted(t for t in self.routes_of if t not in self.teams)

    def region_name(self, region_id: str) -> str:
        """A region's name in the export's language."""
        try:
            region = self.mission.region(region_id)
        except KeyError:
            return region_id
        return (region.name_ru or region.name) if self.lang == "ru" else region.name

    def base_name(self, team_id: str) -> str:
        """The team's base in words, or an empty string."""
        team = self.teams.get(team_id)
        base = self.bases.get(team.base) if team and team.base else None
        if base is None:
            return ""
        return ", ".join(p for p in (base.name, base.settlement, base.address) if p)

    def member_names(self, team_id: str) -> list[str]:
        """Names of the team's members (ids of unknown ones)."""
        team = self.teams.get(team_id)
        if team is None:
            return []
        return [self.observers[m].name if m in self.observers else m for m in team.members]

    def phones(self, team_id: str) -> str:
        """Every phone of the team: members', then the team's own."""
        team = self.teams.get(team_id)
        if team is None:
            return ""
        phones = [f"{self.observers[m].name}: {self.observers[m].phone}"
                  for m in team.members if m in self.observers and self.observers[m].phone]
        if team.phone:
            phones.append(f"{self.words['team']}: {team.phone}")
        return "; ".join(phones)

    def day_kind(self, day: date) -> str:
        """``election_day`` or ``pre_election`` for a day of the mission."""
        for observation in self.mission.observation_days:
            if observation.date == day:
                return observation.kind.value
        return ""

    def flags_text(self, station: PollingStation) -> str:
        """The station's earlier findings in one line."""
        return "; ".join(
            f"{f.irregularity}" + (f" ({f.detail})" if f.detail else "") for f in station.flags
        )


def local(moment: datetime | None, zone: ZoneInfo | None = None) -> datetime | None:
    """An aware time as a naive wall-clock time (in ``zone``, else its own): what Excel holds."""
    if moment is None:
        return None
    if zone is not None:
        moment = moment.astimezone(zone)
    return moment.replace(tzinfo=None)
