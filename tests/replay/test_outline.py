"""Missions from a statement's facts (issue 12, item 2): places in any spelling, every
assumption in the notes, and a replay without hand edits."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from missionplanner.cli.main import main
from missionplanner.io.json_files import load_mission
from missionplanner.model import Mission
from missionplanner.planning.areas import build_areas
from missionplanner.replay import ReplayOptions, replay_lines, replay_mission
from missionplanner.replay.outline import (
    Outline,
    OutlineError,
    default_station_file,
    outline_mission,
)

SAMPLES = Path(__file__).resolve().parents[2] / "sample_missions"
LINE = re.compile(r"^replayed: (\d+) stations, (\d+) duplicates \(reported (\d+)\)$")


@pytest.fixture(scope="module")
def stations() -> Mission:
    return load_mission(SAMPLES / "sco_2021.json")


def outline(places: tuple[str, ...], **kw: object) -> Outline:
    facts: dict[str, object] = dict(
        organisation="Turkic Council", election="Mazhilis election", country="KZ",
        days=(date(2021, 1, 10),), observers=4, places=places, reported_stations=14,
        source="002_5a1fa4dbb9a6ffb6.txt")
    facts.update(kw)
    return Outline(**facts)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["Nur-Sultan", "Astana", "Нур-Султан", "Астана",
                                  "Нұр-Сұлтан", "Akmola city", "Tselinograd"])
def test_the_capital_by_any_name(stations: Mission, name: str) -> None:
    """English, Russian, Kazakh and former names of the capital give the whole city."""
    m = outline_mission(outline((name,)), stations, "sco_2021.json")
    (area,) = m.declared_areas
    assert (area.region, area.kind) == ("nur-sultan", "region")
    built = [a for a in build_areas(m) if a.declared]
    assert len(built[0].stations) == sum(1 for s in stations.stations
                                         if s.region == "nur-sultan")


def test_towns_regions_and_abroad(stations: Mission) -> None:
    """A town is the stations round it, region:NAME the whole region, abroad:CITY its post."""
    m = outline_mission(outline(("Караганда", "region:Акмолинская область", "abroad:Пекин")),
                        stations, "sco_2021.json")
    kinds = [(a.region, a.kind) for a in m.declared_areas]
    assert kinds == [("karaganda", "city"), ("akmola", "region"), ("abroad", "embassy")]
    built = {a.region: a for a in build_areas(m) if a.declared}
    assert built["karaganda"].stations and built["abroad"].stations == (
        next(s.id for s in stations.stations if s.settlement == "Beijing"),)
    assert len(built["akmola"].stations) == sum(1 for s in stations.stations
                                                if s.region == "akmola")


def test_every_assumption_is_in_the_notes(stations: Mission) -> None:
    """Hours with their source, dwell, team size, days, observers, places, station set."""
    m = outline_mission(outline(("Astana",)), stations, "sco_2021.json")
    notes = m.notes or ""
    for said in ("ASSUMPTION", "election day", "generated placeholders", "07:00-20:00",
                 "30 min at a station", "teams of 2", "model's default", "sco_2021.json",
                 "GENERATED", "'Astana' matched Astana"):
        assert said in notes, said
    assert [f.value for f in m.reported if f.topic == "stations_visited"] == [14]
    assert m.settings.declared_areas_only and m.settings.team_size == 2


def test_bad_outlines_say_why(stations: Mission) -> None:
    """An unknown place, a station set of another country, too large a team."""
    with pytest.raises(OutlineError, match="Atlantis"):
        outline_mission(outline(("Atlantis",)), stations, "s.json")
    with pytest.raises(OutlineError, match="Russia"):
        outline_mission(outline((), country="RU"), stations, "s.json")
    with pytest.raises(OutlineError, match="team-size"):
        outline_mission(outline((), team_size=5), stations, "s.json")
    with pytest.raises(OutlineError, match="--stations"):
        default_station_file("RU", date(2021, 1, 10))


def test_default_station_set_is_the_nearest_sample() -> None:
    """Kazakhstan 2021 takes a 2021 sample, 2019 a 2019 one."""
    assert "2021" in default_station_file("KZ", date(2021, 1, 10)).name
    assert "2019" in default_station_file("KZ", date(2019, 6, 9)).name


def test_outline_then_replay_without_edits(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    """The command writes a mission that the replay takes as it is."""
    out = tmp_path / "tc.json"
    assert main(["outline", "--organisation", "Turkic Council", "--election", "Mazhilis",
                 "--country", "Kazakhstan", "--days", "2021-01-10", "--observers", "4",
                 "--team-size", "4", "--places", "Нур-Султан", "--reported-stations", "14",
                 "--source", "002_5a1fa4dbb9a6ffb6.txt", "--out", str(out)]) == 0
    assert "replay it with" in capsys.readouterr().out
    assert json.loads(out.read_text(encoding="utf-8"))["settings"]["team_size"] == 4
    replay = replay_mission(load_mission(out), ReplayOptions(runs=2, iterations=1,
                                                             max_plans=2))
    match = LINE.match(replay_lines(replay)[-1])
    assert match and match[3] == "14" and int(match[1]) >= 14 and match[2] == "0"


def test_outline_command_refuses_an_unknown_place(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """Exit 1 with the place named, and no file written."""
    out = tmp_path / "x.json"
    assert main(["outline", "--organisation", "X", "--election", "E", "--country", "KZ",
                 "--days", "2021-01-10", "--observers", "2", "--places", "Gotham",
                 "--out", str(out)]) == 1
    assert "Gotham" in capsys.readouterr().err and not out.exists()
