"""A uniform grid over points: which points fall in a rectangle, which is nearest a point.

The station layer asks it, on every paint, for the stations in the exposed rectangle and, on
every mouse move, for the station under the pointer; both touch only the cells involved, so
the cost follows what is on screen, not the 10,000 stations of the country.
"""

from __future__ import annotations

import numpy as np


class GridIndex:
    """Points (x, y) binned into square cells of ``cell`` units; queries return indices."""

    def __init__(self, xs: np.ndarray, ys: np.ndarray, cell: float = 10.0) -> None:
        self.xs = np.asarray(xs, dtype=float)
        self.ys = np.asarray(ys, dtype=float)
        self.cell = cell
        n = len(self.xs)
        if n == 0:
            self.x0 = self.y0 = 0.0
            self.nx = self.ny = 1
            self._order = np.zeros(0, dtype=np.int64)
            self._starts = np.zeros(2, dtype=np.int64)
            return
        self.x0, self.y0 = float(self.xs.min()), float(self.ys.min())
        self.nx = int((self.xs.max() - self.x0) // cell) + 1
        self.ny = int((self.ys.max() - self.y0) // cell) + 1
        cells = self._cell_of(self.xs, self.ys)
        self._order = np.argsort(cells, kind="stable")
        counts = np.bincount(cells, minlength=self.nx * self.ny)
        self._starts = np.concatenate([[0], np.cumsum(counts)])

    def _cell_of(self, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
        cx = np.clip(((xs - self.x0) // self.cell).astype(np.int64), 0, self.nx - 1)
        cy = np.clip(((ys - self.y0) // self.cell).astype(np.int64), 0, self.ny - 1)
        return cy * self.nx + cx

    def in_rect(self, left: float, top: float, right: float, bottom: float) -> np.ndarray:
        """Indices of the points inside the rectangle (edges included)."""
        if len(self.xs) == 0:
            return self._order
        cx0 = max(int((left - self.x0) // self.cell), 0)
        cx1 = min(int((right - self.x0) // self.cell), self.nx - 1)
        cy0 = max(int((top - self.y0) // self.cell), 0)
        cy1 = min(int((bottom - self.y0) // self.cell), self.ny - 1)
        if cx0 > cx1 or cy0 > cy1:
            return np.zeros(0, dtype=np.int64)
        if (cx1 - cx0 + 1) * (cy1 - cy0 + 1) * 4 > self.nx * self.ny:
            candidates = np.arange(len(self.xs))  # most of the grid: a mask is cheaper
        else:
            rows = [self._order[self._starts[cy * self.nx + cx0]:
                                self._starts[cy * self.nx + cx1 + 1]]
                    for cy in range(cy0, cy1 + 1)]
            candidates = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
        x, y = self.xs[candidates], self.ys[candidates]
        keep = (x >= left) & (x <= right) & (y >= top) & (y <= bottom)
        return np.sort(candidates[keep])

    def nearest(self, x: float, y: float, radius: float) -> int | None:
        """Index of the point nearest (x, y) within ``radius``, or None."""
        found = self.in_rect(x - radius, y - radius, x + radius, y + radius)
        if len(found) == 0:
            return None
        d2 = (self.xs[found] - x) ** 2 + (self.ys[found] - y) ** 2
        best = int(np.argmin(d2))
        return int(found[best]) if d2[best] <= radius * radius else None
