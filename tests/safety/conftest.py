"""Files a careless user works on: a mission, its plan (recording the mission), a station list."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from missionplanner.io import save_mission, save_plan
from tests.export.conftest import build_mission, build_plan
from tests.io.conftest import make_kz_mission
from tests.io.sheets import station_rows, write_csv


@dataclass(frozen=True)
class Work:
    """A folder with ``mission.json``, ``plan.json`` (made from it) and ``stations.csv``."""

    folder: Path
    mission: Path
    plan: Path
    stations: Path
    kz_mission: Path
    """An empty Kazakhstan mission the station list fits."""


@pytest.fixture
def work(tmp_path: Path) -> Work:
    """The files, saved in ``tmp_path``."""
    mission, plan = tmp_path / "mission.json", tmp_path / "plan.json"
    save_mission(build_mission(), mission)
    save_plan(build_plan().model_copy(update={"mission_file": "mission.json"}), plan)
    kz = tmp_path / "kz.json"
    save_mission(make_kz_mission(), kz)
    stations = write_csv(tmp_path / "stations.csv", station_rows(
        *[[100 + i, "Almalinskaya", "Almaty", f"Street {i}", 43.25 + i / 1000, 76.92, 1000]
          for i in range(50)]))
    return Work(tmp_path, mission, plan, stations, kz)
