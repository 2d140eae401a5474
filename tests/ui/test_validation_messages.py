"""Pydantic's refusals in the registry's words, and in Russian under the Russian UI."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from missionplanner.editing import EditError, edit_item
from missionplanner.errors import InputError
from missionplanner.io.json_files import load_mission
from missionplanner.model import Mission
from ui import i18n
from ui.i18n.domain import tr_domain


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[None]:
    i18n.install(qapp, "ru")
    yield
    i18n.install(qapp, "en")


def _refusal(mission: Mission, changes: dict[str, object]) -> str:
    station = mission.stations[0].id
    with pytest.raises(EditError) as refused:
        edit_item(mission, "stations", station, changes)
    return str(refused.value)


def test_a_refused_edit_reads_as_the_tool_writes(mission: Mission) -> None:
    assert _refusal(mission, {"registered_voters": -5}) == \
        "registered_voters: expected 0 or more (got -5)"
    assert _refusal(mission, {"registered_voters": "many"}) == \
        "registered_voters: expected a whole number (got 'many')"
    kind = _refusal(mission, {"kind": "mobile"})
    assert kind.startswith("kind: expected one of 'regular', ")
    assert " or " not in kind


def test_a_refused_edit_comes_in_russian(mission: Mission, russian: None) -> None:
    assert tr_domain(_refusal(mission, {"registered_voters": -5})) == \
        "registered_voters: ожидалось 0 или больше (получено -5)"
    kind = tr_domain(_refusal(mission, {"kind": "mobile"}))
    assert kind.startswith("kind: ожидалось одно из значений: 'regular', ")
    assert kind.endswith("(получено 'mobile')")


def test_a_bad_mission_file_names_each_problem_in_russian(tmp_path: Path, mission: Mission,
                                                         russian: None) -> None:
    data = json.loads(mission.model_dump_json())
    data["stations"][0]["registered_voters"] = -1
    data["stations"][0]["colour"] = "red"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(InputError) as refused:
        load_mission(path)
    shown = {p.path: tr_domain(p.message) for p in refused.value.problems}
    assert shown["$.stations[0].registered_voters"] == "ожидалось 0 или больше (получено -1)"
    assert shown["$.stations[0].colour"] == "неизвестное поле (опечатка?)"
