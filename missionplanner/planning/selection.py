"""Seeded random station selection per area and day, with priorities; and the solver's scores.

The draw depends on the mission's seed, the area, the day and the *set* of stations only:
stations are put in id order first, and the generator is seeded through SHA-256 (never
Python's salted ``hash``), so nothing the host controls -- file order, the machine, the clock,
``PYTHONHASHSEED`` -- changes it. Without the seed nobody can predict it; with it the same
candidates come back exactly.

Priorities: flagged stations (irregularities reported earlier) are always candidates;
others are drawn with probability growing with their size (registered voters) and
``priority``, within urban/rural quotas that follow the area's own split of voters.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from missionplanner.model import Locality, PollingStation, Region, RegionKind

FLAG_BONUS = 500
"""Extra score of a flagged station: the solver visits it unless that costs several others."""


@dataclass(frozen=True)
class Candidate:
    """A station drawn for a day, with its integer score for the route solver."""

    station: PollingStation
    score: int
    locality: Locality

    @property
    def flagged(self) -> bool:
        """Irregularities were reported here before: a must-cover station."""
        return bool(self.station.flags)


def stable_seed(*parts: object) -> int:
    """A 64-bit seed from ``parts`` that is the same on every machine and every run."""
    text = "\x1f".join(str(p) for p in parts).encode("utf-8")
    return int.from_bytes(hashlib.sha256(text).digest()[:8], "big")


def area_rng(seed: int, area: str, day: date) -> np.random.Generator:
    """The generator of one area and day, derived from the mission's seed."""
    return np.random.default_rng(stable_seed("selection", seed, area, day.isoformat()))


def reported_locality(
    station: PollingStation, region: Region | None
) -> tuple[Locality | None, bool]:
    """What reports may say of a station's locality: ``(given, False)``, an estimate
    ``(URBAN, True)`` in a city region or a regional capital, else ``(None, False)`` (unknown,
    never guessed rural)."""
    if station.locality is not None:
        return station.locality, False
    if region is not None and region.kind is RegionKind.CITY:
        return Locality.URBAN, True
    capital = region.capital if region is not None else None
    if capital and (station.settlement or "").strip().casefold() == capital.strip().casefold():
        return Locality.URBAN, True
    return None, False


def locality_of(station: PollingStation, region: Region | None) -> Locality:
    """The station's locality for *drawing* stations (urban/rural balance), or a working guess:
    urban in cities and regional capitals, else rural. Reports use :func:`reported_locality`."""
    if station.locality is not None:
        return station.locality
    if region is not None and region.kind is RegionKind.CITY:
        return Locality.URBAN
    capital = region.capital if region is not None else None
    if capital and (station.settlement or "").strip().casefold() == capital.strip().casefold():
        return Locality.URBAN
    return Locality.RURAL


def is_must_cover(station: PollingStation) -> bool:
    """Flagged stations must be covered; the plan names each one it leaves out."""
    return bool(station.flags)


def select_candidates(
    stations: Sequence[PollingStation],
    regions: dict[str, Region],
    *,
    count: int,
    seed: int,
    area: str,
    day: date,
) -> list[Candidate]:
    """Draw ``count`` candidates (all flagged ones first) for one area and day, in id order."""
    pool = sorted(stations, key=lambda s: s.id)
    local = [locality_of(s, regions.get(s.region)) for s in pool]
    rng = area_rng(seed, area, day)
    count = max(0, min(count, len(pool)))
    flagged = [i for i, s in enumerate(pool) if is_must_cover(s)]
    chosen: list[int] = _weighted_sample(rng, flagged, pool, min(count, len(flagged)))
    quotas = _locality_quotas(pool, local, count)
    for loc in (Locality.URBAN, Locality.RURAL):
        have = sum(1 for i in chosen if local[i] is loc)
        taken = set(chosen)
        rest = [i for i in range(len(pool)) if local[i] is loc and i not in taken]
        chosen += _weighted_sample(rng, rest, pool, max(0, quotas[loc] - have))
    if len(chosen) < count:  # a quota could not be filled: top up from whatever is left
        taken = set(chosen)
        rest = [i for i in range(len(pool)) if i not in taken]
        chosen += _weighted_sample(rng, rest, pool, count - len(chosen))
    chosen.sort()
    return _scored([pool[i] for i in chosen], [local[i] for i in chosen], pool, local)


def candidate_count(teams: int, minutes_per_day: int, minutes_per_visit: int,
                    stations: int, factor: float = 2.5) -> int:
    """How many candidates to draw: what ``teams`` could visit in a day, times ``factor``."""
    per_team = max(1, minutes_per_day // max(1, minutes_per_visit))
    return min(stations, math.ceil(teams * per_team * factor))


def voters_or_estimate(station: PollingStation, estimate: int) -> int:
    """The station's registered voters, or ``estimate`` when its list did not give them."""
    return station.registered_voters if station.registered_voters is not None else estimate


def voters_estimate(stations: list[PollingStation]) -> int:
    """What an unknown station weighs in selection: the median of the known ones (all equal
    when none is known). An estimate for drawing stations, never shown as a count."""
    known = sorted(s.registered_voters for s in stations if s.registered_voters is not None)
    return known[len(known) // 2] if known else 1


def _weight(station: PollingStation, estimate: int) -> float:
    return max(voters_or_estimate(station, estimate), 50) * (1.0 + station.priority / 25.0)


def _weighted_sample(rng: np.random.Generator, indices: list[int],
                     pool: list[PollingStation], k: int) -> list[int]:
    """``k`` of ``indices``, no replacement, chance growing with weight (Efraimidis-Spirakis)."""
    if k <= 0 or not indices:
        return []
    u = rng.random(len(indices))
    estimate = voters_estimate(pool)
    weights = np.array([_weight(pool[i], estimate) for i in indices])
    keys = np.log(np.maximum(u, 1e-300)) / weights
    order = np.argsort(-keys, kind="stable")[:k]
    return [indices[j] for j in order.tolist()]


def _locality_quotas(pool: list[PollingStation], local: list[Locality],
                     count: int) -> dict[Locality, int]:
    """Urban and rural seats in proportion to the area's voters (largest remainder)."""
    estimate = voters_estimate(pool)
    voters = {loc: sum(max(voters_or_estimate(s, estimate), 1)
                       for s, lo in zip(pool, local, strict=True) if lo is loc)
              for loc in (Locality.URBAN, Locality.RURAL)}
    total = sum(voters.values()) or 1
    exact = {loc: count * v / total for loc, v in voters.items()}
    quotas = {loc: int(x) for loc, x in exact.items()}
    for loc in sorted(exact, key=lambda lo: (quotas[lo] - exact[lo], lo.value)):
        if sum(quotas.values()) >= count:
            break
        quotas[loc] += 1
    return quotas


def _scored(chosen: list[PollingStation], local: list[Locality], pool: list[PollingStation],
            pool_local: list[Locality]) -> list[Candidate]:
    """Integer scores: size, priority, flags, and a boost for the locality drawn too rarely."""
    if not chosen:
        return []
    estimate = voters_estimate(pool)
    biggest = max(max(voters_or_estimate(s, estimate) for s in chosen), 1)
    share_pool = {lo: pool_local.count(lo) / len(pool) for lo in set(pool_local)}
    share_drawn = {lo: local.count(lo) / len(chosen) for lo in set(local)}
    out = []
    for station, loc in zip(chosen, local, strict=True):
        balance = min(2.0, max(0.5, share_pool[loc] / share_drawn[loc]))
        size = 0.5 + 0.5 * voters_or_estimate(station, estimate) / biggest
        score = round(100 * size * balance) + 10 * station.priority
        score += FLAG_BONUS if station.flags else 0
        out.append(Candidate(station, max(1, score), loc))
    return out
