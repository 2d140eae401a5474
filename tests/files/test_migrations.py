"""Schema 1 -> 2: host country and polling hours written out and named; schema 2 requires them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from missionplanner.errors import InputError
from missionplanner.io import load_mission, save_mission
from missionplanner.model import SCHEMA_VERSION, Mission


def _v1(mission: Mission, drop: tuple[str, ...]) -> dict[str, object]:
    data = json.loads(mission.model_dump_json())
    data["schema_version"] = 1
    for key in drop:
        if key == "host_country":
            data.pop("host_country")
        else:
            data["settings"].pop(key)
    for station in data["stations"]:
        for new in ("location", "placed_by"):
            station.pop(new)
    return data


def test_v1_without_country_or_hours_migrates_with_a_named_assumption(
    mission: Mission, tmp_path: Path
) -> None:
    """Schema 1's defaults (Kazakhstan, 07:00-20:00) are written out and said in the notes."""
    path = tmp_path / "old.json"
    data = _v1(mission, ("host_country", "polling_opens", "polling_closes"))
    path.write_text(json.dumps(data), "utf-8")
    loaded = load_mission(path)
    assert loaded.schema_version == SCHEMA_VERSION == 2
    assert loaded.host_country == "Kazakhstan"
    assert loaded.settings.polling_opens.hour == 7
    assert loaded.notes is not None and "assumed host_country Kazakhstan" in loaded.notes
    assert "polling_opens 07:00" in loaded.notes


def test_v1_that_states_them_migrates_silently(mission: Mission, tmp_path: Path) -> None:
    """A schema-1 file that stated its country and hours keeps them, with no note."""
    path = tmp_path / "old.json"
    path.write_text(json.dumps(_v1(mission, ())), "utf-8")
    loaded = load_mission(path)
    assert loaded.notes is None
    assert loaded.stations == mission.stations


@pytest.mark.parametrize("missing", ["host_country", "polling_opens", "polling_closes"])
def test_v2_must_state_country_and_hours(mission: Mission, tmp_path: Path, missing: str) -> None:
    """A schema-2 file without its host country or polling hours is refused, naming the path."""
    path = tmp_path / "m.json"
    save_mission(mission, path)
    data = json.loads(path.read_text("utf-8"))
    if missing == "host_country":
        data.pop(missing)
    else:
        data["settings"].pop(missing)
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(InputError) as caught:
        load_mission(path)
    assert caught.value.problems[0].path in (f"$.{missing}", f"$.settings.{missing}")
    assert "country preset" in str(caught.value.problems[0])


def test_samples_state_country_and_hours() -> None:
    """Every sample mission states its host country and polling hours in the file itself."""
    for path in sorted(Path(__file__).resolve().parents[2].glob("sample_missions/*.json")):
        data = json.loads(path.read_text("utf-8"))
        assert data["host_country"] == "Kazakhstan", path
        assert data["settings"]["polling_opens"].startswith("07:00"), path
        assert data["settings"]["polling_closes"].startswith("20:00"), path
