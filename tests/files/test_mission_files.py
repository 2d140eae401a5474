"""Mission and plan files: round trips, one error listing every problem, schema versions."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from missionplanner.errors import InputError
from missionplanner.io import load_mission, load_plan, save_mission, save_plan
from missionplanner.model import SCHEMA_VERSION, Mission, Plan, Route, Visit


def test_mission_round_trip(mission: Mission, tmp_path: Path) -> None:
    """Saving and loading gives an equal mission."""
    path = tmp_path / "m.json"
    save_mission(mission, path)
    assert load_mission(path) == mission
    assert json.loads(path.read_text("utf-8"))["schema_version"] == SCHEMA_VERSION


def test_plan_round_trip_keeps_time_zones(tmp_path: Path) -> None:
    """Aware times come back with their offsets."""
    zone = timezone(timedelta(hours=5))
    start = datetime(2019, 6, 9, 7, tzinfo=zone)
    visit = Visit(station="s", arrival=start, start=start, end=start + timedelta(minutes=30))
    plan = Plan(
        mission="m",
        seed=3,
        created_at=datetime(2019, 6, 1, tzinfo=UTC),
        routes=[Route(team="t", day=date(2019, 6, 9), visits=[visit])],
    )
    save_plan(plan, tmp_path / "p.json")
    loaded = load_plan(tmp_path / "p.json")
    assert loaded == plan
    assert loaded.routes[0].visits[0].start.utcoffset() == timedelta(hours=5)


def _broken(mission: Mission, tmp_path: Path) -> Path:
    data = json.loads(mission.model_dump_json())
    data["stations"][0]["lat"] = 123.0
    data["stations"][1]["registered_voters"] = "many"
    data["regions"][1]["tz"] = "Mars/Olympus"
    data["observers"][0]["colour"] = "blue"
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data), "utf-8")
    return path


def test_invalid_file_lists_every_problem_with_its_path(mission: Mission, tmp_path: Path) -> None:
    """One error, four problems, each with a JSON path."""
    with pytest.raises(InputError) as caught:
        load_mission(_broken(mission, tmp_path))
    paths = [p.path for p in caught.value.problems]
    assert paths == [
        "$.regions[1].tz",
        "$.stations[0].lat",
        "$.stations[1].registered_voters",
        "$.observers[0].colour",
    ]
    assert "broken.json" in str(caught.value)


def test_cross_reference_problems_have_paths(mission: Mission, tmp_path: Path) -> None:
    """Broken references are listed with the path of the reference."""
    data = json.loads(mission.model_dump_json())
    data["stations"][2]["region"] = "nowhere"
    data["teams"][0]["members"][1] = "ghost"
    path = tmp_path / "refs.json"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(InputError) as caught:
        load_mission(path)
    assert [p.path for p in caught.value.problems] == [
        "$.stations[2].region",
        "$.teams[0].members[1]",
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not valid JSON"),
        (b"{not json", "not valid JSON"),
        (b"[1, 2]", "JSON object"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b'{"schema_version": 99}', "newer Mission Planner"),
        (b'{"schema_version": "one"}', "whole number"),
    ],
)
def test_unreadable_files_give_one_clear_error(
    tmp_path: Path, content: bytes, message: str
) -> None:
    """Garbage in gives an InputError naming the problem, never another exception."""
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        load_mission(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    """A missing file or a folder is an InputError too."""
    with pytest.raises(InputError, match="no such file"):
        load_mission(tmp_path / "none.json")
    with pytest.raises(InputError, match="is a folder"):
        load_mission(tmp_path)
