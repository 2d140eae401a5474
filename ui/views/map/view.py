"""The map: basemap, one station layer, route items, names, scale bar and legend.

Stands alone (``set_mission``, ``set_plan``, a :class:`~ui.selection.Selection`); the main
window docks it and feeds it from the document.
"""

from __future__ import annotations

from datetime import date
from html import escape

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QToolTip, QWidget

from missionplanner.export.colours import STATUS_COLOURS, StationStatus
from missionplanner.export.status import station_statuses
from missionplanner.geo.countries import preset_for
from missionplanner.geo.projection import KAZAKHSTAN, Projection, mission_projection
from missionplanner.model import Mission, Plan, Route
from ui.panels.format import number
from ui.selection import Selected, Selection, VisitRef
from ui.views.describe import station_html
from ui.views.lang import language, region_name
from ui.views.map.basemap import LAND, WATER, BasemapItem
from ui.views.map.numbers import draw_numbers, placed_numbers
from ui.views.map.overlay import compact_rows, draw_legend, draw_scale_bar, legend_rect
from ui.views.map.places import PlaceLabels
from ui.views.map.routes import RouteItem
from ui.views.map.stations import DRAW_ORDER, StationLayer
from ui.views.plan_index import PlanIndex

SOURCE = "map"
HIT_PIXELS = 7.0
"""How near the pointer must be to a station to hover or pick it."""
ZOOM_STEP = 1.25
MAX_SCALE = 400.0
"""Pixels per km at the closest zoom (a few streets)."""
FIT_MARGIN = 0.03
"""Room around the country when it is fitted (share of its size): names at its edge."""
LEGEND_FIT_SHARE = 0.75
"""The country is fitted beside the legend when it keeps this share of its full-view size."""
SELECTION_FIT_SHARE = 0.5
"""A selection asked for is shown whole beside the legend down to half its full-view size."""


class MapView(QGraphicsView):
    """The mission's country with its stations and the plan's routes."""

    stationHovered = Signal(str)

    def __init__(self, selection: Selection | None = None, parent: QWidget | None = None,
                 projection: Projection = KAZAKHSTAN) -> None:
        super().__init__(parent)
        self.projection = projection
        self.selection = selection or Selection(self)
        self.selection.changed.connect(self._on_selection)
        self.index = PlanIndex()
        self.day: date | None = None
        self.show_legend = True
        self.show_routes = True
        self.numbers_shown: list[tuple[QPointF, int, RouteItem]] = []
        """The stop numbers of the last frame (screen point, number, route)."""
        self.setScene(QGraphicsScene(self))
        self.basemap = BasemapItem(projection)
        self.stations = StationLayer()
        self.places = PlaceLabels(projection)
        for item in (self.basemap, self.stations, self.places):
            self.scene().addItem(item)
        self.route_items: list[RouteItem] = []
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setBackgroundBrush(WATER)
        self.setMouseTracking(True)
        self.setMinimumSize(300, 200)
        self._country = self._outlined()
        world = self._country.adjusted(-4000, -3000, 4000, 3000)
        self.scene().setSceneRect(world)
        self._press: QPointF | None = None
        self.auto_fit = False
        """Re-fit the country on resize (until the user zooms or pans)."""
        self.legend_area = QRectF()
        """Where the compact legend of a small map is (hovering it shows the whole one)."""

    # -- data ---------------------------------------------------------------------------
    def set_mission(self, mission: Mission | None) -> None:
        """Show a mission's stations (and drop a plan made for another mission)."""
        plan = self.index.plan if mission and self.index.plan and \
            self.index.plan.mission == mission.id else None
        self.index = PlanIndex(mission, plan)
        self._project(mission)
        stations = mission.stations if mission else []
        xs, ys = self.projection.points(np.array([s.lat for s in stations]),
                                        np.array([s.lon for s in stations]))
        self.stations.set_stations(
            [s.id for s in stations], xs, ys, np.array([bool(s.flags) for s in stations]),
            np.array([s.approximate for s in stations]))
        self.places.lang = language()
        if mission is not None:
            self.basemap.set_region_names({r.id: region_name(r) for r in mission.regions})
        self._rebuild()

    def _project(self, mission: Mission | None) -> None:
        """Draw in the mission's country's projection (:func:`mission_projection`): for a
        mission elsewhere than Kazakhstan the outlines and names are projected again, the
        map is land all over (the outlines that ship are Kazakhstan's) and "Whole country"
        shows its country's box (or its stations)."""
        projection = mission_projection(mission)
        if projection == self.projection:
            return
        self.projection = projection
        basemap, places = BasemapItem(projection), PlaceLabels(projection, self.places.lang)
        for old, item in ((self.basemap, basemap), (self.places, places)):
            item.setVisible(old.isVisible())
            self.scene().removeItem(old)
            self.scene().addItem(item)
        self.basemap, self.places = basemap, places
        kazakh = projection == KAZAKHSTAN
        self.setBackgroundBrush(WATER if kazakh else LAND)
        self._country = self._outlined() if kazakh else self._box_of(mission)
        self.scene().setSceneRect(self._country.adjusted(-4000, -3000, 4000, 3000))

    def _outlined(self) -> QRectF:
        """The shipped outlines (Kazakhstan's), as "Whole country" shows them."""
        return self.basemap.boundingRect().adjusted(40, 40, -40, -40)

    def _box_of(self, mission: Mission | None) -> QRectF:
        """The mission's country's box, or its stations', in the scene (km)."""
        preset = preset_for(mission) if mission is not None else None
        if preset is not None:
            box = preset.box
            corners = [(box.north, box.west), (box.south, box.east)]
        else:
            corners = [(s.lat, s.lon) for s in (mission.stations if mission else [])]
        if not corners:
            return self._outlined()
        points = [self.projection.point(lat, lon) for lat, lon in corners]
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        return QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)).adjusted(
            -20, -20, 20, 20)

    def set_plan(self, plan: Plan | None) -> None:
        """Show a plan's routes and the stations' statuses under it."""
        self.index = PlanIndex(self.index.mission, plan)
        self._rebuild()

    def set_day(self, day: date | None) -> None:
        """Show one observation day's routes (None: every day)."""
        self.day = day
        self._rebuild()

    def _rebuild(self) -> None:
        mission, plan = self.index.mission, self.index.plan
        if mission is not None:
            self.stations.set_statuses(station_statuses(mission, plan, self.day))
        for item in self.route_items:
            self.scene().removeItem(item)
        self.route_items = []
        if mission is not None and plan is not None:
            bases = {b.id: b for b in mission.bases}
            team_base = {t.id: t.base for t in plan.teams}
            election = {d.date for d in mission.observation_days if d.kind.value == "election_day"}
            for (team, day), route in self.index.routes.items():
                if self.day is not None and day != self.day:
                    continue
                stops, numbers = self._stops(route)
                base = bases.get(team_base.get(team) or "")
                where = QPointF(*self.projection.point(base.lat, base.lon)) if base else None
                item = RouteItem(team, day, self.index.colour(team), stops, where,
                                 dashed=self.day is None and day not in election,
                                 numbers=numbers)
                item.setVisible(self.show_routes)
                self.scene().addItem(item)
                self.route_items.append(item)
        self._on_selection(self.selection.selected, "")
        self.viewport().update()

    def _stops(self, route: Route) -> tuple[list[QPointF], list[int]]:
        """A route's stops on the map and their numbers: consecutive visits at one place
        (closing, then counting) are one stop, numbered by its first visit."""
        stops: list[QPointF] = []
        numbers: list[int] = []
        for n, visit in enumerate(route.visits, start=1):
            station = self.index.stations.get(visit.station)
            if station is None:
                continue
            p = QPointF(*self.projection.point(station.lat, station.lon))
            if not stops or stops[-1] != p:
                stops.append(p)
                numbers.append(n)
        return stops, numbers

    # -- selection ----------------------------------------------------------------------
    def _on_selection(self, selected: Selected, source: str) -> None:
        stations = self.index.selected_stations(selected)
        self.stations.set_selected(stations)
        days = {(r.team, r.day) for r in selected.visits}
        for item in self.route_items:
            item.set_highlighted(item.team in selected.teams or (item.team, item.day) in days,
                                 dimmed=bool(selected.teams) and item.team not in selected.teams)
        if source and source != SOURCE and stations and len(stations) <= 50:
            rect = self._rect_of(stations)
            if not self.mapToScene(self.viewport().rect()).boundingRect().contains(rect):
                self.centerOn(rect.center())
        self.viewport().update()

    def _rect_of(self, stations: set[str]) -> QRectF:
        rows = [r for s in stations if (r := self.stations.row(s)) is not None]
        if not rows:
            return QRectF()
        xs, ys = self.stations.xs[rows], self.stations.ys[rows]
        return QRectF(float(xs.min()), float(ys.min()), float(np.ptp(xs)), float(np.ptp(ys)))

    def pick(self, scene_point: QPointF) -> str | None:
        """The station under a point of the scene (within a few pixels), if any."""
        return self.stations.station_at(scene_point, HIT_PIXELS / self.scale())

    def select_at(self, scene_point: QPointF) -> None:
        """Select what is at a point: a station with its visits, a route's team, or nothing."""
        station = self.pick(scene_point)
        if station is not None:
            visits = [r for r in self.index.visits_of.get(station, [])
                      if self.day is None or r.day == self.day]
            self.selection.select(stations={station}, visits=visits, source=SOURCE)
            self._on_selection(self.selection.selected, SOURCE)
            return
        tolerance = HIT_PIXELS / self.scale()
        area = QRectF(scene_point.x() - tolerance, scene_point.y() - tolerance,
                      2 * tolerance, 2 * tolerance)
        for item in self.scene().items(area, Qt.ItemSelectionMode.IntersectsItemShape):
            if isinstance(item, RouteItem):
                self.selection.select(teams={item.team}, source=SOURCE)
                self._on_selection(self.selection.selected, SOURCE)
                return
        self.selection.clear(SOURCE)
        self._on_selection(self.selection.selected, SOURCE)

    # -- navigation ---------------------------------------------------------------------
    def scale(self) -> float:  # type: ignore[override]
        """Pixels per kilometre."""
        return self.transform().m11()

    def fit_country(self) -> None:
        """Show the whole country (and keep showing it as the view is resized, until the
        user zooms or pans: a dock is often sized after the map is filled)."""
        self._fit_country()
        self.auto_fit = True

    def _fit_country(self) -> None:
        """The country with a margin for the names at its edge."""
        self._fit_beside_legend(self._country.adjusted(*(f * FIT_MARGIN for f in (
            -self._country.width(), -self._country.height(),
            self._country.width(), self._country.height()))))

    def _fit_beside_legend(self, country: QRectF, share: float = LEGEND_FIT_SHARE) -> None:
        """Show a scene rectangle whole: beside or under the legend when that keeps ``share``
        of its full size, else under the legend at full size."""
        port = QRectF(self.viewport().rect()).adjusted(2, 2, -2, -2)
        if port.width() < 10 or port.height() < 10:
            return
        targets = [port]
        if self.show_legend:
            legend = self._legend()[2].adjusted(-6, -6, 6, 6)
            targets += [port.adjusted(0, 0, -legend.width(), 0),
                        port.adjusted(0, legend.bottom(), 0, 0)]

        def scale_in(target: QRectF) -> float:
            return min(target.width() / max(country.width(), 1e-6),
                       target.height() / max(country.height(), 1e-6))

        best = max(targets[1:], key=scale_in, default=port)
        target = best if scale_in(best) >= share * scale_in(port) else port
        scale = scale_in(target)
        self.resetTransform()
        self.scale_by(scale)
        shift = (QRectF(port).center() - target.center()) / scale
        self.centerOn(country.center() + shift)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.auto_fit:
            self._fit_country()

    def fit_selection(self) -> None:
        """Show what is selected (the country when nothing is)."""
        selected = self.selection.selected
        stations = self.index.selected_stations(selected)
        for (team, _day), route in self.index.routes.items():
            if team in selected.teams and (self.day is None or _day == self.day):
                stations.update(v.station for v in route.visits)
        rect = self._rect_of(stations)
        if rect.isNull() and not stations:
            self.fit_country()
            return
        self.fit_rect(rect)

    def fit_rect(self, rect: QRectF) -> None:
        """Show a scene rectangle with a margin (a few km around a single point)."""
        pad = max(rect.width(), rect.height()) * 0.15 + 2.0
        self.auto_fit = False
        self._fit_beside_legend(rect.adjusted(-pad, -pad, pad, pad), SELECTION_FIT_SHARE)

    def zoom(self, factor: float) -> None:
        """Zoom about the anchor, within the country's and the street's limits."""
        target = self.scale() * factor
        low = 0.3 * min(self.viewport().width() / max(self._country.width(), 1), 1.0)
        if target > MAX_SCALE or target < low:
            return
        self.auto_fit = False
        self.basemap.zooming()
        self.stations.zooming()
        self.scale_by(factor)

    def scale_by(self, factor: float) -> None:
        """QGraphicsView.scale under another name (``scale`` reads the zoom here)."""
        super().scale(factor, factor)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(ZOOM_STEP ** steps)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        step = 60
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_0:
            self.fit_country()
        elif key == Qt.Key.Key_F:
            self.fit_selection()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            dx = {Qt.Key.Key_Left: -step, Qt.Key.Key_Right: step}.get(Qt.Key(key), 0)
            dy = {Qt.Key.Key_Up: -step, Qt.Key.Key_Down: step}.get(Qt.Key(key), 0)
            self.pan_pixels(dx, dy)
        else:
            super().keyPressEvent(event)

    def pan_pixels(self, dx: float, dy: float) -> None:
        """Move the view by screen pixels."""
        self.auto_fit = False
        centre = self.mapToScene(self.viewport().rect().center())
        self.centerOn(centre + QPointF(dx, dy) / self.scale())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self._press is not None and (event.position() - self._press).manhattanLength() >= 4:
            self.auto_fit = False  # dragged: the user moved the map
        if self._press is not None and (event.position() - self._press).manhattanLength() < 4 \
                and event.button() == Qt.MouseButton.LeftButton:
            self.select_at(self.mapToScene(event.position().toPoint()))
        self._press = None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if event.buttons():
            return
        station = self.pick(self.mapToScene(event.position().toPoint()))
        if station is not None:
            self.stationHovered.emit(station)
        text = self.tooltip_at(event.position())
        if text:
            QToolTip.showText(event.globalPosition().toPoint(), text, self.viewport())
        else:
            QToolTip.hideText()

    def viewportEvent(self, event: QEvent) -> bool:
        """Qt's own tooltip event (the pointer at rest) shows ours: the scene would hide it,
        having no item tooltips."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def tooltip_at(self, point: QPointF) -> str:
        """The hover text at a viewport point: the legend's, a station's, or none."""
        if self.legend_area.contains(point):
            return self.legend_html()
        station = self.pick(self.mapToScene(point.toPoint()))
        return station_html(self.index, station) if station is not None else ""

    # -- overlays -----------------------------------------------------------------------
    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        """Stop numbers, the scale bar and the legend, in the viewport's pixels (scaled to
        the device when the view is rendered to a picture or a page)."""
        painter.save()
        to_device = self.viewportTransform().inverted()[0] * painter.worldTransform()
        painter.setWorldTransform(to_device)
        height = self.viewport().height()
        if self.show_routes:
            self.numbers_shown = placed_numbers(
                self.route_items, self.viewportTransform(),
                QRectF(self.viewport().rect()), self.scale())
            draw_numbers(painter, self.numbers_shown)
        draw_scale_bar(painter, self.scale(), QPointF(14, height - 12))
        self.legend_area = QRectF()
        if self.show_legend:
            rows, title, area = self._legend()
            if not title:
                self.legend_area = area
            draw_legend(painter, QPointF(area.right(), area.top()), rows, title)
        painter.restore()

    def _legend(self) -> tuple[list[tuple[str, str, str]], str, QRectF]:
        """The legend's rows, title and place: whole, or symbols and counts on a small map."""
        rows, title = self.legend_rows(), self.tr("Legend")
        corner = QPointF(self.viewport().width() - 10, 10)
        area = legend_rect(corner, rows, title)
        if area.width() > 0.45 * self.viewport().width() or \
                area.height() > 0.6 * self.viewport().height():
            rows, title = compact_rows(rows), ""
            area = legend_rect(corner, rows, title)
        return rows, title, area

    def legend_rows(self) -> list[tuple[str, str, str]]:
        """(kind, colour, text) for each thing on the map, with station counts."""
        counts = np.bincount(self.stations.status.astype(np.int64), minlength=len(DRAW_ORDER))
        names = {
            StationStatus.PLANNED: self.tr("planned"),
            StationStatus.VISITED: self.tr("visited (reported)"),
            StationStatus.NOT_REPORTED: self.tr("planned, not reported"),
            StationStatus.NOT_COVERED: self.tr("not covered"),
            StationStatus.FLAGGED: self.tr("flagged earlier, not covered"),
            StationStatus.ABROAD: self.tr("abroad, not covered"),
        }
        rows = []
        for code, status in reversed(list(enumerate(DRAW_ORDER))):
            if counts[code]:
                count = number(int(counts[code]))
                rows.append(("dot", STATUS_COLOURS[status], f"{names[status]} ({count})"))
        if self.stations.flagged.any():
            rows.append(("flag", STATUS_COLOURS[StationStatus.PLANNED],
                         self.tr("irregularities reported before")))
        if self.stations.approximate.any():
            rows.append(("ring", STATUS_COLOURS[StationStatus.NOT_COVERED],
                         self.tr("location approximate")))
        if self.route_items:
            colour = self.index.colour(self.index.teams[0]) if self.index.teams else "#1f77b4"
            rows.append(("line", colour, self.tr("route, one colour per team")))
            if self.numbers_shown:
                rows.append(("number", colour, self.tr("stop, in visiting order")))
        if any(item.base is not None for item in self.route_items):
            rows.append(("base", "#263238", self.tr("base")))
        return rows

    def legend_html(self) -> str:
        """The whole legend as text (the tooltip of a compact legend)."""
        lines = [f"<span style='color:{colour}'>●</span> {escape(text)}"
                 for _, colour, text in self.legend_rows()]
        return f"<b>{escape(self.tr('Legend'))}</b><br>" + "<br>".join(lines)

    def visit_refs(self, station: str) -> list[VisitRef]:
        """The visits to a station on the shown day(s)."""
        return [r for r in self.index.visits_of.get(station, [])
                if self.day is None or r.day == self.day]



