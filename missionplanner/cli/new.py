"""``missionplanner new``: a mission for a country from its preset, in one command."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from missionplanner.errors import InputError
from missionplanner.geo.countries import UnknownCountry, countries, country, new_mission
from missionplanner.io import save_mission


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``new`` to ``sub``."""
    codes = ", ".join(f"{p.code} ({p.name})" for p in countries())
    help_text = "create a mission file from a country preset (regions, time zones, polling hours)"
    command: argparse.ArgumentParser = sub.add_parser("new", help=help_text,
                                                      description=help_text)
    command.set_defaults(handler=_new)
    command.add_argument("file", type=Path, help="the mission file to write (.json)")
    command.add_argument("--country", required=True, help=f"ISO code or name: {codes}")
    command.add_argument("--organisation", required=True, help="the observing organisation")
    command.add_argument("--election", required=True, help="the election, in words")
    command.add_argument("--days", required=True,
                         help="observation days, comma-separated (2024-03-15,2024-03-17)")
    command.add_argument("--election-date", help="election day (default: the last day)")
    command.add_argument("--name", help="the mission's name (default: made from the others)")
    command.add_argument("--force", action="store_true", help="overwrite an existing file")


def _new(args: argparse.Namespace) -> int:
    try:
        preset = country(args.country)
    except UnknownCountry as exc:
        raise InputError(f"--country: {exc}") from None
    days = [_day(part, "--days") for part in args.days.split(",") if part.strip()]
    election_day = _day(args.election_date, "--election-date") if args.election_date else None
    if args.file.exists() and not args.force:
        raise InputError(f"{args.file} exists: choose another name, or add --force to replace it")
    try:
        mission = new_mission(
            preset, organisation=args.organisation, election=args.election, days=days,
            election_date=election_day, name=args.name,
        )  # fmt: skip
    except ValueError as exc:
        raise InputError(f"--days: {exc}") from None
    save_mission(mission, args.file)
    print(
        f"wrote {args.file}: mission {mission.id!r} to {preset.name}, "
        f"{len(preset.regions)} regions + abroad, polling {preset.polling_opens:%H:%M}-"
        f"{preset.polling_closes:%H:%M} local time, "
        f"{len(mission.observation_days)} observation day(s)"
    )
    print(f"  polling hours: {preset.hours_source}")
    print(f"  regions: {preset.regions_source}")
    print(f"  next: missionplanner import-stations {args.file} STATIONS.xlsx")
    return 0


def _day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        shown = text.strip()
        raise InputError(f"{option}: expected dates like 2024-03-17, got {shown!r}") from None
