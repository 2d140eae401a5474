"""The timeline: a Gantt of each team's day, one row per team and day, in local time.

Bars show travel, waiting, lunch (estimated) and each visit coloured by activity; a diamond
marks a reported visit (actuals); a red tick marks the region's curfew; a dashed line marks
a chosen time ("now"). Rows are aligned on local wall-clock time, since polling hours are local.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo
from functools import cached_property

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, QTime
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTimeEdit,
    QToolBar,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from missionplanner.export.colours import (
    ACTIVITY_COLOURS,
    CURFEW_COLOUR,
    LUNCH_COLOUR,
    TRAVEL_COLOUR,
    WAITING_COLOUR,
)
from missionplanner.export.planned_vs_visited import COUNTED
from missionplanner.model import Activity, Mission, Plan, Route
from missionplanner.planning.timeline import Segment, SegmentKind, day_segments
from ui.selection import Selected, Selection, VisitRef
from ui.views.describe import activity_name, team_html, visit_html
from ui.views.plan_index import PlanIndex

SOURCE = "timeline"
ROW = 24
HEADER = 26
LABEL_WIDTH = 110
MARGIN = 24
"""Room left and right of the day for the first and last hour's labels."""


class _Scroll(QScrollArea):
    """Tells the timeline when its visible width changes (the whole day fits at 1x)."""

    def __init__(self, owner: TimelineView) -> None:
        super().__init__(owner)
        self.owner = owner

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.owner._resize_canvas()


@dataclass
class Row:
    """One team's day, or a day's heading (``team`` None).

    A team's segments are worked out when first asked for (painting, hover), not when a plan
    arrives: a national plan has 170 rows and the dock shows a dozen (bench/ui_stall.py).
    """

    day: date
    team: str | None
    route: Route | None = None
    mission: Mission | None = None
    curfew: time | None = None

    @cached_property
    def segments(self) -> list[Segment]:
        """The team's day, segment by segment."""
        if self.route is None or self.mission is None:
            return []
        return day_segments(self.mission, self.route)

    def span(self, zone: tzinfo) -> tuple[float, float] | None:
        """First and last local minute the row's segments cover, without building them."""
        route = self.route
        if route is None or not route.visits:
            return None
        first, last = route.visits[0].arrival, route.visits[-1].end
        if route.departure is not None and route.departure < first:
            first = route.departure
        if route.returns is not None and route.returns > last:
            last = route.returns
        return minutes(first.astimezone(zone), self.day), minutes(last.astimezone(zone), self.day)


def minutes(moment: datetime, day: date) -> float:
    """Local minutes since midnight of ``day`` (past 24:00 for counts after midnight)."""
    local_day = moment.date()
    return (local_day - day).days * 1440 + moment.hour * 60 + moment.minute + moment.second / 60


class TimelineCanvas(QWidget):
    """The painted rows; lives in a scroll area and grows wider as it zooms in."""

    def __init__(self, owner: TimelineView) -> None:
        super().__init__(owner)
        self.owner = owner
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(800, HEADER + ROW * len(self.owner.rows))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.owner.paint(painter, event.rect())
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        owner = self.owner
        ref = owner.visit_at(event.position())
        team = owner.team_at(event.position())
        if ref is not None:
            QToolTip.showText(event.globalPosition().toPoint(), visit_html(owner.index, ref),
                              self)
        elif team is not None:
            QToolTip.showText(event.globalPosition().toPoint(), team_html(owner.index, team),
                              self)
        else:
            QToolTip.hideText()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.owner.click(event.position())

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.owner.zoom(1.25 ** (event.angleDelta().y() / 120), event.position().x())
        else:
            event.ignore()


class TimelineView(QWidget):
    """Gantt rows of a plan; stands alone with ``set_mission``/``set_plan`` and a selection."""

    def __init__(self, selection: Selection | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selection = selection or Selection(self)
        self.selection.changed.connect(self._on_selection)
        self.index = PlanIndex()
        self.rows: list[Row] = []
        self.start_minute, self.end_minute = 360.0, 1440.0
        self.time_zoom = 1.0
        self.now: time | None = None
        self.reported_days: set[date] = set()
        """Days with imported actuals: their unreported visits are hatched."""
        self.toolbar = QToolBar(self)
        self.toolbar.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.toolbar.addAction(self.tr("Zoom in"), lambda: self.zoom(1.5))
        self.toolbar.addAction(self.tr("Zoom out"), lambda: self.zoom(1 / 1.5))
        self.toolbar.addAction(self.tr("Whole day"), self.reset_zoom)
        self.toolbar.addSeparator()
        self.now_box = QCheckBox(self.tr("Time line at"), self)
        self.now_edit = QTimeEdit(QTime(14, 0), self)
        self.now_edit.setDisplayFormat("HH:mm")
        self.now_box.toggled.connect(self._now_changed)
        self.now_edit.timeChanged.connect(self._now_changed)
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(4, 0, 4, 0)
        row.addWidget(self.now_box)
        row.addWidget(self.now_edit)
        self.toolbar.addWidget(box)
        self.canvas = TimelineCanvas(self)
        self.scroll = _Scroll(self)
        self.scroll.setWidget(self.canvas)
        self.scroll.setWidgetResizable(False)
        self.scroll.horizontalScrollBar().valueChanged.connect(self.canvas.update)
        self.scroll.verticalScrollBar().valueChanged.connect(self.canvas.update)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.scroll)
        self.legend = QLabel(self._legend_html(), self)
        self.legend.setContentsMargins(6, 2, 6, 2)
        self.legend.setWordWrap(True)
        layout.addWidget(self.legend)

    def _legend_html(self) -> str:
        """Swatches for every kind of bar."""
        items = [(ACTIVITY_COLOURS[a], "■", activity_name(a)) for a in Activity]
        items += [(TRAVEL_COLOUR, "▬", self.tr("travel")),
                  ("#b0bec5", "□", self.tr("waiting")),
                  (LUNCH_COLOUR, "■", self.tr("lunch (estimated)")),
                  (CURFEW_COLOUR, "▍", self.tr("curfew")),
                  ("#43a047", "◆", self.tr("reported visit (a line ties it to the planned "
                                           "arrival)")),
                  ("#78909c", "▨", self.tr("planned, not reported"))]
        return "&nbsp;&nbsp;".join(
            f"<span style='color:{c}; font-size:14px'>{mark}</span>&nbsp;{t}"
            for c, mark, t in items)

    # -- data ---------------------------------------------------------------------------
    def set_mission(self, mission: Mission | None) -> None:
        """Use a mission's stations and zones (and drop a plan made for another mission)."""
        plan = self.index.plan if mission and self.index.plan and \
            self.index.plan.mission == mission.id else None
        self.index = PlanIndex(mission, plan)
        self._rebuild()

    def set_plan(self, plan: Plan | None) -> None:
        """Show a plan's routes."""
        self.index = PlanIndex(self.index.mission, plan)
        self._rebuild()

    def set_now(self, moment: time | None) -> None:
        """Draw the time line at ``moment`` (local), or none."""
        self.now_box.blockSignals(True)
        self.now_box.setChecked(moment is not None)
        self.now_box.blockSignals(False)
        if moment is not None:
            self.now_edit.setTime(QTime(moment.hour, moment.minute))
        self.now = moment
        self.canvas.update()

    def _now_changed(self) -> None:
        t = self.now_edit.time()
        self.now = time(t.hour(), t.minute()) if self.now_box.isChecked() else None
        self.canvas.update()

    def _rebuild(self) -> None:
        mission = self.index.mission
        self.rows = []
        spans: list[tuple[float, float]] = []
        plan = self.index.plan
        self.reported_days = {r.day for r in (plan.routes if plan else [])
                              if any(v.visited_at is not None for v in r.visits)}
        if mission is not None and self.index.plan is not None:
            stations = self.index.stations
            for day in self.index.days():
                routes = [r for (_, d), r in self.index.routes.items() if d == day]
                if not routes:
                    continue
                self.rows.append(Row(day, None))
                for route in routes:
                    curfew = None
                    zone: tzinfo | None = None
                    if route.visits and route.visits[0].station in stations:
                        first = stations[route.visits[0].station]
                        curfew = next((r.curfew for r in mission.regions if r.id == first.region),
                                      None)
                        zone = mission.station_zone(first)
                    elif route.visits:
                        zone = route.visits[0].start.tzinfo
                    row = Row(day, route.team, route, mission, curfew)
                    self.rows.append(row)
                    span = row.span(zone) if zone is not None else None
                    if span is not None:
                        spans.append(span)
        if spans:
            self.start_minute = max(0.0, (min(a for a, _ in spans) // 60) * 60)
            self.end_minute = max(-(-max(b for _, b in spans) // 60) * 60, self.start_minute + 60)
        self._resize_canvas()

    # -- geometry -----------------------------------------------------------------------
    def _resize_canvas(self) -> None:
        width = max(self.scroll.viewport().width(), 400)
        self.canvas.resize(int(LABEL_WIDTH + (width - LABEL_WIDTH) * self.time_zoom),
                           HEADER + ROW * len(self.rows) + 4)
        self.canvas.update()

    def px_per_minute(self) -> float:
        """Horizontal scale."""
        span = max(self.end_minute - self.start_minute, 1)
        return (self.canvas.width() - LABEL_WIDTH - 2 * MARGIN) / span

    def x_of(self, minute: float) -> float:
        """Canvas x of a local minute of the day."""
        return LABEL_WIDTH + MARGIN + (minute - self.start_minute) * self.px_per_minute()

    def minute_at(self, x: float) -> float:
        """Local minute of the day at a canvas x."""
        return self.start_minute + (x - LABEL_WIDTH - MARGIN) / self.px_per_minute()

    def row_top(self, i: int) -> float:
        """Canvas y of a row's top."""
        return HEADER + ROW * i

    def visit_rect(self, ref: VisitRef) -> QRectF | None:
        """Where a visit's bar is drawn (for tests and scrolling)."""
        for i, row in enumerate(self.rows):
            if row.team == ref.team and row.day == ref.day:
                for seg in row.segments:
                    if seg.kind is SegmentKind.VISIT and seg.visit == ref.index:
                        x0, x1 = self.x_of(minutes(seg.start, row.day)), \
                            self.x_of(minutes(seg.end, row.day))
                        return QRectF(x0, self.row_top(i) + 4, max(x1 - x0, 1.0), ROW - 8)
        return None

    def visit_at(self, point: QPointF) -> VisitRef | None:
        """The visit whose bar (or waiting before it) is under a canvas point."""
        i = int((point.y() - HEADER) // ROW)
        if not 0 <= i < len(self.rows) or self.rows[i].team is None \
                or point.x() < self.scroll.horizontalScrollBar().value() + LABEL_WIDTH \
                or point.y() < self.scroll.verticalScrollBar().value() + HEADER - 4:
            return None  # under the pinned hours or team names
        row = self.rows[i]
        minute = self.minute_at(point.x())
        slack = 2 / self.px_per_minute()
        for seg in row.segments:
            if seg.visit is not None and minutes(seg.start, row.day) - slack <= minute <= \
                    minutes(seg.end, row.day) + slack:
                return VisitRef(row.team or "", row.day, seg.visit)
        return None

    def team_at(self, point: QPointF) -> str | None:
        """The team whose pinned label is under a canvas point."""
        i = int((point.y() - HEADER) // ROW)
        if 0 <= i < len(self.rows) and \
                point.x() < self.scroll.horizontalScrollBar().value() + LABEL_WIDTH and \
                point.y() >= self.scroll.verticalScrollBar().value() + HEADER - 4:
            return self.rows[i].team
        return None

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        """Stretch time by ``factor`` (1x: the whole day fits), keeping ``anchor_x`` still."""
        bar = self.scroll.horizontalScrollBar()
        anchor = anchor_x if anchor_x is not None else bar.value() + self.scroll.width() / 2
        minute = self.minute_at(anchor)
        self.time_zoom = min(max(self.time_zoom * factor, 1.0), 24.0)
        self._resize_canvas()
        bar.setValue(int(self.x_of(minute) - (anchor - bar.value())))

    def reset_zoom(self) -> None:
        """The whole day in the window."""
        self.time_zoom = 1.0
        self._resize_canvas()

    # -- selection ----------------------------------------------------------------------
    def click(self, point: QPointF) -> None:
        """Select the visit under the point, the team of a row label, or nothing."""
        ref = self.visit_at(point)
        i = int((point.y() - HEADER) // ROW)
        if ref is not None:
            visit = self.index.visit(ref)
            self.selection.select(visits={ref}, stations={visit.station} if visit else (),
                                  source=SOURCE)
        elif 0 <= i < len(self.rows) and self.rows[i].team and point.x() < LABEL_WIDTH + \
                self.scroll.horizontalScrollBar().value():
            self.selection.select(teams={self.rows[i].team or ""}, source=SOURCE)
        else:
            self.selection.clear(SOURCE)
        self.canvas.update()

    def _on_selection(self, selected: Selected, source: str) -> None:
        if source and source != SOURCE and selected.visits:
            rect = self.visit_rect(min(selected.visits))
            if rect is not None:
                self.scroll.ensureVisible(int(rect.center().x()), int(rect.center().y()),
                                          80, ROW * 2)
        elif source and source != SOURCE and selected.teams:
            rows = [i for i, r in enumerate(self.rows) if r.team in selected.teams]
            if rows:
                self.scroll.ensureVisible(self.scroll.horizontalScrollBar().value() + 10,
                                          int(self.row_top(rows[0]) + ROW / 2), 0, ROW * 2)
        self.canvas.update()

    # -- painting -----------------------------------------------------------------------
    def paint(self, painter: QPainter, exposed: QRect) -> None:
        """Paint the rows in ``exposed``, the hour grid, the markers, and the hour header and
        team labels pinned to the top and left edges however far the rows scroll."""
        painter.fillRect(exposed, QColor("white"))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        left = self.scroll.horizontalScrollBar().value()
        top_edge = self.scroll.verticalScrollBar().value()
        selected = self.selection.selected
        sel_visits = selected.visits
        sel_stations = self.index.selected_stations(selected)
        teams = set(selected.teams) | {r.team for r in sel_visits}
        height = self.canvas.height()
        self._paint_grid(painter, height)
        first = max(0, int((exposed.top() - HEADER) // ROW))
        last = min(len(self.rows), int((exposed.bottom() - HEADER) // ROW) + 1)
        for i in range(first, last):
            row = self.rows[i]
            top = self.row_top(i)
            if row.team is None:
                painter.fillRect(QRectF(0, top, self.canvas.width(), ROW), QColor("#eceff1"))
                continue
            if row.team in teams:
                painter.fillRect(QRectF(0, top, self.canvas.width(), ROW), QColor("#fff8e1"))
            route = self.index.routes.get((row.team, row.day))
            for seg in row.segments:
                self._paint_segment(painter, row, seg, top, sel_visits, sel_stations, route)
            if row.curfew is not None:
                x = self.x_of(row.curfew.hour * 60 + row.curfew.minute)
                painter.setPen(QPen(QColor(CURFEW_COLOUR), 2))
                painter.drawLine(QPointF(x, top + 1), QPointF(x, top + ROW - 1))
            if route is not None:
                self._paint_actuals(painter, row, route, top)
        if self.now is not None:
            x = self.x_of(self.now.hour * 60 + self.now.minute)
            pen = QPen(QColor("#d50000"), 1.5, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, HEADER - 6), QPointF(x, height))
        self._paint_labels(painter, left, first, last)
        self._paint_header(painter, left, top_edge)

    def _hour_step(self) -> int:
        """Minutes between the grid's lines: 2 h, 1 h, 30 or 15 min, as the zoom allows."""
        px = self.px_per_minute()
        if px * 15 > 40:
            return 15
        if px * 30 > 40:
            return 30
        return 60 if px * 60 > 34 else 120

    def _paint_grid(self, painter: QPainter, height: int) -> None:
        step = self._hour_step()
        minute = self.start_minute
        while minute <= self.end_minute:
            x = self.x_of(minute)
            painter.setPen(QPen(QColor("#cfd8dc" if minute % 60 == 0 else "#eceff1"), 1))
            painter.drawLine(QPointF(x, HEADER - 4), QPointF(x, height))
            minute += step

    def _paint_header(self, painter: QPainter, left: int, top: int) -> None:
        """The hours along the top of the visible rows."""
        painter.fillRect(QRectF(left, top, self.scroll.viewport().width(), HEADER - 4),
                         QColor("white"))
        painter.setPen(QPen(QColor("#cfd8dc"), 1))
        painter.drawLine(QPointF(left, top + HEADER - 4),
                         QPointF(left + self.scroll.viewport().width(), top + HEADER - 4))
        font = QFont()
        font.setPixelSize(10)
        painter.setFont(font)
        painter.setPen(QColor("#455a64"))
        step = self._hour_step()
        minute = self.start_minute
        while minute <= self.end_minute:
            x = self.x_of(minute)
            if x - 30 > left + LABEL_WIDTH - 30:
                hh, mm = divmod(int(minute), 60)
                painter.drawText(QRectF(x - 30, top + 2, 60, HEADER - 8),
                                 Qt.AlignmentFlag.AlignCenter, f"{hh % 24:02d}:{mm:02d}")
            minute += step
        painter.fillRect(QRectF(left, top, LABEL_WIDTH, HEADER - 4), QColor("#fafafa"))
        row = min(max(int(top // ROW), 0), len(self.rows) - 1)  # the first row seen
        if top > 0 and self.rows:  # the day of the rows under the header, once scrolled
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(QColor("#263238"))
            painter.drawText(QRectF(left + 6, top, LABEL_WIDTH - 8, HEADER - 4),
                             Qt.AlignmentFlag.AlignVCenter, f"{self.rows[row].day:%d.%m.%Y}")

    def _paint_segment(self, painter: QPainter, row: Row, seg: Segment, top: float,
                       sel_visits: frozenset[VisitRef], sel_stations: set[str],
                       route: object) -> None:
        x0 = self.x_of(minutes(seg.start, row.day))
        x1 = self.x_of(minutes(seg.end, row.day))
        if seg.kind is SegmentKind.TRAVEL:
            rect = QRectF(x0, top + ROW / 2 - 2, x1 - x0, 4)
            painter.fillRect(rect, QColor(TRAVEL_COLOUR))
            return
        if seg.kind is SegmentKind.WAITING:
            rect = QRectF(x0, top + 7, x1 - x0, ROW - 14)
            painter.setPen(QPen(QColor("#b0bec5"), 1, Qt.PenStyle.DotLine))
            painter.setBrush(QColor(WAITING_COLOUR))
            painter.drawRect(rect)
            return
        if seg.kind is SegmentKind.LUNCH:
            rect = QRectF(x0, top + 6, x1 - x0, ROW - 12)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(LUNCH_COLOUR))
            painter.drawRoundedRect(rect, 2, 2)
            return
        rect = QRectF(x0, top + 4, max(x1 - x0, 1.5), ROW - 8)
        colour = QColor(ACTIVITY_COLOURS[seg.activity]) if seg.activity else QColor("#1e88e5")
        ref = VisitRef(row.team or "", row.day, seg.visit or 0)
        visit = self.index.visit(ref)
        chosen = ref in sel_visits or (visit is not None and visit.station in sel_stations)
        painter.setPen(QPen(QColor("black"), 2.2) if chosen else QPen(colour.darker(130), 0.8))
        painter.setBrush(colour)
        painter.drawRect(rect)
        if self.not_reported(ref):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(QColor(255, 255, 255, 200), Qt.BrushStyle.BDiagPattern))
            painter.drawRect(rect)
        if chosen:
            painter.setPen(QPen(QColor("#ffd600"), 1.2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(-2.5, -2.5, 2.5, 2.5))

    def not_reported(self, ref: VisitRef) -> bool:
        """A planned station visit nobody reported, on a day whose actuals are imported."""
        visit = self.index.visit(ref)
        return (visit is not None and ref.day in self.reported_days
                and visit.visited_at is None and visit.activity in COUNTED)

    def _paint_actuals(self, painter: QPainter, row: Row, route: object, top: float) -> None:
        """A diamond at each reported time, tied to the planned arrival when they differ."""
        for visit in getattr(route, "visits", []):
            if visit.visited_at is None:
                continue
            zone = visit.start.tzinfo
            x = self.x_of(minutes(visit.visited_at.astimezone(zone), row.day))
            planned = self.x_of(minutes(visit.arrival, row.day))
            y = top + ROW - 4
            if abs(x - planned) > 3:
                painter.setPen(QPen(QColor("#1b5e20"), 1.2))
                painter.drawLine(QPointF(planned, y), QPointF(x, y))
            painter.setPen(QPen(QColor("#1b5e20"), 1))
            painter.setBrush(QColor("#66bb6a"))
            painter.drawPolygon([QPointF(x, y - 5), QPointF(x + 4, y), QPointF(x, y + 4),
                                 QPointF(x - 4, y)])

    def _paint_labels(self, painter: QPainter, left: int, first: int, last: int) -> None:
        """Team names, pinned to the left edge however far the rows scroll."""
        font = QFont()
        font.setPixelSize(11)
        bold = QFont(font)
        bold.setBold(True)
        painter.fillRect(QRectF(left, 0, LABEL_WIDTH, self.canvas.height()), QColor("#fafafa"))
        painter.setPen(QPen(QColor("#cfd8dc"), 1))
        painter.drawLine(QPointF(left + LABEL_WIDTH, 0), QPointF(left + LABEL_WIDTH,
                                                                 self.canvas.height()))
        for i in range(first, last):
            row = self.rows[i]
            top = self.row_top(i)
            if row.team is None:
                painter.setFont(bold)
                painter.setPen(QColor("#263238"))
                painter.drawText(QRectF(left + 6, top, 600, ROW), Qt.AlignmentFlag.AlignVCenter,
                                 self._day_title(row.day))
                continue
            painter.setFont(font)
            painter.fillRect(QRectF(left + 6, top + 6, 12, ROW - 12),
                             QColor(self.index.colour(row.team)))
            painter.setPen(QColor("#263238"))
            painter.drawText(QRectF(left + 24, top, LABEL_WIDTH - 26, ROW),
                             Qt.AlignmentFlag.AlignVCenter, row.team)

    def _day_title(self, day: date) -> str:
        mission = self.index.mission
        kind = ""
        if mission is not None:
            for d in mission.observation_days:
                if d.date == day:
                    kind = (self.tr("election day") if d.kind.value == "election_day"
                            else self.tr("before election day"))
        return f"{day:%d.%m.%Y} — {kind}" if kind else f"{day:%d.%m.%Y}"



