"""Planned against visited (imported actuals) and approximate locations, on the map and the
timeline."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPointF

from missionplanner.export.colours import STATUS_COLOURS, StationStatus
from missionplanner.export.status import station_statuses
from missionplanner.model import LocationQuality, Mission, Plan
from ui.selection import VisitRef
from ui.views.describe import station_html
from ui.views.map import MapView
from ui.views.map.stations import DRAW_ORDER
from ui.views.timeline import TimelineView, minutes


@pytest.fixture
def reported(views_plan: Plan) -> Plan:
    """Election day's actuals imported: team a reported its 1st and 3rd visits (the 3rd 12
    minutes late), team b nothing; the day before has no actuals yet."""
    routes = []
    for route in views_plan.routes:
        if route.team == "a" and route.day.day == 9:
            visits = list(route.visits)
            visits[0] = visits[0].model_copy(update={"visited_at": visits[0].arrival})
            visits[2] = visits[2].model_copy(
                update={"visited_at": visits[2].start + timedelta(minutes=12)})
            route = route.model_copy(update={"visits": visits})
        routes.append(route)
    return views_plan.model_copy(update={"routes": routes})


def test_statuses_say_visited_and_not_reported_only_on_days_with_actuals(
        views_mission: Mission, reported: Plan) -> None:
    status = station_statuses(views_mission, reported)
    # team a, election day: ns/6 and ns/8 reported, ns/7, ns/9, ns/10 not
    assert status["ns/6"] is StationStatus.VISITED
    assert status["ns/8"] is StationStatus.VISITED
    assert status["ns/7"] is StationStatus.NOT_REPORTED
    assert status["at/5"] is StationStatus.NOT_REPORTED  # team b reported nothing that day
    assert status["ns/1"] is StationStatus.PLANNED  # the day before: no actuals imported yet
    assert status["ns/15"] is StationStatus.NOT_COVERED
    before = station_statuses(views_mission, reported, day=reported.routes[0].day)
    assert before["ns/1"] is StationStatus.PLANNED


def test_map_colours_visited_and_not_reported_and_says_so_in_the_legend(
        qtbot, views_mission: Mission, reported: Plan) -> None:
    view = MapView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.set_mission(views_mission)
    view.set_plan(reported)
    codes = {s: DRAW_ORDER[view.stations.status[view.stations.row(s)]]
             for s in ("ns/6", "ns/7", "ns/1")}
    assert codes == {"ns/6": StationStatus.VISITED, "ns/7": StationStatus.NOT_REPORTED,
                     "ns/1": StationStatus.PLANNED}
    legend = {text.split(" (")[0]: colour for _, colour, text in view.legend_rows()}
    assert legend["visited"] == STATUS_COLOURS[StationStatus.VISITED]
    assert legend["planned, not reported"] == STATUS_COLOURS[StationStatus.NOT_REPORTED]
    assert "visited 10:32</b> (12 min late)" in station_html(view.index, "ns/8")


def test_timeline_marks_reported_times_and_hatches_unreported_visits(
        qtbot, views_mission: Mission, reported: Plan) -> None:
    timeline = TimelineView()
    qtbot.addWidget(timeline)
    timeline.resize(1000, 400)
    timeline.set_mission(views_mission)
    timeline.set_plan(reported)
    timeline.show()
    qtbot.waitExposed(timeline)
    election, before = reported.routes[2].day, reported.routes[0].day
    assert timeline.not_reported(VisitRef("a", election, 1))
    assert not timeline.not_reported(VisitRef("a", election, 2))  # reported
    assert timeline.not_reported(VisitRef("b", election, 0))
    assert not timeline.not_reported(VisitRef("a", before, 1))  # no actuals that day
    # the late report's diamond sits 12 minutes right of the planned arrival (the bar's
    # start), in green
    visit = reported.routes[2].visits[2]
    assert visit.visited_at is not None
    rect = timeline.visit_rect(VisitRef("a", election, 2))
    assert rect is not None
    x = timeline.x_of(minutes(visit.visited_at, election))
    assert x - rect.left() == pytest.approx(12 * timeline.px_per_minute(), abs=0.5)
    image = timeline.canvas.grab().toImage()
    colour = image.pixelColor(round(x), round(rect.bottom()))
    assert colour.green() > colour.red() + 40 and colour.green() > colour.blue() + 40, \
        colour.name()


def test_approximate_stations_are_rings_with_a_legend_row(
        qtbot, views_mission: Mission, views_plan: Plan) -> None:
    stations = [s.model_copy(update={"location": LocationQuality.APPROXIMATE,
                                     "placed_by": "settlement Nur-Sultan (GeoNames 1526273)"})
                if s.id == "ns/15" else s for s in views_mission.stations]
    mission = views_mission.model_copy(update={"stations": stations})
    view = MapView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.set_mission(mission)
    view.set_plan(views_plan)
    view.show()
    qtbot.waitExposed(view)
    view.fit_rect(view._rect_of({"ns/1", "ns/20"}))
    assert view.stations.approximate.tolist() == [s.id == "ns/15" for s in stations]
    assert ("ring", STATUS_COLOURS[StationStatus.NOT_COVERED], "location approximate") in \
        view.legend_rows()
    assert "Location approximate: settlement Nur-Sultan" in station_html(view.index, "ns/15")
    image = view.viewport().grab().toImage()

    def centre(station_id: str) -> str:
        station = view.index.stations[station_id]
        at = view.mapFromScene(QPointF(*view.projection.point(station.lat, station.lon)))
        return image.pixelColor(at.x(), at.y()).name()

    assert centre("ns/15") == "#ffffff"  # a hollow ring
    assert centre("ns/14") == STATUS_COLOURS[StationStatus.NOT_COVERED]  # a filled dot
