"""Progress reporting: subclass :class:`Callbacks` and override what you need (no-ops here)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from solvers.solution import Solution


class Callbacks:
    """Hooks called by :func:`solvers.solve` in the calling process and thread."""

    def on_start(self) -> None:
        """The problem is validated and the search begins."""

    def on_improvement(self, score: int, elapsed: float, solution: Solution) -> None:
        """A better verified plan was found (the first one is the greedy construction)."""

    def on_end(self, solution: Solution) -> None:
        """The search is over; ``solution`` is what :func:`solvers.solve` returns."""
