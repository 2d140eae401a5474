"""Issue 10, case 11: control characters never reach the terminal raw; SIGTERM and Ctrl-C stop
the workers at once and print one line."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from missionplanner.cli import main
from missionplanner.cli.terminal import escape_controls
from missionplanner.io import save_mission
from tests.export.conftest import build_mission

EVIL = "Anna\x1b]0;owned\x07\x1b[2J\rIvanova\u202e"
ROOT = Path(__file__).resolve().parents[2]


def test_escape_controls() -> None:
    """ESC, BEL, CR and a right-to-left override are shown; newlines and tabs stay."""
    assert escape_controls(EVIL) == "Anna\\x1b]0;owned\\x07\\x1b[2J\\x0dIvanova\\u202e"
    assert escape_controls("a\tb\nc") == "a\tb\nc"


def test_info_and_show_escape_names(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A name holding ESC and BEL is printed escaped by ``info`` and ``show``."""
    mission = build_mission()
    observers = [o.model_copy(update={"name": EVIL}) for o in mission.observers]
    regions = [r.model_copy(update={"name": "Almaty\x1b[31m"}) for r in mission.regions]
    path = tmp_path / "m.json"
    save_mission(mission.model_copy(update={"observers": observers, "regions": regions}), path)
    assert main(["info", str(path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "Almaty\\x1b[31m" in out
    plan = tmp_path / "p.json"
    assert main(["plan", str(path), "--out", str(plan), "--iterations", "30", "--workers", "1",
                 "--quiet"]) == 0
    capsys.readouterr()
    assert main(["show", str(plan)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\\x1b]0;owned\\x07" in out


def _descendants(pid: int) -> set[int]:
    """Every process below ``pid`` (read from /proc)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry.name)] = int(fields[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier}
        found |= frontier
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc (Linux)")
@pytest.mark.parametrize("how", ["SIGTERM", "Ctrl-C"])
def test_interrupt_stops_workers_at_once(tmp_path: Path, how: str) -> None:
    """Planning with two workers and a long time limit, interrupted: the command ends within
    seconds with one line on stderr, no traceback, and no worker left running."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.Popen(
        [sys.executable, "-m", "missionplanner.cli", "plan",
         str(ROOT / "sample_missions" / "sco_2019.json"), "--out", str(tmp_path / "p.json"),
         "--workers", "2", "--time-limit", "120", "--quiet"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        start_new_session=True)
    deadline = time.time() + 60
    workers: set[int] = set()
    while time.time() < deadline and len(workers) < 3:  # the fork server and two workers
        time.sleep(0.2)
        workers = _descendants(run.pid)
        assert run.poll() is None, run.communicate()
    assert len(workers) >= 3, "the workers did not start"
    time.sleep(1.0)
    clock = time.time()
    if how == "SIGTERM":
        run.send_signal(signal.SIGTERM)
    else:
        os.killpg(run.pid, signal.SIGINT)  # what the terminal does on Ctrl-C
    _, err = run.communicate(timeout=30)
    took = time.time() - clock
    assert run.returncode == (143 if how == "SIGTERM" else 130)
    assert err.strip() == ("terminated" if how == "SIGTERM" else "interrupted"), err
    assert took < 10
    time.sleep(0.5)
    assert [pid for pid in workers if _alive(pid)] == []
    assert not (tmp_path / "p.json").exists()
