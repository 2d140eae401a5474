"""The Summary sheet: coverage by region, urban and rural against the country, team counts,
planned against visited once actuals are in, and a bar chart of stations by region."""

from __future__ import annotations

from collections import Counter
from typing import Any

from openpyxl.chart import BarChart, Reference

from missionplanner.export import styles as st
from missionplanner.export.context import Context
from missionplanner.export.planned_vs_visited import COUNTED, tally_visits
from missionplanner.export.safe import Value, row, sheet_title
from missionplanner.model import Locality, covered_stations
from missionplanner.planning.selection import reported_locality

Line = tuple[list[Value], list[str | None]]


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _planned_stations(ctx: Context) -> tuple[set[str], set[str]]:
    """Stations the plan covers (the model's one definition, as ``plan`` and ``show`` count
    them), and those of them visited (actuals)."""
    planned = covered_stations(ctx.plan) & set(ctx.stations)
    visited = {v.station for r in ctx.plan.routes for v in r.visits
               if v.activity in COUNTED and v.visited_at is not None and v.station in planned}
    return planned, visited


def _region_table(ctx: Context, actuals: bool) -> list[Line]:
    w = ctx.words
    planned, visited = _planned_stations(ctx)
    count, voters = Counter[str](), Counter[str]()
    p_count, p_voters, v_count = Counter[str](), Counter[str](), Counter[str]()
    for s in ctx.mission.stations:
        count[s.region] += 1
        voters[s.region] += s.known_voters
        if s.id in planned:
            p_count[s.region] += 1
            p_voters[s.region] += s.known_voters
        if s.id in visited:
            v_count[s.region] += 1
    all_stations, all_voters = sum(count.values()), sum(voters.values())
    keys = ["region", "stations_planned", "stations_in_region", "share_of_region",
            "share_of_country_stations", "voters_planned", "share_of_country_voters"]
    styles: list[str | None] = [st.TEXT, st.NUMBER, st.NUMBER, st.PERCENT, st.PERCENT,
                                st.NUMBER, st.PERCENT]
    if actuals:
        keys += ["stations_visited", "share_visited"]
        styles += [st.NUMBER, st.PERCENT]
    lines: list[Line] = [([w[k] for k in keys], [st.HEADER] * len(keys))]

    def line(name: str, n: int, total: int, v: int, done: int, style: list[str | None]) -> Line:
        values: list[Value] = [name, n, total, _share(n, total), _share(n, all_stations), v,
                               _share(v, all_voters)]
        if actuals:
            values += [done, _share(done, n)]
        return values, style

    for region in ctx.mission.regions:
        if count[region.id]:
            r = region.id
            lines.append(line(ctx.region_name(r), p_count[r], count[r], p_voters[r],
                              v_count[r], styles))
    total_style: list[str | None] = [st.TOTAL, *styles[1:]]
    lines.append(line(w["total"], len(planned), all_stations, sum(p_voters.values()),
                      len(visited), total_style))
    return lines


def _locality_table(ctx: Context) -> list[Line]:
    """Urban and rural as the list gives them, urban estimated (city regions, regional
    capitals), and unknown: a guess is never shown as a fact."""
    w = ctx.words
    planned, _ = _planned_stations(ctx)
    regions = {r.id: r for r in ctx.mission.regions}
    country, chosen = Counter[str](), Counter[str]()
    for s in ctx.mission.stations:
        kind, estimated = reported_locality(s, regions.get(s.region))
        key = "unknown" if kind is None else "urban_estimated" if estimated else kind.value
        country[key] += 1
        if s.id in planned:
            chosen[key] += 1
    keys = ["locality", "stations_planned", "share_planned", "stations_country", "share_country"]
    styles: list[str | None] = [st.TEXT, st.NUMBER, st.PERCENT, st.NUMBER, st.PERCENT]
    lines: list[Line] = [([w[k] for k in keys], [st.HEADER] * len(keys))]
    rows = [Locality.URBAN.value, Locality.RURAL.value, "urban_estimated", "unknown"]
    for key in rows:
        if key in (Locality.URBAN.value, Locality.RURAL.value) or country[key]:
            lines.append(([w[key], chosen[key], _share(chosen[key], sum(chosen.values())),
                           country[key], _share(country[key], sum(country.values()))], styles))
    return lines


def _team_table(ctx: Context, actuals: bool) -> list[Line]:
    w = ctx.words
    counts = tally_visits(ctx.mission, ctx.plan)
    keys = ["team", "area", "days", "stations_planned", "visits"]
    styles: list[str | None] = [st.TEXT, st.TEXT, st.NUMBER, st.NUMBER, st.NUMBER]
    if actuals:
        keys += ["stations_visited", "share_visited"]
        styles += [st.NUMBER, st.PERCENT]
    lines: list[Line] = [([w[k] for k in keys], [st.HEADER] * len(keys))]
    for team_id in ctx.team_ids():
        routes = ctx.routes_of.get(team_id, [])
        stations = {v.station for r in routes for v in r.visits if v.activity in COUNTED}
        planned, done = counts.by_team.get(team_id, (0, 0))
        values: list[Value] = [team_id, ctx.areas.get(team_id, ""), len(routes), len(stations),
                               planned]
        if actuals:
            values += [done, _share(done, planned)]
        lines.append((values, styles))
    return lines


def write_summary(workbook: Any, ctx: Context, taken: set[str]) -> None:
    """Add the Summary sheet, with its chart, to a write-only workbook."""
    w = ctx.words
    m = ctx.mission
    actuals = tally_visits(m, ctx.plan).has_actuals
    facts: list[Line] = [
        ([f"{w['summary_title']} — {m.name}"], [st.TITLE]),
        ([w["organisation"], m.organisation], [st.LABEL, st.VALUE]),
        ([w["election"], f"{m.election}, {m.election_date:%d.%m.%Y}"], [st.LABEL, st.VALUE]),
        ([w["seed"], str(ctx.plan.seed)], [st.LABEL, st.VALUE]),
        ([w["created"], f"{ctx.plan.created_at:%Y-%m-%d %H:%M %Z}"], [st.LABEL, st.VALUE]),
        ([w["actuals"], "" if actuals else w["none"]], [st.LABEL, st.VALUE]),
        ([], []),
    ]
    if any(s.generated for s in m.stations):
        facts.insert(-1, ([w["generated"], w["generated_note"]], [st.LABEL, st.VALUE]))
    regions = _region_table(ctx, actuals)
    region_start = len(facts) + 2  # after the section title
    lines: list[Line] = [*facts, ([w["by_region"]], [st.LABEL]), *regions, ([], []),
             ([w["urban_rural"]], [st.LABEL]), *_locality_table(ctx), ([], []),
             ([w["by_team"]], [st.LABEL]), *_team_table(ctx, actuals)]
    sheet = workbook.create_sheet(sheet_title(w["sheet_summary"], taken), 0)
    widths = st.fit_widths([v for v, _ in lines[len(facts):]], [""] * 9, cap=30)
    widths[0] = max(widths[0], *(len(str(v[0])) + 2 for v, _ in facts[1:6]))
    st.set_widths(sheet, widths)
    st.printable(sheet, 1, 0, len(lines), filter_=False)
    for values, styles in lines:
        sheet.append(row(sheet, values, styles) if values else [])
    _add_chart(sheet, ctx, region_start, region_start + len(regions) - 2, actuals)


def _add_chart(sheet: Any, ctx: Context, header: int, last: int, actuals: bool) -> None:
    """A horizontal bar chart of planned (and visited) stations by region."""
    if last <= header:
        return
    chart = BarChart()
    chart.type = "bar"
    chart.style = 10
    chart.title = ctx.words["chart_title"]
    chart.y_axis.title = ctx.words["stations_planned"]
    chart.height = max(7.5, 0.6 * (last - header) + 3)
    chart.width = 16
    chart.add_data(Reference(sheet, min_col=2, min_row=header, max_row=last), titles_from_data=True)
    if actuals:
        chart.add_data(Reference(sheet, min_col=8, min_row=header, max_row=last),
                       titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=header + 1, max_row=last))
    sheet.add_chart(chart, "K2")

