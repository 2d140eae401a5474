"""Country presets: what a mission to a country needs before any list is imported.

A preset gives the country's regions (first-level units with their IANA time zones and
administrative centres), its polling hours, languages, capital and a box around it, each from
a source named in ``missionplanner/data/README.md``. ``new_mission`` turns one into a valid
:class:`~missionplanner.model.Mission`, so that no mission is silently Kazakh.

>>> preset = country("RU")
>>> preset.polling_opens, len(preset.regions)
(datetime.time(8, 0), 83)
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, time
from functools import cache

from missionplanner.geo._tables import number, read_table, split
from missionplanner.geo.box import Box
from missionplanner.messages import app_errors as e
from missionplanner.messages import say
from missionplanner.model import (
    DayKind,
    Mission,
    MissionSettings,
    ObservationDay,
    Region,
    RegionKind,
)

ABROAD_ID = "abroad"


class UnknownCountry(ValueError):
    """No preset for this country (the message lists those there are)."""


@dataclass(frozen=True)
class RegionPreset:
    """A first-level unit of a country as its preset gives it."""

    id: str
    name: str
    name_ru: str | None
    name_kk: str | None
    aliases: tuple[str, ...]
    kind: RegionKind
    tz: str
    capital: str | None
    lat: float | None
    lon: float | None
    iso_3166_2: str | None

    def to_region(self) -> Region:
        """The mission model's region."""
        return Region(
            id=self.id, name=self.name, name_ru=self.name_ru, name_kk=self.name_kk,
            aliases=list(self.aliases), kind=self.kind, tz=self.tz, capital=self.capital,
            lat=self.lat, lon=self.lon,
        )  # fmt: skip


@dataclass(frozen=True)
class CountryPreset:
    """A country where missions observe: regions, polling hours, languages, box, sources."""

    code: str
    """ISO 3166-1 alpha-2 code (``KZ``)."""
    name: str
    name_ru: str
    name_local: str
    capital: str
    capital_region: str
    """Id of the region the capital lies in."""
    languages: tuple[str, ...]
    """State languages, ISO 639-1 codes."""
    polling_opens: time
    polling_closes: time
    hours_source: str
    box: Box
    box_source: str
    regions: tuple[RegionPreset, ...]
    regions_source: str

    @property
    def centre(self) -> tuple[float, float]:
        """The middle of the country's box (lat, lon), e.g. to centre a map projection on; a
        box crossing 180° (Russia) has its middle on the right side of it."""
        box = self.box
        east = box.east + 360 if box.west > box.east else box.east
        lon = (box.west + east) / 2
        return (box.south + box.north) / 2, lon - 360 if lon > 180 else lon

    def region(self, region_id: str) -> RegionPreset:
        """The region with this id (KeyError when there is none)."""
        for region in self.regions:
            if region.id == region_id:
                return region
        raise KeyError(region_id)

    def mission_regions(self) -> list[Region]:
        """The regions of a new mission: the country's, then one for stations abroad."""
        return [r.to_region() for r in self.regions] + [self.abroad_region()]

    def abroad_region(self) -> Region:
        """The region of stations at embassies and consulates (each sets its own zone)."""
        return Region(
            id=ABROAD_ID, name="Abroad", name_ru="За рубежом", kind=RegionKind.ABROAD,
            tz="UTC", aliases=["abroad", "foreign", "за рубежом", "за границей",
                               f"outside {self.name}"],
        )  # fmt: skip

    def matches(self, text: str) -> bool:
        """True when ``text`` names this country (code or English, Russian, local name)."""
        key = text.strip().casefold()
        return key in {n.casefold() for n in (self.code, self.name, self.name_ru, self.name_local)}


@cache
def countries() -> tuple[CountryPreset, ...]:
    """Every shipped preset, in the order of ``countries.csv``."""
    return tuple(_preset(row) for row in read_table("countries.csv"))


def country(text: str) -> CountryPreset:
    """The preset a code or name stands for (``KZ``, ``kz``, ``Kazakhstan``, ``Казахстан``)."""
    for preset in countries():
        if preset.matches(text):
            return preset
    known = ", ".join(f"{p.code} ({p.name})" for p in countries())
    raise UnknownCountry(say(e.NO_PRESET_FOR, country=repr(text), known=known))


def preset_for(mission: Mission) -> CountryPreset | None:
    """The preset of a mission's host country, if there is one."""
    try:
        return country(mission.host_country)
    except UnknownCountry:
        return None


def new_mission(
    preset: CountryPreset,
    *,
    organisation: str,
    election: str,
    days: list[date],
    election_date: date | None = None,
    name: str | None = None,
    mission_id: str | None = None,
    seed: int = 0,
) -> Mission:
    """A valid mission for the country: its regions, polling hours and host country stated.

    ``days`` are the observation days; the election day is ``election_date`` (default: the last
    day) and earlier days are pre-election visits.
    """
    if not days:
        raise ValueError(say(e.ONE_DAY))
    ordered = sorted(set(days))
    election_day = election_date or ordered[-1]
    if election_day not in ordered:
        raise ValueError(say(e.ELECTION_NOT_OBSERVED, day=election_day))
    observation = [
        ObservationDay(
            date=d, kind=DayKind.ELECTION_DAY if d == election_day else DayKind.PRE_ELECTION
        )
        for d in ordered
    ]
    title = name or f"{organisation} mission to {preset.name}, {election} {election_day.year}"
    return Mission(
        id=mission_id or _slug(f"{organisation}-{preset.code}-{election_day.isoformat()}"),
        name=title,
        organisation=organisation,
        host_country=preset.name,
        election=election,
        election_date=election_day,
        observation_days=observation,
        seed=seed,
        settings=MissionSettings(
            polling_opens=preset.polling_opens, polling_closes=preset.polling_closes
        ),
        regions=preset.mission_regions(),
        notes=f"Created from the {preset.name} preset: regions: {preset.regions_source}; "
        f"polling hours {preset.polling_opens:%H:%M}-{preset.polling_closes:%H:%M}: "
        f"{preset.hours_source}.",
    )


def _slug(text: str) -> str:
    kept = "".join(c if c.isascii() and c.isalnum() else "-" for c in text.casefold())
    return "-".join(part for part in kept.split("-") if part)[:80] or "mission"


def _preset(row: dict[str, str]) -> CountryPreset:
    code = row["code"]
    if row["regions_file"] == "kz_regions.csv":
        rows = read_table("kz_regions.csv")
        regions = tuple(_kz_region(r) for r in rows if r["kind"] != "abroad")
    else:
        regions = tuple(
            _region(r) for r in read_table(row["regions_file"]) if r["country"] == code
        )
    return CountryPreset(
        code=code,
        name=row["name_en"],
        name_ru=row["name_ru"],
        name_local=row["name_local"],
        capital=row["capital"],
        capital_region=row["capital_region"],
        languages=tuple(split(row["languages"])),
        polling_opens=time.fromisoformat(row["polling_opens"]),
        polling_closes=time.fromisoformat(row["polling_closes"]),
        hours_source=row["hours_source"],
        box=Box(
            row["name_en"], float(row["south"]), float(row["north"]), float(row["west"]),
            float(row["east"]),
        ),
        box_source=row["box_source"],
        regions=regions,
        regions_source=row["regions_source"],
    )


def _kz_region(row: dict[str, str]) -> RegionPreset:
    return RegionPreset(
        id=row["id"], name=row["name_en"], name_ru=row["name_ru"] or None,
        name_kk=row["name_kk"] or None, aliases=tuple(split(row["aliases"])),
        kind=RegionKind(row["kind"]), tz=row["tz"], capital=row["capital"] or None,
        lat=number(row["lat"]), lon=number(row["lon"]), iso_3166_2=row["iso_3166_2"] or None,
    )  # fmt: skip


def _region(row: dict[str, str]) -> RegionPreset:
    return RegionPreset(
        id=row["id"], name=row["name_en"], name_ru=row["name_ru"] or None, name_kk=None,
        aliases=tuple(split(row["aliases"])), kind=RegionKind(row["kind"]), tz=row["tz"],
        capital=row["capital"] or None, lat=number(row["lat"]), lon=number(row["lon"]),
        iso_3166_2=row["iso_3166_2"] or None,
    )  # fmt: skip


def preset_of_mission(mission: Mission) -> CountryPreset:
    """A preset whose regions are the mission's own (ids as the mission has them), with the
    host country's preset data when there is one: what placing a mission's stations needs."""
    regions = tuple(
        RegionPreset(
            id=r.id, name=r.name, name_ru=r.name_ru, name_kk=r.name_kk, aliases=tuple(r.aliases),
            kind=r.kind, tz=r.tz, capital=r.capital, lat=r.lat, lon=r.lon, iso_3166_2=None,
        )
        for r in mission.regions
        if r.kind is not RegionKind.ABROAD
    )
    known = preset_for(mission)
    if known is not None:
        return replace(known, regions=regions, regions_source="the mission's regions")
    settings = mission.settings
    return CountryPreset(
        code="", name=mission.host_country, name_ru=mission.host_country,
        name_local=mission.host_country, capital="", capital_region="", languages=(),
        polling_opens=settings.polling_opens, polling_closes=settings.polling_closes,
        hours_source="the mission's settings", box=Box(mission.host_country, -90, 90, -180, 180),
        box_source="none", regions=regions, regions_source="the mission's regions",
    )  # fmt: skip


def hours_warning(mission: Mission) -> str | None:
    """What to say when the mission's polling hours are not its host country's (a Russian list
    planned with Kazakhstan's 07:00 opening), or None."""
    preset = preset_for(mission)
    if preset is None:
        return None
    ours = (mission.settings.polling_opens, mission.settings.polling_closes)
    if ours == (preset.polling_opens, preset.polling_closes):
        return None
    return (
        f"polling hours {ours[0]:%H:%M}-{ours[1]:%H:%M} differ from {preset.name}'s "
        f"{preset.polling_opens:%H:%M}-{preset.polling_closes:%H:%M} ({preset.hours_source}): "
        "check settings.polling_opens and polling_closes"
    )


def local_languages(mission: Mission) -> tuple[str, ...]:
    """The host country's languages (its preset's: Kazakh and Russian for Kazakhstan, Azerbaijani
    for Azerbaijan); empty for a country without a preset, so that no rule assumes one."""
    preset = preset_for(mission)
    return preset.languages if preset is not None else ()
