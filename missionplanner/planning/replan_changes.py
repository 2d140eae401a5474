"""What a re-plan makes of each team's day: its new route, and the change in words."""

from __future__ import annotations

from missionplanner import messages as m
from missionplanner.messages import say
from missionplanner.model import Activity, Route, Team, Visit
from missionplanner.planning.positions import TeamAtNow
from missionplanner.planning.replan_area import AreaReplan


def assemble(state: TeamAtNow, original: Route, solved: Route | None) -> Route:
    """Kept visits, then the new ones; departure kept once the team has left its base."""
    if state.lost or solved is None:
        return Route(team=original.team, day=original.day,
                     departure=original.departure if state.left_base else None,
                     returns=None, visits=state.kept)
    returns = solved.returns
    if not solved.visits and state.back_if_idle is not None:
        returns = state.back_if_idle
    return Route(team=original.team, day=original.day,
                 departure=original.departure if state.left_base else solved.departure,
                 returns=returns, visits=[*state.kept, *solved.visits])


def _stations(visits: list[Visit]) -> list[str]:
    return [v.station for v in visits if v.activity is not Activity.COUNTING]


def changes(job: AreaReplan, teams: list[Team], routes: dict[str, Route],
             new: dict[str, Route], when: str) -> list[str]:
    """One line per team: what its day after now became, and where the rule placed it."""
    owner = {v.station: t.id for t in teams for v in new[t.id].visits}
    out = []
    for team in teams:
        state = job.states[team.id]
        before = _stations(state.remaining)
        if state.lost:
            taken = [f"{s} ({owner[s]})" for s in before if s in owner]
            fields = {"team": team.id, "time": when, "how": state.how,
                      "remaining": len(before), "taken": len(taken)}
            out.append(say(m.TEAM_STOPS_LIST, **fields, stations=", ".join(taken)) if taken
                       else say(m.TEAM_STOPS, **fields))
            continue
        after = _stations(new[team.id].visits[len(state.kept):])
        added = [s for s in after if s not in before]
        dropped = [s for s in before if s not in after]
        if added or dropped:
            what = say(m.STOPS_WAS, count=len(after), was=len(before))
            if added:
                what = say(m.ADDED, what=what, stations=", ".join(added))
            if dropped:
                what = say(m.DROPPED, what=what, stations=", ".join(dropped))
        elif [(v.station, v.start) for v in routes[team.id].visits] == \
                [(v.station, v.start) for v in new[team.id].visits]:
            what = say(m.UNCHANGED)
        else:
            what = say(m.NEW_TIMES)
        back, was = new[team.id].returns, routes[team.id].returns
        if back is not None and was is not None and back != was:
            what = say(m.BACK_AT, what=what, time=f"{back:%H:%M}", was=f"{was:%H:%M}")
        out.append(say(m.TEAM_CHANGE, team=team.id, how=state.how, time=when, what=what))
    return out
