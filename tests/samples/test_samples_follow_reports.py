"""The samples tell what the reports tell (issue 12, item 4): what they interpret or
generate follows the statements' text, and says so."""

from __future__ import annotations

import csv
import re
from collections import Counter
from datetime import time
from pathlib import Path

import pytest

from missionplanner.io.json_files import load_mission
from missionplanner.model import Locality, Mission, StationKind
from missionplanner.planning.deployment import deploy
from missionplanner.planning.places import home_place
from missionplanner.planning.teams import form_teams

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "sample_missions"
SOURCES = SAMPLES / "sources"
IDS = ["sco_2019", "osce_odihr_2019", "sco_2021", "turkic_council_2021"]
VILLAGES = ["Besagash", "Kumshagal", "Kaynazar", "Akdala", "Zachagansk Uralsk", "Kyzyl Kayrat"]
# what the SCO 2019 statement (section 11) names besides the 47 embassy countries
POSTS_2019 = ["New York", "Istanbul", "Frankfurt", "Dubai", "Hong Kong", "Shanghai", "Kazan",
              "Saudi Arabia", "Antalya", "Brest", "Dallinn", "Urumqi", "Bulgaria"]


@pytest.fixture(scope="module")
def missions() -> dict[str, Mission]:
    return {i: load_mission(SAMPLES / f"{i}.json") for i in IDS}


def _station(m: Mission, region: str, number: int):
    return next(s for s in m.stations if s.region == region and s.number == number)


def _published() -> list[dict[str, str]]:
    with open(SOURCES / "published_station_counts.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("mid", IDS)
def test_published_region_counts_are_used_and_cited(missions: dict[str, Mission],
                                                    mid: str) -> None:
    """Every per-region count a public source gives is the sample's; the notes cite it and
    name the regions that are estimated."""
    m = missions[mid]
    year = str(m.election_date.year)
    per_region = Counter(s.region for s in m.stations)
    rows = [r for r in _published() if r["year"] == year
            and not r["scope"].startswith(("country", "abroad"))]
    assert rows
    for row in rows:
        regions = row["scope"].split("+")
        assert sum(per_region[r] for r in regions) == int(row["stations"]), row["scope"]
        assert row["source"].startswith("https://") and row["source"] in (m.notes or "")
    assert "ESTIMATED" in (m.notes or "") and "PUBLISHED" in (m.notes or "")
    if year == "2019":
        assert per_region["nur-sultan"] == 238  # Kazinform, 9 June 2019
    else:
        assert (per_region["nur-sultan"], per_region["turkestan"]) == (283, 911)
    total = next(r for r in _published() if r["year"] == year and r["scope"].startswith(
        "country"))
    assert len(m.stations) == int(total["stations"])


@pytest.mark.parametrize("mid", IDS)
def test_numbers_run_across_a_region(missions: dict[str, Mission], mid: str) -> None:
    """Precinct numbers are unique within a region and run up to its size (Aktobe No. 535)."""
    m = missions[mid]
    by_region: dict[str, list[int]] = {}
    for s in m.stations:
        by_region.setdefault(s.region, []).append(s.number)
    for region, numbers in by_region.items():
        assert len(numbers) == len(set(numbers)), region
    aktobe = sorted(by_region["aktobe"])
    assert 535 in aktobe and aktobe[len(aktobe) // 2] > 100


@pytest.mark.parametrize("mid", IDS)
def test_civic_report_findings(missions: dict[str, Mission], mid: str) -> None:
    """No. 203 keeps both findings, No. 360 its 2,374 voters, No. 524 sits in Aktobe city."""
    m = missions[mid]
    no203 = _station(m, "almaty-city", 203)
    assert {f.irregularity for f in no203.flags} == {"voter mobilization", "family voting"}
    assert any("17:10" in (f.detail or "") for f in no203.flags)
    assert _station(m, "almaty-city", 360).registered_voters == 2374
    no524 = _station(m, "aktobe", 524)
    assert no524.locality is Locality.URBAN and no524.settlement == "Aktobe (Almaty district)"
    assert "ASSUMPTION" in (no524.source or "")
    no124 = _station(m, "almaty-city", 124)
    assert no124.kind is StationKind.CLOSED
    assert no124.opens == (time(5, 45) if m.election_date.year == 2019 else None)
    assert "observers not admitted" in _station(m, "nur-sultan", 216).tags


def test_named_villages_stay_put(missions: dict[str, Mission]) -> None:
    """A village the report names is at the same (generated) point in 2019 and 2021."""
    for name in VILLAGES:
        points = {(s.lat, s.lon) for m in missions.values() for s in m.stations
                  if s.settlement == name}
        assert len(points) == 1, (name, points)


@pytest.mark.parametrize(("mid", "extra"), [("sco_2019", 0), ("sco_2021", 1)])
def test_stations_abroad_follow_the_statement(missions: dict[str, Mission], mid: str,
                                              extra: int) -> None:
    """47 embassies, the 13 other posts the 2019 statement names, Russia's four cities with
    two stations in Moscow; 2021 adds Washington (Kazinform 2019)."""
    abroad = [s for s in missions[mid].stations if s.region == "abroad"]
    assert len(abroad) == 65 + extra
    embassies = {s.commission for s in abroad if s.commission.startswith("Embassy of")}
    assert len(embassies) == 48 + extra  # 47 listed + Russia (+ the United States)
    for post in POSTS_2019:
        assert any(post in s.commission for s in abroad), post
    assert Counter(s.settlement for s in abroad)["Moscow"] == 2
    washington = [s for s in abroad if s.settlement == "Washington"]
    assert len(washington) == extra
    new_york = next(s for s in abroad if s.settlement == "New York City")
    assert new_york.number == 250 or extra  # Kazinform gives No. 250 for 2019


def test_sco_2019_follows_the_statement(missions: dict[str, Mission]) -> None:
    """Six cities with hotels; the seven settlements as day trips from them: nobody sleeps
    in a generated village; the Russian members need no interpreter; seven/six is kept."""
    m = missions["sco_2019"]
    teams = form_teams(m)
    russians = {o.id for o in m.observers if o.nationality == "Russia"}
    assert len(russians) == 3
    assert all(o.languages == ["ru"] for o in m.observers if o.id in russians)
    no_interpreter = {t.members[0] for t in teams.teams if t.id not in teams.needs_interpreter}
    assert russians <= no_interpreter
    dep = deploy(m, teams.teams)
    bases = {b.id: b for b in m.bases}
    stations = {s.id: s for s in m.stations}
    for team in dep.teams:
        area = dep.areas[team.area or ""]
        home, _ = home_place(team, area, bases, [stations[s] for s in area.stations])
        assert team.base in bases and home.id == team.base
    day_trips = [a for a in dep.areas.values() if a.declared and "day trip" in a.name]
    assert len(day_trips) == 6 and all(dep.teams_in(a.id) for a in day_trips)
    fact = next(f for f in m.reported if f.topic == "member_states")
    assert fact.value == 7 and "six" in (fact.note or "")
    assert "seven SCO member States" in (m.notes or "") and "DISCREPANCY" in (m.notes or "")


def test_sco_2021_observes_in_cities(missions: dict[str, Mission]) -> None:
    """'Nur-Sultan and other cities and towns' and the embassy in China: no team in a
    village, more than one member in the capital."""
    m = missions["sco_2021"]
    dep = deploy(m, form_teams(m).teams)
    stations = {s.id: s for s in m.stations}
    areas = Counter(t.area for t in dep.teams)
    assert areas["nur-sultan"] >= 2 and areas["abroad/Embassy of Kazakhstan in China"] == 1
    for area_id in areas:
        kinds = Counter(stations[s].locality for s in dep.areas[area_id].stations)
        assert kinds[Locality.RURAL] <= kinds[Locality.URBAN], area_id


def test_turkic_council_is_one_delegation(missions: dict[str, Mission]) -> None:
    """The statement speaks of the Mission visiting 14 stations: one team of all members."""
    m = missions["turkic_council_2021"]
    teams = form_teams(m).teams
    assert len(teams) == 1 and len(teams[0].members) == len(m.observers)


def test_osce_leaders_are_in_the_roster(missions: dict[str, Mission]) -> None:
    """The three leaders the press release names are observers (heads), with the source."""
    m = missions["osce_odihr_2019"]
    named = {o.name for o in m.observers if not o.generated}
    assert named == {"George Tsereteli", "Margareta Kiener Nellen", "Urszula Gacek"}
    assert all(o.role == "head" for o in m.observers if not o.generated)


@pytest.mark.parametrize("mid", IDS)
def test_assumptions_are_said(missions: dict[str, Mission], mid: str) -> None:
    """Every interpretation is named as such in the notes."""
    notes = missions[mid].notes or ""
    assert re.search(r"ASSUMED|ASSUMPTION", notes) and "GENERATED" in notes
    assert "illustrative" in notes
