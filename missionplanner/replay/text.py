"""The replay for the terminal: the figures that matter, then one ``replayed:`` line per claim."""

from __future__ import annotations

from missionplanner.replay.audit import ODIHR_DWELL, ODIHR_PER_TEAM_DAY, Replay


def replay_lines(replay: Replay) -> list[str]:
    """The terminal report; its last lines are exactly the ``replayed:`` lines."""
    m = replay.mission
    sizes = "/".join(str(s) for s in replay.team_sizes)
    days = ", ".join(f"{w.day.date:%d %b} ({w.day.kind.value.replace('_', ' ')})"
                     for w in replay.windows)
    out = [f"replay of {m.name} ({replay.source_file or m.id})",
           f"resources: {len(m.observers)} observers in {replay.teams} teams of {sizes}; {days}; "
           f"{replay.team_days} team-days"]
    for claim in replay.claims:
        c = claim
        out.append(f"reported: {c.claim.stations:,} stations [{c.claim.source}]"
                   + (f" \u201c{c.claim.quote}\u201d" if c.claim.quote else ""))
    for assumed in replay.assumptions:
        out.append(f"assumed: {assumed}")
    b = replay.bound_odihr
    out.append(f"ODIHR practice ({ODIHR_DWELL} min, ~{ODIHR_PER_TEAM_DAY} per team-day): "
               f"bound {b.visits:,} visits ({b.team_minutes / 60:,.0f} team-hours ÷ "
               f"({ODIHR_DWELL} + {b.min_travel:.1f} min)); {ODIHR_PER_TEAM_DAY} × "
               f"{replay.team_days} team-days = {ODIHR_PER_TEAM_DAY * replay.team_days:,}; "
               f"a plan reaches {replay.odihr.stations:,}")
    for c in replay.claims:
        if c.bound_implied is not None:
            bi = c.bound_implied
            got = f"a plan reaches {c.at_implied.stations:,}" if c.at_implied else "not planned"
            out.append(f"implied by {c.claim.stations:,}: at most {c.implied_dwell} min per "
                       f"station (bound {bi.visits:,} = {bi.team_minutes / 60:,.0f} team-hours "
                       f"÷ ({bi.dwell} + {bi.min_travel:.1f} min)); {got}")
    out.append("plans tried (dwell: stations, duplicates, per observer per day, driving):")
    for d in sorted(replay.attempts, reverse=True):
        a = replay.attempts[d]
        out.append(f"  {d:>3} min: {a.stations:,} stations, {a.duplicates} duplicates, "
                   f"{a.per_observer_day:.1f} per observer per day, "
                   f"{a.minutes_per_station:.0f} team-min per visit, {a.driving_share:.0%} "
                   "driving; by day: " + ", ".join(f"{x.day:%d %b} {x.visits}" for x in a.days))
    if replay.baseline is not None:
        bl, a = replay.baseline, replay.shown
        out.append(f"members choosing alone ({bl.runs} runs at {a.dwell} min): stations "
                   f"{bl.stations}; duplicates {bl.duplicates}; wasted visits {bl.wasted} — "
                   f"the coordinated plan: {a.stations:,} stations, {a.duplicates} duplicates")
    r = replay.representation
    out.append(f"representativeness{' (GENERATED stations: illustrative)' if r.generated else ''}"
               f": urban {r.urban_visited:.0%} of visits vs {r.urban_country:.0%} of the "
               f"country; capital {r.capital_visited:.0%} vs {r.capital_country:.0%}; regions "
               f"{r.regions_visited} of {len(r.regions)}; abroad {r.abroad_visited} of "
               f"{r.abroad_stations}")
    for c in replay.claims:
        out.append(f"verdict: {c.verdict}")
    if not replay.claims:
        out.append("no reported coverage figure (fact 'stations_visited'): nothing to test")
    out.append(f"replayed in {replay.seconds:,.0f} s")
    out += [c.line() for c in replay.claims]
    return out
