"""Hover texts shared by the views: a station, and who visits it when; a visit.

Texts are looked up with literal ``translate("describe", ...)`` calls (outside f-strings) so
that ``make translations`` finds them; numbers and names go in through ``{0}`` placeholders,
so a translation can put them where its grammar wants them.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from missionplanner.model import Activity
from ui.models.labels import label
from ui.panels.format import number
from ui.selection import VisitRef
from ui.views.plan_index import PlanIndex

translate = QCoreApplication.translate


def activity_name(activity: Activity) -> str:
    """An activity in the user's language."""
    names = {
        Activity.OPENING: translate("describe", "opening"),
        Activity.VOTING: translate("describe", "voting"),
        Activity.CLOSING: translate("describe", "closing"),
        Activity.COUNTING: translate("describe", "counting"),
        Activity.PROTOCOL: translate("describe", "protocol trip"),
        Activity.PRE_ELECTION: translate("describe", "pre-election visit"),
    }
    return names[activity]


def station_html(index: PlanIndex, station_id: str) -> str:
    """Number, commission, settlement, address, voters, flags, and the visits planned there."""
    station = index.stations.get(station_id)
    if station is None:
        return escape(station_id)
    title = translate("describe", "Station {0}").format(station.number)
    lines = [f"<b>{title}</b> — {escape(station.commission_name)}"]
    place = ", ".join(p for p in (station.settlement, station.address) if p)
    if place:
        lines.append(escape(place))
    voters = (number(station.registered_voters)
              if station.registered_voters is not None else translate("describe", "unknown"))
    lines.append(translate("describe", "Voters: {0}").format(voters))
    if station.approximate:
        how = f": {escape(station.placed_by)}" if station.placed_by else ""
        approximate = translate("describe", "Location approximate")
        lines.append(f"<i>{approximate}{how}</i>")
    if station.kind.value != "regular":
        lines.append(escape(label("station_kind", station.kind.value)))
    for flag in station.flags:
        lines.append(f"<span style='color:#c62828'>⚑ {escape(flag.irregularity)}</span>")
    refs = index.visits_of.get(station_id, [])
    for ref in refs:
        lines.append(visit_line(index, ref))
    if not refs:
        absent = translate("describe", "Not in the plan")
        lines.append(f"<i>{absent}</i>")
    return "<br>".join(lines)


def visit_line(index: PlanIndex, ref: VisitRef) -> str:
    """'team-04, 09.06: voting 10:15-10:45 (visited 10:20)' in local time."""
    visit = index.visit(ref)
    if visit is None:
        return ""
    colour = index.colour(ref.team)
    text = (f"<span style='color:{colour}'>■</span> {escape(ref.team)}, {ref.day:%d.%m}: "
            f"{activity_name(visit.activity)} {visit.start:%H:%M}–{visit.end:%H:%M}")
    if visit.arrival < visit.start:
        text += " " + translate("describe", "(arrives {0})").format(f"{visit.arrival:%H:%M}")
    if visit.visited_at is not None:
        at = visit.visited_at.astimezone(visit.arrival.tzinfo)
        text += " — <b>" + translate("describe", "visited {0}").format(f"{at:%H:%M}") + "</b>"
        late = round((visit.visited_at - visit.arrival).total_seconds() / 60)
        if late >= 5:
            text += " " + translate("describe", "({0} min late)").format(late)
        elif late <= -5:
            text += " " + translate("describe", "({0} min early)").format(-late)
    return text


def visit_html(index: PlanIndex, ref: VisitRef) -> str:
    """A visit: its stop number, the station and its times."""
    visit = index.visit(ref)
    if visit is None:
        return ""
    station = index.stations.get(visit.station)
    name = (translate("describe", "Station {0}").format(station.number)
            + f" — {escape(station.commission_name)}" if station else escape(visit.station))
    where = escape(station.settlement or "") if station else ""
    stop = translate("describe", "Stop {0}").format(ref.index + 1)
    return f"<b>{stop}: {name}</b><br>{where}<br>{visit_line(index, ref)}"


def team_html(index: PlanIndex, team_id: str) -> str:
    """A team: its area, members and base, and its visits per day."""
    plan, mission = index.plan, index.mission
    team = next((t for t in plan.teams if t.id == team_id), None) if plan else None
    title = translate("describe", "Team {0}").format(escape(team_id))
    lines = [f"<b>{title}</b>"]
    if team is not None:
        names = {o.id: o.name for o in mission.observers} if mission else {}
        if team.area:
            lines.append(escape(team.area))
        members = ", ".join(escape(names.get(m, m)) for m in team.members)
        lines.append(translate("describe", "Members: {0}").format(members))
        if team.base:
            bases = {b.id: b.name for b in mission.bases} if mission else {}
            lines.append(translate("describe", "Base: {0}").format(
                escape(bases.get(team.base, team.base))))
    for (team_key, day), route in index.routes.items():
        if team_key == team_id:
            lines.append(translate("describe", "{0}: {1} visits").format(
                f"{day:%d.%m}", len(route.visits)))
    return "<br>".join(lines)
