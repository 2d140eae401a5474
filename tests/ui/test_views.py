"""The map, the timeline and the dashboard: hit-tests, bar times, figures and one selection."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from missionplanner.model import Mission, Plan
from missionplanner.planning.metrics import coverage
from missionplanner.planning.timeline import minutes_of
from ui.selection import Selection, VisitRef
from ui.views.dashboard import DashboardView
from ui.views.map import MapView
from ui.views.timeline import TimelineView, minutes


def _views(qtbot, mission: Mission, plan: Plan) -> tuple[Selection, MapView, TimelineView,
                                                          DashboardView]:
    selection = Selection()
    views = (MapView(selection), TimelineView(selection), DashboardView(selection))
    for view in views:
        qtbot.addWidget(view)
        view.resize(900, 600)
        view.set_mission(mission)
        view.set_plan(plan)
        view.show()
    return (selection, *views)


def test_station_layer_hits_the_station_at_a_point(qtbot, views_mission: Mission,
                                                   views_plan: Plan) -> None:
    """Each station is found at its own projected place, and nothing far from any station."""
    _, map_view, _, _ = _views(qtbot, views_mission, views_plan)
    map_view.fit_rect(map_view._rect_of({"ns/1", "ns/20"}))
    for station in views_mission.stations[::7]:
        x, y = map_view.projection.point(station.lat, station.lon)
        assert map_view.pick(QPointF(x, y)) == station.id
        offset = 2.0 / map_view.scale()  # 2 px away still hits it
        assert map_view.pick(QPointF(x + offset, y)) == station.id
    assert map_view.pick(QPointF(-5000.0, -5000.0)) is None


def test_a_click_on_the_map_selects_the_station_and_its_visits_everywhere(
        qtbot, views_mission: Mission, views_plan: Plan) -> None:
    """Map -> selection -> timeline and dashboard highlight the same visit and team."""
    selection, map_view, _, dashboard = _views(qtbot, views_mission, views_plan)
    station = views_mission.stations[2]  # ns/2, visited by team a on the first day
    x, y = map_view.projection.point(station.lat, station.lon)
    with qtbot.waitSignal(selection.changed) as signal:
        map_view.select_at(QPointF(x, y))
    assert signal.args[1] == "map"
    assert selection.selected.stations == {"ns/2"}
    assert selection.selected.visits == {VisitRef("a", views_plan.routes[0].day, 1)}
    assert map_view.stations.selected.tolist() == [map_view.stations.row("ns/2")]
    assert dashboard.workload.highlighted == {"a"}
    assert next(i for i in map_view.route_items if i.team == "a").highlighted


def test_a_click_on_the_timeline_selects_the_visit_on_the_map(
        qtbot, views_mission: Mission, views_plan: Plan) -> None:
    """Timeline -> selection -> map rings the visited station."""
    selection, map_view, timeline, _ = _views(qtbot, views_mission, views_plan)
    ref = VisitRef("b", views_plan.routes[3].day, 2)
    rect = timeline.visit_rect(ref)
    assert rect is not None
    timeline.click(rect.center())
    assert selection.selected.visits == {ref}
    station = views_plan.routes[3].visits[2].station
    assert map_view.stations.selected.tolist() == [map_view.stations.row(station)]


def test_selecting_a_team_elsewhere_highlights_it_and_dims_the_others(
        qtbot, views_mission: Mission, views_plan: Plan) -> None:
    """A table (any other source) selects a team: map routes and dashboard follow."""
    selection, map_view, _, dashboard = _views(qtbot, views_mission, views_plan)
    selection.select(teams={"b"}, source="table")
    states = {(i.team, i.highlighted, i.dimmed) for i in map_view.route_items}
    assert states == {("a", False, True), ("b", True, False)}
    assert dashboard.workload.highlighted == {"b"}


def test_timeline_bars_match_the_visit_times(qtbot, views_mission: Mission,
                                             views_plan: Plan) -> None:
    """Every visit's bar starts and ends at the x of its start and end, in local time."""
    _, _, timeline, _ = _views(qtbot, views_mission, views_plan)
    scale = timeline.px_per_minute()
    for route in views_plan.routes:
        for i, visit in enumerate(route.visits):
            rect = timeline.visit_rect(VisitRef(route.team, route.day, i))
            assert rect is not None
            assert abs(rect.left() - timeline.x_of(minutes_of(visit.start))) < 1e-6
            assert abs(rect.width() - 30 * scale) < 1e-6  # every visit lasts 30 minutes
            assert timeline.visit_at(rect.center()) == VisitRef(route.team, route.day, i)
    first = views_plan.routes[1].visits[0]  # Atyrau: 10:00 local (UTC+5)
    assert minutes(first.start, views_plan.routes[1].day) == 600


def test_timeline_rows_build_their_segments_when_asked_and_span_what_they_show(
        qtbot, views_mission: Mission, views_plan: Plan) -> None:
    """A new plan only lays the rows out; each row's segments are built when painted or
    hovered, and the hours the canvas shows cover every segment of every row."""
    timeline = TimelineView(Selection())
    qtbot.addWidget(timeline)
    timeline.set_mission(views_mission)
    timeline.set_plan(views_plan)
    teams = [row for row in timeline.rows if row.team is not None]
    assert len(teams) == len(views_plan.routes)
    assert not any("segments" in vars(row) for row in teams)  # nothing built yet
    stations = {s.id: s for s in views_mission.stations}
    for row in teams:
        assert row.route is not None
        zone = views_mission.station_zone(stations[row.route.visits[0].station])
        shown = [(minutes(s.start, row.day), minutes(s.end, row.day)) for s in row.segments]
        assert row.span(zone) == (min(a for a, _ in shown), max(b for _, b in shown))
    spans = [(minutes(s.start, row.day), minutes(s.end, row.day))
             for row in teams for s in row.segments]
    assert timeline.start_minute <= min(a for a, _ in spans) < timeline.start_minute + 60
    assert timeline.end_minute - 60 < max(b for _, b in spans) <= timeline.end_minute


def test_dashboard_figures_equal_coverage(qtbot, views_mission: Mission,
                                          views_plan: Plan) -> None:
    """The dashboard shows coverage(mission, plan): totals, regions and workload."""
    _, _, _, dashboard = _views(qtbot, views_mission, views_plan)
    expected = coverage(views_mission, views_plan)
    assert dashboard.coverage == expected
    by_region = {b.key: (b.value, b.full) for b in dashboard.regions.bars}
    assert by_region == {r: (float(a), float(b)) for r, (a, b) in expected.by_region.items()}
    assert {b.key: b.value for b in dashboard.workload.bars} == {
        t: v[0] for t, v in expected.workload.items()}
    text = dashboard.summary.text()
    assert f"{expected.stations[0]} / {expected.stations[1]}" in text
    assert dashboard.left_out.rowCount() == 1
    changed = views_plan.model_copy(update={"routes": views_plan.routes[:2]})
    dashboard.set_plan(changed)
    assert dashboard.coverage == coverage(views_mission, changed)


def test_screenshot_renders_each_view(qtbot, tmp_path, views_mission: Mission,
                                      views_plan: Plan) -> None:
    """--view map|timeline|dashboard --screenshot: a PNG of the asked size for each view."""
    from PySide6.QtGui import QImage

    from ui.views.screenshot import VIEWS, render_view

    for name in VIEWS:
        path = render_view(name, views_mission, views_plan, tmp_path / f"{name}.png",
                           size=(800, 500))
        image = QImage(str(path))
        assert (image.width(), image.height()) == (800, 500)


def test_small_map_keeps_the_country_in_view_and_a_compact_legend(
        qtbot, views_mission: Mission, views_plan: Plan) -> None:
    """A map filled while its dock is tiny re-fits the country when the dock grows (until
    the user zooms); a narrow map shows symbols and counts, the whole legend on hover."""
    _, map_view, _, _ = _views(qtbot, views_mission, views_plan)
    map_view.resize(200, 150)
    map_view.fit_country()
    small = map_view.scale()
    map_view.resize(900, 600)
    qtbot.waitUntil(lambda: map_view.scale() > 2 * small)
    map_view.viewport().grab()
    assert map_view.legend_area.isNull()  # room for the whole legend
    map_view.zoom(1.25)
    zoomed = map_view.scale()
    map_view.resize(320, 240)
    qtbot.wait(10)
    assert map_view.scale() == zoomed  # the user's zoom is kept
    map_view.viewport().grab()
    assert not map_view.legend_area.isNull()
    assert map_view.legend_area.width() < 0.3 * map_view.viewport().width()
    assert "not covered (22)" in map_view.legend_html()


def test_dashboard_in_a_narrow_dock_goes_to_one_column(qtbot, views_mission: Mission,
                                                      views_plan: Plan) -> None:
    """Wide: workload beside the coverage charts; narrow: under them, cards stacked, and
    every figure's text keeps its room."""
    _, _, _, dashboard = _views(qtbot, views_mission, views_plan)
    dashboard.resize(1200, 700)
    qtbot.waitUntil(lambda: dashboard.wide is True)
    row, column, _, _ = dashboard.grid.getItemPosition(dashboard.grid.indexOf(
        dashboard.workload))
    assert (row, column) == (2, 1)
    dashboard.resize(380, 700)
    qtbot.waitUntil(lambda: dashboard.wide is False)
    row, column, _, _ = dashboard.grid.getItemPosition(dashboard.grid.indexOf(
        dashboard.workload))
    assert column == 0 and row > 3
    assert dashboard.summary.text().count("<tr>") == len(dashboard._cards)  # one per row
    chart = dashboard.regions
    metrics = chart.fontMetrics()
    assert all(metrics.horizontalAdvance(bar.text) < chart.text_width for bar in chart.bars)


def test_hover_on_the_map_shows_the_station(qtbot, views_mission: Mission,
                                           views_plan: Plan) -> None:
    """Qt's tooltip event (the pointer at rest) shows the station, not the scene's empty
    tooltip; nothing near a station: no tooltip."""
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    _, map_view, _, _ = _views(qtbot, views_mission, views_plan)
    map_view.fit_rect(map_view._rect_of({"ns/1", "ns/20"}))
    station = views_mission.stations[4]  # ns/3
    at = map_view.mapFromScene(QPointF(*map_view.projection.point(station.lat, station.lon)))
    viewport = map_view.viewport()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, at,
                                                viewport.mapToGlobal(at)))
    assert QToolTip.isVisible()
    assert QToolTip.text().startswith("<b>Station 3</b> — Esil district")
    assert "pre-election visit 10:20–10:50" in QToolTip.text()
    empty = QPoint(5, viewport.height() - 60)
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, empty,
                                                viewport.mapToGlobal(empty)))
    qtbot.waitUntil(lambda: not QToolTip.isVisible())


def test_hover_on_a_team_label_describes_the_team(qtbot, views_mission: Mission,
                                                 views_plan: Plan) -> None:
    from ui.views.describe import team_html

    _, _, timeline, _ = _views(qtbot, views_mission, views_plan)
    row = next(i for i, r in enumerate(timeline.rows) if r.team == "b")
    point = QPointF(20, timeline.row_top(row) + 5)
    assert timeline.team_at(point) == "b"
    assert timeline.visit_at(point) is None
    text = team_html(timeline.index, "b")
    assert text.startswith("<b>Team b</b>") and "08.06: 4 visits" in text
