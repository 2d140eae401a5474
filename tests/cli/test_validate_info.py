"""`missionplanner validate` and `info`: exit codes and messages, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from missionplanner.cli import main
from missionplanner.io import save_mission
from missionplanner.model import Mission


def test_validate_accepts_a_valid_mission(
    mission: Mission, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Exit 0 and a one-line confirmation."""
    save_mission(mission, tmp_path / "m.json")
    assert main(["validate", str(tmp_path / "m.json")]) == 0
    assert "valid mission 'test-2019'" in capsys.readouterr().out


def test_validate_rejects_a_broken_mission(
    mission: Mission, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Exit 1 and the place of each problem."""
    data = json.loads(mission.model_dump_json())
    data["stations"][1]["lon"] = "east"
    (tmp_path / "m.json").write_text(json.dumps(data), "utf-8")
    assert main(["validate", str(tmp_path / "m.json")]) == 1
    err = capsys.readouterr().err
    assert "$.stations[1].lon" in err
    assert "Traceback" not in err


def test_info_prints_counts(
    mission: Mission, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Stations by region, observers by nationality."""
    save_mission(mission, tmp_path / "m.json")
    assert main(["info", str(tmp_path / "m.json")]) == 0
    out = capsys.readouterr().out
    assert "Stations: 3 (3,600 registered voters)" in out
    assert "Nur-Sultan" in out and "Asia/Atyrau" in out
    assert "Observers: 3" in out


@pytest.mark.parametrize("content", [b"", b"\x00\x01binary", b'{"id": 5}'])
def test_console_script_never_shows_a_traceback(tmp_path: Path, content: bytes) -> None:
    """The real process exits 1 with a message on bad input."""
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    result = subprocess.run(
        [sys.executable, "-m", "missionplanner.cli", "validate", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "bad.json" in result.stderr
    assert "Traceback" not in result.stderr


def test_output_piped_into_a_reader_that_stops_is_not_an_error(
    mission: Mission, tmp_path: Path
) -> None:
    """``missionplanner info M | head -1``: the closed pipe ends the command quietly."""
    save_mission(mission, tmp_path / "m.json")
    script = ("import sys\nfrom missionplanner.cli import main\n"
              "sys.stdout.close = lambda: None\n"
              "def boom(*a, **k): raise BrokenPipeError(32, 'Broken pipe')\n"
              "import builtins; builtins.print = boom\n"
              f"sys.exit(main(['info', {str(tmp_path / 'm.json')!r}]))\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0
    assert "error" not in result.stderr
