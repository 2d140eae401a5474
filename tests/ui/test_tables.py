"""The table adapters called directly: columns, edits of each kind, plan-derived columns."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.export.conftest import build_plan
from tests.ui.helpers import cell, column, set_cell, window_with
from ui.models import SortKeyRole


def test_stations_show_plan_days_and_flags(qtbot: QtBot) -> None:
    """Planned days come from the plan; flags count irregularities."""
    window = window_with(qtbot, plan=build_plan())
    stations = window.panels["stations"].model
    assert cell(stations, "al/101", "Planned") == "8 Jun, 9 Jun"
    assert cell(stations, "at/4", "Planned") == ""
    assert cell(stations, "al/101", "Flags") == "1"
    assert cell(stations, "al/101", "Region") == "Almaty"
    assert cell(stations, "al/101", "Latitude", SortKeyRole) == 43.25


def test_choice_bool_and_list_edits(qtbot: QtBot) -> None:
    """A kind from its list, a check box, a comma-separated list: each one command."""
    window = window_with(qtbot)
    stations, observers = window.panels["stations"].model, window.panels["observers"].model
    assert set_cell(stations, "at/3", "Kind", "closed")
    assert cell(stations, "at/3", "Kind") == "closed"
    row = observers.row_of("o5")
    assert row is not None
    index = observers.index(row, column(observers, "Experienced"))
    assert observers.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert observers.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert observers.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert set_cell(observers, "o5", "Languages", "RU, kk")
    assert cell(observers, "o5", "Languages") == "ru, kk"
    assert window.document.undo_stack.count() == 3
    assert not set_cell(observers, "o5", "Name", "")
    assert window.document.undo_stack.count() == 3


def test_latitude_edits_keep_their_decimals(qtbot: QtBot) -> None:
    """Coordinates are edited as text (a spin box would round them to two decimals)."""
    window = window_with(qtbot)
    stations = window.panels["stations"].model
    assert cell(stations, "at/1", "Latitude", Qt.ItemDataRole.EditRole) == "47.11"
    assert set_cell(stations, "at/1", "Latitude", "47,123456")
    assert cell(stations, "at/1", "Latitude", SortKeyRole) == 47.123456
    assert not set_cell(stations, "at/1", "Latitude", "95")


def test_regions_refuse_an_unknown_time_zone(qtbot: QtBot) -> None:
    """The model's own message reaches the panel."""
    window = window_with(qtbot)
    panel = window.panels["regions"]
    assert not set_cell(panel.model, "atyrau", "Time zone", "Asia/Atlantis")
    assert "unknown IANA time zone" in panel.messages.label.text()
    assert set_cell(panel.model, "atyrau", "Curfew", "22:30")
    assert cell(panel.model, "atyrau", "Curfew") == "22:30"


def test_planned_teams_edit_only_contacts(qtbot: QtBot) -> None:
    """A team the plan formed takes a driver but not a new base; undo restores the plan."""
    window = window_with(qtbot, plan=build_plan())
    teams = window.panels["teams"].model
    assert cell(teams, "A1", "Source") == "formed by the plan"
    assert cell(teams, "A1", "Members") == "Anna Ivanova, Li Wei"
    assert cell(teams, "A1", "Visits") == "6"
    row = teams.row_of("A2")
    assert row is not None
    assert not teams.flags(teams.index(row, column(teams, "Base"))) & Qt.ItemFlag.ItemIsEditable
    plan = window.document.plan
    assert set_cell(teams, "A2", "Driver", "Serik")
    assert cell(teams, "A2", "Driver") == "Serik"
    assert window.document.plan is not plan and window.document.plan_is_current()
    window.document.undo_stack.undo()
    assert window.document.plan is plan
    assert cell(teams, "A2", "Driver") == "=1+1 (driver)"


def test_visits_filter_by_day_team_and_activity(qtbot: QtBot) -> None:
    """Visits in local time; filters combine."""
    window = window_with(qtbot, plan=build_plan())
    panel = window.panels["visits"]
    model = panel.model
    first = model.index(0, column(model, "Start"))
    assert first.data() == "09:30"
    panel.filter_boxes["day"].setCurrentIndex(panel.filter_boxes["day"].findData("2019-06-09"))
    assert panel.proxy.rowCount() == 9
    panel.filter_boxes["team"].setCurrentIndex(panel.filter_boxes["team"].findData("T1"))
    assert panel.proxy.rowCount() == 4
    panel.filter_boxes["activity"].setCurrentIndex(
        panel.filter_boxes["activity"].findData("counting"))
    assert panel.proxy.rowCount() == 1


def test_plan_change_updates_dependent_columns(qtbot: QtBot) -> None:
    """Applying and undoing a plan refreshes the stations' Planned column and the visits."""
    from ui import commands

    window = window_with(qtbot)
    doc = window.document
    assert doc.mission is not None
    doc.undo_stack.push(commands.apply_plan(doc, build_plan(), doc.mission, "Apply plan"))
    stations = window.panels["stations"].model
    assert cell(stations, "at/1", "Planned") == "9 Jun"
    assert window.panels["visits"].model.rowCount() == 11
    doc.undo_stack.undo()
    assert cell(stations, "at/1", "Planned") == ""
    assert window.panels["visits"].model.rowCount() == 0
    assert window.plan_label.text() == "No plan"


def test_edit_after_planning_marks_the_plan_outdated(qtbot: QtBot) -> None:
    """The plan summary warns; undoing the edit makes the plan current again."""
    window = window_with(qtbot, plan=build_plan())
    assert set_cell(window.panels["stations"].model, "at/4", "Voters", 450)
    assert not window.document.plan_is_current()
    assert "made before the last edits" in window.plan_label.text()
    assert not window.summary.stale.isHidden()
    window.document.undo_stack.undo()
    assert window.document.plan_is_current()
    assert window.summary.stale.isHidden()


def test_hidden_tables_take_a_change_in_on_the_next_turn(qtbot: QtBot) -> None:
    """Shown window: the visits tab behind the stations tab refreshes after the command, in a
    turn of its own (or when shown), so a plan's application is not one long stall."""
    from PySide6.QtWidgets import QApplication

    from ui import commands

    window = window_with(qtbot)
    window.show()
    qtbot.waitExposed(window)
    doc = window.document
    assert doc.mission is not None
    doc.undo_stack.push(commands.apply_plan(doc, build_plan(), doc.mission, "Apply plan"))
    visits = window.panels["visits"].model
    assert visits.rowCount() == 0  # not yet: the tab is hidden
    assert window.panels["stations"].model.rowCount() == 8
    QApplication.processEvents()
    assert visits.defer_ms > 0  # hidden tables are staggered, one per turn
    qtbot.waitUntil(lambda: visits.rowCount() == 11, timeout=2000)
    doc.undo_stack.undo()
    window.tabs.setCurrentWidget(window.panels["visits"])
    assert visits.rowCount() == 0
