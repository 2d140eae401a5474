"""Every shipped sample replays (issue 12, item 5): its reported coverage is reached with no
duplicate, or the replay names the bound the claim breaks. Short searches (one iteration
per area and day, few plans): the full replay's figures are in bench/README.md."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from missionplanner.io.json_files import load_mission
from missionplanner.replay import Replay, ReplayOptions, replay_lines, replay_mission

SAMPLES = Path(__file__).resolve().parents[2] / "sample_missions"
LINE = re.compile(r"^replayed: (\d+) stations, (\d+) duplicates \(reported (\d+)\)$")
QUICK = ReplayOptions(runs=3, iterations=1, max_plans=3)
_DONE: dict[str, Replay] = {}


def replayed(mid: str) -> Replay:
    """The quick replay of a sample, made once per test session."""
    if mid not in _DONE:
        _DONE[mid] = replay_mission(load_mission(SAMPLES / f"{mid}.json"), QUICK)
    return _DONE[mid]


@pytest.mark.parametrize(("mid", "reported"), [("sco_2019", 760), ("sco_2021", 118),
                                               ("turkic_council_2021", 14)])
def test_sample_reaches_its_claim_or_names_the_bound(mid: str, reported: int) -> None:
    """The last line reports the figure; at or above it with 0 duplicates, else the verdict
    says which bound it breaks."""
    replay = replayed(mid)
    lines = replay_lines(replay)
    match = LINE.match(lines[-1])
    assert match is not None and int(match[3]) == reported
    (claim,) = replay.claims
    if claim.reached is not None:
        assert int(match[1]) >= reported and match[2] == "0"
        assert claim.reached.duplicates == 0 and claim.verdict.startswith("REACHABLE")
    else:
        assert claim.verdict.startswith("BEYOND THE BOUND")
    # what it takes is said: dwell, stations per observer per day, driving share
    a = claim.replayed
    assert f"with {a.dwell} min at each" in claim.verdict or claim.reached is None
    assert claim.bound_odihr.visits >= replay.odihr.visits


def test_turkic_council_is_one_team_in_the_capital() -> None:
    """One delegation in Nur-Sultan on election day reaches its 14 stations."""
    replay = replayed("turkic_council_2021")
    assert replay.teams == 1 and replay.representation.capital_visited == 1.0
    assert replay.odihr.stations >= 14


def test_sample_without_a_claim_replays() -> None:
    """The OSCE/ODIHR press release reports no station count: the replay says so and ends
    without a replayed line."""
    replay = replay_mission(load_mission(SAMPLES / "osce_odihr_2019.json"),
                            ReplayOptions(runs=0, iterations=1, max_plans=1))
    lines = replay_lines(replay)
    assert replay.claims == [] and not any(LINE.match(x) for x in lines)
    assert any("no reported coverage figure" in x for x in lines)
