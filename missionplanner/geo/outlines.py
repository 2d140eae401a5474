"""Region outlines and the country border, from the shipped Natural Earth extract.

``kz_outlines.geojson`` (built by ``scripts/extract_outlines.py``; Natural Earth, public
domain) holds the 16 units as Natural Earth draws them, each with our region id. The country
border is not stored: it is the set of outline edges that belong to one region only.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise

Ring = tuple[tuple[float, float], ...]
"""A closed ring of (lon, lat) vertices."""


@dataclass(frozen=True)
class Outline:
    """One region's polygons (outer rings and holes alike, drawn with the even-odd rule)."""

    region: str
    """Region id (kz_regions.csv); Shymkent has no outline of its own (inside Turkestan)."""
    name: str
    rings: tuple[Ring, ...]


@cache
def region_outlines() -> tuple[Outline, ...]:
    """Every region's outline, in a stable order."""
    text = resources.files("missionplanner.data").joinpath("kz_outlines.geojson").read_text(
        encoding="utf-8")
    outlines = []
    for feature in json.loads(text)["features"]:
        rings = tuple(tuple((float(x), float(y)) for x, y in ring)
                      for polygon in feature["geometry"]["coordinates"] for ring in polygon)
        outlines.append(Outline(feature["properties"]["region"], feature["properties"]["name_en"],
                                rings))
    return tuple(outlines)


@cache
def country_border() -> tuple[tuple[tuple[float, float], tuple[float, float]], ...]:
    """Edges of the outlines that no two regions share: the country's border (and coast)."""
    edges: Counter[tuple[tuple[float, float], tuple[float, float]]] = Counter()
    for outline in region_outlines():
        for ring in outline.rings:
            for a, b in pairwise(ring):
                if a != b:
                    edges[(a, b) if a < b else (b, a)] += 1
    return tuple(edge for edge, n in edges.items() if n == 1)


def border_lines() -> list[list[tuple[float, float]]]:
    """The country border joined into polylines (fewer, longer strokes to draw)."""
    nexts: dict[tuple[float, float], list[tuple[float, float]]] = {}
    for a, b in country_border():
        nexts.setdefault(a, []).append(b)
        nexts.setdefault(b, []).append(a)
    used: set[tuple[tuple[float, float], tuple[float, float]]] = set()
    lines: list[list[tuple[float, float]]] = []
    for start in sorted(nexts):
        for first in nexts[start]:
            if (start, first) in used:
                continue
            line = [start]
            here, step = start, first
            while (here, step) not in used:
                used.add((here, step))
                used.add((step, here))
                line.append(step)
                here, step = step, next((n for n in nexts[step] if (step, n) not in used), step)
                if step == here:
                    break
            lines.append(line)
    return lines
