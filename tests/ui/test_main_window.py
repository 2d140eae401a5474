"""The main window over a document: open, edit with undo, save, close with unsaved changes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from missionplanner.io import load_mission, save_mission
from missionplanner.model import Mission
from tests.export.conftest import build_mission, build_plan
from tests.ui.conftest import Answers
from tests.ui.helpers import cell, set_cell, window_with
from ui.main_window import MainWindow, menu_titles


def test_open_shows_every_table_and_the_title(qtbot: QtBot, tmp_path: Path) -> None:
    """Stations, observers, teams, regions and visits are filled; the title names the file."""
    window = window_with(qtbot, folder=tmp_path)
    rows = {key: panel.model.rowCount() for key, panel in window.panels.items()}
    assert rows == {"stations": 8, "observers": 5, "teams": 3, "regions": 2, "visits": 11}
    assert window.windowTitle().startswith("mission.json[*]")
    assert not window.isWindowModified()
    regions = window.panels["regions"].model
    assert cell(regions, "almaty", "Stations") == "4"
    assert cell(regions, "almaty", "Voters") == "6,800"
    assert "duplicates 0" in window.coverage_label.text()


def test_menus_hold_the_workspace_commands(qtbot: QtBot) -> None:
    """File, Edit, Plan, View and Help as desktop users expect them."""
    window = window_with(qtbot)
    menus = {m.title(): m for m in (a.menu() for a in window.menuBar().actions()) if m}
    assert list(menus) == ["&File", "&Edit", "&Plan", "&View", "&Help"]
    file = menu_titles(menus["&File"])
    for text in ("&New Mission…", "&Open…", "Open &Recent", "&Save", "Save &As…",
                 "Import S&tations…", "Import O&bservers…", "Import A&ctuals…", "&Export",
                 "&Quit"):
        assert text in file
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in [s.toString() for s in window.redo_action.shortcuts()]
    assert window.plan_action.shortcut().toString() == "F5"


def test_edit_cell_undo_redo_and_modified_flag(qtbot: QtBot, tmp_path: Path) -> None:
    """An edit is one command with a readable text; undo and redo restore both states."""
    window = window_with(qtbot, folder=tmp_path)
    stations = window.panels["stations"].model
    assert set_cell(stations, "at/1", "Voters", 1250)
    assert cell(stations, "at/1", "Voters") == "1,250"
    assert window.isWindowModified()
    assert window.undo_action.text() == "&Undo Edit voters of station 1 (Atyrau city)"
    window.undo_action.trigger()
    assert cell(stations, "at/1", "Voters") == "1,200"
    assert not window.isWindowModified()
    window.redo_action.trigger()
    assert cell(stations, "at/1", "Voters") == "1,250"
    assert window.document.mission is not None
    assert window.document.mission.stations[4].registered_voters == 1250


def test_bad_value_is_refused_with_the_reason(qtbot: QtBot) -> None:
    """A negative count of voters is refused in place; nothing reaches the undo stack."""
    window = window_with(qtbot)
    panel = window.panels["stations"]
    assert not set_cell(panel.model, "at/1", "Voters", -5)
    assert not set_cell(panel.model, "at/1", "Opens", "25:00")
    assert window.document.undo_stack.count() == 0
    assert not panel.messages.isHidden()
    assert "expected a time HH:MM" in panel.messages.label.text()
    assert not set_cell(panel.model, "at/1", "Number", 2)
    assert "appears twice" in panel.messages.label.text()


def test_save_writes_atomically_and_clears_the_flag(qtbot: QtBot, tmp_path: Path) -> None:
    """Save writes the mission and the plan beside it."""
    window = window_with(qtbot, folder=tmp_path)
    assert set_cell(window.panels["observers"].model, "o2", "Phone", "+86 10 1234")
    assert window.save()
    assert not window.isWindowModified()
    assert load_mission(tmp_path / "mission.json").observers[1].phone == "+86 10 1234"
    plan = json.loads((tmp_path / "mission.plan.json").read_text("utf-8"))
    assert plan["mission_file"] == "mission.json"
    assert not list(tmp_path.glob(".*.tmp"))


def test_save_as_a_new_mission(qtbot: QtBot, tmp_path: Path, answers: Answers) -> None:
    """A mission without a file asks where to save; the suffix is added."""
    window = window_with(qtbot, plan=build_plan())
    answers.files = [str(tmp_path / "new")]
    assert window.save()
    assert (tmp_path / "new.json").is_file() and (tmp_path / "new.plan.json").is_file()
    assert window.windowTitle().startswith("new.json")


@pytest.mark.parametrize(("answer", "closes", "saved"),
                         [("cancel", False, False), ("discard", True, False),
                          ("save", True, True)])
def test_close_with_unsaved_changes_asks(qtbot: QtBot, tmp_path: Path, answers: Answers,
                                         answer: str, closes: bool, saved: bool) -> None:
    """Save / Discard / Cancel do what they say."""
    window = window_with(qtbot, folder=tmp_path)
    window.show()
    assert set_cell(window.panels["stations"].model, "at/2", "Settlement", "Atyrau-2")
    answers.save_discard_cancel = answer
    window.close()
    assert answers.asked[0][0] == "save_discard_cancel"
    assert window.isVisible() is not closes
    stored = load_mission(tmp_path / "mission.json").stations[5].settlement
    assert (stored == "Atyrau-2") is saved


def test_opening_another_mission_asks_first(qtbot: QtBot, tmp_path: Path,
                                            answers: Answers) -> None:
    """Cancel keeps the edited mission open."""
    window = window_with(qtbot, folder=tmp_path)
    assert set_cell(window.panels["stations"].model, "at/2", "Address", "x")
    answers.files = [str(tmp_path / "mission.json")]
    window.ask_and_open()
    assert window.isWindowModified()
    assert [kind for kind, _ in answers.asked] == ["save_discard_cancel"]


def test_bad_file_is_reported_not_raised(qtbot: QtBot, tmp_path: Path,
                                         answers: Answers) -> None:
    """A broken file shows its problems and keeps what was open."""
    window = MainWindow(remember_layout=False)
    qtbot.addWidget(window)
    bad = tmp_path / "bad.json"
    bad.write_text("{", "utf-8")
    assert window.open_file(bad) is False
    assert answers.asked[0][0] == "error" and "bad.json" in answers.asked[0][1]
    assert window.document.mission is None


def test_add_station_through_its_form(qtbot: QtBot) -> None:
    """A form with a missing longitude says so and stays; complete, it adds one undoable row."""
    from ui.dialogs.add_item import AddItemDialog

    window = window_with(qtbot)
    dialog = AddItemDialog(window.document, "stations", window)
    qtbot.addWidget(dialog)
    dialog.fields["number"].setValue(105)  # type: ignore[attr-defined]
    dialog.fields["commission"].setText("Almalinsky district")  # type: ignore[attr-defined]
    dialog.fields["lat"].setText("43.3")  # type: ignore[attr-defined]
    dialog.add()
    assert not dialog.messages.isHidden() and "lon" in dialog.messages.label.text()
    assert window.document.undo_stack.count() == 0
    dialog.fields["lon"].setText("76.9")  # type: ignore[attr-defined]
    dialog.add()
    assert dialog.result() == dialog.DialogCode.Accepted
    stations = window.panels["stations"].model
    assert stations.row_of("almaty/almalinsky-district/105") is not None
    assert window.undo_action.text() == "&Undo Add station 105"
    window.undo_action.trigger()
    assert stations.row_of("almaty/almalinsky-district/105") is None


def test_delete_selected(qtbot: QtBot) -> None:
    """Deleting an observer in no team works and undoes; one in a team is refused."""
    from missionplanner.model import Team

    window = window_with(qtbot, mission=build_mission().model_copy(
        update={"teams": [Team(id="t1", members=["o1", "o2"])]}))
    window.tabs.setCurrentWidget(window.panels["observers"])
    panel = window.panels["observers"]
    assert panel.select_key("o1")
    window.delete_action.trigger()
    assert "team t1 lists unknown observer 'o1'" in panel.messages.label.text()
    assert window.document.undo_stack.count() == 0
    assert panel.select_key("o5")
    window.delete_action.trigger()
    assert panel.model.row_of("o5") is None
    assert window.undo_action.text() == "&Undo Delete 1 observer"
    window.undo_action.trigger()
    assert panel.model.row_of("o5") is not None


def test_search_and_filters(qtbot: QtBot) -> None:
    """The search box matches every word; region and flag filters combine."""
    window = window_with(qtbot, plan=build_plan())
    panel = window.panels["stations"]
    panel.search.setText("atyrau city")
    assert panel.proxy.rowCount() == 2
    panel.search.clear()
    panel.filter_boxes["region"].setCurrentIndex(panel.filter_boxes["region"].findData("almaty"))
    assert panel.proxy.rowCount() == 4
    panel.filter_boxes["flagged"].setCurrentIndex(panel.filter_boxes["flagged"].findData("yes"))
    assert panel.proxy.rowCount() == 1
    assert panel.count.text() == "1 of 8 rows"
    panel.filter_boxes["flagged"].setCurrentIndex(0)
    panel.filter_boxes["planned"].setCurrentIndex(panel.filter_boxes["planned"].findData("no"))
    assert panel.proxy.rowCount() == 0


def test_sort_keeps_the_selection(qtbot: QtBot) -> None:
    """Sorting by voters orders rows by number, not text; the selected station stays selected."""
    window = window_with(qtbot)
    panel = window.panels["stations"]
    assert panel.select_key("at/3")
    panel.view.sortByColumn(5, panel.view.horizontalHeader().sortIndicatorOrder().__class__
                            .DescendingOrder)
    first = panel.proxy.index(0, 5).data()
    assert first == "2,100"
    assert panel.selected_keys() == ["at/3"]


def test_screenshot_flag_writes_a_png(tmp_path: Path, mission: Mission) -> None:
    """``--screenshot`` renders the window offscreen and exits 0."""
    from ui import app

    save_mission(build_mission(), tmp_path / "m.json")
    out = tmp_path / "shot.png"
    assert app.main([str(tmp_path / "m.json"), "--screenshot", str(out), "--size",
                     "1000x700"]) == 0
    assert out.stat().st_size > 10_000


def test_without_display_the_app_runs_headless(
    mission: Mission, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """No DISPLAY: the app says so and does the main job."""
    from ui import app

    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(app.sys, "platform", "linux")
    monkeypatch.chdir(tmp_path)
    save_mission(mission, tmp_path / "m.json")
    assert app.main([str(tmp_path / "m.json")]) == 0
    out = capsys.readouterr().out
    assert "No display found" in out and "duplicates: 0" in out
    assert (tmp_path / "out" / "m.xlsx").exists()
    from missionplanner.io import load_plan
    from missionplanner.io.mission_ref import find_mission

    plan_path = tmp_path / "out" / "m.plan.json"
    assert find_mission(load_plan(plan_path), plan_path) == tmp_path / "m.json"


def test_headless_job_reports_a_bad_mission(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A broken mission file gives exit 1 and the problem, no traceback and no outputs."""
    from missionplanner.cli.headless import run_main_job

    bad = tmp_path / "bad.json"
    bad.write_text('{"id": 1}', "utf-8")
    assert run_main_job(bad, tmp_path / "out") == 1
    err = capsys.readouterr().err
    assert "bad.json" in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_screenshot_of_a_plan_finds_its_mission(tmp_path: Path) -> None:
    """``--plan PLAN`` alone opens the mission the plan records, in Russian with ``--lang``."""
    from tests.ui.helpers import saved_pair
    from ui import app

    _, plan_path = saved_pair(tmp_path)
    out = tmp_path / "plan.png"
    assert app.main(["--plan", str(plan_path), "--screenshot", str(out), "--tab", "visits",
                     "--lang", "ru"]) == 0
    assert out.is_file()
