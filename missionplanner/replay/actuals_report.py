"""Planned against visited as a document (Markdown and Excel, like the mission replay)."""

from __future__ import annotations

from datetime import datetime

from missionplanner.replay.actuals import ActualsReplay
from missionplanner.replay.document import Cell, Section, Table


def actuals_document(replay: ActualsReplay, made: datetime | None = None
                     ) -> tuple[str, list[Section]]:
    """The report's title and sections: the totals, a table per day, what was missed."""
    m = replay.mission
    names = {s.id: (s.number, s.settlement or s.region, s.region) for s in m.stations}
    when = f" on {made:%d %B %Y}" if made else ""
    about = Section("About this report", "About", [
        f"What the {m.organisation} mission planned and what its teams report they did, team "
        f"by team and day by day. The plan (seed {replay.plan.seed}) lists the stations each "
        "team was to visit; the times the teams wrote on their route sheets (or sent in "
        "forms) were read into it with the actuals command. A visit without a reported time "
        f"counts as missed. Made{when} by Mission Planner's replay command.",
        f"In short: {replay.visited_stations:,} stations visited of "
        f"{replay.planned_stations:,} planned, {replay.duplicates} visited by two teams on the "
        "same day."
        + "".join(f" The mission reported {c.stations:,} stations ({c.source})."
                  for c in replay.claims)])
    rows: list[list[Cell]] = [[f"{day:%d %b %Y}", planned, visited, missed,
                               visited / planned if planned else 0.0]
                              for day, planned, visited, missed in replay.by_day()]
    totals = Section("Planned against visited", "Totals", [
        "Visits per day: planned, done (a time was reported) and missed."],
        [Table("Visits by day", ["day", "planned", "visited", "missed", "share done"], rows,
               percent=(4,))])
    sections = [about, totals]
    for day, *_ in replay.by_day():
        team_rows: list[list[Cell]] = []
        for d in replay.days:
            if d.day != day:
                continue
            missed = "; ".join(f"No. {names[s][0]} {names[s][1]}" if s in names else s
                               for s in d.missed)
            team_rows.append([d.team, len(d.planned), len(d.visited), len(d.missed),
                              round(d.late_minutes, 0) if d.late_minutes is not None else None,
                              missed])
        sections.append(Section(f"{day:%d %B %Y}: team by team", f"Day {day:%Y-%m-%d}", [
            "Late: mean minutes between the planned arrival and the reported time (negative: "
            "early)."], [Table(f"Teams on {day:%d %b %Y}", ["team", "planned", "visited",
                                                           "missed", "late (min)",
                                                           "stations missed"], team_rows)]))
    return f"Planned against visited: {m.name}", sections
