"""Exact timing of one route: earliest service starts, with breaks placed by a small DP.

A route is the ordered list of stop sites of one team (depots excluded). Starting as early as
possible is optimal (travel is FIFO), so for every stop and every number of breaks already taken
only the earliest service end matters; the DP over ``(stop, breaks taken)`` is exact.
"""

from __future__ import annotations

from collections.abc import Sequence
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


def _feasible_with_breaks(c: Compiled, team: int, route: Sequence[int]) -> bool:
    """:func:`timing`'s DP without the trail: only whether it ends with every break taken.

    The same recurrence as :func:`timing` (so the same answer), but no back-pointers and no
    per-step lists: the greedy insertion asks this about every insertion it picks for a team
    with a lunch break, and :func:`timing` was a third of the planner's search time.
    """
    tm = c.problem.teams[team]
    brk = c.breaks[team]
    nb = len(brk)
    tl, service, windows = c.tl, c.sl, c.windows
    ends = [INF] * (nb + 1)
    ends[0] = tm.shift[0]
    first = 0
    """Fewest breaks any state has taken (states below it are infeasible)."""
    prev = tm.start
    last = len(route)
    for pos in range(last + 1):
        s = tm.end if pos == last else route[pos]
        tt = tl[prev][s]
        new = [INF] * (nb + 1)
        for k in range(first, nb + 1):
            end = ends[k]
            if end >= INF:
                continue
            clock = end
            extra = 0
            for m in range(k, nb + 1):
                if m > k:  # take break m-1 in this gap as well
                    e, lat, d = brk[m - 1]
                    b = clock if clock > e else e
                    if b > lat:
                        break
                    clock = b + d
                    extra += d
                arrival = end + tt + extra
                if arrival < clock:
                    arrival = clock
                if pos == last:
                    if arrival <= tm.shift[1] and arrival < new[m]:
                        new[m] = arrival
                    continue
                for lo, hi in windows[s]:
                    if arrival <= hi:
                        fin = (arrival if arrival > lo else lo) + service[s]
                        if fin < new[m]:
                            new[m] = fin
                        break
        while first <= nb and new[first] >= INF:
            first += 1
        if first > nb:
            return False
        ends = new
        prev = s
    return ends[nb] < INF


def timing(c: Compiled, team: int, route: Sequence[int]) -> Timing | None:
    """Earliest-start schedule of ``route`` for ``team``, or ``None`` when it is infeasible."""
    tm = c.problem.teams[team]
    order = sorted(range(len(tm.breaks)), key=lambda b: tm.breaks[b].earliest)
    brk = [(tm.breaks[b].earliest, tm.breaks[b].latest, tm.breaks[b].duration) for b in order]
    nb = len(brk)
    tl, service = c.tl, c.service
    # ends[k]: earliest end of service at the current node with k breaks taken.
    ends = [INF] * (nb + 1)
    ends[0] = tm.shift[0]
    trail: list[list[tuple[int, list[int], int, int]]] = []
    prev = tm.start
    nodes = [*route, tm.end]
    for pos, s in enumerate(nodes):
        last = pos == len(route)
        tt = tl[prev][s]
        new = [INF] * (nb + 1)
        back: list[tuple[int, list[int], int, int]] = [(-1, [], 0, 0)] * (nb + 1)
        for k in range(nb + 1):
            end = ends[k]
            if end >= INF:
                continue
            clock, extra = end, 0
            starts: list[int] = []
            for m in range(k, nb + 1):
                if m > k:  # take break m-1 in this gap as well
                    e, lat, d = brk[m - 1]
                    b = clock if clock > e else e
                    if b > lat:
                        break
                    starts = [*starts, b]
                    clock, extra = b + d, extra + d
                arrival = end + tt + extra
                if arrival < clock:
                    arrival = clock
                if last:
                    start, fin = arrival, arrival
                    if arrival > tm.shift[1]:
                        continue
                else:
                    start = c.earliest_start(s, arrival)
                    if start >= INF:
                        continue
                    fin = start + int(service[s])
                if fin < new[m]:
                    new[m] = fin
                    back[m] = (k, starts, arrival, start)
        trail.append(back)
        ends = new
        prev = s
    if ends[nb] >= INF:
        return None
    stops: list[tuple[int, int]] = []
    breaks: list[tuple[int, int]] = []
    k = nb
    arrival_end = -1
    for pos in range(len(nodes) - 1, -1, -1):
        kp, starts, arrival, start = trail[pos][k]
        if pos == len(route):
            arrival_end = arrival
        else:
            stops.append((arrival, start))
        breaks = [(order[kp + i], b) for i, b in enumerate(starts)] + breaks
        k = kp
    stops.reverse()
    return Timing(stops, breaks, tm.shift[0], arrival_end)
