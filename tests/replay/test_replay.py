"""Replaying a small mission built in code: the claim, the bound, the search, the reports."""

from __future__ import annotations

import re

import openpyxl
import pytest

from missionplanner.cli.main import main
from missionplanner.io import save_mission
from missionplanner.model import Mission, ReportedFact
from missionplanner.planning.deployment import deploy
from missionplanner.planning.teams import form_teams
from missionplanner.replay import (
    Capacity,
    ReplayOptions,
    coverage_claims,
    replay_document,
    replay_lines,
    replay_mission,
    to_markdown,
    write_workbook,
)
from tests.planning.conftest import make_planning_mission

LINE = re.compile(r"^replayed: (\d+) stations, (\d+) duplicates \(reported (\d+)\)$")
FAST = ReplayOptions(runs=3, iterations=2, workers=1, max_plans=4)


def claimed(stations: int | str, mission: Mission | None = None) -> Mission:
    """The small planning mission with a reported coverage figure."""
    m = mission or make_planning_mission()
    fact = ReportedFact(topic="stations_visited", value=stations, source="statement.txt",
                        quote=f"the Mission visited {stations} polling stations")
    return m.model_copy(update={"reported": [fact]})


def test_claims_are_whole_numbers_of_stations() -> None:
    """A coverage figure is a ``stations_visited`` fact with a whole number (text allowed)."""
    assert [c.stations for c in coverage_claims(claimed("1,200"))] == [1200]
    assert coverage_claims(claimed("many")) == []
    assert coverage_claims(make_planning_mission()) == []


def test_bound_holds_every_plan_and_falls_with_dwell() -> None:
    """No attempt visits more than the bound; longer visits, fewer visits possible."""
    m = claimed(40)
    capacity = Capacity(m, deploy(m, form_teams(m).teams))
    bounds = [capacity.bound(d).visits for d in (5, 10, 20, 30, 60)]
    assert bounds == sorted(bounds, reverse=True) and bounds[-1] < bounds[0]
    replay = replay_mission(m, FAST)
    for attempt in replay.attempts.values():
        assert attempt.visits <= capacity.bound(attempt.dwell).visits


def test_implied_dwell_is_the_longest_the_bound_allows() -> None:
    """At the implied dwell the bound still allows the claim; a minute more, it does not."""
    m = claimed(40)
    capacity = Capacity(m, deploy(m, form_teams(m).teams))
    implied = capacity.implied_dwell(40)
    assert implied is not None
    assert capacity.bound(implied).visits >= 40 > capacity.bound(implied + 1).visits
    assert capacity.implied_dwell(10**6) is None


def test_reachable_claim_is_reached_without_duplicates() -> None:
    """A modest claim: the replay finds a plan at or above it with 0 duplicates."""
    replay = replay_mission(claimed(30), FAST)
    (claim,) = replay.claims
    assert claim.reached is not None and claim.reached.stations >= 30
    assert claim.reached.duplicates == 0 and "REACHABLE" in claim.verdict
    lines = replay_lines(replay)
    match = LINE.match(lines[-1])
    assert match and int(match[1]) >= 30 and match[2] == "0" and match[3] == "30"


def test_claim_beyond_the_bound_is_named() -> None:
    """More stations than the observers' hours allow: the verdict names the bound."""
    replay = replay_mission(claimed(5000), FAST)
    (claim,) = replay.claims
    assert claim.reached is None and claim.implied_dwell is None
    assert claim.verdict.startswith("BEYOND THE BOUND")
    assert LINE.match(replay_lines(replay)[-1])[3] == "5000"  # type: ignore[index]


def test_days_in_order_count_each_station_once() -> None:
    """The second day plans the stations the first day left (revisits only where an area
    was exhausted), and no two teams meet on a day."""
    replay = replay_mission(claimed(30), FAST)
    for attempt in replay.attempts.values():
        assert attempt.duplicates == 0
        assert attempt.stations == attempt.visits - attempt.revisits
        assert [d.kind for d in attempt.days] == ["pre_election", "election_day"]


def test_uncoordinated_baseline_meets_stations_twice() -> None:
    """Teams choosing alone in a small city meet at stations; the plan does not."""
    replay = replay_mission(claimed(30), ReplayOptions(runs=5, iterations=2, workers=1,
                                                       max_plans=3))
    assert replay.baseline is not None and replay.baseline.runs == 5
    assert replay.baseline.duplicates.mean > 0
    assert replay.baseline.wasted.mean >= replay.baseline.duplicates.mean


def test_reports_say_the_same(tmp_path) -> None:
    """Markdown and workbook hold the same sections and the reported figure."""
    replay = replay_mission(claimed(30), FAST)
    title, sections = replay_document(replay)
    text = to_markdown(title, sections)
    for heading in ("What was reported", "What was assumed", "What the claim implies",
                    "Plans tried", "Members choosing on their own", "Is it representative?"):
        assert f"## {heading}" in text
    assert "| stations visited | 30 |" in text
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert sum(h.endswith("team by team") for h in headings) == 2  # a table per day
    path = tmp_path / "replay.xlsx"
    write_workbook(title, sections, path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == [s.sheet for s in sections]
    assert book["Reported"]["A1"].value == "What was reported"


def test_cli_replay_ends_with_the_line(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    """The command prints the audit and ends with exactly one replayed line per figure."""
    path = tmp_path / "m.json"
    save_mission(claimed(30), path)
    code = main(["replay", str(path), "--runs", "2", "--iterations", "2", "--workers", "1",
                 "--max-plans", "3", "--report", str(tmp_path / "r.md"), "--quiet"])
    out = capsys.readouterr().out.strip().splitlines()
    assert code == 0 and LINE.match(out[-1]) and not LINE.match(out[-2])
    assert (tmp_path / "r.md").read_text(encoding="utf-8").startswith("# Replay")


def test_cli_replay_refuses_bad_numbers(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    """A negative run count is bad input: exit 1 with the option named."""
    path = tmp_path / "m.json"
    save_mission(claimed(30), path)
    assert main(["replay", str(path), "--runs", "-1"]) == 1
    assert "--runs" in capsys.readouterr().err
