"""Issue 10, case 7: values that are not numbers, or not in range, end in exit 1 and a
message naming the option or the JSON path, never in a run that does not end or exit 70."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from missionplanner.cli import main
from tests.safety.conftest import Work


@pytest.fixture
def no_planning(monkeypatch: pytest.MonkeyPatch) -> None:
    """Planning fails the test: the option must be refused first."""
    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("planned with a bad option")
    monkeypatch.setattr("missionplanner.cli.plan.plan_mission", fail)


@pytest.mark.parametrize(("option", "value"), [
    ("--time-limit", "nan"), ("--time-limit", "inf"), ("--time-limit", "-1"),
    ("--time-limit", "0"), ("--iterations", "-1"), ("--iterations", "0"), ("--workers", "0"),
    ("--seeds", "0"), ("--seed", "-5"), ("--seed", "9" * 40),
])
def test_plan_options(work: Work, capsys: pytest.CaptureFixture[str], no_planning: None,
                      option: str, value: str) -> None:
    """Each bad value is refused naming the option and its range."""
    assert main(["plan", str(work.mission), "--out", str(work.folder / "p.json"), option,
                 value]) == 1
    err = capsys.readouterr().err
    assert f"{option} must be" in err and "at most" in err


@pytest.mark.parametrize("extra", [["--time-limit", "nan"], ["--time-limit", "inf"],
                                   ["--iterations", "-1"], ["--delay", "A1=99999999999"],
                                   ["--cut", "al/101:al/102+100000"]])
def test_replan_options(work: Work, capsys: pytest.CaptureFixture[str],
                        extra: list[str]) -> None:
    """``replan`` refuses them too, before re-planning."""
    args = ["replan", str(work.plan), "--now", "10:00", "--day", "2019-06-09", *extra]
    if "--delay" not in extra:
        args += ["--delay", "A1=30"]
    assert main(args) == 1
    assert extra[0] in capsys.readouterr().err


def _validate(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["validate", str(path)]) == 1
    return capsys.readouterr().err


def test_validate_dev_zero(capsys: pytest.CaptureFixture[str]) -> None:
    """``validate /dev/zero`` says it is a device, at once."""
    assert "/dev/zero is a device" in _validate(Path("/dev/zero"), capsys)


def test_huge_schema_version(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """5,000 digits (past Python's limit) and 4,000 digits: both a message, shortened."""
    for digits in (5000, 4000):
        path = tmp_path / f"v{digits}.json"
        path.write_text('{"schema_version": ' + "9" * digits + "}")
        err = _validate(path, capsys)
        assert str(path) in err and len(err) < 400


def test_deep_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """JSON nested 1,000 (and 100,000) deep: "nested too deeply", no RecursionError."""
    for depth in (1000, 100_000):
        path = tmp_path / f"deep{depth}.json"
        path.write_text('{"a":' * depth + "1" + "}" * depth)
        assert "nested too deeply" in _validate(path, capsys)


def test_tiny_speed_and_nan(work: Work, capsys: pytest.CaptureFixture[str]) -> None:
    """An urban speed of 1e-300 and a NaN seed are invalid settings, named by JSON path."""
    data = json.loads(work.mission.read_text())
    data["settings"]["travel"]["urban_speed_kmh"] = 1e-300
    work.mission.write_text(json.dumps(data))
    assert "$.settings.travel.urban_speed_kmh" in _validate(work.mission, capsys)
    data["settings"]["travel"]["urban_speed_kmh"] = 20
    text = json.dumps(data).replace('"seed": 0', '"seed": NaN')
    work.mission.write_text(text)
    assert "$.seed" in _validate(work.mission, capsys)
