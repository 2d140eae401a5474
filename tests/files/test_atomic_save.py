"""Saving is atomic: a writer killed midway never leaves a half-written file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from missionplanner.io import atomic_write_text, load_mission, save_mission
from missionplanner.io.atomic import OutputError
from missionplanner.model import Mission, PollingStation

WRITER = """
import sys
from missionplanner.io import load_mission, save_mission
mission = load_mission(sys.argv[1])
print("ready", flush=True)
seed = 0
while True:
    seed += 1
    save_mission(mission.model_copy(update={"seed": seed}), sys.argv[1])
"""


def _big_mission(mission: Mission) -> Mission:
    """About 3 MB of JSON, so that a kill lands inside a write."""
    region = mission.regions[0].id
    stations = [
        PollingStation(
            id=f"s{i}",
            number=i,
            commission="c",
            region=region,
            lat=51.0,
            lon=71.0,
            address="x" * 200,
        )
        for i in range(6000)
    ]
    return mission.model_copy(update={"stations": stations})


def test_killed_writer_leaves_a_whole_file(mission: Mission, tmp_path: Path) -> None:
    """SIGKILL a process that keeps saving: the file always loads, old or new."""
    path = tmp_path / "mission.json"
    save_mission(_big_mission(mission), path)
    for pause in (0.05, 0.13, 0.21, 0.34, 0.5):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True
        )
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        time.sleep(pause)
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        loaded = load_mission(path)
        assert len(loaded.stations) == 6000


def test_failed_write_keeps_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If the disk fails mid-save, the old content stays, the temporary file is removed and
    the message names the target, not the temporary."""
    path = tmp_path / "notes.txt"
    atomic_write_text(path, "old")

    def failing_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(OutputError, match=f"cannot write {path}: No space") as caught:
        atomic_write_text(path, "new" * 1000)
    assert ".tmp" not in str(caught.value)
    monkeypatch.undo()
    assert path.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]
