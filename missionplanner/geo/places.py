"""Finding a place by name: settlements, regions and capitals abroad.

Station lists, outlines of past missions and the New Mission wizard name places as people
write them: ``Astana``, ``Нур-Султан``, ``Tselinograd``, ``г. Алматы``, ``Alma-Ata``,
``Өскемен``. A :class:`PlaceResolver` matches such names against a country's settlements (for
Kazakhstan the shipped GeoNames table with its Cyrillic names and the former names in
``kz_other_names.csv``; for another country a table the user gives), its regions (preset) and
the world's capitals (``abroad:Beijing``). Names are compared by :func:`name_key` (case, ``ё``,
Kazakh letters, marks, "г." / "city" / "село" ignored) and then by :func:`loose_key`
(Cyrillic spelt in Latin letters, ``kh``/``h``, ``y``/``i`` ... alike), so ``Shchuchinsk``
finds ``Щучинск``. Nothing is guessed: a name that several places share is an
:class:`AmbiguousPlace` unless a region narrows it, or one of them is at least ten times
larger than the others (``how`` then says so).

>>> resolver = PlaceResolver.for_country("KZ")
>>> resolver.resolve("Tselinograd").name
'Astana'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

from missionplanner.geo._tables import number, read_table, split
from missionplanner.geo.countries import CountryPreset, country
from missionplanner.messages import import_problems as ip
from missionplanner.messages import say

DOMINANT_FACTOR = 10
"""A place this many times more populous than the others of its name is taken for the name."""
_PLACE_WORDS = {
    "г", "гор", "город", "city", "town", "village", "с", "село", "пос", "посёлок", "поселок",
    "п", "пгт", "рп", "аул", "ауыл", "кала", "каласы", "қ", "қаласы", "ст", "станция",
    "д", "деревня", "стц", "мкр",
}  # fmt: skip
_OBLAST_WORDS = {"область", "обл", "облысы", "облыс", "region", "oblast", "oblysy", "reg"}
_CITY_WORDS = {"г", "гор", "город", "city", "қаласы", "каласы", "кала"}
_FOLD = str.maketrans("ёәғқңөұүһіəı", "еагкноуухиei")
_WORD = re.compile(r"[^\W_]+")
_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip
_LOOSE = (
    ("shch", "sh"), ("dzh", "j"), ("zh", "j"), ("kh", "h"), ("ts", "c"), ("ch", "c"),
    ("yu", "u"), ("ya", "a"), ("ye", "e"), ("yo", "o"), ("q", "k"), ("gh", "g"), ("x", "h"),
    ("w", "v"), ("y", "i"), ("j", "i"),
)  # fmt: skip


class PlaceKind(StrEnum):
    """What a name was found as."""

    SETTLEMENT = "settlement"
    REGION = "region"
    ABROAD = "abroad"


class PlaceNotFound(LookupError):
    """No place of that name (the message says what was looked through)."""


class AmbiguousPlace(LookupError):
    """Several places share the name and nothing tells them apart (the message lists them)."""


@dataclass(frozen=True)
class Place:
    """A place found by name: where it is and how it was found."""

    name: str
    """The place's name as the table gives it."""
    kind: PlaceKind
    lat: float
    lon: float
    region: str | None
    """Id of the region it lies in (None abroad)."""
    country: str
    """ISO 3166-1 alpha-2 code."""
    tz: str | None
    """Its IANA zone when the table gives one (regions, capitals abroad)."""
    population: int | None
    source: str
    """Where the coordinates come from, e.g. ``GeoNames 1526273``."""
    how: str
    """How the name was matched, in words (``'Tselinograd' is a former name of Astana``)."""


@dataclass(frozen=True)
class Settlement:
    """A row of a settlements table: a populated place with its names and region."""

    name: str
    lat: float
    lon: float
    region: str | None = None
    other_names: tuple[str, ...] = ()
    former_names: tuple[str, ...] = ()
    population: int | None = None
    source: str = ""


@lru_cache(maxsize=65536)
def _words(text: str) -> tuple[str, ...]:
    folded = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD))
    folded = "".join(c for c in folded if not unicodedata.combining(c)).translate(_FOLD)
    return tuple(_WORD.findall(folded))


def full_key(text: str) -> str:
    """Case, ``ё``/``е``, Kazakh letters, marks, spaces and punctuation ignored."""
    return "".join(_words(text))


def name_key(text: str) -> str:
    """:func:`full_key` without words like "г.", "city" or "село"."""
    return "".join(w for w in _words(text) if w not in _PLACE_WORDS)


@lru_cache(maxsize=65536)
def loose_key(text: str) -> str:
    """:func:`name_key` spelt in Latin letters with look-alike spellings merged."""
    key = "".join(_LATIN.get(c, c) for c in name_key(text))
    for long, short in _LOOSE:
        key = key.replace(long, short)
    return re.sub(r"(.)\1+", r"\1", key)


@dataclass
class _Entry:
    place: Place
    names: dict[str, str] = field(default_factory=dict)
    """``{name key: the name as written}``; a former name maps to ``former:NAME``."""


class _Index:
    """Name keys (exact, then loose) to entries."""

    def __init__(self) -> None:
        self.full: dict[str, list[_Entry]] = {}
        self.exact: dict[str, list[_Entry]] = {}
        self.loose: dict[str, list[_Entry]] = {}

    def _keys(self, text: str) -> list[tuple[str, dict[str, list[_Entry]]]]:
        return [(full_key(text), self.full), (name_key(text), self.exact),
                (loose_key(text), self.loose)]  # fmt: skip

    def add(self, entry: _Entry, names: Iterable[tuple[str, str]]) -> None:
        for name, label in names:
            for key, table in self._keys(name):
                if not key:
                    continue
                bucket = table.setdefault(key, [])
                if entry not in bucket:
                    bucket.append(entry)
                entry.names.setdefault(key, label)

    def find(self, text: str) -> tuple[list[_Entry], str]:
        for key, table in self._keys(text):
            if key and key in table:
                return table[key], key
        return [], ""


class PlaceResolver:
    """Finds settlements, regions and capitals abroad by name for one country."""

    def __init__(self, preset: CountryPreset, settlements: Sequence[Settlement] = ()) -> None:
        self.preset = preset
        self._settlements = _Index()
        self._regions = _Index()
        self._abroad = _Index()
        self._region_ids: dict[str, _Entry] = {}
        self._bare_regions: dict[str, list[tuple[_Entry, str]]] = {}
        for s in settlements:
            place = Place(
                s.name, PlaceKind.SETTLEMENT, s.lat, s.lon, s.region, preset.code,
                preset.region(s.region).tz if s.region and _has(preset, s.region) else None,
                s.population, s.source, "",
            )  # fmt: skip
            names = [(s.name, s.name), *((n, n) for n in s.other_names)]
            names += [(n, f"former:{n}") for n in s.former_names]
            self._settlements.add(_Entry(place), names)
        for r in preset.regions:
            if r.lat is None or r.lon is None:
                continue
            place = Place(
                r.name, PlaceKind.REGION, r.lat, r.lon, r.id, preset.code, r.tz, None,
                f"the administrative centre {r.capital} ({preset.regions_source})", "",
            )  # fmt: skip
            names = [(n, n) for n in (r.name, r.name_ru, r.name_kk, *r.aliases) if n]
            entry = _Entry(place)
            self._regions.add(entry, names)
            self._region_ids[r.id.casefold()] = entry
            for name, _ in names:
                bare = "".join(w for w in _words(name) if w not in _OBLAST_WORDS | _CITY_WORDS)
                self._bare_regions.setdefault(bare, []).append((entry, r.kind.value))
        for row in read_table("world_capitals.csv"):
            if row["country"] == preset.code:
                continue
            place = Place(
                row["capital"], PlaceKind.ABROAD, float(row["lat"]), float(row["lon"]), None,
                row["country"], row["tz"], None, f"GeoNames {row['geonameid']}", "",
            )  # fmt: skip
            names = [(row["capital"], row["capital"])]
            names += [(n, n) for n in split(row["names_cyrillic"])]
            names += [(row["country_name"], f"country:{row['country_name']}")]
            self._abroad.add(_Entry(place), names)

    @classmethod
    def for_country(
        cls, code: str, settlements: Sequence[Settlement] | None = None
    ) -> PlaceResolver:
        """The resolver of a preset's country; Kazakhstan brings its shipped settlements."""
        preset = country(code)
        if settlements is None:
            settlements = kazakhstan_settlements() if preset.code == "KZ" else ()
        return cls(preset, settlements)

    @property
    def has_settlements(self) -> bool:
        """False when the country has no settlements table (regions' centres only)."""
        return bool(self._settlements.exact)

    def resolve(self, text: str, region: str | None = None) -> Place:
        """``NAME`` (a settlement, else a region), ``region:NAME`` or ``abroad:NAME``."""
        prefix, _, rest = text.partition(":")
        if rest and prefix.strip().casefold() in ("region", "abroad", "settlement"):
            kind = prefix.strip().casefold()
            if kind == "region":
                return self.region(rest)
            if kind == "abroad":
                return self.abroad(rest)
            return self.settlement(rest, region)
        try:
            return self.settlement(text, region)
        except PlaceNotFound:
            try:
                return self.region(text)
            except PlaceNotFound:
                raise PlaceNotFound(
                    f"no settlement or region of {self.preset.name} is called {text.strip()!r}"
                    + ("" if self.has_settlements else " (no settlements table for this country: "
                       "give one, or name the region)")
                ) from None

    def settlement(self, text: str, region: str | None = None) -> Place:
        """The settlement of this name (in ``region`` when given)."""
        found, key = self._settlements.find(text)
        if region is not None:
            found = [e for e in found if e.place.region in (region, None)]
        if not found:
            where = f" in region {region}" if region else ""
            raise PlaceNotFound(f"no settlement of {self.preset.name}{where} is called {text!r}")
        hint = say(ip.GIVE_COORDINATES) if region is not None else say(ip.NAME_THE_REGION)
        return _pick(found, key, text, "settlement", hint)

    def region(self, text: str) -> Place:
        """The region of this name (names first, then ids, then without "область" / "city",
        against oblasts or cities only), placed at its administrative centre."""
        found, key = self._regions.find(text)
        if not found and text.strip().casefold() in self._region_ids:
            found, key = [self._region_ids[text.strip().casefold()]], ""
        if not found:
            words = _words(text)
            kind = ("oblast" if set(words) & _OBLAST_WORDS
                    else "city" if set(words) & _CITY_WORDS else None)
            bare = "".join(w for w in words if w not in _OBLAST_WORDS | _CITY_WORDS)
            found = list({id(e): e for e, k in self._bare_regions.get(bare, [])
                          if kind is None or k == kind}.values())  # fmt: skip
        if not found:
            raise PlaceNotFound(f"no region of {self.preset.name} is called {text.strip()!r}")
        return _pick(found, key, text, "region")

    def abroad(self, text: str) -> Place:
        """A capital abroad by its name or its country's (``Beijing``, ``Пекин``, ``China``)."""
        found, key = self._abroad.find(text)
        if not found:
            raise PlaceNotFound(f"no capital abroad is called {text.strip()!r} (nor its country)")
        return _pick(found, key, text, "capital")


def _has(preset: CountryPreset, region_id: str) -> bool:
    return any(r.id == region_id for r in preset.regions)


_KINDS = {"settlement": ip.SETTLEMENTS, "region": ip.REGIONS, "capital": ip.CAPITALS}


def _pick(found: list[_Entry], key: str, text: str, what: str,
          hint: str = "") -> Place:
    ordered = sorted(found, key=lambda e: -(e.place.population or 0))
    chosen = ordered[0]
    how = _how(chosen, key, text)
    if len(ordered) > 1:
        first = chosen.place.population or 0
        second = ordered[1].place.population or 0
        if first < DOMINANT_FACTOR * max(second, 1):
            listed = "; ".join(
                f"{e.place.name} ({e.place.region or e.place.country}, "
                f"{e.place.lat:.3f}, {e.place.lon:.3f})"
                for e in ordered[:6]
            )
            raise AmbiguousPlace(say(ip.AMBIGUOUS, count=len(ordered), what=say(_KINDS[what]),
                                     name=repr(text.strip()), places=listed,
                                     hint=hint or say(ip.NAME_THE_REGION)))
        how += f" (the largest of {len(ordered)} places of that name)"
    place = chosen.place
    return Place(place.name, place.kind, place.lat, place.lon, place.region, place.country,
                 place.tz, place.population, place.source, how)  # fmt: skip


def _how(entry: _Entry, key: str, text: str) -> str:
    label = entry.names.get(key, "")
    place = entry.place.name
    if label.startswith("former:"):
        return f"{text.strip()!r} is a former name of {place}"
    if label.startswith("country:"):
        return f"the capital of {label.removeprefix('country:')}: {place}"
    if name_key(label) == name_key(text) or not label:
        return f"{text.strip()!r} matched {place} by name"
    return f"{text.strip()!r} matched {place} (also written {label!r})"


def kazakhstan_settlements() -> list[Settlement]:
    """Kazakhstan's GeoNames places (``kz_settlements.csv``) with their former names."""
    other = {row["geonameid"]: row for row in read_table("kz_other_names.csv")}
    result = []
    for row in read_table("kz_settlements.csv"):
        extra = other.get(row["geonameid"])
        names = tuple(split(row["names_cyrillic"]))
        former: tuple[str, ...] = ()
        if extra is not None:
            if extra["kind"] == "former":
                former = tuple(split(extra["other_names"]))
            else:
                names += tuple(split(extra["other_names"]))
        population = number(row["population"])
        result.append(
            Settlement(
                name=row["name"], lat=float(row["lat"]), lon=float(row["lon"]),
                region=row["region"] or None, other_names=names, former_names=former,
                population=int(population) if population is not None else None,
                source=f"GeoNames {row['geonameid']}",
            )
        )
    return result
