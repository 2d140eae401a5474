"""The position rule of re-planning (``planning/positions.py``), rule by rule, on one route.

The route, on Nur-Sultan's clock (UTC+6): leaves the hotel 08:00; A 08:20-08:50; B 09:10-09:40;
lunch gap; C 13:00-13:30; D: arrives 19:00, closes 19:30-20:00 and counts 20:00-23:00; back
23:20. Each test puts "now" somewhere on it.
"""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from missionplanner.model import Activity, DayKind, Mission, Route, Visit
from missionplanner.planning.disruptions import RoadCut
from missionplanner.planning.legs import Travel
from missionplanner.planning.places import Place, Places
from missionplanner.planning.positions import Day, TeamAtNow, team_at_now
from missionplanner.planning.rules import DayRules
from tests.planning.conftest import make_planning_mission

DAY = date(2019, 6, 9)
TZ = ZoneInfo("Asia/Almaty")
A, B, C, D = "nur-sultan/1", "nur-sultan/2", "nur-sultan/3", "nur-sultan/4"
HOME = Place("hotel-ns", 51.15, 71.43, stop=False)


def at(hh: int, mm: int = 0) -> datetime:
    """A time of the day on Nur-Sultan's clock."""
    return datetime.combine(DAY, time(hh, mm), tzinfo=TZ)


def visit(station: str, arrival: datetime, start: datetime, end: datetime,
          activity: Activity = Activity.VOTING) -> Visit:
    """One visit."""
    return Visit(station=station, activity=activity, arrival=arrival, start=start, end=end)


ROUTE = Route(team="t", day=DAY, departure=at(8), returns=at(23, 20), visits=[
    visit(A, at(8, 20), at(8, 20), at(8, 50)),
    visit(B, at(9, 10), at(9, 10), at(9, 40)),
    visit(C, at(13), at(13), at(13, 30)),
    visit(D, at(19), at(19, 30), at(20), Activity.CLOSING),
    visit(D, at(20), at(20), at(23), Activity.COUNTING),
])


@pytest.fixture(scope="module")
def mission() -> Mission:
    """The small mission (its stations and its hotel in Nur-Sultan)."""
    return make_planning_mission()


def position(mission: Mission, now: datetime, route: Route = ROUTE, *, delay: int = 0,
             lost: bool = False, closed: frozenset[str] = frozenset(),
             cuts: tuple[RoadCut, ...] = ()) -> tuple[TeamAtNow, Day]:
    """Where the rule puts the team at ``now`` (``delay`` in minutes)."""
    rules = DayRules(mission, DAY, DayKind.ELECTION_DAY, "Asia/Almaty", None)
    day = Day(rules, Places(mission), Travel.of(mission, cuts=cuts))
    state = team_at_now(route, day.secs(now), day, HOME, delay=60 * delay, lost=lost,
                        closed=closed)
    return state, day


def test_done_visits_are_kept_and_a_team_observing_finishes(mission: Mission) -> None:
    """Rules 1 and 2: at 09:20 A is done and B under way: both kept, free at B at 09:40
    (+ the delay)."""
    state, day = position(mission, at(9, 20), delay=15)
    assert state.kept == ROUTE.visits[:2] and state.remaining == ROUTE.visits[2:]
    assert state.place.id == B and state.free == day.secs(at(9, 55))
    assert state.left_base and not state.lost


def test_a_closing_is_kept_with_its_count(mission: Mission) -> None:
    """Rule 2: observing the closing, the team stays for the count."""
    state, day = position(mission, at(19, 40))
    assert state.kept == ROUTE.visits and state.remaining == []
    assert state.free == day.secs(at(23))


def test_a_team_waiting_at_a_door_is_free_there_from_now(mission: Mission) -> None:
    """Rule 3: arrived at D 19:00 for a closing at 19:30; at 19:10 it is free at D's door
    (+ delay) and the closing is to be re-planned with the rest."""
    state, day = position(mission, at(19, 10), delay=5)
    assert state.kept == ROUTE.visits[:3] and state.remaining == ROUTE.visits[3:]
    assert state.place.id == D and state.free == day.secs(at(19, 15))
    assert state.how == f"waiting at {D}"


def test_on_the_road_the_next_visit_is_kept_later_by_the_delay(mission: Mission) -> None:
    """Rule 4: driving to B (observed on arrival) at 09:00, 20 minutes late: B is kept,
    20 minutes later, and the team is free when it ends."""
    state, day = position(mission, at(9), delay=20)
    shifted = state.kept[-1]
    assert [v.station for v in state.kept] == [A, B]
    assert (shifted.arrival, shifted.start, shifted.end) == (at(9, 30), at(9, 30), at(10))
    assert state.free == day.secs(at(10)) and state.remaining == ROUTE.visits[2:]


def test_a_slowed_road_delays_the_visit_at_its_end(mission: Mission) -> None:
    """Rule 4: the road A-B 25 minutes slower: B kept 25 minutes later."""
    state, day = position(mission, at(9), cuts=(RoadCut(A, B, 25),))
    assert state.kept[-1].start == at(9, 35) and state.free == day.secs(at(10, 5))


def test_a_delay_past_the_hours_leaves_the_team_at_the_door(mission: Mission) -> None:
    """Rule 4: a visit the delay would push past the latest start (19:30) is not kept: the
    team is free at that door from its late arrival, and the visit is re-planned."""
    late = Route(team="t", day=DAY, departure=at(18, 30), returns=at(20), visits=[
        visit(B, at(19), at(19), at(19, 30))])
    state, day = position(mission, at(18, 45), late, delay=45)
    assert state.kept == [] and state.remaining == late.visits
    assert state.place.id == B and state.free == day.secs(at(19, 45))


def test_a_closed_stop_or_cut_road_turns_the_team_back(mission: Mission) -> None:
    """Rule 5: driving A -> B since 08:50, at 09:00 B closes (or the road is cut): back at A
    at 09:10 (it had driven 10 minutes), B not kept."""
    for kwargs in ({"closed": frozenset({B})}, {"cuts": (RoadCut(A, B),)}):
        state, day = position(mission, at(9), **kwargs)  # type: ignore[arg-type]
        assert state.kept == ROUTE.visits[:1] and state.place.id == A
        assert state.free == day.secs(at(9, 10)) and state.how.startswith(f"turned back to {A}")


def test_a_team_that_has_not_left_is_at_its_base(mission: Mission) -> None:
    """Rule 6: before departure the team is at home, free from max(now, day start)."""
    state, day = position(mission, at(7), delay=10)
    assert state.kept == [] and state.place == HOME and not state.left_base
    assert state.free == day.secs(at(7, 10))
    early, day = position(mission, at(5))
    assert early.free == day.rules.day_start == day.secs(at(6))


def test_a_team_leaving_at_now_has_not_left(mission: Mission) -> None:
    """Rule 6: at the very minute of departure the team is still at its base."""
    state, _ = position(mission, at(8))
    assert state.how == "at its base" and not state.left_base


def test_a_team_without_visits_is_at_its_base(mission: Mission) -> None:
    """Rule 6: an empty route (nothing planned) leaves the team at home all day."""
    empty = Route(team="t", day=DAY, departure=at(12), returns=at(12), visits=[])
    state, day = position(mission, at(14), empty)
    assert state.place == HOME and state.free == day.secs(at(14))


def test_a_finished_team_is_home_or_on_its_way(mission: Mission) -> None:
    """Rule 6: after the count it drives home (free when back); after 23:20 it is home."""
    driving, day = position(mission, at(23, 10), delay=5)
    assert driving.how == "on its way home" and driving.free == day.secs(at(23, 25))
    home, day = position(mission, at(23, 30))
    assert home.how == "home" and home.free == day.secs(at(23, 30))


def test_a_lost_team_stops_at_now(mission: Mission) -> None:
    """Rule 7: lost while observing B: B cut short at now, nothing after it, no return."""
    state, _ = position(mission, at(9, 20), lost=True)
    assert state.lost and state.kept[:1] == ROUTE.visits[:1]
    assert state.kept[1].station == B and state.kept[1].end == at(9, 20)


def test_a_station_closed_during_a_visit_cuts_it_short(mission: Mission) -> None:
    """Rule 8: B closes at 09:20 while observed: cut short at now, free at its door."""
    state, day = position(mission, at(9, 20), closed=frozenset({B}))
    assert state.kept[-1].end == at(9, 20) and state.place.id == B
    assert state.free == day.secs(at(9, 20)) and state.remaining == ROUTE.visits[2:]


def test_lunch_is_taken_when_a_kept_gap_had_room(mission: Mission) -> None:
    """The gap B -> C (09:40 to 13:00) had room for lunch in its window: taken by 13:30;
    at 09:20 nothing settled had room yet."""
    later, _ = position(mission, at(13, 20))
    assert later.lunch_taken
    before, _ = position(mission, at(9, 20))
    assert not before.lunch_taken
    tight = Route(team="t", day=DAY, departure=at(8), returns=at(15), visits=[
        visit(A, at(11, 40), at(11, 40), at(12, 10)),
        visit(B, at(12, 30), at(12, 30), at(13))])
    assert not position(mission, at(13, 30), tight)[0].lunch_taken


def test_the_delay_is_added_once_to_the_free_time(mission: Mission) -> None:
    """The same moment with and without a delay: free times differ by exactly the delay."""
    for now in (at(7), at(9), at(9, 20), at(19, 10), at(23, 10)):
        plain, _ = position(mission, now)
        late, _ = position(mission, now, delay=30)
        assert late.free - plain.free == 30 * 60, now


def test_rules_use_the_area_clock_for_aware_times_in_other_zones(mission: Mission) -> None:
    """Times in another zone are the same instants: 03:20 UTC is 09:20 on Nur-Sultan's clock."""
    utc, day = position(mission, at(9, 20).astimezone(ZoneInfo("UTC")))
    local, _ = position(mission, at(9, 20))
    assert utc.free == local.free == day.secs(at(9, 40)) == 9 * 3600 + 40 * 60
