"""A mission from a statement's facts alone: organisation, days, observers, places and the
number of stations it says it visited, against a country's station set.

Everything a statement leaves out is filled from documented defaults and written into the
mission's notes: polling hours from the country's preset, the dwell time and team size from
the model's defaults (:class:`~missionplanner.model.MissionSettings`), generated observers,
the last day as election day. Place names resolve in English, Russian and Kazakh and by
former names (:class:`~missionplanner.geo.PlaceResolver`: Astana, Nur-Sultan, Akmola city,
Нур-Султан, Алматы қаласы, ``region:Akmola``, ``abroad:Beijing``). The result replays with
``missionplanner replay`` as it is.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from missionplanner.errors import MissionPlannerError
from missionplanner.geo import (
    AmbiguousPlace,
    CountryPreset,
    PlaceKind,
    PlaceNotFound,
    PlaceResolver,
    country,
    new_mission,
)
from missionplanner.model import (
    DeclaredArea,
    Mission,
    MissionSettings,
    Observer,
    RegionKind,
    ReportedFact,
)
from missionplanner.planning.selection import stable_seed

CITY_KM = 15.0
"""A named town stands for the stations this close to its centre."""
ABROAD_KM = 50.0
"""A named city abroad stands for the stations this close (an embassy, consulates)."""


def _samples_folder() -> Path:
    """The past missions' samples: in the source tree, or beside the programs of a built app
    folder (PyInstaller sets ``sys.frozen``; see docs/packaging.md)."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent / "sample_missions"
    return Path(__file__).resolve().parents[2] / "sample_missions"


SAMPLES = _samples_folder()
"""Where the shipped station sets are (the past missions' samples)."""


class OutlineError(MissionPlannerError):
    """An outline that cannot make a mission (unknown place, no station set, bad numbers)."""


@dataclass(frozen=True)
class Outline:
    """The facts a statement gives."""

    organisation: str
    election: str
    country: str
    days: tuple[date, ...]
    observers: int
    places: tuple[str, ...] = ()
    reported_stations: int | None = None
    team_size: int | None = None
    source: str | None = None


def outline_mission(outline: Outline, stations_from: Mission, stations_file: str) -> Mission:
    """The mission the outline describes, on the stations (and regions) of ``stations_from``."""
    preset = _preset(outline.country)
    if stations_from.host_country.casefold() != preset.name.casefold():
        raise OutlineError(f"the station set {stations_file} is for {stations_from.host_country},"
                           f" not {preset.name}")
    if outline.observers < 1:
        raise OutlineError(f"--observers must be at least 1, not {outline.observers}")
    if not outline.days:
        raise OutlineError("give at least one observation day (--days)")
    size = outline.team_size or min(MissionSettings().team_size, outline.observers)
    if not 1 <= size <= 6 or size > outline.observers:
        raise OutlineError(f"--team-size must be 1-6 and at most the observers "
                           f"({outline.observers}), not {size}")
    base = new_mission(preset, organisation=outline.organisation, election=outline.election,
                       days=list(outline.days))
    areas, matched = _places(outline.places, preset, stations_from)
    src = outline.source or "the outline given to missionplanner outline (no source named)"
    seed = stable_seed("outline", outline.organisation, base.election_date.isoformat()) % 2**31
    settings = base.settings.model_copy(update={"team_size": size,
                                                "declared_areas_only": bool(areas)})
    observers = [Observer(id=f"obs-{i:03d}", name=f"{outline.organisation} observer {i:03d} "
                          "(generated)", nationality="not stated", generated=True,
                          source=f"generated placeholder: {src} gives {outline.observers} "
                                 "observers and no names")
                 for i in range(1, outline.observers + 1)]
    reported = [ReportedFact(topic="observers", value=outline.observers, source=src)]
    if outline.reported_stations is not None:
        if outline.reported_stations < 1:
            raise OutlineError("--reported-stations must be at least 1")
        reported.append(ReportedFact(topic="stations_visited", value=outline.reported_stations,
                                     source=src, note="over every observation day"))
    days = ", ".join(f"{d.date:%d %b %Y} ({d.kind.value.replace('_', ' ')})"
                     for d in base.observation_days)
    s = settings
    notes = [
        f"Made by missionplanner outline from a statement's facts ({src}). Every other "
        "figure is an ASSUMPTION, listed here.",
        f"Days: {days}: the last day given is taken as election day, earlier ones as days of "
        "commission visits in office hours.",
        f"Observers: {outline.observers} generated placeholders (the statement names none "
        f"here); teams of {size}" + ("" if outline.team_size else
                                     " (not stated: the model's default, international "
                                     "pairs)") + ".",
        f"Hours: polling {s.polling_opens:%H:%M}-{s.polling_closes:%H:%M} "
        f"({preset.hours_source}); commissions {s.office_opens:%H:%M}-"
        f"{s.office_closes:%H:%M} before election day; {s.service_minutes_election_day} min at "
        f"a station on election day and {s.service_minutes_pre_election} min at a commission "
        "before it (the model's defaults); lunch, opening and count as the model's defaults.",
        "Places: " + ("; ".join(matched) if matched else "none given: teams go where the "
                      "voters are") + (". declared_areas_only: teams go to these places only."
                                       if areas else ""),
        f"Stations: the station set of {stations_file} ({len(stations_from.stations):,} "
        "stations" + (", GENERATED: figures from them illustrate" if any(
            st.generated for st in stations_from.stations) else "") + "); regions as there.",
        f"Seed {seed}: derived from the organisation and the election day, so the same "
        "outline gives the same plans.",
    ]
    return base.model_copy(update={
        "seed": seed, "settings": settings, "regions": list(stations_from.regions),
        "stations": list(stations_from.stations), "observers": observers,
        "declared_areas": areas, "reported": reported, "notes": " ".join(notes)})


def _preset(code: str) -> CountryPreset:
    try:
        return country(code)
    except ValueError as exc:
        raise OutlineError(str(exc)) from None


def _places(texts: tuple[str, ...], preset: CountryPreset,
            mission: Mission) -> tuple[list[DeclaredArea], list[str]]:
    """Declared areas for the outline's places, and how each was read."""
    resolver = PlaceResolver.for_country(preset.code)
    regions = {r.id: r for r in mission.regions}
    abroad = next((r.id for r in mission.regions if r.kind is RegionKind.ABROAD), None)
    areas: list[DeclaredArea] = []
    said: list[str] = []
    for text in (t.strip() for t in texts):
        if not text:
            continue
        try:
            place = resolver.resolve(text)
        except (PlaceNotFound, AmbiguousPlace) as exc:
            raise OutlineError(f"--places {text!r}: {exc}") from None
        if place.kind is PlaceKind.ABROAD:
            if abroad is None:
                raise OutlineError(f"--places {text!r}: the station set has no stations abroad")
            areas.append(DeclaredArea(name=place.name, region=abroad, kind="embassy",
                                      lat=place.lat, lon=place.lon, within_km=ABROAD_KM,
                                      source=f"outline: {text!r} ({place.how})"))
            said.append(f"{text} = the stations within {ABROAD_KM:.0f} km of {place.name} "
                        f"({place.how})")
            continue
        region = regions.get(place.region or "")
        if region is None:
            raise OutlineError(f"--places {text!r}: {place.name} lies in region "
                               f"{place.region!r}, which the station set does not have")
        if place.kind is PlaceKind.REGION or region.kind is RegionKind.CITY:
            areas.append(DeclaredArea(name=region.name, region=region.id, kind="region",
                                      source=f"outline: {text!r} ({place.how})"))
            said.append(f"{text} = all of {region.name} ({place.how})")
        else:
            areas.append(DeclaredArea(name=place.name, region=region.id, kind="city",
                                      lat=place.lat, lon=place.lon, within_km=CITY_KM,
                                      source=f"outline: {text!r} ({place.how})"))
            said.append(f"{text} = the stations within {CITY_KM:.0f} km of {place.name}, "
                        f"{region.name} ({place.how})")
    names = [a.name for a in areas]
    dup = next((n for n in names if names.count(n) > 1), None)
    if dup is not None:
        raise OutlineError(f"--places names {dup} twice (as {', '.join(texts)})")
    return areas, said


_HEAD = re.compile(r'"(host_country|election_date)"\s*:\s*"([^"]*)"')


def default_station_file(code: str, election_day: date, folder: Path = SAMPLES) -> Path:
    """The shipped sample of the country whose election is nearest to ``election_day``."""
    preset = _preset(code)
    found: list[tuple[int, str, Path]] = []
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        with open(path, encoding="utf-8") as fh:
            head = dict(_HEAD.findall(fh.read(4096)))
        if head.get("host_country", "").casefold() == preset.name.casefold() \
                and "election_date" in head:
            gap = abs((date.fromisoformat(head["election_date"]) - election_day).days)
            found.append((gap, path.name, path))
    if not found:
        raise OutlineError(f"no station set for {preset.name} is shipped: give one with "
                           "--stations MISSION.json (a mission with the country's stations)")
    return min(found)[2]
