"""Matching a region as a spreadsheet writes it against the mission's regions.

Exact first: a name (English, Russian, Kazakh, an alias), compared case- and
punctuation-insensitively with ``ё`` as ``е`` and Kazakh letters folded; then an id (names win:
"Almaty" is the city's name before it is the oblast's id ``almaty``). Then loosely: words
like "область", "обл.", "облысы", "region" (or "г.", "город", "қаласы", "city") are dropped, and
the rest is compared with the regions *of that kind* (oblasts, or cities), so that
"Алматы обл." is Almaty Region while "г. Алматы" is the city.
"""

from __future__ import annotations

import re

from missionplanner import messages as m
from missionplanner.io.headers import header_key
from missionplanner.messages import import_problems as ip
from missionplanner.messages import say
from missionplanner.model import Region, RegionKind

_OBLAST_WORDS = ("область", "обл", "облысы", "облыс", "region", "oblast", "oblysy", "reg")
_CITY_WORDS = ("город", "гор", "г", "қаласы", "қ", "city", "c", "town")
_WORD = re.compile(r"\w+")


def _loose(text: str) -> tuple[str, RegionKind | None]:
    words = [w for w in _WORD.findall(text.casefold()) if w != "_"]
    kind: RegionKind | None = None
    kept: list[str] = []
    for word in words:
        if word in _OBLAST_WORDS:
            kind = RegionKind.OBLAST
        elif word in _CITY_WORDS:
            kind = RegionKind.CITY
        else:
            kept.append(word)
    return header_key(" ".join(kept)), kind


class RegionMatcher:
    """Finds the mission's region that a spreadsheet names."""

    def __init__(self, regions: list[Region]) -> None:
        self.regions = regions
        self._names: dict[str, set[str]] = {}
        self._ids = {header_key(r.id): {r.id} for r in regions}
        self._loose: dict[tuple[str, RegionKind], set[str]] = {}
        for region in regions:
            for name in region.names():
                if name != region.id:
                    self._names.setdefault(header_key(name), set()).add(region.id)
                key, _ = _loose(name)
                self._loose.setdefault((key, region.kind), set()).add(region.id)

    def match(self, text: str) -> Region:
        """The region named by ``text``; ``ValueError`` saying which were expected if none."""
        exact = header_key(text)
        ids = self._names.get(exact) or self._ids.get(exact, set())
        if not ids:
            key, kind = _loose(text)
            kinds = [kind] if kind else list(RegionKind)
            ids = set().union(*(self._loose.get((key, k), set()) for k in kinds))
        if len(ids) == 1:
            return next(r for r in self.regions if r.id in ids)
        if len(ids) > 1:
            names = " or ".join(sorted(r.name for r in self.regions if r.id in ids))
            raise ValueError(say(m.ONE_REGION, names=names))
        if not self.regions:
            raise ValueError(say(ip.NO_REGIONS))
        raise ValueError(say(m.KNOWN_REGION, regions=self.known()))

    def known(self) -> str:
        """The mission's regions, for messages."""
        if not self.regions:
            return "none (the mission has no regions yet; add them first)"
        return ", ".join(f"{r.name} ({r.name_ru})" if r.name_ru else r.name for r in self.regions)
