"""File ▸ New Mission: the wizard writes a valid mission from a country preset."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QTime
from pytestqt.qtbot import QtBot

from missionplanner.io import load_mission
from tests.ui.conftest import Answers
from ui.dialogs.new_mission import NewMissionWizard
from ui.main_window import MainWindow


def _filled(qtbot: QtBot, folder: Path) -> NewMissionWizard:
    wizard = NewMissionWizard(folder)
    qtbot.addWidget(wizard)
    wizard.organisation.setCurrentText("Shanghai Cooperation Organisation (SCO)")
    wizard.election.setText("Early presidential election")
    wizard.election_day.setDate(QDate(2019, 6, 9))
    wizard.days_before.setValue(1)
    wizard.team_size.setValue(1)
    wizard.closes.setTime(QTime(21, 0))
    wizard.path.setText(str(folder / "sco"))
    return wizard


def test_wizard_writes_a_valid_kazakhstan_mission(qtbot: QtBot, tmp_path: Path) -> None:
    """Kazakhstan's 17 regions and abroad, two days, the hours and settings chosen."""
    wizard = _filled(qtbot, tmp_path)
    assert wizard.regions.rowCount() == 17
    assert "7 time zone" in wizard.region_count.text()
    wizard.accept()
    assert wizard.saved == tmp_path / "sco.json"
    mission = load_mission(tmp_path / "sco.json")
    assert mission.host_country == "Kazakhstan" and len(mission.regions) == 18
    assert [d.date for d in mission.observation_days] == [date(2019, 6, 8), date(2019, 6, 9)]
    assert mission.observation_days[0].kind.value == "pre_election"
    assert mission.settings.team_size == 1 and f"{mission.settings.polling_closes:%H:%M}" == \
        "21:00"
    assert mission.stations == [] and mission.organisation.startswith("Shanghai")


def test_another_country_brings_its_hours(qtbot: QtBot, tmp_path: Path) -> None:
    """Kyrgyzstan's preset: polling from 08:00."""
    wizard = _filled(qtbot, tmp_path)
    wizard.country.setCurrentIndex(wizard.country.findData("KG"))
    assert wizard.opens.time().hour() == 8
    assert wizard.mission().host_country == "Kyrgyzstan"


def test_existing_file_is_replaced_only_when_confirmed(qtbot: QtBot, tmp_path: Path,
                                                       answers: Answers) -> None:
    """No: the file stays as it was and the wizard stays open."""
    (tmp_path / "sco.json").write_text("keep", "utf-8")
    wizard = _filled(qtbot, tmp_path)
    answers.question = False
    wizard.accept()
    assert (tmp_path / "sco.json").read_text("utf-8") == "keep" and wizard.saved is None


def test_new_mission_opens_and_offers_the_station_import(
        qtbot: QtBot, tmp_path: Path, answers: Answers,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """After the wizard the mission is open; the station import is asked for next."""
    from ui import ask

    window = MainWindow(remember_layout=False)
    qtbot.addWidget(window)

    def finish(wizard: NewMissionWizard) -> bool:
        filled = _filled(qtbot, tmp_path)
        filled.accept()
        wizard.saved = filled.saved
        return True

    monkeypatch.setattr(ask, "run_dialog", finish)
    window.new_action.trigger()
    assert window.document.mission_path == tmp_path / "sco.json"
    assert window.panels["regions"].model.rowCount() == 18
    assert answers.asked[-1][0] == "open_file" and "Import Stations" in answers.asked[-1][1]
