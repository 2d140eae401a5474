"""Replay a past mission and audit its coverage claim.

With its own observers, days and places, what could the mission have done? For each reported
coverage figure the replay looks for a plan that reaches it with no duplicate, at the longest
visit that does (whole minutes, by bisection between the shortest visit tried and the ODIHR
practice of 30 minutes), plans at the ODIHR practice and at the dwell time the claim
implies, and sets the arithmetic bound (:mod:`.capacity`) beside each. Then it walks the
same teams without coordination over many seeds (:mod:`.baseline`) and compares what was
visited with the country (:mod:`.representation`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from missionplanner.errors import SettingsError
from missionplanner.model import Mission, Plan, StationKind
from missionplanner.planning.deployment import deploy
from missionplanner.planning.teams import form_teams
from missionplanner.replay.attempts import Attempt, SearchLimits, plan_attempt, with_dwell
from missionplanner.replay.baseline import Baseline, uncoordinated
from missionplanner.replay.capacity import Bound, Capacity, DayWindow, day_windows
from missionplanner.replay.claims import Claim, coverage_claims
from missionplanner.replay.representation import Representation, representation

ODIHR_DWELL = 30
"""ODIHR practice: at least 30 minutes at each station..."""
ODIHR_PER_TEAM_DAY = 10
"""... and about 10 stations per team per day."""
SHORTEST_DWELL = 5
"""The shortest visit the replay tries: less is not an observation."""


@dataclass(frozen=True)
class ReplayOptions:
    """How the replay searches."""

    seed: int | None = None
    """Selection seed (None: the mission's)."""
    runs: int = 100
    """Seeds of the uncoordinated baseline."""
    iterations: int | None = None
    """Route-search iterations per area and day (None: the planner's default)."""
    workers: int | None = None
    max_plans: int = 7
    """Attempts (plans at one dwell time each) the search may make."""
    shortest_dwell: int = SHORTEST_DWELL


@dataclass(frozen=True)
class ClaimReplay:
    """One reported figure, replayed."""

    claim: Claim
    reached: Attempt | None
    """The attempt with the longest visits that reaches the figure with no duplicate."""
    best: Attempt
    """The attempt that visits most stations."""
    implied_dwell: int | None
    """The longest visit at which the bound allows the figure (None: not even 1 minute)."""
    at_implied: Attempt | None
    bound_implied: Bound | None
    bound_odihr: Bound
    bound_shortest: Bound
    verdict: str

    @property
    def replayed(self) -> Attempt:
        """What the replay line reports: the reaching attempt, else the best one."""
        return self.reached or self.best

    def line(self) -> str:
        """The terminal's last line for this figure."""
        a = self.replayed
        return (f"replayed: {a.stations} stations, {a.duplicates} duplicates "
                f"(reported {self.claim.stations})")


@dataclass
class Replay:
    """Everything the replay found, for the terminal, Markdown and Excel."""

    mission: Mission
    """The mission as replayed (closed stations out)."""
    source_file: str
    options: ReplayOptions
    windows: list[DayWindow]
    teams: int
    team_sizes: tuple[int, ...]
    assumptions: list[str]
    odihr: Attempt
    bound_odihr: Bound
    claims: list[ClaimReplay]
    attempts: dict[int, Attempt]
    baseline: Baseline | None
    baseline_of: int
    """Dwell of the attempt the baseline walks beside."""
    representation: Representation
    seconds: float = 0.0
    left_out: list[str] = field(default_factory=list)
    """Stations left out of the replay and why."""

    @property
    def team_days(self) -> int:
        """Teams x observation days."""
        return sum(d.teams for d in self.odihr.days)

    @property
    def shown(self) -> Attempt:
        """The attempt the baseline and the representativeness are about."""
        return self.attempts[self.baseline_of]


Progress = Callable[[str], None]
PlanDay = Callable[[Mission, date, SearchLimits], Plan]


def replay_mission(mission: Mission, options: ReplayOptions | None = None, *,
                   source_file: str = "", progress: Progress | None = None,
                   plan_day: PlanDay | None = None) -> Replay:
    """Replay ``mission`` (see the module's doc); ``progress`` gets a line per step."""
    started = time.perf_counter()
    options = options or ReplayOptions()
    say = progress or (lambda _text: None)
    replayed, left_out = _visitable(mission)
    teams = form_teams(replayed).teams
    deployment = deploy(replayed, teams)
    capacity = Capacity(replayed, deployment)
    limits = SearchLimits(options.seed, options.iterations, options.workers)
    attempts: dict[int, Attempt] = {}

    def attempt(dwell: int) -> Attempt:
        if dwell not in attempts:
            if len(attempts) >= options.max_plans:
                raise _Budget
            say(f"planning at {dwell} min per station ...")
            attempts[dwell] = plan_attempt(replayed, dwell, limits, plan_day)
            a = attempts[dwell]
            say(f"  {dwell} min per station: {a.stations} stations, {a.duplicates} duplicates")
        return attempts[dwell]

    odihr = attempt(ODIHR_DWELL)
    shortest = min(options.shortest_dwell, ODIHR_DWELL)
    claims = [_replay_claim(c, capacity, attempt, attempts, shortest)
              for c in coverage_claims(replayed)]
    shown = claims[0].replayed if claims else odihr
    baseline = None
    if options.runs > 0:
        say(f"walking {options.runs} uncoordinated runs at {shown.dwell} min per station ...")
        baseline = uncoordinated(with_dwell(replayed, shown.dwell), shown.plan, options.runs)
    return Replay(
        mission=replayed, source_file=source_file, options=options,
        windows=day_windows(replayed), teams=len(deployment.teams),
        team_sizes=tuple(sorted({len(t.members) for t in deployment.teams})),
        assumptions=_assumptions(replayed, left_out, options), odihr=odihr,
        bound_odihr=capacity.bound(ODIHR_DWELL), claims=claims, attempts=attempts,
        baseline=baseline, baseline_of=shown.dwell,
        representation=representation(replayed, shown.plan),
        seconds=time.perf_counter() - started, left_out=left_out)


class _Budget(Exception):
    """No attempt left."""


def _replay_claim(claim: Claim, capacity: Capacity, attempt: Callable[[int], Attempt],
                  attempts: dict[int, Attempt], shortest: int) -> ClaimReplay:
    n = claim.stations
    implied = capacity.implied_dwell(n)
    ok: int | None = ODIHR_DWELL if attempt(ODIHR_DWELL).reaches(n) else None
    fail = ODIHR_DWELL if ok is None else None
    try:
        if ok is None and implied is not None:
            first = max(shortest, min(implied, ODIHR_DWELL - 1))
            if attempt(first).reaches(n):
                ok, low = first, first
            else:
                fail, low = first, shortest
            while fail is not None and fail - low > 1:  # ``low`` reaches, or is untried
                mid = (low + fail) // 2
                if attempt(mid).reaches(n):
                    ok = low = mid
                else:
                    fail = mid
            if ok is None and low == shortest and attempt(shortest).reaches(n):
                ok = shortest
    except _Budget:
        pass
    reached = attempts[ok] if ok is not None else None
    best = max(attempts.values(), key=lambda a: (a.stations - 10**6 * a.duplicates, a.dwell))
    at_implied = attempts.get(min(implied, ODIHR_DWELL)) if implied is not None else None
    b_odihr, b_short = capacity.bound(ODIHR_DWELL), capacity.bound(shortest)
    b_implied = capacity.bound(implied) if implied is not None else None
    return ClaimReplay(claim, reached, best, implied, at_implied, b_implied, b_odihr, b_short,
                       _verdict(n, reached, best, implied, b_odihr, b_short, capacity, shortest,
                                attempts[ODIHR_DWELL]))


def _verdict(n: int, reached: Attempt | None, best: Attempt, implied: int | None,
             b_odihr: Bound, b_short: Bound, capacity: Capacity, shortest: int,
             odihr_plan: Attempt) -> str:
    """The answer in plain words: which case, what it takes, which bound."""
    hours = b_odihr.team_minutes / 60
    n_teams = len(odihr_plan.plan.teams)
    teams = (f"{n_teams} team{'s' if n_teams != 1 else ''} of "
             + "/".join(str(k) for k in odihr_plan.team_sizes))
    days = f"{len(odihr_plan.days)} day{'s' if len(odihr_plan.days) != 1 else ''}"
    odihr = (f"At the ODIHR practice ({ODIHR_DWELL} min per station) the arithmetic allows "
             f"{b_odihr.visits:,} visits, so the claim is "
             + ("within it" if n <= b_odihr.visits else "BEYOND that bound")
             + f", and the best plan at {ODIHR_DWELL} min reaches {odihr_plan.stations:,}.")
    if implied is None:
        b1 = capacity.bound(1)
        return (f"BEYOND THE BOUND: {n:,} stations in {days} is impossible for "
                f"{teams}: their {b1.team_minutes / 60:,.0f} team-hours allow at most "
                f"{b1.visits:,} visits even at 1 minute per station with the shortest drives "
                f"({b1.min_travel:.1f} min a leg). " + odihr)
    if reached is not None:
        return (f"REACHABLE: {n:,} stations in {days} is possible for {teams}. A plan "
                f"visits {reached.stations:,} stations with {reached.dwell} min at each, "
                f"{reached.per_observer_day:.1f} stations per observer per day, "
                f"{reached.driving_share:.0%} of the time on duty driving and no station "
                f"visited by two teams on a day. Arithmetic alone allows the claim with visits "
                f"of up to {implied} min ({hours:,.0f} team-hours ÷ ({implied} min + "
                f"{capacity.bound(implied).min_travel:.1f} min of the shortest drives)). "
                + odihr)
    if best.stations >= n:
        return (f"NOT REACHED WITHOUT DUPLICATES: the best plan visits {best.stations:,} "
                f"stations but {best.duplicates} of them by two teams on a day. " + odihr)
    return (f"NOT REACHED: the best plan visits {best.stations:,} stations (at {best.dwell} "
            f"min per station), short of {n:,}. Arithmetic alone would allow {n:,} with "
            f"visits of up to {implied} min ({b_short.visits:,} visits at {shortest} min), "
            "so what is missing is the travel between the stations a plan can choose, not "
            "the hours. " + odihr)


def _visitable(mission: Mission) -> tuple[Mission, list[str]]:
    """The mission without the stations observers cannot visit (closed ones)."""
    closed = [s for s in mission.stations if s.kind is StationKind.CLOSED]
    if not closed:
        return mission, []
    if len(closed) == len(mission.stations):
        raise SettingsError("every station of the mission is closed: nothing to replay")
    kept = [s for s in mission.stations if s.kind is not StationKind.CLOSED]
    out = [f"{s.id} (No. {s.number}, {s.settlement or s.region}): closed station"
           + (f" — {s.tags[-1]}" if s.tags else "") for s in closed]
    return mission.model_copy(update={"stations": kept}), out


def _assumptions(mission: Mission, left_out: list[str], options: ReplayOptions) -> list[str]:
    s = mission.settings
    days = ", ".join(f"{d.date:%d %b %Y} ({d.kind.value.replace('_', ' ')})"
                     for d in mission.observation_days)
    out = [
        f"Observers: {len(mission.observers)} as the mission file lists them "
        f"({sum(1 for o in mission.observers if o.generated)} generated placeholders); teams of "
        f"{s.team_size} (settings.team_size).",
        f"Days: {days}.",
        f"Hours (local): polling {s.polling_opens:%H:%M}-{s.polling_closes:%H:%M} on election "
        f"day, commissions {s.office_opens:%H:%M}-{s.office_closes:%H:%M} before it; "
        + (f"lunch {s.lunch.minutes} min; " if s.lunch else "no lunch; ")
        + ("opening observed at the first station, " if s.observe_opening else "")
        + (f"closing and count ({s.counting_minutes} min) at the last." if s.observe_counting
           else "no count observed."),
        f"Travel: great-circle km × {s.travel.circuity} at {s.travel.urban_speed_kmh:.0f} km/h "
        f"in town, {s.travel.rural_speed_kmh:.0f} km/h on regional roads, "
        f"{s.travel.highway_speed_kmh:.0f} km/h on highways, plus "
        f"{s.travel.stop_overhead_minutes} min to park and walk in at every station.",
        "Places: " + ("; ".join(f"{a.name} ({a.kind})" for a in mission.declared_areas)
                      or "none declared: teams go where the voters are")
        + (" — every team is deployed to these places only." if s.declared_areas_only
           and mission.declared_areas else "."),
        "The same dwell time before and on election day; days are planned in date order and a "
        "station visited on an earlier day is not planned again (it would not add to a count "
        "of stations).",
        f"Route search: {options.iterations or 'the planner’s default number of'} "
        f"iteration(s) per area and day, seed "
        f"{options.seed if options.seed is not None else mission.seed}; at most "
        f"{options.max_plans} plans; the shortest visit tried is {options.shortest_dwell} min.",
    ]
    if left_out:
        out.append(f"{len(left_out)} closed station(s) (detention, hospitals, military units) "
                   "left out: visiting observers are not admitted there as a rule"
                   + (" (in 2019 the civic report 003_343d4cbf5552eb43.txt, footnote 3, saw "
                      "observers refused at such stations)." if mission.host_country ==
                      "Kazakhstan" else "."))
    if any(st.generated for st in mission.stations):
        out.append("The station list is GENERATED (no official list is among the sources): "
                   "counts are true to the reports, locations and sizes are not, so every "
                   "figure below computed from stations is illustrative.")
    return out
