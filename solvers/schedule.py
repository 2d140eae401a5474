"""Exact timing of one route: earliest service starts, with breaks placed by a small DP.

A route is the ordered list of stop sites of one team (depots excluded). Starting as early as
possible is optimal (travel is FIFO), and so is starting each break as early as its gap and
window allow; for every stop and every *set* of breaks already taken only the earliest service
end matters, so the DP over ``(stop, breaks taken)`` is exact. Breaks may be taken in any
order: with nested windows (one break's window inside another's) the order by earliest start
is not always feasible (an earlier version assumed it and missed such routes; the brute-force
test of tests/solvers/test_schedule.py found them).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from solvers.compiled import INF, Compiled


@dataclass(frozen=True)
class Timing:
    """Times of one feasible route: per stop ``(arrival, start)``, break starts, end arrival."""

    stops: list[tuple[int, int]]
    breaks: list[tuple[int, int]]
    """``(break index, start)``, in the order taken."""
    departure: int
    arrival: int


def feasible(c: Compiled, team: int, route: Sequence[int]) -> bool:
    """Whether ``team`` can serve ``route`` in order within its shift, windows and breaks."""
    tm = c.problem.teams[team]
    if tm.breaks:
        return _feasible_with_breaks(c, team, route)
    tl, service, windows = c.tl, c.service, c.windows
    prev, time = tm.start, tm.shift[0]
    for s in route:
        a = time + tl[prev][s]
        for lo, hi in windows[s]:
            if a <= hi:
                time = (a if a > lo else lo) + int(service[s])
                break
        else:
            return False
        prev = s
    return time + tl[prev][tm.end] <= tm.shift[1]


def _in_gap(brk: list[tuple[int, int, int]], taken: int, end: int
            ) -> Iterator[tuple[int, int, int, list[tuple[int, int]]]]:
    """Every way to take more breaks in the gap after a service ending at ``end``.

    Yields ``(breaks taken after the gap, when the last break ends, their total duration,
    [(break, start), ...])``, starting with taking none; each break starts as early as its
    window and the one before it allow.
    """
    todo: list[tuple[int, int, int, list[tuple[int, int]]]] = [(taken, end, 0, [])]
    while todo:
        mask, clock, extra, starts = todo.pop()
        yield mask, clock, extra, starts
        for b, (e, lat, d) in enumerate(brk):
            if mask >> b & 1:
                continue
            start = clock if clock > e else e
            if start <= lat:
                todo.append((mask | 1 << b, start + d, extra + d, [*starts, (b, start)]))


def _feasible_with_breaks(c: Compiled, team: int, route: Sequence[int]) -> bool:
    """:func:`timing`'s DP without the trail: only whether it ends with every break taken.

    The same recurrence as :func:`timing` (so the same answer), but no back-pointers: the
    search asks this about many candidate routes of teams with breaks.
    """
    tm = c.problem.teams[team]
    brk = c.breaks[team]
    if len(brk) == 1:
        return _feasible_with_one_break(c, team, route)
    full = (1 << len(brk)) - 1
    tl, service, windows = c.tl, c.sl, c.windows
    ends = {0: tm.shift[0]}
    prev = tm.start
    last = len(route)
    for pos in range(last + 1):
        s = tm.end if pos == last else route[pos]
        tt = tl[prev][s]
        new: dict[int, int] = {}
        for taken, end in ends.items():
            for mask, clock, extra, _ in _in_gap(brk, taken, end):
                arrival = end + tt + extra
                if arrival < clock:
                    arrival = clock
                if pos == last:
                    if arrival <= tm.shift[1] and mask == full:
                        return True
                    continue
                for lo, hi in windows[s]:
                    if arrival <= hi:
                        fin = (arrival if arrival > lo else lo) + service[s]
                        if fin < new.get(mask, INF):
                            new[mask] = fin
                        break
        if not new:
            return False
        ends = new
        prev = s
    return False


def _feasible_with_one_break(c: Compiled, team: int, route: Sequence[int]) -> bool:
    """The DP above for one break (a lunch: the planner's case), its two states unrolled."""
    tm = c.problem.teams[team]
    (e, lat, d), = c.breaks[team]
    tl, service, windows = c.tl, c.sl, c.windows
    t0, t1 = tm.shift[0], INF  # earliest service end: break not taken / taken
    prev = tm.start
    for s in route:
        tt = tl[prev][s]
        a0, a1 = t0 + tt, t1 + tt
        b = t0 if t0 > e else e
        if b <= lat:  # the break on the way here
            ab = t0 + tt + d if t0 + tt > b else b + d
            if ab < a1:
                a1 = ab
        t0 = t1 = INF
        for lo, hi in windows[s]:
            if a0 <= hi:
                t0 = (a0 if a0 > lo else lo) + service[s]
                break
        for lo, hi in windows[s]:
            if a1 <= hi:
                t1 = (a1 if a1 > lo else lo) + service[s]
                break
        if t1 >= INF and t0 >= INF:
            return False
        prev = s
    tt = tl[prev][tm.end]
    if t1 + tt <= tm.shift[1]:
        return True
    b = t0 if t0 > e else e
    return b <= lat and max(t0 + tt + d, b + d) <= tm.shift[1]


def timing(c: Compiled, team: int, route: Sequence[int]) -> Timing | None:
    """Earliest-start schedule of ``route`` for ``team``, or ``None`` when it is infeasible."""
    tm = c.problem.teams[team]
    order = sorted(range(len(tm.breaks)), key=lambda b: tm.breaks[b].earliest)
    brk = c.breaks[team]  # the breaks in ``order``
    full = (1 << len(brk)) - 1
    tl, service = c.tl, c.service
    # ends[mask]: earliest end of service at the current node with the breaks ``mask`` taken
    ends = {0: tm.shift[0]}
    trail: list[dict[int, tuple[int, list[tuple[int, int]], int, int]]] = []
    prev = tm.start
    nodes = [*route, tm.end]
    for pos, s in enumerate(nodes):
        last = pos == len(route)
        tt = tl[prev][s]
        new: dict[int, int] = {}
        back: dict[int, tuple[int, list[tuple[int, int]], int, int]] = {}
        for taken, end in ends.items():
            for mask, clock, extra, starts in _in_gap(brk, taken, end):
                arrival = end + tt + extra
                if arrival < clock:
                    arrival = clock
                if last:
                    start, fin = arrival, arrival
                    if arrival > tm.shift[1] or mask != full:
                        continue
                else:
                    start = c.earliest_start(s, arrival)
                    if start >= INF:
                        continue
                    fin = start + int(service[s])
                if fin < new.get(mask, INF):
                    new[mask] = fin
                    back[mask] = (taken, starts, arrival, start)
        trail.append(back)
        ends = new
        prev = s
    if full not in ends:
        return None
    stops: list[tuple[int, int]] = []
    breaks: list[tuple[int, int]] = []
    mask = full
    arrival_end = -1
    for pos in range(len(nodes) - 1, -1, -1):
        taken, starts, arrival, start = trail[pos][mask]
        if pos == len(route):
            arrival_end = arrival
        else:
            stops.append((arrival, start))
        breaks = [(order[b], at) for b, at in starts] + breaks
        mask = taken
    stops.reverse()
    return Timing(stops, breaks, tm.shift[0], arrival_end)
