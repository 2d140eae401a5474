"""The command line: `template`, `import-stations`, `import-observers` (exit codes, messages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from missionplanner.cli import main
from missionplanner.io import load_mission, save_mission
from missionplanner.model import Mission
from tests.io.sheets import station_rows, write_csv, write_xlsx


@pytest.fixture
def mission_file(kz_mission: Mission, tmp_path: Path) -> Path:
    """The Kazakhstan mission saved as a file."""
    path = tmp_path / "mission.json"
    save_mission(kz_mission, path)
    return path


@pytest.mark.parametrize("kind", ["stations", "observers"])
def test_template_command(tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Exit 0, the file written, and a line saying where."""
    out = tmp_path / f"{kind}.xlsx"
    assert main(["template", kind, str(out)]) == 0
    assert out.read_bytes().startswith(b"PK")
    assert f"wrote the {kind} template to {out}" in capsys.readouterr().out


def test_import_stations_command(
    mission_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Exit 0; the mission file now has the stations; the notes are printed."""
    rows = station_rows([101, "Almalinskaya", "Almaty", "", 43.25, 76.92, 1000])
    sheet = write_xlsx(tmp_path / "s.xlsx", {"Stations": rows})
    assert main(["import-stations", str(mission_file), str(sheet)]) == 0
    assert [s.number for s in load_mission(mission_file).stations] == [101]
    out = capsys.readouterr().out
    assert f"Stations imported: 1 (from {sheet} into {mission_file})" in out
    assert "note: 1 station added, 0 replaced" in out


def test_import_observers_command_with_out(
    mission_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--out writes the updated mission elsewhere and leaves the original alone."""
    roster = write_csv(tmp_path / "o.csv", [["ФИО", "Страна"], ["Иванов Иван", "Россия"]], sep=";")
    out = tmp_path / "updated.json"
    before = mission_file.read_bytes()
    assert main(["import-observers", str(mission_file), str(roster), "--out", str(out)]) == 0
    assert load_mission(out).observers[0].nationality == "Russia"
    assert mission_file.read_bytes() == before


def test_bad_file_exits_1_naming_the_place(
    mission_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Exit 1, each problem's row and column on stderr, no traceback, mission file unchanged."""
    rows = [
        ["Номер участка", "ТИК", "Область", "Широта", "Долгота"],
        [101, "Алмалинская", "Алматы", "43,25", "76,92"],
        [102, "Алмалинская", "Алматы", "abc", "76,92"],
    ]
    sheet = write_csv(tmp_path / "s.csv", rows, sep=";", encoding="cp1251")
    before = mission_file.read_bytes()
    assert main(["import-stations", str(mission_file), str(sheet)]) == 1
    err = capsys.readouterr().err
    assert f"{sheet}, row 3, column Широта: expected a number" in err
    assert "nothing was imported" in err
    assert "Traceback" not in err
    assert mission_file.read_bytes() == before


def test_untouched_template_exits_1(
    mission_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The template written by `template`, imported as it is: exit 1 with a clear message."""
    template = tmp_path / "observers.xlsx"
    assert main(["template", "observers", str(template)]) == 0
    before = mission_file.read_bytes()
    assert main(["import-observers", str(mission_file), str(template)]) == 1
    assert "untouched template" in capsys.readouterr().err
    assert mission_file.read_bytes() == before


def test_binary_file_exits_1(
    mission_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A binary file given as a CSV: exit 1 and a sentence, not a traceback."""
    junk = tmp_path / "s.csv"
    junk.write_bytes(bytes(range(256)))
    assert main(["import-stations", str(mission_file), str(junk)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: {junk} cannot be read as text")
    assert "Traceback" not in err
