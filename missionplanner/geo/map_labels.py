"""Settlement names for map labels: the shipped GeoNames settlements (CC BY 4.0), largest first."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Settlement:
    """A settlement to label on a map."""

    name: str
    name_ru: str
    lat: float
    lon: float
    population: int
    """0 where GeoNames records none (treated as a small place)."""
    kind: str
    """``city``, ``town`` or ``village`` (see missionplanner/data/README.md)."""

    def label(self, lang: str = "en") -> str:
        """The name in ``lang`` (Russian falls back to the English name)."""
        return self.name_ru if lang == "ru" and self.name_ru else self.name


@cache
def settlements() -> tuple[Settlement, ...]:
    """Kazakhstan's settlements of kz_settlements.csv, largest first."""
    text = resources.files("missionplanner.data").joinpath("kz_settlements.csv").read_text(
        encoding="utf-8")
    places = []
    for row in csv.DictReader(io.StringIO(text)):
        cyrillic = [n for n in row["names_cyrillic"].split("|") if n]
        places.append(Settlement(row["name"], _russian(row["name"], cyrillic),
                            float(row["lat"]), float(row["lon"]),
                            int(row["population"] or 0), row["kind"]))
    return tuple(sorted(places, key=lambda p: (-p.population, p.name)))


_KAZAKH_ONLY = set("ӘәҒғҚқҢңӨөҰұҮүҺһІі")
_LATIN = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                  ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o",
                   "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e",
                   "yu", "ya"], strict=True))


def _russian(name: str, names: list[str]) -> str:
    """The Russian form among GeoNames' Cyrillic names: no Kazakh-only letters, and closest
    to the English name once transliterated (Алматы rather than the old Алма-Ата)."""
    russian = [n for n in names if not _KAZAKH_ONLY.intersection(n)]
    if not russian:
        return ""

    def likeness(candidate: str) -> float:
        latin = "".join(_LATIN.get(c, c) for c in candidate.lower())
        return SequenceMatcher(None, latin, name.lower()).ratio()

    return max(russian, key=likeness)
