"""How a station list is read: values for columns the list lacks, a column mapping, what to do
with bad rows. One typed object for the command line and the app's import dialog alike.

A mapping names, for a header as the file writes it, the field it gives:
``X=longitude, Y=latitude, УИК=number`` (a field by its name in any language the templates
use, e.g. ``lon``, ``Longitude``, ``Долгота``), or ``ignore`` to leave a column out. It is
given inline or as a small text file with one ``header = field`` a line (``#`` starts a
comment; a CSV with two columns works too).
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from missionplanner.errors import InputError
from missionplanner.geo.places import Settlement
from missionplanner.io.columns import STATION_COLUMNS
from missionplanner.io.headers import IGNORED, header_index, header_key

IGNORE = IGNORED
"""Mapping target that leaves a column out."""
_IGNORE_WORDS = {"ignore", "skip", "-", "none", "пропустить", "игнорировать"}


@dataclass(frozen=True)
class ImportOptions:
    """Options of a station import (all optional: the default reads the list as it is)."""

    region: str | None = None
    """The region of every row (a name or id of the mission's regions): for a list of one
    region or city without a region column. A region column, if any, must agree."""
    commission: str | None = None
    """The commission of every row, for a list without a commission column."""
    mapping: Mapping[str, str] = field(default_factory=dict)
    """``{header as written in the file: field}``; the field ``ignore`` leaves a column out."""
    skip_bad_rows: bool = False
    """Import the good rows and report the bad ones (default: all or nothing)."""
    settlements: Sequence[Settlement] | None = None
    """Where to place stations without coordinates (default: the host country's shipped
    table, Kazakhstan's GeoNames places; other countries: regions' centres for city regions)."""
    report: Path | None = None
    """Where to write the full list of problems (default: beside the input,
    ``NAME.problems.csv`` or ``.xlsx``); it is written whenever there are problems."""


def field_names() -> dict[str, str]:
    """``{header key: field}`` of every name a mapping may use for a field."""
    names = header_index(STATION_COLUMNS)
    for column in STATION_COLUMNS:
        names.setdefault(header_key(column.field), column.field)
    names.update({header_key(w): IGNORE for w in _IGNORE_WORDS if header_key(w)})
    names["-"] = IGNORE
    return names


def parse_mapping(text: str) -> dict[str, str]:
    """``'X=longitude, Y=latitude'`` (or a mapping file's path) as ``{header: field}``.

    Raises :class:`InputError` naming every part it cannot read.
    """
    candidate = Path(text.strip())
    if "=" not in text and candidate.suffix and not candidate.exists():
        raise InputError(f"--map: no such mapping file: {text.strip()}")
    if "=" not in text or (candidate.is_file() and candidate.suffix):
        return _parse_pairs(_read_file(candidate), str(candidate))
    return _parse_pairs([p for p in text.split(",") if p.strip()], "--map")


def _read_file(path: Path) -> list[str]:
    try:
        raw = path.read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"--map: cannot read the mapping file {path}: {exc}") from None
    lines = [line.split("#", 1)[0].strip() for line in raw.splitlines()]
    lines = [line for line in lines if line]
    if lines and all("=" not in line for line in lines):  # a two-column CSV
        dialect = ";" if ";" in lines[0] else ","
        rows = csv.reader(io.StringIO("\n".join(lines)), delimiter=dialect)
        return [f"{r[0]}={r[1]}" for r in rows if len(r) >= 2]
    return lines


def _parse_pairs(parts: list[str], source: str) -> dict[str, str]:
    names = field_names()
    mapping: dict[str, str] = {}
    bad: list[str] = []
    for part in parts:
        header, sep, target = part.partition("=")
        header, target = header.strip().strip('"'), target.strip().strip('"')
        found = names.get(header_key(target)) if target else None
        if not sep or not header or found is None:
            bad.append(part.strip())
            continue
        mapping[header] = found
    if bad:
        fields = ", ".join(c.field for c in STATION_COLUMNS)
        raise InputError(
            f"{source}: cannot read {', '.join(repr(b) for b in bad)}: expected HEADER=FIELD "
            f"pairs separated by commas, FIELD one of {fields} (or their names, e.g. "
            f"longitude, Долгота) or {IGNORE}"
        )
    return mapping


def mapping_index(mapping: Mapping[str, str]) -> dict[str, str]:
    """``{header key: field}`` to put over the columns' own headers."""
    return {header_key(header): target for header, target in mapping.items()}


def default_report_path(source: str | os.PathLike[str]) -> Path:
    """``list.csv`` -> ``list.problems.csv``; ``list.xlsx`` -> ``list.problems.xlsx``."""
    path = Path(source)
    suffix = ".xlsx" if path.suffix.lower() in (".xlsx", ".xlsm") else ".csv"
    return path.with_name(f"{path.stem}.problems{suffix}")
