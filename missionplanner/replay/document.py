"""The replay as a document: sections of plain sentences and tables, for Markdown and Excel.

One document, two renderings (:mod:`.markdown`, :mod:`.workbook`), so the Markdown report and
the workbook say the same. Written for a reader who has never seen the tool: what was
reported, what was assumed, what it implies, and a table per day.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from missionplanner.model import Mission, Plan
from missionplanner.replay.attempts import OBSERVED, Attempt
from missionplanner.replay.audit import ODIHR_DWELL, ODIHR_PER_TEAM_DAY, Replay

Cell = str | int | float | None


@dataclass(frozen=True)
class Table:
    """A table with a one-line title."""

    title: str
    headers: list[str]
    rows: list[list[Cell]]
    percent: tuple[int, ...] = ()
    """Columns holding shares (0-1), shown as percentages."""


@dataclass
class Section:
    """A heading, its paragraphs and its tables."""

    title: str
    sheet: str
    """Worksheet name in the workbook (31 characters at most)."""
    paragraphs: list[str] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)


def replay_document(replay: Replay, made: datetime | None = None) -> tuple[str, list[Section]]:
    """The report's title and its sections."""
    m = replay.mission
    title = f"Replay of a past mission: {m.name}"
    sections = [_about(replay, made), _reported(replay), _assumed(replay), _implies(replay),
                _attempts(replay), *_days(replay), _alone(replay), _representative(replay),
                _words()]
    return title, [s for s in sections if s.paragraphs or s.tables]


def _about(replay: Replay, made: datetime | None) -> Section:
    m = replay.mission
    when = f" on {made:%d %B %Y}" if made else ""
    lines = [
        f"This report asks what the {m.organisation} mission to the {m.election.lower()} of "
        f"{m.election_date:%d %B %Y} in {m.host_country} could have done with its own "
        "observers, days and places, and sets the answer beside what the mission reported. "
        "It re-plans the mission's observation days: which member goes where, in what order, "
        "how long each visit lasts, how long the drives take. A figure a mission reports is "
        "credible when such a plan reaches it; it is impossible when it exceeds what the "
        "observers' hours allow at all (the bound, explained below).",
        f"Made{when} by Mission Planner's replay command from the mission file "
        f"{replay.source_file or m.id} ({replay.seconds:,.0f} s).",
    ]
    for claim in replay.claims:
        lines.append(f"In short: {claim.verdict}")
    if not replay.claims:
        lines.append("The mission file holds no reported coverage figure (a fact "
                     "'stations_visited'): the replay shows what the mission could do, and "
                     "there is no claim to test.")
    return Section("About this report", "About", lines)


def _reported(replay: Replay) -> Section:
    rows: list[list[Cell]] = [[f.topic.replace("_", " "), readable(f.value), f.quote or "",
                               f.source + (f" (note: {f.note})" if f.note else "")]
                              for f in replay.mission.reported]
    return Section("What was reported", "Reported", [
        "Facts from the mission's published statements (and, for the country, from other "
        "public reports), each with the sentence it comes from. The coverage figure tested "
        "here is the number of polling stations the mission says it visited."],
        [Table("Reported facts", ["fact", "value", "as the report says it", "source"], rows)])


def readable(value: object) -> str:
    """A reported value as a reader writes it: JSON lists and records in plain words."""
    if isinstance(value, str) and value[:1] in "[{":
        text = value
        try:
            value = json.loads(text)
        except ValueError:
            return text
    if isinstance(value, list):
        return "; ".join(readable(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k.replace('_', ' ')}: {readable(v)}" for k, v in value.items()
                         if v is not None)
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


def _assumed(replay: Replay) -> Section:
    paragraphs = ["What the replay takes as given. Where a statement is silent, the mission "
                  "file's notes say what was assumed and why (quoted at the end of this "
                  "section)."]
    paragraphs += [f"- {a}" for a in replay.assumptions]
    windows: list[list[Cell]] = [
        [f"{w.day.date:%d %b %Y}", w.day.kind.value.replace("_", " "), w.minutes,
         "yes" if w.closing_visit else "no"] for w in replay.windows]
    tables = [Table("Observation days", ["day", "kind", "minutes to observe per team "
                                         "(lunch out)", "closing and count at the last "
                                         "station"], windows)]
    if replay.left_out:
        tables.append(Table("Stations left out of the replay", ["station", "why"],
                            [[s.split(" (", 1)[0], s.split(" ", 1)[1]]
                             for s in replay.left_out]))
    if replay.mission.notes:
        paragraphs.append(f"The mission file's notes: “{replay.mission.notes}”")
    return Section("What was assumed", "Assumptions", paragraphs, tables)


def _implies(replay: Replay) -> Section:
    paragraphs = [
        f"The bound is arithmetic, not a plan: the team-hours of observation divided by the "
        f"time one visit takes — the dwell time at the station plus the shortest drive that "
        f"reaches it (from its nearest neighbour, plus parking). No plan can visit more. "
        f"ODIHR's practice is at least {ODIHR_DWELL} minutes at a station and about "
        f"{ODIHR_PER_TEAM_DAY} stations per team per day: here "
        f"{ODIHR_PER_TEAM_DAY} × {replay.team_days} team-days = "
        f"{ODIHR_PER_TEAM_DAY * replay.team_days:,} stations."]
    rows: list[list[Cell]] = []
    for c in replay.claims:
        paragraphs.append(f"Reported {c.claim.stations:,} stations ({c.claim.source}): "
                          f"{c.verdict}")
        for label, bound, attempt in (
                (f"ODIHR practice ({ODIHR_DWELL} min)", c.bound_odihr, replay.odihr),
                (f"implied by the claim ({c.implied_dwell} min)" if c.implied_dwell else
                 "implied by the claim (none: beyond the bound)", c.bound_implied,
                 c.at_implied),
                (f"shortest visit tried ({c.bound_shortest.dwell} min)", c.bound_shortest,
                 replay.attempts.get(c.bound_shortest.dwell))):
            if bound is None:
                rows.append([label, None, None, None, None, c.claim.stations, "—"])
                continue
            rows.append([label, bound.dwell, round(bound.team_minutes / 60),
                         round(bound.min_travel, 1), bound.visits, c.claim.stations,
                         attempt.stations if attempt else "not planned"])
    if not replay.claims:
        b = replay.bound_odihr
        rows.append([f"ODIHR practice ({ODIHR_DWELL} min)", b.dwell, round(b.team_minutes / 60),
                     round(b.min_travel, 1), b.visits, None, replay.odihr.stations])
    return Section("What the claim implies", "Bound", paragraphs, [Table(
        "The bound and the plans beside it", ["dwell time", "minutes per station",
                                              "team-hours", "minimal travel per visit (min)",
                                              "bound (visits)", "reported", "a plan reaches"],
        rows)])


def _attempts(replay: Replay) -> Section:
    rows: list[list[Cell]] = []
    for d in sorted(replay.attempts, reverse=True):
        a = replay.attempts[d]
        rows.append([a.dwell, a.stations, a.visits, a.duplicates, a.revisits,
                     round(a.per_observer_day, 1),
                     round(a.per_team_day, 1), round(a.minutes_per_station, 1),
                     a.driving_share])
    sizes = ", ".join(str(s) for s in replay.team_sizes)
    return Section("Plans tried", "Plans", [
        f"Each row is a plan of every observation day at one dwell time, with {replay.teams} "
        f"teams of {sizes} (the search tries the ODIHR practice, the dwell time the claim "
        "implies, then halves the gap). Stations count each station once; a duplicate is a "
        "station two teams visit on the same day (a shared plan has none); a revisit is a "
        "station seen again on a later day, only where every station of an area was seen "
        "already; minutes per station are the team-minutes on duty (leaving "
        "base to coming back) per visit."],
        [Table("Plans at each dwell time", ["dwell (min)", "stations", "visits", "duplicates",
                                            "revisits on a later day",
                                            "stations per observer per day",
                                            "stations per team per day",
                                            "team-minutes per visit", "share of duty driving"],
               rows, percent=(8,))])


def _days(replay: Replay) -> list[Section]:
    a = replay.shown
    plan = a.plan
    which = ("reaches the reported figure" if replay.claims and replay.claims[0].reached
             else "visits the most stations")
    out = []
    for figures in a.days:
        rows = _team_rows(replay.mission, plan, figures.day)
        out.append(Section(
            f"{figures.day:%d %B %Y} ({figures.kind.replace('_', ' ')}): team by team",
            f"Day {figures.day:%Y-%m-%d}",
            [f"The plan that {which} ({a.dwell} min per station): {figures.teams} teams, "
             f"{figures.visits} visits, {figures.new_stations} stations not visited on an "
             "earlier day."],
            [Table(f"Teams on {figures.day:%d %b %Y}",
                   ["team", "members", "area", "stations", "first visit", "last visit",
                    "hours on duty", "hours between stations (driving, lunch)"], rows)]))
    return out


def _team_rows(mission: Mission, plan: Plan, day: object) -> list[list[Cell]]:
    names = {o.id: o.name for o in mission.observers}
    areas = {t.id: t.area or "" for t in plan.teams}
    members = {t.id: ", ".join(names.get(m, m) for m in t.members) for t in plan.teams}
    rows: list[list[Cell]] = []
    for route in plan.routes_on(day):  # type: ignore[arg-type]
        seen = [v for v in route.visits if v.activity in OBSERVED]
        if not seen or route.departure is None or route.returns is None:
            rows.append([route.team, members.get(route.team, ""), areas.get(route.team, ""),
                         0, None, None, None, None])
            continue
        duty = (route.returns - route.departure).total_seconds() / 3600
        at_stations = sum((v.end - v.start).total_seconds() for v in route.visits) / 3600
        waiting = sum((v.start - v.arrival).total_seconds() for v in route.visits) / 3600
        rows.append([route.team, members.get(route.team, ""), areas.get(route.team, ""),
                     len(seen), f"{seen[0].start:%H:%M}", f"{seen[-1].start:%H:%M}",
                     round(duty, 1), round(max(0.0, duty - at_stations - waiting), 1)])
    return rows


def _alone(replay: Replay) -> Section:
    b = replay.baseline
    if b is None:
        return Section("Members choosing on their own", "Uncoordinated")
    a = replay.shown
    rows: list[list[Cell]] = [
        ["stations", round(b.stations.mean, 1), b.stations.low, b.stations.high,
         round(b.stations.sd, 1), a.stations],
        ["visits", round(b.visits.mean, 1), b.visits.low, b.visits.high, round(b.visits.sd, 1),
         a.visits],
        ["duplicates (stations two teams met on the same day)", round(b.duplicates.mean, 1),
         b.duplicates.low, b.duplicates.high, round(b.duplicates.sd, 1), a.duplicates],
        ["wasted visits (to a station already seen that day or before)",
         round(b.wasted.mean, 1), b.wasted.low, b.wasted.high, round(b.wasted.sd, 1),
         a.visits - a.stations]]
    return Section("Members choosing on their own", "Uncoordinated", [
        f"The statements say each member chose his or her stations alone. Here the same "
        f"teams, places, days and dwell time ({a.dwell} min) are walked {b.runs} times "
        f"without a shared plan: from where it is, a team goes to one of the {b.k} nearest "
        "stations it has not visited that day, drawn at random. Nobody knows where the "
        "others are or were, so stations are met twice."],
        [Table(f"Uncoordinated choice over {b.runs} runs against the coordinated plan",
               ["figure", "mean", "min", "max", "standard deviation", "coordinated plan"],
               rows)])


def _representative(replay: Replay) -> Section:
    r = replay.representation
    rows: list[list[Cell]] = [[x.name, x.visited, x.stations, x.share_visited, x.share_country,
                               x.visited / x.stations if x.stations else 0.0]
                              for x in r.regions]
    paragraphs = [
        f"Of the stations the plan visits at home, {r.urban_visited:.0%} are urban against "
        f"{r.urban_country:.0%} in the country; {r.capital_visited:.0%} are in the capital "
        f"against {r.capital_country:.0%}; {r.regions_visited} of {len(r.regions)} regions are "
        f"visited. Stations abroad: {r.abroad_visited} of {r.abroad_stations} visited."]
    if r.generated:
        paragraphs.append("GENERATED STATIONS: the station list of this mission is generated "
                          "(true totals, invented locations and sizes), so these shares "
                          "illustrate the method; they do not measure the mission.")
    return Section("Is it representative?", "Regions", paragraphs, [Table(
        "Stations visited by region against the country",
        ["region", "visited", "stations", "share of visits", "share of the country",
         "covered"], rows, percent=(3, 4, 5))])


def _words() -> Section:
    return Section("Words used", "Words", [
        "- Dwell time: minutes an observer stays at one polling station.",
        "- Team-day: one team observing for one day; team-hours: the hours teams can observe.",
        "- Minimal travel: the shortest drive that reaches a station (from its nearest "
        "neighbour), plus parking and walking in.",
        "- Bound: team-hours ÷ (dwell time + minimal travel); no plan visits more.",
        "- Duplicate: a station two teams visit on the same day (the second visit adds nothing "
        "to a count of stations).",
        "- Uncoordinated: members choosing stations on their own, without a shared plan.",
    ])


def attempt_summary(a: Attempt) -> str:
    """One line about an attempt."""
    return (f"{a.dwell} min: {a.stations} stations, {a.duplicates} duplicates, "
            f"{a.per_observer_day:.1f} per observer per day, {a.driving_share:.0%} driving")
