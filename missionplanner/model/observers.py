"""Observers and the teams they form."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import Field, field_validator

from missionplanner.model._base import DomainModel, Identifier


class Role(StrEnum):
    """An observer's place in the mission; heads and VIPs stay in the capital."""

    HEAD = "head"
    VIP = "vip"
    OBSERVER = "observer"
    STAFF = "staff"


class Gender(StrEnum):
    """As the roster gives it; used to mix teams where possible."""

    FEMALE = "female"
    MALE = "male"


class Observer(DomainModel):
    """A member of the mission who observes stations."""

    id: Identifier
    name: str = Field(min_length=1)
    nationality: str = Field(min_length=1)
    """Country, in English (e.g. ``Russia``); teams mix nationalities."""
    body: str | None = None
    """The institution the observer comes from (parliament, election commission, secretariat)."""
    role: Role = Role.OBSERVER
    """Head of mission, VIP, observer or staff."""
    gender: Gender | None = None
    """Female or male, if given."""
    languages: list[str] = Field(default_factory=list)
    """ISO 639 codes, lower case: 639-1 where the language has one (``ru``, ``kk``, ``ro``),
    else 639-3 (``sah``)."""
    experienced: bool = False
    """Has observed elections before (paired with a novice)."""
    phone: str | None = None
    """Phone number for the route sheet."""
    available_days: list[date] | None = None
    """Days the observer can observe; ``None`` means every observation day."""
    generated: bool = False
    """True for a synthetic observer (a mission whose roster is not public)."""
    source: str | None = None
    """Where the name and affiliation come from (a report's file name)."""

    @field_validator("languages")
    @classmethod
    def _lower_case_codes(cls, value: list[str]) -> list[str]:
        return [code.strip().lower() for code in value if code.strip()]


class Team(DomainModel):
    """Observers who travel together, with their base, area, driver and interpreter."""

    id: Identifier
    members: list[Identifier] = Field(min_length=1)
    base: Identifier | None = None
    """Id of the base the team starts from and returns to."""
    area: str | None = None
    """Region id (or an area name within it) the team is deployed to."""
    interpreter: str | None = None
    """Interpreter's name and phone."""
    driver: str | None = None
    """Driver's name and phone."""
    phone: str | None = None
    """Phone number for the route sheet."""
    fixed: bool = False
    """Entered by hand: team formation keeps it as it is."""
