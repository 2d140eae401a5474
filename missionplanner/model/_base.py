"""Shared pydantic configuration and small validated types of the domain model."""

from __future__ import annotations

import zoneinfo
from collections import Counter
from collections.abc import Iterable
from typing import Annotated, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from missionplanner.messages import app_errors as e
from missionplanner.messages import say


class DomainModel(BaseModel):
    """Base of every model: unknown fields are errors (a typo in a file must not vanish)."""

    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=True,
        validate_assignment=True,
        use_attribute_docstrings=True,
        allow_inf_nan=False,  # JSON's NaN and Infinity are never a setting or a place
    )


def _check_time_zone(name: str) -> str:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(say(e.UNKNOWN_ZONE, name=repr(name))) from exc
    return name


Identifier = Annotated[str, Field(min_length=1, max_length=120, pattern=r"^[^\s/\\][^\\]*$")]
"""An id: non-empty, no leading whitespace or slash."""

TimeZoneName = Annotated[str, AfterValidator(_check_time_zone)]
"""An IANA time-zone name that this machine's zoneinfo (with tzdata) knows."""

Latitude = Annotated[float, Field(ge=-90.0, le=90.0)]
Longitude = Annotated[float, Field(ge=-180.0, le=180.0)]


HashableT = TypeVar("HashableT")


def duplicates(values: Iterable[HashableT]) -> list[HashableT]:
    """Values that occur more than once, in first-seen order."""
    counts = Counter(values)
    return [value for value, count in counts.items() if count > 1]
