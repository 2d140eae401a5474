"""The workspace's tables and the views share one selection: a row clicked in the stations,
visits or teams table is selected on the map, the timeline and the dashboard, and a station
clicked on the map selects its rows in the tables."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

from tests.export.conftest import DAY, build_plan
from tests.ui.helpers import window_with
from ui.main_window import MainWindow
from ui.selection import VisitRef
from ui.views.dashboard import DashboardView
from ui.views.map import MapWidget
from ui.views.timeline import TimelineView
from ui.widgets.table_panel import TablePanel


def _window(qtbot: QtBot) -> tuple[MainWindow, MapWidget, TimelineView]:
    window = window_with(qtbot, plan=build_plan())
    window.show()
    qtbot.waitExposed(window)
    map_widget = window.views["map"].widget()
    timeline = window.views["timeline"].widget()
    assert isinstance(map_widget, MapWidget) and isinstance(timeline, TimelineView)
    qtbot.waitUntil(lambda: map_widget.view.index.plan is not None
                    and timeline.index.plan is not None)
    return window, map_widget, timeline


def _click_row(qtbot: QtBot, window: MainWindow, key: str, row_key: str) -> None:
    """Click a row of a table as the user does (its tab brought forward first)."""
    panel = window.panels[key]
    window.tabs.setCurrentWidget(panel)
    row = panel.model.row_of(row_key)
    assert row is not None, row_key
    index = panel.proxy.mapFromSource(panel.model.index(row, 1))
    panel.view.scrollTo(index)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.view.visualRect(index).center())


def _selected(panel: TablePanel) -> list[str]:
    return panel.selected_keys()


def test_a_station_row_selects_it_on_the_map_timeline_and_dashboard(qtbot: QtBot) -> None:
    window, map_widget, timeline = _window(qtbot)
    _click_row(qtbot, window, "stations", "al/103")
    selected = window.selection.selected
    assert selected.stations == {"al/103"}
    assert selected.visits == {VisitRef("A1", DAY, 2), VisitRef("A1", DAY, 3)}  # close, count
    view = map_widget.view
    assert view.stations.selected.tolist() == [view.stations.row("al/103")]
    assert [(i.team, i.day) for i in view.route_items if i.highlighted] == [("A1", DAY)]
    # the timeline draws the closing's bar in black with the selection's yellow around it
    rect = timeline.visit_rect(VisitRef("A1", DAY, 2))
    assert rect is not None
    image = timeline.canvas.grab().toImage()
    above = [image.pixelColor(round(rect.center().x()), round(rect.top()) - dy)
             for dy in range(5)]
    assert any(c.lightness() < 60 for c in above), [c.name() for c in above]
    assert any(c.red() > 200 and c.blue() < 120 for c in above), [c.name() for c in above]
    window.views["dashboard"].raise_()
    dashboard = window.views["dashboard"].widget()
    assert isinstance(dashboard, DashboardView)
    qtbot.waitUntil(lambda: dashboard.index.plan is not None)
    assert dashboard.workload.highlighted == {"A1"}
    assert dashboard.regions.highlighted == {"almaty"}
    # and the other tables follow
    assert _selected(window.panels["visits"]) == ["A1@2019-06-09#3", "A1@2019-06-09#4"]
    assert _selected(window.panels["teams"]) == ["A1"]


def test_a_visit_row_and_a_team_row_select_in_the_views(qtbot: QtBot) -> None:
    window, map_widget, _timeline = _window(qtbot)
    _click_row(qtbot, window, "visits", "A2@2019-06-09#1")
    assert window.selection.selected.visits == {VisitRef("A2", DAY, 0)}
    assert window.selection.selected.stations == {"al/104"}
    view = map_widget.view
    assert view.stations.selected.tolist() == [view.stations.row("al/104")]
    assert _selected(window.panels["stations"]) == ["al/104"]
    _click_row(qtbot, window, "teams", "T1")
    assert window.selection.selected.teams == {"T1"}
    assert {i.team: (i.highlighted, i.dimmed) for i in view.route_items} == {
        "A1": (False, True), "A2": (False, True), "T1": (True, False)}
    assert _selected(window.panels["visits"]) == []  # a team is not its visits


def test_a_click_on_the_map_selects_the_rows_in_the_tables(qtbot: QtBot) -> None:
    window, map_widget, timeline = _window(qtbot)
    view = map_widget.view
    station = view.index.stations["at/3"]
    view.select_at(QPointF(*view.projection.point(station.lat, station.lon)))
    assert _selected(window.panels["stations"]) == ["at/3"]
    assert _selected(window.panels["visits"]) == ["T1@2019-06-09#2"]
    assert _selected(window.panels["teams"]) == ["T1"]
    # a click on the timeline does the same
    rect = timeline.visit_rect(VisitRef("A1", DAY, 1))
    assert rect is not None
    timeline.click(rect.center())
    assert _selected(window.panels["stations"]) == ["al/102"]
    assert _selected(window.panels["visits"]) == ["A1@2019-06-09#2"]
    # a filtered-out row is simply not selected; nothing breaks
    window.panels["stations"].search.setText("at/")
    view.select_at(QPointF(*view.projection.point(view.index.stations["al/101"].lat,
                                                  view.index.stations["al/101"].lon)))
    assert window.selection.selected.stations == {"al/101"}
    assert _selected(window.panels["stations"]) == []
