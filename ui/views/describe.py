"""Hover texts shared by the views: a station, and who visits it when; a visit."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from missionplanner.model import Activity
from ui.selection import VisitRef
from ui.views.plan_index import PlanIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("describe", text)


def activity_name(activity: Activity) -> str:
    """An activity in the user's language."""
    names = {
        Activity.OPENING: _tr("opening"), Activity.VOTING: _tr("voting"),
        Activity.CLOSING: _tr("closing"), Activity.COUNTING: _tr("counting"),
        Activity.PROTOCOL: _tr("protocol trip"), Activity.PRE_ELECTION: _tr("pre-election visit"),
    }
    return names[activity]


def station_html(index: PlanIndex, station_id: str) -> str:
    """Number, commission, settlement, address, voters, flags, and the visits planned there."""
    station = index.stations.get(station_id)
    if station is None:
        return escape(station_id)
    lines = [f"<b>{_tr('Station')} {station.number}</b> — {escape(station.commission_name)}"]
    place = ", ".join(p for p in (station.settlement, station.address) if p)
    if place:
        lines.append(escape(place))
    voters = (f"{station.registered_voters:,}".replace(",", "\u202f")
              if station.registered_voters is not None else _tr("unknown"))
    lines.append(f"{_tr('Voters')}: {voters}")
    if station.approximate:
        how = f": {escape(station.placed_by)}" if station.placed_by else ""
        lines.append(f"<i>{_tr('Location approximate')}{how}</i>")
    if station.kind.value != "regular":
        lines.append(escape(_tr(station.kind.value)))
    for flag in station.flags:
        lines.append(f"<span style='color:#c62828'>⚑ {escape(flag.irregularity)}</span>")
    refs = index.visits_of.get(station_id, [])
    for ref in refs:
        lines.append(visit_line(index, ref))
    if not refs:
        lines.append(f"<i>{_tr('Not in the plan')}</i>")
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
        text += f" ({_tr('arrives')} {visit.arrival:%H:%M})"
    if visit.visited_at is not None:
        at = visit.visited_at.astimezone(visit.arrival.tzinfo)
        text += f" — <b>{_tr('visited')} {at:%H:%M}</b>"
        late = round((visit.visited_at - visit.arrival).total_seconds() / 60)
        if late >= 5:
            text += " " + _tr("({0} min late)").format(late)
        elif late <= -5:
            text += " " + _tr("({0} min early)").format(-late)
    return text


def visit_html(index: PlanIndex, ref: VisitRef) -> str:
    """A visit: its stop number, the station and its times."""
    visit = index.visit(ref)
    if visit is None:
        return ""
    station = index.stations.get(visit.station)
    name = (f"{_tr('Station')} {station.number} — {escape(station.commission_name)}"
            if station else escape(visit.station))
    where = escape(station.settlement or "") if station else ""
    return (f"<b>{_tr('Stop')} {ref.index + 1}: {name}</b><br>{where}<br>"
            f"{visit_line(index, ref)}")
