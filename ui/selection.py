"""The one selection every view shares: stations, visits and teams, and who selected them.

Views never talk to each other: a view that the user clicks calls :meth:`Selection.select`
with its own ``source`` tag, every view listens to :attr:`Selection.changed` and ignores
the changes it made itself (so a selection does not echo back and forth).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True, order=True)
class VisitRef:
    """A visit by its place in the plan: the team, the day and its index in the route."""

    team: str
    day: date
    index: int


@dataclass(frozen=True)
class Selected:
    """What is selected; empty sets mean nothing of that kind."""

    stations: frozenset[str] = field(default_factory=frozenset)
    visits: frozenset[VisitRef] = field(default_factory=frozenset)
    teams: frozenset[str] = field(default_factory=frozenset)

    def is_empty(self) -> bool:
        """Nothing selected at all."""
        return not (self.stations or self.visits or self.teams)


class Selection(QObject):
    """The shared selection. ``changed(selected, source)`` fires on every real change."""

    changed = Signal(object, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._selected = Selected()

    @property
    def selected(self) -> Selected:
        """The current selection."""
        return self._selected

    def select(self, *, stations: Iterable[str] = (), visits: Iterable[VisitRef] = (),
               teams: Iterable[str] = (), source: str = "") -> None:
        """Replace the selection (emits ``changed`` only when it differs)."""
        new = Selected(frozenset(stations), frozenset(visits), frozenset(teams))
        if new != self._selected:
            self._selected = new
            self.changed.emit(new, source)

    def clear(self, source: str = "") -> None:
        """Select nothing."""
        self.select(source=source)
