"""Issue 10, case 2: two writers of one mission never lose each other's change."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from missionplanner.cli import main
from missionplanner.io import load_mission
from missionplanner.io.locking import FileBusy, lock_path, locked
from tests.io.sheets import station_rows, write_csv
from tests.safety.conftest import Work


def _stations(path: Path, first: int) -> Path:
    """50 stations numbered from ``first``."""
    return write_csv(path, station_rows(
        *[[first + i, "Almalinskaya", "Almaty", "", 43.25, 76.92, 100] for i in range(50)]))


def test_two_imports_at_once_keep_both(work: Work) -> None:
    """Two processes import 50 stations each into one mission at the same moment: 100."""
    lists = [_stations(work.folder / f"s{n}.csv", n * 1000) for n in (1, 2)]
    env = {**os.environ, "MISSIONPLANNER_LOCK_WAIT": "60"}
    runs = [subprocess.Popen([sys.executable, "-m", "missionplanner.cli", "import-stations",
                              str(work.kz_mission), str(sheet)], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for sheet in lists]
    for run in runs:
        out, err = run.communicate(timeout=120)
        assert run.returncode == 0, err
        assert "Stations imported: 50" in out
    assert len(load_mission(work.kz_mission).stations) == 100


def test_second_writer_waits_and_then_adds(work: Work, capsys: pytest.CaptureFixture[str]) -> None:
    """While another writer holds the lock, an import waits, then reads what it wrote."""
    from missionplanner.io import save_mission
    from missionplanner.io.spreadsheet_import import import_stations

    first = _stations(work.folder / "first.csv", 1000)
    second = _stations(work.folder / "second.csv", 2000)
    codes: list[int] = []
    with locked(work.kz_mission):  # the first writer: read, change, write under the lock
        thread = threading.Thread(target=lambda: codes.append(
            main(["import-stations", str(work.kz_mission), str(second)])))
        thread.start()
        changed = import_stations(load_mission(work.kz_mission), first).mission
        time.sleep(0.3)
        assert not codes  # the second is still waiting
        save_mission(changed, work.kz_mission)
    thread.join(30)
    assert codes == [0]
    assert "waiting" in capsys.readouterr().err
    numbers = {s.number for s in load_mission(work.kz_mission).stations}
    assert numbers == set(range(1000, 1050)) | set(range(2000, 2050))


def test_busy_file_is_refused_clearly(work: Work, capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """With no time to wait, the second writer is refused naming the file; nothing changes."""
    monkeypatch.setenv("MISSIONPLANNER_LOCK_WAIT", "0.2")
    before = work.kz_mission.read_bytes()
    with locked(work.kz_mission):
        assert main(["import-stations", str(work.kz_mission), str(work.stations)]) == 1
    err = capsys.readouterr().err
    assert f"{work.kz_mission} is being changed by another program" in err
    assert work.kz_mission.read_bytes() == before


def test_lock_is_beside_the_real_file(tmp_path: Path) -> None:
    """A symlinked mission is locked where the real file is; the lock can be taken again."""
    real = tmp_path / "real.json"
    real.write_text("{}")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    assert lock_path(link) == tmp_path / ".real.json.lock"
    with locked(link), pytest.raises(FileBusy), locked(real, wait=0.1):
        pass
    with locked(real, wait=0):
        pass
