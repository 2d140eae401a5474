"""What every writing command does first: check its outputs, then lock what it updates."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path

from missionplanner.io.locking import locked_all
from missionplanner.io.outputs import Kind, Named, check_outputs

__all__ = ["Named", "check", "hold"]


def check(outputs: list[tuple[str, Path | None, Kind | None]],
          inputs: list[tuple[str, Path | None]]) -> None:
    """:func:`check_outputs` on ``(label, path, kind)`` outputs and ``(label, path)`` inputs;
    a ``None`` path (an option not given) is left out."""
    check_outputs([Named(label, path, kind) for label, path, kind in outputs if path is not None],
                  [Named(label, path) for label, path in inputs if path is not None])


@contextlib.contextmanager
def hold(*paths: Path | None) -> Iterator[None]:
    """Hold the locks of ``paths`` (a note on stderr while waiting for another writer)."""
    with locked_all([p for p in paths if p is not None], on_wait=_note):
        yield


def _note(text: str) -> None:
    print(f"note: {text}", file=sys.stderr, flush=True)
