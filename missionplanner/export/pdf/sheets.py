"""Route sheets as PDF: one landscape A4 page per team and day, in English or Russian.

Left: who, when, where from (the route sheet's header rows) and the team's map; right: the
visits in order with local times and empty "Visited at" / "Remarks" columns to fill in by
hand. The table shrinks its type (down to 6 pt) to keep a team's day on one page.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from missionplanner.export.colours import team_colours
from missionplanner.export.context import Context, local
from missionplanner.export.labels import Lang, activity_label
from missionplanner.export.pdf.fonts import register_fonts
from missionplanner.export.pdf.route_map import draw_route_map
from missionplanner.export.progress import Cancel, Progress, Tracker
from missionplanner.export.route_sheet import header_values, route_title
from missionplanner.io.atomic import atomic_write_bytes
from missionplanner.io.folder_swap import fresh_folder
from missionplanner.io.slugs import slug
from missionplanner.model import Mission, Plan, Route

PAGE = landscape(A4)
MARGIN = 10 * mm
LEFT_WIDTH = 100 * mm
WORDS = {
    "en": {"map": "Route map: numbers are the order of visits", "page": "Page",
           "made": "Mission Planner", "station": "Station", "stop": "No.", "arr": "Arrive",
           "dep": "Leave", "visited": "Visited at", "remarks": "Remarks",
           "voters": "Voters", "flags": "Earlier findings"},
    "ru": {"map": "Карта маршрута: номера — порядок посещения", "page": "Стр.",
           "made": "Mission Planner", "station": "Участок", "stop": "№", "arr": "Приб.",
           "dep": "Отъезд", "visited": "Фактически", "remarks": "Замечания",
           "voters": "Избир.", "flags": "Прежние нарушения"},
}

COMBINED_NAME = "route_sheets.pdf"
"""The file with every team's route sheets."""


@dataclass(frozen=True)
class PageInfo:
    """What one page holds: the team, the day and its stations in visiting order."""

    team: str
    day: date
    stations: tuple[str, ...]


def write_route_pdf(mission: Mission, plan: Plan, path: str | Path, *, lang: Lang = "en",
                    teams: Iterable[str] | None = None, progress: Progress | None = None,
                    cancel: Cancel | None = None) -> list[PageInfo]:
    """Write the route sheets of ``teams`` (all by default) into one PDF; return its pages.

    ``progress(done, total)`` hears of each route sheet (a team's day); when ``cancel`` is
    set, :class:`~missionplanner.export.progress.ExportCancelled` is raised and nothing is
    written.
    """
    ctx = Context(mission, plan, lang)
    routes = _routes(ctx, teams)
    return _write_pdf(ctx, routes, path, Tracker(len(routes), progress, cancel))


def _routes(ctx: Context, teams: Iterable[str] | None) -> list[Route]:
    """The routes with visits of ``teams`` (every team when None), in the teams' order."""
    wanted = set(teams) if teams is not None else None
    return [r for team in ctx.team_ids() for r in ctx.routes_of.get(team, [])
            if (wanted is None or team in wanted) and r.visits]


def _write_pdf(ctx: Context, routes: list[Route], path: str | Path,
               tracker: Tracker) -> list[PageInfo]:
    """One PDF of ``routes``, written atomically; ``tracker`` counts its route sheets."""
    mission, plan = ctx.mission, ctx.plan
    tracker.check()
    fonts = register_fonts()
    colours = team_colours(plan)
    pages: list[PageInfo] = []
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=PAGE, pageCompression=1)
    canvas.setTitle(f"{ctx.words['route_title']} — {mission.name}")
    canvas.setAuthor(mission.organisation)
    canvas.setCreator("Mission Planner")
    for number, route in enumerate(routes, start=1):
        rest = _page(canvas, ctx, route, colours.get(route.team, "#1f77b4"), fonts, number,
                     len(routes))
        canvas.showPage()
        while rest is not None:  # a very long day continues on the next page
            rest = _continued(canvas, ctx, route, rest, fonts)
            canvas.showPage()
        pages.append(PageInfo(route.team, route.day, tuple(v.station for v in route.visits)))
        tracker.step()
    if not routes:
        canvas.setFont(fonts[0], 12)
        canvas.drawString(MARGIN, PAGE[1] - 2 * MARGIN, "—")
        canvas.showPage()
    with _binary_streams():
        canvas.save()
    atomic_write_bytes(path, buffer.getvalue())  # never a half-written PDF
    return pages


def write_route_pdfs(mission: Mission, plan: Plan, folder: str | Path, *,
                     lang: Lang = "en", combined: bool = True, per_team: bool = True,
                     progress: Progress | None = None,
                     cancel: Cancel | None = None) -> list[Path]:
    """All teams in ``route_sheets.pdf`` (``combined``) and, need to know, one PDF per team
    beside it (``per_team``); returns the files written, the combined one first.

    ``folder`` is replaced as a whole (:func:`~missionplanner.io.folder_swap.fresh_folder`):
    it always holds one complete set, a killed or cancelled export leaves the previous one,
    and a folder holding anything but route sheets is refused. ``progress(done, total)``
    counts route sheets (a team's day) over every file; ``cancel`` stops the export with
    :class:`~missionplanner.export.progress.ExportCancelled`.
    """
    if not (combined or per_team):
        raise ValueError("say which route sheets to write: combined, per team or both")
    folder = Path(folder)
    ctx = Context(mission, plan, lang)
    names: list[tuple[list[str] | None, str]] = [(None, COMBINED_NAME)] if combined else []
    if per_team:
        taken = {COMBINED_NAME}
        for team in ctx.team_ids():
            if any(r.visits for r in ctx.routes_of.get(team, [])):
                name, n = f"route_sheet_{slug(team)}.pdf", 2
                while name in taken:  # two ids that slug alike never share a file
                    name, n = f"route_sheet_{slug(team)}-{n}.pdf", n + 1
                taken.add(name)
                names.append(([team], name))
    files = [(_routes(ctx, teams), name) for teams, name in names]
    tracker = Tracker(sum(len(routes) for routes, _ in files), progress, cancel)
    tracker.check()
    with fresh_folder(folder, is_route_sheet_name, "route sheets") as fresh:
        for routes, name in files:
            _write_pdf(ctx, routes, fresh / name, tracker)
    return [folder / name for _, name in names]


@contextlib.contextmanager
def _binary_streams() -> Iterator[None]:
    """Page streams compressed but not also ASCII85-encoded (reportlab's default): files a
    fifth smaller, and the encoding, in pure Python, took a quarter of an export's time."""
    old = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = old


def is_route_sheet_name(name: str) -> bool:
    """Whether ``name`` is a file :func:`write_route_pdfs` writes."""
    return name == COMBINED_NAME or (name.startswith("route_sheet_") and name.endswith(".pdf"))


def _title(canvas: Canvas, text: str, colour: str, bold: str) -> None:
    """The page's title beside a bar of the team's colour, shrunk to fit the width."""
    top = PAGE[1] - MARGIN
    canvas.setFillColor(HexColor(colour))
    canvas.rect(MARGIN, top - 9 * mm, 4 * mm, 9 * mm, stroke=0, fill=1)
    canvas.setFillColor(HexColor("#263238"))
    size = 13.0
    while size > 8 and canvas.stringWidth(text, bold, size) > PAGE[0] - 2 * MARGIN - 6 * mm:
        size -= 0.5
    canvas.setFont(bold, size)
    canvas.drawString(MARGIN + 6 * mm, top - 6.5 * mm, text)


def _continued(canvas: Canvas, ctx: Context, route: Route, table: Table,
               fonts: tuple[str, str]) -> Table | None:
    """A continuation page: the title again and the rest of the visit table."""
    _title(canvas, f"{route_title(ctx, route)} (…)", "#90a4ae", fonts[1])
    top = PAGE[1] - MARGIN - 13 * mm
    parts = table.split(PAGE[0] - 2 * MARGIN, top - MARGIN)
    first = parts[0] if parts else table
    _, h = first.wrapOn(canvas, PAGE[0] - 2 * MARGIN, top - MARGIN)
    first.drawOn(canvas, MARGIN, top - h)
    return parts[1] if len(parts) > 1 else None


def _page(canvas: Canvas, ctx: Context, route: Route, colour: str, fonts: tuple[str, str],
          number: int, total: int) -> Table | None:
    """The team's day; returns the part of the visit table that did not fit (if any)."""
    regular, bold = fonts
    words = WORDS[ctx.lang]
    width, height = PAGE
    top = height - MARGIN
    _title(canvas, route_title(ctx, route), colour, bold)
    canvas.setFont(regular, 7)
    canvas.drawRightString(width - MARGIN, MARGIN / 2,
                           f"{words['made']} — {words['page']} {number} / {total}")
    label = ParagraphStyle("label", fontName=bold, fontSize=7.5, leading=9)
    value = ParagraphStyle("value", fontName=regular, fontSize=7.5, leading=9)
    rows = [[Paragraph(_esc(k), label), Paragraph(_esc(_text(v)), value)]
            for k, v in header_values(ctx, route) if _text(v)]
    head = Table(rows, colWidths=[26 * mm, LEFT_WIDTH - 26 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                              ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                              ("LINEBELOW", (0, 0), (-1, -2), 0.25, HexColor("#cfd8dc"))]))
    _, head_height = head.wrapOn(canvas, LEFT_WIDTH, height)
    head_top = top - 13 * mm
    head.drawOn(canvas, MARGIN, head_top - head_height)
    map_top = head_top - head_height - 4 * mm
    map_height = map_top - MARGIN - 5 * mm
    stops = [(ctx.stations[v.station].lat, ctx.stations[v.station].lon) for v in route.visits]
    team = ctx.teams.get(route.team)
    base = ctx.bases.get(team.base) if team and team.base else None
    draw_route_map(canvas, (MARGIN, MARGIN + 5 * mm, LEFT_WIDTH, map_height), stops, colour,
                   fonts, ctx.lang, (base.lat, base.lon) if base else None)
    caption = f"{words['map']}. © Natural Earth; GeoNames (CC BY 4.0)"
    size = min(6.5, 6.5 * LEFT_WIDTH / canvas.stringWidth(caption, regular, 6.5))
    canvas.setFont(regular, size)  # within the map's width, never under the table
    canvas.setFillColor(HexColor("#455a64"))
    canvas.drawString(MARGIN, MARGIN + 1.5 * mm, caption)
    table_x = MARGIN + LEFT_WIDTH + 6 * mm
    table_width = width - MARGIN - table_x
    room = top - 13 * mm - MARGIN
    for size in (8.0, 7.5, 7.0, 6.5, 6.0):
        table = _visit_table(ctx, route, size, table_width, fonts)
        _, table_height = table.wrapOn(canvas, table_width, height)
        if table_height <= room:
            table.drawOn(canvas, table_x, top - 13 * mm - table_height)
            return None
    parts = table.split(table_width, room)
    _, first_height = parts[0].wrapOn(canvas, table_width, room)
    parts[0].drawOn(canvas, table_x, top - 13 * mm - first_height)
    return parts[1] if len(parts) > 1 else None


def _visit_table(ctx: Context, route: Route, size: float, width: float,
                 fonts: tuple[str, str]) -> Table:
    regular, bold = fonts
    words, w = WORDS[ctx.lang], ctx.words
    cell = ParagraphStyle("cell", fontName=regular, fontSize=size, leading=size * 1.2)
    head = ParagraphStyle("head", fontName=bold, fontSize=size, leading=size * 1.2,
                          textColor=white)
    headers = [words["stop"], words["arr"], words["dep"], w["activity"], words["station"],
               words["voters"], words["visited"], words["remarks"]]
    data: list[list[object]] = [[Paragraph(_esc(h), head) for h in headers]]
    for n, visit in enumerate(route.visits, start=1):
        station = ctx.stations[visit.station]
        zone = ctx.mission.station_zone(station)
        arrival, leave = local(visit.arrival, zone), local(visit.end, zone)
        commission = station.commission or ""
        place = ", ".join(p for p in (station.settlement, station.address) if p
                          and p not in commission)
        text = (f"<b>{_esc(w['station_number'])} {station.number}</b>"
                + (f" — {_esc(commission)}" if commission else "")
                + (f"<br/><b>{_esc(place)}</b>" if place else ""))
        if station.approximate:
            text += (f"<br/><font color='#e65100'>"
                     f"{_esc(w['approximate_at'].format(coordinates='').lstrip('≈ '))}</font>")
        flags = _short(ctx.flags_text(station), 160)
        if flags:
            text += f"<br/><font color='#c62828'>{_esc(words['flags'])}: {_esc(flags)}</font>"
        if station.kind.value != "regular":
            text += f" <i>({_esc(station.kind.value)})</i>"
        data.append([str(n), f"{arrival:%H:%M}" if arrival else "",
                     f"{leave:%H:%M}" if leave else "",
                     Paragraph(_esc(activity_label(visit.activity, ctx.lang)), cell),
                     Paragraph(text, cell),
                     f"{station.registered_voters:,}".replace(",", " ")
                     if station.registered_voters is not None else w["unknown"],
                     "", ""])
    fixed = [7, 14, 14, 25, 0, 15, 20, 30]
    cols = [f * mm for f in fixed]
    cols[4] = width - sum(cols)
    table = Table(data, colWidths=cols, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 1), (-1, -1), regular, size),
        ("BACKGROUND", (0, 0), (-1, 0), HexColor("#37474f")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.3, HexColor("#90a4ae")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [white, HexColor("#f5f7f8")]),
        ("BACKGROUND", (6, 1), (7, -1), HexColor("#fffde7")),
        ("ALIGN", (5, 1), (5, -1), "RIGHT"),
        ("TOPPADDING", (0, 1), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def _short(text: str, limit: int) -> str:
    """At most ``limit`` characters, cut at a word with an ellipsis."""
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return f"{value:%d.%m.%Y}"
    return str(value)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
