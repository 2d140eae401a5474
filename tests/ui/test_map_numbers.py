"""Stop numbers: in visiting order, never two on top of each other, selected routes first."""

from __future__ import annotations

from itertools import combinations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QTransform

from missionplanner.model import Mission, Plan
from ui.views.map import MapView
from ui.views.map.numbers import RADIUS, placed_numbers
from ui.views.map.routes import RouteItem


def test_dense_routes_never_overlap_and_the_selected_route_wins() -> None:
    """Two routes over the same ten stops (a dense city): one set of numbers, the selected
    route's; stops further apart than a number all get theirs."""
    stops = [QPointF(i * 3.0, 0.0) for i in range(10)]  # 3 km apart
    first = RouteItem("a", None, "#1f77b4", stops)  # type: ignore[arg-type]
    second = RouteItem("b", None, "#d62728", stops)  # type: ignore[arg-type]
    second.set_highlighted(True)
    screen = QRectF(-50, -50, 400, 100)
    placed = placed_numbers([first, second], QTransform.fromScale(8, 8), screen, 8.0)
    assert [(route.team, n) for _, n, route in placed] == [("b", n) for n in range(1, 11)]
    for (p, _, _), (q, _, _) in combinations(placed, 2):
        assert (p - q).manhattanLength() >= 2 * RADIUS
    # zoomed out to 2 px per km the stops are 6 px apart: numbers do not fit at all
    assert placed_numbers([first, second], QTransform.fromScale(2, 2), screen, 2.0) == []


def test_numbers_follow_the_visits_and_do_not_overlap_on_the_map(
        qtbot, views_mission: Mission, views_plan: Plan) -> None:
    view = MapView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.set_mission(views_mission)
    view.set_plan(views_plan)
    view.show()
    qtbot.waitExposed(view)
    view.fit_rect(view._rect_of({"ns/1", "ns/20"}))
    view.viewport().grab()  # paint a frame
    shown = view.numbers_shown
    assert shown
    for (p, _, _), (q, _, _) in combinations(shown, 2):
        assert (p - q).manhattanLength() >= 2 * RADIUS
    for p, number, route in shown:  # the number is the visit's place in the route
        visit = view.index.routes[(route.team, route.day)].visits[number - 1]
        station = view.index.stations[visit.station]
        at = view.mapFromScene(QPointF(*view.projection.point(station.lat, station.lon)))
        assert (QPointF(at) - p).manhattanLength() < 2
